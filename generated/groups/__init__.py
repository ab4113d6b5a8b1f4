"""Per group of operations (the spec's tags): ``<group>_models``, ``<group>_decoders`` and ``<group>_operations``;
``common_models`` and ``common_decoders`` hold the types several groups use. Each module is imported the
first time one of its names is used (see the facades ``models``, ``operations`` and ``decoders`` one level up).
"""

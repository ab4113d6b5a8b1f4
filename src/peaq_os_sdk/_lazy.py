"""Module attributes loaded on first use: what keeps ``import peaq_os_sdk`` and the first client cheap.

The generated facades (``_generated/models.py``, ``operations.py``, ``decoders.py``) name every type
and operation for type checkers under ``TYPE_CHECKING`` and install the ``__getattr__`` made here, which
imports the one group module that defines a name the first time it is asked for, then caches it in the
facade. Which group defines what is codegen's output (the spec's tags), never a list kept by hand.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Mapping
from importlib import import_module
from typing import Any


def lazy_attributes(
    module_name: str,
    pattern: str,
    group_of: Mapping[str, str],
    *,
    merged: Iterable[str] = (),
    groups: Iterable[str] | None = None,
    ordered: Mapping[str, Iterable[str]] | None = None,
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``(__getattr__, __dir__)`` for the facade module ``module_name``.

    ``group_of`` maps a name to its group; ``pattern.format(group)`` is the module that defines it.
    A name in ``merged`` is a dict merged from every group's module (``groups``, default: every group
    ``group_of`` names); a name in ``ordered`` is the tuple of the listed names, in that order.
    """
    module = sys.modules[module_name]
    merged = tuple(merged)
    every_group = tuple(groups) if groups is not None else tuple(dict.fromkeys(group_of.values()))
    tuples = {k: tuple(v) for k, v in (ordered or {}).items()}

    def __getattr__(name: str) -> Any:
        group = group_of.get(name)
        value: Any
        if group is not None:
            value = getattr(import_module(pattern.format(group)), name)
        elif name in merged:
            value = {}
            for g in every_group:
                value.update(getattr(import_module(pattern.format(g)), name))
        elif name in tuples:
            value = tuple(getattr(module, n) for n in tuples[name])
        else:
            raise AttributeError(f"module {module_name!r} has no attribute {name!r}")
        setattr(module, name, value)  # later lookups are plain module attributes
        return value

    def __dir__() -> list[str]:
        return sorted({*vars(module), *group_of, *merged, *tuples})

    return __getattr__, __dir__

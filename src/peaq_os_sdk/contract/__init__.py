"""Contract testing of an orchestrator deployment against the spec (install the ``contract`` extra).

``peaqos-contract --base-url URL`` or ``python -m peaq_os_sdk.contract --base-url URL``; see
:mod:`peaq_os_sdk.contract.runner`. The checks live in :mod:`peaq_os_sdk.contract.checks`.
"""

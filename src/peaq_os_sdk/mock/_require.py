"""Fail early, and say which extra to install, when the simulator's dependencies are missing."""

import importlib.util

for _module in ("starlette", "uvicorn", "jsonschema", "jwt"):
    if importlib.util.find_spec(_module) is None:
        raise ModuleNotFoundError(
            f"peaq_os_sdk.mock needs the 'mock' extra ({_module} is not installed): pip install 'peaq-os-sdk[mock]'",
            name=_module,
        )

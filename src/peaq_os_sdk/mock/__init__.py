"""A stateful simulator of the peaq OS orchestrator (install the ``mock`` extra).

    python -m peaq_os_sdk.mock --host 127.0.0.1 --port 8080

or in-process::

    from peaq_os_sdk.mock import MockServer
    with MockServer() as server:
        client = PeaqosClient(orchestration_url=server.url)
"""

try:
    import jsonschema as _jsonschema  # noqa: F401
    import jwt as _jwt  # noqa: F401
    import starlette as _starlette  # noqa: F401
    import uvicorn as _uvicorn  # noqa: F401
except ModuleNotFoundError as exc:  # pragma: no cover - exercised in a venv without the extra
    raise ModuleNotFoundError(
        f"peaq_os_sdk.mock needs the 'mock' extra ({exc.name} is not installed): pip install 'peaq-os-sdk[mock]'",
        name=exc.name,
    ) from exc

from peaq_os_sdk.mock.app import create_app
from peaq_os_sdk.mock.config import MockConfig
from peaq_os_sdk.mock.server import MockServer

__all__ = ["MockConfig", "MockServer", "create_app"]

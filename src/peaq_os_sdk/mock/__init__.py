"""A stateful simulator of the peaq OS orchestrator (install the ``mock`` extra).

    python -m peaq_os_sdk.mock --host 127.0.0.1 --port 8080

or in-process::

    from peaq_os_sdk.mock import MockServer
    with MockServer() as server:
        client = PeaqosClient(orchestration_url=server.url)
"""

import peaq_os_sdk.mock._require  # noqa: F401  (first: a clear error without the mock extra)
from peaq_os_sdk._simulator_types import SimulatorIdentity
from peaq_os_sdk.mock.app import create_app
from peaq_os_sdk.mock.config import MockConfig
from peaq_os_sdk.mock.server import MockServer

__all__ = ["MockConfig", "MockServer", "SimulatorIdentity", "create_app"]

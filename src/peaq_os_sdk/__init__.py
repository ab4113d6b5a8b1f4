"""peaq OS SDK for Python: the Machine Markets (orchestration) API on ``PeaqosClient.orchestration``.

``import peaq_os_sdk`` stays light: httpx, cattrs and the generated code load on first use of
``client.orchestration``; eth-account loads only when something is signed.
"""

from peaq_os_sdk._version import __version__
from peaq_os_sdk.client import AsyncPeaqosClient, PeaqosClient
from peaq_os_sdk.exceptions.base import PeaqosConfigError, PeaqosError

__all__ = ["AsyncPeaqosClient", "PeaqosClient", "PeaqosConfigError", "PeaqosError", "__version__"]

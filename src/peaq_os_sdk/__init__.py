"""peaq OS SDK for Python: the Machine Markets (orchestration) API on ``PeaqosClient.orchestration``.

``import peaq_os_sdk`` stays light: httpx, cattrs and the generated code load on first use of
``client.orchestration``; eth-account loads only when something is signed.
"""

from typing import TYPE_CHECKING, Any

from peaq_os_sdk._version import __version__
from peaq_os_sdk.client import AsyncPeaqosClient, PeaqosClient
from peaq_os_sdk.exceptions.base import PeaqosConfigError, PeaqosError

if TYPE_CHECKING:
    from peaq_os_sdk._logs import RedactingFilter

__all__ = ["AsyncPeaqosClient", "PeaqosClient", "PeaqosConfigError", "PeaqosError", "RedactingFilter", "__version__"]


def __getattr__(name: str) -> Any:
    if name == "RedactingFilter":  # loaded on first use: keeps ``import peaq_os_sdk`` light
        from peaq_os_sdk._logs import RedactingFilter

        return RedactingFilter
    raise AttributeError(f"module 'peaq_os_sdk' has no attribute {name!r}")

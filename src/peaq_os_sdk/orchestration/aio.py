"""Async functional forms: ``await list_machines(async_client, limit=20)``."""

from peaq_os_sdk._generated import endpoints_async as _endpoints_async
from peaq_os_sdk._generated.endpoints_async import *  # noqa: F403

__all__: list[str] = []
__all__ += _endpoints_async.__all__

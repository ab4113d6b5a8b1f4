"""Async functional forms: ``await list_machines(async_client, limit=20)``."""

from peaq_os_sdk._generated.endpoints_async import *  # noqa: F403
from peaq_os_sdk._generated.endpoints_async import __all__  # noqa: F401

"""How generated endpoint functions reach a client's transport."""

from __future__ import annotations

from typing import Any

from peaq_os_sdk.orchestration.errors import OrchestrationConfigError


def transport(client: Any) -> Any:
    get = getattr(client, "_orchestration_transport", None)
    if get is None or getattr(client, "_is_async", False):
        raise OrchestrationConfigError("expected a PeaqosClient (use the async functions with AsyncPeaqosClient)")
    return get()


def atransport(client: Any) -> Any:
    get = getattr(client, "_orchestration_transport", None)
    if get is None or not getattr(client, "_is_async", False):
        raise OrchestrationConfigError("expected an AsyncPeaqosClient (use the sync functions with PeaqosClient)")
    return get()

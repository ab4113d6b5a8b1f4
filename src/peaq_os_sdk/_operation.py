"""Per-operation wire facts, instantiated by generated/operations.py from the spec."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen
class QueryParam:
    name: str
    wire: str
    required: bool = False
    rules: dict[str, Any] = attrs.field(factory=dict)


@attrs.frozen
class Operation:
    operation_id: str
    sdk_name: str | None
    method: str
    path: str
    auth: str  # "platform" | "agent-pairing" | "none"
    idempotent: bool  # safe to re-send after it may have reached the server (see x-idempotent)
    envelope: str  # "item" | "list" | "raw" | "empty" | "item-unwrapped"
    success_statuses: tuple[int, ...]
    path_params: tuple[tuple[str, str], ...]
    query_params: tuple[QueryParam, ...]
    options_model: Any
    body_model: Any
    body_param: str | None
    body_optional: bool
    body_when_none: str  # "omit" | "empty-object"
    response_model: Any
    nullable_item: bool
    paginated: bool
    error_codes: tuple[str, ...]
    decode: Any = None  # the generated decoder of response_model (None when the operation answers no body)

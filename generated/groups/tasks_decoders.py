# generated from spec/openapi.yaml by codegen/ — do not edit
# mypy: disable-error-code="arg-type,no-any-return"
# (reading is lenient on purpose: an enum value the spec does not list yet arrives as a plain str; a model is
# filled as its plain storage class, typed Any, before it becomes the model)
"""Wire-dict -> model decoders, one per response model, registered as the converter's structure hooks.

Each checks JSON types inline (no call per field on the happy path), keeps unknown keys in
``extra``, accepts unknown enum values as plain strings, and raises ShapeError (never KeyError or
TypeError) on anything else.
"""

from typing import Any

from peaq_os_sdk._generated.groups import tasks_models as m
from peaq_os_sdk._generated.groups.common_decoders import (
    decode_ExecutionOutcome,
    decode_ExecutionRun,
    decode_ExternalHandoff,
    decode_MarketQuote,
    decode_NormalizedTask,
)

from peaq_os_sdk._decode_support import (
    ShapeError,
    _bad,
    _extra_of,
    _map_any,
    _not_object,
    _tuple_of,
)

_new = object.__new__

_KNOWN_ExecutionRoute = frozenset(
    ["id", "executionMode", "integrationStatus", "status", "serviceId", "providerKey", "handoff"]
)
_LAST_ExecutionRoute: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_ExecutionRoute = m.ExecutionRoute
_S_ExecutionRoute = m._ExecutionRouteSlots


def decode_ExecutionRoute(o: Any) -> "m.ExecutionRoute":
    if type(o) is not dict:
        _not_object("ExecutionRoute", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_ExecutionRoute)
    try:
        obj.id = v if type(v := o["id"]) is str else _bad("ExecutionRoute.id", "str", v)
        obj.execution_mode = (
            v if type(v := o["executionMode"]) is str else _bad("ExecutionRoute.execution_mode", "str", v)
        )
        obj.integration_status = (
            v if type(v := o["integrationStatus"]) is str else _bad("ExecutionRoute.integration_status", "str", v)
        )
        obj.status = v if type(v := o["status"]) is str else _bad("ExecutionRoute.status", "str", v)
        obj.service_id = (
            v if type(v := o.get("serviceId")) is str or v is None else _bad("ExecutionRoute.service_id", "str", v)
        )
        obj.provider_key = (
            v if type(v := o.get("providerKey")) is str or v is None else _bad("ExecutionRoute.provider_key", "str", v)
        )
        obj.handoff = (
            decode_ExternalHandoff(v)
            if type(v := o.get("handoff")) is dict
            else (None if v is None else _bad("ExecutionRoute.handoff", "object", v))
        )
    except KeyError as e:
        raise ShapeError(f"ExecutionRoute: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_ExecutionRoute[0]:
        _LAST_ExecutionRoute[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_ExecutionRoute, _LAST_ExecutionRoute)
    obj.__class__ = _C_ExecutionRoute
    return obj


_KNOWN_Task = frozenset(
    [
        "id",
        "machineId",
        "agentPairingId",
        "status",
        "request",
        "normalizedTask",
        "searchId",
        "quotes",
        "quoteId",
        "orderId",
        "route",
        "run",
        "outcome",
        "handoff",
        "createdAt",
        "updatedAt",
    ]
)
_LAST_Task: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_Task = m.Task
_S_Task = m._TaskSlots


def decode_Task(o: Any) -> "m.Task":
    if type(o) is not dict:
        _not_object("Task", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_Task)
    try:
        obj.id = v if type(v := o["id"]) is str else _bad("Task.id", "str", v)
        obj.machine_id = v if type(v := o["machineId"]) is str else _bad("Task.machine_id", "str", v)
        obj.agent_pairing_id = v if type(v := o["agentPairingId"]) is str else _bad("Task.agent_pairing_id", "str", v)
        obj.status = v if type(v := o["status"]) is str else _bad("Task.status", "str", v)
        obj.request = v if type(v := o.get("request")) is dict else _map_any(v, "Task.request")
        obj.normalized_task = (
            decode_NormalizedTask(v)
            if type(v := o.get("normalizedTask")) is dict
            else (None if v is None else _bad("Task.normalized_task", "object", v))
        )
        obj.search_id = v if type(v := o.get("searchId")) is str or v is None else _bad("Task.search_id", "str", v)
        obj.quotes = _tuple_of(o.get("quotes"), decode_MarketQuote, "Task.quotes")
        obj.quote_id = v if type(v := o.get("quoteId")) is str or v is None else _bad("Task.quote_id", "str", v)
        obj.order_id = v if type(v := o.get("orderId")) is str or v is None else _bad("Task.order_id", "str", v)
        obj.route = (
            decode_ExecutionRoute(v)
            if type(v := o.get("route")) is dict
            else (None if v is None else _bad("Task.route", "object", v))
        )
        obj.run = (
            decode_ExecutionRun(v)
            if type(v := o.get("run")) is dict
            else (None if v is None else _bad("Task.run", "object", v))
        )
        obj.outcome = (
            decode_ExecutionOutcome(v)
            if type(v := o.get("outcome")) is dict
            else (None if v is None else _bad("Task.outcome", "object", v))
        )
        obj.handoff = (
            decode_ExternalHandoff(v)
            if type(v := o.get("handoff")) is dict
            else (None if v is None else _bad("Task.handoff", "object", v))
        )
        obj.created_at = v if type(v := o["createdAt"]) is str else _bad("Task.created_at", "str", v)
        obj.updated_at = v if type(v := o["updatedAt"]) is str else _bad("Task.updated_at", "str", v)
    except KeyError as e:
        raise ShapeError(f"Task: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_Task[0]:
        _LAST_Task[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_Task, _LAST_Task)
    obj.__class__ = _C_Task
    return obj


DECODERS: dict[Any, Any] = {
    m.ExecutionRoute: decode_ExecutionRoute,
    m.Task: decode_Task,
}

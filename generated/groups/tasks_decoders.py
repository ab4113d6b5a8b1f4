# generated from spec/openapi.yaml by codegen/ — do not edit
# mypy: disable-error-code="arg-type"
# (reading is lenient on purpose: an enum value the spec does not list yet arrives as a plain str)
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
    _extra,
    _map_any,
    _not_object,
    _slot_setter,
    _tuple_of,
)

_new = object.__new__

_KNOWN_ExecutionRoute = frozenset(
    ["id", "executionMode", "integrationStatus", "status", "serviceId", "providerKey", "handoff"]
)
_C_ExecutionRoute = m.ExecutionRoute
_s_ExecutionRoute_id = _slot_setter(m.ExecutionRoute, "id")
_s_ExecutionRoute_execution_mode = _slot_setter(m.ExecutionRoute, "execution_mode")
_s_ExecutionRoute_integration_status = _slot_setter(m.ExecutionRoute, "integration_status")
_s_ExecutionRoute_status = _slot_setter(m.ExecutionRoute, "status")
_s_ExecutionRoute_service_id = _slot_setter(m.ExecutionRoute, "service_id")
_s_ExecutionRoute_provider_key = _slot_setter(m.ExecutionRoute, "provider_key")
_s_ExecutionRoute_handoff = _slot_setter(m.ExecutionRoute, "handoff")
_s_ExecutionRoute_extra = _slot_setter(m.ExecutionRoute, "extra")


def decode_ExecutionRoute(o: Any) -> "m.ExecutionRoute":
    if type(o) is not dict:
        _not_object("ExecutionRoute", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_ExecutionRoute)
    try:
        _s_ExecutionRoute_id(obj, v if type(v := o["id"]) is str else _bad("ExecutionRoute.id", "str", v))
        _s_ExecutionRoute_execution_mode(
            obj, v if type(v := o["executionMode"]) is str else _bad("ExecutionRoute.execution_mode", "str", v)
        )
        _s_ExecutionRoute_integration_status(
            obj, v if type(v := o["integrationStatus"]) is str else _bad("ExecutionRoute.integration_status", "str", v)
        )
        _s_ExecutionRoute_status(obj, v if type(v := o["status"]) is str else _bad("ExecutionRoute.status", "str", v))
        _s_ExecutionRoute_service_id(
            obj, v if type(v := o.get("serviceId")) is str or v is None else _bad("ExecutionRoute.service_id", "str", v)
        )
        _s_ExecutionRoute_provider_key(
            obj,
            v if type(v := o.get("providerKey")) is str or v is None else _bad("ExecutionRoute.provider_key", "str", v),
        )
        _s_ExecutionRoute_handoff(
            obj,
            decode_ExternalHandoff(v)
            if type(v := o.get("handoff")) is dict
            else (None if v is None else _bad("ExecutionRoute.handoff", "object", v)),
        )
    except KeyError as e:
        raise ShapeError(f"ExecutionRoute: missing required field {e.args[0]!r}") from None
    _s_ExecutionRoute_extra(obj, {} if _KNOWN_ExecutionRoute.issuperset(o) else _extra(o, _KNOWN_ExecutionRoute))
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
_C_Task = m.Task
_s_Task_id = _slot_setter(m.Task, "id")
_s_Task_machine_id = _slot_setter(m.Task, "machine_id")
_s_Task_agent_pairing_id = _slot_setter(m.Task, "agent_pairing_id")
_s_Task_status = _slot_setter(m.Task, "status")
_s_Task_request = _slot_setter(m.Task, "request")
_s_Task_normalized_task = _slot_setter(m.Task, "normalized_task")
_s_Task_search_id = _slot_setter(m.Task, "search_id")
_s_Task_quotes = _slot_setter(m.Task, "quotes")
_s_Task_quote_id = _slot_setter(m.Task, "quote_id")
_s_Task_order_id = _slot_setter(m.Task, "order_id")
_s_Task_route = _slot_setter(m.Task, "route")
_s_Task_run = _slot_setter(m.Task, "run")
_s_Task_outcome = _slot_setter(m.Task, "outcome")
_s_Task_handoff = _slot_setter(m.Task, "handoff")
_s_Task_created_at = _slot_setter(m.Task, "created_at")
_s_Task_updated_at = _slot_setter(m.Task, "updated_at")
_s_Task_extra = _slot_setter(m.Task, "extra")


def decode_Task(o: Any) -> "m.Task":
    if type(o) is not dict:
        _not_object("Task", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_Task)
    try:
        _s_Task_id(obj, v if type(v := o["id"]) is str else _bad("Task.id", "str", v))
        _s_Task_machine_id(obj, v if type(v := o["machineId"]) is str else _bad("Task.machine_id", "str", v))
        _s_Task_agent_pairing_id(
            obj, v if type(v := o["agentPairingId"]) is str else _bad("Task.agent_pairing_id", "str", v)
        )
        _s_Task_status(obj, v if type(v := o["status"]) is str else _bad("Task.status", "str", v))
        _s_Task_request(obj, v if type(v := o.get("request")) is dict else _map_any(v, "Task.request"))
        _s_Task_normalized_task(
            obj,
            decode_NormalizedTask(v)
            if type(v := o.get("normalizedTask")) is dict
            else (None if v is None else _bad("Task.normalized_task", "object", v)),
        )
        _s_Task_search_id(
            obj, v if type(v := o.get("searchId")) is str or v is None else _bad("Task.search_id", "str", v)
        )
        _s_Task_quotes(obj, _tuple_of(o.get("quotes"), decode_MarketQuote, "Task.quotes"))
        _s_Task_quote_id(obj, v if type(v := o.get("quoteId")) is str or v is None else _bad("Task.quote_id", "str", v))
        _s_Task_order_id(obj, v if type(v := o.get("orderId")) is str or v is None else _bad("Task.order_id", "str", v))
        _s_Task_route(
            obj,
            decode_ExecutionRoute(v)
            if type(v := o.get("route")) is dict
            else (None if v is None else _bad("Task.route", "object", v)),
        )
        _s_Task_run(
            obj,
            decode_ExecutionRun(v)
            if type(v := o.get("run")) is dict
            else (None if v is None else _bad("Task.run", "object", v)),
        )
        _s_Task_outcome(
            obj,
            decode_ExecutionOutcome(v)
            if type(v := o.get("outcome")) is dict
            else (None if v is None else _bad("Task.outcome", "object", v)),
        )
        _s_Task_handoff(
            obj,
            decode_ExternalHandoff(v)
            if type(v := o.get("handoff")) is dict
            else (None if v is None else _bad("Task.handoff", "object", v)),
        )
        _s_Task_created_at(obj, v if type(v := o["createdAt"]) is str else _bad("Task.created_at", "str", v))
        _s_Task_updated_at(obj, v if type(v := o["updatedAt"]) is str else _bad("Task.updated_at", "str", v))
    except KeyError as e:
        raise ShapeError(f"Task: missing required field {e.args[0]!r}") from None
    _s_Task_extra(obj, {} if _KNOWN_Task.issuperset(o) else _extra(o, _KNOWN_Task))
    return obj


DECODERS: dict[Any, Any] = {
    m.ExecutionRoute: decode_ExecutionRoute,
    m.Task: decode_Task,
}

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

from peaq_os_sdk._generated.groups import observability_models as m

from peaq_os_sdk._decode_support import (
    ShapeError,
    _bad,
    _extra_of,
    _map_any,
    _not_object,
    _slot_setter,
    _tuple_of,
)

_new = object.__new__

_KNOWN_ReadinessCheck = frozenset(["name", "status", "message"])
_LAST_ReadinessCheck: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_ReadinessCheck = m.ReadinessCheck
_S_ReadinessCheck = m._ReadinessCheckSlots


def decode_ReadinessCheck(o: Any) -> "m.ReadinessCheck":
    if type(o) is not dict:
        _not_object("ReadinessCheck", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_ReadinessCheck)
    try:
        obj.name = v if type(v := o["name"]) is str else _bad("ReadinessCheck.name", "str", v)
        obj.status = v if type(v := o["status"]) is str else _bad("ReadinessCheck.status", "str", v)
        obj.message = v if type(v := o.get("message")) is str or v is None else _bad("ReadinessCheck.message", "str", v)
    except KeyError as e:
        raise ShapeError(f"ReadinessCheck: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_ReadinessCheck[0]:
        _LAST_ReadinessCheck[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_ReadinessCheck, _LAST_ReadinessCheck)
    obj.__class__ = _C_ReadinessCheck
    return obj


_KNOWN_Readiness = frozenset(["status", "checks"])
_LAST_Readiness: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_Readiness = m.Readiness
_S_Readiness = m._ReadinessSlots


def decode_Readiness(o: Any) -> "m.Readiness":
    if type(o) is not dict:
        _not_object("Readiness", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_Readiness)
    try:
        obj.status = v if type(v := o["status"]) is str else _bad("Readiness.status", "str", v)
        obj.checks = _tuple_of(o.get("checks"), decode_ReadinessCheck, "Readiness.checks")
    except KeyError as e:
        raise ShapeError(f"Readiness: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_Readiness[0]:
        _LAST_Readiness[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_Readiness, _LAST_Readiness)
    obj.__class__ = _C_Readiness
    return obj


_KNOWN_AuditEvent = frozenset(
    ["id", "actor", "type", "resourceType", "resourceId", "createdAt", "machineId", "payload"]
)
_LAST_AuditEvent: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_AuditEvent = m.AuditEvent
_S_AuditEvent = m._AuditEventSlots


def decode_AuditEvent(o: Any) -> "m.AuditEvent":
    if type(o) is not dict:
        _not_object("AuditEvent", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_AuditEvent)
    try:
        obj.id = v if type(v := o["id"]) is str else _bad("AuditEvent.id", "str", v)
        obj.actor = v if type(v := o["actor"]) is str else _bad("AuditEvent.actor", "str", v)
        obj.type = v if type(v := o["type"]) is str else _bad("AuditEvent.type", "str", v)
        obj.resource_type = v if type(v := o["resourceType"]) is str else _bad("AuditEvent.resource_type", "str", v)
        obj.resource_id = v if type(v := o["resourceId"]) is str else _bad("AuditEvent.resource_id", "str", v)
        obj.created_at = v if type(v := o["createdAt"]) is str else _bad("AuditEvent.created_at", "str", v)
        obj.machine_id = (
            v if type(v := o.get("machineId")) is str or v is None else _bad("AuditEvent.machine_id", "str", v)
        )
        obj.payload = v if type(v := o.get("payload")) is dict else _map_any(v, "AuditEvent.payload")
    except KeyError as e:
        raise ShapeError(f"AuditEvent: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_AuditEvent[0]:
        _LAST_AuditEvent[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_AuditEvent, _LAST_AuditEvent)
    obj.__class__ = _C_AuditEvent
    return obj


_KNOWN_RunRecord = frozenset(
    [
        "id",
        "status",
        "executionMode",
        "skillKey",
        "serviceId",
        "outcomeId",
        "machineId",
        "orderId",
        "taskId",
        "routeId",
        "createdAt",
    ]
)
_LAST_RunRecord: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_RunRecord = m.RunRecord
_s_RunRecord_id = _slot_setter(m.RunRecord, "id")
_s_RunRecord_status = _slot_setter(m.RunRecord, "status")
_s_RunRecord_execution_mode = _slot_setter(m.RunRecord, "execution_mode")
_s_RunRecord_skill_key = _slot_setter(m.RunRecord, "skill_key")
_s_RunRecord_service_id = _slot_setter(m.RunRecord, "service_id")
_s_RunRecord_outcome_id = _slot_setter(m.RunRecord, "outcome_id")
_s_RunRecord_machine_id = _slot_setter(m.RunRecord, "machine_id")
_s_RunRecord_order_id = _slot_setter(m.RunRecord, "order_id")
_s_RunRecord_task_id = _slot_setter(m.RunRecord, "task_id")
_s_RunRecord_route_id = _slot_setter(m.RunRecord, "route_id")
_s_RunRecord_created_at = _slot_setter(m.RunRecord, "created_at")
_s_RunRecord_extra = _slot_setter(m.RunRecord, "extra")


def decode_RunRecord(o: Any) -> "m.RunRecord":
    if type(o) is not dict:
        _not_object("RunRecord", o)
    # a subclass: fields are stored through the slot descriptors (past the frozen class's guard)
    obj = _new(_C_RunRecord)
    try:
        _s_RunRecord_id(obj, v if type(v := o["id"]) is str else _bad("RunRecord.id", "str", v))
        _s_RunRecord_status(obj, v if type(v := o["status"]) is str else _bad("RunRecord.status", "str", v))
        _s_RunRecord_execution_mode(
            obj,
            v if type(v := o.get("executionMode")) is str or v is None else _bad("RunRecord.execution_mode", "str", v),
        )
        _s_RunRecord_skill_key(
            obj, v if type(v := o.get("skillKey")) is str or v is None else _bad("RunRecord.skill_key", "str", v)
        )
        _s_RunRecord_service_id(
            obj, v if type(v := o.get("serviceId")) is str or v is None else _bad("RunRecord.service_id", "str", v)
        )
        _s_RunRecord_outcome_id(
            obj, v if type(v := o.get("outcomeId")) is str or v is None else _bad("RunRecord.outcome_id", "str", v)
        )
        _s_RunRecord_machine_id(obj, v if type(v := o["machineId"]) is str else _bad("RunRecord.machine_id", "str", v))
        _s_RunRecord_order_id(obj, v if type(v := o["orderId"]) is str else _bad("RunRecord.order_id", "str", v))
        _s_RunRecord_task_id(
            obj, v if type(v := o.get("taskId")) is str or v is None else _bad("RunRecord.task_id", "str", v)
        )
        _s_RunRecord_route_id(
            obj, v if type(v := o.get("routeId")) is str or v is None else _bad("RunRecord.route_id", "str", v)
        )
        _s_RunRecord_created_at(obj, v if type(v := o["createdAt"]) is str else _bad("RunRecord.created_at", "str", v))
    except KeyError as e:
        raise ShapeError(f"RunRecord: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_RunRecord[0]:
        _LAST_RunRecord[0] = k  # this body's own key strings: the next object compares by identity
        _s_RunRecord_extra(obj, {})
    else:
        _s_RunRecord_extra(obj, _extra_of(o, k, _KNOWN_RunRecord, _LAST_RunRecord))
    return obj


DECODERS: dict[Any, Any] = {
    m.ReadinessCheck: decode_ReadinessCheck,
    m.Readiness: decode_Readiness,
    m.AuditEvent: decode_AuditEvent,
    m.RunRecord: decode_RunRecord,
}

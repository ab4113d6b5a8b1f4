# generated from spec/openapi.yaml by codegen/ — do not edit
# mypy: disable-error-code="arg-type"
# (reading is lenient on purpose: an enum value the spec does not list yet arrives as a plain str)
"""Wire-dict -> model decoders, one per response model, registered as the converter's structure hooks.

Each checks JSON types inline (no call per field on the happy path), keeps unknown keys in
``extra``, accepts unknown enum values as plain strings, and raises ShapeError (never KeyError or
TypeError) on anything else.
"""

from typing import Any

from peaq_os_sdk._generated import models as m

from peaq_os_sdk._decode_support import (
    ShapeError,
    _bad,
    _dispatch,
    _extra,
    _float,
    _int,
    _map_any,
    _map_str,
    _not_object,
    _pick,
    _pick_opt,
    _slot_setter,
    _tuple_of,
    _tuple_str,
)

_new = object.__new__

_KNOWN_Health = frozenset(["ok"])
_C_Health = m.Health
_s_Health_ok = _slot_setter(m.Health, "ok")
_s_Health_extra = _slot_setter(m.Health, "extra")


def decode_Health(o: Any) -> "m.Health":
    if type(o) is not dict:
        _not_object("Health", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_Health)
    try:
        _s_Health_ok(obj, v if type(v := o["ok"]) is bool else _bad("Health.ok", "bool", v))
    except KeyError as e:
        raise ShapeError(f"Health: missing required field {e.args[0]!r}") from None
    _s_Health_extra(obj, {} if _KNOWN_Health.issuperset(o) else _extra(o, _KNOWN_Health))
    return obj


_KNOWN_ReadinessCheck = frozenset(["name", "status", "message"])
_C_ReadinessCheck = m.ReadinessCheck
_s_ReadinessCheck_name = _slot_setter(m.ReadinessCheck, "name")
_s_ReadinessCheck_status = _slot_setter(m.ReadinessCheck, "status")
_s_ReadinessCheck_message = _slot_setter(m.ReadinessCheck, "message")
_s_ReadinessCheck_extra = _slot_setter(m.ReadinessCheck, "extra")


def decode_ReadinessCheck(o: Any) -> "m.ReadinessCheck":
    if type(o) is not dict:
        _not_object("ReadinessCheck", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_ReadinessCheck)
    try:
        _s_ReadinessCheck_name(obj, v if type(v := o["name"]) is str else _bad("ReadinessCheck.name", "str", v))
        _s_ReadinessCheck_status(obj, v if type(v := o["status"]) is str else _bad("ReadinessCheck.status", "str", v))
        _s_ReadinessCheck_message(
            obj, v if type(v := o.get("message")) is str or v is None else _bad("ReadinessCheck.message", "str", v)
        )
    except KeyError as e:
        raise ShapeError(f"ReadinessCheck: missing required field {e.args[0]!r}") from None
    _s_ReadinessCheck_extra(obj, {} if _KNOWN_ReadinessCheck.issuperset(o) else _extra(o, _KNOWN_ReadinessCheck))
    return obj


_KNOWN_Readiness = frozenset(["status", "checks"])
_C_Readiness = m.Readiness
_s_Readiness_status = _slot_setter(m.Readiness, "status")
_s_Readiness_checks = _slot_setter(m.Readiness, "checks")
_s_Readiness_extra = _slot_setter(m.Readiness, "extra")


def decode_Readiness(o: Any) -> "m.Readiness":
    if type(o) is not dict:
        _not_object("Readiness", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_Readiness)
    try:
        _s_Readiness_status(obj, v if type(v := o["status"]) is str else _bad("Readiness.status", "str", v))
        _s_Readiness_checks(obj, _tuple_of(o.get("checks"), decode_ReadinessCheck, "Readiness.checks"))
    except KeyError as e:
        raise ShapeError(f"Readiness: missing required field {e.args[0]!r}") from None
    _s_Readiness_extra(obj, {} if _KNOWN_Readiness.issuperset(o) else _extra(o, _KNOWN_Readiness))
    return obj


_KNOWN_BudgetCap = frozenset(["currency", "amount"])
_C_BudgetCap = m.BudgetCap
_s_BudgetCap_currency = _slot_setter(m.BudgetCap, "currency")
_s_BudgetCap_amount = _slot_setter(m.BudgetCap, "amount")
_s_BudgetCap_extra = _slot_setter(m.BudgetCap, "extra")


def decode_BudgetCap(o: Any) -> "m.BudgetCap":
    if type(o) is not dict:
        _not_object("BudgetCap", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_BudgetCap)
    try:
        _s_BudgetCap_currency(obj, v if type(v := o["currency"]) is str else _bad("BudgetCap.currency", "str", v))
        _s_BudgetCap_amount(obj, v if type(v := o["amount"]) is float else _float(v, "BudgetCap.amount", False))
    except KeyError as e:
        raise ShapeError(f"BudgetCap: missing required field {e.args[0]!r}") from None
    _s_BudgetCap_extra(obj, {} if _KNOWN_BudgetCap.issuperset(o) else _extra(o, _KNOWN_BudgetCap))
    return obj


_KNOWN_Policy = frozenset(
    [
        "id",
        "name",
        "allowedSkillKeys",
        "deniedSkillKeys",
        "regionRules",
        "requiredCapabilities",
        "nativeOnly",
        "handoffAllowed",
        "budgetCap",
        "createdAt",
        "updatedAt",
    ]
)
_C_Policy = m.Policy
_s_Policy_id = _slot_setter(m.Policy, "id")
_s_Policy_name = _slot_setter(m.Policy, "name")
_s_Policy_allowed_skill_keys = _slot_setter(m.Policy, "allowed_skill_keys")
_s_Policy_denied_skill_keys = _slot_setter(m.Policy, "denied_skill_keys")
_s_Policy_region_rules = _slot_setter(m.Policy, "region_rules")
_s_Policy_required_capabilities = _slot_setter(m.Policy, "required_capabilities")
_s_Policy_native_only = _slot_setter(m.Policy, "native_only")
_s_Policy_handoff_allowed = _slot_setter(m.Policy, "handoff_allowed")
_s_Policy_budget_cap = _slot_setter(m.Policy, "budget_cap")
_s_Policy_created_at = _slot_setter(m.Policy, "created_at")
_s_Policy_updated_at = _slot_setter(m.Policy, "updated_at")
_s_Policy_extra = _slot_setter(m.Policy, "extra")


def decode_Policy(o: Any) -> "m.Policy":
    if type(o) is not dict:
        _not_object("Policy", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_Policy)
    try:
        _s_Policy_id(obj, v if type(v := o["id"]) is str else _bad("Policy.id", "str", v))
        _s_Policy_name(obj, v if type(v := o["name"]) is str else _bad("Policy.name", "str", v))
        _s_Policy_allowed_skill_keys(obj, _tuple_str(o.get("allowedSkillKeys"), "Policy.allowed_skill_keys"))
        _s_Policy_denied_skill_keys(obj, _tuple_str(o.get("deniedSkillKeys"), "Policy.denied_skill_keys"))
        _s_Policy_region_rules(obj, _tuple_str(o.get("regionRules"), "Policy.region_rules"))
        _s_Policy_required_capabilities(obj, _tuple_str(o.get("requiredCapabilities"), "Policy.required_capabilities"))
        _s_Policy_native_only(obj, v if type(v := o["nativeOnly"]) is bool else _bad("Policy.native_only", "bool", v))
        _s_Policy_handoff_allowed(
            obj, v if type(v := o["handoffAllowed"]) is bool else _bad("Policy.handoff_allowed", "bool", v)
        )
        _s_Policy_budget_cap(
            obj,
            decode_BudgetCap(v)
            if type(v := o.get("budgetCap")) is dict
            else (None if v is None else _bad("Policy.budget_cap", "object", v)),
        )
        _s_Policy_created_at(obj, v if type(v := o["createdAt"]) is str else _bad("Policy.created_at", "str", v))
        _s_Policy_updated_at(obj, v if type(v := o["updatedAt"]) is str else _bad("Policy.updated_at", "str", v))
    except KeyError as e:
        raise ShapeError(f"Policy: missing required field {e.args[0]!r}") from None
    _s_Policy_extra(obj, {} if _KNOWN_Policy.issuperset(o) else _extra(o, _KNOWN_Policy))
    return obj


_KNOWN_AuditEvent = frozenset(
    ["id", "actor", "type", "resourceType", "resourceId", "createdAt", "machineId", "payload"]
)
_C_AuditEvent = m.AuditEvent
_s_AuditEvent_id = _slot_setter(m.AuditEvent, "id")
_s_AuditEvent_actor = _slot_setter(m.AuditEvent, "actor")
_s_AuditEvent_type = _slot_setter(m.AuditEvent, "type")
_s_AuditEvent_resource_type = _slot_setter(m.AuditEvent, "resource_type")
_s_AuditEvent_resource_id = _slot_setter(m.AuditEvent, "resource_id")
_s_AuditEvent_created_at = _slot_setter(m.AuditEvent, "created_at")
_s_AuditEvent_machine_id = _slot_setter(m.AuditEvent, "machine_id")
_s_AuditEvent_payload = _slot_setter(m.AuditEvent, "payload")
_s_AuditEvent_extra = _slot_setter(m.AuditEvent, "extra")


def decode_AuditEvent(o: Any) -> "m.AuditEvent":
    if type(o) is not dict:
        _not_object("AuditEvent", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_AuditEvent)
    try:
        _s_AuditEvent_id(obj, v if type(v := o["id"]) is str else _bad("AuditEvent.id", "str", v))
        _s_AuditEvent_actor(obj, v if type(v := o["actor"]) is str else _bad("AuditEvent.actor", "str", v))
        _s_AuditEvent_type(obj, v if type(v := o["type"]) is str else _bad("AuditEvent.type", "str", v))
        _s_AuditEvent_resource_type(
            obj, v if type(v := o["resourceType"]) is str else _bad("AuditEvent.resource_type", "str", v)
        )
        _s_AuditEvent_resource_id(
            obj, v if type(v := o["resourceId"]) is str else _bad("AuditEvent.resource_id", "str", v)
        )
        _s_AuditEvent_created_at(
            obj, v if type(v := o["createdAt"]) is str else _bad("AuditEvent.created_at", "str", v)
        )
        _s_AuditEvent_machine_id(
            obj, v if type(v := o.get("machineId")) is str or v is None else _bad("AuditEvent.machine_id", "str", v)
        )
        _s_AuditEvent_payload(obj, v if type(v := o.get("payload")) is dict else _map_any(v, "AuditEvent.payload"))
    except KeyError as e:
        raise ShapeError(f"AuditEvent: missing required field {e.args[0]!r}") from None
    _s_AuditEvent_extra(obj, {} if _KNOWN_AuditEvent.issuperset(o) else _extra(o, _KNOWN_AuditEvent))
    return obj


_KNOWN_ExecutionRun = frozenset(["id", "status", "executionMode", "skillKey", "serviceId", "outcomeId"])
_C_ExecutionRun = m.ExecutionRun
_s_ExecutionRun_id = _slot_setter(m.ExecutionRun, "id")
_s_ExecutionRun_status = _slot_setter(m.ExecutionRun, "status")
_s_ExecutionRun_execution_mode = _slot_setter(m.ExecutionRun, "execution_mode")
_s_ExecutionRun_skill_key = _slot_setter(m.ExecutionRun, "skill_key")
_s_ExecutionRun_service_id = _slot_setter(m.ExecutionRun, "service_id")
_s_ExecutionRun_outcome_id = _slot_setter(m.ExecutionRun, "outcome_id")
_s_ExecutionRun_extra = _slot_setter(m.ExecutionRun, "extra")


def decode_ExecutionRun(o: Any) -> "m.ExecutionRun":
    if type(o) is not dict:
        _not_object("ExecutionRun", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_ExecutionRun)
    try:
        _s_ExecutionRun_id(obj, v if type(v := o["id"]) is str else _bad("ExecutionRun.id", "str", v))
        _s_ExecutionRun_status(obj, v if type(v := o["status"]) is str else _bad("ExecutionRun.status", "str", v))
        _s_ExecutionRun_execution_mode(
            obj,
            v
            if type(v := o.get("executionMode")) is str or v is None
            else _bad("ExecutionRun.execution_mode", "str", v),
        )
        _s_ExecutionRun_skill_key(
            obj, v if type(v := o.get("skillKey")) is str or v is None else _bad("ExecutionRun.skill_key", "str", v)
        )
        _s_ExecutionRun_service_id(
            obj, v if type(v := o.get("serviceId")) is str or v is None else _bad("ExecutionRun.service_id", "str", v)
        )
        _s_ExecutionRun_outcome_id(
            obj, v if type(v := o.get("outcomeId")) is str or v is None else _bad("ExecutionRun.outcome_id", "str", v)
        )
    except KeyError as e:
        raise ShapeError(f"ExecutionRun: missing required field {e.args[0]!r}") from None
    _s_ExecutionRun_extra(obj, {} if _KNOWN_ExecutionRun.issuperset(o) else _extra(o, _KNOWN_ExecutionRun))
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
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
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
    _s_RunRecord_extra(obj, {} if _KNOWN_RunRecord.issuperset(o) else _extra(o, _KNOWN_RunRecord))
    return obj


_KNOWN_GraphNode = frozenset(["id", "machineId", "label", "kind", "status", "data", "createdAt", "updatedAt"])
_C_GraphNode = m.GraphNode
_s_GraphNode_id = _slot_setter(m.GraphNode, "id")
_s_GraphNode_machine_id = _slot_setter(m.GraphNode, "machine_id")
_s_GraphNode_label = _slot_setter(m.GraphNode, "label")
_s_GraphNode_kind = _slot_setter(m.GraphNode, "kind")
_s_GraphNode_status = _slot_setter(m.GraphNode, "status")
_s_GraphNode_data = _slot_setter(m.GraphNode, "data")
_s_GraphNode_created_at = _slot_setter(m.GraphNode, "created_at")
_s_GraphNode_updated_at = _slot_setter(m.GraphNode, "updated_at")
_s_GraphNode_extra = _slot_setter(m.GraphNode, "extra")


def decode_GraphNode(o: Any) -> "m.GraphNode":
    if type(o) is not dict:
        _not_object("GraphNode", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_GraphNode)
    try:
        _s_GraphNode_id(obj, v if type(v := o["id"]) is str else _bad("GraphNode.id", "str", v))
        _s_GraphNode_machine_id(obj, v if type(v := o["machineId"]) is str else _bad("GraphNode.machine_id", "str", v))
        _s_GraphNode_label(obj, v if type(v := o["label"]) is str else _bad("GraphNode.label", "str", v))
        _s_GraphNode_kind(obj, v if type(v := o.get("kind")) is str or v is None else _bad("GraphNode.kind", "str", v))
        _s_GraphNode_status(obj, v if type(v := o["status"]) is str else _bad("GraphNode.status", "str", v))
        _s_GraphNode_data(obj, v if type(v := o.get("data")) is dict else _map_any(v, "GraphNode.data"))
        _s_GraphNode_created_at(obj, v if type(v := o["createdAt"]) is str else _bad("GraphNode.created_at", "str", v))
        _s_GraphNode_updated_at(obj, v if type(v := o["updatedAt"]) is str else _bad("GraphNode.updated_at", "str", v))
    except KeyError as e:
        raise ShapeError(f"GraphNode: missing required field {e.args[0]!r}") from None
    _s_GraphNode_extra(obj, {} if _KNOWN_GraphNode.issuperset(o) else _extra(o, _KNOWN_GraphNode))
    return obj


_KNOWN_GraphEdge = frozenset(
    ["id", "machineId", "sourceNodeId", "targetNodeId", "kind", "status", "data", "createdAt", "updatedAt"]
)
_C_GraphEdge = m.GraphEdge
_s_GraphEdge_id = _slot_setter(m.GraphEdge, "id")
_s_GraphEdge_machine_id = _slot_setter(m.GraphEdge, "machine_id")
_s_GraphEdge_source_node_id = _slot_setter(m.GraphEdge, "source_node_id")
_s_GraphEdge_target_node_id = _slot_setter(m.GraphEdge, "target_node_id")
_s_GraphEdge_kind = _slot_setter(m.GraphEdge, "kind")
_s_GraphEdge_status = _slot_setter(m.GraphEdge, "status")
_s_GraphEdge_data = _slot_setter(m.GraphEdge, "data")
_s_GraphEdge_created_at = _slot_setter(m.GraphEdge, "created_at")
_s_GraphEdge_updated_at = _slot_setter(m.GraphEdge, "updated_at")
_s_GraphEdge_extra = _slot_setter(m.GraphEdge, "extra")


def decode_GraphEdge(o: Any) -> "m.GraphEdge":
    if type(o) is not dict:
        _not_object("GraphEdge", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_GraphEdge)
    try:
        _s_GraphEdge_id(obj, v if type(v := o["id"]) is str else _bad("GraphEdge.id", "str", v))
        _s_GraphEdge_machine_id(obj, v if type(v := o["machineId"]) is str else _bad("GraphEdge.machine_id", "str", v))
        _s_GraphEdge_source_node_id(
            obj, v if type(v := o["sourceNodeId"]) is str else _bad("GraphEdge.source_node_id", "str", v)
        )
        _s_GraphEdge_target_node_id(
            obj, v if type(v := o["targetNodeId"]) is str else _bad("GraphEdge.target_node_id", "str", v)
        )
        _s_GraphEdge_kind(obj, v if type(v := o.get("kind")) is str or v is None else _bad("GraphEdge.kind", "str", v))
        _s_GraphEdge_status(obj, v if type(v := o["status"]) is str else _bad("GraphEdge.status", "str", v))
        _s_GraphEdge_data(obj, v if type(v := o.get("data")) is dict else _map_any(v, "GraphEdge.data"))
        _s_GraphEdge_created_at(obj, v if type(v := o["createdAt"]) is str else _bad("GraphEdge.created_at", "str", v))
        _s_GraphEdge_updated_at(obj, v if type(v := o["updatedAt"]) is str else _bad("GraphEdge.updated_at", "str", v))
    except KeyError as e:
        raise ShapeError(f"GraphEdge: missing required field {e.args[0]!r}") from None
    _s_GraphEdge_extra(obj, {} if _KNOWN_GraphEdge.issuperset(o) else _extra(o, _KNOWN_GraphEdge))
    return obj


_KNOWN_MachineGraph = frozenset(["machineId", "nodes", "edges"])
_C_MachineGraph = m.MachineGraph
_s_MachineGraph_machine_id = _slot_setter(m.MachineGraph, "machine_id")
_s_MachineGraph_nodes = _slot_setter(m.MachineGraph, "nodes")
_s_MachineGraph_edges = _slot_setter(m.MachineGraph, "edges")
_s_MachineGraph_extra = _slot_setter(m.MachineGraph, "extra")


def decode_MachineGraph(o: Any) -> "m.MachineGraph":
    if type(o) is not dict:
        _not_object("MachineGraph", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_MachineGraph)
    try:
        _s_MachineGraph_machine_id(
            obj, v if type(v := o["machineId"]) is str else _bad("MachineGraph.machine_id", "str", v)
        )
        _s_MachineGraph_nodes(obj, _tuple_of(o["nodes"], decode_GraphNode, "MachineGraph.nodes"))
        _s_MachineGraph_edges(obj, _tuple_of(o["edges"], decode_GraphEdge, "MachineGraph.edges"))
    except KeyError as e:
        raise ShapeError(f"MachineGraph: missing required field {e.args[0]!r}") from None
    _s_MachineGraph_extra(obj, {} if _KNOWN_MachineGraph.issuperset(o) else _extra(o, _KNOWN_MachineGraph))
    return obj


_KNOWN_ExternalHandoff = frozenset(["label", "url", "notes"])
_C_ExternalHandoff = m.ExternalHandoff
_s_ExternalHandoff_label = _slot_setter(m.ExternalHandoff, "label")
_s_ExternalHandoff_url = _slot_setter(m.ExternalHandoff, "url")
_s_ExternalHandoff_notes = _slot_setter(m.ExternalHandoff, "notes")
_s_ExternalHandoff_extra = _slot_setter(m.ExternalHandoff, "extra")


def decode_ExternalHandoff(o: Any) -> "m.ExternalHandoff":
    if type(o) is not dict:
        _not_object("ExternalHandoff", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_ExternalHandoff)
    try:
        _s_ExternalHandoff_label(obj, v if type(v := o["label"]) is str else _bad("ExternalHandoff.label", "str", v))
        _s_ExternalHandoff_url(obj, v if type(v := o["url"]) is str else _bad("ExternalHandoff.url", "str", v))
        _s_ExternalHandoff_notes(obj, _tuple_str(o.get("notes"), "ExternalHandoff.notes"))
    except KeyError as e:
        raise ShapeError(f"ExternalHandoff: missing required field {e.args[0]!r}") from None
    _s_ExternalHandoff_extra(obj, {} if _KNOWN_ExternalHandoff.issuperset(o) else _extra(o, _KNOWN_ExternalHandoff))
    return obj


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


_KNOWN_ExecutionOutcome = frozenset(
    ["id", "status", "skillKey", "serviceId", "executionMode", "result", "errorMessage", "externalRef"]
)
_C_ExecutionOutcome = m.ExecutionOutcome
_s_ExecutionOutcome_id = _slot_setter(m.ExecutionOutcome, "id")
_s_ExecutionOutcome_status = _slot_setter(m.ExecutionOutcome, "status")
_s_ExecutionOutcome_skill_key = _slot_setter(m.ExecutionOutcome, "skill_key")
_s_ExecutionOutcome_service_id = _slot_setter(m.ExecutionOutcome, "service_id")
_s_ExecutionOutcome_execution_mode = _slot_setter(m.ExecutionOutcome, "execution_mode")
_s_ExecutionOutcome_result = _slot_setter(m.ExecutionOutcome, "result")
_s_ExecutionOutcome_error_message = _slot_setter(m.ExecutionOutcome, "error_message")
_s_ExecutionOutcome_external_ref = _slot_setter(m.ExecutionOutcome, "external_ref")
_s_ExecutionOutcome_extra = _slot_setter(m.ExecutionOutcome, "extra")


def decode_ExecutionOutcome(o: Any) -> "m.ExecutionOutcome":
    if type(o) is not dict:
        _not_object("ExecutionOutcome", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_ExecutionOutcome)
    try:
        _s_ExecutionOutcome_id(obj, v if type(v := o["id"]) is str else _bad("ExecutionOutcome.id", "str", v))
        _s_ExecutionOutcome_status(
            obj, v if type(v := o["status"]) is str else _bad("ExecutionOutcome.status", "str", v)
        )
        _s_ExecutionOutcome_skill_key(
            obj, v if type(v := o["skillKey"]) is str else _bad("ExecutionOutcome.skill_key", "str", v)
        )
        _s_ExecutionOutcome_service_id(
            obj, v if type(v := o["serviceId"]) is str else _bad("ExecutionOutcome.service_id", "str", v)
        )
        _s_ExecutionOutcome_execution_mode(
            obj, v if type(v := o["executionMode"]) is str else _bad("ExecutionOutcome.execution_mode", "str", v)
        )
        _s_ExecutionOutcome_result(obj, o.get("result"))
        _s_ExecutionOutcome_error_message(
            obj,
            v
            if type(v := o.get("errorMessage")) is str or v is None
            else _bad("ExecutionOutcome.error_message", "str", v),
        )
        _s_ExecutionOutcome_external_ref(
            obj,
            v
            if type(v := o.get("externalRef")) is str or v is None
            else _bad("ExecutionOutcome.external_ref", "str", v),
        )
    except KeyError as e:
        raise ShapeError(f"ExecutionOutcome: missing required field {e.args[0]!r}") from None
    _s_ExecutionOutcome_extra(obj, {} if _KNOWN_ExecutionOutcome.issuperset(o) else _extra(o, _KNOWN_ExecutionOutcome))
    return obj


_KNOWN_MarketPaymentRailRecommendation = frozenset(
    [
        "defaultRail",
        "required",
        "supportedRails",
        "notes",
        "provider",
        "chain",
        "token",
        "tokenAddress",
        "tokenMint",
        "walletAddress",
        "externalUrl",
        "payerAddress",
        "payeeAddress",
    ]
)
_C_MarketPaymentRailRecommendation = m.MarketPaymentRailRecommendation
_s_MarketPaymentRailRecommendation_default_rail = _slot_setter(m.MarketPaymentRailRecommendation, "default_rail")
_s_MarketPaymentRailRecommendation_required = _slot_setter(m.MarketPaymentRailRecommendation, "required")
_s_MarketPaymentRailRecommendation_supported_rails = _slot_setter(m.MarketPaymentRailRecommendation, "supported_rails")
_s_MarketPaymentRailRecommendation_notes = _slot_setter(m.MarketPaymentRailRecommendation, "notes")
_s_MarketPaymentRailRecommendation_provider = _slot_setter(m.MarketPaymentRailRecommendation, "provider")
_s_MarketPaymentRailRecommendation_chain = _slot_setter(m.MarketPaymentRailRecommendation, "chain")
_s_MarketPaymentRailRecommendation_token = _slot_setter(m.MarketPaymentRailRecommendation, "token")
_s_MarketPaymentRailRecommendation_token_address = _slot_setter(m.MarketPaymentRailRecommendation, "token_address")
_s_MarketPaymentRailRecommendation_token_mint = _slot_setter(m.MarketPaymentRailRecommendation, "token_mint")
_s_MarketPaymentRailRecommendation_wallet_address = _slot_setter(m.MarketPaymentRailRecommendation, "wallet_address")
_s_MarketPaymentRailRecommendation_external_url = _slot_setter(m.MarketPaymentRailRecommendation, "external_url")
_s_MarketPaymentRailRecommendation_payer_address = _slot_setter(m.MarketPaymentRailRecommendation, "payer_address")
_s_MarketPaymentRailRecommendation_payee_address = _slot_setter(m.MarketPaymentRailRecommendation, "payee_address")
_s_MarketPaymentRailRecommendation_extra = _slot_setter(m.MarketPaymentRailRecommendation, "extra")


def decode_MarketPaymentRailRecommendation(o: Any) -> "m.MarketPaymentRailRecommendation":
    if type(o) is not dict:
        _not_object("MarketPaymentRailRecommendation", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_MarketPaymentRailRecommendation)
    try:
        _s_MarketPaymentRailRecommendation_default_rail(
            obj,
            v if type(v := o["defaultRail"]) is str else _bad("MarketPaymentRailRecommendation.default_rail", "str", v),
        )
        _s_MarketPaymentRailRecommendation_required(
            obj, v if type(v := o["required"]) is bool else _bad("MarketPaymentRailRecommendation.required", "bool", v)
        )
        _s_MarketPaymentRailRecommendation_supported_rails(
            obj, _tuple_str(o.get("supportedRails"), "MarketPaymentRailRecommendation.supported_rails")
        )
        _s_MarketPaymentRailRecommendation_notes(
            obj, _tuple_str(o.get("notes"), "MarketPaymentRailRecommendation.notes")
        )
        _s_MarketPaymentRailRecommendation_provider(
            obj,
            v
            if type(v := o.get("provider")) is str or v is None
            else _bad("MarketPaymentRailRecommendation.provider", "str", v),
        )
        _s_MarketPaymentRailRecommendation_chain(
            obj,
            v
            if type(v := o.get("chain")) is str or v is None
            else _bad("MarketPaymentRailRecommendation.chain", "str", v),
        )
        _s_MarketPaymentRailRecommendation_token(
            obj,
            v
            if type(v := o.get("token")) is str or v is None
            else _bad("MarketPaymentRailRecommendation.token", "str", v),
        )
        _s_MarketPaymentRailRecommendation_token_address(
            obj,
            v
            if type(v := o.get("tokenAddress")) is str or v is None
            else _bad("MarketPaymentRailRecommendation.token_address", "str", v),
        )
        _s_MarketPaymentRailRecommendation_token_mint(
            obj,
            v
            if type(v := o.get("tokenMint")) is str or v is None
            else _bad("MarketPaymentRailRecommendation.token_mint", "str", v),
        )
        _s_MarketPaymentRailRecommendation_wallet_address(
            obj,
            v
            if type(v := o.get("walletAddress")) is str or v is None
            else _bad("MarketPaymentRailRecommendation.wallet_address", "str", v),
        )
        _s_MarketPaymentRailRecommendation_external_url(
            obj,
            v
            if type(v := o.get("externalUrl")) is str or v is None
            else _bad("MarketPaymentRailRecommendation.external_url", "str", v),
        )
        _s_MarketPaymentRailRecommendation_payer_address(
            obj,
            v
            if type(v := o.get("payerAddress")) is str or v is None
            else _bad("MarketPaymentRailRecommendation.payer_address", "str", v),
        )
        _s_MarketPaymentRailRecommendation_payee_address(
            obj,
            v
            if type(v := o.get("payeeAddress")) is str or v is None
            else _bad("MarketPaymentRailRecommendation.payee_address", "str", v),
        )
    except KeyError as e:
        raise ShapeError(f"MarketPaymentRailRecommendation: missing required field {e.args[0]!r}") from None
    _s_MarketPaymentRailRecommendation_extra(
        obj,
        {}
        if _KNOWN_MarketPaymentRailRecommendation.issuperset(o)
        else _extra(o, _KNOWN_MarketPaymentRailRecommendation),
    )
    return obj


_KNOWN_MarketPricing = frozenset(["mode", "amount", "currency", "rate", "notes"])
_C_MarketPricing = m.MarketPricing
_s_MarketPricing_mode = _slot_setter(m.MarketPricing, "mode")
_s_MarketPricing_amount = _slot_setter(m.MarketPricing, "amount")
_s_MarketPricing_currency = _slot_setter(m.MarketPricing, "currency")
_s_MarketPricing_rate = _slot_setter(m.MarketPricing, "rate")
_s_MarketPricing_notes = _slot_setter(m.MarketPricing, "notes")
_s_MarketPricing_extra = _slot_setter(m.MarketPricing, "extra")


def decode_MarketPricing(o: Any) -> "m.MarketPricing":
    if type(o) is not dict:
        _not_object("MarketPricing", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_MarketPricing)
    try:
        _s_MarketPricing_mode(obj, v if type(v := o["mode"]) is str else _bad("MarketPricing.mode", "str", v))
        _s_MarketPricing_amount(
            obj, v if type(v := o.get("amount")) is float else _float(v, "MarketPricing.amount", True)
        )
        _s_MarketPricing_currency(
            obj, v if type(v := o.get("currency")) is str or v is None else _bad("MarketPricing.currency", "str", v)
        )
        _s_MarketPricing_rate(
            obj, v if type(v := o.get("rate")) is str or v is None else _bad("MarketPricing.rate", "str", v)
        )
        _s_MarketPricing_notes(obj, _tuple_str(o.get("notes"), "MarketPricing.notes"))
    except KeyError as e:
        raise ShapeError(f"MarketPricing: missing required field {e.args[0]!r}") from None
    _s_MarketPricing_extra(obj, {} if _KNOWN_MarketPricing.issuperset(o) else _extra(o, _KNOWN_MarketPricing))
    return obj


_KNOWN_MarketQuote = frozenset(
    [
        "id",
        "serviceId",
        "skillKey",
        "providerKey",
        "executionMode",
        "integrationStatus",
        "operation",
        "score",
        "pricing",
        "payment",
        "expiresAt",
        "reasons",
        "handoff",
    ]
)
_C_MarketQuote = m.MarketQuote
_s_MarketQuote_id = _slot_setter(m.MarketQuote, "id")
_s_MarketQuote_service_id = _slot_setter(m.MarketQuote, "service_id")
_s_MarketQuote_skill_key = _slot_setter(m.MarketQuote, "skill_key")
_s_MarketQuote_provider_key = _slot_setter(m.MarketQuote, "provider_key")
_s_MarketQuote_execution_mode = _slot_setter(m.MarketQuote, "execution_mode")
_s_MarketQuote_integration_status = _slot_setter(m.MarketQuote, "integration_status")
_s_MarketQuote_operation = _slot_setter(m.MarketQuote, "operation")
_s_MarketQuote_score = _slot_setter(m.MarketQuote, "score")
_s_MarketQuote_pricing = _slot_setter(m.MarketQuote, "pricing")
_s_MarketQuote_payment = _slot_setter(m.MarketQuote, "payment")
_s_MarketQuote_expires_at = _slot_setter(m.MarketQuote, "expires_at")
_s_MarketQuote_reasons = _slot_setter(m.MarketQuote, "reasons")
_s_MarketQuote_handoff = _slot_setter(m.MarketQuote, "handoff")
_s_MarketQuote_extra = _slot_setter(m.MarketQuote, "extra")


def decode_MarketQuote(o: Any) -> "m.MarketQuote":
    if type(o) is not dict:
        _not_object("MarketQuote", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_MarketQuote)
    try:
        _s_MarketQuote_id(obj, v if type(v := o["id"]) is str else _bad("MarketQuote.id", "str", v))
        _s_MarketQuote_service_id(
            obj, v if type(v := o["serviceId"]) is str else _bad("MarketQuote.service_id", "str", v)
        )
        _s_MarketQuote_skill_key(obj, v if type(v := o["skillKey"]) is str else _bad("MarketQuote.skill_key", "str", v))
        _s_MarketQuote_provider_key(
            obj, v if type(v := o["providerKey"]) is str else _bad("MarketQuote.provider_key", "str", v)
        )
        _s_MarketQuote_execution_mode(
            obj, v if type(v := o["executionMode"]) is str else _bad("MarketQuote.execution_mode", "str", v)
        )
        _s_MarketQuote_integration_status(
            obj, v if type(v := o["integrationStatus"]) is str else _bad("MarketQuote.integration_status", "str", v)
        )
        _s_MarketQuote_operation(
            obj, v if type(v := o["operation"]) is str else _bad("MarketQuote.operation", "str", v)
        )
        _s_MarketQuote_score(obj, v if type(v := o["score"]) is float else _float(v, "MarketQuote.score", False))
        _s_MarketQuote_pricing(
            obj,
            decode_MarketPricing(v) if type(v := o["pricing"]) is dict else _bad("MarketQuote.pricing", "object", v),
        )
        _s_MarketQuote_payment(
            obj,
            decode_MarketPaymentRailRecommendation(v)
            if type(v := o["payment"]) is dict
            else _bad("MarketQuote.payment", "object", v),
        )
        _s_MarketQuote_expires_at(
            obj, v if type(v := o["expiresAt"]) is str else _bad("MarketQuote.expires_at", "str", v)
        )
        _s_MarketQuote_reasons(obj, _tuple_str(o.get("reasons"), "MarketQuote.reasons"))
        _s_MarketQuote_handoff(
            obj,
            decode_ExternalHandoff(v)
            if type(v := o.get("handoff")) is dict
            else (None if v is None else _bad("MarketQuote.handoff", "object", v)),
        )
    except KeyError as e:
        raise ShapeError(f"MarketQuote: missing required field {e.args[0]!r}") from None
    _s_MarketQuote_extra(obj, {} if _KNOWN_MarketQuote.issuperset(o) else _extra(o, _KNOWN_MarketQuote))
    return obj


_KNOWN_NormalizedTask = frozenset(
    ["serviceType", "allowExternalHandoff", "requireNativeExecution", "requiredCapabilities", "operation", "region"]
)
_C_NormalizedTask = m.NormalizedTask
_s_NormalizedTask_service_type = _slot_setter(m.NormalizedTask, "service_type")
_s_NormalizedTask_allow_external_handoff = _slot_setter(m.NormalizedTask, "allow_external_handoff")
_s_NormalizedTask_require_native_execution = _slot_setter(m.NormalizedTask, "require_native_execution")
_s_NormalizedTask_required_capabilities = _slot_setter(m.NormalizedTask, "required_capabilities")
_s_NormalizedTask_operation = _slot_setter(m.NormalizedTask, "operation")
_s_NormalizedTask_region = _slot_setter(m.NormalizedTask, "region")
_s_NormalizedTask_extra = _slot_setter(m.NormalizedTask, "extra")


def decode_NormalizedTask(o: Any) -> "m.NormalizedTask":
    if type(o) is not dict:
        _not_object("NormalizedTask", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_NormalizedTask)
    try:
        _s_NormalizedTask_service_type(
            obj, v if type(v := o["serviceType"]) is str else _bad("NormalizedTask.service_type", "str", v)
        )
        _s_NormalizedTask_allow_external_handoff(
            obj,
            v
            if type(v := o["allowExternalHandoff"]) is bool
            else _bad("NormalizedTask.allow_external_handoff", "bool", v),
        )
        _s_NormalizedTask_require_native_execution(
            obj,
            v
            if type(v := o["requireNativeExecution"]) is bool
            else _bad("NormalizedTask.require_native_execution", "bool", v),
        )
        _s_NormalizedTask_required_capabilities(
            obj, _tuple_str(o.get("requiredCapabilities"), "NormalizedTask.required_capabilities")
        )
        _s_NormalizedTask_operation(
            obj, v if type(v := o.get("operation")) is str or v is None else _bad("NormalizedTask.operation", "str", v)
        )
        _s_NormalizedTask_region(
            obj, v if type(v := o.get("region")) is str or v is None else _bad("NormalizedTask.region", "str", v)
        )
    except KeyError as e:
        raise ShapeError(f"NormalizedTask: missing required field {e.args[0]!r}") from None
    _s_NormalizedTask_extra(obj, {} if _KNOWN_NormalizedTask.issuperset(o) else _extra(o, _KNOWN_NormalizedTask))
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


_KNOWN_MachineIdentityChallengeResponse = frozenset(
    ["challengeId", "identityRef", "message", "expiresAt", "verificationMethod", "controllerAddresses"]
)
_C_MachineIdentityChallengeResponse = m.MachineIdentityChallengeResponse
_s_MachineIdentityChallengeResponse_challenge_id = _slot_setter(m.MachineIdentityChallengeResponse, "challenge_id")
_s_MachineIdentityChallengeResponse_identity_ref = _slot_setter(m.MachineIdentityChallengeResponse, "identity_ref")
_s_MachineIdentityChallengeResponse_message = _slot_setter(m.MachineIdentityChallengeResponse, "message")
_s_MachineIdentityChallengeResponse_expires_at = _slot_setter(m.MachineIdentityChallengeResponse, "expires_at")
_s_MachineIdentityChallengeResponse_verification_method = _slot_setter(
    m.MachineIdentityChallengeResponse, "verification_method"
)
_s_MachineIdentityChallengeResponse_controller_addresses = _slot_setter(
    m.MachineIdentityChallengeResponse, "controller_addresses"
)
_s_MachineIdentityChallengeResponse_extra = _slot_setter(m.MachineIdentityChallengeResponse, "extra")


def decode_MachineIdentityChallengeResponse(o: Any) -> "m.MachineIdentityChallengeResponse":
    if type(o) is not dict:
        _not_object("MachineIdentityChallengeResponse", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_MachineIdentityChallengeResponse)
    try:
        _s_MachineIdentityChallengeResponse_challenge_id(
            obj,
            v
            if (type(v := o["challengeId"]) is str and v != "")
            else _bad("MachineIdentityChallengeResponse.challenge_id", "non-empty str", v),
        )
        _s_MachineIdentityChallengeResponse_identity_ref(
            obj,
            v
            if type(v := o["identityRef"]) is str
            else _bad("MachineIdentityChallengeResponse.identity_ref", "str", v),
        )
        _s_MachineIdentityChallengeResponse_message(
            obj, v if type(v := o["message"]) is str else _bad("MachineIdentityChallengeResponse.message", "str", v)
        )
        _s_MachineIdentityChallengeResponse_expires_at(
            obj,
            v if type(v := o["expiresAt"]) is str else _bad("MachineIdentityChallengeResponse.expires_at", "str", v),
        )
        _s_MachineIdentityChallengeResponse_verification_method(
            obj,
            v
            if type(v := o["verificationMethod"]) is str
            else _bad("MachineIdentityChallengeResponse.verification_method", "str", v),
        )
        _s_MachineIdentityChallengeResponse_controller_addresses(
            obj, _tuple_str(o["controllerAddresses"], "MachineIdentityChallengeResponse.controller_addresses")
        )
    except KeyError as e:
        raise ShapeError(f"MachineIdentityChallengeResponse: missing required field {e.args[0]!r}") from None
    _s_MachineIdentityChallengeResponse_extra(
        obj,
        {}
        if _KNOWN_MachineIdentityChallengeResponse.issuperset(o)
        else _extra(o, _KNOWN_MachineIdentityChallengeResponse),
    )
    return obj


_KNOWN_MachineIdentityProof = frozenset(
    [
        "method",
        "identityRef",
        "signerAddress",
        "challengeId",
        "verifiedAt",
        "challengeExpiresAt",
        "resolutionSource",
        "controllerAddresses",
    ]
)
_C_MachineIdentityProof = m.MachineIdentityProof
_s_MachineIdentityProof_method = _slot_setter(m.MachineIdentityProof, "method")
_s_MachineIdentityProof_identity_ref = _slot_setter(m.MachineIdentityProof, "identity_ref")
_s_MachineIdentityProof_signer_address = _slot_setter(m.MachineIdentityProof, "signer_address")
_s_MachineIdentityProof_challenge_id = _slot_setter(m.MachineIdentityProof, "challenge_id")
_s_MachineIdentityProof_verified_at = _slot_setter(m.MachineIdentityProof, "verified_at")
_s_MachineIdentityProof_challenge_expires_at = _slot_setter(m.MachineIdentityProof, "challenge_expires_at")
_s_MachineIdentityProof_resolution_source = _slot_setter(m.MachineIdentityProof, "resolution_source")
_s_MachineIdentityProof_controller_addresses = _slot_setter(m.MachineIdentityProof, "controller_addresses")
_s_MachineIdentityProof_extra = _slot_setter(m.MachineIdentityProof, "extra")


def decode_MachineIdentityProof(o: Any) -> "m.MachineIdentityProof":
    if type(o) is not dict:
        _not_object("MachineIdentityProof", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_MachineIdentityProof)
    try:
        _s_MachineIdentityProof_method(
            obj, v if type(v := o["method"]) is str else _bad("MachineIdentityProof.method", "str", v)
        )
        _s_MachineIdentityProof_identity_ref(
            obj, v if type(v := o["identityRef"]) is str else _bad("MachineIdentityProof.identity_ref", "str", v)
        )
        _s_MachineIdentityProof_signer_address(
            obj, v if type(v := o["signerAddress"]) is str else _bad("MachineIdentityProof.signer_address", "str", v)
        )
        _s_MachineIdentityProof_challenge_id(
            obj, v if type(v := o["challengeId"]) is str else _bad("MachineIdentityProof.challenge_id", "str", v)
        )
        _s_MachineIdentityProof_verified_at(
            obj, v if type(v := o["verifiedAt"]) is str else _bad("MachineIdentityProof.verified_at", "str", v)
        )
        _s_MachineIdentityProof_challenge_expires_at(
            obj,
            v
            if type(v := o["challengeExpiresAt"]) is str
            else _bad("MachineIdentityProof.challenge_expires_at", "str", v),
        )
        _s_MachineIdentityProof_resolution_source(
            obj,
            v if type(v := o["resolutionSource"]) is str else _bad("MachineIdentityProof.resolution_source", "str", v),
        )
        _s_MachineIdentityProof_controller_addresses(
            obj, _tuple_str(o.get("controllerAddresses"), "MachineIdentityProof.controller_addresses")
        )
    except KeyError as e:
        raise ShapeError(f"MachineIdentityProof: missing required field {e.args[0]!r}") from None
    _s_MachineIdentityProof_extra(
        obj, {} if _KNOWN_MachineIdentityProof.issuperset(o) else _extra(o, _KNOWN_MachineIdentityProof)
    )
    return obj


_KNOWN_Machine = frozenset(
    [
        "id",
        "displayName",
        "status",
        "ownerId",
        "machineType",
        "runtimeProfile",
        "capabilities",
        "labels",
        "policyIds",
        "skillKeys",
        "createdAt",
        "updatedAt",
        "identityRef",
        "identityProof",
    ]
)
_C_Machine = m.Machine
_s_Machine_id = _slot_setter(m.Machine, "id")
_s_Machine_display_name = _slot_setter(m.Machine, "display_name")
_s_Machine_status = _slot_setter(m.Machine, "status")
_s_Machine_owner_id = _slot_setter(m.Machine, "owner_id")
_s_Machine_machine_type = _slot_setter(m.Machine, "machine_type")
_s_Machine_runtime_profile = _slot_setter(m.Machine, "runtime_profile")
_s_Machine_capabilities = _slot_setter(m.Machine, "capabilities")
_s_Machine_labels = _slot_setter(m.Machine, "labels")
_s_Machine_policy_ids = _slot_setter(m.Machine, "policy_ids")
_s_Machine_skill_keys = _slot_setter(m.Machine, "skill_keys")
_s_Machine_created_at = _slot_setter(m.Machine, "created_at")
_s_Machine_updated_at = _slot_setter(m.Machine, "updated_at")
_s_Machine_identity_ref = _slot_setter(m.Machine, "identity_ref")
_s_Machine_identity_proof = _slot_setter(m.Machine, "identity_proof")
_s_Machine_extra = _slot_setter(m.Machine, "extra")


def decode_Machine(o: Any) -> "m.Machine":
    if type(o) is not dict:
        _not_object("Machine", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_Machine)
    try:
        _s_Machine_id(obj, v if type(v := o["id"]) is str else _bad("Machine.id", "str", v))
        _s_Machine_display_name(
            obj, v if type(v := o["displayName"]) is str else _bad("Machine.display_name", "str", v)
        )
        _s_Machine_status(obj, v if type(v := o["status"]) is str else _bad("Machine.status", "str", v))
        _s_Machine_owner_id(obj, v if type(v := o["ownerId"]) is str else _bad("Machine.owner_id", "str", v))
        _s_Machine_machine_type(
            obj, v if type(v := o["machineType"]) is str else _bad("Machine.machine_type", "str", v)
        )
        _s_Machine_runtime_profile(
            obj, v if type(v := o["runtimeProfile"]) is str else _bad("Machine.runtime_profile", "str", v)
        )
        _s_Machine_capabilities(obj, _tuple_str(o.get("capabilities"), "Machine.capabilities"))
        _s_Machine_labels(obj, _map_str(o.get("labels"), "Machine.labels"))
        _s_Machine_policy_ids(obj, _tuple_str(o.get("policyIds"), "Machine.policy_ids"))
        _s_Machine_skill_keys(obj, _tuple_str(o.get("skillKeys"), "Machine.skill_keys"))
        _s_Machine_created_at(obj, v if type(v := o["createdAt"]) is str else _bad("Machine.created_at", "str", v))
        _s_Machine_updated_at(obj, v if type(v := o["updatedAt"]) is str else _bad("Machine.updated_at", "str", v))
        _s_Machine_identity_ref(
            obj, v if type(v := o.get("identityRef")) is str or v is None else _bad("Machine.identity_ref", "str", v)
        )
        _s_Machine_identity_proof(
            obj,
            decode_MachineIdentityProof(v)
            if type(v := o.get("identityProof")) is dict
            else (None if v is None else _bad("Machine.identity_proof", "object", v)),
        )
    except KeyError as e:
        raise ShapeError(f"Machine: missing required field {e.args[0]!r}") from None
    _s_Machine_extra(obj, {} if _KNOWN_Machine.issuperset(o) else _extra(o, _KNOWN_Machine))
    return obj


_KNOWN_RegisteredMachine = frozenset(
    [
        "id",
        "displayName",
        "status",
        "ownerId",
        "machineType",
        "runtimeProfile",
        "capabilities",
        "labels",
        "policyIds",
        "skillKeys",
        "createdAt",
        "updatedAt",
        "identityRef",
        "identityProof",
    ]
)
_C_RegisteredMachine = m.RegisteredMachine
_s_RegisteredMachine_id = _slot_setter(m.RegisteredMachine, "id")
_s_RegisteredMachine_display_name = _slot_setter(m.RegisteredMachine, "display_name")
_s_RegisteredMachine_status = _slot_setter(m.RegisteredMachine, "status")
_s_RegisteredMachine_owner_id = _slot_setter(m.RegisteredMachine, "owner_id")
_s_RegisteredMachine_machine_type = _slot_setter(m.RegisteredMachine, "machine_type")
_s_RegisteredMachine_runtime_profile = _slot_setter(m.RegisteredMachine, "runtime_profile")
_s_RegisteredMachine_capabilities = _slot_setter(m.RegisteredMachine, "capabilities")
_s_RegisteredMachine_labels = _slot_setter(m.RegisteredMachine, "labels")
_s_RegisteredMachine_policy_ids = _slot_setter(m.RegisteredMachine, "policy_ids")
_s_RegisteredMachine_skill_keys = _slot_setter(m.RegisteredMachine, "skill_keys")
_s_RegisteredMachine_created_at = _slot_setter(m.RegisteredMachine, "created_at")
_s_RegisteredMachine_updated_at = _slot_setter(m.RegisteredMachine, "updated_at")
_s_RegisteredMachine_identity_ref = _slot_setter(m.RegisteredMachine, "identity_ref")
_s_RegisteredMachine_identity_proof = _slot_setter(m.RegisteredMachine, "identity_proof")
_s_RegisteredMachine_extra = _slot_setter(m.RegisteredMachine, "extra")


def decode_RegisteredMachine(o: Any) -> "m.RegisteredMachine":
    if type(o) is not dict:
        _not_object("RegisteredMachine", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_RegisteredMachine)
    try:
        _s_RegisteredMachine_id(obj, v if type(v := o["id"]) is str else _bad("RegisteredMachine.id", "str", v))
        _s_RegisteredMachine_display_name(
            obj, v if type(v := o["displayName"]) is str else _bad("RegisteredMachine.display_name", "str", v)
        )
        _s_RegisteredMachine_status(
            obj, v if type(v := o["status"]) is str else _bad("RegisteredMachine.status", "str", v)
        )
        _s_RegisteredMachine_owner_id(
            obj, v if type(v := o["ownerId"]) is str else _bad("RegisteredMachine.owner_id", "str", v)
        )
        _s_RegisteredMachine_machine_type(
            obj, v if type(v := o["machineType"]) is str else _bad("RegisteredMachine.machine_type", "str", v)
        )
        _s_RegisteredMachine_runtime_profile(
            obj, v if type(v := o["runtimeProfile"]) is str else _bad("RegisteredMachine.runtime_profile", "str", v)
        )
        _s_RegisteredMachine_capabilities(obj, _tuple_str(o.get("capabilities"), "RegisteredMachine.capabilities"))
        _s_RegisteredMachine_labels(obj, _map_str(o.get("labels"), "RegisteredMachine.labels"))
        _s_RegisteredMachine_policy_ids(obj, _tuple_str(o.get("policyIds"), "RegisteredMachine.policy_ids"))
        _s_RegisteredMachine_skill_keys(obj, _tuple_str(o.get("skillKeys"), "RegisteredMachine.skill_keys"))
        _s_RegisteredMachine_created_at(
            obj, v if type(v := o["createdAt"]) is str else _bad("RegisteredMachine.created_at", "str", v)
        )
        _s_RegisteredMachine_updated_at(
            obj, v if type(v := o["updatedAt"]) is str else _bad("RegisteredMachine.updated_at", "str", v)
        )
        _s_RegisteredMachine_identity_ref(
            obj, v if type(v := o["identityRef"]) is str else _bad("RegisteredMachine.identity_ref", "str", v)
        )
        _s_RegisteredMachine_identity_proof(
            obj,
            decode_MachineIdentityProof(v)
            if type(v := o.get("identityProof")) is dict
            else (None if v is None else _bad("RegisteredMachine.identity_proof", "object", v)),
        )
    except KeyError as e:
        raise ShapeError(f"RegisteredMachine: missing required field {e.args[0]!r}") from None
    _s_RegisteredMachine_extra(
        obj, {} if _KNOWN_RegisteredMachine.issuperset(o) else _extra(o, _KNOWN_RegisteredMachine)
    )
    return obj


_KNOWN_MachineAgent = frozenset(
    [
        "id",
        "machineId",
        "label",
        "status",
        "createdAt",
        "updatedAt",
        "allowedProviderKeys",
        "lastSeenAt",
        "provisioningToken",
        "agentToken",
    ]
)
_C_MachineAgent = m.MachineAgent
_s_MachineAgent_id = _slot_setter(m.MachineAgent, "id")
_s_MachineAgent_machine_id = _slot_setter(m.MachineAgent, "machine_id")
_s_MachineAgent_label = _slot_setter(m.MachineAgent, "label")
_s_MachineAgent_status = _slot_setter(m.MachineAgent, "status")
_s_MachineAgent_created_at = _slot_setter(m.MachineAgent, "created_at")
_s_MachineAgent_updated_at = _slot_setter(m.MachineAgent, "updated_at")
_s_MachineAgent_allowed_provider_keys = _slot_setter(m.MachineAgent, "allowed_provider_keys")
_s_MachineAgent_last_seen_at = _slot_setter(m.MachineAgent, "last_seen_at")
_s_MachineAgent_provisioning_token = _slot_setter(m.MachineAgent, "provisioning_token")
_s_MachineAgent_extra = _slot_setter(m.MachineAgent, "extra")


def decode_MachineAgent(o: Any) -> "m.MachineAgent":
    if type(o) is not dict:
        _not_object("MachineAgent", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_MachineAgent)
    try:
        _s_MachineAgent_id(obj, v if type(v := o["id"]) is str else _bad("MachineAgent.id", "str", v))
        _s_MachineAgent_machine_id(
            obj, v if type(v := o["machineId"]) is str else _bad("MachineAgent.machine_id", "str", v)
        )
        _s_MachineAgent_label(obj, v if type(v := o["label"]) is str else _bad("MachineAgent.label", "str", v))
        _s_MachineAgent_status(obj, v if type(v := o["status"]) is str else _bad("MachineAgent.status", "str", v))
        _s_MachineAgent_created_at(
            obj, v if type(v := o["createdAt"]) is str else _bad("MachineAgent.created_at", "str", v)
        )
        _s_MachineAgent_updated_at(
            obj, v if type(v := o["updatedAt"]) is str else _bad("MachineAgent.updated_at", "str", v)
        )
        _s_MachineAgent_allowed_provider_keys(
            obj, _tuple_str(o.get("allowedProviderKeys"), "MachineAgent.allowed_provider_keys")
        )
        _s_MachineAgent_last_seen_at(
            obj,
            v if type(v := o.get("lastSeenAt")) is str or v is None else _bad("MachineAgent.last_seen_at", "str", v),
        )
        _s_MachineAgent_provisioning_token(
            obj,
            v
            if type(v := _pick_opt(o, ("provisioningToken", "agentToken"))) is str or v is None
            else _bad("MachineAgent.provisioning_token", "str", v),
        )
    except KeyError as e:
        raise ShapeError(f"MachineAgent: missing required field {e.args[0]!r}") from None
    _s_MachineAgent_extra(obj, {} if _KNOWN_MachineAgent.issuperset(o) else _extra(o, _KNOWN_MachineAgent))
    return obj


_KNOWN_HeartbeatEndpointResult = frozenset(
    ["providerKey", "endpointBaseUrl", "status", "leaseExpiresAt", "healthError"]
)
_C_HeartbeatEndpointResult = m.HeartbeatEndpointResult
_s_HeartbeatEndpointResult_provider_key = _slot_setter(m.HeartbeatEndpointResult, "provider_key")
_s_HeartbeatEndpointResult_endpoint_base_url = _slot_setter(m.HeartbeatEndpointResult, "endpoint_base_url")
_s_HeartbeatEndpointResult_status = _slot_setter(m.HeartbeatEndpointResult, "status")
_s_HeartbeatEndpointResult_lease_expires_at = _slot_setter(m.HeartbeatEndpointResult, "lease_expires_at")
_s_HeartbeatEndpointResult_health_error = _slot_setter(m.HeartbeatEndpointResult, "health_error")
_s_HeartbeatEndpointResult_extra = _slot_setter(m.HeartbeatEndpointResult, "extra")


def decode_HeartbeatEndpointResult(o: Any) -> "m.HeartbeatEndpointResult":
    if type(o) is not dict:
        _not_object("HeartbeatEndpointResult", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_HeartbeatEndpointResult)
    try:
        _s_HeartbeatEndpointResult_provider_key(
            obj, v if type(v := o["providerKey"]) is str else _bad("HeartbeatEndpointResult.provider_key", "str", v)
        )
        _s_HeartbeatEndpointResult_endpoint_base_url(
            obj,
            v
            if type(v := o["endpointBaseUrl"]) is str
            else _bad("HeartbeatEndpointResult.endpoint_base_url", "str", v),
        )
        _s_HeartbeatEndpointResult_status(
            obj, v if type(v := o["status"]) is str else _bad("HeartbeatEndpointResult.status", "str", v)
        )
        _s_HeartbeatEndpointResult_lease_expires_at(
            obj,
            v if type(v := o["leaseExpiresAt"]) is str else _bad("HeartbeatEndpointResult.lease_expires_at", "str", v),
        )
        _s_HeartbeatEndpointResult_health_error(
            obj,
            v
            if type(v := o.get("healthError")) is str or v is None
            else _bad("HeartbeatEndpointResult.health_error", "str", v),
        )
    except KeyError as e:
        raise ShapeError(f"HeartbeatEndpointResult: missing required field {e.args[0]!r}") from None
    _s_HeartbeatEndpointResult_extra(
        obj, {} if _KNOWN_HeartbeatEndpointResult.issuperset(o) else _extra(o, _KNOWN_HeartbeatEndpointResult)
    )
    return obj


_KNOWN_MachineAgentHeartbeatResponse = frozenset(["machineId", "agentId", "leaseTtlSeconds", "observedAt", "endpoints"])
_C_MachineAgentHeartbeatResponse = m.MachineAgentHeartbeatResponse
_s_MachineAgentHeartbeatResponse_machine_id = _slot_setter(m.MachineAgentHeartbeatResponse, "machine_id")
_s_MachineAgentHeartbeatResponse_agent_id = _slot_setter(m.MachineAgentHeartbeatResponse, "agent_id")
_s_MachineAgentHeartbeatResponse_lease_ttl_seconds = _slot_setter(m.MachineAgentHeartbeatResponse, "lease_ttl_seconds")
_s_MachineAgentHeartbeatResponse_observed_at = _slot_setter(m.MachineAgentHeartbeatResponse, "observed_at")
_s_MachineAgentHeartbeatResponse_endpoints = _slot_setter(m.MachineAgentHeartbeatResponse, "endpoints")
_s_MachineAgentHeartbeatResponse_extra = _slot_setter(m.MachineAgentHeartbeatResponse, "extra")


def decode_MachineAgentHeartbeatResponse(o: Any) -> "m.MachineAgentHeartbeatResponse":
    if type(o) is not dict:
        _not_object("MachineAgentHeartbeatResponse", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_MachineAgentHeartbeatResponse)
    try:
        _s_MachineAgentHeartbeatResponse_machine_id(
            obj, v if type(v := o["machineId"]) is str else _bad("MachineAgentHeartbeatResponse.machine_id", "str", v)
        )
        _s_MachineAgentHeartbeatResponse_agent_id(
            obj, v if type(v := o["agentId"]) is str else _bad("MachineAgentHeartbeatResponse.agent_id", "str", v)
        )
        _s_MachineAgentHeartbeatResponse_lease_ttl_seconds(
            obj,
            v if type(v := o["leaseTtlSeconds"]) is int else _int(v, "MachineAgentHeartbeatResponse.lease_ttl_seconds"),
        )
        _s_MachineAgentHeartbeatResponse_observed_at(
            obj, v if type(v := o["observedAt"]) is str else _bad("MachineAgentHeartbeatResponse.observed_at", "str", v)
        )
        _s_MachineAgentHeartbeatResponse_endpoints(
            obj, _tuple_of(o["endpoints"], decode_HeartbeatEndpointResult, "MachineAgentHeartbeatResponse.endpoints")
        )
    except KeyError as e:
        raise ShapeError(f"MachineAgentHeartbeatResponse: missing required field {e.args[0]!r}") from None
    _s_MachineAgentHeartbeatResponse_extra(
        obj,
        {} if _KNOWN_MachineAgentHeartbeatResponse.issuperset(o) else _extra(o, _KNOWN_MachineAgentHeartbeatResponse),
    )
    return obj


_KNOWN_AgentPairingChallengeResponse = frozenset(
    [
        "challengeId",
        "agentAddress",
        "message",
        "expiresAt",
        "verificationMethod",
        "machineId",
        "machineIdentityRef",
        "agentDid",
        "agentProvider",
        "agentRole",
    ]
)
_C_AgentPairingChallengeResponse = m.AgentPairingChallengeResponse
_s_AgentPairingChallengeResponse_challenge_id = _slot_setter(m.AgentPairingChallengeResponse, "challenge_id")
_s_AgentPairingChallengeResponse_agent_address = _slot_setter(m.AgentPairingChallengeResponse, "agent_address")
_s_AgentPairingChallengeResponse_message = _slot_setter(m.AgentPairingChallengeResponse, "message")
_s_AgentPairingChallengeResponse_expires_at = _slot_setter(m.AgentPairingChallengeResponse, "expires_at")
_s_AgentPairingChallengeResponse_verification_method = _slot_setter(
    m.AgentPairingChallengeResponse, "verification_method"
)
_s_AgentPairingChallengeResponse_machine_id = _slot_setter(m.AgentPairingChallengeResponse, "machine_id")
_s_AgentPairingChallengeResponse_machine_identity_ref = _slot_setter(
    m.AgentPairingChallengeResponse, "machine_identity_ref"
)
_s_AgentPairingChallengeResponse_agent_did = _slot_setter(m.AgentPairingChallengeResponse, "agent_did")
_s_AgentPairingChallengeResponse_agent_provider = _slot_setter(m.AgentPairingChallengeResponse, "agent_provider")
_s_AgentPairingChallengeResponse_agent_role = _slot_setter(m.AgentPairingChallengeResponse, "agent_role")
_s_AgentPairingChallengeResponse_extra = _slot_setter(m.AgentPairingChallengeResponse, "extra")


def decode_AgentPairingChallengeResponse(o: Any) -> "m.AgentPairingChallengeResponse":
    if type(o) is not dict:
        _not_object("AgentPairingChallengeResponse", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_AgentPairingChallengeResponse)
    try:
        _s_AgentPairingChallengeResponse_challenge_id(
            obj,
            v
            if (type(v := o["challengeId"]) is str and v != "")
            else _bad("AgentPairingChallengeResponse.challenge_id", "non-empty str", v),
        )
        _s_AgentPairingChallengeResponse_agent_address(
            obj,
            v
            if (type(v := o["agentAddress"]) is str and v != "")
            else _bad("AgentPairingChallengeResponse.agent_address", "non-empty str", v),
        )
        _s_AgentPairingChallengeResponse_message(
            obj,
            v
            if (type(v := o["message"]) is str and v != "")
            else _bad("AgentPairingChallengeResponse.message", "non-empty str", v),
        )
        _s_AgentPairingChallengeResponse_expires_at(
            obj,
            v
            if (type(v := o["expiresAt"]) is str and v != "")
            else _bad("AgentPairingChallengeResponse.expires_at", "non-empty str", v),
        )
        _s_AgentPairingChallengeResponse_verification_method(
            obj,
            v
            if type(v := o["verificationMethod"]) is str
            else _bad("AgentPairingChallengeResponse.verification_method", "str", v),
        )
        _s_AgentPairingChallengeResponse_machine_id(
            obj,
            v
            if (type(v := o["machineId"]) is str and v != "")
            else _bad("AgentPairingChallengeResponse.machine_id", "non-empty str", v),
        )
        _s_AgentPairingChallengeResponse_machine_identity_ref(
            obj,
            v
            if type(v := o["machineIdentityRef"]) is str
            else _bad("AgentPairingChallengeResponse.machine_identity_ref", "str", v),
        )
        _s_AgentPairingChallengeResponse_agent_did(
            obj,
            v
            if (type(v := o["agentDid"]) is str and v != "")
            else _bad("AgentPairingChallengeResponse.agent_did", "non-empty str", v),
        )
        _s_AgentPairingChallengeResponse_agent_provider(
            obj,
            v
            if (type(v := o["agentProvider"]) is str and v != "")
            else _bad("AgentPairingChallengeResponse.agent_provider", "non-empty str", v),
        )
        _s_AgentPairingChallengeResponse_agent_role(
            obj,
            v
            if (type(v := o["agentRole"]) is str and v != "")
            else _bad("AgentPairingChallengeResponse.agent_role", "non-empty str", v),
        )
    except KeyError as e:
        raise ShapeError(f"AgentPairingChallengeResponse: missing required field {e.args[0]!r}") from None
    _s_AgentPairingChallengeResponse_extra(
        obj,
        {} if _KNOWN_AgentPairingChallengeResponse.issuperset(o) else _extra(o, _KNOWN_AgentPairingChallengeResponse),
    )
    return obj


_KNOWN_DelegationPolicy = frozenset(
    [
        "allowedSkillKeys",
        "deniedSkillKeys",
        "allowedServiceIds",
        "deniedServiceIds",
        "perTransactionLimit",
        "dailySpendLimit",
        "currency",
    ]
)
_C_DelegationPolicy = m.DelegationPolicy
_s_DelegationPolicy_allowed_skill_keys = _slot_setter(m.DelegationPolicy, "allowed_skill_keys")
_s_DelegationPolicy_denied_skill_keys = _slot_setter(m.DelegationPolicy, "denied_skill_keys")
_s_DelegationPolicy_allowed_service_ids = _slot_setter(m.DelegationPolicy, "allowed_service_ids")
_s_DelegationPolicy_denied_service_ids = _slot_setter(m.DelegationPolicy, "denied_service_ids")
_s_DelegationPolicy_per_transaction_limit = _slot_setter(m.DelegationPolicy, "per_transaction_limit")
_s_DelegationPolicy_daily_spend_limit = _slot_setter(m.DelegationPolicy, "daily_spend_limit")
_s_DelegationPolicy_currency = _slot_setter(m.DelegationPolicy, "currency")
_s_DelegationPolicy_extra = _slot_setter(m.DelegationPolicy, "extra")


def decode_DelegationPolicy(o: Any) -> "m.DelegationPolicy":
    if type(o) is not dict:
        _not_object("DelegationPolicy", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_DelegationPolicy)
    try:
        _s_DelegationPolicy_allowed_skill_keys(
            obj, _tuple_str(o.get("allowedSkillKeys"), "DelegationPolicy.allowed_skill_keys")
        )
        _s_DelegationPolicy_denied_skill_keys(
            obj, _tuple_str(o.get("deniedSkillKeys"), "DelegationPolicy.denied_skill_keys")
        )
        _s_DelegationPolicy_allowed_service_ids(
            obj, _tuple_str(o.get("allowedServiceIds"), "DelegationPolicy.allowed_service_ids")
        )
        _s_DelegationPolicy_denied_service_ids(
            obj, _tuple_str(o.get("deniedServiceIds"), "DelegationPolicy.denied_service_ids")
        )
        _s_DelegationPolicy_per_transaction_limit(
            obj,
            v
            if type(v := o.get("perTransactionLimit")) is float
            else _float(v, "DelegationPolicy.per_transaction_limit", True),
        )
        _s_DelegationPolicy_daily_spend_limit(
            obj,
            v
            if type(v := o.get("dailySpendLimit")) is float
            else _float(v, "DelegationPolicy.daily_spend_limit", True),
        )
        _s_DelegationPolicy_currency(
            obj, v if type(v := o.get("currency")) is str or v is None else _bad("DelegationPolicy.currency", "str", v)
        )
    except KeyError as e:
        raise ShapeError(f"DelegationPolicy: missing required field {e.args[0]!r}") from None
    _s_DelegationPolicy_extra(obj, {} if _KNOWN_DelegationPolicy.issuperset(o) else _extra(o, _KNOWN_DelegationPolicy))
    return obj


_KNOWN_AgentPairingVerification = frozenset(["method", "signerAddress", "verifiedAt", "challengeExpiresAt"])
_C_AgentPairingVerification = m.AgentPairingVerification
_s_AgentPairingVerification_method = _slot_setter(m.AgentPairingVerification, "method")
_s_AgentPairingVerification_signer_address = _slot_setter(m.AgentPairingVerification, "signer_address")
_s_AgentPairingVerification_verified_at = _slot_setter(m.AgentPairingVerification, "verified_at")
_s_AgentPairingVerification_challenge_expires_at = _slot_setter(m.AgentPairingVerification, "challenge_expires_at")
_s_AgentPairingVerification_extra = _slot_setter(m.AgentPairingVerification, "extra")


def decode_AgentPairingVerification(o: Any) -> "m.AgentPairingVerification":
    if type(o) is not dict:
        _not_object("AgentPairingVerification", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_AgentPairingVerification)
    try:
        _s_AgentPairingVerification_method(
            obj, v if type(v := o["method"]) is str else _bad("AgentPairingVerification.method", "str", v)
        )
        _s_AgentPairingVerification_signer_address(
            obj,
            v if type(v := o["signerAddress"]) is str else _bad("AgentPairingVerification.signer_address", "str", v),
        )
        _s_AgentPairingVerification_verified_at(
            obj, v if type(v := o["verifiedAt"]) is str else _bad("AgentPairingVerification.verified_at", "str", v)
        )
        _s_AgentPairingVerification_challenge_expires_at(
            obj,
            v
            if type(v := o["challengeExpiresAt"]) is str
            else _bad("AgentPairingVerification.challenge_expires_at", "str", v),
        )
    except KeyError as e:
        raise ShapeError(f"AgentPairingVerification: missing required field {e.args[0]!r}") from None
    _s_AgentPairingVerification_extra(
        obj, {} if _KNOWN_AgentPairingVerification.issuperset(o) else _extra(o, _KNOWN_AgentPairingVerification)
    )
    return obj


_KNOWN_AgentPairing = frozenset(
    [
        "id",
        "machineId",
        "status",
        "agentAddress",
        "agentProvider",
        "agentRole",
        "delegationPolicy",
        "hasAuthToken",
        "createdAt",
        "updatedAt",
        "agentDid",
        "description",
        "verification",
        "tokenLastFour",
        "sessionId",
        "sessionTokenId",
        "sessionIssuedAt",
        "sessionExpiresAt",
        "pairingToken",
    ]
)
_C_AgentPairing = m.AgentPairing
_s_AgentPairing_id = _slot_setter(m.AgentPairing, "id")
_s_AgentPairing_machine_id = _slot_setter(m.AgentPairing, "machine_id")
_s_AgentPairing_status = _slot_setter(m.AgentPairing, "status")
_s_AgentPairing_agent_address = _slot_setter(m.AgentPairing, "agent_address")
_s_AgentPairing_agent_provider = _slot_setter(m.AgentPairing, "agent_provider")
_s_AgentPairing_agent_role = _slot_setter(m.AgentPairing, "agent_role")
_s_AgentPairing_delegation_policy = _slot_setter(m.AgentPairing, "delegation_policy")
_s_AgentPairing_has_auth_token = _slot_setter(m.AgentPairing, "has_auth_token")
_s_AgentPairing_created_at = _slot_setter(m.AgentPairing, "created_at")
_s_AgentPairing_updated_at = _slot_setter(m.AgentPairing, "updated_at")
_s_AgentPairing_agent_did = _slot_setter(m.AgentPairing, "agent_did")
_s_AgentPairing_description = _slot_setter(m.AgentPairing, "description")
_s_AgentPairing_verification = _slot_setter(m.AgentPairing, "verification")
_s_AgentPairing_token_last_four = _slot_setter(m.AgentPairing, "token_last_four")
_s_AgentPairing_session_id = _slot_setter(m.AgentPairing, "session_id")
_s_AgentPairing_session_token_id = _slot_setter(m.AgentPairing, "session_token_id")
_s_AgentPairing_session_issued_at = _slot_setter(m.AgentPairing, "session_issued_at")
_s_AgentPairing_session_expires_at = _slot_setter(m.AgentPairing, "session_expires_at")
_s_AgentPairing_pairing_token = _slot_setter(m.AgentPairing, "pairing_token")
_s_AgentPairing_extra = _slot_setter(m.AgentPairing, "extra")


def decode_AgentPairing(o: Any) -> "m.AgentPairing":
    if type(o) is not dict:
        _not_object("AgentPairing", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_AgentPairing)
    try:
        _s_AgentPairing_id(obj, v if type(v := o["id"]) is str else _bad("AgentPairing.id", "str", v))
        _s_AgentPairing_machine_id(
            obj, v if type(v := o["machineId"]) is str else _bad("AgentPairing.machine_id", "str", v)
        )
        _s_AgentPairing_status(obj, v if type(v := o["status"]) is str else _bad("AgentPairing.status", "str", v))
        _s_AgentPairing_agent_address(
            obj, v if type(v := o["agentAddress"]) is str else _bad("AgentPairing.agent_address", "str", v)
        )
        _s_AgentPairing_agent_provider(
            obj, v if type(v := o["agentProvider"]) is str else _bad("AgentPairing.agent_provider", "str", v)
        )
        _s_AgentPairing_agent_role(
            obj, v if type(v := o["agentRole"]) is str else _bad("AgentPairing.agent_role", "str", v)
        )
        _s_AgentPairing_delegation_policy(
            obj,
            decode_DelegationPolicy(v)
            if type(v := o["delegationPolicy"]) is dict
            else _bad("AgentPairing.delegation_policy", "object", v),
        )
        _s_AgentPairing_has_auth_token(
            obj, v if type(v := o["hasAuthToken"]) is bool else _bad("AgentPairing.has_auth_token", "bool", v)
        )
        _s_AgentPairing_created_at(
            obj, v if type(v := o["createdAt"]) is str else _bad("AgentPairing.created_at", "str", v)
        )
        _s_AgentPairing_updated_at(
            obj, v if type(v := o["updatedAt"]) is str else _bad("AgentPairing.updated_at", "str", v)
        )
        _s_AgentPairing_agent_did(
            obj, v if type(v := o.get("agentDid")) is str or v is None else _bad("AgentPairing.agent_did", "str", v)
        )
        _s_AgentPairing_description(
            obj,
            v if type(v := o.get("description")) is str or v is None else _bad("AgentPairing.description", "str", v),
        )
        _s_AgentPairing_verification(
            obj,
            decode_AgentPairingVerification(v)
            if type(v := o.get("verification")) is dict
            else (None if v is None else _bad("AgentPairing.verification", "object", v)),
        )
        _s_AgentPairing_token_last_four(
            obj,
            v
            if type(v := o.get("tokenLastFour")) is str or v is None
            else _bad("AgentPairing.token_last_four", "str", v),
        )
        _s_AgentPairing_session_id(
            obj, v if type(v := o.get("sessionId")) is str or v is None else _bad("AgentPairing.session_id", "str", v)
        )
        _s_AgentPairing_session_token_id(
            obj,
            v
            if type(v := o.get("sessionTokenId")) is str or v is None
            else _bad("AgentPairing.session_token_id", "str", v),
        )
        _s_AgentPairing_session_issued_at(
            obj,
            v
            if type(v := o.get("sessionIssuedAt")) is str or v is None
            else _bad("AgentPairing.session_issued_at", "str", v),
        )
        _s_AgentPairing_session_expires_at(
            obj,
            v
            if type(v := o.get("sessionExpiresAt")) is str or v is None
            else _bad("AgentPairing.session_expires_at", "str", v),
        )
        _s_AgentPairing_pairing_token(
            obj,
            v if type(v := o.get("pairingToken")) is str or v is None else _bad("AgentPairing.pairing_token", "str", v),
        )
    except KeyError as e:
        raise ShapeError(f"AgentPairing: missing required field {e.args[0]!r}") from None
    _s_AgentPairing_extra(obj, {} if _KNOWN_AgentPairing.issuperset(o) else _extra(o, _KNOWN_AgentPairing))
    return obj


_KNOWN_AgentPairingWithToken = frozenset(
    [
        "id",
        "machineId",
        "status",
        "agentAddress",
        "agentProvider",
        "agentRole",
        "delegationPolicy",
        "hasAuthToken",
        "createdAt",
        "updatedAt",
        "agentDid",
        "description",
        "verification",
        "tokenLastFour",
        "sessionId",
        "sessionTokenId",
        "sessionIssuedAt",
        "sessionExpiresAt",
        "pairingToken",
    ]
)
_C_AgentPairingWithToken = m.AgentPairingWithToken
_s_AgentPairingWithToken_id = _slot_setter(m.AgentPairingWithToken, "id")
_s_AgentPairingWithToken_machine_id = _slot_setter(m.AgentPairingWithToken, "machine_id")
_s_AgentPairingWithToken_status = _slot_setter(m.AgentPairingWithToken, "status")
_s_AgentPairingWithToken_agent_address = _slot_setter(m.AgentPairingWithToken, "agent_address")
_s_AgentPairingWithToken_agent_provider = _slot_setter(m.AgentPairingWithToken, "agent_provider")
_s_AgentPairingWithToken_agent_role = _slot_setter(m.AgentPairingWithToken, "agent_role")
_s_AgentPairingWithToken_delegation_policy = _slot_setter(m.AgentPairingWithToken, "delegation_policy")
_s_AgentPairingWithToken_has_auth_token = _slot_setter(m.AgentPairingWithToken, "has_auth_token")
_s_AgentPairingWithToken_created_at = _slot_setter(m.AgentPairingWithToken, "created_at")
_s_AgentPairingWithToken_updated_at = _slot_setter(m.AgentPairingWithToken, "updated_at")
_s_AgentPairingWithToken_agent_did = _slot_setter(m.AgentPairingWithToken, "agent_did")
_s_AgentPairingWithToken_description = _slot_setter(m.AgentPairingWithToken, "description")
_s_AgentPairingWithToken_verification = _slot_setter(m.AgentPairingWithToken, "verification")
_s_AgentPairingWithToken_token_last_four = _slot_setter(m.AgentPairingWithToken, "token_last_four")
_s_AgentPairingWithToken_session_id = _slot_setter(m.AgentPairingWithToken, "session_id")
_s_AgentPairingWithToken_session_token_id = _slot_setter(m.AgentPairingWithToken, "session_token_id")
_s_AgentPairingWithToken_session_issued_at = _slot_setter(m.AgentPairingWithToken, "session_issued_at")
_s_AgentPairingWithToken_session_expires_at = _slot_setter(m.AgentPairingWithToken, "session_expires_at")
_s_AgentPairingWithToken_pairing_token = _slot_setter(m.AgentPairingWithToken, "pairing_token")
_s_AgentPairingWithToken_extra = _slot_setter(m.AgentPairingWithToken, "extra")


def decode_AgentPairingWithToken(o: Any) -> "m.AgentPairingWithToken":
    if type(o) is not dict:
        _not_object("AgentPairingWithToken", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_AgentPairingWithToken)
    try:
        _s_AgentPairingWithToken_id(obj, v if type(v := o["id"]) is str else _bad("AgentPairingWithToken.id", "str", v))
        _s_AgentPairingWithToken_machine_id(
            obj, v if type(v := o["machineId"]) is str else _bad("AgentPairingWithToken.machine_id", "str", v)
        )
        _s_AgentPairingWithToken_status(
            obj, v if type(v := o["status"]) is str else _bad("AgentPairingWithToken.status", "str", v)
        )
        _s_AgentPairingWithToken_agent_address(
            obj, v if type(v := o["agentAddress"]) is str else _bad("AgentPairingWithToken.agent_address", "str", v)
        )
        _s_AgentPairingWithToken_agent_provider(
            obj, v if type(v := o["agentProvider"]) is str else _bad("AgentPairingWithToken.agent_provider", "str", v)
        )
        _s_AgentPairingWithToken_agent_role(
            obj, v if type(v := o["agentRole"]) is str else _bad("AgentPairingWithToken.agent_role", "str", v)
        )
        _s_AgentPairingWithToken_delegation_policy(
            obj,
            decode_DelegationPolicy(v)
            if type(v := o["delegationPolicy"]) is dict
            else _bad("AgentPairingWithToken.delegation_policy", "object", v),
        )
        _s_AgentPairingWithToken_has_auth_token(
            obj, v if type(v := o["hasAuthToken"]) is bool else _bad("AgentPairingWithToken.has_auth_token", "bool", v)
        )
        _s_AgentPairingWithToken_created_at(
            obj, v if type(v := o["createdAt"]) is str else _bad("AgentPairingWithToken.created_at", "str", v)
        )
        _s_AgentPairingWithToken_updated_at(
            obj, v if type(v := o["updatedAt"]) is str else _bad("AgentPairingWithToken.updated_at", "str", v)
        )
        _s_AgentPairingWithToken_agent_did(
            obj,
            v
            if type(v := o.get("agentDid")) is str or v is None
            else _bad("AgentPairingWithToken.agent_did", "str", v),
        )
        _s_AgentPairingWithToken_description(
            obj,
            v
            if type(v := o.get("description")) is str or v is None
            else _bad("AgentPairingWithToken.description", "str", v),
        )
        _s_AgentPairingWithToken_verification(
            obj,
            decode_AgentPairingVerification(v)
            if type(v := o.get("verification")) is dict
            else (None if v is None else _bad("AgentPairingWithToken.verification", "object", v)),
        )
        _s_AgentPairingWithToken_token_last_four(
            obj,
            v
            if type(v := o.get("tokenLastFour")) is str or v is None
            else _bad("AgentPairingWithToken.token_last_four", "str", v),
        )
        _s_AgentPairingWithToken_session_id(
            obj,
            v
            if type(v := o.get("sessionId")) is str or v is None
            else _bad("AgentPairingWithToken.session_id", "str", v),
        )
        _s_AgentPairingWithToken_session_token_id(
            obj,
            v
            if type(v := o.get("sessionTokenId")) is str or v is None
            else _bad("AgentPairingWithToken.session_token_id", "str", v),
        )
        _s_AgentPairingWithToken_session_issued_at(
            obj,
            v
            if type(v := o.get("sessionIssuedAt")) is str or v is None
            else _bad("AgentPairingWithToken.session_issued_at", "str", v),
        )
        _s_AgentPairingWithToken_session_expires_at(
            obj,
            v
            if type(v := o.get("sessionExpiresAt")) is str or v is None
            else _bad("AgentPairingWithToken.session_expires_at", "str", v),
        )
        _s_AgentPairingWithToken_pairing_token(
            obj,
            v
            if (type(v := o["pairingToken"]) is str and v != "")
            else _bad("AgentPairingWithToken.pairing_token", "non-empty str", v),
        )
    except KeyError as e:
        raise ShapeError(f"AgentPairingWithToken: missing required field {e.args[0]!r}") from None
    _s_AgentPairingWithToken_extra(
        obj, {} if _KNOWN_AgentPairingWithToken.issuperset(o) else _extra(o, _KNOWN_AgentPairingWithToken)
    )
    return obj


_KNOWN_RuntimeEndpoint = frozenset(
    [
        "id",
        "machineId",
        "providerKey",
        "source",
        "label",
        "endpointBaseUrl",
        "authType",
        "hasAuthToken",
        "networkScope",
        "status",
        "createdAt",
        "updatedAt",
        "probePath",
        "agentId",
        "modelAlias",
        "leaseExpiresAt",
        "lastCheckedAt",
        "lastHealthyAt",
    ]
)
_C_RuntimeEndpoint = m.RuntimeEndpoint
_s_RuntimeEndpoint_id = _slot_setter(m.RuntimeEndpoint, "id")
_s_RuntimeEndpoint_machine_id = _slot_setter(m.RuntimeEndpoint, "machine_id")
_s_RuntimeEndpoint_provider_key = _slot_setter(m.RuntimeEndpoint, "provider_key")
_s_RuntimeEndpoint_source = _slot_setter(m.RuntimeEndpoint, "source")
_s_RuntimeEndpoint_label = _slot_setter(m.RuntimeEndpoint, "label")
_s_RuntimeEndpoint_endpoint_base_url = _slot_setter(m.RuntimeEndpoint, "endpoint_base_url")
_s_RuntimeEndpoint_auth_type = _slot_setter(m.RuntimeEndpoint, "auth_type")
_s_RuntimeEndpoint_has_auth_token = _slot_setter(m.RuntimeEndpoint, "has_auth_token")
_s_RuntimeEndpoint_network_scope = _slot_setter(m.RuntimeEndpoint, "network_scope")
_s_RuntimeEndpoint_status = _slot_setter(m.RuntimeEndpoint, "status")
_s_RuntimeEndpoint_created_at = _slot_setter(m.RuntimeEndpoint, "created_at")
_s_RuntimeEndpoint_updated_at = _slot_setter(m.RuntimeEndpoint, "updated_at")
_s_RuntimeEndpoint_probe_path = _slot_setter(m.RuntimeEndpoint, "probe_path")
_s_RuntimeEndpoint_agent_id = _slot_setter(m.RuntimeEndpoint, "agent_id")
_s_RuntimeEndpoint_model_alias = _slot_setter(m.RuntimeEndpoint, "model_alias")
_s_RuntimeEndpoint_lease_expires_at = _slot_setter(m.RuntimeEndpoint, "lease_expires_at")
_s_RuntimeEndpoint_last_checked_at = _slot_setter(m.RuntimeEndpoint, "last_checked_at")
_s_RuntimeEndpoint_last_healthy_at = _slot_setter(m.RuntimeEndpoint, "last_healthy_at")
_s_RuntimeEndpoint_extra = _slot_setter(m.RuntimeEndpoint, "extra")


def decode_RuntimeEndpoint(o: Any) -> "m.RuntimeEndpoint":
    if type(o) is not dict:
        _not_object("RuntimeEndpoint", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_RuntimeEndpoint)
    try:
        _s_RuntimeEndpoint_id(obj, v if type(v := o["id"]) is str else _bad("RuntimeEndpoint.id", "str", v))
        _s_RuntimeEndpoint_machine_id(
            obj, v if type(v := o["machineId"]) is str else _bad("RuntimeEndpoint.machine_id", "str", v)
        )
        _s_RuntimeEndpoint_provider_key(
            obj, v if type(v := o["providerKey"]) is str else _bad("RuntimeEndpoint.provider_key", "str", v)
        )
        _s_RuntimeEndpoint_source(obj, v if type(v := o["source"]) is str else _bad("RuntimeEndpoint.source", "str", v))
        _s_RuntimeEndpoint_label(obj, v if type(v := o["label"]) is str else _bad("RuntimeEndpoint.label", "str", v))
        _s_RuntimeEndpoint_endpoint_base_url(
            obj, v if type(v := o["endpointBaseUrl"]) is str else _bad("RuntimeEndpoint.endpoint_base_url", "str", v)
        )
        _s_RuntimeEndpoint_auth_type(
            obj, v if type(v := o["authType"]) is str else _bad("RuntimeEndpoint.auth_type", "str", v)
        )
        _s_RuntimeEndpoint_has_auth_token(
            obj, v if type(v := o["hasAuthToken"]) is bool else _bad("RuntimeEndpoint.has_auth_token", "bool", v)
        )
        _s_RuntimeEndpoint_network_scope(
            obj, v if type(v := o["networkScope"]) is str else _bad("RuntimeEndpoint.network_scope", "str", v)
        )
        _s_RuntimeEndpoint_status(obj, v if type(v := o["status"]) is str else _bad("RuntimeEndpoint.status", "str", v))
        _s_RuntimeEndpoint_created_at(
            obj, v if type(v := o["createdAt"]) is str else _bad("RuntimeEndpoint.created_at", "str", v)
        )
        _s_RuntimeEndpoint_updated_at(
            obj, v if type(v := o["updatedAt"]) is str else _bad("RuntimeEndpoint.updated_at", "str", v)
        )
        _s_RuntimeEndpoint_probe_path(
            obj,
            v
            if type(v := o.get("probePath", "")) is str or v is None
            else _bad("RuntimeEndpoint.probe_path", "str", v),
        )
        _s_RuntimeEndpoint_agent_id(
            obj, v if type(v := o.get("agentId")) is str or v is None else _bad("RuntimeEndpoint.agent_id", "str", v)
        )
        _s_RuntimeEndpoint_model_alias(
            obj,
            v if type(v := o.get("modelAlias")) is str or v is None else _bad("RuntimeEndpoint.model_alias", "str", v),
        )
        _s_RuntimeEndpoint_lease_expires_at(
            obj,
            v
            if type(v := o.get("leaseExpiresAt")) is str or v is None
            else _bad("RuntimeEndpoint.lease_expires_at", "str", v),
        )
        _s_RuntimeEndpoint_last_checked_at(
            obj,
            v
            if type(v := o.get("lastCheckedAt")) is str or v is None
            else _bad("RuntimeEndpoint.last_checked_at", "str", v),
        )
        _s_RuntimeEndpoint_last_healthy_at(
            obj,
            v
            if type(v := o.get("lastHealthyAt")) is str or v is None
            else _bad("RuntimeEndpoint.last_healthy_at", "str", v),
        )
    except KeyError as e:
        raise ShapeError(f"RuntimeEndpoint: missing required field {e.args[0]!r}") from None
    _s_RuntimeEndpoint_extra(obj, {} if _KNOWN_RuntimeEndpoint.issuperset(o) else _extra(o, _KNOWN_RuntimeEndpoint))
    return obj


_KNOWN_SkillSummary = frozenset(
    [
        "key",
        "providerKey",
        "label",
        "description",
        "direction",
        "scope",
        "source",
        "listedBy",
        "kind",
        "authType",
        "authState",
        "accessMode",
        "distribution",
        "maturity",
        "executionMode",
        "integrationStatus",
        "requiresHumanEnablement",
        "serviceTypes",
        "operations",
        "requiredEnv",
        "lastVerifiedAt",
        "referenceUrl",
        "artifactUrl",
        "handoff",
    ]
)
_C_SkillSummary = m.SkillSummary
_s_SkillSummary_key = _slot_setter(m.SkillSummary, "key")
_s_SkillSummary_provider_key = _slot_setter(m.SkillSummary, "provider_key")
_s_SkillSummary_label = _slot_setter(m.SkillSummary, "label")
_s_SkillSummary_description = _slot_setter(m.SkillSummary, "description")
_s_SkillSummary_direction = _slot_setter(m.SkillSummary, "direction")
_s_SkillSummary_scope = _slot_setter(m.SkillSummary, "scope")
_s_SkillSummary_source = _slot_setter(m.SkillSummary, "source")
_s_SkillSummary_listed_by = _slot_setter(m.SkillSummary, "listed_by")
_s_SkillSummary_kind = _slot_setter(m.SkillSummary, "kind")
_s_SkillSummary_auth_type = _slot_setter(m.SkillSummary, "auth_type")
_s_SkillSummary_auth_state = _slot_setter(m.SkillSummary, "auth_state")
_s_SkillSummary_access_mode = _slot_setter(m.SkillSummary, "access_mode")
_s_SkillSummary_distribution = _slot_setter(m.SkillSummary, "distribution")
_s_SkillSummary_maturity = _slot_setter(m.SkillSummary, "maturity")
_s_SkillSummary_execution_mode = _slot_setter(m.SkillSummary, "execution_mode")
_s_SkillSummary_integration_status = _slot_setter(m.SkillSummary, "integration_status")
_s_SkillSummary_requires_human_enablement = _slot_setter(m.SkillSummary, "requires_human_enablement")
_s_SkillSummary_service_types = _slot_setter(m.SkillSummary, "service_types")
_s_SkillSummary_operations = _slot_setter(m.SkillSummary, "operations")
_s_SkillSummary_required_env = _slot_setter(m.SkillSummary, "required_env")
_s_SkillSummary_last_verified_at = _slot_setter(m.SkillSummary, "last_verified_at")
_s_SkillSummary_reference_url = _slot_setter(m.SkillSummary, "reference_url")
_s_SkillSummary_artifact_url = _slot_setter(m.SkillSummary, "artifact_url")
_s_SkillSummary_handoff = _slot_setter(m.SkillSummary, "handoff")
_s_SkillSummary_extra = _slot_setter(m.SkillSummary, "extra")


def decode_SkillSummary(o: Any) -> "m.SkillSummary":
    if type(o) is not dict:
        _not_object("SkillSummary", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_SkillSummary)
    try:
        _s_SkillSummary_key(obj, v if type(v := o["key"]) is str else _bad("SkillSummary.key", "str", v))
        _s_SkillSummary_provider_key(
            obj, v if type(v := o["providerKey"]) is str else _bad("SkillSummary.provider_key", "str", v)
        )
        _s_SkillSummary_label(obj, v if type(v := o["label"]) is str else _bad("SkillSummary.label", "str", v))
        _s_SkillSummary_description(
            obj, v if type(v := o["description"]) is str else _bad("SkillSummary.description", "str", v)
        )
        _s_SkillSummary_direction(
            obj, v if type(v := o["direction"]) is str else _bad("SkillSummary.direction", "str", v)
        )
        _s_SkillSummary_scope(obj, v if type(v := o["scope"]) is str else _bad("SkillSummary.scope", "str", v))
        _s_SkillSummary_source(obj, v if type(v := o["source"]) is str else _bad("SkillSummary.source", "str", v))
        _s_SkillSummary_listed_by(
            obj, v if type(v := o["listedBy"]) is str else _bad("SkillSummary.listed_by", "str", v)
        )
        _s_SkillSummary_kind(obj, v if type(v := o["kind"]) is str else _bad("SkillSummary.kind", "str", v))
        _s_SkillSummary_auth_type(
            obj, v if type(v := o["authType"]) is str else _bad("SkillSummary.auth_type", "str", v)
        )
        _s_SkillSummary_auth_state(
            obj, v if type(v := o["authState"]) is str else _bad("SkillSummary.auth_state", "str", v)
        )
        _s_SkillSummary_access_mode(
            obj, v if type(v := o["accessMode"]) is str else _bad("SkillSummary.access_mode", "str", v)
        )
        _s_SkillSummary_distribution(
            obj, v if type(v := o["distribution"]) is str else _bad("SkillSummary.distribution", "str", v)
        )
        _s_SkillSummary_maturity(obj, v if type(v := o["maturity"]) is str else _bad("SkillSummary.maturity", "str", v))
        _s_SkillSummary_execution_mode(
            obj, v if type(v := o["executionMode"]) is str else _bad("SkillSummary.execution_mode", "str", v)
        )
        _s_SkillSummary_integration_status(
            obj, v if type(v := o["integrationStatus"]) is str else _bad("SkillSummary.integration_status", "str", v)
        )
        _s_SkillSummary_requires_human_enablement(
            obj,
            v
            if type(v := o["requiresHumanEnablement"]) is bool
            else _bad("SkillSummary.requires_human_enablement", "bool", v),
        )
        _s_SkillSummary_service_types(obj, _tuple_str(o.get("serviceTypes"), "SkillSummary.service_types"))
        _s_SkillSummary_operations(obj, _tuple_str(o.get("operations"), "SkillSummary.operations"))
        _s_SkillSummary_required_env(obj, _tuple_str(o.get("requiredEnv"), "SkillSummary.required_env"))
        _s_SkillSummary_last_verified_at(
            obj,
            v
            if type(v := o.get("lastVerifiedAt")) is str or v is None
            else _bad("SkillSummary.last_verified_at", "str", v),
        )
        _s_SkillSummary_reference_url(
            obj,
            v if type(v := o.get("referenceUrl")) is str or v is None else _bad("SkillSummary.reference_url", "str", v),
        )
        _s_SkillSummary_artifact_url(
            obj,
            v if type(v := o.get("artifactUrl")) is str or v is None else _bad("SkillSummary.artifact_url", "str", v),
        )
        _s_SkillSummary_handoff(
            obj,
            decode_ExternalHandoff(v)
            if type(v := o.get("handoff")) is dict
            else (None if v is None else _bad("SkillSummary.handoff", "object", v)),
        )
    except KeyError as e:
        raise ShapeError(f"SkillSummary: missing required field {e.args[0]!r}") from None
    _s_SkillSummary_extra(obj, {} if _KNOWN_SkillSummary.issuperset(o) else _extra(o, _KNOWN_SkillSummary))
    return obj


_KNOWN_SkillManifestInput = frozenset(["key", "type", "required", "description"])
_C_SkillManifestInput = m.SkillManifestInput
_s_SkillManifestInput_key = _slot_setter(m.SkillManifestInput, "key")
_s_SkillManifestInput_type = _slot_setter(m.SkillManifestInput, "type")
_s_SkillManifestInput_required = _slot_setter(m.SkillManifestInput, "required")
_s_SkillManifestInput_description = _slot_setter(m.SkillManifestInput, "description")
_s_SkillManifestInput_extra = _slot_setter(m.SkillManifestInput, "extra")


def decode_SkillManifestInput(o: Any) -> "m.SkillManifestInput":
    if type(o) is not dict:
        _not_object("SkillManifestInput", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_SkillManifestInput)
    try:
        _s_SkillManifestInput_key(obj, v if type(v := o["key"]) is str else _bad("SkillManifestInput.key", "str", v))
        _s_SkillManifestInput_type(obj, v if type(v := o["type"]) is str else _bad("SkillManifestInput.type", "str", v))
        _s_SkillManifestInput_required(
            obj, v if type(v := o["required"]) is bool else _bad("SkillManifestInput.required", "bool", v)
        )
        _s_SkillManifestInput_description(
            obj, v if type(v := o["description"]) is str else _bad("SkillManifestInput.description", "str", v)
        )
    except KeyError as e:
        raise ShapeError(f"SkillManifestInput: missing required field {e.args[0]!r}") from None
    _s_SkillManifestInput_extra(
        obj, {} if _KNOWN_SkillManifestInput.issuperset(o) else _extra(o, _KNOWN_SkillManifestInput)
    )
    return obj


_KNOWN_SkillManifestOutput = frozenset(["key", "type", "description"])
_C_SkillManifestOutput = m.SkillManifestOutput
_s_SkillManifestOutput_key = _slot_setter(m.SkillManifestOutput, "key")
_s_SkillManifestOutput_type = _slot_setter(m.SkillManifestOutput, "type")
_s_SkillManifestOutput_description = _slot_setter(m.SkillManifestOutput, "description")
_s_SkillManifestOutput_extra = _slot_setter(m.SkillManifestOutput, "extra")


def decode_SkillManifestOutput(o: Any) -> "m.SkillManifestOutput":
    if type(o) is not dict:
        _not_object("SkillManifestOutput", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_SkillManifestOutput)
    try:
        _s_SkillManifestOutput_key(obj, v if type(v := o["key"]) is str else _bad("SkillManifestOutput.key", "str", v))
        _s_SkillManifestOutput_type(
            obj, v if type(v := o["type"]) is str else _bad("SkillManifestOutput.type", "str", v)
        )
        _s_SkillManifestOutput_description(
            obj, v if type(v := o["description"]) is str else _bad("SkillManifestOutput.description", "str", v)
        )
    except KeyError as e:
        raise ShapeError(f"SkillManifestOutput: missing required field {e.args[0]!r}") from None
    _s_SkillManifestOutput_extra(
        obj, {} if _KNOWN_SkillManifestOutput.issuperset(o) else _extra(o, _KNOWN_SkillManifestOutput)
    )
    return obj


_KNOWN_SkillManifest = frozenset(["key", "providerKey", "label", "summary", "inputs", "outputs"])
_C_SkillManifest = m.SkillManifest
_s_SkillManifest_key = _slot_setter(m.SkillManifest, "key")
_s_SkillManifest_provider_key = _slot_setter(m.SkillManifest, "provider_key")
_s_SkillManifest_label = _slot_setter(m.SkillManifest, "label")
_s_SkillManifest_summary = _slot_setter(m.SkillManifest, "summary")
_s_SkillManifest_inputs = _slot_setter(m.SkillManifest, "inputs")
_s_SkillManifest_outputs = _slot_setter(m.SkillManifest, "outputs")
_s_SkillManifest_extra = _slot_setter(m.SkillManifest, "extra")


def decode_SkillManifest(o: Any) -> "m.SkillManifest":
    if type(o) is not dict:
        _not_object("SkillManifest", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_SkillManifest)
    try:
        _s_SkillManifest_key(obj, v if type(v := o["key"]) is str else _bad("SkillManifest.key", "str", v))
        _s_SkillManifest_provider_key(
            obj, v if type(v := o["providerKey"]) is str else _bad("SkillManifest.provider_key", "str", v)
        )
        _s_SkillManifest_label(obj, v if type(v := o["label"]) is str else _bad("SkillManifest.label", "str", v))
        _s_SkillManifest_summary(obj, v if type(v := o["summary"]) is str else _bad("SkillManifest.summary", "str", v))
        _s_SkillManifest_inputs(obj, _tuple_of(o["inputs"], decode_SkillManifestInput, "SkillManifest.inputs"))
        _s_SkillManifest_outputs(obj, _tuple_of(o["outputs"], decode_SkillManifestOutput, "SkillManifest.outputs"))
    except KeyError as e:
        raise ShapeError(f"SkillManifest: missing required field {e.args[0]!r}") from None
    _s_SkillManifest_extra(obj, {} if _KNOWN_SkillManifest.issuperset(o) else _extra(o, _KNOWN_SkillManifest))
    return obj


_KNOWN_SkillConfigResponse = frozenset(
    ["skillKey", "providerKey", "enabled", "hasCredentials", "updatedAt", "settings"]
)
_C_SkillConfigResponse = m.SkillConfigResponse
_s_SkillConfigResponse_skill_key = _slot_setter(m.SkillConfigResponse, "skill_key")
_s_SkillConfigResponse_provider_key = _slot_setter(m.SkillConfigResponse, "provider_key")
_s_SkillConfigResponse_enabled = _slot_setter(m.SkillConfigResponse, "enabled")
_s_SkillConfigResponse_has_credentials = _slot_setter(m.SkillConfigResponse, "has_credentials")
_s_SkillConfigResponse_updated_at = _slot_setter(m.SkillConfigResponse, "updated_at")
_s_SkillConfigResponse_settings = _slot_setter(m.SkillConfigResponse, "settings")
_s_SkillConfigResponse_extra = _slot_setter(m.SkillConfigResponse, "extra")


def decode_SkillConfigResponse(o: Any) -> "m.SkillConfigResponse":
    if type(o) is not dict:
        _not_object("SkillConfigResponse", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_SkillConfigResponse)
    try:
        _s_SkillConfigResponse_skill_key(
            obj, v if type(v := o["skillKey"]) is str else _bad("SkillConfigResponse.skill_key", "str", v)
        )
        _s_SkillConfigResponse_provider_key(
            obj, v if type(v := o["providerKey"]) is str else _bad("SkillConfigResponse.provider_key", "str", v)
        )
        _s_SkillConfigResponse_enabled(
            obj, v if type(v := o["enabled"]) is bool else _bad("SkillConfigResponse.enabled", "bool", v)
        )
        _s_SkillConfigResponse_has_credentials(
            obj, v if type(v := o["hasCredentials"]) is bool else _bad("SkillConfigResponse.has_credentials", "bool", v)
        )
        _s_SkillConfigResponse_updated_at(
            obj, v if type(v := o["updatedAt"]) is str else _bad("SkillConfigResponse.updated_at", "str", v)
        )
        _s_SkillConfigResponse_settings(
            obj, v if type(v := o.get("settings")) is dict else _map_any(v, "SkillConfigResponse.settings")
        )
    except KeyError as e:
        raise ShapeError(f"SkillConfigResponse: missing required field {e.args[0]!r}") from None
    _s_SkillConfigResponse_extra(
        obj, {} if _KNOWN_SkillConfigResponse.issuperset(o) else _extra(o, _KNOWN_SkillConfigResponse)
    )
    return obj


_KNOWN_FieldSpec = frozenset(["key", "type", "description", "default", "example"])
_C_FieldSpec = m.FieldSpec
_s_FieldSpec_key = _slot_setter(m.FieldSpec, "key")
_s_FieldSpec_type = _slot_setter(m.FieldSpec, "type")
_s_FieldSpec_description = _slot_setter(m.FieldSpec, "description")
_s_FieldSpec_default = _slot_setter(m.FieldSpec, "default")
_s_FieldSpec_example = _slot_setter(m.FieldSpec, "example")
_s_FieldSpec_extra = _slot_setter(m.FieldSpec, "extra")


def decode_FieldSpec(o: Any) -> "m.FieldSpec":
    if type(o) is not dict:
        _not_object("FieldSpec", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_FieldSpec)
    try:
        _s_FieldSpec_key(obj, v if type(v := o["key"]) is str else _bad("FieldSpec.key", "str", v))
        _s_FieldSpec_type(obj, v if type(v := o["type"]) is str else _bad("FieldSpec.type", "str", v))
        _s_FieldSpec_description(
            obj, v if type(v := o.get("description")) is str or v is None else _bad("FieldSpec.description", "str", v)
        )
        _s_FieldSpec_default(obj, o.get("default"))
        _s_FieldSpec_example(obj, o.get("example"))
    except KeyError as e:
        raise ShapeError(f"FieldSpec: missing required field {e.args[0]!r}") from None
    _s_FieldSpec_extra(obj, {} if _KNOWN_FieldSpec.issuperset(o) else _extra(o, _KNOWN_FieldSpec))
    return obj


_KNOWN_OperationContract = frozenset(
    ["operation", "inputFields", "outputFields", "exampleInput", "exampleOutput", "providerRequest", "summary", "notes"]
)
_C_OperationContract = m.OperationContract
_s_OperationContract_operation = _slot_setter(m.OperationContract, "operation")
_s_OperationContract_input_fields = _slot_setter(m.OperationContract, "input_fields")
_s_OperationContract_output_fields = _slot_setter(m.OperationContract, "output_fields")
_s_OperationContract_example_input = _slot_setter(m.OperationContract, "example_input")
_s_OperationContract_example_output = _slot_setter(m.OperationContract, "example_output")
_s_OperationContract_provider_request = _slot_setter(m.OperationContract, "provider_request")
_s_OperationContract_summary = _slot_setter(m.OperationContract, "summary")
_s_OperationContract_notes = _slot_setter(m.OperationContract, "notes")
_s_OperationContract_extra = _slot_setter(m.OperationContract, "extra")


def decode_OperationContract(o: Any) -> "m.OperationContract":
    if type(o) is not dict:
        _not_object("OperationContract", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_OperationContract)
    try:
        _s_OperationContract_operation(
            obj, v if type(v := o["operation"]) is str else _bad("OperationContract.operation", "str", v)
        )
        _s_OperationContract_input_fields(
            obj, _tuple_of(o.get("inputFields"), decode_FieldSpec, "OperationContract.input_fields")
        )
        _s_OperationContract_output_fields(
            obj, _tuple_of(o.get("outputFields"), decode_FieldSpec, "OperationContract.output_fields")
        )
        _s_OperationContract_example_input(
            obj, v if type(v := o.get("exampleInput")) is dict else _map_any(v, "OperationContract.example_input")
        )
        _s_OperationContract_example_output(obj, o.get("exampleOutput"))
        _s_OperationContract_provider_request(
            obj,
            v
            if type(v := o.get("providerRequest")) is dict or v is None
            else _map_any(v, "OperationContract.provider_request"),
        )
        _s_OperationContract_summary(
            obj, v if type(v := o.get("summary")) is str or v is None else _bad("OperationContract.summary", "str", v)
        )
        _s_OperationContract_notes(obj, _tuple_str(o.get("notes"), "OperationContract.notes"))
    except KeyError as e:
        raise ShapeError(f"OperationContract: missing required field {e.args[0]!r}") from None
    _s_OperationContract_extra(
        obj, {} if _KNOWN_OperationContract.issuperset(o) else _extra(o, _KNOWN_OperationContract)
    )
    return obj


_KNOWN_MarketServiceConsumption = frozenset(["adapterSetupPath", "serviceDetailPath", "marketSearchPath"])
_C_MarketServiceConsumption = m.MarketServiceConsumption
_s_MarketServiceConsumption_adapter_setup_path = _slot_setter(m.MarketServiceConsumption, "adapter_setup_path")
_s_MarketServiceConsumption_service_detail_path = _slot_setter(m.MarketServiceConsumption, "service_detail_path")
_s_MarketServiceConsumption_market_search_path = _slot_setter(m.MarketServiceConsumption, "market_search_path")
_s_MarketServiceConsumption_extra = _slot_setter(m.MarketServiceConsumption, "extra")


def decode_MarketServiceConsumption(o: Any) -> "m.MarketServiceConsumption":
    if type(o) is not dict:
        _not_object("MarketServiceConsumption", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_MarketServiceConsumption)
    try:
        _s_MarketServiceConsumption_adapter_setup_path(
            obj,
            v
            if type(v := o.get("adapterSetupPath")) is str or v is None
            else _bad("MarketServiceConsumption.adapter_setup_path", "str", v),
        )
        _s_MarketServiceConsumption_service_detail_path(
            obj,
            v
            if type(v := o.get("serviceDetailPath")) is str or v is None
            else _bad("MarketServiceConsumption.service_detail_path", "str", v),
        )
        _s_MarketServiceConsumption_market_search_path(
            obj,
            v
            if type(v := o.get("marketSearchPath")) is str or v is None
            else _bad("MarketServiceConsumption.market_search_path", "str", v),
        )
    except KeyError as e:
        raise ShapeError(f"MarketServiceConsumption: missing required field {e.args[0]!r}") from None
    _s_MarketServiceConsumption_extra(
        obj, {} if _KNOWN_MarketServiceConsumption.issuperset(o) else _extra(o, _KNOWN_MarketServiceConsumption)
    )
    return obj


_KNOWN_MarketServiceEndpoint = frozenset(
    ["label", "operation", "url", "method", "path", "providerName", "key", "protocols", "networks"]
)
_C_MarketServiceEndpoint = m.MarketServiceEndpoint
_s_MarketServiceEndpoint_label = _slot_setter(m.MarketServiceEndpoint, "label")
_s_MarketServiceEndpoint_operation = _slot_setter(m.MarketServiceEndpoint, "operation")
_s_MarketServiceEndpoint_url = _slot_setter(m.MarketServiceEndpoint, "url")
_s_MarketServiceEndpoint_method = _slot_setter(m.MarketServiceEndpoint, "method")
_s_MarketServiceEndpoint_path = _slot_setter(m.MarketServiceEndpoint, "path")
_s_MarketServiceEndpoint_provider_name = _slot_setter(m.MarketServiceEndpoint, "provider_name")
_s_MarketServiceEndpoint_key = _slot_setter(m.MarketServiceEndpoint, "key")
_s_MarketServiceEndpoint_protocols = _slot_setter(m.MarketServiceEndpoint, "protocols")
_s_MarketServiceEndpoint_networks = _slot_setter(m.MarketServiceEndpoint, "networks")
_s_MarketServiceEndpoint_extra = _slot_setter(m.MarketServiceEndpoint, "extra")


def decode_MarketServiceEndpoint(o: Any) -> "m.MarketServiceEndpoint":
    if type(o) is not dict:
        _not_object("MarketServiceEndpoint", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_MarketServiceEndpoint)
    try:
        _s_MarketServiceEndpoint_label(
            obj, v if type(v := o.get("label")) is str or v is None else _bad("MarketServiceEndpoint.label", "str", v)
        )
        _s_MarketServiceEndpoint_operation(
            obj,
            v
            if type(v := o.get("operation")) is str or v is None
            else _bad("MarketServiceEndpoint.operation", "str", v),
        )
        _s_MarketServiceEndpoint_url(
            obj, v if type(v := o.get("url")) is str or v is None else _bad("MarketServiceEndpoint.url", "str", v)
        )
        _s_MarketServiceEndpoint_method(
            obj, v if type(v := o.get("method")) is str or v is None else _bad("MarketServiceEndpoint.method", "str", v)
        )
        _s_MarketServiceEndpoint_path(
            obj, v if type(v := o.get("path")) is str or v is None else _bad("MarketServiceEndpoint.path", "str", v)
        )
        _s_MarketServiceEndpoint_provider_name(
            obj,
            v
            if type(v := o.get("providerName")) is str or v is None
            else _bad("MarketServiceEndpoint.provider_name", "str", v),
        )
        _s_MarketServiceEndpoint_key(
            obj, v if type(v := o.get("key")) is str or v is None else _bad("MarketServiceEndpoint.key", "str", v)
        )
        _s_MarketServiceEndpoint_protocols(obj, _tuple_str(o.get("protocols"), "MarketServiceEndpoint.protocols"))
        _s_MarketServiceEndpoint_networks(obj, _tuple_str(o.get("networks"), "MarketServiceEndpoint.networks"))
    except KeyError as e:
        raise ShapeError(f"MarketServiceEndpoint: missing required field {e.args[0]!r}") from None
    _s_MarketServiceEndpoint_extra(
        obj, {} if _KNOWN_MarketServiceEndpoint.issuperset(o) else _extra(o, _KNOWN_MarketServiceEndpoint)
    )
    return obj


_KNOWN_MarketService = frozenset(
    [
        "id",
        "skillKey",
        "providerKey",
        "providerId",
        "providerLabel",
        "serviceType",
        "name",
        "description",
        "authType",
        "accessMode",
        "executionMode",
        "integrationStatus",
        "distribution",
        "maturity",
        "kind",
        "region",
        "freshnessSeconds",
        "requiresHumanEnablement",
        "updatedAt",
        "operations",
        "capabilities",
        "metadata",
        "companyName",
        "referenceUrl",
        "artifactUrl",
        "handoff",
        "operationContracts",
        "pricing",
        "payment",
        "endpoints",
        "endpoint",
        "consumption",
    ]
)
_C_MarketService = m.MarketService
_s_MarketService_id = _slot_setter(m.MarketService, "id")
_s_MarketService_skill_key = _slot_setter(m.MarketService, "skill_key")
_s_MarketService_provider_key = _slot_setter(m.MarketService, "provider_key")
_s_MarketService_provider_id = _slot_setter(m.MarketService, "provider_id")
_s_MarketService_provider_label = _slot_setter(m.MarketService, "provider_label")
_s_MarketService_service_type = _slot_setter(m.MarketService, "service_type")
_s_MarketService_name = _slot_setter(m.MarketService, "name")
_s_MarketService_description = _slot_setter(m.MarketService, "description")
_s_MarketService_auth_type = _slot_setter(m.MarketService, "auth_type")
_s_MarketService_access_mode = _slot_setter(m.MarketService, "access_mode")
_s_MarketService_execution_mode = _slot_setter(m.MarketService, "execution_mode")
_s_MarketService_integration_status = _slot_setter(m.MarketService, "integration_status")
_s_MarketService_distribution = _slot_setter(m.MarketService, "distribution")
_s_MarketService_maturity = _slot_setter(m.MarketService, "maturity")
_s_MarketService_kind = _slot_setter(m.MarketService, "kind")
_s_MarketService_region = _slot_setter(m.MarketService, "region")
_s_MarketService_freshness_seconds = _slot_setter(m.MarketService, "freshness_seconds")
_s_MarketService_requires_human_enablement = _slot_setter(m.MarketService, "requires_human_enablement")
_s_MarketService_updated_at = _slot_setter(m.MarketService, "updated_at")
_s_MarketService_operations = _slot_setter(m.MarketService, "operations")
_s_MarketService_capabilities = _slot_setter(m.MarketService, "capabilities")
_s_MarketService_metadata = _slot_setter(m.MarketService, "metadata")
_s_MarketService_company_name = _slot_setter(m.MarketService, "company_name")
_s_MarketService_reference_url = _slot_setter(m.MarketService, "reference_url")
_s_MarketService_artifact_url = _slot_setter(m.MarketService, "artifact_url")
_s_MarketService_handoff = _slot_setter(m.MarketService, "handoff")
_s_MarketService_operation_contracts = _slot_setter(m.MarketService, "operation_contracts")
_s_MarketService_pricing = _slot_setter(m.MarketService, "pricing")
_s_MarketService_payment = _slot_setter(m.MarketService, "payment")
_s_MarketService_endpoints = _slot_setter(m.MarketService, "endpoints")
_s_MarketService_endpoint = _slot_setter(m.MarketService, "endpoint")
_s_MarketService_consumption = _slot_setter(m.MarketService, "consumption")
_s_MarketService_extra = _slot_setter(m.MarketService, "extra")


def decode_MarketService(o: Any) -> "m.MarketService":
    if type(o) is not dict:
        _not_object("MarketService", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_MarketService)
    try:
        _s_MarketService_id(obj, v if type(v := o["id"]) is str else _bad("MarketService.id", "str", v))
        _s_MarketService_skill_key(
            obj, v if type(v := o["skillKey"]) is str else _bad("MarketService.skill_key", "str", v)
        )
        _s_MarketService_provider_key(
            obj, v if type(v := o["providerKey"]) is str else _bad("MarketService.provider_key", "str", v)
        )
        _s_MarketService_provider_id(
            obj, v if type(v := o["providerId"]) is str else _bad("MarketService.provider_id", "str", v)
        )
        _s_MarketService_provider_label(
            obj, v if type(v := o["providerLabel"]) is str else _bad("MarketService.provider_label", "str", v)
        )
        _s_MarketService_service_type(
            obj, v if type(v := o["serviceType"]) is str else _bad("MarketService.service_type", "str", v)
        )
        _s_MarketService_name(obj, v if type(v := o["name"]) is str else _bad("MarketService.name", "str", v))
        _s_MarketService_description(
            obj, v if type(v := o["description"]) is str else _bad("MarketService.description", "str", v)
        )
        _s_MarketService_auth_type(
            obj, v if type(v := o["authType"]) is str else _bad("MarketService.auth_type", "str", v)
        )
        _s_MarketService_access_mode(
            obj, v if type(v := o["accessMode"]) is str else _bad("MarketService.access_mode", "str", v)
        )
        _s_MarketService_execution_mode(
            obj, v if type(v := o["executionMode"]) is str else _bad("MarketService.execution_mode", "str", v)
        )
        _s_MarketService_integration_status(
            obj, v if type(v := o["integrationStatus"]) is str else _bad("MarketService.integration_status", "str", v)
        )
        _s_MarketService_distribution(
            obj, v if type(v := o["distribution"]) is str else _bad("MarketService.distribution", "str", v)
        )
        _s_MarketService_maturity(
            obj, v if type(v := o["maturity"]) is str else _bad("MarketService.maturity", "str", v)
        )
        _s_MarketService_kind(obj, v if type(v := o["kind"]) is str else _bad("MarketService.kind", "str", v))
        _s_MarketService_region(obj, v if type(v := o["region"]) is str else _bad("MarketService.region", "str", v))
        _s_MarketService_freshness_seconds(
            obj, v if type(v := o["freshnessSeconds"]) is int else _int(v, "MarketService.freshness_seconds")
        )
        _s_MarketService_requires_human_enablement(
            obj,
            v
            if type(v := o["requiresHumanEnablement"]) is bool
            else _bad("MarketService.requires_human_enablement", "bool", v),
        )
        _s_MarketService_updated_at(
            obj, v if type(v := o["updatedAt"]) is str else _bad("MarketService.updated_at", "str", v)
        )
        _s_MarketService_operations(obj, _tuple_str(o.get("operations"), "MarketService.operations"))
        _s_MarketService_capabilities(obj, _tuple_str(o.get("capabilities"), "MarketService.capabilities"))
        _s_MarketService_metadata(
            obj, v if type(v := o.get("metadata")) is dict else _map_any(v, "MarketService.metadata")
        )
        _s_MarketService_company_name(
            obj,
            v if type(v := o.get("companyName")) is str or v is None else _bad("MarketService.company_name", "str", v),
        )
        _s_MarketService_reference_url(
            obj,
            v
            if type(v := o.get("referenceUrl")) is str or v is None
            else _bad("MarketService.reference_url", "str", v),
        )
        _s_MarketService_artifact_url(
            obj,
            v if type(v := o.get("artifactUrl")) is str or v is None else _bad("MarketService.artifact_url", "str", v),
        )
        _s_MarketService_handoff(
            obj,
            decode_ExternalHandoff(v)
            if type(v := o.get("handoff")) is dict
            else (None if v is None else _bad("MarketService.handoff", "object", v)),
        )
        _s_MarketService_operation_contracts(
            obj, _tuple_of(o.get("operationContracts"), decode_OperationContract, "MarketService.operation_contracts")
        )
        _s_MarketService_pricing(
            obj,
            decode_MarketPricing(v)
            if type(v := o.get("pricing")) is dict
            else (None if v is None else _bad("MarketService.pricing", "object", v)),
        )
        _s_MarketService_payment(
            obj,
            decode_MarketPaymentRailRecommendation(v)
            if type(v := o.get("payment")) is dict
            else (None if v is None else _bad("MarketService.payment", "object", v)),
        )
        _s_MarketService_endpoints(
            obj, _tuple_of(o.get("endpoints"), decode_MarketServiceEndpoint, "MarketService.endpoints")
        )
        _s_MarketService_endpoint(
            obj,
            decode_MarketServiceEndpoint(v)
            if type(v := o.get("endpoint")) is dict
            else (None if v is None else _bad("MarketService.endpoint", "object", v)),
        )
        _s_MarketService_consumption(
            obj,
            decode_MarketServiceConsumption(v)
            if type(v := o.get("consumption")) is dict
            else (None if v is None else _bad("MarketService.consumption", "object", v)),
        )
    except KeyError as e:
        raise ShapeError(f"MarketService: missing required field {e.args[0]!r}") from None
    _s_MarketService_extra(obj, {} if _KNOWN_MarketService.issuperset(o) else _extra(o, _KNOWN_MarketService))
    return obj


_KNOWN_MarketSearch = frozenset(
    [
        "id",
        "machineId",
        "requestPayload",
        "request",
        "normalizedTask",
        "status",
        "quotes",
        "createdAt",
        "agentPairingId",
    ]
)
_C_MarketSearch = m.MarketSearch
_s_MarketSearch_id = _slot_setter(m.MarketSearch, "id")
_s_MarketSearch_machine_id = _slot_setter(m.MarketSearch, "machine_id")
_s_MarketSearch_request_payload = _slot_setter(m.MarketSearch, "request_payload")
_s_MarketSearch_normalized_task = _slot_setter(m.MarketSearch, "normalized_task")
_s_MarketSearch_status = _slot_setter(m.MarketSearch, "status")
_s_MarketSearch_quotes = _slot_setter(m.MarketSearch, "quotes")
_s_MarketSearch_created_at = _slot_setter(m.MarketSearch, "created_at")
_s_MarketSearch_agent_pairing_id = _slot_setter(m.MarketSearch, "agent_pairing_id")
_s_MarketSearch_extra = _slot_setter(m.MarketSearch, "extra")


def decode_MarketSearch(o: Any) -> "m.MarketSearch":
    if type(o) is not dict:
        _not_object("MarketSearch", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_MarketSearch)
    try:
        _s_MarketSearch_id(obj, v if type(v := o["id"]) is str else _bad("MarketSearch.id", "str", v))
        _s_MarketSearch_machine_id(
            obj, v if type(v := o["machineId"]) is str else _bad("MarketSearch.machine_id", "str", v)
        )
        _s_MarketSearch_request_payload(
            obj,
            v
            if type(v := _pick_opt(o, ("requestPayload", "request"))) is dict
            else _map_any(v, "MarketSearch.request_payload"),
        )
        _s_MarketSearch_normalized_task(
            obj,
            decode_NormalizedTask(v)
            if type(v := o["normalizedTask"]) is dict
            else _bad("MarketSearch.normalized_task", "object", v),
        )
        _s_MarketSearch_status(obj, v if type(v := o["status"]) is str else _bad("MarketSearch.status", "str", v))
        _s_MarketSearch_quotes(obj, _tuple_of(o["quotes"], decode_MarketQuote, "MarketSearch.quotes"))
        _s_MarketSearch_created_at(
            obj, v if type(v := o["createdAt"]) is str else _bad("MarketSearch.created_at", "str", v)
        )
        _s_MarketSearch_agent_pairing_id(
            obj,
            v
            if type(v := o.get("agentPairingId")) is str or v is None
            else _bad("MarketSearch.agent_pairing_id", "str", v),
        )
    except KeyError as e:
        raise ShapeError(f"MarketSearch: missing required field {e.args[0]!r}") from None
    _s_MarketSearch_extra(obj, {} if _KNOWN_MarketSearch.issuperset(o) else _extra(o, _KNOWN_MarketSearch))
    return obj


_KNOWN_MarketOrderBudget = frozenset(["amount", "currency"])
_C_MarketOrderBudget = m.MarketOrderBudget
_s_MarketOrderBudget_amount = _slot_setter(m.MarketOrderBudget, "amount")
_s_MarketOrderBudget_currency = _slot_setter(m.MarketOrderBudget, "currency")
_s_MarketOrderBudget_extra = _slot_setter(m.MarketOrderBudget, "extra")


def decode_MarketOrderBudget(o: Any) -> "m.MarketOrderBudget":
    if type(o) is not dict:
        _not_object("MarketOrderBudget", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_MarketOrderBudget)
    try:
        _s_MarketOrderBudget_amount(
            obj, v if type(v := o.get("amount")) is float else _float(v, "MarketOrderBudget.amount", True)
        )
        _s_MarketOrderBudget_currency(
            obj, v if type(v := o.get("currency")) is str or v is None else _bad("MarketOrderBudget.currency", "str", v)
        )
    except KeyError as e:
        raise ShapeError(f"MarketOrderBudget: missing required field {e.args[0]!r}") from None
    _s_MarketOrderBudget_extra(
        obj, {} if _KNOWN_MarketOrderBudget.issuperset(o) else _extra(o, _KNOWN_MarketOrderBudget)
    )
    return obj


_KNOWN_MarketOrder = frozenset(
    [
        "id",
        "machineId",
        "agentPairingId",
        "serviceId",
        "skillKey",
        "providerKey",
        "serviceType",
        "operation",
        "executionMode",
        "integrationStatus",
        "status",
        "payment",
        "createdAt",
        "updatedAt",
        "searchId",
        "quoteId",
        "input",
        "inputPayload",
        "budget",
        "handoff",
        "errorMessage",
        "serviceSnapshot",
        "taskId",
        "routeId",
        "runId",
        "outcomeId",
    ]
)
_C_MarketOrder = m.MarketOrder
_s_MarketOrder_id = _slot_setter(m.MarketOrder, "id")
_s_MarketOrder_machine_id = _slot_setter(m.MarketOrder, "machine_id")
_s_MarketOrder_agent_pairing_id = _slot_setter(m.MarketOrder, "agent_pairing_id")
_s_MarketOrder_service_id = _slot_setter(m.MarketOrder, "service_id")
_s_MarketOrder_skill_key = _slot_setter(m.MarketOrder, "skill_key")
_s_MarketOrder_provider_key = _slot_setter(m.MarketOrder, "provider_key")
_s_MarketOrder_service_type = _slot_setter(m.MarketOrder, "service_type")
_s_MarketOrder_operation = _slot_setter(m.MarketOrder, "operation")
_s_MarketOrder_execution_mode = _slot_setter(m.MarketOrder, "execution_mode")
_s_MarketOrder_integration_status = _slot_setter(m.MarketOrder, "integration_status")
_s_MarketOrder_status = _slot_setter(m.MarketOrder, "status")
_s_MarketOrder_payment = _slot_setter(m.MarketOrder, "payment")
_s_MarketOrder_created_at = _slot_setter(m.MarketOrder, "created_at")
_s_MarketOrder_updated_at = _slot_setter(m.MarketOrder, "updated_at")
_s_MarketOrder_search_id = _slot_setter(m.MarketOrder, "search_id")
_s_MarketOrder_quote_id = _slot_setter(m.MarketOrder, "quote_id")
_s_MarketOrder_input = _slot_setter(m.MarketOrder, "input")
_s_MarketOrder_budget = _slot_setter(m.MarketOrder, "budget")
_s_MarketOrder_handoff = _slot_setter(m.MarketOrder, "handoff")
_s_MarketOrder_error_message = _slot_setter(m.MarketOrder, "error_message")
_s_MarketOrder_service_snapshot = _slot_setter(m.MarketOrder, "service_snapshot")
_s_MarketOrder_task_id = _slot_setter(m.MarketOrder, "task_id")
_s_MarketOrder_route_id = _slot_setter(m.MarketOrder, "route_id")
_s_MarketOrder_run_id = _slot_setter(m.MarketOrder, "run_id")
_s_MarketOrder_outcome_id = _slot_setter(m.MarketOrder, "outcome_id")
_s_MarketOrder_extra = _slot_setter(m.MarketOrder, "extra")


def decode_MarketOrder(o: Any) -> "m.MarketOrder":
    if type(o) is not dict:
        _not_object("MarketOrder", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_MarketOrder)
    try:
        _s_MarketOrder_id(obj, v if type(v := o["id"]) is str else _bad("MarketOrder.id", "str", v))
        _s_MarketOrder_machine_id(
            obj, v if type(v := o["machineId"]) is str else _bad("MarketOrder.machine_id", "str", v)
        )
        _s_MarketOrder_agent_pairing_id(
            obj, v if type(v := o["agentPairingId"]) is str else _bad("MarketOrder.agent_pairing_id", "str", v)
        )
        _s_MarketOrder_service_id(
            obj, v if type(v := o["serviceId"]) is str else _bad("MarketOrder.service_id", "str", v)
        )
        _s_MarketOrder_skill_key(obj, v if type(v := o["skillKey"]) is str else _bad("MarketOrder.skill_key", "str", v))
        _s_MarketOrder_provider_key(
            obj, v if type(v := o["providerKey"]) is str else _bad("MarketOrder.provider_key", "str", v)
        )
        _s_MarketOrder_service_type(
            obj, v if type(v := o["serviceType"]) is str else _bad("MarketOrder.service_type", "str", v)
        )
        _s_MarketOrder_operation(
            obj, v if type(v := o["operation"]) is str else _bad("MarketOrder.operation", "str", v)
        )
        _s_MarketOrder_execution_mode(
            obj, v if type(v := o["executionMode"]) is str else _bad("MarketOrder.execution_mode", "str", v)
        )
        _s_MarketOrder_integration_status(
            obj, v if type(v := o["integrationStatus"]) is str else _bad("MarketOrder.integration_status", "str", v)
        )
        _s_MarketOrder_status(obj, v if type(v := o["status"]) is str else _bad("MarketOrder.status", "str", v))
        _s_MarketOrder_payment(
            obj,
            decode_MarketPaymentRailRecommendation(v)
            if type(v := o["payment"]) is dict
            else _bad("MarketOrder.payment", "object", v),
        )
        _s_MarketOrder_created_at(
            obj, v if type(v := o["createdAt"]) is str else _bad("MarketOrder.created_at", "str", v)
        )
        _s_MarketOrder_updated_at(
            obj, v if type(v := o["updatedAt"]) is str else _bad("MarketOrder.updated_at", "str", v)
        )
        _s_MarketOrder_search_id(
            obj, v if type(v := o.get("searchId")) is str or v is None else _bad("MarketOrder.search_id", "str", v)
        )
        _s_MarketOrder_quote_id(
            obj, v if type(v := o.get("quoteId")) is str or v is None else _bad("MarketOrder.quote_id", "str", v)
        )
        _s_MarketOrder_input(
            obj, v if type(v := _pick_opt(o, ("input", "inputPayload"))) is dict else _map_any(v, "MarketOrder.input")
        )
        _s_MarketOrder_budget(
            obj,
            decode_MarketOrderBudget(v)
            if type(v := o.get("budget")) is dict
            else (None if v is None else _bad("MarketOrder.budget", "object", v)),
        )
        _s_MarketOrder_handoff(
            obj,
            decode_ExternalHandoff(v)
            if type(v := o.get("handoff")) is dict
            else (None if v is None else _bad("MarketOrder.handoff", "object", v)),
        )
        _s_MarketOrder_error_message(
            obj,
            v if type(v := o.get("errorMessage")) is str or v is None else _bad("MarketOrder.error_message", "str", v),
        )
        _s_MarketOrder_service_snapshot(
            obj, v if type(v := o.get("serviceSnapshot")) is dict else _map_any(v, "MarketOrder.service_snapshot")
        )
        _s_MarketOrder_task_id(
            obj, v if type(v := o.get("taskId")) is str or v is None else _bad("MarketOrder.task_id", "str", v)
        )
        _s_MarketOrder_route_id(
            obj, v if type(v := o.get("routeId")) is str or v is None else _bad("MarketOrder.route_id", "str", v)
        )
        _s_MarketOrder_run_id(
            obj, v if type(v := o.get("runId")) is str or v is None else _bad("MarketOrder.run_id", "str", v)
        )
        _s_MarketOrder_outcome_id(
            obj, v if type(v := o.get("outcomeId")) is str or v is None else _bad("MarketOrder.outcome_id", "str", v)
        )
    except KeyError as e:
        raise ShapeError(f"MarketOrder: missing required field {e.args[0]!r}") from None
    _s_MarketOrder_extra(obj, {} if _KNOWN_MarketOrder.issuperset(o) else _extra(o, _KNOWN_MarketOrder))
    return obj


_KNOWN_NativeExecution = frozenset(["statusCode", "run", "outcome"])
_C_NativeExecution = m.NativeExecution
_s_NativeExecution_status_code = _slot_setter(m.NativeExecution, "status_code")
_s_NativeExecution_run = _slot_setter(m.NativeExecution, "run")
_s_NativeExecution_outcome = _slot_setter(m.NativeExecution, "outcome")
_s_NativeExecution_extra = _slot_setter(m.NativeExecution, "extra")


def decode_NativeExecution(o: Any) -> "m.NativeExecution":
    if type(o) is not dict:
        _not_object("NativeExecution", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_NativeExecution)
    try:
        _s_NativeExecution_status_code(
            obj, v if type(v := o["statusCode"]) is int else _int(v, "NativeExecution.status_code")
        )
        _s_NativeExecution_run(
            obj, decode_ExecutionRun(v) if type(v := o["run"]) is dict else _bad("NativeExecution.run", "object", v)
        )
        _s_NativeExecution_outcome(
            obj,
            decode_ExecutionOutcome(v)
            if type(v := o["outcome"]) is dict
            else _bad("NativeExecution.outcome", "object", v),
        )
    except KeyError as e:
        raise ShapeError(f"NativeExecution: missing required field {e.args[0]!r}") from None
    _s_NativeExecution_extra(obj, {} if _KNOWN_NativeExecution.issuperset(o) else _extra(o, _KNOWN_NativeExecution))
    return obj


_KNOWN_HandoffExecution = frozenset(["statusCode", "handoff"])
_C_HandoffExecution = m.HandoffExecution
_s_HandoffExecution_status_code = _slot_setter(m.HandoffExecution, "status_code")
_s_HandoffExecution_handoff = _slot_setter(m.HandoffExecution, "handoff")
_s_HandoffExecution_extra = _slot_setter(m.HandoffExecution, "extra")


def decode_HandoffExecution(o: Any) -> "m.HandoffExecution":
    if type(o) is not dict:
        _not_object("HandoffExecution", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_HandoffExecution)
    try:
        _s_HandoffExecution_status_code(
            obj, v if type(v := o["statusCode"]) is int else _int(v, "HandoffExecution.status_code")
        )
        _s_HandoffExecution_handoff(
            obj,
            decode_ExternalHandoff(v)
            if type(v := o["handoff"]) is dict
            else _bad("HandoffExecution.handoff", "object", v),
        )
    except KeyError as e:
        raise ShapeError(f"HandoffExecution: missing required field {e.args[0]!r}") from None
    _s_HandoffExecution_extra(obj, {} if _KNOWN_HandoffExecution.issuperset(o) else _extra(o, _KNOWN_HandoffExecution))
    return obj


_KNOWN_ExecuteMarketOrderNativeResponse = frozenset(["order", "execution"])
_C_ExecuteMarketOrderNativeResponse = m.ExecuteMarketOrderNativeResponse
_s_ExecuteMarketOrderNativeResponse_order = _slot_setter(m.ExecuteMarketOrderNativeResponse, "order")
_s_ExecuteMarketOrderNativeResponse_execution = _slot_setter(m.ExecuteMarketOrderNativeResponse, "execution")
_s_ExecuteMarketOrderNativeResponse_extra = _slot_setter(m.ExecuteMarketOrderNativeResponse, "extra")


def decode_ExecuteMarketOrderNativeResponse(o: Any) -> "m.ExecuteMarketOrderNativeResponse":
    if type(o) is not dict:
        _not_object("ExecuteMarketOrderNativeResponse", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_ExecuteMarketOrderNativeResponse)
    try:
        _s_ExecuteMarketOrderNativeResponse_order(
            obj,
            decode_MarketOrder(v)
            if type(v := o["order"]) is dict
            else _bad("ExecuteMarketOrderNativeResponse.order", "object", v),
        )
        _s_ExecuteMarketOrderNativeResponse_execution(
            obj,
            decode_NativeExecution(v)
            if type(v := o["execution"]) is dict
            else _bad("ExecuteMarketOrderNativeResponse.execution", "object", v),
        )
    except KeyError as e:
        raise ShapeError(f"ExecuteMarketOrderNativeResponse: missing required field {e.args[0]!r}") from None
    _s_ExecuteMarketOrderNativeResponse_extra(
        obj,
        {}
        if _KNOWN_ExecuteMarketOrderNativeResponse.issuperset(o)
        else _extra(o, _KNOWN_ExecuteMarketOrderNativeResponse),
    )
    return obj


_KNOWN_ExecuteMarketOrderHandoffResponse = frozenset(["order", "execution"])
_C_ExecuteMarketOrderHandoffResponse = m.ExecuteMarketOrderHandoffResponse
_s_ExecuteMarketOrderHandoffResponse_order = _slot_setter(m.ExecuteMarketOrderHandoffResponse, "order")
_s_ExecuteMarketOrderHandoffResponse_execution = _slot_setter(m.ExecuteMarketOrderHandoffResponse, "execution")
_s_ExecuteMarketOrderHandoffResponse_extra = _slot_setter(m.ExecuteMarketOrderHandoffResponse, "extra")


def decode_ExecuteMarketOrderHandoffResponse(o: Any) -> "m.ExecuteMarketOrderHandoffResponse":
    if type(o) is not dict:
        _not_object("ExecuteMarketOrderHandoffResponse", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_ExecuteMarketOrderHandoffResponse)
    try:
        _s_ExecuteMarketOrderHandoffResponse_order(
            obj,
            decode_MarketOrder(v)
            if type(v := o["order"]) is dict
            else _bad("ExecuteMarketOrderHandoffResponse.order", "object", v),
        )
        _s_ExecuteMarketOrderHandoffResponse_execution(
            obj,
            decode_HandoffExecution(v)
            if type(v := o["execution"]) is dict
            else _bad("ExecuteMarketOrderHandoffResponse.execution", "object", v),
        )
    except KeyError as e:
        raise ShapeError(f"ExecuteMarketOrderHandoffResponse: missing required field {e.args[0]!r}") from None
    _s_ExecuteMarketOrderHandoffResponse_extra(
        obj,
        {}
        if _KNOWN_ExecuteMarketOrderHandoffResponse.issuperset(o)
        else _extra(o, _KNOWN_ExecuteMarketOrderHandoffResponse),
    )
    return obj


_KNOWN_PaymentProof = frozenset(
    [
        "chain",
        "token",
        "transactionHash",
        "transactionSignature",
        "payerAddress",
        "verifiedAt",
        "verificationMode",
        "metadata",
    ]
)
_C_PaymentProof = m.PaymentProof
_s_PaymentProof_chain = _slot_setter(m.PaymentProof, "chain")
_s_PaymentProof_token = _slot_setter(m.PaymentProof, "token")
_s_PaymentProof_transaction_hash = _slot_setter(m.PaymentProof, "transaction_hash")
_s_PaymentProof_transaction_signature = _slot_setter(m.PaymentProof, "transaction_signature")
_s_PaymentProof_payer_address = _slot_setter(m.PaymentProof, "payer_address")
_s_PaymentProof_verified_at = _slot_setter(m.PaymentProof, "verified_at")
_s_PaymentProof_verification_mode = _slot_setter(m.PaymentProof, "verification_mode")
_s_PaymentProof_metadata = _slot_setter(m.PaymentProof, "metadata")
_s_PaymentProof_extra = _slot_setter(m.PaymentProof, "extra")


def decode_PaymentProof(o: Any) -> "m.PaymentProof":
    if type(o) is not dict:
        _not_object("PaymentProof", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_PaymentProof)
    try:
        _s_PaymentProof_chain(
            obj, v if type(v := o.get("chain")) is str or v is None else _bad("PaymentProof.chain", "str", v)
        )
        _s_PaymentProof_token(
            obj, v if type(v := o.get("token")) is str or v is None else _bad("PaymentProof.token", "str", v)
        )
        _s_PaymentProof_transaction_hash(
            obj,
            v
            if type(v := o.get("transactionHash")) is str or v is None
            else _bad("PaymentProof.transaction_hash", "str", v),
        )
        _s_PaymentProof_transaction_signature(
            obj,
            v
            if type(v := o.get("transactionSignature")) is str or v is None
            else _bad("PaymentProof.transaction_signature", "str", v),
        )
        _s_PaymentProof_payer_address(
            obj,
            v if type(v := o.get("payerAddress")) is str or v is None else _bad("PaymentProof.payer_address", "str", v),
        )
        _s_PaymentProof_verified_at(
            obj, v if type(v := o.get("verifiedAt")) is str or v is None else _bad("PaymentProof.verified_at", "str", v)
        )
        _s_PaymentProof_verification_mode(
            obj,
            v
            if type(v := o.get("verificationMode")) is str or v is None
            else _bad("PaymentProof.verification_mode", "str", v),
        )
        _s_PaymentProof_metadata(
            obj, v if type(v := o.get("metadata")) is dict else _map_any(v, "PaymentProof.metadata")
        )
    except KeyError as e:
        raise ShapeError(f"PaymentProof: missing required field {e.args[0]!r}") from None
    _s_PaymentProof_extra(obj, {} if _KNOWN_PaymentProof.issuperset(o) else _extra(o, _KNOWN_PaymentProof))
    return obj


_KNOWN_PaymentRailDetails = frozenset(
    [
        "type",
        "railType",
        "chain",
        "token",
        "tokenAddress",
        "tokenMint",
        "escrowAddress",
        "externalUrl",
        "provider",
        "accountId",
        "walletAddress",
        "payerAddress",
        "payeeAddress",
        "paymentIntentId",
        "metadata",
    ]
)
_C_PaymentRailDetails = m.PaymentRailDetails
_s_PaymentRailDetails_type = _slot_setter(m.PaymentRailDetails, "type")
_s_PaymentRailDetails_chain = _slot_setter(m.PaymentRailDetails, "chain")
_s_PaymentRailDetails_token = _slot_setter(m.PaymentRailDetails, "token")
_s_PaymentRailDetails_token_address = _slot_setter(m.PaymentRailDetails, "token_address")
_s_PaymentRailDetails_token_mint = _slot_setter(m.PaymentRailDetails, "token_mint")
_s_PaymentRailDetails_escrow_address = _slot_setter(m.PaymentRailDetails, "escrow_address")
_s_PaymentRailDetails_external_url = _slot_setter(m.PaymentRailDetails, "external_url")
_s_PaymentRailDetails_provider = _slot_setter(m.PaymentRailDetails, "provider")
_s_PaymentRailDetails_account_id = _slot_setter(m.PaymentRailDetails, "account_id")
_s_PaymentRailDetails_wallet_address = _slot_setter(m.PaymentRailDetails, "wallet_address")
_s_PaymentRailDetails_payer_address = _slot_setter(m.PaymentRailDetails, "payer_address")
_s_PaymentRailDetails_payee_address = _slot_setter(m.PaymentRailDetails, "payee_address")
_s_PaymentRailDetails_payment_intent_id = _slot_setter(m.PaymentRailDetails, "payment_intent_id")
_s_PaymentRailDetails_metadata = _slot_setter(m.PaymentRailDetails, "metadata")
_s_PaymentRailDetails_extra = _slot_setter(m.PaymentRailDetails, "extra")


def decode_PaymentRailDetails(o: Any) -> "m.PaymentRailDetails":
    if type(o) is not dict:
        _not_object("PaymentRailDetails", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_PaymentRailDetails)
    try:
        _s_PaymentRailDetails_type(
            obj, v if type(v := _pick(o, ("type", "railType"))) is str else _bad("PaymentRailDetails.type", "str", v)
        )
        _s_PaymentRailDetails_chain(
            obj, v if type(v := o.get("chain")) is str or v is None else _bad("PaymentRailDetails.chain", "str", v)
        )
        _s_PaymentRailDetails_token(
            obj, v if type(v := o.get("token")) is str or v is None else _bad("PaymentRailDetails.token", "str", v)
        )
        _s_PaymentRailDetails_token_address(
            obj,
            v
            if type(v := o.get("tokenAddress")) is str or v is None
            else _bad("PaymentRailDetails.token_address", "str", v),
        )
        _s_PaymentRailDetails_token_mint(
            obj,
            v if type(v := o.get("tokenMint")) is str or v is None else _bad("PaymentRailDetails.token_mint", "str", v),
        )
        _s_PaymentRailDetails_escrow_address(
            obj,
            v
            if type(v := o.get("escrowAddress")) is str or v is None
            else _bad("PaymentRailDetails.escrow_address", "str", v),
        )
        _s_PaymentRailDetails_external_url(
            obj,
            v
            if type(v := o.get("externalUrl")) is str or v is None
            else _bad("PaymentRailDetails.external_url", "str", v),
        )
        _s_PaymentRailDetails_provider(
            obj,
            v if type(v := o.get("provider")) is str or v is None else _bad("PaymentRailDetails.provider", "str", v),
        )
        _s_PaymentRailDetails_account_id(
            obj,
            v if type(v := o.get("accountId")) is str or v is None else _bad("PaymentRailDetails.account_id", "str", v),
        )
        _s_PaymentRailDetails_wallet_address(
            obj,
            v
            if type(v := o.get("walletAddress")) is str or v is None
            else _bad("PaymentRailDetails.wallet_address", "str", v),
        )
        _s_PaymentRailDetails_payer_address(
            obj,
            v
            if type(v := o.get("payerAddress")) is str or v is None
            else _bad("PaymentRailDetails.payer_address", "str", v),
        )
        _s_PaymentRailDetails_payee_address(
            obj,
            v
            if type(v := o.get("payeeAddress")) is str or v is None
            else _bad("PaymentRailDetails.payee_address", "str", v),
        )
        _s_PaymentRailDetails_payment_intent_id(
            obj,
            v
            if type(v := o.get("paymentIntentId")) is str or v is None
            else _bad("PaymentRailDetails.payment_intent_id", "str", v),
        )
        _s_PaymentRailDetails_metadata(
            obj, v if type(v := o.get("metadata")) is dict else _map_any(v, "PaymentRailDetails.metadata")
        )
    except KeyError as e:
        raise ShapeError(f"PaymentRailDetails: missing required field {e.args[0]!r}") from None
    _s_PaymentRailDetails_extra(
        obj, {} if _KNOWN_PaymentRailDetails.issuperset(o) else _extra(o, _KNOWN_PaymentRailDetails)
    )
    return obj


_KNOWN_MarketPayment = frozenset(
    ["id", "orderId", "machineId", "status", "rail", "createdAt", "updatedAt", "amount", "currency", "notes", "proof"]
)
_C_MarketPayment = m.MarketPayment
_s_MarketPayment_id = _slot_setter(m.MarketPayment, "id")
_s_MarketPayment_order_id = _slot_setter(m.MarketPayment, "order_id")
_s_MarketPayment_machine_id = _slot_setter(m.MarketPayment, "machine_id")
_s_MarketPayment_status = _slot_setter(m.MarketPayment, "status")
_s_MarketPayment_rail = _slot_setter(m.MarketPayment, "rail")
_s_MarketPayment_created_at = _slot_setter(m.MarketPayment, "created_at")
_s_MarketPayment_updated_at = _slot_setter(m.MarketPayment, "updated_at")
_s_MarketPayment_amount = _slot_setter(m.MarketPayment, "amount")
_s_MarketPayment_currency = _slot_setter(m.MarketPayment, "currency")
_s_MarketPayment_notes = _slot_setter(m.MarketPayment, "notes")
_s_MarketPayment_proof = _slot_setter(m.MarketPayment, "proof")
_s_MarketPayment_extra = _slot_setter(m.MarketPayment, "extra")


def decode_MarketPayment(o: Any) -> "m.MarketPayment":
    if type(o) is not dict:
        _not_object("MarketPayment", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_MarketPayment)
    try:
        _s_MarketPayment_id(obj, v if type(v := o["id"]) is str else _bad("MarketPayment.id", "str", v))
        _s_MarketPayment_order_id(
            obj, v if type(v := o["orderId"]) is str else _bad("MarketPayment.order_id", "str", v)
        )
        _s_MarketPayment_machine_id(
            obj, v if type(v := o["machineId"]) is str else _bad("MarketPayment.machine_id", "str", v)
        )
        _s_MarketPayment_status(obj, v if type(v := o["status"]) is str else _bad("MarketPayment.status", "str", v))
        _s_MarketPayment_rail(
            obj,
            decode_PaymentRailDetails(v) if type(v := o["rail"]) is dict else _bad("MarketPayment.rail", "object", v),
        )
        _s_MarketPayment_created_at(
            obj, v if type(v := o["createdAt"]) is str else _bad("MarketPayment.created_at", "str", v)
        )
        _s_MarketPayment_updated_at(
            obj, v if type(v := o["updatedAt"]) is str else _bad("MarketPayment.updated_at", "str", v)
        )
        _s_MarketPayment_amount(
            obj, v if type(v := o.get("amount")) is float else _float(v, "MarketPayment.amount", True)
        )
        _s_MarketPayment_currency(
            obj, v if type(v := o.get("currency")) is str or v is None else _bad("MarketPayment.currency", "str", v)
        )
        _s_MarketPayment_notes(obj, _tuple_str(o.get("notes"), "MarketPayment.notes"))
        _s_MarketPayment_proof(
            obj,
            decode_PaymentProof(v)
            if type(v := o.get("proof")) is dict
            else (None if v is None else _bad("MarketPayment.proof", "object", v)),
        )
    except KeyError as e:
        raise ShapeError(f"MarketPayment: missing required field {e.args[0]!r}") from None
    _s_MarketPayment_extra(obj, {} if _KNOWN_MarketPayment.issuperset(o) else _extra(o, _KNOWN_MarketPayment))
    return obj


_KNOWN_ConfirmMarketOrderResponse = frozenset(["order", "payment"])
_C_ConfirmMarketOrderResponse = m.ConfirmMarketOrderResponse
_s_ConfirmMarketOrderResponse_order = _slot_setter(m.ConfirmMarketOrderResponse, "order")
_s_ConfirmMarketOrderResponse_payment = _slot_setter(m.ConfirmMarketOrderResponse, "payment")
_s_ConfirmMarketOrderResponse_extra = _slot_setter(m.ConfirmMarketOrderResponse, "extra")


def decode_ConfirmMarketOrderResponse(o: Any) -> "m.ConfirmMarketOrderResponse":
    if type(o) is not dict:
        _not_object("ConfirmMarketOrderResponse", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_ConfirmMarketOrderResponse)
    try:
        _s_ConfirmMarketOrderResponse_order(
            obj,
            decode_MarketOrder(v)
            if type(v := o["order"]) is dict
            else _bad("ConfirmMarketOrderResponse.order", "object", v),
        )
        _s_ConfirmMarketOrderResponse_payment(
            obj,
            decode_MarketPayment(v)
            if type(v := o["payment"]) is dict
            else (None if v is None else _bad("ConfirmMarketOrderResponse.payment", "object", v)),
        )
    except KeyError as e:
        raise ShapeError(f"ConfirmMarketOrderResponse: missing required field {e.args[0]!r}") from None
    _s_ConfirmMarketOrderResponse_extra(
        obj, {} if _KNOWN_ConfirmMarketOrderResponse.issuperset(o) else _extra(o, _KNOWN_ConfirmMarketOrderResponse)
    )
    return obj


_KNOWN_OrderDispute = frozenset(
    ["id", "orderId", "machineId", "status", "reason", "createdAt", "updatedAt", "evidence"]
)
_C_OrderDispute = m.OrderDispute
_s_OrderDispute_id = _slot_setter(m.OrderDispute, "id")
_s_OrderDispute_order_id = _slot_setter(m.OrderDispute, "order_id")
_s_OrderDispute_machine_id = _slot_setter(m.OrderDispute, "machine_id")
_s_OrderDispute_status = _slot_setter(m.OrderDispute, "status")
_s_OrderDispute_reason = _slot_setter(m.OrderDispute, "reason")
_s_OrderDispute_created_at = _slot_setter(m.OrderDispute, "created_at")
_s_OrderDispute_updated_at = _slot_setter(m.OrderDispute, "updated_at")
_s_OrderDispute_evidence = _slot_setter(m.OrderDispute, "evidence")
_s_OrderDispute_extra = _slot_setter(m.OrderDispute, "extra")


def decode_OrderDispute(o: Any) -> "m.OrderDispute":
    if type(o) is not dict:
        _not_object("OrderDispute", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_OrderDispute)
    try:
        _s_OrderDispute_id(obj, v if type(v := o["id"]) is str else _bad("OrderDispute.id", "str", v))
        _s_OrderDispute_order_id(obj, v if type(v := o["orderId"]) is str else _bad("OrderDispute.order_id", "str", v))
        _s_OrderDispute_machine_id(
            obj, v if type(v := o["machineId"]) is str else _bad("OrderDispute.machine_id", "str", v)
        )
        _s_OrderDispute_status(obj, v if type(v := o["status"]) is str else _bad("OrderDispute.status", "str", v))
        _s_OrderDispute_reason(obj, v if type(v := o["reason"]) is str else _bad("OrderDispute.reason", "str", v))
        _s_OrderDispute_created_at(
            obj, v if type(v := o["createdAt"]) is str else _bad("OrderDispute.created_at", "str", v)
        )
        _s_OrderDispute_updated_at(
            obj, v if type(v := o["updatedAt"]) is str else _bad("OrderDispute.updated_at", "str", v)
        )
        _s_OrderDispute_evidence(
            obj, v if type(v := o.get("evidence")) is dict else _map_any(v, "OrderDispute.evidence")
        )
    except KeyError as e:
        raise ShapeError(f"OrderDispute: missing required field {e.args[0]!r}") from None
    _s_OrderDispute_extra(obj, {} if _KNOWN_OrderDispute.issuperset(o) else _extra(o, _KNOWN_OrderDispute))
    return obj


_KNOWN_DisputeMarketOrderResponse = frozenset(["order", "payment", "dispute"])
_C_DisputeMarketOrderResponse = m.DisputeMarketOrderResponse
_s_DisputeMarketOrderResponse_order = _slot_setter(m.DisputeMarketOrderResponse, "order")
_s_DisputeMarketOrderResponse_payment = _slot_setter(m.DisputeMarketOrderResponse, "payment")
_s_DisputeMarketOrderResponse_dispute = _slot_setter(m.DisputeMarketOrderResponse, "dispute")
_s_DisputeMarketOrderResponse_extra = _slot_setter(m.DisputeMarketOrderResponse, "extra")


def decode_DisputeMarketOrderResponse(o: Any) -> "m.DisputeMarketOrderResponse":
    if type(o) is not dict:
        _not_object("DisputeMarketOrderResponse", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_DisputeMarketOrderResponse)
    try:
        _s_DisputeMarketOrderResponse_order(
            obj,
            decode_MarketOrder(v)
            if type(v := o["order"]) is dict
            else _bad("DisputeMarketOrderResponse.order", "object", v),
        )
        _s_DisputeMarketOrderResponse_payment(
            obj,
            decode_MarketPayment(v)
            if type(v := o["payment"]) is dict
            else (None if v is None else _bad("DisputeMarketOrderResponse.payment", "object", v)),
        )
        _s_DisputeMarketOrderResponse_dispute(
            obj,
            decode_OrderDispute(v)
            if type(v := o["dispute"]) is dict
            else _bad("DisputeMarketOrderResponse.dispute", "object", v),
        )
    except KeyError as e:
        raise ShapeError(f"DisputeMarketOrderResponse: missing required field {e.args[0]!r}") from None
    _s_DisputeMarketOrderResponse_extra(
        obj, {} if _KNOWN_DisputeMarketOrderResponse.issuperset(o) else _extra(o, _KNOWN_DisputeMarketOrderResponse)
    )
    return obj


def decode_ExecuteMarketOrderResponse(o: Any) -> Any:
    return _dispatch(
        o,
        ("execution", "statusCode"),
        {"200": decode_ExecuteMarketOrderNativeResponse, "202": decode_ExecuteMarketOrderHandoffResponse},
        "ExecuteMarketOrderResponse",
    )


DECODERS: dict[Any, Any] = {
    m.Health: decode_Health,
    m.ReadinessCheck: decode_ReadinessCheck,
    m.Readiness: decode_Readiness,
    m.BudgetCap: decode_BudgetCap,
    m.Policy: decode_Policy,
    m.AuditEvent: decode_AuditEvent,
    m.ExecutionRun: decode_ExecutionRun,
    m.RunRecord: decode_RunRecord,
    m.GraphNode: decode_GraphNode,
    m.GraphEdge: decode_GraphEdge,
    m.MachineGraph: decode_MachineGraph,
    m.ExternalHandoff: decode_ExternalHandoff,
    m.ExecutionRoute: decode_ExecutionRoute,
    m.ExecutionOutcome: decode_ExecutionOutcome,
    m.MarketPaymentRailRecommendation: decode_MarketPaymentRailRecommendation,
    m.MarketPricing: decode_MarketPricing,
    m.MarketQuote: decode_MarketQuote,
    m.NormalizedTask: decode_NormalizedTask,
    m.Task: decode_Task,
    m.MachineIdentityChallengeResponse: decode_MachineIdentityChallengeResponse,
    m.MachineIdentityProof: decode_MachineIdentityProof,
    m.Machine: decode_Machine,
    m.RegisteredMachine: decode_RegisteredMachine,
    m.MachineAgent: decode_MachineAgent,
    m.HeartbeatEndpointResult: decode_HeartbeatEndpointResult,
    m.MachineAgentHeartbeatResponse: decode_MachineAgentHeartbeatResponse,
    m.AgentPairingChallengeResponse: decode_AgentPairingChallengeResponse,
    m.DelegationPolicy: decode_DelegationPolicy,
    m.AgentPairingVerification: decode_AgentPairingVerification,
    m.AgentPairing: decode_AgentPairing,
    m.AgentPairingWithToken: decode_AgentPairingWithToken,
    m.RuntimeEndpoint: decode_RuntimeEndpoint,
    m.SkillSummary: decode_SkillSummary,
    m.SkillManifestInput: decode_SkillManifestInput,
    m.SkillManifestOutput: decode_SkillManifestOutput,
    m.SkillManifest: decode_SkillManifest,
    m.SkillConfigResponse: decode_SkillConfigResponse,
    m.FieldSpec: decode_FieldSpec,
    m.OperationContract: decode_OperationContract,
    m.MarketServiceConsumption: decode_MarketServiceConsumption,
    m.MarketServiceEndpoint: decode_MarketServiceEndpoint,
    m.MarketService: decode_MarketService,
    m.MarketSearch: decode_MarketSearch,
    m.MarketOrderBudget: decode_MarketOrderBudget,
    m.MarketOrder: decode_MarketOrder,
    m.NativeExecution: decode_NativeExecution,
    m.HandoffExecution: decode_HandoffExecution,
    m.ExecuteMarketOrderNativeResponse: decode_ExecuteMarketOrderNativeResponse,
    m.ExecuteMarketOrderHandoffResponse: decode_ExecuteMarketOrderHandoffResponse,
    m.PaymentProof: decode_PaymentProof,
    m.PaymentRailDetails: decode_PaymentRailDetails,
    m.MarketPayment: decode_MarketPayment,
    m.ConfirmMarketOrderResponse: decode_ConfirmMarketOrderResponse,
    m.OrderDispute: decode_OrderDispute,
    m.DisputeMarketOrderResponse: decode_DisputeMarketOrderResponse,
    m.ExecuteMarketOrderResponse: decode_ExecuteMarketOrderResponse,
}

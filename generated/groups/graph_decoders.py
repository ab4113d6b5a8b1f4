# generated from spec/openapi.yaml by codegen/ — do not edit
# mypy: disable-error-code="arg-type"
# (reading is lenient on purpose: an enum value the spec does not list yet arrives as a plain str)
"""Wire-dict -> model decoders, one per response model, registered as the converter's structure hooks.

Each checks JSON types inline (no call per field on the happy path), keeps unknown keys in
``extra``, accepts unknown enum values as plain strings, and raises ShapeError (never KeyError or
TypeError) on anything else.
"""

from typing import Any

from peaq_os_sdk._generated.groups import graph_models as m

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


DECODERS: dict[Any, Any] = {
    m.GraphNode: decode_GraphNode,
    m.GraphEdge: decode_GraphEdge,
    m.MachineGraph: decode_MachineGraph,
}

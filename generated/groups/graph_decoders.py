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

from peaq_os_sdk._generated.groups import graph_models as m

from peaq_os_sdk._decode_support import (
    ShapeError,
    _bad,
    _extra_of,
    _map_any,
    _not_object,
    _tuple_of,
)

_new = object.__new__

_KNOWN_GraphNode = frozenset(["id", "machineId", "label", "kind", "status", "data", "createdAt", "updatedAt"])
_LAST_GraphNode: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_GraphNode = m.GraphNode
_S_GraphNode = m._GraphNodeSlots


def decode_GraphNode(o: Any) -> "m.GraphNode":
    if type(o) is not dict:
        _not_object("GraphNode", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_GraphNode)
    try:
        obj.id = v if type(v := o["id"]) is str else _bad("GraphNode.id", "str", v)
        obj.machine_id = v if type(v := o["machineId"]) is str else _bad("GraphNode.machine_id", "str", v)
        obj.label = v if type(v := o["label"]) is str else _bad("GraphNode.label", "str", v)
        obj.kind = v if type(v := o.get("kind")) is str or v is None else _bad("GraphNode.kind", "str", v)
        obj.status = v if type(v := o["status"]) is str else _bad("GraphNode.status", "str", v)
        obj.data = v if type(v := o.get("data")) is dict else _map_any(v, "GraphNode.data")
        obj.created_at = v if type(v := o["createdAt"]) is str else _bad("GraphNode.created_at", "str", v)
        obj.updated_at = v if type(v := o["updatedAt"]) is str else _bad("GraphNode.updated_at", "str", v)
    except KeyError as e:
        raise ShapeError(f"GraphNode: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_GraphNode[0]:
        _LAST_GraphNode[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_GraphNode, _LAST_GraphNode)
    obj.__class__ = _C_GraphNode
    return obj


_KNOWN_GraphEdge = frozenset(
    ["id", "machineId", "sourceNodeId", "targetNodeId", "kind", "status", "data", "createdAt", "updatedAt"]
)
_LAST_GraphEdge: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_GraphEdge = m.GraphEdge
_S_GraphEdge = m._GraphEdgeSlots


def decode_GraphEdge(o: Any) -> "m.GraphEdge":
    if type(o) is not dict:
        _not_object("GraphEdge", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_GraphEdge)
    try:
        obj.id = v if type(v := o["id"]) is str else _bad("GraphEdge.id", "str", v)
        obj.machine_id = v if type(v := o["machineId"]) is str else _bad("GraphEdge.machine_id", "str", v)
        obj.source_node_id = v if type(v := o["sourceNodeId"]) is str else _bad("GraphEdge.source_node_id", "str", v)
        obj.target_node_id = v if type(v := o["targetNodeId"]) is str else _bad("GraphEdge.target_node_id", "str", v)
        obj.kind = v if type(v := o.get("kind")) is str or v is None else _bad("GraphEdge.kind", "str", v)
        obj.status = v if type(v := o["status"]) is str else _bad("GraphEdge.status", "str", v)
        obj.data = v if type(v := o.get("data")) is dict else _map_any(v, "GraphEdge.data")
        obj.created_at = v if type(v := o["createdAt"]) is str else _bad("GraphEdge.created_at", "str", v)
        obj.updated_at = v if type(v := o["updatedAt"]) is str else _bad("GraphEdge.updated_at", "str", v)
    except KeyError as e:
        raise ShapeError(f"GraphEdge: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_GraphEdge[0]:
        _LAST_GraphEdge[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_GraphEdge, _LAST_GraphEdge)
    obj.__class__ = _C_GraphEdge
    return obj


_KNOWN_MachineGraph = frozenset(["machineId", "nodes", "edges"])
_LAST_MachineGraph: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_MachineGraph = m.MachineGraph
_S_MachineGraph = m._MachineGraphSlots


def decode_MachineGraph(o: Any) -> "m.MachineGraph":
    if type(o) is not dict:
        _not_object("MachineGraph", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_MachineGraph)
    try:
        obj.machine_id = v if type(v := o["machineId"]) is str else _bad("MachineGraph.machine_id", "str", v)
        obj.nodes = _tuple_of(o["nodes"], decode_GraphNode, "MachineGraph.nodes")
        obj.edges = _tuple_of(o["edges"], decode_GraphEdge, "MachineGraph.edges")
    except KeyError as e:
        raise ShapeError(f"MachineGraph: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_MachineGraph[0]:
        _LAST_MachineGraph[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_MachineGraph, _LAST_MachineGraph)
    obj.__class__ = _C_MachineGraph
    return obj


DECODERS: dict[Any, Any] = {
    m.GraphNode: decode_GraphNode,
    m.GraphEdge: decode_GraphEdge,
    m.MachineGraph: decode_MachineGraph,
}

# generated from spec/openapi.yaml by codegen/ — do not edit
"""Typed models of the peaq OS Machine Markets (orchestration) API (0.2.0): the types only the ``graph`` operations use.

Frozen, slotted attrs classes with snake_case attributes. Each field keeps its camelCase wire
name in ``metadata["wire"]``; unknown response fields are kept in ``extra``; fields marked
secret never show in ``repr``.
"""

from collections.abc import Mapping
from typing import Any

import attrs
from peaq_os_sdk._generated.groups.common_models import (
    GraphStatus,
)

__all__ = [
    "GraphNode",
    "GraphEdge",
    "MachineGraph",
    "CreateGraphNodeRequest",
    "UpdateGraphNodeRequest",
    "CreateGraphEdgeRequest",
    "UpdateGraphEdgeRequest",
]


# ---- models ----------------------------------------------------------------------------------


class _GraphNodeSlots:
    """The storage of :class:`GraphNode`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``GraphNode`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = (
        "id",
        "machine_id",
        "label",
        "kind",
        "status",
        "data",
        "created_at",
        "updated_at",
        "extra",
        "__weakref__",
    )


@attrs.frozen
class GraphNode(_GraphNodeSlots):
    """A node of a machine's graph.

    Attributes:
        id: Server-assigned node id (wire ``id``).
        machine_id: The machine whose graph holds the node (wire ``machineId``).
        label: Human-readable name of the node (wire ``label``).
        kind: What the node stands for (free text, e.g. sensor, skill, actuator), or null (wire ``kind``).
        status: draft, active, blocked or degraded (wire ``status``).
        data: Free-form data, kept exactly as written; PATCH shallow-merges it (wire ``data``; keys kept
            exactly as written).
        created_at: When the node was created (ISO 8601) (wire ``createdAt``).
        updated_at: When the node last changed (ISO 8601) (wire ``updatedAt``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    id: str = attrs.field(metadata={"wire": "id"})
    machine_id: str = attrs.field(metadata={"wire": "machineId"})
    label: str = attrs.field(metadata={"wire": "label"})
    kind: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "kind"})
    status: GraphStatus = attrs.field(metadata={"wire": "status"})
    data: Mapping[str, Any] = attrs.field(
        default=attrs.Factory(dict), kw_only=True, metadata={"wire": "data", "opaque": True}
    )
    created_at: str = attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = attrs.field(metadata={"wire": "updatedAt"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


class _GraphEdgeSlots:
    """The storage of :class:`GraphEdge`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``GraphEdge`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = (
        "id",
        "machine_id",
        "source_node_id",
        "target_node_id",
        "kind",
        "status",
        "data",
        "created_at",
        "updated_at",
        "extra",
        "__weakref__",
    )


@attrs.frozen
class GraphEdge(_GraphEdgeSlots):
    """A directed edge between two nodes of the same machine's graph.

    Attributes:
        id: Server-assigned edge id (wire ``id``).
        machine_id: The machine whose graph holds the edge (wire ``machineId``).
        source_node_id: The node the edge starts at (wire ``sourceNodeId``).
        target_node_id: The node the edge ends at (wire ``targetNodeId``).
        kind: What the edge means (free text, e.g. depends-on, feeds), or null (wire ``kind``).
        status: draft, active, blocked or degraded (wire ``status``).
        data: Free-form data, kept exactly as written; PATCH shallow-merges it (wire ``data``; keys kept
            exactly as written).
        created_at: When the edge was created (ISO 8601) (wire ``createdAt``).
        updated_at: When the edge last changed (ISO 8601) (wire ``updatedAt``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    id: str = attrs.field(metadata={"wire": "id"})
    machine_id: str = attrs.field(metadata={"wire": "machineId"})
    source_node_id: str = attrs.field(metadata={"wire": "sourceNodeId"})
    target_node_id: str = attrs.field(metadata={"wire": "targetNodeId"})
    kind: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "kind"})
    status: GraphStatus = attrs.field(metadata={"wire": "status"})
    data: Mapping[str, Any] = attrs.field(
        default=attrs.Factory(dict), kw_only=True, metadata={"wire": "data", "opaque": True}
    )
    created_at: str = attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = attrs.field(metadata={"wire": "updatedAt"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


class _MachineGraphSlots:
    """The storage of :class:`MachineGraph`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``MachineGraph`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = ("machine_id", "nodes", "edges", "extra", "__weakref__")


@attrs.frozen
class MachineGraph(_MachineGraphSlots):
    """The whole graph of one machine.

    Attributes:
        machine_id: The machine the graph belongs to (wire ``machineId``).
        nodes: Every node, oldest first (wire ``nodes``).
        edges: Every edge, oldest first (wire ``edges``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    machine_id: str = attrs.field(metadata={"wire": "machineId"})
    nodes: tuple[GraphNode, ...] = attrs.field(metadata={"wire": "nodes"})
    edges: tuple[GraphEdge, ...] = attrs.field(metadata={"wire": "edges"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class CreateGraphNodeRequest:
    """A new node; only label is required.

    Attributes:
        label: Human-readable name of the node (wire ``label``; required).
        kind: What the node stands for (free text) (wire ``kind``).
        status: Initial status (draft when omitted) (wire ``status``).
        data: Free-form data, kept exactly as written (wire ``data``; keys kept exactly as written).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    label: str = attrs.field(metadata={"wire": "label", "rules": {"type": "str", "min_length": 1}, "required": True})
    kind: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "kind", "rules": {"type": "str"}})
    status: GraphStatus | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "status", "rules": {"enum": ("draft", "active", "blocked", "degraded")}},
    )
    data: Mapping[str, Any] | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "data", "opaque": True, "rules": {"type": "map"}}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class UpdateGraphNodeRequest:
    """A partial update: every field optional; data is shallow-merged into the stored data.

    Attributes:
        label: New name. Omitted: unchanged (wire ``label``).
        kind: New kind. Omitted: unchanged (wire ``kind``).
        status: New status. Omitted: unchanged (wire ``status``).
        data: Keys to set: each replaces the stored key of the same name, the other stored keys stay.
            Omitted: unchanged (wire ``data``; keys kept exactly as written).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    label: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "label", "rules": {"type": "str", "min_length": 1}}
    )
    kind: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "kind", "rules": {"type": "str"}})
    status: GraphStatus | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "status", "rules": {"enum": ("draft", "active", "blocked", "degraded")}},
    )
    data: Mapping[str, Any] | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "data", "opaque": True, "rules": {"type": "map"}}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen(kw_only=True)
class CreateGraphEdgeRequest:
    """A new edge between two nodes of the machine's graph.

    Attributes:
        source_node_id: The node the edge starts at (a node of this machine's graph) (wire
            ``sourceNodeId``; required).
        target_node_id: The node the edge ends at (a node of this machine's graph; may be the source)
            (wire ``targetNodeId``; required).
        kind: What the edge means (free text) (wire ``kind``).
        status: Initial status (draft when omitted) (wire ``status``).
        data: Free-form data, kept exactly as written (wire ``data``; keys kept exactly as written).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    source_node_id: str = attrs.field(
        metadata={"wire": "sourceNodeId", "rules": {"type": "str", "min_length": 1}, "required": True}
    )
    target_node_id: str = attrs.field(
        metadata={"wire": "targetNodeId", "rules": {"type": "str", "min_length": 1}, "required": True}
    )
    kind: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "kind", "rules": {"type": "str"}})
    status: GraphStatus | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "status", "rules": {"enum": ("draft", "active", "blocked", "degraded")}},
    )
    data: Mapping[str, Any] | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "data", "opaque": True, "rules": {"type": "map"}}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class UpdateGraphEdgeRequest:
    """A partial update of an edge (its ends never change); data is shallow-merged.

    Attributes:
        kind: New kind. Omitted: unchanged (wire ``kind``).
        status: New status. Omitted: unchanged (wire ``status``).
        data: Keys to set: each replaces the stored key of the same name, the other stored keys stay.
            Omitted: unchanged (wire ``data``; keys kept exactly as written).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    kind: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "kind", "rules": {"type": "str"}})
    status: GraphStatus | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "status", "rules": {"enum": ("draft", "active", "blocked", "degraded")}},
    )
    data: Mapping[str, Any] | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "data", "opaque": True, "rules": {"type": "map"}}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


# ---- unions ----------------------------------------------------------------------------------

WRAPPED: dict[type, str] = {}
"""Classes whose wire value is the value of their single field."""

DISCRIMINATED: dict[Any, tuple[tuple[str, ...], dict[str, type]]] = {}
"""Unions told apart by the value found at a path inside the body."""

CROSS_FIELD: dict[type, tuple[dict[str, Any], ...]] = {}
"""Rules a request model checks across its fields before sending (Python field names; see the spec header)."""

"""The machine graph: nodes and edges per machine (the rules are written in the spec header).

Every route is machine-bound and gated like the rest of the orchestration group (an active or degraded record whose
identity resolves as activated). A node or edge is reached only through its own machine; an edge's ends must be
nodes of that machine's graph and never change; PATCH shallow-merges ``data``; deleting a node deletes its edges.

A mixin of :class:`peaq_os_sdk.mock.simulator.Simulator`: one method per operationId.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from peaq_os_sdk.mock.base import Rules
from peaq_os_sdk.mock.errors import MockError
from peaq_os_sdk.mock.store import new_id, view

if TYPE_CHECKING:
    from peaq_os_sdk.mock.simulator import Call


class GraphRules(Rules):
    # ---- lookups ---------------------------------------------------------------------------------
    def _graph_machine(self, call: Call) -> dict[str, Any]:
        return self._operational(call.path["machineId"])

    def _graph_record(self, collection: Any, machine_id: str, record_id: str, what: str) -> dict[str, Any]:
        record: dict[str, Any] | None = collection.get(record_id)
        if record is None or record["machineId"] != machine_id:
            raise MockError("NOT_FOUND", f"graph {what} not found", {f"{what}Id": record_id})
        return record

    def _apply(self, record: dict[str, Any], body: dict[str, Any], fields: tuple[str, ...]) -> None:
        for key in fields:
            if key in body:
                record[key] = body[key]
        if "data" in body:
            record["data"] = {**(record.get("data") or {}), **body["data"]}  # shallow merge
        record["updatedAt"] = self.store.now_iso()

    # ---- routes ----------------------------------------------------------------------------------
    def getMachineGraph(self, call: Call) -> tuple[int, Any]:
        m = self._graph_machine(call)
        s = self.store
        nodes = [view(n) for n in s.graph_nodes.values() if n["machineId"] == m["id"]]
        edges = [view(e) for e in s.graph_edges.values() if e["machineId"] == m["id"]]
        return 200, {"item": {"machineId": m["id"], "nodes": nodes, "edges": edges}}

    def createGraphNode(self, call: Call) -> tuple[int, Any]:
        m = self._graph_machine(call)
        b = call.body
        now = self.store.now_iso()
        node = {
            "id": new_id("gnode"),
            "machineId": m["id"],
            "label": b["label"],
            "kind": b.get("kind"),
            "status": b.get("status", "draft"),
            "data": dict(b.get("data", {})),
            "createdAt": now,
            "updatedAt": now,
        }
        self.store.graph_nodes.add(node)
        return 201, {"item": view(node)}

    def updateGraphNode(self, call: Call) -> tuple[int, Any]:
        m = self._graph_machine(call)
        node = self._graph_record(self.store.graph_nodes, m["id"], call.path["nodeId"], "node")
        self._apply(node, call.body, ("label", "kind", "status"))
        return 200, {"item": view(node)}

    def deleteGraphNode(self, call: Call) -> tuple[int, Any]:
        m = self._graph_machine(call)
        node = self._graph_record(self.store.graph_nodes, m["id"], call.path["nodeId"], "node")
        for edge in self.store.graph_edges.values():
            if node["id"] in (edge["sourceNodeId"], edge["targetNodeId"]):
                self.store.graph_edges.remove(edge["id"])
        self.store.graph_nodes.remove(node["id"])
        return 204, None

    def createGraphEdge(self, call: Call) -> tuple[int, Any]:
        m = self._graph_machine(call)
        b = call.body
        for end in ("sourceNodeId", "targetNodeId"):
            node = self.store.graph_nodes.get(b[end])
            if node is None or node["machineId"] != m["id"]:
                raise MockError(
                    "VALIDATION_ERROR", f"{end} is not a node of this machine's graph", {"field": end, "id": b[end]}
                )
        now = self.store.now_iso()
        edge = {
            "id": new_id("gedge"),
            "machineId": m["id"],
            "sourceNodeId": b["sourceNodeId"],
            "targetNodeId": b["targetNodeId"],
            "kind": b.get("kind"),
            "status": b.get("status", "draft"),
            "data": dict(b.get("data", {})),
            "createdAt": now,
            "updatedAt": now,
        }
        self.store.graph_edges.add(edge)
        return 201, {"item": view(edge)}

    def updateGraphEdge(self, call: Call) -> tuple[int, Any]:
        m = self._graph_machine(call)
        edge = self._graph_record(self.store.graph_edges, m["id"], call.path["edgeId"], "edge")
        self._apply(edge, call.body, ("kind", "status"))
        return 200, {"item": view(edge)}

    def deleteGraphEdge(self, call: Call) -> tuple[int, Any]:
        m = self._graph_machine(call)
        edge = self._graph_record(self.store.graph_edges, m["id"], call.path["edgeId"], "edge")
        self.store.graph_edges.remove(edge["id"])
        return 204, None

"""Tasks: discover -> resolve -> execute on the market engine, emitting Route, Run and Outcome records.

A task holds the criteria of a market search and an operation input. Each step is the market's own rule, called
through its operation handler under the caller's pairing, so every check and code of that rule applies unchanged:
discover is a market search (``searchMarket``), resolve is an order create (``createMarketOrder``) for a discovered
quote, execute is an order execute (``executeMarketOrder``), which also records the run (observability). The task
keeps what each step produced; the order and the run carry the task's id and route id. The rules are written in
the spec header.

A mixin of :class:`peaq_os_sdk.mock.simulator.Simulator`: one method per operationId.
"""

from __future__ import annotations

import copy
import json
from typing import TYPE_CHECKING, Any

from peaq_os_sdk.mock.base import Rules
from peaq_os_sdk.mock.errors import MockError
from peaq_os_sdk.mock.store import new_id, view

if TYPE_CHECKING:
    from peaq_os_sdk.mock.simulator import Call

SEARCH_FIELDS = (
    "serviceType",
    "operation",
    "requiredCapabilities",
    "region",
    "maxResults",
    "allowExternalHandoff",
    "requireNativeExecution",
    "budget",
)
"""The create-request fields discovery hands to the market search unchanged."""

DISCOVERABLE = ("created", "discovered", "no_match")
EXECUTED = ("completed", "failed", "handoff")
ORDER_OPEN = ("created", "payment_pending", "ready")  # an order the task may still execute


def _plain(value: Any) -> Any:
    """A detached plain-JSON copy (of a stored record the task keeps a snapshot of)."""
    return json.loads(json.dumps(value))


class TaskRules(Rules):
    if TYPE_CHECKING:  # the market rules each step runs (catalogue.py, orders.py), for the type checker only

        def searchMarket(self, call: Call) -> tuple[int, Any]: ...
        def createMarketOrder(self, call: Call) -> tuple[int, Any]: ...
        def executeMarketOrder(self, call: Call) -> tuple[int, Any]: ...

    # ---- helpers ---------------------------------------------------------------------------------
    def _market_step(self, call: Call, op_id: str, body: Any, path: dict[str, str] | None = None) -> tuple[int, Any]:
        """Run the market rule ``op_id`` as part of ``call`` (same pairing and headers)."""
        handler = getattr(self, op_id)
        sub = type(call)(
            op=self.spec.by_id[op_id], path=path or {}, query={}, body=body, headers=call.headers, pairing=call.pairing
        )
        result: tuple[int, Any] = handler(sub)
        return result

    def _task_for(self, call: Call) -> dict[str, Any]:
        t: dict[str, Any] | None = self.store.tasks.get(call.path["taskId"])
        if t is None or (call.pairing is not None and t["agentPairingId"] != call.pairing["id"]):
            raise MockError("NOT_FOUND", "task not found", {"taskId": call.path["taskId"]})
        return t

    def _touch_task(self, t: dict[str, Any], **changes: Any) -> dict[str, Any]:
        t.update(changes)
        t["updatedAt"] = self.store.now_iso()
        return {"item": view(t)}

    # ---- routes ----------------------------------------------------------------------------------
    def createTask(self, call: Call) -> tuple[int, Any]:
        b = call.body
        p = call.pairing
        assert p is not None  # agent-pairing auth
        if b["agentPairingId"] != p["id"]:
            raise MockError("AGENT_PAIRING_REQUIRED", "agentPairingId must be the pairing the token belongs to")
        if b["machineId"] != p["machineId"]:
            raise MockError("AGENT_AUTH_INVALID", "pairing token is bound to another machine")
        if p["status"] != "active":
            raise MockError("AGENT_PAIRING_INACTIVE", f"pairing is {p['status']}")
        m = self._operational(b["machineId"])
        now = self.store.now_iso()
        task = {
            "id": new_id("task"),
            "machineId": m["id"],
            "agentPairingId": p["id"],
            "status": "created",
            "request": copy.deepcopy(b),
            "normalizedTask": None,
            "searchId": None,
            "quotes": [],
            "quoteId": None,
            "orderId": None,
            "route": None,
            "run": None,
            "outcome": None,
            "handoff": None,
            "createdAt": now,
            "updatedAt": now,
        }
        self.store.tasks.add(task)
        return 201, {"item": view(task)}

    def getTask(self, call: Call) -> tuple[int, Any]:
        return 200, {"item": view(self._task_for(call))}

    def listTasks(self, call: Call) -> tuple[int, Any]:
        q = call.query
        m = self._operational(q["machineId"])
        records = [t for t in self.store.tasks.values() if t["machineId"] == m["id"]]
        page: dict[str, Any] = self.store.tasks.page(records, q.get("limit"), q.get("cursor"))
        page["items"] = [view(t) for t in page["items"]]
        return 200, page

    def discoverTask(self, call: Call) -> tuple[int, Any]:
        t = self._task_for(call)
        if t["status"] not in DISCOVERABLE:
            raise MockError("TASK_CLOSED", f"task is {t['status']}; it was already resolved", {"status": t["status"]})
        criteria = {k: v for k, v in t["request"].items() if k in SEARCH_FIELDS}
        body = {**copy.deepcopy(criteria), "machineId": t["machineId"], "agentPairingId": t["agentPairingId"]}
        _, payload = self._market_step(call, "searchMarket", body)
        search = _plain(payload["item"])
        return 200, self._touch_task(
            t,
            status="discovered" if search["quotes"] else "no_match",
            searchId=search["id"],
            normalizedTask=search["normalizedTask"],
            quotes=search["quotes"],
        )

    def resolveTask(self, call: Call) -> tuple[int, Any]:
        t = self._task_for(call)
        if t["status"] not in DISCOVERABLE:
            raise MockError("TASK_CLOSED", f"task is {t['status']}; it was already resolved", {"status": t["status"]})
        if t["status"] != "discovered":
            raise MockError("TASK_NOT_READY", f"task is {t['status']}: discover quotes first", {"status": t["status"]})
        quote_id = (call.body or {}).get("quoteId")
        quote = next((q for q in t["quotes"] if q["id"] == quote_id), None) if quote_id else t["quotes"][0]
        if quote is None:
            raise MockError("NOT_FOUND", "quote is not one of the task's discovered quotes", {"quoteId": quote_id})
        order_body = {
            "machineId": t["machineId"],
            "agentPairingId": t["agentPairingId"],
            "serviceId": quote["serviceId"],
            "searchId": t["searchId"],
            "quoteId": quote["id"],
            "operation": quote["operation"],
            "input": copy.deepcopy(t["request"].get("input", {})),
        }
        _, payload = self._market_step(call, "createMarketOrder", order_body)
        order = self.store.orders.get(payload["item"]["id"])
        assert order is not None
        route = {
            "id": new_id("route"),
            "executionMode": quote["executionMode"],
            "integrationStatus": quote["integrationStatus"],
            "status": "selected",
            "serviceId": quote["serviceId"],
            "providerKey": quote["providerKey"],
            "handoff": quote.get("handoff"),
        }
        order["taskId"], order["routeId"] = t["id"], route["id"]
        return 200, self._touch_task(t, status="resolved", quoteId=quote["id"], orderId=order["id"], route=route)

    def executeTask(self, call: Call) -> tuple[int, Any]:
        t = self._task_for(call)
        if t["status"] in EXECUTED:
            raise MockError("TASK_CLOSED", f"task is {t['status']}; it was already executed", {"status": t["status"]})
        if t["status"] != "resolved":
            raise MockError("TASK_NOT_READY", f"task is {t['status']}: resolve it first", {"status": t["status"]})
        order = self.store.orders.get(t["orderId"])
        if order is None or order["status"] not in ORDER_OPEN:
            status = None if order is None else order["status"]
            raise MockError(
                "TASK_CLOSED", f"the task's order is {status}: it was executed or closed", {"orderStatus": status}
            )
        code, payload = self._market_step(call, "executeMarketOrder", call.body, {"orderId": order["id"]})
        route = dict(t["route"])
        order["taskId"], order["routeId"] = t["id"], route["id"]  # the order's execution belongs to this task
        execution = payload["execution"]
        if code == 202:
            route["status"] = "external"
            return 200, self._touch_task(t, status="handoff", route=route, handoff=execution["handoff"])
        run, outcome = execution["run"], execution["outcome"]
        stored_run = self.store.runs.get(run["id"])
        if stored_run is not None:
            stored_run.update(taskId=t["id"], routeId=route["id"])
        route["status"] = outcome["status"]
        status = "completed" if outcome["status"] == "completed" else "failed"
        return 200, self._touch_task(t, status=status, route=route, run=run, outcome=outcome)

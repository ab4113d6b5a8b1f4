"""Observability: audit events, execution runs, readiness.

Audit events are derived, not hand-placed: every write request (any operation other than GET) is run through
:meth:`ObservabilityRules.run_operation`, which takes from the store the records of audited collections that the
rule added, changed or removed (each collection logs what was written to it and compares only those records'
public fields with what they were before the request: see :class:`peaq_os_sdk.mock.store.Collection`) and records
one event per resource created, changed or removed (and one per pairing session issued). A collection is audited
by creating it with ``Collection(audit="<resourceType>")`` in :meth:`peaq_os_sdk.mock.store.Store.reset`.

A payload names the new status and the fields that changed, never their values, so no secret can reach it. Each
status change of an order is also an event of the order's own history (``GET /market/orders/{orderId}/events``),
derived the same way. Runs are recorded by the execute rule through :meth:`ObservabilityRules.record_run`.

A mixin of :class:`peaq_os_sdk.mock.simulator.Simulator`.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from peaq_os_sdk.mock.base import Rules
from peaq_os_sdk.mock.errors import MockError
from peaq_os_sdk.mock.store import new_id, view

if TYPE_CHECKING:
    from peaq_os_sdk.mock.simulator import Call

Key = tuple[str, str]


class ObservabilityRules(Rules):
    # ---- audit trail -------------------------------------------------------------------------------
    def run_operation(self, call: Call, handler: Callable[[Call], tuple[int, Any]]) -> tuple[int, Any]:
        """Run a rule; for a write, record one audit event per resource state change it made."""
        store = self.store
        store.take_changes()  # what changed outside a request (a test editing the store) is the baseline
        if call.op.method == "GET":
            try:
                return handler(call)
            finally:
                store.forget_reads()
        result = handler(call)
        self.audit_checkpoint(call)
        return result

    def audit_checkpoint(self, call: Call) -> None:
        """Record the state changes made so far in this write (a rule that passes through an intermediate status,
        such as executing, calls this before moving on, so that status is an event of its own)."""
        actor = self._actor(call)
        reason = call.body.get("reason") if isinstance(call.body, dict) else None
        # records created or changed, table by table in creation order; then the removed ones
        for c in sorted(self.store.take_changes(), key=lambda c: c.after is None):
            key, record = (c.resource_type, c.resource_id), c.record
            if c.before is None:
                self._audit(
                    actor, key, record, "created", {"status": record.get("status")} if "status" in record else {}
                )
                if key[0] == "agent_pairing" and record.get("sessionId"):
                    self._session_event(actor, record)
                if key[0] == "market_order":
                    self._order_event(record, None, reason)
            elif c.after is None:
                self._audit(actor, key, record, "deleted", {})
            else:
                self._changed(actor, key, c.before, c.after, record)
                if key[0] == "market_order" and c.before.get("status") != c.after.get("status"):
                    self._order_event(record, ast.literal_eval(c.before["status"]), reason)

    def _order_event(self, order: dict[str, Any], previous: str | None, reason: Any) -> None:
        """One event of the order's own history per status change: its new status and the one before (plus the
        reason the request gave, as the caller wrote it); no other value of the order, so never a secret."""
        status = dict.get(order, "status")
        payload: dict[str, Any] = {"status": status, "previousStatus": previous}
        if isinstance(reason, str) and reason:
            payload["reason"] = reason
        self.store.order_events.add(
            {
                "id": new_id("oev"),
                "orderId": dict.get(order, "id"),
                "type": status,
                "payload": payload,
                "createdAt": self.store.now_iso(),
            }
        )

    def _changed(
        self, actor: str, key: Key, old_view: dict[str, str], new_view: dict[str, str], record: dict[str, Any]
    ) -> None:
        changed = sorted(
            k for k in new_view.keys() | old_view.keys() if k != "updatedAt" and old_view.get(k) != new_view.get(k)
        )
        status = record.get("status")
        action = status if status is not None and old_view.get("status") != new_view.get("status") else "updated"
        if key[0] == "agent_pairing" and old_view.get("sessionId") != new_view.get("sessionId"):
            self._session_event(actor, record)
            changed = [c for c in changed if c not in _SESSION_FIELDS]
            if not changed and action == "updated":
                return
        self._audit(
            actor, key, record, action, {"status": status, "changed": changed} if status else {"changed": changed}
        )

    def _session_event(self, actor: str, pairing: dict[str, Any]) -> None:
        key = ("agent_pairing_session", pairing["sessionId"])
        self._audit(
            actor, key, pairing, "created", {"pairingId": pairing["id"], "expiresAt": pairing.get("sessionExpiresAt")}
        )

    def _audit(self, actor: str, key: Key, record: dict[str, Any], action: str, payload: dict[str, Any]) -> None:
        rtype, rid = key
        machine_id = record["id"] if rtype == "machine" else record.get("machineId")
        self.store.audit_events.add(
            {
                "id": new_id("aud"),
                "actor": actor,
                "type": f"{rtype}.{action}",
                "resourceType": rtype,
                "resourceId": rid,
                "machineId": machine_id,
                "createdAt": self.store.now_iso(),
                "payload": payload,
            }
        )

    @staticmethod
    def _actor(call: Call) -> str:
        if call.pairing is not None:
            return f"agent-pairing:{call.pairing['id']}"
        if call.op.operation_id == "machineAgentHeartbeat" and isinstance(call.body, dict):
            return f"machine-agent:{call.body.get('agentId')}"
        return "platform" if call.op.auth == "platform" else "anonymous"

    def listAuditEvents(self, call: Call) -> tuple[int, Any]:
        q = call.query
        records = [
            e
            for e in self.store.audit_events.values()
            if (q.get("machineId") is None or e["machineId"] == q["machineId"])
            and (q.get("resourceType") is None or e["resourceType"] == q["resourceType"])
        ]
        page: dict[str, Any] = self.store.audit_events.page(records, q.get("limit"), q.get("cursor"))
        return 200, page

    # ---- runs --------------------------------------------------------------------------------------
    def record_run(self, order: dict[str, Any], run: dict[str, Any]) -> None:
        """Store the run of an execution with the ids that tie it to its order."""
        self.store.runs.add(
            {
                **run,
                "machineId": order["machineId"],
                "orderId": order["id"],
                "taskId": order.get("taskId"),
                "routeId": order.get("routeId"),
                "createdAt": self.store.now_iso(),
            }
        )

    def listRuns(self, call: Call) -> tuple[int, Any]:
        q = call.query
        records = [
            r
            for r in self.store.runs.values()
            if all(q.get(f) is None or r[f] == q[f] for f in ("machineId", "orderId"))
        ]
        page: dict[str, Any] = self.store.runs.page(records, q.get("limit"), q.get("cursor"))
        page["items"] = [view(r) for r in page["items"]]
        return 200, page

    def getRun(self, call: Call) -> tuple[int, Any]:
        run = self.store.runs.get(call.path["runId"])
        if run is None:
            raise MockError("NOT_FOUND", "run not found", {"runId": call.path["runId"]})
        return 200, {"item": view(run)}

    # ---- health and readiness ------------------------------------------------------------------------
    def getHealth(self, call: Call) -> tuple[int, Any]:
        return 200, {"ok": True}

    # ---- readiness ---------------------------------------------------------------------------------
    def getReadiness(self, call: Call) -> tuple[int, Any]:
        faults = self.store.faults
        checks = [{"name": "store", "status": "pass"}]
        checks.append(
            {"name": "identity-registry", "status": "fail", "message": "peaqOS identity registry is unavailable"}
            if faults["mcrUnavailable"]
            else {"name": "identity-registry", "status": "pass"}
        )
        if faults["rpcError"]:
            checks.append({"name": "payment-rpc", "status": "fail", "message": "payment RPC call failed"})
        elif self.config.payment_rpc_url:
            checks.append({"name": "payment-rpc", "status": "pass"})
        else:
            checks.append({"name": "payment-rpc", "status": "pass", "message": "not configured: recorded proofs only"})
        ready = all(c["status"] == "pass" for c in checks)
        return 200, {"status": "ready" if ready else "not_ready", "checks": checks}


_SESSION_FIELDS = (
    "sessionId",
    "sessionTokenId",
    "sessionIssuedAt",
    "sessionExpiresAt",
    "tokenLastFour",
    "hasAuthToken",
)

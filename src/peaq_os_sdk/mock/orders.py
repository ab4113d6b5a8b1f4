"""Orders: the market order state machine — creation (quote, delegation and machine policies, spend limits),
execution (native run and outcome, or external handoff), cancellation before execution, retry of a failed
execution, confirmation and disputes. An order's event history is derived from its changes (observability).

Payments, the escrow and the x402 rail are in :mod:`peaq_os_sdk.mock.payments`.

A mixin of :class:`peaq_os_sdk.mock.simulator.Simulator`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from peaq_os_sdk.mock.base import Rules
from peaq_os_sdk.mock.errors import MockError
from peaq_os_sdk.mock.store import iso, new_id, parse_iso, view

if TYPE_CHECKING:
    from peaq_os_sdk.mock.simulator import Call

# order statuses after which pre-execution writes (intent, proof, escrow, execute) are refused
PAST_READY = ("executing", "delivered", "confirmed", "disputed", "cancelled", "failed", "handoff")
# statuses in which an order can still be cancelled (nothing has run)
BEFORE_EXECUTION = ("created", "payment_pending", "ready")
# statuses closed to every order write but refund and dispute (retry answers ORDER_CLOSED for these)
CLOSED = ("confirmed", "disputed", "cancelled", "handoff")


def _simulate_result(svc: dict[str, Any], order: dict[str, Any]) -> Any:
    """A deterministic provider answer: the catalogue's example output with the order input echoed."""
    template = (svc.get("metadata") or {}).get("simulatedResult")
    result = dict(template) if isinstance(template, dict) else {"ok": True}
    result["operation"] = order["operation"]
    result["input"] = order.get("input", {})
    return result


class OrderRules(Rules):
    # ---- orders ----------------------------------------------------------------------------------
    def _order_for(self, call: Call) -> dict[str, Any]:
        o = self.store.orders.get(call.path["orderId"])
        if o is None or (call.pairing is not None and o["agentPairingId"] != call.pairing["id"]):
            raise MockError("NOT_FOUND", "order not found")
        return o

    def listMarketOrders(self, call: Call) -> tuple[int, Any]:
        m = self._operational(call.query["machineId"])
        records = [o for o in self.store.orders.values() if o["machineId"] == m["id"]]
        return 200, self._page(self.store.orders, records, call.query)

    def createMarketOrder(self, call: Call) -> tuple[int, Any]:
        b = call.body
        p = call.pairing
        assert p is not None
        if b["agentPairingId"] != p["id"]:
            raise MockError("AGENT_PAIRING_REQUIRED", "agentPairingId must be the pairing the token belongs to")
        if b["machineId"] != p["machineId"]:
            raise MockError("AGENT_AUTH_INVALID", "pairing token is bound to another machine")
        if p["status"] != "active":
            raise MockError("AGENT_PAIRING_INACTIVE", f"pairing is {p['status']}")
        m = self._operational(b["machineId"])
        svc = self._service(b["serviceId"])
        quote = None
        if b.get("quoteId"):
            quote = self.store.quotes.get(b["quoteId"])
            if (
                quote is None
                or quote["serviceId"] != svc["id"]
                or (b.get("searchId") and quote["_searchId"] != b["searchId"])
            ):
                raise MockError("NOT_FOUND", "quote not found for this service")
            if parse_iso(quote["expiresAt"]) <= self.store.now():
                raise MockError("QUOTE_EXPIRED", "quote expired; search again")
        operation = b.get("operation") or (quote or {}).get("operation") or (svc.get("operations") or ["default"])[0]
        if svc.get("operations") and operation not in svc["operations"]:
            raise MockError("VALIDATION_ERROR", "operation is not offered by this service", {"field": "operation"})
        self.enforce_delegation_policy(p, svc)
        self.enforce_machine_policies(m, svc)
        pricing = (quote or svc).get("pricing") or {}
        price = float(pricing.get("amount") or 0.0)
        currency = pricing.get("currency")
        now = self.store.now()
        self.charge_spend_limits(p, price, now)
        stamp = iso(now)
        order = {
            "id": new_id("ord"),
            "machineId": b["machineId"],
            "agentPairingId": p["id"],
            "serviceId": svc["id"],
            "skillKey": svc["skillKey"],
            "providerKey": svc["providerKey"],
            "serviceType": svc["serviceType"],
            "operation": operation,
            "executionMode": svc["executionMode"],
            "integrationStatus": svc["integrationStatus"],
            "status": "created",
            "payment": svc["payment"],
            "createdAt": stamp,
            "updatedAt": stamp,
            "searchId": b.get("searchId"),
            "quoteId": b.get("quoteId"),
            "input": b.get("input", {}),
            "budget": {"amount": price, "currency": currency},
            "handoff": None,
            "errorMessage": None,
            "serviceSnapshot": view(svc),
            "taskId": None,
            "routeId": None,
            "runId": None,
            "outcomeId": None,
        }
        self.store.orders.add(order)
        return 201, {"item": view(order)}

    def getMarketOrder(self, call: Call) -> tuple[int, Any]:
        return 200, {"item": view(self._order_for(call))}

    # ---- execution -------------------------------------------------------------------------------
    def executeMarketOrder(self, call: Call) -> tuple[int, Any]:
        o = self._order_for(call)
        if o["status"] in PAST_READY:
            raise MockError("ORDER_CLOSED", f"order is {o['status']}")
        svc = self._service(o["serviceId"])
        pay = self.store.payments.get(o["id"])
        rail = o["payment"]
        if rail["required"] and (pay is None or pay["status"] != "held"):
            raise MockError("PAYMENT_REQUIRED", "payment must be held before execution")
        # the payment's own rail decides (an x402 service's order held in escrow is not replayed); without a
        # payment yet, the service's default rail does
        if (pay["rail"]["type"] if pay is not None else rail["defaultRail"]) == "x402":
            self._x402_execute(o, pay, call.body)
        if svc["executionMode"] == "external-handoff":
            o.update({"status": "handoff", "handoff": svc.get("handoff")})
            self._touch(o)
            return 202, {"order": view(o), "execution": {"statusCode": 202, "handoff": svc["handoff"]}}
        if svc["integrationStatus"] == "docs-only" or svc.get("kind") == "reference":
            raise MockError("EXECUTION_UNSUPPORTED", "this service cannot be executed natively")
        self._check_endpoint(o, svc)
        return 200, self._run_native(call, o, svc)

    def _check_endpoint(self, o: dict[str, Any], svc: dict[str, Any]) -> None:
        if (svc.get("metadata") or {}).get("requiresRuntimeEndpoint"):
            try:
                endpoint = self._find_endpoint(o["machineId"], svc["providerKey"])
            except MockError:
                endpoint = None
            view_ = self._endpoint_view(endpoint) if endpoint else None
            if view_ is None or view_["status"] == "unreachable":
                raise MockError(
                    "ENDPOINT_UNREACHABLE", f"no reachable {svc['providerKey']} runtime endpoint on the machine"
                )

    def _run_native(self, call: Call, o: dict[str, Any], svc: dict[str, Any]) -> dict[str, Any]:
        """One native run of the order (execute or retry): executing, then delivered, or failed while the
        simulator's providerFailure fault is on. Every check is done before: nothing here refuses."""
        o["status"] = "executing"
        self._touch(o)
        self.audit_checkpoint(call)  # executing is a state change of its own
        run_id, outcome_id = new_id("run"), new_id("out")
        failed = self.store.faults["providerFailure"]
        error = f"{svc['providerKey']} provider failed (simulated)" if failed else None
        status = "failed" if failed else "completed"
        o.update({"taskId": new_id("task"), "routeId": new_id("route"), "runId": run_id, "outcomeId": outcome_id})
        o.update({"status": "failed" if failed else "delivered", "errorMessage": error})
        self._touch(o)
        run = {
            "id": run_id,
            "status": status,
            "executionMode": "native",
            "skillKey": svc["skillKey"],
            "serviceId": svc["id"],
            "outcomeId": outcome_id,
        }
        outcome = {
            "id": outcome_id,
            "status": status,
            "skillKey": svc["skillKey"],
            "serviceId": svc["id"],
            "executionMode": "native",
            "result": None if failed else _simulate_result(svc, o),
            "errorMessage": error,
            "externalRef": None,
        }
        self.record_run(o, run)
        return {"order": view(o), "execution": {"statusCode": 200, "run": run, "outcome": outcome}}

    # ---- cancel and retry --------------------------------------------------------------------------
    def cancelMarketOrder(self, call: Call) -> tuple[int, Any]:
        o = self._order_for(call)
        if o["status"] not in BEFORE_EXECUTION:
            raise MockError("ORDER_CLOSED", f"order is {o['status']}; only an order not yet executing can be cancelled")
        pay = self.store.payments.get(o["id"])
        o["status"] = "cancelled"
        if pay is not None and pay["status"] in ("intent_created", "held"):
            pay["status"] = "refunded"
            self._touch(pay)
        self._touch(o)
        return 200, {"order": view(o), "payment": self._payment_view(pay)}

    def retryMarketOrder(self, call: Call) -> tuple[int, Any]:
        o = self._order_for(call)
        if o["status"] in CLOSED:
            raise MockError("ORDER_CLOSED", f"order is {o['status']}")
        if o["status"] != "failed":
            raise MockError("ORDER_NOT_FAILED", f"order is {o['status']}; only a failed order can be retried")
        svc = self._service(o["serviceId"])
        pay = self.store.payments.get(o["id"])
        if o["payment"]["required"] and (pay is None or pay["status"] != "held"):
            raise MockError("PAYMENT_REQUIRED", "the order's payment is no longer held")
        self._check_endpoint(o, svc)
        return 200, self._run_native(call, o, svc)

    def listMarketOrderEvents(self, call: Call) -> tuple[int, Any]:
        """The order's history: one event per status change, recorded from its changes (observability)."""
        order_id = self._order_for(call)["id"]
        records = [e for e in self.store.order_events.values() if e["orderId"] == order_id]
        return 200, self._page(self.store.order_events, records, call.query)

    # ---- after delivery --------------------------------------------------------------------------
    def confirmMarketOrder(self, call: Call) -> tuple[int, Any]:
        o = self._order_for(call)
        if o["status"] in ("confirmed", "disputed", "cancelled", "failed", "handoff"):
            raise MockError("ORDER_CLOSED", f"order is {o['status']}")
        if o["status"] != "delivered":
            raise MockError("ORDER_NOT_DELIVERED", f"order is {o['status']}, not delivered")
        o["status"] = "confirmed"
        pay = self.store.payments.get(o["id"])
        if pay is not None and pay["status"] == "held":
            pay["status"] = "release_pending"
            self._x402_settle(pay)
            self._touch(pay)
        self._touch(o)
        return 200, {"order": view(o), "payment": self._payment_view(pay)}

    def disputeMarketOrder(self, call: Call) -> tuple[int, Any]:
        o = self._order_for(call)
        pay = self.store.payments.get(o["id"])
        if o["status"] not in ("delivered", "confirmed", "handoff") or (
            pay is not None and pay["status"] in ("released", "refunded")
        ):
            raise MockError("ORDER_CLOSED", f"order is {o['status']}; it cannot be disputed")
        now = self.store.now_iso()
        dispute = {
            "id": new_id("disp"),
            "orderId": o["id"],
            "machineId": o["machineId"],
            "status": "open",
            "reason": call.body["reason"],
            "createdAt": now,
            "updatedAt": now,
            "evidence": call.body.get("evidence", {}),
        }
        self.store.disputes[o["id"]] = dispute
        o["status"] = "disputed"
        if pay is not None and pay["status"] != "not_required":
            pay["status"] = "frozen"
            self._touch(pay)
        self._touch(o)
        return 200, {"order": view(o), "payment": self._payment_view(pay), "dispute": dispute}

"""Policies: stored, versioned by ``updatedAt``, named by machines' ``policyIds`` and honoured by search and
order creation for those machines (the rules are written in the spec header as assumed).

A mixin of :class:`peaq_os_sdk.mock.simulator.Simulator`: one method per operationId plus the checks the
machine, search and order rules call.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from peaq_os_sdk.mock.base import Rules
from peaq_os_sdk.mock.errors import MockError
from peaq_os_sdk.mock.store import iso, new_id, parse_iso, view

if TYPE_CHECKING:
    from peaq_os_sdk.mock.simulator import Call

LIST_FIELDS = ("allowedSkillKeys", "deniedSkillKeys", "regionRules", "requiredCapabilities")


class PolicyRules(Rules):
    # ---- routes ----------------------------------------------------------------------------------
    def listPolicies(self, call: Call) -> tuple[int, Any]:
        return 200, {"items": [view(p) for p in self.store.policies.values()]}

    def createPolicy(self, call: Call) -> tuple[int, Any]:
        b = call.body
        now = self.store.now_iso()
        policy: dict[str, Any] = {
            "id": new_id("pol"),
            "name": b["name"],
            **{k: list(b.get(k, [])) for k in LIST_FIELDS},
            "nativeOnly": bool(b.get("nativeOnly", False)),
            "handoffAllowed": bool(b.get("handoffAllowed", True)),
            "budgetCap": dict(b["budgetCap"]) if b.get("budgetCap") else None,
            "createdAt": now,
            "updatedAt": now,
        }
        self.store.policies.add(policy)
        return 201, {"item": view(policy)}

    def _policy_record(self, policy_id: str) -> dict[str, Any]:
        p: dict[str, Any] | None = self.store.policies.get(policy_id)
        if p is None:
            raise MockError("NOT_FOUND", "policy not found", {"policyId": policy_id})
        return p

    def getPolicy(self, call: Call) -> tuple[int, Any]:
        return 200, {"item": view(self._policy_record(call.path["policyId"]))}

    def updatePolicy(self, call: Call) -> tuple[int, Any]:
        p = self._policy_record(call.path["policyId"])
        b = call.body
        for key in ("name", "nativeOnly", "handoffAllowed"):
            if key in b:
                p[key] = b[key]
        for key in LIST_FIELDS:
            if key in b:
                p[key] = list(b[key])
        if "budgetCap" in b:
            p["budgetCap"] = dict(b["budgetCap"])
        # updatedAt is the policy's version: it strictly increases, even within one clock millisecond
        now, previous = self.store.now(), parse_iso(p["updatedAt"])
        p["updatedAt"] = iso(now if now > previous else previous + timedelta(milliseconds=1))
        return 200, {"item": view(p)}

    # ---- rules other routes apply ----------------------------------------------------------------
    def check_policy_ids(self, policy_ids: list[str]) -> None:
        """A machine's ``policyIds`` must name stored policies (VALIDATION_ERROR naming the unknown ones)."""
        unknown = [pid for pid in policy_ids if self.store.policies.get(pid) is None]
        if unknown:
            raise MockError(
                "VALIDATION_ERROR",
                "policyIds names policies that do not exist",
                {"field": "policyIds", "unknown": unknown},
            )

    def policy_refusal(self, machine: dict[str, Any], svc: dict[str, Any]) -> dict[str, Any] | None:
        """Why the machine's policies refuse ``svc`` (details for AGENT_POLICY_DENIED), or None when they allow it.

        Every policy the machine names applies (they combine as a conjunction): a denied skill key, an allow-list
        without the skill key, nativeOnly or handoffAllowed=false against an external-handoff service, a budgetCap
        below the service's price (a price in another currency is refused: it cannot be shown to fit the cap) and
        requiredCapabilities the service lacks. regionRules are stored but not enforced (their grammar is unstated).
        """
        native = svc["executionMode"] == "native"
        pricing = svc.get("pricing") or {}
        price, currency = pricing.get("amount"), pricing.get("currency")
        for pid in machine.get("policyIds") or []:
            p = self.store.policies.get(pid)
            if p is None:  # a policy cannot be deleted; kept for safety
                continue
            rule = None
            if svc["skillKey"] in p["deniedSkillKeys"]:
                rule = "deniedSkillKeys"
            elif p["allowedSkillKeys"] and svc["skillKey"] not in p["allowedSkillKeys"]:
                rule = "allowedSkillKeys"
            elif p["nativeOnly"] and not native:
                rule = "nativeOnly"
            elif not p["handoffAllowed"] and not native:
                rule = "handoffAllowed"
            elif not set(p["requiredCapabilities"]) <= set(svc.get("capabilities") or []):
                rule = "requiredCapabilities"
            elif p["budgetCap"] and price:
                cap = p["budgetCap"]
                if (currency or "").upper() != cap["currency"].upper() or price > cap["amount"]:
                    rule = "budgetCap"
            if rule is not None:
                return {"policyId": p["id"], "rule": rule, "serviceId": svc["id"], "skillKey": svc["skillKey"]}
        return None

    def enforce_machine_policies(self, machine: dict[str, Any], svc: dict[str, Any]) -> None:
        refusal = self.policy_refusal(machine, svc)
        if refusal is not None:
            raise MockError("AGENT_POLICY_DENIED", "a policy of the machine refuses this service", refusal)

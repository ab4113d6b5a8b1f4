"""Catalogue and search: the seeded skills and market services, skill configuration, and market search with its
expiring quotes.

A mixin of :class:`peaq_os_sdk.mock.simulator.Simulator`.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from peaq_os_sdk._rules import is_sensitive_name
from peaq_os_sdk.mock.base import Rules
from peaq_os_sdk.mock.errors import MockError
from peaq_os_sdk.mock.store import new_id, view

if TYPE_CHECKING:
    from peaq_os_sdk.mock.simulator import Call

SERVICE_TYPE_ALIASES = {
    "storage": "storage.object",
    "compute": "compute.marketplace",
    "identity": "identity.proof-of-person",
    "location": "data.location",
    "rtk": "data.location",
    "gnss": "data.location",
    "defi": "oracle.price-feed",
    "commerce": "machine.commerce",
}


def redact(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            k: ("[REDACTED]" if is_sensitive_name(k) and isinstance(v, str) else redact(v)) for k, v in value.items()
        }
    if isinstance(value, list):
        return [redact(v) for v in value]
    return value


class CatalogueRules(Rules):
    # ---- catalogue -------------------------------------------------------------------------------
    def load_catalogue(self) -> None:
        if self.config.catalogue_path:
            data = json.loads(Path(self.config.catalogue_path).read_text(encoding="utf-8"))
        else:
            data = json.loads(resources.files("peaq_os_sdk.mock").joinpath("catalogue.json").read_text("utf-8"))
        s = self.store
        now = s.now_iso()
        for skill in data["skills"]:
            manifest = skill.pop("manifest", None)
            s.skills.add({"id": skill["key"], **skill})
            if manifest:
                s.manifests[skill["key"]] = manifest
        for svc in data["services"]:
            s.services.add({"updatedAt": now, **svc})

    # ---- skills ----------------------------------------------------------------------------------
    def _skill(self, key: str) -> dict[str, Any]:
        return self._find(self.store.skills, key, "skill", "skillKey")

    def listSkills(self, call: Call) -> tuple[int, Any]:
        q = call.query
        records = self._matching(self.store.skills, q, ("scope", "direction", "source"))
        page = self._page(self.store.skills, records, q)
        page["items"] = [{k: v for k, v in s.items() if k != "id"} for s in page["items"]]
        return 200, page

    def getSkill(self, call: Call) -> tuple[int, Any]:
        return 200, {"item": {k: v for k, v in view(self._skill(call.path["skillKey"])).items() if k != "id"}}

    def getSkillManifest(self, call: Call) -> tuple[int, Any]:
        s = self._skill(call.path["skillKey"])
        manifest = self.store.manifests.get(s["key"]) or {"summary": s["description"], "inputs": [], "outputs": []}
        return 200, {"item": {"key": s["key"], "providerKey": s["providerKey"], "label": s["label"], **manifest}}

    def updateSkillConfig(self, call: Call) -> tuple[int, Any]:
        s = self._skill(call.path["skillKey"])
        b = call.body
        cfg = self.store.skill_configs.setdefault(s["key"], {"enabled": False, "settings": {}, "_credentials": None})
        if "enabled" in b:
            cfg["enabled"] = b["enabled"]
        if "settings" in b:
            cfg["settings"] = {**cfg["settings"], **b["settings"]}
        if "credentials" in b:
            cfg["_credentials"] = dict(b["credentials"])
            s["authState"] = "configured" if b["credentials"] else "unconfigured"
        cfg["updatedAt"] = self.store.now_iso()
        return 200, {
            "item": {
                "skillKey": s["key"],
                "providerKey": s["providerKey"],
                "enabled": cfg["enabled"],
                "hasCredentials": bool(cfg["_credentials"]),
                "updatedAt": cfg["updatedAt"],
                "settings": cfg["settings"],
            }
        }

    # ---- services --------------------------------------------------------------------------------
    def _service(self, service_id: str) -> dict[str, Any]:
        return self._find(self.store.services, service_id, "market service", "serviceId")

    def listMarketServices(self, call: Call) -> tuple[int, Any]:
        q = call.query
        if q.get("machineId"):
            self._machine(q["machineId"])
        records = self._matching(self.store.services, q, ("serviceType", "executionMode", "providerKey"))
        return 200, self._page(self.store.services, records, q)

    def getMarketService(self, call: Call) -> tuple[int, Any]:
        if call.query.get("machineId"):
            self._machine(call.query["machineId"])
        return 200, {"item": view(self._service(call.path["serviceId"]))}

    # ---- search and quotes -----------------------------------------------------------------------
    def searchMarket(self, call: Call) -> tuple[int, Any]:
        b = call.body
        p = call.pairing
        machine_id = b.get("machineId") or (p["machineId"] if p else None)
        if not machine_id:
            raise MockError("VALIDATION_ERROR", "machineId is required", {"field": "machineId"})
        if p is not None:
            if machine_id != p["machineId"] or b.get("agentPairingId") not in (None, p["id"]):
                raise MockError("AGENT_AUTH_INVALID", "pairing token is bound to another machine or pairing")
            if p["status"] != "active":
                raise MockError("AGENT_PAIRING_INACTIVE", f"pairing is {p['status']}")
        m = self._operational(machine_id)
        raw_type = b.get("serviceType")
        if not raw_type:
            raise MockError(
                "VALIDATION_ERROR", "serviceType is required to normalise the task", {"field": "serviceType"}
            )
        service_type = SERVICE_TYPE_ALIASES.get(raw_type, raw_type)
        task = {
            "serviceType": service_type,
            "allowExternalHandoff": bool(b.get("allowExternalHandoff", True)),
            "requireNativeExecution": bool(b.get("requireNativeExecution", False)),
            "requiredCapabilities": list(b.get("requiredCapabilities", [])),
            "operation": b.get("operation"),
            "region": b.get("region"),
        }
        budget = b.get("budget") or {}
        cap = budget.get("max", budget.get("amount"))
        quotes = []
        for svc in self.store.services.values():
            if svc["serviceType"] != service_type:
                continue
            if task["operation"] and task["operation"] not in svc.get("operations", []):
                continue
            if not set(task["requiredCapabilities"]) <= set(svc.get("capabilities", [])):
                continue
            native = svc["executionMode"] == "native"
            if task["requireNativeExecution"] and not native:
                continue
            if not task["allowExternalHandoff"] and not native:
                continue
            if task["region"] and svc["region"] not in (task["region"], "global"):
                continue
            if self.policy_refusal(m, svc) is not None:
                continue
            price = (svc.get("pricing") or {}).get("amount")
            if cap is not None and price is not None and price > cap:
                continue
            score = (
                0.5 + (0.3 if native else 0.0) + (0.1 if task["region"] and svc["region"] == task["region"] else 0.0)
            )
            score += 0.1 if svc["integrationStatus"] == "native" else 0.0
            if price:
                score -= min(price / 100.0, 0.2)
            reasons = [f"serves {service_type}", "native execution" if native else "external handoff"]
            if price is None or price == 0:
                reasons.append("no charge")
            quote = {
                "id": new_id("quote"),
                "serviceId": svc["id"],
                "skillKey": svc["skillKey"],
                "providerKey": svc["providerKey"],
                "executionMode": svc["executionMode"],
                "integrationStatus": svc["integrationStatus"],
                "operation": task["operation"] or (svc.get("operations") or ["default"])[0],
                "score": round(score, 3),
                "reasons": reasons,
                "pricing": svc.get("pricing")
                or {"mode": "provider-defined", "amount": None, "currency": None, "rate": None, "notes": []},
                "payment": svc["payment"],
                "expiresAt": self.store.later_iso(self.config.quote_ttl_seconds),
                "handoff": svc.get("handoff"),
            }
            quotes.append(quote)
        quotes.sort(key=lambda q: (-q["score"], q["serviceId"]))
        quotes = quotes[: int(b.get("maxResults", 5))]  # JSON Schema integers include 88.0
        search = {
            "id": new_id("search"),
            "machineId": m["id"],
            "requestPayload": redact(b),
            "normalizedTask": task,
            "status": "completed" if quotes else "no_match",
            "quotes": quotes,
            "createdAt": self.store.now_iso(),
            "agentPairingId": p["id"] if p else b.get("agentPairingId"),
        }
        self.store.searches.add(search)
        for q in quotes:
            self.store.quotes[q["id"]] = {**q, "_searchId": search["id"]}
        return 201, {"item": search}

    def getMarketSearch(self, call: Call) -> tuple[int, Any]:
        s = self.store.searches.get(call.path["searchId"])
        if s is None:
            raise MockError("NOT_FOUND", "search not found")
        return 200, {"item": view(s)}

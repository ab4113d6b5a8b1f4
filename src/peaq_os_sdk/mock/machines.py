"""Machines and their agents: machine records, machine agents (one-time provisioning tokens, heartbeat leases) and
runtime endpoints.

The orchestration-group gate lives here (:meth:`MachineRules._operational`: an active record whose identity still
resolves as an activated peaqOS machine); every machine-scoped route of the other domains goes through it.

A mixin of :class:`peaq_os_sdk.mock.simulator.Simulator`.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from peaq_os_sdk.mock.base import Rules
from peaq_os_sdk.mock.errors import MockError
from peaq_os_sdk.mock.store import new_id, parse_iso, view

if TYPE_CHECKING:
    from peaq_os_sdk.mock.simulator import Call

OPERATIONAL = ("active", "degraded")
MAX_LEASE_SECONDS = 86_400  # the longest heartbeat lease granted (spec header: longer requests are capped)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _scope_of(host: str) -> str:
    if host == "localhost":
        return "loopback"
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return "public"
    if ip.is_loopback:
        return "loopback"
    return "lan" if ip.is_private else "public"


class MachineRules(Rules):
    # ---- shared machine checks -------------------------------------------------------------------
    def _machine(self, machine_id: str) -> dict[str, Any]:
        return self._find(self.store.machines, machine_id, "machine", "machineId")

    def _resolves(self, machine: dict[str, Any]) -> bool:
        """Identity still registered and the stored proof's signer still one of its controllers."""
        if not self.config.machine_identity_verification:
            return True
        identity = self._identity(machine.get("identityRef"))
        proof = machine.get("identityProof")
        if identity is None or proof is None:
            return False
        return proof["signerAddress"] in identity["controllerAddresses"]

    def _operational(self, machine_id: str) -> dict[str, Any]:
        """The orchestration-group gate: active record, identity resolving as activated."""
        m = self._machine(machine_id)
        if m["status"] not in OPERATIONAL:
            raise MockError("MACHINE_NOT_ACTIVE", f"machine is {m['status']}, not active")
        if self.config.machine_identity_verification:
            identity = self._identity(m.get("identityRef"))
            if not self._resolves(m) or identity is None or not identity["activated"]:
                raise MockError(
                    "MACHINE_NOT_ACTIVATED", "machine identity no longer resolves as an activated peaqOS machine"
                )
        return m

    # ---- machines --------------------------------------------------------------------------------
    def listMachines(self, call: Call) -> tuple[int, Any]:
        s = self.store
        visible = [m for m in s.machines.values() if m["status"] != "archived" and self._resolves(m)]
        return 200, self._page(s.machines, visible, call.query)

    def createMachine(self, call: Call) -> tuple[int, Any]:
        b = call.body
        did = None
        proof = None
        if b.get("identityRef"):
            did = self._write_ref(b["identityRef"])
        if self.config.machine_identity_verification:
            if not did or not b.get("identityProof"):
                raise MockError("MACHINE_IDENTITY_PROOF_REQUIRED", "identityRef and identityProof are required")
        if did:
            for m in self.store.machines.values():
                if m.get("identityRef") == did and m["status"] != "archived":
                    raise MockError(
                        "MACHINE_IDENTITY_EXISTS",
                        "identity already registered to another machine",
                        {"machineId": m["id"]},
                    )
        self.check_policy_ids(b.get("policyIds", []))  # before the proof, which is single use
        if did and b.get("identityProof"):
            proof = self._verify_identity_proof(did, b["identityProof"])
        now = self.store.now_iso()
        machine = {
            "id": new_id("mach"),
            "displayName": b["displayName"],
            "status": "draft",
            "ownerId": b["ownerId"],
            "machineType": b["machineType"],
            "runtimeProfile": b["runtimeProfile"],
            "capabilities": list(b.get("capabilities", [])),
            "labels": dict(b.get("labels", {})),
            "policyIds": list(b.get("policyIds", [])),
            "skillKeys": list(b.get("skillKeys", [])),
            "createdAt": now,
            "updatedAt": now,
            "identityRef": did,
            "identityProof": proof,
        }
        self.store.machines.add(machine)
        return 201, {"item": view(machine)}

    def getMachine(self, call: Call) -> tuple[int, Any]:
        m = self._machine(call.path["machineId"])
        if m["status"] != "archived" and m.get("identityRef") and not self._resolves(m):
            raise MockError("MACHINE_NOT_ACTIVATED", "machine identity no longer resolves through the peaqOS registry")
        return 200, {"item": view(m)}

    def updateMachine(self, call: Call) -> tuple[int, Any]:
        m = self._machine(call.path["machineId"])
        b = call.body
        if m["status"] == "archived":
            raise MockError("VALIDATION_ERROR", "an archived machine cannot be updated")
        self.check_policy_ids(b.get("policyIds", []))
        did = m.get("identityRef")
        if "identityRef" in b:
            new_did = self._write_ref(b["identityRef"])
            if did and new_did != did:
                raise MockError("MACHINE_IDENTITY_IMMUTABLE", "identityRef cannot change once set")
            did = new_did
        proof = None
        if b.get("identityProof"):
            if not did:
                raise MockError("VALIDATION_ERROR", "identityProof needs an identityRef")
            proof = self._verify_identity_proof(did, b["identityProof"])
        elif "identityRef" in b and not m.get("identityProof") and self.config.machine_identity_verification:
            raise MockError("MACHINE_IDENTITY_PROOF_REQUIRED", "setting identityRef needs an identityProof")
        if b.get("status") == "active" and self.config.machine_identity_verification:
            candidate = {**m, "identityRef": did, "identityProof": proof or m.get("identityProof")}
            identity = self._identity(did)
            if not self._resolves(candidate) or identity is None or not identity["activated"]:
                raise MockError(
                    "MACHINE_NOT_ACTIVATED", "machine identity is not verified as an activated peaqOS machine"
                )
        if b.get("status") == "archived":
            raise MockError("VALIDATION_ERROR", "archive a machine with DELETE")
        for key in ("displayName", "status", "ownerId", "machineType", "runtimeProfile"):
            if key in b:
                m[key] = b[key]
        for key in ("capabilities", "policyIds", "skillKeys"):
            if key in b:
                m[key] = list(b[key])
        if "labels" in b:
            m["labels"] = dict(b["labels"])
        m["identityRef"] = did
        if proof:
            m["identityProof"] = proof
        m["updatedAt"] = self.store.now_iso()
        return 200, {"item": view(m)}

    def archiveMachine(self, call: Call) -> tuple[int, Any]:
        m = self._machine(call.path["machineId"])
        m["status"] = "archived"
        m["updatedAt"] = self.store.now_iso()
        return 204, None

    # ---- machine agents --------------------------------------------------------------------------
    def listMachineAgents(self, call: Call) -> tuple[int, Any]:
        m = self._operational(call.path["machineId"])
        return 200, {"items": [view(a) for a in self.store.agents.values() if a["machineId"] == m["id"]]}

    def enrollMachineAgent(self, call: Call) -> tuple[int, Any]:
        m = self._operational(call.path["machineId"])
        token = "mat_" + secrets.token_urlsafe(32)
        now = self.store.now_iso()
        agent = {
            "id": new_id("agent"),
            "machineId": m["id"],
            "label": call.body.get("label") or "Machine agent",
            "status": "provisioned",
            "createdAt": now,
            "updatedAt": now,
            "allowedProviderKeys": [k.lower() for k in call.body.get("allowedProviderKeys", ["qvac"])],
            "lastSeenAt": None,
            "_tokenHash": _token_hash(token),
        }
        self.store.agents.add(agent)
        return 201, {"item": {**view(agent), "provisioningToken": token}}

    def revokeMachineAgent(self, call: Call) -> tuple[int, Any]:
        m = self._operational(call.path["machineId"])
        agent = self.store.agents.get(call.path["agentId"])
        if agent is None or agent["machineId"] != m["id"]:
            raise MockError("NOT_FOUND", "machine agent not found")
        agent["status"] = "revoked"
        agent["updatedAt"] = self.store.now_iso()
        return 204, None

    def machineAgentHeartbeat(self, call: Call) -> tuple[int, Any]:
        b = call.body
        token = b.get("agentToken") or call.headers.get("x-agent-pairing-token")
        bearer = call.headers.get("authorization", "")
        if not token and bearer.lower().startswith("bearer "):
            token = bearer[7:].strip()
        if not token:
            raise MockError("AGENT_AUTH_REQUIRED", "agentToken is required")
        agent = self.store.agents.get(b["agentId"])
        if agent is None:
            raise MockError("NOT_FOUND", "machine agent not found")
        if not hmac.compare_digest(agent["_tokenHash"], _token_hash(token)) or agent["machineId"] != b["machineId"]:
            raise MockError("AGENT_AUTH_INVALID", "agent token invalid or bound to another machine")
        if agent["status"] == "revoked":
            raise MockError("AGENT_PAIRING_INACTIVE", "machine agent is revoked")
        self._operational(agent["machineId"])
        for e in b["endpoints"]:
            if e["providerKey"].lower() not in agent["allowedProviderKeys"]:
                raise MockError(
                    "AGENT_POLICY_DENIED", "provider key not allowed for this agent", {"providerKey": e["providerKey"]}
                )
        # 60.0 is a valid integer too; a longer lease than MAX_LEASE_SECONDS is granted as that (the response says)
        lease = min(int(b.get("leaseTtlSeconds") or self.config.default_lease_seconds), MAX_LEASE_SECONDS)
        now = self.store.now_iso()
        expires = self.store.later_iso(lease)
        results = []
        for e in b["endpoints"]:
            record = self._upsert_endpoint(agent["machineId"], e["providerKey"], e, source="agent")
            record.update(
                {
                    "agentId": agent["id"],
                    "leaseExpiresAt": expires,
                    "lastCheckedAt": now,
                    "lastHealthyAt": now,
                    "status": "active",
                }
            )
            results.append(
                {
                    "providerKey": record["providerKey"],
                    "endpointBaseUrl": record["endpointBaseUrl"],
                    "status": record["status"],
                    "leaseExpiresAt": expires,
                    "healthError": None,
                }
            )
        agent["status"] = "active"
        agent["lastSeenAt"] = now
        agent["updatedAt"] = now
        return 200, {
            "item": {
                "machineId": agent["machineId"],
                "agentId": agent["id"],
                "leaseTtlSeconds": lease,
                "observedAt": now,
                "endpoints": results,
            }
        }

    # ---- runtime endpoints -----------------------------------------------------------------------
    def _upsert_endpoint(self, machine_id: str, provider_key: str, b: dict[str, Any], *, source: str) -> dict[str, Any]:
        key = provider_key.lower()
        url = b["endpointBaseUrl"]
        try:
            parts = urlsplit(url)
            host = parts.hostname
        except ValueError:
            host, parts = None, None
        if parts is None or parts.scheme not in ("http", "https") or not host:
            raise MockError(
                "VALIDATION_ERROR", "endpointBaseUrl must be an http(s) URL with a host", {"field": "endpointBaseUrl"}
            )
        base = f"{parts.scheme}://{parts.netloc}"
        now = self.store.now_iso()
        existing = next(
            (e for e in self.store.endpoints.values() if e["machineId"] == machine_id and e["providerKey"] == key), None
        )
        auth_type = b.get("authType") or ("bearer" if b.get("authToken") else (existing or {}).get("authType", "none"))
        record = existing or {
            "id": new_id("rte"),
            "machineId": machine_id,
            "providerKey": key,
            "createdAt": now,
            "agentId": None,
            "leaseExpiresAt": None,
            "lastCheckedAt": None,
            "lastHealthyAt": None,
            "_authToken": None,
        }
        record.update(
            {
                "source": source,
                "label": b.get("label") or (existing or {}).get("label") or f"{key.upper()} runtime",
                "endpointBaseUrl": base,
                "authType": auth_type,
                "networkScope": b.get("networkScope") or (existing or {}).get("networkScope") or _scope_of(host),
                "probePath": b.get("probePath")
                or (existing or {}).get("probePath")
                or ("/v1/models" if key == "qvac" else "/health"),
                "status": b.get("status") or "active",
                "modelAlias": b.get("modelAlias", (existing or {}).get("modelAlias")),
                "updatedAt": now,
            }
        )
        if b.get("authToken"):
            record["_authToken"] = b["authToken"]
        record["hasAuthToken"] = bool(record.get("_authToken"))
        if source == "manual":
            record["agentId"] = None
            record["leaseExpiresAt"] = b.get("leaseExpiresAt")
        if existing is None:
            self.store.endpoints.add(record)
        return record

    def _endpoint_view(self, e: dict[str, Any]) -> dict[str, Any]:
        out = view(e)
        if e.get("leaseExpiresAt") and parse_iso(e["leaseExpiresAt"]) <= self.store.now():
            out["status"] = "unreachable"  # the agent stopped renewing its lease
        return out

    def listRuntimeEndpoints(self, call: Call) -> tuple[int, Any]:
        m = self._operational(call.path["machineId"])
        records = [e for e in self.store.endpoints.values() if e["machineId"] == m["id"]]
        page = self.store.endpoints.page(records, call.query.get("limit"), call.query.get("cursor"))
        page["items"] = [self._endpoint_view(e) for e in page["items"]]
        return 200, page

    def _find_endpoint(self, machine_id: str, key: str) -> dict[str, Any]:
        for e in self.store.endpoints.values():
            if e["machineId"] == machine_id and e["providerKey"] == key.lower():
                return e
        raise MockError("NOT_FOUND", "runtime endpoint not found")

    def getRuntimeEndpoint(self, call: Call) -> tuple[int, Any]:
        m = self._operational(call.path["machineId"])
        return 200, {"item": self._endpoint_view(self._find_endpoint(m["id"], call.path["providerKey"]))}

    def upsertRuntimeEndpoint(self, call: Call) -> tuple[int, Any]:
        m = self._operational(call.path["machineId"])
        if "leaseExpiresAt" in call.body:
            try:
                if parse_iso(call.body["leaseExpiresAt"]).tzinfo is None:
                    raise ValueError("no time zone")
            except (ValueError, TypeError):
                raise MockError(
                    "VALIDATION_ERROR", "leaseExpiresAt must be an ISO 8601 date-time", {"field": "leaseExpiresAt"}
                ) from None
        before = len(self.store.endpoints)
        record = self._upsert_endpoint(m["id"], call.path["providerKey"], call.body, source="manual")
        return (201 if len(self.store.endpoints) > before else 200), {"item": self._endpoint_view(record)}

    def deleteRuntimeEndpoint(self, call: Call) -> tuple[int, Any]:
        m = self._operational(call.path["machineId"])
        self.store.endpoints.remove(self._find_endpoint(m["id"], call.path["providerKey"])["id"])
        return 204, None

"""Business rules of the simulated orchestrator, one method per operationId.

Facts followed: identity challenges and EIP-191 proofs against a simulated peaqOS identity
registry (MCR); challenge-based agent pairing with HS256 session JWTs carrying the documented
claims; delegation policies (allow/deny lists, per-transaction and daily limits); a seeded
catalogue; market search with expiring quotes; the order and payment state machines; machine
agents with one-time provisioning tokens and heartbeat leases. Every method runs under the
store's lock and returns ``(status, body)`` or raises :class:`MockError`.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import json
import re
import secrets
from datetime import timedelta
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import attrs

from peaq_os_sdk._rules import is_sensitive_name
from peaq_os_sdk.mock.config import MockConfig
from peaq_os_sdk.mock.errors import MockError
from peaq_os_sdk.mock.graph import GraphRules
from peaq_os_sdk.mock.observability import ObservabilityRules
from peaq_os_sdk.mock.policies import PolicyRules
from peaq_os_sdk.mock.spec import Spec, SpecOperation
from peaq_os_sdk.mock.store import Store, iso, new_id, parse_iso
from peaq_os_sdk.mock.tasks import TaskRules

_DECIMAL = re.compile(r"^(0|[1-9][0-9]*)$")
_ADDRESS = re.compile(r"^0x[0-9a-fA-F]{40}$")
ADDRESS_PREFIX = "did:peaq:0x"
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
OPERATIONAL = ("active", "degraded")
MAX_LEASE_SECONDS = 86_400  # the longest heartbeat lease granted (spec header: longer requests are capped)
# order statuses after which pre-execution writes (intent, proof, escrow, execute) are refused
PAST_READY = ("executing", "delivered", "confirmed", "disputed", "cancelled", "failed", "handoff")


@attrs.define
class Call:
    op: SpecOperation
    path: dict[str, str]
    query: dict[str, Any]
    body: Any
    headers: dict[str, str]
    pairing: dict[str, Any] | None = None


def view(record: dict[str, Any]) -> dict[str, Any]:
    """The public view of a stored record: private ``_`` keys dropped."""
    return {k: v for k, v in record.items() if not k.startswith("_")}


def redact(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            k: ("[REDACTED]" if is_sensitive_name(k) and isinstance(v, str) else redact(v)) for k, v in value.items()
        }
    if isinstance(value, list):
        return [redact(v) for v in value]
    return value


def canonical_identity(ref: str) -> tuple[str, str]:
    """``did:peaq:<decimal>`` or ``peaqos:machine:<decimal>`` -> (canonical DID, decimal).

    The address form ``did:peaq:0x<address>`` needs the registry: see :meth:`Simulator.canonical`.
    """
    for prefix in ("did:peaq:", "peaqos:machine:"):
        if ref.startswith(prefix):
            num = ref[len(prefix) :]
            if _DECIMAL.match(num):
                return f"did:peaq:{num}", num
    raise MockError(
        "VALIDATION_ERROR",
        "identityRef must be did:peaq:0x<address>, did:peaq:<decimal> or peaqos:machine:<decimal>",
        {"field": "identityRef"},
    )


def policy_hash(policy: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(policy, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _recover(message: str, signature: str) -> str | None:
    from eth_account import Account
    from eth_account.messages import encode_defunct

    try:
        return str(Account.recover_message(encode_defunct(text=message), signature=signature))
    except Exception:  # malformed signatures of every kind are just "invalid"
        return None


def _checksum(address: str) -> str:
    from eth_utils import to_checksum_address  # type: ignore[attr-defined]

    return str(to_checksum_address(address))


class Simulator(PolicyRules, ObservabilityRules, GraphRules, TaskRules):
    def __init__(self, config: MockConfig, store: Store, spec: Spec) -> None:
        self.config = config
        self.store = store
        self.spec = spec
        self.load_catalogue()

    # ---- admin ---------------------------------------------------------------------------------
    def reset(self) -> None:
        self.store.reset()
        self.load_catalogue()

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

    def register_identity(self, body: dict[str, Any]) -> dict[str, Any]:
        ref = body.get("identityRef") or f"did:peaq:{body.get('tokenId', '')}"
        did, num = canonical_identity(str(ref))
        machine_address = body.get("machineAddress")
        if machine_address is not None and (
            not isinstance(machine_address, str) or not _ADDRESS.match(machine_address)
        ):
            raise MockError("VALIDATION_ERROR", "machineAddress must be a 0x address")
        controllers = body.get("controllerAddresses")
        if (
            not isinstance(controllers, list)
            or not controllers
            or not all(isinstance(a, str) and _ADDRESS.match(a) for a in controllers)
        ):
            raise MockError("VALIDATION_ERROR", "controllerAddresses must be a non-empty list of 0x addresses")
        identity = {
            "identityRef": did,
            "tokenId": num,
            "controllerAddresses": [_checksum(a) for a in controllers],
            "activated": bool(body.get("activated", True)),
            "bonded": bool(body.get("bonded", True)),
            # the address of the did:peaq:0x<address> form of this identity (resolved case-insensitively)
            "machineAddress": _checksum(machine_address) if machine_address else None,
        }
        self.store.identities[num] = identity
        return identity

    def canonical(self, ref: str, *, unknown: str = "NOT_FOUND") -> tuple[str, str]:
        """Any documented identity form -> (canonical ``did:peaq:<decimal>``, decimal).

        The address form is resolved through the registry by the identity's machineAddress; an address the
        registry does not know answers ``unknown`` (a code), and a registry outage PEAQOS_IDENTITY_UNAVAILABLE.
        """
        if not ref.startswith(ADDRESS_PREFIX):
            return canonical_identity(ref)
        address = ref[len("did:peaq:") :]
        if not _ADDRESS.match(address):
            canonical_identity(ref)  # raises the VALIDATION_ERROR naming the forms
        if self.store.faults["mcrUnavailable"]:
            raise MockError("PEAQOS_IDENTITY_UNAVAILABLE", "peaqOS identity registry is unavailable")
        for num, identity in self.store.identities.items():
            if (identity.get("machineAddress") or "").lower() == address.lower():
                return f"did:peaq:{num}", num
        raise MockError(unknown, "identity is not registered in the peaqOS registry", {"field": "identityRef"})

    def _write_ref(self, ref: str) -> str:
        """identityRef on a machine write: unknown addresses are a proof failure (verification on) or invalid."""
        code = "MACHINE_IDENTITY_PROOF_INVALID" if self.config.machine_identity_verification else "VALIDATION_ERROR"
        return self.canonical(ref, unknown=code)[0]

    def update_identity(self, ref: str, body: dict[str, Any]) -> dict[str, Any]:
        _, num = self.canonical(ref if ":" in ref else f"did:peaq:{ref}")
        identity = self.store.identities.get(num)
        if identity is None:
            raise MockError("NOT_FOUND", "identity not registered")
        if "controllerAddresses" in body:
            identity["controllerAddresses"] = [_checksum(a) for a in body["controllerAddresses"]]
        for flag in ("activated", "bonded"):
            if flag in body:
                identity[flag] = bool(body[flag])
        if body.get("remove"):
            del self.store.identities[num]
        return identity

    def register_transaction(self, body: dict[str, Any]) -> dict[str, Any]:
        tx = body.get("transactionHash")
        if not isinstance(tx, str) or not tx:
            raise MockError("VALIDATION_ERROR", "transactionHash is required")
        record = {
            "transactionHash": tx,
            "status": body.get("status", "success"),
            "token": body.get("token"),
            "from": body.get("from"),
            "to": body.get("to"),
            "rawAmount": body.get("rawAmount"),
        }
        self.store.transactions[tx.lower()] = record
        return record

    # ---- auth ----------------------------------------------------------------------------------
    def authenticate(self, call: Call) -> None:
        auth = call.op.auth
        token = call.headers.get("x-agent-pairing-token")
        if auth == "agent-pairing":
            if call.op.operation_id == "searchMarket" and not self.config.require_agent_pairing_auth and not token:
                return
            if not token:
                raise MockError("AGENT_AUTH_REQUIRED", "x-agent-pairing-token is required")
            call.pairing = self.pairing_from_token(token)
            return
        if auth != "platform":
            return
        security = call.op.raw.get("security", [])
        if token and any("agentPairingToken" in s for s in security):
            # routes that also take a pairing token give the owner-scoped view; a bad token is refused
            call.pairing = self.pairing_from_token(token)
        if not self.config.require_api_auth:
            return
        key = call.headers.get("x-api-key")
        if key:
            if not any(hmac.compare_digest(key, k) for k in self.config.api_keys):
                raise MockError("AUTH_INVALID", "API key not accepted")
            return
        if call.pairing is not None:
            return
        raise MockError("AUTH_REQUIRED", "x-api-key is required")

    def pairing_from_token(self, token: str) -> dict[str, Any]:
        import jwt

        try:
            claims = jwt.decode(
                token,
                self.config.jwt_secret,
                algorithms=["HS256"],
                # exp is checked below against the mock clock; PyJWT would check iat/nbf against the
                # wall clock and refuse every token issued after advance_clock().
                options={
                    "verify_exp": False,
                    "verify_iat": False,
                    "verify_nbf": False,
                    "require": ["exp", "pairingId", "jti"],
                },
            )
        except jwt.PyJWTError:
            raise MockError("AGENT_AUTH_INVALID", "pairing token is not valid") from None
        if claims["exp"] <= self.store.now().timestamp():
            raise MockError("AGENT_AUTH_EXPIRED", "pairing token has expired; rotate the session")
        pairing = self.store.pairings.get(str(claims["pairingId"]))
        if pairing is None or pairing["status"] == "revoked":
            raise MockError("AGENT_AUTH_INVALID", "pairing token is revoked or unknown")
        if claims["jti"] != pairing.get("sessionTokenId"):
            raise MockError("AGENT_AUTH_INVALID", "pairing token was replaced by a newer session")
        if claims.get("delegationPolicyHash") != pairing["_policyHash"]:
            raise MockError("AGENT_AUTH_INVALID", "delegation policy changed; rotate the session")
        if claims.get("machineId") != pairing["machineId"]:
            raise MockError("AGENT_AUTH_INVALID", "pairing token is bound to another machine")
        return pairing

    # ---- shared checks -------------------------------------------------------------------------
    def _identity(self, did: str | None) -> dict[str, Any] | None:
        if not did:
            return None
        if self.store.faults["mcrUnavailable"]:
            raise MockError("PEAQOS_IDENTITY_UNAVAILABLE", "peaqOS identity registry is unavailable")
        return self.store.identities.get(canonical_identity(did)[1])

    @staticmethod
    def _find(collection: Any, record_id: str, what: str, key: str) -> dict[str, Any]:
        record: dict[str, Any] | None = collection.get(record_id)
        if record is None:
            raise MockError("NOT_FOUND", f"{what} not found", {key: record_id})
        return record

    @staticmethod
    def _matching(collection: Any, query: dict[str, Any], fields: tuple[str, ...]) -> list[dict[str, Any]]:
        """Records whose ``fields`` equal the query's value wherever the query gives one."""
        return [r for r in collection.values() if all(query.get(f) is None or r.get(f) == query[f] for f in fields)]

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

    def _verify_identity_proof(self, did: str, proof: dict[str, Any]) -> dict[str, Any]:
        challenge = self.store.identity_challenges.get(proof["challengeId"])
        if challenge is None or challenge["identityRef"] != did:
            raise MockError("MACHINE_IDENTITY_PROOF_INVALID", "challenge unknown or issued for another identity")
        if parse_iso(challenge["expiresAt"]) <= self.store.now():
            raise MockError("MACHINE_IDENTITY_PROOF_EXPIRED", "identity challenge expired; request a new one")
        identity = self._identity(did)
        if identity is None:
            raise MockError("MACHINE_IDENTITY_PROOF_INVALID", "identity is not registered in the peaqOS registry")
        signer = _recover(challenge["message"], proof["signature"])
        if signer is None or signer not in identity["controllerAddresses"]:
            raise MockError(
                "MACHINE_IDENTITY_PROOF_INVALID", "signature does not recover to a controller of the identity"
            )
        del self.store.identity_challenges[proof["challengeId"]]  # single use
        return {
            "method": "eip191",
            "identityRef": did,
            "signerAddress": signer,
            "challengeId": challenge["challengeId"],
            "verifiedAt": self.store.now_iso(),
            "challengeExpiresAt": challenge["expiresAt"],
            "controllerAddresses": list(identity["controllerAddresses"]),
            "resolutionSource": "peaqos-mcr",
        }

    def _page(self, collection: Any, records: list[dict[str, Any]], query: dict[str, Any]) -> dict[str, Any]:
        page: dict[str, Any] = collection.page(records, query.get("limit"), query.get("cursor"))
        page["items"] = [view(r) for r in page["items"]]
        return page

    # ---- health --------------------------------------------------------------------------------
    def getHealth(self, call: Call) -> tuple[int, Any]:
        return 200, {"ok": True}

    # ---- identity and machines -----------------------------------------------------------------
    def createMachineIdentityChallenge(self, call: Call) -> tuple[int, Any]:
        did, _ = self.canonical(call.body["identityRef"])
        identity = self._identity(did)
        if identity is None:
            raise MockError("NOT_FOUND", "identity is not registered in the peaqOS registry", {"identityRef": did})
        challenge_id = new_id("mic")
        expires = self.store.later_iso(self.config.challenge_ttl_seconds)
        nonce = secrets.token_hex(16)
        message = (
            f"peaq OS machine identity verification\nIdentity: {did}\nChallenge: {challenge_id}\n"
            f"Nonce: {nonce}\nExpires: {expires}"
        )
        challenge = {
            "challengeId": challenge_id,
            "identityRef": did,
            "message": message,
            "expiresAt": expires,
            "verificationMethod": "eip191",
            "controllerAddresses": list(identity["controllerAddresses"]),
        }
        self.store.identity_challenges[challenge_id] = challenge
        return 201, {"item": challenge}

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

    # ---- machine agents ------------------------------------------------------------------------
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

    # ---- runtime endpoints ---------------------------------------------------------------------
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

    # ---- agent pairings ------------------------------------------------------------------------
    def _pairing(self, machine_id: str, pairing_id: str) -> dict[str, Any]:
        p = self.store.pairings.get(pairing_id)
        if p is None or p["machineId"] != machine_id:
            raise MockError("NOT_FOUND", "agent pairing not found")
        return p

    def _pairing_view(self, p: dict[str, Any]) -> dict[str, Any]:
        return view(p)

    def listAgentPairings(self, call: Call) -> tuple[int, Any]:
        m = self._machine(call.path["machineId"])
        records = [p for p in self.store.pairings.values() if p["machineId"] == m["id"]]
        return 200, self._page(self.store.pairings, records, call.query)

    def createAgentPairingChallenge(self, call: Call) -> tuple[int, Any]:
        m = self._operational(call.path["machineId"])
        b = call.body
        address = _checksum(b["agentAddress"])
        did = self._agent_did(address, b.get("agentDid"))
        challenge_id = new_id("apc")
        expires = self.store.later_iso(self.config.challenge_ttl_seconds)
        message = (
            f"peaq OS agent pairing\nMachine: {m['id']}\nMachine identity: {m.get('identityRef')}\n"
            f"Agent: {address}\nAgent DID: {did}\nProvider: {b['agentProvider']}\nRole: {b['agentRole']}\n"
            f"Challenge: {challenge_id}\nNonce: {secrets.token_hex(16)}\nExpires: {expires}"
        )
        challenge = {
            "challengeId": challenge_id,
            "machineId": m["id"],
            "machineIdentityRef": m.get("identityRef"),
            "agentAddress": address,
            "agentDid": did,
            "agentProvider": b["agentProvider"],
            "agentRole": b["agentRole"],
            "message": message,
            "expiresAt": expires,
            "verificationMethod": "eip191",
        }
        self.store.pairing_challenges[challenge_id] = challenge
        return 201, {"item": challenge}

    def _agent_did(self, address: str, did: str | None) -> str:
        if not did:
            return f"did:pkh:eip155:1:{address}"
        parts = did.split(":")
        if len(parts) != 5 or parts[:3] != ["did", "pkh", "eip155"] or parts[4].lower() != address.lower():
            raise MockError(
                "VALIDATION_ERROR", "agentDid must be did:pkh:eip155:<chainId>:<agentAddress>", {"field": "agentDid"}
            )
        return f"did:pkh:eip155:{parts[3]}:{address}"

    def _verify_agent_proof(
        self, proof: dict[str, Any] | None, *, machine_id: str, address: str, provider: str, role: str, did: str | None
    ) -> dict[str, Any]:
        if not proof:
            raise MockError("AGENT_PAIRING_PROOF_REQUIRED", "agentProof is required")
        c = self.store.pairing_challenges.get(proof["challengeId"])
        if c is None:
            raise MockError("AGENT_PAIRING_PROOF_INVALID", "pairing challenge unknown")
        if parse_iso(c["expiresAt"]) <= self.store.now():
            raise MockError("AGENT_PAIRING_PROOF_EXPIRED", "pairing challenge expired; request a new one")
        bound = (c["machineId"], c["agentAddress"].lower(), c["agentProvider"], c["agentRole"])
        if bound != (machine_id, address.lower(), provider, role) or (did and c["agentDid"] != did):
            raise MockError("AGENT_PAIRING_PROOF_INVALID", "challenge was issued for another agent binding")
        signer = _recover(c["message"], proof["signature"])
        if signer is None or signer.lower() != address.lower():
            raise MockError("AGENT_PAIRING_PROOF_INVALID", "signature does not recover to agentAddress")
        del self.store.pairing_challenges[proof["challengeId"]]
        return c

    def _issue_session(self, p: dict[str, Any]) -> str:
        import jwt

        now = self.store.now()
        # whole seconds: the JWT's exp is a whole second, and sessionExpiresAt must name the same instant
        expires = (now + timedelta(seconds=self.config.session_ttl_seconds)).replace(microsecond=0)
        session_id, jti = new_id("sess"), new_id("jti")
        claims = {
            "machineId": p["machineId"],
            "pairingId": p["id"],
            "sessionId": session_id,
            "agentAddress": p["agentAddress"],
            "agentDid": p["agentDid"],
            "delegationPolicyHash": p["_policyHash"],
            "iat": int(now.timestamp()),
            "exp": int(expires.timestamp()),
            "jti": jti,
            "iss": "peaqos-mock",
        }
        token = str(jwt.encode(claims, self.config.jwt_secret, algorithm="HS256"))
        p.update(
            {
                "sessionId": session_id,
                "sessionTokenId": jti,
                "sessionIssuedAt": iso(now),
                "sessionExpiresAt": iso(expires),
                "hasAuthToken": True,
                "tokenLastFour": token[-4:],
                "updatedAt": iso(now),
            }
        )
        return token

    @staticmethod
    def _policy(raw: dict[str, Any] | None) -> dict[str, Any]:
        raw = raw or {}
        return {
            "allowedSkillKeys": list(raw.get("allowedSkillKeys", [])),
            "deniedSkillKeys": list(raw.get("deniedSkillKeys", [])),
            "allowedServiceIds": list(raw.get("allowedServiceIds", [])),
            "deniedServiceIds": list(raw.get("deniedServiceIds", [])),
            "perTransactionLimit": raw.get("perTransactionLimit"),
            "dailySpendLimit": raw.get("dailySpendLimit"),
            "currency": raw.get("currency"),
        }

    def createAgentPairing(self, call: Call) -> tuple[int, Any]:
        m = self._machine(call.path["machineId"])
        # checked before the group gate, which would otherwise answer MACHINE_NOT_ACTIVATED for a
        # record that never had a proof (registered while verification was off)
        if m["status"] in OPERATIONAL and self.config.machine_identity_verification and not m.get("identityProof"):
            raise MockError("MACHINE_IDENTITY_PROOF_REQUIRED", "the machine has no verified identity proof")
        m = self._operational(m["id"])
        b = call.body
        identity = self._identity(m.get("identityRef")) if self.config.machine_identity_verification else None
        if self.config.machine_identity_verification and (identity is None or not identity["bonded"]):
            raise MockError("AGENT_PAIRING_UNAVAILABLE", "pairing needs an activated, bonded machine")
        address = _checksum(b["agentAddress"])
        did = self._agent_did(address, b.get("agentDid"))
        verification = None
        if self.config.agent_pairing_verification or b.get("agentProof"):
            c = self._verify_agent_proof(
                b.get("agentProof"),
                machine_id=m["id"],
                address=address,
                provider=b["agentProvider"],
                role=b["agentRole"],
                did=did if b.get("agentDid") else None,
            )
            did = c["agentDid"]
            verification = {
                "method": "eip191",
                "signerAddress": address,
                "verifiedAt": self.store.now_iso(),
                "challengeExpiresAt": c["expiresAt"],
            }
        now = self.store.now_iso()
        policy = self._policy(b.get("delegationPolicy"))
        pairing = {
            "id": new_id("pair"),
            "machineId": m["id"],
            "status": "active",
            "agentAddress": address,
            "agentProvider": b["agentProvider"],
            "agentRole": b["agentRole"],
            "delegationPolicy": policy,
            "hasAuthToken": False,
            "createdAt": now,
            "updatedAt": now,
            "agentDid": did,
            "description": b.get("description"),
            "verification": verification,
            "tokenLastFour": None,
            "sessionId": None,
            "sessionTokenId": None,
            "sessionIssuedAt": None,
            "sessionExpiresAt": None,
            "_policyHash": policy_hash(policy),
            "_spend": [],
        }
        self.store.pairings.add(pairing)
        token = self._issue_session(pairing)
        return 201, {"item": {**self._pairing_view(pairing), "pairingToken": token}}

    def createAgentPairingSession(self, call: Call) -> tuple[int, Any]:
        p = self._pairing(call.path["machineId"], call.path["pairingId"])
        if p["status"] != "active":
            raise MockError("AGENT_PAIRING_INACTIVE", f"pairing is {p['status']}")
        self._verify_agent_proof(
            call.body.get("agentProof"),
            machine_id=p["machineId"],
            address=p["agentAddress"],
            provider=p["agentProvider"],
            role=p["agentRole"],
            did=None,
        )
        token = self._issue_session(p)
        return 201, {"item": {**self._pairing_view(p), "pairingToken": token}}

    def updateAgentPairing(self, call: Call) -> tuple[int, Any]:
        p = self._pairing(call.path["machineId"], call.path["pairingId"])
        b = call.body
        if p["status"] == "revoked":
            raise MockError("VALIDATION_ERROR", "a revoked pairing cannot be updated")
        for key in ("agentProvider", "agentRole", "description", "status"):
            if key in b:
                p[key] = b[key]
        if "delegationPolicy" in b:
            p["delegationPolicy"] = self._policy(b["delegationPolicy"])
            p["_policyHash"] = policy_hash(p["delegationPolicy"])  # current token no longer matches
        if p["status"] == "revoked":
            p["hasAuthToken"] = False
        p["updatedAt"] = self.store.now_iso()
        return 200, {"item": self._pairing_view(p)}

    def revokeAgentPairing(self, call: Call) -> tuple[int, Any]:
        p = self._pairing(call.path["machineId"], call.path["pairingId"])
        p.update({"status": "revoked", "hasAuthToken": False, "updatedAt": self.store.now_iso()})
        return 204, None

    # ---- skills and services -------------------------------------------------------------------
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

    # ---- search --------------------------------------------------------------------------------
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

    # ---- orders --------------------------------------------------------------------------------
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
        policy = p["delegationPolicy"]
        if svc["skillKey"] in policy["deniedSkillKeys"] or svc["id"] in policy["deniedServiceIds"]:
            raise MockError(
                "AGENT_POLICY_DENIED",
                "delegation policy denies this service",
                {"serviceId": svc["id"], "skillKey": svc["skillKey"]},
            )
        if (policy["allowedSkillKeys"] and svc["skillKey"] not in policy["allowedSkillKeys"]) or (
            policy["allowedServiceIds"] and svc["id"] not in policy["allowedServiceIds"]
        ):
            raise MockError(
                "AGENT_POLICY_DENIED",
                "service is outside the delegation policy's allow-list",
                {"serviceId": svc["id"], "skillKey": svc["skillKey"]},
            )
        self.enforce_machine_policies(m, svc)
        pricing = (quote or svc).get("pricing") or {}
        price = float(pricing.get("amount") or 0.0)
        currency = pricing.get("currency")
        if policy["perTransactionLimit"] is not None and price > policy["perTransactionLimit"]:
            raise MockError(
                "AGENT_SPEND_LIMIT_EXCEEDED",
                "order exceeds the per-transaction limit",
                {"amount": price, "limit": policy["perTransactionLimit"]},
            )
        now = self.store.now()
        day_start = now - timedelta(days=1)
        spent = sum(a for t, a in p["_spend"] if t > day_start)
        if policy["dailySpendLimit"] is not None and spent + price > policy["dailySpendLimit"]:
            raise MockError(
                "AGENT_DAILY_LIMIT_EXCEEDED",
                "order would exceed the daily spend limit",
                {"spent": spent, "amount": price, "limit": policy["dailySpendLimit"]},
            )
        p["_spend"].append((now, price))
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

    def _touch(self, *records: dict[str, Any] | None) -> None:
        now = self.store.now_iso()
        for r in records:
            if r is not None:
                r["updatedAt"] = now

    def _payment_view(self, pay: dict[str, Any] | None) -> dict[str, Any] | None:
        return None if pay is None else view(pay)

    def executeMarketOrder(self, call: Call) -> tuple[int, Any]:
        o = self._order_for(call)
        if o["status"] in PAST_READY:
            raise MockError("ORDER_CLOSED", f"order is {o['status']}")
        svc = self._service(o["serviceId"])
        pay = self.store.payments.get(o["id"])
        rail = o["payment"]
        if rail["required"] and (pay is None or pay["status"] != "held"):
            raise MockError("PAYMENT_REQUIRED", "payment must be held before execution")
        if rail["defaultRail"] == "x402" or (pay is not None and pay["rail"]["type"] == "x402"):
            self._x402_execute(o, pay, call.body)
        if svc["executionMode"] == "external-handoff":
            o.update({"status": "handoff", "handoff": svc.get("handoff")})
            self._touch(o)
            return 202, {"order": view(o), "execution": {"statusCode": 202, "handoff": svc["handoff"]}}
        if svc["integrationStatus"] == "docs-only" or svc.get("kind") == "reference":
            raise MockError("EXECUTION_UNSUPPORTED", "this service cannot be executed natively")
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
        run_id, outcome_id = new_id("run"), new_id("out")
        result = _simulate_result(svc, o)
        o.update({"taskId": new_id("task"), "routeId": new_id("route"), "runId": run_id, "outcomeId": outcome_id})
        o["status"] = "delivered"
        self._touch(o)
        run = {
            "id": run_id,
            "status": "completed",
            "executionMode": "native",
            "skillKey": svc["skillKey"],
            "serviceId": svc["id"],
            "outcomeId": outcome_id,
        }
        outcome = {
            "id": outcome_id,
            "status": "completed",
            "skillKey": svc["skillKey"],
            "serviceId": svc["id"],
            "executionMode": "native",
            "result": result,
            "errorMessage": None,
            "externalRef": None,
        }
        self.record_run(o, run)
        return 200, {"order": view(o), "execution": {"statusCode": 200, "run": run, "outcome": outcome}}

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

    # ---- payments ------------------------------------------------------------------------------
    def _new_payment(self, o: dict[str, Any], rail: dict[str, Any], amount: Any, currency: Any) -> dict[str, Any]:
        now = self.store.now_iso()
        base_rail = o["payment"]
        details = {"type": rail.get("type") or base_rail["defaultRail"]}
        for key in (
            "chain",
            "token",
            "tokenAddress",
            "tokenMint",
            "walletAddress",
            "payerAddress",
            "payeeAddress",
            "externalUrl",
            "provider",
        ):
            value = rail.get(key, base_rail.get(key))
            if value is not None:
                details[key] = value
        for key in ("escrowAddress", "accountId", "paymentIntentId"):
            if rail.get(key) is not None:
                details[key] = rail[key]
        details["metadata"] = dict(rail.get("metadata", {}))
        if details["type"] == "x402":
            challenge = {
                "x402Version": 2,
                "accepts": [
                    {
                        "scheme": "exact",
                        "network": details.get("chain", "base"),
                        "maxAmountRequired": str(amount or 0),
                        "payTo": details.get("walletAddress"),
                        "asset": details.get("tokenAddress"),
                    }
                ],
            }
            import base64

            details["metadata"]["paymentRequest"] = {
                "paymentRequired": base64.b64encode(json.dumps(challenge).encode()).decode()
            }
        not_required = details["type"] == "not-required"
        return {
            "id": new_id("pay"),
            "orderId": o["id"],
            "machineId": o["machineId"],
            "status": "not_required" if not_required else "intent_created",
            "rail": details,
            "createdAt": now,
            "updatedAt": now,
            "amount": amount,
            "currency": currency,
            "notes": [],
            "proof": None,
        }

    def createPaymentIntent(self, call: Call) -> tuple[int, Any]:
        o = self._order_for(call)
        if o["status"] in PAST_READY:
            raise MockError("ORDER_CLOSED", f"order is {o['status']}")
        existing = self.store.payments.get(o["id"])
        if existing is not None:
            return 200, {"item": view(existing)}  # idempotent
        b = call.body
        rail = b.get("rail") or {}
        rail_type = rail.get("type") or o["payment"]["defaultRail"]
        supported = set(o["payment"].get("supportedRails", [])) | {o["payment"]["defaultRail"]}
        if self.config.enforce_service_payment_rails and rail_type not in supported:
            raise MockError("VALIDATION_ERROR", "rail is not supported by this service", {"field": "rail.type"})
        if rail_type == "not-required" and o["payment"]["required"]:
            raise MockError("PAYMENT_REQUIRED", "this service requires payment")
        for key in ("payerAddress", "payeeAddress", "walletAddress", "tokenAddress"):
            value = rail.get(key)
            if value is not None and (rail.get("chain") or "").lower() != "solana" and not _ADDRESS.match(value):
                raise MockError("VALIDATION_ERROR", f"{key} is not a valid address", {"field": f"rail.{key}"})
        amount = b.get("amount", (o.get("budget") or {}).get("amount"))
        currency = b.get("currency", (o.get("budget") or {}).get("currency"))
        pay = self._new_payment(o, rail, amount, currency)
        self.store.payments[o["id"]] = pay
        o["status"] = "ready" if pay["status"] == "not_required" else "payment_pending"
        self._touch(o)
        return 201, {"item": view(pay)}

    def getMarketPayment(self, call: Call) -> tuple[int, Any]:
        o = self._order_for(call)
        return 200, {"item": self._payment_view(self.store.payments.get(o["id"]))}

    def submitPaymentProof(self, call: Call) -> tuple[int, Any]:
        o = self._order_for(call)
        if o["status"] in PAST_READY:
            raise MockError("ORDER_CLOSED", f"order is {o['status']}")
        b = call.body
        pay = self.store.payments.get(o["id"])
        if pay is not None and pay["status"] == "held":
            return 200, {"item": view(pay)}
        if pay is not None and pay["status"] != "intent_created":
            raise MockError("ORDER_CLOSED", f"payment is {pay['status']}")
        if "payment" in b:
            return self._x402_proof(o, pay, b)
        solana = "transactionSignature" in b
        mode = "recorded" if solana else b["verificationMode"]
        if mode == "rpc":
            self._verify_rpc(b)
        if pay is None:
            pay = self._new_payment(o, {"chain": b["chain"], "token": b["token"]}, float(b["amount"]), b["token"])
            self.store.payments[o["id"]] = pay
        pay["status"] = "held"
        if pay["rail"]["type"] == "wallet" and b["token"].upper() == "USDT":
            pay["rail"]["type"] = "wdk-usdt-transfer"
        pay["rail"].update(
            {k: b[k] for k in ("chain", "token", "payerAddress", "payeeAddress", "tokenAddress", "tokenMint") if k in b}
        )
        pay["proof"] = {
            "chain": b["chain"],
            "token": b["token"],
            "transactionHash": b.get("transactionHash"),
            "transactionSignature": b.get("transactionSignature"),
            "payerAddress": b["payerAddress"],
            "verifiedAt": self.store.now_iso(),
            "verificationMode": mode,
            "metadata": dict(b.get("metadata", {})),
        }
        o["status"] = "ready"
        self._touch(o, pay)
        return 200, {"item": view(pay)}

    def _x402_proof(self, o: dict[str, Any], pay: dict[str, Any] | None, b: dict[str, Any]) -> tuple[int, Any]:
        """The x402 variant: record the signed PAYMENT-SIGNATURE value for execute to replay (never echoed)."""
        rail = o["payment"]
        x402_ok = rail["defaultRail"] == "x402" or "x402" in rail.get("supportedRails", [])
        if (pay is not None and pay["rail"]["type"] != "x402") or (pay is None and not x402_ok):
            raise MockError(
                "VALIDATION_ERROR", "an x402 payment proof needs an order paid over the x402 rail", {"field": "payment"}
            )
        if pay is None:
            budget = o.get("budget") or {}
            pay = self._new_payment(o, {"type": "x402"}, budget.get("amount"), budget.get("currency"))
            self.store.payments[o["id"]] = pay
        signature = b["payment"]["paymentSignature"]
        pay["_paymentSignature"] = signature
        metadata = dict(b.get("metadata", {}))
        metadata.update(
            {
                "headerName": "PAYMENT-SIGNATURE",
                "network": pay["rail"].get("chain") or "base",
                "paymentSettlement": {"status": "recorded"},
            }
        )
        if b.get("paymentReference"):
            metadata["paymentReference"] = b["paymentReference"]
        pay["proof"] = {
            "chain": pay["rail"].get("chain"),
            "token": pay["rail"].get("token"),
            "transactionHash": None,
            "payerAddress": None,
            "verifiedAt": self.store.now_iso(),
            "verificationMode": "recorded",
            "metadata": metadata,
        }
        pay["status"] = "held"
        o["status"] = "ready"
        self._touch(o, pay)
        return 200, {"item": view(pay)}

    def _x402_execute(self, o: dict[str, Any], pay: dict[str, Any] | None, body: dict[str, Any]) -> None:
        """Execute on an x402 rail: the presented signature, or else the recorded one, is replayed."""
        presented = (body.get("payment") or {}).get("paymentSignature")
        recorded = (pay or {}).get("_paymentSignature")
        if recorded and presented and not hmac.compare_digest(presented, recorded):
            raise MockError("PAYMENT_REQUIRED", "payment.paymentSignature differs from the recorded x402 proof")
        if not (presented or recorded):
            raise MockError("PAYMENT_REQUIRED", "x402 execution needs payment.paymentSignature")
        if pay is not None:
            pay["_paymentSignature"] = recorded or presented
            pay["_x402Replayed"] = True
            if pay.get("proof"):
                settlement = pay["proof"]["metadata"].setdefault("paymentSettlement", {})
                settlement["status"] = "executed"
            self._touch(pay)

    def _x402_settle(self, pay: dict[str, Any]) -> None:
        """Confirm settles a replayed x402 payment: the facilitator's answer lands in paymentSettlement."""
        if not pay.get("_x402Replayed") or not pay.get("proof") or not pay.get("_paymentSignature"):
            return
        digest = hashlib.sha256(pay["_paymentSignature"].encode()).hexdigest()
        payer = pay["rail"].get("payerAddress")
        pay["proof"]["metadata"]["paymentSettlement"] = {
            "status": "settled",
            "response": {
                "success": True,
                "transaction": "0x" + digest,
                "network": pay["proof"]["metadata"].get("network"),
            },
            **({"payerAddress": payer} if payer else {}),
        }
        pay["proof"]["transactionHash"] = "0x" + digest
        pay["proof"]["payerAddress"] = payer

    def _verify_rpc(self, b: dict[str, Any]) -> None:
        if not self.config.payment_rpc_url:
            raise MockError("PAYMENT_RPC_REQUIRED", "rpc verification needs a configured payment RPC URL")
        if self.store.faults["rpcError"]:
            raise MockError("PAYMENT_RPC_ERROR", "payment RPC call failed")
        tx = self.store.transactions.get(b["transactionHash"].lower())
        if tx is None or tx["status"] == "pending":
            raise MockError("PAYMENT_NOT_MINED", "transaction receipt not available yet")
        if tx["status"] != "success":
            raise MockError("PAYMENT_TX_FAILED", "transaction receipt status is not success")
        expected = {
            "token": b.get("tokenAddress") or b["token"],
            "from": b["payerAddress"],
            "to": b["payeeAddress"],
            "rawAmount": b.get("rawAmount"),
        }
        for key, want in expected.items():
            got = tx.get(key)
            if want is not None and got is not None and str(got).lower() != str(want).lower():
                raise MockError("PAYMENT_TRANSFER_NOT_FOUND", "no matching ERC-20 Transfer log", {"mismatch": key})

    def lockEscrowPayment(self, call: Call) -> tuple[int, Any]:
        o = self._order_for(call)
        if o["status"] in PAST_READY:
            raise MockError("ORDER_CLOSED", f"order is {o['status']}")
        b = call.body
        pay = self.store.payments.get(o["id"])
        if pay is not None and pay["status"] == "held":
            return 200, {"item": view(pay)}  # repeat while held is a no-op
        if pay is not None and pay["status"] != "intent_created":
            raise MockError("ORDER_CLOSED", f"payment is {pay['status']}")
        if pay is None:
            pay = self._new_payment(
                o, {"type": "escrow"}, (o.get("budget") or {}).get("amount"), (o.get("budget") or {}).get("currency")
            )
            self.store.payments[o["id"]] = pay
        pay["rail"].update({"chain": b["chain"], "escrowAddress": b["escrowAddress"]})
        pay["proof"] = {
            "chain": b["chain"],
            "transactionHash": b["transactionHash"],
            "verifiedAt": self.store.now_iso(),
            "verificationMode": "recorded",
            "metadata": {},
        }
        pay["status"] = "held"
        o["status"] = "ready"
        self._touch(o, pay)
        return 200, {"item": view(pay)}

    def releasePayment(self, call: Call) -> tuple[int, Any]:
        o = self._order_for(call)
        pay = self.store.payments.get(o["id"])
        if pay is None:
            raise MockError("NOT_FOUND", "order has no payment")
        if pay["status"] != "release_pending":
            raise MockError("ORDER_CLOSED", f"payment is {pay['status']}; release needs release_pending")
        body = call.body or {}
        pay["status"] = "released"
        if body.get("notes"):
            pay["notes"].append(body["notes"])
        if body.get("transactionHash"):
            pay["notes"].append(f"release tx {body['transactionHash']}")
        self._touch(pay)
        return 200, {"item": view(pay)}

    def refundPayment(self, call: Call) -> tuple[int, Any]:
        o = self._order_for(call)
        pay = self.store.payments.get(o["id"])
        if pay is None:
            raise MockError("NOT_FOUND", "order has no payment")
        if pay["status"] not in ("intent_created", "held", "release_pending", "frozen"):
            raise MockError("ORDER_CLOSED", f"payment is {pay['status']}; it cannot be refunded")
        body = call.body or {}
        pay["status"] = "refunded"
        if body.get("reason"):
            pay["notes"].append(body["reason"])
        if o["status"] in ("created", "payment_pending", "ready"):
            o["status"] = "cancelled"
        dispute = self.store.disputes.get(o["id"])
        if dispute is not None:
            dispute.update({"status": "resolved", "updatedAt": self.store.now_iso()})
        self._touch(o, pay)
        return 200, {"item": view(pay)}


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


def _simulate_result(svc: dict[str, Any], order: dict[str, Any]) -> Any:
    """A deterministic provider answer: the catalogue's example output with the order input echoed."""
    template = (svc.get("metadata") or {}).get("simulatedResult")
    result = dict(template) if isinstance(template, dict) else {"ok": True}
    result["operation"] = order["operation"]
    result["input"] = order.get("input", {})
    return result

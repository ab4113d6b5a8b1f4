"""Agent pairing: challenge-based pairings of an agent wallet to a machine, HS256 session JWTs carrying the documented
claims, and the delegation policy a pairing carries (allow/deny lists, per-transaction and daily spend limits).

A mixin of :class:`peaq_os_sdk.mock.simulator.Simulator`.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from peaq_os_sdk.mock.base import Rules
from peaq_os_sdk.mock.errors import MockError
from peaq_os_sdk.mock.identity import _checksum, _recover
from peaq_os_sdk.mock.machines import OPERATIONAL
from peaq_os_sdk.mock.store import iso, new_id, parse_iso, view

if TYPE_CHECKING:
    from peaq_os_sdk.mock.simulator import Call


def policy_hash(policy: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(policy, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


class PairingRules(Rules):
    # ---- sessions (the agent-pairing token) ------------------------------------------------------
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

    # ---- agent pairings --------------------------------------------------------------------------
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

    # ---- delegation policy -----------------------------------------------------------------------
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

    def enforce_delegation_policy(self, p: dict[str, Any], svc: dict[str, Any]) -> None:
        """The pairing's delegation policy must allow ``svc``: a deny list wins, then any allow-list must name it."""
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

    def charge_spend_limits(self, p: dict[str, Any], price: float, now: datetime) -> None:
        """Per-transaction and rolling 24-hour spend limits; a price within them is added to the pairing's spend."""
        policy = p["delegationPolicy"]
        if policy["perTransactionLimit"] is not None and price > policy["perTransactionLimit"]:
            raise MockError(
                "AGENT_SPEND_LIMIT_EXCEEDED",
                "order exceeds the per-transaction limit",
                {"amount": price, "limit": policy["perTransactionLimit"]},
            )
        day_start = now - timedelta(days=1)
        spent = sum(a for t, a in p["_spend"] if t > day_start)
        if policy["dailySpendLimit"] is not None and spent + price > policy["dailySpendLimit"]:
            raise MockError(
                "AGENT_DAILY_LIMIT_EXCEEDED",
                "order would exceed the daily spend limit",
                {"spent": spent, "amount": price, "limit": policy["dailySpendLimit"]},
            )
        p["_spend"].append((now, price))

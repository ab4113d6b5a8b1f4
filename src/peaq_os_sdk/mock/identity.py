"""Identity: the simulated peaqOS identity registry (MCR) and machine identity challenges.

The registry is seeded through the admin routes (:meth:`IdentityRules.register_identity`,
:meth:`IdentityRules.update_identity`); a machine proves an identity by signing a single-use challenge (EIP-191)
with one of the identity's controller addresses. Any documented identity form (``did:peaq:0x<address>``,
``did:peaq:<decimal>``, ``peaqos:machine:<decimal>``) resolves to the canonical ``did:peaq:<decimal>``.

A mixin of :class:`peaq_os_sdk.mock.simulator.Simulator`.
"""

from __future__ import annotations

import re
import secrets
from typing import TYPE_CHECKING, Any

from peaq_os_sdk.mock.base import Rules
from peaq_os_sdk.mock.errors import MockError
from peaq_os_sdk.mock.store import new_id, parse_iso

if TYPE_CHECKING:
    from peaq_os_sdk.mock.simulator import Call

_DECIMAL = re.compile(r"^(0|[1-9][0-9]*)$")
_ADDRESS = re.compile(r"^0x[0-9a-fA-F]{40}$")
ADDRESS_PREFIX = "did:peaq:0x"


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


class IdentityRules(Rules):
    # ---- identity registry (admin routes) --------------------------------------------------------
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

    def _identity(self, did: str | None) -> dict[str, Any] | None:
        if not did:
            return None
        if self.store.faults["mcrUnavailable"]:
            raise MockError("PEAQOS_IDENTITY_UNAVAILABLE", "peaqOS identity registry is unavailable")
        return self.store.identities.get(canonical_identity(did)[1])

    # ---- challenges and proofs -------------------------------------------------------------------
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

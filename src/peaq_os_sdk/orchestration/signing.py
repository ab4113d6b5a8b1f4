"""EIP-191 ``personal_sign`` of server challenges (machine identity and agent pairing).

eth-account is imported here, lazily, so ``import peaq_os_sdk`` never pays for it. The challenge
``message`` is signed exactly as the server returned it: never rebuilt, trimmed or pre-hashed.
"""

from __future__ import annotations

import re
import sys
from typing import Any

from peaq_os_sdk.orchestration.errors import OrchestrationValidationError

_KEY = re.compile(r"^(0x)?[0-9a-fA-F]{64}$")
_SIG = re.compile(r"^0x[0-9a-fA-F]{130}$")


def _account() -> Any:
    limit = sys.getrecursionlimit()
    from eth_account import Account

    # eth-account pulls in py_ecc, which raises the process-wide recursion limit to 100000 on import;
    # secp256k1 signing does not need it, and a high limit lets deeply nested JSON overflow the C stack.
    sys.setrecursionlimit(limit)
    return Account


def _encode(message: str) -> Any:
    from eth_account.messages import encode_defunct

    if not isinstance(message, str) or not message:
        raise OrchestrationValidationError("message", "non-empty string")
    return encode_defunct(text=message)


def _check_key(private_key: Any, name: str = "private_key") -> str:
    if not isinstance(private_key, str) or not _KEY.match(private_key):
        raise OrchestrationValidationError(name, "32 bytes of hex (optionally 0x-prefixed)")
    return private_key


def _key_error(name: str = "private_key") -> OrchestrationValidationError:
    return OrchestrationValidationError(name, "a valid secp256k1 private key (1 <= key < curve order)")


def address_of(private_key: str, *, name: str = "private_key") -> str:
    """Checksummed address of a private key.

    ``name`` is the argument name reported in an ``OrchestrationValidationError`` when the key is
    malformed (flows pass ``agent_key`` or ``controller_key``, the names their callers typed).
    """
    try:
        return str(_account().from_key(_check_key(private_key, name)).address)
    except ValueError:
        raise _key_error(name) from None


def sign_challenge_message(message: str, private_key: str) -> str:
    """Sign ``message`` with EIP-191 and return ``0x`` + 130 hex chars (r‖s‖v, v ∈ {27, 28})."""
    encoded = _encode(message)
    try:
        signed = _account().sign_message(encoded, private_key=_check_key(private_key))
    except ValueError:
        raise _key_error() from None
    raw = bytes(signed.signature)
    v = raw[64]
    if v < 27:
        raw = raw[:64] + bytes([v + 27])
    return "0x" + raw.hex()


def recover_challenge_signer(message: str, signature: str) -> str:
    """Checksummed address that produced ``signature`` over ``message``."""
    if not isinstance(signature, str) or not _SIG.match(signature):
        raise OrchestrationValidationError("signature", "0x + 130 hex characters")
    return str(_account().recover_message(_encode(message), signature=signature))


def sign_identity_challenge(challenge: Any, private_key: str) -> Any:
    """``MachineIdentityProofInput`` for a ``MachineIdentityChallengeResponse`` (or its ``ItemResponse``)."""
    from peaq_os_sdk._generated.models import MachineIdentityProofInput

    c = getattr(challenge, "item", challenge)
    return MachineIdentityProofInput(
        challenge_id=c.challenge_id, signature=sign_challenge_message(c.message, private_key)
    )


def sign_pairing_challenge(challenge: Any, private_key: str) -> Any:
    """``AgentProofInput`` for an ``AgentPairingChallengeResponse`` (or its ``ItemResponse``)."""
    from peaq_os_sdk._generated.models import AgentProofInput

    c = getattr(challenge, "item", challenge)
    return AgentProofInput(challenge_id=c.challenge_id, signature=sign_challenge_message(c.message, private_key))


__all__ = [
    "address_of",
    "recover_challenge_signer",
    "sign_challenge_message",
    "sign_identity_challenge",
    "sign_pairing_challenge",
]

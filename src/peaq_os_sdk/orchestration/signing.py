"""EIP-191 ``personal_sign`` of server challenges (machine identity and agent pairing), and the buyer's
x402 payment signature.

eth-account is imported here, lazily, so ``import peaq_os_sdk`` never pays for it. The challenge
``message`` is signed exactly as the server returned it: never rebuilt, trimmed or pre-hashed.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import secrets
import sys
import time
from typing import Any

from peaq_os_sdk._rules import base_units
from peaq_os_sdk.orchestration.errors import OrchestrationValidationError

_KEY = re.compile(r"^(0x)?[0-9a-fA-F]{64}$")
_SIG = re.compile(r"^0x[0-9a-fA-F]{130}$")
_ADDRESS = re.compile(r"^0x[0-9a-fA-F]{40}$")
_UINT256_DIGITS = 78  # 2**256 - 1 has 78 digits: an EIP-3009 value is a uint256


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


X402_NETWORKS = {"base": 8453, "base-sepolia": 84532}
"""Chain ids of the x402 network names; ``eip155:<chain id>`` names are read as written."""


def _x402_challenge(intent: Any) -> dict[str, Any]:
    """The provider's PAYMENT-REQUIRED challenge the intent carries (``rail.metadata``), decoded."""
    metadata = getattr(getattr(intent, "rail", None), "metadata", None)
    metadata = metadata if isinstance(metadata, dict) else {}
    request = metadata.get("paymentRequest")
    raw = request.get("paymentRequired") if isinstance(request, dict) else None
    raw = raw if raw is not None else metadata.get("paymentRequired")
    try:
        challenge = json.loads(base64.b64decode(raw, validate=True)) if isinstance(raw, str) else raw
    except (binascii.Error, ValueError):
        challenge = None
    if not isinstance(challenge, dict) or not challenge.get("accepts"):
        raise OrchestrationValidationError(
            "intent", "an x402 payment intent whose rail.metadata carries the provider's PAYMENT-REQUIRED challenge"
        )
    return challenge


def sign_x402_payment(intent: Any, private_key: str, *, name: str = "private_key", valid_for: int = 600) -> str:
    """The buyer's side of x402, done locally: the ``PAYMENT-SIGNATURE`` value for an x402 payment intent.

    Reads the provider's challenge from the intent (``rail.metadata.paymentRequest.paymentRequired``, base64
    JSON with ``accepts``), takes its first ``exact`` offer and signs an EIP-3009 ``transferWithAuthorization``
    (EIP-712 typed data) from the key's address to ``payTo`` for ``maxAmountRequired`` of ``asset``, valid for
    ``valid_for`` seconds. Nothing moves on chain here: the value is recorded with ``submit_payment_proof`` and
    replayed to the provider at execute, which settles it. The returned value is a bearer credential: keep it
    out of logs.

    Money: ``maxAmountRequired`` is the token's base units as an integer string (x402); a decimal string is read as
    whole tokens of ``extra.decimals`` decimals (6 when absent, as USDC). The EIP-712 domain is ``extra.name`` and
    ``extra.version`` (``USD Coin``/``2`` when absent) on the offer's network (``base``, ``base-sepolia`` or
    ``eip155:<chain id>``). ``name`` is the argument name reported for a malformed key.
    """
    address = address_of(private_key, name=name)
    challenge = _x402_challenge(intent)
    offer = next((a for a in challenge["accepts"] if isinstance(a, dict) and a.get("scheme") == "exact"), None)
    if offer is None:
        raise OrchestrationValidationError("intent", "an x402 challenge offering the exact scheme")
    extra: dict[str, Any] = offer["extra"] if isinstance(offer.get("extra"), dict) else {}
    network = str(offer.get("network", ""))
    chain_id = X402_NETWORKS.get(network) or (int(network[7:]) if re.fullmatch(r"eip155:\d+", network) else None)
    if chain_id is None:
        raise OrchestrationValidationError("intent", f"an x402 network in {sorted(X402_NETWORKS)} or eip155:<id>")
    try:
        required = str(offer["maxAmountRequired"])
        decimals = int(extra.get("decimals", 6)) if "." in required else 0
        units = base_units(required, decimals, _UINT256_DIGITS) if decimals >= 0 else None
        value = int(units) if units is not None else 2**256
        if value >= 2**256:
            raise ValueError("base units")
        pay_to, asset = str(offer["payTo"]), str(offer["asset"])
    except (KeyError, ValueError, TypeError):
        raise OrchestrationValidationError(
            "intent", "an x402 offer with payTo, asset and maxAmountRequired (base units)"
        ) from None
    if not (_ADDRESS.match(pay_to) and _ADDRESS.match(asset)):
        raise OrchestrationValidationError("intent", "an x402 offer with 0x addresses for payTo and asset")
    nonce = secrets.token_bytes(32)
    authorization = {
        "from": address,
        "to": pay_to,
        "value": value,
        "validAfter": 0,
        "validBefore": int(time.time()) + valid_for,
        "nonce": nonce,
    }
    types = [("from", "address"), ("to", "address"), ("value", "uint256"), ("validAfter", "uint256"),
             ("validBefore", "uint256"), ("nonce", "bytes32")]  # fmt: skip
    domain = {
        "name": str(extra.get("name", "USD Coin")),
        "version": str(extra.get("version", "2")),
        "chainId": chain_id,
        "verifyingContract": asset,
    }
    signed = _account().sign_typed_data(
        private_key, domain, {"TransferWithAuthorization": [{"name": n, "type": t} for n, t in types]}, authorization
    )
    payload = {
        "x402Version": challenge.get("x402Version", 2),
        "scheme": "exact",
        "network": network,
        "payload": {
            "signature": "0x" + bytes(signed.signature).hex(),
            "authorization": {**authorization, "value": str(value), "nonce": "0x" + nonce.hex()},
        },
    }
    return base64.b64encode(json.dumps(payload).encode()).decode()


__all__ = [
    "address_of",
    "recover_challenge_signer",
    "sign_challenge_message",
    "sign_identity_challenge",
    "sign_pairing_challenge",
    "sign_x402_payment",
]

# generated from spec/openapi.yaml by codegen/ — do not edit
"""Typed models of the peaq OS Machine Markets (orchestration) API (0.2.0): the types only the ``payments`` operations use.

Frozen, slotted attrs classes with snake_case attributes. Each field keeps its camelCase wire
name in ``metadata["wire"]``; unknown response fields are kept in ``extra``; fields marked
secret never show in ``repr``.
"""

from collections.abc import Mapping
from typing import Any

import attrs
from peaq_os_sdk._generated.groups.common_models import (
    ExecutePaymentInput,
    MarketPaymentRailType,
    PaymentVerificationMode,
)

__all__ = [
    "PaymentRailInput",
    "CreatePaymentIntentRequest",
    "SubmitPaymentProofRequest",
    "SubmitX402PaymentProofRequest",
    "LockEscrowPaymentRequest",
    "ReleasePaymentRequest",
    "RefundPaymentRequest",
]


# ---- models ----------------------------------------------------------------------------------


@attrs.frozen
class PaymentRailInput:
    """The rail chosen for a payment intent; every field is optional.

    Attributes:
        type: Rail type; must be one of the service's supportedRails when the deployment enforces it (wire
            ``type``).
        chain: Chain (e.g. peaq, base, solana) (wire ``chain``).
        token: Token symbol (e.g. USDC) or contract (wire ``token``).
        token_address: EVM token contract address (wire ``tokenAddress``).
        token_mint: Solana SPL token mint (wire ``tokenMint``).
        escrow_address: Escrow contract or account (wire ``escrowAddress``).
        external_url: URL for paying out of band (wire ``externalUrl``).
        provider: Payment provider name (wire ``provider``).
        account_id: Account at the payment provider (wire ``accountId``).
        wallet_address: Wallet address (wire ``walletAddress``).
        payer_address: Payer address (VALIDATION_ERROR when invalid) (wire ``payerAddress``).
        payee_address: Payee address (VALIDATION_ERROR when invalid) (wire ``payeeAddress``).
        payment_intent_id: Payment intent id at the provider (wire ``paymentIntentId``).
        metadata: Free-form rail metadata, kept exactly as written (wire ``metadata``; keys kept exactly
            as written).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    type: MarketPaymentRailType | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={
            "wire": "type",
            "rules": {
                "enum": (
                    "not-required",
                    "wallet",
                    "x402",
                    "xvv42",
                    "mpp",
                    "vault-stripe",
                    "wdk-usdt-transfer",
                    "escrow",
                    "onchain-escrow",
                    "offchain-record",
                    "external",
                )
            },
        },
    )
    chain: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "chain", "rules": {"type": "str"}})
    token: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "token", "rules": {"type": "str"}})
    token_address: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "tokenAddress", "rules": {"type": "str"}}
    )
    token_mint: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "tokenMint", "rules": {"type": "str"}}
    )
    escrow_address: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "escrowAddress", "rules": {"type": "str"}}
    )
    external_url: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "externalUrl", "rules": {"type": "str"}}
    )
    provider: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "provider", "rules": {"type": "str"}}
    )
    account_id: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "accountId", "rules": {"type": "str"}}
    )
    wallet_address: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "walletAddress", "rules": {"type": "str"}}
    )
    payer_address: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "payerAddress", "rules": {"type": "str"}}
    )
    payee_address: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "payeeAddress", "rules": {"type": "str"}}
    )
    payment_intent_id: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "paymentIntentId", "rules": {"type": "str"}}
    )
    metadata: Mapping[str, Any] | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "metadata", "opaque": True, "rules": {"type": "map"}}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class CreatePaymentIntentRequest:
    """Opens the payment record of an order (idempotent: an existing record is returned). Every field is
    optional.

    Attributes:
        rail: The rail to pay on; without a type the order's defaultRail is used (our choice) (wire
            ``rail``).
        amount: Amount to pay, in whole units of currency (a JSON number such as 0.25, >= 0, not base
            units: the intent records the price as quoted, and quotes are numbers; only the on-chain proof
            carries exact decimal text) (wire ``amount``).
        currency: Currency code of the amount (e.g. USDC), upper case: the server compares currencies
            exactly (wire ``currency``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    rail: PaymentRailInput | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "rail", "rules": {"model": "PaymentRailInput"}}
    )
    amount: float | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "amount", "rules": {"type": "number", "minimum": 0}}
    )
    currency: str | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={
            "wire": "currency",
            "rules": {
                "type": "str",
                "pattern": "^[A-Z][A-Z0-9]{1,11}$",
                "pattern_name": "an upper-case currency code such as USD",
            },
        },
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen(kw_only=True)
class SubmitPaymentProofRequest:
    """The on-chain payment proof. EVM proofs carry transactionHash, Solana proofs transactionSignature
    (exactly one of the two).

    Attributes:
        verification_mode: recorded stores the attestation; rpc checks the receipt on an EVM RPC
            (PAYMENT_RPC_REQUIRED when the server has none). Solana proofs are always recorded (wire
            ``verificationMode``; required).
        chain: Chain of the transfer (e.g. peaq, base, solana) (wire ``chain``; required).
        token: Token symbol (e.g. USDC, USDT) (wire ``token``; required).
        payer_address: Sender of the transfer (wire ``payerAddress``; required).
        payee_address: Recipient of the transfer (wire ``payeeAddress``; required).
        amount: Amount transferred, in whole token units as a decimal string (e.g. "1.5" USDC), not a JSON
            number: it must match the on-chain transfer exactly, which a binary float cannot promise (the
            string type is stated; order, quote and policy amounts are JSON numbers) (wire ``amount``;
            required).
        transaction_hash: EVM transaction hash (0x + 64 hex); exactly one of this and transactionSignature
            (wire ``transactionHash``).
        transaction_signature: Solana transaction signature; exactly one of this and transactionHash (wire
            ``transactionSignature``).
        token_address: EVM token contract (rpc mode checks the Transfer log against it) (wire
            ``tokenAddress``).
        token_mint: Solana SPL token mint (wire ``tokenMint``).
        token_decimals: Decimals of the token (>= 0): rawAmount = amount x 10^tokenDecimals (wire
            ``tokenDecimals``).
        raw_amount: Amount in the token's smallest unit (amount x 10^tokenDecimals) as an integer string,
            e.g. "1500000" for 1.5 USDC with 6 decimals; text because base-unit values exceed the integers a
            JSON number holds exactly (the string type is stated). rpc mode matches it against the Transfer
            log (wire ``rawAmount``).
        metadata: Free-form proof metadata, kept exactly as written (wire ``metadata``; keys kept exactly
            as written).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.

    Checked before sending (``OrchestrationValidationError``, no request made):
        - exactly one of transaction_hash, transaction_signature is set.
        - raw_amount = amount x 10^token_decimals when all three are set: rawAmount is the amount in the
          token's smallest unit: rpc verification matches it against the Transfer log, so a wrong scale can
          never verify.
    """

    verification_mode: PaymentVerificationMode = attrs.field(
        metadata={"wire": "verificationMode", "rules": {"enum": ("recorded", "rpc")}, "required": True}
    )
    chain: str = attrs.field(metadata={"wire": "chain", "rules": {"type": "str", "min_length": 1}, "required": True})
    token: str = attrs.field(metadata={"wire": "token", "rules": {"type": "str", "min_length": 1}, "required": True})
    payer_address: str = attrs.field(
        metadata={"wire": "payerAddress", "rules": {"type": "str", "min_length": 1}, "required": True}
    )
    payee_address: str = attrs.field(
        metadata={"wire": "payeeAddress", "rules": {"type": "str", "min_length": 1}, "required": True}
    )
    amount: str = attrs.field(
        metadata={
            "wire": "amount",
            "rules": {
                "type": "str",
                "pattern": "^[0-9]+(\\.[0-9]+)?$",
                "pattern_name": 'a decimal string in whole token units, such as "1.5"',
            },
            "required": True,
        }
    )
    transaction_hash: str | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={
            "wire": "transactionHash",
            "rules": {
                "type": "str",
                "pattern": "^0x[0-9a-fA-F]{64}$",
                "pattern_name": "an EVM transaction hash, 0x + 64 hex",
            },
        },
    )
    transaction_signature: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "transactionSignature", "rules": {"type": "str", "min_length": 1}}
    )
    token_address: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "tokenAddress", "rules": {"type": "str", "min_length": 1}}
    )
    token_mint: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "tokenMint", "rules": {"type": "str", "min_length": 1}}
    )
    token_decimals: int | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "tokenDecimals", "rules": {"type": "int", "minimum": 0}}
    )
    raw_amount: str | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={
            "wire": "rawAmount",
            "rules": {
                "type": "str",
                "pattern": "^[0-9]+$",
                "pattern_name": 'an integer string in base units, such as "1500000"',
            },
        },
    )
    metadata: Mapping[str, Any] | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "metadata", "opaque": True, "rules": {"type": "map"}}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class SubmitX402PaymentProofRequest:
    """The x402 payment proof: records the locally signed PAYMENT-SIGNATURE value so the server can replay it
    at execute (no on-chain transfer, no transaction hash).

    Attributes:
        payment: The signed x402 payment (wire ``payment``; required).
        payment_reference: The caller's reference for this payment (wire ``paymentReference``).
        metadata: Free-form proof metadata, kept exactly as written (wire ``metadata``; keys kept exactly
            as written).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    payment: ExecutePaymentInput = attrs.field(
        metadata={"wire": "payment", "rules": {"model": "ExecutePaymentInput"}, "required": True}
    )
    payment_reference: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "paymentReference", "rules": {"type": "str", "min_length": 1}}
    )
    metadata: Mapping[str, Any] | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "metadata", "opaque": True, "rules": {"type": "map"}}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen(kw_only=True)
class LockEscrowPaymentRequest:
    """Records an on-chain escrow lock: the payment becomes held and the order ready (a repeat while held
    changes nothing).

    Attributes:
        transaction_hash: Reference of the lock transaction (non-empty) (wire ``transactionHash``;
            required).
        chain: Chain of the escrow (free text, non-empty) (wire ``chain``; required).
        escrow_address: Escrow contract or account (non-empty) (wire ``escrowAddress``; required).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    transaction_hash: str = attrs.field(
        metadata={"wire": "transactionHash", "rules": {"type": "str", "min_length": 1}, "required": True}
    )
    chain: str = attrs.field(metadata={"wire": "chain", "rules": {"type": "str", "min_length": 1}, "required": True})
    escrow_address: str = attrs.field(
        metadata={"wire": "escrowAddress", "rules": {"type": "str", "min_length": 1}, "required": True}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class ReleasePaymentRequest:
    """Releases a release_pending payment to the provider (ends released). May be sent with no body.

    Attributes:
        transaction_hash: Reference of the payout transaction (wire ``transactionHash``).
        notes: Free-text note (wire ``notes``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    transaction_hash: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "transactionHash", "rules": {"type": "str", "min_length": 1}}
    )
    notes: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "notes", "rules": {"type": "str"}})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class RefundPaymentRequest:
    """Refunds a payment to the payer (ends refunded). May be sent with no body.

    Attributes:
        transaction_hash: Reference of the refund transaction (wire ``transactionHash``).
        reason: Why the payment is refunded (wire ``reason``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    transaction_hash: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "transactionHash", "rules": {"type": "str", "min_length": 1}}
    )
    reason: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "reason", "rules": {"type": "str"}})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


# ---- unions ----------------------------------------------------------------------------------

WRAPPED: dict[type, str] = {}
"""Classes whose wire value is the value of their single field."""

DISCRIMINATED: dict[Any, tuple[tuple[str, ...], dict[str, type]]] = {}
"""Unions told apart by the value found at a path inside the body."""

CROSS_FIELD: dict[type, tuple[dict[str, Any], ...]] = {
    SubmitPaymentProofRequest: (
        {"rule": "exactly-one", "fields": ("transaction_hash", "transaction_signature"), "why": ""},
        {
            "rule": "scaled",
            "fields": ("amount", "token_decimals", "raw_amount"),
            "why": "rawAmount is the amount in the token's smallest unit: rpc verification matches it against the Transfer log, so a wrong scale can never verify",
        },
    ),
}
"""Rules a request model checks across its fields before sending (Python field names; see the spec header)."""

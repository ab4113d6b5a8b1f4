# generated from spec/openapi.yaml by codegen/ — do not edit
"""Typed models of the peaq OS Machine Markets (orchestration) API (0.2.0): the enums and the types several groups use.

Frozen, slotted attrs classes with snake_case attributes. Each field keeps its camelCase wire
name in ``metadata["wire"]``; unknown response fields are kept in ``extra``; fields marked
secret never show in ``repr``.
"""

from collections.abc import Mapping
from typing import Any, Literal

import attrs

from peaq_os_sdk._model_support import redacted_repr

__all__ = [
    "GraphStatus",
    "TaskStatus",
    "MachineStatus",
    "MachineAgentStatus",
    "AgentPairingStatus",
    "VerificationMethod",
    "ResolutionSource",
    "ServiceType",
    "SearchServiceTypeAlias",
    "ExecutionMode",
    "IntegrationStatus",
    "MarketPaymentRailType",
    "MarketPaymentStatus",
    "MarketOrderStatus",
    "PaymentVerificationMode",
    "ExecutionOutcomeStatus",
    "DisputeStatus",
    "SearchStatus",
    "PricingMode",
    "EndpointAuthType",
    "EndpointNetworkScope",
    "EndpointHealthStatus",
    "EndpointSource",
    "SkillDirection",
    "SkillScope",
    "SkillSource",
    "SkillKind",
    "SkillAuthState",
    "SkillAuthType",
    "SkillAccessMode",
    "SkillDistribution",
    "SkillMaturity",
    "ExecutionRun",
    "MarketSearchBudget",
    "ExecutePaymentInput",
    "ExternalHandoff",
    "ExecutionOutcome",
    "MarketPaymentRailRecommendation",
    "MarketPricing",
    "MarketQuote",
    "NormalizedTask",
    "PaymentProof",
    "PaymentRailDetails",
    "MarketPayment",
]

# ---- enums (read leniently: an unknown value arrives as a plain str) --------------------------
GraphStatus = Literal["draft", "active", "blocked", "degraded"]
TaskStatus = Literal["created", "discovered", "no_match", "resolved", "completed", "failed", "handoff"]
MachineStatus = Literal["draft", "active", "degraded", "blocked", "archived"]
MachineAgentStatus = Literal["provisioned", "active", "revoked"]
AgentPairingStatus = Literal["active", "paused", "revoked"]
VerificationMethod = Literal["eip191"]
ResolutionSource = Literal["peaqos-mcr"]
ServiceType = Literal[
    "oracle.price-feed",
    "compute.marketplace",
    "storage.object",
    "data.location",
    "network.partner-console",
    "identity.proof-of-person",
    "device.control",
    "machine.commerce",
]
SearchServiceTypeAlias = Literal["storage", "compute", "identity", "location", "rtk", "gnss", "defi", "commerce"]
ExecutionMode = Literal["native", "external-handoff"]
IntegrationStatus = Literal[
    "native", "credentials-required", "partner-required", "local-config-required", "setup-required", "docs-only"
]
MarketPaymentRailType = Literal[
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
]
MarketPaymentStatus = Literal[
    "not_required", "intent_created", "held", "release_pending", "released", "frozen", "refunded"
]
MarketOrderStatus = Literal[
    "created",
    "payment_pending",
    "ready",
    "executing",
    "delivered",
    "confirmed",
    "disputed",
    "cancelled",
    "failed",
    "handoff",
]
PaymentVerificationMode = Literal["recorded", "rpc"]
ExecutionOutcomeStatus = Literal["completed", "failed", "external"]
DisputeStatus = Literal["open", "resolved"]
SearchStatus = Literal["completed", "no_match"]
PricingMode = Literal["provider-defined", "fixed", "quote-required"]
EndpointAuthType = Literal["none", "api-key", "bearer"]
EndpointNetworkScope = Literal["loopback", "lan", "vpn", "public"]
EndpointHealthStatus = Literal["active", "degraded", "unreachable"]
EndpointSource = Literal["manual", "agent"]
SkillDirection = Literal["machine-offers", "machine-consumes"]
SkillScope = Literal["core-product", "bootstrap-reference", "ecosystem"]
SkillSource = Literal["peaq", "partner", "clawhub", "external-marketplace"]
SkillKind = Literal["runtime", "reference"]
SkillAuthState = Literal["unconfigured", "configured", "expired", "invalid", "restricted"]
SkillAuthType = Literal["none", "api-key", "bearer", "wallet", "local"]
SkillAccessMode = Literal["public", "credentialed", "partner-approved", "whitelisted", "local"]
SkillDistribution = Literal["peaq-native", "clawhub", "openapi", "mcp", "docs-only"]
SkillMaturity = Literal["reference", "beta", "production"]

# ---- models ----------------------------------------------------------------------------------


class _ExecutionRunSlots:
    """The storage of :class:`ExecutionRun`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``ExecutionRun`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = ("id", "status", "execution_mode", "skill_key", "service_id", "outcome_id", "extra", "__weakref__")


@attrs.frozen
class ExecutionRun(_ExecutionRunSlots):
    """The run record of a native execution.

    Attributes:
        id: Server-assigned run id (wire ``id``).
        status: Run result: completed, failed or external (wire ``status``).
        execution_mode: How the run executed, or null (wire ``executionMode``).
        skill_key: The skill run, or null (wire ``skillKey``).
        service_id: The service run, or null (wire ``serviceId``).
        outcome_id: The outcome record, or null (wire ``outcomeId``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    id: str = attrs.field(metadata={"wire": "id"})
    status: ExecutionOutcomeStatus = attrs.field(metadata={"wire": "status"})
    execution_mode: ExecutionMode | None = attrs.field(default=None, kw_only=True, metadata={"wire": "executionMode"})
    skill_key: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "skillKey"})
    service_id: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "serviceId"})
    outcome_id: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "outcomeId"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class MarketSearchBudget:
    """The caller's budget for a search, in units of currency (JSON numbers, >= 0, not base units); how the
    server weighs each figure is not stated.

    Attributes:
        max: Highest price the caller accepts, in whole units of currency (a JSON number, as quoted
            prices; not base units) (wire ``max``).
        amount: Amount the caller means to spend, in whole units of currency (a JSON number, as quoted
            prices; not base units); at most max (wire ``amount``).
        preferred: Price the caller would prefer, in whole units of currency (a JSON number, as quoted
            prices; not base units); at most max (wire ``preferred``).
        currency: Currency code of the amounts (e.g. USD), upper case: the server compares currencies
            exactly and prices are quoted in upper-case codes (wire ``currency``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.

    Checked before sending (``OrchestrationValidationError``, no request made):
        - amount <= max when both are set: the amount meant to be spent cannot exceed the highest price
          accepted.
        - preferred <= max when both are set: a preferred price above the highest price accepted can never
          be chosen.
    """

    max: float | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "max", "rules": {"type": "number", "minimum": 0}}
    )
    amount: float | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "amount", "rules": {"type": "number", "minimum": 0}}
    )
    preferred: float | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "preferred", "rules": {"type": "number", "minimum": 0}}
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


@attrs.frozen
class ExecutePaymentInput:
    """The x402 payment, the signed PAYMENT-SIGNATURE header value (execute, and the x402 payment proof).

    Attributes:
        payment_signature: The signed x402 PAYMENT-SIGNATURE header value (non-empty); a secret, never
            echoed (wire ``paymentSignature``; required; secret: never shown in repr, errors or logs).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    payment_signature: str = attrs.field(
        repr=redacted_repr,
        metadata={
            "wire": "paymentSignature",
            "secret": True,
            "rules": {"type": "str", "min_length": 1},
            "required": True,
        },
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


class _ExternalHandoffSlots:
    """The storage of :class:`ExternalHandoff`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``ExternalHandoff`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = ("label", "url", "notes", "extra", "__weakref__")


@attrs.frozen
class ExternalHandoff(_ExternalHandoffSlots):
    """An outside destination the caller is sent to when a service cannot run natively.

    Attributes:
        label: Human-readable name of the destination (wire ``label``).
        url: Where to send the user or agent (wire ``url``).
        notes: Extra instructions (empty when absent) (wire ``notes``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    label: str = attrs.field(metadata={"wire": "label"})
    url: str = attrs.field(metadata={"wire": "url"})
    notes: tuple[str, ...] = attrs.field(default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "notes"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


class _ExecutionOutcomeSlots:
    """The storage of :class:`ExecutionOutcome`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``ExecutionOutcome`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = (
        "id",
        "status",
        "skill_key",
        "service_id",
        "execution_mode",
        "result",
        "error_message",
        "external_ref",
        "extra",
        "__weakref__",
    )


@attrs.frozen
class ExecutionOutcome(_ExecutionOutcomeSlots):
    """The outcome of a native execution. An HTTP 200 may still carry status failed: inspect it.

    Attributes:
        id: Server-assigned outcome id (wire ``id``).
        status: completed, failed or external (wire ``status``).
        skill_key: The skill run (wire ``skillKey``).
        service_id: The service run (wire ``serviceId``).
        execution_mode: How it executed (wire ``executionMode``).
        result: The provider's response body, kept exactly as sent (any JSON) (wire ``result``; keys kept
            exactly as written).
        error_message: Why it failed, or null (wire ``errorMessage``).
        external_ref: Reference at an outside provider, or null (wire ``externalRef``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    id: str = attrs.field(metadata={"wire": "id"})
    status: ExecutionOutcomeStatus = attrs.field(metadata={"wire": "status"})
    skill_key: str = attrs.field(metadata={"wire": "skillKey"})
    service_id: str = attrs.field(metadata={"wire": "serviceId"})
    execution_mode: ExecutionMode = attrs.field(metadata={"wire": "executionMode"})
    result: Any = attrs.field(default=None, kw_only=True, metadata={"wire": "result", "opaque": True})
    error_message: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "errorMessage"})
    external_ref: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "externalRef"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


class _MarketPaymentRailRecommendationSlots:
    """The storage of :class:`MarketPaymentRailRecommendation`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``MarketPaymentRailRecommendation`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = (
        "default_rail",
        "required",
        "supported_rails",
        "notes",
        "provider",
        "chain",
        "token",
        "token_address",
        "token_mint",
        "wallet_address",
        "external_url",
        "payer_address",
        "payee_address",
        "extra",
        "__weakref__",
    )


@attrs.frozen
class MarketPaymentRailRecommendation(_MarketPaymentRailRecommendationSlots):
    """The payment rail a service recommends, copied into each quote and into the order at create.

    Attributes:
        default_rail: The rail to use unless the caller picks another supported one (wire
            ``defaultRail``).
        required: Whether payment must be settled (payment held) before execute; false for free services
            (wire ``required``).
        supported_rails: Every rail the service accepts (empty when absent). With
            PEAQOS_ENFORCE_SERVICE_PAYMENT_RAILS=true the server refuses a payment intent on another rail
            (VALIDATION_ERROR) (wire ``supportedRails``).
        notes: Payment instructions in free text (empty when absent) (wire ``notes``).
        provider: Payment provider name, when one applies (wire ``provider``).
        chain: Chain the payment settles on (e.g. peaq, base, solana) (wire ``chain``).
        token: Token to pay with: a symbol (e.g. USDC) or a contract (wire ``token``).
        token_address: EVM token contract address (wire ``tokenAddress``).
        token_mint: Solana SPL token mint (wire ``tokenMint``).
        wallet_address: The provider's receiving wallet (wire ``walletAddress``).
        external_url: URL for paying out of band (wire ``externalUrl``).
        payer_address: Expected payer address, when known (wire ``payerAddress``).
        payee_address: Address that receives the payment (wire ``payeeAddress``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    default_rail: MarketPaymentRailType = attrs.field(metadata={"wire": "defaultRail"})
    required: bool = attrs.field(metadata={"wire": "required"})
    supported_rails: tuple[MarketPaymentRailType, ...] = attrs.field(
        default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "supportedRails"}
    )
    notes: tuple[str, ...] = attrs.field(default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "notes"})
    provider: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "provider"})
    chain: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "chain"})
    token: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "token"})
    token_address: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "tokenAddress"})
    token_mint: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "tokenMint"})
    wallet_address: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "walletAddress"})
    external_url: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "externalUrl"})
    payer_address: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "payerAddress"})
    payee_address: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "payeeAddress"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


class _MarketPricingSlots:
    """The storage of :class:`MarketPricing`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``MarketPricing`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = ("mode", "amount", "currency", "rate", "notes", "extra", "__weakref__")


@attrs.frozen
class MarketPricing(_MarketPricingSlots):
    """How a service or quote is priced.

    Attributes:
        mode: Pricing mode: provider-defined, fixed or quote-required (wire ``mode``).
        amount: Price in units of currency (a JSON number, not base units), or null when the mode sets
            none (wire ``amount``).
        currency: Currency of amount (e.g. USD), or null (wire ``currency``).
        rate: What the amount is charged per (e.g. per_request, per_1m_tokens), or null (wire ``rate``).
        notes: Pricing notes (empty when absent) (wire ``notes``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    mode: PricingMode = attrs.field(metadata={"wire": "mode"})
    amount: float | None = attrs.field(default=None, kw_only=True, metadata={"wire": "amount"})
    currency: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "currency"})
    rate: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "rate"})
    notes: tuple[str, ...] = attrs.field(default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "notes"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


class _MarketQuoteSlots:
    """The storage of :class:`MarketQuote`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``MarketQuote`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = (
        "id",
        "service_id",
        "skill_key",
        "provider_key",
        "execution_mode",
        "integration_status",
        "operation",
        "score",
        "pricing",
        "payment",
        "expires_at",
        "reasons",
        "handoff",
        "extra",
        "__weakref__",
    )


@attrs.frozen
class MarketQuote(_MarketQuoteSlots):
    """A ranked offer from one service for a search, valid until expiresAt.

    Attributes:
        id: Quote id (quoteId on order create) (wire ``id``).
        service_id: The quoted catalogue service; send it as serviceId on order create (wire
            ``serviceId``).
        skill_key: The skill behind the service (wire ``skillKey``).
        provider_key: Key of the provider adapter (wire ``providerKey``).
        execution_mode: native or external-handoff (wire ``executionMode``).
        integration_status: How ready the integration is (wire ``integrationStatus``).
        operation: The operation quoted (wire ``operation``).
        score: Ranking score; quotes arrive best first (wire ``score``).
        pricing: Price of the quote (amount in units of currency, a JSON number) (wire ``pricing``).
        payment: The payment rail the service recommends (wire ``payment``).
        expires_at: ISO 8601 timestamp after which ordering with this quote answers QUOTE_EXPIRED (wire
            ``expiresAt``).
        reasons: Why the service was chosen (empty when absent) (wire ``reasons``).
        handoff: Outside destination for a handoff service, or null (wire ``handoff``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    id: str = attrs.field(metadata={"wire": "id"})
    service_id: str = attrs.field(metadata={"wire": "serviceId"})
    skill_key: str = attrs.field(metadata={"wire": "skillKey"})
    provider_key: str = attrs.field(metadata={"wire": "providerKey"})
    execution_mode: ExecutionMode = attrs.field(metadata={"wire": "executionMode"})
    integration_status: IntegrationStatus = attrs.field(metadata={"wire": "integrationStatus"})
    operation: str = attrs.field(metadata={"wire": "operation"})
    score: float = attrs.field(metadata={"wire": "score"})
    pricing: MarketPricing = attrs.field(metadata={"wire": "pricing"})
    payment: MarketPaymentRailRecommendation = attrs.field(metadata={"wire": "payment"})
    expires_at: str = attrs.field(metadata={"wire": "expiresAt"})
    reasons: tuple[str, ...] = attrs.field(default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "reasons"})
    handoff: ExternalHandoff | None = attrs.field(default=None, kw_only=True, metadata={"wire": "handoff"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


class _NormalizedTaskSlots:
    """The storage of :class:`NormalizedTask`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``NormalizedTask`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = (
        "service_type",
        "allow_external_handoff",
        "require_native_execution",
        "required_capabilities",
        "operation",
        "region",
        "extra",
        "__weakref__",
    )


@attrs.frozen
class NormalizedTask(_NormalizedTaskSlots):
    """The search request as the server understood it.

    Attributes:
        service_type: Canonical service type (aliases resolved) (wire ``serviceType``).
        allow_external_handoff: Whether handoff services were allowed (wire ``allowExternalHandoff``).
        require_native_execution: Whether only native services were allowed (wire
            ``requireNativeExecution``).
        required_capabilities: Capabilities required (empty when absent) (wire ``requiredCapabilities``).
        operation: Operation asked for, or null (wire ``operation``).
        region: Region asked for, or null (wire ``region``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    service_type: ServiceType = attrs.field(metadata={"wire": "serviceType"})
    allow_external_handoff: bool = attrs.field(metadata={"wire": "allowExternalHandoff"})
    require_native_execution: bool = attrs.field(metadata={"wire": "requireNativeExecution"})
    required_capabilities: tuple[str, ...] = attrs.field(
        default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "requiredCapabilities"}
    )
    operation: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "operation"})
    region: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "region"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


class _PaymentProofSlots:
    """The storage of :class:`PaymentProof`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``PaymentProof`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = (
        "chain",
        "token",
        "transaction_hash",
        "transaction_signature",
        "payer_address",
        "verified_at",
        "verification_mode",
        "metadata",
        "extra",
        "__weakref__",
    )


@attrs.frozen
class PaymentProof(_PaymentProofSlots):
    """The proof recorded for a payment (every field optional). The x402 signature itself is never echoed.

    Attributes:
        chain: Chain of the transfer, or null (wire ``chain``).
        token: Token of the transfer, or null (wire ``token``).
        transaction_hash: EVM transaction hash, or null (wire ``transactionHash``).
        transaction_signature: The Solana signature an on-chain proof carried (the facts name no such
            response field; the view echoes it) (wire ``transactionSignature``).
        payer_address: Payer address, or null (wire ``payerAddress``).
        verified_at: ISO 8601 timestamp of the verification, or null (wire ``verifiedAt``).
        verification_mode: recorded or rpc, or null (wire ``verificationMode``).
        metadata: The proof's metadata as written (a map; the documented keys are listed, others are
            kept). Documented keys: ``network``: Network name; ``headerName``: x402: the header the signature
            travels in (PAYMENT-SIGNATURE); ``paymentSettlement``: x402 settlement record (``status``: x402
            settlement state: recorded (proof submitted), executed (replayed at execute), settled (at
            confirm). The values are the simulator's choice; ``response``: The settlement response, kept as
            sent; ``payerAddress``: The payer the settlement names) (wire ``metadata``; keys kept exactly as
            written).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    chain: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "chain"})
    token: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "token"})
    transaction_hash: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "transactionHash"})
    transaction_signature: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "transactionSignature"}
    )
    payer_address: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "payerAddress"})
    verified_at: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "verifiedAt"})
    verification_mode: PaymentVerificationMode | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "verificationMode"}
    )
    metadata: Mapping[str, Any] = attrs.field(
        default=attrs.Factory(dict), kw_only=True, metadata={"wire": "metadata", "opaque": True}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


class _PaymentRailDetailsSlots:
    """The storage of :class:`PaymentRailDetails`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``PaymentRailDetails`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = (
        "type",
        "chain",
        "token",
        "token_address",
        "token_mint",
        "escrow_address",
        "external_url",
        "provider",
        "account_id",
        "wallet_address",
        "payer_address",
        "payee_address",
        "payment_intent_id",
        "metadata",
        "extra",
        "__weakref__",
    )


@attrs.frozen
class PaymentRailDetails(_PaymentRailDetailsSlots):
    """The rail of a payment as stored. For x402 the metadata carries the provider's payment challenge.

    Attributes:
        type: Rail type (older servers name it railType) (wire ``type``; also read from ``railType``).
        chain: Chain, or null (wire ``chain``).
        token: Token symbol or contract, or null (wire ``token``).
        token_address: EVM token contract address, or null (wire ``tokenAddress``).
        token_mint: Solana SPL token mint, or null (wire ``tokenMint``).
        escrow_address: Escrow contract or account, or null (wire ``escrowAddress``).
        external_url: URL for paying out of band, or null (wire ``externalUrl``).
        provider: Payment provider name, or null (wire ``provider``).
        account_id: Account at the payment provider, or null (wire ``accountId``).
        wallet_address: Wallet address, or null (wire ``walletAddress``).
        payer_address: Payer address, or null (wire ``payerAddress``).
        payee_address: Payee address, or null (wire ``payeeAddress``).
        payment_intent_id: Payment intent id at the provider, or null (wire ``paymentIntentId``).
        metadata: Rail metadata, kept exactly as sent (x402: the provider's PAYMENT-REQUIRED challenge);
            empty when absent (wire ``metadata``; keys kept exactly as written).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    type: MarketPaymentRailType = attrs.field(metadata={"wire": "type", "aliases": ["railType"]})
    chain: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "chain"})
    token: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "token"})
    token_address: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "tokenAddress"})
    token_mint: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "tokenMint"})
    escrow_address: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "escrowAddress"})
    external_url: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "externalUrl"})
    provider: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "provider"})
    account_id: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "accountId"})
    wallet_address: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "walletAddress"})
    payer_address: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "payerAddress"})
    payee_address: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "payeeAddress"})
    payment_intent_id: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "paymentIntentId"})
    metadata: Mapping[str, Any] = attrs.field(
        default=attrs.Factory(dict), kw_only=True, metadata={"wire": "metadata", "opaque": True}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


class _MarketPaymentSlots:
    """The storage of :class:`MarketPayment`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``MarketPayment`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = (
        "id",
        "order_id",
        "machine_id",
        "status",
        "rail",
        "created_at",
        "updated_at",
        "amount",
        "currency",
        "notes",
        "proof",
        "extra",
        "__weakref__",
    )


@attrs.frozen
class MarketPayment(_MarketPaymentSlots):
    """The payment record of an order. peaqOS records provider payment state; it does not collect payments
    itself.

    Attributes:
        id: Server-assigned payment id (wire ``id``).
        order_id: The order paid for (wire ``orderId``).
        machine_id: The buying machine (wire ``machineId``).
        status: Where the payment is: intent_created, held, release_pending, released; or not_required,
            frozen (disputed), refunded (wire ``status``).
        rail: The rail paid on, with its chain, token and addresses (wire ``rail``).
        created_at: ISO 8601 timestamp of creation (wire ``createdAt``).
        updated_at: ISO 8601 timestamp of the last change (wire ``updatedAt``).
        amount: Amount in units of currency (a JSON number, not base units), or null (wire ``amount``).
        currency: Currency of the amount, or null (wire ``currency``).
        notes: Notes (empty when absent) (wire ``notes``).
        proof: The recorded proof, or null (wire ``proof``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    id: str = attrs.field(metadata={"wire": "id"})
    order_id: str = attrs.field(metadata={"wire": "orderId"})
    machine_id: str = attrs.field(metadata={"wire": "machineId"})
    status: MarketPaymentStatus = attrs.field(metadata={"wire": "status"})
    rail: PaymentRailDetails = attrs.field(metadata={"wire": "rail"})
    created_at: str = attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = attrs.field(metadata={"wire": "updatedAt"})
    amount: float | None = attrs.field(default=None, kw_only=True, metadata={"wire": "amount"})
    currency: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "currency"})
    notes: tuple[str, ...] = attrs.field(default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "notes"})
    proof: PaymentProof | None = attrs.field(default=None, kw_only=True, metadata={"wire": "proof"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


# ---- unions ----------------------------------------------------------------------------------

WRAPPED: dict[type, str] = {}
"""Classes whose wire value is the value of their single field."""

DISCRIMINATED: dict[Any, tuple[tuple[str, ...], dict[str, type]]] = {}
"""Unions told apart by the value found at a path inside the body."""

CROSS_FIELD: dict[type, tuple[dict[str, Any], ...]] = {
    MarketSearchBudget: (
        {
            "rule": "at-most",
            "fields": ("amount", "max"),
            "why": "the amount meant to be spent cannot exceed the highest price accepted",
        },
        {
            "rule": "at-most",
            "fields": ("preferred", "max"),
            "why": "a preferred price above the highest price accepted can never be chosen",
        },
    ),
}
"""Rules a request model checks across its fields before sending (Python field names; see the spec header)."""

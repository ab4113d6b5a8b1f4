# generated from spec/openapi.yaml by codegen/ — do not edit
"""Typed models of the peaq OS Machine Markets (orchestration) API (0.2.0).

Frozen, slotted attrs classes with snake_case attributes. Each field keeps its camelCase wire
name in ``metadata["wire"]``; unknown response fields are kept in ``extra``; fields marked
secret never show in ``repr``.
"""

from collections.abc import Mapping, Sequence
from typing import Any, Literal, Union

import attrs

from peaq_os_sdk._model_support import redacted_repr

__all__ = [
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
    "Health",
    "ReadinessCheck",
    "Readiness",
    "BudgetCap",
    "BudgetCapInput",
    "Policy",
    "CreatePolicyRequest",
    "UpdatePolicyRequest",
    "AuditEvent",
    "ExecutionRun",
    "RunRecord",
    "ExternalHandoff",
    "MarketPaymentRailRecommendation",
    "ProviderCredentials",
    "CreateMachineIdentityChallengeRequest",
    "MachineIdentityChallengeResponse",
    "MachineIdentityProofInput",
    "MachineIdentityProof",
    "Machine",
    "RegisteredMachine",
    "CreateMachineRequest",
    "UpdateMachineRequest",
    "MachineAgent",
    "EnrollMachineAgentRequest",
    "MachineAgentHeartbeatEndpoint",
    "MachineAgentHeartbeatRequest",
    "HeartbeatEndpointResult",
    "MachineAgentHeartbeatResponse",
    "CreateAgentPairingChallengeRequest",
    "AgentPairingChallengeResponse",
    "AgentProofInput",
    "AgentPairingProof",
    "DelegationPolicy",
    "CreateAgentPairingRequest",
    "CreateAgentPairingSessionRequest",
    "UpdateAgentPairingRequest",
    "AgentPairingVerification",
    "AgentPairing",
    "AgentPairingWithToken",
    "UpsertRuntimeEndpointRequest",
    "RuntimeEndpoint",
    "SkillSummary",
    "SkillManifestInput",
    "SkillManifestOutput",
    "SkillManifest",
    "UpdateSkillConfigRequest",
    "SkillConfigResponse",
    "FieldSpec",
    "OperationContract",
    "MarketPricing",
    "MarketServiceConsumption",
    "MarketServiceEndpoint",
    "MarketService",
    "MarketSearchBudget",
    "MarketSearchRequest",
    "NormalizedTask",
    "MarketQuote",
    "MarketSearch",
    "OrderBudget",
    "MarketOrderBudget",
    "CreateMarketOrderRequest",
    "MarketOrder",
    "ExecutePaymentInput",
    "ExecuteMarketOrderRequest",
    "ExecutionOutcome",
    "NativeExecution",
    "HandoffExecution",
    "ExecuteMarketOrderNativeResponse",
    "ExecuteMarketOrderHandoffResponse",
    "PaymentProof",
    "PaymentRailDetails",
    "MarketPayment",
    "ConfirmMarketOrderResponse",
    "DisputeMarketOrderRequest",
    "OrderDispute",
    "DisputeMarketOrderResponse",
    "PaymentRailInput",
    "CreatePaymentIntentRequest",
    "SubmitPaymentProofRequest",
    "SubmitX402PaymentProofRequest",
    "LockEscrowPaymentRequest",
    "ReleasePaymentRequest",
    "RefundPaymentRequest",
    "ListSkillsOptions",
    "ListMarketServicesOptions",
    "GetMarketServiceOptions",
    "ExecuteMarketOrderResponse",
]

# ---- enums (read leniently: an unknown value arrives as a plain str) --------------------------
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


@attrs.frozen
class Health:
    """Health.

    Attributes:
        ok: (wire ``ok``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    ok: Literal[True] = attrs.field(metadata={"wire": "ok"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class ReadinessCheck:
    """ReadinessCheck.

    Attributes:
        name: (wire ``name``).
        status: (wire ``status``).
        message: (wire ``message``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    name: str = attrs.field(metadata={"wire": "name"})
    status: Literal["pass", "fail"] = attrs.field(metadata={"wire": "status"})
    message: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "message"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class Readiness:
    """Readiness.

    Attributes:
        status: (wire ``status``).
        checks: (wire ``checks``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    status: Literal["ready", "not_ready"] = attrs.field(metadata={"wire": "status"})
    checks: tuple[ReadinessCheck, ...] = attrs.field(
        default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "checks"}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class BudgetCap:
    """BudgetCap.

    Attributes:
        currency: (wire ``currency``).
        amount: (wire ``amount``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    currency: str = attrs.field(metadata={"wire": "currency"})
    amount: float = attrs.field(metadata={"wire": "amount"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class BudgetCapInput:
    """BudgetCapInput.

    Attributes:
        currency: (wire ``currency``; required).
        amount: (wire ``amount``; required).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    currency: str = attrs.field(
        metadata={"wire": "currency", "rules": {"type": "str", "min_length": 1}, "required": True}
    )
    amount: float = attrs.field(
        metadata={"wire": "amount", "rules": {"type": "number", "minimum": 0}, "required": True}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class Policy:
    """Policy.

    Attributes:
        id: (wire ``id``).
        name: (wire ``name``).
        allowed_skill_keys: (wire ``allowedSkillKeys``).
        denied_skill_keys: (wire ``deniedSkillKeys``).
        region_rules: (wire ``regionRules``).
        required_capabilities: (wire ``requiredCapabilities``).
        native_only: (wire ``nativeOnly``).
        handoff_allowed: (wire ``handoffAllowed``).
        budget_cap: (wire ``budgetCap``).
        created_at: (wire ``createdAt``).
        updated_at: (wire ``updatedAt``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    id: str = attrs.field(metadata={"wire": "id"})
    name: str = attrs.field(metadata={"wire": "name"})
    allowed_skill_keys: tuple[str, ...] = attrs.field(
        default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "allowedSkillKeys"}
    )
    denied_skill_keys: tuple[str, ...] = attrs.field(
        default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "deniedSkillKeys"}
    )
    region_rules: tuple[str, ...] = attrs.field(
        default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "regionRules"}
    )
    required_capabilities: tuple[str, ...] = attrs.field(
        default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "requiredCapabilities"}
    )
    native_only: bool = attrs.field(metadata={"wire": "nativeOnly"})
    handoff_allowed: bool = attrs.field(metadata={"wire": "handoffAllowed"})
    budget_cap: BudgetCap | None = attrs.field(default=None, kw_only=True, metadata={"wire": "budgetCap"})
    created_at: str = attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = attrs.field(metadata={"wire": "updatedAt"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class CreatePolicyRequest:
    """CreatePolicyRequest.

    Attributes:
        name: (wire ``name``; required).
        allowed_skill_keys: (wire ``allowedSkillKeys``).
        denied_skill_keys: (wire ``deniedSkillKeys``).
        budget_cap: (wire ``budgetCap``).
        region_rules: (wire ``regionRules``).
        native_only: (wire ``nativeOnly``).
        handoff_allowed: (wire ``handoffAllowed``).
        required_capabilities: (wire ``requiredCapabilities``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    name: str = attrs.field(metadata={"wire": "name", "rules": {"type": "str", "min_length": 1}, "required": True})
    allowed_skill_keys: Sequence[str] | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "allowedSkillKeys", "rules": {"type": "list", "items": {"type": "str", "min_length": 1}}},
    )
    denied_skill_keys: Sequence[str] | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "deniedSkillKeys", "rules": {"type": "list", "items": {"type": "str", "min_length": 1}}},
    )
    budget_cap: BudgetCapInput | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "budgetCap", "rules": {"model": "BudgetCapInput"}}
    )
    region_rules: Sequence[str] | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "regionRules", "rules": {"type": "list", "items": {"type": "str"}}},
    )
    native_only: bool | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "nativeOnly", "rules": {"type": "bool"}}
    )
    handoff_allowed: bool | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "handoffAllowed", "rules": {"type": "bool"}}
    )
    required_capabilities: Sequence[str] | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "requiredCapabilities", "rules": {"type": "list", "items": {"type": "str", "min_length": 1}}},
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class UpdatePolicyRequest:
    """UpdatePolicyRequest.

    Attributes:
        name: (wire ``name``).
        allowed_skill_keys: (wire ``allowedSkillKeys``).
        denied_skill_keys: (wire ``deniedSkillKeys``).
        budget_cap: (wire ``budgetCap``).
        region_rules: (wire ``regionRules``).
        native_only: (wire ``nativeOnly``).
        handoff_allowed: (wire ``handoffAllowed``).
        required_capabilities: (wire ``requiredCapabilities``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    name: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "name", "rules": {"type": "str", "min_length": 1}}
    )
    allowed_skill_keys: Sequence[str] | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "allowedSkillKeys", "rules": {"type": "list", "items": {"type": "str", "min_length": 1}}},
    )
    denied_skill_keys: Sequence[str] | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "deniedSkillKeys", "rules": {"type": "list", "items": {"type": "str", "min_length": 1}}},
    )
    budget_cap: BudgetCapInput | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "budgetCap", "rules": {"model": "BudgetCapInput"}}
    )
    region_rules: Sequence[str] | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "regionRules", "rules": {"type": "list", "items": {"type": "str"}}},
    )
    native_only: bool | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "nativeOnly", "rules": {"type": "bool"}}
    )
    handoff_allowed: bool | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "handoffAllowed", "rules": {"type": "bool"}}
    )
    required_capabilities: Sequence[str] | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "requiredCapabilities", "rules": {"type": "list", "items": {"type": "str", "min_length": 1}}},
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class AuditEvent:
    """AuditEvent.

    Attributes:
        id: (wire ``id``).
        actor: (wire ``actor``).
        type: (wire ``type``).
        resource_type: (wire ``resourceType``).
        resource_id: (wire ``resourceId``).
        created_at: (wire ``createdAt``).
        machine_id: (wire ``machineId``).
        payload: (wire ``payload``; keys kept exactly as written).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    id: str = attrs.field(metadata={"wire": "id"})
    actor: str = attrs.field(metadata={"wire": "actor"})
    type: str = attrs.field(metadata={"wire": "type"})
    resource_type: str = attrs.field(metadata={"wire": "resourceType"})
    resource_id: str = attrs.field(metadata={"wire": "resourceId"})
    created_at: str = attrs.field(metadata={"wire": "createdAt"})
    machine_id: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "machineId"})
    payload: Mapping[str, Any] = attrs.field(
        default=attrs.Factory(dict), kw_only=True, metadata={"wire": "payload", "opaque": True}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class ExecutionRun:
    """ExecutionRun.

    Attributes:
        id: (wire ``id``).
        status: (wire ``status``).
        execution_mode: (wire ``executionMode``).
        skill_key: (wire ``skillKey``).
        service_id: (wire ``serviceId``).
        outcome_id: (wire ``outcomeId``).
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
class RunRecord(ExecutionRun):
    """A stored execution run (the ExecutionRun of an execute response, with the ids that tie it to its order).

    Attributes:
        id: (wire ``id``).
        status: (wire ``status``).
        execution_mode: (wire ``executionMode``).
        skill_key: (wire ``skillKey``).
        service_id: (wire ``serviceId``).
        outcome_id: (wire ``outcomeId``).
        machine_id: (wire ``machineId``).
        order_id: (wire ``orderId``).
        task_id: (wire ``taskId``).
        route_id: (wire ``routeId``).
        created_at: (wire ``createdAt``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    machine_id: str = attrs.field(metadata={"wire": "machineId"})
    order_id: str = attrs.field(metadata={"wire": "orderId"})
    task_id: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "taskId"})
    route_id: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "routeId"})
    created_at: str = attrs.field(metadata={"wire": "createdAt"})


@attrs.frozen
class ExternalHandoff:
    """ExternalHandoff.

    Attributes:
        label: (wire ``label``).
        url: (wire ``url``).
        notes: (wire ``notes``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    label: str = attrs.field(metadata={"wire": "label"})
    url: str = attrs.field(metadata={"wire": "url"})
    notes: tuple[str, ...] = attrs.field(default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "notes"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class MarketPaymentRailRecommendation:
    """MarketPaymentRailRecommendation.

    Attributes:
        default_rail: (wire ``defaultRail``).
        required: (wire ``required``).
        supported_rails: (wire ``supportedRails``).
        notes: (wire ``notes``).
        provider: (wire ``provider``).
        chain: (wire ``chain``).
        token: (wire ``token``).
        token_address: (wire ``tokenAddress``).
        token_mint: (wire ``tokenMint``).
        wallet_address: (wire ``walletAddress``).
        external_url: (wire ``externalUrl``).
        payer_address: (wire ``payerAddress``).
        payee_address: (wire ``payeeAddress``).
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


@attrs.frozen
class ProviderCredentials:
    """Per-adapter credentials (walrus, akash, worldId, geodnet, aethir, ...), adapter name -> settings. Redacted
    by the server before persistence. On the wire this is the map itself; the SDK class holds it in its single
    field `providers` (x-sdk-wrap).

    Attributes:
        providers: (wire ``providers``; secret: never shown in repr, errors or logs).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    providers: Mapping[str, Mapping[str, str]] | None = attrs.field(
        default=None,
        kw_only=True,
        repr=redacted_repr,
        metadata={
            "wire": "providers",
            "secret": True,
            "rules": {"type": "map", "values": {"type": "map", "values": {"type": "str"}}},
        },
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class CreateMachineIdentityChallengeRequest:
    """CreateMachineIdentityChallengeRequest.

    Attributes:
        identity_ref: did:peaq:0x<address>, did:peaq:<decimal> or its alias peaqos:machine:<decimal>. (wire
            ``identityRef``; required).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    identity_ref: str = attrs.field(
        metadata={
            "wire": "identityRef",
            "rules": {
                "type": "str",
                "min_length": 1,
                "pattern": "^(did:peaq:(0x[0-9a-fA-F]{40}|0|[1-9][0-9]*)|peaqos:machine:(0|[1-9][0-9]*))$",
            },
            "required": True,
        }
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class MachineIdentityChallengeResponse:
    """MachineIdentityChallengeResponse.

    Attributes:
        challenge_id: (wire ``challengeId``; never empty).
        identity_ref: The canonical did:peaq:<decimal>. (wire ``identityRef``).
        message: (wire ``message``).
        expires_at: (wire ``expiresAt``).
        verification_method: (wire ``verificationMethod``).
        controller_addresses: (wire ``controllerAddresses``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    challenge_id: str = attrs.field(metadata={"wire": "challengeId", "non_empty": True})
    identity_ref: str = attrs.field(metadata={"wire": "identityRef"})
    message: str = attrs.field(metadata={"wire": "message"})
    expires_at: str = attrs.field(metadata={"wire": "expiresAt"})
    verification_method: VerificationMethod = attrs.field(metadata={"wire": "verificationMethod"})
    controller_addresses: tuple[str, ...] = attrs.field(metadata={"wire": "controllerAddresses"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen(kw_only=True)
class MachineIdentityProofInput:
    """MachineIdentityProofInput.

    Attributes:
        challenge_id: (wire ``challengeId``; required).
        signature: EIP-191 signature: 0x + 130 hex (65 bytes r||s||v, v 27 or 28). (wire ``signature``; required).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    challenge_id: str = attrs.field(
        metadata={"wire": "challengeId", "rules": {"type": "str", "min_length": 1}, "required": True}
    )
    signature: str = attrs.field(
        metadata={"wire": "signature", "rules": {"type": "str", "pattern": "^0x[0-9a-fA-F]{130}$"}, "required": True}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class MachineIdentityProof:
    """MachineIdentityProof.

    Attributes:
        method: (wire ``method``).
        identity_ref: (wire ``identityRef``).
        signer_address: (wire ``signerAddress``).
        challenge_id: (wire ``challengeId``).
        verified_at: (wire ``verifiedAt``).
        challenge_expires_at: (wire ``challengeExpiresAt``).
        resolution_source: (wire ``resolutionSource``).
        controller_addresses: (wire ``controllerAddresses``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    method: VerificationMethod = attrs.field(metadata={"wire": "method"})
    identity_ref: str = attrs.field(metadata={"wire": "identityRef"})
    signer_address: str = attrs.field(metadata={"wire": "signerAddress"})
    challenge_id: str = attrs.field(metadata={"wire": "challengeId"})
    verified_at: str = attrs.field(metadata={"wire": "verifiedAt"})
    challenge_expires_at: str = attrs.field(metadata={"wire": "challengeExpiresAt"})
    resolution_source: ResolutionSource = attrs.field(metadata={"wire": "resolutionSource"})
    controller_addresses: tuple[str, ...] = attrs.field(
        default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "controllerAddresses"}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class Machine:
    """Machine.

    Attributes:
        id: (wire ``id``).
        display_name: (wire ``displayName``).
        status: (wire ``status``).
        owner_id: (wire ``ownerId``).
        machine_type: (wire ``machineType``).
        runtime_profile: (wire ``runtimeProfile``).
        capabilities: (wire ``capabilities``).
        labels: (wire ``labels``; keys kept exactly as written).
        policy_ids: (wire ``policyIds``).
        skill_keys: (wire ``skillKeys``).
        created_at: (wire ``createdAt``).
        updated_at: (wire ``updatedAt``).
        identity_ref: The canonical did:peaq:<decimal>. (wire ``identityRef``).
        identity_proof: (wire ``identityProof``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    id: str = attrs.field(metadata={"wire": "id"})
    display_name: str = attrs.field(metadata={"wire": "displayName"})
    status: MachineStatus = attrs.field(metadata={"wire": "status"})
    owner_id: str = attrs.field(metadata={"wire": "ownerId"})
    machine_type: str = attrs.field(metadata={"wire": "machineType"})
    runtime_profile: str = attrs.field(metadata={"wire": "runtimeProfile"})
    capabilities: tuple[str, ...] = attrs.field(
        default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "capabilities"}
    )
    labels: Mapping[str, str] = attrs.field(
        default=attrs.Factory(dict), kw_only=True, metadata={"wire": "labels", "opaque": True}
    )
    policy_ids: tuple[str, ...] = attrs.field(
        default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "policyIds"}
    )
    skill_keys: tuple[str, ...] = attrs.field(
        default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "skillKeys"}
    )
    created_at: str = attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = attrs.field(metadata={"wire": "updatedAt"})
    identity_ref: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "identityRef"})
    identity_proof: MachineIdentityProof | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "identityProof"}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class RegisteredMachine(Machine):
    """A Machine as POST /machines answers it, where identityRef is always present (a documented subclass of
    Machine).

    Attributes:
        id: (wire ``id``).
        display_name: (wire ``displayName``).
        status: (wire ``status``).
        owner_id: (wire ``ownerId``).
        machine_type: (wire ``machineType``).
        runtime_profile: (wire ``runtimeProfile``).
        capabilities: (wire ``capabilities``).
        labels: (wire ``labels``; keys kept exactly as written).
        policy_ids: (wire ``policyIds``).
        skill_keys: (wire ``skillKeys``).
        created_at: (wire ``createdAt``).
        updated_at: (wire ``updatedAt``).
        identity_ref: The canonical did:peaq:<decimal>. (wire ``identityRef``).
        identity_proof: (wire ``identityProof``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    identity_ref: str = attrs.field(metadata={"wire": "identityRef"})


@attrs.frozen(kw_only=True)
class CreateMachineRequest:
    """CreateMachineRequest.

    Attributes:
        display_name: (wire ``displayName``; required).
        owner_id: (wire ``ownerId``; required).
        machine_type: Free text (e.g. edge-node. (wire ``machineType``; required).
        runtime_profile: Free text (e.g. linux-docker). (wire ``runtimeProfile``; required).
        identity_ref: did:peaq:0x<address>, did:peaq:<decimal> or peaqos:machine:<decimal>. (wire ``identityRef``;
            required).
        identity_proof: Required by the SDK; the server enforces it while identity verification is on
            (MACHINE_IDENTITY_PROOF_REQUIRED). (wire ``identityProof``; required).
        capabilities: (wire ``capabilities``).
        labels: (wire ``labels``; keys kept exactly as written).
        policy_ids: (wire ``policyIds``).
        skill_keys: (wire ``skillKeys``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    display_name: str = attrs.field(
        metadata={"wire": "displayName", "rules": {"type": "str", "min_length": 1}, "required": True}
    )
    owner_id: str = attrs.field(
        metadata={"wire": "ownerId", "rules": {"type": "str", "min_length": 1}, "required": True}
    )
    machine_type: str = attrs.field(metadata={"wire": "machineType", "rules": {"type": "str"}, "required": True})
    runtime_profile: str = attrs.field(metadata={"wire": "runtimeProfile", "rules": {"type": "str"}, "required": True})
    identity_ref: str = attrs.field(
        metadata={
            "wire": "identityRef",
            "rules": {
                "type": "str",
                "min_length": 1,
                "pattern": "^(did:peaq:(0x[0-9a-fA-F]{40}|0|[1-9][0-9]*)|peaqos:machine:(0|[1-9][0-9]*))$",
            },
            "required": True,
        }
    )
    identity_proof: MachineIdentityProofInput = attrs.field(
        metadata={"wire": "identityProof", "rules": {"model": "MachineIdentityProofInput"}, "required": True}
    )
    capabilities: Sequence[str] | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "capabilities", "rules": {"type": "list", "items": {"type": "str"}}},
    )
    labels: Mapping[str, str] | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "labels", "opaque": True, "rules": {"type": "map", "values": {"type": "str"}}},
    )
    policy_ids: Sequence[str] | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "policyIds", "rules": {"type": "list", "items": {"type": "str"}}}
    )
    skill_keys: Sequence[str] | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "skillKeys", "rules": {"type": "list", "items": {"type": "str"}}}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class UpdateMachineRequest:
    """UpdateMachineRequest.

    Attributes:
        display_name: (wire ``displayName``).
        status: (wire ``status``).
        owner_id: (wire ``ownerId``).
        identity_ref: did:peaq:0x<address>, did:peaq:<decimal> or peaqos:machine:<decimal>. (wire ``identityRef``).
        machine_type: (wire ``machineType``).
        runtime_profile: (wire ``runtimeProfile``).
        capabilities: (wire ``capabilities``).
        labels: (wire ``labels``; keys kept exactly as written).
        policy_ids: (wire ``policyIds``).
        skill_keys: (wire ``skillKeys``).
        identity_proof: (wire ``identityProof``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    display_name: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "displayName", "rules": {"type": "str", "min_length": 1}}
    )
    status: MachineStatus | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "status", "rules": {"enum": ("draft", "active", "degraded", "blocked", "archived")}},
    )
    owner_id: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "ownerId", "rules": {"type": "str", "min_length": 1}}
    )
    identity_ref: str | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={
            "wire": "identityRef",
            "rules": {
                "type": "str",
                "min_length": 1,
                "pattern": "^(did:peaq:(0x[0-9a-fA-F]{40}|0|[1-9][0-9]*)|peaqos:machine:(0|[1-9][0-9]*))$",
            },
        },
    )
    machine_type: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "machineType", "rules": {"type": "str"}}
    )
    runtime_profile: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "runtimeProfile", "rules": {"type": "str"}}
    )
    capabilities: Sequence[str] | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "capabilities", "rules": {"type": "list", "items": {"type": "str"}}},
    )
    labels: Mapping[str, str] | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "labels", "opaque": True, "rules": {"type": "map", "values": {"type": "str"}}},
    )
    policy_ids: Sequence[str] | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "policyIds", "rules": {"type": "list", "items": {"type": "str"}}}
    )
    skill_keys: Sequence[str] | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "skillKeys", "rules": {"type": "list", "items": {"type": "str"}}}
    )
    identity_proof: MachineIdentityProofInput | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "identityProof", "rules": {"model": "MachineIdentityProofInput"}}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class MachineAgent:
    """MachineAgent.

    Attributes:
        id: (wire ``id``).
        machine_id: (wire ``machineId``).
        label: (wire ``label``).
        status: (wire ``status``).
        created_at: (wire ``createdAt``).
        updated_at: (wire ``updatedAt``).
        allowed_provider_keys: (wire ``allowedProviderKeys``).
        last_seen_at: (wire ``lastSeenAt``).
        provisioning_token: Returned only by enrollment. The docs name it agentToken; a reader accepts either name. (wire
            ``provisioningToken``; also read from ``agentToken``; returned once: keep it; secret: never shown
            in repr, errors or logs).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    id: str = attrs.field(metadata={"wire": "id"})
    machine_id: str = attrs.field(metadata={"wire": "machineId"})
    label: str = attrs.field(metadata={"wire": "label"})
    status: MachineAgentStatus = attrs.field(metadata={"wire": "status"})
    created_at: str = attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = attrs.field(metadata={"wire": "updatedAt"})
    allowed_provider_keys: tuple[str, ...] = attrs.field(
        default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "allowedProviderKeys"}
    )
    last_seen_at: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "lastSeenAt"})
    provisioning_token: str | None = attrs.field(
        default=None,
        kw_only=True,
        repr=redacted_repr,
        metadata={"wire": "provisioningToken", "secret": True, "one_time": True, "aliases": ["agentToken"]},
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class EnrollMachineAgentRequest:
    """EnrollMachineAgentRequest.

    Attributes:
        label: (wire ``label``).
        allowed_provider_keys: (wire ``allowedProviderKeys``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    label: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "label", "rules": {"type": "str"}})
    allowed_provider_keys: Sequence[str] | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "allowedProviderKeys", "rules": {"type": "list", "items": {"type": "str", "min_length": 1}}},
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class MachineAgentHeartbeatEndpoint:
    """MachineAgentHeartbeatEndpoint.

    Attributes:
        provider_key: (wire ``providerKey``; required).
        endpoint_base_url: (wire ``endpointBaseUrl``; required).
        label: (wire ``label``).
        auth_type: (wire ``authType``).
        auth_token: (wire ``authToken``; secret: never shown in repr, errors or logs).
        model_alias: (wire ``modelAlias``).
        network_scope: (wire ``networkScope``).
        probe_path: (wire ``probePath``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    provider_key: Literal["qvac"] = attrs.field(
        metadata={"wire": "providerKey", "rules": {"enum": ("qvac",), "type": "str"}, "required": True}
    )
    endpoint_base_url: str = attrs.field(
        metadata={"wire": "endpointBaseUrl", "rules": {"type": "str", "min_length": 1, "url": True}, "required": True}
    )
    label: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "label", "rules": {"type": "str"}})
    auth_type: EndpointAuthType | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "authType", "rules": {"enum": ("none", "api-key", "bearer")}}
    )
    auth_token: str | None = attrs.field(
        default=None,
        kw_only=True,
        repr=redacted_repr,
        metadata={"wire": "authToken", "secret": True, "rules": {"type": "str"}},
    )
    model_alias: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "modelAlias", "rules": {"type": "str"}}
    )
    network_scope: EndpointNetworkScope | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "networkScope", "rules": {"enum": ("loopback", "lan", "vpn", "public")}},
    )
    probe_path: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "probePath", "rules": {"type": "str"}}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen(kw_only=True)
class MachineAgentHeartbeatRequest:
    """MachineAgentHeartbeatRequest.

    Attributes:
        machine_id: (wire ``machineId``; required).
        agent_id: (wire ``agentId``; required).
        agent_token: Required by the SDK; the server also accepts the token as x-agent-pairing-token or Authorization:
            Bearer, and answers AGENT_AUTH_REQUIRED when it is missing everywhere. (wire ``agentToken``;
            required; secret: never shown in repr, errors or logs).
        endpoints: (wire ``endpoints``; required).
        lease_ttl_seconds: Lease in seconds (server default when absent). Never null. (wire ``leaseTtlSeconds``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    machine_id: str = attrs.field(
        metadata={"wire": "machineId", "rules": {"type": "str", "min_length": 1}, "required": True}
    )
    agent_id: str = attrs.field(
        metadata={"wire": "agentId", "rules": {"type": "str", "min_length": 1}, "required": True}
    )
    agent_token: str = attrs.field(
        repr=redacted_repr,
        metadata={"wire": "agentToken", "secret": True, "rules": {"type": "str", "min_length": 1}, "required": True},
    )
    endpoints: Sequence[MachineAgentHeartbeatEndpoint] = attrs.field(
        metadata={
            "wire": "endpoints",
            "rules": {"type": "list", "min_items": 1, "items": {"model": "MachineAgentHeartbeatEndpoint"}},
            "required": True,
        }
    )
    lease_ttl_seconds: int | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "leaseTtlSeconds", "rules": {"type": "int", "minimum": 1}}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class HeartbeatEndpointResult:
    """HeartbeatEndpointResult.

    Attributes:
        provider_key: (wire ``providerKey``).
        endpoint_base_url: (wire ``endpointBaseUrl``).
        status: (wire ``status``).
        lease_expires_at: (wire ``leaseExpiresAt``).
        health_error: (wire ``healthError``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    provider_key: str = attrs.field(metadata={"wire": "providerKey"})
    endpoint_base_url: str = attrs.field(metadata={"wire": "endpointBaseUrl"})
    status: EndpointHealthStatus = attrs.field(metadata={"wire": "status"})
    lease_expires_at: str = attrs.field(metadata={"wire": "leaseExpiresAt"})
    health_error: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "healthError"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class MachineAgentHeartbeatResponse:
    """MachineAgentHeartbeatResponse.

    Attributes:
        machine_id: (wire ``machineId``).
        agent_id: (wire ``agentId``).
        lease_ttl_seconds: (wire ``leaseTtlSeconds``).
        observed_at: (wire ``observedAt``).
        endpoints: (wire ``endpoints``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    machine_id: str = attrs.field(metadata={"wire": "machineId"})
    agent_id: str = attrs.field(metadata={"wire": "agentId"})
    lease_ttl_seconds: int = attrs.field(metadata={"wire": "leaseTtlSeconds"})
    observed_at: str = attrs.field(metadata={"wire": "observedAt"})
    endpoints: tuple[HeartbeatEndpointResult, ...] = attrs.field(metadata={"wire": "endpoints"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen(kw_only=True)
class CreateAgentPairingChallengeRequest:
    """CreateAgentPairingChallengeRequest.

    Attributes:
        agent_address: (wire ``agentAddress``; required).
        agent_provider: Free text (e.g. anthropic, openai); non-empty, as the challenge echoes it and readers require it
            non-empty. (wire ``agentProvider``; required).
        agent_role: Free text (e.g. buyer, machine-market-buyer); non-empty, as agentProvider. (wire ``agentRole``;
            required).
        agent_did: (wire ``agentDid``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    agent_address: str = attrs.field(
        metadata={"wire": "agentAddress", "rules": {"type": "str", "pattern": "^0x[0-9a-fA-F]{40}$"}, "required": True}
    )
    agent_provider: str = attrs.field(
        metadata={"wire": "agentProvider", "rules": {"type": "str", "min_length": 1}, "required": True}
    )
    agent_role: str = attrs.field(
        metadata={"wire": "agentRole", "rules": {"type": "str", "min_length": 1}, "required": True}
    )
    agent_did: str | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "agentDid", "rules": {"type": "str", "pattern": "^did:pkh:eip155:[0-9]+:0x[0-9a-fA-F]{40}$"}},
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class AgentPairingChallengeResponse:
    """Every field is always present and non-empty (the reference SDK requires each; the identity ref is
    canonical).

    Attributes:
        challenge_id: (wire ``challengeId``; never empty).
        agent_address: (wire ``agentAddress``; never empty).
        message: (wire ``message``; never empty).
        expires_at: (wire ``expiresAt``; never empty).
        verification_method: (wire ``verificationMethod``).
        machine_id: (wire ``machineId``; never empty).
        machine_identity_ref: (wire ``machineIdentityRef``).
        agent_did: The agent DID given. (wire ``agentDid``; never empty).
        agent_provider: (wire ``agentProvider``; never empty).
        agent_role: (wire ``agentRole``; never empty).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    challenge_id: str = attrs.field(metadata={"wire": "challengeId", "non_empty": True})
    agent_address: str = attrs.field(metadata={"wire": "agentAddress", "non_empty": True})
    message: str = attrs.field(metadata={"wire": "message", "non_empty": True})
    expires_at: str = attrs.field(metadata={"wire": "expiresAt", "non_empty": True})
    verification_method: VerificationMethod = attrs.field(metadata={"wire": "verificationMethod"})
    machine_id: str = attrs.field(metadata={"wire": "machineId", "non_empty": True})
    machine_identity_ref: str = attrs.field(metadata={"wire": "machineIdentityRef"})
    agent_did: str = attrs.field(metadata={"wire": "agentDid", "non_empty": True})
    agent_provider: str = attrs.field(metadata={"wire": "agentProvider", "non_empty": True})
    agent_role: str = attrs.field(metadata={"wire": "agentRole", "non_empty": True})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen(kw_only=True)
class AgentProofInput:
    """AgentProofInput.

    Attributes:
        challenge_id: (wire ``challengeId``; required).
        signature: EIP-191 signature: 0x + 130 hex (65 bytes r||s||v, v 27 or 28). (wire ``signature``; required).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    challenge_id: str = attrs.field(
        metadata={"wire": "challengeId", "rules": {"type": "str", "min_length": 1}, "required": True}
    )
    signature: str = attrs.field(
        metadata={"wire": "signature", "rules": {"type": "str", "pattern": "^0x[0-9a-fA-F]{130}$"}, "required": True}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


AgentPairingProof = AgentProofInput


@attrs.frozen
class DelegationPolicy:
    """DelegationPolicy.

    Attributes:
        allowed_skill_keys: (wire ``allowedSkillKeys``).
        denied_skill_keys: (wire ``deniedSkillKeys``).
        allowed_service_ids: (wire ``allowedServiceIds``).
        denied_service_ids: (wire ``deniedServiceIds``).
        per_transaction_limit: (wire ``perTransactionLimit``).
        daily_spend_limit: (wire ``dailySpendLimit``).
        currency: (wire ``currency``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim; sent back as given when this object is part of a request.
    """

    allowed_skill_keys: Sequence[str] = attrs.field(
        default=attrs.Factory(tuple),
        kw_only=True,
        metadata={"wire": "allowedSkillKeys", "rules": {"type": "list", "items": {"type": "str"}}},
    )
    denied_skill_keys: Sequence[str] = attrs.field(
        default=attrs.Factory(tuple),
        kw_only=True,
        metadata={"wire": "deniedSkillKeys", "rules": {"type": "list", "items": {"type": "str"}}},
    )
    allowed_service_ids: Sequence[str] = attrs.field(
        default=attrs.Factory(tuple),
        kw_only=True,
        metadata={"wire": "allowedServiceIds", "rules": {"type": "list", "items": {"type": "str"}}},
    )
    denied_service_ids: Sequence[str] = attrs.field(
        default=attrs.Factory(tuple),
        kw_only=True,
        metadata={"wire": "deniedServiceIds", "rules": {"type": "list", "items": {"type": "str"}}},
    )
    per_transaction_limit: float | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "perTransactionLimit", "rules": {"type": "number", "minimum": 0}}
    )
    daily_spend_limit: float | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "dailySpendLimit", "rules": {"type": "number", "minimum": 0}}
    )
    currency: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "currency", "rules": {"type": "str"}}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen(kw_only=True)
class CreateAgentPairingRequest:
    """CreateAgentPairingRequest.

    Attributes:
        agent_address: (wire ``agentAddress``; required).
        agent_provider: Free text (e.g. anthropic, openai); non-empty, as the challenge echoes it and readers require it
            non-empty. (wire ``agentProvider``; required).
        agent_role: Free text (e.g. buyer, machine-market-buyer); non-empty, as agentProvider. (wire ``agentRole``;
            required).
        agent_proof: Required by the SDK; the server enforces it while pairing verification is on
            (AGENT_PAIRING_PROOF_REQUIRED). (wire ``agentProof``; required).
        agent_did: (wire ``agentDid``).
        description: (wire ``description``).
        delegation_policy: (wire ``delegationPolicy``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    agent_address: str = attrs.field(
        metadata={"wire": "agentAddress", "rules": {"type": "str", "pattern": "^0x[0-9a-fA-F]{40}$"}, "required": True}
    )
    agent_provider: str = attrs.field(
        metadata={"wire": "agentProvider", "rules": {"type": "str", "min_length": 1}, "required": True}
    )
    agent_role: str = attrs.field(
        metadata={"wire": "agentRole", "rules": {"type": "str", "min_length": 1}, "required": True}
    )
    agent_proof: AgentProofInput = attrs.field(
        metadata={"wire": "agentProof", "rules": {"model": "AgentProofInput"}, "required": True}
    )
    agent_did: str | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "agentDid", "rules": {"type": "str", "pattern": "^did:pkh:eip155:[0-9]+:0x[0-9a-fA-F]{40}$"}},
    )
    description: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "description", "rules": {"type": "str"}}
    )
    delegation_policy: DelegationPolicy | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "delegationPolicy", "rules": {"model": "DelegationPolicy"}}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class CreateAgentPairingSessionRequest:
    """CreateAgentPairingSessionRequest.

    Attributes:
        agent_proof: (wire ``agentProof``; required).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    agent_proof: AgentProofInput = attrs.field(
        metadata={"wire": "agentProof", "rules": {"model": "AgentProofInput"}, "required": True}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class UpdateAgentPairingRequest:
    """UpdateAgentPairingRequest.

    Attributes:
        agent_provider: (wire ``agentProvider``).
        agent_role: (wire ``agentRole``).
        description: (wire ``description``).
        status: (wire ``status``).
        delegation_policy: (wire ``delegationPolicy``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    agent_provider: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "agentProvider", "rules": {"type": "str", "min_length": 1}}
    )
    agent_role: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "agentRole", "rules": {"type": "str", "min_length": 1}}
    )
    description: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "description", "rules": {"type": "str"}}
    )
    status: AgentPairingStatus | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "status", "rules": {"enum": ("active", "paused", "revoked")}}
    )
    delegation_policy: DelegationPolicy | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "delegationPolicy", "rules": {"model": "DelegationPolicy"}}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class AgentPairingVerification:
    """AgentPairingVerification.

    Attributes:
        method: (wire ``method``).
        signer_address: (wire ``signerAddress``).
        verified_at: (wire ``verifiedAt``).
        challenge_expires_at: (wire ``challengeExpiresAt``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    method: VerificationMethod = attrs.field(metadata={"wire": "method"})
    signer_address: str = attrs.field(metadata={"wire": "signerAddress"})
    verified_at: str = attrs.field(metadata={"wire": "verifiedAt"})
    challenge_expires_at: str = attrs.field(metadata={"wire": "challengeExpiresAt"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class AgentPairing:
    """AgentPairing.

    Attributes:
        id: (wire ``id``).
        machine_id: (wire ``machineId``).
        status: (wire ``status``).
        agent_address: (wire ``agentAddress``).
        agent_provider: (wire ``agentProvider``).
        agent_role: (wire ``agentRole``).
        delegation_policy: (wire ``delegationPolicy``).
        has_auth_token: (wire ``hasAuthToken``).
        created_at: (wire ``createdAt``).
        updated_at: (wire ``updatedAt``).
        agent_did: (wire ``agentDid``).
        description: (wire ``description``).
        verification: (wire ``verification``).
        token_last_four: (wire ``tokenLastFour``).
        session_id: (wire ``sessionId``).
        session_token_id: (wire ``sessionTokenId``).
        session_issued_at: (wire ``sessionIssuedAt``).
        session_expires_at: (wire ``sessionExpiresAt``).
        pairing_token: Returned only by pairing create and session rotation. (wire ``pairingToken``; returned once: keep
            it; secret: never shown in repr, errors or logs).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    id: str = attrs.field(metadata={"wire": "id"})
    machine_id: str = attrs.field(metadata={"wire": "machineId"})
    status: AgentPairingStatus = attrs.field(metadata={"wire": "status"})
    agent_address: str = attrs.field(metadata={"wire": "agentAddress"})
    agent_provider: str = attrs.field(metadata={"wire": "agentProvider"})
    agent_role: str = attrs.field(metadata={"wire": "agentRole"})
    delegation_policy: DelegationPolicy = attrs.field(metadata={"wire": "delegationPolicy"})
    has_auth_token: bool = attrs.field(metadata={"wire": "hasAuthToken"})
    created_at: str = attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = attrs.field(metadata={"wire": "updatedAt"})
    agent_did: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "agentDid"})
    description: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "description"})
    verification: AgentPairingVerification | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "verification"}
    )
    token_last_four: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "tokenLastFour"})
    session_id: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "sessionId"})
    session_token_id: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "sessionTokenId"})
    session_issued_at: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "sessionIssuedAt"})
    session_expires_at: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "sessionExpiresAt"})
    pairing_token: str | None = attrs.field(
        default=None,
        kw_only=True,
        repr=redacted_repr,
        metadata={"wire": "pairingToken", "secret": True, "one_time": True},
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class AgentPairingWithToken(AgentPairing):
    """An AgentPairing as pairing create and session rotation answer it, carrying the one-time pairingToken (a
    documented subclass of AgentPairing).

    Attributes:
        id: (wire ``id``).
        machine_id: (wire ``machineId``).
        status: (wire ``status``).
        agent_address: (wire ``agentAddress``).
        agent_provider: (wire ``agentProvider``).
        agent_role: (wire ``agentRole``).
        delegation_policy: (wire ``delegationPolicy``).
        has_auth_token: (wire ``hasAuthToken``).
        created_at: (wire ``createdAt``).
        updated_at: (wire ``updatedAt``).
        agent_did: (wire ``agentDid``).
        description: (wire ``description``).
        verification: (wire ``verification``).
        token_last_four: (wire ``tokenLastFour``).
        session_id: (wire ``sessionId``).
        session_token_id: (wire ``sessionTokenId``).
        session_issued_at: (wire ``sessionIssuedAt``).
        session_expires_at: (wire ``sessionExpiresAt``).
        pairing_token: HS256 session JWT. (wire ``pairingToken``; never empty; returned once: keep it; secret: never
            shown in repr, errors or logs).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    pairing_token: str = attrs.field(
        repr=redacted_repr, metadata={"wire": "pairingToken", "secret": True, "one_time": True, "non_empty": True}
    )


@attrs.frozen
class UpsertRuntimeEndpointRequest:
    """UpsertRuntimeEndpointRequest.

    Attributes:
        endpoint_base_url: http(s) URL with a host; the server keeps scheme and host[:port] only (path, query and fragment
            are stripped). (wire ``endpointBaseUrl``; required).
        label: Default "<PROVIDERKEY upper-cased> runtime". (wire ``label``).
        auth_type: (wire ``authType``).
        auth_token: Never echoed; views expose hasAuthToken. (wire ``authToken``; secret: never shown in repr, errors
            or logs).
        model_alias: (wire ``modelAlias``).
        network_scope: (wire ``networkScope``).
        probe_path: Default /v1/models for qvac. (wire ``probePath``).
        status: (wire ``status``).
        lease_expires_at: ISO 8601 lease end (documented request field). (wire ``leaseExpiresAt``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    endpoint_base_url: str = attrs.field(
        metadata={"wire": "endpointBaseUrl", "rules": {"type": "str", "min_length": 1, "url": True}, "required": True}
    )
    label: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "label", "rules": {"type": "str"}})
    auth_type: EndpointAuthType | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "authType", "rules": {"enum": ("none", "api-key", "bearer")}}
    )
    auth_token: str | None = attrs.field(
        default=None,
        kw_only=True,
        repr=redacted_repr,
        metadata={"wire": "authToken", "secret": True, "rules": {"type": "str"}},
    )
    model_alias: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "modelAlias", "rules": {"type": "str"}}
    )
    network_scope: EndpointNetworkScope | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "networkScope", "rules": {"enum": ("loopback", "lan", "vpn", "public")}},
    )
    probe_path: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "probePath", "rules": {"type": "str"}}
    )
    status: EndpointHealthStatus | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "status", "rules": {"enum": ("active", "degraded", "unreachable")}},
    )
    lease_expires_at: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "leaseExpiresAt", "rules": {"type": "str", "min_length": 1}}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class RuntimeEndpoint:
    """RuntimeEndpoint.

    Attributes:
        id: (wire ``id``).
        machine_id: (wire ``machineId``).
        provider_key: Lower-cased by the server. (wire ``providerKey``).
        source: (wire ``source``).
        label: (wire ``label``).
        endpoint_base_url: (wire ``endpointBaseUrl``).
        auth_type: (wire ``authType``).
        has_auth_token: (wire ``hasAuthToken``).
        network_scope: (wire ``networkScope``).
        status: (wire ``status``).
        created_at: (wire ``createdAt``).
        updated_at: (wire ``updatedAt``).
        probe_path: (wire ``probePath``).
        agent_id: (wire ``agentId``).
        model_alias: (wire ``modelAlias``).
        lease_expires_at: (wire ``leaseExpiresAt``).
        last_checked_at: (wire ``lastCheckedAt``).
        last_healthy_at: (wire ``lastHealthyAt``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    id: str = attrs.field(metadata={"wire": "id"})
    machine_id: str = attrs.field(metadata={"wire": "machineId"})
    provider_key: str = attrs.field(metadata={"wire": "providerKey"})
    source: EndpointSource = attrs.field(metadata={"wire": "source"})
    label: str = attrs.field(metadata={"wire": "label"})
    endpoint_base_url: str = attrs.field(metadata={"wire": "endpointBaseUrl"})
    auth_type: EndpointAuthType = attrs.field(metadata={"wire": "authType"})
    has_auth_token: bool = attrs.field(metadata={"wire": "hasAuthToken"})
    network_scope: EndpointNetworkScope = attrs.field(metadata={"wire": "networkScope"})
    status: EndpointHealthStatus = attrs.field(metadata={"wire": "status"})
    created_at: str = attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = attrs.field(metadata={"wire": "updatedAt"})
    probe_path: str | None = attrs.field(default="", kw_only=True, metadata={"wire": "probePath"})
    agent_id: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "agentId"})
    model_alias: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "modelAlias"})
    lease_expires_at: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "leaseExpiresAt"})
    last_checked_at: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "lastCheckedAt"})
    last_healthy_at: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "lastHealthyAt"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class SkillSummary:
    """SkillSummary.

    Attributes:
        key: (wire ``key``).
        provider_key: (wire ``providerKey``).
        label: (wire ``label``).
        description: (wire ``description``).
        direction: (wire ``direction``).
        scope: (wire ``scope``).
        source: (wire ``source``).
        listed_by: (wire ``listedBy``).
        kind: (wire ``kind``).
        auth_type: (wire ``authType``).
        auth_state: (wire ``authState``).
        access_mode: (wire ``accessMode``).
        distribution: (wire ``distribution``).
        maturity: (wire ``maturity``).
        execution_mode: (wire ``executionMode``).
        integration_status: (wire ``integrationStatus``).
        requires_human_enablement: (wire ``requiresHumanEnablement``).
        service_types: (wire ``serviceTypes``).
        operations: (wire ``operations``).
        required_env: (wire ``requiredEnv``).
        last_verified_at: (wire ``lastVerifiedAt``).
        reference_url: (wire ``referenceUrl``).
        artifact_url: (wire ``artifactUrl``).
        handoff: (wire ``handoff``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    key: str = attrs.field(metadata={"wire": "key"})
    provider_key: str = attrs.field(metadata={"wire": "providerKey"})
    label: str = attrs.field(metadata={"wire": "label"})
    description: str = attrs.field(metadata={"wire": "description"})
    direction: SkillDirection = attrs.field(metadata={"wire": "direction"})
    scope: SkillScope = attrs.field(metadata={"wire": "scope"})
    source: SkillSource = attrs.field(metadata={"wire": "source"})
    listed_by: str = attrs.field(metadata={"wire": "listedBy"})
    kind: SkillKind = attrs.field(metadata={"wire": "kind"})
    auth_type: SkillAuthType = attrs.field(metadata={"wire": "authType"})
    auth_state: SkillAuthState = attrs.field(metadata={"wire": "authState"})
    access_mode: SkillAccessMode = attrs.field(metadata={"wire": "accessMode"})
    distribution: SkillDistribution = attrs.field(metadata={"wire": "distribution"})
    maturity: SkillMaturity = attrs.field(metadata={"wire": "maturity"})
    execution_mode: ExecutionMode = attrs.field(metadata={"wire": "executionMode"})
    integration_status: IntegrationStatus = attrs.field(metadata={"wire": "integrationStatus"})
    requires_human_enablement: bool = attrs.field(metadata={"wire": "requiresHumanEnablement"})
    service_types: tuple[ServiceType, ...] = attrs.field(
        default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "serviceTypes"}
    )
    operations: tuple[str, ...] = attrs.field(
        default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "operations"}
    )
    required_env: tuple[str, ...] = attrs.field(
        default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "requiredEnv"}
    )
    last_verified_at: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "lastVerifiedAt"})
    reference_url: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "referenceUrl"})
    artifact_url: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "artifactUrl"})
    handoff: ExternalHandoff | None = attrs.field(default=None, kw_only=True, metadata={"wire": "handoff"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class SkillManifestInput:
    """SkillManifestInput.

    Attributes:
        key: (wire ``key``).
        type: (wire ``type``).
        required: (wire ``required``).
        description: (wire ``description``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    key: str = attrs.field(metadata={"wire": "key"})
    type: str = attrs.field(metadata={"wire": "type"})
    required: bool = attrs.field(metadata={"wire": "required"})
    description: str = attrs.field(metadata={"wire": "description"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class SkillManifestOutput:
    """SkillManifestOutput.

    Attributes:
        key: (wire ``key``).
        type: (wire ``type``).
        description: (wire ``description``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    key: str = attrs.field(metadata={"wire": "key"})
    type: str = attrs.field(metadata={"wire": "type"})
    description: str = attrs.field(metadata={"wire": "description"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class SkillManifest:
    """SkillManifest.

    Attributes:
        key: (wire ``key``).
        provider_key: (wire ``providerKey``).
        label: (wire ``label``).
        summary: (wire ``summary``).
        inputs: (wire ``inputs``).
        outputs: (wire ``outputs``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    key: str = attrs.field(metadata={"wire": "key"})
    provider_key: str = attrs.field(metadata={"wire": "providerKey"})
    label: str = attrs.field(metadata={"wire": "label"})
    summary: str = attrs.field(metadata={"wire": "summary"})
    inputs: tuple[SkillManifestInput, ...] = attrs.field(metadata={"wire": "inputs"})
    outputs: tuple[SkillManifestOutput, ...] = attrs.field(metadata={"wire": "outputs"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class UpdateSkillConfigRequest:
    """UpdateSkillConfigRequest.

    Attributes:
        enabled: (wire ``enabled``).
        credentials: (wire ``credentials``; secret: never shown in repr, errors or logs; keys kept exactly as written).
        settings: (wire ``settings``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    enabled: bool | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "enabled", "rules": {"type": "bool"}}
    )
    credentials: Mapping[str, str] | None = attrs.field(
        default=None,
        kw_only=True,
        repr=redacted_repr,
        metadata={
            "wire": "credentials",
            "secret": True,
            "opaque": True,
            "rules": {"type": "map", "values": {"type": "str"}},
        },
    )
    settings: Mapping[str, str | float | bool] | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "settings", "rules": {"type": "map", "values": {"type": ("string", "number", "boolean")}}},
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class SkillConfigResponse:
    """SkillConfigResponse.

    Attributes:
        skill_key: (wire ``skillKey``).
        provider_key: (wire ``providerKey``).
        enabled: (wire ``enabled``).
        has_credentials: (wire ``hasCredentials``).
        updated_at: (wire ``updatedAt``).
        settings: (wire ``settings``; keys kept exactly as written).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    skill_key: str = attrs.field(metadata={"wire": "skillKey"})
    provider_key: str = attrs.field(metadata={"wire": "providerKey"})
    enabled: bool = attrs.field(metadata={"wire": "enabled"})
    has_credentials: bool = attrs.field(metadata={"wire": "hasCredentials"})
    updated_at: str = attrs.field(metadata={"wire": "updatedAt"})
    settings: Mapping[str, Any] = attrs.field(
        default=attrs.Factory(dict), kw_only=True, metadata={"wire": "settings", "opaque": True}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class FieldSpec:
    """FieldSpec.

    Attributes:
        key: (wire ``key``).
        type: (wire ``type``).
        description: (wire ``description``).
        default: (wire ``default``; keys kept exactly as written).
        example: (wire ``example``; keys kept exactly as written).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    key: str = attrs.field(metadata={"wire": "key"})
    type: str = attrs.field(metadata={"wire": "type"})
    description: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "description"})
    default: Any = attrs.field(default=None, kw_only=True, metadata={"wire": "default", "opaque": True})
    example: Any = attrs.field(default=None, kw_only=True, metadata={"wire": "example", "opaque": True})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class OperationContract:
    """OperationContract.

    Attributes:
        operation: (wire ``operation``).
        input_fields: (wire ``inputFields``).
        output_fields: (wire ``outputFields``).
        example_input: (wire ``exampleInput``; keys kept exactly as written).
        example_output: (wire ``exampleOutput``; keys kept exactly as written).
        provider_request: (wire ``providerRequest``; keys kept exactly as written).
        summary: (wire ``summary``).
        notes: (wire ``notes``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    operation: str = attrs.field(metadata={"wire": "operation"})
    input_fields: tuple[FieldSpec, ...] = attrs.field(
        default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "inputFields"}
    )
    output_fields: tuple[FieldSpec, ...] = attrs.field(
        default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "outputFields"}
    )
    example_input: Mapping[str, Any] = attrs.field(
        default=attrs.Factory(dict), kw_only=True, metadata={"wire": "exampleInput", "opaque": True}
    )
    example_output: Any = attrs.field(default=None, kw_only=True, metadata={"wire": "exampleOutput", "opaque": True})
    provider_request: Mapping[str, Any] | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "providerRequest", "opaque": True}
    )
    summary: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "summary"})
    notes: tuple[str, ...] = attrs.field(default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "notes"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class MarketPricing:
    """MarketPricing.

    Attributes:
        mode: (wire ``mode``).
        amount: (wire ``amount``).
        currency: (wire ``currency``).
        rate: (wire ``rate``).
        notes: (wire ``notes``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    mode: PricingMode = attrs.field(metadata={"wire": "mode"})
    amount: float | None = attrs.field(default=None, kw_only=True, metadata={"wire": "amount"})
    currency: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "currency"})
    rate: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "rate"})
    notes: tuple[str, ...] = attrs.field(default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "notes"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class MarketServiceConsumption:
    """The canonical API paths a consumer follows for this service.

    Attributes:
        adapter_setup_path: (wire ``adapterSetupPath``).
        service_detail_path: (wire ``serviceDetailPath``).
        market_search_path: (wire ``marketSearchPath``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    adapter_setup_path: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "adapterSetupPath"})
    service_detail_path: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "serviceDetailPath"})
    market_search_path: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "marketSearchPath"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class MarketServiceEndpoint:
    """A provider endpoint behind the service, with the payment protocols and networks it accepts.

    Attributes:
        label: (wire ``label``).
        operation: (wire ``operation``).
        url: (wire ``url``).
        method: (wire ``method``).
        path: (wire ``path``).
        provider_name: (wire ``providerName``).
        key: (wire ``key``).
        protocols: e.g. x402. (wire ``protocols``).
        networks: e.g. base. (wire ``networks``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    label: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "label"})
    operation: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "operation"})
    url: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "url"})
    method: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "method"})
    path: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "path"})
    provider_name: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "providerName"})
    key: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "key"})
    protocols: tuple[str, ...] = attrs.field(default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "protocols"})
    networks: tuple[str, ...] = attrs.field(default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "networks"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class MarketService:
    """MarketService.

    Attributes:
        id: (wire ``id``).
        skill_key: (wire ``skillKey``).
        provider_key: (wire ``providerKey``).
        provider_id: (wire ``providerId``).
        provider_label: (wire ``providerLabel``).
        service_type: (wire ``serviceType``).
        name: (wire ``name``).
        description: (wire ``description``).
        auth_type: (wire ``authType``).
        access_mode: (wire ``accessMode``).
        execution_mode: (wire ``executionMode``).
        integration_status: (wire ``integrationStatus``).
        distribution: (wire ``distribution``).
        maturity: (wire ``maturity``).
        kind: (wire ``kind``).
        region: (wire ``region``).
        freshness_seconds: (wire ``freshnessSeconds``).
        requires_human_enablement: (wire ``requiresHumanEnablement``).
        updated_at: (wire ``updatedAt``).
        operations: (wire ``operations``).
        capabilities: (wire ``capabilities``).
        metadata: (wire ``metadata``; keys kept exactly as written).
        company_name: (wire ``companyName``).
        reference_url: (wire ``referenceUrl``).
        artifact_url: (wire ``artifactUrl``).
        handoff: (wire ``handoff``).
        operation_contracts: (wire ``operationContracts``).
        pricing: (wire ``pricing``).
        payment: (wire ``payment``).
        endpoints: (wire ``endpoints``).
        endpoint: Legacy alias of endpoints[0]. (wire ``endpoint``).
        consumption: (wire ``consumption``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    id: str = attrs.field(metadata={"wire": "id"})
    skill_key: str = attrs.field(metadata={"wire": "skillKey"})
    provider_key: str = attrs.field(metadata={"wire": "providerKey"})
    provider_id: str = attrs.field(metadata={"wire": "providerId"})
    provider_label: str = attrs.field(metadata={"wire": "providerLabel"})
    service_type: ServiceType = attrs.field(metadata={"wire": "serviceType"})
    name: str = attrs.field(metadata={"wire": "name"})
    description: str = attrs.field(metadata={"wire": "description"})
    auth_type: SkillAuthType = attrs.field(metadata={"wire": "authType"})
    access_mode: SkillAccessMode = attrs.field(metadata={"wire": "accessMode"})
    execution_mode: ExecutionMode = attrs.field(metadata={"wire": "executionMode"})
    integration_status: IntegrationStatus = attrs.field(metadata={"wire": "integrationStatus"})
    distribution: SkillDistribution = attrs.field(metadata={"wire": "distribution"})
    maturity: SkillMaturity = attrs.field(metadata={"wire": "maturity"})
    kind: SkillKind = attrs.field(metadata={"wire": "kind"})
    region: str = attrs.field(metadata={"wire": "region"})
    freshness_seconds: int = attrs.field(metadata={"wire": "freshnessSeconds"})
    requires_human_enablement: bool = attrs.field(metadata={"wire": "requiresHumanEnablement"})
    updated_at: str = attrs.field(metadata={"wire": "updatedAt"})
    operations: tuple[str, ...] = attrs.field(
        default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "operations"}
    )
    capabilities: tuple[str, ...] = attrs.field(
        default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "capabilities"}
    )
    metadata: Mapping[str, Any] = attrs.field(
        default=attrs.Factory(dict), kw_only=True, metadata={"wire": "metadata", "opaque": True}
    )
    company_name: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "companyName"})
    reference_url: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "referenceUrl"})
    artifact_url: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "artifactUrl"})
    handoff: ExternalHandoff | None = attrs.field(default=None, kw_only=True, metadata={"wire": "handoff"})
    operation_contracts: tuple[OperationContract, ...] = attrs.field(
        default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "operationContracts"}
    )
    pricing: MarketPricing | None = attrs.field(default=None, kw_only=True, metadata={"wire": "pricing"})
    payment: MarketPaymentRailRecommendation | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "payment"}
    )
    endpoints: tuple[MarketServiceEndpoint, ...] = attrs.field(
        default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "endpoints"}
    )
    endpoint: MarketServiceEndpoint | None = attrs.field(default=None, kw_only=True, metadata={"wire": "endpoint"})
    consumption: MarketServiceConsumption | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "consumption"}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class MarketSearchBudget:
    """MarketSearchBudget.

    Attributes:
        max: (wire ``max``).
        amount: (wire ``amount``).
        preferred: (wire ``preferred``).
        currency: (wire ``currency``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
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
        default=None, kw_only=True, metadata={"wire": "currency", "rules": {"type": "str"}}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class MarketSearchRequest:
    """All fields are optional on the wire; the server needs machineId and serviceType (see the header).

    Attributes:
        machine_id: (wire ``machineId``).
        agent_pairing_id: (wire ``agentPairingId``).
        service_type: (wire ``serviceType``).
        operation: (wire ``operation``).
        required_capabilities: (wire ``requiredCapabilities``).
        region: (wire ``region``).
        max_results: (wire ``maxResults``).
        allow_external_handoff: (wire ``allowExternalHandoff``).
        require_native_execution: (wire ``requireNativeExecution``).
        budget: (wire ``budget``).
        provider_credentials: (wire ``providerCredentials``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    machine_id: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "machineId", "rules": {"type": "str", "min_length": 1}}
    )
    agent_pairing_id: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "agentPairingId", "rules": {"type": "str", "min_length": 1}}
    )
    service_type: ServiceType | SearchServiceTypeAlias | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={
            "wire": "serviceType",
            "rules": {
                "enum": (
                    "oracle.price-feed",
                    "compute.marketplace",
                    "storage.object",
                    "data.location",
                    "network.partner-console",
                    "identity.proof-of-person",
                    "device.control",
                    "machine.commerce",
                    "storage",
                    "compute",
                    "identity",
                    "location",
                    "rtk",
                    "gnss",
                    "defi",
                    "commerce",
                )
            },
        },
    )
    operation: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "operation", "rules": {"type": "str"}}
    )
    required_capabilities: Sequence[str] | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "requiredCapabilities", "rules": {"type": "list", "items": {"type": "str"}}},
    )
    region: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "region", "rules": {"type": "str"}})
    max_results: int | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "maxResults", "rules": {"type": "int", "minimum": 1}}
    )
    allow_external_handoff: bool | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "allowExternalHandoff", "rules": {"type": "bool"}}
    )
    require_native_execution: bool | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "requireNativeExecution", "rules": {"type": "bool"}}
    )
    budget: MarketSearchBudget | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "budget", "rules": {"model": "MarketSearchBudget"}}
    )
    provider_credentials: ProviderCredentials | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "providerCredentials", "rules": {"model": "ProviderCredentials"}}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class NormalizedTask:
    """NormalizedTask.

    Attributes:
        service_type: (wire ``serviceType``).
        allow_external_handoff: (wire ``allowExternalHandoff``).
        require_native_execution: (wire ``requireNativeExecution``).
        required_capabilities: (wire ``requiredCapabilities``).
        operation: (wire ``operation``).
        region: (wire ``region``).
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


@attrs.frozen
class MarketQuote:
    """MarketQuote.

    Attributes:
        id: (wire ``id``).
        service_id: (wire ``serviceId``).
        skill_key: (wire ``skillKey``).
        provider_key: (wire ``providerKey``).
        execution_mode: (wire ``executionMode``).
        integration_status: (wire ``integrationStatus``).
        operation: (wire ``operation``).
        score: (wire ``score``).
        pricing: (wire ``pricing``).
        payment: (wire ``payment``).
        expires_at: (wire ``expiresAt``).
        reasons: (wire ``reasons``).
        handoff: (wire ``handoff``).
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


@attrs.frozen
class MarketSearch:
    """MarketSearch.

    Attributes:
        id: (wire ``id``).
        machine_id: (wire ``machineId``).
        request_payload: Echo of the request (redacted); older servers name it request. (wire ``requestPayload``; also read
            from ``request``; keys kept exactly as written).
        normalized_task: (wire ``normalizedTask``).
        status: (wire ``status``).
        quotes: (wire ``quotes``).
        created_at: (wire ``createdAt``).
        agent_pairing_id: (wire ``agentPairingId``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    id: str = attrs.field(metadata={"wire": "id"})
    machine_id: str = attrs.field(metadata={"wire": "machineId"})
    request_payload: Mapping[str, Any] = attrs.field(
        default=attrs.Factory(dict),
        kw_only=True,
        metadata={"wire": "requestPayload", "opaque": True, "aliases": ["request"]},
    )
    normalized_task: NormalizedTask = attrs.field(metadata={"wire": "normalizedTask"})
    status: SearchStatus = attrs.field(metadata={"wire": "status"})
    quotes: tuple[MarketQuote, ...] = attrs.field(metadata={"wire": "quotes"})
    created_at: str = attrs.field(metadata={"wire": "createdAt"})
    agent_pairing_id: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "agentPairingId"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class OrderBudget:
    """OrderBudget.

    Attributes:
        amount: (wire ``amount``).
        max: (wire ``max``).
        currency: (wire ``currency``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    amount: float | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "amount", "rules": {"type": "number", "minimum": 0}}
    )
    max: float | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "max", "rules": {"type": "number", "minimum": 0}}
    )
    currency: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "currency", "rules": {"type": "str"}}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class MarketOrderBudget:
    """MarketOrderBudget.

    Attributes:
        amount: (wire ``amount``).
        currency: (wire ``currency``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    amount: float | None = attrs.field(default=None, kw_only=True, metadata={"wire": "amount"})
    currency: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "currency"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen(kw_only=True)
class CreateMarketOrderRequest:
    """CreateMarketOrderRequest.

    Attributes:
        machine_id: (wire ``machineId``; required).
        agent_pairing_id: (wire ``agentPairingId``; required).
        service_id: (wire ``serviceId``; required).
        search_id: (wire ``searchId``).
        quote_id: (wire ``quoteId``).
        operation: (wire ``operation``).
        input: (wire ``input``; keys kept exactly as written).
        budget: (wire ``budget``).
        provider_credentials: (wire ``providerCredentials``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    machine_id: str = attrs.field(
        metadata={"wire": "machineId", "rules": {"type": "str", "min_length": 1}, "required": True}
    )
    agent_pairing_id: str = attrs.field(
        metadata={"wire": "agentPairingId", "rules": {"type": "str", "min_length": 1}, "required": True}
    )
    service_id: str = attrs.field(
        metadata={"wire": "serviceId", "rules": {"type": "str", "min_length": 1}, "required": True}
    )
    search_id: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "searchId", "rules": {"type": "str", "min_length": 1}}
    )
    quote_id: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "quoteId", "rules": {"type": "str", "min_length": 1}}
    )
    operation: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "operation", "rules": {"type": "str"}}
    )
    input: Mapping[str, Any] | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "input", "opaque": True, "rules": {"type": "map"}}
    )
    budget: OrderBudget | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "budget", "rules": {"model": "OrderBudget"}}
    )
    provider_credentials: ProviderCredentials | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "providerCredentials", "rules": {"model": "ProviderCredentials"}}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class MarketOrder:
    """MarketOrder.

    Attributes:
        id: (wire ``id``).
        machine_id: (wire ``machineId``).
        agent_pairing_id: (wire ``agentPairingId``).
        service_id: (wire ``serviceId``).
        skill_key: (wire ``skillKey``).
        provider_key: (wire ``providerKey``).
        service_type: (wire ``serviceType``).
        operation: (wire ``operation``).
        execution_mode: (wire ``executionMode``).
        integration_status: (wire ``integrationStatus``).
        status: (wire ``status``).
        payment: (wire ``payment``).
        created_at: (wire ``createdAt``).
        updated_at: (wire ``updatedAt``).
        search_id: (wire ``searchId``).
        quote_id: (wire ``quoteId``).
        input: Older servers name it inputPayload. (wire ``input``; also read from ``inputPayload``; keys kept
            exactly as written).
        budget: (wire ``budget``).
        handoff: (wire ``handoff``).
        error_message: (wire ``errorMessage``).
        service_snapshot: The catalogue service as it was when the order locked it. (wire ``serviceSnapshot``; keys kept
            exactly as written).
        task_id: Task the order was materialised as (set by execute). (wire ``taskId``).
        route_id: (wire ``routeId``).
        run_id: (wire ``runId``).
        outcome_id: (wire ``outcomeId``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    id: str = attrs.field(metadata={"wire": "id"})
    machine_id: str = attrs.field(metadata={"wire": "machineId"})
    agent_pairing_id: str = attrs.field(metadata={"wire": "agentPairingId"})
    service_id: str = attrs.field(metadata={"wire": "serviceId"})
    skill_key: str = attrs.field(metadata={"wire": "skillKey"})
    provider_key: str = attrs.field(metadata={"wire": "providerKey"})
    service_type: ServiceType = attrs.field(metadata={"wire": "serviceType"})
    operation: str = attrs.field(metadata={"wire": "operation"})
    execution_mode: ExecutionMode = attrs.field(metadata={"wire": "executionMode"})
    integration_status: IntegrationStatus = attrs.field(metadata={"wire": "integrationStatus"})
    status: MarketOrderStatus = attrs.field(metadata={"wire": "status"})
    payment: MarketPaymentRailRecommendation = attrs.field(metadata={"wire": "payment"})
    created_at: str = attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = attrs.field(metadata={"wire": "updatedAt"})
    search_id: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "searchId"})
    quote_id: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "quoteId"})
    input: Mapping[str, Any] = attrs.field(
        default=attrs.Factory(dict),
        kw_only=True,
        metadata={"wire": "input", "opaque": True, "aliases": ["inputPayload"]},
    )
    budget: MarketOrderBudget | None = attrs.field(default=None, kw_only=True, metadata={"wire": "budget"})
    handoff: ExternalHandoff | None = attrs.field(default=None, kw_only=True, metadata={"wire": "handoff"})
    error_message: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "errorMessage"})
    service_snapshot: Mapping[str, Any] = attrs.field(
        default=attrs.Factory(dict), kw_only=True, metadata={"wire": "serviceSnapshot", "opaque": True}
    )
    task_id: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "taskId"})
    route_id: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "routeId"})
    run_id: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "runId"})
    outcome_id: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "outcomeId"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class ExecutePaymentInput:
    """The x402 payment, the signed PAYMENT-SIGNATURE header value (execute, and the x402 payment proof).

    Attributes:
        payment_signature: (wire ``paymentSignature``; required; secret: never shown in repr, errors or logs).
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


@attrs.frozen
class ExecuteMarketOrderRequest:
    """ExecuteMarketOrderRequest.

    Attributes:
        input: (wire ``input``; keys kept exactly as written).
        payment: (wire ``payment``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    input: Mapping[str, Any] | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "input", "opaque": True, "rules": {"type": "map"}}
    )
    payment: ExecutePaymentInput | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "payment", "rules": {"model": "ExecutePaymentInput"}}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class ExecutionOutcome:
    """ExecutionOutcome.

    Attributes:
        id: (wire ``id``).
        status: (wire ``status``).
        skill_key: (wire ``skillKey``).
        service_id: (wire ``serviceId``).
        execution_mode: (wire ``executionMode``).
        result: (wire ``result``; keys kept exactly as written).
        error_message: (wire ``errorMessage``).
        external_ref: (wire ``externalRef``).
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


@attrs.frozen
class NativeExecution:
    """NativeExecution.

    Attributes:
        status_code: (wire ``statusCode``).
        run: (wire ``run``).
        outcome: (wire ``outcome``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    status_code: Literal[200] = attrs.field(metadata={"wire": "statusCode"})
    run: ExecutionRun = attrs.field(metadata={"wire": "run"})
    outcome: ExecutionOutcome = attrs.field(metadata={"wire": "outcome"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class HandoffExecution:
    """HandoffExecution.

    Attributes:
        status_code: (wire ``statusCode``).
        handoff: (wire ``handoff``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    status_code: Literal[202] = attrs.field(metadata={"wire": "statusCode"})
    handoff: ExternalHandoff = attrs.field(metadata={"wire": "handoff"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class ExecuteMarketOrderNativeResponse:
    """ExecuteMarketOrderNativeResponse.

    Attributes:
        order: (wire ``order``).
        execution: (wire ``execution``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    order: MarketOrder = attrs.field(metadata={"wire": "order"})
    execution: NativeExecution = attrs.field(metadata={"wire": "execution"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class ExecuteMarketOrderHandoffResponse:
    """ExecuteMarketOrderHandoffResponse.

    Attributes:
        order: (wire ``order``).
        execution: (wire ``execution``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    order: MarketOrder = attrs.field(metadata={"wire": "order"})
    execution: HandoffExecution = attrs.field(metadata={"wire": "execution"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class PaymentProof:
    """PaymentProof.

    Attributes:
        chain: (wire ``chain``).
        token: (wire ``token``).
        transaction_hash: (wire ``transactionHash``).
        transaction_signature: The Solana signature an on-chain proof carried (the facts name no such response field; the view
            echoes it). (wire ``transactionSignature``).
        payer_address: (wire ``payerAddress``).
        verified_at: (wire ``verifiedAt``).
        verification_mode: (wire ``verificationMode``).
        metadata: The proof's metadata as written (a map; the documented keys are listed, others are kept). (wire
            ``metadata``; keys kept exactly as written).
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


@attrs.frozen
class PaymentRailDetails:
    """PaymentRailDetails.

    Attributes:
        type: (wire ``type``; also read from ``railType``).
        chain: (wire ``chain``).
        token: (wire ``token``).
        token_address: (wire ``tokenAddress``).
        token_mint: (wire ``tokenMint``).
        escrow_address: (wire ``escrowAddress``).
        external_url: (wire ``externalUrl``).
        provider: (wire ``provider``).
        account_id: (wire ``accountId``).
        wallet_address: (wire ``walletAddress``).
        payer_address: (wire ``payerAddress``).
        payee_address: (wire ``payeeAddress``).
        payment_intent_id: (wire ``paymentIntentId``).
        metadata: (wire ``metadata``; keys kept exactly as written).
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


@attrs.frozen
class MarketPayment:
    """MarketPayment.

    Attributes:
        id: (wire ``id``).
        order_id: (wire ``orderId``).
        machine_id: (wire ``machineId``).
        status: (wire ``status``).
        rail: (wire ``rail``).
        created_at: (wire ``createdAt``).
        updated_at: (wire ``updatedAt``).
        amount: (wire ``amount``).
        currency: (wire ``currency``).
        notes: (wire ``notes``).
        proof: (wire ``proof``).
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


@attrs.frozen
class ConfirmMarketOrderResponse:
    """ConfirmMarketOrderResponse.

    Attributes:
        order: (wire ``order``).
        payment: (wire ``payment``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    order: MarketOrder = attrs.field(metadata={"wire": "order"})
    payment: MarketPayment | None = attrs.field(metadata={"wire": "payment"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class DisputeMarketOrderRequest:
    """DisputeMarketOrderRequest.

    Attributes:
        reason: Non-empty (stated). (wire ``reason``; required).
        evidence: (wire ``evidence``; keys kept exactly as written).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    reason: str = attrs.field(metadata={"wire": "reason", "rules": {"type": "str", "min_length": 1}, "required": True})
    evidence: Mapping[str, Any] | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "evidence", "opaque": True, "rules": {"type": "map"}}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class OrderDispute:
    """OrderDispute.

    Attributes:
        id: (wire ``id``).
        order_id: (wire ``orderId``).
        machine_id: (wire ``machineId``).
        status: (wire ``status``).
        reason: (wire ``reason``).
        created_at: (wire ``createdAt``).
        updated_at: (wire ``updatedAt``).
        evidence: (wire ``evidence``; keys kept exactly as written).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    id: str = attrs.field(metadata={"wire": "id"})
    order_id: str = attrs.field(metadata={"wire": "orderId"})
    machine_id: str = attrs.field(metadata={"wire": "machineId"})
    status: DisputeStatus = attrs.field(metadata={"wire": "status"})
    reason: str = attrs.field(metadata={"wire": "reason"})
    created_at: str = attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = attrs.field(metadata={"wire": "updatedAt"})
    evidence: Mapping[str, Any] = attrs.field(
        default=attrs.Factory(dict), kw_only=True, metadata={"wire": "evidence", "opaque": True}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class DisputeMarketOrderResponse:
    """DisputeMarketOrderResponse.

    Attributes:
        order: (wire ``order``).
        payment: (wire ``payment``).
        dispute: (wire ``dispute``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    order: MarketOrder = attrs.field(metadata={"wire": "order"})
    payment: MarketPayment | None = attrs.field(metadata={"wire": "payment"})
    dispute: OrderDispute = attrs.field(metadata={"wire": "dispute"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class PaymentRailInput:
    """PaymentRailInput.

    Attributes:
        type: (wire ``type``).
        chain: (wire ``chain``).
        token: (wire ``token``).
        token_address: (wire ``tokenAddress``).
        token_mint: (wire ``tokenMint``).
        escrow_address: (wire ``escrowAddress``).
        external_url: (wire ``externalUrl``).
        provider: (wire ``provider``).
        account_id: (wire ``accountId``).
        wallet_address: (wire ``walletAddress``).
        payer_address: (wire ``payerAddress``).
        payee_address: (wire ``payeeAddress``).
        payment_intent_id: (wire ``paymentIntentId``).
        metadata: (wire ``metadata``; keys kept exactly as written).
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
    """CreatePaymentIntentRequest.

    Attributes:
        rail: (wire ``rail``).
        amount: (wire ``amount``).
        currency: (wire ``currency``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    rail: PaymentRailInput | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "rail", "rules": {"model": "PaymentRailInput"}}
    )
    amount: float | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "amount", "rules": {"type": "number", "minimum": 0}}
    )
    currency: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "currency", "rules": {"type": "str"}}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen(kw_only=True)
class SubmitPaymentProofRequest:
    """The on-chain payment proof. EVM proofs carry transactionHash, Solana proofs transactionSignature (exactly
    one of the two).

    Attributes:
        verification_mode: (wire ``verificationMode``; required).
        chain: (wire ``chain``; required).
        token: (wire ``token``; required).
        payer_address: (wire ``payerAddress``; required).
        payee_address: (wire ``payeeAddress``; required).
        amount: Decimal amount as text (stated). (wire ``amount``; required).
        transaction_hash: (wire ``transactionHash``).
        transaction_signature: (wire ``transactionSignature``).
        token_address: (wire ``tokenAddress``).
        token_mint: (wire ``tokenMint``).
        token_decimals: (wire ``tokenDecimals``).
        raw_amount: Base-unit integer as text (stated). (wire ``rawAmount``).
        metadata: (wire ``metadata``; keys kept exactly as written).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
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
        metadata={"wire": "amount", "rules": {"type": "str", "pattern": "^[0-9]+(\\.[0-9]+)?$"}, "required": True}
    )
    transaction_hash: str | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "transactionHash", "rules": {"type": "str", "pattern": "^0x[0-9a-fA-F]{64}$"}},
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
        default=None, kw_only=True, metadata={"wire": "rawAmount", "rules": {"type": "str", "pattern": "^[0-9]+$"}}
    )
    metadata: Mapping[str, Any] | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "metadata", "opaque": True, "rules": {"type": "map"}}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class SubmitX402PaymentProofRequest:
    """The x402 payment proof: records the locally signed PAYMENT-SIGNATURE value so the server can replay it at
    execute (no on-chain transfer, no transaction hash).

    Attributes:
        payment: (wire ``payment``; required).
        payment_reference: The caller's reference for this payment. (wire ``paymentReference``).
        metadata: (wire ``metadata``; keys kept exactly as written).
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
    """LockEscrowPaymentRequest.

    Attributes:
        transaction_hash: (wire ``transactionHash``; required).
        chain: (wire ``chain``; required).
        escrow_address: (wire ``escrowAddress``; required).
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
    """ReleasePaymentRequest.

    Attributes:
        transaction_hash: (wire ``transactionHash``).
        notes: (wire ``notes``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    transaction_hash: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "transactionHash", "rules": {"type": "str", "min_length": 1}}
    )
    notes: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "notes", "rules": {"type": "str"}})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class RefundPaymentRequest:
    """RefundPaymentRequest.

    Attributes:
        transaction_hash: (wire ``transactionHash``).
        reason: (wire ``reason``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    transaction_hash: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "transactionHash", "rules": {"type": "str", "min_length": 1}}
    )
    reason: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "reason", "rules": {"type": "str"}})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class ListSkillsOptions:
    """Query filters of list_skills.

    Attributes:
        scope: (wire ``scope``).
        direction: (wire ``direction``).
        source: (wire ``source``).
        extra: Not sent: only the filters above become query parameters.
    """

    scope: SkillScope | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "scope", "rules": {"enum": ("core-product", "bootstrap-reference", "ecosystem")}},
    )
    direction: SkillDirection | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "direction", "rules": {"enum": ("machine-offers", "machine-consumes")}},
    )
    source: SkillSource | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "source", "rules": {"enum": ("peaq", "partner", "clawhub", "external-marketplace")}},
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class ListMarketServicesOptions:
    """Query filters of list_market_services.

    Attributes:
        machine_id: (wire ``machineId``).
        service_type: (wire ``serviceType``).
        execution_mode: (wire ``executionMode``).
        provider_key: (wire ``providerKey``).
        extra: Not sent: only the filters above become query parameters.
    """

    machine_id: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "machineId", "rules": {"type": "str"}}
    )
    service_type: ServiceType | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={
            "wire": "serviceType",
            "rules": {
                "enum": (
                    "oracle.price-feed",
                    "compute.marketplace",
                    "storage.object",
                    "data.location",
                    "network.partner-console",
                    "identity.proof-of-person",
                    "device.control",
                    "machine.commerce",
                )
            },
        },
    )
    execution_mode: ExecutionMode | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "executionMode", "rules": {"enum": ("native", "external-handoff")}},
    )
    provider_key: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "providerKey", "rules": {"type": "str"}}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class GetMarketServiceOptions:
    """Query filters of get_market_service.

    Attributes:
        machine_id: (wire ``machineId``).
        extra: Not sent: only the filters above become query parameters.
    """

    machine_id: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "machineId", "rules": {"type": "str"}}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


# ---- unions ----------------------------------------------------------------------------------
ExecuteMarketOrderResponse = Union[ExecuteMarketOrderNativeResponse, ExecuteMarketOrderHandoffResponse]
"""Union told apart by execution.statusCode (200 native run, 202 external handoff)."""

WRAPPED: dict[type, str] = {
    ProviderCredentials: "providers",
}
"""Classes whose wire value is the value of their single field."""

DISCRIMINATED: dict[Any, tuple[tuple[str, ...], dict[str, type]]] = {
    ExecuteMarketOrderResponse: (
        ("execution", "statusCode"),
        {"200": ExecuteMarketOrderNativeResponse, "202": ExecuteMarketOrderHandoffResponse},
    ),
}
"""Unions told apart by the value found at a path inside the body."""

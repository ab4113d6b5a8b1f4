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
    "GraphNode",
    "GraphEdge",
    "MachineGraph",
    "CreateGraphNodeRequest",
    "UpdateGraphNodeRequest",
    "CreateGraphEdgeRequest",
    "UpdateGraphEdgeRequest",
    "MarketSearchBudget",
    "CreateTaskRequest",
    "ResolveTaskRequest",
    "ExecutePaymentInput",
    "ExecuteTaskRequest",
    "ExternalHandoff",
    "ExecutionRoute",
    "ExecutionOutcome",
    "MarketPaymentRailRecommendation",
    "MarketPricing",
    "MarketQuote",
    "NormalizedTask",
    "Task",
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
    "MarketServiceConsumption",
    "MarketServiceEndpoint",
    "MarketService",
    "MarketSearchRequest",
    "MarketSearch",
    "OrderBudget",
    "MarketOrderBudget",
    "CreateMarketOrderRequest",
    "MarketOrder",
    "ExecuteMarketOrderRequest",
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


@attrs.frozen
class Health:
    """The liveness answer of GET /health.

    Attributes:
        ok: Always true while the server is up (wire ``ok``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    ok: Literal[True] = attrs.field(metadata={"wire": "ok"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class ReadinessCheck:
    """One dependency check of the readiness probe.

    Attributes:
        name: The dependency checked, e.g. identity-registry or payment-rpc (wire ``name``).
        status: pass or fail (wire ``status``).
        message: Why the check failed (null when it passes) (wire ``message``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    name: str = attrs.field(metadata={"wire": "name"})
    status: Literal["pass", "fail"] = attrs.field(metadata={"wire": "status"})
    message: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "message"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class Readiness:
    """Whether the server can serve calls now, with one check per dependency.

    Attributes:
        status: ready when every check passes; not_ready when at least one fails (wire ``status``).
        checks: One entry per dependency the server checks (identity registry, payment RPC, ...) (wire
            ``checks``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    status: Literal["ready", "not_ready"] = attrs.field(metadata={"wire": "status"})
    checks: tuple[ReadinessCheck, ...] = attrs.field(
        default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "checks"}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class BudgetCap:
    """A price cap for one order.

    Attributes:
        currency: Currency of the cap (e.g. USD); a price in another currency counts as over the cap (our
            choice) (wire ``currency``).
        amount: Largest price, in units of the currency (a JSON number), that an order for the machine may
            have (wire ``amount``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    currency: str = attrs.field(metadata={"wire": "currency"})
    amount: float = attrs.field(metadata={"wire": "amount"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class BudgetCapInput:
    """A price cap for one order, as written in a policy create or update.

    Attributes:
        currency: Currency code of the cap (e.g. USD), upper case: a price in another currency, lower case
            included, counts as over the cap (wire ``currency``; required).
        amount: Largest price, in whole units of the currency (a JSON number, at least 0, as quoted
            prices; not base units) (wire ``amount``; required).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    currency: str = attrs.field(
        metadata={
            "wire": "currency",
            "rules": {
                "type": "str",
                "pattern": "^[A-Z][A-Z0-9]{1,11}$",
                "pattern_name": "an upper-case currency code such as USD",
            },
            "required": True,
        }
    )
    amount: float = attrs.field(
        metadata={"wire": "amount", "rules": {"type": "number", "minimum": 0}, "required": True}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class Policy:
    """A reusable machine policy: which services a machine naming it in policyIds may search and order.

    Attributes:
        id: Server-assigned policy id (wire ``id``).
        name: Human-readable name (wire ``name``).
        allowed_skill_keys: When non-empty, only services of these skills may be searched and ordered for
            a machine naming this policy (wire ``allowedSkillKeys``).
        denied_skill_keys: Services of these skills are never offered or ordered for a machine naming this
            policy (wire ``deniedSkillKeys``).
        region_rules: Region rules as given; stored but not enforced by the simulator (their meaning is
            not stated) (wire ``regionRules``).
        required_capabilities: Capabilities a service must declare to be offered or ordered (wire
            ``requiredCapabilities``).
        native_only: When true, only natively executed services are offered or ordered (wire
            ``nativeOnly``).
        handoff_allowed: When false, services that hand off to an external provider are refused (wire
            ``handoffAllowed``).
        budget_cap: Price cap for one order (null: no cap) (wire ``budgetCap``).
        created_at: When the policy was created (ISO 8601) (wire ``createdAt``).
        updated_at: When the policy last changed (ISO 8601); strictly increases with each update, so it
            versions the policy (wire ``updatedAt``).
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
    """A new policy; only name is required.

    Attributes:
        name: Human-readable name (wire ``name``; required).
        allowed_skill_keys: When non-empty, only services of these skills may be searched and ordered for
            a machine naming this policy (wire ``allowedSkillKeys``).
        denied_skill_keys: Services of these skills are never offered or ordered for a machine naming this
            policy (wire ``deniedSkillKeys``).
        budget_cap: Price cap for one order (null: no cap) (wire ``budgetCap``).
        region_rules: Region rules as given; stored but not enforced by the simulator (their meaning is
            not stated) (wire ``regionRules``).
        native_only: When true, only natively executed services are offered or ordered (wire
            ``nativeOnly``).
        handoff_allowed: When false, services that hand off to an external provider are refused (wire
            ``handoffAllowed``).
        required_capabilities: Capabilities a service must declare to be offered or ordered (wire
            ``requiredCapabilities``).
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
    """A shallow update: the fields sent replace the stored ones; updatedAt moves forward.

    Attributes:
        name: Human-readable name. Omitted: unchanged (wire ``name``).
        allowed_skill_keys: When non-empty, only services of these skills may be searched and ordered for
            a machine naming this policy. Omitted: unchanged (wire ``allowedSkillKeys``).
        denied_skill_keys: Services of these skills are never offered or ordered for a machine naming this
            policy. Omitted: unchanged (wire ``deniedSkillKeys``).
        budget_cap: Price cap for one order (null: no cap). Omitted: unchanged (wire ``budgetCap``).
        region_rules: Region rules as given; stored but not enforced by the simulator (their meaning is
            not stated). Omitted: unchanged (wire ``regionRules``).
        native_only: When true, only natively executed services are offered or ordered. Omitted: unchanged
            (wire ``nativeOnly``).
        handoff_allowed: When false, services that hand off to an external provider are refused. Omitted:
            unchanged (wire ``handoffAllowed``).
        required_capabilities: Capabilities a service must declare to be offered or ordered. Omitted:
            unchanged (wire ``requiredCapabilities``).
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
    """One state change recorded by the server.

    Attributes:
        id: Server-assigned event id (wire ``id``).
        actor: Who caused the change: the platform caller, an agent pairing or a machine agent (wire
            ``actor``).
        type: What happened, e.g. machine.created or order.status_changed (wire ``type``).
        resource_type: Kind of record that changed (machine, agent, pairing, policy, order, payment, ...);
            filterable (wire ``resourceType``).
        resource_id: Id of the record that changed (wire ``resourceId``).
        created_at: When the change happened (ISO 8601) (wire ``createdAt``).
        machine_id: The machine the change belongs to, when there is one; filterable (wire ``machineId``).
        payload: What changed: the new status and the names of changed fields, never their values (no
            secret is ever recorded) (wire ``payload``; keys kept exactly as written).
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
class RunRecord(ExecutionRun):
    """A stored execution run (the ExecutionRun of an execute response, with the ids that tie it to its
    order).

    Attributes:
        id: Server-assigned run id (wire ``id``).
        status: Run result: completed, failed or external (wire ``status``).
        execution_mode: How the run executed, or null (wire ``executionMode``).
        skill_key: The skill run, or null (wire ``skillKey``).
        service_id: The service run, or null (wire ``serviceId``).
        outcome_id: The outcome record, or null (wire ``outcomeId``).
        machine_id: The machine the run executed for (wire ``machineId``).
        order_id: The order whose execution this run is (wire ``orderId``).
        task_id: The task id on the order (null when none) (wire ``taskId``).
        route_id: The route id on the order (null when none) (wire ``routeId``).
        created_at: When the run was recorded (ISO 8601) (wire ``createdAt``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    machine_id: str = attrs.field(metadata={"wire": "machineId"})
    order_id: str = attrs.field(metadata={"wire": "orderId"})
    task_id: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "taskId"})
    route_id: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "routeId"})
    created_at: str = attrs.field(metadata={"wire": "createdAt"})


@attrs.frozen
class GraphNode:
    """A node of a machine's graph.

    Attributes:
        id: Server-assigned node id (wire ``id``).
        machine_id: The machine whose graph holds the node (wire ``machineId``).
        label: Human-readable name of the node (wire ``label``).
        kind: What the node stands for (free text, e.g. sensor, skill, actuator), or null (wire ``kind``).
        status: draft, active, blocked or degraded (wire ``status``).
        data: Free-form data, kept exactly as written; PATCH shallow-merges it (wire ``data``; keys kept
            exactly as written).
        created_at: When the node was created (ISO 8601) (wire ``createdAt``).
        updated_at: When the node last changed (ISO 8601) (wire ``updatedAt``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    id: str = attrs.field(metadata={"wire": "id"})
    machine_id: str = attrs.field(metadata={"wire": "machineId"})
    label: str = attrs.field(metadata={"wire": "label"})
    kind: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "kind"})
    status: GraphStatus = attrs.field(metadata={"wire": "status"})
    data: Mapping[str, Any] = attrs.field(
        default=attrs.Factory(dict), kw_only=True, metadata={"wire": "data", "opaque": True}
    )
    created_at: str = attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = attrs.field(metadata={"wire": "updatedAt"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class GraphEdge:
    """A directed edge between two nodes of the same machine's graph.

    Attributes:
        id: Server-assigned edge id (wire ``id``).
        machine_id: The machine whose graph holds the edge (wire ``machineId``).
        source_node_id: The node the edge starts at (wire ``sourceNodeId``).
        target_node_id: The node the edge ends at (wire ``targetNodeId``).
        kind: What the edge means (free text, e.g. depends-on, feeds), or null (wire ``kind``).
        status: draft, active, blocked or degraded (wire ``status``).
        data: Free-form data, kept exactly as written; PATCH shallow-merges it (wire ``data``; keys kept
            exactly as written).
        created_at: When the edge was created (ISO 8601) (wire ``createdAt``).
        updated_at: When the edge last changed (ISO 8601) (wire ``updatedAt``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    id: str = attrs.field(metadata={"wire": "id"})
    machine_id: str = attrs.field(metadata={"wire": "machineId"})
    source_node_id: str = attrs.field(metadata={"wire": "sourceNodeId"})
    target_node_id: str = attrs.field(metadata={"wire": "targetNodeId"})
    kind: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "kind"})
    status: GraphStatus = attrs.field(metadata={"wire": "status"})
    data: Mapping[str, Any] = attrs.field(
        default=attrs.Factory(dict), kw_only=True, metadata={"wire": "data", "opaque": True}
    )
    created_at: str = attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = attrs.field(metadata={"wire": "updatedAt"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class MachineGraph:
    """The whole graph of one machine.

    Attributes:
        machine_id: The machine the graph belongs to (wire ``machineId``).
        nodes: Every node, oldest first (wire ``nodes``).
        edges: Every edge, oldest first (wire ``edges``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    machine_id: str = attrs.field(metadata={"wire": "machineId"})
    nodes: tuple[GraphNode, ...] = attrs.field(metadata={"wire": "nodes"})
    edges: tuple[GraphEdge, ...] = attrs.field(metadata={"wire": "edges"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class CreateGraphNodeRequest:
    """A new node; only label is required.

    Attributes:
        label: Human-readable name of the node (wire ``label``; required).
        kind: What the node stands for (free text) (wire ``kind``).
        status: Initial status (draft when omitted) (wire ``status``).
        data: Free-form data, kept exactly as written (wire ``data``; keys kept exactly as written).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    label: str = attrs.field(metadata={"wire": "label", "rules": {"type": "str", "min_length": 1}, "required": True})
    kind: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "kind", "rules": {"type": "str"}})
    status: GraphStatus | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "status", "rules": {"enum": ("draft", "active", "blocked", "degraded")}},
    )
    data: Mapping[str, Any] | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "data", "opaque": True, "rules": {"type": "map"}}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class UpdateGraphNodeRequest:
    """A partial update: every field optional; data is shallow-merged into the stored data.

    Attributes:
        label: New name. Omitted: unchanged (wire ``label``).
        kind: New kind. Omitted: unchanged (wire ``kind``).
        status: New status. Omitted: unchanged (wire ``status``).
        data: Keys to set: each replaces the stored key of the same name, the other stored keys stay.
            Omitted: unchanged (wire ``data``; keys kept exactly as written).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    label: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "label", "rules": {"type": "str", "min_length": 1}}
    )
    kind: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "kind", "rules": {"type": "str"}})
    status: GraphStatus | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "status", "rules": {"enum": ("draft", "active", "blocked", "degraded")}},
    )
    data: Mapping[str, Any] | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "data", "opaque": True, "rules": {"type": "map"}}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen(kw_only=True)
class CreateGraphEdgeRequest:
    """A new edge between two nodes of the machine's graph.

    Attributes:
        source_node_id: The node the edge starts at (a node of this machine's graph) (wire
            ``sourceNodeId``; required).
        target_node_id: The node the edge ends at (a node of this machine's graph; may be the source)
            (wire ``targetNodeId``; required).
        kind: What the edge means (free text) (wire ``kind``).
        status: Initial status (draft when omitted) (wire ``status``).
        data: Free-form data, kept exactly as written (wire ``data``; keys kept exactly as written).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    source_node_id: str = attrs.field(
        metadata={"wire": "sourceNodeId", "rules": {"type": "str", "min_length": 1}, "required": True}
    )
    target_node_id: str = attrs.field(
        metadata={"wire": "targetNodeId", "rules": {"type": "str", "min_length": 1}, "required": True}
    )
    kind: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "kind", "rules": {"type": "str"}})
    status: GraphStatus | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "status", "rules": {"enum": ("draft", "active", "blocked", "degraded")}},
    )
    data: Mapping[str, Any] | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "data", "opaque": True, "rules": {"type": "map"}}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class UpdateGraphEdgeRequest:
    """A partial update of an edge (its ends never change); data is shallow-merged.

    Attributes:
        kind: New kind. Omitted: unchanged (wire ``kind``).
        status: New status. Omitted: unchanged (wire ``status``).
        data: Keys to set: each replaces the stored key of the same name, the other stored keys stay.
            Omitted: unchanged (wire ``data``; keys kept exactly as written).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    kind: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "kind", "rules": {"type": "str"}})
    status: GraphStatus | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "status", "rules": {"enum": ("draft", "active", "blocked", "degraded")}},
    )
    data: Mapping[str, Any] | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "data", "opaque": True, "rules": {"type": "map"}}
    )
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


@attrs.frozen(kw_only=True)
class CreateTaskRequest:
    """A new task: the machine, the pairing it runs under, the search criteria and the operation input.

    Attributes:
        machine_id: The machine the task is for (the pairing token's machine; active and verified) (wire
            ``machineId``; required).
        agent_pairing_id: The active pairing the task runs under (the token's pairing;
            AGENT_PAIRING_REQUIRED otherwise) (wire ``agentPairingId``; required).
        service_type: What kind of service is wanted: a ServiceType or a short alias (e.g. storage) (wire
            ``serviceType``; required).
        operation: Operation wanted (e.g. get-latest-price) (wire ``operation``).
        input: Operation input for the provider, forwarded verbatim to the order (keys never re-cased)
            (wire ``input``; keys kept exactly as written).
        required_capabilities: Capabilities a service must have (wire ``requiredCapabilities``).
        region: Preferred region (free text) (wire ``region``).
        max_results: Most quotes discovery keeps (>= 1) (wire ``maxResults``).
        allow_external_handoff: Whether external-handoff services may be discovered (wire
            ``allowExternalHandoff``).
        require_native_execution: Whether only natively executed services may be discovered (wire
            ``requireNativeExecution``).
        budget: What the caller is willing to spend (wire ``budget``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    machine_id: str = attrs.field(
        metadata={"wire": "machineId", "rules": {"type": "str", "min_length": 1}, "required": True}
    )
    agent_pairing_id: str = attrs.field(
        metadata={"wire": "agentPairingId", "rules": {"type": "str", "min_length": 1}, "required": True}
    )
    service_type: ServiceType | SearchServiceTypeAlias = attrs.field(
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
            "required": True,
        }
    )
    operation: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "operation", "rules": {"type": "str"}}
    )
    input: Mapping[str, Any] | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "input", "opaque": True, "rules": {"type": "map"}}
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
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class ResolveTaskRequest:
    """Which discovered quote to order; every field is optional (the SDK sends {} when none is given).

    Attributes:
        quote_id: A quote of the task's discovery (the best one when omitted) (wire ``quoteId``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    quote_id: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "quoteId", "rules": {"type": "str", "min_length": 1}}
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


@attrs.frozen
class ExecuteTaskRequest:
    """Executes a resolved task; every field is optional.

    Attributes:
        input: Operation input for this execution, handed to order execute as its input (keys never
            re-cased); the order keeps the task's input from create (wire ``input``; keys kept exactly as
            written).
        payment: x402 rails only: the signed payment, replayed to the provider (as on order execute) (wire
            ``payment``).
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
class ExternalHandoff:
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


@attrs.frozen
class ExecutionRoute:
    """The route a task was resolved to: the service and how it executes.

    Attributes:
        id: Server-assigned route id (routeId on the order and its run) (wire ``id``).
        execution_mode: native or external-handoff (wire ``executionMode``).
        integration_status: How ready the integration is (wire ``integrationStatus``).
        status: selected (resolved), then completed, failed or external after execution (values ours)
            (wire ``status``).
        service_id: The service routed to, or null (wire ``serviceId``).
        provider_key: Key of the provider adapter, or null (wire ``providerKey``).
        handoff: Outside destination of an external route, or null (wire ``handoff``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    id: str = attrs.field(metadata={"wire": "id"})
    execution_mode: ExecutionMode = attrs.field(metadata={"wire": "executionMode"})
    integration_status: IntegrationStatus = attrs.field(metadata={"wire": "integrationStatus"})
    status: str = attrs.field(metadata={"wire": "status"})
    service_id: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "serviceId"})
    provider_key: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "providerKey"})
    handoff: ExternalHandoff | None = attrs.field(default=None, kw_only=True, metadata={"wire": "handoff"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class ExecutionOutcome:
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


@attrs.frozen
class MarketPaymentRailRecommendation:
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


@attrs.frozen
class MarketPricing:
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


@attrs.frozen
class MarketQuote:
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


@attrs.frozen
class NormalizedTask:
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


@attrs.frozen
class Task:
    """A task: what a machine needs done, and how far discover, resolve and execute have taken it.

    Attributes:
        id: Server-assigned task id (taskId on its order and run) (wire ``id``).
        machine_id: The machine the task is for (wire ``machineId``).
        agent_pairing_id: The pairing the task runs under (wire ``agentPairingId``).
        status: created, discovered, no_match, resolved, completed, failed or handoff (wire ``status``).
        request: The create request as sent: criteria and input (wire ``request``; keys kept exactly as
            written).
        normalized_task: The criteria as discovery understood them, or null before discovery (wire
            ``normalizedTask``).
        search_id: The market search of the latest discovery, or null (wire ``searchId``).
        quotes: Ranked quotes of the latest discovery, best first (empty before discovery and on no_match)
            (wire ``quotes``).
        quote_id: The quote resolved to, or null (wire ``quoteId``).
        order_id: The market order created by resolve (pay and read it with the order calls), or null
            (wire ``orderId``).
        route: The route chosen by resolve, or null (wire ``route``).
        run: The run of a native execution (also listed by list_runs), or null (wire ``run``).
        outcome: The outcome of a native execution, or null (wire ``outcome``).
        handoff: Where to continue after an external handoff, or null (wire ``handoff``).
        created_at: When the task was created (ISO 8601) (wire ``createdAt``).
        updated_at: When the task last changed (ISO 8601) (wire ``updatedAt``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    id: str = attrs.field(metadata={"wire": "id"})
    machine_id: str = attrs.field(metadata={"wire": "machineId"})
    agent_pairing_id: str = attrs.field(metadata={"wire": "agentPairingId"})
    status: TaskStatus = attrs.field(metadata={"wire": "status"})
    request: Mapping[str, Any] = attrs.field(
        default=attrs.Factory(dict), kw_only=True, metadata={"wire": "request", "opaque": True}
    )
    normalized_task: NormalizedTask | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "normalizedTask"}
    )
    search_id: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "searchId"})
    quotes: tuple[MarketQuote, ...] = attrs.field(
        default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "quotes"}
    )
    quote_id: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "quoteId"})
    order_id: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "orderId"})
    route: ExecutionRoute | None = attrs.field(default=None, kw_only=True, metadata={"wire": "route"})
    run: ExecutionRun | None = attrs.field(default=None, kw_only=True, metadata={"wire": "run"})
    outcome: ExecutionOutcome | None = attrs.field(default=None, kw_only=True, metadata={"wire": "outcome"})
    handoff: ExternalHandoff | None = attrs.field(default=None, kw_only=True, metadata={"wire": "handoff"})
    created_at: str = attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = attrs.field(metadata={"wire": "updatedAt"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class ProviderCredentials:
    """Per-adapter credentials (walrus, akash, worldId, geodnet, aethir, ...), adapter name -> settings.
    Redacted by the server before persistence. On the wire this is the map itself; the SDK class holds it in
    its single field `providers` (x-sdk-wrap).

    Attributes:
        providers: The map itself: name -> settings. Documented keys: ``walrus``: Walrus storage adapter
            settings (``publisherUrl``: Walrus publisher URL; ``aggregatorUrl``: Walrus aggregator URL;
            ``publisherToken``: Walrus publisher token (secret)); ``akash``: Akash compute adapter settings
            (``consoleApiKey``: Akash Console API key (secret); ``consoleBaseUrl``: Akash Console base URL;
            ``restEndpoints``: Akash REST endpoints); ``worldId``: World ID proof-of-person adapter settings
            (``rpId``: World ID relying-party id; ``appId``: World ID app id; ``verifyBaseUrl``: World ID
            verification base URL); ``geodnet``: GEODNET location adapter settings (``appId``: GEODNET app id;
            ``appKey``: GEODNET app key (secret); ``baseUrl``: GEODNET API base URL); ``aethir``: Aethir
            compute adapter settings (``ak``: Aethir access key (secret); ``sk``: Aethir secret key (secret);
            ``baseUrl``: Aethir API base URL) (wire ``providers``; secret: never shown in repr, errors or
            logs).
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
    """Asks for a challenge that proves control of a peaqOS machine identity.

    Attributes:
        identity_ref: The peaqOS machine identity to prove control of: ``did:peaq:0x<address>``,
            ``did:peaq:<decimal>`` or its alias ``peaqos:machine:<decimal>``. An identity the registry does
            not know answers NOT_FOUND (wire ``identityRef``; required).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    identity_ref: str = attrs.field(
        metadata={
            "wire": "identityRef",
            "rules": {
                "type": "str",
                "min_length": 1,
                "pattern": "^(did:peaq:(0x[0-9a-fA-F]{40}|0|[1-9][0-9]*)|peaqos:machine:(0|[1-9][0-9]*))$",
                "pattern_name": "did:peaq:0x<40 hex address>, did:peaq:<decimal> or peaqos:machine:<decimal>",
            },
            "required": True,
        }
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class MachineIdentityChallengeResponse:
    """A short-lived identity challenge: sign message with a controller key of the identity and send
    {challengeId, signature} as identityProof on machine create or update.

    Attributes:
        challenge_id: Id to send back with the signature (wire ``challengeId``; never empty).
        identity_ref: The canonical ``did:peaq:<decimal>``, whatever form the request used (wire
            ``identityRef``).
        message: The text to sign, exactly as returned (byte for byte, whitespace included); never rebuild
            or normalise it (wire ``message``).
        expires_at: ISO 8601 timestamp after which a proof from this challenge answers
            MACHINE_IDENTITY_PROOF_EXPIRED (wire ``expiresAt``).
        verification_method: Signature scheme to use (eip191) (wire ``verificationMethod``).
        controller_addresses: The identity's controller addresses from the registry (at least one); the
            recovered signer must be one of them (wire ``controllerAddresses``).
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
    """A signed identity challenge, sent as identityProof.

    Attributes:
        challenge_id: Id of the identity challenge that was signed (wire ``challengeId``; required).
        signature: EIP-191 signature: 0x + 130 hex (65 bytes r||s||v, v 27 or 28) (wire ``signature``;
            required).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    challenge_id: str = attrs.field(
        metadata={"wire": "challengeId", "rules": {"type": "str", "min_length": 1}, "required": True}
    )
    signature: str = attrs.field(
        metadata={
            "wire": "signature",
            "rules": {
                "type": "str",
                "pattern": "^0x[0-9a-fA-F]{130}$",
                "pattern_name": "0x + 130 hex (a 65-byte EIP-191 signature)",
            },
            "required": True,
        }
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class MachineIdentityProof:
    """The verified identity proof the server stores with a machine and re-checks against the registry on
    every read and write.

    Attributes:
        method: Signature scheme (eip191) (wire ``method``).
        identity_ref: The canonical ``did:peaq:<decimal>`` the proof is for (wire ``identityRef``).
        signer_address: Address recovered from the signature (one of the controllers) (wire
            ``signerAddress``).
        challenge_id: The challenge that was signed (wire ``challengeId``).
        verified_at: ISO 8601 timestamp of the verification (wire ``verifiedAt``).
        challenge_expires_at: ISO 8601 timestamp at which the signed challenge expired (wire
            ``challengeExpiresAt``).
        resolution_source: Registry the identity was resolved in (peaqos-mcr) (wire ``resolutionSource``).
        controller_addresses: Controller addresses at verification time (empty when absent) (wire
            ``controllerAddresses``).
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
    """An orchestration machine record: the market-side view of a peaqOS machine (created as draft, activated
    by PATCH).

    Attributes:
        id: Server-assigned machine id (mach_...), used in every machine path (wire ``id``).
        display_name: Human-readable name (wire ``displayName``).
        status: draft after create, active after activation, archived after DELETE (degraded and blocked
            are settable; their effect is not stated). Only active machines pass the orchestration gate
            (MACHINE_NOT_ACTIVE otherwise) (wire ``status``).
        owner_id: Owner reference (free text; operators often use their wallet address) (wire
            ``ownerId``).
        machine_type: Kind of machine in free text (e.g. edge-node, robot, sensor) (wire ``machineType``).
        runtime_profile: Runtime profile in free text (e.g. linux-docker) (wire ``runtimeProfile``).
        capabilities: Capability tags (null and absent read as empty) (wire ``capabilities``).
        labels: Free-form string labels, kept exactly as written (null and absent read as empty) (wire
            ``labels``; keys kept exactly as written).
        policy_ids: Ids of the policies attached to the machine (null and absent read as empty) (wire
            ``policyIds``).
        skill_keys: Keys of the skills attached to the machine (null and absent read as empty) (wire
            ``skillKeys``).
        created_at: ISO 8601 timestamp of creation (wire ``createdAt``).
        updated_at: ISO 8601 timestamp of the last change (wire ``updatedAt``).
        identity_ref: The canonical ``did:peaq:<decimal>`` (wire ``identityRef``).
        identity_proof: The stored identity proof, or null when none was verified (wire
            ``identityProof``).
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
        id: Server-assigned machine id (mach_...), used in every machine path (wire ``id``).
        display_name: Human-readable name (wire ``displayName``).
        status: draft after create, active after activation, archived after DELETE (degraded and blocked
            are settable; their effect is not stated). Only active machines pass the orchestration gate
            (MACHINE_NOT_ACTIVE otherwise) (wire ``status``).
        owner_id: Owner reference (free text; operators often use their wallet address) (wire
            ``ownerId``).
        machine_type: Kind of machine in free text (e.g. edge-node, robot, sensor) (wire ``machineType``).
        runtime_profile: Runtime profile in free text (e.g. linux-docker) (wire ``runtimeProfile``).
        capabilities: Capability tags (null and absent read as empty) (wire ``capabilities``).
        labels: Free-form string labels, kept exactly as written (null and absent read as empty) (wire
            ``labels``; keys kept exactly as written).
        policy_ids: Ids of the policies attached to the machine (null and absent read as empty) (wire
            ``policyIds``).
        skill_keys: Keys of the skills attached to the machine (null and absent read as empty) (wire
            ``skillKeys``).
        created_at: ISO 8601 timestamp of creation (wire ``createdAt``).
        updated_at: ISO 8601 timestamp of the last change (wire ``updatedAt``).
        identity_ref: The canonical ``did:peaq:<decimal>`` (wire ``identityRef``).
        identity_proof: The stored identity proof, or null when none was verified (wire
            ``identityProof``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    identity_ref: str = attrs.field(metadata={"wire": "identityRef"})


@attrs.frozen(kw_only=True)
class CreateMachineRequest:
    """Registers a machine (as draft) bound to a peaqOS machine identity.

    Attributes:
        display_name: Human-readable name (non-empty) (wire ``displayName``; required).
        owner_id: Owner reference (non-empty free text, e.g. the operator's wallet address) (wire
            ``ownerId``; required).
        machine_type: Free text (e.g. edge-node (wire ``machineType``; required).
        runtime_profile: Free text (e.g. linux-docker) (wire ``runtimeProfile``; required).
        identity_ref: The peaqOS machine identity the record is bound to: ``did:peaq:0x<address>``,
            ``did:peaq:<decimal>`` or ``peaqos:machine:<decimal>``. Required even with verification off (our
            choice); answers carry the canonical ``did:peaq:<decimal>`` (wire ``identityRef``; required).
        identity_proof: Required by the SDK; the server enforces it while identity verification is on
            (MACHINE_IDENTITY_PROOF_REQUIRED) (wire ``identityProof``; required).
        capabilities: Capability tags (wire ``capabilities``).
        labels: Free-form string labels, kept exactly as written (wire ``labels``; keys kept exactly as
            written).
        policy_ids: Ids of policies to attach (wire ``policyIds``).
        skill_keys: Keys of skills to attach (wire ``skillKeys``).
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
                "pattern_name": "did:peaq:0x<40 hex address>, did:peaq:<decimal> or peaqos:machine:<decimal>",
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
    """A partial update of a machine: only the fields sent change. Sending status active activates the record
    (the stored proof is reused when no identityProof is sent).

    Attributes:
        display_name: New name (non-empty) (wire ``displayName``).
        status: New status; active needs a verified identity (MACHINE_NOT_ACTIVATED otherwise) (wire
            ``status``).
        owner_id: New owner reference (non-empty) (wire ``ownerId``).
        identity_ref: Set once: another identity answers MACHINE_IDENTITY_IMMUTABLE (another form of the
            stored identity is no change). Accepts ``did:peaq:0x<address>``, ``did:peaq:<decimal>`` or
            ``peaqos:machine:<decimal>``; sending it for a machine with no verified proof needs identityProof
            (wire ``identityRef``).
        machine_type: New kind of machine (free text) (wire ``machineType``).
        runtime_profile: New runtime profile (free text) (wire ``runtimeProfile``).
        capabilities: Replaces the capability tags (wire ``capabilities``).
        labels: Replaces the labels, kept exactly as written (wire ``labels``; keys kept exactly as
            written).
        policy_ids: Replaces the attached policy ids (wire ``policyIds``).
        skill_keys: Replaces the attached skill keys (wire ``skillKeys``).
        identity_proof: A fresh signed identity challenge; re-verified against the registry (wire
            ``identityProof``).
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
                "pattern_name": "did:peaq:0x<40 hex address>, did:peaq:<decimal> or peaqos:machine:<decimal>",
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
    """A machine-side runtime agent: software on the machine that reports its runtime endpoints by heartbeat.

    Attributes:
        id: Agent id (agentId in paths and heartbeats) (wire ``id``).
        machine_id: The machine the agent belongs to (wire ``machineId``).
        label: Human-readable label (wire ``label``).
        status: provisioned until the first heartbeat, then active; revoked after DELETE (wire
            ``status``).
        created_at: ISO 8601 timestamp of enrollment (wire ``createdAt``).
        updated_at: ISO 8601 timestamp of the last change (wire ``updatedAt``).
        allowed_provider_keys: Provider keys the agent may report in heartbeats (others answer
            AGENT_POLICY_DENIED); empty when absent (wire ``allowedProviderKeys``).
        last_seen_at: ISO 8601 timestamp of the last heartbeat, or null before the first (wire
            ``lastSeenAt``).
        provisioning_token: One-time agent secret, returned only by enrollment: the agent sends it as
            agentToken in its heartbeats. The docs name it agentToken; a reader accepts either name (wire
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
    """Enrolls a machine-side agent; every field is optional (the SDK sends {} when none is given).

    Attributes:
        label: Human-readable label for the agent (wire ``label``).
        allowed_provider_keys: Provider keys the agent may report in heartbeats (e.g. qvac) (wire
            ``allowedProviderKeys``).
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
    """A runtime endpoint the agent reports; the server upserts it with source agent and a lease.

    Attributes:
        provider_key: Provider key of the endpoint; qvac only (the reference SDK's literal; our choice to
            refuse others with VALIDATION_ERROR) (wire ``providerKey``; required).
        endpoint_base_url: http(s) URL with a host; the SDK checks it before sending and the server
            answers VALIDATION_ERROR (wire ``endpointBaseUrl``; required).
        label: Human-readable label (wire ``label``).
        auth_type: How the orchestrator authenticates to the endpoint (wire ``authType``).
        auth_token: Credential for the endpoint; never echoed (views expose hasAuthToken) (wire
            ``authToken``; secret: never shown in repr, errors or logs).
        model_alias: Model name the endpoint serves, when relevant (wire ``modelAlias``).
        network_scope: Where the endpoint is reachable from (wire ``networkScope``).
        probe_path: Path the server probes for health (wire ``probePath``).
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
    """A machine agent's heartbeat: proves the agent is alive and renews the leases of its runtime endpoints.

    Attributes:
        machine_id: The agent's machine (non-empty) (wire ``machineId``; required).
        agent_id: The enrolled agent's id (non-empty) (wire ``agentId``; required).
        agent_token: Required by the SDK; the server also accepts the token as x-agent-pairing-token or
            Authorization: Bearer, and answers AGENT_AUTH_REQUIRED when it is missing everywhere (wire
            ``agentToken``; required; secret: never shown in repr, errors or logs).
        endpoints: The endpoints the agent serves (at least one) (wire ``endpoints``; required).
        lease_ttl_seconds: Requested lease of the reported endpoints, in seconds (>= 1; the server default
            when absent; the server grants at most one day, our choice). Never null (wire
            ``leaseTtlSeconds``).
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
    """The state of one reported endpoint after a heartbeat.

    Attributes:
        provider_key: Provider key of the endpoint (wire ``providerKey``).
        endpoint_base_url: Base URL as stored (scheme and host[:port]) (wire ``endpointBaseUrl``).
        status: Health of the endpoint (wire ``status``).
        lease_expires_at: ISO 8601 timestamp at which the endpoint's lease ends unless renewed by another
            heartbeat (wire ``leaseExpiresAt``).
        health_error: Why the endpoint is not healthy, or null (wire ``healthError``).
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
    """The heartbeat result: the lease granted and the state of each reported endpoint.

    Attributes:
        machine_id: The agent's machine (wire ``machineId``).
        agent_id: The agent (wire ``agentId``).
        lease_ttl_seconds: Lease granted, in seconds (the server grants at most one day; our choice) (wire
            ``leaseTtlSeconds``).
        observed_at: ISO 8601 timestamp the server recorded the heartbeat (the agent's lastSeenAt) (wire
            ``observedAt``).
        endpoints: One result per reported endpoint (wire ``endpoints``).
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
    """Asks for a challenge the agent's wallet signs to pair the agent with the machine.

    Attributes:
        agent_address: The agent's EVM wallet address (0x + 40 hex); the challenge must be signed by its
            key (wire ``agentAddress``; required).
        agent_provider: Free text (e.g. anthropic, openai); non-empty, as the challenge echoes it and
            readers require it non-empty (wire ``agentProvider``; required).
        agent_role: Free text (e.g. buyer, machine-market-buyer); non-empty, as agentProvider (wire
            ``agentRole``; required).
        agent_did: Optional ``did:pkh:eip155:<chainId>:<agentAddress>``; its address must match
            agentAddress (VALIDATION_ERROR otherwise). When omitted the server derives
            ``did:pkh:eip155:1:<agentAddress>`` (wire ``agentDid``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.

    Checked before sending (``OrchestrationValidationError``, no request made):
        - agent_did ends with agent_address (any case) when both are set: the server refuses an agentDid
          naming another address (VALIDATION_ERROR, stated).
    """

    agent_address: str = attrs.field(
        metadata={
            "wire": "agentAddress",
            "rules": {"type": "str", "pattern": "^0x[0-9a-fA-F]{40}$", "pattern_name": "an EVM address, 0x + 40 hex"},
            "required": True,
        }
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
        metadata={
            "wire": "agentDid",
            "rules": {
                "type": "str",
                "pattern": "^did:pkh:eip155:[0-9]+:0x[0-9a-fA-F]{40}$",
                "pattern_name": "did:pkh:eip155:<chain id>:<0x agent address>",
            },
        },
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class AgentPairingChallengeResponse:
    """Every field is always present and non-empty (the reference SDK requires each; the identity ref is
    canonical).

    Attributes:
        challenge_id: Id to send back with the signature as agentProof (wire ``challengeId``; never
            empty).
        agent_address: The agent address the signature must recover to (wire ``agentAddress``; never
            empty).
        message: The text to sign with the agentAddress key, exactly as returned (wire ``message``; never
            empty).
        expires_at: ISO 8601 timestamp after which a proof answers AGENT_PAIRING_PROOF_EXPIRED (wire
            ``expiresAt``; never empty).
        verification_method: Signature scheme to use (eip191) (wire ``verificationMethod``).
        machine_id: The machine being paired (wire ``machineId``; never empty).
        machine_identity_ref: The machine's canonical ``did:peaq:<decimal>`` (wire
            ``machineIdentityRef``).
        agent_did: The agent DID given in the request, or the one the server derived
            (``did:pkh:eip155:1:<agentAddress>``) (wire ``agentDid``; never empty).
        agent_provider: Echo of the request's agentProvider; the pairing must use the same value (wire
            ``agentProvider``; never empty).
        agent_role: Echo of the request's agentRole; the pairing must use the same value (wire
            ``agentRole``; never empty).
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
    """A signed pairing challenge, sent as agentProof on pairing create and session rotation.

    Attributes:
        challenge_id: Id of the pairing challenge that was signed (wire ``challengeId``; required).
        signature: EIP-191 signature: 0x + 130 hex (65 bytes r||s||v, v 27 or 28) (wire ``signature``;
            required).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    challenge_id: str = attrs.field(
        metadata={"wire": "challengeId", "rules": {"type": "str", "min_length": 1}, "required": True}
    )
    signature: str = attrs.field(
        metadata={
            "wire": "signature",
            "rules": {
                "type": "str",
                "pattern": "^0x[0-9a-fA-F]{130}$",
                "pattern_name": "0x + 130 hex (a 65-byte EIP-191 signature)",
            },
            "required": True,
        }
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


AgentPairingProof = AgentProofInput


@attrs.frozen
class DelegationPolicy:
    """What a paired agent may buy for the machine. The server enforces it on order create
    (AGENT_POLICY_DENIED, AGENT_SPEND_LIMIT_EXCEEDED, AGENT_DAILY_LIMIT_EXCEEDED). Changing it makes the
    current pairing token stale (its delegationPolicyHash no longer matches): rotate the session afterwards.

    Attributes:
        allowed_skill_keys: When not empty, only these skills may be ordered (wire ``allowedSkillKeys``).
        denied_skill_keys: Skills that may never be ordered (wire ``deniedSkillKeys``).
        allowed_service_ids: When not empty, only these services may be ordered (wire
            ``allowedServiceIds``).
        denied_service_ids: Services that may never be ordered (wire ``deniedServiceIds``).
        per_transaction_limit: Largest amount one order may spend, in whole units of currency (a JSON
            number such as 1.5 for 1.50 USD, >= 0, not base units: a limit is compared with quoted prices,
            which are numbers too); null for no limit; at most dailySpendLimit. Over it:
            AGENT_SPEND_LIMIT_EXCEEDED (wire ``perTransactionLimit``).
        daily_spend_limit: Largest total the pairing may spend per day, in whole units of currency (a JSON
            number, >= 0, not base units, as perTransactionLimit); null for no limit. Over it:
            AGENT_DAILY_LIMIT_EXCEEDED (wire ``dailySpendLimit``).
        currency: Currency code of both limits (e.g. USD), upper case: the server compares currencies
            exactly and prices are quoted in upper-case codes; or null (wire ``currency``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim; sent back as
            given when this object is part of a request.

    Checked before sending (``OrchestrationValidationError``, no request made):
        - per_transaction_limit <= daily_spend_limit when both are set: a per-transaction limit above the
          daily limit can never be reached (the daily limit refuses the order first): most often the two are
          swapped.
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
class CreateAgentPairingRequest:
    """Pairs an agent wallet with the machine, delegating permission to search, order and pay; the answer
    carries the one-time pairing token.

    Attributes:
        agent_address: The agent's EVM wallet address (0x + 40 hex); must match the signed challenge (wire
            ``agentAddress``; required).
        agent_provider: Free text (e.g. anthropic, openai); non-empty, as the challenge echoes it and
            readers require it non-empty (wire ``agentProvider``; required).
        agent_role: Free text (e.g. buyer, machine-market-buyer); non-empty, as agentProvider (wire
            ``agentRole``; required).
        agent_proof: Required by the SDK; the server enforces it while pairing verification is on
            (AGENT_PAIRING_PROOF_REQUIRED) (wire ``agentProof``; required).
        agent_did: Optional ``did:pkh:eip155:<chainId>:<agentAddress>`` (derived when omitted) (wire
            ``agentDid``).
        description: Free-text note about the pairing (wire ``description``).
        delegation_policy: What the agent may buy; the server's default when omitted is not stated (wire
            ``delegationPolicy``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.

    Checked before sending (``OrchestrationValidationError``, no request made):
        - agent_did ends with agent_address (any case) when both are set: the server refuses an agentDid
          naming another address (VALIDATION_ERROR, stated).
    """

    agent_address: str = attrs.field(
        metadata={
            "wire": "agentAddress",
            "rules": {"type": "str", "pattern": "^0x[0-9a-fA-F]{40}$", "pattern_name": "an EVM address, 0x + 40 hex"},
            "required": True,
        }
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
        metadata={
            "wire": "agentDid",
            "rules": {
                "type": "str",
                "pattern": "^did:pkh:eip155:[0-9]+:0x[0-9a-fA-F]{40}$",
                "pattern_name": "did:pkh:eip155:<chain id>:<0x agent address>",
            },
        },
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
    """Rotates the pairing token of an active pairing with a freshly signed pairing challenge.

    Attributes:
        agent_proof: A pairing challenge requested with the pairing's own agentAddress, agentProvider and
            agentRole, signed by the agent key (wire ``agentProof``; required).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    agent_proof: AgentProofInput = attrs.field(
        metadata={"wire": "agentProof", "rules": {"model": "AgentProofInput"}, "required": True}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class UpdateAgentPairingRequest:
    """A partial update of a pairing; only the fields sent change. A delegationPolicy change makes the current
    token stale.

    Attributes:
        agent_provider: New provider label (non-empty) (wire ``agentProvider``).
        agent_role: New role label (non-empty) (wire ``agentRole``).
        description: New free-text note (wire ``description``).
        status: New status: active, paused or revoked (wire ``status``).
        delegation_policy: Replacement delegation policy; rotate the session afterwards (wire
            ``delegationPolicy``).
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
    """How the agent's pairing proof was verified.

    Attributes:
        method: Signature scheme (eip191) (wire ``method``).
        signer_address: Recovered signer; equals the pairing's agentAddress (wire ``signerAddress``).
        verified_at: ISO 8601 timestamp of the verification (wire ``verifiedAt``).
        challenge_expires_at: ISO 8601 timestamp at which the signed challenge expired (wire
            ``challengeExpiresAt``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    method: VerificationMethod = attrs.field(metadata={"wire": "method"})
    signer_address: str = attrs.field(metadata={"wire": "signerAddress"})
    verified_at: str = attrs.field(metadata={"wire": "verifiedAt"})
    challenge_expires_at: str = attrs.field(metadata={"wire": "challengeExpiresAt"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class AgentPairing:
    """A pairing between the machine and an agent wallet. Views never carry the token: they show hasAuthToken
    and tokenLastFour.

    Attributes:
        id: Pairing id (pairingId in paths, agentPairingId in orders) (wire ``id``).
        machine_id: The paired machine (wire ``machineId``).
        status: active, paused or revoked (wire ``status``).
        agent_address: The agent's EVM wallet address (wire ``agentAddress``).
        agent_provider: Provider label of the agent (free text) (wire ``agentProvider``).
        agent_role: Role label of the agent (free text) (wire ``agentRole``).
        delegation_policy: What the agent may buy (wire ``delegationPolicy``).
        has_auth_token: Whether a pairing token has been issued (the token itself is never shown again)
            (wire ``hasAuthToken``).
        created_at: ISO 8601 timestamp of creation (wire ``createdAt``).
        updated_at: ISO 8601 timestamp of the last change (wire ``updatedAt``).
        agent_did: The agent's did:pkh:eip155 DID, or null (wire ``agentDid``).
        description: Free-text note, or null (wire ``description``).
        verification: How the pairing proof was verified, or null (wire ``verification``).
        token_last_four: Last four characters of the current token (to tell tokens apart), or null (wire
            ``tokenLastFour``).
        session_id: Id of the current session, or null (wire ``sessionId``).
        session_token_id: Id of the current session token, or null (wire ``sessionTokenId``).
        session_issued_at: ISO 8601 timestamp the current token was issued, or null (wire
            ``sessionIssuedAt``).
        session_expires_at: ISO 8601 timestamp the current token expires (rotate before it), or null (wire
            ``sessionExpiresAt``).
        pairing_token: Returned only by pairing create and session rotation (never by list, get or update)
            (wire ``pairingToken``; returned once: keep it; secret: never shown in repr, errors or logs).
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
        id: Pairing id (pairingId in paths, agentPairingId in orders) (wire ``id``).
        machine_id: The paired machine (wire ``machineId``).
        status: active, paused or revoked (wire ``status``).
        agent_address: The agent's EVM wallet address (wire ``agentAddress``).
        agent_provider: Provider label of the agent (free text) (wire ``agentProvider``).
        agent_role: Role label of the agent (free text) (wire ``agentRole``).
        delegation_policy: What the agent may buy (wire ``delegationPolicy``).
        has_auth_token: Whether a pairing token has been issued (the token itself is never shown again)
            (wire ``hasAuthToken``).
        created_at: ISO 8601 timestamp of creation (wire ``createdAt``).
        updated_at: ISO 8601 timestamp of the last change (wire ``updatedAt``).
        agent_did: The agent's did:pkh:eip155 DID, or null (wire ``agentDid``).
        description: Free-text note, or null (wire ``description``).
        verification: How the pairing proof was verified, or null (wire ``verification``).
        token_last_four: Last four characters of the current token (to tell tokens apart), or null (wire
            ``tokenLastFour``).
        session_id: Id of the current session, or null (wire ``sessionId``).
        session_token_id: Id of the current session token, or null (wire ``sessionTokenId``).
        session_issued_at: ISO 8601 timestamp the current token was issued, or null (wire
            ``sessionIssuedAt``).
        session_expires_at: ISO 8601 timestamp the current token expires (rotate before it), or null (wire
            ``sessionExpiresAt``).
        pairing_token: HS256 session JWT, returned here once: send it as x-agent-pairing-token on search,
            order and payment calls. It carries machineId, pairingId, sessionId, agentAddress, agentDid,
            delegationPolicyHash and an expiry (wire ``pairingToken``; never empty; returned once: keep it;
            secret: never shown in repr, errors or logs).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    pairing_token: str = attrs.field(
        repr=redacted_repr, metadata={"wire": "pairingToken", "secret": True, "one_time": True, "non_empty": True}
    )


@attrs.frozen
class UpsertRuntimeEndpointRequest:
    """Creates or replaces the manual runtime endpoint of one provider key (source is forced to manual).

    Attributes:
        endpoint_base_url: http(s) URL with a host; the server keeps scheme and host[:port] only (path,
            query and fragment are stripped) (wire ``endpointBaseUrl``; required).
        label: Default "``<PROVIDERKEY upper-cased>`` runtime" (wire ``label``).
        auth_type: How the orchestrator authenticates to the endpoint (default not stated) (wire
            ``authType``).
        auth_token: Never echoed; views expose hasAuthToken (wire ``authToken``; secret: never shown in
            repr, errors or logs).
        model_alias: Model name the endpoint serves, when relevant (wire ``modelAlias``).
        network_scope: Where the endpoint is reachable from (default not stated) (wire ``networkScope``).
        probe_path: Path the server probes for health; default /v1/models for qvac, /health otherwise
            (wire ``probePath``).
        status: Initial health status (wire ``status``).
        lease_expires_at: ISO 8601 end of the endpoint's lease (a documented request field) (wire
            ``leaseExpiresAt``).
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
    """A runtime endpoint: where the orchestrator reaches a provider running on or near the machine.

    Attributes:
        id: Server-assigned endpoint id (wire ``id``).
        machine_id: The machine the endpoint belongs to (wire ``machineId``).
        provider_key: Provider key (e.g. qvac), lower-cased by the server (wire ``providerKey``).
        source: manual (PUT) or agent (heartbeat, with a lease) (wire ``source``).
        label: Human-readable label (wire ``label``).
        endpoint_base_url: Base URL (scheme and host[:port] only) (wire ``endpointBaseUrl``).
        auth_type: How the orchestrator authenticates to the endpoint (wire ``authType``).
        has_auth_token: Whether a credential is stored (the credential itself is never echoed) (wire
            ``hasAuthToken``).
        network_scope: Where the endpoint is reachable from (wire ``networkScope``).
        status: Health of the endpoint (wire ``status``).
        created_at: ISO 8601 timestamp of creation (wire ``createdAt``).
        updated_at: ISO 8601 timestamp of the last change (wire ``updatedAt``).
        probe_path: Path the server probes for health (absent and null read as empty) (wire
            ``probePath``).
        agent_id: The reporting agent for source agent, else null (wire ``agentId``).
        model_alias: Model name the endpoint serves, or null (wire ``modelAlias``).
        lease_expires_at: ISO 8601 timestamp the agent lease ends, or null (wire ``leaseExpiresAt``).
        last_checked_at: ISO 8601 timestamp of the last health check, or null (wire ``lastCheckedAt``).
        last_healthy_at: ISO 8601 timestamp the endpoint was last healthy, or null (wire
            ``lastHealthyAt``).
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
    """A skill in the registry: a provider integration the machine can offer or consume.

    Attributes:
        key: Skill key (e.g. oracle.price-feed), used in skill paths (wire ``key``).
        provider_key: Key of the provider adapter (wire ``providerKey``).
        label: Human-readable name (wire ``label``).
        description: What the skill does (wire ``description``).
        direction: Whether the machine offers or consumes the skill (wire ``direction``).
        scope: Registry scope: core-product, bootstrap-reference or ecosystem (wire ``scope``).
        source: Where the skill comes from (wire ``source``).
        listed_by: Who listed the skill in the registry (wire ``listedBy``).
        kind: runtime integration or reference entry (wire ``kind``).
        auth_type: What the provider needs to authenticate a call (wire ``authType``).
        auth_state: Whether the skill's credentials are set up (wire ``authState``).
        access_mode: Who may use the skill (wire ``accessMode``).
        distribution: How the integration is distributed (wire ``distribution``).
        maturity: Maturity of the integration (wire ``maturity``).
        execution_mode: native or external-handoff (wire ``executionMode``).
        integration_status: How ready the integration is (wire ``integrationStatus``).
        requires_human_enablement: Whether a person must enable the skill before it can be used (wire
            ``requiresHumanEnablement``).
        service_types: Service types the skill serves (empty when absent) (wire ``serviceTypes``).
        operations: Operation names the skill supports (empty when absent) (wire ``operations``).
        required_env: Environment variables the integration needs (empty when absent) (wire
            ``requiredEnv``).
        last_verified_at: ISO 8601 timestamp the integration was last verified, or null (wire
            ``lastVerifiedAt``).
        reference_url: Documentation URL, or null (wire ``referenceUrl``).
        artifact_url: URL of the integration artifact, or null (wire ``artifactUrl``).
        handoff: Outside destination for a handoff skill, or null (wire ``handoff``).
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
    """One input a skill takes.

    Attributes:
        key: Input name (wire ``key``).
        type: Type name of the input (wire ``type``).
        required: Whether the input must be given (wire ``required``).
        description: What the input means (wire ``description``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    key: str = attrs.field(metadata={"wire": "key"})
    type: str = attrs.field(metadata={"wire": "type"})
    required: bool = attrs.field(metadata={"wire": "required"})
    description: str = attrs.field(metadata={"wire": "description"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class SkillManifestOutput:
    """One output a skill returns.

    Attributes:
        key: Output name (wire ``key``).
        type: Type name of the output (wire ``type``).
        description: What the output means (wire ``description``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    key: str = attrs.field(metadata={"wire": "key"})
    type: str = attrs.field(metadata={"wire": "type"})
    description: str = attrs.field(metadata={"wire": "description"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class SkillManifest:
    """The input and output contract of a skill.

    Attributes:
        key: Skill key (wire ``key``).
        provider_key: Key of the provider adapter (wire ``providerKey``).
        label: Human-readable name (wire ``label``).
        summary: Short summary of the skill (wire ``summary``).
        inputs: Inputs the skill takes (wire ``inputs``).
        outputs: Outputs the skill returns (wire ``outputs``).
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
    """A partial update of a skill's configuration; only the fields sent change.

    Attributes:
        enabled: Turns the skill on or off (wire ``enabled``).
        credentials: Credentials for the provider (name to value); stored but never echoed (the view shows
            hasCredentials) (wire ``credentials``; secret: never shown in repr, errors or logs; keys kept
            exactly as written).
        settings: Non-secret settings (name to string, number or boolean) (wire ``settings``).
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
    """A skill's configuration as stored (credentials are never echoed).

    Attributes:
        skill_key: The configured skill (wire ``skillKey``).
        provider_key: Key of the provider adapter (wire ``providerKey``).
        enabled: Whether the skill is on (wire ``enabled``).
        has_credentials: Whether credentials are stored (wire ``hasCredentials``).
        updated_at: ISO 8601 timestamp of the last change (wire ``updatedAt``).
        settings: Non-secret settings, kept exactly as written (empty when absent) (wire ``settings``;
            keys kept exactly as written).
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
    """One input or output field of a service operation.

    Attributes:
        key: Field name (wire ``key``).
        type: Type name of the field (wire ``type``).
        description: What the field means, or null (wire ``description``).
        default: Default value, kept exactly as sent (wire ``default``; keys kept exactly as written).
        example: Example value, kept exactly as sent (wire ``example``; keys kept exactly as written).
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
    """The contract of one service operation: its inputs, outputs and an example input for order create or
    execute.

    Attributes:
        operation: Operation name (as in an order's operation) (wire ``operation``).
        input_fields: Input fields (empty when absent) (wire ``inputFields``).
        output_fields: Output fields (empty when absent) (wire ``outputFields``).
        example_input: An example order input, kept exactly as sent (empty when absent) (wire
            ``exampleInput``; keys kept exactly as written).
        example_output: An example result, kept exactly as sent (wire ``exampleOutput``; keys kept exactly
            as written).
        provider_request: The request the provider receives, kept exactly as sent, or null (wire
            ``providerRequest``; keys kept exactly as written).
        summary: Short summary of the operation, or null (wire ``summary``).
        notes: Free-text notes (empty when absent) (wire ``notes``).
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
class MarketServiceConsumption:
    """The canonical API paths a consumer follows for this service.

    Attributes:
        adapter_setup_path: API path to set up the provider adapter, or null (wire ``adapterSetupPath``).
        service_detail_path: API path of the service detail, or null (wire ``serviceDetailPath``).
        market_search_path: API path of the market search for this service, or null (wire
            ``marketSearchPath``).
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
        label: Human-readable label, or null (wire ``label``).
        operation: Operation the endpoint serves, or null (wire ``operation``).
        url: Full URL, or null (wire ``url``).
        method: HTTP method, or null (wire ``method``).
        path: Path on the provider, or null (wire ``path``).
        provider_name: Provider name, or null (wire ``providerName``).
        key: Endpoint key, or null (wire ``key``).
        protocols: Payment protocols the endpoint accepts (e.g. x402, mpp); empty when absent (wire
            ``protocols``).
        networks: Networks the endpoint accepts payment on (e.g. base, solana); empty when absent (wire
            ``networks``).
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
    """A service in the market catalogue: one provider offering one service type.

    Attributes:
        id: Service id (serviceId in paths and orders) (wire ``id``).
        skill_key: The skill behind the service (wire ``skillKey``).
        provider_key: Key of the peaqOS provider adapter or gateway (wire ``providerKey``).
        provider_id: Provider id (wire ``providerId``).
        provider_label: Human-readable provider name (wire ``providerLabel``).
        service_type: Canonical service type (wire ``serviceType``).
        name: Service name (wire ``name``).
        description: What the service does (wire ``description``).
        auth_type: What the provider needs to authenticate a call (wire ``authType``).
        access_mode: Who may use the service (wire ``accessMode``).
        execution_mode: native or external-handoff (wire ``executionMode``).
        integration_status: How ready the integration is (wire ``integrationStatus``).
        distribution: How the integration is distributed (wire ``distribution``).
        maturity: Maturity of the integration (wire ``maturity``).
        kind: runtime service or reference entry (wire ``kind``).
        region: Region the service runs in (free text; may be empty) (wire ``region``).
        freshness_seconds: Freshness of the service's data, in seconds (the facts say no more) (wire
            ``freshnessSeconds``).
        requires_human_enablement: Whether a person must enable the service before it can be used (wire
            ``requiresHumanEnablement``).
        updated_at: ISO 8601 timestamp of the last catalogue change (wire ``updatedAt``).
        operations: Operation names the service supports (empty when absent) (wire ``operations``).
        capabilities: Capability tags (empty when absent) (wire ``capabilities``).
        metadata: Free-form provider metadata, kept exactly as sent (empty when absent) (wire
            ``metadata``; keys kept exactly as written).
        company_name: The company behind the provider, or null (wire ``companyName``).
        reference_url: Documentation URL, or null (wire ``referenceUrl``).
        artifact_url: URL of the integration artifact, or null (wire ``artifactUrl``).
        handoff: Outside destination for a handoff service, or null (wire ``handoff``).
        operation_contracts: Input and output contract of each operation (empty when absent) (wire
            ``operationContracts``).
        pricing: How the service is priced, or null (wire ``pricing``).
        payment: The payment rail the service recommends, or null (wire ``payment``).
        endpoints: Provider endpoints behind the service (empty when absent) (wire ``endpoints``).
        endpoint: Legacy alias of endpoints[0] (wire ``endpoint``).
        consumption: The API paths a consumer follows for this service, or null (wire ``consumption``).
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
class MarketSearchRequest:
    """All fields are optional on the wire; the server needs machineId and serviceType (see the header).

    Attributes:
        machine_id: The machine the search is for; taken from the pairing token when present (our choice:
            VALIDATION_ERROR when neither gives one) (wire ``machineId``).
        agent_pairing_id: The pairing the search runs under (needed later to order) (wire
            ``agentPairingId``).
        service_type: What kind of service is wanted: a ServiceType or a short alias (e.g. storage).
            Needed by the server (our choice: VALIDATION_ERROR without it), so the SDK requires it (wire
            ``serviceType``; required).
        operation: Operation wanted (e.g. get-latest-price) (wire ``operation``).
        required_capabilities: Capabilities a service must have (wire ``requiredCapabilities``).
        region: Preferred region (free text) (wire ``region``).
        max_results: Most quotes to return (>= 1; the server returns at most the quotes it has) (wire
            ``maxResults``).
        allow_external_handoff: Whether external-handoff services may be quoted (wire
            ``allowExternalHandoff``).
        require_native_execution: Whether only natively executed services may be quoted (wire
            ``requireNativeExecution``).
        budget: What the caller is willing to spend (wire ``budget``).
        provider_credentials: Adapter credentials used for discovery; redacted by the server before
            persistence (wire ``providerCredentials``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    machine_id: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "machineId", "rules": {"type": "str", "min_length": 1}}
    )
    agent_pairing_id: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "agentPairingId", "rules": {"type": "str", "min_length": 1}}
    )
    service_type: ServiceType | SearchServiceTypeAlias = attrs.field(
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
            "required": True,
        }
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
class MarketSearch:
    """A market search and its ranked quotes; it does not change after creation.

    Attributes:
        id: Search id (searchId on order create) (wire ``id``).
        machine_id: The machine the search was for (wire ``machineId``).
        request_payload: Echo of the request (redacted); older servers name it request (wire
            ``requestPayload``; also read from ``request``; keys kept exactly as written).
        normalized_task: The request as the server understood it (wire ``normalizedTask``).
        status: completed (quotes present) or no_match (quotes empty) (wire ``status``).
        quotes: Ranked quotes, best first (empty for no_match) (wire ``quotes``).
        created_at: ISO 8601 timestamp of the search (wire ``createdAt``).
        agent_pairing_id: The pairing the search ran under, or null (wire ``agentPairingId``).
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
    """The budget of a new order, in units of currency (JSON numbers, >= 0, not base units).

    Attributes:
        amount: Amount the caller means to spend, in whole units of currency (a JSON number, as quoted
            prices; not base units); at most max (wire ``amount``).
        max: Highest amount the caller accepts, in whole units of currency (a JSON number, as quoted
            prices; not base units) (wire ``max``).
        currency: Currency code of the amounts (e.g. USD), upper case: the server compares currencies
            exactly and prices are quoted in upper-case codes (wire ``currency``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.

    Checked before sending (``OrchestrationValidationError``, no request made):
        - amount <= max when both are set: the amount meant to be spent cannot exceed the highest amount
          accepted.
    """

    amount: float | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "amount", "rules": {"type": "number", "minimum": 0}}
    )
    max: float | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "max", "rules": {"type": "number", "minimum": 0}}
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
class MarketOrderBudget:
    """An order's budget as stored, in units of currency (JSON numbers).

    Attributes:
        amount: Budgeted amount in whole units of currency (a JSON number, as quoted prices; not base
            units), or null (wire ``amount``).
        currency: Currency of the amount, or null (wire ``currency``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    amount: float | None = attrs.field(default=None, kw_only=True, metadata={"wire": "amount"})
    currency: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "currency"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen(kw_only=True)
class CreateMarketOrderRequest:
    """Locks a catalogue service into an order for the machine. The server checks the pairing, the delegation
    policy and spend limits, quote freshness and rail compatibility.

    Attributes:
        machine_id: The buying machine (must be active and verified) (wire ``machineId``; required).
        agent_pairing_id: The active pairing the order runs under (AGENT_PAIRING_REQUIRED /
            AGENT_PAIRING_INACTIVE otherwise) (wire ``agentPairingId``; required).
        service_id: The catalogue service to order (wire ``serviceId``; required).
        search_id: The search the quote came from (wire ``searchId``).
        quote_id: The quote ordered; past its expiresAt the server answers QUOTE_EXPIRED (wire
            ``quoteId``).
        operation: Operation to run (see the service's operationContracts) (wire ``operation``).
        input: Operation input for the provider, forwarded verbatim (keys never re-cased) (wire ``input``;
            keys kept exactly as written).
        budget: The order's budget (wire ``budget``).
        provider_credentials: Adapter credentials for execution; redacted by the server before persistence
            (wire ``providerCredentials``).
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
    """An order: a catalogue service locked for a machine, and its progress from created to confirmed.

    Attributes:
        id: Order id (orderId in paths) (wire ``id``).
        machine_id: The buying machine (wire ``machineId``).
        agent_pairing_id: The pairing the order runs under (wire ``agentPairingId``).
        service_id: The ordered service (wire ``serviceId``).
        skill_key: The skill behind the service (wire ``skillKey``).
        provider_key: Key of the provider adapter (wire ``providerKey``).
        service_type: Canonical service type (wire ``serviceType``).
        operation: The operation ordered (wire ``operation``).
        execution_mode: native or external-handoff (wire ``executionMode``).
        integration_status: How ready the integration is (wire ``integrationStatus``).
        status: Where the order is: created, then payment_pending, ready, executing, delivered, confirmed;
            or disputed, cancelled, failed, handoff. Writes on a closed order answer ORDER_CLOSED (wire
            ``status``).
        payment: The payment rail recommended for this order (copied from the service at create) (wire
            ``payment``).
        created_at: ISO 8601 timestamp of creation (wire ``createdAt``).
        updated_at: ISO 8601 timestamp of the last change (wire ``updatedAt``).
        search_id: The search the order came from, or null (wire ``searchId``).
        quote_id: The quote ordered, or null (wire ``quoteId``).
        input: The operation input as sent at create, kept exactly as written (older servers name it
            inputPayload) (wire ``input``; also read from ``inputPayload``; keys kept exactly as written).
        budget: The order's budget, or null (wire ``budget``).
        handoff: Outside destination after a handoff execute, or null (wire ``handoff``).
        error_message: Why the order failed, or null (wire ``errorMessage``).
        service_snapshot: The catalogue service as it was when the order locked it (wire
            ``serviceSnapshot``; keys kept exactly as written).
        task_id: Task the order was materialised as (set by execute) (wire ``taskId``).
        route_id: Route chosen for the task (set by execute), or null (wire ``routeId``).
        run_id: Run record of the execution, or null (wire ``runId``).
        outcome_id: Outcome record of the execution, or null (wire ``outcomeId``).
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
class ExecuteMarketOrderRequest:
    """Executes a ready order; every field is optional (the SDK sends {} when none is given).

    Attributes:
        input: Operation input for this execution, forwarded verbatim (keys never re-cased); how it
            combines with the order's input is the server's choice (wire ``input``; keys kept exactly as
            written).
        payment: x402 rails only: the signed payment, replayed to the provider. May be omitted to use the
            value recorded by the payment proof; a different value answers PAYMENT_REQUIRED (wire
            ``payment``).
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
class NativeExecution:
    """A native execution: the run and its outcome (HTTP 200).

    Attributes:
        status_code: Always 200 (tells the native variant apart) (wire ``statusCode``).
        run: The run record (wire ``run``).
        outcome: The outcome record (wire ``outcome``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    status_code: Literal[200] = attrs.field(metadata={"wire": "statusCode"})
    run: ExecutionRun = attrs.field(metadata={"wire": "run"})
    outcome: ExecutionOutcome = attrs.field(metadata={"wire": "outcome"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class HandoffExecution:
    """An external handoff: where to continue (HTTP 202).

    Attributes:
        status_code: Always 202 (tells the handoff variant apart) (wire ``statusCode``).
        handoff: Where to continue (wire ``handoff``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    status_code: Literal[202] = attrs.field(metadata={"wire": "statusCode"})
    handoff: ExternalHandoff = attrs.field(metadata={"wire": "handoff"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class ExecuteMarketOrderNativeResponse:
    """Execute answer for a native service (HTTP 200).

    Attributes:
        order: The order after execution (wire ``order``).
        execution: The run and outcome (wire ``execution``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    order: MarketOrder = attrs.field(metadata={"wire": "order"})
    execution: NativeExecution = attrs.field(metadata={"wire": "execution"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class ExecuteMarketOrderHandoffResponse:
    """Execute answer for an external-handoff service (HTTP 202).

    Attributes:
        order: The order, now in handoff (wire ``order``).
        execution: The handoff destination (wire ``execution``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    order: MarketOrder = attrs.field(metadata={"wire": "order"})
    execution: HandoffExecution = attrs.field(metadata={"wire": "execution"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class PaymentProof:
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


@attrs.frozen
class PaymentRailDetails:
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


@attrs.frozen
class MarketPayment:
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


@attrs.frozen
class ConfirmMarketOrderResponse:
    """Confirm answer: the confirmed order and its payment.

    Attributes:
        order: The order, now confirmed (wire ``order``).
        payment: The order's payment (release_pending when one was held), or null when the order has none
            (wire ``payment``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    order: MarketOrder = attrs.field(metadata={"wire": "order"})
    payment: MarketPayment | None = attrs.field(metadata={"wire": "payment"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class DisputeMarketOrderRequest:
    """Disputes a delivered order; the payment is frozen until the dispute is resolved.

    Attributes:
        reason: Why the order is disputed (non-empty, stated) (wire ``reason``; required).
        evidence: Free-form evidence, kept exactly as written (wire ``evidence``; keys kept exactly as
            written).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    reason: str = attrs.field(metadata={"wire": "reason", "rules": {"type": "str", "min_length": 1}, "required": True})
    evidence: Mapping[str, Any] | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "evidence", "opaque": True, "rules": {"type": "map"}}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class OrderDispute:
    """A dispute raised on an order.

    Attributes:
        id: Server-assigned dispute id (wire ``id``).
        order_id: The disputed order (wire ``orderId``).
        machine_id: The buying machine (wire ``machineId``).
        status: open or resolved (wire ``status``).
        reason: Why the order was disputed (wire ``reason``).
        created_at: ISO 8601 timestamp the dispute was raised (wire ``createdAt``).
        updated_at: ISO 8601 timestamp of the last change (wire ``updatedAt``).
        evidence: Evidence as written (empty when absent) (wire ``evidence``; keys kept exactly as
            written).
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
    """Dispute answer: the disputed order, its frozen payment and the dispute.

    Attributes:
        order: The order, now disputed (wire ``order``).
        payment: The order's payment (frozen), or null when it has none (wire ``payment``).
        dispute: The dispute record (wire ``dispute``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    order: MarketOrder = attrs.field(metadata={"wire": "order"})
    payment: MarketPayment | None = attrs.field(metadata={"wire": "payment"})
    dispute: OrderDispute = attrs.field(metadata={"wire": "dispute"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


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


@attrs.frozen
class ListSkillsOptions:
    """Query filters of list_skills.

    Attributes:
        scope: Only skills of this registry scope (wire ``scope``).
        direction: Only skills of this direction (wire ``direction``).
        source: Only skills from this source (wire ``source``).
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
        machine_id: Scope the catalogue to this machine (with a pairing token: the machine's private view)
            (wire ``machineId``).
        service_type: Only services of this canonical service type (wire ``serviceType``).
        execution_mode: Only services of this execution mode (wire ``executionMode``).
        provider_key: Only services of this provider adapter (wire ``providerKey``).
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
        machine_id: Scope the view to this machine (wire ``machineId``).
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
    CreateAgentPairingChallengeRequest: (
        {
            "rule": "did-of",
            "fields": ("agent_did", "agent_address"),
            "why": "the server refuses an agentDid naming another address (VALIDATION_ERROR, stated)",
        },
    ),
    DelegationPolicy: (
        {
            "rule": "at-most",
            "fields": ("per_transaction_limit", "daily_spend_limit"),
            "why": "a per-transaction limit above the daily limit can never be reached (the daily limit refuses the order first): most often the two are swapped",
        },
    ),
    CreateAgentPairingRequest: (
        {
            "rule": "did-of",
            "fields": ("agent_did", "agent_address"),
            "why": "the server refuses an agentDid naming another address (VALIDATION_ERROR, stated)",
        },
    ),
    OrderBudget: (
        {
            "rule": "at-most",
            "fields": ("amount", "max"),
            "why": "the amount meant to be spent cannot exceed the highest amount accepted",
        },
    ),
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

# generated from spec/openapi.yaml by codegen/ — do not edit
"""Typed models of the peaq OS Machine Markets (orchestration) API (0.2.0): the types only the ``market`` operations use.

Frozen, slotted attrs classes with snake_case attributes. Each field keeps its camelCase wire
name in ``metadata["wire"]``; unknown response fields are kept in ``extra``; fields marked
secret never show in ``repr``.
"""

from collections.abc import Mapping, Sequence
from typing import Any, Literal, Union

import attrs
from peaq_os_sdk._generated.groups.common_models import (
    DisputeStatus,
    ExecutePaymentInput,
    ExecutionMode,
    ExecutionOutcome,
    ExecutionRun,
    ExternalHandoff,
    IntegrationStatus,
    MarketOrderStatus,
    MarketPayment,
    MarketPaymentRailRecommendation,
    MarketPricing,
    MarketQuote,
    MarketSearchBudget,
    NormalizedTask,
    SearchServiceTypeAlias,
    SearchStatus,
    ServiceType,
    SkillAccessMode,
    SkillAuthType,
    SkillDistribution,
    SkillKind,
    SkillMaturity,
)

from peaq_os_sdk._model_support import redacted_repr

__all__ = [
    "ProviderCredentials",
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
    "ConfirmMarketOrderResponse",
    "CancelMarketOrderRequest",
    "CancelMarketOrderResponse",
    "RetryMarketOrderRequest",
    "MarketOrderEvent",
    "DisputeMarketOrderRequest",
    "OrderDispute",
    "DisputeMarketOrderResponse",
    "ListMarketServicesOptions",
    "GetMarketServiceOptions",
    "ExecuteMarketOrderResponse",
]


# ---- models ----------------------------------------------------------------------------------


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


class _FieldSpecSlots:
    """The storage of :class:`FieldSpec`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``FieldSpec`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = ("key", "type", "description", "default", "example", "extra", "__weakref__")


@attrs.frozen
class FieldSpec(_FieldSpecSlots):
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


class _OperationContractSlots:
    """The storage of :class:`OperationContract`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``OperationContract`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = (
        "operation",
        "input_fields",
        "output_fields",
        "example_input",
        "example_output",
        "provider_request",
        "summary",
        "notes",
        "extra",
        "__weakref__",
    )


@attrs.frozen
class OperationContract(_OperationContractSlots):
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


class _MarketServiceConsumptionSlots:
    """The storage of :class:`MarketServiceConsumption`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``MarketServiceConsumption`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = ("adapter_setup_path", "service_detail_path", "market_search_path", "extra", "__weakref__")


@attrs.frozen
class MarketServiceConsumption(_MarketServiceConsumptionSlots):
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


class _MarketServiceEndpointSlots:
    """The storage of :class:`MarketServiceEndpoint`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``MarketServiceEndpoint`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = (
        "label",
        "operation",
        "url",
        "method",
        "path",
        "provider_name",
        "key",
        "protocols",
        "networks",
        "extra",
        "__weakref__",
    )


@attrs.frozen
class MarketServiceEndpoint(_MarketServiceEndpointSlots):
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


class _MarketServiceSlots:
    """The storage of :class:`MarketService`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``MarketService`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = (
        "id",
        "skill_key",
        "provider_key",
        "provider_id",
        "provider_label",
        "service_type",
        "name",
        "description",
        "auth_type",
        "access_mode",
        "execution_mode",
        "integration_status",
        "distribution",
        "maturity",
        "kind",
        "region",
        "freshness_seconds",
        "requires_human_enablement",
        "updated_at",
        "operations",
        "capabilities",
        "metadata",
        "company_name",
        "reference_url",
        "artifact_url",
        "handoff",
        "operation_contracts",
        "pricing",
        "payment",
        "endpoints",
        "endpoint",
        "consumption",
        "extra",
        "__weakref__",
    )


@attrs.frozen
class MarketService(_MarketServiceSlots):
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


class _MarketSearchSlots:
    """The storage of :class:`MarketSearch`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``MarketSearch`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = (
        "id",
        "machine_id",
        "request_payload",
        "normalized_task",
        "status",
        "quotes",
        "created_at",
        "agent_pairing_id",
        "extra",
        "__weakref__",
    )


@attrs.frozen
class MarketSearch(_MarketSearchSlots):
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


class _MarketOrderBudgetSlots:
    """The storage of :class:`MarketOrderBudget`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``MarketOrderBudget`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = ("amount", "currency", "extra", "__weakref__")


@attrs.frozen
class MarketOrderBudget(_MarketOrderBudgetSlots):
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


class _MarketOrderSlots:
    """The storage of :class:`MarketOrder`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``MarketOrder`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = (
        "id",
        "machine_id",
        "agent_pairing_id",
        "service_id",
        "skill_key",
        "provider_key",
        "service_type",
        "operation",
        "execution_mode",
        "integration_status",
        "status",
        "payment",
        "created_at",
        "updated_at",
        "search_id",
        "quote_id",
        "input",
        "budget",
        "handoff",
        "error_message",
        "service_snapshot",
        "task_id",
        "route_id",
        "run_id",
        "outcome_id",
        "extra",
        "__weakref__",
    )


@attrs.frozen
class MarketOrder(_MarketOrderSlots):
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


class _NativeExecutionSlots:
    """The storage of :class:`NativeExecution`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``NativeExecution`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = ("status_code", "run", "outcome", "extra", "__weakref__")


@attrs.frozen
class NativeExecution(_NativeExecutionSlots):
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


class _HandoffExecutionSlots:
    """The storage of :class:`HandoffExecution`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``HandoffExecution`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = ("status_code", "handoff", "extra", "__weakref__")


@attrs.frozen
class HandoffExecution(_HandoffExecutionSlots):
    """An external handoff: where to continue (HTTP 202).

    Attributes:
        status_code: Always 202 (tells the handoff variant apart) (wire ``statusCode``).
        handoff: Where to continue (wire ``handoff``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    status_code: Literal[202] = attrs.field(metadata={"wire": "statusCode"})
    handoff: ExternalHandoff = attrs.field(metadata={"wire": "handoff"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


class _ExecuteMarketOrderNativeResponseSlots:
    """The storage of :class:`ExecuteMarketOrderNativeResponse`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``ExecuteMarketOrderNativeResponse`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = ("order", "execution", "extra", "__weakref__")


@attrs.frozen
class ExecuteMarketOrderNativeResponse(_ExecuteMarketOrderNativeResponseSlots):
    """Execute answer for a native service (HTTP 200).

    Attributes:
        order: The order after execution (wire ``order``).
        execution: The run and outcome (wire ``execution``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    order: MarketOrder = attrs.field(metadata={"wire": "order"})
    execution: NativeExecution = attrs.field(metadata={"wire": "execution"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


class _ExecuteMarketOrderHandoffResponseSlots:
    """The storage of :class:`ExecuteMarketOrderHandoffResponse`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``ExecuteMarketOrderHandoffResponse`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = ("order", "execution", "extra", "__weakref__")


@attrs.frozen
class ExecuteMarketOrderHandoffResponse(_ExecuteMarketOrderHandoffResponseSlots):
    """Execute answer for an external-handoff service (HTTP 202).

    Attributes:
        order: The order, now in handoff (wire ``order``).
        execution: The handoff destination (wire ``execution``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    order: MarketOrder = attrs.field(metadata={"wire": "order"})
    execution: HandoffExecution = attrs.field(metadata={"wire": "execution"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


class _ConfirmMarketOrderResponseSlots:
    """The storage of :class:`ConfirmMarketOrderResponse`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``ConfirmMarketOrderResponse`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = ("order", "payment", "extra", "__weakref__")


@attrs.frozen
class ConfirmMarketOrderResponse(_ConfirmMarketOrderResponseSlots):
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
class CancelMarketOrderRequest:
    """Cancels an order that has not started executing. May be sent with no body.

    Attributes:
        reason: Why the order is cancelled; kept in the order's cancelled event (wire ``reason``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    reason: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "reason", "rules": {"type": "str"}})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


class _CancelMarketOrderResponseSlots:
    """The storage of :class:`CancelMarketOrderResponse`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``CancelMarketOrderResponse`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = ("order", "payment", "extra", "__weakref__")


@attrs.frozen
class CancelMarketOrderResponse(_CancelMarketOrderResponseSlots):
    """Cancel answer: the cancelled order and its payment.

    Attributes:
        order: The order, now cancelled (wire ``order``).
        payment: The order's payment (refunded when an intent or a held payment existed), or null when the
            order has none (wire ``payment``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    order: MarketOrder = attrs.field(metadata={"wire": "order"})
    payment: MarketPayment | None = attrs.field(metadata={"wire": "payment"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class RetryMarketOrderRequest:
    """Re-dispatches the execution of a failed order. May be sent with no body.

    Attributes:
        reason: Why the order is retried; kept in the order's events of this retry (wire ``reason``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    reason: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "reason", "rules": {"type": "str"}})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


class _MarketOrderEventSlots:
    """The storage of :class:`MarketOrderEvent`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``MarketOrderEvent`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = ("id", "order_id", "type", "payload", "created_at", "extra", "__weakref__")


@attrs.frozen
class MarketOrderEvent(_MarketOrderEventSlots):
    """One status change of an order, as listed by the order's events.

    Attributes:
        id: Server-assigned event id (wire ``id``).
        order_id: The order the event belongs to (wire ``orderId``).
        type: The order's new status (created, payment_pending, ready, executing, delivered, confirmed,
            disputed, cancelled, failed, handoff) (wire ``type``).
        payload: Details of the change: status, previousStatus (null for created) and the reason the
            request gave, if any; never a secret (wire ``payload``; keys kept exactly as written).
        created_at: When the change happened (ISO 8601) (wire ``createdAt``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    id: str = attrs.field(metadata={"wire": "id"})
    order_id: str = attrs.field(metadata={"wire": "orderId"})
    type: str = attrs.field(metadata={"wire": "type"})
    payload: Mapping[str, Any] = attrs.field(
        default=attrs.Factory(dict), kw_only=True, metadata={"wire": "payload", "opaque": True}
    )
    created_at: str = attrs.field(metadata={"wire": "createdAt"})
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


class _OrderDisputeSlots:
    """The storage of :class:`OrderDispute`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``OrderDispute`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = (
        "id",
        "order_id",
        "machine_id",
        "status",
        "reason",
        "created_at",
        "updated_at",
        "evidence",
        "extra",
        "__weakref__",
    )


@attrs.frozen
class OrderDispute(_OrderDisputeSlots):
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


class _DisputeMarketOrderResponseSlots:
    """The storage of :class:`DisputeMarketOrderResponse`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``DisputeMarketOrderResponse`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = ("order", "payment", "dispute", "extra", "__weakref__")


@attrs.frozen
class DisputeMarketOrderResponse(_DisputeMarketOrderResponseSlots):
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
    OrderBudget: (
        {
            "rule": "at-most",
            "fields": ("amount", "max"),
            "why": "the amount meant to be spent cannot exceed the highest amount accepted",
        },
    ),
}
"""Rules a request model checks across its fields before sending (Python field names; see the spec header)."""

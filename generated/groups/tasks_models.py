# generated from spec/openapi.yaml by codegen/ — do not edit
"""Typed models of the peaq OS Machine Markets (orchestration) API (0.2.0): the types only the ``tasks`` operations use.

Frozen, slotted attrs classes with snake_case attributes. Each field keeps its camelCase wire
name in ``metadata["wire"]``; unknown response fields are kept in ``extra``; fields marked
secret never show in ``repr``.
"""

from collections.abc import Mapping, Sequence
from typing import Any

import attrs
from peaq_os_sdk._generated.groups.common_models import (
    ExecutePaymentInput,
    ExecutionMode,
    ExecutionOutcome,
    ExecutionRun,
    ExternalHandoff,
    IntegrationStatus,
    MarketQuote,
    MarketSearchBudget,
    NormalizedTask,
    SearchServiceTypeAlias,
    ServiceType,
    TaskStatus,
)

__all__ = [
    "CreateTaskRequest",
    "ResolveTaskRequest",
    "ExecuteTaskRequest",
    "ExecutionRoute",
    "Task",
]


# ---- models ----------------------------------------------------------------------------------


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


class _ExecutionRouteSlots:
    """The storage of :class:`ExecutionRoute`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``ExecutionRoute`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = (
        "id",
        "execution_mode",
        "integration_status",
        "status",
        "service_id",
        "provider_key",
        "handoff",
        "extra",
        "__weakref__",
    )


@attrs.frozen
class ExecutionRoute(_ExecutionRouteSlots):
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


class _TaskSlots:
    """The storage of :class:`Task`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``Task`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = (
        "id",
        "machine_id",
        "agent_pairing_id",
        "status",
        "request",
        "normalized_task",
        "search_id",
        "quotes",
        "quote_id",
        "order_id",
        "route",
        "run",
        "outcome",
        "handoff",
        "created_at",
        "updated_at",
        "extra",
        "__weakref__",
    )


@attrs.frozen
class Task(_TaskSlots):
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


# ---- unions ----------------------------------------------------------------------------------

WRAPPED: dict[type, str] = {}
"""Classes whose wire value is the value of their single field."""

DISCRIMINATED: dict[Any, tuple[tuple[str, ...], dict[str, type]]] = {}
"""Unions told apart by the value found at a path inside the body."""

CROSS_FIELD: dict[type, tuple[dict[str, Any], ...]] = {}
"""Rules a request model checks across its fields before sending (Python field names; see the spec header)."""

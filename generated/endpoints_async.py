# generated from spec/openapi.yaml by codegen/ — do not edit
"""Async functional forms and the ``AsyncOrchestration`` namespace.

Every function takes the client first; ``client.orchestration.<name>(...)`` forwards to it.
"""

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from peaq_os_sdk._generated import operations as _ops
from peaq_os_sdk._generated.models import (
    AgentPairing,
    AgentPairingChallengeResponse,
    AgentPairingWithToken,
    AuditEvent,
    ConfirmMarketOrderResponse,
    CreateAgentPairingChallengeRequest,
    CreateAgentPairingRequest,
    CreateAgentPairingSessionRequest,
    CreateMachineIdentityChallengeRequest,
    CreateMachineRequest,
    CreateMarketOrderRequest,
    CreatePaymentIntentRequest,
    CreatePolicyRequest,
    DisputeMarketOrderRequest,
    DisputeMarketOrderResponse,
    EnrollMachineAgentRequest,
    ExecuteMarketOrderRequest,
    ExecuteMarketOrderResponse,
    GetMarketServiceOptions,
    Health,
    ListMarketServicesOptions,
    ListSkillsOptions,
    LockEscrowPaymentRequest,
    Machine,
    MachineAgent,
    MachineAgentHeartbeatRequest,
    MachineAgentHeartbeatResponse,
    MachineIdentityChallengeResponse,
    MarketOrder,
    MarketPayment,
    MarketSearch,
    MarketSearchRequest,
    MarketService,
    Policy,
    Readiness,
    RefundPaymentRequest,
    RegisteredMachine,
    ReleasePaymentRequest,
    RunRecord,
    RuntimeEndpoint,
    SkillConfigResponse,
    SkillManifest,
    SkillSummary,
    SubmitPaymentProofRequest,
    SubmitX402PaymentProofRequest,
    UpdateAgentPairingRequest,
    UpdateMachineRequest,
    UpdatePolicyRequest,
    UpdateSkillConfigRequest,
    UpsertRuntimeEndpointRequest,
)

from peaq_os_sdk.orchestration._runtime import atransport as _transport
from peaq_os_sdk.orchestration.pagination import (
    ItemResponse,
    ListResponse,
    validate_list_limit,
)
from peaq_os_sdk.orchestration.pagination import (
    aiter_pages as _iter_pages,
)

if TYPE_CHECKING:
    from peaq_os_sdk.client import AsyncPeaqosClient

__all__ = [
    "get_health",
    "create_machine_identity_challenge",
    "list_machines",
    "list_machines_all",
    "create_machine",
    "get_machine",
    "update_machine",
    "archive_machine",
    "list_machine_agents",
    "enroll_machine_agent",
    "revoke_machine_agent",
    "machine_agent_heartbeat",
    "list_agent_pairings",
    "list_agent_pairings_all",
    "create_agent_pairing",
    "create_agent_pairing_challenge",
    "update_agent_pairing",
    "revoke_agent_pairing",
    "create_agent_pairing_session",
    "list_runtime_endpoints",
    "list_runtime_endpoints_all",
    "get_runtime_endpoint",
    "upsert_runtime_endpoint",
    "delete_runtime_endpoint",
    "list_skills",
    "list_skills_all",
    "get_skill",
    "get_skill_manifest",
    "update_skill_config",
    "list_market_services",
    "list_market_services_all",
    "get_market_service",
    "search_market",
    "get_market_search",
    "list_market_orders",
    "list_market_orders_all",
    "create_market_order",
    "get_market_order",
    "execute_market_order",
    "confirm_market_order",
    "dispute_market_order",
    "create_payment_intent",
    "get_market_payment",
    "submit_payment_proof",
    "lock_escrow_payment",
    "release_payment",
    "refund_payment",
    "list_policies",
    "create_policy",
    "get_policy",
    "update_policy",
    "list_audit_events",
    "list_audit_events_all",
    "list_runs",
    "list_runs_all",
    "get_run",
    "get_readiness",
    "AsyncOrchestration",
]


async def get_health(client: "AsyncPeaqosClient") -> Health:
    """Liveness probe (also served at the host root).

    ``GET /health`` · auth: none
    Server error codes: none documented.
    """
    result: Health = await _transport(client).call(_ops.GET_HEALTH)
    return result


async def create_machine_identity_challenge(
    client: "AsyncPeaqosClient", params: CreateMachineIdentityChallengeRequest
) -> ItemResponse[MachineIdentityChallengeResponse]:
    """Challenge issued.

    ``POST /machine-identity/challenges`` · auth: platform
    Server error codes: VALIDATION_ERROR, NOT_FOUND, PEAQOS_IDENTITY_UNAVAILABLE, AUTH_REQUIRED, AUTH_INVALID.
    """
    result: ItemResponse[MachineIdentityChallengeResponse] = await _transport(client).call(
        _ops.CREATE_MACHINE_IDENTITY_CHALLENGE, body=params
    )
    return result


async def list_machines(
    client: "AsyncPeaqosClient", *, limit: int | None = None, cursor: str | None = None
) -> ListResponse[Machine]:
    """A page of machines.

    ``GET /machines`` · auth: platform · paginated
    Server error codes: VALIDATION_ERROR, AUTH_REQUIRED, AUTH_INVALID.
    """
    result: ListResponse[Machine] = await _transport(client).call(
        _ops.LIST_MACHINES, query={"limit": limit, "cursor": cursor}
    )
    return result


def list_machines_all(client: "AsyncPeaqosClient", *, limit: int | None = None) -> AsyncIterator[Machine]:
    """Every Machine across all pages of ``list_machines``; ``limit`` sets the page size."""
    validate_list_limit(limit)
    return _iter_pages(lambda cursor: list_machines(client, limit=limit, cursor=cursor))


async def create_machine(client: "AsyncPeaqosClient", params: CreateMachineRequest) -> ItemResponse[RegisteredMachine]:
    """Machine registered as a draft.

    ``POST /machines`` · auth: platform
    Server error codes: VALIDATION_ERROR, MACHINE_IDENTITY_PROOF_REQUIRED, MACHINE_IDENTITY_PROOF_INVALID, MACHINE_IDENTITY_PROOF_EXPIRED, MACHINE_IDENTITY_EXISTS, PEAQOS_IDENTITY_UNAVAILABLE, AUTH_REQUIRED, AUTH_INVALID.
    """
    result: ItemResponse[RegisteredMachine] = await _transport(client).call(_ops.CREATE_MACHINE, body=params)
    return result


async def get_machine(client: "AsyncPeaqosClient", machine_id: str) -> ItemResponse[Machine]:
    """The machine.

    ``GET /machines/{machineId}`` · auth: platform
    Server error codes: NOT_FOUND, MACHINE_NOT_ACTIVATED, AUTH_REQUIRED, AUTH_INVALID.
    """
    result: ItemResponse[Machine] = await _transport(client).call(_ops.GET_MACHINE, path={"machineId": machine_id})
    return result


async def update_machine(
    client: "AsyncPeaqosClient", machine_id: str, params: UpdateMachineRequest
) -> ItemResponse[Machine]:
    """The updated machine.

    ``PATCH /machines/{machineId}`` · auth: platform
    Server error codes: VALIDATION_ERROR, NOT_FOUND, MACHINE_IDENTITY_IMMUTABLE, MACHINE_NOT_ACTIVATED, MACHINE_IDENTITY_PROOF_REQUIRED, MACHINE_IDENTITY_PROOF_INVALID, MACHINE_IDENTITY_PROOF_EXPIRED, PEAQOS_IDENTITY_UNAVAILABLE, AUTH_REQUIRED, AUTH_INVALID.
    """
    result: ItemResponse[Machine] = await _transport(client).call(
        _ops.UPDATE_MACHINE, path={"machineId": machine_id}, body=params
    )
    return result


async def archive_machine(client: "AsyncPeaqosClient", machine_id: str) -> None:
    """Archived (soft delete; the record keeps status archived).

    ``DELETE /machines/{machineId}`` · auth: platform
    Server error codes: NOT_FOUND, AUTH_REQUIRED, AUTH_INVALID.
    """
    await _transport(client).call(_ops.ARCHIVE_MACHINE, path={"machineId": machine_id})


async def list_machine_agents(client: "AsyncPeaqosClient", machine_id: str) -> ListResponse[MachineAgent]:
    """The machine's agents (not paginated).

    ``GET /machines/{machineId}/agents`` · auth: platform
    Server error codes: NOT_FOUND, MACHINE_NOT_ACTIVE, MACHINE_NOT_ACTIVATED, AUTH_REQUIRED, AUTH_INVALID.
    """
    result: ListResponse[MachineAgent] = await _transport(client).call(
        _ops.LIST_MACHINE_AGENTS, path={"machineId": machine_id}
    )
    return result


async def enroll_machine_agent(
    client: "AsyncPeaqosClient", machine_id: str, params: EnrollMachineAgentRequest | None = None
) -> ItemResponse[MachineAgent]:
    """Agent enrolled; the provisioning token is returned here only.

    ``POST /machines/{machineId}/agents/enrollment`` · auth: platform
    Server error codes: VALIDATION_ERROR, NOT_FOUND, MACHINE_NOT_ACTIVE, MACHINE_NOT_ACTIVATED, AUTH_REQUIRED, AUTH_INVALID.
    """
    result: ItemResponse[MachineAgent] = await _transport(client).call(
        _ops.ENROLL_MACHINE_AGENT, path={"machineId": machine_id}, body=params
    )
    return result


async def revoke_machine_agent(client: "AsyncPeaqosClient", machine_id: str, agent_id: str) -> None:
    """Revoked.

    ``DELETE /machines/{machineId}/agents/{agentId}`` · auth: platform
    Server error codes: NOT_FOUND, MACHINE_NOT_ACTIVE, MACHINE_NOT_ACTIVATED, AUTH_REQUIRED, AUTH_INVALID.
    """
    await _transport(client).call(_ops.REVOKE_MACHINE_AGENT, path={"machineId": machine_id, "agentId": agent_id})


async def machine_agent_heartbeat(
    client: "AsyncPeaqosClient", params: MachineAgentHeartbeatRequest
) -> MachineAgentHeartbeatResponse:
    """Heartbeat recorded; listed endpoints upserted with a lease.

    ``POST /machine-agents/heartbeat`` · auth: none
    Server error codes: VALIDATION_ERROR, NOT_FOUND, AGENT_PAIRING_INACTIVE, AGENT_AUTH_REQUIRED, AGENT_AUTH_INVALID, AGENT_POLICY_DENIED, MACHINE_NOT_ACTIVE, MACHINE_NOT_ACTIVATED.
    """
    result: MachineAgentHeartbeatResponse = await _transport(client).call(_ops.MACHINE_AGENT_HEARTBEAT, body=params)
    return result


async def list_agent_pairings(
    client: "AsyncPeaqosClient", machine_id: str, *, limit: int | None = None, cursor: str | None = None
) -> ListResponse[AgentPairing]:
    """A page of pairings (never with a token).

    ``GET /machines/{machineId}/agent-pairings`` · auth: platform · paginated
    Server error codes: VALIDATION_ERROR, NOT_FOUND, AUTH_REQUIRED, AUTH_INVALID.
    """
    result: ListResponse[AgentPairing] = await _transport(client).call(
        _ops.LIST_AGENT_PAIRINGS, path={"machineId": machine_id}, query={"limit": limit, "cursor": cursor}
    )
    return result


def list_agent_pairings_all(
    client: "AsyncPeaqosClient", machine_id: str, *, limit: int | None = None
) -> AsyncIterator[AgentPairing]:
    """Every AgentPairing across all pages of ``list_agent_pairings``; ``limit`` sets the page size."""
    validate_list_limit(limit)
    return _iter_pages(lambda cursor: list_agent_pairings(client, machine_id, limit=limit, cursor=cursor))


async def create_agent_pairing(
    client: "AsyncPeaqosClient", machine_id: str, params: CreateAgentPairingRequest
) -> ItemResponse[AgentPairingWithToken]:
    """Pairing created; pairingToken is returned here once.

    ``POST /machines/{machineId}/agent-pairings`` · auth: platform
    Server error codes: VALIDATION_ERROR, NOT_FOUND, AGENT_PAIRING_PROOF_REQUIRED, AGENT_PAIRING_PROOF_INVALID, AGENT_PAIRING_PROOF_EXPIRED, AGENT_PAIRING_UNAVAILABLE, MACHINE_NOT_ACTIVE, MACHINE_NOT_ACTIVATED, MACHINE_IDENTITY_PROOF_REQUIRED, AUTH_REQUIRED, AUTH_INVALID.
    """
    result: ItemResponse[AgentPairingWithToken] = await _transport(client).call(
        _ops.CREATE_AGENT_PAIRING, path={"machineId": machine_id}, body=params
    )
    return result


async def create_agent_pairing_challenge(
    client: "AsyncPeaqosClient", machine_id: str, params: CreateAgentPairingChallengeRequest
) -> ItemResponse[AgentPairingChallengeResponse]:
    """Challenge issued for the agent key to sign.

    ``POST /machines/{machineId}/agent-pairings/challenges`` · auth: platform
    Server error codes: VALIDATION_ERROR, NOT_FOUND, MACHINE_NOT_ACTIVE, MACHINE_NOT_ACTIVATED, AUTH_REQUIRED, AUTH_INVALID.
    """
    result: ItemResponse[AgentPairingChallengeResponse] = await _transport(client).call(
        _ops.CREATE_AGENT_PAIRING_CHALLENGE, path={"machineId": machine_id}, body=params
    )
    return result


async def update_agent_pairing(
    client: "AsyncPeaqosClient", machine_id: str, pairing_id: str, params: UpdateAgentPairingRequest
) -> ItemResponse[AgentPairing]:
    """The updated pairing (no token; a policy change invalidates the current token).

    ``PATCH /machines/{machineId}/agent-pairings/{pairingId}`` · auth: platform
    Server error codes: VALIDATION_ERROR, NOT_FOUND, AUTH_REQUIRED, AUTH_INVALID.
    """
    result: ItemResponse[AgentPairing] = await _transport(client).call(
        _ops.UPDATE_AGENT_PAIRING, path={"machineId": machine_id, "pairingId": pairing_id}, body=params
    )
    return result


async def revoke_agent_pairing(client: "AsyncPeaqosClient", machine_id: str, pairing_id: str) -> None:
    """Revoked (the record stays listed with status revoked).

    ``DELETE /machines/{machineId}/agent-pairings/{pairingId}`` · auth: platform
    Server error codes: NOT_FOUND, AUTH_REQUIRED, AUTH_INVALID.
    """
    await _transport(client).call(_ops.REVOKE_AGENT_PAIRING, path={"machineId": machine_id, "pairingId": pairing_id})


async def create_agent_pairing_session(
    client: "AsyncPeaqosClient", machine_id: str, pairing_id: str, params: CreateAgentPairingSessionRequest
) -> ItemResponse[AgentPairingWithToken]:
    """Session rotated; the new pairingToken replaces the previous one.

    ``POST /machines/{machineId}/agent-pairings/{pairingId}/sessions`` · auth: platform
    Server error codes: VALIDATION_ERROR, NOT_FOUND, AGENT_PAIRING_PROOF_INVALID, AGENT_PAIRING_PROOF_EXPIRED, AGENT_PAIRING_INACTIVE, AUTH_REQUIRED, AUTH_INVALID.
    """
    result: ItemResponse[AgentPairingWithToken] = await _transport(client).call(
        _ops.CREATE_AGENT_PAIRING_SESSION, path={"machineId": machine_id, "pairingId": pairing_id}, body=params
    )
    return result


async def list_runtime_endpoints(
    client: "AsyncPeaqosClient", machine_id: str, *, limit: int | None = None, cursor: str | None = None
) -> ListResponse[RuntimeEndpoint]:
    """A page of runtime endpoints.

    ``GET /machines/{machineId}/runtime-endpoints`` · auth: platform · paginated
    Server error codes: VALIDATION_ERROR, NOT_FOUND, MACHINE_NOT_ACTIVE, MACHINE_NOT_ACTIVATED, AUTH_REQUIRED, AUTH_INVALID.
    """
    result: ListResponse[RuntimeEndpoint] = await _transport(client).call(
        _ops.LIST_RUNTIME_ENDPOINTS, path={"machineId": machine_id}, query={"limit": limit, "cursor": cursor}
    )
    return result


def list_runtime_endpoints_all(
    client: "AsyncPeaqosClient", machine_id: str, *, limit: int | None = None
) -> AsyncIterator[RuntimeEndpoint]:
    """Every RuntimeEndpoint across all pages of ``list_runtime_endpoints``; ``limit`` sets the page size."""
    validate_list_limit(limit)
    return _iter_pages(lambda cursor: list_runtime_endpoints(client, machine_id, limit=limit, cursor=cursor))


async def get_runtime_endpoint(
    client: "AsyncPeaqosClient", machine_id: str, provider_key: str
) -> ItemResponse[RuntimeEndpoint]:
    """The endpoint.

    ``GET /machines/{machineId}/runtime-endpoints/{providerKey}`` · auth: platform
    Server error codes: NOT_FOUND, MACHINE_NOT_ACTIVE, MACHINE_NOT_ACTIVATED, AUTH_REQUIRED, AUTH_INVALID.
    """
    result: ItemResponse[RuntimeEndpoint] = await _transport(client).call(
        _ops.GET_RUNTIME_ENDPOINT, path={"machineId": machine_id, "providerKey": provider_key}
    )
    return result


async def upsert_runtime_endpoint(
    client: "AsyncPeaqosClient", machine_id: str, provider_key: str, params: UpsertRuntimeEndpointRequest
) -> ItemResponse[RuntimeEndpoint]:
    """Updated.

    ``PUT /machines/{machineId}/runtime-endpoints/{providerKey}`` · auth: platform
    Server error codes: VALIDATION_ERROR, NOT_FOUND, MACHINE_NOT_ACTIVE, MACHINE_NOT_ACTIVATED, AUTH_REQUIRED, AUTH_INVALID.
    """
    result: ItemResponse[RuntimeEndpoint] = await _transport(client).call(
        _ops.UPSERT_RUNTIME_ENDPOINT, path={"machineId": machine_id, "providerKey": provider_key}, body=params
    )
    return result


async def delete_runtime_endpoint(client: "AsyncPeaqosClient", machine_id: str, provider_key: str) -> None:
    """Deleted.

    ``DELETE /machines/{machineId}/runtime-endpoints/{providerKey}`` · auth: platform
    Server error codes: NOT_FOUND, MACHINE_NOT_ACTIVE, MACHINE_NOT_ACTIVATED, AUTH_REQUIRED, AUTH_INVALID.
    """
    await _transport(client).call(
        _ops.DELETE_RUNTIME_ENDPOINT, path={"machineId": machine_id, "providerKey": provider_key}
    )


async def list_skills(
    client: "AsyncPeaqosClient",
    options: ListSkillsOptions | None = None,
    *,
    limit: int | None = None,
    cursor: str | None = None,
) -> ListResponse[SkillSummary]:
    """A page of skills.

    ``GET /skills`` · auth: platform · paginated
    Server error codes: VALIDATION_ERROR, AUTH_REQUIRED, AUTH_INVALID.
    """
    result: ListResponse[SkillSummary] = await _transport(client).call(
        _ops.LIST_SKILLS, options=options, query={"limit": limit, "cursor": cursor}
    )
    return result


def list_skills_all(
    client: "AsyncPeaqosClient", options: ListSkillsOptions | None = None, *, limit: int | None = None
) -> AsyncIterator[SkillSummary]:
    """Every SkillSummary across all pages of ``list_skills``; ``limit`` sets the page size."""
    validate_list_limit(limit)
    return _iter_pages(lambda cursor: list_skills(client, options, limit=limit, cursor=cursor))


async def get_skill(client: "AsyncPeaqosClient", skill_key: str) -> ItemResponse[SkillSummary]:
    """The skill.

    ``GET /skills/{skillKey}`` · auth: platform
    Server error codes: NOT_FOUND, AUTH_REQUIRED, AUTH_INVALID.
    """
    result: ItemResponse[SkillSummary] = await _transport(client).call(_ops.GET_SKILL, path={"skillKey": skill_key})
    return result


async def get_skill_manifest(client: "AsyncPeaqosClient", skill_key: str) -> ItemResponse[SkillManifest]:
    """The skill's manifest.

    ``GET /skills/{skillKey}/manifest`` · auth: platform
    Server error codes: NOT_FOUND, AUTH_REQUIRED, AUTH_INVALID.
    """
    result: ItemResponse[SkillManifest] = await _transport(client).call(
        _ops.GET_SKILL_MANIFEST, path={"skillKey": skill_key}
    )
    return result


async def update_skill_config(
    client: "AsyncPeaqosClient", skill_key: str, params: UpdateSkillConfigRequest
) -> ItemResponse[SkillConfigResponse]:
    """The skill's configuration (credentials never echoed).

    ``PATCH /skills/{skillKey}/config`` · auth: platform
    Server error codes: VALIDATION_ERROR, NOT_FOUND, AUTH_REQUIRED, AUTH_INVALID.
    """
    result: ItemResponse[SkillConfigResponse] = await _transport(client).call(
        _ops.UPDATE_SKILL_CONFIG, path={"skillKey": skill_key}, body=params
    )
    return result


async def list_market_services(
    client: "AsyncPeaqosClient",
    options: ListMarketServicesOptions | None = None,
    *,
    limit: int | None = None,
    cursor: str | None = None,
) -> ListResponse[MarketService]:
    """A page of catalogue services.

    ``GET /market/services`` · auth: platform · paginated
    Server error codes: VALIDATION_ERROR, NOT_FOUND, AUTH_REQUIRED, AUTH_INVALID, AGENT_AUTH_INVALID, AGENT_AUTH_EXPIRED.
    """
    result: ListResponse[MarketService] = await _transport(client).call(
        _ops.LIST_MARKET_SERVICES, options=options, query={"limit": limit, "cursor": cursor}
    )
    return result


def list_market_services_all(
    client: "AsyncPeaqosClient", options: ListMarketServicesOptions | None = None, *, limit: int | None = None
) -> AsyncIterator[MarketService]:
    """Every MarketService across all pages of ``list_market_services``; ``limit`` sets the page size."""
    validate_list_limit(limit)
    return _iter_pages(lambda cursor: list_market_services(client, options, limit=limit, cursor=cursor))


async def get_market_service(
    client: "AsyncPeaqosClient", service_id: str, options: GetMarketServiceOptions | None = None
) -> ItemResponse[MarketService]:
    """The service.

    ``GET /market/services/{serviceId}`` · auth: platform
    Server error codes: NOT_FOUND, AUTH_REQUIRED, AUTH_INVALID, AGENT_AUTH_INVALID, AGENT_AUTH_EXPIRED.
    """
    result: ItemResponse[MarketService] = await _transport(client).call(
        _ops.GET_MARKET_SERVICE, path={"serviceId": service_id}, options=options
    )
    return result


async def search_market(
    client: "AsyncPeaqosClient", params: MarketSearchRequest, pairing_token: str
) -> ItemResponse[MarketSearch]:
    """Search recorded with its ranked quotes.

    ``POST /market/search`` · auth: agent-pairing
    Server error codes: VALIDATION_ERROR, NOT_FOUND, AGENT_AUTH_REQUIRED, AGENT_AUTH_INVALID, AGENT_AUTH_EXPIRED, MACHINE_NOT_ACTIVE, MACHINE_NOT_ACTIVATED, AGENT_PAIRING_INACTIVE.
    """
    result: ItemResponse[MarketSearch] = await _transport(client).call(
        _ops.SEARCH_MARKET, body=params, pairing_token=pairing_token
    )
    return result


async def get_market_search(client: "AsyncPeaqosClient", search_id: str) -> ItemResponse[MarketSearch]:
    """The search.

    ``GET /market/searches/{searchId}`` · auth: platform
    Server error codes: NOT_FOUND, AUTH_REQUIRED, AUTH_INVALID.
    """
    result: ItemResponse[MarketSearch] = await _transport(client).call(
        _ops.GET_MARKET_SEARCH, path={"searchId": search_id}
    )
    return result


async def list_market_orders(
    client: "AsyncPeaqosClient", *, machine_id: str, limit: int | None = None, cursor: str | None = None
) -> ListResponse[MarketOrder]:
    """A page of the machine's orders.

    ``GET /market/orders`` · auth: platform · paginated
    Server error codes: VALIDATION_ERROR, NOT_FOUND, MACHINE_NOT_ACTIVE, MACHINE_NOT_ACTIVATED, AUTH_REQUIRED, AUTH_INVALID.
    """
    result: ListResponse[MarketOrder] = await _transport(client).call(
        _ops.LIST_MARKET_ORDERS, query={"machineId": machine_id, "limit": limit, "cursor": cursor}
    )
    return result


def list_market_orders_all(
    client: "AsyncPeaqosClient", *, machine_id: str, limit: int | None = None
) -> AsyncIterator[MarketOrder]:
    """Every MarketOrder across all pages of ``list_market_orders``; ``limit`` sets the page size."""
    validate_list_limit(limit)
    return _iter_pages(lambda cursor: list_market_orders(client, machine_id=machine_id, limit=limit, cursor=cursor))


async def create_market_order(
    client: "AsyncPeaqosClient", params: CreateMarketOrderRequest, pairing_token: str
) -> ItemResponse[MarketOrder]:
    """Order created with status created.

    ``POST /market/orders`` · auth: agent-pairing
    Server error codes: VALIDATION_ERROR, NOT_FOUND, QUOTE_EXPIRED, AGENT_PAIRING_REQUIRED, AGENT_PAIRING_INACTIVE, AGENT_POLICY_DENIED, AGENT_SPEND_LIMIT_EXCEEDED, AGENT_DAILY_LIMIT_EXCEEDED, MACHINE_NOT_ACTIVE, MACHINE_NOT_ACTIVATED, AGENT_AUTH_REQUIRED, AGENT_AUTH_INVALID, AGENT_AUTH_EXPIRED.
    """
    result: ItemResponse[MarketOrder] = await _transport(client).call(
        _ops.CREATE_MARKET_ORDER, body=params, pairing_token=pairing_token
    )
    return result


async def get_market_order(client: "AsyncPeaqosClient", order_id: str) -> ItemResponse[MarketOrder]:
    """The order.

    ``GET /market/orders/{orderId}`` · auth: platform
    Server error codes: NOT_FOUND, AUTH_REQUIRED, AUTH_INVALID, AGENT_AUTH_INVALID, AGENT_AUTH_EXPIRED.
    """
    result: ItemResponse[MarketOrder] = await _transport(client).call(_ops.GET_MARKET_ORDER, path={"orderId": order_id})
    return result


async def execute_market_order(
    client: "AsyncPeaqosClient", order_id: str, params: ExecuteMarketOrderRequest, pairing_token: str
) -> ExecuteMarketOrderResponse:
    """Native run with its outcome.

    ``POST /market/orders/{orderId}/execute`` · auth: agent-pairing
    Server error codes: VALIDATION_ERROR, NOT_FOUND, EXECUTION_UNSUPPORTED, PAYMENT_REQUIRED, ORDER_CLOSED, ENDPOINT_UNREACHABLE, AGENT_AUTH_REQUIRED, AGENT_AUTH_INVALID, AGENT_AUTH_EXPIRED.
    """
    result: ExecuteMarketOrderResponse = await _transport(client).call(
        _ops.EXECUTE_MARKET_ORDER, path={"orderId": order_id}, body=params, pairing_token=pairing_token
    )
    return result


async def confirm_market_order(
    client: "AsyncPeaqosClient", order_id: str, pairing_token: str
) -> ConfirmMarketOrderResponse:
    """Order confirmed; a held payment moves to release_pending.

    ``POST /market/orders/{orderId}/confirm`` · auth: agent-pairing
    Server error codes: VALIDATION_ERROR, NOT_FOUND, ORDER_CLOSED, ORDER_NOT_DELIVERED, AGENT_AUTH_REQUIRED, AGENT_AUTH_INVALID, AGENT_AUTH_EXPIRED.
    """
    result: ConfirmMarketOrderResponse = await _transport(client).call(
        _ops.CONFIRM_MARKET_ORDER, path={"orderId": order_id}, pairing_token=pairing_token
    )
    return result


async def dispute_market_order(
    client: "AsyncPeaqosClient", order_id: str, params: DisputeMarketOrderRequest, pairing_token: str
) -> DisputeMarketOrderResponse:
    """Dispute opened; the payment, if any, is frozen.

    ``POST /market/orders/{orderId}/dispute`` · auth: agent-pairing
    Server error codes: VALIDATION_ERROR, NOT_FOUND, ORDER_CLOSED, AGENT_AUTH_REQUIRED, AGENT_AUTH_INVALID, AGENT_AUTH_EXPIRED.
    """
    result: DisputeMarketOrderResponse = await _transport(client).call(
        _ops.DISPUTE_MARKET_ORDER, path={"orderId": order_id}, body=params, pairing_token=pairing_token
    )
    return result


async def create_payment_intent(
    client: "AsyncPeaqosClient", order_id: str, params: CreatePaymentIntentRequest, pairing_token: str
) -> ItemResponse[MarketPayment]:
    """The existing payment record (idempotent repeat).

    ``POST /market/orders/{orderId}/payment-intent`` · auth: agent-pairing
    Server error codes: VALIDATION_ERROR, NOT_FOUND, PAYMENT_REQUIRED, ORDER_CLOSED, AGENT_AUTH_REQUIRED, AGENT_AUTH_INVALID, AGENT_AUTH_EXPIRED.
    """
    result: ItemResponse[MarketPayment] = await _transport(client).call(
        _ops.CREATE_PAYMENT_INTENT, path={"orderId": order_id}, body=params, pairing_token=pairing_token
    )
    return result


async def get_market_payment(client: "AsyncPeaqosClient", order_id: str) -> ItemResponse[MarketPayment | None]:
    """The order's payment, or null when none exists yet.

    ``GET /market/orders/{orderId}/payment`` · auth: platform
    Server error codes: NOT_FOUND, AUTH_REQUIRED, AUTH_INVALID.
    """
    result: ItemResponse[MarketPayment | None] = await _transport(client).call(
        _ops.GET_MARKET_PAYMENT, path={"orderId": order_id}
    )
    return result


async def submit_payment_proof(
    client: "AsyncPeaqosClient",
    order_id: str,
    params: SubmitPaymentProofRequest | SubmitX402PaymentProofRequest,
    pairing_token: str,
) -> ItemResponse[MarketPayment]:
    """Proof recorded; payment held, order ready.

    ``POST /market/orders/{orderId}/payment-proof`` · auth: agent-pairing
    Server error codes: VALIDATION_ERROR, NOT_FOUND, ORDER_CLOSED, PAYMENT_RPC_REQUIRED, PAYMENT_RPC_ERROR, PAYMENT_NOT_MINED, PAYMENT_TX_FAILED, PAYMENT_TRANSFER_NOT_FOUND, AGENT_AUTH_REQUIRED, AGENT_AUTH_INVALID, AGENT_AUTH_EXPIRED.
    """
    result: ItemResponse[MarketPayment] = await _transport(client).call(
        _ops.SUBMIT_PAYMENT_PROOF, path={"orderId": order_id}, body=params, pairing_token=pairing_token
    )
    return result


async def lock_escrow_payment(
    client: "AsyncPeaqosClient", order_id: str, params: LockEscrowPaymentRequest, pairing_token: str
) -> ItemResponse[MarketPayment]:
    """Escrow lock recorded (idempotent while held).

    ``POST /market/orders/{orderId}/payment/escrow-lock`` · auth: agent-pairing
    Server error codes: VALIDATION_ERROR, NOT_FOUND, ORDER_CLOSED, AGENT_AUTH_REQUIRED, AGENT_AUTH_INVALID, AGENT_AUTH_EXPIRED.
    """
    result: ItemResponse[MarketPayment] = await _transport(client).call(
        _ops.LOCK_ESCROW_PAYMENT, path={"orderId": order_id}, body=params, pairing_token=pairing_token
    )
    return result


async def release_payment(
    client: "AsyncPeaqosClient", order_id: str, params: ReleasePaymentRequest | None, pairing_token: str
) -> ItemResponse[MarketPayment]:
    """Payment released.

    ``POST /market/orders/{orderId}/payment/release`` · auth: agent-pairing
    Server error codes: VALIDATION_ERROR, NOT_FOUND, ORDER_CLOSED, AGENT_AUTH_REQUIRED, AGENT_AUTH_INVALID, AGENT_AUTH_EXPIRED.
    """
    result: ItemResponse[MarketPayment] = await _transport(client).call(
        _ops.RELEASE_PAYMENT, path={"orderId": order_id}, body=params, pairing_token=pairing_token
    )
    return result


async def refund_payment(
    client: "AsyncPeaqosClient", order_id: str, params: RefundPaymentRequest | None, pairing_token: str
) -> ItemResponse[MarketPayment]:
    """Payment refunded.

    ``POST /market/orders/{orderId}/payment/refund`` · auth: agent-pairing
    Server error codes: VALIDATION_ERROR, NOT_FOUND, ORDER_CLOSED, AGENT_AUTH_REQUIRED, AGENT_AUTH_INVALID, AGENT_AUTH_EXPIRED.
    """
    result: ItemResponse[MarketPayment] = await _transport(client).call(
        _ops.REFUND_PAYMENT, path={"orderId": order_id}, body=params, pairing_token=pairing_token
    )
    return result


async def list_policies(client: "AsyncPeaqosClient") -> ListResponse[Policy]:
    """Every policy, oldest first (not paginated).

    ``GET /policies`` · auth: platform
    Server error codes: AUTH_REQUIRED, AUTH_INVALID.
    """
    result: ListResponse[Policy] = await _transport(client).call(_ops.LIST_POLICIES)
    return result


async def create_policy(client: "AsyncPeaqosClient", params: CreatePolicyRequest) -> ItemResponse[Policy]:
    """Policy stored.

    ``POST /policies`` · auth: platform
    Server error codes: VALIDATION_ERROR, AUTH_REQUIRED, AUTH_INVALID.
    """
    result: ItemResponse[Policy] = await _transport(client).call(_ops.CREATE_POLICY, body=params)
    return result


async def get_policy(client: "AsyncPeaqosClient", policy_id: str) -> ItemResponse[Policy]:
    """The policy.

    ``GET /policies/{policyId}`` · auth: platform
    Server error codes: NOT_FOUND, AUTH_REQUIRED, AUTH_INVALID.
    """
    result: ItemResponse[Policy] = await _transport(client).call(_ops.GET_POLICY, path={"policyId": policy_id})
    return result


async def update_policy(
    client: "AsyncPeaqosClient", policy_id: str, params: UpdatePolicyRequest
) -> ItemResponse[Policy]:
    """The updated policy.

    ``PATCH /policies/{policyId}`` · auth: platform
    Server error codes: VALIDATION_ERROR, NOT_FOUND, AUTH_REQUIRED, AUTH_INVALID.
    """
    result: ItemResponse[Policy] = await _transport(client).call(
        _ops.UPDATE_POLICY, path={"policyId": policy_id}, body=params
    )
    return result


async def list_audit_events(
    client: "AsyncPeaqosClient",
    *,
    machine_id: str | None = None,
    resource_type: str | None = None,
    limit: int | None = None,
    cursor: str | None = None,
) -> ListResponse[AuditEvent]:
    """A page of audit events, oldest first.

    ``GET /audit-events`` · auth: platform · paginated
    Server error codes: VALIDATION_ERROR, AUTH_REQUIRED, AUTH_INVALID.
    """
    result: ListResponse[AuditEvent] = await _transport(client).call(
        _ops.LIST_AUDIT_EVENTS,
        query={"machineId": machine_id, "resourceType": resource_type, "limit": limit, "cursor": cursor},
    )
    return result


def list_audit_events_all(
    client: "AsyncPeaqosClient",
    *,
    machine_id: str | None = None,
    resource_type: str | None = None,
    limit: int | None = None,
) -> AsyncIterator[AuditEvent]:
    """Every AuditEvent across all pages of ``list_audit_events``; ``limit`` sets the page size."""
    validate_list_limit(limit)
    return _iter_pages(
        lambda cursor: list_audit_events(
            client, machine_id=machine_id, resource_type=resource_type, limit=limit, cursor=cursor
        )
    )


async def list_runs(
    client: "AsyncPeaqosClient",
    *,
    machine_id: str | None = None,
    order_id: str | None = None,
    limit: int | None = None,
    cursor: str | None = None,
) -> ListResponse[RunRecord]:
    """A page of execution runs, oldest first.

    ``GET /runs`` · auth: platform · paginated
    Server error codes: VALIDATION_ERROR, AUTH_REQUIRED, AUTH_INVALID.
    """
    result: ListResponse[RunRecord] = await _transport(client).call(
        _ops.LIST_RUNS, query={"machineId": machine_id, "orderId": order_id, "limit": limit, "cursor": cursor}
    )
    return result


def list_runs_all(
    client: "AsyncPeaqosClient", *, machine_id: str | None = None, order_id: str | None = None, limit: int | None = None
) -> AsyncIterator[RunRecord]:
    """Every RunRecord across all pages of ``list_runs``; ``limit`` sets the page size."""
    validate_list_limit(limit)
    return _iter_pages(
        lambda cursor: list_runs(client, machine_id=machine_id, order_id=order_id, limit=limit, cursor=cursor)
    )


async def get_run(client: "AsyncPeaqosClient", run_id: str) -> ItemResponse[RunRecord]:
    """The run.

    ``GET /runs/{runId}`` · auth: platform
    Server error codes: NOT_FOUND, AUTH_REQUIRED, AUTH_INVALID.
    """
    result: ItemResponse[RunRecord] = await _transport(client).call(_ops.GET_RUN, path={"runId": run_id})
    return result


async def get_readiness(client: "AsyncPeaqosClient") -> Readiness:
    """Ready, or not ready with the failing checks named.

    ``GET /readiness`` · auth: none
    Server error codes: none documented.
    """
    result: Readiness = await _transport(client).call(_ops.GET_READINESS)
    return result


class AsyncOrchestration:
    """``client.orchestration``: every Machine Markets operation as a method."""

    __slots__ = ("_client",)

    def __init__(self, client: "AsyncPeaqosClient") -> None:
        self._client = client

    def __repr__(self) -> str:
        return "<AsyncOrchestration>"

    async def get_health(self) -> Health:
        """See :func:`get_health`."""
        return await get_health(self._client)

    async def create_machine_identity_challenge(
        self, params: CreateMachineIdentityChallengeRequest
    ) -> ItemResponse[MachineIdentityChallengeResponse]:
        """See :func:`create_machine_identity_challenge`."""
        return await create_machine_identity_challenge(self._client, params)

    async def list_machines(self, *, limit: int | None = None, cursor: str | None = None) -> ListResponse[Machine]:
        """See :func:`list_machines`."""
        return await list_machines(self._client, limit=limit, cursor=cursor)

    def list_machines_all(self, *, limit: int | None = None) -> AsyncIterator[Machine]:
        """See :func:`list_machines_all`."""
        return list_machines_all(self._client, limit=limit)

    async def create_machine(self, params: CreateMachineRequest) -> ItemResponse[RegisteredMachine]:
        """See :func:`create_machine`."""
        return await create_machine(self._client, params)

    async def get_machine(self, machine_id: str) -> ItemResponse[Machine]:
        """See :func:`get_machine`."""
        return await get_machine(self._client, machine_id)

    async def update_machine(self, machine_id: str, params: UpdateMachineRequest) -> ItemResponse[Machine]:
        """See :func:`update_machine`."""
        return await update_machine(self._client, machine_id, params)

    async def archive_machine(self, machine_id: str) -> None:
        """See :func:`archive_machine`."""
        return await archive_machine(self._client, machine_id)

    async def list_machine_agents(self, machine_id: str) -> ListResponse[MachineAgent]:
        """See :func:`list_machine_agents`."""
        return await list_machine_agents(self._client, machine_id)

    async def enroll_machine_agent(
        self, machine_id: str, params: EnrollMachineAgentRequest | None = None
    ) -> ItemResponse[MachineAgent]:
        """See :func:`enroll_machine_agent`."""
        return await enroll_machine_agent(self._client, machine_id, params)

    async def revoke_machine_agent(self, machine_id: str, agent_id: str) -> None:
        """See :func:`revoke_machine_agent`."""
        return await revoke_machine_agent(self._client, machine_id, agent_id)

    async def machine_agent_heartbeat(self, params: MachineAgentHeartbeatRequest) -> MachineAgentHeartbeatResponse:
        """See :func:`machine_agent_heartbeat`."""
        return await machine_agent_heartbeat(self._client, params)

    async def list_agent_pairings(
        self, machine_id: str, *, limit: int | None = None, cursor: str | None = None
    ) -> ListResponse[AgentPairing]:
        """See :func:`list_agent_pairings`."""
        return await list_agent_pairings(self._client, machine_id, limit=limit, cursor=cursor)

    def list_agent_pairings_all(self, machine_id: str, *, limit: int | None = None) -> AsyncIterator[AgentPairing]:
        """See :func:`list_agent_pairings_all`."""
        return list_agent_pairings_all(self._client, machine_id, limit=limit)

    async def create_agent_pairing(
        self, machine_id: str, params: CreateAgentPairingRequest
    ) -> ItemResponse[AgentPairingWithToken]:
        """See :func:`create_agent_pairing`."""
        return await create_agent_pairing(self._client, machine_id, params)

    async def create_agent_pairing_challenge(
        self, machine_id: str, params: CreateAgentPairingChallengeRequest
    ) -> ItemResponse[AgentPairingChallengeResponse]:
        """See :func:`create_agent_pairing_challenge`."""
        return await create_agent_pairing_challenge(self._client, machine_id, params)

    async def update_agent_pairing(
        self, machine_id: str, pairing_id: str, params: UpdateAgentPairingRequest
    ) -> ItemResponse[AgentPairing]:
        """See :func:`update_agent_pairing`."""
        return await update_agent_pairing(self._client, machine_id, pairing_id, params)

    async def revoke_agent_pairing(self, machine_id: str, pairing_id: str) -> None:
        """See :func:`revoke_agent_pairing`."""
        return await revoke_agent_pairing(self._client, machine_id, pairing_id)

    async def create_agent_pairing_session(
        self, machine_id: str, pairing_id: str, params: CreateAgentPairingSessionRequest
    ) -> ItemResponse[AgentPairingWithToken]:
        """See :func:`create_agent_pairing_session`."""
        return await create_agent_pairing_session(self._client, machine_id, pairing_id, params)

    async def list_runtime_endpoints(
        self, machine_id: str, *, limit: int | None = None, cursor: str | None = None
    ) -> ListResponse[RuntimeEndpoint]:
        """See :func:`list_runtime_endpoints`."""
        return await list_runtime_endpoints(self._client, machine_id, limit=limit, cursor=cursor)

    def list_runtime_endpoints_all(
        self, machine_id: str, *, limit: int | None = None
    ) -> AsyncIterator[RuntimeEndpoint]:
        """See :func:`list_runtime_endpoints_all`."""
        return list_runtime_endpoints_all(self._client, machine_id, limit=limit)

    async def get_runtime_endpoint(self, machine_id: str, provider_key: str) -> ItemResponse[RuntimeEndpoint]:
        """See :func:`get_runtime_endpoint`."""
        return await get_runtime_endpoint(self._client, machine_id, provider_key)

    async def upsert_runtime_endpoint(
        self, machine_id: str, provider_key: str, params: UpsertRuntimeEndpointRequest
    ) -> ItemResponse[RuntimeEndpoint]:
        """See :func:`upsert_runtime_endpoint`."""
        return await upsert_runtime_endpoint(self._client, machine_id, provider_key, params)

    async def delete_runtime_endpoint(self, machine_id: str, provider_key: str) -> None:
        """See :func:`delete_runtime_endpoint`."""
        return await delete_runtime_endpoint(self._client, machine_id, provider_key)

    async def list_skills(
        self, options: ListSkillsOptions | None = None, *, limit: int | None = None, cursor: str | None = None
    ) -> ListResponse[SkillSummary]:
        """See :func:`list_skills`."""
        return await list_skills(self._client, options, limit=limit, cursor=cursor)

    def list_skills_all(
        self, options: ListSkillsOptions | None = None, *, limit: int | None = None
    ) -> AsyncIterator[SkillSummary]:
        """See :func:`list_skills_all`."""
        return list_skills_all(self._client, options, limit=limit)

    async def get_skill(self, skill_key: str) -> ItemResponse[SkillSummary]:
        """See :func:`get_skill`."""
        return await get_skill(self._client, skill_key)

    async def get_skill_manifest(self, skill_key: str) -> ItemResponse[SkillManifest]:
        """See :func:`get_skill_manifest`."""
        return await get_skill_manifest(self._client, skill_key)

    async def update_skill_config(
        self, skill_key: str, params: UpdateSkillConfigRequest
    ) -> ItemResponse[SkillConfigResponse]:
        """See :func:`update_skill_config`."""
        return await update_skill_config(self._client, skill_key, params)

    async def list_market_services(
        self, options: ListMarketServicesOptions | None = None, *, limit: int | None = None, cursor: str | None = None
    ) -> ListResponse[MarketService]:
        """See :func:`list_market_services`."""
        return await list_market_services(self._client, options, limit=limit, cursor=cursor)

    def list_market_services_all(
        self, options: ListMarketServicesOptions | None = None, *, limit: int | None = None
    ) -> AsyncIterator[MarketService]:
        """See :func:`list_market_services_all`."""
        return list_market_services_all(self._client, options, limit=limit)

    async def get_market_service(
        self, service_id: str, options: GetMarketServiceOptions | None = None
    ) -> ItemResponse[MarketService]:
        """See :func:`get_market_service`."""
        return await get_market_service(self._client, service_id, options)

    async def search_market(self, params: MarketSearchRequest, pairing_token: str) -> ItemResponse[MarketSearch]:
        """See :func:`search_market`."""
        return await search_market(self._client, params, pairing_token)

    async def get_market_search(self, search_id: str) -> ItemResponse[MarketSearch]:
        """See :func:`get_market_search`."""
        return await get_market_search(self._client, search_id)

    async def list_market_orders(
        self, *, machine_id: str, limit: int | None = None, cursor: str | None = None
    ) -> ListResponse[MarketOrder]:
        """See :func:`list_market_orders`."""
        return await list_market_orders(self._client, machine_id=machine_id, limit=limit, cursor=cursor)

    def list_market_orders_all(self, *, machine_id: str, limit: int | None = None) -> AsyncIterator[MarketOrder]:
        """See :func:`list_market_orders_all`."""
        return list_market_orders_all(self._client, machine_id=machine_id, limit=limit)

    async def create_market_order(
        self, params: CreateMarketOrderRequest, pairing_token: str
    ) -> ItemResponse[MarketOrder]:
        """See :func:`create_market_order`."""
        return await create_market_order(self._client, params, pairing_token)

    async def get_market_order(self, order_id: str) -> ItemResponse[MarketOrder]:
        """See :func:`get_market_order`."""
        return await get_market_order(self._client, order_id)

    async def execute_market_order(
        self, order_id: str, params: ExecuteMarketOrderRequest, pairing_token: str
    ) -> ExecuteMarketOrderResponse:
        """See :func:`execute_market_order`."""
        return await execute_market_order(self._client, order_id, params, pairing_token)

    async def confirm_market_order(self, order_id: str, pairing_token: str) -> ConfirmMarketOrderResponse:
        """See :func:`confirm_market_order`."""
        return await confirm_market_order(self._client, order_id, pairing_token)

    async def dispute_market_order(
        self, order_id: str, params: DisputeMarketOrderRequest, pairing_token: str
    ) -> DisputeMarketOrderResponse:
        """See :func:`dispute_market_order`."""
        return await dispute_market_order(self._client, order_id, params, pairing_token)

    async def create_payment_intent(
        self, order_id: str, params: CreatePaymentIntentRequest, pairing_token: str
    ) -> ItemResponse[MarketPayment]:
        """See :func:`create_payment_intent`."""
        return await create_payment_intent(self._client, order_id, params, pairing_token)

    async def get_market_payment(self, order_id: str) -> ItemResponse[MarketPayment | None]:
        """See :func:`get_market_payment`."""
        return await get_market_payment(self._client, order_id)

    async def submit_payment_proof(
        self, order_id: str, params: SubmitPaymentProofRequest | SubmitX402PaymentProofRequest, pairing_token: str
    ) -> ItemResponse[MarketPayment]:
        """See :func:`submit_payment_proof`."""
        return await submit_payment_proof(self._client, order_id, params, pairing_token)

    async def lock_escrow_payment(
        self, order_id: str, params: LockEscrowPaymentRequest, pairing_token: str
    ) -> ItemResponse[MarketPayment]:
        """See :func:`lock_escrow_payment`."""
        return await lock_escrow_payment(self._client, order_id, params, pairing_token)

    async def release_payment(
        self, order_id: str, params: ReleasePaymentRequest | None, pairing_token: str
    ) -> ItemResponse[MarketPayment]:
        """See :func:`release_payment`."""
        return await release_payment(self._client, order_id, params, pairing_token)

    async def refund_payment(
        self, order_id: str, params: RefundPaymentRequest | None, pairing_token: str
    ) -> ItemResponse[MarketPayment]:
        """See :func:`refund_payment`."""
        return await refund_payment(self._client, order_id, params, pairing_token)

    async def list_policies(self) -> ListResponse[Policy]:
        """See :func:`list_policies`."""
        return await list_policies(self._client)

    async def create_policy(self, params: CreatePolicyRequest) -> ItemResponse[Policy]:
        """See :func:`create_policy`."""
        return await create_policy(self._client, params)

    async def get_policy(self, policy_id: str) -> ItemResponse[Policy]:
        """See :func:`get_policy`."""
        return await get_policy(self._client, policy_id)

    async def update_policy(self, policy_id: str, params: UpdatePolicyRequest) -> ItemResponse[Policy]:
        """See :func:`update_policy`."""
        return await update_policy(self._client, policy_id, params)

    async def list_audit_events(
        self,
        *,
        machine_id: str | None = None,
        resource_type: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
    ) -> ListResponse[AuditEvent]:
        """See :func:`list_audit_events`."""
        return await list_audit_events(
            self._client, machine_id=machine_id, resource_type=resource_type, limit=limit, cursor=cursor
        )

    def list_audit_events_all(
        self, *, machine_id: str | None = None, resource_type: str | None = None, limit: int | None = None
    ) -> AsyncIterator[AuditEvent]:
        """See :func:`list_audit_events_all`."""
        return list_audit_events_all(self._client, machine_id=machine_id, resource_type=resource_type, limit=limit)

    async def list_runs(
        self,
        *,
        machine_id: str | None = None,
        order_id: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
    ) -> ListResponse[RunRecord]:
        """See :func:`list_runs`."""
        return await list_runs(self._client, machine_id=machine_id, order_id=order_id, limit=limit, cursor=cursor)

    def list_runs_all(
        self, *, machine_id: str | None = None, order_id: str | None = None, limit: int | None = None
    ) -> AsyncIterator[RunRecord]:
        """See :func:`list_runs_all`."""
        return list_runs_all(self._client, machine_id=machine_id, order_id=order_id, limit=limit)

    async def get_run(self, run_id: str) -> ItemResponse[RunRecord]:
        """See :func:`get_run`."""
        return await get_run(self._client, run_id)

    async def get_readiness(self) -> Readiness:
        """See :func:`get_readiness`."""
        return await get_readiness(self._client)

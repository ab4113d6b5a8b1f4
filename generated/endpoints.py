# generated from spec/openapi.yaml by codegen/ — do not edit
"""Sync functional forms and the ``Orchestration`` namespace.

Every function takes the client first; ``client.orchestration.<name>(...)`` forwards to it. Per-call
options reach a functional form through ``client.with_options(...)`` passed as the client;
``client.orchestration.with_raw_response.<name>(...)`` returns a ``RawResponse`` instead.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

import httpx
from peaq_os_sdk._generated import operations as _ops

from peaq_os_sdk._options import OnRetry
from peaq_os_sdk.orchestration._runtime import transport as _transport
from peaq_os_sdk.orchestration._transport import RawResponse
from peaq_os_sdk.orchestration.pagination import (
    ItemResponse,
    ListResponse,
    validate_list_limit,
)
from peaq_os_sdk.orchestration.pagination import (
    iter_pages as _iter_pages,
)

if TYPE_CHECKING:
    # types only: each group's classes are built when one of its operations first runs
    from peaq_os_sdk._generated.models import (
        AgentPairing,
        AgentPairingChallengeResponse,
        AgentPairingWithToken,
        AuditEvent,
        CancelMarketOrderRequest,
        CancelMarketOrderResponse,
        ConfirmMarketOrderResponse,
        CreateAgentPairingChallengeRequest,
        CreateAgentPairingRequest,
        CreateAgentPairingSessionRequest,
        CreateGraphEdgeRequest,
        CreateGraphNodeRequest,
        CreateMachineIdentityChallengeRequest,
        CreateMachineRequest,
        CreateMarketOrderRequest,
        CreatePaymentIntentRequest,
        CreatePolicyRequest,
        CreateTaskRequest,
        DisputeMarketOrderRequest,
        DisputeMarketOrderResponse,
        EnrollMachineAgentRequest,
        ExecuteMarketOrderNativeResponse,
        ExecuteMarketOrderRequest,
        ExecuteMarketOrderResponse,
        ExecuteTaskRequest,
        GetMarketServiceOptions,
        GraphEdge,
        GraphNode,
        Health,
        ListMarketServicesOptions,
        ListSkillsOptions,
        LockEscrowPaymentRequest,
        Machine,
        MachineAgent,
        MachineAgentHeartbeatRequest,
        MachineAgentHeartbeatResponse,
        MachineGraph,
        MachineIdentityChallengeResponse,
        MarketOrder,
        MarketOrderEvent,
        MarketPayment,
        MarketSearch,
        MarketSearchRequest,
        MarketService,
        Policy,
        Readiness,
        RefundPaymentRequest,
        RegisteredMachine,
        ReleasePaymentRequest,
        ResolveTaskRequest,
        RetryMarketOrderRequest,
        RunRecord,
        RuntimeEndpoint,
        SkillConfigResponse,
        SkillManifest,
        SkillSummary,
        SubmitPaymentProofRequest,
        SubmitX402PaymentProofRequest,
        Task,
        UpdateAgentPairingRequest,
        UpdateGraphEdgeRequest,
        UpdateGraphNodeRequest,
        UpdateMachineRequest,
        UpdatePolicyRequest,
        UpdateSkillConfigRequest,
        UpsertRuntimeEndpointRequest,
    )

    from peaq_os_sdk.client import PeaqosClient

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
    "cancel_market_order",
    "retry_market_order",
    "list_market_order_events",
    "list_market_order_events_all",
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
    "get_machine_graph",
    "create_graph_node",
    "update_graph_node",
    "delete_graph_node",
    "create_graph_edge",
    "update_graph_edge",
    "delete_graph_edge",
    "list_tasks",
    "list_tasks_all",
    "create_task",
    "get_task",
    "discover_task",
    "resolve_task",
    "execute_task",
    "Orchestration",
    "OrchestrationWithRawResponse",
]


def get_health(client: PeaqosClient) -> Health:
    """Liveness probe (also served at the host root).

    Answers {ok: true} while the server is up. Needs no credentials and sends no API key. The documented location
    is the host root; the reference SDK calls it under /api/v1, so both are served.

    ``GET /health`` · auth: none · idempotent: retried on transient failures.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).

    Returns:
        The ``Health``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: none.
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
    """
    result: Health = _transport(client).call(_ops.GET_HEALTH)
    return result


def create_machine_identity_challenge(
    client: PeaqosClient, params: CreateMachineIdentityChallengeRequest
) -> ItemResponse[MachineIdentityChallengeResponse]:
    """Request a machine identity challenge.

    Issues a short-lived challenge for a peaqOS machine identity (``did:peaq:0x<address>``, ``did:peaq:<decimal>``
    or ``peaqos:machine:<decimal>``). Sign its message with one of the listed controller keys (EIP-191) and send
    {challengeId, signature} as identityProof when creating or updating the machine. The answer always carries the
    canonical ``did:peaq:<decimal>``.

    ``POST /machine-identity/challenges`` · auth: platform (``x-api-key`` when the client has one) · not
    idempotent: never re-sent once it may have reached the server.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        params: The request body (``CreateMachineIdentityChallengeRequest``).

    Returns:
        ``.item``: the ``MachineIdentityChallengeResponse``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), NOT_FOUND (404), PEAQOS_IDENTITY_UNAVAILABLE (503), AUTH_REQUIRED
            (401), AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): 201 on success (status unstated).
        PEAQOS_IDENTITY_UNAVAILABLE when the identity registry is down (the challenge lists its controllers).
        NOT_FOUND when the identity (in any form) is not registered.

    Example:
        ```python
        from peaq_os_sdk.orchestration import CreateMachineIdentityChallengeRequest

        challenge = client.orchestration.create_machine_identity_challenge(
            CreateMachineIdentityChallengeRequest(identity_ref="did:peaq:42")
        ).item
        # a controller key of identity 42 signs challenge.message (EIP-191) before it expires
        print(challenge.challenge_id, challenge.expires_at)
        ```
    """
    result: ItemResponse[MachineIdentityChallengeResponse] = _transport(client).call(
        _ops.CREATE_MACHINE_IDENTITY_CHALLENGE, body=params
    )
    return result


def list_machines(
    client: PeaqosClient, *, limit: int | None = None, cursor: str | None = None
) -> ListResponse[Machine]:
    """List machines.

    One page of the caller's machines, oldest first. Machines whose identity no longer resolves, unverified drafts
    and archived machines are hidden. Pass nextCursor back unchanged to get the next page.

    ``GET /machines`` · auth: platform (``x-api-key`` when the client has one) · paginated · idempotent: retried
    on transient failures.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        limit: Page size (server default 100). ``None`` leaves it out.
        cursor: Opaque cursor from the previous page's nextCursor. ``None`` leaves it out.

    Returns:
        A page: ``.items`` (a tuple of ``Machine``) and ``.next_cursor`` (``None`` on the last page). Decoded
        strictly: a body that does not match raises ``INVALID_RESPONSE_SHAPE``.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), AUTH_REQUIRED (401), AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Example:
        ```python
        page = client.orchestration.list_machines(limit=20)
        for m in page.items:
            print(m.id, m.display_name, m.status)
        if page.next_cursor:  # more pages: pass the cursor back, or iterate them all lazily
            page = client.orchestration.list_machines(limit=20, cursor=page.next_cursor)
        every_id = [m.id for m in client.orchestration.list_machines_all()]
        ```
    """
    result: ListResponse[Machine] = _transport(client).call(
        _ops.LIST_MACHINES, query={"limit": limit, "cursor": cursor}
    )
    return result


def list_machines_all(client: PeaqosClient, *, limit: int | None = None) -> Iterator[Machine]:
    """Every Machine across all pages of ``list_machines``, fetched lazily page by page.

    Args:
        client: The ``PeaqosClient`` to call through.
        limit: Page size for each request (1..500; ``None`` uses the server's default).

    Returns:
        An iterator over every item; a failing page raises as ``list_machines`` does.
    """
    validate_list_limit(limit)
    return _iter_pages(lambda cursor: list_machines(client, limit=limit, cursor=cursor))


def create_machine(client: PeaqosClient, params: CreateMachineRequest) -> ItemResponse[RegisteredMachine]:
    """Register a machine.

    Registers a machine bound to a peaqOS identity; the new record is a draft. While identity verification is on
    (the production default) the server needs a signed identity challenge (identityProof) and checks it against
    the identity registry; the SDK always requires one. An identity already registered (in any form) answers
    MACHINE_IDENTITY_EXISTS.

    ``POST /machines`` · auth: platform (``x-api-key`` when the client has one) · not idempotent: never re-sent
    once it may have reached the server.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        params: The request body (``CreateMachineRequest``).

    Returns:
        ``.item``: the ``RegisteredMachine``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), MACHINE_IDENTITY_PROOF_REQUIRED (400),
            MACHINE_IDENTITY_PROOF_INVALID (403), MACHINE_IDENTITY_PROOF_EXPIRED (410), MACHINE_IDENTITY_EXISTS
            (409), PEAQOS_IDENTITY_UNAVAILABLE (503), AUTH_REQUIRED (401), AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): 201 on success (status unstated).
        identityRef is required even with identity verification off (the create response always carries it).

    Example:
        ```python
        from peaq_os_sdk.orchestration import CreateMachineRequest, signing

        machine = client.orchestration.create_machine(
            CreateMachineRequest(
                identity_ref="did:peaq:42",
                # challenge: see create_machine_identity_challenge
                identity_proof=signing.sign_identity_challenge(challenge, CONTROLLER_KEY),
                display_name="Rover 7",
                owner_id="owner-1",
                machine_type="robot",
                runtime_profile="linux-arm64",
            )
        ).item
        print(machine.id, machine.status, machine.identity_ref)  # activate it with update_machine before pairing
        ```
    """
    result: ItemResponse[RegisteredMachine] = _transport(client).call(_ops.CREATE_MACHINE, body=params)
    return result


def get_machine(client: PeaqosClient, machine_id: str) -> ItemResponse[Machine]:
    """Get a machine.

    One machine by id. Every read re-checks the stored identity proof against the registry: a machine that no
    longer resolves answers MACHINE_NOT_ACTIVATED.

    ``GET /machines/{machineId}`` · auth: platform (``x-api-key`` when the client has one) · idempotent: retried
    on transient failures.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        machine_id: Server-assigned machine id (mach_...).

    Returns:
        ``.item``: the ``Machine``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: NOT_FOUND (404), MACHINE_NOT_ACTIVATED (409), AUTH_REQUIRED (401), AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Example:
        ```python
        machine = client.orchestration.get_machine(machine.id).item
        print(machine.display_name, machine.status, machine.identity_ref)
        ```
    """
    result: ItemResponse[Machine] = _transport(client).call(_ops.GET_MACHINE, path={"machineId": machine_id})
    return result


def update_machine(client: PeaqosClient, machine_id: str, params: UpdateMachineRequest) -> ItemResponse[Machine]:
    """Update or activate a machine.

    Changes only the fields sent. Sending status active activates the orchestration record (not the on-chain
    machine); without a fresh identityProof the proof stored at registration is reused. identityRef can be set
    once and never changed (MACHINE_IDENTITY_IMMUTABLE). Every update re-verifies the identity proof.

    ``PATCH /machines/{machineId}`` · auth: platform (``x-api-key`` when the client has one) · not idempotent:
    never re-sent once it may have reached the server.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        machine_id: Server-assigned machine id (mach_...).
        params: The request body (``UpdateMachineRequest``).

    Returns:
        ``.item``: the ``Machine``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), NOT_FOUND (404), MACHINE_IDENTITY_IMMUTABLE (409),
            MACHINE_NOT_ACTIVATED (409), MACHINE_IDENTITY_PROOF_REQUIRED (400), MACHINE_IDENTITY_PROOF_INVALID
            (403), MACHINE_IDENTITY_PROOF_EXPIRED (410), PEAQOS_IDENTITY_UNAVAILABLE (503), AUTH_REQUIRED (401),
            AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): MACHINE_IDENTITY_PROOF_REQUIRED when a
        PATCH sends identityRef without identityProof for a machine with no verified proof.

    Example:
        ```python
        from peaq_os_sdk.orchestration import UpdateMachineRequest

        # machine: see create_machine
        machine = client.orchestration.update_machine(machine.id, UpdateMachineRequest(status="active")).item
        assert machine.status == "active"
        ```
    """
    result: ItemResponse[Machine] = _transport(client).call(
        _ops.UPDATE_MACHINE, path={"machineId": machine_id}, body=params
    )
    return result


def archive_machine(client: PeaqosClient, machine_id: str) -> None:
    """Archive a machine.

    Soft-deletes the machine: the record is kept with status archived and hidden from lists. Answers 204 with no
    body.

    ``DELETE /machines/{machineId}`` · auth: platform (``x-api-key`` when the client has one) · idempotent:
    retried on transient failures.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        machine_id: Server-assigned machine id (mach_...).

    Returns:
        Nothing (HTTP 204 with no body).

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): The record is kept with status
        archived and hidden from lists (soft delete).
    """
    _transport(client).call(_ops.ARCHIVE_MACHINE, path={"machineId": machine_id})


def list_machine_agents(client: PeaqosClient, machine_id: str) -> ListResponse[MachineAgent]:
    """List a machine's agents.

    Every machine-side runtime agent enrolled on the machine (not paginated). The machine must be active and
    verified.

    ``GET /machines/{machineId}/agents`` · auth: platform (``x-api-key`` when the client has one) · idempotent:
    retried on transient failures.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        machine_id: Server-assigned machine id (mach_...).

    Returns:
        A page: ``.items`` (a tuple of ``MachineAgent``) and ``.next_cursor`` (``None`` on the last page). Decoded
        strictly: a body that does not match raises ``INVALID_RESPONSE_SHAPE``.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED (409), AUTH_REQUIRED
            (401), AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
    """
    result: ListResponse[MachineAgent] = _transport(client).call(
        _ops.LIST_MACHINE_AGENTS, path={"machineId": machine_id}
    )
    return result


def enroll_machine_agent(
    client: PeaqosClient, machine_id: str, params: EnrollMachineAgentRequest | None = None
) -> ItemResponse[MachineAgent]:
    """Enroll a machine agent.

    Enrolls a machine-side runtime agent. The answer carries the agent's provisioningToken once: keep it, it
    cannot be fetched again, and the agent sends it as agentToken in its heartbeats. The machine must be active
    and verified.

    ``POST /machines/{machineId}/agents/enrollment`` · auth: platform (``x-api-key`` when the client has one) ·
    not idempotent: never re-sent once it may have reached the server.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        machine_id: Server-assigned machine id (mach_...).
        params: The request body (``EnrollMachineAgentRequest``). Optional: ``None`` sends an empty JSON object.

    Returns:
        ``.item``: the ``MachineAgent``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED
            (409), AUTH_REQUIRED (401), AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): 201 on success (status unstated).
    """
    result: ItemResponse[MachineAgent] = _transport(client).call(
        _ops.ENROLL_MACHINE_AGENT, path={"machineId": machine_id}, body=params
    )
    return result


def revoke_machine_agent(client: PeaqosClient, machine_id: str, agent_id: str) -> None:
    """Revoke a machine agent.

    Revokes the agent: its heartbeats are refused from then on (AGENT_PAIRING_INACTIVE). Answers 204 with no body.

    ``DELETE /machines/{machineId}/agents/{agentId}`` · auth: platform (``x-api-key`` when the client has one) ·
    idempotent: retried on transient failures.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        machine_id: Server-assigned machine id (mach_...).
        agent_id: Id of the machine agent.

    Returns:
        Nothing (HTTP 204 with no body).

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED (409), AUTH_REQUIRED
            (401), AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): MACHINE_NOT_ACTIVE /
        MACHINE_NOT_ACTIVATED from the group gate (the group's codes).
    """
    _transport(client).call(_ops.REVOKE_MACHINE_AGENT, path={"machineId": machine_id, "agentId": agent_id})


def machine_agent_heartbeat(
    client: PeaqosClient, params: MachineAgentHeartbeatRequest
) -> MachineAgentHeartbeatResponse:
    """Send a machine agent heartbeat.

    Called by the agent on the machine. Authenticates with the agent token (the body's agentToken, or the
    x-agent-pairing-token or Authorization: Bearer header), never an API key. Marks the agent active, records
    lastSeenAt and upserts each reported endpoint as a runtime endpoint with source agent and a lease of
    leaseTtlSeconds.

    ``POST /machine-agents/heartbeat`` · auth: none · not idempotent: never re-sent once it may have reached the
    server.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        params: The request body (``MachineAgentHeartbeatRequest``).

    Returns:
        The ``MachineAgentHeartbeatResponse``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), NOT_FOUND (404), AGENT_PAIRING_INACTIVE (403), AGENT_AUTH_REQUIRED
            (401), AGENT_AUTH_INVALID (401), AGENT_POLICY_DENIED (403), MACHINE_NOT_ACTIVE (409),
            MACHINE_NOT_ACTIVATED (409).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): 200 on success (status unstated).
        providerKey other than qvac is a VALIDATION_ERROR (schema), not AGENT_POLICY_DENIED. snake_case entry keys
        and explicit nulls are refused with VALIDATION_ERROR naming each field.
    """
    result: MachineAgentHeartbeatResponse = _transport(client).call(_ops.MACHINE_AGENT_HEARTBEAT, body=params)
    return result


def list_agent_pairings(
    client: PeaqosClient, machine_id: str, *, limit: int | None = None, cursor: str | None = None
) -> ListResponse[AgentPairing]:
    """List a machine's agent pairings.

    One page of the machine's pairings, oldest first, revoked ones included. Views never carry the pairing token.

    ``GET /machines/{machineId}/agent-pairings`` · auth: platform (``x-api-key`` when the client has one) ·
    paginated · idempotent: retried on transient failures.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        machine_id: Server-assigned machine id (mach_...).
        limit: Page size (server default 100). ``None`` leaves it out.
        cursor: Opaque cursor from the previous page's nextCursor. ``None`` leaves it out.

    Returns:
        A page: ``.items`` (a tuple of ``AgentPairing``) and ``.next_cursor`` (``None`` on the last page). Decoded
        strictly: a body that does not match raises ``INVALID_RESPONSE_SHAPE``.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
    """
    result: ListResponse[AgentPairing] = _transport(client).call(
        _ops.LIST_AGENT_PAIRINGS, path={"machineId": machine_id}, query={"limit": limit, "cursor": cursor}
    )
    return result


def list_agent_pairings_all(
    client: PeaqosClient, machine_id: str, *, limit: int | None = None
) -> Iterator[AgentPairing]:
    """Every AgentPairing across all pages of ``list_agent_pairings``, fetched lazily page by page.

    Args:
        client: The ``PeaqosClient`` to call through.
        machine_id: Server-assigned machine id (mach_...).
        limit: Page size for each request (1..500; ``None`` uses the server's default).

    Returns:
        An iterator over every item; a failing page raises as ``list_agent_pairings`` does.
    """
    validate_list_limit(limit)
    return _iter_pages(lambda cursor: list_agent_pairings(client, machine_id, limit=limit, cursor=cursor))


def create_agent_pairing(
    client: PeaqosClient, machine_id: str, params: CreateAgentPairingRequest
) -> ItemResponse[AgentPairingWithToken]:
    """Pair an agent with a machine.

    Pairs an agent wallet with the machine using a signed pairing challenge (agentProof, required while pairing
    verification is on). The answer carries the pairing token once: keep it; it is the x-agent-pairing-token of
    every later search, order and payment call, and cannot be fetched again. The machine must be active and
    verified.

    ``POST /machines/{machineId}/agent-pairings`` · auth: platform (``x-api-key`` when the client has one) · not
    idempotent: never re-sent once it may have reached the server.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        machine_id: Server-assigned machine id (mach_...).
        params: The request body (``CreateAgentPairingRequest``).

    Returns:
        ``.item``: the ``AgentPairingWithToken``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), NOT_FOUND (404), AGENT_PAIRING_PROOF_REQUIRED (400),
            AGENT_PAIRING_PROOF_INVALID (403), AGENT_PAIRING_PROOF_EXPIRED (410), AGENT_PAIRING_UNAVAILABLE (409),
            MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED (409), MACHINE_IDENTITY_PROOF_REQUIRED (400),
            AUTH_REQUIRED (401), AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): 201 on success (status unstated).
        MACHINE_NOT_ACTIVATED from the group gate (stated for the group, not for this route).

    Example:
        ```python
        from peaq_os_sdk.orchestration import CreateAgentPairingRequest, DelegationPolicy, signing

        pairing = client.orchestration.create_agent_pairing(
            machine.id,
            CreateAgentPairingRequest(
                agent_address=agent.agent_address,
                agent_provider=agent.agent_provider,
                agent_role=agent.agent_role,
                # agent and pairing_challenge: see create_agent_pairing_challenge
                agent_proof=signing.sign_pairing_challenge(pairing_challenge, AGENT_KEY),
                delegation_policy=DelegationPolicy(per_transaction_limit=1.0, daily_spend_limit=5.0, currency="USD"),
            ),
        ).item
        token = pairing.pairing_token  # returned once: keep it; repr(pairing) shows '[REDACTED]'
        ```
    """
    result: ItemResponse[AgentPairingWithToken] = _transport(client).call(
        _ops.CREATE_AGENT_PAIRING, path={"machineId": machine_id}, body=params
    )
    return result


def create_agent_pairing_challenge(
    client: PeaqosClient, machine_id: str, params: CreateAgentPairingChallengeRequest
) -> ItemResponse[AgentPairingChallengeResponse]:
    """Request an agent pairing challenge.

    Issues a short-lived challenge for an agent wallet. Sign its message with the agentAddress key (EIP-191) and
    send {challengeId, signature} as agentProof to pair or to rotate a session. The agent fields must match on the
    later call.

    ``POST /machines/{machineId}/agent-pairings/challenges`` · auth: platform (``x-api-key`` when the client has
    one) · not idempotent: never re-sent once it may have reached the server.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        machine_id: Server-assigned machine id (mach_...).
        params: The request body (``CreateAgentPairingChallengeRequest``).

    Returns:
        ``.item``: the ``AgentPairingChallengeResponse``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED
            (409), AUTH_REQUIRED (401), AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): 201 on success (status unstated).
        MACHINE_NOT_ACTIVE / MACHINE_NOT_ACTIVATED: a challenge is only issued for a pairable machine.

    Example:
        ```python
        from peaq_os_sdk.orchestration import CreateAgentPairingChallengeRequest, signing

        agent = CreateAgentPairingChallengeRequest(
            agent_address=signing.address_of(AGENT_KEY), agent_provider="anthropic", agent_role="buyer"
        )
        pairing_challenge = client.orchestration.create_agent_pairing_challenge(machine.id, agent).item
        print(pairing_challenge.expires_at)  # the agent signs pairing_challenge.message with its own key
        ```
    """
    result: ItemResponse[AgentPairingChallengeResponse] = _transport(client).call(
        _ops.CREATE_AGENT_PAIRING_CHALLENGE, path={"machineId": machine_id}, body=params
    )
    return result


def update_agent_pairing(
    client: PeaqosClient, machine_id: str, pairing_id: str, params: UpdateAgentPairingRequest
) -> ItemResponse[AgentPairing]:
    """Update an agent pairing.

    Changes only the fields sent (provider and role labels, description, status, delegation policy). A new
    delegation policy makes the current token stale: rotate the session afterwards. The answer carries no token.

    ``PATCH /machines/{machineId}/agent-pairings/{pairingId}`` · auth: platform (``x-api-key`` when the client has
    one) · not idempotent: never re-sent once it may have reached the server.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        machine_id: Server-assigned machine id (mach_...).
        pairing_id: Pairing id (the pairing's id).
        params: The request body (``UpdateAgentPairingRequest``).

    Returns:
        ``.item``: the ``AgentPairing``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
    """
    result: ItemResponse[AgentPairing] = _transport(client).call(
        _ops.UPDATE_AGENT_PAIRING, path={"machineId": machine_id, "pairingId": pairing_id}, body=params
    )
    return result


def revoke_agent_pairing(client: PeaqosClient, machine_id: str, pairing_id: str) -> None:
    """Revoke an agent pairing.

    Revokes the pairing: its token stops working. The record stays listed with status revoked. Answers 204 with no
    body.

    ``DELETE /machines/{machineId}/agent-pairings/{pairingId}`` · auth: platform (``x-api-key`` when the client
    has one) · idempotent: retried on transient failures.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        machine_id: Server-assigned machine id (mach_...).
        pairing_id: Pairing id (the pairing's id).

    Returns:
        Nothing (HTTP 204 with no body).

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): The pairing stays listed with status
        revoked.
    """
    _transport(client).call(_ops.REVOKE_AGENT_PAIRING, path={"machineId": machine_id, "pairingId": pairing_id})


def create_agent_pairing_session(
    client: PeaqosClient, machine_id: str, pairing_id: str, params: CreateAgentPairingSessionRequest
) -> ItemResponse[AgentPairingWithToken]:
    """Rotate an agent pairing session.

    Issues a fresh pairing token for an active pairing from a newly signed pairing challenge (requested with the
    pairing's own agent fields). The new token replaces the previous one and is returned once.

    ``POST /machines/{machineId}/agent-pairings/{pairingId}/sessions`` · auth: platform (``x-api-key`` when the
    client has one) · not idempotent: never re-sent once it may have reached the server.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        machine_id: Server-assigned machine id (mach_...).
        pairing_id: Pairing id (the pairing's id).
        params: The request body (``CreateAgentPairingSessionRequest``).

    Returns:
        ``.item``: the ``AgentPairingWithToken``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), NOT_FOUND (404), AGENT_PAIRING_PROOF_INVALID (403),
            AGENT_PAIRING_PROOF_EXPIRED (410), AGENT_PAIRING_INACTIVE (403), AUTH_REQUIRED (401), AUTH_INVALID
            (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): 201 on success (status unstated).
        AGENT_PAIRING_INACTIVE for a paused or revoked pairing (sessions are stated for active pairings only).

    Example:
        ```python
        from peaq_os_sdk.orchestration import CreateAgentPairingSessionRequest, signing

        # agent: see create_agent_pairing_challenge; pairing: create_agent_pairing
        fresh = client.orchestration.create_agent_pairing_challenge(machine.id, agent).item  # one challenge per proof
        session = client.orchestration.create_agent_pairing_session(
            machine.id,
            pairing.id,
            CreateAgentPairingSessionRequest(agent_proof=signing.sign_pairing_challenge(fresh, AGENT_KEY)),
        ).item
        token = session.pairing_token  # the new session token replaces the old one
        ```
    """
    result: ItemResponse[AgentPairingWithToken] = _transport(client).call(
        _ops.CREATE_AGENT_PAIRING_SESSION, path={"machineId": machine_id, "pairingId": pairing_id}, body=params
    )
    return result


def list_runtime_endpoints(
    client: PeaqosClient, machine_id: str, *, limit: int | None = None, cursor: str | None = None
) -> ListResponse[RuntimeEndpoint]:
    """List a machine's runtime endpoints.

    One page of the machine's runtime endpoints (manual and agent-reported), oldest first. Credentials are never
    echoed. The machine must be active and verified.

    ``GET /machines/{machineId}/runtime-endpoints`` · auth: platform (``x-api-key`` when the client has one) ·
    paginated · idempotent: retried on transient failures.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        machine_id: Server-assigned machine id (mach_...).
        limit: Page size (server default 100). ``None`` leaves it out.
        cursor: Opaque cursor from the previous page's nextCursor. ``None`` leaves it out.

    Returns:
        A page: ``.items`` (a tuple of ``RuntimeEndpoint``) and ``.next_cursor`` (``None`` on the last page).
        Decoded strictly: a body that does not match raises ``INVALID_RESPONSE_SHAPE``.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED
            (409), AUTH_REQUIRED (401), AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
    """
    result: ListResponse[RuntimeEndpoint] = _transport(client).call(
        _ops.LIST_RUNTIME_ENDPOINTS, path={"machineId": machine_id}, query={"limit": limit, "cursor": cursor}
    )
    return result


def list_runtime_endpoints_all(
    client: PeaqosClient, machine_id: str, *, limit: int | None = None
) -> Iterator[RuntimeEndpoint]:
    """Every RuntimeEndpoint across all pages of ``list_runtime_endpoints``, fetched lazily page by page.

    Args:
        client: The ``PeaqosClient`` to call through.
        machine_id: Server-assigned machine id (mach_...).
        limit: Page size for each request (1..500; ``None`` uses the server's default).

    Returns:
        An iterator over every item; a failing page raises as ``list_runtime_endpoints`` does.
    """
    validate_list_limit(limit)
    return _iter_pages(lambda cursor: list_runtime_endpoints(client, machine_id, limit=limit, cursor=cursor))


def get_runtime_endpoint(client: PeaqosClient, machine_id: str, provider_key: str) -> ItemResponse[RuntimeEndpoint]:
    """Get a runtime endpoint.

    The machine's runtime endpoint for one provider key (matched lower-cased). The machine must be active and
    verified.

    ``GET /machines/{machineId}/runtime-endpoints/{providerKey}`` · auth: platform (``x-api-key`` when the client
    has one) · idempotent: retried on transient failures.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        machine_id: Server-assigned machine id (mach_...).
        provider_key: Provider key of the endpoint (e.g. qvac); the server lower-cases it.

    Returns:
        ``.item``: the ``RuntimeEndpoint``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED (409), AUTH_REQUIRED
            (401), AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
    """
    result: ItemResponse[RuntimeEndpoint] = _transport(client).call(
        _ops.GET_RUNTIME_ENDPOINT, path={"machineId": machine_id, "providerKey": provider_key}
    )
    return result


def upsert_runtime_endpoint(
    client: PeaqosClient, machine_id: str, provider_key: str, params: UpsertRuntimeEndpointRequest
) -> ItemResponse[RuntimeEndpoint]:
    """Create or replace a runtime endpoint.

    Stores the machine's manual runtime endpoint for a provider key: 201 when created, 200 when replaced (stated).
    The server lower-cases the key, forces source manual and keeps only scheme and host[:port] of endpointBaseUrl
    (an http(s) URL); label defaults to "``<PROVIDERKEY>`` runtime" and probePath to /v1/models for qvac, /health
    otherwise. The machine must be active and verified.

    ``PUT /machines/{machineId}/runtime-endpoints/{providerKey}`` · auth: platform (``x-api-key`` when the client
    has one) · idempotent: retried on transient failures.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        machine_id: Server-assigned machine id (mach_...).
        provider_key: Provider key of the endpoint (e.g. qvac); the server lower-cases it.
        params: The request body (``UpsertRuntimeEndpointRequest``).

    Returns:
        ``.item``: the ``RuntimeEndpoint``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED
            (409), AUTH_REQUIRED (401), AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
    """
    result: ItemResponse[RuntimeEndpoint] = _transport(client).call(
        _ops.UPSERT_RUNTIME_ENDPOINT, path={"machineId": machine_id, "providerKey": provider_key}, body=params
    )
    return result


def delete_runtime_endpoint(client: PeaqosClient, machine_id: str, provider_key: str) -> None:
    """Delete a runtime endpoint.

    Removes the machine's runtime endpoint for a provider key. Answers 204 with no body.

    ``DELETE /machines/{machineId}/runtime-endpoints/{providerKey}`` · auth: platform (``x-api-key`` when the
    client has one) · idempotent: retried on transient failures.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        machine_id: Server-assigned machine id (mach_...).
        provider_key: Provider key of the endpoint (e.g. qvac); the server lower-cases it.

    Returns:
        Nothing (HTTP 204 with no body).

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED (409), AUTH_REQUIRED
            (401), AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
    """
    _transport(client).call(_ops.DELETE_RUNTIME_ENDPOINT, path={"machineId": machine_id, "providerKey": provider_key})


def list_skills(
    client: PeaqosClient,
    options: ListSkillsOptions | None = None,
    *,
    limit: int | None = None,
    cursor: str | None = None,
) -> ListResponse[SkillSummary]:
    """List skills.

    One page of the skill registry, optionally filtered by scope, direction and source.

    ``GET /skills`` · auth: platform (``x-api-key`` when the client has one) · paginated · idempotent: retried on
    transient failures.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        options: Query filters (``ListSkillsOptions``); ``None`` sends none.
        limit: Page size (server default 100). ``None`` leaves it out.
        cursor: Opaque cursor from the previous page's nextCursor. ``None`` leaves it out.

    Returns:
        A page: ``.items`` (a tuple of ``SkillSummary``) and ``.next_cursor`` (``None`` on the last page). Decoded
        strictly: a body that does not match raises ``INVALID_RESPONSE_SHAPE``.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), AUTH_REQUIRED (401), AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
    """
    result: ListResponse[SkillSummary] = _transport(client).call(
        _ops.LIST_SKILLS, options=options, query={"limit": limit, "cursor": cursor}
    )
    return result


def list_skills_all(
    client: PeaqosClient, options: ListSkillsOptions | None = None, *, limit: int | None = None
) -> Iterator[SkillSummary]:
    """Every SkillSummary across all pages of ``list_skills``, fetched lazily page by page.

    Args:
        client: The ``PeaqosClient`` to call through.
        options: Query filters (``ListSkillsOptions``); ``None`` sends none.
        limit: Page size for each request (1..500; ``None`` uses the server's default).

    Returns:
        An iterator over every item; a failing page raises as ``list_skills`` does.
    """
    validate_list_limit(limit)
    return _iter_pages(lambda cursor: list_skills(client, options, limit=limit, cursor=cursor))


def get_skill(client: PeaqosClient, skill_key: str) -> ItemResponse[SkillSummary]:
    """Get a skill.

    One skill from the registry by key.

    ``GET /skills/{skillKey}`` · auth: platform (``x-api-key`` when the client has one) · idempotent: retried on
    transient failures.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        skill_key: Skill key (e.g. oracle.price-feed).

    Returns:
        ``.item``: the ``SkillSummary``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
    """
    result: ItemResponse[SkillSummary] = _transport(client).call(_ops.GET_SKILL, path={"skillKey": skill_key})
    return result


def get_skill_manifest(client: PeaqosClient, skill_key: str) -> ItemResponse[SkillManifest]:
    """Get a skill manifest.

    The inputs and outputs of a skill.

    ``GET /skills/{skillKey}/manifest`` · auth: platform (``x-api-key`` when the client has one) · idempotent:
    retried on transient failures.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        skill_key: Skill key (e.g. oracle.price-feed).

    Returns:
        ``.item``: the ``SkillManifest``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
    """
    result: ItemResponse[SkillManifest] = _transport(client).call(_ops.GET_SKILL_MANIFEST, path={"skillKey": skill_key})
    return result


def update_skill_config(
    client: PeaqosClient, skill_key: str, params: UpdateSkillConfigRequest
) -> ItemResponse[SkillConfigResponse]:
    """Configure a skill.

    Turns a skill on or off and stores its settings and credentials; only the fields sent change. Credentials are
    never echoed (the answer shows hasCredentials).

    ``PATCH /skills/{skillKey}/config`` · auth: platform (``x-api-key`` when the client has one) · not idempotent:
    never re-sent once it may have reached the server.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        skill_key: Skill key (e.g. oracle.price-feed).
        params: The request body (``UpdateSkillConfigRequest``).

    Returns:
        ``.item``: the ``SkillConfigResponse``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
    """
    result: ItemResponse[SkillConfigResponse] = _transport(client).call(
        _ops.UPDATE_SKILL_CONFIG, path={"skillKey": skill_key}, body=params
    )
    return result


def list_market_services(
    client: PeaqosClient,
    options: ListMarketServicesOptions | None = None,
    *,
    limit: int | None = None,
    cursor: str | None = None,
) -> ListResponse[MarketService]:
    """List market services.

    One page of the service catalogue, optionally filtered. With a pairing token and a machineId the catalogue is
    the machine's private view (it may add machine-scoped services); the token travels only as a header.

    ``GET /market/services`` · auth: platform (``x-api-key`` when the client has one) · paginated · idempotent:
    retried on transient failures.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        options: Query filters (``ListMarketServicesOptions``); ``None`` sends none.
        limit: Page size (server default 100). ``None`` leaves it out.
        cursor: Opaque cursor from the previous page's nextCursor. ``None`` leaves it out.

    Returns:
        A page: ``.items`` (a tuple of ``MarketService``) and ``.next_cursor`` (``None`` on the last page).
        Decoded strictly: a body that does not match raises ``INVALID_RESPONSE_SHAPE``.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401),
            AGENT_AUTH_INVALID (401), AGENT_AUTH_EXPIRED (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
    """
    result: ListResponse[MarketService] = _transport(client).call(
        _ops.LIST_MARKET_SERVICES, options=options, query={"limit": limit, "cursor": cursor}
    )
    return result


def list_market_services_all(
    client: PeaqosClient, options: ListMarketServicesOptions | None = None, *, limit: int | None = None
) -> Iterator[MarketService]:
    """Every MarketService across all pages of ``list_market_services``, fetched lazily page by page.

    Args:
        client: The ``PeaqosClient`` to call through.
        options: Query filters (``ListMarketServicesOptions``); ``None`` sends none.
        limit: Page size for each request (1..500; ``None`` uses the server's default).

    Returns:
        An iterator over every item; a failing page raises as ``list_market_services`` does.
    """
    validate_list_limit(limit)
    return _iter_pages(lambda cursor: list_market_services(client, options, limit=limit, cursor=cursor))


def get_market_service(
    client: PeaqosClient, service_id: str, options: GetMarketServiceOptions | None = None
) -> ItemResponse[MarketService]:
    """Get a market service.

    One catalogue service by id, optionally scoped to a machine.

    ``GET /market/services/{serviceId}`` · auth: platform (``x-api-key`` when the client has one) · idempotent:
    retried on transient failures.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        service_id: Id of the catalogue service.
        options: Query filters (``GetMarketServiceOptions``); ``None`` sends none.

    Returns:
        ``.item``: the ``MarketService``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401), AGENT_AUTH_INVALID (401),
            AGENT_AUTH_EXPIRED (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
    """
    result: ItemResponse[MarketService] = _transport(client).call(
        _ops.GET_MARKET_SERVICE, path={"serviceId": service_id}, options=options
    )
    return result


def search_market(client: PeaqosClient, params: MarketSearchRequest, pairing_token: str) -> ItemResponse[MarketSearch]:
    """Search the market.

    Turns a task into ranked quotes from the catalogue. Needs the pairing token while
    PEAQOS_REQUIRE_AGENT_PAIRING_AUTH=true (the production default), an active machine and an active pairing. A
    search never changes after it is made; quotes expire at their expiresAt.

    ``POST /market/search`` · auth: agent pairing (``x-agent-pairing-token``) · not idempotent: never re-sent once
    it may have reached the server.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        params: The request body (``MarketSearchRequest``).
        pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
            ``x-agent-pairing-token``; never logged or shown in errors.

    Returns:
        ``.item``: the ``MarketSearch``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), NOT_FOUND (404), AGENT_AUTH_REQUIRED (401), AGENT_AUTH_INVALID
            (401), AGENT_AUTH_EXPIRED (401), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED (409),
            AGENT_PAIRING_INACTIVE (403).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): 201 on success (status unstated).
        machineId (or the token's machine) and serviceType are needed; VALIDATION_ERROR without them.
        MACHINE_NOT_ACTIVATED and AGENT_PAIRING_INACTIVE for the stated preconditions (codes unstated).

    Example:
        ```python
        from peaq_os_sdk.orchestration import MarketSearchRequest

        # token: the pairing token (create_agent_pairing or create_agent_pairing_session)
        search = client.orchestration.search_market(
            MarketSearchRequest(
                machine_id=machine.id,
                service_type="defi",
                operation="get-latest-price",
                required_capabilities=["sub-second"],
                require_native_execution=True,
            ),
            token,
        ).item
        quote = search.quotes[0]
        print(quote.service_id, quote.pricing.amount, quote.pricing.currency, quote.expires_at)
        ```
    """
    result: ItemResponse[MarketSearch] = _transport(client).call(
        _ops.SEARCH_MARKET, body=params, pairing_token=pairing_token
    )
    return result


def get_market_search(client: PeaqosClient, search_id: str) -> ItemResponse[MarketSearch]:
    """Get a market search.

    A past search and its quotes by id.

    ``GET /market/searches/{searchId}`` · auth: platform (``x-api-key`` when the client has one) · idempotent:
    retried on transient failures.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        search_id: Id of the market search.

    Returns:
        ``.item``: the ``MarketSearch``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
    """
    result: ItemResponse[MarketSearch] = _transport(client).call(_ops.GET_MARKET_SEARCH, path={"searchId": search_id})
    return result


def list_market_orders(
    client: PeaqosClient, *, machine_id: str, limit: int | None = None, cursor: str | None = None
) -> ListResponse[MarketOrder]:
    """List a machine's orders.

    One page of the orders of one machine (machineId is required), oldest first. The machine must be active and
    verified.

    ``GET /market/orders`` · auth: platform (``x-api-key`` when the client has one) · paginated · idempotent:
    retried on transient failures.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        machine_id: The machine whose orders to list (required).
        limit: Page size (server default 100). ``None`` leaves it out.
        cursor: Opaque cursor from the previous page's nextCursor. ``None`` leaves it out.

    Returns:
        A page: ``.items`` (a tuple of ``MarketOrder``) and ``.next_cursor`` (``None`` on the last page). Decoded
        strictly: a body that does not match raises ``INVALID_RESPONSE_SHAPE``.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED
            (409), AUTH_REQUIRED (401), AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
    """
    result: ListResponse[MarketOrder] = _transport(client).call(
        _ops.LIST_MARKET_ORDERS, query={"machineId": machine_id, "limit": limit, "cursor": cursor}
    )
    return result


def list_market_orders_all(client: PeaqosClient, *, machine_id: str, limit: int | None = None) -> Iterator[MarketOrder]:
    """Every MarketOrder across all pages of ``list_market_orders``, fetched lazily page by page.

    Args:
        client: The ``PeaqosClient`` to call through.
        machine_id: The machine whose orders to list (required).
        limit: Page size for each request (1..500; ``None`` uses the server's default).

    Returns:
        An iterator over every item; a failing page raises as ``list_market_orders`` does.
    """
    validate_list_limit(limit)
    return _iter_pages(lambda cursor: list_market_orders(client, machine_id=machine_id, limit=limit, cursor=cursor))


def create_market_order(
    client: PeaqosClient, params: CreateMarketOrderRequest, pairing_token: str
) -> ItemResponse[MarketOrder]:
    """Create a market order.

    Locks a catalogue service (usually a quote from a search) into an order with status created; the service's
    recommended rail is copied into order.payment. The server checks the active pairing, the delegation policy and
    its spend limits, quote freshness and the machine's state.

    ``POST /market/orders`` · auth: agent pairing (``x-agent-pairing-token``) · not idempotent: never re-sent once
    it may have reached the server.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        params: The request body (``CreateMarketOrderRequest``).
        pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
            ``x-agent-pairing-token``; never logged or shown in errors.

    Returns:
        ``.item``: the ``MarketOrder``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), NOT_FOUND (404), QUOTE_EXPIRED (410), AGENT_PAIRING_REQUIRED (403),
            AGENT_PAIRING_INACTIVE (403), AGENT_POLICY_DENIED (403), AGENT_SPEND_LIMIT_EXCEEDED (403),
            AGENT_DAILY_LIMIT_EXCEEDED (403), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED (409),
            AGENT_AUTH_REQUIRED (401), AGENT_AUTH_INVALID (401), AGENT_AUTH_EXPIRED (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): 201 on success (status unstated).

    Example:
        ```python
        from peaq_os_sdk.orchestration import CreateMarketOrderRequest

        order = client.orchestration.create_market_order(
            CreateMarketOrderRequest(
                machine_id=machine.id,
                agent_pairing_id=pairing.id,
                service_id=quote.service_id,
                search_id=search.id,
                quote_id=quote.id,  # search and quote: see search_market; order before the quote expires
                input={"pair": "PEAQ/USD"},
            ),
            token,
        ).item
        print(order.id, order.status)  # created
        ```
    """
    result: ItemResponse[MarketOrder] = _transport(client).call(
        _ops.CREATE_MARKET_ORDER, body=params, pairing_token=pairing_token
    )
    return result


def get_market_order(client: PeaqosClient, order_id: str) -> ItemResponse[MarketOrder]:
    """Get a market order.

    One order by id. Callable with the platform key or with the pairing token (the owner's view).

    ``GET /market/orders/{orderId}`` · auth: platform (``x-api-key`` when the client has one) · idempotent:
    retried on transient failures.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        order_id: Order id (the order's id).

    Returns:
        ``.item``: the ``MarketOrder``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401), AGENT_AUTH_INVALID (401),
            AGENT_AUTH_EXPIRED (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Example:
        ```python
        order = client.orchestration.get_market_order(order.id).item
        print(order.status, order.payment.default_rail)
        ```
    """
    result: ItemResponse[MarketOrder] = _transport(client).call(_ops.GET_MARKET_ORDER, path={"orderId": order_id})
    return result


def execute_market_order(
    client: PeaqosClient, order_id: str, params: ExecuteMarketOrderRequest, pairing_token: str
) -> ExecuteMarketOrderResponse:
    """Execute a market order.

    Runs a ready order. A native service answers 200 with the run and outcome (an outcome may still be failed:
    inspect it); an external-handoff service answers 202 with where to continue. When payment is required it must
    be settled first (PAYMENT_REQUIRED); for x402 the recorded payment signature is replayed to the provider.

    ``POST /market/orders/{orderId}/execute`` · auth: agent pairing (``x-agent-pairing-token``) · not idempotent:
    never re-sent once it may have reached the server.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        order_id: Order id (the order's id).
        params: The request body (``ExecuteMarketOrderRequest``).
        pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
            ``x-agent-pairing-token``; never logged or shown in errors.

    Returns:
        The ``ExecuteMarketOrderResponse``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), NOT_FOUND (404), EXECUTION_UNSUPPORTED (422), PAYMENT_REQUIRED
            (402), ORDER_CLOSED (409), ENDPOINT_UNREACHABLE (502), AGENT_AUTH_REQUIRED (401), AGENT_AUTH_INVALID
            (401), AGENT_AUTH_EXPIRED (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): ENDPOINT_UNREACHABLE (502) when the
        machine's runtime endpoint is missing or its lease expired. An x402 signature different from the recorded
        proof is refused with PAYMENT_REQUIRED.

    Example:
        ```python
        from peaq_os_sdk.orchestration import ExecuteMarketOrderRequest

        # once the payment is held (submit_payment_proof)
        run = client.orchestration.execute_market_order(order.id, ExecuteMarketOrderRequest(), token)
        if run.execution.status_code == 200:  # a native service answers with its outcome
            print(run.execution.outcome.result)
        else:  # 202: an external service continues at the handoff URL
            print(run.execution.handoff.url)
        ```
    """
    result: ExecuteMarketOrderResponse = _transport(client).call(
        _ops.EXECUTE_MARKET_ORDER, path={"orderId": order_id}, body=params, pairing_token=pairing_token
    )
    return result


def confirm_market_order(client: PeaqosClient, order_id: str, pairing_token: str) -> ConfirmMarketOrderResponse:
    """Confirm a delivered order.

    Accepts the delivery of a delivered order (ORDER_NOT_DELIVERED otherwise); the order becomes confirmed and a
    held payment becomes release_pending. For x402 this settles the payment.

    ``POST /market/orders/{orderId}/confirm`` · auth: agent pairing (``x-agent-pairing-token``) · not idempotent:
    never re-sent once it may have reached the server.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        order_id: Order id (the order's id).
        pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
            ``x-agent-pairing-token``; never logged or shown in errors.

    Returns:
        The ``ConfirmMarketOrderResponse``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), NOT_FOUND (404), ORDER_CLOSED (409), ORDER_NOT_DELIVERED (409),
            AGENT_AUTH_REQUIRED (401), AGENT_AUTH_INVALID (401), AGENT_AUTH_EXPIRED (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): 200 on success (status unstated); an
        x402 payment is settled here.

    Example:
        ```python
        # once execute_market_order has delivered
        confirmed = client.orchestration.confirm_market_order(order.id, token)
        print(confirmed.order.status)  # confirmed
        if confirmed.payment is not None:  # a paid rail: the payment awaits release
            print(confirmed.payment.status)  # release_pending
        ```
    """
    result: ConfirmMarketOrderResponse = _transport(client).call(
        _ops.CONFIRM_MARKET_ORDER, path={"orderId": order_id}, pairing_token=pairing_token
    )
    return result


def dispute_market_order(
    client: PeaqosClient, order_id: str, params: DisputeMarketOrderRequest, pairing_token: str
) -> DisputeMarketOrderResponse:
    """Dispute a market order.

    Opens a dispute with a reason and optional evidence; the order becomes disputed and its payment frozen until
    the dispute is resolved.

    ``POST /market/orders/{orderId}/dispute`` · auth: agent pairing (``x-agent-pairing-token``) · not idempotent:
    never re-sent once it may have reached the server.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        order_id: Order id (the order's id).
        params: The request body (``DisputeMarketOrderRequest``).
        pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
            ``x-agent-pairing-token``; never logged or shown in errors.

    Returns:
        The ``DisputeMarketOrderResponse``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), NOT_FOUND (404), ORDER_CLOSED (409), AGENT_AUTH_REQUIRED (401),
            AGENT_AUTH_INVALID (401), AGENT_AUTH_EXPIRED (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): 200 on success (status unstated).
    """
    result: DisputeMarketOrderResponse = _transport(client).call(
        _ops.DISPUTE_MARKET_ORDER, path={"orderId": order_id}, body=params, pairing_token=pairing_token
    )
    return result


def cancel_market_order(
    client: PeaqosClient, order_id: str, params: CancelMarketOrderRequest | None, pairing_token: str
) -> CancelMarketOrderResponse:
    """Cancel a market order.

    Cancels an order that has not started executing (created, payment_pending or ready); the order becomes
    cancelled and a payment intent or held payment is refunded (payment refunded). Once execution has started
    (executing, delivered, confirmed, disputed, failed, handoff) or after a cancellation the order is closed to
    cancelling (ORDER_CLOSED). The body is optional; its reason is kept in the order's cancelled event.

    ``POST /market/orders/{orderId}/cancel`` · auth: agent pairing (``x-agent-pairing-token``) · not idempotent:
    never re-sent once it may have reached the server.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        order_id: Order id (the order's id).
        params: The request body (``CancelMarketOrderRequest``). Optional: ``None`` sends no body.
        pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
            ``x-agent-pairing-token``; never logged or shown in errors.

    Returns:
        The ``CancelMarketOrderResponse``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), NOT_FOUND (404), ORDER_CLOSED (409), AGENT_AUTH_REQUIRED (401),
            AGENT_AUTH_INVALID (401), AGENT_AUTH_EXPIRED (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): The response (the reference SDK plans
        only the path and the {reason?} body) is ours - the order and its payment, as confirm answers; 200 on
        success. Cancellable statuses are created, payment_pending and ready (before execution); every later
        status answers ORDER_CLOSED (failed included - a failed order is retried or its payment refunded).
        Agent-pairing auth, as every other buyer write on an order (execute, confirm, dispute); another pairing's
        order is NOT_FOUND. A payment in intent_created or held becomes refunded (as a refund would); not_required
        stays.
    """
    result: CancelMarketOrderResponse = _transport(client).call(
        _ops.CANCEL_MARKET_ORDER, path={"orderId": order_id}, body=params, pairing_token=pairing_token
    )
    return result


def retry_market_order(
    client: PeaqosClient, order_id: str, params: RetryMarketOrderRequest | None, pairing_token: str
) -> ExecuteMarketOrderNativeResponse:
    """Retry a failed market order.

    Re-dispatches the execution of a failed order (failed -> executing -> delivered, or failed again) and answers
    as a native execute does: the order, the new run and its outcome (inspect the outcome). The run is recorded
    with new task, route, run and outcome ids, which the order's execution then carries. A payment that is
    required must still be held (PAYMENT_REQUIRED after a refund). An order that never failed answers
    ORDER_NOT_FAILED; a closed one (confirmed, disputed, cancelled, handoff) ORDER_CLOSED.

    ``POST /market/orders/{orderId}/retry`` · auth: agent pairing (``x-agent-pairing-token``) · not idempotent:
    never re-sent once it may have reached the server.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        order_id: Order id (the order's id).
        params: The request body (``RetryMarketOrderRequest``). Optional: ``None`` sends no body.
        pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
            ``x-agent-pairing-token``; never logged or shown in errors.

    Returns:
        The ``ExecuteMarketOrderNativeResponse``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), NOT_FOUND (404), ORDER_CLOSED (409), ORDER_NOT_FAILED (409),
            PAYMENT_REQUIRED (402), ENDPOINT_UNREACHABLE (502), AGENT_AUTH_REQUIRED (401), AGENT_AUTH_INVALID
            (401), AGENT_AUTH_EXPIRED (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): The response (the reference SDK plans
        only the path and the {reason?} body) is ours - the native execute answer; 200 on success. Only a failed
        order can be retried; ORDER_NOT_FAILED (409, a code of ours) for created, payment_pending, ready,
        executing or delivered; ORDER_CLOSED for confirmed, disputed, cancelled and handoff. PAYMENT_REQUIRED when
        a required payment is no longer held; ENDPOINT_UNREACHABLE as execute. Agent-pairing auth, as execute; not
        idempotent (each retry is a new run).
    """
    result: ExecuteMarketOrderNativeResponse = _transport(client).call(
        _ops.RETRY_MARKET_ORDER, path={"orderId": order_id}, body=params, pairing_token=pairing_token
    )
    return result


def list_market_order_events(
    client: PeaqosClient, order_id: str, *, limit: int | None = None, cursor: str | None = None
) -> ListResponse[MarketOrderEvent]:
    """List an order's events.

    The order's history, one event per status change in the order it happened (created, payment_pending, ready,
    executing, delivered, confirmed, disputed, cancelled, failed, handoff; a retry shows as executing after
    failed). Callable with the platform key or with the pairing token (the owner's view).

    ``GET /market/orders/{orderId}/events`` · auth: platform (``x-api-key`` when the client has one) · paginated ·
    idempotent: retried on transient failures.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        order_id: Order id (the order's id).
        limit: Page size (server default 100). ``None`` leaves it out.
        cursor: Opaque cursor from the previous page's nextCursor. ``None`` leaves it out.

    Returns:
        A page: ``.items`` (a tuple of ``MarketOrderEvent``) and ``.next_cursor`` (``None`` on the last page).
        Decoded strictly: a body that does not match raises ``INVALID_RESPONSE_SHAPE``.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401),
            AGENT_AUTH_INVALID (401), AGENT_AUTH_EXPIRED (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): The path and the item fields (id,
        orderId, type, payload, createdAt) are the reference SDK's planned types; the envelope, auth and event
        types are ours. The list envelope with cursor pagination (limit, cursor), oldest first, as every list;
        VALIDATION_ERROR for a bad limit or cursor. Auth as get_market_order (platform key, or the owning
        pairing's token); NOT_FOUND for an unknown order. type is the order's new status; payload {status,
        previousStatus, reason?} (reason as the request that caused the change gave it), never a secret.
    """
    result: ListResponse[MarketOrderEvent] = _transport(client).call(
        _ops.LIST_MARKET_ORDER_EVENTS, path={"orderId": order_id}, query={"limit": limit, "cursor": cursor}
    )
    return result


def list_market_order_events_all(
    client: PeaqosClient, order_id: str, *, limit: int | None = None
) -> Iterator[MarketOrderEvent]:
    """Every MarketOrderEvent across all pages of ``list_market_order_events``, fetched lazily page by page.

    Args:
        client: The ``PeaqosClient`` to call through.
        order_id: Order id (the order's id).
        limit: Page size for each request (1..500; ``None`` uses the server's default).

    Returns:
        An iterator over every item; a failing page raises as ``list_market_order_events`` does.
    """
    validate_list_limit(limit)
    return _iter_pages(lambda cursor: list_market_order_events(client, order_id, limit=limit, cursor=cursor))


def create_payment_intent(
    client: PeaqosClient, order_id: str, params: CreatePaymentIntentRequest, pairing_token: str
) -> ItemResponse[MarketPayment]:
    """Create a payment intent.

    Opens the order's payment record on a rail; idempotent: when one exists it is returned (200) instead of a new
    one (201). On a not-required rail the order goes straight to ready. peaqOS records provider payment state; the
    machine or operator pays the provider.

    ``POST /market/orders/{orderId}/payment-intent`` · auth: agent pairing (``x-agent-pairing-token``) ·
    idempotent: retried on transient failures.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        order_id: Order id (the order's id).
        params: The request body (``CreatePaymentIntentRequest``).
        pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
            ``x-agent-pairing-token``; never logged or shown in errors.

    Returns:
        ``.item``: the ``MarketPayment``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), NOT_FOUND (404), PAYMENT_REQUIRED (402), ORDER_CLOSED (409),
            AGENT_AUTH_REQUIRED (401), AGENT_AUTH_INVALID (401), AGENT_AUTH_EXPIRED (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): 201 when created, 200 when the
        existing record is returned (status unstated).

    Example:
        ```python
        from peaq_os_sdk.orchestration import CreatePaymentIntentRequest, PaymentRailInput

        # order: see create_market_order
        intent = client.orchestration.create_payment_intent(
            order.id,
            CreatePaymentIntentRequest(
                rail=PaymentRailInput(type="wallet", chain="peaq", token="USDT", payer_address=pairing.agent_address)
            ),
            token,
        ).item
        print(intent.status, intent.amount, intent.currency)  # intent_created: now transfer the amount on chain
        ```
    """
    result: ItemResponse[MarketPayment] = _transport(client).call(
        _ops.CREATE_PAYMENT_INTENT, path={"orderId": order_id}, body=params, pairing_token=pairing_token
    )
    return result


def get_market_payment(client: PeaqosClient, order_id: str) -> ItemResponse[MarketPayment | None]:
    """Get an order's payment.

    The order's payment record, or an item of null when the order has none yet.

    ``GET /market/orders/{orderId}/payment`` · auth: platform (``x-api-key`` when the client has one) ·
    idempotent: retried on transient failures.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        order_id: Order id (the order's id).

    Returns:
        ``.item``: the ``MarketPayment`` (``None`` when there is none). Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
    """
    result: ItemResponse[MarketPayment | None] = _transport(client).call(
        _ops.GET_MARKET_PAYMENT, path={"orderId": order_id}
    )
    return result


def submit_payment_proof(
    client: PeaqosClient,
    order_id: str,
    params: SubmitPaymentProofRequest | SubmitX402PaymentProofRequest,
    pairing_token: str,
) -> ItemResponse[MarketPayment]:
    """Submit a payment proof.

    Proves the order was paid. On-chain variant: a transfer (EVM transactionHash or Solana transactionSignature),
    recorded as attested or checked against an EVM RPC receipt and its ERC-20 Transfer log. x402 variant: the
    signed PAYMENT-SIGNATURE value, replayed to the provider at execute. On success the payment is held and the
    order ready; a wallet payment proven by a USDT transfer is then recorded on the wdk-usdt-transfer rail (the
    stated upgrade; that it needs a USDT transfer is our reading of the rail's name), so rail.type can change from
    wallet to wdk-usdt-transfer here.

    ``POST /market/orders/{orderId}/payment-proof`` · auth: agent pairing (``x-agent-pairing-token``) · not
    idempotent: never re-sent once it may have reached the server.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        order_id: Order id (the order's id).
        params: The request body (``SubmitPaymentProofRequest`` or ``SubmitX402PaymentProofRequest``).
        pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
            ``x-agent-pairing-token``; never logged or shown in errors.

    Returns:
        ``.item``: the ``MarketPayment``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), NOT_FOUND (404), ORDER_CLOSED (409), PAYMENT_RPC_REQUIRED (422),
            PAYMENT_RPC_ERROR (502), PAYMENT_NOT_MINED (409), PAYMENT_TX_FAILED (402), PAYMENT_TRANSFER_NOT_FOUND
            (400), AGENT_AUTH_REQUIRED (401), AGENT_AUTH_INVALID (401), AGENT_AUTH_EXPIRED (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): 200 on success (status unstated).
        Exactly one of transactionHash and transactionSignature on an on-chain proof. x402 variant: errors
        unstated; VALIDATION_ERROR when the order's rail is not x402.

    Example:
        ```python
        from peaq_os_sdk.orchestration import SubmitPaymentProofRequest

        # intent: see create_payment_intent
        payment = client.orchestration.submit_payment_proof(
            order.id,
            SubmitPaymentProofRequest(
                verification_mode="recorded",
                chain="peaq",
                token="USDT",
                payer_address=pairing.agent_address,
                payee_address=order.payment.payee_address or order.payment.wallet_address or pairing.agent_address,
                amount=f"{intent.amount:.2f}",  # a decimal string in proofs
                transaction_hash="0x" + "ab" * 32,  # the hash of the transfer your wallet sent
            ),
            token,
        ).item
        assert payment.status == "held"  # the order is ready to execute
        ```
    """
    result: ItemResponse[MarketPayment] = _transport(client).call(
        _ops.SUBMIT_PAYMENT_PROOF, path={"orderId": order_id}, body=params, pairing_token=pairing_token
    )
    return result


def lock_escrow_payment(
    client: PeaqosClient, order_id: str, params: LockEscrowPaymentRequest, pairing_token: str
) -> ItemResponse[MarketPayment]:
    """Record an escrow lock.

    Records an on-chain escrow lock for the order's payment: the payment becomes held and the order ready. A
    repeat while held changes nothing.

    ``POST /market/orders/{orderId}/payment/escrow-lock`` · auth: agent pairing (``x-agent-pairing-token``) ·
    idempotent: retried on transient failures.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        order_id: Order id (the order's id).
        params: The request body (``LockEscrowPaymentRequest``).
        pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
            ``x-agent-pairing-token``; never logged or shown in errors.

    Returns:
        ``.item``: the ``MarketPayment``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), NOT_FOUND (404), ORDER_CLOSED (409), AGENT_AUTH_REQUIRED (401),
            AGENT_AUTH_INVALID (401), AGENT_AUTH_EXPIRED (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): 200 on success (status unstated).
    """
    result: ItemResponse[MarketPayment] = _transport(client).call(
        _ops.LOCK_ESCROW_PAYMENT, path={"orderId": order_id}, body=params, pairing_token=pairing_token
    )
    return result


def release_payment(
    client: PeaqosClient, order_id: str, params: ReleasePaymentRequest | None, pairing_token: str
) -> ItemResponse[MarketPayment]:
    """Release a payment.

    Pays out the held funds of a confirmed order: allowed only from release_pending, ends released. The body is
    optional.

    ``POST /market/orders/{orderId}/payment/release`` · auth: agent pairing (``x-agent-pairing-token``) · not
    idempotent: never re-sent once it may have reached the server.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        order_id: Order id (the order's id).
        params: The request body (``ReleasePaymentRequest``). Optional: ``None`` sends no body.
        pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
            ``x-agent-pairing-token``; never logged or shown in errors.

    Returns:
        ``.item``: the ``MarketPayment``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), NOT_FOUND (404), ORDER_CLOSED (409), AGENT_AUTH_REQUIRED (401),
            AGENT_AUTH_INVALID (401), AGENT_AUTH_EXPIRED (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): 200 on success (status unstated);
        ORDER_CLOSED unless the payment is release_pending.

    Example:
        ```python
        from peaq_os_sdk.orchestration import ReleasePaymentRequest

        # once the order is confirmed (confirm_market_order)
        released = client.orchestration.release_payment(
            order.id, ReleasePaymentRequest(notes="delivered on time"), token
        ).item
        assert released.status == "released"
        ```
    """
    result: ItemResponse[MarketPayment] = _transport(client).call(
        _ops.RELEASE_PAYMENT, path={"orderId": order_id}, body=params, pairing_token=pairing_token
    )
    return result


def refund_payment(
    client: PeaqosClient, order_id: str, params: RefundPaymentRequest | None, pairing_token: str
) -> ItemResponse[MarketPayment]:
    """Refund a payment.

    Refunds the order's payment to the payer; ends refunded. The body is optional.

    ``POST /market/orders/{orderId}/payment/refund`` · auth: agent pairing (``x-agent-pairing-token``) · not
    idempotent: never re-sent once it may have reached the server.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        order_id: Order id (the order's id).
        params: The request body (``RefundPaymentRequest``). Optional: ``None`` sends no body.
        pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
            ``x-agent-pairing-token``; never logged or shown in errors.

    Returns:
        ``.item``: the ``MarketPayment``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), NOT_FOUND (404), ORDER_CLOSED (409), AGENT_AUTH_REQUIRED (401),
            AGENT_AUTH_INVALID (401), AGENT_AUTH_EXPIRED (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): 200 on success (status unstated);
        ORDER_CLOSED for a released or refunded payment.
    """
    result: ItemResponse[MarketPayment] = _transport(client).call(
        _ops.REFUND_PAYMENT, path={"orderId": order_id}, body=params, pairing_token=pairing_token
    )
    return result


def list_policies(client: PeaqosClient) -> ListResponse[Policy]:
    """List policies.

    Every stored policy, oldest first. Machines name policies in policyIds; search and order creation for such a
    machine honour them.

    ``GET /policies`` · auth: platform (``x-api-key`` when the client has one) · idempotent: retried on transient
    failures.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).

    Returns:
        A page: ``.items`` (a tuple of ``Policy``) and ``.next_cursor`` (``None`` on the last page). Decoded
        strictly: a body that does not match raises ``INVALID_RESPONSE_SHAPE``.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: AUTH_REQUIRED (401), AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): Not paginated (the reference SDK sends
        no limit or cursor; the list envelope is stated).
    """
    result: ListResponse[Policy] = _transport(client).call(_ops.LIST_POLICIES)
    return result


def create_policy(client: PeaqosClient, params: CreatePolicyRequest) -> ItemResponse[Policy]:
    """Create a policy.

    Stores a new policy (201). Its rules apply to every machine whose policyIds name it.

    ``POST /policies`` · auth: platform (``x-api-key`` when the client has one) · not idempotent: never re-sent
    once it may have reached the server.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        params: The request body (``CreatePolicyRequest``).

    Returns:
        ``.item``: the ``Policy``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), AUTH_REQUIRED (401), AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): 201 on success (status unstated).
        VALIDATION_ERROR for a body the schema refuses (error codes unstated).
    """
    result: ItemResponse[Policy] = _transport(client).call(_ops.CREATE_POLICY, body=params)
    return result


def get_policy(client: PeaqosClient, policy_id: str) -> ItemResponse[Policy]:
    """Get a policy.

    One policy by id; NOT_FOUND when there is none.

    ``GET /policies/{policyId}`` · auth: platform (``x-api-key`` when the client has one) · idempotent: retried on
    transient failures.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        policy_id: Policy id (the policy's id).

    Returns:
        ``.item``: the ``Policy``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): The route itself (the docs list
        get_policy; no source states its path or shape); platform auth as the group. NOT_FOUND for an unknown
        policy id.
    """
    result: ItemResponse[Policy] = _transport(client).call(_ops.GET_POLICY, path={"policyId": policy_id})
    return result


def update_policy(client: PeaqosClient, policy_id: str, params: UpdatePolicyRequest) -> ItemResponse[Policy]:
    """Update a policy.

    Replaces the fields sent (a shallow update) and moves updatedAt forward; the change applies to later searches
    and orders of every machine naming it.

    ``PATCH /policies/{policyId}`` · auth: platform (``x-api-key`` when the client has one) · not idempotent:
    never re-sent once it may have reached the server.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        policy_id: Policy id (the policy's id).
        params: The request body (``UpdatePolicyRequest``).

    Returns:
        ``.item``: the ``Policy``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): NOT_FOUND for an unknown policy id;
        VALIDATION_ERROR for a body the schema refuses (error codes unstated). updatedAt strictly increases on
        every update (the policy's version).
    """
    result: ItemResponse[Policy] = _transport(client).call(
        _ops.UPDATE_POLICY, path={"policyId": policy_id}, body=params
    )
    return result


def list_audit_events(
    client: PeaqosClient,
    *,
    machine_id: str | None = None,
    resource_type: str | None = None,
    limit: int | None = None,
    cursor: str | None = None,
) -> ListResponse[AuditEvent]:
    """List audit events.

    The audit trail: one event per state change (machines, agents, pairings and sessions, runtime endpoints,
    policies, searches, orders, payments, runs, graph nodes and edges, tasks), oldest first, filterable by machine
    and resource type. Payloads name what changed, never a secret value.

    ``GET /audit-events`` · auth: platform (``x-api-key`` when the client has one) · paginated · idempotent:
    retried on transient failures.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        machine_id: Only events of this machine. ``None`` leaves it out.
        resource_type: Only events about this kind of record (machine, agent, pairing, policy, order, payment, ...). ``None``
            leaves it out.
        limit: Page size (server default 100). ``None`` leaves it out.
        cursor: Opaque cursor from the previous page's nextCursor. ``None`` leaves it out.

    Returns:
        A page: ``.items`` (a tuple of ``AuditEvent``) and ``.next_cursor`` (``None`` on the last page). Decoded
        strictly: a body that does not match raises ``INVALID_RESPONSE_SHAPE``.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), AUTH_REQUIRED (401), AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): cursor pagination besides limit (the
        reference SDK sends limit only); oldest first as every list. VALIDATION_ERROR for a bad limit or cursor,
        as every list.
    """
    result: ListResponse[AuditEvent] = _transport(client).call(
        _ops.LIST_AUDIT_EVENTS,
        query={"machineId": machine_id, "resourceType": resource_type, "limit": limit, "cursor": cursor},
    )
    return result


def list_audit_events_all(
    client: PeaqosClient, *, machine_id: str | None = None, resource_type: str | None = None, limit: int | None = None
) -> Iterator[AuditEvent]:
    """Every AuditEvent across all pages of ``list_audit_events``, fetched lazily page by page.

    Args:
        client: The ``PeaqosClient`` to call through.
        machine_id: Only events of this machine. ``None`` leaves it out.
        resource_type: Only events about this kind of record (machine, agent, pairing, policy, order, payment, ...).
            ``None`` leaves it out.
        limit: Page size for each request (1..500; ``None`` uses the server's default).

    Returns:
        An iterator over every item; a failing page raises as ``list_audit_events`` does.
    """
    validate_list_limit(limit)
    return _iter_pages(
        lambda cursor: list_audit_events(
            client, machine_id=machine_id, resource_type=resource_type, limit=limit, cursor=cursor
        )
    )


def list_runs(
    client: PeaqosClient,
    *,
    machine_id: str | None = None,
    order_id: str | None = None,
    limit: int | None = None,
    cursor: str | None = None,
) -> ListResponse[RunRecord]:
    """List execution runs.

    Every recorded execution run, oldest first, filterable by machine and order. A native execution records one
    run; an external handoff records none.

    ``GET /runs`` · auth: platform (``x-api-key`` when the client has one) · paginated · idempotent: retried on
    transient failures.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        machine_id: Only runs executed for this machine. ``None`` leaves it out.
        order_id: Only runs of this order. ``None`` leaves it out.
        limit: Page size (server default 100). ``None`` leaves it out.
        cursor: Opaque cursor from the previous page's nextCursor. ``None`` leaves it out.

    Returns:
        A page: ``.items`` (a tuple of ``RunRecord``) and ``.next_cursor`` (``None`` on the last page). Decoded
        strictly: a body that does not match raises ``INVALID_RESPONSE_SHAPE``.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), AUTH_REQUIRED (401), AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): The route itself (the docs name Run
        records only); platform auth as the other read routes. Filters machineId and orderId; cursor pagination;
        VALIDATION_ERROR for a bad limit or cursor.
    """
    result: ListResponse[RunRecord] = _transport(client).call(
        _ops.LIST_RUNS, query={"machineId": machine_id, "orderId": order_id, "limit": limit, "cursor": cursor}
    )
    return result


def list_runs_all(
    client: PeaqosClient, *, machine_id: str | None = None, order_id: str | None = None, limit: int | None = None
) -> Iterator[RunRecord]:
    """Every RunRecord across all pages of ``list_runs``, fetched lazily page by page.

    Args:
        client: The ``PeaqosClient`` to call through.
        machine_id: Only runs executed for this machine. ``None`` leaves it out.
        order_id: Only runs of this order. ``None`` leaves it out.
        limit: Page size for each request (1..500; ``None`` uses the server's default).

    Returns:
        An iterator over every item; a failing page raises as ``list_runs`` does.
    """
    validate_list_limit(limit)
    return _iter_pages(
        lambda cursor: list_runs(client, machine_id=machine_id, order_id=order_id, limit=limit, cursor=cursor)
    )


def get_run(client: PeaqosClient, run_id: str) -> ItemResponse[RunRecord]:
    """Get an execution run.

    One run by id, with the order, task and route ids that tie it to its order; NOT_FOUND when there is none.

    ``GET /runs/{runId}`` · auth: platform (``x-api-key`` when the client has one) · idempotent: retried on
    transient failures.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        run_id: Run id (as on the order's execution).

    Returns:
        ``.item``: the ``RunRecord``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): The route itself (the docs name Run
        records only); NOT_FOUND for an unknown run id.
    """
    result: ItemResponse[RunRecord] = _transport(client).call(_ops.GET_RUN, path={"runId": run_id})
    return result


def get_readiness(client: PeaqosClient) -> Readiness:
    """Readiness probe.

    ready when the server can serve calls; not_ready with a failing check naming the dependency (identity
    registry, payment RPC) otherwise. Served at the host root and under /api/v1.

    ``GET /readiness`` · auth: none · idempotent: retried on transient failures.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).

    Returns:
        The ``Readiness``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: none.
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): Also served at the host root, as
        /health. The check names (identity-registry, payment-rpc, store) and that a failing check answers 200 with
        status not_ready.
    """
    result: Readiness = _transport(client).call(_ops.GET_READINESS)
    return result


def get_machine_graph(client: PeaqosClient, machine_id: str) -> ItemResponse[MachineGraph]:
    """Get a machine's graph.

    Every node and edge of the machine's graph, each list oldest first. The machine must be active and its
    identity must resolve as activated (MACHINE_NOT_ACTIVE, MACHINE_NOT_ACTIVATED).

    ``GET /machines/{machineId}/graph`` · auth: platform (``x-api-key`` when the client has one) · idempotent:
    retried on transient failures.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        machine_id: Server-assigned machine id (mach_...).

    Returns:
        ``.item``: the ``MachineGraph``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED (409), AUTH_REQUIRED
            (401), AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): Path and method are stated; the
        response shape ({item: {machineId, nodes, edges}}) and platform auth are ours. MACHINE_NOT_ACTIVE /
        MACHINE_NOT_ACTIVATED from the group gate; NOT_FOUND for an unknown machine.
    """
    result: ItemResponse[MachineGraph] = _transport(client).call(_ops.GET_MACHINE_GRAPH, path={"machineId": machine_id})
    return result


def create_graph_node(client: PeaqosClient, machine_id: str, params: CreateGraphNodeRequest) -> ItemResponse[GraphNode]:
    """Add a node to a machine's graph.

    Stores a node (status draft unless another is sent) in the graph of an active, activated machine.

    ``POST /machines/{machineId}/graph/nodes`` · auth: platform (``x-api-key`` when the client has one) · not
    idempotent: never re-sent once it may have reached the server.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        machine_id: Server-assigned machine id (mach_...).
        params: The request body (``CreateGraphNodeRequest``).

    Returns:
        ``.item``: the ``GraphNode``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED
            (409), AUTH_REQUIRED (401), AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): Path and method are stated; the body
        ({label, kind?, status?, data?}), 201 and platform auth are ours. MACHINE_NOT_ACTIVE /
        MACHINE_NOT_ACTIVATED from the group gate; VALIDATION_ERROR for a body the schema refuses.
    """
    result: ItemResponse[GraphNode] = _transport(client).call(
        _ops.CREATE_GRAPH_NODE, path={"machineId": machine_id}, body=params
    )
    return result


def update_graph_node(
    client: PeaqosClient, machine_id: str, node_id: str, params: UpdateGraphNodeRequest
) -> ItemResponse[GraphNode]:
    """Update a graph node.

    Changes only the fields sent; data is shallow-merged (each top-level key sent replaces the stored one, the
    others stay). Status is one of draft, active, blocked, degraded.

    ``PATCH /machines/{machineId}/graph/nodes/{nodeId}`` · auth: platform (``x-api-key`` when the client has one)
    · not idempotent: never re-sent once it may have reached the server.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        machine_id: Server-assigned machine id (mach_...).
        node_id: Graph node id (the node's id).
        params: The request body (``UpdateGraphNodeRequest``).

    Returns:
        ``.item``: the ``GraphNode``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED
            (409), AUTH_REQUIRED (401), AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): Stated: every field optional, data
        shallow-merged, statuses draft|active|blocked|degraded. The field names other than data and status, 200
        and platform auth are ours. NOT_FOUND for a node not in this machine's graph; MACHINE_NOT_ACTIVE /
        MACHINE_NOT_ACTIVATED from the group gate.
    """
    result: ItemResponse[GraphNode] = _transport(client).call(
        _ops.UPDATE_GRAPH_NODE, path={"machineId": machine_id, "nodeId": node_id}, body=params
    )
    return result


def delete_graph_node(client: PeaqosClient, machine_id: str, node_id: str) -> None:
    """Remove a graph node.

    Removes the node and every edge that starts or ends at it. Answers 204 with no body.

    ``DELETE /machines/{machineId}/graph/nodes/{nodeId}`` · auth: platform (``x-api-key`` when the client has one)
    · idempotent: retried on transient failures.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        machine_id: Server-assigned machine id (mach_...).
        node_id: Graph node id (the node's id).

    Returns:
        Nothing (HTTP 204 with no body).

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED (409), AUTH_REQUIRED
            (401), AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): Stated: DELETE answers 204. That the
        node's edges go with it, and platform auth, are ours. NOT_FOUND for a node not in this machine's graph;
        MACHINE_NOT_ACTIVE / MACHINE_NOT_ACTIVATED from the group gate.
    """
    _transport(client).call(_ops.DELETE_GRAPH_NODE, path={"machineId": machine_id, "nodeId": node_id})


def create_graph_edge(client: PeaqosClient, machine_id: str, params: CreateGraphEdgeRequest) -> ItemResponse[GraphEdge]:
    """Connect two nodes of a machine's graph.

    Stores an edge from sourceNodeId to targetNodeId; both must be nodes of this machine's graph (VALIDATION_ERROR
    naming the missing one otherwise). A node may be joined to itself.

    ``POST /machines/{machineId}/graph/edges`` · auth: platform (``x-api-key`` when the client has one) · not
    idempotent: never re-sent once it may have reached the server.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        machine_id: Server-assigned machine id (mach_...).
        params: The request body (``CreateGraphEdgeRequest``).

    Returns:
        ``.item``: the ``GraphEdge``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED
            (409), AUTH_REQUIRED (401), AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): Path and method are stated; the body
        ({sourceNodeId, targetNodeId, kind?, status?, data?}), 201 and platform auth are ours. VALIDATION_ERROR
        when an end is not a node of this machine's graph; MACHINE_NOT_ACTIVE / MACHINE_NOT_ACTIVATED from the
        group gate.
    """
    result: ItemResponse[GraphEdge] = _transport(client).call(
        _ops.CREATE_GRAPH_EDGE, path={"machineId": machine_id}, body=params
    )
    return result


def update_graph_edge(
    client: PeaqosClient, machine_id: str, edge_id: str, params: UpdateGraphEdgeRequest
) -> ItemResponse[GraphEdge]:
    """Update a graph edge.

    Changes only the fields sent (its ends never change); data is shallow-merged as on nodes. Status is one of
    draft, active, blocked, degraded.

    ``PATCH /machines/{machineId}/graph/edges/{edgeId}`` · auth: platform (``x-api-key`` when the client has one)
    · not idempotent: never re-sent once it may have reached the server.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        machine_id: Server-assigned machine id (mach_...).
        edge_id: Graph edge id (the edge's id).
        params: The request body (``UpdateGraphEdgeRequest``).

    Returns:
        ``.item``: the ``GraphEdge``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED
            (409), AUTH_REQUIRED (401), AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): Path and method are stated; the body
        (kind, status, data shallow-merged as on nodes; ends immutable), 200 and platform auth are ours. NOT_FOUND
        for an edge not in this machine's graph; MACHINE_NOT_ACTIVE / MACHINE_NOT_ACTIVATED from the group gate.
    """
    result: ItemResponse[GraphEdge] = _transport(client).call(
        _ops.UPDATE_GRAPH_EDGE, path={"machineId": machine_id, "edgeId": edge_id}, body=params
    )
    return result


def delete_graph_edge(client: PeaqosClient, machine_id: str, edge_id: str) -> None:
    """Remove a graph edge.

    Removes the edge; its nodes stay. Answers 204 with no body.

    ``DELETE /machines/{machineId}/graph/edges/{edgeId}`` · auth: platform (``x-api-key`` when the client has one)
    · idempotent: retried on transient failures.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        machine_id: Server-assigned machine id (mach_...).
        edge_id: Graph edge id (the edge's id).

    Returns:
        Nothing (HTTP 204 with no body).

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED (409), AUTH_REQUIRED
            (401), AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): Path and method are stated; 204 (as
        the node DELETE) and platform auth are ours. NOT_FOUND for an edge not in this machine's graph;
        MACHINE_NOT_ACTIVE / MACHINE_NOT_ACTIVATED from the group gate.
    """
    _transport(client).call(_ops.DELETE_GRAPH_EDGE, path={"machineId": machine_id, "edgeId": edge_id})


def list_tasks(
    client: PeaqosClient, *, machine_id: str, limit: int | None = None, cursor: str | None = None
) -> ListResponse[Task]:
    """List a machine's tasks.

    One page of the tasks of one machine (machineId is required), oldest first. The machine must be active and
    verified.

    ``GET /tasks`` · auth: platform (``x-api-key`` when the client has one) · paginated · idempotent: retried on
    transient failures.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        machine_id: The machine whose tasks to list (required).
        limit: Page size (server default 100). ``None`` leaves it out.
        cursor: Opaque cursor from the previous page's nextCursor. ``None`` leaves it out.

    Returns:
        A page: ``.items`` (a tuple of ``Task``) and ``.next_cursor`` (``None`` on the last page). Decoded
        strictly: a body that does not match raises ``INVALID_RESPONSE_SHAPE``.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED
            (409), AUTH_REQUIRED (401), AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): The route itself (the docs name the
        method only): GET /tasks?machineId=..., paginated and gated as the order list, platform auth as the other
        reads.
    """
    result: ListResponse[Task] = _transport(client).call(
        _ops.LIST_TASKS, query={"machineId": machine_id, "limit": limit, "cursor": cursor}
    )
    return result


def list_tasks_all(client: PeaqosClient, *, machine_id: str, limit: int | None = None) -> Iterator[Task]:
    """Every Task across all pages of ``list_tasks``, fetched lazily page by page.

    Args:
        client: The ``PeaqosClient`` to call through.
        machine_id: The machine whose tasks to list (required).
        limit: Page size for each request (1..500; ``None`` uses the server's default).

    Returns:
        An iterator over every item; a failing page raises as ``list_tasks`` does.
    """
    validate_list_limit(limit)
    return _iter_pages(lambda cursor: list_tasks(client, machine_id=machine_id, limit=limit, cursor=cursor))


def create_task(client: PeaqosClient, params: CreateTaskRequest, pairing_token: str) -> ItemResponse[Task]:
    """Create a task.

    Records what a machine needs done (a service type and optional criteria and input) under an active pairing,
    with status created. Discover, resolve and execute it next; each step runs on the market (search, order,
    execute) under the same pairing.

    ``POST /tasks`` · auth: agent pairing (``x-agent-pairing-token``) · not idempotent: never re-sent once it may
    have reached the server.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        params: The request body (``CreateTaskRequest``).
        pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
            ``x-agent-pairing-token``; never logged or shown in errors.

    Returns:
        ``.item``: the ``Task``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), AGENT_PAIRING_REQUIRED (403), AGENT_PAIRING_INACTIVE (403),
            MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED (409), AGENT_AUTH_REQUIRED (401), AGENT_AUTH_INVALID
            (401), AGENT_AUTH_EXPIRED (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): The route itself (the docs name the
        method and the discover -> resolve -> execute lifecycle only): POST /tasks, 201, agent-pairing auth as
        every market write. Body: the market search criteria plus machineId, agentPairingId and the operation
        input; the pairing checks are those of order create.
    """
    result: ItemResponse[Task] = _transport(client).call(_ops.CREATE_TASK, body=params, pairing_token=pairing_token)
    return result


def get_task(client: PeaqosClient, task_id: str) -> ItemResponse[Task]:
    """Get a task.

    One task by id, with its quotes, route, run and outcome as far as it has come; NOT_FOUND when there is none.

    ``GET /tasks/{taskId}`` · auth: platform (``x-api-key`` when the client has one) · idempotent: retried on
    transient failures.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        task_id: Task id (the task's id).

    Returns:
        ``.item``: the ``Task``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): The route itself (the docs name the
        method only): GET /tasks/{taskId}, platform auth as the order read; not gated on the machine (a record
        read).
    """
    result: ItemResponse[Task] = _transport(client).call(_ops.GET_TASK, path={"taskId": task_id})
    return result


def discover_task(client: PeaqosClient, task_id: str, pairing_token: str) -> ItemResponse[Task]:
    """Discover providers for a task.

    Runs a market search with the task's criteria and keeps its ranked quotes on the task: status discovered, or
    no_match when nothing fits (discover again after changing policies or catalogue). Allowed until the task is
    resolved (TASK_CLOSED after).

    ``POST /tasks/{taskId}/discover`` · auth: agent pairing (``x-agent-pairing-token``) · not idempotent: never
    re-sent once it may have reached the server.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        task_id: Task id (the task's id).
        pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
            ``x-agent-pairing-token``; never logged or shown in errors.

    Returns:
        ``.item``: the ``Task``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), NOT_FOUND (404), TASK_CLOSED (409), AGENT_PAIRING_INACTIVE (403),
            MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED (409), AGENT_AUTH_REQUIRED (401), AGENT_AUTH_INVALID
            (401), AGENT_AUTH_EXPIRED (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): The route itself: POST
        /tasks/{taskId}/discover with an empty body, 200, agent-pairing auth (the token of the task's pairing;
        another pairing's task is NOT_FOUND). TASK_CLOSED once resolved; the search's own codes
        (MACHINE_NOT_ACTIVE, MACHINE_NOT_ACTIVATED, AGENT_PAIRING_INACTIVE).
    """
    result: ItemResponse[Task] = _transport(client).call(
        _ops.DISCOVER_TASK, path={"taskId": task_id}, pairing_token=pairing_token
    )
    return result


def resolve_task(
    client: PeaqosClient, task_id: str, params: ResolveTaskRequest | None, pairing_token: str
) -> ItemResponse[Task]:
    """Resolve a task to a route.

    Picks a discovered quote (quoteId, or the best one) and orders it: a market order is created under the task's
    pairing with every order-create check (policies, spend limits, quote freshness), and the task records the
    order and its route (status resolved). When the order needs payment, settle it on orderId with the payment
    calls before executing.

    ``POST /tasks/{taskId}/resolve`` · auth: agent pairing (``x-agent-pairing-token``) · not idempotent: never
    re-sent once it may have reached the server.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        task_id: Task id (the task's id).
        params: The request body (``ResolveTaskRequest``). Optional: ``None`` sends an empty JSON object.
        pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
            ``x-agent-pairing-token``; never logged or shown in errors.

    Returns:
        ``.item``: the ``Task``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), NOT_FOUND (404), TASK_CLOSED (409), TASK_NOT_READY (409),
            QUOTE_EXPIRED (410), AGENT_PAIRING_INACTIVE (403), AGENT_POLICY_DENIED (403),
            AGENT_SPEND_LIMIT_EXCEEDED (403), AGENT_DAILY_LIMIT_EXCEEDED (403), MACHINE_NOT_ACTIVE (409),
            MACHINE_NOT_ACTIVATED (409), AGENT_AUTH_REQUIRED (401), AGENT_AUTH_INVALID (401), AGENT_AUTH_EXPIRED
            (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): The route itself: POST
        /tasks/{taskId}/resolve with {quoteId?}, 200, agent-pairing auth. TASK_NOT_READY without a discovered
        quote, TASK_CLOSED once resolved; NOT_FOUND for a quoteId the discovery did not return; the order-create
        codes otherwise.
    """
    result: ItemResponse[Task] = _transport(client).call(
        _ops.RESOLVE_TASK, path={"taskId": task_id}, body=params, pairing_token=pairing_token
    )
    return result


def execute_task(
    client: PeaqosClient, task_id: str, params: ExecuteTaskRequest, pairing_token: str
) -> ItemResponse[Task]:
    """Execute a resolved task.

    Executes the task's order exactly as order execute does and records the Route, Run and Outcome on the task:
    completed (or failed) with run and outcome for a native service, handoff with where to continue for an
    external one. The run is also listed by list_runs. Payment, when the service needs it, must be held first
    (PAYMENT_REQUIRED).

    ``POST /tasks/{taskId}/execute`` · auth: agent pairing (``x-agent-pairing-token``) · not idempotent: never
    re-sent once it may have reached the server.

    Args:
        client: The ``PeaqosClient`` to call through (or ``client.with_options(...)`` for per-call options).
        task_id: Task id (the task's id).
        params: The request body (``ExecuteTaskRequest``).
        pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
            ``x-agent-pairing-token``; never logged or shown in errors.

    Returns:
        ``.item``: the ``Task``. Decoded strictly.

    Raises:
        OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
        OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
            documents: VALIDATION_ERROR (400), NOT_FOUND (404), TASK_CLOSED (409), TASK_NOT_READY (409),
            PAYMENT_REQUIRED (402), EXECUTION_UNSUPPORTED (422), ENDPOINT_UNREACHABLE (502), AGENT_AUTH_REQUIRED
            (401), AGENT_AUTH_INVALID (401), AGENT_AUTH_EXPIRED (401).
        OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

    Note:
        Details chosen where the public facts are silent (they may change): The route itself: POST
        /tasks/{taskId}/execute with {input?, payment?}, 200 for native and handoff alike (the task carries the
        difference), agent-pairing auth. TASK_NOT_READY before resolve, TASK_CLOSED once executed (or when its
        order was executed or closed directly); the order-execute codes otherwise.
    """
    result: ItemResponse[Task] = _transport(client).call(
        _ops.EXECUTE_TASK, path={"taskId": task_id}, body=params, pairing_token=pairing_token
    )
    return result


class Orchestration:
    """``client.orchestration``: every Machine Markets operation as a method."""

    __slots__ = ("_client",)

    def __init__(self, client: PeaqosClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "<Orchestration>"

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        on_retry: OnRetry | None = None,
    ) -> Orchestration:
        """These methods with per-call options on the same connection pool (see ``PeaqosClient.with_options``)."""
        return Orchestration(
            self._client.with_options(
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                extra_headers=extra_headers,
                on_retry=on_retry,
            )
        )

    @property
    def with_raw_response(self) -> OrchestrationWithRawResponse:
        """These methods returning ``RawResponse``: status, headers, request id, retries, elapsed, ``parse()``."""
        return OrchestrationWithRawResponse(self._client._raw_view())

    def get_health(self) -> Health:
        """Liveness probe (also served at the host root).

        Answers {ok: true} while the server is up. Needs no credentials and sends no API key. The documented location
        is the host root; the reference SDK calls it under /api/v1, so both are served.

        ``GET /health`` · auth: none · idempotent: retried on transient failures.

        Returns:
            The ``Health``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: none.
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
        """
        return get_health(self._client)

    def create_machine_identity_challenge(
        self, params: CreateMachineIdentityChallengeRequest
    ) -> ItemResponse[MachineIdentityChallengeResponse]:
        """Request a machine identity challenge.

        Issues a short-lived challenge for a peaqOS machine identity (``did:peaq:0x<address>``, ``did:peaq:<decimal>``
        or ``peaqos:machine:<decimal>``). Sign its message with one of the listed controller keys (EIP-191) and send
        {challengeId, signature} as identityProof when creating or updating the machine. The answer always carries the
        canonical ``did:peaq:<decimal>``.

        ``POST /machine-identity/challenges`` · auth: platform (``x-api-key`` when the client has one) · not
        idempotent: never re-sent once it may have reached the server.

        Args:
            params: The request body (``CreateMachineIdentityChallengeRequest``).

        Returns:
            ``.item``: the ``MachineIdentityChallengeResponse``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), PEAQOS_IDENTITY_UNAVAILABLE (503), AUTH_REQUIRED
                (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): 201 on success (status unstated).
            PEAQOS_IDENTITY_UNAVAILABLE when the identity registry is down (the challenge lists its controllers).
            NOT_FOUND when the identity (in any form) is not registered.

        Example:
            ```python
            from peaq_os_sdk.orchestration import CreateMachineIdentityChallengeRequest

            challenge = client.orchestration.create_machine_identity_challenge(
                CreateMachineIdentityChallengeRequest(identity_ref="did:peaq:42")
            ).item
            # a controller key of identity 42 signs challenge.message (EIP-191) before it expires
            print(challenge.challenge_id, challenge.expires_at)
            ```
        """
        return create_machine_identity_challenge(self._client, params)

    def list_machines(self, *, limit: int | None = None, cursor: str | None = None) -> ListResponse[Machine]:
        """List machines.

        One page of the caller's machines, oldest first. Machines whose identity no longer resolves, unverified drafts
        and archived machines are hidden. Pass nextCursor back unchanged to get the next page.

        ``GET /machines`` · auth: platform (``x-api-key`` when the client has one) · paginated · idempotent: retried
        on transient failures.

        Args:
            limit: Page size (server default 100). ``None`` leaves it out.
            cursor: Opaque cursor from the previous page's nextCursor. ``None`` leaves it out.

        Returns:
            A page: ``.items`` (a tuple of ``Machine``) and ``.next_cursor`` (``None`` on the last page). Decoded
            strictly: a body that does not match raises ``INVALID_RESPONSE_SHAPE``.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Example:
            ```python
            page = client.orchestration.list_machines(limit=20)
            for m in page.items:
                print(m.id, m.display_name, m.status)
            if page.next_cursor:  # more pages: pass the cursor back, or iterate them all lazily
                page = client.orchestration.list_machines(limit=20, cursor=page.next_cursor)
            every_id = [m.id for m in client.orchestration.list_machines_all()]
            ```
        """
        return list_machines(self._client, limit=limit, cursor=cursor)

    def list_machines_all(self, *, limit: int | None = None) -> Iterator[Machine]:
        """Every Machine across all pages of ``list_machines``, fetched lazily page by page.

        Args:
            limit: Page size for each request (1..500; ``None`` uses the server's default).

        Returns:
            An iterator over every item; a failing page raises as ``list_machines`` does.
        """
        return list_machines_all(self._client, limit=limit)

    def create_machine(self, params: CreateMachineRequest) -> ItemResponse[RegisteredMachine]:
        """Register a machine.

        Registers a machine bound to a peaqOS identity; the new record is a draft. While identity verification is on
        (the production default) the server needs a signed identity challenge (identityProof) and checks it against
        the identity registry; the SDK always requires one. An identity already registered (in any form) answers
        MACHINE_IDENTITY_EXISTS.

        ``POST /machines`` · auth: platform (``x-api-key`` when the client has one) · not idempotent: never re-sent
        once it may have reached the server.

        Args:
            params: The request body (``CreateMachineRequest``).

        Returns:
            ``.item``: the ``RegisteredMachine``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), MACHINE_IDENTITY_PROOF_REQUIRED (400),
                MACHINE_IDENTITY_PROOF_INVALID (403), MACHINE_IDENTITY_PROOF_EXPIRED (410), MACHINE_IDENTITY_EXISTS
                (409), PEAQOS_IDENTITY_UNAVAILABLE (503), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): 201 on success (status unstated).
            identityRef is required even with identity verification off (the create response always carries it).

        Example:
            ```python
            from peaq_os_sdk.orchestration import CreateMachineRequest, signing

            machine = client.orchestration.create_machine(
                CreateMachineRequest(
                    identity_ref="did:peaq:42",
                    # challenge: see create_machine_identity_challenge
                    identity_proof=signing.sign_identity_challenge(challenge, CONTROLLER_KEY),
                    display_name="Rover 7",
                    owner_id="owner-1",
                    machine_type="robot",
                    runtime_profile="linux-arm64",
                )
            ).item
            print(machine.id, machine.status, machine.identity_ref)  # activate it with update_machine before pairing
            ```
        """
        return create_machine(self._client, params)

    def get_machine(self, machine_id: str) -> ItemResponse[Machine]:
        """Get a machine.

        One machine by id. Every read re-checks the stored identity proof against the registry: a machine that no
        longer resolves answers MACHINE_NOT_ACTIVATED.

        ``GET /machines/{machineId}`` · auth: platform (``x-api-key`` when the client has one) · idempotent: retried
        on transient failures.

        Args:
            machine_id: Server-assigned machine id (mach_...).

        Returns:
            ``.item``: the ``Machine``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: NOT_FOUND (404), MACHINE_NOT_ACTIVATED (409), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Example:
            ```python
            machine = client.orchestration.get_machine(machine.id).item
            print(machine.display_name, machine.status, machine.identity_ref)
            ```
        """
        return get_machine(self._client, machine_id)

    def update_machine(self, machine_id: str, params: UpdateMachineRequest) -> ItemResponse[Machine]:
        """Update or activate a machine.

        Changes only the fields sent. Sending status active activates the orchestration record (not the on-chain
        machine); without a fresh identityProof the proof stored at registration is reused. identityRef can be set
        once and never changed (MACHINE_IDENTITY_IMMUTABLE). Every update re-verifies the identity proof.

        ``PATCH /machines/{machineId}`` · auth: platform (``x-api-key`` when the client has one) · not idempotent:
        never re-sent once it may have reached the server.

        Args:
            machine_id: Server-assigned machine id (mach_...).
            params: The request body (``UpdateMachineRequest``).

        Returns:
            ``.item``: the ``Machine``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), MACHINE_IDENTITY_IMMUTABLE (409),
                MACHINE_NOT_ACTIVATED (409), MACHINE_IDENTITY_PROOF_REQUIRED (400), MACHINE_IDENTITY_PROOF_INVALID
                (403), MACHINE_IDENTITY_PROOF_EXPIRED (410), PEAQOS_IDENTITY_UNAVAILABLE (503), AUTH_REQUIRED (401),
                AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): MACHINE_IDENTITY_PROOF_REQUIRED when a
            PATCH sends identityRef without identityProof for a machine with no verified proof.

        Example:
            ```python
            from peaq_os_sdk.orchestration import UpdateMachineRequest

            # machine: see create_machine
            machine = client.orchestration.update_machine(machine.id, UpdateMachineRequest(status="active")).item
            assert machine.status == "active"
            ```
        """
        return update_machine(self._client, machine_id, params)

    def archive_machine(self, machine_id: str) -> None:
        """Archive a machine.

        Soft-deletes the machine: the record is kept with status archived and hidden from lists. Answers 204 with no
        body.

        ``DELETE /machines/{machineId}`` · auth: platform (``x-api-key`` when the client has one) · idempotent:
        retried on transient failures.

        Args:
            machine_id: Server-assigned machine id (mach_...).

        Returns:
            Nothing (HTTP 204 with no body).

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): The record is kept with status
            archived and hidden from lists (soft delete).
        """
        return archive_machine(self._client, machine_id)

    def list_machine_agents(self, machine_id: str) -> ListResponse[MachineAgent]:
        """List a machine's agents.

        Every machine-side runtime agent enrolled on the machine (not paginated). The machine must be active and
        verified.

        ``GET /machines/{machineId}/agents`` · auth: platform (``x-api-key`` when the client has one) · idempotent:
        retried on transient failures.

        Args:
            machine_id: Server-assigned machine id (mach_...).

        Returns:
            A page: ``.items`` (a tuple of ``MachineAgent``) and ``.next_cursor`` (``None`` on the last page). Decoded
            strictly: a body that does not match raises ``INVALID_RESPONSE_SHAPE``.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED (409), AUTH_REQUIRED
                (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
        """
        return list_machine_agents(self._client, machine_id)

    def enroll_machine_agent(
        self, machine_id: str, params: EnrollMachineAgentRequest | None = None
    ) -> ItemResponse[MachineAgent]:
        """Enroll a machine agent.

        Enrolls a machine-side runtime agent. The answer carries the agent's provisioningToken once: keep it, it
        cannot be fetched again, and the agent sends it as agentToken in its heartbeats. The machine must be active
        and verified.

        ``POST /machines/{machineId}/agents/enrollment`` · auth: platform (``x-api-key`` when the client has one) ·
        not idempotent: never re-sent once it may have reached the server.

        Args:
            machine_id: Server-assigned machine id (mach_...).
            params: The request body (``EnrollMachineAgentRequest``). Optional: ``None`` sends an empty JSON object.

        Returns:
            ``.item``: the ``MachineAgent``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED
                (409), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): 201 on success (status unstated).
        """
        return enroll_machine_agent(self._client, machine_id, params)

    def revoke_machine_agent(self, machine_id: str, agent_id: str) -> None:
        """Revoke a machine agent.

        Revokes the agent: its heartbeats are refused from then on (AGENT_PAIRING_INACTIVE). Answers 204 with no body.

        ``DELETE /machines/{machineId}/agents/{agentId}`` · auth: platform (``x-api-key`` when the client has one) ·
        idempotent: retried on transient failures.

        Args:
            machine_id: Server-assigned machine id (mach_...).
            agent_id: Id of the machine agent.

        Returns:
            Nothing (HTTP 204 with no body).

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED (409), AUTH_REQUIRED
                (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): MACHINE_NOT_ACTIVE /
            MACHINE_NOT_ACTIVATED from the group gate (the group's codes).
        """
        return revoke_machine_agent(self._client, machine_id, agent_id)

    def machine_agent_heartbeat(self, params: MachineAgentHeartbeatRequest) -> MachineAgentHeartbeatResponse:
        """Send a machine agent heartbeat.

        Called by the agent on the machine. Authenticates with the agent token (the body's agentToken, or the
        x-agent-pairing-token or Authorization: Bearer header), never an API key. Marks the agent active, records
        lastSeenAt and upserts each reported endpoint as a runtime endpoint with source agent and a lease of
        leaseTtlSeconds.

        ``POST /machine-agents/heartbeat`` · auth: none · not idempotent: never re-sent once it may have reached the
        server.

        Args:
            params: The request body (``MachineAgentHeartbeatRequest``).

        Returns:
            The ``MachineAgentHeartbeatResponse``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), AGENT_PAIRING_INACTIVE (403), AGENT_AUTH_REQUIRED
                (401), AGENT_AUTH_INVALID (401), AGENT_POLICY_DENIED (403), MACHINE_NOT_ACTIVE (409),
                MACHINE_NOT_ACTIVATED (409).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): 200 on success (status unstated).
            providerKey other than qvac is a VALIDATION_ERROR (schema), not AGENT_POLICY_DENIED. snake_case entry keys
            and explicit nulls are refused with VALIDATION_ERROR naming each field.
        """
        return machine_agent_heartbeat(self._client, params)

    def list_agent_pairings(
        self, machine_id: str, *, limit: int | None = None, cursor: str | None = None
    ) -> ListResponse[AgentPairing]:
        """List a machine's agent pairings.

        One page of the machine's pairings, oldest first, revoked ones included. Views never carry the pairing token.

        ``GET /machines/{machineId}/agent-pairings`` · auth: platform (``x-api-key`` when the client has one) ·
        paginated · idempotent: retried on transient failures.

        Args:
            machine_id: Server-assigned machine id (mach_...).
            limit: Page size (server default 100). ``None`` leaves it out.
            cursor: Opaque cursor from the previous page's nextCursor. ``None`` leaves it out.

        Returns:
            A page: ``.items`` (a tuple of ``AgentPairing``) and ``.next_cursor`` (``None`` on the last page). Decoded
            strictly: a body that does not match raises ``INVALID_RESPONSE_SHAPE``.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
        """
        return list_agent_pairings(self._client, machine_id, limit=limit, cursor=cursor)

    def list_agent_pairings_all(self, machine_id: str, *, limit: int | None = None) -> Iterator[AgentPairing]:
        """Every AgentPairing across all pages of ``list_agent_pairings``, fetched lazily page by page.

        Args:
            machine_id: Server-assigned machine id (mach_...).
            limit: Page size for each request (1..500; ``None`` uses the server's default).

        Returns:
            An iterator over every item; a failing page raises as ``list_agent_pairings`` does.
        """
        return list_agent_pairings_all(self._client, machine_id, limit=limit)

    def create_agent_pairing(
        self, machine_id: str, params: CreateAgentPairingRequest
    ) -> ItemResponse[AgentPairingWithToken]:
        """Pair an agent with a machine.

        Pairs an agent wallet with the machine using a signed pairing challenge (agentProof, required while pairing
        verification is on). The answer carries the pairing token once: keep it; it is the x-agent-pairing-token of
        every later search, order and payment call, and cannot be fetched again. The machine must be active and
        verified.

        ``POST /machines/{machineId}/agent-pairings`` · auth: platform (``x-api-key`` when the client has one) · not
        idempotent: never re-sent once it may have reached the server.

        Args:
            machine_id: Server-assigned machine id (mach_...).
            params: The request body (``CreateAgentPairingRequest``).

        Returns:
            ``.item``: the ``AgentPairingWithToken``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), AGENT_PAIRING_PROOF_REQUIRED (400),
                AGENT_PAIRING_PROOF_INVALID (403), AGENT_PAIRING_PROOF_EXPIRED (410), AGENT_PAIRING_UNAVAILABLE (409),
                MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED (409), MACHINE_IDENTITY_PROOF_REQUIRED (400),
                AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): 201 on success (status unstated).
            MACHINE_NOT_ACTIVATED from the group gate (stated for the group, not for this route).

        Example:
            ```python
            from peaq_os_sdk.orchestration import CreateAgentPairingRequest, DelegationPolicy, signing

            pairing = client.orchestration.create_agent_pairing(
                machine.id,
                CreateAgentPairingRequest(
                    agent_address=agent.agent_address,
                    agent_provider=agent.agent_provider,
                    agent_role=agent.agent_role,
                    # agent and pairing_challenge: see create_agent_pairing_challenge
                    agent_proof=signing.sign_pairing_challenge(pairing_challenge, AGENT_KEY),
                    delegation_policy=DelegationPolicy(per_transaction_limit=1.0, daily_spend_limit=5.0, currency="USD"),
                ),
            ).item
            token = pairing.pairing_token  # returned once: keep it; repr(pairing) shows '[REDACTED]'
            ```
        """
        return create_agent_pairing(self._client, machine_id, params)

    def create_agent_pairing_challenge(
        self, machine_id: str, params: CreateAgentPairingChallengeRequest
    ) -> ItemResponse[AgentPairingChallengeResponse]:
        """Request an agent pairing challenge.

        Issues a short-lived challenge for an agent wallet. Sign its message with the agentAddress key (EIP-191) and
        send {challengeId, signature} as agentProof to pair or to rotate a session. The agent fields must match on the
        later call.

        ``POST /machines/{machineId}/agent-pairings/challenges`` · auth: platform (``x-api-key`` when the client has
        one) · not idempotent: never re-sent once it may have reached the server.

        Args:
            machine_id: Server-assigned machine id (mach_...).
            params: The request body (``CreateAgentPairingChallengeRequest``).

        Returns:
            ``.item``: the ``AgentPairingChallengeResponse``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED
                (409), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): 201 on success (status unstated).
            MACHINE_NOT_ACTIVE / MACHINE_NOT_ACTIVATED: a challenge is only issued for a pairable machine.

        Example:
            ```python
            from peaq_os_sdk.orchestration import CreateAgentPairingChallengeRequest, signing

            agent = CreateAgentPairingChallengeRequest(
                agent_address=signing.address_of(AGENT_KEY), agent_provider="anthropic", agent_role="buyer"
            )
            pairing_challenge = client.orchestration.create_agent_pairing_challenge(machine.id, agent).item
            print(pairing_challenge.expires_at)  # the agent signs pairing_challenge.message with its own key
            ```
        """
        return create_agent_pairing_challenge(self._client, machine_id, params)

    def update_agent_pairing(
        self, machine_id: str, pairing_id: str, params: UpdateAgentPairingRequest
    ) -> ItemResponse[AgentPairing]:
        """Update an agent pairing.

        Changes only the fields sent (provider and role labels, description, status, delegation policy). A new
        delegation policy makes the current token stale: rotate the session afterwards. The answer carries no token.

        ``PATCH /machines/{machineId}/agent-pairings/{pairingId}`` · auth: platform (``x-api-key`` when the client has
        one) · not idempotent: never re-sent once it may have reached the server.

        Args:
            machine_id: Server-assigned machine id (mach_...).
            pairing_id: Pairing id (the pairing's id).
            params: The request body (``UpdateAgentPairingRequest``).

        Returns:
            ``.item``: the ``AgentPairing``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
        """
        return update_agent_pairing(self._client, machine_id, pairing_id, params)

    def revoke_agent_pairing(self, machine_id: str, pairing_id: str) -> None:
        """Revoke an agent pairing.

        Revokes the pairing: its token stops working. The record stays listed with status revoked. Answers 204 with no
        body.

        ``DELETE /machines/{machineId}/agent-pairings/{pairingId}`` · auth: platform (``x-api-key`` when the client
        has one) · idempotent: retried on transient failures.

        Args:
            machine_id: Server-assigned machine id (mach_...).
            pairing_id: Pairing id (the pairing's id).

        Returns:
            Nothing (HTTP 204 with no body).

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): The pairing stays listed with status
            revoked.
        """
        return revoke_agent_pairing(self._client, machine_id, pairing_id)

    def create_agent_pairing_session(
        self, machine_id: str, pairing_id: str, params: CreateAgentPairingSessionRequest
    ) -> ItemResponse[AgentPairingWithToken]:
        """Rotate an agent pairing session.

        Issues a fresh pairing token for an active pairing from a newly signed pairing challenge (requested with the
        pairing's own agent fields). The new token replaces the previous one and is returned once.

        ``POST /machines/{machineId}/agent-pairings/{pairingId}/sessions`` · auth: platform (``x-api-key`` when the
        client has one) · not idempotent: never re-sent once it may have reached the server.

        Args:
            machine_id: Server-assigned machine id (mach_...).
            pairing_id: Pairing id (the pairing's id).
            params: The request body (``CreateAgentPairingSessionRequest``).

        Returns:
            ``.item``: the ``AgentPairingWithToken``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), AGENT_PAIRING_PROOF_INVALID (403),
                AGENT_PAIRING_PROOF_EXPIRED (410), AGENT_PAIRING_INACTIVE (403), AUTH_REQUIRED (401), AUTH_INVALID
                (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): 201 on success (status unstated).
            AGENT_PAIRING_INACTIVE for a paused or revoked pairing (sessions are stated for active pairings only).

        Example:
            ```python
            from peaq_os_sdk.orchestration import CreateAgentPairingSessionRequest, signing

            # agent: see create_agent_pairing_challenge; pairing: create_agent_pairing
            fresh = client.orchestration.create_agent_pairing_challenge(machine.id, agent).item  # one challenge per proof
            session = client.orchestration.create_agent_pairing_session(
                machine.id,
                pairing.id,
                CreateAgentPairingSessionRequest(agent_proof=signing.sign_pairing_challenge(fresh, AGENT_KEY)),
            ).item
            token = session.pairing_token  # the new session token replaces the old one
            ```
        """
        return create_agent_pairing_session(self._client, machine_id, pairing_id, params)

    def list_runtime_endpoints(
        self, machine_id: str, *, limit: int | None = None, cursor: str | None = None
    ) -> ListResponse[RuntimeEndpoint]:
        """List a machine's runtime endpoints.

        One page of the machine's runtime endpoints (manual and agent-reported), oldest first. Credentials are never
        echoed. The machine must be active and verified.

        ``GET /machines/{machineId}/runtime-endpoints`` · auth: platform (``x-api-key`` when the client has one) ·
        paginated · idempotent: retried on transient failures.

        Args:
            machine_id: Server-assigned machine id (mach_...).
            limit: Page size (server default 100). ``None`` leaves it out.
            cursor: Opaque cursor from the previous page's nextCursor. ``None`` leaves it out.

        Returns:
            A page: ``.items`` (a tuple of ``RuntimeEndpoint``) and ``.next_cursor`` (``None`` on the last page).
            Decoded strictly: a body that does not match raises ``INVALID_RESPONSE_SHAPE``.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED
                (409), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
        """
        return list_runtime_endpoints(self._client, machine_id, limit=limit, cursor=cursor)

    def list_runtime_endpoints_all(self, machine_id: str, *, limit: int | None = None) -> Iterator[RuntimeEndpoint]:
        """Every RuntimeEndpoint across all pages of ``list_runtime_endpoints``, fetched lazily page by page.

        Args:
            machine_id: Server-assigned machine id (mach_...).
            limit: Page size for each request (1..500; ``None`` uses the server's default).

        Returns:
            An iterator over every item; a failing page raises as ``list_runtime_endpoints`` does.
        """
        return list_runtime_endpoints_all(self._client, machine_id, limit=limit)

    def get_runtime_endpoint(self, machine_id: str, provider_key: str) -> ItemResponse[RuntimeEndpoint]:
        """Get a runtime endpoint.

        The machine's runtime endpoint for one provider key (matched lower-cased). The machine must be active and
        verified.

        ``GET /machines/{machineId}/runtime-endpoints/{providerKey}`` · auth: platform (``x-api-key`` when the client
        has one) · idempotent: retried on transient failures.

        Args:
            machine_id: Server-assigned machine id (mach_...).
            provider_key: Provider key of the endpoint (e.g. qvac); the server lower-cases it.

        Returns:
            ``.item``: the ``RuntimeEndpoint``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED (409), AUTH_REQUIRED
                (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
        """
        return get_runtime_endpoint(self._client, machine_id, provider_key)

    def upsert_runtime_endpoint(
        self, machine_id: str, provider_key: str, params: UpsertRuntimeEndpointRequest
    ) -> ItemResponse[RuntimeEndpoint]:
        """Create or replace a runtime endpoint.

        Stores the machine's manual runtime endpoint for a provider key: 201 when created, 200 when replaced (stated).
        The server lower-cases the key, forces source manual and keeps only scheme and host[:port] of endpointBaseUrl
        (an http(s) URL); label defaults to "``<PROVIDERKEY>`` runtime" and probePath to /v1/models for qvac, /health
        otherwise. The machine must be active and verified.

        ``PUT /machines/{machineId}/runtime-endpoints/{providerKey}`` · auth: platform (``x-api-key`` when the client
        has one) · idempotent: retried on transient failures.

        Args:
            machine_id: Server-assigned machine id (mach_...).
            provider_key: Provider key of the endpoint (e.g. qvac); the server lower-cases it.
            params: The request body (``UpsertRuntimeEndpointRequest``).

        Returns:
            ``.item``: the ``RuntimeEndpoint``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED
                (409), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
        """
        return upsert_runtime_endpoint(self._client, machine_id, provider_key, params)

    def delete_runtime_endpoint(self, machine_id: str, provider_key: str) -> None:
        """Delete a runtime endpoint.

        Removes the machine's runtime endpoint for a provider key. Answers 204 with no body.

        ``DELETE /machines/{machineId}/runtime-endpoints/{providerKey}`` · auth: platform (``x-api-key`` when the
        client has one) · idempotent: retried on transient failures.

        Args:
            machine_id: Server-assigned machine id (mach_...).
            provider_key: Provider key of the endpoint (e.g. qvac); the server lower-cases it.

        Returns:
            Nothing (HTTP 204 with no body).

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED (409), AUTH_REQUIRED
                (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
        """
        return delete_runtime_endpoint(self._client, machine_id, provider_key)

    def list_skills(
        self, options: ListSkillsOptions | None = None, *, limit: int | None = None, cursor: str | None = None
    ) -> ListResponse[SkillSummary]:
        """List skills.

        One page of the skill registry, optionally filtered by scope, direction and source.

        ``GET /skills`` · auth: platform (``x-api-key`` when the client has one) · paginated · idempotent: retried on
        transient failures.

        Args:
            options: Query filters (``ListSkillsOptions``); ``None`` sends none.
            limit: Page size (server default 100). ``None`` leaves it out.
            cursor: Opaque cursor from the previous page's nextCursor. ``None`` leaves it out.

        Returns:
            A page: ``.items`` (a tuple of ``SkillSummary``) and ``.next_cursor`` (``None`` on the last page). Decoded
            strictly: a body that does not match raises ``INVALID_RESPONSE_SHAPE``.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
        """
        return list_skills(self._client, options, limit=limit, cursor=cursor)

    def list_skills_all(
        self, options: ListSkillsOptions | None = None, *, limit: int | None = None
    ) -> Iterator[SkillSummary]:
        """Every SkillSummary across all pages of ``list_skills``, fetched lazily page by page.

        Args:
            options: Query filters (``ListSkillsOptions``); ``None`` sends none.
            limit: Page size for each request (1..500; ``None`` uses the server's default).

        Returns:
            An iterator over every item; a failing page raises as ``list_skills`` does.
        """
        return list_skills_all(self._client, options, limit=limit)

    def get_skill(self, skill_key: str) -> ItemResponse[SkillSummary]:
        """Get a skill.

        One skill from the registry by key.

        ``GET /skills/{skillKey}`` · auth: platform (``x-api-key`` when the client has one) · idempotent: retried on
        transient failures.

        Args:
            skill_key: Skill key (e.g. oracle.price-feed).

        Returns:
            ``.item``: the ``SkillSummary``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
        """
        return get_skill(self._client, skill_key)

    def get_skill_manifest(self, skill_key: str) -> ItemResponse[SkillManifest]:
        """Get a skill manifest.

        The inputs and outputs of a skill.

        ``GET /skills/{skillKey}/manifest`` · auth: platform (``x-api-key`` when the client has one) · idempotent:
        retried on transient failures.

        Args:
            skill_key: Skill key (e.g. oracle.price-feed).

        Returns:
            ``.item``: the ``SkillManifest``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
        """
        return get_skill_manifest(self._client, skill_key)

    def update_skill_config(
        self, skill_key: str, params: UpdateSkillConfigRequest
    ) -> ItemResponse[SkillConfigResponse]:
        """Configure a skill.

        Turns a skill on or off and stores its settings and credentials; only the fields sent change. Credentials are
        never echoed (the answer shows hasCredentials).

        ``PATCH /skills/{skillKey}/config`` · auth: platform (``x-api-key`` when the client has one) · not idempotent:
        never re-sent once it may have reached the server.

        Args:
            skill_key: Skill key (e.g. oracle.price-feed).
            params: The request body (``UpdateSkillConfigRequest``).

        Returns:
            ``.item``: the ``SkillConfigResponse``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
        """
        return update_skill_config(self._client, skill_key, params)

    def list_market_services(
        self, options: ListMarketServicesOptions | None = None, *, limit: int | None = None, cursor: str | None = None
    ) -> ListResponse[MarketService]:
        """List market services.

        One page of the service catalogue, optionally filtered. With a pairing token and a machineId the catalogue is
        the machine's private view (it may add machine-scoped services); the token travels only as a header.

        ``GET /market/services`` · auth: platform (``x-api-key`` when the client has one) · paginated · idempotent:
        retried on transient failures.

        Args:
            options: Query filters (``ListMarketServicesOptions``); ``None`` sends none.
            limit: Page size (server default 100). ``None`` leaves it out.
            cursor: Opaque cursor from the previous page's nextCursor. ``None`` leaves it out.

        Returns:
            A page: ``.items`` (a tuple of ``MarketService``) and ``.next_cursor`` (``None`` on the last page).
            Decoded strictly: a body that does not match raises ``INVALID_RESPONSE_SHAPE``.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401),
                AGENT_AUTH_INVALID (401), AGENT_AUTH_EXPIRED (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
        """
        return list_market_services(self._client, options, limit=limit, cursor=cursor)

    def list_market_services_all(
        self, options: ListMarketServicesOptions | None = None, *, limit: int | None = None
    ) -> Iterator[MarketService]:
        """Every MarketService across all pages of ``list_market_services``, fetched lazily page by page.

        Args:
            options: Query filters (``ListMarketServicesOptions``); ``None`` sends none.
            limit: Page size for each request (1..500; ``None`` uses the server's default).

        Returns:
            An iterator over every item; a failing page raises as ``list_market_services`` does.
        """
        return list_market_services_all(self._client, options, limit=limit)

    def get_market_service(
        self, service_id: str, options: GetMarketServiceOptions | None = None
    ) -> ItemResponse[MarketService]:
        """Get a market service.

        One catalogue service by id, optionally scoped to a machine.

        ``GET /market/services/{serviceId}`` · auth: platform (``x-api-key`` when the client has one) · idempotent:
        retried on transient failures.

        Args:
            service_id: Id of the catalogue service.
            options: Query filters (``GetMarketServiceOptions``); ``None`` sends none.

        Returns:
            ``.item``: the ``MarketService``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401), AGENT_AUTH_INVALID (401),
                AGENT_AUTH_EXPIRED (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
        """
        return get_market_service(self._client, service_id, options)

    def search_market(self, params: MarketSearchRequest, pairing_token: str) -> ItemResponse[MarketSearch]:
        """Search the market.

        Turns a task into ranked quotes from the catalogue. Needs the pairing token while
        PEAQOS_REQUIRE_AGENT_PAIRING_AUTH=true (the production default), an active machine and an active pairing. A
        search never changes after it is made; quotes expire at their expiresAt.

        ``POST /market/search`` · auth: agent pairing (``x-agent-pairing-token``) · not idempotent: never re-sent once
        it may have reached the server.

        Args:
            params: The request body (``MarketSearchRequest``).
            pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
                ``x-agent-pairing-token``; never logged or shown in errors.

        Returns:
            ``.item``: the ``MarketSearch``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), AGENT_AUTH_REQUIRED (401), AGENT_AUTH_INVALID
                (401), AGENT_AUTH_EXPIRED (401), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED (409),
                AGENT_PAIRING_INACTIVE (403).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): 201 on success (status unstated).
            machineId (or the token's machine) and serviceType are needed; VALIDATION_ERROR without them.
            MACHINE_NOT_ACTIVATED and AGENT_PAIRING_INACTIVE for the stated preconditions (codes unstated).

        Example:
            ```python
            from peaq_os_sdk.orchestration import MarketSearchRequest

            # token: the pairing token (create_agent_pairing or create_agent_pairing_session)
            search = client.orchestration.search_market(
                MarketSearchRequest(
                    machine_id=machine.id,
                    service_type="defi",
                    operation="get-latest-price",
                    required_capabilities=["sub-second"],
                    require_native_execution=True,
                ),
                token,
            ).item
            quote = search.quotes[0]
            print(quote.service_id, quote.pricing.amount, quote.pricing.currency, quote.expires_at)
            ```
        """
        return search_market(self._client, params, pairing_token)

    def get_market_search(self, search_id: str) -> ItemResponse[MarketSearch]:
        """Get a market search.

        A past search and its quotes by id.

        ``GET /market/searches/{searchId}`` · auth: platform (``x-api-key`` when the client has one) · idempotent:
        retried on transient failures.

        Args:
            search_id: Id of the market search.

        Returns:
            ``.item``: the ``MarketSearch``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
        """
        return get_market_search(self._client, search_id)

    def list_market_orders(
        self, *, machine_id: str, limit: int | None = None, cursor: str | None = None
    ) -> ListResponse[MarketOrder]:
        """List a machine's orders.

        One page of the orders of one machine (machineId is required), oldest first. The machine must be active and
        verified.

        ``GET /market/orders`` · auth: platform (``x-api-key`` when the client has one) · paginated · idempotent:
        retried on transient failures.

        Args:
            machine_id: The machine whose orders to list (required).
            limit: Page size (server default 100). ``None`` leaves it out.
            cursor: Opaque cursor from the previous page's nextCursor. ``None`` leaves it out.

        Returns:
            A page: ``.items`` (a tuple of ``MarketOrder``) and ``.next_cursor`` (``None`` on the last page). Decoded
            strictly: a body that does not match raises ``INVALID_RESPONSE_SHAPE``.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED
                (409), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
        """
        return list_market_orders(self._client, machine_id=machine_id, limit=limit, cursor=cursor)

    def list_market_orders_all(self, *, machine_id: str, limit: int | None = None) -> Iterator[MarketOrder]:
        """Every MarketOrder across all pages of ``list_market_orders``, fetched lazily page by page.

        Args:
            machine_id: The machine whose orders to list (required).
            limit: Page size for each request (1..500; ``None`` uses the server's default).

        Returns:
            An iterator over every item; a failing page raises as ``list_market_orders`` does.
        """
        return list_market_orders_all(self._client, machine_id=machine_id, limit=limit)

    def create_market_order(self, params: CreateMarketOrderRequest, pairing_token: str) -> ItemResponse[MarketOrder]:
        """Create a market order.

        Locks a catalogue service (usually a quote from a search) into an order with status created; the service's
        recommended rail is copied into order.payment. The server checks the active pairing, the delegation policy and
        its spend limits, quote freshness and the machine's state.

        ``POST /market/orders`` · auth: agent pairing (``x-agent-pairing-token``) · not idempotent: never re-sent once
        it may have reached the server.

        Args:
            params: The request body (``CreateMarketOrderRequest``).
            pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
                ``x-agent-pairing-token``; never logged or shown in errors.

        Returns:
            ``.item``: the ``MarketOrder``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), QUOTE_EXPIRED (410), AGENT_PAIRING_REQUIRED (403),
                AGENT_PAIRING_INACTIVE (403), AGENT_POLICY_DENIED (403), AGENT_SPEND_LIMIT_EXCEEDED (403),
                AGENT_DAILY_LIMIT_EXCEEDED (403), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED (409),
                AGENT_AUTH_REQUIRED (401), AGENT_AUTH_INVALID (401), AGENT_AUTH_EXPIRED (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): 201 on success (status unstated).

        Example:
            ```python
            from peaq_os_sdk.orchestration import CreateMarketOrderRequest

            order = client.orchestration.create_market_order(
                CreateMarketOrderRequest(
                    machine_id=machine.id,
                    agent_pairing_id=pairing.id,
                    service_id=quote.service_id,
                    search_id=search.id,
                    quote_id=quote.id,  # search and quote: see search_market; order before the quote expires
                    input={"pair": "PEAQ/USD"},
                ),
                token,
            ).item
            print(order.id, order.status)  # created
            ```
        """
        return create_market_order(self._client, params, pairing_token)

    def get_market_order(self, order_id: str) -> ItemResponse[MarketOrder]:
        """Get a market order.

        One order by id. Callable with the platform key or with the pairing token (the owner's view).

        ``GET /market/orders/{orderId}`` · auth: platform (``x-api-key`` when the client has one) · idempotent:
        retried on transient failures.

        Args:
            order_id: Order id (the order's id).

        Returns:
            ``.item``: the ``MarketOrder``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401), AGENT_AUTH_INVALID (401),
                AGENT_AUTH_EXPIRED (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Example:
            ```python
            order = client.orchestration.get_market_order(order.id).item
            print(order.status, order.payment.default_rail)
            ```
        """
        return get_market_order(self._client, order_id)

    def execute_market_order(
        self, order_id: str, params: ExecuteMarketOrderRequest, pairing_token: str
    ) -> ExecuteMarketOrderResponse:
        """Execute a market order.

        Runs a ready order. A native service answers 200 with the run and outcome (an outcome may still be failed:
        inspect it); an external-handoff service answers 202 with where to continue. When payment is required it must
        be settled first (PAYMENT_REQUIRED); for x402 the recorded payment signature is replayed to the provider.

        ``POST /market/orders/{orderId}/execute`` · auth: agent pairing (``x-agent-pairing-token``) · not idempotent:
        never re-sent once it may have reached the server.

        Args:
            order_id: Order id (the order's id).
            params: The request body (``ExecuteMarketOrderRequest``).
            pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
                ``x-agent-pairing-token``; never logged or shown in errors.

        Returns:
            The ``ExecuteMarketOrderResponse``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), EXECUTION_UNSUPPORTED (422), PAYMENT_REQUIRED
                (402), ORDER_CLOSED (409), ENDPOINT_UNREACHABLE (502), AGENT_AUTH_REQUIRED (401), AGENT_AUTH_INVALID
                (401), AGENT_AUTH_EXPIRED (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): ENDPOINT_UNREACHABLE (502) when the
            machine's runtime endpoint is missing or its lease expired. An x402 signature different from the recorded
            proof is refused with PAYMENT_REQUIRED.

        Example:
            ```python
            from peaq_os_sdk.orchestration import ExecuteMarketOrderRequest

            # once the payment is held (submit_payment_proof)
            run = client.orchestration.execute_market_order(order.id, ExecuteMarketOrderRequest(), token)
            if run.execution.status_code == 200:  # a native service answers with its outcome
                print(run.execution.outcome.result)
            else:  # 202: an external service continues at the handoff URL
                print(run.execution.handoff.url)
            ```
        """
        return execute_market_order(self._client, order_id, params, pairing_token)

    def confirm_market_order(self, order_id: str, pairing_token: str) -> ConfirmMarketOrderResponse:
        """Confirm a delivered order.

        Accepts the delivery of a delivered order (ORDER_NOT_DELIVERED otherwise); the order becomes confirmed and a
        held payment becomes release_pending. For x402 this settles the payment.

        ``POST /market/orders/{orderId}/confirm`` · auth: agent pairing (``x-agent-pairing-token``) · not idempotent:
        never re-sent once it may have reached the server.

        Args:
            order_id: Order id (the order's id).
            pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
                ``x-agent-pairing-token``; never logged or shown in errors.

        Returns:
            The ``ConfirmMarketOrderResponse``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), ORDER_CLOSED (409), ORDER_NOT_DELIVERED (409),
                AGENT_AUTH_REQUIRED (401), AGENT_AUTH_INVALID (401), AGENT_AUTH_EXPIRED (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): 200 on success (status unstated); an
            x402 payment is settled here.

        Example:
            ```python
            # once execute_market_order has delivered
            confirmed = client.orchestration.confirm_market_order(order.id, token)
            print(confirmed.order.status)  # confirmed
            if confirmed.payment is not None:  # a paid rail: the payment awaits release
                print(confirmed.payment.status)  # release_pending
            ```
        """
        return confirm_market_order(self._client, order_id, pairing_token)

    def dispute_market_order(
        self, order_id: str, params: DisputeMarketOrderRequest, pairing_token: str
    ) -> DisputeMarketOrderResponse:
        """Dispute a market order.

        Opens a dispute with a reason and optional evidence; the order becomes disputed and its payment frozen until
        the dispute is resolved.

        ``POST /market/orders/{orderId}/dispute`` · auth: agent pairing (``x-agent-pairing-token``) · not idempotent:
        never re-sent once it may have reached the server.

        Args:
            order_id: Order id (the order's id).
            params: The request body (``DisputeMarketOrderRequest``).
            pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
                ``x-agent-pairing-token``; never logged or shown in errors.

        Returns:
            The ``DisputeMarketOrderResponse``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), ORDER_CLOSED (409), AGENT_AUTH_REQUIRED (401),
                AGENT_AUTH_INVALID (401), AGENT_AUTH_EXPIRED (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): 200 on success (status unstated).
        """
        return dispute_market_order(self._client, order_id, params, pairing_token)

    def cancel_market_order(
        self, order_id: str, params: CancelMarketOrderRequest | None, pairing_token: str
    ) -> CancelMarketOrderResponse:
        """Cancel a market order.

        Cancels an order that has not started executing (created, payment_pending or ready); the order becomes
        cancelled and a payment intent or held payment is refunded (payment refunded). Once execution has started
        (executing, delivered, confirmed, disputed, failed, handoff) or after a cancellation the order is closed to
        cancelling (ORDER_CLOSED). The body is optional; its reason is kept in the order's cancelled event.

        ``POST /market/orders/{orderId}/cancel`` · auth: agent pairing (``x-agent-pairing-token``) · not idempotent:
        never re-sent once it may have reached the server.

        Args:
            order_id: Order id (the order's id).
            params: The request body (``CancelMarketOrderRequest``). Optional: ``None`` sends no body.
            pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
                ``x-agent-pairing-token``; never logged or shown in errors.

        Returns:
            The ``CancelMarketOrderResponse``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), ORDER_CLOSED (409), AGENT_AUTH_REQUIRED (401),
                AGENT_AUTH_INVALID (401), AGENT_AUTH_EXPIRED (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): The response (the reference SDK plans
            only the path and the {reason?} body) is ours - the order and its payment, as confirm answers; 200 on
            success. Cancellable statuses are created, payment_pending and ready (before execution); every later
            status answers ORDER_CLOSED (failed included - a failed order is retried or its payment refunded).
            Agent-pairing auth, as every other buyer write on an order (execute, confirm, dispute); another pairing's
            order is NOT_FOUND. A payment in intent_created or held becomes refunded (as a refund would); not_required
            stays.
        """
        return cancel_market_order(self._client, order_id, params, pairing_token)

    def retry_market_order(
        self, order_id: str, params: RetryMarketOrderRequest | None, pairing_token: str
    ) -> ExecuteMarketOrderNativeResponse:
        """Retry a failed market order.

        Re-dispatches the execution of a failed order (failed -> executing -> delivered, or failed again) and answers
        as a native execute does: the order, the new run and its outcome (inspect the outcome). The run is recorded
        with new task, route, run and outcome ids, which the order's execution then carries. A payment that is
        required must still be held (PAYMENT_REQUIRED after a refund). An order that never failed answers
        ORDER_NOT_FAILED; a closed one (confirmed, disputed, cancelled, handoff) ORDER_CLOSED.

        ``POST /market/orders/{orderId}/retry`` · auth: agent pairing (``x-agent-pairing-token``) · not idempotent:
        never re-sent once it may have reached the server.

        Args:
            order_id: Order id (the order's id).
            params: The request body (``RetryMarketOrderRequest``). Optional: ``None`` sends no body.
            pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
                ``x-agent-pairing-token``; never logged or shown in errors.

        Returns:
            The ``ExecuteMarketOrderNativeResponse``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), ORDER_CLOSED (409), ORDER_NOT_FAILED (409),
                PAYMENT_REQUIRED (402), ENDPOINT_UNREACHABLE (502), AGENT_AUTH_REQUIRED (401), AGENT_AUTH_INVALID
                (401), AGENT_AUTH_EXPIRED (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): The response (the reference SDK plans
            only the path and the {reason?} body) is ours - the native execute answer; 200 on success. Only a failed
            order can be retried; ORDER_NOT_FAILED (409, a code of ours) for created, payment_pending, ready,
            executing or delivered; ORDER_CLOSED for confirmed, disputed, cancelled and handoff. PAYMENT_REQUIRED when
            a required payment is no longer held; ENDPOINT_UNREACHABLE as execute. Agent-pairing auth, as execute; not
            idempotent (each retry is a new run).
        """
        return retry_market_order(self._client, order_id, params, pairing_token)

    def list_market_order_events(
        self, order_id: str, *, limit: int | None = None, cursor: str | None = None
    ) -> ListResponse[MarketOrderEvent]:
        """List an order's events.

        The order's history, one event per status change in the order it happened (created, payment_pending, ready,
        executing, delivered, confirmed, disputed, cancelled, failed, handoff; a retry shows as executing after
        failed). Callable with the platform key or with the pairing token (the owner's view).

        ``GET /market/orders/{orderId}/events`` · auth: platform (``x-api-key`` when the client has one) · paginated ·
        idempotent: retried on transient failures.

        Args:
            order_id: Order id (the order's id).
            limit: Page size (server default 100). ``None`` leaves it out.
            cursor: Opaque cursor from the previous page's nextCursor. ``None`` leaves it out.

        Returns:
            A page: ``.items`` (a tuple of ``MarketOrderEvent``) and ``.next_cursor`` (``None`` on the last page).
            Decoded strictly: a body that does not match raises ``INVALID_RESPONSE_SHAPE``.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401),
                AGENT_AUTH_INVALID (401), AGENT_AUTH_EXPIRED (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): The path and the item fields (id,
            orderId, type, payload, createdAt) are the reference SDK's planned types; the envelope, auth and event
            types are ours. The list envelope with cursor pagination (limit, cursor), oldest first, as every list;
            VALIDATION_ERROR for a bad limit or cursor. Auth as get_market_order (platform key, or the owning
            pairing's token); NOT_FOUND for an unknown order. type is the order's new status; payload {status,
            previousStatus, reason?} (reason as the request that caused the change gave it), never a secret.
        """
        return list_market_order_events(self._client, order_id, limit=limit, cursor=cursor)

    def list_market_order_events_all(self, order_id: str, *, limit: int | None = None) -> Iterator[MarketOrderEvent]:
        """Every MarketOrderEvent across all pages of ``list_market_order_events``, fetched lazily page by page.

        Args:
            order_id: Order id (the order's id).
            limit: Page size for each request (1..500; ``None`` uses the server's default).

        Returns:
            An iterator over every item; a failing page raises as ``list_market_order_events`` does.
        """
        return list_market_order_events_all(self._client, order_id, limit=limit)

    def create_payment_intent(
        self, order_id: str, params: CreatePaymentIntentRequest, pairing_token: str
    ) -> ItemResponse[MarketPayment]:
        """Create a payment intent.

        Opens the order's payment record on a rail; idempotent: when one exists it is returned (200) instead of a new
        one (201). On a not-required rail the order goes straight to ready. peaqOS records provider payment state; the
        machine or operator pays the provider.

        ``POST /market/orders/{orderId}/payment-intent`` · auth: agent pairing (``x-agent-pairing-token``) ·
        idempotent: retried on transient failures.

        Args:
            order_id: Order id (the order's id).
            params: The request body (``CreatePaymentIntentRequest``).
            pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
                ``x-agent-pairing-token``; never logged or shown in errors.

        Returns:
            ``.item``: the ``MarketPayment``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), PAYMENT_REQUIRED (402), ORDER_CLOSED (409),
                AGENT_AUTH_REQUIRED (401), AGENT_AUTH_INVALID (401), AGENT_AUTH_EXPIRED (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): 201 when created, 200 when the
            existing record is returned (status unstated).

        Example:
            ```python
            from peaq_os_sdk.orchestration import CreatePaymentIntentRequest, PaymentRailInput

            # order: see create_market_order
            intent = client.orchestration.create_payment_intent(
                order.id,
                CreatePaymentIntentRequest(
                    rail=PaymentRailInput(type="wallet", chain="peaq", token="USDT", payer_address=pairing.agent_address)
                ),
                token,
            ).item
            print(intent.status, intent.amount, intent.currency)  # intent_created: now transfer the amount on chain
            ```
        """
        return create_payment_intent(self._client, order_id, params, pairing_token)

    def get_market_payment(self, order_id: str) -> ItemResponse[MarketPayment | None]:
        """Get an order's payment.

        The order's payment record, or an item of null when the order has none yet.

        ``GET /market/orders/{orderId}/payment`` · auth: platform (``x-api-key`` when the client has one) ·
        idempotent: retried on transient failures.

        Args:
            order_id: Order id (the order's id).

        Returns:
            ``.item``: the ``MarketPayment`` (``None`` when there is none). Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
        """
        return get_market_payment(self._client, order_id)

    def submit_payment_proof(
        self, order_id: str, params: SubmitPaymentProofRequest | SubmitX402PaymentProofRequest, pairing_token: str
    ) -> ItemResponse[MarketPayment]:
        """Submit a payment proof.

        Proves the order was paid. On-chain variant: a transfer (EVM transactionHash or Solana transactionSignature),
        recorded as attested or checked against an EVM RPC receipt and its ERC-20 Transfer log. x402 variant: the
        signed PAYMENT-SIGNATURE value, replayed to the provider at execute. On success the payment is held and the
        order ready; a wallet payment proven by a USDT transfer is then recorded on the wdk-usdt-transfer rail (the
        stated upgrade; that it needs a USDT transfer is our reading of the rail's name), so rail.type can change from
        wallet to wdk-usdt-transfer here.

        ``POST /market/orders/{orderId}/payment-proof`` · auth: agent pairing (``x-agent-pairing-token``) · not
        idempotent: never re-sent once it may have reached the server.

        Args:
            order_id: Order id (the order's id).
            params: The request body (``SubmitPaymentProofRequest`` or ``SubmitX402PaymentProofRequest``).
            pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
                ``x-agent-pairing-token``; never logged or shown in errors.

        Returns:
            ``.item``: the ``MarketPayment``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), ORDER_CLOSED (409), PAYMENT_RPC_REQUIRED (422),
                PAYMENT_RPC_ERROR (502), PAYMENT_NOT_MINED (409), PAYMENT_TX_FAILED (402), PAYMENT_TRANSFER_NOT_FOUND
                (400), AGENT_AUTH_REQUIRED (401), AGENT_AUTH_INVALID (401), AGENT_AUTH_EXPIRED (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): 200 on success (status unstated).
            Exactly one of transactionHash and transactionSignature on an on-chain proof. x402 variant: errors
            unstated; VALIDATION_ERROR when the order's rail is not x402.

        Example:
            ```python
            from peaq_os_sdk.orchestration import SubmitPaymentProofRequest

            # intent: see create_payment_intent
            payment = client.orchestration.submit_payment_proof(
                order.id,
                SubmitPaymentProofRequest(
                    verification_mode="recorded",
                    chain="peaq",
                    token="USDT",
                    payer_address=pairing.agent_address,
                    payee_address=order.payment.payee_address or order.payment.wallet_address or pairing.agent_address,
                    amount=f"{intent.amount:.2f}",  # a decimal string in proofs
                    transaction_hash="0x" + "ab" * 32,  # the hash of the transfer your wallet sent
                ),
                token,
            ).item
            assert payment.status == "held"  # the order is ready to execute
            ```
        """
        return submit_payment_proof(self._client, order_id, params, pairing_token)

    def lock_escrow_payment(
        self, order_id: str, params: LockEscrowPaymentRequest, pairing_token: str
    ) -> ItemResponse[MarketPayment]:
        """Record an escrow lock.

        Records an on-chain escrow lock for the order's payment: the payment becomes held and the order ready. A
        repeat while held changes nothing.

        ``POST /market/orders/{orderId}/payment/escrow-lock`` · auth: agent pairing (``x-agent-pairing-token``) ·
        idempotent: retried on transient failures.

        Args:
            order_id: Order id (the order's id).
            params: The request body (``LockEscrowPaymentRequest``).
            pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
                ``x-agent-pairing-token``; never logged or shown in errors.

        Returns:
            ``.item``: the ``MarketPayment``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), ORDER_CLOSED (409), AGENT_AUTH_REQUIRED (401),
                AGENT_AUTH_INVALID (401), AGENT_AUTH_EXPIRED (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): 200 on success (status unstated).
        """
        return lock_escrow_payment(self._client, order_id, params, pairing_token)

    def release_payment(
        self, order_id: str, params: ReleasePaymentRequest | None, pairing_token: str
    ) -> ItemResponse[MarketPayment]:
        """Release a payment.

        Pays out the held funds of a confirmed order: allowed only from release_pending, ends released. The body is
        optional.

        ``POST /market/orders/{orderId}/payment/release`` · auth: agent pairing (``x-agent-pairing-token``) · not
        idempotent: never re-sent once it may have reached the server.

        Args:
            order_id: Order id (the order's id).
            params: The request body (``ReleasePaymentRequest``). Optional: ``None`` sends no body.
            pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
                ``x-agent-pairing-token``; never logged or shown in errors.

        Returns:
            ``.item``: the ``MarketPayment``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), ORDER_CLOSED (409), AGENT_AUTH_REQUIRED (401),
                AGENT_AUTH_INVALID (401), AGENT_AUTH_EXPIRED (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): 200 on success (status unstated);
            ORDER_CLOSED unless the payment is release_pending.

        Example:
            ```python
            from peaq_os_sdk.orchestration import ReleasePaymentRequest

            # once the order is confirmed (confirm_market_order)
            released = client.orchestration.release_payment(
                order.id, ReleasePaymentRequest(notes="delivered on time"), token
            ).item
            assert released.status == "released"
            ```
        """
        return release_payment(self._client, order_id, params, pairing_token)

    def refund_payment(
        self, order_id: str, params: RefundPaymentRequest | None, pairing_token: str
    ) -> ItemResponse[MarketPayment]:
        """Refund a payment.

        Refunds the order's payment to the payer; ends refunded. The body is optional.

        ``POST /market/orders/{orderId}/payment/refund`` · auth: agent pairing (``x-agent-pairing-token``) · not
        idempotent: never re-sent once it may have reached the server.

        Args:
            order_id: Order id (the order's id).
            params: The request body (``RefundPaymentRequest``). Optional: ``None`` sends no body.
            pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
                ``x-agent-pairing-token``; never logged or shown in errors.

        Returns:
            ``.item``: the ``MarketPayment``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), ORDER_CLOSED (409), AGENT_AUTH_REQUIRED (401),
                AGENT_AUTH_INVALID (401), AGENT_AUTH_EXPIRED (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): 200 on success (status unstated);
            ORDER_CLOSED for a released or refunded payment.
        """
        return refund_payment(self._client, order_id, params, pairing_token)

    def list_policies(self) -> ListResponse[Policy]:
        """List policies.

        Every stored policy, oldest first. Machines name policies in policyIds; search and order creation for such a
        machine honour them.

        ``GET /policies`` · auth: platform (``x-api-key`` when the client has one) · idempotent: retried on transient
        failures.

        Returns:
            A page: ``.items`` (a tuple of ``Policy``) and ``.next_cursor`` (``None`` on the last page). Decoded
            strictly: a body that does not match raises ``INVALID_RESPONSE_SHAPE``.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): Not paginated (the reference SDK sends
            no limit or cursor; the list envelope is stated).
        """
        return list_policies(self._client)

    def create_policy(self, params: CreatePolicyRequest) -> ItemResponse[Policy]:
        """Create a policy.

        Stores a new policy (201). Its rules apply to every machine whose policyIds name it.

        ``POST /policies`` · auth: platform (``x-api-key`` when the client has one) · not idempotent: never re-sent
        once it may have reached the server.

        Args:
            params: The request body (``CreatePolicyRequest``).

        Returns:
            ``.item``: the ``Policy``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): 201 on success (status unstated).
            VALIDATION_ERROR for a body the schema refuses (error codes unstated).
        """
        return create_policy(self._client, params)

    def get_policy(self, policy_id: str) -> ItemResponse[Policy]:
        """Get a policy.

        One policy by id; NOT_FOUND when there is none.

        ``GET /policies/{policyId}`` · auth: platform (``x-api-key`` when the client has one) · idempotent: retried on
        transient failures.

        Args:
            policy_id: Policy id (the policy's id).

        Returns:
            ``.item``: the ``Policy``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): The route itself (the docs list
            get_policy; no source states its path or shape); platform auth as the group. NOT_FOUND for an unknown
            policy id.
        """
        return get_policy(self._client, policy_id)

    def update_policy(self, policy_id: str, params: UpdatePolicyRequest) -> ItemResponse[Policy]:
        """Update a policy.

        Replaces the fields sent (a shallow update) and moves updatedAt forward; the change applies to later searches
        and orders of every machine naming it.

        ``PATCH /policies/{policyId}`` · auth: platform (``x-api-key`` when the client has one) · not idempotent:
        never re-sent once it may have reached the server.

        Args:
            policy_id: Policy id (the policy's id).
            params: The request body (``UpdatePolicyRequest``).

        Returns:
            ``.item``: the ``Policy``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): NOT_FOUND for an unknown policy id;
            VALIDATION_ERROR for a body the schema refuses (error codes unstated). updatedAt strictly increases on
            every update (the policy's version).
        """
        return update_policy(self._client, policy_id, params)

    def list_audit_events(
        self,
        *,
        machine_id: str | None = None,
        resource_type: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
    ) -> ListResponse[AuditEvent]:
        """List audit events.

        The audit trail: one event per state change (machines, agents, pairings and sessions, runtime endpoints,
        policies, searches, orders, payments, runs, graph nodes and edges, tasks), oldest first, filterable by machine
        and resource type. Payloads name what changed, never a secret value.

        ``GET /audit-events`` · auth: platform (``x-api-key`` when the client has one) · paginated · idempotent:
        retried on transient failures.

        Args:
            machine_id: Only events of this machine. ``None`` leaves it out.
            resource_type: Only events about this kind of record (machine, agent, pairing, policy, order, payment, ...). ``None``
                leaves it out.
            limit: Page size (server default 100). ``None`` leaves it out.
            cursor: Opaque cursor from the previous page's nextCursor. ``None`` leaves it out.

        Returns:
            A page: ``.items`` (a tuple of ``AuditEvent``) and ``.next_cursor`` (``None`` on the last page). Decoded
            strictly: a body that does not match raises ``INVALID_RESPONSE_SHAPE``.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): cursor pagination besides limit (the
            reference SDK sends limit only); oldest first as every list. VALIDATION_ERROR for a bad limit or cursor,
            as every list.
        """
        return list_audit_events(
            self._client, machine_id=machine_id, resource_type=resource_type, limit=limit, cursor=cursor
        )

    def list_audit_events_all(
        self, *, machine_id: str | None = None, resource_type: str | None = None, limit: int | None = None
    ) -> Iterator[AuditEvent]:
        """Every AuditEvent across all pages of ``list_audit_events``, fetched lazily page by page.

        Args:
            machine_id: Only events of this machine. ``None`` leaves it out.
            resource_type: Only events about this kind of record (machine, agent, pairing, policy, order, payment, ...).
                ``None`` leaves it out.
            limit: Page size for each request (1..500; ``None`` uses the server's default).

        Returns:
            An iterator over every item; a failing page raises as ``list_audit_events`` does.
        """
        return list_audit_events_all(self._client, machine_id=machine_id, resource_type=resource_type, limit=limit)

    def list_runs(
        self,
        *,
        machine_id: str | None = None,
        order_id: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
    ) -> ListResponse[RunRecord]:
        """List execution runs.

        Every recorded execution run, oldest first, filterable by machine and order. A native execution records one
        run; an external handoff records none.

        ``GET /runs`` · auth: platform (``x-api-key`` when the client has one) · paginated · idempotent: retried on
        transient failures.

        Args:
            machine_id: Only runs executed for this machine. ``None`` leaves it out.
            order_id: Only runs of this order. ``None`` leaves it out.
            limit: Page size (server default 100). ``None`` leaves it out.
            cursor: Opaque cursor from the previous page's nextCursor. ``None`` leaves it out.

        Returns:
            A page: ``.items`` (a tuple of ``RunRecord``) and ``.next_cursor`` (``None`` on the last page). Decoded
            strictly: a body that does not match raises ``INVALID_RESPONSE_SHAPE``.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): The route itself (the docs name Run
            records only); platform auth as the other read routes. Filters machineId and orderId; cursor pagination;
            VALIDATION_ERROR for a bad limit or cursor.
        """
        return list_runs(self._client, machine_id=machine_id, order_id=order_id, limit=limit, cursor=cursor)

    def list_runs_all(
        self, *, machine_id: str | None = None, order_id: str | None = None, limit: int | None = None
    ) -> Iterator[RunRecord]:
        """Every RunRecord across all pages of ``list_runs``, fetched lazily page by page.

        Args:
            machine_id: Only runs executed for this machine. ``None`` leaves it out.
            order_id: Only runs of this order. ``None`` leaves it out.
            limit: Page size for each request (1..500; ``None`` uses the server's default).

        Returns:
            An iterator over every item; a failing page raises as ``list_runs`` does.
        """
        return list_runs_all(self._client, machine_id=machine_id, order_id=order_id, limit=limit)

    def get_run(self, run_id: str) -> ItemResponse[RunRecord]:
        """Get an execution run.

        One run by id, with the order, task and route ids that tie it to its order; NOT_FOUND when there is none.

        ``GET /runs/{runId}`` · auth: platform (``x-api-key`` when the client has one) · idempotent: retried on
        transient failures.

        Args:
            run_id: Run id (as on the order's execution).

        Returns:
            ``.item``: the ``RunRecord``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): The route itself (the docs name Run
            records only); NOT_FOUND for an unknown run id.
        """
        return get_run(self._client, run_id)

    def get_readiness(self) -> Readiness:
        """Readiness probe.

        ready when the server can serve calls; not_ready with a failing check naming the dependency (identity
        registry, payment RPC) otherwise. Served at the host root and under /api/v1.

        ``GET /readiness`` · auth: none · idempotent: retried on transient failures.

        Returns:
            The ``Readiness``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: none.
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): Also served at the host root, as
            /health. The check names (identity-registry, payment-rpc, store) and that a failing check answers 200 with
            status not_ready.
        """
        return get_readiness(self._client)

    def get_machine_graph(self, machine_id: str) -> ItemResponse[MachineGraph]:
        """Get a machine's graph.

        Every node and edge of the machine's graph, each list oldest first. The machine must be active and its
        identity must resolve as activated (MACHINE_NOT_ACTIVE, MACHINE_NOT_ACTIVATED).

        ``GET /machines/{machineId}/graph`` · auth: platform (``x-api-key`` when the client has one) · idempotent:
        retried on transient failures.

        Args:
            machine_id: Server-assigned machine id (mach_...).

        Returns:
            ``.item``: the ``MachineGraph``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED (409), AUTH_REQUIRED
                (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): Path and method are stated; the
            response shape ({item: {machineId, nodes, edges}}) and platform auth are ours. MACHINE_NOT_ACTIVE /
            MACHINE_NOT_ACTIVATED from the group gate; NOT_FOUND for an unknown machine.
        """
        return get_machine_graph(self._client, machine_id)

    def create_graph_node(self, machine_id: str, params: CreateGraphNodeRequest) -> ItemResponse[GraphNode]:
        """Add a node to a machine's graph.

        Stores a node (status draft unless another is sent) in the graph of an active, activated machine.

        ``POST /machines/{machineId}/graph/nodes`` · auth: platform (``x-api-key`` when the client has one) · not
        idempotent: never re-sent once it may have reached the server.

        Args:
            machine_id: Server-assigned machine id (mach_...).
            params: The request body (``CreateGraphNodeRequest``).

        Returns:
            ``.item``: the ``GraphNode``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED
                (409), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): Path and method are stated; the body
            ({label, kind?, status?, data?}), 201 and platform auth are ours. MACHINE_NOT_ACTIVE /
            MACHINE_NOT_ACTIVATED from the group gate; VALIDATION_ERROR for a body the schema refuses.
        """
        return create_graph_node(self._client, machine_id, params)

    def update_graph_node(
        self, machine_id: str, node_id: str, params: UpdateGraphNodeRequest
    ) -> ItemResponse[GraphNode]:
        """Update a graph node.

        Changes only the fields sent; data is shallow-merged (each top-level key sent replaces the stored one, the
        others stay). Status is one of draft, active, blocked, degraded.

        ``PATCH /machines/{machineId}/graph/nodes/{nodeId}`` · auth: platform (``x-api-key`` when the client has one)
        · not idempotent: never re-sent once it may have reached the server.

        Args:
            machine_id: Server-assigned machine id (mach_...).
            node_id: Graph node id (the node's id).
            params: The request body (``UpdateGraphNodeRequest``).

        Returns:
            ``.item``: the ``GraphNode``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED
                (409), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): Stated: every field optional, data
            shallow-merged, statuses draft|active|blocked|degraded. The field names other than data and status, 200
            and platform auth are ours. NOT_FOUND for a node not in this machine's graph; MACHINE_NOT_ACTIVE /
            MACHINE_NOT_ACTIVATED from the group gate.
        """
        return update_graph_node(self._client, machine_id, node_id, params)

    def delete_graph_node(self, machine_id: str, node_id: str) -> None:
        """Remove a graph node.

        Removes the node and every edge that starts or ends at it. Answers 204 with no body.

        ``DELETE /machines/{machineId}/graph/nodes/{nodeId}`` · auth: platform (``x-api-key`` when the client has one)
        · idempotent: retried on transient failures.

        Args:
            machine_id: Server-assigned machine id (mach_...).
            node_id: Graph node id (the node's id).

        Returns:
            Nothing (HTTP 204 with no body).

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED (409), AUTH_REQUIRED
                (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): Stated: DELETE answers 204. That the
            node's edges go with it, and platform auth, are ours. NOT_FOUND for a node not in this machine's graph;
            MACHINE_NOT_ACTIVE / MACHINE_NOT_ACTIVATED from the group gate.
        """
        return delete_graph_node(self._client, machine_id, node_id)

    def create_graph_edge(self, machine_id: str, params: CreateGraphEdgeRequest) -> ItemResponse[GraphEdge]:
        """Connect two nodes of a machine's graph.

        Stores an edge from sourceNodeId to targetNodeId; both must be nodes of this machine's graph (VALIDATION_ERROR
        naming the missing one otherwise). A node may be joined to itself.

        ``POST /machines/{machineId}/graph/edges`` · auth: platform (``x-api-key`` when the client has one) · not
        idempotent: never re-sent once it may have reached the server.

        Args:
            machine_id: Server-assigned machine id (mach_...).
            params: The request body (``CreateGraphEdgeRequest``).

        Returns:
            ``.item``: the ``GraphEdge``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED
                (409), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): Path and method are stated; the body
            ({sourceNodeId, targetNodeId, kind?, status?, data?}), 201 and platform auth are ours. VALIDATION_ERROR
            when an end is not a node of this machine's graph; MACHINE_NOT_ACTIVE / MACHINE_NOT_ACTIVATED from the
            group gate.
        """
        return create_graph_edge(self._client, machine_id, params)

    def update_graph_edge(
        self, machine_id: str, edge_id: str, params: UpdateGraphEdgeRequest
    ) -> ItemResponse[GraphEdge]:
        """Update a graph edge.

        Changes only the fields sent (its ends never change); data is shallow-merged as on nodes. Status is one of
        draft, active, blocked, degraded.

        ``PATCH /machines/{machineId}/graph/edges/{edgeId}`` · auth: platform (``x-api-key`` when the client has one)
        · not idempotent: never re-sent once it may have reached the server.

        Args:
            machine_id: Server-assigned machine id (mach_...).
            edge_id: Graph edge id (the edge's id).
            params: The request body (``UpdateGraphEdgeRequest``).

        Returns:
            ``.item``: the ``GraphEdge``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED
                (409), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): Path and method are stated; the body
            (kind, status, data shallow-merged as on nodes; ends immutable), 200 and platform auth are ours. NOT_FOUND
            for an edge not in this machine's graph; MACHINE_NOT_ACTIVE / MACHINE_NOT_ACTIVATED from the group gate.
        """
        return update_graph_edge(self._client, machine_id, edge_id, params)

    def delete_graph_edge(self, machine_id: str, edge_id: str) -> None:
        """Remove a graph edge.

        Removes the edge; its nodes stay. Answers 204 with no body.

        ``DELETE /machines/{machineId}/graph/edges/{edgeId}`` · auth: platform (``x-api-key`` when the client has one)
        · idempotent: retried on transient failures.

        Args:
            machine_id: Server-assigned machine id (mach_...).
            edge_id: Graph edge id (the edge's id).

        Returns:
            Nothing (HTTP 204 with no body).

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED (409), AUTH_REQUIRED
                (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): Path and method are stated; 204 (as
            the node DELETE) and platform auth are ours. NOT_FOUND for an edge not in this machine's graph;
            MACHINE_NOT_ACTIVE / MACHINE_NOT_ACTIVATED from the group gate.
        """
        return delete_graph_edge(self._client, machine_id, edge_id)

    def list_tasks(self, *, machine_id: str, limit: int | None = None, cursor: str | None = None) -> ListResponse[Task]:
        """List a machine's tasks.

        One page of the tasks of one machine (machineId is required), oldest first. The machine must be active and
        verified.

        ``GET /tasks`` · auth: platform (``x-api-key`` when the client has one) · paginated · idempotent: retried on
        transient failures.

        Args:
            machine_id: The machine whose tasks to list (required).
            limit: Page size (server default 100). ``None`` leaves it out.
            cursor: Opaque cursor from the previous page's nextCursor. ``None`` leaves it out.

        Returns:
            A page: ``.items`` (a tuple of ``Task``) and ``.next_cursor`` (``None`` on the last page). Decoded
            strictly: a body that does not match raises ``INVALID_RESPONSE_SHAPE``.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED
                (409), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): The route itself (the docs name the
            method only): GET /tasks?machineId=..., paginated and gated as the order list, platform auth as the other
            reads.
        """
        return list_tasks(self._client, machine_id=machine_id, limit=limit, cursor=cursor)

    def list_tasks_all(self, *, machine_id: str, limit: int | None = None) -> Iterator[Task]:
        """Every Task across all pages of ``list_tasks``, fetched lazily page by page.

        Args:
            machine_id: The machine whose tasks to list (required).
            limit: Page size for each request (1..500; ``None`` uses the server's default).

        Returns:
            An iterator over every item; a failing page raises as ``list_tasks`` does.
        """
        return list_tasks_all(self._client, machine_id=machine_id, limit=limit)

    def create_task(self, params: CreateTaskRequest, pairing_token: str) -> ItemResponse[Task]:
        """Create a task.

        Records what a machine needs done (a service type and optional criteria and input) under an active pairing,
        with status created. Discover, resolve and execute it next; each step runs on the market (search, order,
        execute) under the same pairing.

        ``POST /tasks`` · auth: agent pairing (``x-agent-pairing-token``) · not idempotent: never re-sent once it may
        have reached the server.

        Args:
            params: The request body (``CreateTaskRequest``).
            pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
                ``x-agent-pairing-token``; never logged or shown in errors.

        Returns:
            ``.item``: the ``Task``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), AGENT_PAIRING_REQUIRED (403), AGENT_PAIRING_INACTIVE (403),
                MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED (409), AGENT_AUTH_REQUIRED (401), AGENT_AUTH_INVALID
                (401), AGENT_AUTH_EXPIRED (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): The route itself (the docs name the
            method and the discover -> resolve -> execute lifecycle only): POST /tasks, 201, agent-pairing auth as
            every market write. Body: the market search criteria plus machineId, agentPairingId and the operation
            input; the pairing checks are those of order create.
        """
        return create_task(self._client, params, pairing_token)

    def get_task(self, task_id: str) -> ItemResponse[Task]:
        """Get a task.

        One task by id, with its quotes, route, run and outcome as far as it has come; NOT_FOUND when there is none.

        ``GET /tasks/{taskId}`` · auth: platform (``x-api-key`` when the client has one) · idempotent: retried on
        transient failures.

        Args:
            task_id: Task id (the task's id).

        Returns:
            ``.item``: the ``Task``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): The route itself (the docs name the
            method only): GET /tasks/{taskId}, platform auth as the order read; not gated on the machine (a record
            read).
        """
        return get_task(self._client, task_id)

    def discover_task(self, task_id: str, pairing_token: str) -> ItemResponse[Task]:
        """Discover providers for a task.

        Runs a market search with the task's criteria and keeps its ranked quotes on the task: status discovered, or
        no_match when nothing fits (discover again after changing policies or catalogue). Allowed until the task is
        resolved (TASK_CLOSED after).

        ``POST /tasks/{taskId}/discover`` · auth: agent pairing (``x-agent-pairing-token``) · not idempotent: never
        re-sent once it may have reached the server.

        Args:
            task_id: Task id (the task's id).
            pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
                ``x-agent-pairing-token``; never logged or shown in errors.

        Returns:
            ``.item``: the ``Task``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), TASK_CLOSED (409), AGENT_PAIRING_INACTIVE (403),
                MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED (409), AGENT_AUTH_REQUIRED (401), AGENT_AUTH_INVALID
                (401), AGENT_AUTH_EXPIRED (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): The route itself: POST
            /tasks/{taskId}/discover with an empty body, 200, agent-pairing auth (the token of the task's pairing;
            another pairing's task is NOT_FOUND). TASK_CLOSED once resolved; the search's own codes
            (MACHINE_NOT_ACTIVE, MACHINE_NOT_ACTIVATED, AGENT_PAIRING_INACTIVE).
        """
        return discover_task(self._client, task_id, pairing_token)

    def resolve_task(self, task_id: str, params: ResolveTaskRequest | None, pairing_token: str) -> ItemResponse[Task]:
        """Resolve a task to a route.

        Picks a discovered quote (quoteId, or the best one) and orders it: a market order is created under the task's
        pairing with every order-create check (policies, spend limits, quote freshness), and the task records the
        order and its route (status resolved). When the order needs payment, settle it on orderId with the payment
        calls before executing.

        ``POST /tasks/{taskId}/resolve`` · auth: agent pairing (``x-agent-pairing-token``) · not idempotent: never
        re-sent once it may have reached the server.

        Args:
            task_id: Task id (the task's id).
            params: The request body (``ResolveTaskRequest``). Optional: ``None`` sends an empty JSON object.
            pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
                ``x-agent-pairing-token``; never logged or shown in errors.

        Returns:
            ``.item``: the ``Task``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), TASK_CLOSED (409), TASK_NOT_READY (409),
                QUOTE_EXPIRED (410), AGENT_PAIRING_INACTIVE (403), AGENT_POLICY_DENIED (403),
                AGENT_SPEND_LIMIT_EXCEEDED (403), AGENT_DAILY_LIMIT_EXCEEDED (403), MACHINE_NOT_ACTIVE (409),
                MACHINE_NOT_ACTIVATED (409), AGENT_AUTH_REQUIRED (401), AGENT_AUTH_INVALID (401), AGENT_AUTH_EXPIRED
                (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): The route itself: POST
            /tasks/{taskId}/resolve with {quoteId?}, 200, agent-pairing auth. TASK_NOT_READY without a discovered
            quote, TASK_CLOSED once resolved; NOT_FOUND for a quoteId the discovery did not return; the order-create
            codes otherwise.
        """
        return resolve_task(self._client, task_id, params, pairing_token)

    def execute_task(self, task_id: str, params: ExecuteTaskRequest, pairing_token: str) -> ItemResponse[Task]:
        """Execute a resolved task.

        Executes the task's order exactly as order execute does and records the Route, Run and Outcome on the task:
        completed (or failed) with run and outcome for a native service, handoff with where to continue for an
        external one. The run is also listed by list_runs. Payment, when the service needs it, must be held first
        (PAYMENT_REQUIRED).

        ``POST /tasks/{taskId}/execute`` · auth: agent pairing (``x-agent-pairing-token``) · not idempotent: never
        re-sent once it may have reached the server.

        Args:
            task_id: Task id (the task's id).
            params: The request body (``ExecuteTaskRequest``).
            pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
                ``x-agent-pairing-token``; never logged or shown in errors.

        Returns:
            ``.item``: the ``Task``. Decoded strictly.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), TASK_CLOSED (409), TASK_NOT_READY (409),
                PAYMENT_REQUIRED (402), EXECUTION_UNSUPPORTED (422), ENDPOINT_UNREACHABLE (502), AGENT_AUTH_REQUIRED
                (401), AGENT_AUTH_INVALID (401), AGENT_AUTH_EXPIRED (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): The route itself: POST
            /tasks/{taskId}/execute with {input?, payment?}, 200 for native and handoff alike (the task carries the
            difference), agent-pairing auth. TASK_NOT_READY before resolve, TASK_CLOSED once executed (or when its
            order was executed or closed directly); the order-execute codes otherwise.
        """
        return execute_task(self._client, task_id, params, pairing_token)


class OrchestrationWithRawResponse:
    """``client.orchestration.with_raw_response``: every operation, answering with a ``RawResponse``.

    ``.parse()`` on the result returns what the plain method returns; error statuses raise as usual.
    The ``*_all`` iterators have no raw form (they span many responses).
    """

    __slots__ = ("_client",)

    def __init__(self, client: PeaqosClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "<OrchestrationWithRawResponse>"

    def get_health(self) -> RawResponse[Health]:
        """Liveness probe (also served at the host root). Answers with the raw response.

        Answers {ok: true} while the server is up. Needs no credentials and sends no API key. The documented location
        is the host root; the reference SDK calls it under /api/v1, so both are served.

        ``GET /health`` · auth: none · idempotent: retried on transient failures.

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``get_health`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: none.
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
        """
        result: RawResponse[Health] = _transport(self._client).call(_ops.GET_HEALTH)
        return result

    def create_machine_identity_challenge(
        self, params: CreateMachineIdentityChallengeRequest
    ) -> RawResponse[ItemResponse[MachineIdentityChallengeResponse]]:
        """Request a machine identity challenge. Answers with the raw response.

        Issues a short-lived challenge for a peaqOS machine identity (``did:peaq:0x<address>``, ``did:peaq:<decimal>``
        or ``peaqos:machine:<decimal>``). Sign its message with one of the listed controller keys (EIP-191) and send
        {challengeId, signature} as identityProof when creating or updating the machine. The answer always carries the
        canonical ``did:peaq:<decimal>``.

        ``POST /machine-identity/challenges`` · auth: platform (``x-api-key`` when the client has one) · not
        idempotent: never re-sent once it may have reached the server.

        Args:
            params: The request body (``CreateMachineIdentityChallengeRequest``).

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``create_machine_identity_challenge`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), PEAQOS_IDENTITY_UNAVAILABLE (503), AUTH_REQUIRED
                (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): 201 on success (status unstated).
            PEAQOS_IDENTITY_UNAVAILABLE when the identity registry is down (the challenge lists its controllers).
            NOT_FOUND when the identity (in any form) is not registered.
        """
        result: RawResponse[ItemResponse[MachineIdentityChallengeResponse]] = _transport(self._client).call(
            _ops.CREATE_MACHINE_IDENTITY_CHALLENGE, body=params
        )
        return result

    def list_machines(
        self, *, limit: int | None = None, cursor: str | None = None
    ) -> RawResponse[ListResponse[Machine]]:
        """List machines. Answers with the raw response.

        One page of the caller's machines, oldest first. Machines whose identity no longer resolves, unverified drafts
        and archived machines are hidden. Pass nextCursor back unchanged to get the next page.

        ``GET /machines`` · auth: platform (``x-api-key`` when the client has one) · paginated · idempotent: retried
        on transient failures.

        Args:
            limit: Page size (server default 100). ``None`` leaves it out.
            cursor: Opaque cursor from the previous page's nextCursor. ``None`` leaves it out.

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``list_machines`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
        """
        result: RawResponse[ListResponse[Machine]] = _transport(self._client).call(
            _ops.LIST_MACHINES, query={"limit": limit, "cursor": cursor}
        )
        return result

    def create_machine(self, params: CreateMachineRequest) -> RawResponse[ItemResponse[RegisteredMachine]]:
        """Register a machine. Answers with the raw response.

        Registers a machine bound to a peaqOS identity; the new record is a draft. While identity verification is on
        (the production default) the server needs a signed identity challenge (identityProof) and checks it against
        the identity registry; the SDK always requires one. An identity already registered (in any form) answers
        MACHINE_IDENTITY_EXISTS.

        ``POST /machines`` · auth: platform (``x-api-key`` when the client has one) · not idempotent: never re-sent
        once it may have reached the server.

        Args:
            params: The request body (``CreateMachineRequest``).

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``create_machine`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), MACHINE_IDENTITY_PROOF_REQUIRED (400),
                MACHINE_IDENTITY_PROOF_INVALID (403), MACHINE_IDENTITY_PROOF_EXPIRED (410), MACHINE_IDENTITY_EXISTS
                (409), PEAQOS_IDENTITY_UNAVAILABLE (503), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): 201 on success (status unstated).
            identityRef is required even with identity verification off (the create response always carries it).
        """
        result: RawResponse[ItemResponse[RegisteredMachine]] = _transport(self._client).call(
            _ops.CREATE_MACHINE, body=params
        )
        return result

    def get_machine(self, machine_id: str) -> RawResponse[ItemResponse[Machine]]:
        """Get a machine. Answers with the raw response.

        One machine by id. Every read re-checks the stored identity proof against the registry: a machine that no
        longer resolves answers MACHINE_NOT_ACTIVATED.

        ``GET /machines/{machineId}`` · auth: platform (``x-api-key`` when the client has one) · idempotent: retried
        on transient failures.

        Args:
            machine_id: Server-assigned machine id (mach_...).

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``get_machine`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: NOT_FOUND (404), MACHINE_NOT_ACTIVATED (409), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
        """
        result: RawResponse[ItemResponse[Machine]] = _transport(self._client).call(
            _ops.GET_MACHINE, path={"machineId": machine_id}
        )
        return result

    def update_machine(self, machine_id: str, params: UpdateMachineRequest) -> RawResponse[ItemResponse[Machine]]:
        """Update or activate a machine. Answers with the raw response.

        Changes only the fields sent. Sending status active activates the orchestration record (not the on-chain
        machine); without a fresh identityProof the proof stored at registration is reused. identityRef can be set
        once and never changed (MACHINE_IDENTITY_IMMUTABLE). Every update re-verifies the identity proof.

        ``PATCH /machines/{machineId}`` · auth: platform (``x-api-key`` when the client has one) · not idempotent:
        never re-sent once it may have reached the server.

        Args:
            machine_id: Server-assigned machine id (mach_...).
            params: The request body (``UpdateMachineRequest``).

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``update_machine`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), MACHINE_IDENTITY_IMMUTABLE (409),
                MACHINE_NOT_ACTIVATED (409), MACHINE_IDENTITY_PROOF_REQUIRED (400), MACHINE_IDENTITY_PROOF_INVALID
                (403), MACHINE_IDENTITY_PROOF_EXPIRED (410), PEAQOS_IDENTITY_UNAVAILABLE (503), AUTH_REQUIRED (401),
                AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): MACHINE_IDENTITY_PROOF_REQUIRED when a
            PATCH sends identityRef without identityProof for a machine with no verified proof.
        """
        result: RawResponse[ItemResponse[Machine]] = _transport(self._client).call(
            _ops.UPDATE_MACHINE, path={"machineId": machine_id}, body=params
        )
        return result

    def archive_machine(self, machine_id: str) -> RawResponse[None]:
        """Archive a machine. Answers with the raw response.

        Soft-deletes the machine: the record is kept with status archived and hidden from lists. Answers 204 with no
        body.

        ``DELETE /machines/{machineId}`` · auth: platform (``x-api-key`` when the client has one) · idempotent:
        retried on transient failures.

        Args:
            machine_id: Server-assigned machine id (mach_...).

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``archive_machine`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): The record is kept with status
            archived and hidden from lists (soft delete).
        """
        result: RawResponse[None] = _transport(self._client).call(_ops.ARCHIVE_MACHINE, path={"machineId": machine_id})
        return result

    def list_machine_agents(self, machine_id: str) -> RawResponse[ListResponse[MachineAgent]]:
        """List a machine's agents. Answers with the raw response.

        Every machine-side runtime agent enrolled on the machine (not paginated). The machine must be active and
        verified.

        ``GET /machines/{machineId}/agents`` · auth: platform (``x-api-key`` when the client has one) · idempotent:
        retried on transient failures.

        Args:
            machine_id: Server-assigned machine id (mach_...).

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``list_machine_agents`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED (409), AUTH_REQUIRED
                (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
        """
        result: RawResponse[ListResponse[MachineAgent]] = _transport(self._client).call(
            _ops.LIST_MACHINE_AGENTS, path={"machineId": machine_id}
        )
        return result

    def enroll_machine_agent(
        self, machine_id: str, params: EnrollMachineAgentRequest | None = None
    ) -> RawResponse[ItemResponse[MachineAgent]]:
        """Enroll a machine agent. Answers with the raw response.

        Enrolls a machine-side runtime agent. The answer carries the agent's provisioningToken once: keep it, it
        cannot be fetched again, and the agent sends it as agentToken in its heartbeats. The machine must be active
        and verified.

        ``POST /machines/{machineId}/agents/enrollment`` · auth: platform (``x-api-key`` when the client has one) ·
        not idempotent: never re-sent once it may have reached the server.

        Args:
            machine_id: Server-assigned machine id (mach_...).
            params: The request body (``EnrollMachineAgentRequest``). Optional: ``None`` sends an empty JSON object.

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``enroll_machine_agent`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED
                (409), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): 201 on success (status unstated).
        """
        result: RawResponse[ItemResponse[MachineAgent]] = _transport(self._client).call(
            _ops.ENROLL_MACHINE_AGENT, path={"machineId": machine_id}, body=params
        )
        return result

    def revoke_machine_agent(self, machine_id: str, agent_id: str) -> RawResponse[None]:
        """Revoke a machine agent. Answers with the raw response.

        Revokes the agent: its heartbeats are refused from then on (AGENT_PAIRING_INACTIVE). Answers 204 with no body.

        ``DELETE /machines/{machineId}/agents/{agentId}`` · auth: platform (``x-api-key`` when the client has one) ·
        idempotent: retried on transient failures.

        Args:
            machine_id: Server-assigned machine id (mach_...).
            agent_id: Id of the machine agent.

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``revoke_machine_agent`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED (409), AUTH_REQUIRED
                (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): MACHINE_NOT_ACTIVE /
            MACHINE_NOT_ACTIVATED from the group gate (the group's codes).
        """
        result: RawResponse[None] = _transport(self._client).call(
            _ops.REVOKE_MACHINE_AGENT, path={"machineId": machine_id, "agentId": agent_id}
        )
        return result

    def machine_agent_heartbeat(
        self, params: MachineAgentHeartbeatRequest
    ) -> RawResponse[MachineAgentHeartbeatResponse]:
        """Send a machine agent heartbeat. Answers with the raw response.

        Called by the agent on the machine. Authenticates with the agent token (the body's agentToken, or the
        x-agent-pairing-token or Authorization: Bearer header), never an API key. Marks the agent active, records
        lastSeenAt and upserts each reported endpoint as a runtime endpoint with source agent and a lease of
        leaseTtlSeconds.

        ``POST /machine-agents/heartbeat`` · auth: none · not idempotent: never re-sent once it may have reached the
        server.

        Args:
            params: The request body (``MachineAgentHeartbeatRequest``).

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``machine_agent_heartbeat`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), AGENT_PAIRING_INACTIVE (403), AGENT_AUTH_REQUIRED
                (401), AGENT_AUTH_INVALID (401), AGENT_POLICY_DENIED (403), MACHINE_NOT_ACTIVE (409),
                MACHINE_NOT_ACTIVATED (409).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): 200 on success (status unstated).
            providerKey other than qvac is a VALIDATION_ERROR (schema), not AGENT_POLICY_DENIED. snake_case entry keys
            and explicit nulls are refused with VALIDATION_ERROR naming each field.
        """
        result: RawResponse[MachineAgentHeartbeatResponse] = _transport(self._client).call(
            _ops.MACHINE_AGENT_HEARTBEAT, body=params
        )
        return result

    def list_agent_pairings(
        self, machine_id: str, *, limit: int | None = None, cursor: str | None = None
    ) -> RawResponse[ListResponse[AgentPairing]]:
        """List a machine's agent pairings. Answers with the raw response.

        One page of the machine's pairings, oldest first, revoked ones included. Views never carry the pairing token.

        ``GET /machines/{machineId}/agent-pairings`` · auth: platform (``x-api-key`` when the client has one) ·
        paginated · idempotent: retried on transient failures.

        Args:
            machine_id: Server-assigned machine id (mach_...).
            limit: Page size (server default 100). ``None`` leaves it out.
            cursor: Opaque cursor from the previous page's nextCursor. ``None`` leaves it out.

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``list_agent_pairings`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
        """
        result: RawResponse[ListResponse[AgentPairing]] = _transport(self._client).call(
            _ops.LIST_AGENT_PAIRINGS, path={"machineId": machine_id}, query={"limit": limit, "cursor": cursor}
        )
        return result

    def create_agent_pairing(
        self, machine_id: str, params: CreateAgentPairingRequest
    ) -> RawResponse[ItemResponse[AgentPairingWithToken]]:
        """Pair an agent with a machine. Answers with the raw response.

        Pairs an agent wallet with the machine using a signed pairing challenge (agentProof, required while pairing
        verification is on). The answer carries the pairing token once: keep it; it is the x-agent-pairing-token of
        every later search, order and payment call, and cannot be fetched again. The machine must be active and
        verified.

        ``POST /machines/{machineId}/agent-pairings`` · auth: platform (``x-api-key`` when the client has one) · not
        idempotent: never re-sent once it may have reached the server.

        Args:
            machine_id: Server-assigned machine id (mach_...).
            params: The request body (``CreateAgentPairingRequest``).

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``create_agent_pairing`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), AGENT_PAIRING_PROOF_REQUIRED (400),
                AGENT_PAIRING_PROOF_INVALID (403), AGENT_PAIRING_PROOF_EXPIRED (410), AGENT_PAIRING_UNAVAILABLE (409),
                MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED (409), MACHINE_IDENTITY_PROOF_REQUIRED (400),
                AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): 201 on success (status unstated).
            MACHINE_NOT_ACTIVATED from the group gate (stated for the group, not for this route).
        """
        result: RawResponse[ItemResponse[AgentPairingWithToken]] = _transport(self._client).call(
            _ops.CREATE_AGENT_PAIRING, path={"machineId": machine_id}, body=params
        )
        return result

    def create_agent_pairing_challenge(
        self, machine_id: str, params: CreateAgentPairingChallengeRequest
    ) -> RawResponse[ItemResponse[AgentPairingChallengeResponse]]:
        """Request an agent pairing challenge. Answers with the raw response.

        Issues a short-lived challenge for an agent wallet. Sign its message with the agentAddress key (EIP-191) and
        send {challengeId, signature} as agentProof to pair or to rotate a session. The agent fields must match on the
        later call.

        ``POST /machines/{machineId}/agent-pairings/challenges`` · auth: platform (``x-api-key`` when the client has
        one) · not idempotent: never re-sent once it may have reached the server.

        Args:
            machine_id: Server-assigned machine id (mach_...).
            params: The request body (``CreateAgentPairingChallengeRequest``).

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``create_agent_pairing_challenge`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED
                (409), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): 201 on success (status unstated).
            MACHINE_NOT_ACTIVE / MACHINE_NOT_ACTIVATED: a challenge is only issued for a pairable machine.
        """
        result: RawResponse[ItemResponse[AgentPairingChallengeResponse]] = _transport(self._client).call(
            _ops.CREATE_AGENT_PAIRING_CHALLENGE, path={"machineId": machine_id}, body=params
        )
        return result

    def update_agent_pairing(
        self, machine_id: str, pairing_id: str, params: UpdateAgentPairingRequest
    ) -> RawResponse[ItemResponse[AgentPairing]]:
        """Update an agent pairing. Answers with the raw response.

        Changes only the fields sent (provider and role labels, description, status, delegation policy). A new
        delegation policy makes the current token stale: rotate the session afterwards. The answer carries no token.

        ``PATCH /machines/{machineId}/agent-pairings/{pairingId}`` · auth: platform (``x-api-key`` when the client has
        one) · not idempotent: never re-sent once it may have reached the server.

        Args:
            machine_id: Server-assigned machine id (mach_...).
            pairing_id: Pairing id (the pairing's id).
            params: The request body (``UpdateAgentPairingRequest``).

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``update_agent_pairing`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
        """
        result: RawResponse[ItemResponse[AgentPairing]] = _transport(self._client).call(
            _ops.UPDATE_AGENT_PAIRING, path={"machineId": machine_id, "pairingId": pairing_id}, body=params
        )
        return result

    def revoke_agent_pairing(self, machine_id: str, pairing_id: str) -> RawResponse[None]:
        """Revoke an agent pairing. Answers with the raw response.

        Revokes the pairing: its token stops working. The record stays listed with status revoked. Answers 204 with no
        body.

        ``DELETE /machines/{machineId}/agent-pairings/{pairingId}`` · auth: platform (``x-api-key`` when the client
        has one) · idempotent: retried on transient failures.

        Args:
            machine_id: Server-assigned machine id (mach_...).
            pairing_id: Pairing id (the pairing's id).

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``revoke_agent_pairing`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): The pairing stays listed with status
            revoked.
        """
        result: RawResponse[None] = _transport(self._client).call(
            _ops.REVOKE_AGENT_PAIRING, path={"machineId": machine_id, "pairingId": pairing_id}
        )
        return result

    def create_agent_pairing_session(
        self, machine_id: str, pairing_id: str, params: CreateAgentPairingSessionRequest
    ) -> RawResponse[ItemResponse[AgentPairingWithToken]]:
        """Rotate an agent pairing session. Answers with the raw response.

        Issues a fresh pairing token for an active pairing from a newly signed pairing challenge (requested with the
        pairing's own agent fields). The new token replaces the previous one and is returned once.

        ``POST /machines/{machineId}/agent-pairings/{pairingId}/sessions`` · auth: platform (``x-api-key`` when the
        client has one) · not idempotent: never re-sent once it may have reached the server.

        Args:
            machine_id: Server-assigned machine id (mach_...).
            pairing_id: Pairing id (the pairing's id).
            params: The request body (``CreateAgentPairingSessionRequest``).

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``create_agent_pairing_session`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), AGENT_PAIRING_PROOF_INVALID (403),
                AGENT_PAIRING_PROOF_EXPIRED (410), AGENT_PAIRING_INACTIVE (403), AUTH_REQUIRED (401), AUTH_INVALID
                (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): 201 on success (status unstated).
            AGENT_PAIRING_INACTIVE for a paused or revoked pairing (sessions are stated for active pairings only).
        """
        result: RawResponse[ItemResponse[AgentPairingWithToken]] = _transport(self._client).call(
            _ops.CREATE_AGENT_PAIRING_SESSION, path={"machineId": machine_id, "pairingId": pairing_id}, body=params
        )
        return result

    def list_runtime_endpoints(
        self, machine_id: str, *, limit: int | None = None, cursor: str | None = None
    ) -> RawResponse[ListResponse[RuntimeEndpoint]]:
        """List a machine's runtime endpoints. Answers with the raw response.

        One page of the machine's runtime endpoints (manual and agent-reported), oldest first. Credentials are never
        echoed. The machine must be active and verified.

        ``GET /machines/{machineId}/runtime-endpoints`` · auth: platform (``x-api-key`` when the client has one) ·
        paginated · idempotent: retried on transient failures.

        Args:
            machine_id: Server-assigned machine id (mach_...).
            limit: Page size (server default 100). ``None`` leaves it out.
            cursor: Opaque cursor from the previous page's nextCursor. ``None`` leaves it out.

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``list_runtime_endpoints`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED
                (409), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
        """
        result: RawResponse[ListResponse[RuntimeEndpoint]] = _transport(self._client).call(
            _ops.LIST_RUNTIME_ENDPOINTS, path={"machineId": machine_id}, query={"limit": limit, "cursor": cursor}
        )
        return result

    def get_runtime_endpoint(self, machine_id: str, provider_key: str) -> RawResponse[ItemResponse[RuntimeEndpoint]]:
        """Get a runtime endpoint. Answers with the raw response.

        The machine's runtime endpoint for one provider key (matched lower-cased). The machine must be active and
        verified.

        ``GET /machines/{machineId}/runtime-endpoints/{providerKey}`` · auth: platform (``x-api-key`` when the client
        has one) · idempotent: retried on transient failures.

        Args:
            machine_id: Server-assigned machine id (mach_...).
            provider_key: Provider key of the endpoint (e.g. qvac); the server lower-cases it.

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``get_runtime_endpoint`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED (409), AUTH_REQUIRED
                (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
        """
        result: RawResponse[ItemResponse[RuntimeEndpoint]] = _transport(self._client).call(
            _ops.GET_RUNTIME_ENDPOINT, path={"machineId": machine_id, "providerKey": provider_key}
        )
        return result

    def upsert_runtime_endpoint(
        self, machine_id: str, provider_key: str, params: UpsertRuntimeEndpointRequest
    ) -> RawResponse[ItemResponse[RuntimeEndpoint]]:
        """Create or replace a runtime endpoint. Answers with the raw response.

        Stores the machine's manual runtime endpoint for a provider key: 201 when created, 200 when replaced (stated).
        The server lower-cases the key, forces source manual and keeps only scheme and host[:port] of endpointBaseUrl
        (an http(s) URL); label defaults to "``<PROVIDERKEY>`` runtime" and probePath to /v1/models for qvac, /health
        otherwise. The machine must be active and verified.

        ``PUT /machines/{machineId}/runtime-endpoints/{providerKey}`` · auth: platform (``x-api-key`` when the client
        has one) · idempotent: retried on transient failures.

        Args:
            machine_id: Server-assigned machine id (mach_...).
            provider_key: Provider key of the endpoint (e.g. qvac); the server lower-cases it.
            params: The request body (``UpsertRuntimeEndpointRequest``).

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``upsert_runtime_endpoint`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED
                (409), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
        """
        result: RawResponse[ItemResponse[RuntimeEndpoint]] = _transport(self._client).call(
            _ops.UPSERT_RUNTIME_ENDPOINT, path={"machineId": machine_id, "providerKey": provider_key}, body=params
        )
        return result

    def delete_runtime_endpoint(self, machine_id: str, provider_key: str) -> RawResponse[None]:
        """Delete a runtime endpoint. Answers with the raw response.

        Removes the machine's runtime endpoint for a provider key. Answers 204 with no body.

        ``DELETE /machines/{machineId}/runtime-endpoints/{providerKey}`` · auth: platform (``x-api-key`` when the
        client has one) · idempotent: retried on transient failures.

        Args:
            machine_id: Server-assigned machine id (mach_...).
            provider_key: Provider key of the endpoint (e.g. qvac); the server lower-cases it.

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``delete_runtime_endpoint`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED (409), AUTH_REQUIRED
                (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
        """
        result: RawResponse[None] = _transport(self._client).call(
            _ops.DELETE_RUNTIME_ENDPOINT, path={"machineId": machine_id, "providerKey": provider_key}
        )
        return result

    def list_skills(
        self, options: ListSkillsOptions | None = None, *, limit: int | None = None, cursor: str | None = None
    ) -> RawResponse[ListResponse[SkillSummary]]:
        """List skills. Answers with the raw response.

        One page of the skill registry, optionally filtered by scope, direction and source.

        ``GET /skills`` · auth: platform (``x-api-key`` when the client has one) · paginated · idempotent: retried on
        transient failures.

        Args:
            options: Query filters (``ListSkillsOptions``); ``None`` sends none.
            limit: Page size (server default 100). ``None`` leaves it out.
            cursor: Opaque cursor from the previous page's nextCursor. ``None`` leaves it out.

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``list_skills`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
        """
        result: RawResponse[ListResponse[SkillSummary]] = _transport(self._client).call(
            _ops.LIST_SKILLS, options=options, query={"limit": limit, "cursor": cursor}
        )
        return result

    def get_skill(self, skill_key: str) -> RawResponse[ItemResponse[SkillSummary]]:
        """Get a skill. Answers with the raw response.

        One skill from the registry by key.

        ``GET /skills/{skillKey}`` · auth: platform (``x-api-key`` when the client has one) · idempotent: retried on
        transient failures.

        Args:
            skill_key: Skill key (e.g. oracle.price-feed).

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``get_skill`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
        """
        result: RawResponse[ItemResponse[SkillSummary]] = _transport(self._client).call(
            _ops.GET_SKILL, path={"skillKey": skill_key}
        )
        return result

    def get_skill_manifest(self, skill_key: str) -> RawResponse[ItemResponse[SkillManifest]]:
        """Get a skill manifest. Answers with the raw response.

        The inputs and outputs of a skill.

        ``GET /skills/{skillKey}/manifest`` · auth: platform (``x-api-key`` when the client has one) · idempotent:
        retried on transient failures.

        Args:
            skill_key: Skill key (e.g. oracle.price-feed).

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``get_skill_manifest`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
        """
        result: RawResponse[ItemResponse[SkillManifest]] = _transport(self._client).call(
            _ops.GET_SKILL_MANIFEST, path={"skillKey": skill_key}
        )
        return result

    def update_skill_config(
        self, skill_key: str, params: UpdateSkillConfigRequest
    ) -> RawResponse[ItemResponse[SkillConfigResponse]]:
        """Configure a skill. Answers with the raw response.

        Turns a skill on or off and stores its settings and credentials; only the fields sent change. Credentials are
        never echoed (the answer shows hasCredentials).

        ``PATCH /skills/{skillKey}/config`` · auth: platform (``x-api-key`` when the client has one) · not idempotent:
        never re-sent once it may have reached the server.

        Args:
            skill_key: Skill key (e.g. oracle.price-feed).
            params: The request body (``UpdateSkillConfigRequest``).

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``update_skill_config`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
        """
        result: RawResponse[ItemResponse[SkillConfigResponse]] = _transport(self._client).call(
            _ops.UPDATE_SKILL_CONFIG, path={"skillKey": skill_key}, body=params
        )
        return result

    def list_market_services(
        self, options: ListMarketServicesOptions | None = None, *, limit: int | None = None, cursor: str | None = None
    ) -> RawResponse[ListResponse[MarketService]]:
        """List market services. Answers with the raw response.

        One page of the service catalogue, optionally filtered. With a pairing token and a machineId the catalogue is
        the machine's private view (it may add machine-scoped services); the token travels only as a header.

        ``GET /market/services`` · auth: platform (``x-api-key`` when the client has one) · paginated · idempotent:
        retried on transient failures.

        Args:
            options: Query filters (``ListMarketServicesOptions``); ``None`` sends none.
            limit: Page size (server default 100). ``None`` leaves it out.
            cursor: Opaque cursor from the previous page's nextCursor. ``None`` leaves it out.

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``list_market_services`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401),
                AGENT_AUTH_INVALID (401), AGENT_AUTH_EXPIRED (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
        """
        result: RawResponse[ListResponse[MarketService]] = _transport(self._client).call(
            _ops.LIST_MARKET_SERVICES, options=options, query={"limit": limit, "cursor": cursor}
        )
        return result

    def get_market_service(
        self, service_id: str, options: GetMarketServiceOptions | None = None
    ) -> RawResponse[ItemResponse[MarketService]]:
        """Get a market service. Answers with the raw response.

        One catalogue service by id, optionally scoped to a machine.

        ``GET /market/services/{serviceId}`` · auth: platform (``x-api-key`` when the client has one) · idempotent:
        retried on transient failures.

        Args:
            service_id: Id of the catalogue service.
            options: Query filters (``GetMarketServiceOptions``); ``None`` sends none.

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``get_market_service`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401), AGENT_AUTH_INVALID (401),
                AGENT_AUTH_EXPIRED (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
        """
        result: RawResponse[ItemResponse[MarketService]] = _transport(self._client).call(
            _ops.GET_MARKET_SERVICE, path={"serviceId": service_id}, options=options
        )
        return result

    def search_market(self, params: MarketSearchRequest, pairing_token: str) -> RawResponse[ItemResponse[MarketSearch]]:
        """Search the market. Answers with the raw response.

        Turns a task into ranked quotes from the catalogue. Needs the pairing token while
        PEAQOS_REQUIRE_AGENT_PAIRING_AUTH=true (the production default), an active machine and an active pairing. A
        search never changes after it is made; quotes expire at their expiresAt.

        ``POST /market/search`` · auth: agent pairing (``x-agent-pairing-token``) · not idempotent: never re-sent once
        it may have reached the server.

        Args:
            params: The request body (``MarketSearchRequest``).
            pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
                ``x-agent-pairing-token``; never logged or shown in errors.

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``search_market`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), AGENT_AUTH_REQUIRED (401), AGENT_AUTH_INVALID
                (401), AGENT_AUTH_EXPIRED (401), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED (409),
                AGENT_PAIRING_INACTIVE (403).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): 201 on success (status unstated).
            machineId (or the token's machine) and serviceType are needed; VALIDATION_ERROR without them.
            MACHINE_NOT_ACTIVATED and AGENT_PAIRING_INACTIVE for the stated preconditions (codes unstated).
        """
        result: RawResponse[ItemResponse[MarketSearch]] = _transport(self._client).call(
            _ops.SEARCH_MARKET, body=params, pairing_token=pairing_token
        )
        return result

    def get_market_search(self, search_id: str) -> RawResponse[ItemResponse[MarketSearch]]:
        """Get a market search. Answers with the raw response.

        A past search and its quotes by id.

        ``GET /market/searches/{searchId}`` · auth: platform (``x-api-key`` when the client has one) · idempotent:
        retried on transient failures.

        Args:
            search_id: Id of the market search.

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``get_market_search`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
        """
        result: RawResponse[ItemResponse[MarketSearch]] = _transport(self._client).call(
            _ops.GET_MARKET_SEARCH, path={"searchId": search_id}
        )
        return result

    def list_market_orders(
        self, *, machine_id: str, limit: int | None = None, cursor: str | None = None
    ) -> RawResponse[ListResponse[MarketOrder]]:
        """List a machine's orders. Answers with the raw response.

        One page of the orders of one machine (machineId is required), oldest first. The machine must be active and
        verified.

        ``GET /market/orders`` · auth: platform (``x-api-key`` when the client has one) · paginated · idempotent:
        retried on transient failures.

        Args:
            machine_id: The machine whose orders to list (required).
            limit: Page size (server default 100). ``None`` leaves it out.
            cursor: Opaque cursor from the previous page's nextCursor. ``None`` leaves it out.

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``list_market_orders`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED
                (409), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
        """
        result: RawResponse[ListResponse[MarketOrder]] = _transport(self._client).call(
            _ops.LIST_MARKET_ORDERS, query={"machineId": machine_id, "limit": limit, "cursor": cursor}
        )
        return result

    def create_market_order(
        self, params: CreateMarketOrderRequest, pairing_token: str
    ) -> RawResponse[ItemResponse[MarketOrder]]:
        """Create a market order. Answers with the raw response.

        Locks a catalogue service (usually a quote from a search) into an order with status created; the service's
        recommended rail is copied into order.payment. The server checks the active pairing, the delegation policy and
        its spend limits, quote freshness and the machine's state.

        ``POST /market/orders`` · auth: agent pairing (``x-agent-pairing-token``) · not idempotent: never re-sent once
        it may have reached the server.

        Args:
            params: The request body (``CreateMarketOrderRequest``).
            pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
                ``x-agent-pairing-token``; never logged or shown in errors.

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``create_market_order`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), QUOTE_EXPIRED (410), AGENT_PAIRING_REQUIRED (403),
                AGENT_PAIRING_INACTIVE (403), AGENT_POLICY_DENIED (403), AGENT_SPEND_LIMIT_EXCEEDED (403),
                AGENT_DAILY_LIMIT_EXCEEDED (403), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED (409),
                AGENT_AUTH_REQUIRED (401), AGENT_AUTH_INVALID (401), AGENT_AUTH_EXPIRED (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): 201 on success (status unstated).
        """
        result: RawResponse[ItemResponse[MarketOrder]] = _transport(self._client).call(
            _ops.CREATE_MARKET_ORDER, body=params, pairing_token=pairing_token
        )
        return result

    def get_market_order(self, order_id: str) -> RawResponse[ItemResponse[MarketOrder]]:
        """Get a market order. Answers with the raw response.

        One order by id. Callable with the platform key or with the pairing token (the owner's view).

        ``GET /market/orders/{orderId}`` · auth: platform (``x-api-key`` when the client has one) · idempotent:
        retried on transient failures.

        Args:
            order_id: Order id (the order's id).

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``get_market_order`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401), AGENT_AUTH_INVALID (401),
                AGENT_AUTH_EXPIRED (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
        """
        result: RawResponse[ItemResponse[MarketOrder]] = _transport(self._client).call(
            _ops.GET_MARKET_ORDER, path={"orderId": order_id}
        )
        return result

    def execute_market_order(
        self, order_id: str, params: ExecuteMarketOrderRequest, pairing_token: str
    ) -> RawResponse[ExecuteMarketOrderResponse]:
        """Execute a market order. Answers with the raw response.

        Runs a ready order. A native service answers 200 with the run and outcome (an outcome may still be failed:
        inspect it); an external-handoff service answers 202 with where to continue. When payment is required it must
        be settled first (PAYMENT_REQUIRED); for x402 the recorded payment signature is replayed to the provider.

        ``POST /market/orders/{orderId}/execute`` · auth: agent pairing (``x-agent-pairing-token``) · not idempotent:
        never re-sent once it may have reached the server.

        Args:
            order_id: Order id (the order's id).
            params: The request body (``ExecuteMarketOrderRequest``).
            pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
                ``x-agent-pairing-token``; never logged or shown in errors.

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``execute_market_order`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), EXECUTION_UNSUPPORTED (422), PAYMENT_REQUIRED
                (402), ORDER_CLOSED (409), ENDPOINT_UNREACHABLE (502), AGENT_AUTH_REQUIRED (401), AGENT_AUTH_INVALID
                (401), AGENT_AUTH_EXPIRED (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): ENDPOINT_UNREACHABLE (502) when the
            machine's runtime endpoint is missing or its lease expired. An x402 signature different from the recorded
            proof is refused with PAYMENT_REQUIRED.
        """
        result: RawResponse[ExecuteMarketOrderResponse] = _transport(self._client).call(
            _ops.EXECUTE_MARKET_ORDER, path={"orderId": order_id}, body=params, pairing_token=pairing_token
        )
        return result

    def confirm_market_order(self, order_id: str, pairing_token: str) -> RawResponse[ConfirmMarketOrderResponse]:
        """Confirm a delivered order. Answers with the raw response.

        Accepts the delivery of a delivered order (ORDER_NOT_DELIVERED otherwise); the order becomes confirmed and a
        held payment becomes release_pending. For x402 this settles the payment.

        ``POST /market/orders/{orderId}/confirm`` · auth: agent pairing (``x-agent-pairing-token``) · not idempotent:
        never re-sent once it may have reached the server.

        Args:
            order_id: Order id (the order's id).
            pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
                ``x-agent-pairing-token``; never logged or shown in errors.

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``confirm_market_order`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), ORDER_CLOSED (409), ORDER_NOT_DELIVERED (409),
                AGENT_AUTH_REQUIRED (401), AGENT_AUTH_INVALID (401), AGENT_AUTH_EXPIRED (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): 200 on success (status unstated); an
            x402 payment is settled here.
        """
        result: RawResponse[ConfirmMarketOrderResponse] = _transport(self._client).call(
            _ops.CONFIRM_MARKET_ORDER, path={"orderId": order_id}, pairing_token=pairing_token
        )
        return result

    def dispute_market_order(
        self, order_id: str, params: DisputeMarketOrderRequest, pairing_token: str
    ) -> RawResponse[DisputeMarketOrderResponse]:
        """Dispute a market order. Answers with the raw response.

        Opens a dispute with a reason and optional evidence; the order becomes disputed and its payment frozen until
        the dispute is resolved.

        ``POST /market/orders/{orderId}/dispute`` · auth: agent pairing (``x-agent-pairing-token``) · not idempotent:
        never re-sent once it may have reached the server.

        Args:
            order_id: Order id (the order's id).
            params: The request body (``DisputeMarketOrderRequest``).
            pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
                ``x-agent-pairing-token``; never logged or shown in errors.

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``dispute_market_order`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), ORDER_CLOSED (409), AGENT_AUTH_REQUIRED (401),
                AGENT_AUTH_INVALID (401), AGENT_AUTH_EXPIRED (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): 200 on success (status unstated).
        """
        result: RawResponse[DisputeMarketOrderResponse] = _transport(self._client).call(
            _ops.DISPUTE_MARKET_ORDER, path={"orderId": order_id}, body=params, pairing_token=pairing_token
        )
        return result

    def cancel_market_order(
        self, order_id: str, params: CancelMarketOrderRequest | None, pairing_token: str
    ) -> RawResponse[CancelMarketOrderResponse]:
        """Cancel a market order. Answers with the raw response.

        Cancels an order that has not started executing (created, payment_pending or ready); the order becomes
        cancelled and a payment intent or held payment is refunded (payment refunded). Once execution has started
        (executing, delivered, confirmed, disputed, failed, handoff) or after a cancellation the order is closed to
        cancelling (ORDER_CLOSED). The body is optional; its reason is kept in the order's cancelled event.

        ``POST /market/orders/{orderId}/cancel`` · auth: agent pairing (``x-agent-pairing-token``) · not idempotent:
        never re-sent once it may have reached the server.

        Args:
            order_id: Order id (the order's id).
            params: The request body (``CancelMarketOrderRequest``). Optional: ``None`` sends no body.
            pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
                ``x-agent-pairing-token``; never logged or shown in errors.

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``cancel_market_order`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), ORDER_CLOSED (409), AGENT_AUTH_REQUIRED (401),
                AGENT_AUTH_INVALID (401), AGENT_AUTH_EXPIRED (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): The response (the reference SDK plans
            only the path and the {reason?} body) is ours - the order and its payment, as confirm answers; 200 on
            success. Cancellable statuses are created, payment_pending and ready (before execution); every later
            status answers ORDER_CLOSED (failed included - a failed order is retried or its payment refunded).
            Agent-pairing auth, as every other buyer write on an order (execute, confirm, dispute); another pairing's
            order is NOT_FOUND. A payment in intent_created or held becomes refunded (as a refund would); not_required
            stays.
        """
        result: RawResponse[CancelMarketOrderResponse] = _transport(self._client).call(
            _ops.CANCEL_MARKET_ORDER, path={"orderId": order_id}, body=params, pairing_token=pairing_token
        )
        return result

    def retry_market_order(
        self, order_id: str, params: RetryMarketOrderRequest | None, pairing_token: str
    ) -> RawResponse[ExecuteMarketOrderNativeResponse]:
        """Retry a failed market order. Answers with the raw response.

        Re-dispatches the execution of a failed order (failed -> executing -> delivered, or failed again) and answers
        as a native execute does: the order, the new run and its outcome (inspect the outcome). The run is recorded
        with new task, route, run and outcome ids, which the order's execution then carries. A payment that is
        required must still be held (PAYMENT_REQUIRED after a refund). An order that never failed answers
        ORDER_NOT_FAILED; a closed one (confirmed, disputed, cancelled, handoff) ORDER_CLOSED.

        ``POST /market/orders/{orderId}/retry`` · auth: agent pairing (``x-agent-pairing-token``) · not idempotent:
        never re-sent once it may have reached the server.

        Args:
            order_id: Order id (the order's id).
            params: The request body (``RetryMarketOrderRequest``). Optional: ``None`` sends no body.
            pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
                ``x-agent-pairing-token``; never logged or shown in errors.

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``retry_market_order`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), ORDER_CLOSED (409), ORDER_NOT_FAILED (409),
                PAYMENT_REQUIRED (402), ENDPOINT_UNREACHABLE (502), AGENT_AUTH_REQUIRED (401), AGENT_AUTH_INVALID
                (401), AGENT_AUTH_EXPIRED (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): The response (the reference SDK plans
            only the path and the {reason?} body) is ours - the native execute answer; 200 on success. Only a failed
            order can be retried; ORDER_NOT_FAILED (409, a code of ours) for created, payment_pending, ready,
            executing or delivered; ORDER_CLOSED for confirmed, disputed, cancelled and handoff. PAYMENT_REQUIRED when
            a required payment is no longer held; ENDPOINT_UNREACHABLE as execute. Agent-pairing auth, as execute; not
            idempotent (each retry is a new run).
        """
        result: RawResponse[ExecuteMarketOrderNativeResponse] = _transport(self._client).call(
            _ops.RETRY_MARKET_ORDER, path={"orderId": order_id}, body=params, pairing_token=pairing_token
        )
        return result

    def list_market_order_events(
        self, order_id: str, *, limit: int | None = None, cursor: str | None = None
    ) -> RawResponse[ListResponse[MarketOrderEvent]]:
        """List an order's events. Answers with the raw response.

        The order's history, one event per status change in the order it happened (created, payment_pending, ready,
        executing, delivered, confirmed, disputed, cancelled, failed, handoff; a retry shows as executing after
        failed). Callable with the platform key or with the pairing token (the owner's view).

        ``GET /market/orders/{orderId}/events`` · auth: platform (``x-api-key`` when the client has one) · paginated ·
        idempotent: retried on transient failures.

        Args:
            order_id: Order id (the order's id).
            limit: Page size (server default 100). ``None`` leaves it out.
            cursor: Opaque cursor from the previous page's nextCursor. ``None`` leaves it out.

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``list_market_order_events`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401),
                AGENT_AUTH_INVALID (401), AGENT_AUTH_EXPIRED (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): The path and the item fields (id,
            orderId, type, payload, createdAt) are the reference SDK's planned types; the envelope, auth and event
            types are ours. The list envelope with cursor pagination (limit, cursor), oldest first, as every list;
            VALIDATION_ERROR for a bad limit or cursor. Auth as get_market_order (platform key, or the owning
            pairing's token); NOT_FOUND for an unknown order. type is the order's new status; payload {status,
            previousStatus, reason?} (reason as the request that caused the change gave it), never a secret.
        """
        result: RawResponse[ListResponse[MarketOrderEvent]] = _transport(self._client).call(
            _ops.LIST_MARKET_ORDER_EVENTS, path={"orderId": order_id}, query={"limit": limit, "cursor": cursor}
        )
        return result

    def create_payment_intent(
        self, order_id: str, params: CreatePaymentIntentRequest, pairing_token: str
    ) -> RawResponse[ItemResponse[MarketPayment]]:
        """Create a payment intent. Answers with the raw response.

        Opens the order's payment record on a rail; idempotent: when one exists it is returned (200) instead of a new
        one (201). On a not-required rail the order goes straight to ready. peaqOS records provider payment state; the
        machine or operator pays the provider.

        ``POST /market/orders/{orderId}/payment-intent`` · auth: agent pairing (``x-agent-pairing-token``) ·
        idempotent: retried on transient failures.

        Args:
            order_id: Order id (the order's id).
            params: The request body (``CreatePaymentIntentRequest``).
            pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
                ``x-agent-pairing-token``; never logged or shown in errors.

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``create_payment_intent`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), PAYMENT_REQUIRED (402), ORDER_CLOSED (409),
                AGENT_AUTH_REQUIRED (401), AGENT_AUTH_INVALID (401), AGENT_AUTH_EXPIRED (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): 201 when created, 200 when the
            existing record is returned (status unstated).
        """
        result: RawResponse[ItemResponse[MarketPayment]] = _transport(self._client).call(
            _ops.CREATE_PAYMENT_INTENT, path={"orderId": order_id}, body=params, pairing_token=pairing_token
        )
        return result

    def get_market_payment(self, order_id: str) -> RawResponse[ItemResponse[MarketPayment | None]]:
        """Get an order's payment. Answers with the raw response.

        The order's payment record, or an item of null when the order has none yet.

        ``GET /market/orders/{orderId}/payment`` · auth: platform (``x-api-key`` when the client has one) ·
        idempotent: retried on transient failures.

        Args:
            order_id: Order id (the order's id).

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``get_market_payment`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.
        """
        result: RawResponse[ItemResponse[MarketPayment | None]] = _transport(self._client).call(
            _ops.GET_MARKET_PAYMENT, path={"orderId": order_id}
        )
        return result

    def submit_payment_proof(
        self, order_id: str, params: SubmitPaymentProofRequest | SubmitX402PaymentProofRequest, pairing_token: str
    ) -> RawResponse[ItemResponse[MarketPayment]]:
        """Submit a payment proof. Answers with the raw response.

        Proves the order was paid. On-chain variant: a transfer (EVM transactionHash or Solana transactionSignature),
        recorded as attested or checked against an EVM RPC receipt and its ERC-20 Transfer log. x402 variant: the
        signed PAYMENT-SIGNATURE value, replayed to the provider at execute. On success the payment is held and the
        order ready; a wallet payment proven by a USDT transfer is then recorded on the wdk-usdt-transfer rail (the
        stated upgrade; that it needs a USDT transfer is our reading of the rail's name), so rail.type can change from
        wallet to wdk-usdt-transfer here.

        ``POST /market/orders/{orderId}/payment-proof`` · auth: agent pairing (``x-agent-pairing-token``) · not
        idempotent: never re-sent once it may have reached the server.

        Args:
            order_id: Order id (the order's id).
            params: The request body (``SubmitPaymentProofRequest`` or ``SubmitX402PaymentProofRequest``).
            pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
                ``x-agent-pairing-token``; never logged or shown in errors.

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``submit_payment_proof`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), ORDER_CLOSED (409), PAYMENT_RPC_REQUIRED (422),
                PAYMENT_RPC_ERROR (502), PAYMENT_NOT_MINED (409), PAYMENT_TX_FAILED (402), PAYMENT_TRANSFER_NOT_FOUND
                (400), AGENT_AUTH_REQUIRED (401), AGENT_AUTH_INVALID (401), AGENT_AUTH_EXPIRED (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): 200 on success (status unstated).
            Exactly one of transactionHash and transactionSignature on an on-chain proof. x402 variant: errors
            unstated; VALIDATION_ERROR when the order's rail is not x402.
        """
        result: RawResponse[ItemResponse[MarketPayment]] = _transport(self._client).call(
            _ops.SUBMIT_PAYMENT_PROOF, path={"orderId": order_id}, body=params, pairing_token=pairing_token
        )
        return result

    def lock_escrow_payment(
        self, order_id: str, params: LockEscrowPaymentRequest, pairing_token: str
    ) -> RawResponse[ItemResponse[MarketPayment]]:
        """Record an escrow lock. Answers with the raw response.

        Records an on-chain escrow lock for the order's payment: the payment becomes held and the order ready. A
        repeat while held changes nothing.

        ``POST /market/orders/{orderId}/payment/escrow-lock`` · auth: agent pairing (``x-agent-pairing-token``) ·
        idempotent: retried on transient failures.

        Args:
            order_id: Order id (the order's id).
            params: The request body (``LockEscrowPaymentRequest``).
            pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
                ``x-agent-pairing-token``; never logged or shown in errors.

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``lock_escrow_payment`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), ORDER_CLOSED (409), AGENT_AUTH_REQUIRED (401),
                AGENT_AUTH_INVALID (401), AGENT_AUTH_EXPIRED (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): 200 on success (status unstated).
        """
        result: RawResponse[ItemResponse[MarketPayment]] = _transport(self._client).call(
            _ops.LOCK_ESCROW_PAYMENT, path={"orderId": order_id}, body=params, pairing_token=pairing_token
        )
        return result

    def release_payment(
        self, order_id: str, params: ReleasePaymentRequest | None, pairing_token: str
    ) -> RawResponse[ItemResponse[MarketPayment]]:
        """Release a payment. Answers with the raw response.

        Pays out the held funds of a confirmed order: allowed only from release_pending, ends released. The body is
        optional.

        ``POST /market/orders/{orderId}/payment/release`` · auth: agent pairing (``x-agent-pairing-token``) · not
        idempotent: never re-sent once it may have reached the server.

        Args:
            order_id: Order id (the order's id).
            params: The request body (``ReleasePaymentRequest``). Optional: ``None`` sends no body.
            pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
                ``x-agent-pairing-token``; never logged or shown in errors.

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``release_payment`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), ORDER_CLOSED (409), AGENT_AUTH_REQUIRED (401),
                AGENT_AUTH_INVALID (401), AGENT_AUTH_EXPIRED (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): 200 on success (status unstated);
            ORDER_CLOSED unless the payment is release_pending.
        """
        result: RawResponse[ItemResponse[MarketPayment]] = _transport(self._client).call(
            _ops.RELEASE_PAYMENT, path={"orderId": order_id}, body=params, pairing_token=pairing_token
        )
        return result

    def refund_payment(
        self, order_id: str, params: RefundPaymentRequest | None, pairing_token: str
    ) -> RawResponse[ItemResponse[MarketPayment]]:
        """Refund a payment. Answers with the raw response.

        Refunds the order's payment to the payer; ends refunded. The body is optional.

        ``POST /market/orders/{orderId}/payment/refund`` · auth: agent pairing (``x-agent-pairing-token``) · not
        idempotent: never re-sent once it may have reached the server.

        Args:
            order_id: Order id (the order's id).
            params: The request body (``RefundPaymentRequest``). Optional: ``None`` sends no body.
            pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
                ``x-agent-pairing-token``; never logged or shown in errors.

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``refund_payment`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), ORDER_CLOSED (409), AGENT_AUTH_REQUIRED (401),
                AGENT_AUTH_INVALID (401), AGENT_AUTH_EXPIRED (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): 200 on success (status unstated);
            ORDER_CLOSED for a released or refunded payment.
        """
        result: RawResponse[ItemResponse[MarketPayment]] = _transport(self._client).call(
            _ops.REFUND_PAYMENT, path={"orderId": order_id}, body=params, pairing_token=pairing_token
        )
        return result

    def list_policies(self) -> RawResponse[ListResponse[Policy]]:
        """List policies. Answers with the raw response.

        Every stored policy, oldest first. Machines name policies in policyIds; search and order creation for such a
        machine honour them.

        ``GET /policies`` · auth: platform (``x-api-key`` when the client has one) · idempotent: retried on transient
        failures.

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``list_policies`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): Not paginated (the reference SDK sends
            no limit or cursor; the list envelope is stated).
        """
        result: RawResponse[ListResponse[Policy]] = _transport(self._client).call(_ops.LIST_POLICIES)
        return result

    def create_policy(self, params: CreatePolicyRequest) -> RawResponse[ItemResponse[Policy]]:
        """Create a policy. Answers with the raw response.

        Stores a new policy (201). Its rules apply to every machine whose policyIds name it.

        ``POST /policies`` · auth: platform (``x-api-key`` when the client has one) · not idempotent: never re-sent
        once it may have reached the server.

        Args:
            params: The request body (``CreatePolicyRequest``).

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``create_policy`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): 201 on success (status unstated).
            VALIDATION_ERROR for a body the schema refuses (error codes unstated).
        """
        result: RawResponse[ItemResponse[Policy]] = _transport(self._client).call(_ops.CREATE_POLICY, body=params)
        return result

    def get_policy(self, policy_id: str) -> RawResponse[ItemResponse[Policy]]:
        """Get a policy. Answers with the raw response.

        One policy by id; NOT_FOUND when there is none.

        ``GET /policies/{policyId}`` · auth: platform (``x-api-key`` when the client has one) · idempotent: retried on
        transient failures.

        Args:
            policy_id: Policy id (the policy's id).

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``get_policy`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): The route itself (the docs list
            get_policy; no source states its path or shape); platform auth as the group. NOT_FOUND for an unknown
            policy id.
        """
        result: RawResponse[ItemResponse[Policy]] = _transport(self._client).call(
            _ops.GET_POLICY, path={"policyId": policy_id}
        )
        return result

    def update_policy(self, policy_id: str, params: UpdatePolicyRequest) -> RawResponse[ItemResponse[Policy]]:
        """Update a policy. Answers with the raw response.

        Replaces the fields sent (a shallow update) and moves updatedAt forward; the change applies to later searches
        and orders of every machine naming it.

        ``PATCH /policies/{policyId}`` · auth: platform (``x-api-key`` when the client has one) · not idempotent:
        never re-sent once it may have reached the server.

        Args:
            policy_id: Policy id (the policy's id).
            params: The request body (``UpdatePolicyRequest``).

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``update_policy`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): NOT_FOUND for an unknown policy id;
            VALIDATION_ERROR for a body the schema refuses (error codes unstated). updatedAt strictly increases on
            every update (the policy's version).
        """
        result: RawResponse[ItemResponse[Policy]] = _transport(self._client).call(
            _ops.UPDATE_POLICY, path={"policyId": policy_id}, body=params
        )
        return result

    def list_audit_events(
        self,
        *,
        machine_id: str | None = None,
        resource_type: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
    ) -> RawResponse[ListResponse[AuditEvent]]:
        """List audit events. Answers with the raw response.

        The audit trail: one event per state change (machines, agents, pairings and sessions, runtime endpoints,
        policies, searches, orders, payments, runs, graph nodes and edges, tasks), oldest first, filterable by machine
        and resource type. Payloads name what changed, never a secret value.

        ``GET /audit-events`` · auth: platform (``x-api-key`` when the client has one) · paginated · idempotent:
        retried on transient failures.

        Args:
            machine_id: Only events of this machine. ``None`` leaves it out.
            resource_type: Only events about this kind of record (machine, agent, pairing, policy, order, payment, ...). ``None``
                leaves it out.
            limit: Page size (server default 100). ``None`` leaves it out.
            cursor: Opaque cursor from the previous page's nextCursor. ``None`` leaves it out.

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``list_audit_events`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): cursor pagination besides limit (the
            reference SDK sends limit only); oldest first as every list. VALIDATION_ERROR for a bad limit or cursor,
            as every list.
        """
        result: RawResponse[ListResponse[AuditEvent]] = _transport(self._client).call(
            _ops.LIST_AUDIT_EVENTS,
            query={"machineId": machine_id, "resourceType": resource_type, "limit": limit, "cursor": cursor},
        )
        return result

    def list_runs(
        self,
        *,
        machine_id: str | None = None,
        order_id: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
    ) -> RawResponse[ListResponse[RunRecord]]:
        """List execution runs. Answers with the raw response.

        Every recorded execution run, oldest first, filterable by machine and order. A native execution records one
        run; an external handoff records none.

        ``GET /runs`` · auth: platform (``x-api-key`` when the client has one) · paginated · idempotent: retried on
        transient failures.

        Args:
            machine_id: Only runs executed for this machine. ``None`` leaves it out.
            order_id: Only runs of this order. ``None`` leaves it out.
            limit: Page size (server default 100). ``None`` leaves it out.
            cursor: Opaque cursor from the previous page's nextCursor. ``None`` leaves it out.

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``list_runs`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): The route itself (the docs name Run
            records only); platform auth as the other read routes. Filters machineId and orderId; cursor pagination;
            VALIDATION_ERROR for a bad limit or cursor.
        """
        result: RawResponse[ListResponse[RunRecord]] = _transport(self._client).call(
            _ops.LIST_RUNS, query={"machineId": machine_id, "orderId": order_id, "limit": limit, "cursor": cursor}
        )
        return result

    def get_run(self, run_id: str) -> RawResponse[ItemResponse[RunRecord]]:
        """Get an execution run. Answers with the raw response.

        One run by id, with the order, task and route ids that tie it to its order; NOT_FOUND when there is none.

        ``GET /runs/{runId}`` · auth: platform (``x-api-key`` when the client has one) · idempotent: retried on
        transient failures.

        Args:
            run_id: Run id (as on the order's execution).

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``get_run`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): The route itself (the docs name Run
            records only); NOT_FOUND for an unknown run id.
        """
        result: RawResponse[ItemResponse[RunRecord]] = _transport(self._client).call(
            _ops.GET_RUN, path={"runId": run_id}
        )
        return result

    def get_readiness(self) -> RawResponse[Readiness]:
        """Readiness probe. Answers with the raw response.

        ready when the server can serve calls; not_ready with a failing check naming the dependency (identity
        registry, payment RPC) otherwise. Served at the host root and under /api/v1.

        ``GET /readiness`` · auth: none · idempotent: retried on transient failures.

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``get_readiness`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: none.
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): Also served at the host root, as
            /health. The check names (identity-registry, payment-rpc, store) and that a failing check answers 200 with
            status not_ready.
        """
        result: RawResponse[Readiness] = _transport(self._client).call(_ops.GET_READINESS)
        return result

    def get_machine_graph(self, machine_id: str) -> RawResponse[ItemResponse[MachineGraph]]:
        """Get a machine's graph. Answers with the raw response.

        Every node and edge of the machine's graph, each list oldest first. The machine must be active and its
        identity must resolve as activated (MACHINE_NOT_ACTIVE, MACHINE_NOT_ACTIVATED).

        ``GET /machines/{machineId}/graph`` · auth: platform (``x-api-key`` when the client has one) · idempotent:
        retried on transient failures.

        Args:
            machine_id: Server-assigned machine id (mach_...).

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``get_machine_graph`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED (409), AUTH_REQUIRED
                (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): Path and method are stated; the
            response shape ({item: {machineId, nodes, edges}}) and platform auth are ours. MACHINE_NOT_ACTIVE /
            MACHINE_NOT_ACTIVATED from the group gate; NOT_FOUND for an unknown machine.
        """
        result: RawResponse[ItemResponse[MachineGraph]] = _transport(self._client).call(
            _ops.GET_MACHINE_GRAPH, path={"machineId": machine_id}
        )
        return result

    def create_graph_node(
        self, machine_id: str, params: CreateGraphNodeRequest
    ) -> RawResponse[ItemResponse[GraphNode]]:
        """Add a node to a machine's graph. Answers with the raw response.

        Stores a node (status draft unless another is sent) in the graph of an active, activated machine.

        ``POST /machines/{machineId}/graph/nodes`` · auth: platform (``x-api-key`` when the client has one) · not
        idempotent: never re-sent once it may have reached the server.

        Args:
            machine_id: Server-assigned machine id (mach_...).
            params: The request body (``CreateGraphNodeRequest``).

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``create_graph_node`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED
                (409), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): Path and method are stated; the body
            ({label, kind?, status?, data?}), 201 and platform auth are ours. MACHINE_NOT_ACTIVE /
            MACHINE_NOT_ACTIVATED from the group gate; VALIDATION_ERROR for a body the schema refuses.
        """
        result: RawResponse[ItemResponse[GraphNode]] = _transport(self._client).call(
            _ops.CREATE_GRAPH_NODE, path={"machineId": machine_id}, body=params
        )
        return result

    def update_graph_node(
        self, machine_id: str, node_id: str, params: UpdateGraphNodeRequest
    ) -> RawResponse[ItemResponse[GraphNode]]:
        """Update a graph node. Answers with the raw response.

        Changes only the fields sent; data is shallow-merged (each top-level key sent replaces the stored one, the
        others stay). Status is one of draft, active, blocked, degraded.

        ``PATCH /machines/{machineId}/graph/nodes/{nodeId}`` · auth: platform (``x-api-key`` when the client has one)
        · not idempotent: never re-sent once it may have reached the server.

        Args:
            machine_id: Server-assigned machine id (mach_...).
            node_id: Graph node id (the node's id).
            params: The request body (``UpdateGraphNodeRequest``).

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``update_graph_node`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED
                (409), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): Stated: every field optional, data
            shallow-merged, statuses draft|active|blocked|degraded. The field names other than data and status, 200
            and platform auth are ours. NOT_FOUND for a node not in this machine's graph; MACHINE_NOT_ACTIVE /
            MACHINE_NOT_ACTIVATED from the group gate.
        """
        result: RawResponse[ItemResponse[GraphNode]] = _transport(self._client).call(
            _ops.UPDATE_GRAPH_NODE, path={"machineId": machine_id, "nodeId": node_id}, body=params
        )
        return result

    def delete_graph_node(self, machine_id: str, node_id: str) -> RawResponse[None]:
        """Remove a graph node. Answers with the raw response.

        Removes the node and every edge that starts or ends at it. Answers 204 with no body.

        ``DELETE /machines/{machineId}/graph/nodes/{nodeId}`` · auth: platform (``x-api-key`` when the client has one)
        · idempotent: retried on transient failures.

        Args:
            machine_id: Server-assigned machine id (mach_...).
            node_id: Graph node id (the node's id).

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``delete_graph_node`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED (409), AUTH_REQUIRED
                (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): Stated: DELETE answers 204. That the
            node's edges go with it, and platform auth, are ours. NOT_FOUND for a node not in this machine's graph;
            MACHINE_NOT_ACTIVE / MACHINE_NOT_ACTIVATED from the group gate.
        """
        result: RawResponse[None] = _transport(self._client).call(
            _ops.DELETE_GRAPH_NODE, path={"machineId": machine_id, "nodeId": node_id}
        )
        return result

    def create_graph_edge(
        self, machine_id: str, params: CreateGraphEdgeRequest
    ) -> RawResponse[ItemResponse[GraphEdge]]:
        """Connect two nodes of a machine's graph. Answers with the raw response.

        Stores an edge from sourceNodeId to targetNodeId; both must be nodes of this machine's graph (VALIDATION_ERROR
        naming the missing one otherwise). A node may be joined to itself.

        ``POST /machines/{machineId}/graph/edges`` · auth: platform (``x-api-key`` when the client has one) · not
        idempotent: never re-sent once it may have reached the server.

        Args:
            machine_id: Server-assigned machine id (mach_...).
            params: The request body (``CreateGraphEdgeRequest``).

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``create_graph_edge`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED
                (409), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): Path and method are stated; the body
            ({sourceNodeId, targetNodeId, kind?, status?, data?}), 201 and platform auth are ours. VALIDATION_ERROR
            when an end is not a node of this machine's graph; MACHINE_NOT_ACTIVE / MACHINE_NOT_ACTIVATED from the
            group gate.
        """
        result: RawResponse[ItemResponse[GraphEdge]] = _transport(self._client).call(
            _ops.CREATE_GRAPH_EDGE, path={"machineId": machine_id}, body=params
        )
        return result

    def update_graph_edge(
        self, machine_id: str, edge_id: str, params: UpdateGraphEdgeRequest
    ) -> RawResponse[ItemResponse[GraphEdge]]:
        """Update a graph edge. Answers with the raw response.

        Changes only the fields sent (its ends never change); data is shallow-merged as on nodes. Status is one of
        draft, active, blocked, degraded.

        ``PATCH /machines/{machineId}/graph/edges/{edgeId}`` · auth: platform (``x-api-key`` when the client has one)
        · not idempotent: never re-sent once it may have reached the server.

        Args:
            machine_id: Server-assigned machine id (mach_...).
            edge_id: Graph edge id (the edge's id).
            params: The request body (``UpdateGraphEdgeRequest``).

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``update_graph_edge`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED
                (409), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): Path and method are stated; the body
            (kind, status, data shallow-merged as on nodes; ends immutable), 200 and platform auth are ours. NOT_FOUND
            for an edge not in this machine's graph; MACHINE_NOT_ACTIVE / MACHINE_NOT_ACTIVATED from the group gate.
        """
        result: RawResponse[ItemResponse[GraphEdge]] = _transport(self._client).call(
            _ops.UPDATE_GRAPH_EDGE, path={"machineId": machine_id, "edgeId": edge_id}, body=params
        )
        return result

    def delete_graph_edge(self, machine_id: str, edge_id: str) -> RawResponse[None]:
        """Remove a graph edge. Answers with the raw response.

        Removes the edge; its nodes stay. Answers 204 with no body.

        ``DELETE /machines/{machineId}/graph/edges/{edgeId}`` · auth: platform (``x-api-key`` when the client has one)
        · idempotent: retried on transient failures.

        Args:
            machine_id: Server-assigned machine id (mach_...).
            edge_id: Graph edge id (the edge's id).

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``delete_graph_edge`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED (409), AUTH_REQUIRED
                (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): Path and method are stated; 204 (as
            the node DELETE) and platform auth are ours. NOT_FOUND for an edge not in this machine's graph;
            MACHINE_NOT_ACTIVE / MACHINE_NOT_ACTIVATED from the group gate.
        """
        result: RawResponse[None] = _transport(self._client).call(
            _ops.DELETE_GRAPH_EDGE, path={"machineId": machine_id, "edgeId": edge_id}
        )
        return result

    def list_tasks(
        self, *, machine_id: str, limit: int | None = None, cursor: str | None = None
    ) -> RawResponse[ListResponse[Task]]:
        """List a machine's tasks. Answers with the raw response.

        One page of the tasks of one machine (machineId is required), oldest first. The machine must be active and
        verified.

        ``GET /tasks`` · auth: platform (``x-api-key`` when the client has one) · paginated · idempotent: retried on
        transient failures.

        Args:
            machine_id: The machine whose tasks to list (required).
            limit: Page size (server default 100). ``None`` leaves it out.
            cursor: Opaque cursor from the previous page's nextCursor. ``None`` leaves it out.

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``list_tasks`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED
                (409), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): The route itself (the docs name the
            method only): GET /tasks?machineId=..., paginated and gated as the order list, platform auth as the other
            reads.
        """
        result: RawResponse[ListResponse[Task]] = _transport(self._client).call(
            _ops.LIST_TASKS, query={"machineId": machine_id, "limit": limit, "cursor": cursor}
        )
        return result

    def create_task(self, params: CreateTaskRequest, pairing_token: str) -> RawResponse[ItemResponse[Task]]:
        """Create a task. Answers with the raw response.

        Records what a machine needs done (a service type and optional criteria and input) under an active pairing,
        with status created. Discover, resolve and execute it next; each step runs on the market (search, order,
        execute) under the same pairing.

        ``POST /tasks`` · auth: agent pairing (``x-agent-pairing-token``) · not idempotent: never re-sent once it may
        have reached the server.

        Args:
            params: The request body (``CreateTaskRequest``).
            pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
                ``x-agent-pairing-token``; never logged or shown in errors.

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``create_task`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), AGENT_PAIRING_REQUIRED (403), AGENT_PAIRING_INACTIVE (403),
                MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED (409), AGENT_AUTH_REQUIRED (401), AGENT_AUTH_INVALID
                (401), AGENT_AUTH_EXPIRED (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): The route itself (the docs name the
            method and the discover -> resolve -> execute lifecycle only): POST /tasks, 201, agent-pairing auth as
            every market write. Body: the market search criteria plus machineId, agentPairingId and the operation
            input; the pairing checks are those of order create.
        """
        result: RawResponse[ItemResponse[Task]] = _transport(self._client).call(
            _ops.CREATE_TASK, body=params, pairing_token=pairing_token
        )
        return result

    def get_task(self, task_id: str) -> RawResponse[ItemResponse[Task]]:
        """Get a task. Answers with the raw response.

        One task by id, with its quotes, route, run and outcome as far as it has come; NOT_FOUND when there is none.

        ``GET /tasks/{taskId}`` · auth: platform (``x-api-key`` when the client has one) · idempotent: retried on
        transient failures.

        Args:
            task_id: Task id (the task's id).

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``get_task`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: NOT_FOUND (404), AUTH_REQUIRED (401), AUTH_INVALID (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): The route itself (the docs name the
            method only): GET /tasks/{taskId}, platform auth as the order read; not gated on the machine (a record
            read).
        """
        result: RawResponse[ItemResponse[Task]] = _transport(self._client).call(_ops.GET_TASK, path={"taskId": task_id})
        return result

    def discover_task(self, task_id: str, pairing_token: str) -> RawResponse[ItemResponse[Task]]:
        """Discover providers for a task. Answers with the raw response.

        Runs a market search with the task's criteria and keeps its ranked quotes on the task: status discovered, or
        no_match when nothing fits (discover again after changing policies or catalogue). Allowed until the task is
        resolved (TASK_CLOSED after).

        ``POST /tasks/{taskId}/discover`` · auth: agent pairing (``x-agent-pairing-token``) · not idempotent: never
        re-sent once it may have reached the server.

        Args:
            task_id: Task id (the task's id).
            pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
                ``x-agent-pairing-token``; never logged or shown in errors.

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``discover_task`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), TASK_CLOSED (409), AGENT_PAIRING_INACTIVE (403),
                MACHINE_NOT_ACTIVE (409), MACHINE_NOT_ACTIVATED (409), AGENT_AUTH_REQUIRED (401), AGENT_AUTH_INVALID
                (401), AGENT_AUTH_EXPIRED (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): The route itself: POST
            /tasks/{taskId}/discover with an empty body, 200, agent-pairing auth (the token of the task's pairing;
            another pairing's task is NOT_FOUND). TASK_CLOSED once resolved; the search's own codes
            (MACHINE_NOT_ACTIVE, MACHINE_NOT_ACTIVATED, AGENT_PAIRING_INACTIVE).
        """
        result: RawResponse[ItemResponse[Task]] = _transport(self._client).call(
            _ops.DISCOVER_TASK, path={"taskId": task_id}, pairing_token=pairing_token
        )
        return result

    def resolve_task(
        self, task_id: str, params: ResolveTaskRequest | None, pairing_token: str
    ) -> RawResponse[ItemResponse[Task]]:
        """Resolve a task to a route. Answers with the raw response.

        Picks a discovered quote (quoteId, or the best one) and orders it: a market order is created under the task's
        pairing with every order-create check (policies, spend limits, quote freshness), and the task records the
        order and its route (status resolved). When the order needs payment, settle it on orderId with the payment
        calls before executing.

        ``POST /tasks/{taskId}/resolve`` · auth: agent pairing (``x-agent-pairing-token``) · not idempotent: never
        re-sent once it may have reached the server.

        Args:
            task_id: Task id (the task's id).
            params: The request body (``ResolveTaskRequest``). Optional: ``None`` sends an empty JSON object.
            pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
                ``x-agent-pairing-token``; never logged or shown in errors.

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``resolve_task`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), TASK_CLOSED (409), TASK_NOT_READY (409),
                QUOTE_EXPIRED (410), AGENT_PAIRING_INACTIVE (403), AGENT_POLICY_DENIED (403),
                AGENT_SPEND_LIMIT_EXCEEDED (403), AGENT_DAILY_LIMIT_EXCEEDED (403), MACHINE_NOT_ACTIVE (409),
                MACHINE_NOT_ACTIVATED (409), AGENT_AUTH_REQUIRED (401), AGENT_AUTH_INVALID (401), AGENT_AUTH_EXPIRED
                (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): The route itself: POST
            /tasks/{taskId}/resolve with {quoteId?}, 200, agent-pairing auth. TASK_NOT_READY without a discovered
            quote, TASK_CLOSED once resolved; NOT_FOUND for a quoteId the discovery did not return; the order-create
            codes otherwise.
        """
        result: RawResponse[ItemResponse[Task]] = _transport(self._client).call(
            _ops.RESOLVE_TASK, path={"taskId": task_id}, body=params, pairing_token=pairing_token
        )
        return result

    def execute_task(
        self, task_id: str, params: ExecuteTaskRequest, pairing_token: str
    ) -> RawResponse[ItemResponse[Task]]:
        """Execute a resolved task. Answers with the raw response.

        Executes the task's order exactly as order execute does and records the Route, Run and Outcome on the task:
        completed (or failed) with run and outcome for a native service, handoff with where to continue for an
        external one. The run is also listed by list_runs. Payment, when the service needs it, must be held first
        (PAYMENT_REQUIRED).

        ``POST /tasks/{taskId}/execute`` · auth: agent pairing (``x-agent-pairing-token``) · not idempotent: never
        re-sent once it may have reached the server.

        Args:
            task_id: Task id (the task's id).
            params: The request body (``ExecuteTaskRequest``).
            pairing_token: The agent pairing's session token (returned once by pairing create or session rotation), sent as
                ``x-agent-pairing-token``; never logged or shown in errors.

        Returns:
            ``RawResponse``: status code, headers (secrets redacted in its repr), request id, retries taken and elapsed time; ``.parse()`` gives what ``execute_task`` returns.

        Raises:
            OrchestrationValidationError: An argument breaks a rule the spec states; nothing was sent.
            OrchestrationApiError: The server refused the call (``.code``, ``.status_code``, ``.request_id``). Codes this route
                documents: VALIDATION_ERROR (400), NOT_FOUND (404), TASK_CLOSED (409), TASK_NOT_READY (409),
                PAYMENT_REQUIRED (402), EXECUTION_UNSUPPORTED (422), ENDPOINT_UNREACHABLE (502), AGENT_AUTH_REQUIRED
                (401), AGENT_AUTH_INVALID (401), AGENT_AUTH_EXPIRED (401).
            OrchestrationNetworkError: No usable answer (connection, timeout, TLS) once the retry policy gives up.

        Note:
            Details chosen where the public facts are silent (they may change): The route itself: POST
            /tasks/{taskId}/execute with {input?, payment?}, 200 for native and handoff alike (the task carries the
            difference), agent-pairing auth. TASK_NOT_READY before resolve, TASK_CLOSED once executed (or when its
            order was executed or closed directly); the order-execute codes otherwise.
        """
        result: RawResponse[ItemResponse[Task]] = _transport(self._client).call(
            _ops.EXECUTE_TASK, path={"taskId": task_id}, body=params, pairing_token=pairing_token
        )
        return result

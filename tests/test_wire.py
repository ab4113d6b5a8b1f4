"""Wire tests: every documented method, sync and async, over real loopback HTTP against the mock.

Each scenario prepares state with the sync client, then makes exactly one call with the client
under test (``client.orchestration.X`` or ``await aclient.orchestration.X``) and asserts both
what the server received (method, path, query, headers, body) and what the caller got back.

All calls run with ``api_key="test-platform-key"`` while the mock enforces platform keys, so a
missing or misplaced ``x-api-key`` fails loudly.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from peaq_os_sdk.orchestration._shards import tls_context
from peaq_os_sdk._generated.operations import ALL as ALL_OPERATIONS
from peaq_os_sdk import AsyncPeaqosClient, PeaqosClient, __version__
from peaq_os_sdk.mock import MockServer
from peaq_os_sdk.orchestration import (
    AgentPairing,
    AuditEvent,
    CreateGraphEdgeRequest,
    CreateGraphNodeRequest,
    CreateTaskRequest,
    ExecuteTaskRequest,
    GraphEdge,
    GraphNode,
    MachineGraph,
    ResolveTaskRequest,
    Task,
    UpdateGraphEdgeRequest,
    UpdateGraphNodeRequest,
    BudgetCap,
    BudgetCapInput,
    CreatePolicyRequest,
    Health,
    Policy,
    Readiness,
    RunRecord,
    UpdatePolicyRequest,
    AgentPairingChallengeResponse,
    ConfirmMarketOrderResponse,
    CreateAgentPairingChallengeRequest,
    CreateAgentPairingRequest,
    CreateAgentPairingSessionRequest,
    CreateMachineIdentityChallengeRequest,
    CreateMachineRequest,
    CreateMarketOrderRequest,
    CreatePaymentIntentRequest,
    DelegationPolicy,
    DisputeMarketOrderRequest,
    DisputeMarketOrderResponse,
    CancelMarketOrderRequest,
    CancelMarketOrderResponse,
    MarketOrderEvent,
    RetryMarketOrderRequest,
    EnrollMachineAgentRequest,
    ExecuteMarketOrderHandoffResponse,
    ExecuteMarketOrderNativeResponse,
    ExecuteMarketOrderRequest,
    ExecutePaymentInput,
    GetMarketServiceOptions,
    ItemResponse,
    ListMarketServicesOptions,
    ListResponse,
    ListSkillsOptions,
    LockEscrowPaymentRequest,
    Machine,
    MachineAgent,
    MachineAgentHeartbeatEndpoint,
    MachineAgentHeartbeatRequest,
    MachineAgentHeartbeatResponse,
    MachineIdentityChallengeResponse,
    MachineIdentityProofInput,
    MarketOrder,
    MarketPayment,
    RegisteredMachine,
    SubmitX402PaymentProofRequest,
    MarketSearch,
    MarketSearchBudget,
    MarketSearchRequest,
    MarketService,
    OrchestrationApiError,
    OrderBudget,
    PaymentRailInput,
    ProviderCredentials,
    RefundPaymentRequest,
    ReleasePaymentRequest,
    RuntimeEndpoint,
    SkillConfigResponse,
    SkillManifest,
    SkillSummary,
    SubmitPaymentProofRequest,
    UpdateAgentPairingRequest,
    UpdateMachineRequest,
    UpdateSkillConfigRequest,
    UpsertRuntimeEndpointRequest,
)
from peaq_os_sdk.orchestration.signing import address_of, sign_identity_challenge, sign_pairing_challenge
from tests.conftest import run
from tests.world import AGENT_KEY, CONTROLLER_KEY, OTHER_KEY, World

KEY = "test-platform-key"
API = "/api/v1"
USER_AGENT = f"peaqos-sdk-py/{__version__}"
PAYER = "0x" + "1a" * 20
PAYEE = "0x8ba1f109551bD432803012645Ac136ddd64DBA72"
TX = "0x" + "ab" * 32

# Every SDK method the spec defines (the spec is the list); each must have at least one scenario.
DOC_METHODS = frozenset(op.sdk_name for op in ALL_OPERATIONS if op.sdk_name)
SUCCESS_STATUSES = {op.operation_id: op.success_statuses for op in ALL_OPERATIONS}
NO_BODY = object()


# ---- fixtures ----------------------------------------------------------------------------------
@pytest.fixture
def kclient(mock: MockServer):
    """A client with the platform key, against a mock that enforces platform keys."""
    mock.config.require_api_auth = True
    mock.config.api_keys = (KEY,)
    c = PeaqosClient(orchestration_url=mock.url, api_key=KEY)
    yield c
    c.close()


@pytest.fixture
def kw(mock: MockServer, kclient: PeaqosClient) -> World:
    return World(mock, kclient)


def invoke(call: Callable[[Any], Any], mode: str, kclient: PeaqosClient, make_aclient: Any) -> Any:
    """Run ``call(namespace)`` with the sync client, or awaited with a fresh async client."""
    if mode == "sync":
        return call(kclient.orchestration)

    async def go() -> Any:
        async with make_aclient(api_key=KEY) as ac:
            return await call(ac.orchestration)

    return run(go())


# ---- scenario table ----------------------------------------------------------------------------
@dataclass
class Case:
    call: Callable[[Any], Any]
    op: str
    method: str
    path: str
    auth: str  # "platform" | "agent" | "none"
    check: Callable[[Any], None]
    query: dict[str, str] = field(default_factory=dict)
    body: Any = NO_BODY
    raw: bytes | None = None  # exact raw body when it matters ({} for enrollment and confirm)
    token: str | None = None


SCENARIOS: dict[str, tuple[str, Callable[[World], Case]]] = {}


def scenario(method: str, variant: str = "") -> Callable[[Callable[[World], Case]], Callable[[World], Case]]:
    def deco(fn: Callable[[World], Case]) -> Callable[[World], Case]:
        key = f"{method}[{variant}]" if variant else method
        assert key not in SCENARIOS
        SCENARIOS[key] = (method, fn)
        return fn

    return deco


# ---- state builders ----------------------------------------------------------------------------
def _order(w: World, m: Machine, p: AgentPairing, tok: str, service_id: str, **kw: Any) -> MarketOrder:
    return w.o.create_market_order(
        CreateMarketOrderRequest(machine_id=m.id, agent_pairing_id=p.id, service_id=service_id, **kw), tok).item


def _proof(**kw: Any) -> SubmitPaymentProofRequest:
    fields = dict(verification_mode="recorded", chain="peaq", token="USDT", payer_address=PAYER,
                  payee_address=PAYEE, amount="0.05", transaction_hash=TX)
    fields.update(kw)
    return SubmitPaymentProofRequest(**fields)


def _pro_order(w: World, stage: str) -> tuple[Machine, AgentPairing, str, MarketOrder]:
    """An svc-price-pro order (wallet rail, payment required) advanced to ``stage``."""
    m = w.active_machine()
    p, tok = w.pairing(m)
    o = _order(w, m, p, tok, "svc-price-pro")
    stages = ["created", "intent", "held", "delivered", "confirmed"]
    if stages.index(stage) >= 1:
        w.o.create_payment_intent(o.id, CreatePaymentIntentRequest(), tok)
    if stages.index(stage) >= 2:
        w.o.submit_payment_proof(o.id, _proof(), tok)
    if stages.index(stage) >= 3:
        w.o.execute_market_order(o.id, ExecuteMarketOrderRequest(), tok)
    if stages.index(stage) >= 4:
        w.o.confirm_market_order(o.id, tok)
    return m, p, tok, o


def _endpoint(w: World, m: Machine, key: str, **kw: Any) -> RuntimeEndpoint:
    params = UpsertRuntimeEndpointRequest(endpoint_base_url=kw.pop("url", "http://127.0.0.1:11434"), **kw)
    return w.o.upsert_runtime_endpoint(m.id, key, params).item


# ---- machines and identity ---------------------------------------------------------------------
@scenario("create_machine_identity_challenge")
def _(w: World) -> Case:
    ref = w.identity()
    num = ref.rsplit(":", 1)[1]

    def check(r: Any) -> None:
        assert isinstance(r, ItemResponse) and isinstance(r.item, MachineIdentityChallengeResponse)
        assert r.item.identity_ref == ref  # the alias comes back canonical
        assert r.item.controller_addresses == (address_of(CONTROLLER_KEY),)
        assert r.item.verification_method == "eip191" and r.item.challenge_id in r.item.message

    return Case(lambda o: o.create_machine_identity_challenge(
        CreateMachineIdentityChallengeRequest(identity_ref=f"peaqos:machine:{num}")),
        "createMachineIdentityChallenge", "POST", f"{API}/machine-identity/challenges", "platform", check,
        body={"identityRef": f"peaqos:machine:{num}"})


@scenario("create_machine_identity_challenge", "address-form")
def _(w: World) -> Case:
    token_id = 880_000 + len(w.mock.store.identities)
    address = "0x" + f"{token_id:040x}"
    w.mock.register_identity(token_id, [address_of(CONTROLLER_KEY)], machine_address=address)
    ref = f"did:peaq:{address}"

    def check(r: Any) -> None:
        assert r.item.identity_ref == f"did:peaq:{token_id}"  # the documented address form comes back canonical

    return Case(lambda o: o.create_machine_identity_challenge(CreateMachineIdentityChallengeRequest(identity_ref=ref)),
                "createMachineIdentityChallenge", "POST", f"{API}/machine-identity/challenges", "platform", check,
                body={"identityRef": ref})


@scenario("create_machine", "address-form")
def _(w: World) -> Case:
    token_id = 890_000 + len(w.mock.store.identities)
    address = "0x" + f"{token_id:040x}"
    w.mock.register_identity(token_id, [address_of(CONTROLLER_KEY)], machine_address=address)
    ref = f"did:peaq:{address}"
    ch = w.o.create_machine_identity_challenge(CreateMachineIdentityChallengeRequest(identity_ref=ref))
    proof = sign_identity_challenge(ch, CONTROLLER_KEY)
    params = CreateMachineRequest(display_name="R", owner_id="o", machine_type="robot", runtime_profile="linux",
                                  identity_ref=ref, identity_proof=proof)

    def check(r: Any) -> None:
        assert type(r.item) is RegisteredMachine and isinstance(r.item, Machine)
        assert r.item.identity_ref == f"did:peaq:{token_id}"
        assert r.item.identity_proof is not None and r.item.identity_proof.identity_ref == f"did:peaq:{token_id}"

    return Case(lambda o: o.create_machine(params), "createMachine", "POST", f"{API}/machines", "platform", check,
                body={"displayName": "R", "ownerId": "o", "machineType": "robot", "runtimeProfile": "linux",
                      "identityRef": ref,
                      "identityProof": {"challengeId": proof.challenge_id, "signature": proof.signature}})


@scenario("list_machines", "defaults")
def _(w: World) -> Case:
    ms = [w.active_machine() for _ in range(2)]

    def check(r: Any) -> None:
        assert isinstance(r, ListResponse) and isinstance(r.items, tuple)
        assert [x.id for x in r.items] == [m.id for m in ms]
        assert all(isinstance(x, Machine) for x in r.items) and r.next_cursor is None

    return Case(lambda o: o.list_machines(), "listMachines", "GET", f"{API}/machines", "platform", check)


@scenario("list_machines", "limit+cursor")
def _(w: World) -> Case:
    ms = [w.active_machine() for _ in range(3)]
    first = w.o.list_machines(limit=2)
    assert first.next_cursor

    def check(r: Any) -> None:
        assert isinstance(r, ListResponse)
        assert [x.id for x in r.items] == [ms[2].id] and r.next_cursor is None

    return Case(lambda o: o.list_machines(limit=2, cursor=first.next_cursor), "listMachines", "GET",
                f"{API}/machines", "platform", check, query={"limit": "2", "cursor": first.next_cursor})


@scenario("create_machine")
def _(w: World) -> Case:
    ref = w.identity()
    ch = w.o.create_machine_identity_challenge(CreateMachineIdentityChallengeRequest(identity_ref=ref))
    proof = sign_identity_challenge(ch, CONTROLLER_KEY)
    labels = {"site_id": "A-1", "Zone-Name": "north", "camelCase": "kept"}
    pol = _policy(w).id  # policyIds must name stored policies
    params = CreateMachineRequest(display_name="Robot A", owner_id="0xowner", machine_type="robot",
                                  runtime_profile="linux-docker", identity_ref=ref, identity_proof=proof,
                                  capabilities=["gps", "lidar"], labels=labels, policy_ids=[pol],
                                  skill_keys=["oracle.price-feed"])

    def check(r: Any) -> None:
        assert isinstance(r, ItemResponse) and isinstance(r.item, Machine)
        m = r.item
        assert m.status == "draft" and m.display_name == "Robot A" and m.identity_ref == ref
        assert m.labels == labels and m.capabilities == ("gps", "lidar") and m.policy_ids == (pol,)
        assert m.skill_keys == ("oracle.price-feed",)
        assert m.identity_proof is not None and m.identity_proof.signer_address == address_of(CONTROLLER_KEY)

    return Case(lambda o: o.create_machine(params), "createMachine", "POST", f"{API}/machines", "platform", check,
                body={"displayName": "Robot A", "ownerId": "0xowner", "machineType": "robot",
                      "runtimeProfile": "linux-docker", "identityRef": ref,
                      "identityProof": {"challengeId": proof.challenge_id, "signature": proof.signature},
                      "capabilities": ["gps", "lidar"], "labels": labels, "policyIds": [pol],
                      "skillKeys": ["oracle.price-feed"]})


@scenario("get_machine")
def _(w: World) -> Case:
    m = w.active_machine(labels={"site_id": "A"})

    def check(r: Any) -> None:
        assert isinstance(r, ItemResponse) and isinstance(r.item, Machine)
        assert r.item.id == m.id and r.item.status == "active" and r.item.labels == {"site_id": "A"}
        assert r.item.created_at == m.created_at

    return Case(lambda o: o.get_machine(m.id), "getMachine", "GET", f"{API}/machines/{m.id}", "platform", check)


@scenario("update_machine")
def _(w: World) -> Case:
    m = w.active_machine(labels={"site_id": "A"})
    params = UpdateMachineRequest(display_name="Renamed", labels={"site_id": "B", "rack_no": "7"})

    def check(r: Any) -> None:
        assert isinstance(r, ItemResponse) and isinstance(r.item, Machine)
        assert r.item.display_name == "Renamed" and r.item.labels == {"site_id": "B", "rack_no": "7"}
        assert r.item.status == "active" and r.item.id == m.id

    return Case(lambda o: o.update_machine(m.id, params), "updateMachine", "PATCH", f"{API}/machines/{m.id}",
                "platform", check, body={"displayName": "Renamed", "labels": {"site_id": "B", "rack_no": "7"}})


@scenario("archive_machine")
def _(w: World) -> Case:
    m = w.active_machine()

    def check(r: Any) -> None:
        assert r is None
        assert w.o.get_machine(m.id).item.status == "archived"

    return Case(lambda o: o.archive_machine(m.id), "archiveMachine", "DELETE", f"{API}/machines/{m.id}",
                "platform", check)


# ---- machine agents ----------------------------------------------------------------------------
@scenario("list_machine_agents")
def _(w: World) -> Case:
    m = w.active_machine()
    agents = [w.o.enroll_machine_agent(m.id).item for _ in range(2)]

    def check(r: Any) -> None:
        assert isinstance(r, ListResponse) and r.next_cursor is None
        assert [a.id for a in r.items] == [a.id for a in agents]
        assert all(isinstance(a, MachineAgent) and a.provisioning_token is None for a in r.items)

    return Case(lambda o: o.list_machine_agents(m.id), "listMachineAgents", "GET", f"{API}/machines/{m.id}/agents",
                "platform", check)


@scenario("enroll_machine_agent", "no-params")
def _(w: World) -> Case:
    m = w.active_machine()

    def check(r: Any) -> None:
        assert isinstance(r, ItemResponse) and isinstance(r.item, MachineAgent)
        a = r.item
        assert a.machine_id == m.id and a.status == "provisioned" and a.allowed_provider_keys == ("qvac",)
        assert a.provisioning_token and a.provisioning_token.startswith("mat_")
        assert a.provisioning_token not in repr(r)

    return Case(lambda o: o.enroll_machine_agent(m.id), "enrollMachineAgent", "POST",
                f"{API}/machines/{m.id}/agents/enrollment", "platform", check, body={}, raw=b"{}")


@scenario("enroll_machine_agent", "params")
def _(w: World) -> Case:
    m = w.active_machine()
    params = EnrollMachineAgentRequest(label="edge-box", allowed_provider_keys=["qvac"])

    def check(r: Any) -> None:
        assert isinstance(r.item, MachineAgent) and r.item.label == "edge-box" and r.item.provisioning_token

    return Case(lambda o: o.enroll_machine_agent(m.id, params), "enrollMachineAgent", "POST",
                f"{API}/machines/{m.id}/agents/enrollment", "platform", check,
                body={"label": "edge-box", "allowedProviderKeys": ["qvac"]})


@scenario("revoke_machine_agent")
def _(w: World) -> Case:
    m = w.active_machine()
    a = w.o.enroll_machine_agent(m.id).item

    def check(r: Any) -> None:
        assert r is None
        assert [x.status for x in w.o.list_machine_agents(m.id).items] == ["revoked"]

    return Case(lambda o: o.revoke_machine_agent(m.id, a.id), "revokeMachineAgent", "DELETE",
                f"{API}/machines/{m.id}/agents/{a.id}", "platform", check)


@scenario("machine_agent_heartbeat", "full")
def _(w: World) -> Case:
    m = w.active_machine()
    a = w.o.enroll_machine_agent(m.id).item
    token = a.provisioning_token
    ep = MachineAgentHeartbeatEndpoint(provider_key="qvac", endpoint_base_url="http://127.0.0.1:11434/v1",
                                       label="Local LLM", auth_type="bearer", auth_token="ep-secret",
                                       model_alias="llama-3", network_scope="loopback", probe_path="/v1/models")
    params = MachineAgentHeartbeatRequest(machine_id=m.id, agent_id=a.id, agent_token=token, endpoints=[ep],
                                          lease_ttl_seconds=120)

    def check(r: Any) -> None:
        assert isinstance(r, MachineAgentHeartbeatResponse)  # unwrapped, not an ItemResponse
        assert r.machine_id == m.id and r.agent_id == a.id and r.lease_ttl_seconds == 120
        assert len(r.endpoints) == 1 and r.endpoints[0].provider_key == "qvac"
        assert r.endpoints[0].status == "active" and r.endpoints[0].endpoint_base_url == "http://127.0.0.1:11434"

    return Case(lambda o: o.machine_agent_heartbeat(params), "machineAgentHeartbeat", "POST",
                f"{API}/machine-agents/heartbeat", "none", check,
                body={"machineId": m.id, "agentId": a.id, "agentToken": token, "leaseTtlSeconds": 120,
                      "endpoints": [{"providerKey": "qvac", "endpointBaseUrl": "http://127.0.0.1:11434/v1",
                                     "label": "Local LLM", "authType": "bearer", "authToken": "ep-secret",
                                     "modelAlias": "llama-3", "networkScope": "loopback",
                                     "probePath": "/v1/models"}]})


@scenario("machine_agent_heartbeat", "minimal")
def _(w: World) -> Case:
    m = w.active_machine()
    a = w.o.enroll_machine_agent(m.id).item
    params = MachineAgentHeartbeatRequest(
        machine_id=m.id, agent_id=a.id, agent_token=a.provisioning_token,
        endpoints=[MachineAgentHeartbeatEndpoint(provider_key="qvac", endpoint_base_url="https://10.0.0.5:8443")])

    def check(r: Any) -> None:
        assert isinstance(r, MachineAgentHeartbeatResponse) and r.lease_ttl_seconds == 60

    # unset optional fields are omitted, never sent as null (no leaseTtlSeconds: null, no label: null)
    return Case(lambda o: o.machine_agent_heartbeat(params), "machineAgentHeartbeat", "POST",
                f"{API}/machine-agents/heartbeat", "none", check,
                body={"machineId": m.id, "agentId": a.id, "agentToken": a.provisioning_token,
                      "endpoints": [{"providerKey": "qvac", "endpointBaseUrl": "https://10.0.0.5:8443"}]})


# ---- agent pairings ----------------------------------------------------------------------------
@scenario("list_agent_pairings")
def _(w: World) -> Case:
    m = w.active_machine()
    ps = [w.pairing(m)[0] for _ in range(3)]
    first = w.o.list_agent_pairings(m.id, limit=2)
    assert first.next_cursor

    def check(r: Any) -> None:
        assert isinstance(r, ListResponse) and r.next_cursor is None
        assert [p.id for p in r.items] == [ps[2].id]
        assert isinstance(r.items[0], AgentPairing) and r.items[0].pairing_token is None

    return Case(lambda o: o.list_agent_pairings(m.id, limit=2, cursor=first.next_cursor), "listAgentPairings", "GET",
                f"{API}/machines/{m.id}/agent-pairings", "platform", check,
                query={"limit": "2", "cursor": first.next_cursor})


@scenario("create_agent_pairing_challenge")
def _(w: World) -> Case:
    m = w.active_machine()
    addr = address_of(AGENT_KEY)
    did = f"did:pkh:eip155:3338:{addr}"
    params = CreateAgentPairingChallengeRequest(agent_address=addr, agent_provider="anthropic", agent_role="buyer",
                                                agent_did=did)

    def check(r: Any) -> None:
        assert isinstance(r, ItemResponse) and isinstance(r.item, AgentPairingChallengeResponse)
        c = r.item
        assert c.machine_id == m.id and c.machine_identity_ref == m.identity_ref
        assert c.agent_address == addr and c.agent_did == did and c.verification_method == "eip191"
        assert c.challenge_id in c.message

    return Case(lambda o: o.create_agent_pairing_challenge(m.id, params), "createAgentPairingChallenge", "POST",
                f"{API}/machines/{m.id}/agent-pairings/challenges", "platform", check,
                body={"agentAddress": addr, "agentProvider": "anthropic", "agentRole": "buyer", "agentDid": did})


@scenario("create_agent_pairing")
def _(w: World) -> Case:
    m = w.active_machine()
    addr = address_of(AGENT_KEY)
    ch = w.o.create_agent_pairing_challenge(m.id, CreateAgentPairingChallengeRequest(
        agent_address=addr, agent_provider="anthropic", agent_role="buyer"))
    proof = sign_pairing_challenge(ch, AGENT_KEY)
    params = CreateAgentPairingRequest(
        agent_address=addr, agent_provider="anthropic", agent_role="buyer", agent_proof=proof, description="bot",
        delegation_policy=DelegationPolicy(allowed_service_ids=["svc-price-basic"], per_transaction_limit=1.5,
                                           daily_spend_limit=10.0, currency="USD"))

    def check(r: Any) -> None:
        assert isinstance(r, ItemResponse) and isinstance(r.item, AgentPairing)
        p = r.item
        assert p.machine_id == m.id and p.status == "active" and p.has_auth_token is True
        assert p.pairing_token and p.pairing_token.count(".") == 2
        assert p.token_last_four == p.pairing_token[-4:]
        assert p.pairing_token not in repr(r) and p.pairing_token not in str(p)
        assert p.delegation_policy.allowed_service_ids == ("svc-price-basic",)
        assert p.delegation_policy.per_transaction_limit == 1.5 and p.description == "bot"
        assert p.verification is not None and p.verification.signer_address == addr

    return Case(lambda o: o.create_agent_pairing(m.id, params), "createAgentPairing", "POST",
                f"{API}/machines/{m.id}/agent-pairings", "platform", check,
                body={"agentAddress": addr, "agentProvider": "anthropic", "agentRole": "buyer",
                      "agentProof": {"challengeId": proof.challenge_id, "signature": proof.signature},
                      "description": "bot",
                      "delegationPolicy": {"allowedServiceIds": ["svc-price-basic"], "perTransactionLimit": 1.5,
                                           "dailySpendLimit": 10.0, "currency": "USD"}})


@scenario("create_agent_pairing_session")
def _(w: World) -> Case:
    m = w.active_machine()
    p, old = w.pairing(m)
    ch = w.o.create_agent_pairing_challenge(m.id, CreateAgentPairingChallengeRequest(
        agent_address=p.agent_address, agent_provider=p.agent_provider, agent_role=p.agent_role))
    proof = sign_pairing_challenge(ch, AGENT_KEY)

    def check(r: Any) -> None:
        assert isinstance(r, ItemResponse) and isinstance(r.item, AgentPairing)
        assert r.item.id == p.id and r.item.pairing_token and r.item.pairing_token != old
        assert r.item.session_id != p.session_id and r.item.pairing_token not in repr(r)

    return Case(lambda o: o.create_agent_pairing_session(m.id, p.id, CreateAgentPairingSessionRequest(
        agent_proof=proof)), "createAgentPairingSession", "POST",
        f"{API}/machines/{m.id}/agent-pairings/{p.id}/sessions", "platform", check,
        body={"agentProof": {"challengeId": proof.challenge_id, "signature": proof.signature}})


@scenario("update_agent_pairing")
def _(w: World) -> Case:
    m = w.active_machine()
    p, _tok = w.pairing(m)
    params = UpdateAgentPairingRequest(description="maintenance", status="paused",
                                       delegation_policy=DelegationPolicy(denied_skill_keys=["compute.marketplace"]))

    def check(r: Any) -> None:
        assert isinstance(r, ItemResponse) and isinstance(r.item, AgentPairing)
        assert r.item.status == "paused" and r.item.description == "maintenance" and r.item.pairing_token is None
        assert r.item.delegation_policy.denied_skill_keys == ("compute.marketplace",)

    return Case(lambda o: o.update_agent_pairing(m.id, p.id, params), "updateAgentPairing", "PATCH",
                f"{API}/machines/{m.id}/agent-pairings/{p.id}", "platform", check,
                body={"description": "maintenance", "status": "paused",
                      "delegationPolicy": {"deniedSkillKeys": ["compute.marketplace"]}})


@scenario("revoke_agent_pairing")
def _(w: World) -> Case:
    m = w.active_machine()
    p, _tok = w.pairing(m)

    def check(r: Any) -> None:
        assert r is None
        assert [x.status for x in w.o.list_agent_pairings(m.id).items] == ["revoked"]

    return Case(lambda o: o.revoke_agent_pairing(m.id, p.id), "revokeAgentPairing", "DELETE",
                f"{API}/machines/{m.id}/agent-pairings/{p.id}", "platform", check)


# ---- runtime endpoints -------------------------------------------------------------------------
@scenario("list_runtime_endpoints")
def _(w: World) -> Case:
    m = w.active_machine()
    eps = [_endpoint(w, m, k) for k in ("alpha", "beta")]

    def check(r: Any) -> None:
        assert isinstance(r, ListResponse) and [e.id for e in r.items] == [eps[0].id]
        assert isinstance(r.items[0], RuntimeEndpoint) and isinstance(r.next_cursor, str)

    return Case(lambda o: o.list_runtime_endpoints(m.id, limit=1), "listRuntimeEndpoints", "GET",
                f"{API}/machines/{m.id}/runtime-endpoints", "platform", check, query={"limit": "1"})


@scenario("get_runtime_endpoint")
def _(w: World) -> Case:
    m = w.active_machine()
    ep = _endpoint(w, m, "qvac", auth_token="rt-secret")

    def check(r: Any) -> None:
        assert isinstance(r, ItemResponse) and isinstance(r.item, RuntimeEndpoint)
        assert r.item.id == ep.id and r.item.provider_key == "qvac" and r.item.has_auth_token is True
        assert "rt-secret" not in repr(r)

    return Case(lambda o: o.get_runtime_endpoint(m.id, "qvac"), "getRuntimeEndpoint", "GET",
                f"{API}/machines/{m.id}/runtime-endpoints/qvac", "platform", check)


@scenario("upsert_runtime_endpoint")
def _(w: World) -> Case:
    m = w.active_machine()
    params = UpsertRuntimeEndpointRequest(endpoint_base_url="http://192.168.1.20:11434", label="LAN LLM",
                                          auth_type="bearer", auth_token="rt-secret", model_alias="llama",
                                          network_scope="lan", probe_path="/v1/models", status="active")

    def check(r: Any) -> None:
        assert isinstance(r, ItemResponse) and isinstance(r.item, RuntimeEndpoint)
        e = r.item
        assert e.machine_id == m.id and e.provider_key == "qvac" and e.source == "manual"
        assert e.has_auth_token is True and e.auth_type == "bearer" and e.network_scope == "lan"
        assert e.label == "LAN LLM" and e.model_alias == "llama" and "rt-secret" not in repr(r)

    return Case(lambda o: o.upsert_runtime_endpoint(m.id, "qvac", params), "upsertRuntimeEndpoint", "PUT",
                f"{API}/machines/{m.id}/runtime-endpoints/qvac", "platform", check,
                body={"endpointBaseUrl": "http://192.168.1.20:11434", "label": "LAN LLM", "authType": "bearer",
                      "authToken": "rt-secret", "modelAlias": "llama", "networkScope": "lan",
                      "probePath": "/v1/models", "status": "active"})


@scenario("delete_runtime_endpoint")
def _(w: World) -> Case:
    m = w.active_machine()
    _endpoint(w, m, "qvac")

    def check(r: Any) -> None:
        assert r is None and w.o.list_runtime_endpoints(m.id).items == ()

    return Case(lambda o: o.delete_runtime_endpoint(m.id, "qvac"), "deleteRuntimeEndpoint", "DELETE",
                f"{API}/machines/{m.id}/runtime-endpoints/qvac", "platform", check)


# ---- skills ------------------------------------------------------------------------------------
@scenario("list_skills", "options+limit")
def _(w: World) -> Case:
    opts = ListSkillsOptions(scope="core-product", direction="machine-consumes", source="partner")

    def check(r: Any) -> None:
        assert isinstance(r, ListResponse) and all(isinstance(s, SkillSummary) for s in r.items)
        assert [s.key for s in r.items] == ["storage.object", "compute.marketplace"]
        assert isinstance(r.next_cursor, str)

    return Case(lambda o: o.list_skills(opts, limit=2), "listSkills", "GET", f"{API}/skills", "platform", check,
                query={"scope": "core-product", "direction": "machine-consumes", "source": "partner", "limit": "2"})


@scenario("list_skills", "defaults")
def _(w: World) -> Case:
    def check(r: Any) -> None:
        assert isinstance(r, ListResponse) and len(r.items) == 8 and r.next_cursor is None

    return Case(lambda o: o.list_skills(), "listSkills", "GET", f"{API}/skills", "platform", check)


@scenario("get_skill")
def _(w: World) -> Case:
    def check(r: Any) -> None:
        assert isinstance(r, ItemResponse) and isinstance(r.item, SkillSummary)
        assert r.item.key == "oracle.price-feed" and r.item.scope == "core-product"

    return Case(lambda o: o.get_skill("oracle.price-feed"), "getSkill", "GET", f"{API}/skills/oracle.price-feed",
                "platform", check)


@scenario("get_skill_manifest")
def _(w: World) -> Case:
    def check(r: Any) -> None:
        assert isinstance(r, ItemResponse) and isinstance(r.item, SkillManifest)
        assert r.item.key == "oracle.price-feed" and isinstance(r.item.inputs, tuple)

    return Case(lambda o: o.get_skill_manifest("oracle.price-feed"), "getSkillManifest", "GET",
                f"{API}/skills/oracle.price-feed/manifest", "platform", check)


@scenario("update_skill_config")
def _(w: World) -> Case:
    creds = {"api_key": "sk-live-123", "Client_Secret": "cs-456"}
    settings = {"max_rps": 5, "region_name": "eu", "useCache": True}
    params = UpdateSkillConfigRequest(enabled=True, credentials=creds, settings=settings)

    def check(r: Any) -> None:
        assert isinstance(r, ItemResponse) and isinstance(r.item, SkillConfigResponse)
        assert r.item.skill_key == "storage.object" and r.item.enabled is True and r.item.has_credentials is True
        assert r.item.settings == settings  # opaque: the user's keys, untouched
        assert "sk-live-123" not in repr(r) and "sk-live-123" not in repr(params)

    return Case(lambda o: o.update_skill_config("storage.object", params), "updateSkillConfig", "PATCH",
                f"{API}/skills/storage.object/config", "platform", check,
                body={"enabled": True, "credentials": creds, "settings": settings})


# ---- market services and search ---------------------------------------------------------------
@scenario("list_market_services")
def _(w: World) -> Case:
    m = w.active_machine()
    opts = ListMarketServicesOptions(machine_id=m.id, service_type="oracle.price-feed", execution_mode="native",
                                     provider_key="peaq-oracle")

    def check(r: Any) -> None:
        assert isinstance(r, ListResponse) and all(isinstance(s, MarketService) for s in r.items)
        assert [s.id for s in r.items] == ["svc-price-basic", "svc-price-pro"] and r.next_cursor is None
        assert r.items[1].payment is not None and r.items[1].payment.default_rail == "wallet"

    return Case(lambda o: o.list_market_services(opts, limit=5), "listMarketServices", "GET",
                f"{API}/market/services", "platform", check,
                query={"machineId": m.id, "serviceType": "oracle.price-feed", "executionMode": "native",
                       "providerKey": "peaq-oracle", "limit": "5"})


@scenario("get_market_service")
def _(w: World) -> Case:
    m = w.active_machine()

    def check(r: Any) -> None:
        assert isinstance(r, ItemResponse) and isinstance(r.item, MarketService)
        assert r.item.id == "svc-rtk-eu" and r.item.region == "eu"
        assert r.item.payment is not None and r.item.payment.default_rail == "escrow"
        assert r.item.pricing is not None and r.item.pricing.amount == 2.0

    return Case(lambda o: o.get_market_service("svc-rtk-eu", GetMarketServiceOptions(machine_id=m.id)),
                "getMarketService", "GET", f"{API}/market/services/svc-rtk-eu", "platform", check,
                query={"machineId": m.id})


@scenario("search_market")
def _(w: World) -> Case:
    m = w.active_machine()
    p, tok = w.pairing(m)
    creds = {"walrus": {"publisherUrl": "https://pub.example", "publisher_token": "pt-secret"}}
    params = MarketSearchRequest(machine_id=m.id, agent_pairing_id=p.id, service_type="defi", max_results=3,
                                 allow_external_handoff=False, budget=MarketSearchBudget(max=1.0, currency="USD"),
                                 provider_credentials=ProviderCredentials(providers=creds))

    def check(r: Any) -> None:
        assert isinstance(r, ItemResponse) and isinstance(r.item, MarketSearch)
        s = r.item
        assert s.status == "completed" and s.machine_id == m.id and s.agent_pairing_id == p.id
        assert s.normalized_task.service_type == "oracle.price-feed"
        assert {q.service_id for q in s.quotes} == {"svc-price-basic", "svc-price-pro"}
        assert "pt-secret" not in repr(params)

    return Case(lambda o: o.search_market(params, tok), "searchMarket", "POST", f"{API}/market/search", "agent",
                check, token=tok,
                body={"machineId": m.id, "agentPairingId": p.id, "serviceType": "defi", "maxResults": 3,
                      "allowExternalHandoff": False, "budget": {"max": 1.0, "currency": "USD"},
                      "providerCredentials": creds})


@scenario("get_market_search")
def _(w: World) -> Case:
    m = w.active_machine()
    p, tok = w.pairing(m)
    s = w.o.search_market(MarketSearchRequest(machine_id=m.id, agent_pairing_id=p.id, service_type="defi"), tok).item

    def check(r: Any) -> None:
        assert isinstance(r, ItemResponse) and isinstance(r.item, MarketSearch)
        assert r.item.id == s.id and [q.id for q in r.item.quotes] == [q.id for q in s.quotes]

    return Case(lambda o: o.get_market_search(s.id), "getMarketSearch", "GET", f"{API}/market/searches/{s.id}",
                "platform", check)


# ---- orders ------------------------------------------------------------------------------------
@scenario("list_market_orders", "limit+cursor")
def _(w: World) -> Case:
    m = w.active_machine()
    p, tok = w.pairing(m)
    orders = [_order(w, m, p, tok, "svc-price-basic") for _ in range(3)]
    first = w.o.list_market_orders(machine_id=m.id, limit=2)
    assert first.next_cursor

    def check(r: Any) -> None:
        assert isinstance(r, ListResponse) and [x.id for x in r.items] == [orders[2].id]
        assert isinstance(r.items[0], MarketOrder) and r.next_cursor is None

    return Case(lambda o: o.list_market_orders(machine_id=m.id, limit=2, cursor=first.next_cursor),
                "listMarketOrders", "GET", f"{API}/market/orders", "platform", check,
                query={"machineId": m.id, "limit": "2", "cursor": first.next_cursor})


@scenario("list_market_orders", "machine-only")
def _(w: World) -> Case:
    m = w.active_machine()
    p, tok = w.pairing(m)
    order = _order(w, m, p, tok, "svc-price-basic")

    def check(r: Any) -> None:
        assert [x.id for x in r.items] == [order.id] and r.next_cursor is None

    return Case(lambda o: o.list_market_orders(machine_id=m.id), "listMarketOrders", "GET", f"{API}/market/orders",
                "platform", check, query={"machineId": m.id})


@scenario("create_market_order")
def _(w: World) -> Case:
    m = w.active_machine()
    p, tok = w.pairing(m)
    s = w.o.search_market(MarketSearchRequest(machine_id=m.id, agent_pairing_id=p.id, service_type="defi"), tok).item
    q = next(x for x in s.quotes if x.service_id == "svc-price-basic")
    user_input = {"pair": "PEAQ/USD", "base_ccy": "peaq", "nested_obj": {"inner_key": 1, "innerCamel": [1, 2]}}
    params = CreateMarketOrderRequest(machine_id=m.id, agent_pairing_id=p.id, service_id="svc-price-basic",
                                      search_id=s.id, quote_id=q.id, operation="get-latest-price", input=user_input,
                                      budget=OrderBudget(amount=0, currency="USD"))

    def check(r: Any) -> None:
        assert isinstance(r, ItemResponse) and isinstance(r.item, MarketOrder)
        o = r.item
        assert o.status == "created" and o.service_id == "svc-price-basic" and o.quote_id == q.id
        assert o.search_id == s.id and o.input == user_input and o.payment.default_rail == "not-required"

    return Case(lambda o: o.create_market_order(params, tok), "createMarketOrder", "POST", f"{API}/market/orders",
                "agent", check, token=tok,
                body={"machineId": m.id, "agentPairingId": p.id, "serviceId": "svc-price-basic", "searchId": s.id,
                      "quoteId": q.id, "operation": "get-latest-price", "input": user_input,
                      "budget": {"amount": 0, "currency": "USD"}})


@scenario("get_market_order")
def _(w: World) -> Case:
    m = w.active_machine()
    p, tok = w.pairing(m)
    order = _order(w, m, p, tok, "svc-price-basic", input={"pair_name": "PEAQ/USD"})

    def check(r: Any) -> None:
        assert isinstance(r, ItemResponse) and isinstance(r.item, MarketOrder)
        assert r.item.id == order.id and r.item.input == {"pair_name": "PEAQ/USD"}

    return Case(lambda o: o.get_market_order(order.id), "getMarketOrder", "GET", f"{API}/market/orders/{order.id}",
                "platform", check)


@scenario("execute_market_order", "native-200")
def _(w: World) -> Case:
    m = w.active_machine()
    p, tok = w.pairing(m)
    order = _order(w, m, p, tok, "svc-price-basic", input={"pair_name": "PEAQ/USD", "quoteCcy": "usd"})

    def check(r: Any) -> None:
        assert isinstance(r, ExecuteMarketOrderNativeResponse)
        assert r.execution.status_code == 200 and r.execution.run.status == "completed"
        assert r.execution.outcome.status == "completed" and r.execution.outcome.service_id == "svc-price-basic"
        assert r.execution.outcome.result["input"] == {"pair_name": "PEAQ/USD", "quoteCcy": "usd"}
        assert r.order.id == order.id and r.order.status == "delivered"

    return Case(lambda o: o.execute_market_order(order.id, ExecuteMarketOrderRequest(input={"dry_run": False}), tok),
                "executeMarketOrder", "POST", f"{API}/market/orders/{order.id}/execute", "agent", check, token=tok,
                body={"input": {"dry_run": False}})


@scenario("execute_market_order", "handoff-202")
def _(w: World) -> Case:
    m = w.active_machine()
    p, tok = w.pairing(m)
    order = _order(w, m, p, tok, "svc-akash-gpu")

    def check(r: Any) -> None:
        assert isinstance(r, ExecuteMarketOrderHandoffResponse)
        assert r.execution.status_code == 202 and r.execution.handoff.url.startswith("https://")
        assert r.execution.handoff.label and r.order.status == "handoff"

    return Case(lambda o: o.execute_market_order(order.id, ExecuteMarketOrderRequest(), tok), "executeMarketOrder",
                "POST", f"{API}/market/orders/{order.id}/execute", "agent", check, token=tok, body={}, raw=b"{}")


@scenario("execute_market_order", "x402-payment")
def _(w: World) -> Case:
    m = w.active_machine()
    p, tok = w.pairing(m)
    order = _order(w, m, p, tok, "svc-walrus-store", operation="put-object")
    w.o.create_payment_intent(order.id, CreatePaymentIntentRequest(), tok)
    w.o.submit_payment_proof(order.id, _proof(chain="base", token="USDC", amount="0.01"), tok)
    params = ExecuteMarketOrderRequest(input={"object_key": "k1"}, payment=ExecutePaymentInput(payment_signature="x402-sig"))

    def check(r: Any) -> None:
        assert isinstance(r, ExecuteMarketOrderNativeResponse) and r.execution.status_code == 200
        assert "x402-sig" not in repr(params)

    return Case(lambda o: o.execute_market_order(order.id, params, tok), "executeMarketOrder", "POST",
                f"{API}/market/orders/{order.id}/execute", "agent", check, token=tok,
                body={"input": {"object_key": "k1"}, "payment": {"paymentSignature": "x402-sig"}})


@scenario("confirm_market_order")
def _(w: World) -> Case:
    _m, _p, tok, order = _pro_order(w, "delivered")

    def check(r: Any) -> None:
        assert isinstance(r, ConfirmMarketOrderResponse) and isinstance(r.order, MarketOrder)
        assert r.order.id == order.id and r.order.status == "confirmed"
        assert isinstance(r.payment, MarketPayment) and r.payment.status == "release_pending"

    return Case(lambda o: o.confirm_market_order(order.id, tok), "confirmMarketOrder", "POST",
                f"{API}/market/orders/{order.id}/confirm", "agent", check, token=tok, body={}, raw=b"{}")


@scenario("dispute_market_order")
def _(w: World) -> Case:
    _m, _p, tok, order = _pro_order(w, "delivered")
    evidence = {"log_url": "https://logs.example/1", "http_status": 500, "sampleIds": ["a"]}

    def check(r: Any) -> None:
        assert isinstance(r, DisputeMarketOrderResponse)
        assert r.order.status == "disputed" and r.dispute.status == "open" and r.dispute.reason == "wrong price"
        assert r.dispute.evidence == evidence and r.dispute.order_id == order.id
        assert isinstance(r.payment, MarketPayment) and r.payment.status == "frozen"

    return Case(lambda o: o.dispute_market_order(order.id, DisputeMarketOrderRequest(reason="wrong price",
                                                                                     evidence=evidence), tok),
                "disputeMarketOrder", "POST", f"{API}/market/orders/{order.id}/dispute", "agent", check, token=tok,
                body={"reason": "wrong price", "evidence": evidence})


def _failed_order(w: World) -> tuple[str, MarketOrder]:
    """A held svc-price-pro order whose execution failed (the simulator's providerFailure fault)."""
    _m, _p, tok, order = _pro_order(w, "held")
    w.mock.store.faults["providerFailure"] = True
    try:
        failed = w.o.execute_market_order(order.id, ExecuteMarketOrderRequest(), tok).order
    finally:
        w.mock.store.faults["providerFailure"] = False
    assert failed.status == "failed"
    return tok, failed


@scenario("cancel_market_order")
def _(w: World) -> Case:
    _m, _p, tok, order = _pro_order(w, "held")

    def check(r: Any) -> None:
        assert isinstance(r, CancelMarketOrderResponse) and isinstance(r.order, MarketOrder)
        assert (r.order.id, r.order.status) == (order.id, "cancelled")
        assert isinstance(r.payment, MarketPayment) and r.payment.status == "refunded"

    return Case(lambda o: o.cancel_market_order(order.id, CancelMarketOrderRequest(reason="no longer needed"), tok),
                "cancelMarketOrder", "POST", f"{API}/market/orders/{order.id}/cancel", "agent", check, token=tok,
                body={"reason": "no longer needed"})


@scenario("cancel_market_order", "no body")
def _(w: World) -> Case:
    _m, _p, tok, order = _pro_order(w, "created")

    def check(r: Any) -> None:
        assert isinstance(r, CancelMarketOrderResponse) and r.order.status == "cancelled" and r.payment is None

    return Case(lambda o: o.cancel_market_order(order.id, None, tok), "cancelMarketOrder", "POST",
                f"{API}/market/orders/{order.id}/cancel", "agent", check, token=tok)


@scenario("retry_market_order")
def _(w: World) -> Case:
    tok, order = _failed_order(w)

    def check(r: Any) -> None:
        assert isinstance(r, ExecuteMarketOrderNativeResponse) and r.execution.status_code == 200
        assert (r.order.id, r.order.status, r.execution.outcome.status) == (order.id, "delivered", "completed")
        assert r.execution.run.id == r.order.run_id != order.run_id

    return Case(lambda o: o.retry_market_order(order.id, RetryMarketOrderRequest(reason="flaky"), tok),
                "retryMarketOrder", "POST", f"{API}/market/orders/{order.id}/retry", "agent", check, token=tok,
                body={"reason": "flaky"})


@scenario("list_market_order_events")
def _(w: World) -> Case:
    _m, _p, _tok, order = _pro_order(w, "held")

    def check(r: Any) -> None:
        assert isinstance(r, ListResponse) and all(isinstance(x, MarketOrderEvent) for x in r.items)
        assert [(x.order_id, x.type) for x in r.items] == [(order.id, "created"), (order.id, "payment_pending")]
        assert r.next_cursor is not None

    return Case(lambda o: o.list_market_order_events(order.id, limit=2), "listMarketOrderEvents", "GET",
                f"{API}/market/orders/{order.id}/events", "platform", check, query={"limit": "2"})


# ---- payments ----------------------------------------------------------------------------------
@scenario("create_payment_intent")
def _(w: World) -> Case:
    _m, _p, tok, order = _pro_order(w, "created")
    meta = {"memo_id": "abc", "wdkWallet": "x"}
    params = CreatePaymentIntentRequest(rail=PaymentRailInput(type="wallet", chain="peaq", token="USDT",
                                                              payer_address=PAYER, metadata=meta),
                                        amount=0.05, currency="USDT")

    def check(r: Any) -> None:
        assert isinstance(r, ItemResponse) and isinstance(r.item, MarketPayment)
        pay = r.item
        assert pay.order_id == order.id and pay.status == "intent_created" and pay.amount == 0.05
        assert pay.rail.type == "wallet" and pay.rail.metadata == meta and pay.rail.payer_address == PAYER

    return Case(lambda o: o.create_payment_intent(order.id, params, tok), "createPaymentIntent", "POST",
                f"{API}/market/orders/{order.id}/payment-intent", "agent", check, token=tok,
                body={"rail": {"type": "wallet", "chain": "peaq", "token": "USDT", "payerAddress": PAYER,
                               "metadata": meta}, "amount": 0.05, "currency": "USDT"})


@scenario("get_market_payment", "none-yet")
def _(w: World) -> Case:
    _m, _p, _tok, order = _pro_order(w, "created")

    def check(r: Any) -> None:
        assert isinstance(r, ItemResponse) and r.item is None

    return Case(lambda o: o.get_market_payment(order.id), "getMarketPayment", "GET",
                f"{API}/market/orders/{order.id}/payment", "platform", check)


@scenario("get_market_payment", "held")
def _(w: World) -> Case:
    _m, _p, _tok, order = _pro_order(w, "held")

    def check(r: Any) -> None:
        assert isinstance(r, ItemResponse) and isinstance(r.item, MarketPayment)
        assert r.item.status == "held" and r.item.proof is not None and r.item.proof.transaction_hash == TX

    return Case(lambda o: o.get_market_payment(order.id), "getMarketPayment", "GET",
                f"{API}/market/orders/{order.id}/payment", "platform", check)


@scenario("submit_payment_proof", "evm")
def _(w: World) -> Case:
    _m, _p, tok, order = _pro_order(w, "intent")
    params = _proof(token_address="0xdAC17F958D2ee523a2206206994597C13D831ec7", token_decimals=6, raw_amount="50000",
                    metadata={"wallet_app": "wdk"})

    def check(r: Any) -> None:
        assert isinstance(r, ItemResponse) and isinstance(r.item, MarketPayment)
        pay = r.item
        assert pay.status == "held" and pay.rail.type == "wdk-usdt-transfer"
        assert pay.proof is not None and pay.proof.transaction_hash == TX
        assert pay.proof.verification_mode == "recorded" and pay.proof.metadata == {"wallet_app": "wdk"}

    return Case(lambda o: o.submit_payment_proof(order.id, params, tok), "submitPaymentProof", "POST",
                f"{API}/market/orders/{order.id}/payment-proof", "agent", check, token=tok,
                body={"verificationMode": "recorded", "chain": "peaq", "token": "USDT", "payerAddress": PAYER,
                      "payeeAddress": PAYEE, "amount": "0.05", "transactionHash": TX,
                      "tokenAddress": "0xdAC17F958D2ee523a2206206994597C13D831ec7", "tokenDecimals": 6,
                      "rawAmount": "50000", "metadata": {"wallet_app": "wdk"}})


@scenario("submit_payment_proof", "x402")
def _(w: World) -> Case:
    m = w.active_machine()
    p, tok = w.pairing(m)
    order = _order(w, m, p, tok, "svc-walrus-store", operation="put-object")
    w.o.create_payment_intent(order.id, CreatePaymentIntentRequest(), tok)
    params = SubmitX402PaymentProofRequest(payment=ExecutePaymentInput(payment_signature="x402-signed"),
                                           payment_reference="ref-1", metadata={"agent_run": "r1"})

    def check(r: Any) -> None:
        assert isinstance(r.item, MarketPayment) and (r.item.status, r.item.rail.type) == ("held", "x402")
        assert r.item.proof is not None and r.item.proof.metadata["headerName"] == "PAYMENT-SIGNATURE"
        assert r.item.proof.metadata["agent_run"] == "r1"  # the caller's metadata keys kept as written
        assert "x402-signed" not in repr(r.item)

    return Case(lambda o: o.submit_payment_proof(order.id, params, tok), "submitPaymentProof", "POST",
                f"{API}/market/orders/{order.id}/payment-proof", "agent", check, token=tok,
                body={"payment": {"paymentSignature": "x402-signed"}, "paymentReference": "ref-1",
                      "metadata": {"agent_run": "r1"}})


@scenario("submit_payment_proof", "solana")
def _(w: World) -> Case:
    _m, _p, tok, order = _pro_order(w, "intent")
    params = _proof(chain="solana", transaction_hash=None, transaction_signature="5" * 88, token_mint="Es9v")

    def check(r: Any) -> None:
        assert r.item.status == "held" and r.item.proof.transaction_signature == "5" * 88
        assert r.item.proof.transaction_hash is None

    return Case(lambda o: o.submit_payment_proof(order.id, params, tok), "submitPaymentProof", "POST",
                f"{API}/market/orders/{order.id}/payment-proof", "agent", check, token=tok,
                body={"verificationMode": "recorded", "chain": "solana", "token": "USDT", "payerAddress": PAYER,
                      "payeeAddress": PAYEE, "amount": "0.05", "transactionSignature": "5" * 88,
                      "tokenMint": "Es9v"})


@scenario("lock_escrow_payment")
def _(w: World) -> Case:
    m = w.active_machine()
    p, tok = w.pairing(m)
    order = _order(w, m, p, tok, "svc-rtk-eu")
    escrow = "0x" + "12" * 20
    params = LockEscrowPaymentRequest(transaction_hash=TX, chain="peaq", escrow_address=escrow)

    def check(r: Any) -> None:
        assert isinstance(r, ItemResponse) and isinstance(r.item, MarketPayment)
        assert r.item.status == "held" and r.item.rail.type == "escrow" and r.item.rail.escrow_address == escrow

    return Case(lambda o: o.lock_escrow_payment(order.id, params, tok), "lockEscrowPayment", "POST",
                f"{API}/market/orders/{order.id}/payment/escrow-lock", "agent", check, token=tok,
                body={"transactionHash": TX, "chain": "peaq", "escrowAddress": escrow})


@scenario("release_payment", "params-none")
def _(w: World) -> Case:
    _m, _p, tok, order = _pro_order(w, "confirmed")

    def check(r: Any) -> None:
        assert isinstance(r, ItemResponse) and isinstance(r.item, MarketPayment) and r.item.status == "released"

    return Case(lambda o: o.release_payment(order.id, None, tok), "releasePayment", "POST",
                f"{API}/market/orders/{order.id}/payment/release", "agent", check, token=tok)


@scenario("release_payment", "params")
def _(w: World) -> Case:
    _m, _p, tok, order = _pro_order(w, "confirmed")
    tx = "0x" + "ef" * 32

    def check(r: Any) -> None:
        assert r.item.status == "released" and "settled" in r.item.notes

    return Case(lambda o: o.release_payment(order.id, ReleasePaymentRequest(transaction_hash=tx, notes="settled"), tok),
                "releasePayment", "POST", f"{API}/market/orders/{order.id}/payment/release", "agent", check,
                token=tok, body={"transactionHash": tx, "notes": "settled"})


@scenario("refund_payment", "params-none")
def _(w: World) -> Case:
    _m, _p, tok, order = _pro_order(w, "intent")

    def check(r: Any) -> None:
        assert isinstance(r, ItemResponse) and isinstance(r.item, MarketPayment) and r.item.status == "refunded"

    return Case(lambda o: o.refund_payment(order.id, None, tok), "refundPayment", "POST",
                f"{API}/market/orders/{order.id}/payment/refund", "agent", check, token=tok)


@scenario("refund_payment", "params")
def _(w: World) -> Case:
    _m, _p, tok, order = _pro_order(w, "held")

    def check(r: Any) -> None:
        assert r.item.status == "refunded" and "buyer cancelled" in r.item.notes

    return Case(lambda o: o.refund_payment(order.id, RefundPaymentRequest(reason="buyer cancelled"), tok),
                "refundPayment", "POST", f"{API}/market/orders/{order.id}/payment/refund", "agent", check,
                token=tok, body={"reason": "buyer cancelled"})


# ---- policies and observability ("Coming next") -------------------------------------------------
def _policy(w: World, **kw: Any) -> Policy:
    return w.o.create_policy(CreatePolicyRequest(name=kw.pop("name", "fleet"), **kw)).item


@scenario("list_policies")
def _(w: World) -> Case:
    ps = [_policy(w, name=f"p{i}") for i in range(2)]

    def check(r: Any) -> None:
        assert isinstance(r, ListResponse) and all(isinstance(x, Policy) for x in r.items)
        assert [x.id for x in r.items] == [p.id for p in ps] and r.next_cursor is None

    return Case(lambda o: o.list_policies(), "listPolicies", "GET", f"{API}/policies", "platform", check)


@scenario("create_policy")
def _(w: World) -> Case:
    params = CreatePolicyRequest(name="fleet", allowed_skill_keys=["oracle.price-feed"], denied_skill_keys=["a.b"],
                                 budget_cap=BudgetCapInput(currency="USD", amount=2.5), region_rules=["eu"],
                                 native_only=True, handoff_allowed=False, required_capabilities=["realtime"])

    def check(r: Any) -> None:
        assert isinstance(r, ItemResponse) and isinstance(r.item, Policy)
        p = r.item
        assert (p.name, p.allowed_skill_keys, p.denied_skill_keys, p.region_rules, p.required_capabilities) == (
            "fleet", ("oracle.price-feed",), ("a.b",), ("eu",), ("realtime",))
        assert (p.native_only, p.handoff_allowed, p.budget_cap) == (True, False, BudgetCap(currency="USD", amount=2.5))

    return Case(lambda o: o.create_policy(params), "createPolicy", "POST", f"{API}/policies", "platform", check,
                body={"name": "fleet", "allowedSkillKeys": ["oracle.price-feed"], "deniedSkillKeys": ["a.b"],
                      "budgetCap": {"currency": "USD", "amount": 2.5}, "regionRules": ["eu"], "nativeOnly": True,
                      "handoffAllowed": False, "requiredCapabilities": ["realtime"]})


@scenario("get_policy")
def _(w: World) -> Case:
    p = _policy(w)

    def check(r: Any) -> None:
        assert isinstance(r, ItemResponse) and r.item == p

    return Case(lambda o: o.get_policy(p.id), "getPolicy", "GET", f"{API}/policies/{p.id}", "platform", check)


@scenario("update_policy")
def _(w: World) -> Case:
    p = _policy(w, denied_skill_keys=["a.b"])

    def check(r: Any) -> None:
        assert isinstance(r, ItemResponse) and isinstance(r.item, Policy)
        assert (r.item.id, r.item.handoff_allowed, r.item.denied_skill_keys) == (p.id, False, ("a.b",))
        assert r.item.updated_at > p.updated_at

    return Case(lambda o: o.update_policy(p.id, UpdatePolicyRequest(handoff_allowed=False)), "updatePolicy", "PATCH",
                f"{API}/policies/{p.id}", "platform", check, body={"handoffAllowed": False})


@scenario("list_audit_events")
def _(w: World) -> Case:
    m = w.active_machine()
    _policy(w)

    def check(r: Any) -> None:
        assert isinstance(r, ListResponse) and all(isinstance(x, AuditEvent) for x in r.items)
        assert [(e.type, e.resource_id, e.machine_id) for e in r.items] == [("machine.created", m.id, m.id)]
        assert r.next_cursor

    return Case(lambda o: o.list_audit_events(machine_id=m.id, resource_type="machine", limit=1), "listAuditEvents",
                "GET", f"{API}/audit-events", "platform", check,
                query={"machineId": m.id, "resourceType": "machine", "limit": "1"})


def _executed(w: World) -> tuple[Machine, MarketOrder, Any]:
    m = w.active_machine()
    p, tok = w.pairing(m)
    order = _order(w, m, p, tok, "svc-price-basic")
    return m, order, w.o.execute_market_order(order.id, ExecuteMarketOrderRequest(), tok).execution.run


@scenario("list_runs")
def _(w: World) -> Case:
    m, order, run_ = _executed(w)

    def check(r: Any) -> None:
        assert isinstance(r, ListResponse) and all(isinstance(x, RunRecord) for x in r.items)
        assert [(x.id, x.order_id, x.machine_id) for x in r.items] == [(run_.id, order.id, m.id)]

    return Case(lambda o: o.list_runs(machine_id=m.id, order_id=order.id), "listRuns", "GET", f"{API}/runs",
                "platform", check, query={"machineId": m.id, "orderId": order.id})


@scenario("get_run")
def _(w: World) -> Case:
    _m, order, run_ = _executed(w)

    def check(r: Any) -> None:
        assert isinstance(r, ItemResponse) and isinstance(r.item, RunRecord)
        assert (r.item.id, r.item.order_id, r.item.outcome_id, r.item.status) == (
            run_.id, order.id, run_.outcome_id, "completed")

    return Case(lambda o: o.get_run(run_.id), "getRun", "GET", f"{API}/runs/{run_.id}", "platform", check)


@scenario("get_readiness")
def _(w: World) -> Case:
    w.mock.store.faults["mcrUnavailable"] = True

    def check(r: Any) -> None:
        assert isinstance(r, Readiness) and r.status == "not_ready"
        assert [c.name for c in r.checks if c.status == "fail"] == ["identity-registry"]

    return Case(lambda o: o.get_readiness(), "getReadiness", "GET", f"{API}/readiness", "none", check)


@scenario("get_health")
def _(w: World) -> Case:
    def check(r: Any) -> None:
        assert isinstance(r, Health) and r.ok is True

    return Case(lambda o: o.get_health(), "getHealth", "GET", f"{API}/health", "none", check)


# ---- machine graph and tasks ("Coming next") ------------------------------------------------------
def _node(w: World, m: Machine, label: str = "n", **kw: Any) -> GraphNode:
    return w.o.create_graph_node(m.id, CreateGraphNodeRequest(label=label, **kw)).item


def _edge(w: World, m: Machine, a: GraphNode, b: GraphNode, **kw: Any) -> GraphEdge:
    return w.o.create_graph_edge(m.id, CreateGraphEdgeRequest(source_node_id=a.id, target_node_id=b.id, **kw)).item


@scenario("get_machine_graph")
def _(w: World) -> Case:
    m = w.active_machine()
    a, b = _node(w, m, "a"), _node(w, m, "b", data={"snake_key": {"Inner": 1}})
    e = _edge(w, m, a, b)

    def check(r: Any) -> None:
        assert isinstance(r, ItemResponse) and isinstance(r.item, MachineGraph) and r.item.machine_id == m.id
        assert r.item.nodes == (a, b) and r.item.edges == (e,) and r.item.nodes[1].data == {"snake_key": {"Inner": 1}}

    return Case(lambda o: o.get_machine_graph(m.id), "getMachineGraph", "GET", f"{API}/machines/{m.id}/graph",
                "platform", check)


@scenario("create_graph_node")
def _(w: World) -> Case:
    m = w.active_machine()
    params = CreateGraphNodeRequest(label="lidar", kind="sensor", status="active", data={"range_m": 40, "fovDeg": 90})

    def check(r: Any) -> None:
        assert isinstance(r, ItemResponse) and isinstance(r.item, GraphNode)
        assert (r.item.label, r.item.kind, r.item.status, r.item.machine_id) == ("lidar", "sensor", "active", m.id)
        assert r.item.data == {"range_m": 40, "fovDeg": 90} and r.item.id.startswith("gnode_")

    return Case(lambda o: o.create_graph_node(m.id, params), "createGraphNode", "POST",
                f"{API}/machines/{m.id}/graph/nodes", "platform", check,
                body={"label": "lidar", "kind": "sensor", "status": "active", "data": {"range_m": 40, "fovDeg": 90}})


@scenario("update_graph_node")
def _(w: World) -> Case:
    m = w.active_machine()
    a = _node(w, m, "arm", data={"keep_me": 1, "swap": "old"})

    def check(r: Any) -> None:
        assert isinstance(r, ItemResponse) and isinstance(r.item, GraphNode)
        assert (r.item.status, r.item.label, r.item.data) == ("blocked", "arm", {"keep_me": 1, "swap": "new"})

    return Case(lambda o: o.update_graph_node(m.id, a.id, UpdateGraphNodeRequest(status="blocked", data={"swap": "new"})),
                "updateGraphNode", "PATCH", f"{API}/machines/{m.id}/graph/nodes/{a.id}", "platform", check,
                body={"status": "blocked", "data": {"swap": "new"}})


@scenario("delete_graph_node")
def _(w: World) -> Case:
    m = w.active_machine()
    a, b = _node(w, m, "a"), _node(w, m, "b")
    _edge(w, m, a, b)

    def check(r: Any) -> None:
        assert r is None
        g = w.o.get_machine_graph(m.id).item
        assert g.nodes == (b,) and g.edges == ()

    return Case(lambda o: o.delete_graph_node(m.id, a.id), "deleteGraphNode", "DELETE",
                f"{API}/machines/{m.id}/graph/nodes/{a.id}", "platform", check)


@scenario("create_graph_edge")
def _(w: World) -> Case:
    m = w.active_machine()
    a, b = _node(w, m, "a"), _node(w, m, "b")
    params = CreateGraphEdgeRequest(source_node_id=a.id, target_node_id=b.id, kind="feeds", data={"qos_level": 2})

    def check(r: Any) -> None:
        assert isinstance(r, ItemResponse) and isinstance(r.item, GraphEdge)
        assert (r.item.source_node_id, r.item.target_node_id, r.item.kind, r.item.status) == (a.id, b.id, "feeds", "draft")
        assert r.item.data == {"qos_level": 2}

    return Case(lambda o: o.create_graph_edge(m.id, params), "createGraphEdge", "POST",
                f"{API}/machines/{m.id}/graph/edges", "platform", check,
                body={"sourceNodeId": a.id, "targetNodeId": b.id, "kind": "feeds", "data": {"qos_level": 2}})


@scenario("update_graph_edge")
def _(w: World) -> Case:
    m = w.active_machine()
    a = _node(w, m, "a")
    e = _edge(w, m, a, a, data={"w": 1})

    def check(r: Any) -> None:
        assert isinstance(r, ItemResponse) and isinstance(r.item, GraphEdge)
        assert (r.item.status, r.item.data, r.item.source_node_id) == ("degraded", {"w": 1, "v": 2}, a.id)

    return Case(lambda o: o.update_graph_edge(m.id, e.id, UpdateGraphEdgeRequest(status="degraded", data={"v": 2})),
                "updateGraphEdge", "PATCH", f"{API}/machines/{m.id}/graph/edges/{e.id}", "platform", check,
                body={"status": "degraded", "data": {"v": 2}})


@scenario("delete_graph_edge")
def _(w: World) -> Case:
    m = w.active_machine()
    a = _node(w, m, "a")
    e = _edge(w, m, a, a)

    def check(r: Any) -> None:
        assert r is None
        g = w.o.get_machine_graph(m.id).item
        assert g.nodes == (a,) and g.edges == ()

    return Case(lambda o: o.delete_graph_edge(m.id, e.id), "deleteGraphEdge", "DELETE",
                f"{API}/machines/{m.id}/graph/edges/{e.id}", "platform", check)


def _task(w: World, stage: str = "created", service_type: str = "defi") -> tuple[Machine, AgentPairing, str, Task]:
    """A task of a fresh market, advanced to ``stage`` (created, discovered, resolved, executed)."""
    m = w.active_machine()
    p, tok = w.pairing(m)
    t = w.o.create_task(CreateTaskRequest(machine_id=m.id, agent_pairing_id=p.id, service_type=service_type), tok).item
    stages = ["created", "discovered", "resolved", "executed"]
    if stages.index(stage) >= 1:
        t = w.o.discover_task(t.id, tok).item
    if stages.index(stage) >= 2:
        t = w.o.resolve_task(t.id, None, tok).item
    if stages.index(stage) >= 3:
        t = w.o.execute_task(t.id, ExecuteTaskRequest(), tok).item
    return m, p, tok, t


@scenario("create_task")
def _(w: World) -> Case:
    m = w.active_machine()
    p, tok = w.pairing(m)
    params = CreateTaskRequest(machine_id=m.id, agent_pairing_id=p.id, service_type="defi",
                               operation="get-latest-price", input={"pair_name": "PEAQ/USD"}, max_results=2)

    def check(r: Any) -> None:
        assert isinstance(r, ItemResponse) and isinstance(r.item, Task)
        assert (r.item.status, r.item.machine_id, r.item.agent_pairing_id) == ("created", m.id, p.id)
        assert r.item.request["input"] == {"pair_name": "PEAQ/USD"} and r.item.quotes == ()

    return Case(lambda o: o.create_task(params, tok), "createTask", "POST", f"{API}/tasks", "agent", check, token=tok,
                body={"machineId": m.id, "agentPairingId": p.id, "serviceType": "defi",
                      "operation": "get-latest-price", "input": {"pair_name": "PEAQ/USD"}, "maxResults": 2})


@scenario("discover_task")
def _(w: World) -> Case:
    _m, _p, tok, t = _task(w)

    def check(r: Any) -> None:
        assert isinstance(r, ItemResponse) and isinstance(r.item, Task) and r.item.status == "discovered"
        assert r.item.quotes and r.item.search_id and r.item.normalized_task
        assert r.item.normalized_task.service_type == "oracle.price-feed"

    return Case(lambda o: o.discover_task(t.id, tok), "discoverTask", "POST", f"{API}/tasks/{t.id}/discover", "agent",
                check, token=tok, body={}, raw=b"{}")


@scenario("resolve_task", "params-none")
def _(w: World) -> Case:
    _m, _p, tok, t = _task(w, "discovered")

    def check(r: Any) -> None:
        assert isinstance(r, ItemResponse) and isinstance(r.item, Task) and r.item.status == "resolved"
        assert r.item.quote_id == t.quotes[0].id and r.item.order_id and r.item.route
        assert r.item.route.status == "selected"

    return Case(lambda o: o.resolve_task(t.id, None, tok), "resolveTask", "POST", f"{API}/tasks/{t.id}/resolve",
                "agent", check, token=tok, body={}, raw=b"{}")


@scenario("resolve_task", "quote")
def _(w: World) -> Case:
    _m, _p, tok, t = _task(w, "discovered")
    last = t.quotes[-1]

    def check(r: Any) -> None:
        assert isinstance(r.item, Task) and r.item.quote_id == last.id
        assert r.item.route and r.item.route.service_id == last.service_id

    return Case(lambda o: o.resolve_task(t.id, ResolveTaskRequest(quote_id=last.id), tok), "resolveTask", "POST",
                f"{API}/tasks/{t.id}/resolve", "agent", check, token=tok, body={"quoteId": last.id})


@scenario("execute_task")
def _(w: World) -> Case:
    _m, _p, tok, t = _task(w, "resolved")

    def check(r: Any) -> None:
        assert isinstance(r, ItemResponse) and isinstance(r.item, Task) and r.item.status == "completed"
        assert r.item.run and r.item.outcome and r.item.outcome.status == "completed"
        assert r.item.route and r.item.route.status == "completed" and r.item.run.outcome_id == r.item.outcome.id

    return Case(lambda o: o.execute_task(t.id, ExecuteTaskRequest(input={"dry_run": True}), tok), "executeTask",
                "POST", f"{API}/tasks/{t.id}/execute", "agent", check, token=tok, body={"input": {"dry_run": True}})


@scenario("get_task")
def _(w: World) -> Case:
    _m, _p, _tok, t = _task(w, "executed")

    def check(r: Any) -> None:
        assert isinstance(r, ItemResponse) and r.item == t

    return Case(lambda o: o.get_task(t.id), "getTask", "GET", f"{API}/tasks/{t.id}", "platform", check)


@scenario("list_tasks")
def _(w: World) -> Case:
    m, _p, _tok, t = _task(w)
    _task(w)  # another machine's task stays out

    def check(r: Any) -> None:
        assert isinstance(r, ListResponse) and [x.id for x in r.items] == [t.id] and r.next_cursor is None
        assert all(isinstance(x, Task) for x in r.items)

    return Case(lambda o: o.list_tasks(machine_id=m.id, limit=5), "listTasks", "GET", f"{API}/tasks", "platform",
                check, query={"machineId": m.id, "limit": "5"})


# ---- the wire test -----------------------------------------------------------------------------
@pytest.mark.parametrize("method", sorted(DOC_METHODS))
def test_method_has_a_wire_scenario(method: str) -> None:
    assert method in {m for m, _ in SCENARIOS.values()}, f"{method} (in the spec) has no wire scenario"
    assert method in PATH_CALLS, f"{method} (in the spec) has no raw-URL case in PATH_CALLS"


def test_every_scenario_is_a_spec_method() -> None:
    assert {method for method, _ in SCENARIOS.values()} <= DOC_METHODS
    assert set(PATH_CALLS) <= DOC_METHODS


def assert_request(req: dict[str, Any], case: Case) -> None:
    assert req["operationId"] == case.op
    assert req["method"] == case.method
    assert req["path"] == case.path
    assert req["query"] == case.query
    for name in req["query"]:
        assert "_" not in name, f"query name {name!r} is not camelCase"
    h = req["headers"]
    assert h.get("user-agent") == USER_AGENT
    if case.auth == "none":
        assert "x-api-key" not in h and "x-agent-pairing-token" not in h and "authorization" not in h
    elif case.auth == "platform":
        assert h.get("x-api-key") == KEY
        assert "x-agent-pairing-token" not in h
    else:
        assert h.get("x-api-key") == KEY
        assert case.token and h.get("x-agent-pairing-token") == case.token
    if case.body is NO_BODY:
        assert req["rawBody"] == b""
        assert "content-type" not in h
    else:
        assert h.get("content-type") == "application/json"
        assert req["body"] == case.body
        if case.raw is not None:
            assert req["rawBody"] == case.raw


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_wire(name: str, mode: str, kw: World, kclient: PeaqosClient, mock: MockServer, make_aclient: Any) -> None:
    _method, build = SCENARIOS[name]
    case = build(kw)
    before = len(mock.requests)
    result = invoke(case.call, mode, kclient, make_aclient)
    seen = mock.requests[before:]
    assert len(seen) == 1, [r["operationId"] for r in seen]
    assert_request(seen[0], case)
    # the server answered with a success status the spec documents for the operation
    assert seen[0]["status"] in SUCCESS_STATUSES[seen[0]["operationId"]], seen[0]["status"]
    case.check(result)


# ---- percent-encoded path parameters and per-method timeouts (raw URL seen by httpx) ----------
WEIRD = "id with space/slash?&#%ü"
ENC = "id%20with%20space%2Fslash%3F%26%23%25%C3%BC"
_T = "tok.en.x"
_ORDER = CreateMarketOrderRequest(machine_id="m", agent_pairing_id="p", service_id="s")
PATH_CALLS: dict[str, tuple[Callable[[Any], Any], str]] = {
    "get_machine": (lambda o: o.get_machine(WEIRD), "GET /machines/E"),
    "update_machine": (lambda o: o.update_machine(WEIRD, UpdateMachineRequest(display_name="x")), "PATCH /machines/E"),
    "archive_machine": (lambda o: o.archive_machine(WEIRD), "DELETE /machines/E"),
    "list_machine_agents": (lambda o: o.list_machine_agents(WEIRD), "GET /machines/E/agents"),
    "enroll_machine_agent": (lambda o: o.enroll_machine_agent(WEIRD), "POST /machines/E/agents/enrollment"),
    "revoke_machine_agent": (lambda o: o.revoke_machine_agent(WEIRD, WEIRD), "DELETE /machines/E/agents/E"),
    "list_agent_pairings": (lambda o: o.list_agent_pairings(WEIRD), "GET /machines/E/agent-pairings"),
    "create_agent_pairing_challenge": (lambda o: o.create_agent_pairing_challenge(
        WEIRD, CreateAgentPairingChallengeRequest(agent_address=PAYER, agent_provider="a", agent_role="b")),
        "POST /machines/E/agent-pairings/challenges"),
    "create_agent_pairing": (lambda o: o.create_agent_pairing(WEIRD, CreateAgentPairingRequest(
        agent_address=PAYER, agent_provider="a", agent_role="b",
        agent_proof=sign_pairing_challenge_stub())), "POST /machines/E/agent-pairings"),
    "create_agent_pairing_session": (lambda o: o.create_agent_pairing_session(
        WEIRD, WEIRD, CreateAgentPairingSessionRequest(agent_proof=sign_pairing_challenge_stub())),
        "POST /machines/E/agent-pairings/E/sessions"),
    "update_agent_pairing": (lambda o: o.update_agent_pairing(WEIRD, WEIRD, UpdateAgentPairingRequest(status="paused")),
                             "PATCH /machines/E/agent-pairings/E"),
    "revoke_agent_pairing": (lambda o: o.revoke_agent_pairing(WEIRD, WEIRD), "DELETE /machines/E/agent-pairings/E"),
    "list_runtime_endpoints": (lambda o: o.list_runtime_endpoints(WEIRD), "GET /machines/E/runtime-endpoints"),
    "get_runtime_endpoint": (lambda o: o.get_runtime_endpoint(WEIRD, WEIRD), "GET /machines/E/runtime-endpoints/E"),
    "upsert_runtime_endpoint": (lambda o: o.upsert_runtime_endpoint(
        WEIRD, WEIRD, UpsertRuntimeEndpointRequest(endpoint_base_url="http://h")), "PUT /machines/E/runtime-endpoints/E"),
    "delete_runtime_endpoint": (lambda o: o.delete_runtime_endpoint(WEIRD, WEIRD),
                                "DELETE /machines/E/runtime-endpoints/E"),
    "get_skill": (lambda o: o.get_skill(WEIRD), "GET /skills/E"),
    "get_skill_manifest": (lambda o: o.get_skill_manifest(WEIRD), "GET /skills/E/manifest"),
    "update_skill_config": (lambda o: o.update_skill_config(WEIRD, UpdateSkillConfigRequest(enabled=True)),
                            "PATCH /skills/E/config"),
    "get_market_service": (lambda o: o.get_market_service(WEIRD), "GET /market/services/E"),
    "get_market_search": (lambda o: o.get_market_search(WEIRD), "GET /market/searches/E"),
    "get_market_order": (lambda o: o.get_market_order(WEIRD), "GET /market/orders/E"),
    "execute_market_order": (lambda o: o.execute_market_order(WEIRD, ExecuteMarketOrderRequest(), _T),
                             "POST /market/orders/E/execute"),
    "confirm_market_order": (lambda o: o.confirm_market_order(WEIRD, _T), "POST /market/orders/E/confirm"),
    "dispute_market_order": (lambda o: o.dispute_market_order(WEIRD, DisputeMarketOrderRequest(reason="r"), _T),
                             "POST /market/orders/E/dispute"),
    "cancel_market_order": (lambda o: o.cancel_market_order(WEIRD, None, _T), "POST /market/orders/E/cancel"),
    "retry_market_order": (lambda o: o.retry_market_order(WEIRD, None, _T), "POST /market/orders/E/retry"),
    "list_market_order_events": (lambda o: o.list_market_order_events(WEIRD), "GET /market/orders/E/events"),
    "create_payment_intent": (lambda o: o.create_payment_intent(WEIRD, CreatePaymentIntentRequest(), _T),
                              "POST /market/orders/E/payment-intent"),
    "get_market_payment": (lambda o: o.get_market_payment(WEIRD), "GET /market/orders/E/payment"),
    "submit_payment_proof": (lambda o: o.submit_payment_proof(WEIRD, _proof(), _T),
                             "POST /market/orders/E/payment-proof"),
    "lock_escrow_payment": (lambda o: o.lock_escrow_payment(
        WEIRD, LockEscrowPaymentRequest(transaction_hash=TX, chain="c", escrow_address="e"), _T),
        "POST /market/orders/E/payment/escrow-lock"),
    "release_payment": (lambda o: o.release_payment(WEIRD, None, _T), "POST /market/orders/E/payment/release"),
    "refund_payment": (lambda o: o.refund_payment(WEIRD, None, _T), "POST /market/orders/E/payment/refund"),
    # no path parameters: only the method, base path and timeout are checked
    "create_machine_identity_challenge": (lambda o: o.create_machine_identity_challenge(
        CreateMachineIdentityChallengeRequest(identity_ref="did:peaq:1")), "POST /machine-identity/challenges"),
    "list_machines": (lambda o: o.list_machines(), "GET /machines"),
    "create_machine": (lambda o: o.create_machine(CreateMachineRequest(
        display_name="d", owner_id="o", machine_type="t", runtime_profile="r", identity_ref="did:peaq:1",
        identity_proof=MachineIdentityProofInput(challenge_id="c", signature="0x" + "00" * 65))), "POST /machines"),
    "machine_agent_heartbeat": (lambda o: o.machine_agent_heartbeat(MachineAgentHeartbeatRequest(
        machine_id="m", agent_id="a", agent_token="t",
        endpoints=[MachineAgentHeartbeatEndpoint(provider_key="qvac", endpoint_base_url="http://h")])),
        "POST /machine-agents/heartbeat"),
    "list_skills": (lambda o: o.list_skills(), "GET /skills"),
    "list_market_services": (lambda o: o.list_market_services(), "GET /market/services"),
    "search_market": (lambda o: o.search_market(MarketSearchRequest(service_type="defi"), _T), "POST /market/search"),
    "list_market_orders": (lambda o: o.list_market_orders(machine_id="m"), "GET /market/orders"),
    "create_market_order": (lambda o: o.create_market_order(_ORDER, _T), "POST /market/orders"),
    "get_policy": (lambda o: o.get_policy(WEIRD), "GET /policies/E"),
    "update_policy": (lambda o: o.update_policy(WEIRD, UpdatePolicyRequest(name="n")), "PATCH /policies/E"),
    "get_run": (lambda o: o.get_run(WEIRD), "GET /runs/E"),
    "list_policies": (lambda o: o.list_policies(), "GET /policies"),
    "create_policy": (lambda o: o.create_policy(CreatePolicyRequest(name="n")), "POST /policies"),
    "list_audit_events": (lambda o: o.list_audit_events(), "GET /audit-events"),
    "list_runs": (lambda o: o.list_runs(), "GET /runs"),
    "get_readiness": (lambda o: o.get_readiness(), "GET /readiness"),
    "get_health": (lambda o: o.get_health(), "GET /health"),
    "get_machine_graph": (lambda o: o.get_machine_graph(WEIRD), "GET /machines/E/graph"),
    "create_graph_node": (lambda o: o.create_graph_node(WEIRD, CreateGraphNodeRequest(label="n")),
                          "POST /machines/E/graph/nodes"),
    "update_graph_node": (lambda o: o.update_graph_node(WEIRD, WEIRD, UpdateGraphNodeRequest(label="n")),
                          "PATCH /machines/E/graph/nodes/E"),
    "delete_graph_node": (lambda o: o.delete_graph_node(WEIRD, WEIRD), "DELETE /machines/E/graph/nodes/E"),
    "create_graph_edge": (lambda o: o.create_graph_edge(WEIRD, CreateGraphEdgeRequest(
        source_node_id="a", target_node_id="b")), "POST /machines/E/graph/edges"),
    "update_graph_edge": (lambda o: o.update_graph_edge(WEIRD, WEIRD, UpdateGraphEdgeRequest(kind="k")),
                          "PATCH /machines/E/graph/edges/E"),
    "delete_graph_edge": (lambda o: o.delete_graph_edge(WEIRD, WEIRD), "DELETE /machines/E/graph/edges/E"),
    "get_task": (lambda o: o.get_task(WEIRD), "GET /tasks/E"),
    "discover_task": (lambda o: o.discover_task(WEIRD, _T), "POST /tasks/E/discover"),
    "resolve_task": (lambda o: o.resolve_task(WEIRD, None, _T), "POST /tasks/E/resolve"),
    "execute_task": (lambda o: o.execute_task(WEIRD, ExecuteTaskRequest(), _T), "POST /tasks/E/execute"),
    "create_task": (lambda o: o.create_task(CreateTaskRequest(machine_id="m", agent_pairing_id="p",
                                                              service_type="defi"), _T), "POST /tasks"),
    "list_tasks": (lambda o: o.list_tasks(machine_id="m"), "GET /tasks"),
}


def sign_pairing_challenge_stub() -> Any:
    from peaq_os_sdk.orchestration import AgentProofInput

    return AgentProofInput(challenge_id="c", signature="0x" + "00" * 65)


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("name", sorted(PATH_CALLS))
def test_raw_url_encoding_and_timeout(name: str, mode: str, mock: MockServer) -> None:
    call, route = PATH_CALLS[name]
    method, template = route.split(" ")
    seen: list[httpx.Request] = []

    if mode == "sync":
        hc = httpx.Client(event_hooks={"request": [seen.append]}, verify=tls_context())  # (shared: no CA re-read)
        c = PeaqosClient(orchestration_url=mock.url, api_key=KEY, http_client=hc)
        try:
            call(c.orchestration)
        except OrchestrationApiError:
            pass  # the mock rejects these made-up ids; only the request matters here
        finally:
            c.close()
            hc.close()
    else:
        async def hook(r: httpx.Request) -> None:
            seen.append(r)

        async def go() -> None:
            async with httpx.AsyncClient(event_hooks={"request": [hook]}, verify=tls_context()) as hc:
                c = AsyncPeaqosClient(orchestration_url=mock.url, api_key=KEY, http_client=hc)
                try:
                    await call(c.orchestration)
                except OrchestrationApiError:
                    pass
                finally:
                    await c.aclose()

        run(go())
    assert len(seen) == 1
    req = seen[0]
    assert req.method == method
    path = req.url.raw_path.decode("ascii").split("?", 1)[0]
    assert path == API + template.replace("E", ENC)
    timeout = req.extensions["timeout"]
    expected = 30.0 if method == "GET" else 60.0
    assert timeout["read"] == expected and timeout["connect"] == expected


# ---- *_all iterators ---------------------------------------------------------------------------
@dataclass
class Walk:
    call: Callable[[Any], Any]  # namespace -> iterator (sync) or async iterator
    page: Callable[[Any, str | None], ListResponse[Any]]  # sync manual page fetch, for the expected cursors
    op: str
    expected: list[str]
    key: Callable[[Any], str]
    base_query: dict[str, str]
    limit: int


def _walk_machines(w: World) -> Walk:
    ms = [w.active_machine() for _ in range(5)]
    return Walk(lambda o: o.list_machines_all(limit=2), lambda o, c: o.list_machines(limit=2, cursor=c),
                "listMachines", [m.id for m in ms], lambda x: x.id, {}, 2)


def _walk_skills(w: World) -> Walk:
    opts = ListSkillsOptions(scope="core-product")
    expected = ["oracle.price-feed", "storage.object", "compute.marketplace", "data.location",
                "identity.proof-of-person"]
    return Walk(lambda o: o.list_skills_all(opts, limit=2), lambda o, c: o.list_skills(opts, limit=2, cursor=c),
                "listSkills", expected, lambda x: x.key, {"scope": "core-product"}, 2)


def _walk_services(w: World) -> Walk:
    opts = ListMarketServicesOptions(execution_mode="native")
    expected = ["svc-price-basic", "svc-price-pro", "svc-walrus-store", "svc-rtk-eu", "svc-qvac-llm",
                "svc-commerce-catalog", "svc-partner-console"]
    return Walk(lambda o: o.list_market_services_all(opts, limit=3),
                lambda o, c: o.list_market_services(opts, limit=3, cursor=c),
                "listMarketServices", expected, lambda x: x.id, {"executionMode": "native"}, 3)


def _walk_orders(w: World) -> Walk:
    m = w.active_machine()
    p, tok = w.pairing(m)
    other = w.active_machine()
    op, otok = w.pairing(other)
    orders = [_order(w, m, p, tok, "svc-price-basic") for _ in range(3)]
    _order(w, other, op, otok, "svc-price-basic")  # another machine's order stays out
    return Walk(lambda o: o.list_market_orders_all(machine_id=m.id, limit=2),
                lambda o, c: o.list_market_orders(machine_id=m.id, limit=2, cursor=c),
                "listMarketOrders", [x.id for x in orders], lambda x: x.id, {"machineId": m.id}, 2)


def _walk_pairings(w: World) -> Walk:
    m = w.active_machine()
    ps = [w.pairing(m, key=k)[0] for k in (AGENT_KEY, OTHER_KEY, AGENT_KEY)]
    return Walk(lambda o: o.list_agent_pairings_all(m.id, limit=2),
                lambda o, c: o.list_agent_pairings(m.id, limit=2, cursor=c),
                "listAgentPairings", [p.id for p in ps], lambda x: x.id, {}, 2)


def _walk_endpoints(w: World) -> Walk:
    m = w.active_machine()
    eps = [_endpoint(w, m, k) for k in ("alpha", "beta", "gamma")]
    return Walk(lambda o: o.list_runtime_endpoints_all(m.id, limit=1),
                lambda o, c: o.list_runtime_endpoints(m.id, limit=1, cursor=c),
                "listRuntimeEndpoints", [e.id for e in eps], lambda x: x.id, {}, 1)


def _walk_audit_events(w: World) -> Walk:
    ps = [_policy(w, name=f"p{i}") for i in range(5)]
    return Walk(lambda o: o.list_audit_events_all(resource_type="policy", limit=2),
                lambda o, c: o.list_audit_events(resource_type="policy", limit=2, cursor=c), "listAuditEvents",
                [p.id for p in ps], lambda x: x.resource_id, {"resourceType": "policy"}, 2)


def _walk_runs(w: World) -> Walk:
    m = w.active_machine()
    p, tok = w.pairing(m)
    runs = []
    for _ in range(3):
        order = _order(w, m, p, tok, "svc-price-basic")
        runs.append(w.o.execute_market_order(order.id, ExecuteMarketOrderRequest(), tok).execution.run.id)
    return Walk(lambda o: o.list_runs_all(machine_id=m.id, limit=2),
                lambda o, c: o.list_runs(machine_id=m.id, limit=2, cursor=c), "listRuns", runs, lambda x: x.id,
                {"machineId": m.id}, 2)


def _walk_order_events(w: World) -> Walk:
    m = w.active_machine()
    p, tok = w.pairing(m)
    order = _order(w, m, p, tok, "svc-price-pro")
    w.o.create_payment_intent(order.id, CreatePaymentIntentRequest(), tok)
    w.o.submit_payment_proof(order.id, _proof(), tok)
    w.o.execute_market_order(order.id, ExecuteMarketOrderRequest(), tok)
    w.o.confirm_market_order(order.id, tok)
    return Walk(lambda o: o.list_market_order_events_all(order.id, limit=2),
                lambda o, c: o.list_market_order_events(order.id, limit=2, cursor=c), "listMarketOrderEvents",
                ["created", "payment_pending", "ready", "executing", "delivered", "confirmed"], lambda x: x.type, {},
                2)


def _walk_tasks(w: World) -> Walk:
    m = w.active_machine()
    p, tok = w.pairing(m)
    ts = [w.o.create_task(CreateTaskRequest(machine_id=m.id, agent_pairing_id=p.id, service_type=st), tok).item
          for st in ("defi", "storage", "compute")]
    _task(w)  # another machine's task stays out
    return Walk(lambda o: o.list_tasks_all(machine_id=m.id, limit=2),
                lambda o, c: o.list_tasks(machine_id=m.id, limit=2, cursor=c), "listTasks", [t.id for t in ts],
                lambda x: x.id, {"machineId": m.id}, 2)


WALKS = {"list_tasks_all": _walk_tasks, "list_audit_events_all": _walk_audit_events, "list_runs_all": _walk_runs,
         "list_market_order_events_all": _walk_order_events,
         "list_machines_all": _walk_machines, "list_skills_all": _walk_skills,
         "list_market_services_all": _walk_services, "list_market_orders_all": _walk_orders,
         "list_agent_pairings_all": _walk_pairings, "list_runtime_endpoints_all": _walk_endpoints}


def _expected_cursors(walk: Walk, o: Any) -> list[str | None]:
    cursors: list[str | None] = [None]
    while True:
        page = walk.page(o, cursors[-1])
        if page.next_cursor is None:
            return cursors
        cursors.append(page.next_cursor)


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("name", sorted(WALKS))
def test_iterators_walk_every_page(name: str, mode: str, kw: World, kclient: PeaqosClient, mock: MockServer,
                                   make_aclient: Any) -> None:
    walk = WALKS[name](kw)
    cursors = _expected_cursors(walk, kw.o)
    assert len(cursors) == math.ceil(len(walk.expected) / walk.limit) >= 2  # the walk really spans pages
    before = len(mock.requests)
    if mode == "sync":
        it = walk.call(kclient.orchestration)
        assert len(mock.requests) == before  # lazy: nothing is fetched until iteration starts
        items = list(it)
    else:
        async def go() -> list[Any]:
            async with make_aclient(api_key=KEY) as ac:
                ait = walk.call(ac.orchestration)
                assert len(mock.requests) == before
                return [x async for x in ait]

        items = run(go())
    assert [walk.key(x) for x in items] == walk.expected
    seen = mock.requests[before:]
    assert [r["operationId"] for r in seen] == [walk.op] * len(cursors)
    for req, cursor in zip(seen, cursors, strict=True):
        want = {**walk.base_query, "limit": str(walk.limit)}
        if cursor is not None:
            want["cursor"] = cursor
        assert req["query"] == want
        assert req["headers"].get("x-api-key") == KEY


def test_iterator_stops_fetching_when_the_caller_stops(kw: World, kclient: PeaqosClient, mock: MockServer) -> None:
    for _ in range(3):
        kw.active_machine()
    before = len(mock.requests)
    it = kclient.orchestration.list_machines_all(limit=1)
    first = next(it)
    assert isinstance(first, Machine)
    assert [r["operationId"] for r in mock.requests[before:]] == ["listMachines"]


# ---- platform-key enforcement and auth error mapping -------------------------------------------
def test_platform_key_missing_maps_to_auth_required(mock: MockServer, client: PeaqosClient) -> None:
    mock.config.require_api_auth = True
    mock.config.api_keys = (KEY,)
    with pytest.raises(OrchestrationApiError) as ei:
        client.orchestration.list_machines()
    assert ei.value.code == "AUTH_REQUIRED" and ei.value.status_code == 401
    assert "x-api-key" not in mock.requests[-1]["headers"]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_platform_key_wrong_maps_to_auth_invalid(mode: str, mock: MockServer, make_aclient: Any) -> None:
    mock.config.require_api_auth = True
    mock.config.api_keys = (KEY,)
    wrong = "wrong-key-0123456789"
    if mode == "sync":
        c = PeaqosClient(orchestration_url=mock.url, api_key=wrong)
        with pytest.raises(OrchestrationApiError) as ei:
            c.orchestration.get_skill("oracle.price-feed")
        c.close()
        exc = ei.value
    else:
        async def go() -> OrchestrationApiError:
            async with make_aclient(api_key=wrong) as ac:
                try:
                    await ac.orchestration.get_skill("oracle.price-feed")
                except OrchestrationApiError as e:
                    return e
            raise AssertionError("no error raised")

        exc = run(go())
    assert exc.code == "AUTH_INVALID" and exc.status_code == 401
    assert wrong not in str(exc) and wrong not in repr(exc) and wrong not in repr(exc.details)
    assert mock.requests[-1]["headers"]["x-api-key"] == wrong


def test_right_key_passes_enforcement(kclient: PeaqosClient, mock: MockServer) -> None:
    assert len(kclient.orchestration.list_skills().items) == 8
    assert mock.requests[-1]["headers"]["x-api-key"] == KEY


def test_agent_routes_and_heartbeat_need_no_platform_key(mock: MockServer, client: PeaqosClient, world: World) -> None:
    m = world.active_machine()
    p, tok = world.pairing(m)
    a = world.o.enroll_machine_agent(m.id).item
    mock.config.require_api_auth = True
    mock.config.api_keys = (KEY,)
    s = client.orchestration.search_market(MarketSearchRequest(machine_id=m.id, service_type="defi"), tok)
    assert s.item.status == "completed"
    req = mock.requests[-1]
    assert req["operationId"] == "searchMarket" and "x-api-key" not in req["headers"]
    hb = client.orchestration.machine_agent_heartbeat(MachineAgentHeartbeatRequest(
        machine_id=m.id, agent_id=a.id, agent_token=a.provisioning_token,
        endpoints=[MachineAgentHeartbeatEndpoint(provider_key="qvac", endpoint_base_url="http://127.0.0.1:1")]))
    assert hb.agent_id == a.id
    with pytest.raises(OrchestrationApiError) as ei:  # a platform route on the same client is refused
        client.orchestration.get_market_search(s.item.id)
    assert ei.value.code == "AUTH_REQUIRED"


@pytest.mark.parametrize("token", ["not-a-jwt-token-value", "eyJhbGciOiJIUzI1NiJ9.eyJ4IjoxfQ.c2lnbmF0dXJl"])
def test_bad_pairing_token_maps_to_agent_auth_invalid(token: str, kclient: PeaqosClient, mock: MockServer) -> None:
    with pytest.raises(OrchestrationApiError) as ei:
        kclient.orchestration.search_market(MarketSearchRequest(machine_id="mach_x", service_type="defi"), token)
    exc = ei.value
    assert exc.code == "AGENT_AUTH_INVALID" and exc.status_code == 401
    assert token not in str(exc) and token not in repr(exc) and KEY not in str(exc)
    assert mock.requests[-1]["headers"]["x-agent-pairing-token"] == token


def test_expired_pairing_token_maps_to_agent_auth_expired(kw: World, kclient: PeaqosClient, mock: MockServer) -> None:
    m = kw.active_machine()
    p, tok = kw.pairing(m)
    mock.advance_clock(mock.config.session_ttl_seconds + 5)
    with pytest.raises(OrchestrationApiError) as ei:
        kclient.orchestration.create_market_order(
            CreateMarketOrderRequest(machine_id=m.id, agent_pairing_id=p.id, service_id="svc-price-basic"), tok)
    assert ei.value.code == "AGENT_AUTH_EXPIRED" and ei.value.status_code == 401
    assert tok not in str(ei.value)


def test_policy_change_invalidates_token_until_session_rotation(kw: World, kclient: PeaqosClient) -> None:
    m = kw.active_machine()
    p, tok = kw.pairing(m)
    o = kclient.orchestration
    o.update_agent_pairing(m.id, p.id, UpdateAgentPairingRequest(
        delegation_policy=DelegationPolicy(per_transaction_limit=0.01)))
    with pytest.raises(OrchestrationApiError) as ei:
        o.search_market(MarketSearchRequest(machine_id=m.id, service_type="defi"), tok)
    assert ei.value.code == "AGENT_AUTH_INVALID"
    ch = o.create_agent_pairing_challenge(m.id, CreateAgentPairingChallengeRequest(
        agent_address=p.agent_address, agent_provider=p.agent_provider, agent_role=p.agent_role))
    fresh = o.create_agent_pairing_session(m.id, p.id, CreateAgentPairingSessionRequest(
        agent_proof=sign_pairing_challenge(ch, AGENT_KEY))).item.pairing_token
    assert fresh and o.search_market(MarketSearchRequest(machine_id=m.id, service_type="defi"), fresh).item.quotes

"""Business rules of the mock orchestrator, exercised through the SDK (``client.orchestration.*``).

Part 1 — every error code the spec documents per route (``x-error-codes``): ``ERROR_CASES`` maps each
(operationId, code) pair to a scenario that ends with exactly one failing SDK call; one parametrised
test runs them all and checks ``exc.code``, ``exc.status_code`` (from ``info.x-error-statuses``) and
that the failing request really was that operation. ``test_error_table_covers_the_spec`` fails when
the spec gains a pair without a scenario.

Part 2 — the state machines of api-facts §3.1-§3.4 and §3.7 (machines, identity, machine agents,
runtime endpoints, pairings, delegation policy, search). Orders, payments and the concurrency test
live in ``tests/test_rules_orders.py`` and reuse the helpers below.

A few requests cannot be formed by the SDK on purpose (it refuses a missing pairing token, agent
token or agent proof before sending). Those scenarios still go through the SDK, over an httpx
transport that drops the header/field on the way out — what a proxy or an older client would do.
"""

from __future__ import annotations

import functools
import itertools
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import httpx
import jwt
import pytest

from codegen.ir import load_yaml
from peaq_os_sdk import PeaqosClient
from peaq_os_sdk.orchestration import _convert
from peaq_os_sdk.orchestration import (
    AgentPairing,
    AgentProofInput,
    CreateAgentPairingChallengeRequest,
    CreateAgentPairingRequest,
    CreateAgentPairingSessionRequest,
    CancelMarketOrderRequest,
    CreateMachineIdentityChallengeRequest,
    CreateMachineRequest,
    CreateMarketOrderRequest,
    CreatePaymentIntentRequest,
    CreatePolicyRequest,
    CreateGraphEdgeRequest,
    CreateGraphNodeRequest,
    CreateTaskRequest,
    DelegationPolicy,
    DisputeMarketOrderRequest,
    EnrollMachineAgentRequest,
    ExecuteMarketOrderRequest,
    ExecuteTaskRequest,
    ListMarketServicesOptions,
    LockEscrowPaymentRequest,
    Machine,
    MachineAgent,
    MachineAgentHeartbeatEndpoint,
    MachineAgentHeartbeatRequest,
    MachineIdentityProofInput,
    MarketOrder,
    MarketPayment,
    MarketSearchRequest,
    OrchestrationApiError,
    OrchestrationValidationError,
    PaymentRailInput,
    RefundPaymentRequest,
    ReleasePaymentRequest,
    RetryMarketOrderRequest,
    ResolveTaskRequest,
    SubmitPaymentProofRequest,
    UpdateAgentPairingRequest,
    UpdateMachineRequest,
    UpdateGraphEdgeRequest,
    UpdateGraphNodeRequest,
    UpdatePolicyRequest,
    UpdateSkillConfigRequest,
    UpsertRuntimeEndpointRequest,
)
from peaq_os_sdk.orchestration.signing import address_of, sign_identity_challenge, sign_pairing_challenge
from tests.world import AGENT_KEY, CONTROLLER_KEY, OTHER_KEY, World
from tests import _oneshot as oneshot

SPEC_PATH = Path(__file__).resolve().parents[1] / "spec" / "openapi.yaml"
METHODS = ("get", "post", "put", "patch", "delete")

# Catalogue services these tests rely on (their facts are pinned by test_catalogue_facts_used_here).
PRICE_BASIC = "svc-price-basic"  # free, rail not-required, native
PRICE_PRO = "svc-price-pro"  # 0.05, wallet rail, payment required, native
WALRUS = "svc-walrus-store"  # 0.01, x402 rail, payment required, native
RTK = "svc-rtk-eu"  # 2.0, escrow rail, payment required, native
CONSOLE = "svc-partner-console"  # 1.5, wdk-usdt-transfer rail, payment required, native
AKASH = "svc-akash-gpu"  # external handoff, no payment
QVAC = "svc-qvac-llm"  # native, needs a qvac runtime endpoint on the machine
COMMERCE = "svc-commerce-catalog"  # docs-only: cannot execute natively

MISSING = "missing_0000"
BAD_CURSOR = "not-a-cursor-this-server-issued"
PAYER = address_of(AGENT_KEY)
PAYEE = "0x" + "b0" * 20
TOKEN_ADDRESS = "0x" + "c0" * 20
TX_A = "0x" + "aa" * 32
TX_B = "0x" + "bb" * 32
SECOND_AGENT_KEY = "0x" + "5d" * 32
QVAC_URL = "http://127.0.0.1:11434/v1"


# ---- spec ---------------------------------------------------------------------------------------
@functools.lru_cache(maxsize=1)
def spec() -> dict[str, Any]:
    return load_yaml(SPEC_PATH.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def spec_operations() -> dict[str, dict[str, Any]]:
    return {op["operationId"]: op for item in spec()["paths"].values()
            for method, op in item.items() if method in METHODS}


def spec_pairs() -> set[tuple[str, str]]:
    return {(op_id, code) for op_id, op in spec_operations().items() for code in op.get("x-error-codes", [])}


def status_of(code: str) -> int:
    return int(spec()["info"]["x-error-statuses"][code])


# ---- helpers ------------------------------------------------------------------------------------
_LEGACY = itertools.count(900_000)  # identity token ids of records registered with verification off


class _Rewriting(httpx.HTTPTransport):
    """Forwards SDK requests minus some headers / top-level body keys, plus extra headers (a proxy)."""

    def __init__(self, drop_headers: tuple[str, ...], drop_keys: tuple[str, ...], add_headers: dict[str, str],
                 body: bytes | None = None) -> None:
        super().__init__()
        self._drop = {h.lower() for h in drop_headers} | {"content-length"}
        self._keys = drop_keys
        self._add = add_headers
        self._body = body

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        content = request.read() if self._body is None else self._body
        if self._keys and content:
            data = json.loads(content)
            for key in self._keys:
                data.pop(key, None)
            content = json.dumps(data).encode()
        headers = [(k, v) for k, v in request.headers.items() if k.lower() not in self._drop]
        headers += list(self._add.items())
        return super().handle_request(httpx.Request(request.method, request.url, headers=headers,
                                                    content=content or None))


@attrs.define
class Market:
    """An active machine with one pairing (and its current token)."""

    ctx: Ctx
    m: Machine
    p: AgentPairing
    tok: str
    key: str = AGENT_KEY

    @property
    def o(self) -> Any:
        return self.ctx.o

    def order_req(self, service_id: str, **kw: Any) -> CreateMarketOrderRequest:
        return CreateMarketOrderRequest(machine_id=self.m.id, agent_pairing_id=self.p.id, service_id=service_id, **kw)

    def order(self, service_id: str = PRICE_BASIC, *, tok: str | None = None, **kw: Any) -> MarketOrder:
        return self.o.create_market_order(self.order_req(service_id, **kw), tok or self.tok).item

    def intent(self, order_id: str, **kw: Any) -> MarketPayment:
        return self.o.create_payment_intent(order_id, CreatePaymentIntentRequest(**kw), self.tok).item

    def proof(self, order_id: str, **kw: Any) -> MarketPayment:
        return self.o.submit_payment_proof(order_id, proof_req(**kw), self.tok).item

    def escrow(self, order_id: str, tx: str = TX_A) -> MarketPayment:
        return self.o.lock_escrow_payment(order_id, LockEscrowPaymentRequest(
            transaction_hash=tx, chain="peaq", escrow_address="0x" + "e5" * 20), self.tok).item

    def execute(self, order_id: str, **kw: Any) -> Any:
        return self.o.execute_market_order(order_id, ExecuteMarketOrderRequest(**kw), self.tok)

    def confirm(self, order_id: str) -> Any:
        return self.o.confirm_market_order(order_id, self.tok)

    def dispute(self, order_id: str, reason: str = "wrong result", **kw: Any) -> Any:
        return self.o.dispute_market_order(order_id, DisputeMarketOrderRequest(reason=reason, **kw), self.tok)

    def cancel(self, order_id: str, reason: str | None = None) -> Any:
        return self.o.cancel_market_order(order_id, CancelMarketOrderRequest(reason=reason) if reason else None,
                                          self.tok)

    def retry(self, order_id: str, reason: str | None = None) -> Any:
        return self.o.retry_market_order(order_id, RetryMarketOrderRequest(reason=reason) if reason else None,
                                         self.tok)

    def release(self, order_id: str, params: ReleasePaymentRequest | None = None) -> MarketPayment:
        return self.o.release_payment(order_id, params, self.tok).item

    def refund(self, order_id: str, params: RefundPaymentRequest | None = None) -> MarketPayment:
        return self.o.refund_payment(order_id, params, self.tok).item

    def paid(self, service_id: str = PRICE_PRO) -> MarketOrder:
        """An order whose payment is held (intent + recorded proof): status ready."""
        order = self.order(service_id)
        self.intent(order.id)
        self.proof(order.id)
        return self.o.get_market_order(order.id).item

    def delivered(self, service_id: str = PRICE_BASIC) -> MarketOrder:
        order = self.paid(service_id) if service_id != PRICE_BASIC else self.order(service_id)
        return self.execute(order.id).order

    def search(self, service_type: str = "defi", *, tok: str | None = None, **kw: Any) -> Any:
        return self.o.search_market(MarketSearchRequest(machine_id=self.m.id, agent_pairing_id=self.p.id,
                                                        service_type=service_type, **kw), tok or self.tok).item

    def rotate(self, key: str | None = None) -> str:
        self.tok = self.ctx.rotate(self.m, self.p, key or self.key)
        return self.tok

    def update(self, **kw: Any) -> AgentPairing:
        self.p = self.o.update_agent_pairing(self.m.id, self.p.id, UpdateAgentPairingRequest(**kw)).item
        return self.p


def proof_req(*, mode: str = "recorded", token: str = "USDC", tx: str | None = TX_A, signature: str | None = None,
              chain: str = "peaq", payer: str = PAYER, payee: str = PAYEE, amount: str = "0.05",
              **kw: Any) -> SubmitPaymentProofRequest:
    return SubmitPaymentProofRequest(verification_mode=mode, chain=chain, token=token, payer_address=payer,
                                     payee_address=payee, amount=amount,
                                     transaction_hash=None if signature else tx, transaction_signature=signature, **kw)


def hb_req(agent: MachineAgent, token: str | None = None, *, provider_key: str = "qvac", url: str = QVAC_URL,
           lease: int | None = None, **kw: Any) -> MachineAgentHeartbeatRequest:
    return MachineAgentHeartbeatRequest(
        machine_id=agent.machine_id, agent_id=agent.id, agent_token=token or agent.provisioning_token or "",
        endpoints=[MachineAgentHeartbeatEndpoint(provider_key=provider_key, endpoint_base_url=url)],  # type: ignore[arg-type]
        lease_ttl_seconds=lease, **kw)


class Ctx:
    """Per-test handle: the world, the mock, the default client, and scenario builders."""

    def __init__(self, world: World) -> None:
        self.w = world
        self.mock = world.mock
        self.o = world.o
        self._clients: list[PeaqosClient] = []

    def close(self) -> None:
        for c in self._clients:
            c.close()

    # clients
    def client(self, **kw: Any) -> Any:
        c = PeaqosClient(orchestration_url=self.mock.url, **kw)
        self._clients.append(c)
        return c.orchestration

    def stripping(self, *, headers: tuple[str, ...] = (), body_keys: tuple[str, ...] = ()) -> Any:
        return self.client(http_client=httpx.Client(transport=_Rewriting(headers, body_keys, {})))

    def injecting(self, headers: dict[str, str]) -> Any:
        return self.client(http_client=httpx.Client(transport=_Rewriting((), (), headers)))

    def replacing_body(self, body: bytes) -> Any:
        return self.client(http_client=httpx.Client(transport=_Rewriting((), (), {}, body)))

    # mock-side state
    def set_identity(self, ref: str, **body: Any) -> None:
        with self.mock.store.lock:
            self.mock.sim.update_identity(ref, body)

    def deactivate(self, machine: Machine) -> None:
        """The machine's identity no longer resolves as an activated peaqOS machine."""
        assert machine.identity_ref
        self.set_identity(machine.identity_ref, activated=False)

    def register_tx(self, **body: Any) -> None:
        with self.mock.store.lock:
            self.mock.sim.register_transaction(body)

    def fault(self, name: str) -> None:
        assert name in self.mock.store.faults
        self.mock.store.faults[name] = True

    def expire_challenges(self) -> None:
        self.mock.advance_clock(self.mock.config.challenge_ttl_seconds + 1)

    # builders
    def draft(self, **kw: Any) -> Machine:
        return self.w.draft_machine(**kw)

    def active(self, **kw: Any) -> Machine:
        return self.w.active_machine(**kw)

    def identity_challenge(self, ref: str) -> Any:
        return self.o.create_machine_identity_challenge(CreateMachineIdentityChallengeRequest(identity_ref=ref))

    def pairing_challenge(self, m: Machine, key: str = AGENT_KEY, provider: str = "anthropic",
                          role: str = "buyer") -> Any:
        return self.o.create_agent_pairing_challenge(m.id, CreateAgentPairingChallengeRequest(
            agent_address=address_of(key), agent_provider=provider, agent_role=role))

    def pairing_req(self, ch: Any, key: str = AGENT_KEY, *, signer: str | None = None, **kw: Any) -> CreateAgentPairingRequest:
        c = ch.item
        return CreateAgentPairingRequest(agent_address=address_of(key), agent_provider=c.agent_provider or "anthropic",
                                         agent_role=c.agent_role or "buyer",
                                         agent_proof=sign_pairing_challenge(ch, signer or key), **kw)

    def rotate(self, m: Machine, p: AgentPairing, key: str = AGENT_KEY, *, signer: str | None = None) -> str:
        ch = self.pairing_challenge(m, key, p.agent_provider, p.agent_role)
        item = self.o.create_agent_pairing_session(m.id, p.id, CreateAgentPairingSessionRequest(
            agent_proof=sign_pairing_challenge(ch, signer or key))).item
        assert item.pairing_token
        return item.pairing_token

    def market(self, policy: DelegationPolicy | None = None, *, machine: Machine | None = None,
               key: str = AGENT_KEY) -> Market:
        m = machine or self.active()
        p, tok = self.w.pairing(m, policy=policy, key=key)
        return Market(self, m, p, tok, key)

    def enrolled(self, **kw: Any) -> tuple[Machine, MachineAgent]:
        m = self.active()
        agent = self.o.enroll_machine_agent(m.id, EnrollMachineAgentRequest(**kw) if kw else None).item
        assert agent.provisioning_token
        return m, agent

    def unverified_active_machine(self) -> Machine:
        """An active record registered while identity verification was off (an identityRef, no proof)."""
        self.mock.config.machine_identity_verification = False
        m = self.stripping(body_keys=("identityProof",)).create_machine(_machine_req(f"did:peaq:{next(_LEGACY)}")).item
        m = self.o.update_machine(m.id, UpdateMachineRequest(status="active")).item
        self.mock.config.machine_identity_verification = True
        return m


@pytest.fixture
def ctx(world: World) -> Iterator[Ctx]:
    c = Ctx(world)
    yield c
    c.close()


def expect(code: str, fn: Callable[..., Any], *args: Any, **kw: Any) -> OrchestrationApiError:
    """``fn`` fails with the server code ``code`` and the spec's HTTP status for it."""
    with pytest.raises(OrchestrationApiError) as ei:
        fn(*args, **kw)
    assert (ei.value.code, ei.value.status_code) == (code, status_of(code)), str(ei.value)
    return ei.value


# =================================================================================================
# Part 1: (operation, code) table
# =================================================================================================
Case = Callable[[Ctx], Any]
ERROR_CASES: dict[tuple[str, str], Case] = {}

EXCLUDED: dict[tuple[str, str], str] = {
    # (operationId, code): why the mock cannot produce it. Empty: every documented pair is produced.
}

KNOWN_SPEC_GAPS: dict[tuple[str, str], str] = {
    # Pairs the mock produces (a scenario below proves it) that the spec's x-error-codes do not list yet.
}


def case(op: str, code: str) -> Callable[[Case], Case]:
    def deco(fn: Case) -> Case:
        assert (op, code) not in ERROR_CASES, (op, code)
        ERROR_CASES[(op, code)] = fn
        return fn

    return deco


def _register_generated() -> None:
    """Scenarios that are the same call shape across many routes."""

    # -- platform key: every platform-auth route, with API auth switched on ----------------------
    proof = AgentProofInput(challenge_id="apc_missing", signature="0x" + "11" * 65)
    platform: dict[str, Callable[[Any], Any]] = {
        "createMachineIdentityChallenge": lambda o: o.create_machine_identity_challenge(
            CreateMachineIdentityChallengeRequest(identity_ref="did:peaq:1")),
        "listMachines": lambda o: o.list_machines(),
        "createMachine": lambda o: o.create_machine(_machine_req("did:peaq:1")),
        "getMachine": lambda o: o.get_machine(MISSING),
        "updateMachine": lambda o: o.update_machine(MISSING, UpdateMachineRequest(display_name="x")),
        "archiveMachine": lambda o: o.archive_machine(MISSING),
        "listMachineAgents": lambda o: o.list_machine_agents(MISSING),
        "enrollMachineAgent": lambda o: o.enroll_machine_agent(MISSING),
        "revokeMachineAgent": lambda o: o.revoke_machine_agent(MISSING, MISSING),
        "listAgentPairings": lambda o: o.list_agent_pairings(MISSING),
        "createAgentPairingChallenge": lambda o: o.create_agent_pairing_challenge(
            MISSING, CreateAgentPairingChallengeRequest(agent_address=PAYER, agent_provider="a", agent_role="b")),
        "createAgentPairing": lambda o: o.create_agent_pairing(MISSING, CreateAgentPairingRequest(
            agent_address=PAYER, agent_provider="a", agent_role="b", agent_proof=proof)),
        "createAgentPairingSession": lambda o: o.create_agent_pairing_session(
            MISSING, MISSING, CreateAgentPairingSessionRequest(agent_proof=proof)),
        "updateAgentPairing": lambda o: o.update_agent_pairing(MISSING, MISSING, UpdateAgentPairingRequest(
            description="x")),
        "revokeAgentPairing": lambda o: o.revoke_agent_pairing(MISSING, MISSING),
        "listRuntimeEndpoints": lambda o: o.list_runtime_endpoints(MISSING),
        "getRuntimeEndpoint": lambda o: o.get_runtime_endpoint(MISSING, "qvac"),
        "upsertRuntimeEndpoint": lambda o: o.upsert_runtime_endpoint(MISSING, "qvac", UpsertRuntimeEndpointRequest(
            endpoint_base_url=QVAC_URL)),
        "deleteRuntimeEndpoint": lambda o: o.delete_runtime_endpoint(MISSING, "qvac"),
        "listSkills": lambda o: o.list_skills(),
        "getSkill": lambda o: o.get_skill(MISSING),
        "getSkillManifest": lambda o: o.get_skill_manifest(MISSING),
        "updateSkillConfig": lambda o: o.update_skill_config(MISSING, UpdateSkillConfigRequest(enabled=True)),
        "listMarketServices": lambda o: o.list_market_services(),
        "getMarketService": lambda o: o.get_market_service(MISSING),
        "getMarketSearch": lambda o: o.get_market_search(MISSING),
        "listMarketOrders": lambda o: o.list_market_orders(machine_id=MISSING),
        "getMarketOrder": lambda o: o.get_market_order(MISSING),
        "listMarketOrderEvents": lambda o: o.list_market_order_events(MISSING),
        "getMarketPayment": lambda o: o.get_market_payment(MISSING),
        "listPolicies": lambda o: o.list_policies(),
        "createPolicy": lambda o: o.create_policy(CreatePolicyRequest(name="p")),
        "getPolicy": lambda o: o.get_policy(MISSING),
        "updatePolicy": lambda o: o.update_policy(MISSING, UpdatePolicyRequest(name="p")),
        "listAuditEvents": lambda o: o.list_audit_events(),
        "listRuns": lambda o: o.list_runs(),
        "getRun": lambda o: o.get_run(MISSING),
        "getMachineGraph": lambda o: o.get_machine_graph(MISSING),
        "createGraphNode": lambda o: o.create_graph_node(MISSING, CreateGraphNodeRequest(label="n")),
        "updateGraphNode": lambda o: o.update_graph_node(MISSING, MISSING, UpdateGraphNodeRequest(label="n")),
        "deleteGraphNode": lambda o: o.delete_graph_node(MISSING, MISSING),
        "createGraphEdge": lambda o: o.create_graph_edge(MISSING, CreateGraphEdgeRequest(
            source_node_id=MISSING, target_node_id=MISSING)),
        "updateGraphEdge": lambda o: o.update_graph_edge(MISSING, MISSING, UpdateGraphEdgeRequest(kind="k")),
        "deleteGraphEdge": lambda o: o.delete_graph_edge(MISSING, MISSING),
        "getTask": lambda o: o.get_task(MISSING),
        "listTasks": lambda o: o.list_tasks(machine_id=MISSING),
    }
    PLATFORM_CALLS.update(platform)

    def auth_case(call: Callable[[Any], Any], key: str | None) -> Case:
        def run(c: Ctx) -> Any:
            c.mock.config.require_api_auth = True
            c.mock.config.api_keys = ("the-right-key",)
            return call(c.client(api_key=key) if key else c.o)

        return run

    for op, call in platform.items():
        case(op, "AUTH_REQUIRED")(auth_case(call, None))
        case(op, "AUTH_INVALID")(auth_case(call, "a-wrong-key"))

    # -- pairing token: every agent-pairing route --------------------------------------------------
    agent: dict[str, Callable[[Any, str], Any]] = {
        "searchMarket": lambda o, t: o.search_market(MarketSearchRequest(service_type="defi"), t),
        "createMarketOrder": lambda o, t: o.create_market_order(CreateMarketOrderRequest(
            machine_id=MISSING, agent_pairing_id=MISSING, service_id=PRICE_BASIC), t),
        "executeMarketOrder": lambda o, t: o.execute_market_order(MISSING, ExecuteMarketOrderRequest(), t),
        "confirmMarketOrder": lambda o, t: o.confirm_market_order(MISSING, t),
        "disputeMarketOrder": lambda o, t: o.dispute_market_order(MISSING, DisputeMarketOrderRequest(reason="r"), t),
        "cancelMarketOrder": lambda o, t: o.cancel_market_order(MISSING, None, t),
        "retryMarketOrder": lambda o, t: o.retry_market_order(MISSING, RetryMarketOrderRequest(reason="r"), t),
        "createPaymentIntent": lambda o, t: o.create_payment_intent(MISSING, CreatePaymentIntentRequest(), t),
        "submitPaymentProof": lambda o, t: o.submit_payment_proof(MISSING, proof_req(), t),
        "lockEscrowPayment": lambda o, t: o.lock_escrow_payment(MISSING, LockEscrowPaymentRequest(
            transaction_hash=TX_A, chain="peaq", escrow_address="0xescrow"), t),
        "releasePayment": lambda o, t: o.release_payment(MISSING, None, t),
        "refundPayment": lambda o, t: o.refund_payment(MISSING, None, t),
        "createTask": lambda o, t: o.create_task(CreateTaskRequest(
            machine_id=MISSING, agent_pairing_id=MISSING, service_type="defi"), t),
        "discoverTask": lambda o, t: o.discover_task(MISSING, t),
        "resolveTask": lambda o, t: o.resolve_task(MISSING, None, t),
        "executeTask": lambda o, t: o.execute_task(MISSING, ExecuteTaskRequest(), t),
    }
    AGENT_CALLS.update(agent)

    def agent_required(call: Callable[[Any, str], Any]) -> Case:
        return lambda c: call(c.stripping(headers=("x-agent-pairing-token",)), "a-token-the-proxy-drops")

    def agent_invalid(call: Callable[[Any, str], Any]) -> Case:
        def run(c: Ctx) -> Any:
            return call(c.o, forge(c.market().tok))

        return run

    def agent_expired(call: Callable[[Any, str], Any]) -> Case:
        def run(c: Ctx) -> Any:
            mk = c.market()
            c.mock.advance_clock(c.mock.config.session_ttl_seconds + 1)
            return call(c.o, mk.tok)

        return run

    def optional_pairing(call: Callable[[Any], Any], expired: bool) -> Case:
        def run(c: Ctx) -> Any:
            mk = c.market()
            token = mk.tok if expired else forge(mk.tok)
            if expired:
                c.mock.advance_clock(c.mock.config.session_ttl_seconds + 1)
            c.mock.config.require_api_auth = True  # no key: the pairing token is the credential
            c.mock.config.api_keys = ("the-right-key",)
            return call(c.injecting({"x-agent-pairing-token": token}))

        return run

    for op in OPTIONAL_PAIRING:
        case(op, "AGENT_AUTH_INVALID")(optional_pairing(platform[op], expired=False))
        case(op, "AGENT_AUTH_EXPIRED")(optional_pairing(platform[op], expired=True))

    for op, call in agent.items():
        case(op, "AGENT_AUTH_REQUIRED")(agent_required(call))
        case(op, "AGENT_AUTH_INVALID")(agent_invalid(call))
        case(op, "AGENT_AUTH_EXPIRED")(agent_expired(call))

    # -- machine-scoped routes: unknown machine, draft machine, identity no longer activated -------
    machine_scoped: dict[str, Callable[[Any, str], Any]] = {
        "listMachineAgents": lambda o, mid: o.list_machine_agents(mid),
        "enrollMachineAgent": lambda o, mid: o.enroll_machine_agent(mid),
        "revokeMachineAgent": lambda o, mid: o.revoke_machine_agent(mid, MISSING),
        "listRuntimeEndpoints": lambda o, mid: o.list_runtime_endpoints(mid),
        "getRuntimeEndpoint": lambda o, mid: o.get_runtime_endpoint(mid, "qvac"),
        "upsertRuntimeEndpoint": lambda o, mid: o.upsert_runtime_endpoint(mid, "qvac", UpsertRuntimeEndpointRequest(
            endpoint_base_url=QVAC_URL)),
        "deleteRuntimeEndpoint": lambda o, mid: o.delete_runtime_endpoint(mid, "qvac"),
        "createAgentPairingChallenge": lambda o, mid: o.create_agent_pairing_challenge(
            mid, CreateAgentPairingChallengeRequest(agent_address=PAYER, agent_provider="a", agent_role="b")),
        "createAgentPairing": lambda o, mid: o.create_agent_pairing(mid, CreateAgentPairingRequest(
            agent_address=PAYER, agent_provider="a", agent_role="b", agent_proof=proof)),
        "listMarketOrders": lambda o, mid: o.list_market_orders(machine_id=mid),
        "listAgentPairings": lambda o, mid: o.list_agent_pairings(mid),
        "listTasks": lambda o, mid: o.list_tasks(machine_id=mid),
        # graph routes: the machine gate answers before the node or edge is looked up
        "getMachineGraph": lambda o, mid: o.get_machine_graph(mid),
        "createGraphNode": lambda o, mid: o.create_graph_node(mid, CreateGraphNodeRequest(label="n")),
        "updateGraphNode": lambda o, mid: o.update_graph_node(mid, MISSING, UpdateGraphNodeRequest(label="n")),
        "deleteGraphNode": lambda o, mid: o.delete_graph_node(mid, MISSING),
        "createGraphEdge": lambda o, mid: o.create_graph_edge(mid, CreateGraphEdgeRequest(
            source_node_id=MISSING, target_node_id=MISSING)),
        "updateGraphEdge": lambda o, mid: o.update_graph_edge(mid, MISSING, UpdateGraphEdgeRequest(kind="k")),
        "deleteGraphEdge": lambda o, mid: o.delete_graph_edge(mid, MISSING),
    }
    gated = set(machine_scoped) - {"listAgentPairings"}

    def not_active(call: Callable[[Any, str], Any]) -> Case:
        return lambda c: call(c.o, c.draft().id)

    def not_activated(call: Callable[[Any, str], Any]) -> Case:
        def run(c: Ctx) -> Any:
            m = c.active()
            c.deactivate(m)
            return call(c.o, m.id)

        return run

    for op, call in machine_scoped.items():
        case(op, "NOT_FOUND")(lambda c, call=call: call(c.o, MISSING))
        if op in gated:
            case(op, "MACHINE_NOT_ACTIVE")(not_active(call))
            case(op, "MACHINE_NOT_ACTIVATED")(not_activated(call))

    # -- list routes: a cursor this server never issued -------------------------------------------
    lists: dict[str, Callable[[Ctx], Any]] = {
        "listMachines": lambda c: c.o.list_machines(cursor=BAD_CURSOR),
        "listAgentPairings": lambda c: c.o.list_agent_pairings(c.active().id, cursor=BAD_CURSOR),
        "listRuntimeEndpoints": lambda c: c.o.list_runtime_endpoints(c.active().id, cursor=BAD_CURSOR),
        "listSkills": lambda c: c.o.list_skills(cursor=BAD_CURSOR),
        "listMarketServices": lambda c: c.o.list_market_services(cursor=BAD_CURSOR),
        "listMarketOrders": lambda c: c.o.list_market_orders(machine_id=c.active().id, cursor=BAD_CURSOR),
        "listAuditEvents": lambda c: c.o.list_audit_events(cursor=BAD_CURSOR),
        "listRuns": lambda c: c.o.list_runs(cursor=BAD_CURSOR),
        "listMarketOrderEvents": lambda c: c.o.list_market_order_events(c.market().order().id, cursor=BAD_CURSOR),
        "listTasks": lambda c: c.o.list_tasks(machine_id=c.active().id, cursor=BAD_CURSOR),
    }
    for op, fn in lists.items():
        case(op, "VALIDATION_ERROR")(fn)

    # -- single-resource reads of an unknown id ----------------------------------------------------
    for op, fn in {
        "getMachine": lambda c: c.o.get_machine(MISSING),
        "archiveMachine": lambda c: c.o.archive_machine(MISSING),
        "updateMachine": lambda c: c.o.update_machine(MISSING, UpdateMachineRequest(display_name="x")),
        "getSkill": lambda c: c.o.get_skill(MISSING),
        "getSkillManifest": lambda c: c.o.get_skill_manifest(MISSING),
        "updateSkillConfig": lambda c: c.o.update_skill_config(MISSING, UpdateSkillConfigRequest(enabled=True)),
        "getMarketService": lambda c: c.o.get_market_service(MISSING),
        "getMarketSearch": lambda c: c.o.get_market_search(MISSING),
        "getMarketOrder": lambda c: c.o.get_market_order(MISSING),
        "listMarketOrderEvents": lambda c: c.o.list_market_order_events(MISSING),
        "getMarketPayment": lambda c: c.o.get_market_payment(MISSING),
        "getPolicy": lambda c: c.o.get_policy(MISSING),
        "updatePolicy": lambda c: c.o.update_policy(MISSING, UpdatePolicyRequest(name="p")),
        "getRun": lambda c: c.o.get_run(MISSING),
        "getTask": lambda c: c.o.get_task(MISSING),
    }.items():
        case(op, "NOT_FOUND")(fn)

    # -- order routes: an order id the pairing does not own / that does not exist ------------------
    for op, call in agent.items():
        if op not in ("searchMarket", "createMarketOrder", "createTask"):
            case(op, "NOT_FOUND")(lambda c, call=call: call(c.o, c.market().tok))


def forge(token: str) -> str:
    """The same claims signed with another key."""
    claims = jwt.decode(token, options={"verify_signature": False})
    return jwt.encode(claims, "not-the-server-secret-0123456789abcdef", algorithm="HS256")


# platform routes that also accept a pairing token (owner-scoped view); the SDK sends none itself
OPTIONAL_PAIRING = ("getMarketOrder", "getMarketService", "listMarketServices", "listMarketOrderEvents")
PLATFORM_CALLS: dict[str, Callable[[Any], Any]] = {}
AGENT_CALLS: dict[str, Callable[[Any, str], Any]] = {}
_register_generated()


# ---- identity challenges and machines -----------------------------------------------------------
@case("createMachineIdentityChallenge", "VALIDATION_ERROR")
def _challenge_unknown_field(c: Ctx) -> Any:
    c.o.create_machine_identity_challenge(CreateMachineIdentityChallengeRequest(
        identity_ref=c.w.identity(), extra={"unexpected": True}))


@case("createMachineIdentityChallenge", "NOT_FOUND")
def _challenge_unregistered_identity(c: Ctx) -> Any:
    c.identity_challenge("did:peaq:987654321")


@case("createMachineIdentityChallenge", "PEAQOS_IDENTITY_UNAVAILABLE")
def _challenge_mcr_down(c: Ctx) -> Any:
    ref = c.w.identity()
    c.fault("mcrUnavailable")
    c.identity_challenge(ref)


UNSIGNED = MachineIdentityProofInput(challenge_id="mic_missing", signature="0x" + "11" * 65)
"""A well-formed proof for no challenge (the SDK requires one; the server judges it)."""


def _machine_req(ref: str | None, proof: Any = UNSIGNED, **kw: Any) -> CreateMachineRequest:
    return CreateMachineRequest(display_name="Robot", owner_id="0xowner", machine_type="robot",
                                runtime_profile="linux-docker", identity_ref=ref, identity_proof=proof, **kw)


@case("createPolicy", "VALIDATION_ERROR")
def _create_policy_unknown_field(c: Ctx) -> Any:
    c.o.create_policy(CreatePolicyRequest(name="p", extra={"unexpected": True}))


@case("updatePolicy", "VALIDATION_ERROR")
def _update_policy_negative_cap(c: Ctx) -> Any:
    p = c.o.create_policy(CreatePolicyRequest(name="p")).item
    c.replacing_body(b'{"budgetCap": {"currency": "USD", "amount": -1}}').update_policy(p.id, UpdatePolicyRequest())


@case("createMachine", "VALIDATION_ERROR")
def _create_machine_unknown_field(c: Ctx) -> Any:
    ref = c.w.identity()
    c.o.create_machine(_machine_req(ref, sign_identity_challenge(c.identity_challenge(ref), CONTROLLER_KEY),
                                    extra={"unexpected": True}))


@case("createMachine", "MACHINE_IDENTITY_PROOF_REQUIRED")
def _create_machine_without_proof(c: Ctx) -> Any:
    # the SDK always sends identityProof (x-sdk-required); a proxy strips it, as a raw client would leave it out
    c.stripping(body_keys=("identityProof",)).create_machine(_machine_req(c.w.identity()))


@case("createMachine", "MACHINE_IDENTITY_PROOF_INVALID")
def _create_machine_wrong_signer(c: Ctx) -> Any:
    ref = c.w.identity()
    c.o.create_machine(_machine_req(ref, sign_identity_challenge(c.identity_challenge(ref), OTHER_KEY)))


@case("createMachine", "MACHINE_IDENTITY_PROOF_EXPIRED")
def _create_machine_expired_challenge(c: Ctx) -> Any:
    ref = c.w.identity()
    ch = c.identity_challenge(ref)
    c.expire_challenges()
    c.o.create_machine(_machine_req(ref, sign_identity_challenge(ch, CONTROLLER_KEY)))


@case("createMachine", "MACHINE_IDENTITY_EXISTS")
def _create_machine_twice(c: Ctx) -> Any:
    m = c.draft()
    c.draft(identity_ref=m.identity_ref)


@case("createMachine", "PEAQOS_IDENTITY_UNAVAILABLE")
def _create_machine_mcr_down(c: Ctx) -> Any:
    ref = c.w.identity()
    proof = sign_identity_challenge(c.identity_challenge(ref), CONTROLLER_KEY)
    c.fault("mcrUnavailable")
    c.o.create_machine(_machine_req(ref, proof))


@case("getMachine", "MACHINE_NOT_ACTIVATED")
def _get_machine_controllers_rotated(c: Ctx) -> Any:
    m = c.draft()
    assert m.identity_ref
    c.set_identity(m.identity_ref, controllerAddresses=[address_of(OTHER_KEY)])
    c.o.get_machine(m.id)


@case("updateMachine", "VALIDATION_ERROR")
def _update_machine_unknown_field(c: Ctx) -> Any:
    c.o.update_machine(c.draft().id, UpdateMachineRequest(display_name="x", extra={"unexpected": 1}))


@case("updateMachine", "MACHINE_IDENTITY_IMMUTABLE")
def _update_machine_new_identity(c: Ctx) -> Any:
    c.o.update_machine(c.draft().id, UpdateMachineRequest(identity_ref=c.w.identity()))


@case("updateMachine", "MACHINE_NOT_ACTIVATED")
def _activate_unactivated_identity(c: Ctx) -> Any:
    m = c.draft(identity_ref=c.w.identity(activated=False))
    c.o.update_machine(m.id, UpdateMachineRequest(status="active"))


@case("updateMachine", "MACHINE_IDENTITY_PROOF_INVALID")
def _update_machine_wrong_signer(c: Ctx) -> Any:
    m = c.draft()
    assert m.identity_ref
    proof = sign_identity_challenge(c.identity_challenge(m.identity_ref), OTHER_KEY)
    c.o.update_machine(m.id, UpdateMachineRequest(status="active", identity_proof=proof))


@case("updateMachine", "MACHINE_IDENTITY_PROOF_EXPIRED")
def _update_machine_expired_challenge(c: Ctx) -> Any:
    m = c.draft()
    assert m.identity_ref
    ch = c.identity_challenge(m.identity_ref)
    c.expire_challenges()
    c.o.update_machine(m.id, UpdateMachineRequest(identity_proof=sign_identity_challenge(ch, CONTROLLER_KEY)))


@case("updateMachine", "PEAQOS_IDENTITY_UNAVAILABLE")
def _activate_while_mcr_down(c: Ctx) -> Any:
    m = c.draft()
    c.fault("mcrUnavailable")
    c.o.update_machine(m.id, UpdateMachineRequest(status="active"))


@case("updateMachine", "MACHINE_IDENTITY_PROOF_REQUIRED")
def _set_identity_without_proof(c: Ctx) -> Any:
    m = c.unverified_active_machine()
    c.o.update_machine(m.id, UpdateMachineRequest(identity_ref=m.identity_ref))


# ---- machine agents -----------------------------------------------------------------------------
@case("enrollMachineAgent", "VALIDATION_ERROR")
def _enroll_unknown_field(c: Ctx) -> Any:
    c.o.enroll_machine_agent(c.active().id, EnrollMachineAgentRequest(label="a", extra={"unexpected": 1}))


@case("machineAgentHeartbeat", "VALIDATION_ERROR")
def _heartbeat_unknown_field(c: Ctx) -> Any:
    _, agent = c.enrolled()
    c.o.machine_agent_heartbeat(hb_req(agent, extra={"unexpected": 1}))


@case("machineAgentHeartbeat", "NOT_FOUND")
def _heartbeat_unknown_agent(c: Ctx) -> Any:
    _, agent = c.enrolled()
    c.o.machine_agent_heartbeat(attrs.evolve(hb_req(agent), agent_id=MISSING))


@case("machineAgentHeartbeat", "AGENT_PAIRING_INACTIVE")
def _heartbeat_revoked_agent(c: Ctx) -> Any:
    m, agent = c.enrolled()
    c.o.revoke_machine_agent(m.id, agent.id)
    c.o.machine_agent_heartbeat(hb_req(agent))


@case("machineAgentHeartbeat", "AGENT_AUTH_REQUIRED")
def _heartbeat_token_dropped(c: Ctx) -> Any:
    _, agent = c.enrolled()
    c.stripping(body_keys=("agentToken",)).machine_agent_heartbeat(hb_req(agent))


@case("machineAgentHeartbeat", "AGENT_AUTH_INVALID")
def _heartbeat_wrong_token(c: Ctx) -> Any:
    _, agent = c.enrolled()
    c.o.machine_agent_heartbeat(hb_req(agent, "mat_not-the-provisioning-token"))


@case("machineAgentHeartbeat", "AGENT_POLICY_DENIED")
def _heartbeat_provider_not_allowed(c: Ctx) -> Any:
    _, agent = c.enrolled(allowed_provider_keys=["ollama"])
    c.o.machine_agent_heartbeat(hb_req(agent))


@case("machineAgentHeartbeat", "MACHINE_NOT_ACTIVE")
def _heartbeat_archived_machine(c: Ctx) -> Any:
    m, agent = c.enrolled()
    c.o.archive_machine(m.id)
    c.o.machine_agent_heartbeat(hb_req(agent))


@case("machineAgentHeartbeat", "MACHINE_NOT_ACTIVATED")
def _heartbeat_identity_gone(c: Ctx) -> Any:
    m, agent = c.enrolled()
    c.deactivate(m)
    c.o.machine_agent_heartbeat(hb_req(agent))


# ---- agent pairings -----------------------------------------------------------------------------
@case("createAgentPairingChallenge", "VALIDATION_ERROR")
def _pairing_challenge_did_mismatch(c: Ctx) -> Any:
    # the SDK refuses an agentDid naming another address (did-of); a raw body reaches the server's own check
    body = {"agentAddress": PAYER, "agentProvider": "a", "agentRole": "b",
            "agentDid": f"did:pkh:eip155:1:{address_of(OTHER_KEY)}"}
    c.replacing_body(json.dumps(body).encode()).create_agent_pairing_challenge(
        c.active().id, CreateAgentPairingChallengeRequest(agent_address=PAYER, agent_provider="a", agent_role="b"))


@case("createAgentPairing", "VALIDATION_ERROR")
def _pairing_unknown_field(c: Ctx) -> Any:
    m = c.active()
    c.o.create_agent_pairing(m.id, c.pairing_req(c.pairing_challenge(m), extra={"unexpected": 1}))


@case("createAgentPairing", "AGENT_PAIRING_PROOF_REQUIRED")
def _pairing_proof_dropped(c: Ctx) -> Any:
    m = c.active()
    c.stripping(body_keys=("agentProof",)).create_agent_pairing(m.id, c.pairing_req(c.pairing_challenge(m)))


@case("createAgentPairing", "AGENT_PAIRING_PROOF_INVALID")
def _pairing_wrong_signer(c: Ctx) -> Any:
    m = c.active()
    c.o.create_agent_pairing(m.id, c.pairing_req(c.pairing_challenge(m), signer=OTHER_KEY))


@case("createAgentPairing", "AGENT_PAIRING_PROOF_EXPIRED")
def _pairing_expired_challenge(c: Ctx) -> Any:
    m = c.active()
    ch = c.pairing_challenge(m)
    c.expire_challenges()
    c.o.create_agent_pairing(m.id, c.pairing_req(ch))


@case("createAgentPairing", "AGENT_PAIRING_UNAVAILABLE")
def _pairing_unbonded_machine(c: Ctx) -> Any:
    m = c.active(identity_ref=c.w.identity(bonded=False))
    c.o.create_agent_pairing(m.id, c.pairing_req(c.pairing_challenge(m)))


@case("createAgentPairing", "MACHINE_IDENTITY_PROOF_REQUIRED")
def _pairing_machine_without_proof(c: Ctx) -> Any:
    m = c.unverified_active_machine()
    c.o.create_agent_pairing(m.id, CreateAgentPairingRequest(
        agent_address=PAYER, agent_provider="a", agent_role="b",
        agent_proof=AgentProofInput(challenge_id="apc_missing", signature="0x" + "11" * 65)))


@case("createAgentPairingSession", "VALIDATION_ERROR")
def _session_unknown_field(c: Ctx) -> Any:
    mk = c.market()
    ch = c.pairing_challenge(mk.m)
    c.o.create_agent_pairing_session(mk.m.id, mk.p.id, CreateAgentPairingSessionRequest(
        agent_proof=sign_pairing_challenge(ch, AGENT_KEY), extra={"unexpected": 1}))


@case("createAgentPairingSession", "NOT_FOUND")
def _session_unknown_pairing(c: Ctx) -> Any:
    mk = c.market()
    c.rotate(mk.m, attrs.evolve(mk.p, id=MISSING))


@case("createAgentPairingSession", "AGENT_PAIRING_PROOF_INVALID")
def _session_wrong_signer(c: Ctx) -> Any:
    mk = c.market()
    c.rotate(mk.m, mk.p, signer=OTHER_KEY)


@case("createAgentPairingSession", "AGENT_PAIRING_PROOF_EXPIRED")
def _session_expired_challenge(c: Ctx) -> Any:
    mk = c.market()
    ch = c.pairing_challenge(mk.m)
    c.expire_challenges()
    c.o.create_agent_pairing_session(mk.m.id, mk.p.id, CreateAgentPairingSessionRequest(
        agent_proof=sign_pairing_challenge(ch, AGENT_KEY)))


@case("createAgentPairingSession", "AGENT_PAIRING_INACTIVE")
def _session_paused_pairing(c: Ctx) -> Any:
    mk = c.market()
    mk.update(status="paused")
    mk.rotate()


@case("updateAgentPairing", "VALIDATION_ERROR")
def _update_pairing_unknown_field(c: Ctx) -> Any:
    mk = c.market()
    c.o.update_agent_pairing(mk.m.id, mk.p.id, UpdateAgentPairingRequest(description="x", extra={"unexpected": 1}))


@case("updateAgentPairing", "NOT_FOUND")
def _update_pairing_unknown(c: Ctx) -> Any:
    c.o.update_agent_pairing(c.active().id, MISSING, UpdateAgentPairingRequest(description="x"))


@case("revokeAgentPairing", "NOT_FOUND")
def _revoke_pairing_unknown(c: Ctx) -> Any:
    c.o.revoke_agent_pairing(c.active().id, MISSING)


# ---- runtime endpoints, skills, services --------------------------------------------------------
@case("upsertRuntimeEndpoint", "VALIDATION_ERROR")
def _upsert_unknown_field(c: Ctx) -> Any:
    c.o.upsert_runtime_endpoint(c.active().id, "qvac", UpsertRuntimeEndpointRequest(
        endpoint_base_url=QVAC_URL, extra={"unexpected": 1}))


@case("updateSkillConfig", "VALIDATION_ERROR")
def _skill_config_unknown_field(c: Ctx) -> Any:
    c.o.update_skill_config("oracle.price-feed", UpdateSkillConfigRequest(enabled=True, extra={"unexpected": 1}))


@case("listMarketServices", "NOT_FOUND")
def _services_unknown_machine(c: Ctx) -> Any:
    c.o.list_market_services(ListMarketServicesOptions(machine_id=MISSING))


# ---- search ----------------------------------------------------------------------------------------
@case("searchMarket", "VALIDATION_ERROR")
def _search_without_service_type(c: Ctx) -> Any:
    mk = c.market()
    # the SDK requires serviceType (x-sdk-required); a proxy strips it, as a raw client would leave it out
    c.stripping(body_keys=("serviceType",)).search_market(
        MarketSearchRequest(machine_id=mk.m.id, agent_pairing_id=mk.p.id, service_type="defi"), mk.tok
    )


@case("searchMarket", "NOT_FOUND")
def _search_unknown_machine_public(c: Ctx) -> Any:
    c.mock.config.require_agent_pairing_auth = False  # PEAQOS_REQUIRE_AGENT_PAIRING_AUTH=false: token optional
    c.stripping(headers=("x-agent-pairing-token",)).search_market(
        MarketSearchRequest(machine_id=MISSING, service_type="defi"), "dropped")


@case("searchMarket", "MACHINE_NOT_ACTIVE")
def _search_on_draft_machine(c: Ctx) -> Any:
    mk = c.market()
    c.o.update_machine(mk.m.id, UpdateMachineRequest(status="draft"))
    mk.search()


@case("searchMarket", "MACHINE_NOT_ACTIVATED")
def _search_identity_gone(c: Ctx) -> Any:
    mk = c.market()
    c.deactivate(mk.m)
    mk.search()


@case("searchMarket", "AGENT_PAIRING_INACTIVE")
def _search_paused_pairing(c: Ctx) -> Any:
    mk = c.market()
    mk.update(status="paused")
    mk.search()


# ---- orders ---------------------------------------------------------------------------------------
@case("createMarketOrder", "VALIDATION_ERROR")
def _order_unknown_operation(c: Ctx) -> Any:
    c.market().order(PRICE_BASIC, operation="no-such-operation")


@case("createMarketOrder", "NOT_FOUND")
def _order_unknown_service(c: Ctx) -> Any:
    c.market().order(MISSING)


@case("createMarketOrder", "QUOTE_EXPIRED")
def _order_stale_quote(c: Ctx) -> Any:
    mk = c.market()
    s = mk.search()
    c.mock.advance_clock(c.mock.config.quote_ttl_seconds + 1)
    q = s.quotes[0]
    mk.order(q.service_id, search_id=s.id, quote_id=q.id)


@case("createMarketOrder", "AGENT_PAIRING_REQUIRED")
def _order_without_own_pairing(c: Ctx) -> Any:
    mk = c.market()
    c.o.create_market_order(attrs.evolve(mk.order_req(PRICE_BASIC), agent_pairing_id=MISSING), mk.tok)


@case("createMarketOrder", "AGENT_PAIRING_INACTIVE")
def _order_paused_pairing(c: Ctx) -> Any:
    mk = c.market()
    mk.update(status="paused")
    mk.order()


@case("createMarketOrder", "AGENT_POLICY_DENIED")
def _order_denied_skill(c: Ctx) -> Any:
    c.market(DelegationPolicy(denied_skill_keys=["oracle.price-feed"])).order(PRICE_BASIC)


@case("createMarketOrder", "AGENT_SPEND_LIMIT_EXCEEDED")
def _order_over_transaction_limit(c: Ctx) -> Any:
    c.market(DelegationPolicy(per_transaction_limit=1.0, currency="USD")).order(RTK)


@case("createMarketOrder", "AGENT_DAILY_LIMIT_EXCEEDED")
def _order_over_daily_limit(c: Ctx) -> Any:
    mk = c.market(DelegationPolicy(daily_spend_limit=3.0, currency="USD"))
    mk.order(RTK)
    mk.order(RTK)


@case("createMarketOrder", "MACHINE_NOT_ACTIVE")
def _order_on_draft_machine(c: Ctx) -> Any:
    mk = c.market()
    c.o.update_machine(mk.m.id, UpdateMachineRequest(status="draft"))
    mk.order()


@case("createMarketOrder", "MACHINE_NOT_ACTIVATED")
def _order_identity_gone(c: Ctx) -> Any:
    mk = c.market()
    c.deactivate(mk.m)
    mk.order()


@case("executeMarketOrder", "VALIDATION_ERROR")
def _execute_unknown_field(c: Ctx) -> Any:
    mk = c.market()
    mk.execute(mk.order().id, extra={"unexpected": 1})


@case("executeMarketOrder", "EXECUTION_UNSUPPORTED")
def _execute_docs_only(c: Ctx) -> Any:
    mk = c.market()
    mk.execute(mk.order(COMMERCE).id)


@case("executeMarketOrder", "PAYMENT_REQUIRED")
def _execute_unpaid(c: Ctx) -> Any:
    mk = c.market()
    order = mk.order(PRICE_PRO)
    mk.intent(order.id)  # an intent is not a settled payment
    mk.execute(order.id)


@case("executeMarketOrder", "ORDER_CLOSED")
def _execute_twice(c: Ctx) -> Any:
    mk = c.market()
    mk.execute(mk.delivered().id)


@case("executeMarketOrder", "ENDPOINT_UNREACHABLE")
def _execute_without_runtime(c: Ctx) -> Any:
    mk = c.market()
    mk.execute(mk.order(QVAC).id)


@case("confirmMarketOrder", "VALIDATION_ERROR")
def _confirm_body_not_empty(c: Ctx) -> Any:
    mk = c.market()
    order = mk.delivered()
    c.replacing_body(b'{"unexpected": true}').confirm_market_order(order.id, mk.tok)  # SDK sends {}


@case("confirmMarketOrder", "ORDER_CLOSED")
def _confirm_twice(c: Ctx) -> Any:
    mk = c.market()
    order = mk.delivered()
    mk.confirm(order.id)
    mk.confirm(order.id)


@case("confirmMarketOrder", "ORDER_NOT_DELIVERED")
def _confirm_before_execute(c: Ctx) -> Any:
    mk = c.market()
    mk.confirm(mk.order().id)


@case("disputeMarketOrder", "VALIDATION_ERROR")
def _dispute_unknown_field(c: Ctx) -> Any:
    mk = c.market()
    mk.dispute(mk.delivered().id, extra={"unexpected": 1})


@case("disputeMarketOrder", "ORDER_CLOSED")
def _dispute_twice(c: Ctx) -> Any:
    mk = c.market()
    order = mk.delivered()
    mk.dispute(order.id)
    mk.dispute(order.id)


def failed_order(c: Ctx, mk: Market, service_id: str = PRICE_BASIC) -> MarketOrder:
    """An order whose native execution failed (the simulator's providerFailure fault, switched off again)."""
    order = mk.paid(service_id) if service_id in (PRICE_PRO, WALRUS, RTK, CONSOLE) else mk.order(service_id)
    c.mock.store.faults["providerFailure"] = True
    try:
        failed = mk.execute(order.id).order
    finally:
        c.mock.store.faults["providerFailure"] = False
    assert failed.status == "failed"
    return failed  # type: ignore[no-any-return]


@case("cancelMarketOrder", "VALIDATION_ERROR")
def _cancel_unknown_field(c: Ctx) -> Any:
    mk = c.market()
    order = mk.order()
    c.replacing_body(b'{"reason": "r", "unexpected": true}').cancel_market_order(
        order.id, CancelMarketOrderRequest(reason="r"), mk.tok)


@case("cancelMarketOrder", "ORDER_CLOSED")
def _cancel_after_delivery(c: Ctx) -> Any:
    mk = c.market()
    mk.cancel(mk.delivered().id)


@case("retryMarketOrder", "VALIDATION_ERROR")
def _retry_unknown_field(c: Ctx) -> Any:
    mk = c.market()
    order = failed_order(c, mk)
    c.replacing_body(b'{"unexpected": true}').retry_market_order(order.id, None, mk.tok)


@case("retryMarketOrder", "ORDER_NOT_FAILED")
def _retry_ready_order(c: Ctx) -> Any:
    mk = c.market()
    mk.retry(mk.order().id)


@case("retryMarketOrder", "ORDER_CLOSED")
def _retry_cancelled_order(c: Ctx) -> Any:
    mk = c.market()
    order = mk.order()
    mk.cancel(order.id)
    mk.retry(order.id)


@case("retryMarketOrder", "PAYMENT_REQUIRED")
def _retry_after_refund(c: Ctx) -> Any:
    mk = c.market()
    order = failed_order(c, mk, PRICE_PRO)
    mk.refund(order.id)
    mk.retry(order.id)


@case("retryMarketOrder", "ENDPOINT_UNREACHABLE")
def _retry_after_the_lease_lapsed(c: Ctx) -> Any:
    mk = c.market()
    agent = c.o.enroll_machine_agent(mk.m.id).item
    c.o.machine_agent_heartbeat(hb_req(agent, lease=30))
    order = failed_order(c, mk, QVAC)
    c.mock.advance_clock(31)
    mk.retry(order.id)


# ---- payments -------------------------------------------------------------------------------------
@case("createPaymentIntent", "VALIDATION_ERROR")
def _intent_bad_address(c: Ctx) -> Any:
    mk = c.market()
    mk.intent(mk.order(PRICE_PRO).id, rail=PaymentRailInput(type="wallet", chain="peaq", payer_address="0xnope"))


@case("createPaymentIntent", "PAYMENT_REQUIRED")
def _intent_free_rail_on_paid_service(c: Ctx) -> Any:
    mk = c.market()
    mk.intent(mk.order(PRICE_PRO).id, rail=PaymentRailInput(type="not-required"))


@case("createPaymentIntent", "ORDER_CLOSED")
def _intent_after_delivery(c: Ctx) -> Any:
    mk = c.market()
    mk.intent(mk.delivered().id)


@case("submitPaymentProof", "VALIDATION_ERROR")
def _proof_hash_and_signature(c: Ctx) -> Any:
    mk = c.market()
    order = mk.order(PRICE_PRO)
    mk.intent(order.id)
    # the SDK refuses both (exactly one, checked before sending); a raw body reaches the server's own check
    both = _convert.to_wire(attrs.evolve(proof_req(), transaction_signature="5" * 64))
    c.replacing_body(json.dumps(both).encode()).submit_payment_proof(order.id, proof_req(), mk.tok)


@case("submitPaymentProof", "ORDER_CLOSED")
def _proof_after_delivery(c: Ctx) -> Any:
    mk = c.market()
    mk.proof(mk.delivered(PRICE_PRO).id, tx=TX_B)


@case("submitPaymentProof", "PAYMENT_RPC_REQUIRED")
def _proof_rpc_without_rpc(c: Ctx) -> Any:
    mk = c.market()
    order = mk.order(PRICE_PRO)
    mk.intent(order.id)
    mk.proof(order.id, mode="rpc")


def _rpc_proof(c: Ctx, **tx: Any) -> Any:
    c.mock.config.payment_rpc_url = "http://rpc.peaq.invalid"
    mk = c.market()
    order = mk.order(PRICE_PRO)
    mk.intent(order.id)
    if tx:
        c.register_tx(transactionHash=TX_A, **tx)
    return mk.proof(order.id, mode="rpc", token="USDC", token_address=TOKEN_ADDRESS, raw_amount="50000")


@case("submitPaymentProof", "PAYMENT_RPC_ERROR")
def _proof_rpc_down(c: Ctx) -> Any:
    c.fault("rpcError")
    _rpc_proof(c, status="success")


@case("submitPaymentProof", "PAYMENT_NOT_MINED")
def _proof_pending_tx(c: Ctx) -> Any:
    _rpc_proof(c, status="pending")


@case("submitPaymentProof", "PAYMENT_TX_FAILED")
def _proof_reverted_tx(c: Ctx) -> Any:
    _rpc_proof(c, status="failed", token=TOKEN_ADDRESS, **{"from": PAYER}, to=PAYEE, rawAmount="50000")


@case("submitPaymentProof", "PAYMENT_TRANSFER_NOT_FOUND")
def _proof_transfer_to_someone_else(c: Ctx) -> Any:
    _rpc_proof(c, status="success", token=TOKEN_ADDRESS, **{"from": PAYER}, to="0x" + "d1" * 20, rawAmount="50000")


@case("lockEscrowPayment", "VALIDATION_ERROR")
def _escrow_unknown_field(c: Ctx) -> Any:
    mk = c.market()
    c.o.lock_escrow_payment(mk.order(RTK).id, LockEscrowPaymentRequest(
        transaction_hash=TX_A, chain="peaq", escrow_address="0xescrow", extra={"unexpected": 1}), mk.tok)


@case("lockEscrowPayment", "ORDER_CLOSED")
def _escrow_after_delivery(c: Ctx) -> Any:
    mk = c.market()
    mk.escrow(mk.delivered().id)


@case("releasePayment", "VALIDATION_ERROR")
def _release_unknown_field(c: Ctx) -> Any:
    mk = c.market()
    order = mk.delivered(PRICE_PRO)
    mk.confirm(order.id)
    mk.release(order.id, ReleasePaymentRequest(notes="n", extra={"unexpected": 1}))


@case("releasePayment", "ORDER_CLOSED")
def _release_refunded(c: Ctx) -> Any:
    mk = c.market()
    order = mk.paid()
    mk.refund(order.id)
    mk.release(order.id)


@case("refundPayment", "VALIDATION_ERROR")
def _refund_unknown_field(c: Ctx) -> Any:
    mk = c.market()
    mk.refund(mk.paid().id, RefundPaymentRequest(reason="r", extra={"unexpected": 1}))


@case("refundPayment", "ORDER_CLOSED")
def _refund_released(c: Ctx) -> Any:
    mk = c.market()
    order = mk.delivered(PRICE_PRO)
    mk.confirm(order.id)
    mk.release(order.id)
    mk.refund(order.id)


# ---- machine graph ----------------------------------------------------------------------------------
@case("createGraphNode", "VALIDATION_ERROR")
def _graph_node_unknown_field(c: Ctx) -> Any:
    c.o.create_graph_node(c.active().id, CreateGraphNodeRequest(label="n", extra={"unexpected": 1}))


@case("updateGraphNode", "VALIDATION_ERROR")
def _graph_node_bad_status(c: Ctx) -> Any:
    m = c.active()
    n = c.o.create_graph_node(m.id, CreateGraphNodeRequest(label="n")).item
    c.replacing_body(b'{"status": "archived"}').update_graph_node(m.id, n.id, UpdateGraphNodeRequest())


@case("createGraphEdge", "VALIDATION_ERROR")
def _graph_edge_dangling_end(c: Ctx) -> Any:
    m = c.active()
    n = c.o.create_graph_node(m.id, CreateGraphNodeRequest(label="n")).item
    c.o.create_graph_edge(m.id, CreateGraphEdgeRequest(source_node_id=n.id, target_node_id=MISSING))


@case("updateGraphEdge", "VALIDATION_ERROR")
def _graph_edge_ends_immutable(c: Ctx) -> Any:
    m = c.active()
    n = c.o.create_graph_node(m.id, CreateGraphNodeRequest(label="n")).item
    e = c.o.create_graph_edge(m.id, CreateGraphEdgeRequest(source_node_id=n.id, target_node_id=n.id)).item
    c.o.update_graph_edge(m.id, e.id, UpdateGraphEdgeRequest(extra={"targetNodeId": n.id}))


# ---- tasks ------------------------------------------------------------------------------------------
def _task(mk: Market, service_type: str = "defi", **kw: Any) -> Any:
    return mk.o.create_task(CreateTaskRequest(machine_id=mk.m.id, agent_pairing_id=mk.p.id,
                                              service_type=service_type, **kw), mk.tok).item


def _discovered(mk: Market, service_type: str = "defi") -> Any:
    return mk.o.discover_task(_task(mk, service_type).id, mk.tok).item


def _resolved(mk: Market, service_type: str = "defi", quote_of: str | None = None) -> Any:
    t = _discovered(mk, service_type)
    quote = next(q.id for q in t.quotes if q.service_id == quote_of) if quote_of else None
    return mk.o.resolve_task(t.id, ResolveTaskRequest(quote_id=quote) if quote else None, mk.tok).item


def _resolve(mk: Market, t: Any) -> Any:
    return mk.o.resolve_task(t.id, None, mk.tok)


def _execute_task(mk: Market, t: Any) -> Any:
    return mk.o.execute_task(t.id, ExecuteTaskRequest(), mk.tok)


@case("createTask", "VALIDATION_ERROR")
def _task_unknown_service_type(c: Ctx) -> Any:
    mk = c.market()
    c.replacing_body(json.dumps({"machineId": mk.m.id, "agentPairingId": mk.p.id, "serviceType": "teleport"})
                     .encode()).create_task(CreateTaskRequest(machine_id="x", agent_pairing_id="y",
                                                              service_type="defi"), mk.tok)


@case("createTask", "AGENT_PAIRING_REQUIRED")
def _task_without_own_pairing(c: Ctx) -> Any:
    mk = c.market()
    mk.o.create_task(CreateTaskRequest(machine_id=mk.m.id, agent_pairing_id=MISSING, service_type="defi"), mk.tok)


@case("createTask", "AGENT_PAIRING_INACTIVE")
def _task_paused_pairing(c: Ctx) -> Any:
    mk = c.market()
    mk.update(status="paused")
    _task(mk)


@case("createTask", "MACHINE_NOT_ACTIVE")
def _task_on_draft_machine(c: Ctx) -> Any:
    mk = c.market()
    c.o.update_machine(mk.m.id, UpdateMachineRequest(status="draft"))
    _task(mk)


@case("createTask", "MACHINE_NOT_ACTIVATED")
def _task_identity_gone(c: Ctx) -> Any:
    mk = c.market()
    c.deactivate(mk.m)
    _task(mk)


@case("discoverTask", "VALIDATION_ERROR")
def _discover_body_not_empty(c: Ctx) -> Any:
    mk = c.market()
    t = _task(mk)
    c.replacing_body(b'{"maxResults": 1}').discover_task(t.id, mk.tok)


@case("discoverTask", "TASK_CLOSED")
def _discover_resolved(c: Ctx) -> Any:
    mk = c.market()
    mk.o.discover_task(_resolved(mk).id, mk.tok)


@case("discoverTask", "AGENT_PAIRING_INACTIVE")
def _discover_paused_pairing(c: Ctx) -> Any:
    mk = c.market()
    t = _task(mk)
    mk.update(status="paused")
    mk.o.discover_task(t.id, mk.tok)


@case("discoverTask", "MACHINE_NOT_ACTIVE")
def _discover_on_draft_machine(c: Ctx) -> Any:
    mk = c.market()
    t = _task(mk)
    c.o.update_machine(mk.m.id, UpdateMachineRequest(status="draft"))
    mk.o.discover_task(t.id, mk.tok)


@case("discoverTask", "MACHINE_NOT_ACTIVATED")
def _discover_identity_gone(c: Ctx) -> Any:
    mk = c.market()
    t = _task(mk)
    c.deactivate(mk.m)
    mk.o.discover_task(t.id, mk.tok)


@case("resolveTask", "VALIDATION_ERROR")
def _resolve_unknown_field(c: Ctx) -> Any:
    mk = c.market()
    mk.o.resolve_task(_discovered(mk).id, ResolveTaskRequest(extra={"serviceId": PRICE_BASIC}), mk.tok)


@case("resolveTask", "TASK_CLOSED")
def _resolve_twice(c: Ctx) -> Any:
    mk = c.market()
    _resolve(mk, _resolved(mk))


@case("resolveTask", "TASK_NOT_READY")
def _resolve_undiscovered(c: Ctx) -> Any:
    mk = c.market()
    _resolve(mk, _task(mk))


@case("resolveTask", "QUOTE_EXPIRED")
def _resolve_stale_quote(c: Ctx) -> Any:
    mk = c.market()
    t = _discovered(mk)
    c.mock.advance_clock(c.mock.config.quote_ttl_seconds + 1)
    _resolve(mk, t)


@case("resolveTask", "AGENT_PAIRING_INACTIVE")
def _resolve_paused_pairing(c: Ctx) -> Any:
    mk = c.market()
    t = _discovered(mk)
    mk.update(status="paused")
    _resolve(mk, t)


@case("resolveTask", "AGENT_POLICY_DENIED")
def _resolve_denied_skill(c: Ctx) -> Any:
    mk = c.market(DelegationPolicy(denied_skill_keys=["oracle.price-feed"]))
    _resolve(mk, _discovered(mk))


@case("resolveTask", "AGENT_SPEND_LIMIT_EXCEEDED")
def _resolve_over_transaction_limit(c: Ctx) -> Any:
    mk = c.market(DelegationPolicy(per_transaction_limit=1.0, currency="USD"))
    _resolve(mk, _discovered(mk, "location"))


@case("resolveTask", "AGENT_DAILY_LIMIT_EXCEEDED")
def _resolve_over_daily_limit(c: Ctx) -> Any:
    mk = c.market(DelegationPolicy(daily_spend_limit=3.0, currency="USD"))
    _resolved(mk, "location")
    _resolve(mk, _discovered(mk, "location"))


@case("resolveTask", "MACHINE_NOT_ACTIVE")
def _resolve_on_draft_machine(c: Ctx) -> Any:
    mk = c.market()
    t = _discovered(mk)
    c.o.update_machine(mk.m.id, UpdateMachineRequest(status="draft"))
    _resolve(mk, t)


@case("resolveTask", "MACHINE_NOT_ACTIVATED")
def _resolve_identity_gone(c: Ctx) -> Any:
    mk = c.market()
    t = _discovered(mk)
    c.deactivate(mk.m)
    _resolve(mk, t)


@case("executeTask", "VALIDATION_ERROR")
def _execute_task_unknown_field(c: Ctx) -> Any:
    mk = c.market()
    mk.o.execute_task(_resolved(mk).id, ExecuteTaskRequest(extra={"orderId": MISSING}), mk.tok)


@case("executeTask", "TASK_CLOSED")
def _execute_task_twice(c: Ctx) -> Any:
    mk = c.market()
    t = _resolved(mk)
    _execute_task(mk, t)
    _execute_task(mk, t)


@case("executeTask", "TASK_NOT_READY")
def _execute_task_unresolved(c: Ctx) -> Any:
    mk = c.market()
    _execute_task(mk, _discovered(mk))


@case("executeTask", "PAYMENT_REQUIRED")
def _execute_task_unpaid(c: Ctx) -> Any:
    mk = c.market()
    _execute_task(mk, _resolved(mk, "defi", quote_of=PRICE_PRO))


@case("executeTask", "EXECUTION_UNSUPPORTED")
def _execute_task_docs_only(c: Ctx) -> Any:
    mk = c.market()
    _execute_task(mk, _resolved(mk, "commerce", quote_of=COMMERCE))


@case("executeTask", "ENDPOINT_UNREACHABLE")
def _execute_task_without_runtime(c: Ctx) -> Any:
    mk = c.market()
    _execute_task(mk, _resolved(mk, "device.control", quote_of=QVAC))


# ---- the table tests --------------------------------------------------------------------------------
# the spec is the list: a pair the spec documents without a scenario is a failing test named after it
ALL_PAIRS = sorted((spec_pairs() - set(EXCLUDED)) | set(ERROR_CASES))


@pytest.mark.parametrize(("op", "code"), ALL_PAIRS, ids=[f"{o}-{c}" for o, c in ALL_PAIRS])
def test_error_code(op: str, code: str, ctx: Ctx) -> None:
    if (op, code) not in ERROR_CASES:
        pytest.fail(f"the spec documents {code} for {op}, and no scenario in ERROR_CASES produces it")
    with pytest.raises(OrchestrationApiError) as ei:
        ERROR_CASES[(op, code)](ctx)
    err = ei.value
    assert (err.code, err.status_code) == (code, status_of(code)), f"{op}: {err!r}"
    last = ctx.mock.requests[-1]
    assert last["operationId"] == op, f"the failing request was {last['operationId']}, not {op}"


def test_error_table_covers_the_spec() -> None:
    documented = spec_pairs()
    missing = documented - set(ERROR_CASES) - set(EXCLUDED)
    assert not missing, f"spec error codes without a scenario in ERROR_CASES: {sorted(missing)}"
    stale = set(EXCLUDED) - documented
    assert not stale, f"EXCLUDED lists pairs the spec no longer documents: {sorted(stale)}"
    assert not set(EXCLUDED) & set(ERROR_CASES), "a pair is both excluded and covered"


def test_observed_codes_are_documented_or_known_gaps() -> None:
    undocumented = set(ERROR_CASES) - spec_pairs() - set(KNOWN_SPEC_GAPS)
    assert not undocumented, f"the mock produces codes the spec does not list for the route: {sorted(undocumented)}"


@pytest.mark.parametrize("op", sorted(spec_operations()))
def test_operation_has_a_call_for_its_auth_kind(op: str) -> None:
    kind = spec_operations()[op].get("x-auth", "platform")
    table = {"platform": PLATFORM_CALLS, "agent-pairing": AGENT_CALLS}.get(kind)
    if table is not None:
        assert op in table, f"{op} ({kind} auth) has no call in the {kind} auth table"


def test_auth_tables_match_the_spec_auth_kinds() -> None:
    ops = spec_operations()
    platform = {k for k, op in ops.items() if op.get("x-auth", "platform") == "platform"}
    agent = {k for k, op in ops.items() if op.get("x-auth") == "agent-pairing"}
    assert set(PLATFORM_CALLS) == platform
    assert set(AGENT_CALLS) == agent
    optional = {k for k in platform if any("agentPairingToken" in s for s in ops[k].get("security", []))}
    assert optional == set(OPTIONAL_PAIRING)


def test_pairing_token_alone_gives_the_owner_scoped_order_view(ctx: Ctx) -> None:
    a = ctx.market()
    b = ctx.market(key=SECOND_AGENT_KEY)
    mine, theirs = a.order(), b.order()
    ctx.mock.config.require_api_auth = True
    ctx.mock.config.api_keys = ("the-right-key",)
    expect("AUTH_REQUIRED", ctx.o.get_market_order, mine.id)
    as_a = ctx.injecting({"x-agent-pairing-token": a.tok})
    assert as_a.get_market_order(mine.id).item.id == mine.id
    expect("NOT_FOUND", as_a.get_market_order, theirs.id)
    assert ctx.client(api_key="the-right-key").get_market_order(theirs.id).item.id == theirs.id


def test_statuses_stated_by_the_facts() -> None:
    # api-facts §1.5 / §1.6 state these; everything else is the spec's own choice.
    stated = {"VALIDATION_ERROR": 400, "PAYMENT_RPC_ERROR": 502, "PAYMENT_NOT_MINED": 409,
              "PAYMENT_TX_FAILED": 402, "PAYMENT_TRANSFER_NOT_FOUND": 400}
    assert {k: status_of(k) for k in stated} == stated


def test_sdk_refuses_to_send_without_a_pairing_token(ctx: Ctx) -> None:
    # why AGENT_AUTH_REQUIRED scenarios need the stripping transport: the SDK never sends such a request
    before = len(ctx.mock.requests)
    for call in AGENT_CALLS.values():
        with pytest.raises(OrchestrationValidationError) as ei:
            call(ctx.o, "")
        assert (ei.value.code, ei.value.status_code, ei.value.field) == ("VALIDATION_ERROR", 0, "pairing_token")
    assert len(ctx.mock.requests) == before


def test_right_api_key_passes_when_auth_is_enforced(ctx: Ctx) -> None:
    ctx.mock.config.require_api_auth = True
    ctx.mock.config.api_keys = ("k-one", "k-two")
    o = ctx.client(api_key="k-two")
    assert o.list_machines().items == ()
    expect("AUTH_REQUIRED", ctx.o.list_machines)
    assert ctx.mock.requests[-2]["headers"]["x-api-key"] == "k-two"


def test_catalogue_facts_used_here(ctx: Ctx) -> None:
    svc = {s.id: s for s in ctx.o.list_market_services_all()}
    facts = {
        PRICE_BASIC: ("native", "not-required", False, 0),
        PRICE_PRO: ("native", "wallet", True, 0.05),
        WALRUS: ("native", "x402", True, 0.01),
        RTK: ("native", "escrow", True, 2.0),
        CONSOLE: ("native", "wdk-usdt-transfer", True, 1.5),
        AKASH: ("external-handoff", "external", False, None),
        QVAC: ("native", "not-required", False, 0),
    }
    for sid, (mode, rail, required, price) in facts.items():
        s = svc[sid]
        assert s.payment is not None and s.pricing is not None
        assert (s.execution_mode, s.payment.default_rail, s.payment.required, s.pricing.amount) == (
            mode, rail, required, price), sid
    assert svc[COMMERCE].integration_status == "docs-only"
    assert svc[QVAC].metadata.get("requiresRuntimeEndpoint") is True


# =================================================================================================
# Part 2: state machines
# =================================================================================================
# ---- §3.1 machine record and identity ------------------------------------------------------------
def test_machine_draft_active_archived(ctx: Ctx) -> None:
    o = ctx.o
    m = ctx.draft()
    assert m.status == "draft" and m.identity_proof is not None
    assert m.identity_proof.signer_address == address_of(CONTROLLER_KEY)
    assert [x.id for x in o.list_machines_all()] == [m.id]

    active = o.update_machine(m.id, UpdateMachineRequest(status="active")).item  # stored proof reused
    assert active.status == "active" and active.identity_proof == m.identity_proof
    assert o.get_machine(m.id).item.status == "active"

    expect("VALIDATION_ERROR", o.update_machine, m.id, UpdateMachineRequest(status="archived"))  # DELETE archives
    assert o.archive_machine(m.id) is None
    assert o.get_machine(m.id).item.status == "archived"
    assert list(o.list_machines_all()) == []
    expect("VALIDATION_ERROR", o.update_machine, m.id, UpdateMachineRequest(display_name="back"))
    expect("MACHINE_NOT_ACTIVE", o.list_machine_agents, m.id)


def test_identity_alias_is_canonicalised_and_immutable(ctx: Ctx) -> None:
    ref = ctx.w.identity()
    number = ref.split(":")[-1]
    ch = ctx.identity_challenge(f"peaqos:machine:{number}")
    assert ch.item.identity_ref == ref and ch.item.controller_addresses == (address_of(CONTROLLER_KEY),)
    m = ctx.o.create_machine(_machine_req(f"peaqos:machine:{number}", sign_identity_challenge(ch, CONTROLLER_KEY))).item
    assert m.identity_ref == ref
    # the same identity through its alias is still "already registered"
    expect("MACHINE_IDENTITY_EXISTS", ctx.draft, identity_ref=f"peaqos:machine:{number}")
    # re-stating the same identity is not a change; a different one is
    assert ctx.o.update_machine(m.id, UpdateMachineRequest(identity_ref=ref)).item.identity_ref == ref
    expect("MACHINE_IDENTITY_IMMUTABLE", ctx.o.update_machine, m.id, UpdateMachineRequest(identity_ref=ctx.w.identity()))
    assert ctx.o.get_machine(m.id).item.identity_ref == ref


def test_identity_proof_of_another_identity_is_invalid(ctx: Ctx) -> None:
    ref_a, ref_b = ctx.w.identity(), ctx.w.identity()
    proof_for_b = sign_identity_challenge(ctx.identity_challenge(ref_b), CONTROLLER_KEY)
    expect("MACHINE_IDENTITY_PROOF_INVALID", ctx.o.create_machine, _machine_req(ref_a, proof_for_b))
    assert list(ctx.o.list_machines_all()) == []


def test_activation_with_fresh_proof_replaces_the_stored_one(ctx: Ctx) -> None:
    m = ctx.draft()
    assert m.identity_ref and m.identity_proof
    ch = ctx.identity_challenge(m.identity_ref)
    active = ctx.o.update_machine(m.id, UpdateMachineRequest(
        status="active", identity_proof=sign_identity_challenge(ch, CONTROLLER_KEY))).item
    assert active.identity_proof is not None and active.identity_proof.challenge_id == ch.item.challenge_id
    assert active.identity_proof.challenge_id != m.identity_proof.challenge_id


def test_machine_hidden_while_identity_stops_resolving(ctx: Ctx) -> None:
    m = ctx.active()
    assert m.identity_ref
    ctx.set_identity(m.identity_ref, controllerAddresses=[address_of(OTHER_KEY)])
    assert list(ctx.o.list_machines_all()) == []
    expect("MACHINE_NOT_ACTIVATED", ctx.o.get_machine, m.id)
    expect("MACHINE_NOT_ACTIVATED", ctx.o.list_runtime_endpoints, m.id)
    ctx.set_identity(m.identity_ref, controllerAddresses=[address_of(CONTROLLER_KEY)])
    assert [x.id for x in ctx.o.list_machines_all()] == [m.id]
    assert ctx.o.get_machine(m.id).item.status == "active"


def test_deactivated_identity_blocks_the_orchestration_group_until_reactivated(ctx: Ctx) -> None:
    m = ctx.active()
    ctx.deactivate(m)
    expect("MACHINE_NOT_ACTIVATED", ctx.o.enroll_machine_agent, m.id)
    assert m.identity_ref
    ctx.set_identity(m.identity_ref, activated=True)
    assert ctx.o.enroll_machine_agent(m.id).item.status == "provisioned"


# ---- §3.2 machine agent, §3.4 runtime endpoint ---------------------------------------------------
def test_machine_agent_provisioned_then_active_with_leases(ctx: Ctx) -> None:
    o = ctx.o
    m, agent = ctx.enrolled(label="edge agent")
    assert (agent.status, agent.last_seen_at, agent.label) == ("provisioned", None, "edge agent")
    listed = o.list_machine_agents(m.id).items
    assert [(a.id, a.status, a.provisioning_token) for a in listed] == [(agent.id, "provisioned", None)]
    assert o.list_runtime_endpoints(m.id).items == ()

    hb = o.machine_agent_heartbeat(hb_req(agent, lease=30))
    assert (hb.machine_id, hb.agent_id, hb.lease_ttl_seconds) == (m.id, agent.id, 30)
    assert [(e.provider_key, e.endpoint_base_url, e.status) for e in hb.endpoints] == [
        ("qvac", "http://127.0.0.1:11434", "active")]
    first_seen = o.list_machine_agents(m.id).items[0]
    assert first_seen.status == "active" and first_seen.last_seen_at == hb.observed_at

    ep = o.get_runtime_endpoint(m.id, "qvac").item
    assert (ep.source, ep.agent_id, ep.status, ep.lease_expires_at) == ("agent", agent.id, "active",
                                                                          hb.endpoints[0].lease_expires_at)
    assert ep.lease_expires_at and ep.lease_expires_at > hb.observed_at

    ctx.mock.advance_clock(31)  # the lease lapses: the endpoint is shown unreachable
    assert o.get_runtime_endpoint(m.id, "qvac").item.status == "unreachable"
    assert [e.status for e in o.list_runtime_endpoints(m.id).items] == ["unreachable"]

    hb2 = o.machine_agent_heartbeat(hb_req(agent))  # renewal, default lease
    assert hb2.lease_ttl_seconds == ctx.mock.config.default_lease_seconds
    again = o.list_machine_agents(m.id).items[0]
    assert again.last_seen_at == hb2.observed_at and again.last_seen_at > first_seen.last_seen_at  # type: ignore[operator]
    assert o.get_runtime_endpoint(m.id, "qvac").item.status == "active"
    assert len(o.list_runtime_endpoints(m.id).items) == 1  # upserted, not duplicated


def test_revoked_agent_is_refused_and_stays_revoked(ctx: Ctx) -> None:
    m, agent = ctx.enrolled()
    ctx.o.machine_agent_heartbeat(hb_req(agent))
    assert ctx.o.revoke_machine_agent(m.id, agent.id) is None
    expect("AGENT_PAIRING_INACTIVE", ctx.o.machine_agent_heartbeat, hb_req(agent))
    assert [a.status for a in ctx.o.list_machine_agents(m.id).items] == ["revoked"]


def test_heartbeat_with_disallowed_provider_changes_nothing(ctx: Ctx) -> None:
    m, agent = ctx.enrolled(allowed_provider_keys=["ollama"])
    expect("AGENT_POLICY_DENIED", ctx.o.machine_agent_heartbeat, hb_req(agent))
    assert ctx.o.list_runtime_endpoints(m.id).items == ()
    assert ctx.o.list_machine_agents(m.id).items[0].status == "provisioned"


def test_agent_token_is_bound_to_its_machine(ctx: Ctx) -> None:
    _, agent = ctx.enrolled()
    other = ctx.active()
    expect("AGENT_AUTH_INVALID", ctx.o.machine_agent_heartbeat, attrs.evolve(hb_req(agent), machine_id=other.id))


def test_manual_runtime_endpoint_upsert_and_delete(ctx: Ctx) -> None:
    o = ctx.o
    m, agent = ctx.enrolled()
    o.machine_agent_heartbeat(hb_req(agent))
    ep = o.upsert_runtime_endpoint(m.id, "QVAC", UpsertRuntimeEndpointRequest(
        endpoint_base_url="https://llm.lan:8443/v1/models?x=1#h", auth_token="s3cret", label="LLM")).item
    assert (ep.provider_key, ep.endpoint_base_url, ep.source, ep.lease_expires_at, ep.agent_id) == (
        "qvac", "https://llm.lan:8443", "manual", None, None)
    assert ep.has_auth_token is True and not any("token" in k.lower() for k in ep.extra)
    assert len(o.list_runtime_endpoints(m.id).items) == 1
    assert o.delete_runtime_endpoint(m.id, "qvac") is None
    expect("NOT_FOUND", o.get_runtime_endpoint, m.id, "qvac")
    expect("NOT_FOUND", o.delete_runtime_endpoint, m.id, "qvac")


# ---- §3.3 agent pairing -------------------------------------------------------------------------
def test_session_rotation_replaces_the_token(ctx: Ctx) -> None:
    mk = ctx.market()
    old, old_session = mk.tok, mk.p.session_id
    new = mk.rotate()
    assert new != old
    expect("AGENT_AUTH_INVALID", mk.order, tok=old)
    assert mk.order(tok=new).status == "created"
    view = ctx.o.list_agent_pairings(mk.m.id).items[0]
    assert view.pairing_token is None and view.has_auth_token
    assert view.session_id != old_session and view.token_last_four == new[-4:]
    claims = jwt.decode(new, options={"verify_signature": False})
    assert {"machineId", "pairingId", "sessionId", "agentAddress", "agentDid", "delegationPolicyHash", "exp"} <= set(claims)
    assert (claims["pairingId"], claims["machineId"], claims["sessionId"]) == (mk.p.id, mk.m.id, view.session_id)


def test_policy_update_invalidates_the_token_until_rotated(ctx: Ctx) -> None:
    mk = ctx.market()
    assert mk.order(PRICE_PRO).status == "created"
    p = mk.update(delegation_policy=DelegationPolicy(denied_service_ids=[PRICE_PRO]))
    assert p.pairing_token is None and tuple(p.delegation_policy.denied_service_ids) == (PRICE_PRO,)
    expect("AGENT_AUTH_INVALID", mk.order, PRICE_BASIC)
    mk.rotate()
    assert mk.order(PRICE_BASIC).status == "created"  # new token works
    expect("AGENT_POLICY_DENIED", mk.order, PRICE_PRO)  # and carries the new policy


def test_non_policy_update_keeps_the_token(ctx: Ctx) -> None:
    mk = ctx.market()
    assert mk.update(description="night shift").description == "night shift"
    assert mk.order().status == "created"


def test_token_expiry_then_rotation(ctx: Ctx) -> None:
    mk = ctx.market()
    assert mk.p.session_expires_at and mk.p.session_issued_at
    ctx.mock.advance_clock(ctx.mock.config.session_ttl_seconds - 5)
    assert mk.order().status == "created"  # still valid just before exp
    ctx.mock.advance_clock(10)
    expect("AGENT_AUTH_EXPIRED", mk.order)
    expect("AGENT_AUTH_EXPIRED", mk.search)
    mk.rotate()
    assert mk.order().status == "created"


def test_paused_pairing_refuses_orders_until_resumed(ctx: Ctx) -> None:
    mk = ctx.market()
    assert mk.update(status="paused").status == "paused"
    expect("AGENT_PAIRING_INACTIVE", mk.order)
    expect("AGENT_PAIRING_INACTIVE", mk.rotate)
    assert mk.update(status="active").status == "active"
    assert mk.order().status == "created"  # the same token again


def test_revoked_pairing_token_is_invalid(ctx: Ctx) -> None:
    mk = ctx.market()
    order = mk.order()
    assert ctx.o.revoke_agent_pairing(mk.m.id, mk.p.id) is None
    expect("AGENT_AUTH_INVALID", mk.order)
    expect("AGENT_AUTH_INVALID", mk.execute, order.id)
    view = ctx.o.list_agent_pairings(mk.m.id).items[0]
    assert (view.status, view.has_auth_token) == ("revoked", False)
    expect("VALIDATION_ERROR", mk.update, status="active")  # revoked is final
    expect("AGENT_PAIRING_INACTIVE", mk.rotate)  # sessions exist only for active pairings


def test_pairing_token_is_bound_to_its_machine_and_orders_to_their_pairing(ctx: Ctx) -> None:
    a = ctx.market()
    b = ctx.market(key=SECOND_AGENT_KEY)
    wrong_machine = attrs.evolve(a.order_req(PRICE_BASIC), machine_id=b.m.id)
    expect("AGENT_AUTH_INVALID", ctx.o.create_market_order, wrong_machine, a.tok)
    order = a.order()
    expect("NOT_FOUND", b.execute, order.id)  # another pairing's order is invisible
    assert ctx.o.get_market_order(order.id).item.agent_pairing_id == a.p.id  # platform view sees it


def test_pairing_listing_and_binding(ctx: Ctx) -> None:
    m = ctx.active()
    ch = ctx.pairing_challenge(m)
    assert ch.item.machine_identity_ref == m.identity_ref and ch.item.agent_did == f"did:pkh:eip155:1:{PAYER}"
    # the challenge is bound to provider/role: signing it for another role is rejected
    req = attrs.evolve(ctx.pairing_req(ch), agent_role="trader")
    expect("AGENT_PAIRING_PROOF_INVALID", ctx.o.create_agent_pairing, m.id, req)
    p = ctx.o.create_agent_pairing(m.id, ctx.pairing_req(ctx.pairing_challenge(m))).item
    assert p.status == "active" and p.verification is not None and p.verification.signer_address == PAYER
    assert [x.id for x in ctx.o.list_agent_pairings_all(m.id)] == [p.id]


# ---- delegation policy ------------------------------------------------------------------------------
@pytest.mark.parametrize(("policy", "allowed", "denied"), [
    (DelegationPolicy(allowed_skill_keys=["oracle.price-feed"]), PRICE_BASIC, RTK),
    (DelegationPolicy(denied_skill_keys=["data.location"]), PRICE_BASIC, RTK),
    (DelegationPolicy(allowed_service_ids=[PRICE_PRO]), PRICE_PRO, PRICE_BASIC),
    (DelegationPolicy(denied_service_ids=[PRICE_PRO]), PRICE_BASIC, PRICE_PRO),
    (DelegationPolicy(allowed_skill_keys=["oracle.price-feed"], denied_service_ids=[PRICE_PRO]), PRICE_BASIC, PRICE_PRO),
], ids=["allow-skill", "deny-skill", "allow-service", "deny-service", "deny-wins-over-allow"])
def test_policy_allow_and_deny_lists(ctx: Ctx, policy: DelegationPolicy, allowed: str, denied: str) -> None:
    mk = ctx.market(policy)
    assert mk.order(allowed).service_id == allowed
    err = expect("AGENT_POLICY_DENIED", mk.order, denied)
    assert err.details and err.details.get("service_id") == denied
    assert [o.service_id for o in ctx.o.list_market_orders_all(machine_id=mk.m.id)] == [allowed]


def test_per_transaction_limit(ctx: Ctx) -> None:
    mk = ctx.market(DelegationPolicy(per_transaction_limit=1.5, currency="USD"))
    assert mk.order(CONSOLE).budget.amount == 1.5  # type: ignore[union-attr]  # the limit is inclusive
    expect("AGENT_SPEND_LIMIT_EXCEEDED", mk.order, RTK)
    assert mk.order(PRICE_PRO).status == "created"


def test_daily_limit_counts_accepted_orders_only_and_resets_after_a_day(ctx: Ctx) -> None:
    mk = ctx.market(DelegationPolicy(daily_spend_limit=5.0, currency="USD"))
    mk.order(RTK)  # 2.0
    mk.order(CONSOLE)  # 3.5
    expect("AGENT_DAILY_LIMIT_EXCEEDED", mk.order, RTK)  # would be 5.5
    mk.order(PRICE_PRO)  # 3.55: the refused order was not counted
    expect("AGENT_DAILY_LIMIT_EXCEEDED", mk.order, CONSOLE)  # would be 5.05
    assert mk.order(PRICE_BASIC).status == "created"  # free orders always fit
    ctx.mock.advance_clock(3600)
    expect("AGENT_DAILY_LIMIT_EXCEEDED", mk.order, CONSOLE, tok=mk.rotate())  # still within the same day
    ctx.mock.advance_clock(86400 - 3600)
    mk.rotate()  # the session expired meanwhile
    mk.order(RTK)
    mk.order(RTK)
    expect("AGENT_DAILY_LIMIT_EXCEEDED", mk.order, CONSOLE)
    assert len(list(ctx.o.list_market_orders_all(machine_id=mk.m.id))) == 6


# ---- §3.7 search and quotes -----------------------------------------------------------------------
def test_search_completed_and_readable(ctx: Ctx) -> None:
    mk = ctx.market()
    s = mk.search("defi")
    assert s.status == "completed" and s.normalized_task.service_type == "oracle.price-feed"
    assert {q.service_id for q in s.quotes} == {PRICE_BASIC, PRICE_PRO}
    assert [q.score for q in s.quotes] == sorted((q.score for q in s.quotes), reverse=True)
    again = ctx.o.get_market_search(s.id).item
    assert (again.id, again.status, [q.id for q in again.quotes]) == (s.id, s.status, [q.id for q in s.quotes])
    assert again.agent_pairing_id == mk.p.id


def test_search_no_match(ctx: Ctx) -> None:
    mk = ctx.market()
    s = mk.search("compute", require_native_execution=True)  # the only compute service is a handoff
    assert (s.status, s.quotes) == ("no_match", ())
    assert ctx.o.get_market_search(s.id).item.status == "no_match"
    assert mk.search("compute").status == "completed"


def test_quote_expiry_and_binding(ctx: Ctx) -> None:
    mk = ctx.market()
    s = mk.search()
    q = s.quotes[0]
    other = next(x for x in s.quotes if x.service_id != q.service_id)
    expect("NOT_FOUND", mk.order, other.service_id, quote_id=q.id)  # a quote is for its own service
    ctx.mock.advance_clock(ctx.mock.config.quote_ttl_seconds - 5)
    assert mk.order(q.service_id, search_id=s.id, quote_id=q.id).quote_id == q.id
    ctx.mock.advance_clock(10)
    expect("QUOTE_EXPIRED", mk.order, other.service_id, search_id=s.id, quote_id=other.id)
    fresh = mk.search().quotes[0]
    assert mk.order(fresh.service_id, quote_id=fresh.id).status == "created"


# =================================================================================================
# Identity forms: did:peaq:0x<address>, did:peaq:<decimal>, peaqos:machine:<decimal> all name one identity
# =================================================================================================
_ADDR_IDS = itertools.count(700_000)


def _identity_with_address(c: Ctx) -> tuple[str, str, str]:
    """A registered identity and its three documented forms (decimal, alias, address)."""
    token_id = next(_ADDR_IDS)
    address = "0xaBcD" + f"{token_id:036x}"  # mixed case: the registry compares case-insensitively
    c.mock.register_identity(token_id, [address_of(CONTROLLER_KEY)], machine_address=address)
    return f"did:peaq:{token_id}", f"peaqos:machine:{token_id}", f"did:peaq:{address.lower()}"


@pytest.mark.parametrize("form", [0, 1, 2], ids=["decimal", "alias", "address"])
def test_every_identity_form_registers_and_answers_canonical(ctx: Ctx, form: int) -> None:
    forms = _identity_with_address(ctx)
    canonical, ref = forms[0], forms[form]
    ch = ctx.identity_challenge(ref).item
    assert ch.identity_ref == canonical and ch.controller_addresses == (address_of(CONTROLLER_KEY),)
    created = ctx.o.create_machine(_machine_req(ref, sign_identity_challenge(ch, CONTROLLER_KEY))).item
    assert created.identity_ref == canonical and created.identity_proof is not None
    assert created.identity_proof.identity_ref == canonical
    assert ctx.w.last_request("createMachine")["body"]["identityRef"] == ref  # sent as written, answered canonical
    # every other form names the same identity: no second machine, and a PATCH with another form is no change
    for other in forms:
        again = sign_identity_challenge(ctx.identity_challenge(other), CONTROLLER_KEY)
        expect("MACHINE_IDENTITY_EXISTS", ctx.o.create_machine, _machine_req(other, again))
        patched = ctx.o.update_machine(created.id, UpdateMachineRequest(identity_ref=other, status="active")).item
        assert patched.identity_ref == canonical
    m = ctx.o.get_machine(created.id).item
    pairing_ch = ctx.pairing_challenge(m).item
    assert pairing_ch.machine_identity_ref == canonical and pairing_ch.machine_id == m.id


def test_unknown_address_form(ctx: Ctx) -> None:
    ref = "did:peaq:0x" + "5e" * 20
    expect("NOT_FOUND", ctx.identity_challenge, ref)
    expect("MACHINE_IDENTITY_PROOF_INVALID", ctx.o.create_machine, _machine_req(ref))
    ctx.mock.config.machine_identity_verification = False
    expect("VALIDATION_ERROR", ctx.o.create_machine, _machine_req(ref))
    ctx.mock.config.machine_identity_verification = True
    ctx.fault("mcrUnavailable")
    expect("PEAQOS_IDENTITY_UNAVAILABLE", ctx.identity_challenge, ref)


def test_registry_resolves_only_registered_addresses(ctx: Ctx) -> None:
    decimal, _alias, address = _identity_with_address(ctx)
    other = _identity_with_address(ctx)
    assert ctx.identity_challenge(address).item.identity_ref == decimal
    assert ctx.identity_challenge(other[2]).item.identity_ref == other[0]
    assert ctx.identity_challenge(address.upper().replace("DID:PEAQ:0X", "did:peaq:0x")).item.identity_ref == decimal


def test_heartbeat_from_the_reference_sdk_is_refused_naming_each_field(ctx: Ctx) -> None:
    """snake_case entry keys and explicit nulls (the released reference SDK's heartbeat) are a VALIDATION_ERROR."""
    m, agent = ctx.enrolled()
    body = {"machineId": m.id, "agentId": agent.id, "agentToken": agent.provisioning_token, "leaseTtlSeconds": None,
            "endpoints": [{"provider_key": "qvac", "endpoint_base_url": QVAC_URL, "label": None, "auth_type": None,
                           "model_alias": None}]}
    r = oneshot.post(f"{ctx.mock.url}/api/v1/machine-agents/heartbeat", json=body)
    assert (r.status_code, r.json()["error"]["code"]) == (400, "VALIDATION_ERROR")
    problems = r.json()["error"]["details"]["problems"]
    paths = {p["path"] for p in problems}
    for key in ("provider_key", "endpoint_base_url", "auth_type", "model_alias", "label"):
        assert f"body/endpoints/0/{key}" in paths, key
    assert "body/leaseTtlSeconds" in paths
    assert {p["message"] for p in problems} >= {"providerKey is required", "endpointBaseUrl is required"}
    assert agent.provisioning_token not in r.text


@pytest.mark.parametrize("where", ["x-agent-pairing-token", "authorization"])
def test_heartbeat_token_may_come_as_a_header(ctx: Ctx, where: str) -> None:
    """The documented alternatives to the body agentToken (spec: the heartbeat's security alternatives)."""
    m, agent = ctx.enrolled()
    token = agent.provisioning_token or ""
    value = token if where == "x-agent-pairing-token" else f"Bearer {token}"
    beat = ctx.stripping(body_keys=("agentToken",)).machine_agent_heartbeat  # the SDK sends it in the body
    expect("AGENT_AUTH_REQUIRED", beat, hb_req(agent))
    sent = ctx.client(http_client=httpx.Client(transport=_Rewriting((), ("agentToken",), {where: value})))
    result = sent.machine_agent_heartbeat(hb_req(agent))
    assert result.agent_id == agent.id and "agentToken" not in ctx.w.last_request("machineAgentHeartbeat")["body"]
    wrong = ctx.client(http_client=httpx.Client(transport=_Rewriting((), ("agentToken",), {where: value + "x"})))
    expect("AGENT_AUTH_INVALID", wrong.machine_agent_heartbeat, hb_req(agent))
    ops = load_yaml((Path(__file__).resolve().parent.parent / "spec" / "openapi.yaml").read_text())
    security = ops["paths"]["/machine-agents/heartbeat"]["post"]["security"]
    assert {} in security and {"agentTokenHeader": []} in security and {"agentTokenBearer": []} in security


def test_runtime_endpoint_upsert_takes_the_documented_lease(ctx: Ctx) -> None:
    m = ctx.active()
    until = "2030-01-01T00:00:00.000Z"
    e = ctx.o.upsert_runtime_endpoint(m.id, "QVAC", UpsertRuntimeEndpointRequest(
        endpoint_base_url="http://127.0.0.1:11434/v1?x=1#f", lease_expires_at=until)).item
    assert (e.provider_key, e.endpoint_base_url, e.lease_expires_at, e.source) == (
        "qvac", "http://127.0.0.1:11434", until, "manual")
    assert (e.label, e.probe_path) == ("QVAC runtime", "/v1/models")  # the documented defaults
    for bad in ("tomorrow", "2030-01-01T00:00:00"):  # not ISO 8601, or no time zone
        expect("VALIDATION_ERROR", ctx.o.upsert_runtime_endpoint, m.id, "qvac",
               UpsertRuntimeEndpointRequest(endpoint_base_url="http://127.0.0.1:11434", lease_expires_at=bad))


def test_order_records_the_service_snapshot_and_the_run_ids(ctx: Ctx) -> None:
    mk = ctx.market()
    order = mk.order(PRICE_BASIC)
    assert order.service_snapshot["id"] == PRICE_BASIC and order.service_snapshot["serviceType"]
    assert (order.task_id, order.route_id, order.run_id, order.outcome_id) == (None, None, None, None)
    ex = mk.execute(order.id)
    done = ex.order
    assert done.run_id == ex.execution.run.id and done.outcome_id == ex.execution.outcome.id
    assert done.task_id and done.route_id
    assert ctx.o.get_market_order(order.id).item.run_id == ex.execution.run.id

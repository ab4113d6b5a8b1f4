"""Client-side validation (before any request) and server error mapping on the machine routes.

Part 1: bad arguments raise ``OrchestrationValidationError`` with ``.field`` and ``.constraint``,
sync and async, and the mock sees no request at all.
Part 2: the server's machine-route errors reach the caller as ``OrchestrationApiError`` with the
code, the HTTP status the spec assigns to it (``info.x-error-statuses``), snake-cased details and
no secret in the text.
"""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

import httpx
import pytest

from codegen.ir import load_yaml
from peaq_os_sdk import PeaqosClient
from peaq_os_sdk.mock import MockServer
from peaq_os_sdk.orchestration import (
    AgentProofInput,
    CreateAgentPairingChallengeRequest,
    CreateAgentPairingRequest,
    CreateAgentPairingSessionRequest,
    CreateMachineIdentityChallengeRequest,
    CreateMachineRequest,
    CreateMarketOrderRequest,
    CreatePaymentIntentRequest,
    DelegationPolicy,
    DisputeMarketOrderRequest,
    EnrollMachineAgentRequest,
    ExecuteMarketOrderRequest,
    ExecutePaymentInput,
    SubmitX402PaymentProofRequest,
    GetMarketServiceOptions,
    ListMarketServicesOptions,
    ListSkillsOptions,
    LockEscrowPaymentRequest,
    MachineAgentHeartbeatEndpoint,
    MachineAgentHeartbeatRequest,
    MachineIdentityProofInput,
    MarketSearchBudget,
    MarketSearchRequest,
    OrchestrationApiError,
    OrchestrationError,
    OrchestrationValidationError,
    OrderBudget,
    PaymentRailInput,
    ProviderCredentials,
    RefundPaymentRequest,
    ReleasePaymentRequest,
    SubmitPaymentProofRequest,
    UpdateAgentPairingRequest,
    UpdateMachineRequest,
    UpdateSkillConfigRequest,
    UpsertRuntimeEndpointRequest,
)
from peaq_os_sdk.orchestration.signing import address_of, sign_identity_challenge
from tests.conftest import run
from tests.world import CONTROLLER_KEY, OTHER_KEY, World
from tests import _oneshot as oneshot

ROOT = Path(__file__).resolve().parents[1]
SPEC = load_yaml((ROOT / "spec" / "openapi.yaml").read_text(encoding="utf-8"))
STATUS = SPEC["info"]["x-error-statuses"]
ROUTE_CODES = {op["operationId"]: set(op.get("x-error-codes", ()))
               for item in SPEC["paths"].values() for op in item.values()
               if isinstance(op, dict) and "operationId" in op}
KEY = "test-platform-key"
TOK = "header.payload.signature"
LEAK = "LEAKME"  # planted in rejected values: no error text may repeat it
ADDR = "0x" + "1a" * 20
TX = "0x" + "ab" * 32
SIG = "0x" + "cd" * 65  # EIP-191: 0x + 130 hex


def _machine(**kw: Any) -> CreateMachineRequest:
    fields: dict[str, Any] = dict(display_name="Robot", owner_id="0xowner", machine_type="robot",
                                  runtime_profile="linux", identity_ref="did:peaq:7",
                                  identity_proof=MachineIdentityProofInput(challenge_id="mic_1", signature=SIG))
    fields.update(kw)
    return CreateMachineRequest(**fields)


def _hb(*endpoints: Any, **kw: Any) -> MachineAgentHeartbeatRequest:
    fields: dict[str, Any] = dict(machine_id="mach_1", agent_id="agent_1", agent_token="mat_x",
                                  endpoints=list(endpoints) or [_ep()])
    fields.update(kw)
    return MachineAgentHeartbeatRequest(**fields)


def _ep(**kw: Any) -> MachineAgentHeartbeatEndpoint:
    fields: dict[str, Any] = dict(provider_key="qvac", endpoint_base_url="http://127.0.0.1:11434")
    fields.update(kw)
    return MachineAgentHeartbeatEndpoint(**fields)


def _proof(**kw: Any) -> SubmitPaymentProofRequest:
    fields: dict[str, Any] = dict(verification_mode="recorded", chain="peaq", token="USDT", payer_address=ADDR,
                                  payee_address=ADDR, amount="0.05", transaction_hash=TX)
    fields.update(kw)
    return SubmitPaymentProofRequest(**fields)


def _pairing_req(**kw: Any) -> CreateAgentPairingRequest:
    fields: dict[str, Any] = dict(agent_address=ADDR, agent_provider="anthropic", agent_role="buyer",
                                  agent_proof=AgentProofInput(challenge_id="apc_1", signature="0x" + "00" * 65))
    fields.update(kw)
    return CreateAgentPairingRequest(**fields)


def _order_req(**kw: Any) -> CreateMarketOrderRequest:
    fields: dict[str, Any] = dict(machine_id="mach_1", agent_pairing_id="pair_1", service_id="svc-price-basic")
    fields.update(kw)
    return CreateMarketOrderRequest(**fields)


def _upsert_url(url: str) -> Any:
    return lambda o: o.upsert_runtime_endpoint("m", "qvac", UpsertRuntimeEndpointRequest(endpoint_base_url=url))


def _heartbeat_url(url: str) -> Any:
    return lambda o: o.machine_agent_heartbeat(_hb(_ep(endpoint_base_url=url)))


URL = "http(s) URL with a host"
nan, inf = float("nan"), float("inf")

# (id, call on the namespace, expected field, expected constraint; a trailing * means "starts with")
CASES: list[tuple[str, Any, str, str]] = [
    # page size and cursor
    ("limit=0", lambda o: o.list_machines(limit=0), "limit", "minimum=1"),
    ("limit=501", lambda o: o.list_machines(limit=501), "limit", "maximum=500"),
    ("limit=True", lambda o: o.list_machines(limit=True), "limit", "type=int"),
    ("limit='5'", lambda o: o.list_machines(limit="5"), "limit", "type=int"),
    ("limit=2.5", lambda o: o.list_skills(limit=2.5), "limit", "type=int"),
    ("orders limit=0", lambda o: o.list_market_orders(machine_id="m", limit=0), "limit", "minimum=1"),
    ("pairings limit=501", lambda o: o.list_agent_pairings("m", limit=501), "limit", "maximum=500"),
    ("endpoints limit=False", lambda o: o.list_runtime_endpoints("m", limit=False), "limit", "type=int"),
    ("services limit=0", lambda o: o.list_market_services(limit=0), "limit", "minimum=1"),
    ("cursor=''", lambda o: o.list_machines(cursor=""), "cursor", "min_length=1"),
    ("cursor=5", lambda o: o.list_skills(cursor=5), "cursor", "type=str"),
    # iterators validate the page size when called, before the first page
    ("machines_all limit=0", lambda o: o.list_machines_all(limit=0), "limit", "minimum=1"),
    ("skills_all limit=501", lambda o: o.list_skills_all(limit=501), "limit", "maximum=500"),
    ("services_all limit=True", lambda o: o.list_market_services_all(limit=True), "limit", "type=int"),
    ("orders_all limit='5'", lambda o: o.list_market_orders_all(machine_id="m", limit="5"), "limit", "type=int"),
    ("pairings_all limit=0", lambda o: o.list_agent_pairings_all("m", limit=0), "limit", "minimum=1"),
    ("endpoints_all limit=501", lambda o: o.list_runtime_endpoints_all("m", limit=501), "limit", "maximum=500"),
    # path ids
    ("machine_id=''", lambda o: o.get_machine(""), "machine_id", "min_length=1"),
    ("machine_id=None", lambda o: o.get_machine(None), "machine_id", "type=str"),
    ("machine_id=42", lambda o: o.archive_machine(42), "machine_id", "type=str"),
    ("agent_id=''", lambda o: o.revoke_machine_agent("m", ""), "agent_id", "min_length=1"),
    ("pairing_id=''", lambda o: o.update_agent_pairing("m", "", UpdateAgentPairingRequest()), "pairing_id",
     "min_length=1"),
    ("provider_key=''", lambda o: o.get_runtime_endpoint("m", ""), "provider_key", "min_length=1"),
    ("skill_key=''", lambda o: o.update_skill_config("", UpdateSkillConfigRequest()), "skill_key", "min_length=1"),
    ("service_id=''", lambda o: o.get_market_service(""), "service_id", "min_length=1"),
    ("search_id=bytes", lambda o: o.get_market_search(b"s"), "search_id", "type=str"),
    ("order_id=''", lambda o: o.get_market_order(""), "order_id", "min_length=1"),
    ("payment order_id=None", lambda o: o.get_market_payment(None), "order_id", "type=str"),
    ("orders machine_id=''", lambda o: o.list_market_orders(machine_id=""), "machine_id", "min_length=1"),
    ("orders machine_id=None", lambda o: o.list_market_orders(machine_id=None), "machine_id", "required"),
    # wrong params / options type
    ("params=dict", lambda o: o.create_machine({"display_name": "x"}), "params", "type=CreateMachineRequest"),
    ("params=None", lambda o: o.create_machine(None), "params", "required"),
    ("params=other class", lambda o: o.create_machine(UpdateMachineRequest()), "params",
     "type=CreateMachineRequest"),
    ("enroll params=dict", lambda o: o.enroll_machine_agent("m", {}), "params", "type=EnrollMachineAgentRequest"),
    ("release params=dict", lambda o: o.release_payment("o", {"notes": "x"}, TOK), "params",
     "type=ReleasePaymentRequest"),
    ("refund params=dict", lambda o: o.refund_payment("o", {"reason": "x"}, TOK), "params",
     "type=RefundPaymentRequest"),
    ("heartbeat params=None", lambda o: o.machine_agent_heartbeat(None), "params", "required"),
    ("options=dict", lambda o: o.list_skills({"scope": "core-product"}), "options", "type=ListSkillsOptions"),
    ("options=other class", lambda o: o.list_skills(ListMarketServicesOptions()), "options",
     "type=ListSkillsOptions"),
    ("service options=dict", lambda o: o.get_market_service("svc", {"machine_id": "m"}), "options",
     "type=GetMarketServiceOptions"),
    ("services options=dict", lambda o: o.list_market_services({"service_type": "x"}, limit=5), "options",
     "type=ListMarketServicesOptions"),
    # required fields and empty strings
    ("display_name=None", lambda o: o.create_machine(_machine(display_name=None)), "params.display_name", "required"),
    ("display_name=''", lambda o: o.create_machine(_machine(display_name="")), "params.display_name", "min_length=1"),
    ("owner_id=''", lambda o: o.update_machine("m", UpdateMachineRequest(owner_id="")), "params.owner_id",
     "min_length=1"),
    ("identity_ref=''", lambda o: o.create_machine_identity_challenge(
        CreateMachineIdentityChallengeRequest(identity_ref="")), "params.identity_ref", "min_length=1"),
    ("identity_ref=0x form", lambda o: o.create_machine(_machine(identity_ref=f"did:peaq:0x{LEAK}")),
     "params.identity_ref", "pattern=*"),
    ("identity_proof.challenge_id=''", lambda o: o.create_machine(_machine(
        identity_proof=MachineIdentityProofInput(challenge_id="", signature="0x1"))),
     "params.identity_proof.challenge_id", "min_length=1"),
    ("identity_proof=dict", lambda o: o.update_machine("m", UpdateMachineRequest(
        identity_proof={"challengeId": "c", "signature": "s"})), "params.identity_proof",
     "type=MachineIdentityProofInput"),
    ("labels value not str", lambda o: o.create_machine(_machine(labels={"site_id": 1})), "params.labels['site_id']",
     "type=str"),
    ("capabilities=str", lambda o: o.create_machine(_machine(capabilities="gps")), "params.capabilities",
     "type=list"),
    ("policy_ids item not str", lambda o: o.update_machine("m", UpdateMachineRequest(policy_ids=["a", 2])),
     "params.policy_ids[1]", "type=str"),
    ("extra not a map", lambda o: o.create_machine(_machine(extra=[1])), "params.extra", "type=map"),
    # enums
    ("machine status enum", lambda o: o.update_machine("m", UpdateMachineRequest(status="deleted")),
     "params.status", "one of *"),
    ("pairing status enum", lambda o: o.update_agent_pairing("m", "p", UpdateAgentPairingRequest(status="gone")),
     "params.status", "one of *"),
    ("skills scope enum", lambda o: o.list_skills(ListSkillsOptions(scope="everything")), "options.scope",
     "one of *"),
    ("skills direction enum", lambda o: o.list_skills(ListSkillsOptions(direction="sideways")),
     "options.direction", "one of *"),
    ("services service_type enum", lambda o: o.list_market_services(ListMarketServicesOptions(
        service_type="weather")), "options.service_type", "one of *"),
    ("service options machine_id type", lambda o: o.get_market_service("svc", GetMarketServiceOptions(machine_id=5)),
     "options.machine_id", "type=str"),
    ("search service_type enum", lambda o: o.search_market(MarketSearchRequest(service_type="weather"), TOK),
     "params.service_type", "one of *"),
    ("rail type enum", lambda o: o.create_payment_intent("o", CreatePaymentIntentRequest(
        rail=PaymentRailInput(type="paypal")), TOK), "params.rail.type", "one of *"),
    ("verification_mode enum", lambda o: o.submit_payment_proof("o", _proof(verification_mode="trust-me"), TOK),
     "params.verification_mode", "one of *"),
    ("endpoint auth_type enum", lambda o: o.upsert_runtime_endpoint("m", "qvac", UpsertRuntimeEndpointRequest(
        endpoint_base_url="http://h", auth_type="basic")), "params.auth_type", "one of *"),
    # runtime endpoint URLs
    *[(f"upsert url {u!r}", _upsert_url(u), "params.endpoint_base_url", URL)
      for u in ("ftp://host/x", "http://", "localhost:11434", "//host/path", "not a url", f"file:///{LEAK}",
                "http://[::1", f"ws://{LEAK}.example")],
    ("upsert url ''", lambda o: o.upsert_runtime_endpoint("m", "qvac", UpsertRuntimeEndpointRequest(
        endpoint_base_url="")), "params.endpoint_base_url", "min_length=1"),
    # heartbeat
    *[(f"heartbeat url {u!r}", _heartbeat_url(u), "params.endpoints[0].endpoint_base_url", URL)
      for u in ("file:///tmp/x", "http:///nohost", "127.0.0.1:11434", f"gopher://{LEAK}")],
    ("heartbeat second endpoint url", lambda o: o.machine_agent_heartbeat(_hb(_ep(), _ep(endpoint_base_url="mailto:x"))),
     "params.endpoints[1].endpoint_base_url", URL),
    ("heartbeat no endpoints", lambda o: o.machine_agent_heartbeat(_hb(endpoints=[])), "params.endpoints",
     "min_items=1"),
    ("heartbeat provider_key enum", lambda o: o.machine_agent_heartbeat(_hb(_ep(provider_key="ollama"))),
     "params.endpoints[0].provider_key", "one of *"),
    ("heartbeat endpoint=dict", lambda o: o.machine_agent_heartbeat(_hb(
        {"providerKey": "qvac", "endpointBaseUrl": "http://h"})), "params.endpoints[0]",
     "type=MachineAgentHeartbeatEndpoint"),
    ("heartbeat agent_token=''", lambda o: o.machine_agent_heartbeat(_hb(agent_token="")), "params.agent_token",
     "min_length=1"),
    ("heartbeat agent_token=None", lambda o: o.machine_agent_heartbeat(_hb(agent_token=None)), "params.agent_token",
     "required"),
    ("heartbeat lease=0", lambda o: o.machine_agent_heartbeat(_hb(lease_ttl_seconds=0)), "params.lease_ttl_seconds",
     "minimum=1"),
    ("heartbeat lease=1e9 is allowed, lease=-1 is not", lambda o: o.machine_agent_heartbeat(_hb(
        lease_ttl_seconds=-1)), "params.lease_ttl_seconds", "minimum=1"),
    # agent pairing
    ("agent_address pattern", lambda o: o.create_agent_pairing_challenge("m", CreateAgentPairingChallengeRequest(
        agent_address=f"0x{LEAK}", agent_provider="a", agent_role="b")), "params.agent_address", "pattern=*"),
    ("agent_address short", lambda o: o.create_agent_pairing("m", _pairing_req(agent_address="0x1234")),
     "params.agent_address", "pattern=*"),
    ("agent_did pattern", lambda o: o.create_agent_pairing_challenge("m", CreateAgentPairingChallengeRequest(
        agent_address=ADDR, agent_provider="a", agent_role="b", agent_did="did:pkh:eip155:1:notanaddress")),
     "params.agent_did", "pattern=*"),
    ("agent_provider=None", lambda o: o.create_agent_pairing("m", _pairing_req(agent_provider=None)),
     "params.agent_provider", "required"),
    ("agent_proof=None", lambda o: o.create_agent_pairing("m", _pairing_req(agent_proof=None)), "params.agent_proof",
     "required"),
    ("agent_proof.signature=''", lambda o: o.create_agent_pairing("m", _pairing_req(
        agent_proof=AgentProofInput(challenge_id="c", signature=""))), "params.agent_proof.signature",
     "pattern=*"),
    ("agent_proof.signature 64 bytes", lambda o: o.create_agent_pairing("m", _pairing_req(
        agent_proof=AgentProofInput(challenge_id="c", signature="0x" + "ab" * 64))), "params.agent_proof.signature",
     "pattern=*"),
    ("identity_proof.signature no 0x", lambda o: o.create_machine(_machine(
        identity_proof=MachineIdentityProofInput(challenge_id="c", signature="ab" * 65))),
     "params.identity_proof.signature", "pattern=*"),
    ("create identity_proof=None", lambda o: o.create_machine(_machine(identity_proof=None)), "params.identity_proof",
     "required"),
    ("identity_ref=None", lambda o: o.create_machine(_machine(identity_ref=None)), "params.identity_ref", "required"),
    ("identity_ref 0x short", lambda o: o.create_machine(_machine(identity_ref="did:peaq:0x" + "ab" * 19)),
     "params.identity_ref", "pattern=*"),
    ("identity_ref alias 0x", lambda o: o.create_machine_identity_challenge(CreateMachineIdentityChallengeRequest(
        identity_ref="peaqos:machine:0x" + "ab" * 20)), "params.identity_ref", "pattern=*"),
    ("identity_ref leading zero", lambda o: o.update_machine("m", UpdateMachineRequest(identity_ref="did:peaq:007")),
     "params.identity_ref", "pattern=*"),
    ("session agent_proof=dict", lambda o: o.create_agent_pairing_session("m", "p", CreateAgentPairingSessionRequest(
        agent_proof={"challengeId": "c", "signature": "s"})), "params.agent_proof", "type=AgentProofInput"),
    ("policy limit NaN", lambda o: o.create_agent_pairing("m", _pairing_req(
        delegation_policy=DelegationPolicy(per_transaction_limit=nan))),
     "params.delegation_policy.per_transaction_limit", "type=number"),
    ("policy daily limit < 0", lambda o: o.update_agent_pairing("m", "p", UpdateAgentPairingRequest(
        delegation_policy=DelegationPolicy(daily_spend_limit=-1))), "params.delegation_policy.daily_spend_limit",
     "minimum=0"),
    # pairing token
    ("pairing_token=''", lambda o: o.search_market(MarketSearchRequest(service_type="defi"), ""), "pairing_token",
     "min_length=1"),
    ("pairing_token=None", lambda o: o.create_market_order(_order_req(), None), "pairing_token", "type=str"),
    ("pairing_token=bytes", lambda o: o.confirm_market_order("o", b"tok"), "pairing_token", "type=str"),
    ("release pairing_token=''", lambda o: o.release_payment("o", None, ""), "pairing_token", "min_length=1"),
    # amounts and payment fields
    ("amount NaN", lambda o: o.create_payment_intent("o", CreatePaymentIntentRequest(amount=nan), TOK),
     "params.amount", "type=number"),
    ("amount inf", lambda o: o.create_payment_intent("o", CreatePaymentIntentRequest(amount=inf), TOK),
     "params.amount", "type=number"),
    ("amount < 0", lambda o: o.create_payment_intent("o", CreatePaymentIntentRequest(amount=-0.01), TOK),
     "params.amount", "minimum=0"),
    ("amount str", lambda o: o.create_payment_intent("o", CreatePaymentIntentRequest(amount="0.05"), TOK),
     "params.amount", "type=number"),
    ("amount bool", lambda o: o.create_payment_intent("o", CreatePaymentIntentRequest(amount=True), TOK),
     "params.amount", "type=number"),
    ("order budget NaN", lambda o: o.create_market_order(_order_req(budget=OrderBudget(amount=nan)), TOK),
     "params.budget.amount", "type=number"),
    ("search budget NaN", lambda o: o.search_market(MarketSearchRequest(service_type="defi", budget=MarketSearchBudget(max=nan)), TOK),
     "params.budget.max", "type=number"),
    ("search max_results=0", lambda o: o.search_market(MarketSearchRequest(service_type="defi", max_results=0), TOK),
     "params.max_results", "minimum=1"),
    ("proof amount pattern", lambda o: o.submit_payment_proof("o", _proof(amount="1e5"), TOK), "params.amount",
     "pattern=*"),
    ("proof amount float", lambda o: o.submit_payment_proof("o", _proof(amount=0.05), TOK), "params.amount",
     "type=str"),
    ("proof tx hash pattern", lambda o: o.submit_payment_proof("o", _proof(transaction_hash=f"0x{LEAK}"), TOK),
     "params.transaction_hash", "pattern=*"),
    ("proof token_decimals=-1", lambda o: o.submit_payment_proof("o", _proof(token_decimals=-1), TOK),
     "params.token_decimals", "minimum=0"),
    ("x402 proof signature ''", lambda o: o.submit_payment_proof("o", SubmitX402PaymentProofRequest(
        payment=ExecutePaymentInput(payment_signature="")), TOK), "params.payment.payment_signature", "min_length=1"),
    ("x402 proof payment=None", lambda o: o.submit_payment_proof("o", SubmitX402PaymentProofRequest(payment=None),
                                                                 TOK), "params.payment", "required"),
    ("proof params=dict", lambda o: o.submit_payment_proof("o", {"payment": {"paymentSignature": "s"}}, TOK),
     "params", "type=SubmitPaymentProofRequest|SubmitX402PaymentProofRequest"),
    ("proof raw_amount pattern", lambda o: o.submit_payment_proof("o", _proof(raw_amount="-1"), TOK),
     "params.raw_amount", "pattern=*"),
    ("proof chain=''", lambda o: o.submit_payment_proof("o", _proof(chain=""), TOK), "params.chain", "min_length=1"),
    ("escrow tx hash None", lambda o: o.lock_escrow_payment("o", LockEscrowPaymentRequest(
        transaction_hash=None, chain="peaq", escrow_address="0xe"), TOK), "params.transaction_hash", "required"),
    ("release tx ref ''", lambda o: o.release_payment("o", ReleasePaymentRequest(transaction_hash=""), TOK),
     "params.transaction_hash", "min_length=1"),
    ("refund reason type", lambda o: o.refund_payment("o", RefundPaymentRequest(reason=5), TOK), "params.reason",
     "type=str"),
    # orders
    ("order service_id=''", lambda o: o.create_market_order(_order_req(service_id=""), TOK), "params.service_id",
     "min_length=1"),
    ("order machine_id=None", lambda o: o.create_market_order(_order_req(machine_id=None), TOK), "params.machine_id",
     "required"),
    ("order input=list", lambda o: o.create_market_order(_order_req(input=["a"]), TOK), "params.input", "type=map"),
    ("order input not JSON", lambda o: o.create_market_order(_order_req(input={"x": object()}), TOK), "params",
     "JSON-serialisable values"),
    ("order input NaN", lambda o: o.create_market_order(_order_req(input={"x": nan}), TOK), "params",
     "JSON-serialisable values"),
    ("execute input=list", lambda o: o.execute_market_order("o", ExecuteMarketOrderRequest(input=["a"]), TOK),
     "params.input", "type=map"),
    ("execute payment_signature=''", lambda o: o.execute_market_order("o", ExecuteMarketOrderRequest(
        payment=ExecutePaymentInput(payment_signature="")), TOK), "params.payment.payment_signature",
     "min_length=1"),
    ("dispute reason=''", lambda o: o.dispute_market_order("o", DisputeMarketOrderRequest(reason=""), TOK),
     "params.reason", "min_length=1"),
    ("dispute evidence=list", lambda o: o.dispute_market_order("o", DisputeMarketOrderRequest(
        reason="r", evidence=["x"]), TOK), "params.evidence", "type=map"),
    # skills, enrollment, provider credentials
    ("credentials value not str", lambda o: o.update_skill_config("s", UpdateSkillConfigRequest(
        credentials={"api_key": 123})), "params.credentials['api_key']", "type=str"),
    ("enabled not bool", lambda o: o.update_skill_config("s", UpdateSkillConfigRequest(enabled="yes")),
     "params.enabled", "type=bool"),
    ("enroll label=5", lambda o: o.enroll_machine_agent("m", EnrollMachineAgentRequest(label=5)), "params.label",
     "type=str"),
    ("enroll provider key ''", lambda o: o.enroll_machine_agent("m", EnrollMachineAgentRequest(
        allowed_provider_keys=[""])), "params.allowed_provider_keys[0]", "min_length=1"),
    ("provider credentials not a map", lambda o: o.search_market(MarketSearchRequest(
        service_type="defi", provider_credentials=ProviderCredentials(providers=LEAK)), TOK), "params.provider_credentials.providers",
     "type=map"),
]


def test_case_ids_are_unique() -> None:
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


def _expect(exc: OrchestrationValidationError, field: str, constraint: str) -> None:
    assert isinstance(exc, OrchestrationError) and not isinstance(exc, OrchestrationApiError)
    assert exc.field == field
    if constraint.endswith("*"):
        assert exc.constraint.startswith(constraint[:-1]), exc.constraint
    else:
        assert exc.constraint == constraint
    assert exc.code == "VALIDATION_ERROR" and exc.status_code == 0
    assert exc.details == {"field": field, "constraint": exc.constraint}
    for text in (str(exc), repr(exc), repr(exc.details)):
        assert LEAK not in text and KEY not in text and TOK not in text


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("case_id,call,field,constraint", CASES, ids=[c[0] for c in CASES])
def test_rejected_before_any_request(case_id: str, call: Any, field: str, constraint: str, mode: str,
                                     mock: MockServer, make_aclient: Any) -> None:
    before = len(mock.requests)
    if mode == "sync":
        c = PeaqosClient(orchestration_url=mock.url, api_key=KEY)
        with pytest.raises(OrchestrationValidationError) as ei:
            call(c.orchestration)  # iterators must refuse when called, before any iteration
        c.close()
        exc = ei.value
    else:
        async def go() -> OrchestrationValidationError:
            async with make_aclient(api_key=KEY) as ac:
                with pytest.raises(OrchestrationValidationError) as ei:
                    r = call(ac.orchestration)
                    if inspect.isawaitable(r):
                        await r
                return ei.value

        exc = run(go())
    _expect(exc, field, constraint)
    assert len(mock.requests) == before, "a request reached the server"


ITER_OPTION_CASES = [
    ("skills_all direction enum", lambda o: o.list_skills_all(ListSkillsOptions(direction="sideways")),
     "options.direction", "one of *"),
    ("services_all options=dict", lambda o: o.list_market_services_all({"service_type": "x"}, limit=5), "options",
     "type=ListMarketServicesOptions"),
    ("pairings_all machine_id=''", lambda o: o.list_agent_pairings_all("", limit=5), "machine_id", "min_length=1"),
    ("orders_all machine_id=None", lambda o: o.list_market_orders_all(machine_id=None), "machine_id", "required"),
]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("case_id,call,field,constraint", ITER_OPTION_CASES, ids=[c[0] for c in ITER_OPTION_CASES])
def test_iterators_reject_bad_filters_before_the_first_request(case_id: str, call: Any, field: str, constraint: str,
                                                               mode: str, mock: MockServer,
                                                               make_aclient: Any) -> None:
    """Filters other than the page size are checked when the first page is fetched (still before sending)."""
    before = len(mock.requests)
    if mode == "sync":
        c = PeaqosClient(orchestration_url=mock.url, api_key=KEY)
        with pytest.raises(OrchestrationValidationError) as ei:
            next(iter(call(c.orchestration)))
        c.close()
        exc = ei.value
    else:
        async def go() -> OrchestrationValidationError:
            async with make_aclient(api_key=KEY) as ac:
                with pytest.raises(OrchestrationValidationError) as ei:
                    await anext(call(ac.orchestration))
                return ei.value

        exc = run(go())
    _expect(exc, field, constraint)
    assert len(mock.requests) == before


def test_valid_twins_of_rejected_values_do_reach_the_server(mock: MockServer, client: PeaqosClient) -> None:
    """The same calls with valid values are sent (so the cases above fail only on the bad value)."""
    o = client.orchestration
    o.list_machines(limit=1)
    o.list_machines(limit=500)
    o.list_skills(ListSkillsOptions(scope="ecosystem"), limit=2)
    with pytest.raises(OrchestrationApiError):
        o.upsert_runtime_endpoint("mach_none", "qvac", UpsertRuntimeEndpointRequest(endpoint_base_url="https://h:1/x"))
    with pytest.raises(OrchestrationApiError):
        o.create_payment_intent("ord_none", CreatePaymentIntentRequest(amount=0), TOK)
    assert [r["operationId"] for r in mock.requests] == [
        "listMachines", "listMachines", "listSkills", "upsertRuntimeEndpoint", "createPaymentIntent"]


# The spec and the doc constrain these inner values; the SDK rejects them before sending.
def test_provider_credentials_inner_values_are_validated(mock: MockServer, client: PeaqosClient) -> None:
    before = len(mock.requests)
    with pytest.raises(OrchestrationValidationError):
        client.orchestration.search_market(MarketSearchRequest(
            service_type="defi", provider_credentials=ProviderCredentials(providers={"walrus": "not-a-map"})), TOK)
    assert len(mock.requests) == before


def test_skill_settings_values_are_validated(mock: MockServer, client: PeaqosClient) -> None:
    before = len(mock.requests)
    with pytest.raises(OrchestrationValidationError):
        client.orchestration.update_skill_config("storage.object", UpdateSkillConfigRequest(
            settings={"nested": {"a": 1}}))
    assert len(mock.requests) == before


# ---- part 2: server errors on the machine routes ------------------------------------------------
@pytest.fixture
def kclient(mock: MockServer):
    mock.config.require_api_auth = True
    mock.config.api_keys = (KEY,)
    c = PeaqosClient(orchestration_url=mock.url, api_key=KEY)
    yield c
    c.close()


@pytest.fixture
def kw(mock: MockServer, kclient: PeaqosClient) -> World:
    return World(mock, kclient)


def server_error(mock: MockServer, fn: Any, op: str, code: str) -> OrchestrationApiError:
    """Run ``fn``, expect the server's ``code`` for operation ``op``; return the error for more checks."""
    before = len(mock.requests)
    with pytest.raises(OrchestrationApiError) as ei:
        fn()
    exc = ei.value
    assert not isinstance(exc, OrchestrationValidationError)
    assert exc.code == code, f"{exc.code}: {exc}"
    assert code in ROUTE_CODES[op], f"{code} is not documented on {op}"
    assert exc.status_code == STATUS[code]
    seen = mock.requests[before:]
    assert [r["operationId"] for r in seen] == [op]
    text = str(exc) + repr(exc) + repr(exc.details)
    for secret in (KEY, CONTROLLER_KEY, OTHER_KEY, CONTROLLER_KEY[2:], OTHER_KEY[2:]):
        assert secret not in text
    assert f"HTTP {STATUS[code]}" in str(exc) and code in str(exc)
    return exc


def _challenge_proof(w: World, ref: str, key: str = CONTROLLER_KEY) -> Any:
    ch = w.o.create_machine_identity_challenge(CreateMachineIdentityChallengeRequest(identity_ref=ref))
    return sign_identity_challenge(ch, key)


def test_not_found_unknown_machine(kw: World, mock: MockServer) -> None:
    exc = server_error(mock, lambda: kw.o.get_machine("mach_does_not_exist"), "getMachine", "NOT_FOUND")
    assert exc.details == {"machine_id": "mach_does_not_exist"}  # camelCase details come back snake_case
    exc = server_error(mock, lambda: kw.o.update_machine("mach_nope", UpdateMachineRequest(display_name="x")),
                       "updateMachine", "NOT_FOUND")
    assert exc.details == {"machine_id": "mach_nope"}
    server_error(mock, lambda: kw.o.archive_machine("mach_nope"), "archiveMachine", "NOT_FOUND")


def test_not_found_unregistered_identity(kw: World, mock: MockServer) -> None:
    exc = server_error(mock, lambda: kw.o.create_machine_identity_challenge(
        CreateMachineIdentityChallengeRequest(identity_ref="peaqos:machine:987654321")),
        "createMachineIdentityChallenge", "NOT_FOUND")
    assert exc.details == {"identity_ref": "did:peaq:987654321"}


def test_machine_identity_exists(kw: World, mock: MockServer) -> None:
    m = kw.draft_machine()
    proof = _challenge_proof(kw, m.identity_ref)
    exc = server_error(mock, lambda: kw.o.create_machine(_machine(identity_ref=m.identity_ref, identity_proof=proof)),
                       "createMachine", "MACHINE_IDENTITY_EXISTS")
    assert exc.details == {"machine_id": m.id}


def test_machine_identity_immutable(kw: World, mock: MockServer) -> None:
    m = kw.draft_machine()
    other = kw.identity()
    exc = server_error(mock, lambda: kw.o.update_machine(m.id, UpdateMachineRequest(identity_ref=other)),
                       "updateMachine", "MACHINE_IDENTITY_IMMUTABLE")
    assert exc.details is None
    assert kw.o.get_machine(m.id).item.identity_ref == m.identity_ref


def test_machine_identity_proof_required(kw: World, mock: MockServer) -> None:
    mock.config.machine_identity_verification = True
    ref = kw.identity()
    # the SDK requires identity_proof (x-sdk-required), so only a raw request can leave it out
    r = oneshot.post(f"{mock.url}/api/v1/machines", json={"displayName": "r", "ownerId": "o", "machineType": "robot",
                                                       "runtimeProfile": "linux", "identityRef": ref},
                   headers={"x-api-key": KEY})
    assert (r.status_code, r.json()["error"]["code"]) == (400, "MACHINE_IDENTITY_PROOF_REQUIRED")


def test_machine_identity_proof_invalid(kw: World, mock: MockServer) -> None:
    ref = kw.identity()
    proof = _challenge_proof(kw, ref, key=OTHER_KEY)  # not a controller of the identity
    exc = server_error(mock, lambda: kw.o.create_machine(_machine(identity_ref=ref, identity_proof=proof)),
                       "createMachine", "MACHINE_IDENTITY_PROOF_INVALID")
    assert exc.details is None
    m = kw.draft_machine()
    bad = _challenge_proof(kw, m.identity_ref, key=OTHER_KEY)
    server_error(mock, lambda: kw.o.update_machine(m.id, UpdateMachineRequest(status="active", identity_proof=bad)),
                 "updateMachine", "MACHINE_IDENTITY_PROOF_INVALID")


def test_machine_identity_proof_expired(kw: World, mock: MockServer) -> None:
    ref = kw.identity()
    proof = _challenge_proof(kw, ref)
    mock.advance_clock(600)
    server_error(mock, lambda: kw.o.create_machine(_machine(identity_ref=ref, identity_proof=proof)),
                 "createMachine", "MACHINE_IDENTITY_PROOF_EXPIRED")
    m = kw.draft_machine()
    late = _challenge_proof(kw, m.identity_ref)
    mock.advance_clock(600)
    server_error(mock, lambda: kw.o.update_machine(m.id, UpdateMachineRequest(identity_proof=late)),
                 "updateMachine", "MACHINE_IDENTITY_PROOF_EXPIRED")


def test_peaqos_identity_unavailable(kw: World, mock: MockServer) -> None:
    ref = kw.identity()
    proof = _challenge_proof(kw, ref)
    m = kw.draft_machine()
    mock.store.faults["mcrUnavailable"] = True
    server_error(mock, lambda: kw.o.create_machine(_machine(identity_ref=ref, identity_proof=proof)),
                 "createMachine", "PEAQOS_IDENTITY_UNAVAILABLE")
    server_error(mock, lambda: kw.o.create_machine_identity_challenge(
        CreateMachineIdentityChallengeRequest(identity_ref=ref)), "createMachineIdentityChallenge",
        "PEAQOS_IDENTITY_UNAVAILABLE")
    server_error(mock, lambda: kw.o.update_machine(m.id, UpdateMachineRequest(status="active")), "updateMachine",
                 "PEAQOS_IDENTITY_UNAVAILABLE")
    mock.store.faults["mcrUnavailable"] = False
    assert kw.o.update_machine(m.id, UpdateMachineRequest(status="active")).item.status == "active"


def test_machine_not_activated_when_identity_is_not_activated(kw: World, mock: MockServer) -> None:
    m = kw.draft_machine(identity_ref=kw.identity(activated=False))
    exc = server_error(mock, lambda: kw.o.update_machine(m.id, UpdateMachineRequest(status="active")),
                       "updateMachine", "MACHINE_NOT_ACTIVATED")
    assert exc.details is None
    assert kw.o.get_machine(m.id).item.status == "draft"


def test_machine_not_activated_when_controller_is_removed(kw: World, mock: MockServer) -> None:
    m = kw.active_machine()
    with mock.store.lock:
        mock.sim.update_identity(m.identity_ref, {"controllerAddresses": [address_of(OTHER_KEY)]})
    server_error(mock, lambda: kw.o.get_machine(m.id), "getMachine", "MACHINE_NOT_ACTIVATED")
    assert m.id not in [x.id for x in kw.o.list_machines().items]


def test_server_side_validation_error_on_machine_routes(kw: World, mock: MockServer) -> None:
    m = kw.active_machine()
    # status "archived" is a valid enum value client-side; the server wants DELETE for that
    exc = server_error(mock, lambda: kw.o.update_machine(m.id, UpdateMachineRequest(status="archived")),
                       "updateMachine", "VALIDATION_ERROR")
    assert exc.details is None
    # a cursor this server never issued passes the client's non-empty check
    exc = server_error(mock, lambda: kw.o.list_machines(cursor="not-a-server-cursor"), "listMachines",
                       "VALIDATION_ERROR")
    assert exc.details == {"field": "cursor"}
    # unknown fields carried in `extra` are sent, and the closed request schema rejects them
    ref = kw.identity()
    proof = _challenge_proof(kw, ref)
    exc = server_error(mock, lambda: kw.o.create_machine(_machine(identity_ref=ref, identity_proof=proof,
                                                                  extra={"unknownField": 1})),
                       "createMachine", "VALIDATION_ERROR")
    assert isinstance(exc.details, dict) and list(exc.details) == ["problems"]
    problems = exc.details["problems"]
    assert isinstance(problems, list) and problems
    assert all(set(p) == {"path", "rule", "message"} for p in problems)
    assert any(p["rule"] == "additionalProperties" for p in problems)
    assert {"path": "body/unknownField", "rule": "additionalProperties",
            "message": "unexpected property unknownField"} in problems
    # an archived machine cannot be updated
    kw.o.archive_machine(m.id)
    server_error(mock, lambda: kw.o.update_machine(m.id, UpdateMachineRequest(display_name="x")), "updateMachine",
                 "VALIDATION_ERROR")


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_error_mapping_is_the_same_for_async(mode: str, kw: World, kclient: PeaqosClient, mock: MockServer,
                                             make_aclient: Any) -> None:
    ref = kw.identity()
    proof = _challenge_proof(kw, ref, key=OTHER_KEY)
    params = _machine(identity_ref=ref, identity_proof=proof)
    if mode == "sync":
        with pytest.raises(OrchestrationApiError) as ei:
            kclient.orchestration.create_machine(params)
        exc = ei.value
    else:
        async def go() -> OrchestrationApiError:
            async with make_aclient(api_key=KEY) as ac:
                with pytest.raises(OrchestrationApiError) as ei:
                    await ac.orchestration.create_machine(params)
                return ei.value

        exc = run(go())
    assert exc.code == "MACHINE_IDENTITY_PROOF_INVALID" and exc.status_code == STATUS[exc.code] == 403
    assert KEY not in str(exc)


def test_spec_statuses_cover_every_documented_error_code() -> None:
    import typing

    from peaq_os_sdk.orchestration import CommonErrorCode

    assert set(typing.get_args(CommonErrorCode)) == set(STATUS)

"""Records the simulator keeps outside orders: runtime endpoints written by hand, skill configuration,
policy ids, revoked agents, the mock's identity registry and what a lookup that misses names.

Several of these are read over raw HTTP: the SDK redacts detail keys that look like credentials
(``skillKey``), and the status code of an answer is not part of an SDK result.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest

from peaq_os_sdk.orchestration import (
    AgentProofInput,
    CreateAgentPairingRequest,
    CreateGraphEdgeRequest,
    CreateGraphNodeRequest,
    CreateTaskRequest,
    ExecuteTaskRequest,
    PaymentRailInput,
    ResolveTaskRequest,
    UpdateMachineRequest,
    UpdateSkillConfigRequest,
    UpsertRuntimeEndpointRequest,
)
from peaq_os_sdk.orchestration.signing import address_of
from tests import _spec
from tests.test_rules import (  # noqa: F401
    _LEGACY,
    PAYEE,
    PAYER,
    PRICE_BASIC,
    PRICE_PRO,
    QVAC_URL,
    TOKEN_ADDRESS,
    WALRUS,
    Ctx,
    _machine_req,
    ctx,
    expect,
    hb_req,
)
from tests.test_rules_observability import policy
from tests.world import AGENT_KEY, CONTROLLER_KEY
from tests import _oneshot as oneshot


def _put_endpoint(ctx: Ctx, machine_id: str, body: dict[str, object]) -> httpx.Response:
    return oneshot.put(f"{ctx.mock.url}/api/v1/machines/{machine_id}/runtime-endpoints/qvac", json=body, timeout=30)


def test_runtime_endpoint_upsert_creates_then_updates(ctx: Ctx) -> None:
    m = ctx.active()
    first = ctx.o.upsert_runtime_endpoint(m.id, "qvac", UpsertRuntimeEndpointRequest(endpoint_base_url=QVAC_URL))
    assert ctx.mock.requests[-1]["status"] == 201  # created
    second = ctx.o.upsert_runtime_endpoint(
        m.id, "qvac", UpsertRuntimeEndpointRequest(endpoint_base_url=QVAC_URL, label="renamed")
    )
    assert ctx.mock.requests[-1]["status"] == 200  # the same record, updated
    assert (second.item.id, second.item.label) == (first.item.id, "renamed")
    assert len(ctx.o.list_runtime_endpoints(m.id).items) == 1


@pytest.mark.parametrize("lease", ["tomorrow", "2026-12-01T10:00:00"])
def test_runtime_endpoint_lease_must_be_a_zoned_date_time(ctx: Ctx, lease: object) -> None:
    m = ctx.active()
    r = _put_endpoint(ctx, m.id, {"endpointBaseUrl": QVAC_URL, "leaseExpiresAt": lease})
    assert r.status_code == 400, r.text
    err = r.json()["error"]
    assert (err["code"], err["details"]) == ("VALIDATION_ERROR", {"field": "leaseExpiresAt"})
    assert _put_endpoint(ctx, m.id, {"endpointBaseUrl": QVAC_URL, "leaseExpiresAt": "2099-01-01T00:00:00Z"}).is_success


def test_skill_config_starts_disabled(ctx: Ctx) -> None:
    cfg = ctx.o.update_skill_config("storage.object", UpdateSkillConfigRequest(settings={"bucket": "b"})).item
    assert (cfg.enabled, cfg.has_credentials, cfg.settings) == (False, False, {"bucket": "b"})
    on = ctx.o.update_skill_config("storage.object", UpdateSkillConfigRequest(enabled=True)).item
    assert (on.enabled, on.settings) == (True, {"bucket": "b"})


def test_lookups_that_miss_name_the_kind_and_the_key(ctx: Ctx) -> None:
    r = oneshot.get(f"{ctx.mock.url}/api/v1/skills/no.such-skill", timeout=30)
    err = r.json()["error"]
    assert (r.status_code, err["code"], err["details"]) == (404, "NOT_FOUND", {"skillKey": "no.such-skill"})
    assert err["message"] == "skill not found"


def test_policy_ids_are_pol_prefixed_and_distinct(ctx: Ctx) -> None:
    a, b = policy(ctx), policy(ctx)
    assert a.id.startswith("pol_") and b.id.startswith("pol_") and a.id != b.id


def test_revoking_an_agent_stamps_it(ctx: Ctx) -> None:
    m, agent = ctx.enrolled()
    ctx.mock.advance_clock(60)
    ctx.o.revoke_machine_agent(m.id, agent.id)
    (after,) = ctx.o.list_machine_agents(m.id).items
    assert after.status == "revoked" and after.updated_at > agent.updated_at  # same ISO format: ordered as text


def test_the_mock_identity_registry_refuses_an_unknown_identity(ctx: Ctx) -> None:
    r = oneshot.patch(f"{ctx.mock.url}/_mock/identities/did:peaq:999999", json={"activated": False}, timeout=30)
    assert (r.status_code, r.json()["error"]["code"]) == (404, "NOT_FOUND")


def test_endpoint_update_keeps_what_it_does_not_restate(ctx: Ctx) -> None:
    m = ctx.active()
    first = UpsertRuntimeEndpointRequest(
        endpoint_base_url=QVAC_URL, auth_type="api-key", network_scope="vpn", probe_path="/ping", model_alias="m1"
    )
    ctx.o.upsert_runtime_endpoint(m.id, "qvac", first)
    again = ctx.o.upsert_runtime_endpoint(m.id, "qvac", UpsertRuntimeEndpointRequest(endpoint_base_url=QVAC_URL)).item
    assert (again.auth_type, again.network_scope, again.probe_path, again.model_alias) == (
        "api-key",
        "vpn",
        "/ping",
        "m1",
    )


@pytest.mark.parametrize(
    ("url", "scope"),
    [
        ("http://localhost:8080", "loopback"),
        ("http://127.0.0.1:8080", "loopback"),
        ("http://10.1.2.3:8080", "lan"),
        ("http://192.168.1.9", "lan"),
        ("https://8.8.8.8", "public"),
        ("https://runtime.example.com", "public"),
    ],
)
def test_endpoint_network_scope_follows_the_host(ctx: Ctx, url: str, scope: str) -> None:
    m = ctx.active()
    ep = ctx.o.upsert_runtime_endpoint(m.id, "qvac", UpsertRuntimeEndpointRequest(endpoint_base_url=url)).item
    assert ep.network_scope == scope


# ---- what each answer says: messages, details, codes (a wrong one misleads the caller) ----------------
def _err(r: httpx.Response) -> tuple[int, str, str, object]:
    assert "error" in r.json(), r.text  # refused, not served
    e = r.json()["error"]
    return r.status_code, e["code"], e["message"], e.get("details")


def test_a_graph_node_that_misses_is_named_as_a_node(ctx: Ctx) -> None:
    m = ctx.active()
    err = expect("NOT_FOUND", ctx.o.delete_graph_node, m.id, "gnode_missing")
    assert (err.message, err.details) == (
        "graph node not found",
        {"node_id": "gnode_missing"},
    )  # details as the SDK gives them


def test_an_agent_the_machine_does_not_have_is_not_found(ctx: Ctx) -> None:
    m, agent = ctx.enrolled()
    other = ctx.active()
    for machine_id, agent_id in ((m.id, "agent_missing"), (other.id, agent.id)):
        err = expect("NOT_FOUND", ctx.o.revoke_machine_agent, machine_id, agent_id)
        assert err.message == "machine agent not found"
    assert ctx.o.list_machine_agents(m.id).items[0].status == "provisioned"


def test_a_machine_keeps_its_identity_and_says_so(ctx: Ctx) -> None:
    err = expect(
        "MACHINE_IDENTITY_IMMUTABLE",
        ctx.o.update_machine,
        ctx.draft().id,
        UpdateMachineRequest(identity_ref=ctx.w.identity()),
    )
    assert err.message == "identityRef cannot change once set"


def test_unknown_policy_ids_are_named_with_the_field(ctx: Ctx) -> None:
    err = expect("VALIDATION_ERROR", ctx.draft, policy_ids=["pol_missing"])
    assert (err.message, err.details) == (
        "policyIds names policies that do not exist",
        {"field": "policyIds", "unknown": ["pol_missing"]},
    )


def test_a_pairing_proof_for_no_challenge_says_so(ctx: Ctx) -> None:
    m = ctx.active()
    proof = AgentProofInput(challenge_id="apc_missing", signature="0x" + "11" * 65)
    req = CreateAgentPairingRequest(
        agent_address=address_of(AGENT_KEY), agent_provider="anthropic", agent_role="buyer", agent_proof=proof
    )
    err = expect("AGENT_PAIRING_PROOF_INVALID", ctx.o.create_agent_pairing, m.id, req)
    assert err.message == "pairing challenge unknown"


def test_an_agent_route_without_a_pairing_token_names_the_header(ctx: Ctx) -> None:
    r = oneshot.post(f"{ctx.mock.url}/api/v1/market/search", json={"serviceType": "defi"}, timeout=30)
    assert _err(r) == (401, "AGENT_AUTH_REQUIRED", "x-agent-pairing-token is required", None)


def test_a_pairing_token_claiming_another_machine_is_refused(ctx: Ctx) -> None:
    mk = ctx.market()
    other = ctx.active()
    claims = jwt.decode(mk.tok, options={"verify_signature": False})
    claims["machineId"] = other.id  # signed with the server's own secret: only the binding is wrong
    token = jwt.encode(claims, ctx.mock.config.jwt_secret, algorithm="HS256")
    err = expect("AGENT_AUTH_INVALID", mk.search, tok=token)
    assert err.message == "pairing token is bound to another machine"


def test_a_task_for_another_machine_is_refused_naming_the_binding(ctx: Ctx) -> None:
    mk, third = ctx.market(), ctx.active()
    req = CreateTaskRequest(machine_id=third.id, agent_pairing_id=mk.p.id, service_type="defi")
    err = expect("AGENT_AUTH_INVALID", ctx.o.create_task, req, mk.tok)
    assert err.message == "pairing token is bound to another machine"


def test_a_quote_the_task_did_not_discover_is_named(ctx: Ctx) -> None:
    mk = ctx.market()
    t = ctx.o.create_task(
        CreateTaskRequest(machine_id=mk.m.id, agent_pairing_id=mk.p.id, service_type="defi"), mk.tok
    ).item
    ctx.o.discover_task(t.id, mk.tok)
    err = expect("NOT_FOUND", ctx.o.resolve_task, t.id, ResolveTaskRequest(quote_id="quote_missing"), mk.tok)
    assert (err.message, err.details) == (
        "quote is not one of the task's discovered quotes",
        {"quote_id": "quote_missing"},
    )


def test_releasing_an_order_without_payment_says_so(ctx: Ctx) -> None:
    mk = ctx.market()
    err = expect("NOT_FOUND", mk.release, mk.order(PRICE_PRO).id)
    assert err.message == "order has no payment"


@pytest.mark.parametrize("key", ["payerAddress", "payeeAddress", "walletAddress", "tokenAddress"])
def test_every_rail_address_is_checked_naming_its_field(ctx: Ctx, key: str) -> None:
    mk = ctx.market()
    order = mk.order(PRICE_PRO)
    r = oneshot.post(
        f"{ctx.mock.url}/api/v1/market/orders/{order.id}/payment-intent",
        json={"rail": {key: "0x12"}},
        headers={"x-agent-pairing-token": mk.tok},
        timeout=30,
    )
    assert _err(r) == (400, "VALIDATION_ERROR", f"{key} is not a valid address", {"field": f"rail.{key}"})
    assert ctx.o.get_market_payment(order.id).item is None  # nothing was recorded


# ---- admin routes: the identity registry -------------------------------------------------------------
def test_the_registry_refuses_an_identity_ref_of_no_documented_form(ctx: Ctx) -> None:
    body = {"identityRef": "did:web:example.com", "controllerAddresses": [address_of(CONTROLLER_KEY)]}
    r = oneshot.post(f"{ctx.mock.url}/_mock/identities", json=body, timeout=30)
    message = "identityRef must be did:peaq:0x<address>, did:peaq:<decimal> or peaqos:machine:<decimal>"
    assert _err(r) == (400, "VALIDATION_ERROR", message, {"field": "identityRef"})


def test_the_registry_refuses_a_machine_address_that_is_no_address(ctx: Ctx) -> None:
    body = {"tokenId": "424242", "controllerAddresses": [address_of(CONTROLLER_KEY)], "machineAddress": "0x12"}
    r = oneshot.post(f"{ctx.mock.url}/_mock/identities", json=body, timeout=30)
    assert _err(r) == (400, "VALIDATION_ERROR", "machineAddress must be a 0x address", None)


def test_the_registry_forgets_an_identity_on_remove(ctx: Ctx) -> None:
    ref = ctx.w.identity()
    url = f"{ctx.mock.url}/_mock/identities/{ref}"
    assert oneshot.patch(url, json={"remove": False}, timeout=30).status_code == 200
    assert ref in [i["identityRef"] for i in oneshot.get(f"{ctx.mock.url}/_mock/identities", timeout=30).json()["items"]]
    assert oneshot.patch(url, json={"remove": True}, timeout=30).status_code == 200
    assert ref not in [
        i["identityRef"] for i in oneshot.get(f"{ctx.mock.url}/_mock/identities", timeout=30).json()["items"]
    ]
    assert oneshot.patch(url, json={"activated": True}, timeout=30).status_code == 404


# ---- switches ----------------------------------------------------------------------------------------
def test_without_identity_verification_every_machine_resolves(ctx: Ctx) -> None:
    ctx.mock.config.machine_identity_verification = False
    m = ctx.stripping(body_keys=("identityProof",)).create_machine(_machine_req(f"did:peaq:{next(_LEGACY)}")).item
    assert m.id in [x.id for x in ctx.o.list_machines().items]
    assert ctx.o.get_machine(m.id).item.identity_ref == m.identity_ref


def test_a_docs_only_service_is_not_executed_whatever_its_kind(ctx: Ctx) -> None:
    svc = ctx.mock.store.services.get(PRICE_BASIC)
    svc["integrationStatus"] = "docs-only"  # a catalogue (PEAQOS_MOCK_CATALOGUE) may list one of kind runtime
    assert svc["kind"] == "runtime"
    mk = ctx.market()
    order = mk.order(PRICE_BASIC)
    expect("EXECUTION_UNSUPPORTED", mk.execute, order.id)
    assert ctx.o.get_market_order(order.id).item.status == "created"


# ---- defaults ----------------------------------------------------------------------------------------
def test_an_endpoint_written_without_auth_has_auth_type_none(ctx: Ctx) -> None:
    m, agent = ctx.enrolled()
    ctx.o.machine_agent_heartbeat(hb_req(agent))  # an agent's endpoint
    assert ctx.o.get_runtime_endpoint(m.id, "qvac").item.auth_type == "none"
    other = ctx.active()
    manual = ctx.o.upsert_runtime_endpoint(other.id, "qvac", UpsertRuntimeEndpointRequest(endpoint_base_url=QVAC_URL))
    assert (manual.item.auth_type, manual.item.has_auth_token) == ("none", False)
    third = ctx.active()
    r = _put_endpoint(ctx, third.id, {"endpointBaseUrl": QVAC_URL, "authToken": "sk-endpoint-secret"})
    assert r.json()["item"]["authType"] == "bearer"  # a token without a type is a bearer token


def test_an_x402_challenge_names_the_rail_chain_as_its_network(ctx: Ctx) -> None:
    mk = ctx.market()
    order = mk.order(WALRUS, operation="put-object")
    rail = mk.intent(order.id, rail=PaymentRailInput(type="x402", chain="base-sepolia")).rail
    challenge = json.loads(base64.b64decode(rail.metadata["paymentRequest"]["paymentRequired"]))
    assert challenge["accepts"][0]["network"] == "base-sepolia"


def test_a_proof_writes_its_addresses_to_the_rail(ctx: Ctx) -> None:
    mk = ctx.market()
    order = mk.order(PRICE_PRO)
    assert mk.intent(order.id).rail.payer_address is None  # the service's rail names no payer
    pay = mk.proof(order.id, payer=PAYER, payee=PAYEE, token_address=TOKEN_ADDRESS)
    assert (pay.rail.payer_address, pay.rail.payee_address, pay.rail.token_address) == (PAYER, PAYEE, TOKEN_ADDRESS)


# ---- record keys: what the spec documents, no more (a misspelt key is a field the caller never gets) ---
def _documented(schema_name: str) -> set[str]:
    return set(_spec.schema(schema_name)["properties"])


def _get(ctx: Ctx, path: str) -> Any:
    r = oneshot.get(f"{ctx.mock.url}/api/v1{path}", timeout=30)
    assert r.status_code == 200, r.text
    return r.json()


def test_records_carry_the_documented_keys(ctx: Ctx) -> None:
    mk = ctx.market()
    machine = _get(ctx, f"/machines/{mk.m.id}")["item"]
    proof = machine["identityProof"]
    assert set(proof) == _documented("MachineIdentityProof")
    assert proof["controllerAddresses"] == [address_of(CONTROLLER_KEY)]
    (pairing,) = _get(ctx, f"/machines/{mk.m.id}/agent-pairings")["items"]
    assert set(pairing) == _documented("AgentPairing") - {"pairingToken"}  # never in a view
    assert (pairing["hasAuthToken"], pairing["tokenLastFour"]) == (True, mk.tok[-4:])
    task = ctx.o.create_task(
        CreateTaskRequest(machine_id=mk.m.id, agent_pairing_id=mk.p.id, service_type="defi"), mk.tok
    ).item
    created = _get(ctx, f"/tasks/{task.id}")["item"]
    assert set(created) == _documented("Task") and created["searchId"] is None
    ctx.o.resolve_task(ctx.o.discover_task(task.id, mk.tok).item.id, None, mk.tok)
    ctx.o.execute_task(task.id, ExecuteTaskRequest(), mk.tok)
    outcome = _get(ctx, f"/tasks/{task.id}")["item"]["outcome"]
    assert set(outcome) == _documented("ExecutionOutcome") and outcome["externalRef"] is None


def test_a_failing_readiness_check_says_why(ctx: Ctx) -> None:
    ctx.fault("mcrUnavailable")
    checks = oneshot.get(f"{ctx.mock.url}/api/v1/readiness", timeout=30).json()["checks"]
    (failing,) = [c for c in checks if c["status"] == "fail"]
    assert failing == {
        "name": "identity-registry",
        "status": "fail",
        "message": "peaqOS identity registry is unavailable",
    }
    assert all(set(c) <= _documented("ReadinessCheck") for c in checks)


# ---- ids: each kind of record has its prefix (docs/simulator.md) --------------------------------------
def test_ids_carry_the_prefix_of_their_kind(ctx: Ctx) -> None:
    mk = ctx.market()
    challenge = ctx.identity_challenge(ctx.w.identity()).item
    agent = ctx.o.enroll_machine_agent(mk.m.id).item
    endpoint = ctx.o.upsert_runtime_endpoint(mk.m.id, "qvac", UpsertRuntimeEndpointRequest(endpoint_base_url=QVAC_URL))
    order = mk.order(PRICE_BASIC)
    executed = mk.execute(order.id)
    execution = executed.execution
    dispute = mk.dispute(order.id).dispute
    search = mk.search()
    paid = mk.intent(mk.order(PRICE_PRO).id)
    a = ctx.o.create_graph_node(mk.m.id, CreateGraphNodeRequest(label="a")).item
    b = ctx.o.create_graph_node(mk.m.id, CreateGraphNodeRequest(label="b")).item
    edge = ctx.o.create_graph_edge(mk.m.id, CreateGraphEdgeRequest(source_node_id=a.id, target_node_id=b.id)).item
    ids = {
        "mach": mk.m.id,
        "mic": challenge.challenge_id,
        "apc": ctx.pairing_challenge(mk.m).item.challenge_id,
        "pair": mk.p.id,
        "agent": agent.id,
        "rte": endpoint.item.id,
        "pol": policy(ctx).id,
        "ord": order.id,
        "oev": ctx.o.list_market_order_events(order.id).items[0].id,
        "aud": ctx.o.list_audit_events().items[0].id,
        "run": execution.run.id,
        "out": execution.outcome.id,
        "search": search.id,
        "quote": search.quotes[0].id,
        "pay": paid.id,
        "disp": dispute.id,
        "task": executed.order.task_id,
        "route": executed.order.route_id,
        "gnode": a.id,
        "gedge": edge.id,
    }
    documented = (Path(__file__).resolve().parents[1] / "docs" / "simulator.md").read_text(encoding="utf-8")
    for prefix, record_id in ids.items():
        assert record_id.startswith(prefix + "_"), (prefix, record_id)
        assert f"`{prefix}_`" in documented, prefix

"""What the simulator answers, pinned where a changed word would still look plausible: error messages and
details, stored values a later read shows (pairing flags, skill auth state, payment rails, search payloads),
the query filters each list reads, and the defaults a request leaves to the server (page size, maxResults).

Several are read over raw HTTP: the status code and the exact wire keys of an answer are not part of an SDK result.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import attrs
import httpx
import pytest

from peaq_os_sdk.mock.store import iso, parse_iso
from peaq_os_sdk.orchestration import (
    CreateAgentPairingChallengeRequest,
    CreateTaskRequest,
    MarketSearchBudget,
    UpdateAgentPairingRequest,
    UpdatePolicyRequest,
    UpdateSkillConfigRequest,
)
from peaq_os_sdk.orchestration.signing import address_of
from tests.test_rules import (  # noqa: F401
    MISSING,
    PRICE_BASIC,
    PRICE_PRO,
    Ctx,
    ctx,
    expect,
    hb_req,
)
from tests.test_rules_observability import events, policy
from tests.world import AGENT_KEY
from tests import _oneshot as oneshot


def _err(r: httpx.Response) -> tuple[int, str, str, object]:
    assert "error" in r.json(), r.text  # refused, not served
    e = r.json()["error"]
    return r.status_code, e["code"], e["message"], e.get("details")


def _get(ctx: Ctx, path: str, **kw: Any) -> Any:
    r = oneshot.get(f"{ctx.mock.url}/api/v1{path}", timeout=30, **kw)
    assert r.status_code == 200, r.text
    return r.json()


# ---- messages and details ------------------------------------------------------------------------------
def test_a_machine_whose_identity_stopped_resolving_says_so(ctx: Ctx) -> None:
    m = ctx.active()
    assert m.identity_ref
    ctx.set_identity(m.identity_ref, remove=True)  # gone from the registry
    err = expect("MACHINE_NOT_ACTIVATED", ctx.o.get_machine, m.id)
    assert err.message == "machine identity no longer resolves through the peaqOS registry"


def test_the_transaction_registry_needs_a_transaction_hash(ctx: Ctx) -> None:
    for body in ({}, {"transactionHash": ""}, {"status": "success"}):
        r = oneshot.post(f"{ctx.mock.url}/_mock/transactions", json=body, timeout=30)
        assert _err(r) == (400, "VALIDATION_ERROR", "transactionHash is required", None)
    assert ctx.mock.store.transactions == {}  # nothing was recorded


def test_an_agent_did_naming_another_address_is_refused_naming_the_field(ctx: Ctx) -> None:
    m = ctx.active()
    other = "0x" + "12" * 20
    body = {
        "agentAddress": address_of(AGENT_KEY),
        "agentProvider": "anthropic",
        "agentRole": "buyer",
        "agentDid": f"did:pkh:eip155:1:{other}",
    }
    r = oneshot.post(f"{ctx.mock.url}/api/v1/machines/{m.id}/agent-pairings/challenges", json=body, timeout=30)
    message = "agentDid must be did:pkh:eip155:<chainId>:<agentAddress>"
    assert _err(r) == (400, "VALIDATION_ERROR", message, {"field": "agentDid"})
    own = CreateAgentPairingChallengeRequest(
        agent_address=address_of(AGENT_KEY),
        agent_provider="anthropic",
        agent_role="buyer",
        agent_did=f"did:pkh:eip155:3338:{address_of(AGENT_KEY)}",
    )
    assert ctx.o.create_agent_pairing_challenge(m.id, own).item.agent_did == own.agent_did


# ---- stored values a later read shows ------------------------------------------------------------------
def test_a_pairing_revoked_by_update_holds_no_token(ctx: Ctx) -> None:
    mk = ctx.market()
    assert mk.p.has_auth_token is True
    revoked = ctx.o.update_agent_pairing(mk.m.id, mk.p.id, UpdateAgentPairingRequest(status="revoked")).item
    assert (revoked.status, revoked.has_auth_token) == ("revoked", False)
    (listed,) = _get(ctx, f"/machines/{mk.m.id}/agent-pairings")["items"]
    assert (listed["status"], listed["hasAuthToken"]) == ("revoked", False)


def test_a_policy_version_moves_by_one_millisecond_within_a_millisecond(
    ctx: Ctx, monkeypatch: pytest.MonkeyPatch
) -> None:
    created = policy(ctx)
    frozen = parse_iso(created.updated_at)
    monkeypatch.setattr(ctx.mock.store, "now", lambda: frozen)  # the clock stands still
    first = ctx.o.update_policy(created.id, UpdatePolicyRequest(name="first")).item
    second = ctx.o.update_policy(created.id, UpdatePolicyRequest(name="second")).item
    step = timedelta(milliseconds=1)
    assert (first.updated_at, second.updated_at) == (iso(frozen + step), iso(frozen + 2 * step))


def test_credentials_mark_a_skill_configured(ctx: Ctx) -> None:
    key = "storage.object"
    assert _get(ctx, f"/skills/{key}")["item"]["authState"] == "unconfigured"
    ctx.o.update_skill_config(key, UpdateSkillConfigRequest(credentials={"accessKey": "k-123"}))
    assert _get(ctx, f"/skills/{key}")["item"]["authState"] == "configured"
    ctx.o.update_skill_config(key, UpdateSkillConfigRequest(credentials={}))
    assert _get(ctx, f"/skills/{key}")["item"]["authState"] == "unconfigured"


def test_a_proof_writes_its_token_to_the_rail(ctx: Ctx) -> None:
    mk = ctx.market()
    order = mk.order(PRICE_PRO)
    assert mk.intent(order.id).rail.token == "USDT"  # the service's token
    pay = mk.proof(order.id, token="USDC")
    assert (pay.rail.type, pay.rail.token, pay.proof.token) == ("wallet", "USDC", "USDC")


def test_an_escrow_lock_without_an_intent_pays_over_the_escrow_rail(ctx: Ctx) -> None:
    mk = ctx.market()
    order = mk.order(PRICE_PRO)  # the service's default rail is a wallet
    pay = mk.escrow(order.id)
    assert (pay.status, pay.rail.type, pay.rail.chain) == ("held", "escrow", "peaq")


def test_a_discovered_task_searches_for_its_machine_and_pairing(ctx: Ctx) -> None:
    mk = ctx.market()
    t = ctx.o.create_task(
        CreateTaskRequest(machine_id=mk.m.id, agent_pairing_id=mk.p.id, service_type="defi"), mk.tok
    ).item
    found = ctx.o.discover_task(t.id, mk.tok).item
    search = _get(ctx, f"/market/searches/{found.search_id}", headers={"x-agent-pairing-token": mk.tok})["item"]
    assert (search["machineId"], search["agentPairingId"]) == (mk.m.id, mk.p.id)
    payload = search["requestPayload"]
    assert (payload["machineId"], payload["agentPairingId"], payload["serviceType"]) == (mk.m.id, mk.p.id, "defi")


# ---- query filters and defaults ------------------------------------------------------------------------
def test_skills_filter_by_direction(ctx: Ctx) -> None:
    every = _get(ctx, "/skills")["items"]
    directions = {s["direction"] for s in every}
    assert len(directions) > 1  # the filter has something to leave out
    for direction in directions:
        items = _get(ctx, "/skills", params={"direction": direction})["items"]
        assert items and {s["direction"] for s in items} == {direction}
        assert len(items) == sum(s["direction"] == direction for s in every)


def test_a_service_read_for_an_unknown_machine_is_not_found(ctx: Ctx) -> None:
    r = oneshot.get(f"{ctx.mock.url}/api/v1/market/services/{PRICE_BASIC}", params={"machineId": MISSING}, timeout=30)
    assert _err(r)[:2] == (404, "NOT_FOUND")
    m = ctx.active()
    assert _get(ctx, f"/market/services/{PRICE_BASIC}", params={"machineId": m.id})["item"]["id"] == PRICE_BASIC


def test_a_search_keeps_at_most_max_results_quotes(ctx: Ctx) -> None:
    mk = ctx.market()
    assert len(mk.search("defi").quotes) == 2  # both price-feed services match
    assert [q.service_id for q in mk.search("defi", max_results=1).quotes] == [mk.search("defi").quotes[0].service_id]


def test_a_list_without_a_limit_gives_pages_of_100(ctx: Ctx) -> None:
    first = ctx.active()
    stored = ctx.mock.store.machines.get(first.id)
    assert stored is not None
    with ctx.mock.store.lock:  # 100 more machines, stored directly: only the page size is under test
        for i in range(100):
            ctx.mock.store.machines.add({**dict(stored), "id": f"mach_page{i:03d}"})
    page = _get(ctx, "/machines")
    assert len(page["items"]) == 100 and page["nextCursor"]
    rest = _get(ctx, "/machines", params={"cursor": page["nextCursor"]})
    assert [m["id"] for m in rest["items"]] == ["mach_page099"] and rest.get("nextCursor") is None
    assert len(_get(ctx, "/machines", params={"limit": 101})["items"]) == 101


# ---- a public search (PEAQOS_REQUIRE_AGENT_PAIRING_AUTH=false: no pairing token) ------------------------
def _public_search(ctx: Ctx, monkeypatch: pytest.MonkeyPatch, body: dict[str, object]) -> httpx.Response:
    monkeypatch.setattr(ctx.mock.config, "require_agent_pairing_auth", False)
    return oneshot.post(f"{ctx.mock.url}/api/v1/market/search", json=body, timeout=30)


def test_a_public_search_needs_a_machine_id(ctx: Ctx, monkeypatch: pytest.MonkeyPatch) -> None:
    r = _public_search(ctx, monkeypatch, {"serviceType": "defi"})
    assert _err(r) == (400, "VALIDATION_ERROR", "machineId is required", {"field": "machineId"})


def test_a_public_search_records_the_pairing_its_body_names(ctx: Ctx, monkeypatch: pytest.MonkeyPatch) -> None:
    m = ctx.active()
    named = _public_search(ctx, monkeypatch, {"machineId": m.id, "agentPairingId": "pair_named", "serviceType": "defi"})
    assert named.status_code == 201, named.text
    assert (named.json()["item"]["machineId"], named.json()["item"]["agentPairingId"]) == (m.id, "pair_named")
    unnamed = _public_search(ctx, monkeypatch, {"machineId": m.id, "serviceType": "defi"})
    assert unnamed.status_code == 201 and unnamed.json()["item"]["agentPairingId"] is None


# ---- audit: who acted, and what a write was ---------------------------------------------------------------
def test_a_heartbeat_is_audited_as_its_machine_agent(ctx: Ctx) -> None:
    m, agent = ctx.enrolled()
    ctx.o.machine_agent_heartbeat(hb_req(agent))
    (created,) = [e for e in events(ctx, machine_id=m.id) if e.type == "runtime_endpoint.created"]
    assert created.actor == f"machine-agent:{agent.id}"


def test_a_pairing_update_is_no_new_session(ctx: Ctx) -> None:
    mk = ctx.market()
    assert [e.type for e in events(ctx, resource_type="agent_pairing_session")] == ["agent_pairing_session.created"]
    mk.update(description="maintenance window")
    assert [e.type for e in events(ctx, resource_type="agent_pairing_session")] == ["agent_pairing_session.created"]
    (updated,) = [e for e in events(ctx, resource_type="agent_pairing") if e.type == "agent_pairing.updated"]
    assert updated.payload["changed"] == ["description"]


# ---- refusals name what they refer to (second round: messages and detail keys a changed word would pass) -----
def test_an_unknown_service_is_named_in_its_refusal(ctx: Ctx) -> None:
    r = oneshot.get(f"{ctx.mock.url}/api/v1/market/services/svc_missing", timeout=30)
    assert _err(r) == (404, "NOT_FOUND", "market service not found", {"serviceId": "svc_missing"})


def test_services_filter_by_provider_key(ctx: Ctx) -> None:
    every = _get(ctx, "/market/services?limit=500")["items"]
    keys = sorted({s["providerKey"] for s in every})
    assert len(keys) >= 2, keys  # the catalogue has services of several providers
    for key in keys:
        only = _get(ctx, f"/market/services?limit=500&providerKey={key}")["items"]
        assert only and {s["providerKey"] for s in only} == {key}
        assert len(only) == sum(s["providerKey"] == key for s in every)


def test_an_identity_challenge_carries_a_128_bit_nonce(ctx: Ctx) -> None:
    ch = ctx.identity_challenge(ctx.w.identity()).item
    nonce = next(line for line in ch.message.splitlines() if line.startswith("Nonce: "))[len("Nonce: "):]
    assert re.fullmatch("[0-9a-f]{32}", nonce), nonce


def test_an_identity_is_free_again_once_its_machine_is_archived(ctx: Ctx) -> None:
    first = ctx.draft()
    assert first.identity_ref
    err = expect("MACHINE_IDENTITY_EXISTS", ctx.w.draft_machine, identity_ref=first.identity_ref)
    assert err.message == "identity already registered to another machine"
    assert err.details == {"machine_id": first.id}
    ctx.o.archive_machine(first.id)
    again = ctx.w.draft_machine(identity_ref=first.identity_ref)
    assert again.id != first.id and again.identity_ref == first.identity_ref


def test_an_agent_enrolled_without_a_label_is_labelled_machine_agent(ctx: Ctx) -> None:
    _, agent = ctx.enrolled()
    assert agent.label == "Machine agent"


def test_an_update_writes_the_owner(ctx: Ctx) -> None:
    from peaq_os_sdk.orchestration import UpdateMachineRequest

    m = ctx.draft()
    updated = ctx.o.update_machine(m.id, UpdateMachineRequest(owner_id="0xnewowner")).item
    assert updated.owner_id == "0xnewowner" and ctx.o.get_machine(m.id).item.owner_id == "0xnewowner"


def test_an_order_outside_the_pairing_and_a_foreign_pairing_id_say_so(ctx: Ctx) -> None:
    mk = ctx.market()
    other = ctx.market(machine=mk.m)
    err = expect("NOT_FOUND", mk.o.get_market_order, "ord_missing")
    assert err.message == "order not found"
    theirs = other.order(PRICE_BASIC)  # the pairing token's owner view: another pairing's order is not there
    r = oneshot.get(f"{ctx.mock.url}/api/v1/market/orders/{theirs.id}", headers={"x-agent-pairing-token": mk.tok},
                  timeout=30)
    assert _err(r) == (404, "NOT_FOUND", "order not found", None)
    mine = oneshot.get(f"{ctx.mock.url}/api/v1/market/orders/{theirs.id}", headers={"x-agent-pairing-token": other.tok},
                     timeout=30)
    assert mine.status_code == 200 and mine.json()["item"]["id"] == theirs.id
    err = expect("AGENT_PAIRING_REQUIRED", mk.o.create_market_order,
                 attrs.evolve(mk.order_req(PRICE_BASIC), agent_pairing_id=other.p.id), mk.tok)
    assert err.message == "agentPairingId must be the pairing the token belongs to"


def test_a_failing_payment_rpc_says_so(ctx: Ctx) -> None:
    from tests.test_rules import _rpc_proof

    ctx.fault("rpcError")
    err = expect("PAYMENT_RPC_ERROR", _rpc_proof, ctx, status="success")
    assert err.message == "payment RPC call failed"


def test_a_registered_transaction_is_kept_under_its_hash(ctx: Ctx) -> None:
    tx = "0x" + "ab" * 32
    ctx.register_tx(transactionHash=tx, status="pending")
    assert ctx.mock.store.transactions[tx]["transactionHash"] == tx


def test_an_unknown_policy_is_named_in_its_refusal(ctx: Ctx) -> None:
    err = expect("NOT_FOUND", ctx.o.get_policy, "pol_missing")
    assert (err.message, err.details) == ("policy not found", {"policy_id": "pol_missing"})


def test_a_task_executed_before_it_is_resolved_names_its_status(ctx: Ctx) -> None:
    from tests.test_rules_graph_tasks import create, execute

    mk = ctx.market()
    t = create(mk, "defi")
    err = expect("TASK_NOT_READY", execute, mk, t)
    assert err.message == f"task is {t.status}: resolve it first" and err.details == {"status": t.status}


def test_a_pairing_keeps_the_agent_did_it_was_given(ctx: Ctx) -> None:
    from peaq_os_sdk.orchestration import CreateAgentPairingRequest
    from peaq_os_sdk.orchestration.signing import sign_pairing_challenge

    m = ctx.active()
    addr = address_of(AGENT_KEY)
    did = f"did:pkh:eip155:8453:{addr}"  # another chain than the simulator's own
    fields = {"agent_address": addr, "agent_provider": "anthropic", "agent_role": "buyer", "agent_did": did}
    ch = ctx.o.create_agent_pairing_challenge(m.id, CreateAgentPairingChallengeRequest(**fields))
    p = ctx.o.create_agent_pairing(
        m.id, CreateAgentPairingRequest(**fields, agent_proof=sign_pairing_challenge(ch, AGENT_KEY))
    ).item
    assert p.agent_did == did and [q.agent_did for q in ctx.o.list_agent_pairings(m.id).items if q.id == p.id] == [did]


# ---- third round: what a write leaves behind (payload fields, defaults, the record a later step reads) --------
def test_a_session_event_names_its_pairing_and_token_expiry(ctx: Ctx) -> None:
    mk = ctx.market()
    (created,) = events(ctx, resource_type="agent_pairing_session")
    assert created.payload["pairingId"] == mk.p.id
    assert created.payload["expiresAt"] == ctx.mock.store.pairings.get(mk.p.id)["sessionExpiresAt"]
    assert created.payload["expiresAt"] is not None


def test_an_order_executed_without_input_echoes_an_empty_input(ctx: Ctx) -> None:
    mk = ctx.market()
    order = mk.order(PRICE_BASIC)
    assert "input" not in ctx.mock.store.orders.get(order.id) or not ctx.mock.store.orders.get(order.id)["input"]
    ex = mk.execute(order.id)
    assert ex.execution.outcome.result["input"] == {}


def test_an_x402_proof_without_an_intent_pays_the_orders_budget(ctx: Ctx) -> None:
    from tests.test_rules_orders import WALRUS, _x402

    mk = ctx.market()
    order = mk.order(WALRUS, operation="put-object")
    assert order.budget is not None and order.budget.amount
    held = ctx.o.submit_payment_proof(order.id, _x402("sig-b"), mk.tok).item
    assert (held.amount, held.currency) == (order.budget.amount, order.budget.currency)


def test_an_x402_order_held_in_escrow_is_not_settled_as_x402_on_confirm(ctx: Ctx) -> None:
    from tests.test_rules import TX_A
    from tests.test_rules_orders import WALRUS

    mk = ctx.market()
    order = mk.order(WALRUS, operation="put-object")
    held = mk.escrow(order.id)  # held over the escrow rail: the lock is the payment, no x402 signature is replayed
    assert held.proof is not None and held.proof.transaction_hash == TX_A
    assert mk.execute(order.id).order.status == "delivered"  # no PAYMENT-SIGNATURE needed
    confirmed = mk.confirm(order.id)
    assert confirmed.payment is not None and confirmed.payment.rail.type == "escrow"
    assert confirmed.payment.proof is not None and confirmed.payment.proof.transaction_hash == TX_A  # not rewritten
    assert "paymentSettlement" not in (confirmed.payment.proof.metadata or {})


def test_a_signature_presented_for_an_escrow_held_x402_order_is_not_recorded(ctx: Ctx) -> None:
    from peaq_os_sdk.orchestration import ExecutePaymentInput
    from tests.test_rules_orders import WALRUS

    mk = ctx.market()
    order = mk.order(WALRUS, operation="put-object")
    mk.escrow(order.id)
    mk.execute(order.id, payment=ExecutePaymentInput(payment_signature="sig-x"))
    stored = ctx.mock.store.payments.get(order.id)
    assert "_paymentSignature" not in stored and not stored.get("_x402Replayed")


def test_a_dispute_without_evidence_keeps_an_empty_evidence_map(ctx: Ctx) -> None:
    mk = ctx.market()
    order = mk.delivered()
    d = mk.dispute(order.id).dispute
    assert d.evidence == {} and ctx.mock.store.disputes.get(order.id)["evidence"] == {}


def test_a_refund_resolves_the_orders_dispute_and_touches_the_order(ctx: Ctx) -> None:
    mk = ctx.market()
    order = mk.paid(PRICE_PRO)
    mk.execute(order.id)
    mk.dispute(order.id)
    opened = dict(ctx.mock.store.disputes.get(order.id))
    before = ctx.o.get_market_order(order.id).item.updated_at
    ctx.mock.store.clock_offset += timedelta(seconds=3)
    mk.refund(order.id)
    resolved = ctx.mock.store.disputes.get(order.id)
    assert resolved["status"] == "resolved"
    assert parse_iso(resolved["updatedAt"]) - parse_iso(opened["updatedAt"]) >= timedelta(seconds=3)
    assert set(resolved) == set(opened)  # the same record, updated in place (no new keys)
    after = ctx.o.get_market_order(order.id).item.updated_at
    assert parse_iso(after) - parse_iso(before) >= timedelta(seconds=3)


def test_a_search_is_audited_as_a_market_search(ctx: Ctx) -> None:
    mk = ctx.market()
    s = mk.search("defi")
    (created,) = [e for e in events(ctx, resource_type="market_search") if e.resource_id == s.id]
    assert created.type == "market_search.created"


# ---- fourth round (seed-20261204 survivors): wire detail keys, search filters past an excluded service --------
def _wire_error(ctx: Ctx) -> tuple[int, str, str, object]:
    """The refusal exactly as the wire carried it (the SDK turns detail keys to snake_case, so a test through it
    cannot tell ``field`` from ``FIELD``): the last request the mock saw, sent again as it was."""
    last = ctx.mock.requests[-1]
    keep = {k: v for k, v in last["headers"].items() if k not in ("host", "content-length")}
    r = oneshot.request(
        last["method"], ctx.mock.url + last["path"], params=last["query"], headers=keep, content=last["rawBody"],
        timeout=30,
    )
    return _err(r)


def test_unknown_policy_ids_are_named_on_the_wire(ctx: Ctx) -> None:
    expect("VALIDATION_ERROR", ctx.draft, policy_ids=["pol_missing"])
    assert _wire_error(ctx)[1:] == (
        "VALIDATION_ERROR", "policyIds names policies that do not exist", {"field": "policyIds", "unknown": ["pol_missing"]}
    )


def test_an_operation_the_service_does_not_offer_is_named_on_the_wire(ctx: Ctx) -> None:
    mk = ctx.market()
    expect("VALIDATION_ERROR", mk.order, PRICE_BASIC, operation="no-such-operation")
    assert _wire_error(ctx)[1:] == (
        "VALIDATION_ERROR", "operation is not offered by this service", {"field": "operation"}
    )


def test_a_policy_refusal_names_policy_rule_service_and_skill_on_the_wire(ctx: Ctx) -> None:
    from tests.test_rules_observability import governed

    mk = governed(ctx, denied_skill_keys=["oracle.price-feed"])
    expect("AGENT_POLICY_DENIED", mk.order, PRICE_BASIC)
    assert _wire_error(ctx)[1:] == (
        "AGENT_POLICY_DENIED",
        "a policy of the machine refuses this service",
        {"policyId": mk.m.policy_ids[0], "rule": "deniedSkillKeys", "serviceId": PRICE_BASIC, "skillKey": "oracle.price-feed"},
    )


def test_an_unknown_machine_is_named_in_its_refusal(ctx: Ctx) -> None:
    err = expect("NOT_FOUND", ctx.o.get_machine, "mach_missing")
    assert (err.message, err.details) == ("machine not found", {"machine_id": "mach_missing"})


def test_an_address_no_identity_has_is_refused_naming_the_field(ctx: Ctx) -> None:
    ref = "did:peaq:0x" + "ab" * 20
    err = expect("NOT_FOUND", ctx.identity_challenge, ref)
    assert (err.message, err.details) == ("identity is not registered in the peaqOS registry", {"field": "identityRef"})


def test_an_expired_identity_challenge_says_to_request_a_new_one(ctx: Ctx) -> None:
    from peaq_os_sdk.orchestration.signing import sign_identity_challenge
    from tests.test_rules import _machine_req
    from tests.world import CONTROLLER_KEY

    ref = ctx.w.identity()
    ch = ctx.identity_challenge(ref)
    ctx.expire_challenges()
    err = expect("MACHINE_IDENTITY_PROOF_EXPIRED", ctx.o.create_machine,
                 _machine_req(ref, sign_identity_challenge(ch, CONTROLLER_KEY)))
    assert err.message == "identity challenge expired; request a new one"


def test_activating_an_unactivated_identity_says_why(ctx: Ctx) -> None:
    from peaq_os_sdk.orchestration import UpdateMachineRequest

    m = ctx.w.draft_machine(identity_ref=ctx.w.identity(activated=False))
    err = expect("MACHINE_NOT_ACTIVATED", ctx.o.update_machine, m.id, UpdateMachineRequest(status="active"))
    assert err.message == "machine identity is not verified as an activated peaqOS machine"


@pytest.mark.parametrize("controllers", [[], ["0x12"], [5], None])
def test_seeding_an_identity_without_controllers_is_a_validation_error(ctx: Ctx, controllers: object) -> None:
    body: dict[str, object] = {"tokenId": "900001"}
    if controllers is not None:
        body["controllerAddresses"] = controllers
    r = oneshot.post(f"{ctx.mock.url}/_mock/identities", json=body, timeout=30)
    assert _err(r) == (400, "VALIDATION_ERROR", "controllerAddresses must be a non-empty list of 0x addresses", None)


def test_readiness_without_a_payment_rpc_says_proofs_are_recorded_only(ctx: Ctx) -> None:
    ctx.mock.config.payment_rpc_url = None
    r = oneshot.get(f"{ctx.mock.url}/api/v1/readiness", timeout=30)
    assert r.status_code == 200, r.text
    (rpc,) = [c for c in r.json()["checks"] if c["name"] == "payment-rpc"]
    assert rpc == {"name": "payment-rpc", "status": "pass", "message": "not configured: recorded proofs only"}


def test_a_search_needs_a_service_type_to_normalise_the_task(ctx: Ctx) -> None:
    mk = ctx.market()
    r = oneshot.post(f"{ctx.mock.url}/api/v1/market/search", json={"machineId": mk.m.id},
                   headers={"x-agent-pairing-token": mk.tok}, timeout=30)
    assert _err(r) == (400, "VALIDATION_ERROR", "serviceType is required to normalise the task", {"field": "serviceType"})


# each filter: (search fields, an excluded service's changes, an included service's changes), on services added to
# the machine.commerce type; the excluded one is stored first, so a filter that stopped at it (instead of passing over it) would lose the included one
FILTERS: dict[str, tuple[dict[str, Any], dict[str, Any], dict[str, Any]]] = {
    "operation": ({"operation": "op-b"}, {"operations": ["op-a"]}, {"operations": ["op-a", "op-b"]}),
    "capabilities": ({"required_capabilities": ["cap-x"]}, {"capabilities": []}, {"capabilities": ["cap-x"]}),
    "native-only": ({"require_native_execution": True}, {"executionMode": "external-handoff"}, {}),
    "no-handoff": ({"allow_external_handoff": False}, {"executionMode": "external-handoff"}, {}),
    "region": ({"region": "eu"}, {"region": "us"}, {"region": "eu"}),
    "region-global": ({"region": "eu"}, {"region": "us"}, {"region": "global"}),
    "budget": ({"budget": MarketSearchBudget(currency="USD", max=1.0)}, {"pricing": {"amount": 5.0, "currency": "USD"}},
               {"pricing": {"amount": 0.5, "currency": "USD"}}),
}


@pytest.mark.parametrize("name", sorted(FILTERS))
def test_a_search_filter_passes_over_an_excluded_service_to_the_next(ctx: Ctx, name: str) -> None:
    import copy

    search, excluded, included = FILTERS[name]
    base = ctx.mock.store.services.get(PRICE_BASIC)
    handoff = ctx.mock.store.services.get("svc-akash-gpu")
    for sid, changes in (("svc-test-excluded", excluded), ("svc-test-included", included)):
        svc = copy.deepcopy(dict(base))
        changes = copy.deepcopy(changes)
        if "pricing" in changes:
            changes["pricing"] = {**svc["pricing"], **changes["pricing"]}
        svc.update(id=sid, serviceType="machine.commerce", **changes)
        if svc["executionMode"] == "external-handoff":
            svc["handoff"] = copy.deepcopy(dict(handoff)["handoff"])
        ctx.mock.store.services.add(svc)
    mk = ctx.market()
    found = {q.service_id for q in mk.search("machine.commerce", max_results=10, **search).quotes}
    assert "svc-test-included" in found and "svc-test-excluded" not in found, (name, found)


def test_a_signature_first_presented_at_execute_is_what_confirm_settles(ctx: Ctx) -> None:
    from peaq_os_sdk.orchestration import ExecutePaymentInput
    from tests.test_rules import proof_req
    from tests.test_rules_orders import WALRUS

    mk = ctx.market()
    order = mk.order(WALRUS, operation="put-object")
    mk.intent(order.id)
    ctx.o.submit_payment_proof(order.id, proof_req(chain="base", amount="0.01"), mk.tok)  # held, no signature yet
    mk.execute(order.id, payment=ExecutePaymentInput(payment_signature="sig-at-execute"))
    assert ctx.mock.store.payments.get(order.id)["_paymentSignature"] == "sig-at-execute"
    settled = mk.confirm(order.id).payment
    assert settled is not None and settled.proof is not None
    assert settled.proof.metadata["paymentSettlement"]["status"] == "settled"


# ---- fifth round (seed-20261205 survivors) ---------------------------------------------------------------------
def test_a_skill_without_a_stored_manifest_gets_one_from_its_summary(ctx: Ctx) -> None:
    skill = next(iter(ctx.o.list_skills_all()))
    ctx.mock.store.manifests.pop(skill.key, None)  # the catalogue stores one for every skill: take one away
    manifest = ctx.o.get_skill_manifest(skill.key).item
    assert (manifest.key, manifest.inputs, manifest.outputs) == (skill.key, (), ())
    assert manifest.summary == ctx.mock.store.skills.get(skill.key)["description"]


def test_a_policy_update_replaces_its_budget_cap(ctx: Ctx) -> None:
    from peaq_os_sdk.orchestration import BudgetCapInput, UpdatePolicyRequest

    p = policy(ctx, budget_cap=BudgetCapInput(currency="USD", amount=1.0))
    updated = ctx.o.update_policy(p.id, UpdatePolicyRequest(budget_cap=BudgetCapInput(currency="EUR", amount=2.5))).item
    assert updated.budget_cap is not None and (updated.budget_cap.currency, updated.budget_cap.amount) == ("EUR", 2.5)
    again = ctx.o.get_policy(p.id).item
    assert again.budget_cap is not None and (again.budget_cap.currency, again.budget_cap.amount) == ("EUR", 2.5)


def test_an_unknown_task_is_named_on_the_wire(ctx: Ctx) -> None:
    expect("NOT_FOUND", ctx.o.get_task, "task_missing")
    assert _wire_error(ctx)[1:] == ("NOT_FOUND", "task not found", {"taskId": "task_missing"})


def test_an_unknown_graph_node_is_named_in_its_refusal(ctx: Ctx) -> None:
    from peaq_os_sdk.orchestration import UpdateGraphNodeRequest

    m = ctx.active()
    expect("NOT_FOUND", ctx.o.update_graph_node, m.id, "node_missing", UpdateGraphNodeRequest(label="x"))
    assert _wire_error(ctx)[1:] == ("NOT_FOUND", "graph node not found", {"nodeId": "node_missing"})

"""Policies and observability rules of the mock (spec header: the machine-policy and audit-trail rules).

Policies: stored, versioned by ``updatedAt``; a machine's ``policyIds`` must name stored policies; search and
order creation for a machine honour its policies. Audit events: one per state change, filterable, never a
secret. Runs: every native execution records one, consistent with the execute response. Readiness follows the
simulator's faults. The released reference SDK's calls for these groups work against the mock unmodified.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from peaq_os_sdk.mock import MockServer
from peaq_os_sdk.orchestration import (
    BudgetCapInput,
    CreatePolicyRequest,
    ExecuteMarketOrderHandoffResponse,
    ExecuteMarketOrderNativeResponse,
    Policy,
    UpdateMachineRequest,
    UpdatePolicyRequest,
    UpsertRuntimeEndpointRequest,
)
from tests.conftest import run
from tests.test_rules import AKASH, PRICE_BASIC, PRICE_PRO, QVAC_URL, Ctx, Market, expect
from tests.world import World
from tests import _oneshot as oneshot

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = "peaq-os-sdk==0.12.1"


@pytest.fixture
def ctx(world: World) -> Iterator[Ctx]:
    c = Ctx(world)
    yield c
    c.close()


def policy(ctx: Ctx, **fields: Any) -> Policy:
    return ctx.o.create_policy(CreatePolicyRequest(name=fields.pop("name", "rule"), **fields)).item


def governed(ctx: Ctx, **fields: Any) -> Market:
    """A market on an active machine that names one policy with ``fields``."""
    p = policy(ctx, **fields)
    return ctx.market(machine=ctx.active(policy_ids=[p.id]))


# ---- policies ---------------------------------------------------------------------------------------
def test_policy_is_stored_with_defaults_and_updated_partially(ctx: Ctx) -> None:
    p = policy(ctx, denied_skill_keys=["x.y"], budget_cap=BudgetCapInput(currency="USD", amount=3))
    assert (p.native_only, p.handoff_allowed, p.allowed_skill_keys, p.required_capabilities) == (False, True, (), ())
    assert p.created_at == p.updated_at and p.budget_cap and p.budget_cap.amount == 3
    assert ctx.o.get_policy(p.id).item == p
    assert [x.id for x in ctx.o.list_policies().items] == [p.id]
    u = ctx.o.update_policy(p.id, UpdatePolicyRequest(native_only=True)).item
    assert (u.native_only, u.denied_skill_keys, u.name, u.created_at) == (True, ("x.y",), "rule", p.created_at)
    assert ctx.o.get_policy(p.id).item == u


def test_policy_updated_at_is_a_strictly_increasing_version(ctx: Ctx) -> None:
    p = policy(ctx)
    stamps = [p.updated_at]
    for i in range(5):  # faster than the clock's millisecond: the version still moves on
        stamps.append(ctx.o.update_policy(p.id, UpdatePolicyRequest(name=f"v{i}")).item.updated_at)
    assert stamps == sorted(set(stamps)), stamps
    ctx.mock.advance_clock(-5)  # even when the clock steps back (or stands still), the version moves forward
    later = ctx.o.update_policy(p.id, UpdatePolicyRequest(name="after")).item.updated_at
    assert later > stamps[-1], (later, stamps[-1])


def test_machine_policy_ids_must_name_stored_policies(ctx: Ctx) -> None:
    err = expect("VALIDATION_ERROR", ctx.draft, policy_ids=["pol_missing"])
    assert err.details and err.details["unknown"] == ["pol_missing"]
    p = policy(ctx)
    m = ctx.draft(policy_ids=[p.id])
    assert m.policy_ids == (p.id,)
    err = expect("VALIDATION_ERROR", ctx.o.update_machine, m.id, UpdateMachineRequest(policy_ids=[p.id, "pol_gone"]))
    assert err.details and err.details["unknown"] == ["pol_gone"]
    assert ctx.o.get_machine(m.id).item.policy_ids == (p.id,)


# (policy fields, search service type, services the search must drop, an order refused, an order allowed)
RULES: dict[str, tuple[dict[str, Any], str, set[str], str, str | None]] = {
    "deniedSkillKeys": ({"denied_skill_keys": ["oracle.price-feed"]}, "defi", {PRICE_BASIC, PRICE_PRO},
                        PRICE_BASIC, None),
    "allowedSkillKeys": ({"allowed_skill_keys": ["storage.object"]}, "defi", {PRICE_BASIC, PRICE_PRO},
                         PRICE_PRO, None),
    "nativeOnly": ({"native_only": True}, "compute", {AKASH}, AKASH, PRICE_BASIC),
    "handoffAllowed": ({"handoff_allowed": False}, "compute", {AKASH}, AKASH, PRICE_BASIC),
    "requiredCapabilities": ({"required_capabilities": ["sub-second"]}, "defi", {PRICE_BASIC}, PRICE_BASIC,
                             PRICE_PRO),
    "budgetCap": ({"budget_cap": BudgetCapInput(currency="USD", amount=0.01)}, "defi", {PRICE_PRO}, PRICE_PRO,
                  PRICE_BASIC),
    "budgetCapCurrency": ({"budget_cap": BudgetCapInput(currency="EUR", amount=100)}, "defi", {PRICE_PRO},
                          PRICE_PRO, PRICE_BASIC),
}


@pytest.mark.parametrize("rule", sorted(RULES))
def test_machine_policies_shape_search_and_orders(ctx: Ctx, rule: str) -> None:
    fields, service_type, dropped, refused, allowed = RULES[rule]
    free = ctx.market()
    baseline = {q.service_id for q in free.search(service_type).quotes}
    assert dropped <= baseline, (rule, baseline)  # without the policy these services are offered

    mk = governed(ctx, **fields)
    offered = {q.service_id for q in mk.search(service_type).quotes}
    assert offered == baseline - dropped, rule
    err = expect("AGENT_POLICY_DENIED", mk.order, refused)
    assert err.details and err.details["rule"] == rule.removesuffix("Currency"), err.details
    if allowed is not None:
        assert mk.order(allowed).status == "created"


def test_a_policy_update_applies_to_the_next_order(ctx: Ctx) -> None:
    mk = governed(ctx, denied_skill_keys=["oracle.price-feed"])
    expect("AGENT_POLICY_DENIED", mk.order, PRICE_BASIC)
    pid = mk.m.policy_ids[0]
    ctx.o.update_policy(pid, UpdatePolicyRequest(denied_skill_keys=[]))
    assert mk.order(PRICE_BASIC).status == "created"
    assert mk.search("defi").status == "completed"


# ---- audit events -----------------------------------------------------------------------------------
def events(ctx: Ctx, **filters: Any) -> list[Any]:
    return list(ctx.o.list_audit_events_all(**filters))


def test_every_state_change_leaves_one_audit_event(ctx: Ctx) -> None:
    m = ctx.draft()
    assert [(e.type, e.resource_id) for e in events(ctx, machine_id=m.id)] == [("machine.created", m.id)]
    ctx.o.update_machine(m.id, UpdateMachineRequest(status="active"))
    mk = ctx.market(machine=ctx.o.get_machine(m.id).item)
    ctx.o.upsert_runtime_endpoint(m.id, "qvac", UpsertRuntimeEndpointRequest(endpoint_base_url=QVAC_URL))
    ctx.o.delete_runtime_endpoint(m.id, "qvac")
    before = len(events(ctx, machine_id=m.id))
    with pytest.raises(Exception):
        mk.order("svc-missing")  # a refused request changes nothing and leaves no event
    assert len(events(ctx, machine_id=m.id)) == before
    order = mk.paid(PRICE_PRO)
    mk.execute(order.id)
    mk.confirm(order.id)
    mk.release(order.id)
    mk.rotate()

    types = [e.type for e in events(ctx, machine_id=m.id)]
    assert types[:2] == ["machine.created", "machine.active"]
    for expected in (
        "agent_pairing.created",
        "runtime_endpoint.created",
        "runtime_endpoint.deleted",
        "market_order.created",
        "payment.created",
        "market_order.payment_pending",
        "payment.held",
        "market_order.ready",
        "market_order.executing",
        "market_order.delivered",
        "run.created",
        "market_order.confirmed",
        "payment.release_pending",
        "payment.released",
    ):
        assert types.count(expected) == 1, (expected, types)
    # pairing create issues the first session, rotation the second; neither is also a pairing update
    assert types.count("agent_pairing_session.created") == 2 and types[-1] == "agent_pairing_session.created"
    assert "agent_pairing.updated" not in types
    by_order = [e for e in events(ctx, resource_type="market_order") if e.resource_id == order.id]
    assert [e.type for e in by_order] == [
        "market_order.created", "market_order.payment_pending", "market_order.ready", "market_order.executing",
        "market_order.delivered", "market_order.confirmed",
    ]
    assert all(e.actor == f"agent-pairing:{mk.p.id}" for e in by_order)
    assert by_order[1].payload["status"] == "payment_pending" and "status" in by_order[1].payload["changed"]


def test_audit_events_filter_and_limit(ctx: Ctx) -> None:
    a, b = ctx.active(), ctx.active()
    p = policy(ctx)
    assert {e.machine_id for e in events(ctx, machine_id=a.id)} == {a.id}
    assert [e.resource_id for e in events(ctx, resource_type="policy")] == [p.id]
    assert {e.resource_type for e in events(ctx, machine_id=b.id)} == {"machine"}
    first = ctx.o.list_audit_events(limit=2)
    assert len(first.items) == 2 and first.next_cursor
    everything = events(ctx)
    assert [e.id for e in everything[:2]] == [e.id for e in first.items]
    assert len(everything) == len({e.id for e in everything}) >= 5


def test_audit_payloads_never_carry_a_secret(ctx: Ctx) -> None:
    m, agent = ctx.enrolled()
    mk = ctx.market(machine=m)
    tok = mk.rotate()
    ctx.o.upsert_runtime_endpoint(m.id, "qvac", UpsertRuntimeEndpointRequest(
        endpoint_base_url=QVAC_URL, auth_type="bearer", auth_token="endpoint-secret-value-0123456789"))
    raw = oneshot.get(ctx.mock.url + "/api/v1/audit-events", params={"limit": 500}).text
    assert agent.provisioning_token and agent.provisioning_token not in raw
    for secret in (tok, mk.p.pairing_token or "", "endpoint-secret-value-0123456789"):
        assert secret and secret not in raw
    assert "agent_pairing_session.created" in raw and "runtime_endpoint.created" in raw  # audited, never shown


# ---- runs -------------------------------------------------------------------------------------------
def test_every_native_execution_records_its_run(ctx: Ctx) -> None:
    mk = ctx.market()
    order = mk.order(PRICE_BASIC)
    ex = mk.execute(order.id)
    assert isinstance(ex, ExecuteMarketOrderNativeResponse)
    run_ = ctx.o.get_run(ex.execution.run.id).item
    assert (run_.id, run_.order_id, run_.machine_id, run_.outcome_id, run_.status, run_.service_id) == (
        ex.execution.run.id, order.id, mk.m.id, ex.execution.outcome.id, "completed", PRICE_BASIC)
    stored = ctx.mock.store.orders.get(order.id)
    assert stored and (run_.task_id, run_.route_id) == (stored["taskId"], stored["routeId"]) and stored["runId"] == run_.id
    assert [r.id for r in ctx.o.list_runs(order_id=order.id).items] == [run_.id]

    handoff = mk.execute(mk.order(AKASH).id)
    assert isinstance(handoff, ExecuteMarketOrderHandoffResponse)
    other = ctx.market()
    second = other.execute(other.order(PRICE_BASIC).id)
    assert [r.id for r in ctx.o.list_runs(machine_id=mk.m.id).items] == [run_.id]  # a handoff has no run
    assert [r.id for r in ctx.o.list_runs_all()] == [run_.id, second.execution.run.id]


# ---- readiness and health ---------------------------------------------------------------------------
@pytest.mark.parametrize(("fault", "check"), [("mcrUnavailable", "identity-registry"), ("rpcError", "payment-rpc")])
def test_readiness_names_the_failing_dependency(ctx: Ctx, fault: str, check: str) -> None:
    assert ctx.o.get_readiness().status == "ready"
    ctx.mock.store.faults[fault] = True
    r = ctx.o.get_readiness()
    failing = [c.name for c in r.checks if c.status == "fail"]
    assert (r.status, failing) == ("not_ready", [check])
    assert oneshot.get(ctx.mock.url + "/readiness").json()["status"] == "not_ready"  # also at the host root
    ctx.mock.store.faults[fault] = False
    assert ctx.o.get_readiness().status == "ready"


@pytest.mark.parametrize("rpc", [None, "http://127.0.0.1:9/rpc"])
def test_readiness_lists_every_check_passing(ctx: Ctx, rpc: str | None) -> None:
    ctx.mock.config.payment_rpc_url = rpc
    r = ctx.o.get_readiness()
    assert r.status == "ready"
    assert [(c.name, c.status) for c in r.checks] == [
        ("store", "pass"), ("identity-registry", "pass"), ("payment-rpc", "pass")
    ]
    rpc_check = r.checks[-1]
    assert (rpc_check.message is None) == (rpc is not None)  # without an RPC, proofs are recorded only: said so


def test_health_is_bound_at_the_api_prefix(ctx: Ctx, world: World) -> None:
    assert ctx.o.get_health().ok is True
    assert world.last_request("getHealth")["path"] == "/api/v1/health"


def test_async_forms(mock: MockServer, make_aclient: Any, ctx: Ctx) -> None:
    p = policy(ctx)

    async def go() -> tuple[Any, ...]:
        async with make_aclient() as c:
            o = c.orchestration
            got = (await o.get_policy(p.id)).item
            upd = (await o.update_policy(p.id, UpdatePolicyRequest(name="async"))).item
            evs = [e async for e in o.list_audit_events_all(resource_type="policy")]
            return got, upd, evs, await o.get_readiness(), await o.get_health(), (await o.list_runs()).items

    got, upd, evs, ready, health, runs = run(go())
    assert got == p and upd.name == "async" and [e.type for e in evs] == ["policy.created", "policy.updated"]
    assert (ready.status, health.ok, runs) == ("ready", True, ())


# ---- the released reference SDK ----------------------------------------------------------------------
@pytest.fixture(scope="module")
def reference_sdk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("reference-sdk")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--disable-pip-version-check",
         "--target", str(target), REFERENCE],
        capture_output=True, text=True, timeout=180, check=False,
    )
    if proc.returncode != 0 or not (target / "peaq_os_sdk" / "orchestration" / "policies.py").exists():
        pytest.skip(f"{REFERENCE} could not be fetched from the pip cache or the index (pip exit {proc.returncode})")
    return target


@pytest.mark.slow
def test_reference_sdk_policies_health_readiness_audit_work_unmodified(
    reference_sdk: Path, mock: MockServer, world: World
) -> None:
    world.draft_machine()  # machine events the reference call's resourceType filter must leave out
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)} | {"PYTHONPATH": str(reference_sdk)}
    proc = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "reference" / "drive_policies_observability.py"), str(reference_sdk),
         mock.url],
        capture_output=True, text=True, timeout=120, env=env, check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = json.loads(proc.stdout)
    pid = out["created"]["id"]
    assert out["created"] | {"id": pid} == {
        "id": pid, "name": "reference", "nativeOnly": True, "budgetCap": ["USD", 5.0],
        "deniedSkillKeys": ["oracle.price-feed"], "createdAt": out["created"]["createdAt"]}
    assert out["updated"]["name"] == "reference v2" and out["updated"]["handoffAllowed"] is False
    assert out["updated"]["updatedAt"] > out["created"]["createdAt"]
    assert out["listed"] == [pid] and out["health"] is True and out["readiness"]["status"] == "ready"
    assert out["events"] == [["policy.created", "policy", pid], ["policy.updated", "policy", pid]]
    seen = {(r["method"], r["path"]) for r in mock.requests}
    assert {("POST", "/api/v1/policies"), ("PATCH", f"/api/v1/policies/{pid}"), ("GET", "/api/v1/policies"),
            ("GET", "/api/v1/health"), ("GET", "/api/v1/readiness"), ("GET", "/api/v1/audit-events")} <= seen
    stored = mock.store.policies.get(pid)
    assert stored and stored["requiredCapabilities"] == ["realtime"] and stored["deniedSkillKeys"] == ["oracle.price-feed"]

"""Machine graph and task rules of the mock (spec header: the machine-graph and task rules).

Graph: nodes and edges per machine, reached only through it; an edge needs both ends in the same machine's graph;
PATCH shallow-merges data; deleting a node deletes its edges; every route is gated on an active, activated machine.
Tasks: discover -> resolve -> execute on the market engine (search, order create, order execute), with Route, Run
and Outcome recorded on the task, the order and the run carrying the task's ids; out-of-order and repeated steps
are refused. The (operation, code) pairs themselves are in tests/test_rules.py's table.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from peaq_os_sdk.mock import MockServer
from peaq_os_sdk.orchestration import (
    CreateGraphEdgeRequest,
    CreateGraphNodeRequest,
    CreateTaskRequest,
    DelegationPolicy,
    ExecuteMarketOrderRequest,
    ExecuteTaskRequest,
    GraphEdge,
    GraphNode,
    Machine,
    ResolveTaskRequest,
    Task,
    UpdateGraphEdgeRequest,
    UpdateGraphNodeRequest,
    UpdateMachineRequest,
)
from tests.conftest import run
from tests.test_rules import AKASH, PRICE_BASIC, PRICE_PRO, Ctx, Market, expect
from tests.world import World


@pytest.fixture
def ctx(world: World) -> Iterator[Ctx]:
    c = Ctx(world)
    yield c
    c.close()


# ---- graph helpers ----------------------------------------------------------------------------------
def node(ctx: Ctx, m: Machine, label: str = "n", **kw: Any) -> GraphNode:
    return ctx.o.create_graph_node(m.id, CreateGraphNodeRequest(label=label, **kw)).item


def edge(ctx: Ctx, m: Machine, a: GraphNode, b: GraphNode, **kw: Any) -> GraphEdge:
    return ctx.o.create_graph_edge(m.id, CreateGraphEdgeRequest(source_node_id=a.id, target_node_id=b.id, **kw)).item


def graph_ids(ctx: Ctx, m: Machine) -> tuple[list[str], list[str]]:
    g = ctx.o.get_machine_graph(m.id).item
    assert g.machine_id == m.id
    return [n.id for n in g.nodes], [e.id for e in g.edges]


# ---- graph ------------------------------------------------------------------------------------------
def test_nodes_and_edges_are_stored_per_machine(ctx: Ctx) -> None:
    m, other = ctx.active(), ctx.active()
    a = node(ctx, m, "camera", kind="sensor", data={"fps": 30})
    b = node(ctx, m, "planner", status="active")
    assert (a.status, a.kind, a.data, a.machine_id) == ("draft", "sensor", {"fps": 30}, m.id)
    assert (b.status, b.kind, b.data) == ("active", None, {})
    e = edge(ctx, m, a, b, kind="feeds")
    assert (e.source_node_id, e.target_node_id, e.status, e.kind) == (a.id, b.id, "draft", "feeds")
    assert graph_ids(ctx, m) == ([a.id, b.id], [e.id])
    assert graph_ids(ctx, other) == ([], [])
    g = ctx.o.get_machine_graph(m.id).item
    assert g.nodes[0] == a and g.edges[0] == e


def test_patch_changes_only_what_is_sent_and_shallow_merges_data(ctx: Ctx) -> None:
    m = ctx.active()
    a = node(ctx, m, "arm", kind="actuator", data={"x": 1, "nested": {"keep": False}, "y": "old"})
    u = ctx.o.update_graph_node(m.id, a.id, UpdateGraphNodeRequest(data={"nested": {"new": 1}, "z": [1]})).item
    assert u.data == {"x": 1, "nested": {"new": 1}, "y": "old", "z": [1]}  # top-level keys replaced, others kept
    assert (u.label, u.kind, u.status, u.created_at) == ("arm", "actuator", "draft", a.created_at)
    for status in ("active", "blocked", "degraded", "draft"):
        u = ctx.o.update_graph_node(m.id, a.id, UpdateGraphNodeRequest(status=status)).item
        assert u.status == status and u.data["x"] == 1 and u.label == "arm"
    u = ctx.o.update_graph_node(m.id, a.id, UpdateGraphNodeRequest(label="arm-2", kind="tool")).item
    assert (u.label, u.kind, u.status) == ("arm-2", "tool", "draft")
    assert ctx.o.get_machine_graph(m.id).item.nodes == (u,)

    b = node(ctx, m, "b")
    e = edge(ctx, m, a, b, data={"w": 1, "q": 2})
    ue = ctx.o.update_graph_edge(m.id, e.id, UpdateGraphEdgeRequest(status="blocked", data={"q": 3})).item
    assert (ue.status, ue.data, ue.kind, ue.source_node_id, ue.target_node_id) == (
        "blocked", {"w": 1, "q": 3}, None, a.id, b.id)
    ue = ctx.o.update_graph_edge(m.id, e.id, UpdateGraphEdgeRequest(kind="depends-on")).item
    assert (ue.kind, ue.status, ue.data) == ("depends-on", "blocked", {"w": 1, "q": 3})


def test_edge_ends_must_be_nodes_of_the_same_machine(ctx: Ctx) -> None:
    m, other = ctx.active(), ctx.active()
    a, foreign = node(ctx, m, "a"), node(ctx, other, "f")
    err = expect("VALIDATION_ERROR", ctx.o.create_graph_edge, m.id,
                 CreateGraphEdgeRequest(source_node_id="gnode_missing", target_node_id=a.id))
    assert err.details and err.details["field"] == "sourceNodeId"
    err = expect("VALIDATION_ERROR", ctx.o.create_graph_edge, m.id,
                 CreateGraphEdgeRequest(source_node_id=a.id, target_node_id=foreign.id))
    assert err.details and err.details["field"] == "targetNodeId"
    assert graph_ids(ctx, m)[1] == [] and graph_ids(ctx, other)[1] == []
    loop = edge(ctx, m, a, a)  # a node may be joined to itself
    assert graph_ids(ctx, m)[1] == [loop.id]


def test_graph_records_are_reached_only_through_their_machine(ctx: Ctx) -> None:
    m, other = ctx.active(), ctx.active()
    a, b = node(ctx, m, "a"), node(ctx, m, "b")
    e = edge(ctx, m, a, b)
    expect("NOT_FOUND", ctx.o.update_graph_node, other.id, a.id, UpdateGraphNodeRequest(label="x"))
    expect("NOT_FOUND", ctx.o.delete_graph_node, other.id, a.id)
    expect("NOT_FOUND", ctx.o.update_graph_edge, other.id, e.id, UpdateGraphEdgeRequest(kind="x"))
    expect("NOT_FOUND", ctx.o.delete_graph_edge, other.id, e.id)
    expect("NOT_FOUND", ctx.o.update_graph_node, m.id, e.id, UpdateGraphNodeRequest(label="x"))  # an edge is no node
    expect("NOT_FOUND", ctx.o.delete_graph_edge, m.id, a.id)
    assert graph_ids(ctx, m) == ([a.id, b.id], [e.id])
    assert ctx.o.get_machine_graph(m.id).item.nodes[0].label == "a"


def test_deleting_a_node_deletes_its_edges_and_an_edge_keeps_its_nodes(ctx: Ctx) -> None:
    m = ctx.active()
    a, b, c = node(ctx, m, "a"), node(ctx, m, "b"), node(ctx, m, "c")
    ab, ca, bc, aa = edge(ctx, m, a, b), edge(ctx, m, c, a), edge(ctx, m, b, c), edge(ctx, m, a, a)
    assert ctx.o.delete_graph_edge(m.id, bc.id) is None
    assert graph_ids(ctx, m) == ([a.id, b.id, c.id], [ab.id, ca.id, aa.id])
    bc2 = edge(ctx, m, b, c)
    assert ctx.o.delete_graph_node(m.id, a.id) is None  # outgoing, incoming and self edges go with it
    assert graph_ids(ctx, m) == ([b.id, c.id], [bc2.id])
    expect("NOT_FOUND", ctx.o.delete_graph_node, m.id, a.id)
    expect("NOT_FOUND", ctx.o.update_graph_edge, m.id, ab.id, UpdateGraphEdgeRequest(kind="x"))


def _graph_calls(ctx: Ctx, m: Machine, a: GraphNode, e: GraphEdge) -> dict[str, Any]:
    o = ctx.o
    return {
        "getMachineGraph": lambda: o.get_machine_graph(m.id),
        "createGraphNode": lambda: o.create_graph_node(m.id, CreateGraphNodeRequest(label="x")),
        "updateGraphNode": lambda: o.update_graph_node(m.id, a.id, UpdateGraphNodeRequest(label="x")),
        "deleteGraphNode": lambda: o.delete_graph_node(m.id, a.id),
        "createGraphEdge": lambda: o.create_graph_edge(m.id, CreateGraphEdgeRequest(
            source_node_id=a.id, target_node_id=a.id)),
        "updateGraphEdge": lambda: o.update_graph_edge(m.id, e.id, UpdateGraphEdgeRequest(kind="x")),
        "deleteGraphEdge": lambda: o.delete_graph_edge(m.id, e.id),
    }


@pytest.mark.parametrize("gate", ["draft", "blocked", "archived", "identity-deactivated"])
def test_every_graph_route_needs_an_active_activated_machine(ctx: Ctx, gate: str) -> None:
    m = ctx.active()
    a = node(ctx, m, "a")
    e = edge(ctx, m, a, a)
    if gate == "identity-deactivated":
        ctx.deactivate(m)
        code = "MACHINE_NOT_ACTIVATED"
    elif gate == "archived":
        ctx.o.archive_machine(m.id)
        code = "MACHINE_NOT_ACTIVE"
    else:
        ctx.o.update_machine(m.id, UpdateMachineRequest(status=gate))
        code = "MACHINE_NOT_ACTIVE"
    calls = _graph_calls(ctx, m, a, e)
    for op, call in calls.items():
        expect(code, call)
        assert ctx.mock.requests[-1]["operationId"] == op
    with ctx.mock.store.lock:  # nothing changed while refused
        assert [n["label"] for n in ctx.mock.store.graph_nodes.values()] == ["a"] and len(ctx.mock.store.graph_edges)


def test_a_degraded_machine_passes_the_graph_gate(ctx: Ctx) -> None:
    m = ctx.active()
    ctx.o.update_machine(m.id, UpdateMachineRequest(status="degraded"))
    assert node(ctx, m, "still").status == "draft"


def test_graph_changes_are_audited(ctx: Ctx) -> None:
    m = ctx.active()
    a, b = node(ctx, m, "a"), node(ctx, m, "b", data={"secretish": "value-never-in-audit"})
    e = edge(ctx, m, a, b)
    ctx.o.update_graph_node(m.id, b.id, UpdateGraphNodeRequest(status="active"))
    ctx.o.update_graph_edge(m.id, e.id, UpdateGraphEdgeRequest(data={"k": 1}))
    ctx.o.delete_graph_node(m.id, a.id)
    got = [(ev.type, ev.resource_id) for ev in ctx.o.list_audit_events_all(machine_id=m.id)
           if ev.resource_type.startswith("graph_")]
    assert got == [("graph_node.created", a.id), ("graph_node.created", b.id), ("graph_edge.created", e.id),
                   ("graph_node.active", b.id), ("graph_edge.updated", e.id), ("graph_node.deleted", a.id),
                   ("graph_edge.deleted", e.id)]
    raw = repr([ev.payload for ev in ctx.o.list_audit_events_all(resource_type="graph_node")])
    assert "value-never-in-audit" not in raw


# ---- task helpers -----------------------------------------------------------------------------------
def create(mk: Market, service_type: str = "defi", **kw: Any) -> Task:
    return mk.o.create_task(CreateTaskRequest(machine_id=mk.m.id, agent_pairing_id=mk.p.id,
                                              service_type=service_type, **kw), mk.tok).item


def discover(mk: Market, t: Task) -> Task:
    return mk.o.discover_task(t.id, mk.tok).item


def resolve(mk: Market, t: Task, quote_id: str | None = None) -> Task:
    return mk.o.resolve_task(t.id, ResolveTaskRequest(quote_id=quote_id) if quote_id else None, mk.tok).item


def execute(mk: Market, t: Task, **kw: Any) -> Task:
    return mk.o.execute_task(t.id, ExecuteTaskRequest(**kw), mk.tok).item


# ---- tasks ------------------------------------------------------------------------------------------
def test_task_discover_resolve_execute_on_the_market_engine(ctx: Ctx) -> None:
    mk = ctx.market()
    t = create(mk, "defi", operation="get-latest-price", input={"pair": "ETH/USD", "raw_key": 1})
    assert (t.status, t.machine_id, t.agent_pairing_id, t.quotes, t.order_id, t.route, t.run) == (
        "created", mk.m.id, mk.p.id, (), None, None, None)
    assert t.request["input"] == {"pair": "ETH/USD", "raw_key": 1} and t.request["serviceType"] == "defi"

    d = discover(mk, t)
    search = ctx.o.get_market_search(d.search_id).item  # discovery is a market search, stored as one
    assert d.status == "discovered" and d.normalized_task == search.normalized_task
    assert [q.id for q in d.quotes] == [q.id for q in search.quotes] and d.quotes[0].service_id == PRICE_BASIC
    assert search.agent_pairing_id == mk.p.id and search.normalized_task.service_type == "oracle.price-feed"

    r = resolve(mk, d)
    assert r.status == "resolved" and r.quote_id == d.quotes[0].id and r.route and r.order_id
    assert (r.route.status, r.route.service_id, r.route.execution_mode) == ("selected", PRICE_BASIC, "native")
    order = ctx.o.get_market_order(r.order_id).item  # resolve is an order create, for the quote
    assert (order.status, order.quote_id, order.search_id, order.service_id, order.operation) == (
        "created", r.quote_id, d.search_id, PRICE_BASIC, "get-latest-price")
    assert order.input == {"pair": "ETH/USD", "raw_key": 1}
    assert (order.task_id, order.route_id) == (t.id, r.route.id)

    x = execute(mk, r)
    assert x.status == "completed" and x.run and x.outcome and x.route
    assert (x.route.id, x.route.status) == (r.route.id, "completed")
    assert (x.run.status, x.run.outcome_id, x.outcome.status, x.outcome.service_id) == (
        "completed", x.outcome.id, "completed", PRICE_BASIC)
    order = ctx.o.get_market_order(r.order_id).item
    assert (order.status, order.task_id, order.route_id, order.run_id, order.outcome_id) == (
        "delivered", t.id, r.route.id, x.run.id, x.outcome.id)
    run_ = ctx.o.get_run(x.run.id).item  # the task's run is recorded like every execution
    assert (run_.task_id, run_.route_id, run_.order_id, run_.machine_id) == (t.id, r.route.id, order.id, mk.m.id)
    assert [rr.id for rr in ctx.o.list_runs(order_id=order.id).items] == [x.run.id]
    assert ctx.o.get_task(t.id).item == x
    assert [tt.id for tt in ctx.o.list_tasks(machine_id=mk.m.id).items] == [t.id]


def test_resolve_takes_the_chosen_quote_and_a_paid_task_is_paid_on_its_order(ctx: Ctx) -> None:
    mk = ctx.market()
    d = discover(mk, create(mk, "defi"))
    pro = next(q for q in d.quotes if q.service_id == PRICE_PRO)
    r = resolve(mk, d, pro.id)
    assert (r.quote_id, r.route and r.route.service_id) == (pro.id, PRICE_PRO)
    assert r.order_id
    expect("PAYMENT_REQUIRED", execute, mk, r)
    assert ctx.o.get_task(r.id).item.status == "resolved"  # a refused execute changes nothing
    mk.intent(r.order_id)
    mk.proof(r.order_id)
    x = execute(mk, r)
    assert x.status == "completed" and x.outcome and x.outcome.service_id == PRICE_PRO


def test_external_handoff_task_has_no_run(ctx: Ctx) -> None:
    mk = ctx.market()
    r = resolve(mk, discover(mk, create(mk, "compute")))
    assert r.route and (r.route.service_id, r.route.execution_mode, r.route.handoff is not None) == (
        AKASH, "external-handoff", True)
    x = execute(mk, r)
    assert (x.status, x.run, x.outcome) == ("handoff", None, None)
    assert x.handoff and x.route and x.route.status == "external" and x.handoff.url
    assert r.order_id and ctx.o.list_runs(order_id=r.order_id).items == ()
    assert ctx.o.get_market_order(r.order_id).item.status == "handoff"


def test_steps_out_of_order_and_repeated_are_refused(ctx: Ctx) -> None:
    mk = ctx.market()
    t = create(mk, "defi")
    expect("TASK_NOT_READY", resolve, mk, t)
    expect("TASK_NOT_READY", execute, mk, t)
    none = discover(mk, create(mk, "defi", required_capabilities=["no-such-capability"]))
    assert (none.status, none.quotes) == ("no_match", ())
    expect("TASK_NOT_READY", resolve, mk, none)
    d = discover(mk, t)
    again = discover(mk, d)  # discovery may be repeated until resolved: a fresh search each time
    assert again.status == "discovered" and again.search_id != d.search_id
    expect("NOT_FOUND", resolve, mk, again, d.quotes[0].id)  # a quote of an earlier discovery is not the task's
    r = resolve(mk, again)
    expect("TASK_CLOSED", discover, mk, r)
    expect("TASK_CLOSED", resolve, mk, r)
    x = execute(mk, r)
    expect("TASK_CLOSED", execute, mk, x)
    expect("TASK_CLOSED", discover, mk, x)
    assert ctx.o.get_task(t.id).item == x
    assert len(ctx.o.list_runs(machine_id=mk.m.id).items) == 1


def test_a_task_whose_order_was_executed_directly_is_closed(ctx: Ctx) -> None:
    mk = ctx.market()
    r = resolve(mk, discover(mk, create(mk)))
    assert r.order_id
    mk.o.execute_market_order(r.order_id, ExecuteMarketOrderRequest(), mk.tok)
    err = expect("TASK_CLOSED", execute, mk, r)
    assert err.details and err.details["order_status"] == "delivered"


def test_resolve_applies_every_order_check(ctx: Ctx) -> None:
    mk = ctx.market(DelegationPolicy(denied_skill_keys=["oracle.price-feed"]))
    d = discover(mk, create(mk, "defi"))
    assert d.status == "discovered"  # the delegation policy applies at order creation, as for orders
    expect("AGENT_POLICY_DENIED", resolve, mk, d)
    assert ctx.o.get_task(d.id).item.status == "discovered" and ctx.o.list_market_orders(machine_id=mk.m.id).items == ()
    fresh = ctx.market()
    d = discover(fresh, create(fresh, "defi"))
    ctx.mock.advance_clock(ctx.mock.config.quote_ttl_seconds + 1)
    expect("QUOTE_EXPIRED", resolve, fresh, d)
    d = discover(fresh, d)  # a new discovery brings fresh quotes
    assert resolve(fresh, d).status == "resolved"


def test_tasks_belong_to_their_pairing(ctx: Ctx) -> None:
    from tests.test_rules import SECOND_AGENT_KEY

    mk = ctx.market()
    other = ctx.market(machine=mk.m, key=SECOND_AGENT_KEY)
    t = create(mk)
    for step in (discover, resolve, execute):
        expect("NOT_FOUND", step, other, t)
    assert ctx.o.get_task(t.id).item.status == "created"
    expect("AGENT_PAIRING_REQUIRED", mk.o.create_task, CreateTaskRequest(
        machine_id=mk.m.id, agent_pairing_id=other.p.id, service_type="defi"), mk.tok)
    third = ctx.market()
    expect("AGENT_AUTH_INVALID", mk.o.create_task, CreateTaskRequest(
        machine_id=third.m.id, agent_pairing_id=mk.p.id, service_type="defi"), mk.tok)
    assert [x.id for x in ctx.o.list_tasks(machine_id=mk.m.id).items] == [t.id]
    assert ctx.o.list_tasks(machine_id=third.m.id).items == ()


def test_task_changes_are_audited(ctx: Ctx) -> None:
    mk = ctx.market()
    t = create(mk)
    execute(mk, resolve(mk, discover(mk, t)))
    types = [ev.type for ev in ctx.o.list_audit_events_all(resource_type="task")]
    assert types == ["task.created", "task.discovered", "task.resolved", "task.completed"]
    assert all(ev.actor == f"agent-pairing:{mk.p.id}" and ev.machine_id == mk.m.id
               for ev in ctx.o.list_audit_events_all(resource_type="task"))


def test_async_forms(mock: MockServer, make_aclient: Any, ctx: Ctx) -> None:
    mk = ctx.market()
    m = mk.m

    async def go() -> tuple[Any, ...]:
        async with make_aclient() as c:
            o = c.orchestration
            a = (await o.create_graph_node(m.id, CreateGraphNodeRequest(label="a"))).item
            e = (await o.create_graph_edge(m.id, CreateGraphEdgeRequest(source_node_id=a.id, target_node_id=a.id))).item
            await o.update_graph_node(m.id, a.id, UpdateGraphNodeRequest(data={"k": 1}))
            await o.update_graph_edge(m.id, e.id, UpdateGraphEdgeRequest(status="active"))
            g1 = (await o.get_machine_graph(m.id)).item
            await o.delete_graph_edge(m.id, e.id)
            await o.delete_graph_node(m.id, a.id)
            g2 = (await o.get_machine_graph(m.id)).item
            t = (await o.create_task(CreateTaskRequest(machine_id=m.id, agent_pairing_id=mk.p.id,
                                                       service_type="defi"), mk.tok)).item
            await o.discover_task(t.id, mk.tok)
            await o.resolve_task(t.id, None, mk.tok)
            x = (await o.execute_task(t.id, ExecuteTaskRequest(), mk.tok)).item
            listed = [tt async for tt in o.list_tasks_all(machine_id=m.id)]
            return g1, g2, x, (await o.get_task(t.id)).item, listed

    g1, g2, x, got, listed = run(go())
    assert (g1.nodes[0].data, g1.edges[0].status) == ({"k": 1}, "active") and (g2.nodes, g2.edges) == ((), ())
    assert x.status == "completed" and got == x and [t.id for t in listed] == [x.id]

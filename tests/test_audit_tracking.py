"""The store's change log, which the audit trail is derived from: what it reports, that a collection is audited by
declaring it so, and that a write's bookkeeping follows what it touched, not the store's size (counted, not timed).

The events themselves (types, payloads, order) are pinned end to end in tests/test_rules_observability.py.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from peaq_os_sdk.mock import MockConfig, create_app
from peaq_os_sdk.mock import store as store_mod
from peaq_os_sdk.mock.simulator import Call, Simulator
from peaq_os_sdk.mock.store import Collection


def kinds(changes: list[store_mod.Change]) -> list[tuple[str, str]]:
    return [
        (c.resource_id, "added" if c.before is None else "removed" if c.after is None else "changed") for c in changes
    ]


@pytest.fixture
def table() -> Collection:
    t = Collection(audit="thing")
    t.add({"id": "a", "name": "A", "tags": [], "meta": {"k": 1}, "_secret": "s"})
    t.add({"id": "b", "name": "B", "tags": [], "meta": {}, "_secret": "s"})
    assert kinds(t.take_changes()) == [("a", "added"), ("b", "added")]
    assert t.take_changes() == []
    return t


def test_top_level_and_nested_writes_are_changes(table: Collection) -> None:
    a, b = table.get("a"), table.get("b")
    assert a is not None and b is not None
    b["name"] = "B2"
    a["tags"].append("x")  # nested, through a list read out of the record
    meta = a.get("meta")
    meta["k"] = 2
    changes = table.take_changes()
    assert kinds(changes) == [("a", "changed"), ("b", "changed")]  # in creation order
    assert changes[0].before is not None and changes[0].after is not None
    assert {k for k in changes[0].after if changes[0].after[k] != changes[0].before[k]} == {"tags", "meta"}


def test_unchanged_writes_private_fields_and_reads_are_no_change(table: Collection) -> None:
    a = table.get("a")
    assert a is not None
    a["name"] = "A"
    a["_secret"] = "t"  # private fields are not part of the fingerprint
    a.update(name="A")
    assert a["name"] == "A" and list(a["tags"]) == []
    assert table.take_changes() == []


def test_every_dict_write_method_marks(table: Collection) -> None:
    writes = [
        lambda r: r.update(name="u"),
        lambda r: r.setdefault("extra", 1),
        lambda r: r.pop("name"),
        lambda r: r.__delitem__("name"),
        lambda r: r.__ior__({"name": "o"}),
        lambda r: r.clear(),
        lambda r: r.popitem(),
    ]
    for write in writes:
        record = table.get("a")
        assert record is not None
        write(record)
        assert [c.resource_id for c in table.take_changes()] == ["a"], write
        table.add({"id": "a", "name": "A"})  # back to a known state
        table.take_changes()


def test_removal_addition_and_replacement(table: Collection) -> None:
    table.remove("a")
    table.add({"id": "c", "name": "C"})
    table.add({"id": "d", "name": "D"})
    table.remove("d")  # added and removed between takes: nothing happened
    changes = table.take_changes()
    assert kinds(changes) == [("a", "removed"), ("c", "added")]
    assert changes[0].record["name"] == "A"  # the removed record, for its machineId

    keyed = Collection(audit="payment")
    keyed["ord_1"] = {"id": "pay_1", "status": "held"}
    assert kinds(keyed.take_changes()) == [("pay_1", "added")]  # the resource id, not the key
    keyed["ord_1"] = {"id": "pay_1", "status": "released"}
    assert kinds(keyed.take_changes()) == [("pay_1", "changed")]
    keyed["ord_1"] = {"id": "pay_2", "status": "held"}
    assert kinds(keyed.take_changes()) == [("pay_2", "added"), ("pay_1", "removed")]
    cfg = keyed.setdefault("skill", {"enabled": False})
    assert keyed.setdefault("skill", {"enabled": True}) is cfg
    assert kinds(keyed.take_changes()) == [("skill", "added")]  # no id: the key names it


def test_reads_are_forgotten_but_pending_additions_are_kept(table: Collection) -> None:
    a = table.get("a")
    assert a is not None
    a["tags"]  # a read marks: the caller could change the list in place
    table.add({"id": "e", "name": "E"})
    table.forget_reads()
    assert kinds(table.take_changes()) == [("e", "added")]


def test_a_copied_collection_tracks_its_own_records(table: Collection) -> None:
    clone = copy.deepcopy(table)
    copied = clone.get("a")
    assert copied is not None and copied == table.get("a")
    copied["name"] = "changed in the copy"
    assert table.take_changes() == []
    assert kinds(clone.take_changes()) == [("a", "changed")]


def test_an_unaudited_collection_keeps_no_log() -> None:
    plain = Collection()
    plain.add({"id": "a", "x": []})
    record = plain.get("a")
    assert record is not None and type(record) is dict
    assert plain.take_changes() == []


# ---- through the simulator -------------------------------------------------------------------------
def write(sim: Simulator, op_id: str, body: Any = None, handler: Any = None, **path: str) -> Any:
    call = Call(op=sim.spec.by_id[op_id], path=path, query={}, body=body, headers={})
    with sim.store.lock:
        return sim.run_operation(call, handler or getattr(sim, op_id))[1]


def test_a_declared_collection_is_audited_without_further_code() -> None:
    sim = create_app(MockConfig()).state.sim
    sim.store.widgets = Collection(audit="widget")

    def add_widget(call: Call) -> tuple[int, Any]:
        sim.store.widgets.add({"id": "w1", "machineId": "mach_1", "status": "draft"})
        return 201, None

    def activate_widget(call: Call) -> tuple[int, Any]:
        widget = sim.store.widgets.get("w1")
        widget["status"] = "active"
        widget["data"] = {"a": 1}
        return 200, None

    write(sim, "createPolicy", {"name": "p"}, handler=add_widget)
    write(sim, "createPolicy", {"name": "p"}, handler=activate_widget)
    events = [(e["type"], e["resourceId"], e["machineId"], e["payload"]) for e in sim.store.audit_events.values()]
    assert events == [
        ("widget.created", "w1", "mach_1", {"status": "draft"}),
        ("widget.active", "w1", "mach_1", {"status": "active", "changed": ["data", "status"]}),
    ]


def test_a_write_reports_what_it_created_or_changed_before_what_it_removed() -> None:
    """Within one write, created and changed records come first (table by table), then the removed ones."""
    sim = create_app(MockConfig()).state.sim
    sim.store.widgets = Collection(audit="widget")

    def seed(call: Call) -> tuple[int, Any]:
        sim.store.widgets.add({"id": "w1", "machineId": "mach_1"})
        sim.store.widgets.add({"id": "w2", "machineId": "mach_1", "status": "draft"})
        return 201, None

    def replace(call: Call) -> tuple[int, Any]:
        sim.store.widgets.remove("w1")  # the older record: the store reports it first
        sim.store.widgets.get("w2")["status"] = "active"
        sim.store.widgets.add({"id": "w3", "machineId": "mach_1"})
        return 200, None

    write(sim, "createPolicy", {"name": "p"}, handler=seed)
    write(sim, "createPolicy", {"name": "p"}, handler=replace)
    events = [(e["type"], e["resourceId"]) for e in sim.store.audit_events.values()][2:]
    assert events == [("widget.active", "w2"), ("widget.created", "w3"), ("widget.deleted", "w1")]


@pytest.mark.parametrize("records", [20, 400])
def test_a_write_fingerprints_what_it_touched_not_the_store(records: int, monkeypatch: pytest.MonkeyPatch) -> None:
    sim = create_app(MockConfig()).state.sim
    for i in range(records):  # filled through the rule alone, then taken in once
        sim.createPolicy(Call(op=sim.spec.by_id["createPolicy"], path={}, query={}, body={"name": f"p{i}"}, headers={}))
    write(sim, "createPolicy", {"name": "taken in"})
    pid = sim.store.policies.values()[0]["id"]
    calls = 0
    real = store_mod.fingerprint

    def counting(record: dict[str, Any]) -> dict[str, str]:
        nonlocal calls
        calls += 1
        return real(record)

    monkeypatch.setattr(store_mod, "fingerprint", counting)
    write(sim, "updatePolicy", {"name": "renamed"}, policyId=pid)
    assert calls == 1  # the one policy updated, whatever the store holds
    assert [e["type"] for e in sim.store.audit_events.values()][-1] == "policy.updated"


def test_a_removal_is_reported_under_its_collections_audit_name(table: Collection) -> None:
    assert "a" in table and "zz" not in table and None not in table
    table.remove("a")
    assert "a" not in table
    (change,) = table.take_changes()
    assert (change.resource_type, change.resource_id, change.after) == ("thing", "a", None)

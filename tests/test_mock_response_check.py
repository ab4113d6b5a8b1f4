"""The simulator's ``check_responses`` switch: its own success answers checked against the spec, closed.

An undeclared key (a renamed record field such as ``externalref``), a missing required key or a wrong type in a
2xx answer becomes a 500 ``MOCK_RESPONSE_INVALID`` naming the operation and the paths at fault, never a value.
This suite runs its session simulator with the switch on (ini ``peaqos_mock_check_responses`` in pyproject.toml),
so every test driving the simulator also checks the simulator's answers.
"""

from __future__ import annotations

import logging
from typing import Any

import pytest
from starlette.testclient import TestClient

from peaq_os_sdk.mock import MockConfig
from peaq_os_sdk.mock.app import create_app
from peaq_os_sdk.mock.simulator import Simulator
from peaq_os_sdk.mock.spec import Spec, close_schema
from peaq_os_sdk.orchestration import CreateGraphNodeRequest, UpdateGraphNodeRequest

SECRET = "s3cret-value-never-echoed"


def _health(monkeypatch: pytest.MonkeyPatch, payload: Any, *, check: bool, status: int = 200) -> Any:
    monkeypatch.setattr(Simulator, "getHealth", lambda self, call: (status, payload))
    app = create_app(MockConfig(check_responses=check))
    with TestClient(app) as http:
        return http.get("/api/v1/health")


def test_off_by_default_and_read_from_the_environment() -> None:
    assert MockConfig().check_responses is False
    assert MockConfig.from_env({}).check_responses is False
    assert MockConfig.from_env({"PEAQOS_MOCK_CHECK_RESPONSES": "1"}).check_responses is True
    assert MockConfig.from_env({"PEAQOS_MOCK_CHECK_RESPONSES": "off"}).check_responses is False


def test_the_suite_runs_its_simulator_with_the_check_on(mock: Any) -> None:
    assert mock.config.check_responses is True


def test_an_undeclared_key_answers_500_naming_the_key_never_the_value(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR, logger="peaq_os_sdk.mock"):
        r = _health(monkeypatch, {"ok": True, "XXokXX": SECRET}, check=True)
    assert r.status_code == 500
    err = r.json()["error"]
    assert err["code"] == "MOCK_RESPONSE_INVALID"
    assert "getHealth" in err["message"]
    assert err["details"]["operationId"] == "getHealth"
    assert [p["path"] for p in err["details"]["problems"]] == ["XXokXX"]
    assert SECRET not in r.text
    assert "XXokXX" in caplog.text and "getHealth" in caplog.text
    assert SECRET not in caplog.text


def test_the_same_answer_passes_with_the_switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    r = _health(monkeypatch, {"ok": True, "XXokXX": SECRET}, check=False)
    assert r.status_code == 200
    assert r.json() == {"ok": True, "XXokXX": SECRET}


@pytest.mark.parametrize(
    ("payload", "path", "rule"),
    [({}, "(root)", "required"), ({"ok": "yes"}, "ok", "const"), ([], "(root)", "type")],
    ids=["missing-required", "wrong-value", "not-an-object"],
)
def test_a_missing_or_mistyped_key_answers_500(
    monkeypatch: pytest.MonkeyPatch, payload: Any, path: str, rule: str
) -> None:
    r = _health(monkeypatch, payload, check=True)
    assert r.status_code == 500
    problems = r.json()["error"]["details"]["problems"]
    assert {"path": path, "rule": rule} in [{k: p[k] for k in ("path", "rule")} for p in problems]


def test_a_status_the_spec_does_not_declare_answers_500(monkeypatch: pytest.MonkeyPatch) -> None:
    r = _health(monkeypatch, {"ok": True}, check=True, status=201)
    assert r.status_code == 500
    assert r.json()["error"]["details"]["problems"][0]["rule"] == "status"


def test_the_valid_answer_passes_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    r = _health(monkeypatch, {"ok": True}, check=True)
    assert (r.status_code, r.json()) == (200, {"ok": True})


def test_free_keys_of_a_declared_map_pass(world: Any) -> None:
    """``GraphNode.data`` is free-form (``x-opaque``): any key passes, through the session simulator's check."""
    m = world.active_machine(labels={"any-label": "x", "Mixed_Case": "y"})
    assert m.labels == {"any-label": "x", "Mixed_Case": "y"}
    node = world.o.create_graph_node(m.id, CreateGraphNodeRequest(label="arm", data={"free": {"deep": [1]}})).item
    node = world.o.update_graph_node(m.id, node.id, UpdateGraphNodeRequest(data={"other_key": 2})).item
    assert node.data["other_key"] == 2


def test_closing_keeps_compositions_and_maps_working() -> None:
    """``allOf`` parents are closed over every branch (a branch's own keys pass); a map stays open."""
    spec = Spec()
    op = spec.by_id["listRuns"]
    validator = op.response_validators[200]
    run = {
        "id": "run_1",
        "status": "completed",
        "executionMode": None,
        "skillKey": None,
        "serviceId": None,
        "outcomeId": None,
        "machineId": "m",
        "orderId": "o",
        "createdAt": "2026-01-01T00:00:00Z",
    }
    assert list(validator.iter_errors({"items": [run], "nextCursor": None})) == []
    bad = [e.validator for e in validator.iter_errors({"items": [run | {"orderid": "o"}], "nextCursor": None})]
    assert bad == ["unevaluatedProperties"]
    closed = close_schema({"type": "object", "properties": {"m": {"type": "object", "additionalProperties": True}}})
    assert closed["unevaluatedProperties"] is False
    assert "unevaluatedProperties" not in closed["properties"]["m"]

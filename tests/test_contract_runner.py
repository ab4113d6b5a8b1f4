"""``peaqos-contract`` against the simulator: it passes against the correct one and names each deliberate break.

The simulator's ``contract_breaks`` switch (``peaq_os_sdk/mock/breaks.py``) answers against the spec on purpose;
each break must turn the runner red on the operation it breaks, with the check that catches it. The runs here are
small (a few operations, few examples); the full runs over every operation and mode are marked ``contract_slow``
and run under ``make contract``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from io import StringIO
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest

if sys.version_info < (3, 11):  # a dev dependency wherever it can be installed: missing on 3.11+ fails
    pytest.skip("the contract extra needs Python 3.11+", allow_module_level=True)

from peaq_os_sdk.contract.runner import Options, Report, is_read_only, load_spec, run
from peaq_os_sdk.mock import MockConfig, MockServer
from peaq_os_sdk.mock.breaks import CONTRACT_BREAKS

pytestmark = [pytest.mark.contract, pytest.mark.heavy]  # make contract runs them all; make test leaves out the contract_slow ones
SEED = 20261130
# break -> (mode that catches it, the operation it breaks, checks that must name it)
EXPECTED = {
    "renamed-field": ("positive", "listSkills", {"response_schema_conformance"}),
    "missing-field": ("positive", "listMarketServices", {"response_schema_conformance"}),
    "wrong-status": ("positive", "listMachines", {"status_code_conformance"}),
    "server-error-on-bad-input": (
        "negative",
        "createMachine",
        {"not_a_server_error", "rejected_as_invalid", "documented_error"},
    ),
}
NEIGHBOURS = ("getMachine", "listMachineAgents", "getSkill")  # unbroken operations run alongside


def runner(url: str, *, out: StringIO | None = None, **kw: Any) -> tuple[Report, str]:
    out = out or StringIO()
    kw.setdefault("seed", SEED)
    kw.setdefault("max_examples", 5)
    report = run(Options(base_url=url, **kw), out=out)
    return report, out.getvalue()


def failing(report: Report) -> dict[tuple[str, str], set[str]]:
    found: dict[tuple[str, str], set[str]] = {}
    for mode, op_id, check, _ in report.failures():
        found.setdefault((mode, op_id), set()).add(check)
    return found


def test_every_break_kind_is_covered() -> None:
    assert set(EXPECTED) == set(CONTRACT_BREAKS)


@pytest.mark.parametrize("kind", sorted(EXPECTED))
def test_runner_names_the_broken_operation_and_check(kind: str, peaqos_mock: Any, tmp_path: Path) -> None:
    mode, op_id, checks = EXPECTED[kind]
    ops = (op_id,) if mode == "negative" else (op_id, *NEIGHBOURS)
    junit = tmp_path / "contract.xml"

    peaqos_mock.server.config.contract_breaks = (kind,)
    report, text = runner(peaqos_mock.url, modes=(mode,), operation_ids=ops, junit_xml=str(junit))

    assert not report.ok
    found = failing(report)
    assert set(found) == {(mode, op_id)}, found  # the broken operation, and only it
    assert checks <= found[(mode, op_id)], found
    row = next(line for line in text.splitlines() if line.startswith(f"{mode}  {op_id} "))
    assert "FAILED" in row and all(c in row for c in checks), row
    assert text.rstrip().splitlines()[-1].startswith("FAILED: 1 of ")
    cases = ElementTree.parse(junit).getroot().iter("testcase")
    failed = {c.get("classname"): c.find("failure") for c in cases if c.find("failure") is not None}
    assert set(failed) == {f"{mode}.{op_id}"}
    assert all(c in (failed[f"{mode}.{op_id}"].get("message") or "") for c in checks)

    # the same run against the correct simulator passes
    peaqos_mock.server.config.contract_breaks = ()
    report, text = runner(peaqos_mock.url, modes=(mode,), operation_ids=ops)
    assert report.ok, text


def test_runner_passes_against_the_correct_simulator(peaqos_mock: Any, tmp_path: Path) -> None:
    junit = tmp_path / "contract.xml"
    report, text = runner(peaqos_mock.url, modes=("positive", "negative"), max_examples=3, junit_xml=str(junit))
    assert report.ok, text
    ops = {r.operation_id for r in report.results.values() if r.mode == "positive" and r.cases}
    assert len(ops) >= 30, ops  # every operation of the spec was called
    assert "PASSED: 0 of" in text and f"seed {SEED}" in text
    root = ElementTree.parse(junit).getroot()
    assert [s.get("name") for s in root.iter("testsuite")] == ["peaqos-contract.positive", "peaqos-contract.negative"]
    assert not list(root.iter("failure")) and not list(root.iter("error"))


@pytest.mark.peaqos_mock(machine_identity_verification=False, agent_pairing_verification=False)
def test_stateful_mode_follows_the_links(peaqos_mock: Any) -> None:
    report, text = runner(peaqos_mock.url, modes=("stateful",), max_examples=5, stateful_steps=6)
    assert report.ok, text
    reached = {r.operation_id for r in report.results.values() if r.mode == "stateful" and r.cases}
    assert {"createMachine", "createAgentPairing"} <= reached and len(reached) >= 4, reached


def test_failure_text_is_redacted() -> None:
    from peaq_os_sdk.contract.runner import Redactor

    jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJwYWlyaW5nIn0.c2lnbmF0dXJlLXZhbHVl"
    text = f'key k-0123456789 {{"pairingToken": "pt-secret-value", "provisioningToken": "pv-1", "id": "m1"}} {jwt}'
    out = Redactor(["k-0123456789"])(text)
    for secret in ("k-0123456789", "pt-secret-value", "pv-1", jwt):
        assert secret not in out
    assert '"id": "m1"' in out and out.count("[REDACTED]") == 4


class MethodLog:
    """ASGI wrapper recording every request method that reaches the server (routing 405s included)."""

    def __init__(self, app: Any) -> None:
        self.app, self.methods = app, []  # type: ignore[var-annotated]

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            self.methods.append(scope["method"])
        await self.app(scope, receive, send)


def test_read_only_run_sends_no_write() -> None:
    server = MockServer(MockConfig())
    server.app = log = MethodLog(server.app)
    with server:
        out = StringIO()
        report = run(
            Options(
                base_url=server.url,
                modes=("positive", "negative", "stateful"),
                allow_writes=False,
                seed=SEED,
                max_examples=3,
            ),
            out=out,
        )
    assert report.read_only and report.ok, out.getvalue()
    assert log.methods and set(log.methods) <= {"GET", "HEAD", "OPTIONS", "TRACE"}, set(log.methods)
    assert {r.mode for r in report.results.values()} == {"positive", "negative"}
    assert "stateful mode skipped" in out.getvalue() and "read-only run" in out.getvalue()


@pytest.mark.parametrize(
    ("url", "allow", "read_only"),
    [
        ("https://orchestrator.example", None, True),
        ("http://10.0.0.7:8080", None, True),
        ("https://orchestrator.example", True, False),
        ("http://127.0.0.1:8080", None, False),
        ("http://localhost:8080", None, False),
        ("http://[::1]:8080", None, False),
        ("http://127.0.0.1:8080", False, True),
    ],
)
def test_writes_only_on_loopback_unless_allowed(url: str, allow: bool | None, read_only: bool) -> None:
    assert is_read_only(Options(base_url=url, allow_writes=allow)) is read_only


@pytest.mark.peaqos_mock(require_api_auth=True, api_keys=["contract-key-0123456789"], contract_breaks=["wrong-status"])
def test_credentials_are_sent_and_never_printed(peaqos_mock: Any, tmp_path: Path) -> None:
    key, token = "contract-key-0123456789", "pairing-token-abcdef0123456789"
    junit = tmp_path / "contract.xml"
    report, text = runner(
        peaqos_mock.url,
        modes=("positive",),
        operation_ids=("listMachines", "searchMarket"),
        api_key=key,
        pairing_token=token,
        junit_xml=str(junit),
    )
    assert failing(report) == {("positive", "listMachines"): {"status_code_conformance"}}  # past auth: the break
    raw = peaqos_mock.server.requests
    assert any(r["headers"].get("x-api-key") == key for r in raw)
    assert any(r["headers"].get("x-agent-pairing-token") == token for r in raw if r["operationId"] == "searchMarket")
    for output in (text, junit.read_text()):
        assert key not in output and token not in output


def test_time_budget_stops_the_run(peaqos_mock: Any) -> None:
    report, text = runner(
        peaqos_mock.url,
        modes=("positive", "negative"),
        operation_ids=("listMachines",),
        max_examples=100_000,
        time_budget=1,
    )
    assert report.stopped == "time budget", text
    assert "stopped: time budget" in text


def test_seed_reproduces_the_run(peaqos_mock: Any) -> None:
    def counts() -> dict[tuple[str, str], int]:
        peaqos_mock.reset()
        report, _ = runner(peaqos_mock.url, modes=("positive", "negative"), operation_ids=("listMachines", "getSkill"))
        return {k: r.cases for k, r in report.results.items()}

    assert counts() == counts()


def test_command_line_exit_codes_and_report(peaqos_mock: Any, tmp_path: Path) -> None:
    """The console script and ``python -m`` both run; flags and env reach the run; exit 1 on a break, 0 without."""
    peaqos_mock.server.config.contract_breaks = ("wrong-status",)
    junit = tmp_path / "out" / "contract.xml"
    script = Path(sys.executable).parent / "peaqos-contract"
    env = {**os.environ, "PEAQOS_ORCHESTRATION_URL": peaqos_mock.url, "PEAQOS_API_KEY": "cli-key-0123456789"}
    args = ["--mode", "positive", "--operation", "listMachines", "--seed", "7", "--max-examples", "3"]
    done = subprocess.run(
        [str(script), *args, "--junit-xml", str(junit)], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "listMachines" in done.stdout and "status_code_conformance" in done.stdout
    assert "seed=7" in done.stdout and "cli-key-0123456789" not in done.stdout + done.stderr
    assert ElementTree.parse(junit).getroot().find(".//failure") is not None

    peaqos_mock.server.config.contract_breaks = ()
    done = subprocess.run(
        [sys.executable, "-m", "peaq_os_sdk.contract", "--base-url", peaqos_mock.url, *args],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "PASSED" in done.stdout


def test_mock_command_line_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    from peaq_os_sdk.mock import __main__ as mock_main

    seen: dict[str, Any] = {}
    monkeypatch.setattr(mock_main.uvicorn, "run", lambda app, **kw: seen.update(app=app))
    mock_main.main(["--break-contract", "wrong-status", "--break-contract", "missing-field"])
    assert seen["app"].state.config.contract_breaks == ("wrong-status", "missing-field")
    monkeypatch.setenv("PEAQOS_MOCK_CONTRACT_BREAKS", "renamed-field")
    assert MockConfig.from_env().contract_breaks == ("renamed-field",)
    with pytest.raises(ValueError, match="unknown contract break"):
        MockConfig(contract_breaks=("nope",))


# ---- full runs: make contract ---------------------------------------------------------------------------------------


@pytest.mark.contract_slow
@pytest.mark.peaqos_mock(machine_identity_verification=False, agent_pairing_verification=False)
def test_full_run_all_modes_passes_against_the_correct_simulator(peaqos_mock: Any) -> None:
    report, text = runner(peaqos_mock.url, modes=("positive", "negative", "stateful"), max_examples=20)
    assert report.ok, text
    stateful = {r.operation_id for r in report.results.values() if r.mode == "stateful" and r.cases}
    assert {"createMachine", "updateMachine", "createAgentPairing"} <= stateful, stateful


@pytest.mark.contract_slow
@pytest.mark.peaqos_mock(contract_breaks=sorted(EXPECTED))
def test_full_run_catches_every_break_at_once(peaqos_mock: Any) -> None:
    report, text = runner(peaqos_mock.url, modes=("positive", "negative"), max_examples=20)
    found = failing(report)
    for kind, (mode, op_id, checks) in EXPECTED.items():
        assert checks <= found.get((mode, op_id), set()), (kind, found)
    # with every validation error answered 500, each operation that takes a body fails the negative mode
    spec = load_spec(None)
    with_input = {
        op["operationId"]
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op and "requestBody" in op
    }
    assert with_input and {op for (mode, op) in found if mode == "negative"} >= with_input, found

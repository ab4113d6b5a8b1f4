"""The README's Python snippets run against the mock (placeholders filled in, nothing else changed)."""

from __future__ import annotations

import re
from pathlib import Path

from peaq_os_sdk.orchestration.signing import address_of
from tests.world import AGENT_KEY, CONTROLLER_KEY

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()
BLOCKS = re.findall(r"```python\n(.*?)```", README, flags=re.S)


def test_readme_has_the_five_snippets():
    assert len(BLOCKS) == 5


def test_quickstart_snippet(mock, monkeypatch, capsys):
    monkeypatch.setenv("PEAQOS_ORCHESTRATION_URL", mock.url)
    exec(compile(BLOCKS[0], "README quickstart", "exec"), {})
    assert capsys.readouterr().out == ""  # no machines yet


def test_buyer_snippet(world, capsys):
    machine = world.active_machine()
    code = BLOCKS[1].replace("https://orchestration.example", world.mock.url)
    sent: list[tuple[object, object]] = []

    def send_usdt(to: object, amount: object) -> str:  # the reader's wallet
        sent.append((to, amount))
        return "0x" + "ab" * 32

    ns = {"machine_id": machine.id, "AGENT_PRIVATE_KEY": AGENT_KEY, "send_usdt": send_usdt}
    exec(compile(code, "README buyer", "exec"), ns)
    out = capsys.readouterr().out
    assert "PEAQ/USD" in out and ns["order"].status == "created"
    assert "[REDACTED]" in repr(ns["pairing"]) and ns["token"] not in repr(ns["pairing"])
    assert out.splitlines()[-1] == "held -> released"
    assert sent == [(ns["order"].payment.payee_address, 0.05)]
    assert world.o.get_market_order(ns["order"].id).item.status == "confirmed"


def test_mock_snippet():
    ns = {"controller_address": address_of(CONTROLLER_KEY)}
    code = "from peaq_os_sdk import PeaqosClient\n" + BLOCKS[2] + "    assert client.orchestration.list_machines().items == ()\n"
    exec(compile(code, "README mock", "exec"), ns)


def test_plugin_snippet(pytester):
    """The "Contract testing in CI" example is a test file: run it as one, through the installed plugin."""
    pytester.makepyfile(test_readme_plugin=BLOCKS[3])
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)


def test_docs_page_mirrors_the_contract_testing_section():
    """docs/contract-testing.md is the README's "Contract testing in CI" section one heading level up."""
    section = README[README.index("## Contract testing in CI\n") : README.index("## How it is built\n")].strip()
    page = (Path(__file__).resolve().parent.parent / "docs" / "contract-testing.md").read_text()
    page = page.replace("<!-- mirrors the README section of the same name -->\n\n", "").strip()
    assert page == section.replace("## Contract testing in CI", "# Contract testing in CI", 1).replace("\n### ", "\n## ")


def test_retries_snippet(mock, capsys):
    import httpx

    httpx.post(mock.url + "/_mock/transport-faults", json={"method": "GET", "path": "/machines", "status": 503})
    code = BLOCKS[4].replace("https://orchestration.example", mock.url)
    exec(compile(code, "README retries", "exec"), {})
    out = capsys.readouterr().out.splitlines()
    assert re.fullmatch(r"retry 1 in 0\.[45] s: HTTP 503", out[0])  # backoff 0.375-0.5 s (recorded, not slept)
    assert out[1].startswith("200 req_") and out[1].endswith(" 0 ()")
    assert [r["headers"].get("x-trace-id") for r in mock.requests][:2] == ["job-42", "job-42"]


def test_readme_confirmed_assumed_table_matches_the_spec():
    import yaml

    from codegen.status_table import SPEC, readme_table, render

    spec = yaml.safe_load(SPEC.read_text())
    assert readme_table(README) == render(spec), "README and spec disagree: python -m codegen.status_table --write"


def test_status_marks_are_required_and_change_the_table():
    import copy

    import pytest
    import yaml

    from codegen.status_table import SPEC, StatusError, operations, render

    spec = yaml.safe_load(SPEC.read_text())
    ops = operations(spec)
    assert ops and all(op["x-status"] in ("confirmed", "assumed") for _m, _p, op in ops)
    unmarked = copy.deepcopy(spec)
    del operations(unmarked)[0][2]["x-status"]
    with pytest.raises(StatusError):
        render(unmarked)
    no_reason = copy.deepcopy(spec)
    op = operations(no_reason)[0][2]
    op["x-status"], op["x-assumed"] = "assumed", []
    with pytest.raises(StatusError):
        render(no_reason)
    op["x-assumed"] = ["a path no public source gives"]
    assert render(no_reason) != render(spec) and "| assumed | a path no public source gives |" in render(no_reason)

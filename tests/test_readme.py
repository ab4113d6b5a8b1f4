"""The README's Python snippets run against the mock (placeholders filled in, nothing else changed).

The guides under docs/ (the simulator, contract testing, retries, ...) are run by tests/test_docs.py.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.world import AGENT_KEY

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()
BLOCKS = re.findall(r"```python\n(.*?)```", README, flags=re.S)


def test_readme_has_the_quickstart_snippets():
    assert len(BLOCKS) == 2


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


def test_readme_links_resolve():
    """The README keeps the set-up, the quickstart and links: each linked page exists."""
    links = re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", README)
    assert any(link.startswith("docs/") for link in links)
    root = Path(__file__).resolve().parent.parent
    missing = [link for link in links if "://" not in link and not (root / link).is_file()]
    assert missing == []

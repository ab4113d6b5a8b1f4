"""Figures the suite measures (how many hostile bodies, faults, observations...), written to a report.

Modules register the counters they fill with :func:`section`; at the end of the session conftest writes
every section to ``build/test-report.md`` (``PEAQOS_TEST_REPORT`` overrides the path) and shows it in the
terminal summary. Figures are facts about the run, never assertions: the tests that fill them assert.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

SECTIONS: dict[str, dict[str, Any]] = {}


def section(name: str, counters: dict[str, Any]) -> dict[str, Any]:
    """Register ``counters`` under ``name`` and return them (module-level ``STATS = section(...)``)."""
    SECTIONS[name] = counters
    return counters


def merge(sections: dict[str, dict[str, Any]]) -> None:
    """Add a worker's figures (pytest-xdist sends each worker's ``SECTIONS`` to the controller) to this
    process's: counters are summed, so the report of a parallel run is the report of the whole run."""
    for name, counters in sections.items():
        mine = SECTIONS.setdefault(name, {})
        for key, value in counters.items():
            mine[key] = mine.get(key, 0) + value if isinstance(value, int) else value


def path() -> Path:
    return Path(
        os.environ.get("PEAQOS_TEST_REPORT") or Path(__file__).resolve().parents[1] / "build" / "test-report.md"
    )


def lines() -> list[str]:
    out = []
    for name, counters in sorted(SECTIONS.items()):
        if any(counters.values()):
            out.append(
                f"[{name}] " + " ".join(f"{k}={v:,}" if isinstance(v, int) else f"{k}={v}" for k, v in counters.items())
            )
    return out


def write() -> Path | None:
    body = lines()
    if not body:
        return None
    target = path()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("# Test run figures\n\n" + "\n".join(f"- {line}" for line in body) + "\n", encoding="utf-8")
    except OSError:
        return None
    return target

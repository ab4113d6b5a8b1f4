"""Shared fixtures, on top of the package's own pytest plugin (``peaqos``, peaq_os_sdk/testing/pytest_plugin.py).

The plugin runs one simulator for the session and resets it (state and switches) before each test that asks for
it; ``mock`` is that simulator as the in-process ``MockServer``, so tests can also reach its store and config.

Hypothesis profiles (``HYPOTHESIS_PROFILE``; ``ci`` when ``CI`` is set, else ``dev``):
``ci`` is randomised, with one seed per run printed in the header and again on failure (rerun with
``--hypothesis-seed=N``), and keeps its example database between runs where a writable cache
directory exists; ``dev`` is derandomised and keeps nothing; ``mutation`` is ``dev`` for mutmut.
"""

from __future__ import annotations

import asyncio
import os
import random
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis.database import DirectoryBasedExampleDatabase, InMemoryExampleDatabase

from peaq_os_sdk import AsyncPeaqosClient, PeaqosClient
from peaq_os_sdk.mock import MockServer
from peaq_os_sdk.testing.pytest_plugin import PeaqosMock
from tests import _report
from tests.world import World


def _example_database() -> Any:
    base = os.environ.get("PEAQOS_HYPOTHESIS_DB") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "peaq-os-sdk", "hypothesis"
    )
    try:
        Path(base).mkdir(parents=True, exist_ok=True)
        probe = Path(base) / ".writable"
        probe.write_text("ok")
        return DirectoryBasedExampleDatabase(base)
    except OSError:
        return InMemoryExampleDatabase()


_COMMON: dict[str, Any] = {"deadline": None, "suppress_health_check": list(HealthCheck)}
settings.register_profile("ci", derandomize=False, database=_example_database(), print_blob=True, **_COMMON)
settings.register_profile("dev", derandomize=True, database=None, **_COMMON)
settings.register_profile("mutation", derandomize=True, database=None, **_COMMON)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
settings.load_profile(PROFILE)


def pytest_configure(config: pytest.Config) -> None:
    # runs before hypothesis' own pytest_configure, which forces the seed it finds here for the run
    if PROFILE == "ci" and config.getoption("hypothesis_seed", None) is None:
        config.option.hypothesis_seed = str(random.SystemRandom().randrange(2**32))


def _seed_line(config: pytest.Config) -> str:
    seed = config.getoption("hypothesis_seed", None)
    if seed is None:
        return f"hypothesis profile={PROFILE} (derandomised)"
    return f"hypothesis profile={PROFILE} seed={seed} (rerun with --hypothesis-seed={seed})"


def pytest_report_header(config: pytest.Config) -> str:
    return _seed_line(config)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """schemathesis gives every operation of a parametrized test the function's bare node id; name the operation
    in it (``test_positive_conformance[GET /health]``), so each case is its own test to report, select and to
    hand out under pytest-xdist (which tells tests apart by node id and would otherwise run one per function)."""
    # the modules marked heavy run first (a stable sort keeps every module's tests together and in order): under
    # pytest-xdist (make test) each is started while the other workers still have the many short modules to share
    items.sort(key=lambda item: item.get_closest_marker("heavy") is None)
    for item in items:
        if getattr(item, "operation_label", None) is not None and not item.nodeid.endswith("]"):
            from _pytest.nodes import coerce_node_id  # pytest 9 keeps the id structured (pinned in [dev])

            item._id = coerce_node_id(f"{item.nodeid.rpartition('::')[0]}::{item.name}")


def pytest_sessionfinish(session: pytest.Session) -> None:
    # a pytest-xdist worker hands its figures to the controller, which writes the one report
    output = getattr(session.config, "workeroutput", None)
    if output is not None:
        output["peaqos_figures"] = _report.SECTIONS


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: Any) -> None:
    _report.merge(getattr(node, "workeroutput", {}).get("peaqos_figures", {}))


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    if getattr(config, "workeroutput", None) is not None:
        return  # a worker: the controller writes the report and prints the summary
    written = _report.write()
    if written is not None:
        terminalreporter.section("figures")
        for line in _report.lines():
            terminalreporter.write_line(line)
        terminalreporter.write_line(f"(written to {written})")
    if exitstatus != 0:
        terminalreporter.write_line(_seed_line(config))


@pytest.fixture(autouse=True)
def _fresh_caches_under_mutmut() -> None:
    """mutmut forks every mutant from a process that already built the per-process caches; rebuild them so a
    mutant of the code behind a cache is exercised, not the cached original (no-op outside mutmut)."""
    if "mutmut" in sys.modules:  # the stats run and every mutant's run (not the plain suite)
        from peaq_os_sdk.orchestration import _convert, _validate

        _convert.converter.cache_clear()
        _validate._pattern.cache_clear()

pytest_plugins = ["pytester"]


@pytest.fixture(autouse=True)
def no_backoff_waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Retry waits are recorded, never slept: the suite stays fast and no test depends on timing."""
    from peaq_os_sdk.orchestration import _transport

    waits: list[float] = []

    async def asleep(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr(_transport, "_sleep", waits.append)
    monkeypatch.setattr(_transport, "_asleep", asleep)
    return waits


@pytest.fixture
def mock(peaqos_mock: PeaqosMock) -> MockServer:
    """The session's simulator with fresh state and default switches (``peaqos_mock``, as the in-process server)."""
    if peaqos_mock.server is None:
        pytest.skip("this test drives the in-process simulator's store; not with an external simulator")
    server: MockServer = peaqos_mock.server
    return server


@pytest.fixture
def client(peaqos_client: PeaqosClient) -> PeaqosClient:
    return peaqos_client


@pytest.fixture
def make_aclient(mock: MockServer) -> Any:
    """Factory for an AsyncPeaqosClient bound to the mock; create it inside the coroutine you run()."""
    return lambda **kw: AsyncPeaqosClient(orchestration_url=mock.url, **kw)


@pytest.fixture
def world(mock: MockServer, client: PeaqosClient) -> World:
    return World(mock, client)


def run(coro: Any) -> Any:
    """Run a coroutine on a fresh event loop (keeps the suite free of an async pytest plugin)."""
    return asyncio.run(coro)

"""Shared fixtures, on top of the package's own pytest plugin (``peaqos``, peaq_os_sdk/testing/pytest_plugin.py).

The plugin runs one simulator for the session and resets it (state and switches) before each test that asks for
it; ``mock`` is that simulator as the in-process ``MockServer``, so tests can also reach its store and config.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from peaq_os_sdk import AsyncPeaqosClient, PeaqosClient
from peaq_os_sdk.mock import MockServer
from peaq_os_sdk.testing.pytest_plugin import PeaqosMock
from tests.world import World

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

"""Shared fixtures: one mock orchestrator on a free loopback port for the session, reset per test."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import attrs
import pytest

from peaq_os_sdk import AsyncPeaqosClient, PeaqosClient
from peaq_os_sdk.mock import MockConfig, MockServer
from tests.world import World

_DEFAULTS = MockConfig(jwt_secret="test-secret-for-the-session-only-0123456789")


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


@pytest.fixture(scope="session")
def server() -> Iterator[MockServer]:
    with MockServer(attrs.evolve(_DEFAULTS)) as s:
        yield s


@pytest.fixture
def mock(server: MockServer) -> Iterator[MockServer]:
    """The session's mock with fresh state and default switches."""
    for f in attrs.fields(MockConfig):
        setattr(server.config, f.name, getattr(_DEFAULTS, f.name))
    server.reset()
    yield server


@pytest.fixture
def client(mock: MockServer) -> Iterator[PeaqosClient]:
    c = PeaqosClient(orchestration_url=mock.url)
    yield c
    c.close()


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

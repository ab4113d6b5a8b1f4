"""The connection pool of a client the SDK creates (``orchestration/_shards.py``): one connection for calls made one
at a time, shards filled in order by concurrent calls, every slot freed by a response, an error or a cancellation,
and proxies from the environment still honoured."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from peaq_os_sdk import AsyncPeaqosClient, PeaqosClient
from peaq_os_sdk.orchestration import OrchestrationNetworkError, _shards
from tests import _oneshot as oneshot
from tests.conftest import run


def _sharded(client: Any) -> Any:
    http = client._transport._pool.get()
    transport = http._transport
    assert isinstance(transport, (_shards.ShardedTransport, _shards.AsyncShardedTransport))
    return transport


def _connections(transport: Any) -> list[int]:
    return [0 if shard is None else len(shard._pool.connections) for shard in transport._shards]


async def _until_in_flight(transport: Any, n: int, within: float) -> list[int]:
    """The shards' in-flight counts once ``n`` calls are in flight (polled, not a fixed sleep: a loaded machine may
    take longer to send them), or as they are after ``within`` seconds."""
    loop = asyncio.get_running_loop()
    give_up = loop.time() + within
    while sum(transport._dispatch.in_flight()) < n and loop.time() < give_up:
        await asyncio.sleep(0.01)
    counts: list[int] = transport._dispatch.in_flight()
    return counts


def _built(transport: Any) -> list[int]:
    """Which shards exist (a shard's pool is built the first time a request is sent to it)."""
    return [i for i, shard in enumerate(transport._shards) if shard is not None]


def test_dispatch_takes_the_first_shard_with_a_free_connection_then_the_least_busy() -> None:
    d = _shards._Dispatch(3)
    taken = [d.take() for _ in range(3 * _shards.PER_SHARD)]
    assert taken == [i for i in range(3) for _ in range(_shards.PER_SHARD)]
    d.releaser(1)()
    assert d.take() == 1  # a freed slot is taken before queueing anywhere
    d.releaser(2)()
    d.releaser(2)()
    assert d.in_flight() == [_shards.PER_SHARD, _shards.PER_SHARD, _shards.PER_SHARD - 2]
    assert d.take() == 2
    assert d.take() == 2  # all full: the least busy queues it
    assert d.take() == 0  # then the first of the equally busy


def test_a_slot_is_released_once_however_often_the_response_is_closed() -> None:
    d = _shards._Dispatch(1)
    release = d.releaser(d.take())
    release()
    release()
    assert d.in_flight() == [0]


def test_calls_made_one_at_a_time_reuse_one_connection(mock: Any) -> None:
    with PeaqosClient(orchestration_url=mock.url) as client:
        for _ in range(8):
            client.orchestration.list_machines()
        transport = _sharded(client)
        assert sum(_connections(transport)) == 1 and _connections(transport)[0] == 1
        assert transport._dispatch.in_flight() == [0] * _shards.SHARDS
        assert _built(transport) == [0]  # the other pools were never needed, so never built


def test_async_calls_made_one_at_a_time_reuse_one_connection(mock: Any) -> None:
    async def main() -> list[int]:
        async with AsyncPeaqosClient(orchestration_url=mock.url) as client:
            for _ in range(8):
                await client.orchestration.list_machines()
            transport = _sharded(client)
            assert transport._dispatch.in_flight() == [0] * _shards.SHARDS
            assert _built(transport) == [0]
            return _connections(transport)

    connections = run(main())
    assert sum(connections) == 1 and connections[0] == 1


def test_concurrent_calls_fill_the_shards_in_order_and_free_every_slot(mock: Any) -> None:
    n = 2 * _shards.PER_SHARD + 2

    async def main() -> tuple[list[int], list[int], list[int], list[int]]:
        async with AsyncPeaqosClient(orchestration_url=mock.url) as client:
            o = client.orchestration
            await o.list_machines()  # the shards exist
            transport = _sharded(client)
            # long enough that no call is answered before every call has been sent
            oneshot.transport_fault(mock, method="GET", path="/machines", delayMs=1000, times=n)
            calls = [asyncio.ensure_future(o.list_machines()) for _ in range(n)]
            during = await _until_in_flight(transport, n, within=0.9)
            await asyncio.gather(*calls)
            return during, transport._dispatch.in_flight(), _connections(transport), _built(transport)

    during, after, connections, built = run(main())
    per = _shards.PER_SHARD
    assert during[:3] == [per, per, 2] and sum(during) == n
    assert after == [0] * _shards.SHARDS
    assert connections[:3] == [per, per, 2] and sum(connections) == n
    assert built == [0, 1, 2]  # built as the fan-out reached them, in order


def test_failed_and_cancelled_calls_free_their_slot(mock: Any) -> None:
    oneshot.transport_fault(mock, method="GET", path="/machines", delayMs=2000, times=1)

    async def main() -> list[int]:
        async with AsyncPeaqosClient(orchestration_url=mock.url) as client:
            o = client.orchestration
            await o.get_health()
            transport = _sharded(client)
            call = asyncio.ensure_future(o.list_machines())
            assert sum(await _until_in_flight(transport, 1, within=1.5)) == 1
            call.cancel()
            with pytest.raises(asyncio.CancelledError):
                await call
            return transport._dispatch.in_flight()

    assert run(main()) == [0] * _shards.SHARDS

    # nothing listens on the port: the connection fails before any response
    with PeaqosClient(orchestration_url="http://127.0.0.1:9", max_retries=0) as client:
        with pytest.raises(OrchestrationNetworkError):
            client.orchestration.list_machines()
        assert _sharded(client)._dispatch.in_flight() == [0] * _shards.SHARDS


@pytest.mark.parametrize("make", [_shards.sync_client, _shards.async_client])
def test_proxies_from_the_environment_still_apply(make: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "example.org")
    direct = make()
    kind = _shards.ShardedTransport if make is _shards.sync_client else _shards.AsyncShardedTransport
    assert isinstance(direct._transport_for_url(httpx.URL("https://api.example.com/")), kind)
    # NO_PROXY alone names no proxy: the shards are the client's own transport, so even a NO_PROXY host uses them
    assert isinstance(direct._transport, kind)
    assert isinstance(direct._transport_for_url(httpx.URL("https://example.org/")), kind)
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:3128")
    proxied = make()
    via = proxied._transport_for_url(httpx.URL("https://api.example.com/"))
    assert not isinstance(via, (_shards.ShardedTransport, _shards.AsyncShardedTransport))
    assert via._pool._proxy_url.port == 3128
    plain = proxied._transport_for_url(httpx.URL("http://api.example.com/"))
    assert isinstance(plain, (_shards.ShardedTransport, _shards.AsyncShardedTransport))
    for c in (direct, proxied):
        if isinstance(c, httpx.Client):
            c.close()
        else:
            run(c.aclose())


@pytest.mark.parametrize("make", [_shards.sync_client, _shards.async_client])
def test_the_shards_share_one_verifying_tls_context_and_redirects_stay_off(make: Any) -> None:
    import ssl

    client = make()
    transport = client._transport
    assert len(transport._shards) == _shards.SHARDS and not _built(transport)  # none until a request needs it
    shards = [transport._shard(i) for i in range(_shards.SHARDS)]
    contexts = {id(shard._pool._ssl_context) for shard in shards}
    assert len(contexts) == 1 and transport._shard(0) is shards[0]
    ctx = shards[0]._pool._ssl_context
    assert ctx.verify_mode == ssl.CERT_REQUIRED and ctx.check_hostname
    assert client.follow_redirects is False
    if isinstance(client, httpx.Client):
        client.close()
    else:
        run(client.aclose())


def _contexts(client: Any) -> set[int]:
    """The TLS contexts of the first and the last shard of a client's pool (by identity)."""
    client.orchestration  # noqa: B018 - the transport is set up on first access
    transport = _sharded(client)
    return {id(transport._shard(i)._pool._ssl_context) for i in (0, _shards.SHARDS - 1)}


def test_clients_share_one_verifying_tls_context_per_trust_store(monkeypatch: pytest.MonkeyPatch) -> None:
    """Building a TLS context reads the whole CA bundle (tens of ms): every client the SDK builds shares one,
    as verifying as httpx's own, and a different trust store in the environment gets a context of its own."""
    import ssl

    import certifi

    first, second = PeaqosClient(orchestration_url="https://a.invalid"), PeaqosClient(orchestration_url="http://127.0.0.1:9")
    third = AsyncPeaqosClient(orchestration_url="https://c.invalid")
    try:
        shared = _contexts(first)
        assert len(shared) == 1 and _contexts(second) == shared and _contexts(third) == shared
        ctx = _shards.tls_context()
        assert {id(ctx)} == shared
        assert ctx.verify_mode == ssl.CERT_REQUIRED and ctx.check_hostname
        monkeypatch.setenv("SSL_CERT_FILE", certifi.where())
        monkeypatch.delenv("SSL_CERT_DIR", raising=False)
        other = PeaqosClient(orchestration_url="https://d.invalid")
        try:
            assert _contexts(other) != shared and len(_contexts(other)) == 1
            assert _contexts(other) == {id(_shards.tls_context())}
        finally:
            other.close()
    finally:
        first.close()
        second.close()
        run(third.aclose())

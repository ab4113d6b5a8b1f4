"""The connection pool of an httpx client the SDK creates: httpx's own transports, in shards.

httpcore's pool (httpcore 1.0) re-examines every pooled connection for every waiting request each time a
request starts or ends, and polls every idle connection's socket on each of those passes, so its cost per
request grows with the number of connections and of requests in flight: 100 concurrent calls on a
100-connection pool spend ~10 ms of client CPU each in that bookkeeping (upstream: encode/httpcore#1035),
and once the pool holds 100 idle connections even a lone call pays several milliseconds. Splitting the same
100 connections over 50 pools of 2 keeps every pass small (pools of 5 cost more client CPU per call in a
100-call fan-out: docs/performance.md); a request goes to the first pool with a free connection, so a program
making one call at a time reuses one connection as before, and a fan-out fills the pools in order (when all
are busy, the least busy one queues it). A pool is built the first time a request is sent to it, so that
program builds one. Each shard is a plain ``httpx.HTTPTransport``/``AsyncHTTPTransport``: TLS, timeouts,
exceptions and proxies behave as in httpx.
"""

from __future__ import annotations

import os
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

if TYPE_CHECKING:
    import ssl  # httpx imports it only when a client is built; so does the SDK

_T = TypeVar("_T")

SHARDS = 50
PER_SHARD = 2  # SHARDS * PER_SHARD connections in all, each kept alive between calls


class _Dispatch:
    """Which shard takes the next request: the first with a free connection, else the least busy."""

    def __init__(self, shards: int) -> None:
        self._busy = [0] * shards
        self._lock = threading.Lock()

    def take(self) -> int:
        with self._lock:
            busy = self._busy
            free = next((i for i, n in enumerate(busy) if n < PER_SHARD), None)
            i = busy.index(min(busy)) if free is None else free
            busy[i] += 1
            return i

    def releaser(self, i: int) -> Callable[[], None]:
        done = False

        def release() -> None:
            nonlocal done
            with self._lock:
                if not done:  # a response may be closed more than once
                    done = True
                    self._busy[i] -= 1

        return release

    def in_flight(self) -> list[int]:
        with self._lock:
            return list(self._busy)


class _Released(httpx.SyncByteStream):
    def __init__(self, stream: Any, release: Callable[[], None]) -> None:
        self._stream = stream
        self._release = release

    def __iter__(self) -> Iterator[bytes]:
        yield from self._stream

    def close(self) -> None:
        try:
            self._stream.close()
        finally:
            self._release()


class _AsyncReleased(httpx.AsyncByteStream):
    def __init__(self, stream: Any, release: Callable[[], None]) -> None:
        self._stream = stream
        self._release = release

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            self._release()


def _limits() -> httpx.Limits:
    return httpx.Limits(max_connections=PER_SHARD, max_keepalive_connections=PER_SHARD)


class _Pools(Generic[_T]):
    """``SHARDS`` pools of one httpx transport class, each built the first time a request is sent to it."""

    def __init__(self, make: Callable[..., _T], verify: Any) -> None:
        self._make = make
        self._verify = verify
        self._shards: list[_T | None] = [None] * SHARDS
        self._dispatch = _Dispatch(SHARDS)
        self._lock = threading.Lock()  # threads may share a client (an event loop never races itself here)

    def _shard(self, i: int) -> _T:
        shard = self._shards[i]
        if shard is None:
            with self._lock:
                shard = self._shards[i]
                if shard is None:
                    shard = self._shards[i] = self._make(verify=self._verify, limits=_limits())
        return shard


class ShardedTransport(_Pools[httpx.HTTPTransport], httpx.BaseTransport):
    """``SHARDS`` ``httpx.HTTPTransport`` pools behind one transport (see the module docstring)."""

    def __init__(self, verify: Any = True) -> None:
        super().__init__(httpx.HTTPTransport, verify)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        i = self._dispatch.take()
        release = self._dispatch.releaser(i)
        try:
            response = self._shard(i).handle_request(request)
        except BaseException:
            release()
            raise
        response.stream = _Released(response.stream, release)
        return response

    def close(self) -> None:
        for shard in self._shards:
            if shard is not None:
                shard.close()


class AsyncShardedTransport(_Pools[httpx.AsyncHTTPTransport], httpx.AsyncBaseTransport):
    """``SHARDS`` ``httpx.AsyncHTTPTransport`` pools behind one transport (see the module docstring)."""

    def __init__(self, verify: Any = True) -> None:
        super().__init__(httpx.AsyncHTTPTransport, verify)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        i = self._dispatch.take()
        release = self._dispatch.releaser(i)
        try:
            response = await self._shard(i).handle_async_request(request)
        except BaseException:  # cancelled or failed before a response: the slot is free again
            release()
            raise
        response.stream = _AsyncReleased(response.stream, release)
        return response

    async def aclose(self) -> None:
        for shard in self._shards:
            if shard is not None:
                await shard.aclose()


def _client_args(sharded: Any, ctx: Any) -> dict[str, Any]:
    # with no proxy in the environment the shards are the client's transport; with one, httpx mounts it for its
    # scheme (as it does for any client it builds) and the shards serve every other URL, so trust_env keeps
    # its meaning (hosts listed in NO_PROXY then go through httpx's own default pool)
    from urllib.request import getproxies  # (a heavy import: only when the first request needs a client)

    if any(scheme != "no" for scheme in getproxies()):
        return {"verify": ctx, "mounts": {"all://": sharded}}
    return {"verify": ctx, "transport": sharded}


_TLS_LOCK = threading.Lock()
_TLS: dict[tuple[str | None, str | None], ssl.SSLContext] = {}


def tls_context() -> ssl.SSLContext:
    """The verifying TLS context every client the SDK builds shares, one per trust store in the environment.

    Building one reads and parses the whole CA bundle (tens of milliseconds, more than a request to a nearby
    server), so a program that makes a client per task or per tenant pays it once, not per client. What httpx
    would build for ``verify=True`` (certifi, or ``SSL_CERT_FILE`` / ``SSL_CERT_DIR`` when set): a change of
    those variables gets a context of its own. No public name of the SDK returns it (it lives in a private module).
    """
    key = (os.environ.get("SSL_CERT_FILE") or None, os.environ.get("SSL_CERT_DIR") or None)
    with _TLS_LOCK:
        ctx = _TLS.get(key)
        if ctx is None:
            ctx = _TLS[key] = httpx.create_ssl_context()
        return ctx


def sync_client() -> httpx.Client:
    """The httpx client a ``PeaqosClient`` creates for itself."""
    ctx = tls_context()  # one trust store for the client and all its shards
    return httpx.Client(follow_redirects=False, **_client_args(ShardedTransport(verify=ctx), ctx))


def async_client() -> httpx.AsyncClient:
    """The httpx client an ``AsyncPeaqosClient`` creates for itself."""
    ctx = tls_context()
    return httpx.AsyncClient(follow_redirects=False, **_client_args(AsyncShardedTransport(verify=ctx), ctx))

"""Network faults become ``OrchestrationNetworkError`` (cause: the httpx exception) or, for a complete but
malformed body, a typed ``OrchestrationApiError``. Documented timeouts, retries only where the rules allow
(non-idempotent writes exactly once; the retry rules themselves are in test_retries.py), plain-http
warnings and TLS verification.

Faults come from raw sockets on 127.0.0.1 (refused, reset mid-body, silence, slowness, truncation,
TLS against plain http, a self-signed certificate) so each is exact; timeouts are shortened by
patching the transport's module constants, so every test stays well under 3 s.
"""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import socket
import ssl
import struct
import subprocess
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from peaq_os_sdk import AsyncPeaqosClient, PeaqosClient
from peaq_os_sdk.orchestration import (
    BAD_RESPONSE,
    DEFAULT_READ_TIMEOUT_MS,
    DEFAULT_WRITE_TIMEOUT_MS,
    OrchestrationApiError,
    OrchestrationNetworkError,
    _transport,
)
from tests import _report
from tests._opargs import OPERATIONS, Secrets, acall, call, mock_aclient, mock_client

STATS = _report.section("network", {"faults": 0})
NON_IDEMPOTENT = tuple(op.sdk_name for op in OPERATIONS if not op.idempotent)  # from the spec, not by hand
OPS = {op.sdk_name: op for op in OPERATIONS}
LIST_OK = b'{"items": []}'


# ---- a raw HTTP/1.1 server whose every connection runs a fault handler -------------------------------
class RawServer:
    def __init__(
        self, handler: Callable[[socket.socket, bytes, threading.Event], None], tls: ssl.SSLContext | None = None
    ) -> None:
        self.handler = handler
        self.tls = tls
        self.hits = 0
        self.connections = 0
        self._lock = threading.Lock()
        self.stop = threading.Event()
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.05)
        self.port = self.sock.getsockname()[1]
        self._threads: list[threading.Thread] = []
        self._acceptor = threading.Thread(target=self._accept, daemon=True)
        self._acceptor.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except (TimeoutError, OSError):
                continue
            with self._lock:
                self.connections += 1
            t = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads.append(t)
            t.start()

    def _serve(self, conn: socket.socket) -> None:
        try:
            conn.settimeout(5)
            if self.tls is not None:
                conn = self.tls.wrap_socket(conn, server_side=True)
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                data += chunk
                if not data[:1].isalpha():  # not HTTP (a TLS ClientHello): answer like a plain server does
                    conn.sendall(b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
                    return
            head, _, body = data.partition(b"\r\n\r\n")
            length = next(
                (
                    int(line.split(b":", 1)[1])
                    for line in head.split(b"\r\n")
                    if line.lower().startswith(b"content-length:")
                ),
                0,
            )
            while len(body) < length:
                body += conn.recv(65536)
            with self._lock:
                self.hits += 1
            self.handler(conn, head, self.stop)
        except (OSError, ssl.SSLError):
            pass
        finally:
            with contextlib.suppress(OSError):
                conn.close()

    def close(self) -> None:
        self.stop.set()
        self.sock.close()
        self._acceptor.join(2)
        for t in self._threads:
            t.join(2)


@pytest.fixture
def raw() -> Iterator[Callable[..., RawServer]]:
    servers: list[RawServer] = []

    def make(handler: Callable[[socket.socket, bytes, threading.Event], None], **kw: Any) -> RawServer:
        STATS["faults"] += 1
        servers.append(RawServer(handler, **kw))
        return servers[-1]

    yield make
    for s in servers:
        s.close()


@pytest.fixture
def short_timeouts(monkeypatch: pytest.MonkeyPatch) -> float:
    monkeypatch.setattr(_transport, "_READ_TIMEOUT", httpx.Timeout(0.3))
    monkeypatch.setattr(_transport, "_WRITE_TIMEOUT", httpx.Timeout(0.3))
    return 0.3


def response(status: int, body: bytes, *, length: int | None = None, extra: str = "") -> bytes:
    n = len(body) if length is None else length
    return (
        f"HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {n}\r\n{extra}"
        f"connection: close\r\n\r\n"
    ).encode() + body


def answer(status: int, body: bytes, **kw: Any) -> Callable[[socket.socket, bytes, threading.Event], None]:
    def handler(conn: socket.socket, head: bytes, stop: threading.Event) -> None:
        conn.sendall(response(status, body, **kw))

    return handler


def silent(conn: socket.socket, head: bytes, stop: threading.Event) -> None:
    stop.wait(5)


def reset_mid_body(conn: socket.socket, head: bytes, stop: threading.Event) -> None:
    conn.sendall(response(200, b'{"items": [{"id": "m', length=4000))
    time.sleep(0.05)
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # close -> RST


def truncated(conn: socket.socket, head: bytes, stop: threading.Event) -> None:
    conn.sendall(response(200, b'{"items": [{"id": "m', length=4000))  # then a clean close, body short


def hang_up(conn: socket.socket, head: bytes, stop: threading.Event) -> None:
    """Read the request, answer nothing, close."""


def slow(delay: float, body: bytes = LIST_OK) -> Callable[[socket.socket, bytes, threading.Event], None]:
    def handler(conn: socket.socket, head: bytes, stop: threading.Event) -> None:
        if not stop.wait(delay):
            conn.sendall(response(200, body))

    return handler


def client_for(url: str, **kw: Any) -> PeaqosClient:
    return PeaqosClient(orchestration_url=url, **kw)


def network_error(fn: Callable[[], Any]) -> OrchestrationNetworkError:
    with pytest.raises(OrchestrationNetworkError) as e:
        fn()
    assert isinstance(e.value.__cause__, httpx.HTTPError)
    return e.value


def closed_port() -> int:
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


# ---- faults -> errors -------------------------------------------------------------------------------
def test_connection_refused():
    STATS["faults"] += 1
    c = client_for(f"http://127.0.0.1:{closed_port()}")
    started = time.monotonic()
    e = network_error(c.orchestration.list_machines)
    assert isinstance(e.__cause__, httpx.ConnectError)
    assert "failed" in str(e) and "ConnectError" in str(e) and "/api/v1/machines" in str(e)
    assert time.monotonic() - started < 3


def test_connection_refused_async():
    STATS["faults"] += 1

    async def go() -> None:
        async with AsyncPeaqosClient(orchestration_url=f"http://127.0.0.1:{closed_port()}") as c:
            with pytest.raises(OrchestrationNetworkError) as e:
                await c.orchestration.list_machines()
            assert isinstance(e.value.__cause__, httpx.ConnectError)

    asyncio.run(go())


def test_connection_reset_mid_body(raw):
    srv = raw(reset_mid_body)
    e = network_error(client_for(srv.url).orchestration.list_machines)
    assert isinstance(e.__cause__, httpx.ReadError | httpx.RemoteProtocolError)
    assert srv.hits == 3  # a GET is idempotent: the first attempt plus the default two retries
    assert e.retries_taken == 2 and "after 2 retries" in str(e)
    once = raw(reset_mid_body)
    network_error(client_for(once.url, max_retries=0).orchestration.list_machines)
    assert once.hits == 1


def test_truncated_body_content_length_larger_than_sent(raw):
    srv = raw(truncated)
    e = network_error(client_for(srv.url).orchestration.list_machines)
    assert isinstance(e.__cause__, httpx.RemoteProtocolError)


def test_server_hangs_up_without_answering(raw):
    srv = raw(hang_up)
    e = network_error(client_for(srv.url).orchestration.list_machines)
    assert isinstance(e.__cause__, httpx.RemoteProtocolError)


def test_read_timeout_is_a_network_error(raw, short_timeouts):
    srv = raw(silent)
    started = time.monotonic()
    e = network_error(client_for(srv.url, max_retries=0).orchestration.list_machines)
    elapsed = time.monotonic() - started
    assert isinstance(e.__cause__, httpx.ReadTimeout) and "timed out" in str(e)
    assert short_timeouts <= elapsed < 2


def test_read_timeout_async(raw, short_timeouts):
    srv = raw(silent)

    async def go() -> None:
        async with AsyncPeaqosClient(orchestration_url=srv.url, max_retries=0) as c:
            with pytest.raises(OrchestrationNetworkError) as e:
                await c.orchestration.list_machines()
            assert isinstance(e.value.__cause__, httpx.ReadTimeout)

    asyncio.run(go())


def test_slow_server_within_timeout_succeeds_and_beyond_it_times_out(raw, monkeypatch):
    monkeypatch.setattr(_transport, "_READ_TIMEOUT", httpx.Timeout(0.6))
    ok = raw(slow(0.2))
    assert client_for(ok.url).orchestration.list_machines().items == ()
    late = raw(slow(1.0))
    e = network_error(client_for(late.url, max_retries=0).orchestration.list_machines)
    assert isinstance(e.__cause__, httpx.ReadTimeout)


def test_tls_to_a_plain_http_port_is_a_network_error(raw):
    srv = raw(answer(200, LIST_OK))
    e = network_error(client_for(srv.url.replace("http://", "https://")).orchestration.list_machines)
    assert isinstance(e.__cause__, httpx.ConnectError)
    assert srv.hits == 0  # the TLS handshake never became a request


@pytest.mark.parametrize(
    ("status", "body"),
    [(200, b"definitely not json"), (200, b'{"items": ['), (201, b"<html>ok</html>"), (500, b"<html>oops</html>")],
)
def test_complete_but_malformed_body_is_a_typed_api_error(raw, status, body):
    srv = raw(answer(status, body))
    with pytest.raises(OrchestrationApiError) as e:
        client_for(srv.url).orchestration.list_machines()
    assert e.value.code == BAD_RESPONSE and e.value.status_code == status


# ---- TLS verification and redirects ----------------------------------------------------------------
@pytest.fixture(scope="module")
def self_signed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    if shutil.which("openssl") is None:
        pytest.skip("openssl CLI not available to mint a self-signed certificate")
    d = tmp_path_factory.mktemp("tls")
    cert, key = d / "cert.pem", d / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
        timeout=20,
    )
    return cert, key


def test_https_verification_is_on_by_default(raw, self_signed):
    cert, key = self_signed
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    srv = raw(answer(200, LIST_OK), tls=ctx)
    url = f"https://127.0.0.1:{srv.port}"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        default = client_for(url)
        e = network_error(default.orchestration.list_machines)
    assert isinstance(e.__cause__, httpx.ConnectError)
    assert "CERTIFICATE_VERIFY_FAILED" in str(e.__cause__)
    assert default._transport._http.follow_redirects is False
    # the same server is fine for a caller who explicitly trusts its certificate
    trusting = client_for(url, http_client=httpx.Client(verify=ssl.create_default_context(cafile=str(cert))))
    assert trusting.orchestration.list_machines().items == ()


def test_redirects_are_not_followed(raw):
    target = raw(answer(200, LIST_OK))
    srv = raw(answer(307, b"", extra=f"location: {target.url}/api/v1/machines\r\n"))
    c = client_for(srv.url, api_key=Secrets().api_key)
    with pytest.raises(OrchestrationApiError) as e:
        c.orchestration.list_machines()
    assert e.value.code == BAD_RESPONSE and e.value.status_code == 307
    assert srv.hits == 1 and target.hits == 0  # the API key never travelled to the redirect target


# ---- documented timeouts, per request ---------------------------------------------------------------
def test_documented_timeout_constants():
    assert (DEFAULT_READ_TIMEOUT_MS, DEFAULT_WRITE_TIMEOUT_MS) == (30_000, 60_000)


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.sdk_name)
def test_timeout_passed_to_httpx_per_request(op):
    seen: list[dict[str, float]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(503, json={"error": {"code": "DOWN", "message": "m"}})

    want = 30.0 if op.method == "GET" else 60.0
    with pytest.raises(OrchestrationApiError):
        call(mock_client(handler, max_retries=0), op, Secrets())

    async def go() -> None:
        c = mock_aclient(handler, max_retries=0)
        try:
            with pytest.raises(OrchestrationApiError):
                await acall(c, op, Secrets())
        finally:
            await c.aclose()

    asyncio.run(go())
    assert len(seen) == 2
    for t in seen:
        assert t == {"connect": want, "read": want, "write": want, "pool": want}


# ---- non-idempotent writes: never re-sent once they may have reached the server ------------------------
FAULTS: dict[str, Callable[[socket.socket, bytes, threading.Event], None]] = {
    "503": answer(503, b'{"error": {"code": "UNAVAILABLE", "message": "try later"}}'),
    "502-html": answer(502, b"<html>bad gateway</html>"),
    "reset": reset_mid_body,
    "truncated": truncated,
    "hang-up": hang_up,
    "timeout": silent,
}


@pytest.mark.parametrize("fault", list(FAULTS))
@pytest.mark.parametrize("name", NON_IDEMPOTENT)
def test_non_idempotent_write_is_sent_exactly_once(raw, short_timeouts, name, fault):
    srv = raw(FAULTS[fault])
    c = client_for(srv.url, api_key=Secrets().api_key)
    with pytest.raises((OrchestrationApiError, OrchestrationNetworkError)):
        call(c, OPS[name], Secrets())
    time.sleep(0.05)  # a retry, if any, would have reached the server by now
    assert srv.hits == 1 and srv.connections == 1


@pytest.mark.parametrize("name", NON_IDEMPOTENT)
def test_connection_refused_is_retried_even_for_writes(monkeypatch, name):
    """Nothing reached the server, so re-sending cannot duplicate anything: every operation retries it."""
    STATS["faults"] += 1
    attempts: list[str] = []
    real = httpx.HTTPTransport.handle_request

    def counting(self: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        attempts.append(request.method)
        return real(self, request)

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", counting)
    e = network_error(lambda: call(client_for(f"http://127.0.0.1:{closed_port()}"), OPS[name], Secrets()))
    assert isinstance(e.__cause__, httpx.ConnectError)
    assert attempts == [OPS[name].method] * 3


# ---- plain http off loopback warns; loopback and https do not -----------------------------------------
@pytest.mark.parametrize(
    "url",
    [
        "http://example.com",
        "http://orch.example.com:8080/base",
        "http://10.0.0.5:8000",
        "http://192.168.1.20",
        "http://localhost.example.com",
        "http://[2001:db8::1]:80",
        "http://0.0.0.0:8000",
    ],
)
def test_plain_http_to_non_loopback_warns(url):
    c = client_for(url)
    with pytest.warns(UserWarning, match="plain http"):
        c.orchestration  # noqa: B018 - the transport (and its URL check) is built on first access
    c.close()


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000",
        "http://localhost:8000",
        "http://LOCALHOST",
        "http://[::1]:9",
        "http://127.8.9.10",
        "https://example.com",
        "https://10.0.0.5:8443/base",
    ],
)
def test_loopback_or_https_does_not_warn(url):
    c = client_for(url)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        c.orchestration  # noqa: B018
    c.close()


def test_the_plain_http_warning_says_what_travels_and_points_at_the_caller():
    c = client_for("http://example.com")
    with pytest.warns(UserWarning) as caught:
        c.orchestration  # noqa: B018
    c.close()
    (w,) = caught.list
    assert str(w.message) == (
        "orchestration_url uses plain http to a non-loopback host; API keys and pairing tokens "
        "would travel unencrypted. Use https."
    )
    assert w.category is UserWarning and w.filename == __file__  # the caller's line, not the SDK's


def test_the_warning_still_points_at_the_caller_through_wrappers(monkeypatch):
    """Decorators, tracers or mutation-testing trampolines add frames between the SDK's own, from modules inside
    the package or outside it; none of them moves the warning off the line that entered the SDK."""
    from peaq_os_sdk.orchestration import _transport

    source = "def wrap(f):\n    def inner(*a, **k):\n        return f(*a, **k)\n    return inner\n"
    inside, outside = {"__name__": "peaq_os_sdk._wrapped"}, {"__name__": "some_tracer"}
    exec(source, inside)
    exec(source, outside)
    monkeypatch.setattr(_transport, "_warn_the_caller", outside["wrap"](inside["wrap"](_transport._warn_the_caller)))
    monkeypatch.setattr(_transport, "check_base_url", inside["wrap"](outside["wrap"](_transport.check_base_url)))
    c = client_for("http://example.com")
    with pytest.warns(UserWarning, match="plain http") as caught:
        c.orchestration  # noqa: B018
    c.close()
    assert [w.filename for w in caught.list] == [__file__]


def test_async_client_warns_too():
    async def go() -> None:
        c = AsyncPeaqosClient(orchestration_url="http://example.com")
        with pytest.warns(UserWarning, match="plain http") as caught:
            c.orchestration  # noqa: B018
        assert [w.filename for w in caught.list] == [__file__]
        await c.aclose()

    asyncio.run(go())

"""Scripted transport faults and request ids: the outermost layer of the mock app.

Every HTTP response carries ``x-request-id`` (also recorded with the request in ``/_mock/requests``).
A fault rule matches ``[METHOD] PATH-GLOB`` (the glob is tried against the full path and against the
path under ``/api/v1``) and, for its next ``times`` matching requests (``None``: until cleared), reads
the request and then waits ``delay_ms``, then either drops the connection without answering (needs
a socket server: ``python -m peaq_os_sdk.mock`` or ``MockServer``), or answers ``status`` with the
error envelope, optional ``Retry-After``/``retry-after-ms`` and extra ``headers``. A rule with only
a delay passes the request on to the simulator. ``/_mock/*`` and ``/health`` are never faulted. A reset
while a request waits out its delay ends it: the connection is dropped, and the request is neither logged nor
run, so a slow request a test left behind never lands in the next test's fresh state.

Rules come from ``POST /_mock/transport-faults`` (JSON), ``--fault SPEC`` on the CLI or
``PEAQOS_MOCK_FAULTS="SPEC;SPEC"``. SPEC: ``[METHOD ]PATH[,status=N][,times=K][,retry-after=S]
[,retry-after-ms=MS][,delay-ms=M][,drop][,should-retry=true|false]``, e.g.
``POST /market/orders,status=503,times=2,retry-after=1``.
"""

from __future__ import annotations

import asyncio
import fnmatch
import secrets
import threading
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any

import attrs

API_PREFIX = "/api/v1"
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
REQUEST_ID_KEY = "peaqos.request_id"
_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")


class FaultSpecError(ValueError):
    pass


@attrs.define
class FaultRule:
    path: str
    method: str | None = None
    status: int | None = None
    times: int | None = 1
    retry_after: str | None = None
    retry_after_ms: str | None = None
    delay_ms: int = 0
    drop: bool = False
    headers: dict[str, str] = attrs.Factory(dict)
    code: str = "MOCK_FAULT"
    hits: int = 0

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method != method:
            return False
        short = path[len(API_PREFIX) :] if path.startswith(API_PREFIX + "/") else None
        return fnmatch.fnmatchcase(path, self.path) or (short is not None and fnmatch.fnmatchcase(short, self.path))

    def to_json(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "path": self.path,
            "status": self.status,
            "times": self.times,
            "retryAfter": self.retry_after,
            "retryAfterMs": self.retry_after_ms,
            "delayMs": self.delay_ms,
            "drop": self.drop,
            "headers": dict(self.headers),
            "code": self.code,
            "hits": self.hits,
        }

    def response_headers(self) -> list[tuple[bytes, bytes]]:
        out = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in self.headers.items()]
        if self.retry_after is not None:
            out.append((b"retry-after", self.retry_after.encode("latin-1")))
        if self.retry_after_ms is not None:
            out.append((b"retry-after-ms", self.retry_after_ms.encode("latin-1")))
        return out


def _int(value: Any, name: str, minimum: int, maximum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise FaultSpecError(f"{name} must be an integer")
    try:
        n = int(value)
    except ValueError:
        raise FaultSpecError(f"{name} must be an integer") from None
    if not minimum <= n <= maximum:
        raise FaultSpecError(f"{name} must be within {minimum}..{maximum}")
    return n


def rule_from_json(body: Any) -> FaultRule:
    """A rule from the admin route's JSON body (camelCase keys, see :meth:`FaultRule.to_json`)."""
    if not isinstance(body, dict) or not isinstance(body.get("path"), str) or not body["path"].startswith("/"):
        raise FaultSpecError("a fault needs path: a glob starting with /")
    known = {"method", "path", "status", "times", "retryAfter", "retryAfterMs", "delayMs", "drop", "headers", "code"}
    unknown = sorted(set(body) - known)
    if unknown:
        raise FaultSpecError(f"unknown fault field(s): {', '.join(unknown)}")
    method = body.get("method")
    if method is not None and (not isinstance(method, str) or method.upper() not in _METHODS):
        raise FaultSpecError("method must be an HTTP method")
    headers = body.get("headers") or {}
    if not isinstance(headers, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in headers.items()):
        raise FaultSpecError("headers must map names to strings")
    rule = FaultRule(
        path=body["path"],
        method=method.upper() if method else None,
        status=_int(body["status"], "status", 100, 599) if body.get("status") is not None else None,
        times=_int(body.get("times", 1), "times", 1, 1_000_000) if body.get("times", 1) is not None else None,
        retry_after=str(body["retryAfter"]) if body.get("retryAfter") is not None else None,
        retry_after_ms=str(body["retryAfterMs"]) if body.get("retryAfterMs") is not None else None,
        delay_ms=_int(body.get("delayMs", 0), "delayMs", 0, 600_000),
        drop=body.get("drop") is True,
        headers=dict(headers),
        code=str(body.get("code") or "MOCK_FAULT"),
    )
    if rule.status is None and not rule.drop and not rule.delay_ms:
        raise FaultSpecError("a fault needs status, drop or delayMs")
    return rule


def parse_spec(spec: str) -> FaultRule:
    """``[METHOD ]PATH[,key=value|,drop...]`` (the CLI and env form) -> a rule."""
    route, *opts = [p.strip() for p in spec.split(",")]
    method, _, path = route.rpartition(" ")
    body: dict[str, Any] = {"path": path, "method": method.strip() or None}
    keys = {
        "status": "status",
        "times": "times",
        "retry-after": "retryAfter",
        "retry-after-ms": "retryAfterMs",
        "delay-ms": "delayMs",
        "code": "code",
    }
    for opt in filter(None, opts):
        name, eq, value = opt.partition("=")
        name = name.strip().lower()
        if name == "drop" and not eq:
            body["drop"] = True
        elif name == "should-retry" and value in ("true", "false"):
            body.setdefault("headers", {})["x-should-retry"] = value
        elif name in keys and eq:
            body[keys[name]] = None if (name == "times" and value in ("always", "*")) else value
        else:
            raise FaultSpecError(f"bad fault option {opt!r}")
    return rule_from_json(body)


def parse_specs(text: str | None) -> tuple[str, ...]:
    """``PEAQOS_MOCK_FAULTS``: specs separated by ``;`` (each checked now, kept as text)."""
    specs = tuple(s.strip() for s in (text or "").split(";") if s.strip())
    for s in specs:
        parse_spec(s)
    return specs


class Faults:
    """The active rules. Configured (CLI/env) rules are re-armed by reset; admin-added ones are dropped."""

    def __init__(self, configured: Iterable[str] = ()) -> None:
        self._configured = tuple(configured)
        self._lock = threading.Lock()
        self.rules: list[FaultRule] = []
        self.reset()

    def reset(self) -> None:
        with self._lock:
            self.rules = [parse_spec(s) for s in self._configured]

    def add(self, rule: FaultRule) -> FaultRule:
        with self._lock:
            self.rules.append(rule)
        return rule

    def clear(self) -> None:
        with self._lock:
            self.rules = []

    def take(self, method: str, path: str) -> FaultRule | None:
        """The first live rule for this request, counted as used."""
        with self._lock:
            for rule in self.rules:
                if rule.matches(method, path):
                    rule.hits += 1
                    if rule.times is not None and rule.hits >= rule.times:
                        self.rules.remove(rule)
                    return rule
        return None


def new_request_id() -> str:
    return "req_" + secrets.token_hex(8)


async def read_body(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            break
    return b"".join(chunks)


def replay(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that hands the already-read body to the app once, then defers to the server."""
    sent = False

    async def again() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return again


def with_request_id(send: Send, request_id: str) -> Send:
    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = [h for h in message.get("headers", []) if h[0].lower() != b"x-request-id"]
            message = {**message, "headers": [*headers, (b"x-request-id", request_id.encode())]}
        await send(message)

    return wrapped


async def drop_connection(send: Send) -> None:
    """Close the socket without a byte of response (uvicorn: the ``send`` is bound to the request cycle)."""
    cycle: Any = getattr(send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is None:
        raise ConnectionResetError("scripted drop: the mock runs without a socket server here")
    transport.close()
    if hasattr(cycle, "disconnected"):
        cycle.disconnected = True  # tells uvicorn not to answer on the closed connection
    await asyncio.sleep(0)

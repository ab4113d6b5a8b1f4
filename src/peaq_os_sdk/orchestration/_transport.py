"""HTTP transport shared by every operation: one retry policy, driven by a sync and an async sender.

It owns everything cross-cutting (URLs, headers, auth kinds, timeouts, deadlines, retries, validation
before the request, envelopes, error mapping, request ids, redaction, logging) and reads the
per-operation facts from :class:`peaq_os_sdk._operation.Operation`, which codegen renders from the
spec. It never keeps per-endpoint lists of its own.

The call logic is written once, as the generator :meth:`_TransportBase._exchange`: it yields
``("send", timeout)`` and receives ``(response, error)``, or yields ``("sleep", seconds)``, and
returns the result. :meth:`Transport.call` drives it with ``httpx.Client`` and ``time.sleep``,
:meth:`AsyncTransport.call` with ``httpx.AsyncClient`` and ``asyncio.sleep``.

Retry rules, in order (``max_retries=0`` turns them all off):

1. a ``x-should-retry: true|false`` response header, when present, decides;
2. any operation: nothing reached the server (connect error, connect or pool timeout), or HTTP 429;
3. idempotent operations only (GET, PUT, DELETE and POSTs marked ``x-idempotent``): HTTP 408, 500,
   502, 503, 504, read/write timeouts and connections dropped after the request was sent;
4. never: 409, any other status, TLS failures, and a non-idempotent write once it may have arrived.

Waits: ``Retry-After`` (seconds or HTTP-date) or ``retry-after-ms`` when sent, else exponential
backoff ``min(0.5 * 2**n, 8) * (1 - 0.25 * random())``. A wait the server asks for above
``RETRY_AFTER_CAP_S`` is not taken: the error is raised with ``retry_after`` set. A total deadline
per call bounds every attempt (its timeout is shortened to what is left) and every wait.
"""

from __future__ import annotations

import copy
import email.utils
import functools
import ipaddress
import json
import logging
import random
import ssl
import sys
import threading
import time
import warnings
from collections.abc import Callable, Generator, Mapping
from types import FrameType
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from urllib.parse import quote, urlsplit

import httpx

from peaq_os_sdk._decode_support import ShapeError
from peaq_os_sdk._logs import configure_from_env
from peaq_os_sdk._options import RequestOptions
from peaq_os_sdk._version import __version__
from peaq_os_sdk.orchestration import _convert, _shards, _validate
from peaq_os_sdk.orchestration._redact import redact_headers, sanitize_body, scrub, secret_values, snake_keys
from peaq_os_sdk.orchestration.constants import (
    API_BASE_PATH,
    DEFAULT_DEADLINE_S,
    DEFAULT_MAX_RETRIES,
    DEFAULT_READ_TIMEOUT_MS,
    DEFAULT_WRITE_TIMEOUT_MS,
    HEADER_AGENT_PAIRING_TOKEN,
    HEADER_API_KEY,
    HEADER_REQUEST_ID,
    HEADER_SHOULD_RETRY,
    RETRY_AFTER_CAP_S,
    RETRY_INITIAL_DELAY_S,
    RETRY_JITTER,
    RETRY_MAX_DELAY_S,
    USER_AGENT_PREFIX,
)
from peaq_os_sdk.orchestration.errors import (
    BAD_RESPONSE,
    INVALID_RESPONSE_SHAPE,
    OrchestrationApiError,
    OrchestrationConfigError,
    OrchestrationNetworkError,
    OrchestrationValidationError,
)
from peaq_os_sdk.orchestration.pagination import ItemResponse, ListResponse

if TYPE_CHECKING:
    from peaq_os_sdk._operation import Operation

logger = logging.getLogger("peaq_os_sdk.orchestration")

T = TypeVar("T")
USER_AGENT = f"{USER_AGENT_PREFIX}/{__version__}"
_READ_TIMEOUT = httpx.Timeout(DEFAULT_READ_TIMEOUT_MS / 1000)
_WRITE_TIMEOUT = httpx.Timeout(DEFAULT_WRITE_TIMEOUT_MS / 1000)
_HTTPX_DEFAULT_TIMEOUT = httpx.Timeout(5.0)  # what an httpx client has when its owner configured none
_RETRY_ANY_STATUS = frozenset({429})
_RETRY_IDEMPOTENT_STATUS = frozenset({408, 500, 502, 503, 504})
_NOTHING_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_MAYBE_SENT = (httpx.ReadTimeout, httpx.WriteTimeout, httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError)
_MAX_REQUEST_ID = 128
_SEND = "send"
_SLEEP = "sleep"


# clock, sleeps and jitter source: module globals so tests can inject fakes (no timed assertions)
def _now() -> float:
    return time.monotonic()


def _sleep(seconds: float) -> None:
    time.sleep(seconds)


async def _asleep(seconds: float) -> None:
    import asyncio  # only async callers pay for importing it

    await asyncio.sleep(seconds)


def _random() -> float:
    return random.random()


_MAX_ERROR_MESSAGE = 500
_MAX_JSON_DEPTH = 512
_NOT_STRUCTURE = bytes(b for b in range(256) if b not in b'[]{}"')  # all but brackets and quotes


_SAFE_RECURSION_LIMIT = 4000


def _loads(content: bytes) -> Any:
    """``json.loads`` that refuses (``ValueError``) a body nested deeper than ``_MAX_JSON_DEPTH``.

    The C parser recurses once per level, bounded only by ``sys.getrecursionlimit()``, and libraries
    raise that process-wide (py_ecc, which eth-account imports when signing, sets it to 100000): a
    hostile body of 100k ``[`` would then overflow the C stack and kill the process. The check runs
    at C speed (about a quarter of ``json.loads`` on a 500-item page) and only at such a raised limit.
    """
    if (
        sys.getrecursionlimit() > _SAFE_RECURSION_LIMIT  # at a sane limit json.loads raises RecursionError itself
        and len(content) > _MAX_JSON_DEPTH
        and _too_deep(content)
    ):
        raise ValueError("JSON nested too deeply")
    return json.loads(content)


def _too_deep(content: bytes) -> bool:
    # brackets outside strings only: escaped backslashes, then escaped quotes go; then everything but quotes
    # and brackets; then each pair of adjacent quotes (an open-close or close-open pair with nothing between
    # changes no bracket's side); then, only if a string holds a bracket, the string bodies
    if b"\\" in content:
        content = content.replace(b"\\\\", b"").replace(b'\\"', b"")
    brackets = content.translate(None, _NOT_STRUCTURE).replace(b'""', b"")
    if brackets.count(b"[") + brackets.count(b"{") <= _MAX_JSON_DEPTH:
        return False  # not enough openers to nest that deep (string bodies included: an upper bound)
    if b'"' in brackets:
        brackets = b"".join(brackets.split(b'"')[::2])
    depth = 0
    for i in range(0, len(brackets), 256):
        chunk = brackets[i : i + 256]
        opens = chunk.count(b"[") + chunk.count(b"{")
        if depth + opens > _MAX_JSON_DEPTH:  # the limit may be crossed inside this chunk: walk it
            for b in chunk:
                depth += 1 if b in b"[{" else -1
                if depth > _MAX_JSON_DEPTH:
                    return True
        else:
            depth += opens - (len(chunk) - opens)
    return False


def _warn_the_caller(message: str) -> None:
    """A ``UserWarning`` pointing at the line that entered the SDK: the caller of the outermost frame of this
    package on the stack. Counted that way (not as "the first frame outside the package"), frames that
    decorators, tracers or mutation-testing trampolines put between the SDK's own frames do not move it."""
    frame: FrameType | None = sys._getframe(1)
    level, outermost = 2, 2  # stacklevel 2: the function that asked to warn
    while frame is not None:
        name = frame.f_globals.get("__name__", "")
        if name == "peaq_os_sdk" or name.startswith("peaq_os_sdk."):
            outermost = level
        frame = frame.f_back
        level += 1
    warnings.warn(message, UserWarning, stacklevel=outermost + 1)


def check_base_url(url: Any) -> str:
    """Validate ``orchestration_url``: http(s) with a host; plain http off-loopback only warns."""
    if not isinstance(url, str) or not url:
        raise OrchestrationConfigError("orchestration_url must be a non-empty http(s) URL")
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        raise OrchestrationConfigError("orchestration_url is not a valid URL") from None
    if parts.scheme not in ("http", "https") or not host:
        raise OrchestrationConfigError("orchestration_url must be an http(s) URL with a host")
    if parts.query or parts.fragment:
        raise OrchestrationConfigError("orchestration_url must not carry a query or fragment")
    if parts.username or parts.password:
        raise OrchestrationConfigError("orchestration_url must not embed credentials")
    if parts.scheme == "http" and not _is_loopback(host):
        _warn_the_caller(
            "orchestration_url uses plain http to a non-loopback host; API keys and pairing tokens "
            "would travel unencrypted. Use https."
        )
    base = url.rstrip("/")
    if parts.path.rstrip("/").endswith(API_BASE_PATH):
        # a common slip: the SDK adds /api/v1 itself, so keeping it would send every call to /api/v1/api/v1/...
        base = base[: -len(API_BASE_PATH)]
        _warn_the_caller(
            f"orchestration_url ends with {API_BASE_PATH}, which the SDK adds to every path itself; "
            f"using {_origin(urlsplit(base))}{urlsplit(base).path} as the base URL"
        )
    return base


def _origin(parts: Any) -> str:
    """``scheme://host:port`` of a URL (never its userinfo, path or query): what network errors name."""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    host = f"[{parts.hostname}]" if ":" in (parts.hostname or "") else parts.hostname
    return f"{parts.scheme}://{host}:{port}"


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class _Prepared:
    __slots__ = ("method", "url", "params", "headers", "content", "timeout", "secrets", "label")

    def __init__(
        self,
        method: str,
        url: str,
        params: dict[str, str],
        headers: dict[str, str],
        content: bytes | None,
        timeout: httpx.Timeout,
        secrets: tuple[str | None, ...],
        label: str,
    ) -> None:
        self.method = method
        self.url = url
        self.params = params
        self.headers = headers
        self.content = content
        self.timeout = timeout
        self.secrets = secrets
        self.label = label


class RedactedHeaders(httpx.Headers):
    """Response headers whose ``repr``/``str`` mask credential-like names and the call's own secrets
    wherever a server echoed them (values stay readable by key)."""

    _secrets: tuple[str | None, ...] = ()

    def __repr__(self) -> str:
        return f"Headers({redact_headers(dict(self.items()), self._secrets)!r})"

    __str__ = __repr__


class RawResponse(Generic[T]):
    """What ``client.orchestration.with_raw_response.<method>(...)`` returns.

    ``status_code``, ``headers`` (credentials masked in ``repr``), ``request_id`` (the server's
    ``x-request-id``), ``retries_taken``, ``elapsed`` (seconds for the whole call, waits included),
    ``http_response`` (the ``httpx.Response``) and :meth:`parse`, which returns what the plain
    method returns. Error statuses still raise, as they do without the raw view.
    """

    __slots__ = (
        "_parse",
        "_parsed",
        "_secrets",
        "elapsed",
        "http_response",
        "request_id",
        "retries_taken",
        "status_code",
    )

    def __init__(
        self,
        response: httpx.Response,
        parse: Callable[[], T],
        *,
        request_id: str | None,
        retries_taken: int,
        elapsed: float,
        secrets: tuple[str | None, ...] = (),
    ) -> None:
        self._secrets = secrets
        self.http_response = response
        self.status_code = response.status_code
        self.request_id = request_id
        self.retries_taken = retries_taken
        self.elapsed = elapsed
        self._parse = parse
        self._parsed: Any = _UNPARSED

    @property
    def headers(self) -> RedactedHeaders:
        headers = RedactedHeaders(self.http_response.headers)
        headers._secrets = self._secrets
        return headers

    def parse(self) -> T:
        """Decode the body into the method's normal return value (once; later calls reuse it)."""
        if self._parsed is _UNPARSED:
            self._parsed = self._parse()
        return self._parsed  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        return (
            f"<RawResponse [{self.status_code}] request_id={self.request_id!r} retries_taken={self.retries_taken} "
            f"elapsed={self.elapsed:.3f}s headers={redact_headers(dict(self.http_response.headers.items()), self._secrets)!r}>"
        )


_UNPARSED = object()


def _clamp(timeout: httpx.Timeout, remaining: float) -> httpx.Timeout:
    """``timeout`` with every phase shortened to ``remaining`` seconds (the call's deadline)."""
    c, r, w, p = timeout.connect, timeout.read, timeout.write, timeout.pool
    if c is not None and r is not None and w is not None and p is not None:
        if c <= remaining and r <= remaining and w <= remaining and p <= remaining:
            return timeout
    c, r, w, p = (remaining if v is None or v > remaining else v for v in (c, r, w, p))
    return httpx.Timeout(connect=c, read=r, write=w, pool=p)


def _as_timeout(value: Any) -> httpx.Timeout:
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(float(value))


def _retry_after(headers: httpx.Headers) -> float | None:
    """The wait the server asked for: ``retry-after-ms``, else ``Retry-After`` seconds or HTTP-date."""
    ms = headers.get("retry-after-ms")
    if ms is not None:
        try:
            value = float(ms) / 1000
        except ValueError:
            value = -1.0
        if value >= 0 and value == value:
            return value
    raw = headers.get("retry-after")
    if raw is None:
        return None
    try:
        value = float(raw)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(raw)
        except (TypeError, ValueError, IndexError):
            return None
        if when is None or when.tzinfo is None:
            return None
        return max(0.0, when.timestamp() - time.time())
    return value if value >= 0 and value == value else None


def _backoff(retries: int) -> float:
    """Exponential backoff with jitter: ``min(0.5 * 2**n, 8) * (1 - 0.25 * random())``."""
    base: float = min(RETRY_INITIAL_DELAY_S * 2.0 ** min(retries, 32), RETRY_MAX_DELAY_S)
    return base * (1 - RETRY_JITTER * _random())


def _tls_failure(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    for _ in range(8):
        if seen is None:
            return False
        if isinstance(seen, ssl.SSLError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


class _Pool:
    """The httpx client a transport sends through, shared by every view of it (``derive``).

    One the SDK owns is created on first use, not with the transport: building an httpx client loads httpcore
    and the TLS trust store, which a process that creates a client but never sends should not pay for (and the
    first request pays once).
    """

    __slots__ = ("_client", "_closed", "_factory", "_lock")

    def __init__(self, client: Any, factory: Callable[[], Any]) -> None:
        self._client = client
        self._factory = factory
        self._closed = False
        self._lock = threading.Lock()

    def get(self) -> Any:
        client = self._client
        if client is None:
            with self._lock:
                if self._client is None:
                    if self._closed:
                        raise OrchestrationConfigError("this client is closed")
                    self._client = self._factory()
                client = self._client
        return client

    def created(self) -> Any:
        """The client if it exists (``None`` before the first use); marks an unused pool closed."""
        with self._lock:
            self._closed = True
            return self._client


class _TransportBase:
    def __init__(
        self,
        base_url: str,
        *,
        api_key: str | None,
        verbose: bool,
        options: RequestOptions | None = None,
        http_timeout: httpx.Timeout | None = None,
    ) -> None:
        self._root = check_base_url(base_url) + API_BASE_PATH
        self._origin = _origin(urlsplit(self._root))
        if api_key is not None and (not isinstance(api_key, str) or not api_key):
            raise OrchestrationConfigError("api_key must be a non-empty string when given")
        self._api_key = api_key
        env_level = configure_from_env()
        self._verbose = verbose or env_level == "debug"
        self._log_calls = verbose or env_level is not None
        if verbose and not logger.handlers and not logging.getLogger().handlers:
            handler = logging.StreamHandler()
            handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(message)s"))
            logger.addHandler(handler)
        if verbose:
            logger.setLevel(logging.DEBUG)
        # a timeout configured on a user-supplied httpx client ranks below client and per-call options
        self._http_timeout = (
            http_timeout if http_timeout is not None and http_timeout != _HTTPX_DEFAULT_TIMEOUT else None
        )
        self._raw = False
        self._configure(options or RequestOptions())

    def _configure(self, options: RequestOptions) -> None:
        self._options = options
        self._timeout = _as_timeout(options.timeout) if options.timeout is not None else self._http_timeout
        self._max_retries = DEFAULT_MAX_RETRIES if options.max_retries is None else options.max_retries
        self._deadline = DEFAULT_DEADLINE_S if options.deadline is None else float(options.deadline)
        self._extra_headers = dict(options.extra_headers)
        # a credential passed as an extra header is masked in error echoes like the API key
        self._extra_secrets = tuple(v for k, v in options.extra_headers if redact_headers({k: v})[k] != v)

    def derive(self, options: RequestOptions | None = None, *, raw: bool | None = None) -> Any:
        """A view of this transport on the same connection pool with ``options`` layered on top."""
        view = copy.copy(self)
        view._owns = False  # type: ignore[attr-defined]
        if raw is not None:
            view._raw = raw
        view._configure(self._options.merged(options) if options is not None else self._options)
        return view

    def __repr__(self) -> str:
        key = "set" if self._api_key else "unset"
        return f"<{type(self).__name__} {self._root} api_key={key} max_retries={self._max_retries}>"

    # -- request -----------------------------------------------------------------------------
    def prepare(
        self,
        op: Operation,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        options: Any = None,
        body: Any = None,
        pairing_token: Any = None,
    ) -> _Prepared:
        url_path = op.path
        for py, wire in op.path_params:
            pval = _validate.require_str((path or {}).get(wire), py)
            url_path = url_path.replace("{" + wire + "}", quote(pval, safe=""))
        params: dict[str, str] = {}
        given = dict(query or {})
        if op.options_model is not None and options is not None:
            _validate.validate_body(options, op.options_model, "options")
            for f in options.__attrs_attrs__:
                if f.metadata.get("wire") and getattr(options, f.name) is not None:
                    given[f.metadata["wire"]] = getattr(options, f.name)
        for q in op.query_params:
            value: Any = given.get(q.wire)
            if value is None:
                if q.required:
                    raise OrchestrationValidationError(q.name, "required")
                continue
            _validate.check_value(value, q.rules, q.name)
            params[q.wire] = _query_value(value)
        headers: dict[str, str] = {"user-agent": USER_AGENT, "accept": "application/json"}
        if self._extra_headers:
            headers.update(self._extra_headers)
        if op.auth != "none" and self._api_key:
            headers[HEADER_API_KEY] = self._api_key
        if op.auth == "agent-pairing":
            token = _validate.require_str(pairing_token, "pairing_token")
            headers[HEADER_AGENT_PAIRING_TOKEN] = token
        content: bytes | None = None
        if op.body_model is not None and body is not None:
            _validate.validate_body(body, op.body_model, op.body_param or "params")
            content = _dumps(_convert.to_wire(body), op.body_param or "params")
        elif op.body_model is not None and not op.body_optional:
            raise OrchestrationValidationError(op.body_param or "params", "required")
        elif op.body_when_none == "empty-object":
            content = b"{}"
        if content is not None:
            headers["content-type"] = "application/json"
        timeout = self._timeout or (_READ_TIMEOUT if op.method == "GET" else _WRITE_TIMEOUT)
        # values an error response must never echo back: the credentials in the headers and every
        # field the spec marks secret in the body (auth_token, agent_token, credentials, ...)
        secrets = (
            self._api_key,
            pairing_token if isinstance(pairing_token, str) else None,
            *self._extra_secrets,
            *(secret_values(body) if content is not None and body is not None else ()),
        )
        return _Prepared(
            op.method,
            self._root + url_path,
            params,
            headers,
            content,
            timeout,
            secrets,
            f"{op.method} {API_BASE_PATH}{op.path}",
        )

    # -- the one call loop: attempts, retry decisions, waits ---------------------------------
    def _exchange(self, op: Operation, prep: _Prepared, http: Any) -> Generator[tuple[str, Any], Any, Any]:
        """Yield ``(_SEND, request)`` -> ``(response | None, httpx error | None)`` and ``(_SLEEP, s)``; return the result."""
        started = _now()
        deadline_at = started + self._deadline
        retries = 0
        while True:
            # a sleep may overshoot the deadline by a hair: the attempt then gets a token budget and times out
            remaining = max(deadline_at - _now(), 0.01) if retries else self._deadline
            timeout = _clamp(prep.timeout, remaining)
            request = http.build_request(
                prep.method,
                prep.url,
                params=prep.params or None,
                headers=prep.headers,
                content=prep.content,
                timeout=timeout,
            )
            if self._verbose:
                logger.debug("-> %s attempt=%d headers=%s", prep.label, retries + 1, redact_headers(prep.headers))
            sent = _now() if self._log_calls else 0.0
            response, exc = yield (_SEND, request)
            status = response.status_code if exc is None else 0
            if exc is None and 200 <= status < 300 and not self._raw and not self._log_calls:
                return self._parse(op, response, prep)  # the happy path: nothing else to look at
            request_id = self._request_id(response, prep) if response is not None else None
            asked: float | None = None
            if exc is None:
                if self._log_calls:
                    logger.info(
                        "<- %s %s %.1f ms request_id=%s attempt=%d",
                        status,
                        prep.label,
                        (_now() - sent) * 1000,
                        request_id or "-",
                        retries + 1,
                    )
                if 200 <= status < 300:
                    if self._raw:
                        return RawResponse(
                            response,
                            functools.partial(self._parse, op, response, prep),
                            request_id=request_id,
                            retries_taken=retries,
                            elapsed=_now() - started,
                            secrets=prep.secrets,
                        )
                    return self._parse(op, response, prep)
                retry, reason = self._retry_status(op, response)
                if retry:
                    asked = _retry_after(response.headers)
            else:
                if self._log_calls:
                    logger.info(
                        "<- failed %s %.1f ms (%s) attempt=%d",
                        prep.label,
                        (_now() - sent) * 1000,
                        type(exc).__name__,
                        retries + 1,
                    )
                retry, reason = self._retry_exception(op, exc)
            give_up = not retry or retries >= self._max_retries or (asked is not None and asked > RETRY_AFTER_CAP_S)
            wait = 0.0 if give_up else (asked if asked is not None else _backoff(retries))
            if give_up or _now() + wait >= deadline_at:  # no room for another attempt before the deadline
                if exc is not None:
                    clipped = timeout is not prep.timeout and isinstance(exc, httpx.TimeoutException)
                    raise self._network_error(prep, exc, request_id, retries, clipped) from exc
                raise self._api_error(response, prep, request_id, retries, asked)
            retries += 1
            logger.info(
                "retrying %s in %.2f s (retry %d of %d): %s request_id=%s",
                prep.label,
                wait,
                retries,
                self._max_retries,
                reason,
                request_id or "-",
            )
            if self._options.on_retry is not None:
                self._options.on_retry(retries, wait, reason)
            if wait > 0:
                yield (_SLEEP, wait)

    def _retry_status(self, op: Operation, response: httpx.Response) -> tuple[bool, str]:
        status = response.status_code
        verdict = response.headers.get(HEADER_SHOULD_RETRY)
        if verdict is not None and verdict.strip().lower() in ("true", "false"):
            return verdict.strip().lower() == "true", f"HTTP {status}, {HEADER_SHOULD_RETRY}: {verdict.strip()}"
        if status in _RETRY_ANY_STATUS or (op.idempotent and status in _RETRY_IDEMPOTENT_STATUS):
            return True, f"HTTP {status}"
        return False, f"HTTP {status}"

    def _retry_exception(self, op: Operation, exc: httpx.HTTPError) -> tuple[bool, str]:
        reason = type(exc).__name__
        if isinstance(exc, _NOTHING_SENT):
            return not _tls_failure(exc), reason
        return op.idempotent and isinstance(exc, _MAYBE_SENT), reason

    # -- response ----------------------------------------------------------------------------
    def _request_id(self, response: httpx.Response, prep: _Prepared) -> str | None:
        value = response.headers.get(HEADER_REQUEST_ID) or response.headers.get("request-id")
        if not value:
            return None
        # mask before truncating: a cut through a secret would leave its prefix unmasked
        masked: str = scrub(value, prep.secrets)
        return "".join(c for c in masked if c.isprintable())[:_MAX_REQUEST_ID] or None

    def _parse(self, op: Operation, response: httpx.Response, prep: _Prepared) -> Any:
        status = response.status_code
        if op.envelope == "empty":
            return None

        def bad(code: str, message: str) -> OrchestrationApiError:
            request_id = self._request_id(response, prep)
            return OrchestrationApiError(code, message, status_code=status, request_id=request_id)

        if status == 204:
            raise bad(INVALID_RESPONSE_SHAPE, f"{op.operation_id}: 204 No Content where a body was expected")
        if not response.content:
            raise bad(BAD_RESPONSE, f"{op.operation_id}: empty {status} body")
        try:
            data = _loads(response.content)
        except (ValueError, RecursionError):
            raise bad(BAD_RESPONSE, f"{op.operation_id}: response body is not JSON") from None
        try:
            return self._decode(op, data)
        except ShapeError as e:
            raise bad(INVALID_RESPONSE_SHAPE, f"{op.operation_id}: {e}") from None
        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as e:
            raise bad(
                INVALID_RESPONSE_SHAPE,
                f"{op.operation_id}: response did not match the documented shape ({type(e).__name__})",
            ) from None

    def _decode(self, op: Operation, data: Any) -> Any:
        decode = op.decode  # the generated decoder of op.response_model (it loads only that group's code)
        if op.envelope == "list":
            if type(data) is not dict or type(items := data.get("items")) is not list:
                raise ShapeError("expected a list envelope {items: [...]}")
            cursor = data.get("nextCursor")
            if cursor is not None and type(cursor) is not str:
                raise ShapeError("nextCursor must be a string or null")
            # taken from the end of the reversed wire list, so each wire item is freed as soon as it is decoded:
            # the garbage collector then sees about one new object per item instead of eight and runs a third
            # less often on a large page (the wire list is this call's own parse result)
            items.reverse()
            pop = items.pop
            return ListResponse(items=tuple([decode(pop()) for _ in range(len(items))]), next_cursor=cursor or None)
        if op.envelope in ("item", "item-unwrapped"):
            if type(data) is not dict or "item" not in data:
                raise ShapeError("expected an item envelope {item: ...}")
            raw = data["item"]
            item = None if raw is None and op.nullable_item else decode(raw)
            return item if op.envelope == "item-unwrapped" else ItemResponse(item=item)
        return decode(data)

    def _api_error(
        self,
        response: httpx.Response,
        prep: _Prepared,
        request_id: str | None = None,
        retries: int = 0,
        retry_after: float | None = None,
    ) -> OrchestrationApiError:
        status = response.status_code
        extra: dict[str, Any] = {"request_id": request_id, "retries_taken": retries, "retry_after": retry_after}
        try:
            data = _loads(response.content) if response.content else None
        except (ValueError, RecursionError):
            data = None
        err = data.get("error") if isinstance(data, dict) else None
        if not (isinstance(err, dict) and isinstance(err.get("code"), str) and isinstance(err.get("message"), str)):
            return OrchestrationApiError(
                BAD_RESPONSE,
                f"{prep.label} failed with HTTP {status} and no error envelope",
                status_code=status,
                **extra,
            )
        # mask before truncating: a cut through the middle of a secret would leave its prefix unmasked
        message = scrub(err["message"], prep.secrets)[:_MAX_ERROR_MESSAGE]
        details = err.get("details")
        if details is not None:
            try:
                # keys are masked before snake-casing changes their case
                details = sanitize_body(snake_keys(scrub(details, prep.secrets)))
            except RecursionError:
                details = None  # nested too deeply to redact safely: dropped rather than kept raw
        return OrchestrationApiError(
            scrub(err["code"], prep.secrets)[:100], message, status_code=status, details=details, **extra
        )

    def _network_error(
        self,
        prep: _Prepared,
        exc: Exception,
        request_id: str | None = None,
        retries: int = 0,
        clipped: bool = False,
    ) -> OrchestrationNetworkError:
        kind = "timed out" if isinstance(exc, httpx.TimeoutException) else "failed"
        message = f"{prep.label} to {self._origin} {kind}: {type(exc).__name__}"
        if clipped:
            message += f" (call deadline of {self._deadline:g} s reached)"
        if retries:
            message += f" after {retries} {'retry' if retries == 1 else 'retries'}"
        return OrchestrationNetworkError(message, request_id=request_id, retries_taken=retries)


def _query_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _dumps(payload: Any, name: str) -> bytes:
    try:
        return json.dumps(payload, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode("utf-8")
    except (TypeError, ValueError):
        raise OrchestrationValidationError(name, "JSON-serialisable values") from None


class Transport(_TransportBase):
    """Sync sender over ``httpx.Client`` (owned unless one was passed in)."""

    def __init__(
        self,
        base_url: str,
        *,
        api_key: str | None = None,
        verbose: bool = False,
        http_client: httpx.Client | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        super().__init__(
            base_url,
            api_key=api_key,
            verbose=verbose,
            options=options,
            http_timeout=http_client.timeout if http_client is not None else None,
        )
        self._owns = http_client is None
        self._pool = _Pool(http_client, _shards.sync_client)

    @property
    def _http(self) -> httpx.Client:
        client: httpx.Client = self._pool.get()
        return client

    def call(self, op: Operation, **kwargs: Any) -> Any:
        steps = self._exchange(op, self.prepare(op, **kwargs), self._http)
        outcome: Any = None
        try:
            while True:
                kind, arg = steps.send(outcome)
                if kind is _SEND:
                    outcome = self._send(arg)
                else:
                    _sleep(arg)
                    outcome = None
        except StopIteration as done:
            return done.value

    def _send(self, request: httpx.Request) -> tuple[httpx.Response | None, httpx.HTTPError | None]:
        response = None
        try:
            response = self._http.send(request, stream=True)
            response.read()
            return response, None
        except httpx.HTTPError as e:
            return response, e
        finally:
            if response is not None:
                response.close()

    def close(self) -> None:
        if self._owns and (client := self._pool.created()) is not None:
            client.close()


class AsyncTransport(_TransportBase):
    """Async sender over ``httpx.AsyncClient``: the same policy, awaited."""

    def __init__(
        self,
        base_url: str,
        *,
        api_key: str | None = None,
        verbose: bool = False,
        http_client: httpx.AsyncClient | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        super().__init__(
            base_url,
            api_key=api_key,
            verbose=verbose,
            options=options,
            http_timeout=http_client.timeout if http_client is not None else None,
        )
        self._owns = http_client is None
        self._pool = _Pool(http_client, _shards.async_client)

    @property
    def _http(self) -> httpx.AsyncClient:
        client: httpx.AsyncClient = self._pool.get()
        return client

    async def call(self, op: Operation, **kwargs: Any) -> Any:
        steps = self._exchange(op, self.prepare(op, **kwargs), self._http)
        outcome: Any = None
        try:
            while True:
                kind, arg = steps.send(outcome)
                outcome = await (self._send(arg) if kind is _SEND else _asleep(arg))
        except StopIteration as done:
            return done.value

    async def _send(self, request: httpx.Request) -> tuple[httpx.Response | None, httpx.HTTPError | None]:
        response = None
        try:
            response = await self._http.send(request, stream=True)
            await response.aread()
            return response, None
        except httpx.HTTPError as e:
            return response, e
        finally:
            if response is not None:
                await response.aclose()

    async def aclose(self) -> None:
        if self._owns and (client := self._pool.created()) is not None:
            await client.aclose()

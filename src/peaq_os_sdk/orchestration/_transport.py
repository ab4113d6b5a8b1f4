"""HTTP transport shared by every operation: one sync and one async class over httpx.

It owns everything cross-cutting (URLs, headers, auth kinds, timeouts, validation before the
request, envelopes, error mapping, redaction, logging) and reads the per-operation facts from
:class:`peaq_os_sdk._operation.Operation`, which codegen renders from the spec. It never keeps
per-endpoint lists of its own.

Retry policy: none. A failed call raises; nothing is re-sent behind the caller's back, so a
non-idempotent write (order create, payment proof, execute) can never be duplicated by the SDK.
Callers who want retries for reads can pass an ``httpx.Client`` with a retrying transport.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import sys
import time
import warnings
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, urlsplit

import httpx

from peaq_os_sdk._decode_support import ShapeError
from peaq_os_sdk._operation import Operation
from peaq_os_sdk._version import __version__
from peaq_os_sdk.orchestration import _convert, _validate
from peaq_os_sdk.orchestration._redact import redact_headers, sanitize_body, scrub, secret_values, snake_keys
from peaq_os_sdk.orchestration.constants import (
    API_BASE_PATH,
    DEFAULT_READ_TIMEOUT_MS,
    DEFAULT_WRITE_TIMEOUT_MS,
    HEADER_AGENT_PAIRING_TOKEN,
    HEADER_API_KEY,
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

logger = logging.getLogger("peaq_os_sdk.orchestration")

USER_AGENT = f"{USER_AGENT_PREFIX}/{__version__}"
_READ_TIMEOUT = httpx.Timeout(DEFAULT_READ_TIMEOUT_MS / 1000)
_WRITE_TIMEOUT = httpx.Timeout(DEFAULT_WRITE_TIMEOUT_MS / 1000)
_MAX_ERROR_MESSAGE = 500
_MAX_JSON_DEPTH = 512
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


_SAFE_RECURSION_LIMIT = 4000


def _loads(content: bytes) -> Any:
    """``json.loads`` that refuses (``ValueError``) a body nested deeper than ``_MAX_JSON_DEPTH``.

    The C parser recurses once per level, bounded only by ``sys.getrecursionlimit()``, and libraries
    raise that process-wide (py_ecc, which eth-account imports when signing, sets it to 100000): a
    hostile body of 100k ``[`` would then overflow the C stack and kill the process. The check runs
    at C speed and only when the body has more openers than the limit.
    """
    if (
        sys.getrecursionlimit() > _SAFE_RECURSION_LIMIT  # at a sane limit json.loads raises RecursionError itself
        and content.count(b"[") + content.count(b"{") > _MAX_JSON_DEPTH
        and _too_deep(content)
    ):
        raise ValueError("JSON nested too deeply")
    return json.loads(content)


def _too_deep(content: bytes) -> bool:
    # brackets outside strings only (escaped backslashes, then escaped quotes, then string bodies go)
    outside = b"".join(content.replace(b"\\\\", b"").replace(b'\\"', b"").split(b'"')[::2])
    brackets = outside.translate(None, _NOT_BRACKETS)
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
        warnings.warn(
            "orchestration_url uses plain http to a non-loopback host; API keys and pairing tokens "
            "would travel unencrypted. Use https.",
            UserWarning,
            stacklevel=4,
        )
    return url.rstrip("/")


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


class _TransportBase:
    def __init__(self, base_url: str, *, api_key: str | None, verbose: bool) -> None:
        self._root = check_base_url(base_url) + API_BASE_PATH
        if api_key is not None and (not isinstance(api_key, str) or not api_key):
            raise OrchestrationConfigError("api_key must be a non-empty string when given")
        self._api_key = api_key
        self._verbose = verbose
        if verbose and not logger.handlers and not logging.getLogger().handlers:
            handler = logging.StreamHandler()
            handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(message)s"))
            logger.addHandler(handler)
        if verbose:
            logger.setLevel(logging.DEBUG)

    def __repr__(self) -> str:
        key = "set" if self._api_key else "unset"
        return f"<{type(self).__name__} {self._root} api_key={key}>"

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
        timeout = _READ_TIMEOUT if op.method == "GET" else _WRITE_TIMEOUT
        # values an error response must never echo back: the credentials in the headers and every
        # field the spec marks secret in the body (auth_token, agent_token, credentials, ...)
        secrets = (
            self._api_key,
            pairing_token if isinstance(pairing_token, str) else None,
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

    # -- response ----------------------------------------------------------------------------
    def finish(self, op: Operation, prep: _Prepared, response: httpx.Response, started: float) -> Any:
        status = response.status_code
        if self._verbose:
            logger.debug("<- %s %s (%.1f ms)", status, prep.label, (time.perf_counter() - started) * 1000)
        if not 200 <= status < 300:
            raise self._api_error(response, prep)
        if op.envelope == "empty":
            return None
        if status == 204:
            raise OrchestrationApiError(
                INVALID_RESPONSE_SHAPE,
                f"{op.operation_id}: 204 No Content where a body was expected",
                status_code=status,
            )
        if not response.content:
            raise OrchestrationApiError(BAD_RESPONSE, f"{op.operation_id}: empty {status} body", status_code=status)
        try:
            data = _loads(response.content)
        except (ValueError, RecursionError):
            raise OrchestrationApiError(
                BAD_RESPONSE, f"{op.operation_id}: response body is not JSON", status_code=status
            ) from None
        try:
            return self._decode(op, data)
        except ShapeError as e:
            raise OrchestrationApiError(INVALID_RESPONSE_SHAPE, f"{op.operation_id}: {e}", status_code=status) from None
        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as e:
            raise OrchestrationApiError(
                INVALID_RESPONSE_SHAPE,
                f"{op.operation_id}: response did not match the documented shape ({type(e).__name__})",
                status_code=status,
            ) from None

    def _decode(self, op: Operation, data: Any) -> Any:
        model = op.response_model
        if op.envelope == "list":
            if type(data) is not dict or type(data.get("items")) is not list:
                raise ShapeError("expected a list envelope {items: [...]}")
            cursor = data.get("nextCursor")
            if cursor is not None and type(cursor) is not str:
                raise ShapeError("nextCursor must be a string or null")
            decode = _convert.decoder(model)
            return ListResponse(items=tuple([decode(x) for x in data["items"]]), next_cursor=cursor or None)
        if op.envelope in ("item", "item-unwrapped"):
            if type(data) is not dict or "item" not in data:
                raise ShapeError("expected an item envelope {item: ...}")
            raw = data["item"]
            if raw is None and op.nullable_item:
                item = None
            else:
                item = _convert.decoder(model)(raw)
            return item if op.envelope == "item-unwrapped" else ItemResponse(item=item)
        return _convert.decoder(model)(data)

    def _api_error(self, response: httpx.Response, prep: _Prepared) -> OrchestrationApiError:
        status = response.status_code
        try:
            data = _loads(response.content) if response.content else None
        except (ValueError, RecursionError):
            data = None
        err = data.get("error") if isinstance(data, dict) else None
        if not (isinstance(err, dict) and isinstance(err.get("code"), str) and isinstance(err.get("message"), str)):
            return OrchestrationApiError(
                BAD_RESPONSE, f"{prep.label} failed with HTTP {status} and no error envelope", status_code=status
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
            scrub(err["code"], prep.secrets)[:100], message, status_code=status, details=details
        )

    def _network_error(self, prep: _Prepared, exc: Exception) -> OrchestrationNetworkError:
        kind = "timed out" if isinstance(exc, httpx.TimeoutException) else "failed"
        return OrchestrationNetworkError(f"{prep.label} {kind}: {type(exc).__name__}")

    def _log_request(self, prep: _Prepared) -> None:
        if self._verbose:
            logger.debug("-> %s headers=%s", prep.label, redact_headers(prep.headers))


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
    """Sync transport over ``httpx.Client`` (owned unless one was passed in)."""

    def __init__(
        self,
        base_url: str,
        *,
        api_key: str | None = None,
        verbose: bool = False,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(base_url, api_key=api_key, verbose=verbose)
        self._owns = http_client is None
        self._http = http_client or httpx.Client(follow_redirects=False)

    def call(self, op: Operation, **kwargs: Any) -> Any:
        prep = self.prepare(op, **kwargs)
        self._log_request(prep)
        started = time.perf_counter()
        try:
            response = self._http.request(
                prep.method,
                prep.url,
                params=prep.params or None,
                headers=prep.headers,
                content=prep.content,
                timeout=prep.timeout,
            )
        except httpx.HTTPError as e:
            raise self._network_error(prep, e) from e
        return self.finish(op, prep, response, started)

    def close(self) -> None:
        if self._owns:
            self._http.close()


class AsyncTransport(_TransportBase):
    """Async transport over ``httpx.AsyncClient``."""

    def __init__(
        self,
        base_url: str,
        *,
        api_key: str | None = None,
        verbose: bool = False,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(base_url, api_key=api_key, verbose=verbose)
        self._owns = http_client is None
        self._http = http_client or httpx.AsyncClient(follow_redirects=False)

    async def call(self, op: Operation, **kwargs: Any) -> Any:
        prep = self.prepare(op, **kwargs)
        self._log_request(prep)
        started = time.perf_counter()
        try:
            response = await self._http.request(
                prep.method,
                prep.url,
                params=prep.params or None,
                headers=prep.headers,
                content=prep.content,
                timeout=prep.timeout,
            )
        except httpx.HTTPError as e:
            raise self._network_error(prep, e) from e
        return self.finish(op, prep, response, started)

    async def aclose(self) -> None:
        if self._owns:
            await self._http.aclose()

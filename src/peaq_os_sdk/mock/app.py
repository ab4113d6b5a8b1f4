"""Starlette app of the mock orchestrator: routes, validation and auth straight from the spec.

Every route under ``/api/v1`` comes from ``generated/openapi.json``; the request is validated
against the operation's parameters and body schema (400 ``VALIDATION_ERROR`` with details, never
a 500), the operation's ``x-auth`` kind is enforced, and the business rules live in
:mod:`peaq_os_sdk.mock.simulator`. Admin routes live under ``/_mock`` (outside ``/api/v1``).
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from peaq_os_sdk._rules import is_sensitive_name
from peaq_os_sdk.mock import breaks
from peaq_os_sdk.mock.config import MockConfig
from peaq_os_sdk.mock.errors import MockError
from peaq_os_sdk.mock.faults import (
    REQUEST_ID_KEY,
    FaultRule,
    Faults,
    FaultSpecError,
    Receive,
    Scope,
    Send,
    drop_connection,
    new_request_id,
    read_body,
    replay,
    rule_from_json,
    with_request_id,
)
from peaq_os_sdk.mock.simulator import Call, Simulator
from peaq_os_sdk.mock.spec import Spec, SpecOperation, error_details
from peaq_os_sdk.mock.store import Store

log = logging.getLogger("peaq_os_sdk.mock")
API_PREFIX = "/api/v1"


def _error(err: MockError) -> JSONResponse:
    return JSONResponse(err.body(), status_code=err.status)


def _coerce_query(value: str, schema: dict[str, Any]) -> Any:
    t = schema.get("type")
    if t == "integer":
        try:
            return int(value)
        except ValueError:
            raise MockError("VALIDATION_ERROR", "query parameter must be an integer") from None
    return value


def _validate(op: SpecOperation, request: Request, raw_body: bytes) -> tuple[dict[str, str], dict[str, Any], Any]:
    problems: list[dict[str, str]] = []
    path: dict[str, str] = {}
    query: dict[str, Any] = {}
    for param, validator in op.param_validators:
        name, where = param["name"], param["in"]
        raw = request.path_params.get(name) if where == "path" else request.query_params.get(name)
        if raw is None or (where == "query" and raw == "" and param.get("required")):
            if param.get("required"):
                problems.append({"path": f"{where}.{name}", "rule": "required", "message": f"{name} is required"})
            continue
        try:
            value = _coerce_query(raw, param["schema"]) if where == "query" else raw
        except MockError:
            problems.append({"path": f"{where}.{name}", "rule": "type", "message": "must be an integer"})
            continue
        errs = list(validator.iter_errors(value))
        if errs:
            problems.extend({**d, "path": f"{where}.{name}"} for d in error_details(errs))
            continue
        (path if where == "path" else query)[name] = value
    body: Any = None
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    declared_json = media_type == "application/json" or media_type.endswith("+json")
    if raw_body and not declared_json:
        problems.append({"path": "body", "rule": "content-type", "message": "a request body must be application/json"})
    elif raw_body:
        try:
            body = json.loads(raw_body)
        except (ValueError, RecursionError):
            problems.append({"path": "body", "rule": "json", "message": "body is not valid JSON"})
            body = None
    elif declared_json and request.method in ("DELETE", "GET", "POST", "PUT", "PATCH"):
        problems.append(
            {"path": "body", "rule": "content-type", "message": "a JSON content type was declared without a body"}
        )
    if op.body_schema is not None and not problems:
        if body is None and raw_body == b"":
            if op.body_required:
                problems.append({"path": "body", "rule": "required", "message": "request body is required"})
        elif op.body_validator is not None:
            errs = sorted(op.body_validator.iter_errors(body), key=lambda e: list(e.absolute_path))
            if errs:
                problems.extend(
                    {**d, "path": "body/" + d["path"] if d["path"] != "(root)" else "body"} for d in error_details(errs)
                )
    if problems:
        raise MockError("VALIDATION_ERROR", "request failed validation", {"problems": problems})
    return path, query, body


def _record(store: Store, request: Request, raw_body: bytes, op_id: str | None) -> dict[str, Any]:
    try:
        body = json.loads(raw_body) if raw_body else None
    except ValueError:
        body = raw_body.decode("utf-8", "replace")
    entry = {
        "operationId": op_id,
        "method": request.method,
        "path": request.url.path,
        "query": dict(request.query_params),
        "queryString": request.url.query,
        "headers": {k.lower(): v for k, v in request.headers.items()},
        "body": body,
        "rawBody": raw_body,
        "requestId": request.scope.get(REQUEST_ID_KEY),
    }
    store.requests.append(entry)
    return entry


def _not_implemented(op: SpecOperation) -> Any:
    """The answer for a spec operation the simulator has no rules for yet: 501, naming the operation."""

    def handler(call: Call) -> tuple[int, Any]:
        raise MockError(
            "NOT_IMPLEMENTED",
            f"the mock has no handler for {op.operation_id} ({op.method} {op.path})",
            {"operationId": op.operation_id},
            status=501,
        )

    return handler


def _check_response(op: SpecOperation, status: int, payload: Any) -> None:
    """``check_responses``: a success answer must match its schema, closed (:func:`.spec.close_schema`); else a
    500 ``MOCK_RESPONSE_INVALID`` naming the operation and the paths/keys at fault (never a value), logged too."""
    validator = op.response_validators.get(status)
    if validator is None:
        problems = [{"path": "(root)", "rule": "status", "message": f"the spec declares no JSON {status} answer"}]
    else:
        errors = sorted(validator.iter_errors(payload), key=lambda e: list(e.absolute_path))
        if not errors:
            return
        problems = error_details(errors)
    log.error("the simulator's %d answer of %s violates the spec: %s", status, op.operation_id, problems)
    raise MockError(
        "MOCK_RESPONSE_INVALID",
        f"the simulator's {status} answer of {op.operation_id} violates the spec",
        {"operationId": op.operation_id, "problems": problems},
        status=500,
    )


class MockApp(Starlette):
    """The Starlette app, wrapped by the request-id and scripted-fault layer (see :mod:`.faults`)."""

    faults: Faults
    store: Store
    operation_for: Any

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        request_id = new_request_id()
        scope[REQUEST_ID_KEY] = request_id
        generation = self.store.generation
        path, method = scope["path"], scope["method"]
        rule = None if path.startswith("/_mock") or path == "/health" else self.faults.take(method, path)
        tagged = with_request_id(send, request_id)
        if rule is None:
            await super().__call__(scope, receive, tagged)
            return
        body = await read_body(receive)
        if rule.delay_ms:
            await asyncio.sleep(rule.delay_ms / 1000)
            if self.store.generation != generation:  # reset while it waited: it is not the new state's to see
                await drop_connection(send)
                return
        if rule.status is None and not rule.drop:  # a delay only: the simulator answers
            await super().__call__(scope, replay(body, receive), tagged)
            return
        self._record_fault(scope, body, rule)
        if rule.drop:
            await drop_connection(send)
            return
        message = f"scripted fault: HTTP {rule.status}"
        response = JSONResponse({"error": {"code": rule.code, "message": message}}, status_code=rule.status or 500)
        response.raw_headers.extend(rule.response_headers())
        await response(scope, receive, tagged)

    def _record_fault(self, scope: Scope, body: bytes, rule: FaultRule) -> None:
        request = Request(scope)
        entry = _record(self.store, request, body, self.operation_for(request.method, request.url.path))
        entry["fault"] = "drop" if rule.drop else f"status {rule.status}"


def create_app(config: MockConfig | None = None, *, store: Store | None = None, spec: Spec | None = None) -> Starlette:
    config = config or MockConfig.from_env()
    spec = spec or Spec()
    store = store or Store()
    sim = Simulator(config, store, spec)

    def make_endpoint(op: SpecOperation, *, record: bool = True) -> Any:
        handler = getattr(sim, op.operation_id, None) or _not_implemented(op)

        async def endpoint(request: Request) -> Response:
            raw = await request.body()
            entry = _record(store, request, raw, op.operation_id) if record else {}
            try:
                path, query, body = _validate(op, request, raw)
                call = Call(
                    op=op, path=path, query=query, body=body, headers={k.lower(): v for k, v in request.headers.items()}
                )
                with store.lock:
                    sim.authenticate(call)
                    status, payload = sim.run_operation(call, handler)
                if config.check_responses and status != 204 and 200 <= status < 300:
                    _check_response(op, status, payload)  # the simulator's own answer, before any deliberate break
                if config.contract_breaks:  # deliberate breaks, off by default (see mock/breaks.py)
                    status, payload = breaks.apply(config.contract_breaks, op.operation_id, status, payload)
            except MockError as e:
                if config.contract_breaks:
                    e.code, e.status = breaks.error_status(config.contract_breaks, e.code, e.status)
                entry["status"] = e.status
                return _error(e)
            except Exception:  # pragma: no cover - a bug in the simulator must still answer in the envelope
                log.exception("mock handler %s crashed", op.operation_id)
                return JSONResponse({"error": {"code": "INTERNAL", "message": "mock simulator error"}}, status_code=500)
            entry["status"] = status  # the status answered, next to the request (``/_mock/requests``)
            if status == 204:
                return Response(status_code=204)
            return JSONResponse(payload, status_code=status)

        return endpoint

    routes: list[Route] = []
    # literal segments before parameters so /agent-pairings/challenges never reads as a pairing id
    ordered = sorted(spec.operations, key=lambda o: (o.path.count("{"), o.path))
    # one route per path, so a 405 names every method of the path in Allow (not just the first route's)
    by_path: dict[str, dict[str, Any]] = {}
    for op in ordered:
        by_path.setdefault(op.path, {})[op.method] = make_endpoint(op)

    def dispatch(endpoints: dict[str, Any]) -> Any:
        async def endpoint(request: Request) -> Response:
            return await endpoints["GET" if request.method == "HEAD" else request.method](request)  # type: ignore[no-any-return]

        return endpoint

    for path, endpoints in by_path.items():
        routes.append(Route(API_PREFIX + path, dispatch(endpoints), methods=list(endpoints)))

    # paths the spec also serves at the host root (path-level servers naming "/"): /health, /readiness. These
    # probes stay out of the request log (MockServer.start polls /health before any test request).
    for path in by_path:
        if any(srv.get("url") == "/" for srv in spec.raw["paths"][path].get("servers", [])):
            root = {op.method: make_endpoint(op, record=False) for op in ordered if op.path == path}
            routes.append(Route(path, dispatch(root), methods=list(root)))
    faults = Faults(config.faults)
    routes.extend(admin_routes(sim, faults))

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        code = {404: "NOT_FOUND", 405: "METHOD_NOT_ALLOWED"}.get(exc.status_code, "HTTP_ERROR")
        # keep the exception's headers: a 405 must name the allowed methods in Allow (RFC 9110 §15.5.6)
        return JSONResponse(
            {"error": {"code": code, "message": str(exc.detail)}}, status_code=exc.status_code, headers=exc.headers
        )

    app = MockApp(routes=routes, exception_handlers={HTTPException: http_error})
    app.faults = faults
    app.store = store
    app.operation_for = _operation_resolver(spec)
    app.state.faults = faults
    app.state.sim = sim
    app.state.store = store
    app.state.config = config
    return app


def _operation_resolver(spec: Spec) -> Any:
    """(method, path) -> operationId, for requests answered before routing (scripted faults)."""
    table = [
        (op.method, re.compile("^" + API_PREFIX + re.sub(r"\{[^}]+\}", "[^/]+", op.path) + "$"), op.operation_id)
        for op in spec.operations
    ]

    def resolve(method: str, path: str) -> str | None:
        return next((op_id for m, rx, op_id in table if m == method and rx.match(path)), None)

    return resolve


_NUMBER = (int, float)
IDENTITY_FIELDS: dict[str, tuple[type, ...]] = {
    "tokenId": (str, int),
    "identityRef": (str,),
    "controllerAddresses": (list,),
    "activated": (bool,),
    "bonded": (bool,),
    "machineAddress": (str,),
}
"""``POST /_mock/identities``: the fields an identity is registered with, and their JSON types."""
IDENTITY_UPDATE_FIELDS: dict[str, tuple[type, ...]] = {
    "controllerAddresses": (list,),
    "activated": (bool,),
    "bonded": (bool,),
    "remove": (bool,),
}
"""``PATCH /_mock/identities/{ref}``."""
CLOCK_FIELDS: dict[str, tuple[type, ...]] = {"advanceSeconds": _NUMBER}
"""``POST /_mock/clock``."""
TRANSACTION_FIELDS: dict[str, tuple[type, ...]] = {
    "transactionHash": (str,),
    "status": (str,),
    "token": (str,),
    "from": (str,),
    "to": (str,),
    "rawAmount": (str,),
}
"""``POST /_mock/transactions``: a transfer the simulated payment RPC knows."""
_JSON_NAMES = {str: "a string", int: "an integer", float: "a number", bool: "a boolean", list: "an array"}


def admin_body(body: Any, fields: dict[str, tuple[type, ...]]) -> dict[str, Any]:
    """An admin route's body, checked: a JSON object with only ``fields``, each of its JSON type.

    An unknown field (``{"seconds": 10}`` on the clock) or a wrong type is a 400 VALIDATION_ERROR naming the
    field and what is accepted, never silently ignored.
    """
    if body is None:
        return {}
    if not isinstance(body, dict):
        raise MockError("VALIDATION_ERROR", "the body must be a JSON object", {"field": ""})
    for key, value in body.items():
        kinds = fields.get(key)
        if kinds is None:
            allowed = ", ".join(fields) or "none"
            raise MockError(
                "VALIDATION_ERROR",
                f"unknown field {key!r} (accepted: {allowed})",
                {"field": key, "accepted": list(fields)},
            )
        if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
            wanted = " or ".join(dict.fromkeys(_JSON_NAMES[k] for k in kinds))
            raise MockError("VALIDATION_ERROR", f"{key} must be {wanted}", {"field": key})
    return body


def admin_routes(sim: Simulator, transport_faults: Faults | None = None) -> list[Route]:
    """``/_mock/*``: seed identities, move the clock, inject faults, read what the server saw."""
    store = sim.store
    scripted = transport_faults or Faults()

    async def read_json(request: Request) -> Any:
        raw = await request.body()
        try:
            return json.loads(raw) if raw else {}
        except ValueError:
            raise MockError("VALIDATION_ERROR", "body is not valid JSON") from None

    def wrap(fn: Any) -> Any:
        async def endpoint(request: Request) -> Response:
            try:
                body = await read_json(request) if request.method in ("POST", "PATCH", "PUT") else {}
                with store.lock:
                    status, payload = fn(request, body)
            except MockError as e:
                return _error(e)
            return Response(status_code=204) if status == 204 else JSONResponse(payload, status_code=status)

        return endpoint

    def register_identity(request: Request, body: Any) -> tuple[int, Any]:
        return 201, {"item": sim.register_identity(admin_body(body, IDENTITY_FIELDS))}

    def update_identity(request: Request, body: Any) -> tuple[int, Any]:
        return 200, {"item": sim.update_identity(request.path_params["ref"], admin_body(body, IDENTITY_UPDATE_FIELDS))}

    def list_identities(request: Request, body: Any) -> tuple[int, Any]:
        return 200, {"items": list(store.identities.values())}

    def clock(request: Request, body: Any) -> tuple[int, Any]:
        seconds = admin_body(body, CLOCK_FIELDS).get("advanceSeconds", 0)
        store.advance(seconds)
        return 200, {"now": store.now_iso()}

    def faults(request: Request, body: Any) -> tuple[int, Any]:
        for k, v in admin_body(body, {name: (bool,) for name in store.faults}).items():
            store.faults[k] = v
        return 200, dict(store.faults)

    def transactions(request: Request, body: Any) -> tuple[int, Any]:
        return 201, {"item": sim.register_transaction(admin_body(body, TRANSACTION_FIELDS))}

    def requests_seen(request: Request, body: Any) -> tuple[int, Any]:
        items = []
        for r in list(store.requests):
            headers = {k: ("[REDACTED]" if is_sensitive_name(k) else v) for k, v in r["headers"].items()}
            items.append({k: v for k, v in r.items() if k != "rawBody"} | {"headers": headers})
        return 200, {"items": items}

    def reset(request: Request, body: Any) -> tuple[int, Any]:
        admin_body(body, {})
        sim.reset()
        scripted.reset()
        return 204, None

    def add_transport_fault(request: Request, body: Any) -> tuple[int, Any]:
        try:
            return 201, {"item": scripted.add(rule_from_json(body)).to_json()}
        except FaultSpecError as e:
            raise MockError("VALIDATION_ERROR", str(e)) from None

    def list_transport_faults(request: Request, body: Any) -> tuple[int, Any]:
        return 200, {"items": [r.to_json() for r in scripted.rules]}

    def clear_transport_faults(request: Request, body: Any) -> tuple[int, Any]:
        scripted.clear()
        return 204, None

    return [
        Route("/_mock/identities", wrap(register_identity), methods=["POST"]),
        Route("/_mock/identities", wrap(list_identities), methods=["GET"]),
        Route("/_mock/identities/{ref}", wrap(update_identity), methods=["PATCH"]),
        Route("/_mock/clock", wrap(clock), methods=["POST"]),
        Route("/_mock/faults", wrap(faults), methods=["POST"]),
        Route("/_mock/transactions", wrap(transactions), methods=["POST"]),
        Route("/_mock/requests", wrap(requests_seen), methods=["GET"]),
        Route("/_mock/reset", wrap(reset), methods=["POST"]),
        Route("/_mock/transport-faults", wrap(add_transport_fault), methods=["POST"]),
        Route("/_mock/transport-faults", wrap(list_transport_faults), methods=["GET"]),
        Route("/_mock/transport-faults", wrap(clear_transport_faults), methods=["DELETE"]),
    ]

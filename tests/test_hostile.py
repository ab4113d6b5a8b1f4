"""A hostile or broken server can only ever produce an ``OrchestrationError``.

Every operation's response decoding is fed hypothesis-generated responses (arbitrary JSON, wrong
envelopes, wrong field types, non-JSON, HTML error pages, empty 2xx bodies, 204 where a body is
expected, unknown status codes) plus fixed huge and deeply nested bodies, through an
``httpx.MockTransport``. Anything other than an ``OrchestrationError`` (a ``KeyError``,
``TypeError``, ``RecursionError``...) fails the test. One-time secrets must survive lenient
decoding, and the converter round-trips generated models with unknown fields kept in ``extra``.
"""

from __future__ import annotations

import functools
import gzip
import json
import subprocess
import sys
import types
import typing
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Literal, Union

import attrs
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from peaq_os_sdk._decode_support import ShapeError
from peaq_os_sdk._generated import models as m
from peaq_os_sdk._generated.decoders import DECODERS

from peaq_os_sdk.orchestration import (
    BAD_RESPONSE,
    INVALID_RESPONSE_SHAPE,
    ItemResponse,
    ListResponse,
    OrchestrationApiError,
    OrchestrationError,
    OrchestrationNetworkError,
    _convert,
)
from tests import _report
from tests._opargs import OPERATIONS, Secrets, call, mock_client

pytestmark = pytest.mark.heavy  # tens of seconds: started first (conftest), never the run's tail

STATS = _report.section(
    "hostile",
    {"examples": 0, "fixed": 0, "successes": 0, "api_errors": 0, "network_errors": 0, "roundtrips": 0},
)
SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
SYNTHESISED = (BAD_RESPONSE, INVALID_RESPONSE_SHAPE)

# ---- strategies: JSON, models, bodies --------------------------------------------------------------
_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
)
JSON = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


def _strategy_for(t: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    origin, args = typing.get_origin(t), typing.get_args(t)
    if t is str:
        return st.text(max_size=10)
    if t is bool:
        return st.booleans()
    if t is int:
        return st.integers(min_value=-(10**9), max_value=10**9)
    if t is float:
        return st.floats(allow_nan=False, allow_infinity=False)
    if t is Any:
        return JSON
    if origin is Literal:
        return st.sampled_from(args)
    if t in m.DISCRIMINATED or origin in (Union, types.UnionType):
        members = list(args)
        if type(None) in members and any(typing.get_origin(a) in (Mapping, dict) for a in members):
            # reading turns an absent/null optional map into {} (see test_optional_map_none_round_trips)
            members.remove(type(None))
        return st.one_of([_strategy_for(a, depth) for a in members])
    if t is type(None):
        return st.none()
    if origin in (tuple, Sequence):
        return st.lists(_strategy_for(args[0], depth + 1), max_size=2 if depth < 3 else 0).map(tuple)
    if origin in (Mapping, dict):
        return st.dictionaries(st.text(max_size=6), _strategy_for(args[1], depth + 1), max_size=2)
    if attrs.has(t):
        return model(t, depth)
    raise NotImplementedError(repr(t))


def model(cls: type, depth: int = 0) -> st.SearchStrategy[Any]:
    """Instances of a generated model with every field filled by a type-correct value."""
    kwargs = {
        f.name: st.text(min_size=1, max_size=10) if f.metadata.get("non_empty") else _strategy_for(f.type, depth + 1)
        for f in attrs.fields(cls)
        if not f.metadata.get("extra")
    }
    return st.builds(cls, **kwargs)


def wire(value: Any) -> Any:
    """What the server would send for a model value: unstructured, through real JSON."""
    return json.loads(json.dumps(_convert.unstructure(value)))


def valid_body(op: Any) -> st.SearchStrategy[Any]:
    """What a correct server could answer for ``op`` (built once per operation: strategies are reusable)."""
    cached = _VALID_BODIES.get(op.sdk_name)
    if cached is None:
        cached = _VALID_BODIES[op.sdk_name] = _valid_body(op)
    return cached


_VALID_BODIES: dict[str, st.SearchStrategy[Any]] = {}


def _valid_body(op: Any) -> st.SearchStrategy[Any]:
    if op.envelope == "empty":
        return st.none()
    item = model(op.response_model) if attrs.has(op.response_model) else _strategy_for(op.response_model)
    if op.envelope == "list":
        return st.builds(
            lambda items, cur: {"items": [wire(x) for x in items], **({"nextCursor": cur} if cur else {})},
            st.lists(item, max_size=3),
            st.none() | st.text(min_size=1, max_size=8),
        )
    if op.envelope in ("item", "item-unwrapped"):
        inner = (st.none() | item) if op.nullable_item else item
        return inner.map(lambda x: {"item": None if x is None else wire(x)})
    return item.map(wire)


@st.composite
def mutated(draw: Any, body: Any) -> Any:
    """Change one node somewhere inside ``body``: another JSON value, a dropped key, a wrapped value."""
    if not isinstance(body, dict | list) or not body:
        return draw(JSON)
    root: Any = json.loads(json.dumps(body))
    node = root
    for _ in range(draw(st.integers(0, 6))):
        keys = list(node.keys()) if isinstance(node, dict) else list(range(len(node)))
        if not keys:
            break
        k = draw(st.sampled_from(keys))
        if not isinstance(node[k], dict | list) or not node[k]:
            break
        node = node[k]
    keys = list(node.keys()) if isinstance(node, dict) else list(range(len(node)))
    if not keys:
        return root
    k = draw(st.sampled_from(keys))
    action = draw(st.sampled_from(["replace", "drop", "wrap", "stringify", "null"]))
    if action == "drop" and isinstance(node, dict):
        del node[k]
    elif action == "wrap":
        node[k] = [node[k]]
    elif action == "stringify":
        node[k] = json.dumps(node[k])
    elif action == "null":
        node[k] = None
    else:
        node[k] = draw(JSON)
    return root


HTML = (
    "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1>"
    "</center><hr><center>nginx</center></body></html>"
)
_2XX = st.sampled_from([200, 201, 202, 203, 205, 206, 299])
_ODD = st.sampled_from([100, 101, 103, 199, 300, 301, 302, 304, 307, 308, 399, 418, 420, 451, 599, 600, 999])
_ERR = st.sampled_from([400, 401, 402, 403, 404, 409, 410, 422, 429, 500, 502, 503, 504])


def _wrong_envelopes(op: Any, body: Any) -> list[Any]:
    inner = body.get("item") if isinstance(body, dict) and "item" in body else body
    items = body.get("items") if isinstance(body, dict) and "items" in body else [inner]
    return [
        {"items": items},
        {"item": items},
        items,
        inner,
        {"data": inner},
        {"item": []},
        {"items": {"0": inner}},
        {"items": items, "nextCursor": 7},
        {"items": None},
        {"item": "x"},
        {"error": None},
        {},
        [],
        "item",
        0,
    ]


_FROM_A_VALID_BODY = frozenset({"valid", "mutated", "envelope", "nonjson", "odd-status"})


@st.composite
def responses(draw: Any, op: Any) -> tuple[int, dict[str, str], bytes, str]:
    """(status, headers, content, kind)."""
    kind = draw(
        st.sampled_from(
            [
                "valid",
                "mutated",
                "envelope",
                "json",
                "nonjson",
                "html",
                "empty",
                "204",
                "odd-status",
                "error-envelope",
                "bad-error-envelope",
                "gzip-garbage",
            ]
        )
    )
    # only the kinds built from a valid body draw one (the costliest part of an example by far)
    body = draw(valid_body(op)) if kind in _FROM_A_VALID_BODY else None
    ok_status = draw(_2XX)
    headers = {"content-type": "application/json"}
    if kind == "valid":
        return ok_status, headers, json.dumps(body).encode() if body is not None else b"", kind
    if kind == "mutated":
        return ok_status, headers, json.dumps(draw(mutated(body))).encode(), kind
    if kind == "envelope":
        return ok_status, headers, json.dumps(draw(st.sampled_from(_wrong_envelopes(op, body)))).encode(), kind
    if kind == "json":
        return ok_status, headers, json.dumps(draw(JSON)).encode(), kind
    if kind == "nonjson":
        raw = draw(
            st.binary(max_size=64)
            | st.text(max_size=64).map(str.encode)
            | st.just(json.dumps(body).encode()[:-1] or b"{")
        )
        return draw(_2XX | _ERR), {"content-type": draw(st.sampled_from(["application/json", "text/plain"]))}, raw, kind
    if kind == "html":
        return draw(_2XX | _ERR | _ODD), {"content-type": "text/html"}, HTML.encode(), kind
    if kind == "empty":
        return ok_status, headers, b"", kind
    if kind == "204":
        return 204, {}, b"", kind
    if kind == "odd-status":
        content = draw(
            st.sampled_from(
                [
                    b"",
                    json.dumps(body).encode(),
                    HTML.encode(),
                    b'{"error":{"code":"TEAPOT","message":"short and stout"}}',
                ]
            )
        )
        return draw(_ODD), {"location": "http://elsewhere.invalid/"}, content, kind
    if kind == "error-envelope":
        err = {"code": draw(st.text(max_size=20)), "message": draw(st.text(max_size=40))}
        if draw(st.booleans()):
            err["details"] = draw(JSON)
        return draw(_ERR | _ODD), headers, json.dumps({"error": err}).encode(), kind
    if kind == "bad-error-envelope":
        err = draw(JSON | st.fixed_dictionaries({"code": JSON, "message": JSON, "details": JSON}))
        return draw(_ERR), headers, json.dumps({"error": err}).encode(), kind
    return ok_status, {"content-type": "application/json", "content-encoding": "gzip"}, b"\x1f\x8bnot-gzip", kind


def _check(op: Any, status: int, kind: str, outcome: Any) -> None:
    """The single rule: success only on 2xx with an acceptable body; otherwise an OrchestrationError."""
    if kind in ("html", "empty", "204", "gzip-garbage") and op.envelope != "empty":
        # bodies that can never carry the documented result must be refused, not just "not crash"
        assert isinstance(outcome, BaseException), f"{op.sdk_name}/{kind}: a body that is no result was accepted"
    if isinstance(outcome, BaseException):
        assert isinstance(outcome, OrchestrationError), f"{op.sdk_name}/{kind}: {type(outcome).__name__} escaped"
        if isinstance(outcome, OrchestrationApiError):
            STATS["api_errors"] += 1
            if 200 <= status < 300:
                assert outcome.code in SYNTHESISED, f"{op.sdk_name}/{kind}: code {outcome.code!r} on {status}"
            assert outcome.status_code == status
        else:
            assert isinstance(outcome, OrchestrationNetworkError) and kind == "gzip-garbage", (
                f"{op.sdk_name}/{kind}: unexpected {type(outcome).__name__}"
            )
            assert isinstance(outcome.__cause__, httpx.HTTPError)
            STATS["network_errors"] += 1
        return
    STATS["successes"] += 1
    assert 200 <= status < 300, f"{op.sdk_name}/{kind}: success on HTTP {status}"
    if op.envelope == "empty":
        assert outcome is None
    elif op.envelope == "list":
        assert isinstance(outcome, ListResponse)
    elif op.envelope == "item":
        assert isinstance(outcome, ItemResponse)


def _run(client: Any, op: Any, secrets: Secrets) -> Any:
    try:
        return call(client, op, secrets)
    except BaseException as e:  # noqa: BLE001 - the point is to see whatever escapes
        return e


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.sdk_name)
def test_hostile_responses_only_raise_orchestration_errors(op):
    box: dict[str, Any] = {}
    client = mock_client(lambda request: httpx.Response(box["status"], headers=box["headers"], content=box["content"]))
    secrets = Secrets()

    @SETTINGS
    @given(resp=responses(op))
    def check(resp: tuple[int, dict[str, str], bytes, str]) -> None:
        STATS["examples"] += 1
        box["status"], box["headers"], box["content"], kind = resp
        outcome = _run(client, op, secrets)
        _check(op, box["status"], kind, outcome)
        if kind == "valid":
            assert not isinstance(outcome, BaseException), f"{op.sdk_name}: a valid body was rejected"

    check()


# ---- fixed hostile bodies: huge, deeply nested, unknown statuses --------------------------------------
def _deep(depth: int, open_: str = "[", close: str = "]") -> bytes:
    return (open_ * depth + close * depth).encode()


def _deep_dict(depth: int) -> Any:
    node: Any = "leaf"
    for _ in range(depth):
        node = {"aB": node}
    return node


@functools.lru_cache(maxsize=1)
def _fixed_cases() -> list[tuple[str, int, bytes, dict[str, str]]]:
    big_string = "A" * 2_000_000
    json_ct = {"content-type": "application/json"}
    cases = [
        ("huge-string", 200, json.dumps({"item": {"id": big_string}, "items": [big_string]}).encode(), json_ct),
        (
            "huge-array",
            200,
            json.dumps({"items": list(range(200_000)), "item": list(range(200_000))}).encode(),
            json_ct,
        ),
        ("huge-garbage", 200, b"\x00\xff" * 1_000_000, {}),
        ("huge-html", 502, (HTML * 5000).encode(), {"content-type": "text/html"}),
        (
            "huge-error-message",
            400,
            json.dumps(
                {"error": {"code": "X" * 100_000, "message": big_string, "details": {"k": [big_string]}}}
            ).encode(),
            json_ct,
        ),
        ("deep-list-100k", 200, _deep(100_000), json_ct),
        ("deep-dict-100k", 200, b'{"a":' * 100_000 + b"1" + b"}" * 100_000, json_ct),
        ("deep-item-900", 200, json.dumps({"item": _deep_dict(900), "items": [_deep_dict(900)]}).encode(), json_ct),
        (
            "deep-error-details-900",
            400,
            json.dumps({"error": {"code": "DEEP", "message": "m", "details": _deep_dict(900)}}).encode(),
            json_ct,
        ),
        (
            "deep-error-details-100k",
            400,
            b'{"error":{"code":"DEEP","message":"m","details":' + _deep(100_000) + b"}}",
            json_ct,
        ),
        ("nan-infinity", 200, b'{"item": NaN, "items": [Infinity, -Infinity], "nextCursor": NaN}', json_ct),
        ("bigint", 200, b'{"item": ' + b"9" * 10_000 + b"}", json_ct),
        ("bom", 200, b"\xef\xbb\xbf" + json.dumps({"items": []}).encode(), json_ct),
        ("utf16", 200, json.dumps({"items": []}).encode("utf-16"), json_ct),
        ("empty-200", 200, b"", {}),
        ("whitespace-200", 200, b"   \n", json_ct),
        ("204", 204, b"", {}),
        ("204-with-body", 204, json.dumps({"item": {}}).encode(), json_ct),
    ]
    for status in (100, 101, 102, 103, 199, 300, 301, 302, 303, 304, 307, 308, 418, 425, 451, 499, 599):
        cases.append((f"status-{status}", status, b"", {"location": "https://elsewhere.invalid/"}))
        cases.append(
            (
                f"status-{status}-envelope",
                status,
                b'{"error":{"code":"ODD","message":"odd status","details":{"apiKey":"x"}}}',
                json_ct,
            )
        )
    return cases


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.sdk_name)
def test_fixed_hostile_bodies(op):
    secrets = Secrets()
    for kind, status, content, headers in _fixed_cases():
        STATS["fixed"] += 1
        client = mock_client(lambda r, s=status, c=content, h=headers: httpx.Response(s, headers=h, content=c))
        outcome = _run(client, op, secrets)
        _check(op, status, kind, outcome)
        if kind.startswith("status-") and kind.endswith("-envelope"):
            assert isinstance(outcome, OrchestrationApiError) and outcome.code == "ODD"
            assert outcome.details == {"api_key": "[REDACTED]"}
        elif kind.startswith("status-"):
            assert isinstance(outcome, OrchestrationApiError) and outcome.code == BAD_RESPONSE
        if kind == "204" and op.envelope != "empty":
            assert isinstance(outcome, OrchestrationApiError) and outcome.code == INVALID_RESPONSE_SHAPE
        if kind == "empty-200" and op.envelope != "empty":
            assert isinstance(outcome, OrchestrationApiError) and outcome.code == BAD_RESPONSE
        if kind == "huge-error-message":
            assert isinstance(outcome, OrchestrationApiError)
            assert len(outcome.message) <= 500 and len(outcome.code) <= 100
        if kind.startswith("deep-error-details"):
            assert isinstance(outcome, OrchestrationApiError) and outcome.code in ("DEEP", BAD_RESPONSE)


def test_deep_details_do_not_escape_as_recursion_error():
    """Regression: error ``details`` nested a few hundred deep parsed fine (one frame per level) but
    blew the stack while being redacted (two frames per level) and escaped as a RecursionError."""
    op = next(o for o in OPERATIONS if o.sdk_name == "get_machine")
    depth = 500  # within the transport's JSON depth limit (512)
    body = b'{"error":{"code":"DEEP","message":"m","details":' + b'{"aB":' * depth + b"1" + b"}" * depth + b"}}"
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(1000)  # the interpreter default (signing raises it process-wide)
    try:
        outcome = _run(mock_client(lambda r: httpx.Response(400, content=body)), op, Secrets())
    finally:
        sys.setrecursionlimit(limit)
    assert isinstance(outcome, OrchestrationApiError) and outcome.code == "DEEP"
    # where the interpreter's stack allows the walk (3.12+ counts Python frames apart from C ones) the details
    # arrive whole, keys re-cased; where it does not they are dropped — never a RecursionError, never a partial copy
    if outcome.details is not None:
        node: object = outcome.details
        for _ in range(depth):
            assert isinstance(node, dict) and list(node) == ["a_b"]
            node = node["a_b"]
        assert node == 1


def test_deep_json_cannot_crash_the_process_after_signing():
    """Regression: signing imports py_ecc, which raises the process recursion limit to 100000; a body of
    100k ``[`` then overflowed the C stack inside ``json.loads`` (a segfault, not an exception).

    Run in a child interpreter, so a regression fails this test (exit status or signal shown) instead of
    killing the whole pytest process."""
    code = "from tests.test_hostile import deep_json_check; print(deep_json_check())"
    root = Path(__file__).resolve().parents[1]
    proc = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=300)
    if proc.returncode < 0:
        pytest.fail(f"the child interpreter was killed by signal {-proc.returncode} (stack overflow in decoding?)")
    assert proc.returncode == 0, proc.stderr[-2000:]
    STATS["fixed"] += int(proc.stdout.split()[-1])


def deep_json_check() -> int:
    """The body of the regression above; returns how many hostile bodies it checked."""
    from peaq_os_sdk.orchestration.signing import address_of

    checked = 0

    address_of(Secrets().agent_key)  # a normal pairing flow signs, importing py_ecc
    raised = sys.getrecursionlimit() < 100_000
    if raised:  # in case a future py_ecc stops doing it, recreate the condition
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(100_000)
    try:
        ops = [o for o in OPERATIONS if o.sdk_name in ("list_machines", "get_machine", "execute_market_order")]
        n = 200_000
        bodies = {
            "list": (200, b"[" * n + b"]" * n),
            "unclosed": (200, b"[" * n),
            "dict": (200, b'{"a":' * n + b"1" + b"}" * n),
            "mixed": (200, b'[{"a":' * (n // 2) + b"1" + b"}]" * (n // 2)),
            "in-envelope": (200, b'{"items":' + b"[" * n + b"]" * n + b"}"),
            "error-details": (400, b'{"error":{"code":"E","message":"m","details":' + b"[" * n + b"]" * n + b"}}"),
            "utf16": (200, ("[" * n + "]" * n).encode("utf-16")),
        }
        for op in ops:
            for kind, (status, content) in bodies.items():
                checked += 1
                outcome = _run(mock_client(lambda r, s=status, c=content: httpx.Response(s, content=c)), op, Secrets())
                assert isinstance(outcome, OrchestrationApiError), kind
                assert outcome.code == BAD_RESPONSE and outcome.status_code == status, kind
        # brackets inside strings are data, not nesting; moderate real nesting in opaque data is kept
        machine = {
            "id": "m",
            "displayName": "[{" * n + '\\"]',
            "status": "active",
            "ownerId": "o",
            "machineType": "r",
            "runtimeProfile": "p",
            "createdAt": "t",
            "updatedAt": "t",
            "labels": {"deep": "]]]}}}"},
        }
        client = mock_client(lambda r: httpx.Response(200, json={"items": [machine]}))
        got = call(client, ops[0], Secrets()).items[0]
        assert got.display_name == machine["displayName"] and got.labels == machine["labels"]
        order_input = json.loads(_deep(400).decode())
        execute_ok = {
            "order": wire_order(order_input),
            "execution": {"statusCode": 202, "handoff": {"label": "l", "url": "u"}},
        }
        result = call(mock_client(lambda r: httpx.Response(200, json=execute_ok)), ops[2], Secrets())
        assert result.order.input == {"nested": order_input}
    finally:
        if raised:
            sys.setrecursionlimit(limit)
    return checked


def wire_order(nested: Any) -> dict[str, Any]:
    rail = {"defaultRail": "x402", "required": True}
    return {
        "id": "o",
        "machineId": "m",
        "agentPairingId": "p",
        "serviceId": "s",
        "skillKey": "k",
        "providerKey": "pk",
        "serviceType": "storage.object",
        "operation": "put",
        "executionMode": "native",
        "integrationStatus": "native",
        "status": "created",
        "payment": rail,
        "createdAt": "t",
        "updatedAt": "t",
        "input": {"nested": nested},
    }


def test_gzip_encoded_valid_body_is_decoded():
    op = next(o for o in OPERATIONS if o.sdk_name == "list_machines")
    body = gzip.compress(json.dumps({"items": []}).encode())
    client = mock_client(lambda r: httpx.Response(200, headers={"content-encoding": "gzip"}, content=body))
    assert call(client, op, Secrets()).items == ()


# ---- one-time secrets survive lenient decoding --------------------------------------------------------
def _pairing_item(token: str) -> dict[str, Any]:
    return {
        "id": "pair_1",
        "machineId": "mach_1",
        "status": "active",
        "agentAddress": "0x" + "ab" * 20,
        "agentProvider": "anthropic",
        "agentRole": "buyer",
        "delegationPolicy": {"perTransactionLimit": 1},
        "hasAuthToken": True,
        "createdAt": "t",
        "updatedAt": "t",
        "tokenLastFour": token[-4:],
        "pairingToken": token,
    }


def _agent_item(token: str) -> dict[str, Any]:
    return {
        "id": "agent_1",
        "machineId": "mach_1",
        "label": "a",
        "status": "provisioned",
        "createdAt": "t",
        "updatedAt": "t",
        "provisioningToken": token,
    }


_LENIENT = {
    "extra-field": lambda item: {**item, "brandNewField": {"nested": [1, 2]}, "anotherOne": None},
    "unknown-enum": lambda item: {**item, "status": "quarantined"},
    "extra-nested": lambda item: {
        **item,
        **(
            {"delegationPolicy": {**item["delegationPolicy"], "newLimit": 3}}
            if "delegationPolicy" in item
            else {"allowedProviderKeys": ["qvac", "new"]}
        ),
    },
    "null-lists": lambda item: {
        **item,
        **(
            {"delegationPolicy": {"allowedSkillKeys": None}}
            if "delegationPolicy" in item
            else {"allowedProviderKeys": None}
        ),
    },
    "envelope-extra": lambda item: item,
}


@pytest.mark.parametrize("variant", list(_LENIENT))
@pytest.mark.parametrize("name", ["create_agent_pairing", "create_agent_pairing_session", "enroll_machine_agent"])
def test_one_time_secret_survives_lenient_decoding(name, variant):
    secrets = Secrets()
    token = secrets.pairing_token if name != "enroll_machine_agent" else secrets.agent_token
    item = _LENIENT[variant](_agent_item(token) if name == "enroll_machine_agent" else _pairing_item(token))
    body: dict[str, Any] = {"item": item}
    if variant == "envelope-extra":
        body.update(meta={"requestId": "r"}, warnings=["deprecated"])
    op = next(o for o in OPERATIONS if o.sdk_name == name)
    got = call(mock_client(lambda r: httpx.Response(201, json=body)), op, secrets).item
    value = got.provisioning_token if name == "enroll_machine_agent" else got.pairing_token
    assert value == token  # compared, never printed
    if variant == "extra-field":
        assert set(got.extra) == {"brandNewField", "anotherOne"}
    if variant == "unknown-enum":
        assert got.status == "quarantined"


# ---- converter round trips -------------------------------------------------------------------------
ROUNDTRIP_MODELS = sorted(
    {op.response_model for op in OPERATIONS if attrs.has(op.response_model)}
    | {
        m.ExecuteMarketOrderNativeResponse,
        m.ExecuteMarketOrderHandoffResponse,
        m.Health,
        m.DelegationPolicy,
        m.PaymentRailDetails,
        m.OperationContract,
    },
    key=lambda c: c.__name__,
)


def _extras_equal(a: Any, b: Any) -> bool:
    """attrs ``==`` ignores ``extra``; compare it too, recursively through nested models."""
    if attrs.has(type(a)):
        return type(a) is type(b) and all(
            _extras_equal(getattr(a, f.name), getattr(b, f.name)) for f in attrs.fields(type(a))
        )
    if isinstance(a, tuple | list):
        return len(a) == len(b) and all(_extras_equal(x, y) for x, y in zip(a, b, strict=True))
    return a == b


@pytest.mark.parametrize("cls", ROUNDTRIP_MODELS, ids=lambda c: c.__name__)
def test_converter_round_trip_keeps_values_and_unknown_fields(cls):
    hook = _convert.structure_hook(cls)
    known = {f.metadata["wire"] for f in attrs.fields(cls) if "wire" in f.metadata}

    @settings(
        max_examples=25,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(
        x=model(cls),
        unknown=st.dictionaries(st.text(min_size=1, max_size=8).filter(lambda k: k not in known), JSON, max_size=3),
    )
    def check(x: Any, unknown: dict[str, Any]) -> None:
        STATS["roundtrips"] += 1
        data = wire(x)
        y = hook(data, cls)
        assert y == x and _extras_equal(y, x)
        z = hook({**data, **unknown}, cls)
        assert z == x
        assert dict(z.extra) == unknown
        assert wire(z) == {**data, **unknown}  # extra fields go back out on write

    check()


def test_optional_map_none_round_trips():
    x = m.OperationContract(operation="get")
    assert _convert.structure_hook(m.OperationContract)(wire(x), m.OperationContract) == x


def _DECODE(cls: type, wire: dict[str, Any]) -> Any:  # noqa: N802 - reads like the class it builds
    return DECODERS[cls](wire)


# ---- always-present fields and wire aliases (the spec's allOf subclasses and x-aliases) ----------------------------
@pytest.mark.parametrize("name", ["create_agent_pairing", "create_agent_pairing_session"])
@pytest.mark.parametrize("token", ["absent", None, 7, ""])
def test_pairing_response_without_a_token_is_a_shape_error(name, token):
    """Create and rotation always carry the one-time token: a server that leaves it out is caught, not typed away."""
    item = _pairing_item("x")
    if token == "absent":
        del item["pairingToken"]
    else:
        item["pairingToken"] = token
    op = next(o for o in OPERATIONS if o.sdk_name == name)
    with pytest.raises(OrchestrationApiError) as ei:
        call(mock_client(lambda r: httpx.Response(201, json={"item": item})), op, Secrets())
    assert ei.value.code == INVALID_RESPONSE_SHAPE


def test_token_carrying_responses_are_documented_subclasses():
    secrets = Secrets()
    op = next(o for o in OPERATIONS if o.sdk_name == "create_agent_pairing")
    got = call(mock_client(lambda r: httpx.Response(201, json={"item": _pairing_item(secrets.pairing_token)})), op,
               secrets).item
    assert type(got) is m.AgentPairingWithToken and isinstance(got, m.AgentPairing)
    assert attrs.fields_dict(m.AgentPairingWithToken)["pairing_token"].type is str  # not Optional
    assert attrs.fields_dict(m.RegisteredMachine)["identity_ref"].type is str
    assert secrets.pairing_token not in repr(got)


def test_machine_create_response_without_identity_ref_is_a_shape_error():
    machine = {"id": "mach_1", "displayName": "r", "status": "draft", "ownerId": "o", "machineType": "t",
               "runtimeProfile": "r", "createdAt": "t", "updatedAt": "t", "identityRef": None}
    op = next(o for o in OPERATIONS if o.sdk_name == "create_machine")
    with pytest.raises(OrchestrationApiError) as ei:
        call(mock_client(lambda r: httpx.Response(201, json={"item": machine})), op, Secrets())
    assert ei.value.code == INVALID_RESPONSE_SHAPE
    # a GET of the same record (a Machine, identityRef optional) reads it; null lists and maps read as empty
    machine.update(capabilities=None, labels=None, policyIds=None, skillKeys=None)
    get = next(o for o in OPERATIONS if o.sdk_name == "get_machine")
    got = call(mock_client(lambda r: httpx.Response(200, json={"item": machine})), get, Secrets()).item
    assert (got.identity_ref, got.capabilities, got.labels, got.policy_ids, got.skill_keys) == (None, (), {}, (), ())


def test_wire_aliases_are_read():
    """Names other sources use for the same field: agentToken, railType, inputPayload, request."""
    secrets = Secrets()
    agent = _agent_item(secrets.agent_token)
    agent["agentToken"] = agent.pop("provisioningToken")
    enroll = next(o for o in OPERATIONS if o.sdk_name == "enroll_machine_agent")
    got = call(mock_client(lambda r: httpx.Response(201, json={"item": agent})), enroll, secrets).item
    assert got.provisioning_token == secrets.agent_token and not got.extra
    rail = _DECODE(m.PaymentRailDetails, {"railType": "x402", "chain": "base"})
    assert (rail.type, rail.chain, rail.extra) == ("x402", "base", {})
    assert _DECODE(m.PaymentRailDetails, {"type": "wallet", "railType": "x402"}).type == "wallet"  # own name first
    with pytest.raises(ShapeError):
        _DECODE(m.PaymentRailDetails, {"chain": "base"})
    search = {"id": "s", "machineId": "m", "normalizedTask": {"serviceType": "storage.object", "allowExternalHandoff": True,
              "requireNativeExecution": False}, "status": "no_match", "quotes": [], "createdAt": "t",
              "request": {"serviceType": "storage"}}
    assert _DECODE(m.MarketSearch, search).request_payload == {"serviceType": "storage"}

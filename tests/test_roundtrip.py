"""The spec drives the SDK both ways.

Requests: schemathesis generates valid requests for every operation from the spec (path, query,
header and body). Each is turned into the equivalent SDK call (attrs request models built from the
generated JSON by wire name) and the request the server receives must equal the generated one: same
method, path, query and JSON body. The one normalisation is the spec's own default: a property given
its default value (or ``null`` where absence means the same) may be left out.

Responses: valid wire values of every response schema, generated from the spec, must be accepted by
the generated decoders and written back to the same wire JSON (modulo the same default rule).
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import json
import sys
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import attrs
import httpx
import jsonschema
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from peaq_os_sdk._generated import models as m
from peaq_os_sdk._generated.decoders import DECODERS

import peaq_os_sdk.orchestration as orch
from peaq_os_sdk.orchestration import OrchestrationValidationError, _convert
from peaq_os_sdk.orchestration._validate import check_cross_field
from tests import _spec as S
from tests._opargs import OPERATIONS, mock_client

SPEC_PATH = Path(__file__).resolve().parents[1] / "spec" / "openapi.yaml"
TOKEN = "roundtrip-pairing-token"


# ---- spec-driven pieces ---------------------------------------------------------------------------
_VALIDATORS: dict[str, Any] = {}


def _validates(value: Any, node: Any) -> bool:
    key = json.dumps(node, sort_keys=True)
    if key not in _VALIDATORS:
        _VALIDATORS[key] = jsonschema.Draft202012Validator(S.inline(node))
    return bool(_VALIDATORS[key].is_valid(value))


def to_model(node: Any, value: Any) -> Any:
    """Generated wire JSON -> the SDK's request objects (attrs models by wire name, lists, maps verbatim)."""
    if value is None:
        return None
    inner = S.non_null(node)
    target = S.resolve(inner)
    if "oneOf" in target and "properties" not in target:
        branch = next(b for b in target["oneOf"] if _validates(value, b))
        return to_model(branch, value)
    name = S.ref_name(inner)
    cls = getattr(m, name, None) if name else None
    if cls is not None and attrs.has(cls):
        if cls in m.WRAPPED:
            return cls(**{m.WRAPPED[cls]: value})
        for k, prop in target.get("properties", {}).items():
            # the SDK requires a few properties the wire leaves optional (x-sdk-required, a documented choice):
            # a generated request without one is not a call the SDK can make
            if k not in value and prop.get("x-sdk-required"):
                assume(False)
        by_wire = {f.metadata["wire"]: f.name for f in attrs.fields(cls) if "wire" in f.metadata}
        kw = {by_wire[k]: to_model(target["properties"][k], v) for k, v in value.items() if k in by_wire}
        extra = {k: v for k, v in value.items() if k not in by_wire}
        obj = cls(**kw, **({"extra": extra} if extra else {}))
        for rule in m.CROSS_FIELD.get(cls, ()):
            # a cross-field rule (x-sdk-rules) the JSON schema cannot say: such a body is not a call the SDK makes
            try:
                check_cross_field(obj, rule, "params")
            except OrchestrationValidationError:
                assume(False)
        return obj
    if isinstance(value, list) and "items" in target:
        return [to_model(target["items"], v) for v in value]
    if (
        isinstance(value, float)
        and value.is_integer()
        and "integer" in S.types_of(target)
        and "number" not in str(target.get("type"))
    ):
        return int(value)  # 60.0 is a JSON integer; the Python caller writes 60
    return value


def normalise(node: Any, value: Any) -> Any:
    """Drop optional properties whose value the spec's default (or absence) already means."""
    target = S.resolve(S.non_null(node))
    if isinstance(value, dict) and "oneOf" in target and "properties" not in target:
        branch = next((b for b in target["oneOf"] if _validates(value, b)), None)
        return normalise(branch, value) if branch is not None else value
    if isinstance(value, dict) and "properties" in target:
        required = set(target.get("required", []))
        out = {}
        for k, v in value.items():
            prop = target["properties"].get(k)
            if prop is None:
                out[k] = v
                continue
            v = normalise(prop, v)
            default = S.resolve(prop).get("default", prop.get("default"))
            if k not in required and (v == default or (v is None and default is None)):
                continue
            if (
                k not in required
                and S.is_list_or_map(prop)
                and (v is None or v in ([], {}))
                and default in (None, [], {})
            ):
                continue  # an absent or null list or map reads as empty
            out[k] = v
        return out
    if isinstance(value, list) and "items" in target:
        return [normalise(target["items"], v) for v in value]
    return value


# ---- responses: generated from the spec, decoded, written back ----------------------------------------
def strategy(node: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    node = S.resolve(node)
    if "const" in node:
        return st.just(node["const"])
    if "enum" in node:
        return st.sampled_from(node["enum"])
    if "oneOf" in node:
        return st.one_of([strategy(b, depth + 1) for b in node["oneOf"]])
    t = node.get("type")
    if isinstance(t, list):
        return st.one_of([strategy({**node, "type": x}, depth) for x in t])
    if t == "object" or "properties" in node:
        props = node.get("properties", {})
        required = set(node.get("required", []))
        base = st.fixed_dictionaries(
            {k: strategy(v, depth + 1) for k, v in props.items() if k in required},
            optional={k: strategy(v, depth + 1) for k, v in props.items() if k not in required},
        )
        extra = node.get("additionalProperties")
        if props or extra is False:
            return base
        values = strategy(extra, depth + 1) if isinstance(extra, dict) else _JSON
        return st.dictionaries(st.text(max_size=6), values, max_size=3)
    if t == "array":
        low = node.get("minItems", 0)
        return st.lists(
            strategy(node.get("items", {}), depth + 1), min_size=low, max_size=max(low, 3 if depth < 4 else 1)
        )
    if t == "string":
        if "pattern" in node:
            return st.from_regex(node["pattern"], fullmatch=True)
        return st.text(min_size=node.get("minLength", 0), max_size=10)
    if t == "integer":
        return st.integers(min_value=node.get("minimum"), max_value=node.get("maximum"))
    if t == "number":
        lo = node.get("minimum")
        return st.floats(min_value=lo, allow_nan=False, allow_infinity=False) | st.integers(
            min_value=None if lo is None else int(lo) + 1
        )
    if t == "boolean":
        return st.booleans()
    if t == "null":
        return st.none()
    return _JSON


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=6),
    lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=4), inner, max_size=2),
    max_leaves=5,
)
RESPONSE_MODELS = sorted(
    n for n in S.response_schema_names() if S.schema(n).get("type") == "object" and getattr(m, n, None) in DECODERS
)


@pytest.mark.parametrize("name", RESPONSE_MODELS)
def test_generated_response_decodes_and_writes_back_the_same_json(name: str) -> None:
    schema = S.schema(name)
    decode = DECODERS[getattr(m, name)]

    @settings(max_examples=30)
    @given(value=strategy(schema))
    def check(value: Any) -> None:
        assert _validates(value, schema)  # the generator itself keeps to the spec
        obj = decode(value)
        assert normalise(schema, _convert.to_wire(obj)) == normalise(schema, value)

    check()


# ---- requests: schemathesis generates, the SDK sends, the server must see the same -----------------------
@functools.lru_cache(maxsize=1)
def _api() -> Any:
    if sys.version_info < (3, 11):
        pytest.skip("schemathesis 4.32 needs Python 3.11+")
    import schemathesis  # a dev dependency on 3.11+: missing means failing, not skipping

    config = schemathesis.Config.from_dict({"generation": {"mode": "positive"}})
    return schemathesis.openapi.from_path(SPEC_PATH, config=config)


def _call(op: Any, case: Any) -> Any:
    fn = getattr(orch, op.sdk_name)
    params = list(inspect.signature(fn).parameters)[1:]
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    path_values = {py: case.path_parameters[wire] for py, wire in op.path_params}
    options: dict[str, Any] = {}
    for qp in op.query_params:
        if qp.wire in (case.query or {}):
            if qp.name in params:
                kwargs[qp.name] = case.query[qp.wire]
            else:
                fields = {f.metadata.get("wire"): f.name for f in attrs.fields(op.options_model)}
                options[fields[qp.wire]] = case.query[qp.wire]
    body = None if not isinstance(case.body, dict | list) else case.body
    for p in params:
        if p in path_values:
            args.append(path_values[p])
        elif p == "params":
            node = S.operations()[op.operation_id]["requestBody"]["content"]["application/json"]["schema"]
            args.append(to_model(node, body) if body is not None else None)
        elif p == "options":
            args.append(op.options_model(**options) if options else None)
        elif p == "pairing_token":
            args.append(TOKEN)
    return fn, args, kwargs


def _expected_path(op: Any, case: Any) -> list[str]:
    segments = op.path.strip("/").split("/")
    return [case.path_parameters[s[1:-1]] if s.startswith("{") else s for s in segments]


@pytest.mark.contract
@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.sdk_name)
def test_generated_request_reaches_the_server_unchanged(op: Any) -> None:
    operation = _api().find_operation_by_id(op.operation_id)
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(599)  # any error: the response is not what this test looks at

    client = mock_client(answer)
    node = (S.operations()[op.operation_id].get("requestBody") or {}).get("content", {}).get("application/json", {})

    @settings(max_examples=15)
    @given(case=operation.as_strategy())
    def check(case: Any) -> None:
        seen.clear()
        fn, args, kwargs = _call(op, case)
        with contextlib.suppress(orch.OrchestrationApiError):
            fn(client, *args, **kwargs)
        assert len(seen) == 1, "the SDK did not send the generated request"
        req = seen[0]
        assert req.method == op.method
        got_path = [unquote(s) for s in req.url.raw_path.decode().split("?")[0].split("/")[3:]]
        assert got_path == _expected_path(op, case)
        assert {k: v for k, v in req.url.params.multi_items()} == {
            k: str(v).lower() if isinstance(v, bool) else str(v) for k, v in (case.query or {}).items()
        }
        if op.auth == "agent-pairing":
            assert req.headers["x-agent-pairing-token"] == TOKEN
        sent = json.loads(req.content) if req.content else None
        if isinstance(case.body, dict | list):
            assert normalise(node.get("schema"), sent) == normalise(node.get("schema"), case.body)
        else:
            assert sent in (None, {})

    check()


REQUEST_BODIES = sorted(
    {
        S.ref_name(S.non_null(op["requestBody"]["content"]["application/json"]["schema"]))
        for op in S.operations().values()
        if op.get("requestBody")
    }
    - {None}
)


def _required_only(node: Any) -> Any:
    """A valid value with only the required properties, nested ones included."""
    target = S.resolve(S.non_null(node))
    if "properties" in target:
        required = set(target.get("required", ()))
        return {
            k: _required_only(v)
            for k, v in target["properties"].items()
            if k in required or v.get("x-sdk-required")  # what the SDK requires is what a caller always sets
        }
    return S.minimal(node)


@pytest.mark.parametrize("name", REQUEST_BODIES)
def test_request_model_writes_exactly_what_was_set(name: str) -> None:
    """Writing is strict: a field left at its default is omitted, everything set goes out as given."""
    node = {"$ref": f"#/components/schemas/{name}"}
    for value in (_required_only(node), S.minimal(node)):
        if "oneOf" in S.schema(name) and not _validates(value, node):
            continue  # exactly-one-of bodies: the generated value with every property present is not valid
        sent = _convert.to_wire(to_model(node, value))
        assert sent == normalise(node, value)
        if value == _required_only(node):
            assert sent == value, "only the required properties were set, so only they may be written"

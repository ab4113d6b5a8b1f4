"""Strict decoding oracle: every response schema in the spec, every way its JSON can be wrong.

For each object schema a 2xx response can carry, a valid wire value is built from the spec (every
optional property present) and then spoiled one property at a time: each required property removed,
each property given each JSON type its schema does not admit (bool for number, string for integer,
1.5 for integer, a string where an array belongs...), each array given an element of a wrong type,
each typed map given a value of a wrong type. Each spoiled value must be *refused* with a
``ShapeError`` naming the property (and, through the transport, ``INVALID_RESPONSE_SHAPE``) — or
be normalised as documented: ``null`` for an optional property reads as if it were absent, and an
absent or ``null`` list or map reads as empty. Envelopes are checked the same way: no ``items``, no
``item``, non-string cursors, and the empty-string cursor (normalised to ``None``, the last page).
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any

import attrs
import httpx
import pytest
from peaq_os_sdk._generated import models as m
from peaq_os_sdk._generated.decoders import DECODERS

from peaq_os_sdk import _decode_support as _support
from peaq_os_sdk._decode_support import ShapeError
from peaq_os_sdk.orchestration import INVALID_RESPONSE_SHAPE, ListResponse, OrchestrationApiError
from peaq_os_sdk.orchestration.pagination import iter_pages
from tests import _spec as S
from tests._opargs import OPERATIONS, Secrets, call, mock_client

_MESSAGE = re.compile(
    r"(?P<label>[A-Za-z]+\.[a-z0-9_]+(\[\]|\{\})?): expected (?P<expected>(non-empty )?\w+), got (?P<got>\w+)"
)
_EXPECTED = {"str", "non-empty str", "string", "bool", "int", "integer", "number", "array", "object"}
OBJECT_SCHEMAS = sorted(n for n in S.response_schema_names() if S.schema(n).get("type") == "object")


def _decoder(name: str) -> Any:
    return DECODERS[getattr(m, name)]


def _wire_to_field(cls: type) -> dict[str, str]:
    return {f.metadata["wire"]: f.name for f in attrs.fields(cls) if "wire" in f.metadata}


# ---- the cases, computed from the spec ---------------------------------------------------------------
def _cases() -> list[tuple[str, str, str, Any]]:
    """(schema, property, kind, spoiled wire value) — kind is 'missing', 'type:<json type>' or 'item:<type>'."""
    out: list[tuple[str, str, str, Any]] = []
    for name in OBJECT_SCHEMAS:
        schema = S.schema(name)
        base = S.minimal(schema)
        required = set(schema.get("required", []))
        for prop, sub in schema.get("properties", {}).items():
            if prop in required:
                out.append((name, prop, "missing", {k: v for k, v in base.items() if k != prop}))
            admitted = S.types_of(sub)
            for t in S.JSON_TYPES:
                if t in admitted:
                    continue
                if t == "null" and prop not in required:
                    continue  # normalised: checked by test_null_optional_reads_as_absent
                if t == "null" and S.is_list_or_map(sub):
                    continue  # normalised: an absent or null list/map is empty
                out.append((name, prop, f"type:{t}", {**base, prop: S.SAMPLE[t]}))
            node = S.resolve(S.non_null(sub))
            inner = node.get("items") if node.get("type") == "array" else None
            if inner is None and node.get("type") == "object" and isinstance(node.get("additionalProperties"), dict):
                inner = node["additionalProperties"]
                wrap = lambda v: {"k": v}  # noqa: E731
            else:
                wrap = lambda v: [v]  # noqa: E731
            if inner is not None and S.types_of(inner) != set(S.JSON_TYPES):
                for t in S.JSON_TYPES:
                    if t not in S.types_of(inner):
                        out.append((name, prop, f"item:{t}", {**base, prop: wrap(S.SAMPLE[t])}))
    return out


CASES = _cases()


def _id(case: tuple[str, str, str, Any]) -> str:
    return f"{case[0]}.{case[1]}-{case[2]}"


def test_every_response_object_schema_has_a_decoder() -> None:
    missing = [n for n in OBJECT_SCHEMAS if getattr(m, n, None) not in DECODERS]
    assert not missing, f"response schemas without a generated decoder: {missing}"
    assert len(CASES) > 500  # the oracle really is spec-wide


@pytest.mark.parametrize("name", OBJECT_SCHEMAS)
def test_valid_value_from_the_spec_is_accepted(name: str) -> None:
    obj = _decoder(name)(S.minimal(S.schema(name)))
    assert isinstance(obj, getattr(m, name)) and obj.extra == {}


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_spoiled_value_is_refused_naming_the_field(case: tuple[str, str, str, Any]) -> None:
    name, prop, kind, wire = case
    with pytest.raises(ShapeError) as ei:
        _decoder(name)(wire)
    message = str(ei.value)
    field = _wire_to_field(getattr(m, name)).get(prop, prop)
    if kind == "missing":
        assert message == f"{name}: missing required field {prop!r}"
        return
    # "<Model>.<field>[<[] or {}>]: expected <JSON type>, got <Python type of the value>" — never the value itself
    spoiled = wire[prop]
    inner = (
        spoiled[0] if isinstance(spoiled, list) and spoiled else spoiled.get("k") if isinstance(spoiled, dict) else None
    )
    got = type(inner if kind.startswith("item:") else spoiled).__name__
    match = _MESSAGE.fullmatch(message)
    assert match, f"{kind}: {message!r} is not '<Model>.<field>: expected <type>, got <type>'"
    assert match["label"] in (f"{name}.{field}", f"{name}.{field}[]", f"{name}.{field}{{}}"), message
    assert match["expected"] in _EXPECTED and match["got"] == got, message


@pytest.mark.parametrize("name", OBJECT_SCHEMAS)
def test_null_optional_reads_as_absent(name: str) -> None:
    schema = S.schema(name)
    base = S.minimal(schema)
    decode = _decoder(name)
    for prop in sorted(set(schema.get("properties", {})) - set(schema.get("required", []))):
        if "null" in S.types_of(schema["properties"][prop]):
            continue  # a nullable property: null is a value of its own (its default applies only when absent)
        absent = {k: v for k, v in base.items() if k != prop}
        assert decode({**base, prop: None}) == decode(absent), f"{name}.{prop}: null and absent read differently"


@pytest.mark.parametrize("name", OBJECT_SCHEMAS)
def test_not_an_object_is_refused(name: str) -> None:
    for value in ([], "s", 7, 1.5, True, None):
        with pytest.raises(ShapeError) as ei:
            _decoder(name)(value)
        assert str(ei.value) == f"{name}: expected object, got {type(value).__name__}"


@pytest.mark.parametrize("name", OBJECT_SCHEMAS)
def test_integral_numbers_read_as_their_type(name: str) -> None:
    """JSON has one number type: 3.0 is an integer (read as int 3), and an integer is a number (kept exact)."""
    schema = S.schema(name)
    base = S.minimal(schema)
    decode = _decoder(name)
    by_wire = _wire_to_field(getattr(m, name))
    for prop, sub in schema.get("properties", {}).items():
        admitted = S.types_of(sub)
        declared = S.resolve(S.non_null(sub)).get("type")
        declared = set(declared) if isinstance(declared, list) else {declared}
        if admitted & {"integer", "number"} and declared & {"integer", "number"}:
            value = getattr(decode({**base, prop: 3.0}), by_wire[prop])
            expected = int if "integer" in declared else float
            assert value == 3 and type(value) is expected, f"{name}.{prop}: 3.0 read as {value!r}"
            big = getattr(decode({**base, prop: 2**53 + 1}), by_wire[prop])
            assert big == 2**53 + 1, f"{name}.{prop}: an integer was rounded"


@pytest.mark.parametrize("name", OBJECT_SCHEMAS)
def test_unknown_fields_land_in_extra_and_known_ones_never_do(name: str) -> None:
    base = S.minimal(S.schema(name))
    obj = _decoder(name)({**base, "zzFutureField": {"a": [1]}})
    assert obj.extra == {"zzFutureField": {"a": [1]}}


@pytest.mark.parametrize("name", OBJECT_SCHEMAS)
def test_the_remembered_key_set_never_hides_an_unknown_field(name: str) -> None:
    """Each decoder remembers the last key tuple that had no unknown key, to skip the set test on the next like
    object: whatever it remembered, an object with an unknown key still keeps it, whether it has more keys,
    the same number with one swapped, or the same keys parsed again from another body."""
    decode = _decoder(name)
    base = S.minimal(S.schema(name))
    body = json.dumps(base)
    assert decode(json.loads(body)).extra == {}  # remembered
    assert decode(json.loads(body)).extra == {}  # the same keys as other string objects
    for _ in range(2):  # twice: a tuple with an unknown key is never the remembered one
        assert decode({**base, "zzNew": 1}).extra == {"zzNew": 1}
    swapped = dict(base)
    dropped = next((k for k in base if k not in S.schema(name).get("required", [])), None)
    if dropped is not None:  # as many keys as the remembered tuple, one of them unknown
        del swapped[dropped]
        swapped["zzSwap"] = 2
        assert decode(swapped).extra == {"zzSwap": 2}
        assert decode(json.loads(json.dumps(swapped))).extra == {"zzSwap": 2}
    assert decode(json.loads(body)).extra == {}
    assert decode(dict(reversed(list(base.items())))).extra == {}  # another order: the set test decides


def _remembered(name: str) -> list[tuple[str, ...]] | None:
    """The decoder's remembered key tuple (``_LAST_<name>`` in its module), if it keeps one."""
    last: list[tuple[str, ...]] | None = getattr(sys.modules[_decoder(name).__module__], f"_LAST_{name}", None)
    return last


REMEMBERING = [n for n in OBJECT_SCHEMAS if _remembered(n) is not None]


def test_most_object_decoders_remember_a_key_tuple() -> None:
    assert "Machine" in REMEMBERING and len(REMEMBERING) >= len(OBJECT_SCHEMAS) // 2


@pytest.mark.parametrize("name", REMEMBERING)
def test_a_page_of_like_objects_takes_the_set_test_once(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The point of remembering: of objects with the same keys parsed from one body, only the first pays the
    set test (``_extra_of``); the others compare their key tuple with the remembered one. A decoder that forgot
    (or never kept) it would decode the same values, only slower, so this counts the calls."""
    decode, last = _decoder(name), _remembered(name)
    assert last is not None
    module = sys.modules[decode.__module__]
    calls: list[int] = []
    real = module._extra_of

    def counting(wire: Any, keys: Any, known: Any, remembered: Any) -> Any:
        if remembered is last:
            calls.append(1)
        return real(wire, keys, known, remembered)

    monkeypatch.setattr(module, "_extra_of", counting)
    last[0] = ()  # nothing remembered yet (the cache only ever holds a known-keys-only tuple)
    page = json.loads(json.dumps([S.minimal(S.schema(name))] * 5))
    assert [decode(o).extra for o in page] == [{}] * 5
    assert len(calls) == 1


def test_discriminated_union_refuses_unknown_and_missing_discriminators() -> None:
    union = next(k for k in DECODERS if not isinstance(k, type))
    union_name = next(n for n in dir(m) if getattr(m, n) is union and n[0].isupper() and n != "Union")
    paths, mapping = m.DISCRIMINATED[union]
    decode = DECODERS[union]
    for value, cls in mapping.items():
        wire = S.minimal(S.schema(cls.__name__))
        assert isinstance(decode(wire), cls)
        node = wire
        for key in paths[:-1]:
            node = node[key]
        where = ".".join(paths)
        node[paths[-1]] = value + "-unknown"
        with pytest.raises(ShapeError) as ei:
            decode(wire)
        assert str(ei.value) == f"{union_name}: unknown discriminator value at {where}"
        del node[paths[-1]]
        with pytest.raises(ShapeError) as ei:
            decode(wire)
        assert str(ei.value) == f"{union_name}: missing discriminator {where}"


# ---- envelopes, through the transport -------------------------------------------------------------
def _respond(op: Any, body: Any, status: int | None = None) -> Any:
    status = status or op.success_statuses[0]
    client = mock_client(lambda r: httpx.Response(status, content=json.dumps(body).encode()))
    try:
        return call(client, op, Secrets())
    except OrchestrationApiError as e:
        return e


LIST_OPS = [op for op in OPERATIONS if op.envelope == "list"]
ITEM_OPS = [op for op in OPERATIONS if op.envelope in ("item", "item-unwrapped")]
RAW_OPS = [op for op in OPERATIONS if op.envelope == "raw"]


def _valid_item(op: Any) -> Any:
    return S.minimal(S.schema(op.response_model.__name__))


def _shape_error(outcome: Any, *needles: str) -> None:
    assert isinstance(outcome, OrchestrationApiError), f"accepted: {outcome!r}"
    assert outcome.code == INVALID_RESPONSE_SHAPE, outcome
    for n in needles:
        assert n in outcome.message, f"{outcome.message!r} does not name {n!r}"


@pytest.mark.parametrize("op", LIST_OPS, ids=lambda op: op.sdk_name)
def test_list_envelope_is_strict(op: Any) -> None:
    item = _valid_item(op)
    ok = _respond(op, {"items": [item], "nextCursor": "c2"})
    assert isinstance(ok, ListResponse) and len(ok.items) == 1 and ok.next_cursor == "c2"
    assert _respond(op, {"items": [item]}).next_cursor is None
    assert _respond(op, {"items": [item], "nextCursor": None}).next_cursor is None
    # the empty-string cursor is normalised to None: the last page (a "" cursor could never be sent back)
    assert _respond(op, {"items": [item], "nextCursor": ""}).next_cursor is None
    for bad in ({}, {"item": item}, {"items": None}, {"items": item}, {"items": "x"}, [item], None, "items"):
        _shape_error(_respond(op, bad), "items")
    for cursor in (7, 1.5, True, [], {}, ["c"]):
        _shape_error(_respond(op, {"items": [item], "nextCursor": cursor}), "nextCursor")
    for wrong in ("s", 7, True, None, []):
        _shape_error(_respond(op, {"items": [item, wrong]}), op.response_model.__name__)


@pytest.mark.parametrize("op", ITEM_OPS, ids=lambda op: op.sdk_name)
def test_item_envelope_is_strict(op: Any) -> None:
    item = _valid_item(op)
    ok = _respond(op, {"item": item})
    got = ok if op.envelope == "item-unwrapped" else ok.item
    assert isinstance(got, op.response_model)
    for bad in ({}, {"items": [item]}, [item], None, "item", item if "item" not in item else {}):
        _shape_error(_respond(op, bad), "item")
    if op.nullable_item:
        assert _respond(op, {"item": None}).item is None
    else:
        _shape_error(_respond(op, {"item": None}), op.response_model.__name__)
    schema = S.schema(op.response_model.__name__)
    for prop in schema.get("required", []):
        spoiled = {k: v for k, v in item.items() if k != prop}
        _shape_error(_respond(op, {"item": spoiled}), prop)


@pytest.mark.parametrize("op", RAW_OPS, ids=lambda op: op.sdk_name)
def test_raw_body_is_strict(op: Any) -> None:
    for status in op.success_statuses:
        name = S.ref_name(
            S.operations()[op.operation_id]["responses"][str(status)]["content"]["application/json"]["schema"]
        )
        assert name is not None
        body = S.minimal(S.schema(name))
        ok = _respond(op, body, status)
        assert type(ok).__name__ == name, ok
        for prop in S.schema(name).get("required", []):
            _shape_error(_respond(op, {k: v for k, v in body.items() if k != prop}, status), prop)
        for bad in ([], "s", 7, None):
            _shape_error(_respond(op, bad, status))


def test_empty_string_cursor_ends_iteration() -> None:
    pages = [ListResponse(items=(1, 2), next_cursor=""), ListResponse(items=(3,), next_cursor=None)]
    seen: list[str | None] = []

    def fetch(cursor: str | None) -> ListResponse[int]:
        seen.append(cursor)
        page = pages[len(seen) - 1]
        return ListResponse(items=page.items, next_cursor=page.next_cursor or None)

    assert list(iter_pages(fetch)) == [1, 2]
    assert seen == [None]


# ---- the support functions on every shape, including ones today's spec does not use ------------------------
@pytest.mark.parametrize(
    ("fn", "good", "empty", "expected"),
    [
        (lambda v: _support._tuple_any(v, "M.f"), ([1, "a", None], (1, "a", None)), (), "array"),
        (lambda v: _support._tuple_str(v, "M.f"), (["a", "b"], ("a", "b")), (), "array"),
        (lambda v: _support._map_str(v, "M.f"), ({"a": "b"}, {"a": "b"}), {}, "object"),
        (lambda v: _support._map_any(v, "M.f"), None, {}, "object"),
    ],
    ids=["tuple_any", "tuple_str", "map_str", "map_any"],
)
def test_support_functions(fn: Any, good: Any, empty: Any, expected: str) -> None:
    assert fn(None) == empty
    if good is not None:
        assert fn(good[0]) == good[1]
    for wrong in ("s", 7, True, 1.5):
        with pytest.raises(ShapeError) as ei:
            fn(wrong)
        assert str(ei.value) == f"M.f: expected {expected}, got {type(wrong).__name__}"


@pytest.mark.parametrize(
    ("fn", "wrong", "message"),
    [
        (lambda v: _support._tuple_str(v, "M.f"), ["a", 1], "M.f[]: expected string, got int"),
        (lambda v: _support._map_str(v, "M.f"), {"a": "b", "c": None}, "M.f{}: expected string, got NoneType"),
        (lambda v: _support._map_str(v, "M.f"), {"a": ["b"]}, "M.f{}: expected string, got list"),
    ],
    ids=["tuple_str-element", "map_str-null-value", "map_str-list-value"],
)
def test_support_functions_name_the_element(fn: Any, wrong: Any, message: str) -> None:
    """An element of the wrong type is refused naming where it sits ([] an array element, {} a map value)."""
    with pytest.raises(ShapeError) as ei:
        fn(wrong)
    assert str(ei.value) == message


def test_converter_hooks_leave_foreign_types_alone() -> None:
    """The converter's hook predicates on types that are not the SDK's: an unhashable annotation has no decoder,
    and an attrs class from a module without a ``WRAPPED`` table is written field by field."""
    import attrs

    from peaq_os_sdk.orchestration import _convert

    assert _convert._has_decoder([int]) is False  # unhashable: never one of the generated decoders' keys

    @attrs.frozen
    class Local:
        name: str = attrs.field(metadata={"wire": "displayName"})
        extra: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})

    assert _convert._wrapped_field(Local) is None
    assert _convert.to_wire(Local("x")) == {"displayName": "x"}
    assert _convert.to_wire(Local("x", extra={"newField": 1})) == {"newField": 1, "displayName": "x"}


def test_a_wrapped_class_with_nothing_in_its_field_is_an_empty_object() -> None:
    """``x-sdk-wrap``: the wire value is the single field's value, and an absent one is ``{}`` (not null)."""
    import importlib

    from peaq_os_sdk._generated.decoders import GROUPS
    from peaq_os_sdk.orchestration import _convert

    wrapped = [
        cls for g in GROUPS for cls in importlib.import_module(f"peaq_os_sdk._generated.groups.{g}_models").WRAPPED
    ]
    assert wrapped  # the spec marks at least one class x-sdk-wrap
    for cls in wrapped:
        field = _convert._wrapped_field(cls)
        assert field is not None
        assert _convert.to_wire(cls(**{field: None})) == {}


def test_a_decoded_model_is_the_frozen_model_in_every_way() -> None:
    """Decoders fill a plain storage class and then make it the model: the result must be indistinguishable from
    a model built by its constructor (type, equality, repr, frozen, pickle, weak references, ``attrs.evolve``)."""
    import pickle
    import weakref

    import attrs

    from peaq_os_sdk._generated.groups import machines_decoders
    from peaq_os_sdk.orchestration import Machine

    wire = {
        "id": "mach_1",
        "displayName": "R",
        "status": "active",
        "ownerId": "0x" + "ab" * 20,
        "machineType": "robot",
        "runtimeProfile": "linux",
        "capabilities": ["gnss"],
        "labels": {"a": "b"},
        "createdAt": "2026-11-28T10:00:00.000Z",
        "updatedAt": "2026-11-28T10:00:00.000Z",
        "newField": 1,
    }
    decoded = machines_decoders.decode_Machine(wire)
    built = Machine(
        id="mach_1",
        display_name="R",
        status="active",
        owner_id="0x" + "ab" * 20,
        machine_type="robot",
        runtime_profile="linux",
        capabilities=("gnss",),
        labels={"a": "b"},
        created_at="2026-11-28T10:00:00.000Z",
        updated_at="2026-11-28T10:00:00.000Z",
    )
    assert type(decoded) is Machine and decoded == built and repr(decoded) == repr(built)
    assert decoded.extra == {"newField": 1}
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        decoded.status = "blocked"  # type: ignore[misc]
    again = pickle.loads(pickle.dumps(decoded))
    assert type(again) is Machine and again == decoded and again.extra == decoded.extra
    assert weakref.ref(decoded)() is decoded
    assert attrs.evolve(decoded, status="blocked").status == "blocked"

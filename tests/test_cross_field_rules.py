"""Cross-field request rules, learnt from the spec (``x-sdk-rules`` and exactly-one-of ``oneOf`` bodies).

Each rule of each request schema is broken and kept at its edge; a planted bug in any rule (a wrong comparison,
a lost rule, a codegen that drops one) turns one of these red.
"""

from __future__ import annotations

import functools
from typing import Any

import attrs
import pytest
from peaq_os_sdk._generated import models as m

from peaq_os_sdk.orchestration import OrchestrationValidationError
from peaq_os_sdk.orchestration._validate import validate_body
from tests import _spec as S



def _schemas() -> dict[str, Any]:
    return {name: S.schema(name) for name in dir(m) if isinstance(getattr(m, name), type) and _has_schema(name)}


def _has_schema(name: str) -> bool:
    try:
        S.schema(name)
    except KeyError:
        return False
    return True


def _spec_rules() -> list[tuple[str, str, tuple[str, ...]]]:
    """(model, rule, wire fields) for every cross-field rule the spec states on a request model."""
    out = []
    for name, schema in _schemas().items():
        cls = getattr(m, name)
        if not attrs.has(cls) or m.CROSS_FIELD.get(cls) is None and not schema.get("x-sdk-rules"):
            continue
        if "oneOf" in schema and "properties" in schema:
            out.append((name, "exactly-one", tuple(b["required"][0] for b in schema["oneOf"])))
        for rule in schema.get("x-sdk-rules", []):
            kind = next(k for k in rule if k != "why")
            out.append((name, kind, tuple(rule[kind])))
    return sorted(out)


RULES = _spec_rules()


def test_the_spec_states_the_rules_this_file_covers() -> None:
    kinds = {k for _n, k, _f in RULES}
    assert kinds == {"at-most", "exactly-one", "scaled", "did-of"}
    assert ("DelegationPolicy", "at-most", ("perTransactionLimit", "dailySpendLimit")) in RULES
    # every rule in the spec reached the generated code, and nothing else did
    generated = sorted((cls.__name__, r["rule"]) for cls, rules in m.CROSS_FIELD.items() for r in rules)
    assert generated == sorted((n, k) for n, k, _f in RULES)


def _py(cls: type, wire: str) -> str:
    return next(f.name for f in attrs.fields(cls) if f.metadata.get("wire") == wire)


@functools.lru_cache(maxsize=None)
def _matching(pattern: str) -> str:
    from hypothesis import Phase, find, settings, strategies as st

    once = settings(database=None, phases=[Phase.generate], max_examples=1)  # any match will do: no shrinking
    return find(st.from_regex(pattern, fullmatch=True), lambda _: True, settings=once)


def _valid(prop: Any) -> Any:
    """A valid wire value of one property (a string matching its pattern, when it has one)."""
    target = S.resolve(S.non_null(prop))
    if "pattern" in target:
        return _matching(target["pattern"])
    return S.minimal(prop)


def _base(name: str, cls: type) -> Any:
    """A valid instance: the required fields, and the first field of each exactly-one-of rule."""
    schema = S.schema(name)
    value = {k: _valid(v) for k, v in schema.get("properties", {}).items()}
    required = set(schema.get("required", [])) | {k for k, p in schema.get("properties", {}).items()
                                                  if p.get("x-sdk-required")}
    kw = {}
    for wire in required:
        prop = schema["properties"][wire]
        target = S.resolve(S.non_null(prop))
        inner = S.ref_name(S.non_null(prop))
        if inner and attrs.has(getattr(m, inner, object)):
            kw[_py(cls, wire)] = _base(inner, getattr(m, inner))
        elif "anyOf" in prop:
            kw[_py(cls, wire)] = S.minimal(prop["anyOf"][0])
        else:
            kw[_py(cls, wire)] = value[wire] if target.get("type") != "number" else 1.0
    for branch in schema.get("oneOf", []) if "properties" in schema else []:
        wire = branch["required"][0]
        kw[_py(cls, wire)] = value[wire]
        break
    return cls(**kw)


def _refused(obj: Any, field: str) -> str:
    with pytest.raises(OrchestrationValidationError) as info:
        validate_body(obj, type(obj), "params")
    assert info.value.field == f"params.{field}", str(info.value)
    return str(info.value)


def _accepted(obj: Any) -> None:
    validate_body(obj, type(obj), "params")


@pytest.mark.parametrize(("name", "kind", "wires"), RULES, ids=lambda v: v if isinstance(v, str) else "-".join(v))
def test_each_rule_refuses_its_break_and_keeps_its_edge(name: str, kind: str, wires: tuple[str, ...]) -> None:
    cls = getattr(m, name)
    base = _base(name, cls)
    f = [_py(cls, w) for w in wires]
    if kind == "at-most":
        a, b = f
        message = _refused(attrs.evolve(base, **{a: 2.0, b: 1.0}), a)
        assert f"at most params.{b}" in message
        _accepted(attrs.evolve(base, **{a: 1.0, b: 1.0}))  # equal is fine
        _accepted(attrs.evolve(base, **{a: 0.5, b: 1.0}))
        _accepted(attrs.evolve(base, **{a: 2.0, b: None}))  # only checked when both are set
        _accepted(attrs.evolve(base, **{a: None, b: 1.0}))
    elif kind == "exactly-one":
        props = S.schema(name)["properties"]
        values = {x: _valid(props[w]) for x, w in zip(f, wires)}
        none = {x: None for x in f}
        message = _refused(attrs.evolve(base, **none), f[0])
        assert all(f"params.{x}" in message for x in f)
        _refused(attrs.evolve(base, **values), f[0])  # all of them set
        for x in f:
            _accepted(attrs.evolve(base, **{**none, x: values[x]}))
    elif kind == "scaled":
        amount, decimals, raw = f
        ok = base
        _accepted(attrs.evolve(ok, **{amount: "1.5", decimals: 6, raw: "1500000"}))
        _accepted(attrs.evolve(ok, **{amount: "2", decimals: 0, raw: "2"}))
        _accepted(attrs.evolve(ok, **{amount: "1.5", decimals: 6, raw: None}))  # only when all three are set
        assert "10^params." in _refused(attrs.evolve(ok, **{amount: "1.5", decimals: 6, raw: "150000"}), raw)
        _refused(attrs.evolve(ok, **{amount: "1.5", decimals: 6, raw: "15000000"}), raw)
        _refused(attrs.evolve(ok, **{amount: "1.0000001", decimals: 6, raw: "1000000"}), raw)  # not whole base units
        _accepted(attrs.evolve(ok, **{amount: "1.5", decimals: 6, raw: "0001500000"}))  # leading zeros: same number
        _accepted(attrs.evolve(ok, **{amount: "0", decimals: 10**6, raw: "0"}))  # no overflow at any scale
        _refused(attrs.evolve(ok, **{amount: "1", decimals: 10**6, raw: "1"}), raw)
        _accepted(attrs.evolve(ok, **{amount: "1", decimals: 5000, raw: "1" + "0" * 5000}))  # past int-str limits
        # exact past the 28 digits of a default decimal context (which would round this to 1000000)
        _refused(attrs.evolve(ok, **{amount: "1." + "0" * 30 + "1", decimals: 6, raw: "1000000"}), raw)
        _accepted(attrs.evolve(ok, **{amount: "1." + "0" * 30 + "1", decimals: 31, raw: "1" + "0" * 30 + "1"}))
    elif kind == "did-of":
        did, address = f
        addr = "0x" + "aB" * 20
        _accepted(attrs.evolve(base, **{did: f"did:pkh:eip155:1:{addr}", address: addr}))
        _accepted(attrs.evolve(base, **{did: f"did:pkh:eip155:8453:{addr.lower()}", address: addr}))  # any case
        _accepted(attrs.evolve(base, **{did: None, address: addr}))
        other = "0x" + "cd" * 20
        message = _refused(attrs.evolve(base, **{did: f"did:pkh:eip155:1:{other}", address: addr}), did)
        assert f"ending with params.{address}" in message
    else:  # pragma: no cover
        pytest.fail(f"a rule kind this test does not know: {kind}")

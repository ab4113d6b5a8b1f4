"""Secret marking follows nesting, for shapes the spec does not have yet.

Today's secret fields are flat strings and maps, so a rule that only looks one level deep passes every
scenario in test_secrets.py. The transport masks every value :func:`secret_values` collects, so these
tests pin the rule itself on synthetic models: everything held under a field marked secret — nested
models, lists of models, maps of lists — is secret at any depth, nothing outside it is, and every
``x-secret`` property in the spec is marked on its generated field.
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from peaq_os_sdk._generated import models as m

from peaq_os_sdk.orchestration._redact import secret_values
from tests import _spec as S


def _model(class_name: str, **fields: tuple[bool, Any]) -> type:
    """An attrs class like the generated ones: ``field=(secret, default)`` plus ``extra``."""
    attributes = {
        k: attrs.field(default=d, metadata={"wire": k, **({"secret": True} if secret else {})})
        for k, (secret, d) in fields.items()
    }
    attributes["extra"] = attrs.field(factory=dict, metadata={"extra": True})
    return attrs.make_class(class_name, attributes, frozen=True, slots=True)


Inner = _model("Inner", value=(False, None), note=(False, None))
Outer = _model("Outer", credentials=(True, None), label=(False, None), items=(False, ()))


def test_everything_under_a_secret_field_is_secret() -> None:
    obj = Outer(credentials=Inner(value="s-inner-1", note="s-inner-2"), label="public-label")
    assert sorted(secret_values(obj)) == ["s-inner-1", "s-inner-2"]


def test_lists_of_models_under_a_secret_field() -> None:
    obj = Outer(credentials=[Inner(value="s-a"), Inner(value="s-b")], label="public")
    assert sorted(secret_values(obj)) == ["s-a", "s-b"]


def test_maps_of_lists_of_maps_under_a_secret_field() -> None:
    obj = Outer(credentials={"p": {"keys": ["s-1", {"deep": "s-2"}]}, "q": "s-3"})
    assert sorted(secret_values(obj)) == ["s-1", "s-2", "s-3"]


def test_secret_fields_of_models_inside_public_lists() -> None:
    Leaf = _model("Leaf", token=(True, None), title=(False, None))
    obj = Outer(items=[Leaf(token="s-leaf", title="public-title")], label="public")
    assert secret_values(obj) == ["s-leaf"]


def test_extra_and_public_fields_are_never_collected() -> None:
    obj = Outer(label="public", extra={"credentials": "not-marked-by-the-model"})
    assert secret_values(obj) == []


_LEAF = st.text(alphabet="abcdefghij", min_size=4, max_size=8)
_TREE = st.recursive(
    _LEAF,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(["a", "b", "c"]), inner, max_size=3)
        | st.builds(lambda v: Inner(value=v), inner)
    ),
    max_leaves=10,
)


def _leaves(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if attrs.has(type(value)):
        return [
            x for f in attrs.fields(type(value)) if not f.metadata.get("extra") for x in _leaves(getattr(value, f.name))
        ]
    if isinstance(value, dict):
        return [x for v in value.values() for x in _leaves(v)]
    if isinstance(value, list | tuple):
        return [x for v in value for x in _leaves(v)]
    return []


@settings(max_examples=60)
@given(secret=_TREE, public=_TREE)
def test_any_nesting_under_a_secret_field_is_collected_whole(secret: Any, public: Any) -> None:
    obj = Outer(credentials=secret, items=[public] if not isinstance(public, str) else ())
    assert sorted(secret_values(obj)) == sorted(_leaves(secret))


def _secret_properties() -> list[tuple[str, str]]:
    return sorted(
        (name, prop)
        for name, schema in S.schemas().items()
        for prop, sub in schema.get("properties", {}).items()
        if sub.get("x-secret")
    )


@pytest.mark.parametrize(("schema", "prop"), _secret_properties(), ids=lambda x: str(x))
def test_every_x_secret_property_is_marked_on_its_field(schema: str, prop: str) -> None:
    cls = getattr(m, schema)
    field = next(f for f in attrs.fields(cls) if f.metadata.get("wire") == prop)
    assert field.metadata.get("secret"), f"{schema}.{prop} is x-secret in the spec but not marked on the model"

"""The one cattrs converter: camelCase wire <-> snake_case attrs models.

Reading goes through the decoders codegen renders per response model (generated/decoders.py),
registered here as the converter's structure hooks: lenient where the API may grow (unknown fields
land in ``extra``, unknown enum values stay plain strings, an absent or null list/map becomes
empty), strict where a wrong type would mislead the caller (never coerced; a ShapeError instead).
Writing is strict: fields left at their default are omitted, opaque maps go out exactly as given,
and a class marked ``x-sdk-wrap`` is written as the value of its single field.
"""

from __future__ import annotations

import functools
import typing
from collections.abc import Mapping
from typing import Any

import attrs
import cattrs
from cattrs.gen import make_dict_unstructure_fn, override

from peaq_os_sdk._generated import models
from peaq_os_sdk._generated.decoders import DECODERS


def _is_mapping(t: Any) -> bool:
    return typing.get_origin(t) in (Mapping, dict)


def _is(target: Any) -> Any:
    def predicate(t: Any) -> bool:
        return bool(t == target)

    return predicate


def _hook(decode: Any) -> Any:
    return lambda v, _: decode(v)


def _build() -> cattrs.Converter:
    c = cattrs.Converter(detailed_validation=False)
    for target, decode in DECODERS.items():
        c.register_structure_hook_func(_is(target), _hook(decode))  # classes and union aliases alike

    c.register_unstructure_hook_factory(_is_mapping, lambda t: lambda v: dict(v))

    def unstruct_factory(cl: type) -> Any:
        if cl in models.WRAPPED:
            name = models.WRAPPED[cl]
            return lambda obj: {} if getattr(obj, name) is None else c.unstructure(getattr(obj, name))
        fields = attrs.fields(cl)
        kw: dict[str, Any] = {f.name: override(rename=f.metadata["wire"]) for f in fields if "wire" in f.metadata}
        kw.update({f.name: override(omit=True) for f in fields if f.metadata.get("extra")})
        fn: Any = make_dict_unstructure_fn(cl, c, _cattrs_omit_if_default=True, **kw)

        def hook(obj: Any) -> dict[str, Any]:
            out = fn(obj)
            return {**obj.extra, **out} if obj.extra else out

        return hook

    c.register_unstructure_hook_factory(attrs.has, unstruct_factory)
    return c


@functools.lru_cache(maxsize=1)
def converter() -> cattrs.Converter:
    return _build()


def structure_hook(t: Any) -> Any:
    """The bound structure function for a response type (looked up once per call site, not per item)."""
    return converter().get_structure_hook(t)


def decoder(t: Any) -> Any:
    """One-argument decoder for a response type (every response model has a generated one)."""
    return DECODERS[t]


def to_wire(obj: Any) -> Any:
    """Request model -> JSON-ready dict (camelCase keys, defaults omitted, opaque maps verbatim)."""
    return converter().unstructure(obj)


unstructure = to_wire

"""The one cattrs converter: camelCase wire <-> snake_case attrs models.

Reading goes through the decoders codegen renders per response model (each group's
``groups/<group>_decoders.py``; the transport calls the one its operation names, ``Operation.decode``),
also registered here as the converter's structure hooks: lenient where the API may grow (unknown fields
land in ``extra``, unknown enum values stay plain strings, an absent or null list/map becomes
empty), strict where a wrong type would mislead the caller (never coerced; a ShapeError instead).
Writing is strict: fields left at their default are omitted, opaque maps go out exactly as given,
and a class marked ``x-sdk-wrap`` is written as the value of its single field.
"""

from __future__ import annotations

import functools
import sys
import typing
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # cattrs loads when the first request body is written, not with the SDK
    import cattrs


def _is_mapping(t: Any) -> bool:
    return typing.get_origin(t) in (Mapping, dict)


def _hook(decode: Any) -> Any:
    return lambda v, _: decode(v)


def _decoders() -> dict[Any, Any]:
    """Every group's decoders (loads every group: only ``structure`` asks, never the transport)."""
    from peaq_os_sdk._generated.decoders import DECODERS

    return DECODERS


def _has_decoder(t: Any) -> bool:
    try:
        return t in _decoders()
    except TypeError:  # an unhashable type annotation: never one of ours
        return False


def _wrapped_field(cl: type) -> str | None:
    """The single field of a class marked ``x-sdk-wrap`` (its group's ``WRAPPED`` table), else None."""
    table = getattr(sys.modules.get(cl.__module__), "WRAPPED", None)
    return table.get(cl) if isinstance(table, dict) else None


def _build() -> cattrs.Converter:
    import attrs
    import cattrs
    from cattrs.gen import make_dict_unstructure_fn, override

    c = cattrs.Converter(detailed_validation=False)
    # classes and union aliases alike; looked up (and every group loaded) on the first structure() only
    c.register_structure_hook_factory(_has_decoder, lambda t: _hook(_decoders()[t]))

    c.register_unstructure_hook_factory(_is_mapping, lambda t: lambda v: dict(v))

    def unstruct_factory(cl: type) -> Any:
        name = _wrapped_field(cl)
        if name is not None:
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
    return _decoders()[t]


def to_wire(obj: Any) -> Any:
    """Request model -> JSON-ready dict (camelCase keys, defaults omitted, opaque maps verbatim)."""
    return converter().unstructure(obj)


unstructure = to_wire

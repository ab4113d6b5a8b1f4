"""The one cattrs converter: camelCase wire <-> snake_case attrs models.

Reading is lenient where the API may grow (unknown fields land in ``extra``, unknown enum values
stay plain strings, an absent or null list/map becomes empty) and strict where a wrong type would
mislead the caller (a number where a string belongs is a shape error, never coerced). Writing is
strict: fields left at their default are omitted and opaque maps go out exactly as given.
"""

from __future__ import annotations

import functools
import typing
from collections.abc import Mapping, Sequence
from typing import Any

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from peaq_os_sdk._decode_support import ShapeError
from peaq_os_sdk._generated import models
from peaq_os_sdk._generated.decoders import DECODERS


def _literal_args(t: Any) -> tuple[Any, ...] | None:
    return typing.get_args(t) if typing.get_origin(t) is typing.Literal else None


def _is_homogeneous_tuple(t: Any) -> bool:
    args = typing.get_args(t)
    return typing.get_origin(t) in (tuple, Sequence) and (
        len(args) == 2 and args[1] is Ellipsis or typing.get_origin(t) is Sequence
    )


def _is_mapping(t: Any) -> bool:
    return typing.get_origin(t) in (Mapping, dict)


def _build() -> cattrs.Converter:
    c = cattrs.Converter(detailed_validation=False)

    def s_str(v: Any, _: Any) -> str:
        if type(v) is str:
            return v
        raise ShapeError(f"expected string, got {type(v).__name__}")

    def s_int(v: Any, _: Any) -> int:
        if type(v) is int:
            return v
        if type(v) is float and v.is_integer():
            return int(v)
        raise ShapeError(f"expected integer, got {type(v).__name__}")

    def s_float(v: Any, _: Any) -> float:
        if type(v) in (int, float):
            return float(v)
        raise ShapeError(f"expected number, got {type(v).__name__}")

    def s_bool(v: Any, _: Any) -> bool:
        if type(v) is bool:
            return v
        raise ShapeError(f"expected boolean, got {type(v).__name__}")

    c.register_structure_hook(str, s_str)
    c.register_structure_hook(int, s_int)
    c.register_structure_hook(float, s_float)
    c.register_structure_hook(bool, s_bool)
    c.register_structure_hook_func(lambda t: t is Any, lambda v, _: v)  # (3.10: Any is not a class)

    def literal_factory(t: Any) -> Any:
        args = _literal_args(t) or ()
        kinds = tuple({type(a) for a in args})

        def hook(v: Any, _: Any) -> Any:
            # Unknown values of the right kind are kept: the API may add enum members.
            if type(v) in kinds:
                return v
            raise ShapeError(f"expected one of {kinds}, got {type(v).__name__}")

        return hook

    c.register_structure_hook_factory(lambda t: _literal_args(t) is not None, literal_factory)

    def tuple_factory(t: Any) -> Any:
        inner_t = typing.get_args(t)[0]
        if inner_t is str:

            def str_hook(v: Any, _: Any) -> tuple[Any, ...]:
                if v is None:
                    return ()
                if type(v) is not list:
                    raise ShapeError(f"expected array, got {type(v).__name__}")
                for x in v:
                    if type(x) is not str:
                        raise ShapeError("expected array of strings")
                return tuple(v)

            return str_hook
        inner = c.get_structure_hook(inner_t)

        def hook(v: Any, _: Any) -> tuple[Any, ...]:
            if v is None:
                return ()
            if type(v) is not list:
                raise ShapeError(f"expected array, got {type(v).__name__}")
            return tuple(inner(x, inner_t) for x in v)

        return hook

    c.register_structure_hook_factory(_is_homogeneous_tuple, tuple_factory)

    def mapping_factory(t: Any) -> Any:
        args = typing.get_args(t)
        value_t = args[1] if len(args) == 2 else Any
        if value_t is Any:

            def opaque(v: Any, _: Any) -> dict[str, Any]:
                if v is None:
                    return {}
                if type(v) is not dict:
                    raise ShapeError(f"expected object, got {type(v).__name__}")
                return v  # opaque: the caller's keys, exactly as sent

            return opaque
        inner = c.get_structure_hook(value_t)

        def typed(v: Any, _: Any) -> dict[str, Any]:
            if v is None:
                return {}
            if type(v) is not dict:
                raise ShapeError(f"expected object, got {type(v).__name__}")
            return {k: inner(x, value_t) for k, x in v.items()}

        return typed

    c.register_structure_hook_factory(_is_mapping, mapping_factory)
    c.register_unstructure_hook_factory(_is_mapping, lambda t: lambda v: dict(v))

    def struct_factory(cl: type) -> Any:
        decode = DECODERS.get(cl)
        if decode is not None:  # the generated fast path (inline type checks, extras kept)
            return lambda v, _: decode(v)
        if cl in models.WRAPPED:
            name = models.WRAPPED[cl]
            (fld,) = (f for f in attrs.fields(cl) if f.name == name)
            inner = c.get_structure_hook(fld.type)
            return lambda v, _: cl(**{name: inner(v, fld.type)})
        fields = attrs.fields(cl)
        kw: dict[str, Any] = {f.name: override(rename=f.metadata["wire"]) for f in fields if "wire" in f.metadata}
        kw.update({f.name: override(omit=True) for f in fields if f.metadata.get("extra")})
        fn: Any = make_dict_structure_fn(cl, c, _cattrs_detailed_validation=False, **kw)
        known = frozenset(f.metadata["wire"] for f in fields if "wire" in f.metadata)
        setattr_ = object.__setattr__

        def hook(v: Any, t: Any) -> Any:
            if type(v) is not dict:
                raise ShapeError(f"expected object for {cl.__name__}, got {type(v).__name__}")
            try:
                obj = fn(v, t)
            except KeyError as e:
                raise ShapeError(f"{cl.__name__}: missing required field {e.args[0]!r}") from None
            if not known.issuperset(v):
                setattr_(obj, "extra", {k: x for k, x in v.items() if k not in known})
            return obj

        return hook

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

    c.register_structure_hook_factory(attrs.has, struct_factory)
    c.register_unstructure_hook_factory(attrs.has, unstruct_factory)

    for union in models.DISCRIMINATED:
        decode_union = DECODERS[union]
        c.register_structure_hook_func(_is(union), _union_hook(decode_union))
    return c


def _is(target: Any) -> Any:
    def predicate(t: Any) -> bool:
        return bool(t == target)

    return predicate


def _union_hook(decode: Any) -> Any:
    return lambda v, _: decode(v)


@functools.lru_cache(maxsize=1)
def converter() -> cattrs.Converter:
    return _build()


def structure_hook(t: Any) -> Any:
    """The bound structure function for a type (looked up once per call site, not per item)."""
    return converter().get_structure_hook(t)


def decoder(t: Any) -> Any:
    """One-argument decoder for a response type: the generated one, else the converter's hook."""
    decode = DECODERS.get(t)
    if decode is not None:
        return decode
    hook = structure_hook(t)
    return lambda v: hook(v, t)


def unstructure(obj: Any) -> Any:
    return converter().unstructure(obj)


def to_wire(obj: Any) -> Any:
    """Request model -> JSON-ready dict (camelCase keys, defaults omitted, opaque maps verbatim)."""
    return converter().unstructure(obj)

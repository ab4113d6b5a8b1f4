"""Helpers the generated decoders call (kept outside the orchestration package to avoid import cycles).

Error messages name the model field and the expected JSON type; they never contain the value,
which may be a secret.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, NoReturn


class ShapeError(ValueError):
    """A response value did not fit the model."""


def _bad(label: str, expected: str, value: Any) -> NoReturn:
    raise ShapeError(f"{label}: expected {expected}, got {type(value).__name__}")


def _int(value: Any, label: str) -> int:
    if type(value) is float and value.is_integer():
        return int(value)
    _bad(label, "integer", value)


def _float(value: Any, label: str, none_ok: bool) -> float | None:
    if type(value) is int:
        return value  # kept as is: float() would round integers beyond 2**53 (an int is a number in Python too)
    if value is None and none_ok:
        return None
    _bad(label, "number", value)


def _tuple_str(value: Any, label: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if type(value) is not list:
        _bad(label, "array", value)
    for x in value:
        if type(x) is not str:
            _bad(label + "[]", "string", x)
    return tuple(value)


def _tuple_of(value: Any, decode: Callable[[Any], Any], label: str) -> tuple[Any, ...]:
    if value is None:
        return ()
    if type(value) is not list:
        _bad(label, "array", value)
    for x in value:
        if type(x) is not dict:
            _bad(label + "[]", "object", x)
    return tuple([decode(x) for x in value])


def _tuple_any(value: Any, label: str) -> tuple[Any, ...]:
    if value is None:
        return ()
    if type(value) is not list:
        _bad(label, "array", value)
    return tuple(value)


def _map_str(value: Any, label: str) -> dict[str, str]:
    if value is None:
        return {}
    if type(value) is not dict:
        _bad(label, "object", value)
    for v in value.values():
        if type(v) is not str:
            _bad(label + "{}", "string", v)
    return value


def _map_any(value: Any, label: str) -> dict[str, Any]:
    if value is None:
        return {}
    _bad(label, "object", value)


def _pick(wire: Mapping[str, Any], names: tuple[str, ...]) -> Any:
    """The value under the first of ``names`` present (a field and its wire aliases); KeyError names the field."""
    for n in names:
        if n in wire:
            return wire[n]
    raise KeyError(names[0])


def _pick_opt(wire: Mapping[str, Any], names: tuple[str, ...], default: Any = None) -> Any:
    for n in names:
        if n in wire:
            return wire[n]
    return default


def _not_object(name: str, value: Any) -> NoReturn:
    _bad(name, "object", value)


def _slot_setter(cls: type, name: str) -> Callable[[Any, Any], None]:
    """The slot descriptor's setter for ``name`` (bypasses a frozen class's __setattr__)."""
    # runs at import, before mutmut forks a mutant: not mutated (any change breaks every decoder anyway)
    setter: Callable[[Any, Any], None] = getattr(cls, name).__set__  # pragma: no mutate
    return setter


def _extra_of(
    wire: Mapping[str, Any], keys: tuple[str, ...], known: frozenset[str], last: list[tuple[str, ...]]
) -> dict[str, Any]:
    """``wire``'s unknown keys (``keys`` is ``tuple(wire)``); a key tuple with none is kept in ``last[0]``.

    The generated decoders compare each object's key tuple with ``last[0]`` before calling this: ``json.loads``
    hands every object of one body the same key strings, so on a page of like objects that comparison is a
    run of identity checks, where the set test here hashes and compares each key's text. Only a tuple that
    passed this set test is ever kept, so an equal tuple is always a known-keys-only object.
    """
    if known.issuperset(keys):
        last[0] = keys
        return {}
    return {k: v for k, v in wire.items() if k not in known}


def _dispatch(value: Any, path: tuple[str, ...], mapping: Mapping[str, Callable[[Any], Any]], name: str) -> Any:
    node = value
    for key in path:
        if type(node) is not dict or key not in node:
            raise ShapeError(f"{name}: missing discriminator {'.'.join(path)}")
        node = node[key]
    decode = mapping.get(str(node))
    if decode is None:
        raise ShapeError(f"{name}: unknown discriminator value at {'.'.join(path)}")
    return decode(value)

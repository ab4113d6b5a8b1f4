# generated from spec/openapi.yaml by codegen/ — do not edit
# mypy: disable-error-code="arg-type,no-any-return"
# (reading is lenient on purpose: an enum value the spec does not list yet arrives as a plain str; a model is
# filled as its plain storage class, typed Any, before it becomes the model)
"""Wire-dict -> model decoders, one per response model, registered as the converter's structure hooks.

Each checks JSON types inline (no call per field on the happy path), keeps unknown keys in
``extra``, accepts unknown enum values as plain strings, and raises ShapeError (never KeyError or
TypeError) on anything else.
"""

from typing import Any

from peaq_os_sdk._generated.groups import health_models as m

from peaq_os_sdk._decode_support import (
    ShapeError,
    _bad,
    _extra_of,
    _not_object,
)

_new = object.__new__

_KNOWN_Health = frozenset(["ok"])
_LAST_Health: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_Health = m.Health
_S_Health = m._HealthSlots


def decode_Health(o: Any) -> "m.Health":
    if type(o) is not dict:
        _not_object("Health", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_Health)
    try:
        obj.ok = v if type(v := o["ok"]) is bool else _bad("Health.ok", "bool", v)
    except KeyError as e:
        raise ShapeError(f"Health: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_Health[0]:
        _LAST_Health[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_Health, _LAST_Health)
    obj.__class__ = _C_Health
    return obj


DECODERS: dict[Any, Any] = {
    m.Health: decode_Health,
}

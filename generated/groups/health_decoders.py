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
    _extra,
    _not_object,
)

_new = object.__new__

_KNOWN_Health = frozenset(["ok"])
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
    obj.extra = {} if _KNOWN_Health.issuperset(o) else _extra(o, _KNOWN_Health)
    obj.__class__ = _C_Health
    return obj


DECODERS: dict[Any, Any] = {
    m.Health: decode_Health,
}

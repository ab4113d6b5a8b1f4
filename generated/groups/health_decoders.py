# generated from spec/openapi.yaml by codegen/ — do not edit
# mypy: disable-error-code="arg-type"
# (reading is lenient on purpose: an enum value the spec does not list yet arrives as a plain str)
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
    _slot_setter,
)

_new = object.__new__

_KNOWN_Health = frozenset(["ok"])
_C_Health = m.Health
_s_Health_ok = _slot_setter(m.Health, "ok")
_s_Health_extra = _slot_setter(m.Health, "extra")


def decode_Health(o: Any) -> "m.Health":
    if type(o) is not dict:
        _not_object("Health", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_Health)
    try:
        _s_Health_ok(obj, v if type(v := o["ok"]) is bool else _bad("Health.ok", "bool", v))
    except KeyError as e:
        raise ShapeError(f"Health: missing required field {e.args[0]!r}") from None
    _s_Health_extra(obj, {} if _KNOWN_Health.issuperset(o) else _extra(o, _KNOWN_Health))
    return obj


DECODERS: dict[Any, Any] = {
    m.Health: decode_Health,
}

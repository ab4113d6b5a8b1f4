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

from peaq_os_sdk._generated.groups import policies_models as m

from peaq_os_sdk._decode_support import (
    ShapeError,
    _bad,
    _extra_of,
    _float,
    _not_object,
    _tuple_str,
)

_new = object.__new__

_KNOWN_BudgetCap = frozenset(["currency", "amount"])
_LAST_BudgetCap: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_BudgetCap = m.BudgetCap
_S_BudgetCap = m._BudgetCapSlots


def decode_BudgetCap(o: Any) -> "m.BudgetCap":
    if type(o) is not dict:
        _not_object("BudgetCap", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_BudgetCap)
    try:
        obj.currency = v if type(v := o["currency"]) is str else _bad("BudgetCap.currency", "str", v)
        obj.amount = v if type(v := o["amount"]) is float else _float(v, "BudgetCap.amount", False)
    except KeyError as e:
        raise ShapeError(f"BudgetCap: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_BudgetCap[0]:
        _LAST_BudgetCap[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_BudgetCap, _LAST_BudgetCap)
    obj.__class__ = _C_BudgetCap
    return obj


_KNOWN_Policy = frozenset(
    [
        "id",
        "name",
        "allowedSkillKeys",
        "deniedSkillKeys",
        "regionRules",
        "requiredCapabilities",
        "nativeOnly",
        "handoffAllowed",
        "budgetCap",
        "createdAt",
        "updatedAt",
    ]
)
_LAST_Policy: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_Policy = m.Policy
_S_Policy = m._PolicySlots


def decode_Policy(o: Any) -> "m.Policy":
    if type(o) is not dict:
        _not_object("Policy", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_Policy)
    try:
        obj.id = v if type(v := o["id"]) is str else _bad("Policy.id", "str", v)
        obj.name = v if type(v := o["name"]) is str else _bad("Policy.name", "str", v)
        obj.allowed_skill_keys = _tuple_str(o.get("allowedSkillKeys"), "Policy.allowed_skill_keys")
        obj.denied_skill_keys = _tuple_str(o.get("deniedSkillKeys"), "Policy.denied_skill_keys")
        obj.region_rules = _tuple_str(o.get("regionRules"), "Policy.region_rules")
        obj.required_capabilities = _tuple_str(o.get("requiredCapabilities"), "Policy.required_capabilities")
        obj.native_only = v if type(v := o["nativeOnly"]) is bool else _bad("Policy.native_only", "bool", v)
        obj.handoff_allowed = v if type(v := o["handoffAllowed"]) is bool else _bad("Policy.handoff_allowed", "bool", v)
        obj.budget_cap = (
            decode_BudgetCap(v)
            if type(v := o.get("budgetCap")) is dict
            else (None if v is None else _bad("Policy.budget_cap", "object", v))
        )
        obj.created_at = v if type(v := o["createdAt"]) is str else _bad("Policy.created_at", "str", v)
        obj.updated_at = v if type(v := o["updatedAt"]) is str else _bad("Policy.updated_at", "str", v)
    except KeyError as e:
        raise ShapeError(f"Policy: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_Policy[0]:
        _LAST_Policy[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_Policy, _LAST_Policy)
    obj.__class__ = _C_Policy
    return obj


DECODERS: dict[Any, Any] = {
    m.BudgetCap: decode_BudgetCap,
    m.Policy: decode_Policy,
}

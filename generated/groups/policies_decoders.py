# generated from spec/openapi.yaml by codegen/ — do not edit
# mypy: disable-error-code="arg-type"
# (reading is lenient on purpose: an enum value the spec does not list yet arrives as a plain str)
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
    _extra,
    _float,
    _not_object,
    _slot_setter,
    _tuple_str,
)

_new = object.__new__

_KNOWN_BudgetCap = frozenset(["currency", "amount"])
_C_BudgetCap = m.BudgetCap
_s_BudgetCap_currency = _slot_setter(m.BudgetCap, "currency")
_s_BudgetCap_amount = _slot_setter(m.BudgetCap, "amount")
_s_BudgetCap_extra = _slot_setter(m.BudgetCap, "extra")


def decode_BudgetCap(o: Any) -> "m.BudgetCap":
    if type(o) is not dict:
        _not_object("BudgetCap", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_BudgetCap)
    try:
        _s_BudgetCap_currency(obj, v if type(v := o["currency"]) is str else _bad("BudgetCap.currency", "str", v))
        _s_BudgetCap_amount(obj, v if type(v := o["amount"]) is float else _float(v, "BudgetCap.amount", False))
    except KeyError as e:
        raise ShapeError(f"BudgetCap: missing required field {e.args[0]!r}") from None
    _s_BudgetCap_extra(obj, {} if _KNOWN_BudgetCap.issuperset(o) else _extra(o, _KNOWN_BudgetCap))
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
_C_Policy = m.Policy
_s_Policy_id = _slot_setter(m.Policy, "id")
_s_Policy_name = _slot_setter(m.Policy, "name")
_s_Policy_allowed_skill_keys = _slot_setter(m.Policy, "allowed_skill_keys")
_s_Policy_denied_skill_keys = _slot_setter(m.Policy, "denied_skill_keys")
_s_Policy_region_rules = _slot_setter(m.Policy, "region_rules")
_s_Policy_required_capabilities = _slot_setter(m.Policy, "required_capabilities")
_s_Policy_native_only = _slot_setter(m.Policy, "native_only")
_s_Policy_handoff_allowed = _slot_setter(m.Policy, "handoff_allowed")
_s_Policy_budget_cap = _slot_setter(m.Policy, "budget_cap")
_s_Policy_created_at = _slot_setter(m.Policy, "created_at")
_s_Policy_updated_at = _slot_setter(m.Policy, "updated_at")
_s_Policy_extra = _slot_setter(m.Policy, "extra")


def decode_Policy(o: Any) -> "m.Policy":
    if type(o) is not dict:
        _not_object("Policy", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_Policy)
    try:
        _s_Policy_id(obj, v if type(v := o["id"]) is str else _bad("Policy.id", "str", v))
        _s_Policy_name(obj, v if type(v := o["name"]) is str else _bad("Policy.name", "str", v))
        _s_Policy_allowed_skill_keys(obj, _tuple_str(o.get("allowedSkillKeys"), "Policy.allowed_skill_keys"))
        _s_Policy_denied_skill_keys(obj, _tuple_str(o.get("deniedSkillKeys"), "Policy.denied_skill_keys"))
        _s_Policy_region_rules(obj, _tuple_str(o.get("regionRules"), "Policy.region_rules"))
        _s_Policy_required_capabilities(obj, _tuple_str(o.get("requiredCapabilities"), "Policy.required_capabilities"))
        _s_Policy_native_only(obj, v if type(v := o["nativeOnly"]) is bool else _bad("Policy.native_only", "bool", v))
        _s_Policy_handoff_allowed(
            obj, v if type(v := o["handoffAllowed"]) is bool else _bad("Policy.handoff_allowed", "bool", v)
        )
        _s_Policy_budget_cap(
            obj,
            decode_BudgetCap(v)
            if type(v := o.get("budgetCap")) is dict
            else (None if v is None else _bad("Policy.budget_cap", "object", v)),
        )
        _s_Policy_created_at(obj, v if type(v := o["createdAt"]) is str else _bad("Policy.created_at", "str", v))
        _s_Policy_updated_at(obj, v if type(v := o["updatedAt"]) is str else _bad("Policy.updated_at", "str", v))
    except KeyError as e:
        raise ShapeError(f"Policy: missing required field {e.args[0]!r}") from None
    _s_Policy_extra(obj, {} if _KNOWN_Policy.issuperset(o) else _extra(o, _KNOWN_Policy))
    return obj


DECODERS: dict[Any, Any] = {
    m.BudgetCap: decode_BudgetCap,
    m.Policy: decode_Policy,
}

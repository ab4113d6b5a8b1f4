# generated from spec/openapi.yaml by codegen/ — do not edit
"""Typed models of the peaq OS Machine Markets (orchestration) API (0.2.0): the types only the ``policies`` operations use.

Frozen, slotted attrs classes with snake_case attributes. Each field keeps its camelCase wire
name in ``metadata["wire"]``; unknown response fields are kept in ``extra``; fields marked
secret never show in ``repr``.
"""

from collections.abc import Mapping, Sequence
from typing import Any

import attrs

__all__ = [
    "BudgetCap",
    "BudgetCapInput",
    "Policy",
    "CreatePolicyRequest",
    "UpdatePolicyRequest",
]


# ---- models ----------------------------------------------------------------------------------


class _BudgetCapSlots:
    """The storage of :class:`BudgetCap`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``BudgetCap`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = ("currency", "amount", "extra", "__weakref__")


@attrs.frozen
class BudgetCap(_BudgetCapSlots):
    """A price cap for one order.

    Attributes:
        currency: Currency of the cap (e.g. USD); a price in another currency counts as over the cap (our
            choice) (wire ``currency``).
        amount: Largest price, in units of the currency (a JSON number), that an order for the machine may
            have (wire ``amount``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    currency: str = attrs.field(metadata={"wire": "currency"})
    amount: float = attrs.field(metadata={"wire": "amount"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class BudgetCapInput:
    """A price cap for one order, as written in a policy create or update.

    Attributes:
        currency: Currency code of the cap (e.g. USD), upper case: a price in another currency, lower case
            included, counts as over the cap (wire ``currency``; required).
        amount: Largest price, in whole units of the currency (a JSON number, at least 0, as quoted
            prices; not base units) (wire ``amount``; required).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    currency: str = attrs.field(
        metadata={
            "wire": "currency",
            "rules": {
                "type": "str",
                "pattern": "^[A-Z][A-Z0-9]{1,11}$",
                "pattern_name": "an upper-case currency code such as USD",
            },
            "required": True,
        }
    )
    amount: float = attrs.field(
        metadata={"wire": "amount", "rules": {"type": "number", "minimum": 0}, "required": True}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


class _PolicySlots:
    """The storage of :class:`Policy`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``Policy`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = (
        "id",
        "name",
        "allowed_skill_keys",
        "denied_skill_keys",
        "region_rules",
        "required_capabilities",
        "native_only",
        "handoff_allowed",
        "budget_cap",
        "created_at",
        "updated_at",
        "extra",
        "__weakref__",
    )


@attrs.frozen
class Policy(_PolicySlots):
    """A reusable machine policy: which services a machine naming it in policyIds may search and order.

    Attributes:
        id: Server-assigned policy id (wire ``id``).
        name: Human-readable name (wire ``name``).
        allowed_skill_keys: When non-empty, only services of these skills may be searched and ordered for
            a machine naming this policy (wire ``allowedSkillKeys``).
        denied_skill_keys: Services of these skills are never offered or ordered for a machine naming this
            policy (wire ``deniedSkillKeys``).
        region_rules: Region rules as given; stored but not enforced by the simulator (their meaning is
            not stated) (wire ``regionRules``).
        required_capabilities: Capabilities a service must declare to be offered or ordered (wire
            ``requiredCapabilities``).
        native_only: When true, only natively executed services are offered or ordered (wire
            ``nativeOnly``).
        handoff_allowed: When false, services that hand off to an external provider are refused (wire
            ``handoffAllowed``).
        budget_cap: Price cap for one order (null: no cap) (wire ``budgetCap``).
        created_at: When the policy was created (ISO 8601) (wire ``createdAt``).
        updated_at: When the policy last changed (ISO 8601); strictly increases with each update, so it
            versions the policy (wire ``updatedAt``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    id: str = attrs.field(metadata={"wire": "id"})
    name: str = attrs.field(metadata={"wire": "name"})
    allowed_skill_keys: tuple[str, ...] = attrs.field(
        default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "allowedSkillKeys"}
    )
    denied_skill_keys: tuple[str, ...] = attrs.field(
        default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "deniedSkillKeys"}
    )
    region_rules: tuple[str, ...] = attrs.field(
        default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "regionRules"}
    )
    required_capabilities: tuple[str, ...] = attrs.field(
        default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "requiredCapabilities"}
    )
    native_only: bool = attrs.field(metadata={"wire": "nativeOnly"})
    handoff_allowed: bool = attrs.field(metadata={"wire": "handoffAllowed"})
    budget_cap: BudgetCap | None = attrs.field(default=None, kw_only=True, metadata={"wire": "budgetCap"})
    created_at: str = attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = attrs.field(metadata={"wire": "updatedAt"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class CreatePolicyRequest:
    """A new policy; only name is required.

    Attributes:
        name: Human-readable name (wire ``name``; required).
        allowed_skill_keys: When non-empty, only services of these skills may be searched and ordered for
            a machine naming this policy (wire ``allowedSkillKeys``).
        denied_skill_keys: Services of these skills are never offered or ordered for a machine naming this
            policy (wire ``deniedSkillKeys``).
        budget_cap: Price cap for one order (null: no cap) (wire ``budgetCap``).
        region_rules: Region rules as given; stored but not enforced by the simulator (their meaning is
            not stated) (wire ``regionRules``).
        native_only: When true, only natively executed services are offered or ordered (wire
            ``nativeOnly``).
        handoff_allowed: When false, services that hand off to an external provider are refused (wire
            ``handoffAllowed``).
        required_capabilities: Capabilities a service must declare to be offered or ordered (wire
            ``requiredCapabilities``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    name: str = attrs.field(metadata={"wire": "name", "rules": {"type": "str", "min_length": 1}, "required": True})
    allowed_skill_keys: Sequence[str] | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "allowedSkillKeys", "rules": {"type": "list", "items": {"type": "str", "min_length": 1}}},
    )
    denied_skill_keys: Sequence[str] | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "deniedSkillKeys", "rules": {"type": "list", "items": {"type": "str", "min_length": 1}}},
    )
    budget_cap: BudgetCapInput | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "budgetCap", "rules": {"model": "BudgetCapInput"}}
    )
    region_rules: Sequence[str] | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "regionRules", "rules": {"type": "list", "items": {"type": "str"}}},
    )
    native_only: bool | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "nativeOnly", "rules": {"type": "bool"}}
    )
    handoff_allowed: bool | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "handoffAllowed", "rules": {"type": "bool"}}
    )
    required_capabilities: Sequence[str] | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "requiredCapabilities", "rules": {"type": "list", "items": {"type": "str", "min_length": 1}}},
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class UpdatePolicyRequest:
    """A shallow update: the fields sent replace the stored ones; updatedAt moves forward.

    Attributes:
        name: Human-readable name. Omitted: unchanged (wire ``name``).
        allowed_skill_keys: When non-empty, only services of these skills may be searched and ordered for
            a machine naming this policy. Omitted: unchanged (wire ``allowedSkillKeys``).
        denied_skill_keys: Services of these skills are never offered or ordered for a machine naming this
            policy. Omitted: unchanged (wire ``deniedSkillKeys``).
        budget_cap: Price cap for one order (null: no cap). Omitted: unchanged (wire ``budgetCap``).
        region_rules: Region rules as given; stored but not enforced by the simulator (their meaning is
            not stated). Omitted: unchanged (wire ``regionRules``).
        native_only: When true, only natively executed services are offered or ordered. Omitted: unchanged
            (wire ``nativeOnly``).
        handoff_allowed: When false, services that hand off to an external provider are refused. Omitted:
            unchanged (wire ``handoffAllowed``).
        required_capabilities: Capabilities a service must declare to be offered or ordered. Omitted:
            unchanged (wire ``requiredCapabilities``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    name: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "name", "rules": {"type": "str", "min_length": 1}}
    )
    allowed_skill_keys: Sequence[str] | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "allowedSkillKeys", "rules": {"type": "list", "items": {"type": "str", "min_length": 1}}},
    )
    denied_skill_keys: Sequence[str] | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "deniedSkillKeys", "rules": {"type": "list", "items": {"type": "str", "min_length": 1}}},
    )
    budget_cap: BudgetCapInput | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "budgetCap", "rules": {"model": "BudgetCapInput"}}
    )
    region_rules: Sequence[str] | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "regionRules", "rules": {"type": "list", "items": {"type": "str"}}},
    )
    native_only: bool | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "nativeOnly", "rules": {"type": "bool"}}
    )
    handoff_allowed: bool | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "handoffAllowed", "rules": {"type": "bool"}}
    )
    required_capabilities: Sequence[str] | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "requiredCapabilities", "rules": {"type": "list", "items": {"type": "str", "min_length": 1}}},
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


# ---- unions ----------------------------------------------------------------------------------

WRAPPED: dict[type, str] = {}
"""Classes whose wire value is the value of their single field."""

DISCRIMINATED: dict[Any, tuple[tuple[str, ...], dict[str, type]]] = {}
"""Unions told apart by the value found at a path inside the body."""

CROSS_FIELD: dict[type, tuple[dict[str, Any], ...]] = {}
"""Rules a request model checks across its fields before sending (Python field names; see the spec header)."""

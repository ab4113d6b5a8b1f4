# generated from spec/openapi.yaml by codegen/ — do not edit
"""Typed models of the peaq OS Machine Markets (orchestration) API (0.2.0): the types only the ``health`` operations use.

Frozen, slotted attrs classes with snake_case attributes. Each field keeps its camelCase wire
name in ``metadata["wire"]``; unknown response fields are kept in ``extra``; fields marked
secret never show in ``repr``.
"""

from collections.abc import Mapping
from typing import Any, Literal

import attrs

__all__ = [
    "Health",
]


# ---- models ----------------------------------------------------------------------------------


class _HealthSlots:
    """The storage of :class:`Health`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``Health`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = ("ok", "extra", "__weakref__")


@attrs.frozen
class Health(_HealthSlots):
    """The liveness answer of GET /health.

    Attributes:
        ok: Always true while the server is up (wire ``ok``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    ok: Literal[True] = attrs.field(metadata={"wire": "ok"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


# ---- unions ----------------------------------------------------------------------------------

WRAPPED: dict[type, str] = {}
"""Classes whose wire value is the value of their single field."""

DISCRIMINATED: dict[Any, tuple[tuple[str, ...], dict[str, type]]] = {}
"""Unions told apart by the value found at a path inside the body."""

CROSS_FIELD: dict[type, tuple[dict[str, Any], ...]] = {}
"""Rules a request model checks across its fields before sending (Python field names; see the spec header)."""

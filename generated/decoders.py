# generated from spec/openapi.yaml by codegen/ — do not edit
"""Every group's wire-dict -> model decoders in one table (each group's load on first use).

The transport never reads this table: each operation carries its own decoder
(``Operation.decode``), so decoding one group's response loads only that group.
"""

from typing import TYPE_CHECKING, Any

from peaq_os_sdk._lazy import lazy_attributes

if TYPE_CHECKING:
    DECODERS: dict[Any, Any]
    """Model class or union alias -> its decoder, for every group."""

__all__ = ["DECODERS"]

GROUPS: tuple[str, ...] = (
    "common",
    "machines",
    "machine_agents",
    "identity",
    "agent_pairings",
    "runtime_endpoints",
    "skills",
    "market",
    "payments",
    "policies",
    "observability",
    "graph",
    "tasks",
    "health",
)

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_attributes(
        __name__, "peaq_os_sdk._generated.groups.{}_decoders", {}, merged=("DECODERS",), groups=GROUPS
    )

"""Helpers the generated models use (kept outside the orchestration package to avoid import cycles)."""

from __future__ import annotations

REDACTED = "[REDACTED]"


def redacted_repr(value: object) -> str:
    """repr() of a secret field: shows that a value is present, never the value."""
    if value is None:
        return "None"
    return repr(REDACTED)

"""Root of every exception the SDK raises."""

from __future__ import annotations


class PeaqosError(Exception):
    """Base class of every peaq OS SDK error."""


class PeaqosConfigError(PeaqosError, ValueError):
    """A client setting (URL, key, address) is missing or malformed."""

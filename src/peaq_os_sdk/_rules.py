"""Rules the SDK and the mock share, each written once: which names are sensitive, what a URL with a host is,
how a decimal amount becomes base units."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from urllib.parse import urlsplit

SENSITIVE_NAME_PARTS = ("token", "key", "secret", "password", "credential", "auth")
"""A key, header or field whose name contains one of these (any case) holds a credential."""


def is_sensitive_name(name: str) -> bool:
    lowered = name.lower()
    return any(part in lowered for part in SENSITIVE_NAME_PARTS)


def is_url_with_host(value: str, schemes: tuple[str, ...] = ("http", "https")) -> bool:
    """``value`` parses as a URL with one of ``schemes`` and a non-empty host (the runtime-endpoint rule)."""
    try:
        parts = urlsplit(value)
        host = parts.hostname
    except ValueError:
        return False
    return parts.scheme in schemes and bool(host)


def base_units(amount: str, decimals: int, max_digits: int) -> str | None:
    """``amount`` (a decimal string such as ``"1.5"``) x 10^``decimals`` exactly, as canonical digits, or None.

    The digits have no leading zeros (``"0"`` for zero). None when the amount is not a finite non-negative
    number, is not a whole number of base units, or the result would need more than ``max_digits`` digits.
    Text and integer arithmetic only: no decimal context, so no rounding past 28 digits and no overflow for
    any ``decimals`` (``Decimal.scaleb`` has both), and no limit on integer-string conversion.
    """
    try:
        number = Decimal(amount)
    except (InvalidOperation, ValueError, TypeError):
        return None
    if not number.is_finite() or (number.is_signed() and number):
        return None
    _, digits, exponent = number.as_tuple()
    text = "".join(map(str, digits))
    significant = text.lstrip("0").rstrip("0")
    if not significant:
        return "0"
    shift = int(exponent) + decimals + len(text.lstrip("0")) - len(significant)
    if shift < 0 or len(significant) + shift > max_digits:
        return None
    return significant + "0" * shift

"""Rules the SDK and the mock share, each written once: which names are sensitive, what a URL with a host is."""

from __future__ import annotations

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

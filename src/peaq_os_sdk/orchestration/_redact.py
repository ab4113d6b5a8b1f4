"""Redaction: error bodies, header logs and free text never carry a credential."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from peaq_os_sdk._model_support import REDACTED
from peaq_os_sdk._rules import SENSITIVE_NAME_PARTS as SENSITIVE_NAME_PARTS  # re-exported: its home is _rules
from peaq_os_sdk._rules import is_sensitive_name as is_sensitive_name

_CAMEL = re.compile(r"(?<=[a-z0-9])([A-Z])")


def sanitize_body(value: Any) -> Any:
    """Replace the value of every key whose name contains token/key/secret/password/credential/auth.

    Booleans and nulls stay (``hasAuthToken: true`` says nothing secret); everything else under
    such a key becomes ``"[REDACTED]"``, nested containers included.
    """
    if isinstance(value, Mapping):
        out = {}
        for k, v in value.items():
            if isinstance(k, str) and is_sensitive_name(k) and not (v is None or isinstance(v, bool)):
                out[k] = REDACTED
            else:
                out[k] = sanitize_body(v)
        return out
    if isinstance(value, list | tuple):
        return [sanitize_body(v) for v in value]
    return value


def snake_keys(value: Any) -> Any:
    """camelCase keys -> snake_case, recursively (used for error ``details``)."""
    if isinstance(value, Mapping):
        return {(_CAMEL.sub(r"_\1", k).lower() if isinstance(k, str) else k): snake_keys(v) for k, v in value.items()}
    if isinstance(value, list):
        return [snake_keys(v) for v in value]
    return value


def scrub(value: Any, secrets: Iterable[str | None]) -> Any:
    """Mask every known secret string wherever it appears inside ``value`` (strings, dict keys and values, lists)."""
    # longest first, so a secret that contains a shorter one is masked whole
    known = sorted({s for s in secrets if isinstance(s, str) and len(s) >= 4}, key=len, reverse=True)
    if not known:
        return value
    return _scrub(value, known)


def _scrub(value: Any, known: list[str]) -> Any:
    if isinstance(value, str):
        for s in known:
            if s in value:
                value = value.replace(s, REDACTED)
        return value
    if isinstance(value, Mapping):
        return {_scrub(k, known): _scrub(v, known) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_scrub(v, known) for v in value]
    return value


def redact_headers(headers: Mapping[str, str], secrets: Iterable[str | None] = ()) -> dict[str, str]:
    """Credential-named headers (and cookies) masked; any known ``secrets`` masked inside the other values."""
    out = {k: (REDACTED if is_sensitive_name(k) or "cookie" in k.lower() else v) for k, v in headers.items()}
    return scrub(out, secrets) if secrets else out  # type: ignore[no-any-return]


def secret_values(obj: Any) -> list[str]:
    """Every string held under a field marked secret (``metadata["secret"]``) of a request model.

    Nested models and lists of models are walked; a secret map (skill ``credentials``, provider
    credentials) contributes all of its string leaves. The transport masks these values wherever
    a server echoes them back in an error.
    """
    out: list[str] = []
    _collect(obj, False, out, 0)
    return out


def _collect(value: Any, secret: bool, out: list[str], depth: int) -> None:
    if depth > 64:
        return
    if isinstance(value, str):
        if secret:
            out.append(value)
    elif (fields := getattr(type(value), "__attrs_attrs__", None)) is not None:  # a model (an attrs class)
        for f in fields:
            if not f.metadata.get("extra"):
                _collect(getattr(value, f.name), secret or bool(f.metadata.get("secret")), out, depth + 1)
    elif isinstance(value, Mapping):
        if secret:
            for v in value.values():
                _collect(v, secret, out, depth + 1)
    elif isinstance(value, list | tuple):
        for v in value:
            _collect(v, secret, out, depth + 1)

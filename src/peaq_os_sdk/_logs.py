"""The package logger, the ``PEAQOS_LOG`` switch and a redacting ``logging.Filter``.

``PEAQOS_LOG=debug|info|warning|error`` attaches one stderr handler (with :class:`RedactingFilter`)
to the ``peaq_os_sdk`` logger at that level. At ``info`` every request is one line (method, path
template, status, ms, request id, attempt) and every retry one more; ``debug`` adds the request
headers, credentials redacted.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Mapping

LOGGER_NAME = "peaq_os_sdk"
LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING, "error": logging.ERROR}
REDACTED = "[REDACTED]"

_NAME = r"[\w.-]*(?:token|key|secret|password|passwd|credential|auth|signature|cookie)[\w.-]*"
# name, then a separator (": ", "=", "': '", '":"'), then the value up to a quote, comma, space or brace
_PAIR = re.compile(r"(?P<name>" + _NAME + r")(?P<sep>['\"]?\s*[:=]\s*['\"]?)(?P<value>[^'\",\s}\])]+)", re.IGNORECASE)
_BEARER = re.compile(r"\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+", re.IGNORECASE)


def redact_text(text: str, secrets: Iterable[str] = ()) -> str:
    """Mask values that follow a credential-like name, bearer tokens, and each known secret."""
    for s in sorted((s for s in secrets if isinstance(s, str) and len(s) >= 4), key=len, reverse=True):
        text = text.replace(s, REDACTED)

    def keep_redacted(m: re.Match[str]) -> str:
        value = m.group("value")
        if value.startswith("[REDACTED") or value.lower() in ("true", "false", "none"):
            return m.group(0)
        return m.group("name") + m.group("sep") + REDACTED

    return _PAIR.sub(keep_redacted, _BEARER.sub(lambda m: m.group(1) + " " + REDACTED, text))


class RedactingFilter(logging.Filter):
    """A ``logging.Filter`` that masks credentials in a record's message and exception text.

    It redacts values that follow credential-like names (``x-api-key: ...``, ``"agentToken": "..."``,
    ``token=...``), ``Bearer``/``Basic`` credentials, and any of the ``secrets`` you pass. Add it to
    a handler that ships SDK logs elsewhere::

        handler.addFilter(peaq_os_sdk.RedactingFilter(secrets=[api_key]))
    """

    def __init__(self, name: str = "", *, secrets: Iterable[str] = ()) -> None:
        super().__init__(name)
        self.secrets = tuple(secrets)

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: keep the raw template only
            message = str(record.msg)
        record.msg = redact_text(message, self.secrets)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact_text(record.exc_text, self.secrets)
        if record.stack_info:
            record.stack_info = redact_text(record.stack_info, self.secrets)
        return True


_ATTACHED = "_peaqos_log_handler"


def configure_from_env(env: Mapping[str, str] | None = None) -> str | None:
    """Apply ``PEAQOS_LOG`` once per process; return the level name in force (or ``None``)."""
    value = (os.environ if env is None else env).get("PEAQOS_LOG", "").strip().lower()
    if value not in LEVELS:
        return None
    logger = logging.getLogger(LOGGER_NAME)
    if not any(getattr(h, _ATTACHED, False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
        handler.addFilter(RedactingFilter())
        setattr(handler, _ATTACHED, True)
        logger.addHandler(handler)
    logger.setLevel(LEVELS[value])
    return value

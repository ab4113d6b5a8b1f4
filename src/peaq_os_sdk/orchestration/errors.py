"""Errors raised by ``client.orchestration``.

``OrchestrationError`` is the one base to catch. ``OrchestrationApiError`` carries the server's
code (or a client-synthesised ``BAD_RESPONSE`` / ``INVALID_RESPONSE_SHAPE``), the HTTP status and
redacted, snake-cased details. ``OrchestrationValidationError`` is raised before any request is
sent. ``OrchestrationNetworkError`` keeps the transport failure as ``__cause__``.
"""

from __future__ import annotations

from typing import Any

from peaq_os_sdk._generated.error_codes import ErrorCode
from peaq_os_sdk.exceptions.base import PeaqosError

CommonErrorCode = ErrorCode
"""Every error code the orchestrator answers (generated from the spec's ``info.x-error-statuses``): the
documented list plus ``PAYMENT_NOT_MINED`` and ``PAYMENT_TRANSFER_NOT_FOUND``. The set is open: any other
string may arrive, so compare ``exc.code`` with these values rather than matching exhaustively."""

BAD_RESPONSE = "BAD_RESPONSE"
"""Client-side code: the body was not JSON, or an error body had no ``{error: {code, message}}``."""

INVALID_RESPONSE_SHAPE = "INVALID_RESPONSE_SHAPE"
"""Client-side code: a JSON success body did not match the documented envelope or model."""


class OrchestrationError(PeaqosError):
    """Base. Catch this for any orchestration failure."""


class OrchestrationApiError(OrchestrationError):
    """The server answered with an error, or with a body the SDK could not accept."""

    code: str
    status_code: int
    details: Any | None

    def __init__(self, code: str, message: str, *, status_code: int = 0, details: Any | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.status_code = status_code
        self.details = details
        self.message = message

    def __str__(self) -> str:
        return (
            f"[{self.code}] {self.message} (HTTP {self.status_code})"
            if self.status_code
            else f"[{self.code}] {self.message}"
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code!r}, status_code={self.status_code}, message={self.message!r})"


class OrchestrationNetworkError(OrchestrationError):
    """Transport-level failure (connection, TLS, timeout). ``__cause__`` carries the httpx exception."""


class OrchestrationConfigError(OrchestrationError):
    """Misconfiguration: ``orchestration_url`` missing or invalid."""


class OrchestrationValidationError(OrchestrationError):
    """Input rejected before any request was sent.

    ``field`` is the dotted argument path (``params.agent_proof.signature``), ``constraint`` the
    rule it broke (``min_length=1``). ``code`` is ``VALIDATION_ERROR`` and ``status_code`` is 0,
    so handlers written against API errors can read both the same way.
    """

    code = "VALIDATION_ERROR"
    status_code = 0

    def __init__(self, field: str, constraint: str, message: str | None = None) -> None:
        self.field = field
        self.constraint = constraint
        self.details = {"field": field, "constraint": constraint}
        super().__init__(message or f"{field}: {constraint}")

    def __repr__(self) -> str:
        return f"OrchestrationValidationError(field={self.field!r}, constraint={self.constraint!r})"


__all__ = [
    "BAD_RESPONSE",
    "INVALID_RESPONSE_SHAPE",
    "CommonErrorCode",
    "OrchestrationApiError",
    "OrchestrationConfigError",
    "OrchestrationError",
    "OrchestrationNetworkError",
    "OrchestrationValidationError",
]

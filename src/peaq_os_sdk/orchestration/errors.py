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
    """The server answered with an error, or with a body the SDK could not accept.

    ``request_id`` is the server's ``x-request-id`` for the failing response (``None`` when it sent
    none); ``retry_after`` is the wait in seconds a retryable answer asked for (``Retry-After`` or
    ``retry-after-ms``) when the SDK raised instead of waiting: above the 60 s cap, past the call's
    deadline, or out of retries; ``retries_taken`` counts the attempts re-sent before this one.
    """

    code: str
    status_code: int
    details: Any | None
    request_id: str | None
    retry_after: float | None
    retries_taken: int

    def __init__(
        self,
        code: str,
        message: str,
        *,
        status_code: int = 0,
        details: Any | None = None,
        request_id: str | None = None,
        retry_after: float | None = None,
        retries_taken: int = 0,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.status_code = status_code
        self.details = details
        self.message = message
        self.request_id = request_id
        self.retry_after = retry_after
        self.retries_taken = retries_taken

    def __str__(self) -> str:
        text = f"[{self.code}] {self.message}"
        if self.status_code:
            text += f" (HTTP {self.status_code}"
            text += f", request id {self.request_id})" if self.request_id else ")"
        elif self.request_id:
            text += f" (request id {self.request_id})"
        if self.retry_after is not None:
            text += f"; the server asked to retry after {self.retry_after:g} s"
        return text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(code={self.code!r}, status_code={self.status_code}, message={self.message!r}, "
            f"request_id={self.request_id!r})"
        )


class OrchestrationNetworkError(OrchestrationError):
    """Transport-level failure (connection, TLS, timeout, deadline). ``__cause__`` carries the httpx exception.

    ``request_id`` is set when response headers had arrived before the failure (a body cut short);
    ``retries_taken`` counts the attempts re-sent before the last one.
    """

    def __init__(self, message: str, *, request_id: str | None = None, retries_taken: int = 0) -> None:
        super().__init__(message)
        self.message = message
        self.request_id = request_id
        self.retries_taken = retries_taken

    def __str__(self) -> str:
        return f"{self.message} (request id {self.request_id})" if self.request_id else self.message


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

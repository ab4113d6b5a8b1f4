"""The mock's error type: a code from the spec's x-error-statuses plus a message and details."""

from __future__ import annotations

from typing import Any

from peaq_os_sdk._generated.operations import ERROR_STATUSES


class MockError(Exception):
    def __init__(self, code: str, message: str, details: Any = None, status: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.details = details
        self.status = status or ERROR_STATUSES.get(code, 400)

    def body(self) -> dict[str, Any]:
        err: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.details is not None:
            err["details"] = self.details
        return {"error": err}

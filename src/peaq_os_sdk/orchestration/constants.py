"""Transport constants of the orchestration client."""

from __future__ import annotations

DEFAULT_READ_TIMEOUT_MS = 30_000  # GET
DEFAULT_WRITE_TIMEOUT_MS = 60_000  # everything else
API_BASE_PATH = "/api/v1"
HEADER_API_KEY = "x-api-key"
HEADER_AGENT_PAIRING_TOKEN = "x-agent-pairing-token"
USER_AGENT_PREFIX = "peaqos-sdk-py"

__all__ = [
    "API_BASE_PATH",
    "DEFAULT_READ_TIMEOUT_MS",
    "DEFAULT_WRITE_TIMEOUT_MS",
    "HEADER_AGENT_PAIRING_TOKEN",
    "HEADER_API_KEY",
    "USER_AGENT_PREFIX",
]

"""Transport constants of the orchestration client."""

from __future__ import annotations

DEFAULT_READ_TIMEOUT_MS = 30_000  # GET
DEFAULT_WRITE_TIMEOUT_MS = 60_000  # everything else
DEFAULT_MAX_RETRIES = 2  # re-sends after the first attempt; 0 turns retries off
DEFAULT_DEADLINE_S = 120.0  # one call, every attempt and every wait together
RETRY_AFTER_CAP_S = 60.0  # a longer Retry-After is not waited for: the error is raised with retry_after
RETRY_INITIAL_DELAY_S = 0.5  # backoff: min(0.5 * 2**n, 8) * (1 - 0.25 * random())
RETRY_MAX_DELAY_S = 8.0
RETRY_JITTER = 0.25
API_BASE_PATH = "/api/v1"
HEADER_API_KEY = "x-api-key"
HEADER_AGENT_PAIRING_TOKEN = "x-agent-pairing-token"
HEADER_REQUEST_ID = "x-request-id"
HEADER_SHOULD_RETRY = "x-should-retry"
USER_AGENT_PREFIX = "peaqos-sdk-py"

__all__ = [
    "API_BASE_PATH",
    "DEFAULT_DEADLINE_S",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_READ_TIMEOUT_MS",
    "DEFAULT_WRITE_TIMEOUT_MS",
    "HEADER_AGENT_PAIRING_TOKEN",
    "HEADER_API_KEY",
    "HEADER_REQUEST_ID",
    "HEADER_SHOULD_RETRY",
    "RETRY_AFTER_CAP_S",
    "RETRY_INITIAL_DELAY_S",
    "RETRY_JITTER",
    "RETRY_MAX_DELAY_S",
    "USER_AGENT_PREFIX",
]

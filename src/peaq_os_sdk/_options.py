"""Per-client and per-call transport options (``client.with_options(...)``), checked without importing httpx."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

OnRetry = Callable[[int, float, str], object]
"""``on_retry(attempt, wait_seconds, reason)``: called before each re-send (attempt 1 is the first retry)."""


class RequestOptions:
    """Options a call runs with; ``None`` (or empty headers) inherits from the level below.

    ``timeout``: seconds (float) or an ``httpx.Timeout`` for each attempt; ``max_retries``: re-sends
    after the first attempt (0 = off); ``deadline``: seconds for the whole call, every attempt and
    every wait together; ``extra_headers``: sent on every request; ``on_retry``: see :data:`OnRetry`.
    """

    __slots__ = ("deadline", "extra_headers", "max_retries", "on_retry", "timeout")

    def __init__(
        self,
        *,
        timeout: Any = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        extra_headers: tuple[tuple[str, str], ...] = (),
        on_retry: OnRetry | None = None,
    ) -> None:
        self.timeout = timeout
        self.max_retries = max_retries
        self.deadline = deadline
        self.extra_headers = extra_headers
        self.on_retry = on_retry

    def merged(self, other: RequestOptions) -> RequestOptions:
        """``other``'s settings win where given; extra headers accumulate (``other``'s last)."""
        return RequestOptions(
            timeout=other.timeout if other.timeout is not None else self.timeout,
            max_retries=other.max_retries if other.max_retries is not None else self.max_retries,
            deadline=other.deadline if other.deadline is not None else self.deadline,
            extra_headers=self.extra_headers + other.extra_headers,
            on_retry=other.on_retry if other.on_retry is not None else self.on_retry,
        )

    def __repr__(self) -> str:
        names = ", ".join(f"{k}={getattr(self, k)!r}" for k in ("timeout", "max_retries", "deadline"))
        return f"RequestOptions({names}, extra_headers={[k for k, _ in self.extra_headers]!r})"


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value == value and value > 0


def check_options(
    error: Callable[[str, str], Exception],
    *,
    timeout: Any = None,
    max_retries: Any = None,
    deadline: Any = None,
    extra_headers: Any = None,
    on_retry: Any = None,
) -> RequestOptions:
    """Shape-check the options; ``error(field, constraint)`` builds the exception to raise."""
    if (
        timeout is not None
        and not _number(timeout)
        and not all(hasattr(timeout, a) for a in ("connect", "read", "write", "pool"))
    ):
        raise error("timeout", "a positive number of seconds or an httpx.Timeout")
    if max_retries is not None and (
        not isinstance(max_retries, int) or isinstance(max_retries, bool) or not 0 <= max_retries <= 100
    ):
        raise error("max_retries", "an integer from 0 to 100")
    if deadline is not None and (not _number(deadline) or deadline == float("inf")):
        raise error("deadline", "a positive, finite number of seconds")
    headers: tuple[tuple[str, str], ...] = ()
    if extra_headers is not None:
        if not isinstance(extra_headers, Mapping) or not all(
            isinstance(k, str) and k and isinstance(v, str) for k, v in extra_headers.items()
        ):
            raise error("extra_headers", "a mapping of header names to string values")
        headers = tuple((k.lower(), v) for k, v in extra_headers.items())
    if on_retry is not None and not callable(on_retry):
        raise error("on_retry", "callable(attempt, wait, reason)")
    return RequestOptions(
        timeout=timeout, max_retries=max_retries, deadline=deadline, extra_headers=headers, on_retry=on_retry
    )

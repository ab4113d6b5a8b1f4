"""Envelopes, list queries and the auto-paginating iterators behind every ``*_all`` method."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

from peaq_os_sdk.orchestration.errors import OrchestrationValidationError

T = TypeVar("T")

LIST_QUERY_DEFAULT_LIMIT = 100
LIST_QUERY_MAX_LIMIT = 500


@dataclass(frozen=True, slots=True)
class ListResponse(Generic[T]):
    """One page: ``items`` and the cursor of the next page (``None`` on the last page)."""

    items: tuple[T, ...]
    next_cursor: str | None


@dataclass(frozen=True, slots=True)
class ItemResponse(Generic[T]):
    """A single resource under the ``item`` key."""

    item: T


@dataclass(frozen=True, slots=True)
class ListQuery:
    limit: int | None = None  # 1..500
    cursor: str | None = None  # omit on first page

    def __post_init__(self) -> None:
        validate_list_limit(self.limit)
        if self.cursor is not None and (not isinstance(self.cursor, str) or not self.cursor):
            raise OrchestrationValidationError("cursor", "non-empty string")


def validate_list_limit(limit: int | None, field: str = "limit") -> None:
    """Reject a page size outside 1..500 (``bool`` is not an integer here)."""
    if limit is None:
        return
    if not isinstance(limit, int) or isinstance(limit, bool):
        raise OrchestrationValidationError(field, "type=int")
    if limit < 1:
        raise OrchestrationValidationError(field, "minimum=1")
    if limit > LIST_QUERY_MAX_LIMIT:
        raise OrchestrationValidationError(field, f"maximum={LIST_QUERY_MAX_LIMIT}")


def iter_pages(fetch: Callable[[str | None], ListResponse[T]]) -> Iterator[T]:
    """Yield every item, following ``next_cursor`` until the server stops returning one.

    Only the page being yielded is held: the generator lets go of it before fetching the next, so a walk
    keeps one page of models alive, not two (the garbage collector then has half as much to look over while
    the next page is parsed, and a caller that keeps nothing has flat memory of one page).
    """
    cursor: str | None = None
    seen: set[str] = set()
    while True:
        page = fetch(cursor)
        cursor, items = page.next_cursor, page.items
        del page
        yield from items
        del items
        if cursor is None or cursor in seen:  # a server handing back an old cursor would loop forever
            return
        seen.add(cursor)


async def aiter_pages(fetch: Callable[[str | None], Awaitable[ListResponse[T]]]) -> AsyncIterator[T]:
    """Async twin of :func:`iter_pages` (it too holds only the page being yielded)."""
    cursor: str | None = None
    seen: set[str] = set()
    item: T | None = None
    while True:
        page = await fetch(cursor)
        cursor, items = page.next_cursor, page.items
        del page
        for item in items:
            yield item
        del items
        item = None
        if cursor is None or cursor in seen:
            return
        seen.add(cursor)


__all__ = [
    "LIST_QUERY_DEFAULT_LIMIT",
    "LIST_QUERY_MAX_LIMIT",
    "ItemResponse",
    "ListQuery",
    "ListResponse",
    "aiter_pages",
    "iter_pages",
    "validate_list_limit",
]

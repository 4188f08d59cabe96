"""Cursor pages: one page at a time, or every item of every page.

Every Watchfloor list answers ``{data, has_more, next_cursor}`` (the first page of a resource
list also carries ``sync_cursor``, a change-feed position taken before the listing started).
A page remembers the request that produced it, so the next page is the same request with the
cursor parameter set to ``next_cursor``.

    for actor in client.actors.list(kind="state"):            # every item, page after page
        ...
    for page in client.actors.list(limit=100).iter_pages():   # page by page
        save(page.data, page.next_cursor)

    async for actor in async_client.actors.list():            # the same, asynchronously
        ...
    page = await async_client.actors.list()                   # just the first page
"""

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from dataclasses import replace
from typing import Any, Generic, TypeVar

from watchfloor_sdk._core._request import RequestOptions

__all__ = ("AsyncCursorPage", "AsyncPaginator", "SyncCursorPage")

T = TypeVar("T")


class _CursorPage(Generic[T]):
    """What a page is, sync or async."""

    data: list[T]
    """The items of this page."""
    has_more: bool
    """Whether another page follows."""
    next_cursor: str | None
    """Cursor of the next page; keep it to resume later."""
    sync_cursor: str | None
    """On a first page of a resource list: the change-feed cursor taken before the listing."""
    model: Any
    """The decoded list body (``ActorList`` …), with any field the envelope has."""

    def __init__(self, *, model: Any, options: RequestOptions, cursor_param: str) -> None:
        self.model = model
        self.data = list(model.data)
        self.has_more = bool(model.has_more)
        self.next_cursor = model.next_cursor
        self.sync_cursor = getattr(model, "sync_cursor", None)
        self._options = options
        self._cursor_param = cursor_param

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} {len(self.data)} items, has_more={self.has_more}, "
            f"next_cursor={self.next_cursor!r}>"
        )

    def has_next_page(self) -> bool:
        """Whether :meth:`get_next_page` has a page to fetch."""
        return self.has_more and self.next_cursor is not None

    def _next_options(self) -> RequestOptions:
        if not self.has_next_page():
            raise RuntimeError("There is no next page; check has_next_page() first.")
        assert self.next_cursor is not None
        query = {**self._options.query, self._cursor_param: self.next_cursor}
        return replace(self._options, query=query, raw=False, stream=False)


class SyncCursorPage(_CursorPage[T]):
    """A page of a list; iterating it walks every item of this page and the ones after it."""

    def __init__(
        self,
        *,
        model: Any,
        options: RequestOptions,
        cursor_param: str,
        fetch: Callable[[RequestOptions], "SyncCursorPage[T]"],
    ) -> None:
        super().__init__(model=model, options=options, cursor_param=cursor_param)
        self._fetch = fetch

    def get_next_page(self) -> "SyncCursorPage[T]":
        """Fetch the page after this one."""
        return self._fetch(self._next_options())

    def iter_pages(self) -> Iterator["SyncCursorPage[T]"]:
        """This page, then every page after it, fetched as you go."""
        page = self
        yield page
        while page.has_next_page():
            page = page.get_next_page()
            yield page

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.data


class AsyncCursorPage(_CursorPage[T]):
    """A page of a list; ``async for`` walks every item of this page and the ones after it."""

    def __init__(
        self,
        *,
        model: Any,
        options: RequestOptions,
        cursor_param: str,
        fetch: Callable[[RequestOptions], Awaitable["AsyncCursorPage[T]"]],
    ) -> None:
        super().__init__(model=model, options=options, cursor_param=cursor_param)
        self._fetch = fetch

    async def get_next_page(self) -> "AsyncCursorPage[T]":
        """Fetch the page after this one."""
        return await self._fetch(self._next_options())

    async def iter_pages(self) -> AsyncIterator["AsyncCursorPage[T]"]:
        """This page, then every page after it, fetched as you go."""
        page = self
        yield page
        while page.has_next_page():
            page = await page.get_next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item


class AsyncPaginator(Generic[T]):
    """What an async ``list()`` returns: ``await`` it for the first page, or ``async for`` it."""

    def __init__(self, first_page: Callable[[], Awaitable[AsyncCursorPage[T]]]) -> None:
        self._first_page = first_page

    def __await__(self) -> Generator[Any, None, AsyncCursorPage[T]]:
        return self._first_page().__await__()

    async def iter_pages(self) -> AsyncIterator[AsyncCursorPage[T]]:
        """Every page, fetched as you go."""
        page = await self
        async for each in page.iter_pages():
            yield each

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self
        async for item in page:
            yield item

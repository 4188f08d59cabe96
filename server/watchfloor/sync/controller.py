"""``/v1/changes`` and ``/v1/export``: HTTP in, HTTP out."""

import itertools
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from typing import TYPE_CHECKING, Annotated, Any, Literal

from litestar import Controller, Request, Response, get
from litestar.background_tasks import BackgroundTask, BackgroundTasks
from litestar.datastructures import Cookie, ResponseHeader
from litestar.di import NamedDependency
from litestar.params import QueryParameter
from litestar.response import Stream
from litestar.response.base import ASGIResponse
from litestar.response.streaming import ASGIStreamingResponse
from litestar.types import Send

from watchfloor.context import Context
from watchfloor.cursors import CursorCodec
from watchfloor.errors import BadRequest, FieldError
from watchfloor.http.handlers import sync_cursor
from watchfloor.http.params import AsOf, DatasetQuery, instant
from watchfloor.http.problems import problem_responses
from watchfloor.http.responses import json_response
from watchfloor.registry import RESOURCES, Resource
from watchfloor.sync.export import export_lines
from watchfloor.sync.feed import ChangeFeed, FeedQuery
from watchfloor.sync.schemas import ChangeList

__all__ = ("SYNC_CURSOR_HEADER", "ChangeController", "ExportController", "WrittenStream")

SYNC_CURSOR_HEADER = "Watchfloor-Sync-Cursor"
_NAMES = ", ".join(f"`{name}`" for name in RESOURCES)

if TYPE_CHECKING:
    ResourceName = str
else:
    # The registered resources, as an enum in the spec: a new resource is a new value.
    ResourceName = Literal[tuple(RESOURCES)]

FeedLimit = Annotated[int, QueryParameter(ge=1, le=1000, description="Page size, 1 to 1000.")]
After = Annotated[
    str | None,
    QueryParameter(
        description=(
            "`next_cursor` (or an item's `cursor`) of the page you applied last, or a list's "
            "`sync_cursor`. Omit to start at the beginning of the retained feed."
        ),
        max_length=2048,
    ),
]
ResourcesQuery = Annotated[
    list[ResourceName] | None,
    QueryParameter(
        description=f"Only these resources (repeat the parameter): {_NAMES}.", max_items=100
    ),
]
ResourceQuery = Annotated[
    ResourceName, QueryParameter(description=f"The resource to export: {_NAMES}.")
]


def _resource(name: str) -> Resource:
    resource = RESOURCES.get(name)
    if resource is None:
        raise BadRequest(
            f"Unknown resource {name!r}; one of: {', '.join(RESOURCES)}.",
            errors=[FieldError(None, f"unknown resource {name!r}", "resource")],
        )
    return resource


Writer = Callable[[Callable[[bytes], Awaitable[None]]], Awaitable[None]]
"""A body that writes itself: called with ``write``, which sends one chunk."""


class _Writer:
    """The body of a :class:`WrittenStream` (an async iterable to Litestar, never iterated)."""

    def __init__(self, writer: Writer) -> None:
        self.writer = writer

    def __aiter__(self) -> AsyncIterator[bytes]:
        raise TypeError("a written body is sent by WrittenStream, not iterated")


class _ASGIWrittenStream(ASGIStreamingResponse):
    """A chunked response whose body is written by its producer, in the request's own task."""

    async def _stream(self, send: Send) -> None:
        assert isinstance(self.iterator, _Writer)

        async def write(chunk: bytes) -> None:
            await send({"type": "http.response.body", "body": chunk, "more_body": True})

        await self.iterator.writer(write)
        await send({"type": "http.response.body", "body": b"", "more_body": False})


class WrittenStream(Stream):
    """:class:`~litestar.response.Stream` for a producer that pushes its chunks (``COPY``'s
    output callback) rather than an iterator that is pulled.

    The producer runs inside the response, in the request's task: when the client leaves or a
    send times out, it is cancelled there, before the connection it reads from goes back to
    the pool (an iterator fed by a task of its own could outlive the request).
    """

    def __init__(self, writer: Writer, **kwargs: Any) -> None:
        self.body_writer = _Writer(writer)
        super().__init__(self.body_writer, **kwargs)

    def to_asgi_response(
        self,
        app: Any,
        request: Request[Any, Any, Any],
        *,
        background: BackgroundTask | BackgroundTasks | None = None,
        cookies: Iterable[Cookie] | None = None,
        encoded_headers: Iterable[tuple[bytes, bytes]] | None = None,
        headers: dict[str, str] | None = None,
        is_head_response: bool = False,
        media_type: str | None = None,
        status_code: int | None = None,
        type_encoders: Any = None,
    ) -> ASGIResponse:
        # As Stream.to_asgi_response builds its answer, with the written body.
        return _ASGIWrittenStream(
            background=self.background or background,
            content_length=0,
            cookies=self.cookies if cookies is None else itertools.chain(self.cookies, cookies),
            encoded_headers=encoded_headers,
            encoding=self.encoding,
            headers={**headers, **self.headers} if headers is not None else self.headers,
            is_head_response=is_head_response,
            iterator=self.body_writer,
            media_type=str(self.media_type or media_type),
            status_code=self.status_code or status_code,
        )


class ChangeController(Controller):
    path = "/v1/changes"
    tags = ["changes"]

    @get(
        "/",
        operation_id="listChanges",
        summary="Follow the change feed",
        responses=problem_responses(400, 410),
    )
    async def list_changes(
        self,
        ctx: NamedDependency[Context],
        cursor_codec: NamedDependency[CursorCodec],
        after: After = None,
        resource: ResourcesQuery = None,
        dataset: DatasetQuery = "live",
        limit: FeedLimit = 100,
    ) -> Response[ChangeList]:
        """Every change after `after`, in commit order: upserts with the record, and tombstones.

        Apply an upsert only if its `version` is newer than the one you hold (replays are then
        harmless), drop the record on a tombstone, and save `next_cursor` only after you have
        committed the page. `has_more=false` means you are caught up. A cursor older than the
        retention window answers 410: bootstrap again from the lists' `sync_cursor`.
        """
        ctx.require_dataset(dataset)
        query = FeedQuery(after=after, datasets=[dataset], resources=resource, limit=limit)
        page = await ChangeFeed(cursor_codec).page(ctx.conn, query)
        return json_response(page, headers={"Cache-Control": "no-store"})


class ExportController(Controller):
    path = "/v1/export"
    tags = ["export"]

    @get(
        "/",
        operation_id="exportRecords",
        summary="Export a resource as NDJSON",
        media_type="application/x-ndjson",
        response_headers=[
            ResponseHeader(
                name=SYNC_CURSOR_HEADER,
                description=(
                    "Change-feed cursor taken before the export's snapshot: follow "
                    "`/v1/changes?after=<it>` to keep the copy current."
                ),
                documentation_only=True,
                required=True,
            )
        ],
        responses=problem_responses(400),
        # The answer streams for as long as the client reads: a connection from the streams'
        # share of the pool.
        opt={"stream": True},
    )
    async def export_records(
        self,
        ctx: NamedDependency[Context],
        cursor_codec: NamedDependency[CursorCodec],
        resource: ResourceQuery,
        dataset: DatasetQuery = "live",
        as_of: AsOf = None,
    ) -> Stream:
        """Every record of one resource in one dataset, one JSON object per line, by id.

        One consistent snapshot, streamed (memory stays flat however large). Each line is the
        resource's usual representation, `dataset` included. The `Watchfloor-Sync-Cursor` header
        is where to follow the change feed from.
        """
        wanted = _resource(resource)
        ctx.require_dataset(dataset)
        at = instant(as_of, "as_of")
        cursor = await sync_cursor(ctx, cursor_codec)
        return WrittenStream(
            lambda write: export_lines(ctx.conn, wanted, dataset, at, write),
            media_type="application/x-ndjson",
            headers={SYNC_CURSOR_HEADER: cursor, "Cache-Control": "no-store"},
        )

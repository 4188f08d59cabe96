"""``/v1/changes`` and ``/v1/export``: HTTP in, HTTP out."""

from typing import TYPE_CHECKING, Annotated, Literal

from litestar import Controller, Response, get
from litestar.datastructures import ResponseHeader
from litestar.di import NamedDependency
from litestar.params import QueryParameter
from litestar.response import Stream

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

__all__ = ("SYNC_CURSOR_HEADER", "ChangeController", "ExportController")

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
        return Stream(
            export_lines(ctx.conn, wanted, dataset, at),
            media_type="application/x-ndjson",
            headers={SYNC_CURSOR_HEADER: cursor, "Cache-Control": "no-store"},
        )

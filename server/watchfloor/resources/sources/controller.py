"""``/v1/sources``: HTTP in, HTTP out."""

from typing import Annotated, Any

from litestar import Controller, Request, Response, delete, get, patch, post
from litestar.di import NamedDependency
from litestar.params import FromPath, JSONBody, QueryParameter

from watchfloor import crud
from watchfloor.db import Connection
from watchfloor.http_params import IdempotencyKey, IfMatch, IfNoneMatch
from watchfloor.pagination import CursorCodec
from watchfloor.problems import problem_responses
from watchfloor.resources.sources.repository import SourceFilters, to_source
from watchfloor.resources.sources.schemas import (
    Reliability,
    Source,
    SourceCreate,
    SourceList,
    SourcePatch,
    SourceVersion,
    SourceVersionList,
)
from watchfloor.resources.sources.service import SourceService
from watchfloor.responses import single_response
from watchfloor.wire import TEXT, AsOf, Cursor, DatasetQuery, Limit, instant

__all__ = ("SourceController",)

_service = SourceService()

PublisherQuery = Annotated[
    str | None,
    QueryParameter(
        description="Publisher, case-insensitive, e.g. `KCNA`.",
        min_length=1,
        max_length=300,
        pattern=TEXT,
    ),
]
PublishedFromQuery = Annotated[
    str | None,
    QueryParameter(
        format="date-time", description="Published at or after this instant (RFC 3339)."
    ),
]
PublishedBeforeQuery = Annotated[
    str | None,
    QueryParameter(format="date-time", description="Published before this instant (RFC 3339)."),
]
ReliabilityQuery = Annotated[
    list[Reliability] | None,
    QueryParameter(
        description="Any of these Admiralty grades; repeat: `reliability=A&reliability=B`."
    ),
]
LanguageQuery = Annotated[
    str | None,
    QueryParameter(
        description="BCP 47 language tag, e.g. `ko`.", pattern="^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"
    ),
]


def _page(rows: list[Any], next_cursor: str | None, sync_cursor: str | None) -> SourceList:
    return SourceList(
        data=[to_source(r) for r in rows],
        has_more=next_cursor is not None,
        next_cursor=next_cursor,
        sync_cursor=sync_cursor,
    )


def _versions(rows: list[Any], next_cursor: str | None) -> SourceVersionList:
    return SourceVersionList(
        data=[
            SourceVersion(
                version=r["version"],
                recorded_from=r["recorded_from"],
                recorded_to=r["recorded_to"],
                deleted=r["deleted_at"] is not None,
                source=to_source(r),
            )
            for r in rows
        ],
        has_more=next_cursor is not None,
        next_cursor=next_cursor,
    )


class SourceController(Controller):
    path = "/v1/sources"
    tags = ["sources"]

    @post(
        "/",
        operation_id="createSource",
        summary="Create a source",
        status_code=201,
        responses=problem_responses(400, 409, 413, 422),
    )
    async def create_source(
        self,
        request: Request[Any, Any, Any],
        conn: NamedDependency[Connection],
        data: JSONBody[SourceCreate],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[Source]:
        """Register a document, with its Admiralty reliability grade (A–F)."""
        return await crud.create(
            request, conn, idempotency_key, lambda: _service.create(conn, data), to_source
        )

    @get("/", operation_id="listSources", summary="List sources", responses=problem_responses(400))
    async def list_sources(
        self,
        request: Request[Any, Any, Any],
        conn: NamedDependency[Connection],
        cursor_codec: NamedDependency[CursorCodec],
        dataset: DatasetQuery = "live",
        publisher: PublisherQuery = None,
        published_from: PublishedFromQuery = None,
        published_before: PublishedBeforeQuery = None,
        reliability: ReliabilityQuery = None,
        language: LanguageQuery = None,
        as_of: AsOf = None,
        limit: Limit = 20,
        cursor: Cursor = None,
    ) -> Response[SourceList]:
        """List sources, newest first.

        Examples: `?publisher=KCNA`, `?reliability=A&reliability=B`,
        `?published_from=2024-01-01T00:00:00Z&published_before=2025-01-01T00:00:00Z`.
        """
        at = instant(as_of, "as_of")
        filters = SourceFilters(
            dataset=dataset,
            publisher=publisher,
            published_from=instant(published_from, "published_from"),
            published_before=instant(published_before, "published_before"),
            reliability=reliability,
            language=language,
        )
        return await crud.listing(
            request,
            conn,
            cursor_codec,
            filters,
            as_of=at,
            cursor=cursor,
            fetch=lambda after: _service.list(conn, filters, as_of=at, after=after, limit=limit),
            envelope=_page,
        )

    @get(
        "/{source_id:str}",
        operation_id="getSource",
        summary="Get a source",
        responses=problem_responses(400, 404),
    )
    async def get_source(
        self,
        conn: NamedDependency[Connection],
        source_id: FromPath[str],
        as_of: AsOf = None,
        if_none_match: IfNoneMatch = None,
    ) -> Response[Source]:
        """One source, as it is now or as recorded at `as_of`. Sends an `ETag`."""
        return await crud.read_one(
            conn, _service.records, source_id, instant(as_of, "as_of"), if_none_match, to_source
        )

    @patch(
        "/{source_id:str}",
        operation_id="updateSource",
        summary="Change a source",
        responses=problem_responses(400, 404, 409, 412, 413, 422),
    )
    async def update_source(
        self,
        conn: NamedDependency[Connection],
        source_id: FromPath[str],
        data: JSONBody[SourcePatch],
        if_match: IfMatch = None,
    ) -> Response[Source]:
        """Change the fields sent; `null` clears one. With `If-Match`, only if still at that version."""
        async with conn.transaction():
            row = await _service.update(conn, source_id, data, if_match)
        return single_response(to_source(row), row["version"])

    @delete(
        "/{source_id:str}",
        operation_id="deleteSource",
        summary="Delete a source",
        status_code=200,
        responses=problem_responses(400, 404, 412),
    )
    async def delete_source(
        self,
        conn: NamedDependency[Connection],
        source_id: FromPath[str],
        if_match: IfMatch = None,
    ) -> Response[Source]:
        """Tombstone the source: reads answer 404, history and the change feed keep it."""
        async with conn.transaction():
            row = await _service.records.delete(conn, source_id, if_match)
        return single_response(to_source(row), row["version"])

    @get(
        "/{source_id:str}/history",
        operation_id="listSourceVersions",
        summary="List a source's versions",
        responses=problem_responses(400, 404),
    )
    async def list_source_versions(
        self,
        request: Request[Any, Any, Any],
        conn: NamedDependency[Connection],
        cursor_codec: NamedDependency[CursorCodec],
        source_id: FromPath[str],
        as_of: AsOf = None,
        limit: Limit = 20,
        cursor: Cursor = None,
    ) -> Response[SourceVersionList]:
        """Every recorded version, oldest first, each with its transaction-time range."""
        return await crud.history(
            request,
            conn,
            cursor_codec,
            _service.records,
            source_id,
            as_of=instant(as_of, "as_of"),
            cursor=cursor,
            limit=limit,
            envelope=_versions,
        )

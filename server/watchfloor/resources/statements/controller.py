"""``/v1/statements``: HTTP in, HTTP out. The rules live in the service, the SQL in the repository."""

from typing import Any

from litestar import Controller, Request, Response, delete, get, patch, post
from litestar.di import NamedDependency
from litestar.params import FromPath, JSONBody

from watchfloor import crud
from watchfloor.db import Connection
from watchfloor.http_params import IdempotencyKey, IfMatch, IfNoneMatch
from watchfloor.pagination import CursorCodec
from watchfloor.problems import problem_responses
from watchfloor.resources.statements.params import (
    ActorQuery,
    ChannelQuery,
    ContradictsQuery,
    IncludeRetractedQuery,
    LanguageQuery,
    MinGradeQuery,
    SaidFromQuery,
    SaidToQuery,
    SearchQuery,
    StanceQuery,
    StatusQuery,
    SupportsQuery,
    TargetQuery,
    TopicQuery,
)
from watchfloor.resources.statements.repository import StatementFilters, to_statement
from watchfloor.resources.statements.schemas import (
    Statement,
    StatementCreate,
    StatementList,
    StatementPatch,
    StatementVersion,
    StatementVersionList,
)
from watchfloor.resources.statements.service import StatementService
from watchfloor.responses import single_response
from watchfloor.wire import AsOf, Cursor, DatasetQuery, Limit, day, instant

__all__ = ("StatementController",)

_service = StatementService()


def _page(rows: list[Any], next_cursor: str | None, sync_cursor: str | None) -> StatementList:
    return StatementList(
        data=[to_statement(r) for r in rows],
        has_more=next_cursor is not None,
        next_cursor=next_cursor,
        sync_cursor=sync_cursor,
    )


def _versions(rows: list[Any], next_cursor: str | None) -> StatementVersionList:
    return StatementVersionList(
        data=[
            StatementVersion(
                version=r["version"],
                recorded_from=r["recorded_from"],
                recorded_to=r["recorded_to"],
                deleted=r["deleted_at"] is not None,
                statement=to_statement(r),
            )
            for r in rows
        ],
        has_more=next_cursor is not None,
        next_cursor=next_cursor,
    )


class StatementController(Controller):
    path = "/v1/statements"
    tags = ["statements"]

    @post(
        "/",
        operation_id="createStatement",
        summary="Create a statement",
        status_code=201,
        responses=problem_responses(400, 409, 413, 422),
    )
    async def create_statement(
        self,
        request: Request[Any, Any, Any],
        conn: NamedDependency[Connection],
        data: JSONBody[StatementCreate],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[Statement]:
        """Record what an actor said, verbatim, citing at least one source.

        The speaker and target must be actors, `supports`/`contradicts` existing events.
        The grade is the best citation's. Send an `Idempotency-Key` to make retries safe.
        """
        return await crud.create(
            request, conn, idempotency_key, lambda: _service.create(conn, data), to_statement
        )

    @get(
        "/",
        operation_id="listStatements",
        summary="List statements",
        responses=problem_responses(400),
    )
    async def list_statements(
        self,
        request: Request[Any, Any, Any],
        conn: NamedDependency[Connection],
        cursor_codec: NamedDependency[CursorCodec],
        dataset: DatasetQuery = "live",
        q: SearchQuery = None,
        speaker: ActorQuery = None,
        target: TargetQuery = None,
        stance: StanceQuery = None,
        topic: TopicQuery = None,
        channel: ChannelQuery = None,
        language: LanguageQuery = None,
        said_from: SaidFromQuery = None,
        said_to: SaidToQuery = None,
        supports: SupportsQuery = None,
        contradicts: ContradictsQuery = None,
        status: StatusQuery = None,
        min_grade: MinGradeQuery = None,
        include_retracted: IncludeRetractedQuery = False,
        as_of: AsOf = None,
        limit: Limit = 20,
        cursor: Cursor = None,
    ) -> Response[StatementList]:
        """List statements, latest said first; with `q`, best match first.

        `said_from` and `said_to` bound the day it was said (both inclusive). Retracted
        statements are left out unless `include_retracted=true` or `status=retracted`.
        Examples: `?q=hostile policy&speaker=act_…`, `?stance=threatening&target=act_…`,
        `?topic=sanctions&said_from=2024-01-01&said_to=2024-12-31`, `?supports=evt_…`.
        """
        at = instant(as_of, "as_of")
        filters = StatementFilters(
            dataset=dataset,
            speaker=speaker,
            target=target,
            stance=stance,
            topic=topic,
            channel=channel,
            language=language,
            said_from=day(said_from, "said_from"),
            said_to=day(said_to, "said_to"),
            supports=supports,
            contradicts=contradicts,
            status=status,
            min_grade=min_grade,
            include_retracted=include_retracted,
            q=q,
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
        "/{statement_id:str}",
        operation_id="getStatement",
        summary="Get a statement",
        responses=problem_responses(400, 404),
    )
    async def get_statement(
        self,
        conn: NamedDependency[Connection],
        statement_id: FromPath[str],
        as_of: AsOf = None,
        if_none_match: IfNoneMatch = None,
    ) -> Response[Statement]:
        """One statement (retracted ones too), now or as recorded at `as_of`. Sends an `ETag`."""
        return await crud.read_one(
            conn,
            _service.records,
            statement_id,
            instant(as_of, "as_of"),
            if_none_match,
            to_statement,
        )

    @patch(
        "/{statement_id:str}",
        operation_id="updateStatement",
        summary="Change a statement",
        responses=problem_responses(400, 404, 409, 412, 413, 422),
    )
    async def update_statement(
        self,
        conn: NamedDependency[Connection],
        statement_id: FromPath[str],
        data: JSONBody[StatementPatch],
        if_match: IfMatch = None,
    ) -> Response[Statement]:
        """Change the fields sent; `null` clears one. With `If-Match`, only if still at that version.

        Status moves follow the lifecycle (`reported → preliminary → confirmed`, any →
        `disputed` or `retracted`; retracted is final). Disputing or retracting needs a
        `status_reason`; a merge retracts with `superseded_by` naming the surviving statement.
        """
        async with conn.transaction():
            row = await _service.update(conn, statement_id, data, if_match)
        return single_response(to_statement(row), row["version"])

    @delete(
        "/{statement_id:str}",
        operation_id="deleteStatement",
        summary="Delete a statement",
        status_code=200,
        responses=problem_responses(400, 404, 412),
    )
    async def delete_statement(
        self,
        conn: NamedDependency[Connection],
        statement_id: FromPath[str],
        if_match: IfMatch = None,
    ) -> Response[Statement]:
        """Tombstone the statement: reads answer 404, history and the change feed keep it.

        To withdraw a statement that was wrongly reported, retract it instead (PATCH
        `status=retracted`): it then stays readable with its reason.
        """
        async with conn.transaction():
            row = await _service.records.delete(conn, statement_id, if_match)
        return single_response(to_statement(row), row["version"])

    @get(
        "/{statement_id:str}/history",
        operation_id="listStatementVersions",
        summary="List a statement's versions",
        responses=problem_responses(400, 404),
    )
    async def list_statement_versions(
        self,
        request: Request[Any, Any, Any],
        conn: NamedDependency[Connection],
        cursor_codec: NamedDependency[CursorCodec],
        statement_id: FromPath[str],
        as_of: AsOf = None,
        limit: Limit = 20,
        cursor: Cursor = None,
    ) -> Response[StatementVersionList]:
        """Every recorded version, oldest first, each with its transaction-time range."""
        return await crud.history(
            request,
            conn,
            cursor_codec,
            _service.records,
            statement_id,
            as_of=instant(as_of, "as_of"),
            cursor=cursor,
            limit=limit,
            envelope=_versions,
        )

"""``/v1/indicators``: HTTP in, HTTP out. The rules live in the service, the SQL in the repository."""

from typing import Annotated, Any

from litestar import Controller, Request, Response, delete, get, patch, post
from litestar.di import NamedDependency
from litestar.params import FromPath, JSONBody, QueryParameter

from watchfloor import crud
from watchfloor.db import Connection
from watchfloor.http_params import IdempotencyKey, IfMatch, IfNoneMatch
from watchfloor.pagination import CursorCodec
from watchfloor.problems import problem_responses
from watchfloor.resources.indicators.repository import IndicatorFilters, to_indicator
from watchfloor.resources.indicators.schemas import (
    Frequency,
    Indicator,
    IndicatorCreate,
    IndicatorList,
    IndicatorPatch,
    IndicatorVersion,
    IndicatorVersionList,
)
from watchfloor.resources.indicators.service import IndicatorService
from watchfloor.responses import single_response
from watchfloor.wire import TEXT, AsOf, Cursor, DatasetQuery, Limit, instant

__all__ = ("IndicatorController",)

_service = IndicatorService()

ActorQuery = Annotated[
    str | None,
    QueryParameter(
        description="Only indicators about this actor (an actor id).",
        pattern="^act_[0-9a-f]{32}$",
    ),
]
TagQuery = Annotated[
    str | None,
    QueryParameter(
        description="Only indicators with this tag, e.g. `trade`.",
        pattern="^[a-z0-9][a-z0-9:_.-]{0,63}$",
    ),
]
FrequencyQuery = Annotated[
    Frequency | None, QueryParameter(description="Only indicators published this often.")
]
NameQuery = Annotated[
    str | None,
    QueryParameter(
        description="Part of the name, case-insensitive: `trade` finds “China–DPRK trade”.",
        min_length=1,
        max_length=300,
        pattern=TEXT,
    ),
]


def _page(rows: list[Any], next_cursor: str | None, sync_cursor: str | None) -> IndicatorList:
    return IndicatorList(
        data=[to_indicator(r) for r in rows],
        has_more=next_cursor is not None,
        next_cursor=next_cursor,
        sync_cursor=sync_cursor,
    )


def _versions(rows: list[Any], next_cursor: str | None) -> IndicatorVersionList:
    return IndicatorVersionList(
        data=[
            IndicatorVersion(
                version=r["version"],
                recorded_from=r["recorded_from"],
                recorded_to=r["recorded_to"],
                deleted=r["deleted_at"] is not None,
                indicator=to_indicator(r),
            )
            for r in rows
        ],
        has_more=next_cursor is not None,
        next_cursor=next_cursor,
    )


class IndicatorController(Controller):
    path = "/v1/indicators"
    tags = ["indicators"]

    @post(
        "/",
        operation_id="createIndicator",
        summary="Create an indicator",
        status_code=201,
        responses=problem_responses(400, 409, 413, 422),
    )
    async def create_indicator(
        self,
        request: Request[Any, Any, Any],
        conn: NamedDependency[Connection],
        data: JSONBody[IndicatorCreate],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[Indicator]:
        """Define a time series: unit, frequency, the actors it is about, warning thresholds."""
        return await crud.create(
            request, conn, idempotency_key, lambda: _service.create(conn, data), to_indicator
        )

    @get(
        "/",
        operation_id="listIndicators",
        summary="List indicators",
        responses=problem_responses(400),
    )
    async def list_indicators(
        self,
        request: Request[Any, Any, Any],
        conn: NamedDependency[Connection],
        cursor_codec: NamedDependency[CursorCodec],
        dataset: DatasetQuery = "live",
        actor: ActorQuery = None,
        tag: TagQuery = None,
        frequency: FrequencyQuery = None,
        name: NameQuery = None,
        as_of: AsOf = None,
        limit: Limit = 20,
        cursor: Cursor = None,
    ) -> Response[IndicatorList]:
        """List indicators, newest first.

        Examples: `?actor=act_…` (series about the DPRK), `?tag=trade&frequency=monthly`,
        `?name=trade`.
        """
        at = instant(as_of, "as_of")
        filters = IndicatorFilters(
            dataset=dataset, actor=actor, tag=tag, frequency=frequency, name=name
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
        "/{indicator_id:str}",
        operation_id="getIndicator",
        summary="Get an indicator",
        responses=problem_responses(400, 404),
    )
    async def get_indicator(
        self,
        conn: NamedDependency[Connection],
        indicator_id: FromPath[str],
        as_of: AsOf = None,
        if_none_match: IfNoneMatch = None,
    ) -> Response[Indicator]:
        """One indicator, as it is now or as recorded at `as_of`. Sends an `ETag`."""
        return await crud.read_one(
            conn,
            _service.records,
            indicator_id,
            instant(as_of, "as_of"),
            if_none_match,
            to_indicator,
        )

    @patch(
        "/{indicator_id:str}",
        operation_id="updateIndicator",
        summary="Change an indicator",
        responses=problem_responses(400, 404, 409, 412, 413, 422),
    )
    async def update_indicator(
        self,
        conn: NamedDependency[Connection],
        indicator_id: FromPath[str],
        data: JSONBody[IndicatorPatch],
        if_match: IfMatch = None,
    ) -> Response[Indicator]:
        """Change the fields sent; `null` clears one. With `If-Match`, only if still at that version."""
        async with conn.transaction():
            row = await _service.update(conn, indicator_id, data, if_match)
        return single_response(to_indicator(row), row["version"])

    @delete(
        "/{indicator_id:str}",
        operation_id="deleteIndicator",
        summary="Delete an indicator",
        status_code=200,
        responses=problem_responses(400, 404, 412),
    )
    async def delete_indicator(
        self,
        conn: NamedDependency[Connection],
        indicator_id: FromPath[str],
        if_match: IfMatch = None,
    ) -> Response[Indicator]:
        """Tombstone the indicator and all its observations; history and the change feed keep them."""
        async with conn.transaction():
            row = await _service.delete(conn, indicator_id, if_match)
        return single_response(to_indicator(row), row["version"])

    @get(
        "/{indicator_id:str}/history",
        operation_id="listIndicatorVersions",
        summary="List an indicator's versions",
        responses=problem_responses(400, 404),
    )
    async def list_indicator_versions(
        self,
        request: Request[Any, Any, Any],
        conn: NamedDependency[Connection],
        cursor_codec: NamedDependency[CursorCodec],
        indicator_id: FromPath[str],
        as_of: AsOf = None,
        limit: Limit = 20,
        cursor: Cursor = None,
    ) -> Response[IndicatorVersionList]:
        """Every recorded version, oldest first, each with its transaction-time range."""
        return await crud.history(
            request,
            conn,
            cursor_codec,
            _service.records,
            indicator_id,
            as_of=instant(as_of, "as_of"),
            cursor=cursor,
            limit=limit,
            envelope=_versions,
        )

"""``/v1/events``: HTTP in, HTTP out. The rules live in the service, the SQL in the repository."""

from typing import Annotated, Any

from litestar import Controller, Request, Response, delete, get, patch, post
from litestar.di import NamedDependency
from litestar.params import FromPath, JSONBody, QueryParameter

from watchfloor import crud
from watchfloor.db import Connection
from watchfloor.http_params import IdempotencyKey, IfMatch, IfNoneMatch
from watchfloor.pagination import CursorCodec
from watchfloor.problems import problem_responses
from watchfloor.resources.events import params as q
from watchfloor.resources.events.repository import to_event
from watchfloor.resources.events.schemas import (
    Event,
    EventCreate,
    EventList,
    EventPatch,
    EventVersion,
    EventVersionList,
)
from watchfloor.resources.events.service import EventService
from watchfloor.responses import single_response
from watchfloor.wire import AsOf, Cursor, DatasetQuery, Limit, instant

__all__ = ("EventController",)

_service = EventService()

DirectedQuery = Annotated[
    bool, QueryParameter(description="With `dyad=A,B`: only A acting on B, not B on A.")
]
IncludeRetractedQuery = Annotated[
    bool, QueryParameter(description="Also list retracted events (they stay readable by id).")
]
SortQuery = Annotated[
    q.Sort,
    QueryParameter(
        description="`newest`: most recently recorded first. `occurred`: latest start of the "
        "event's time interval first."
    ),
]


def _page(rows: list[Any], next_cursor: str | None, sync_cursor: str | None) -> EventList:
    return EventList(
        data=[to_event(r) for r in rows],
        has_more=next_cursor is not None,
        next_cursor=next_cursor,
        sync_cursor=sync_cursor,
    )


def _versions(rows: list[Any], next_cursor: str | None) -> EventVersionList:
    return EventVersionList(
        data=[
            EventVersion(
                version=r["version"],
                recorded_from=r["recorded_from"],
                recorded_to=r["recorded_to"],
                deleted=r["deleted_at"] is not None,
                event=to_event(r),
            )
            for r in rows
        ],
        has_more=next_cursor is not None,
        next_cursor=next_cursor,
    )


class EventController(Controller):
    path = "/v1/events"
    tags = ["events"]

    @post(
        "/",
        operation_id="createEvent",
        summary="Record an event",
        status_code=201,
        responses=problem_responses(400, 409, 413, 422),
    )
    async def create_event(
        self,
        request: Request[Any, Any, Any],
        conn: NamedDependency[Connection],
        data: JSONBody[EventCreate],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[Event]:
        """Record an event citing at least one source. Actors, recipients, weapons, the facility
        and the CAMEO code must exist (422 names each one that does not).

        `occurred.end` defaults to the end of the precision period: the start day, the last day
        of the month or December 31. Send an `Idempotency-Key` to make retries safe.
        """
        return await crud.create(
            request, conn, idempotency_key, lambda: _service.create(conn, data), to_event
        )

    @get(
        "/", operation_id="listEvents", summary="List events", responses=problem_responses(400, 422)
    )
    async def list_events(
        self,
        request: Request[Any, Any, Any],
        conn: NamedDependency[Connection],
        cursor_codec: NamedDependency[CursorCodec],
        dataset: DatasetQuery = "live",
        actor: q.ActorQuery = None,
        dyad: q.DyadQuery = None,
        directed: DirectedQuery = False,
        occurred_from: q.DateQuery = None,
        occurred_to: q.DateQuery = None,
        category: q.CategoryQuery = None,
        cameo_root: q.CameoRootQuery = None,
        quad_class: q.QuadClassQuery = None,
        country: q.CountryQuery = None,
        bbox: q.BboxQuery = None,
        facility: q.FacilityQuery = None,
        weapon: q.WeaponQuery = None,
        status: q.StatusQuery = None,
        min_grade: q.MinGradeQuery = None,
        tag: q.TagQuery = None,
        include_retracted: IncludeRetractedQuery = False,
        sort: SortQuery = "newest",
        as_of: AsOf = None,
        limit: Limit = 20,
        cursor: Cursor = None,
    ) -> Response[EventList]:
        """List events. Every filter narrows the list; all are optional and combine.

        Retracted events are left out unless `include_retracted=true` or `status=retracted`.
        `occurred_from`/`occurred_to` keep events whose interval overlaps the window.
        Examples: `?actor=act_…`, `?dyad=act_…,act_…&directed=true`,
        `?occurred_from=2017-01-01&occurred_to=2017-12-31&sort=occurred`,
        `?weapon=KN-23`, `?bbox=124,37.5,131,43&category=ASSAULT`, `?min_grade=B2`.
        """
        at = instant(as_of, "as_of")
        filters = q.event_filters(
            occurred_from=occurred_from,
            occurred_to=occurred_to,
            dyad=dyad,
            bbox=bbox,
            dataset=dataset,
            sort=sort,
            actor=actor,
            directed=directed,
            category=category,
            cameo_root=cameo_root,
            quad_class=quad_class,
            country=country,
            facility=facility,
            weapon=weapon,
            status=status,
            min_grade=min_grade,
            tag=tag,
            include_retracted=include_retracted,
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
        "/{event_id:str}",
        operation_id="getEvent",
        summary="Get an event",
        responses=problem_responses(400, 404),
    )
    async def get_event(
        self,
        conn: NamedDependency[Connection],
        event_id: FromPath[str],
        as_of: AsOf = None,
        if_none_match: IfNoneMatch = None,
    ) -> Response[Event]:
        """One event, as it is now or as recorded at `as_of`; retracted ones too. Sends an `ETag`."""
        return await crud.read_one(
            conn, _service.records, event_id, instant(as_of, "as_of"), if_none_match, to_event
        )

    @patch(
        "/{event_id:str}",
        operation_id="updateEvent",
        summary="Revise, confirm, retract or merge an event",
        responses=problem_responses(400, 404, 409, 412, 413, 422),
    )
    async def update_event(
        self,
        conn: NamedDependency[Connection],
        event_id: FromPath[str],
        data: JSONBody[EventPatch],
        if_match: IfMatch = None,
    ) -> Response[Event]:
        """Change the fields sent; `null` clears one. Each change is a new version.

        `status` moves along the lifecycle (`reported` → `preliminary` → `confirmed`, or
        `disputed`, `retracted`); retracting or disputing needs a `status_reason`. A merge is a
        retraction with `superseded_by` naming the event that absorbed this one.
        With `If-Match`, only if still at that version.
        """
        async with conn.transaction():
            row = await _service.update(conn, event_id, data, if_match)
        return single_response(to_event(row), row["version"])

    @delete(
        "/{event_id:str}",
        operation_id="deleteEvent",
        summary="Delete an event",
        status_code=200,
        responses=problem_responses(400, 404, 412),
    )
    async def delete_event(
        self,
        conn: NamedDependency[Connection],
        event_id: FromPath[str],
        if_match: IfMatch = None,
    ) -> Response[Event]:
        """Tombstone the event: reads answer 404, history and the change feed keep it.

        To withdraw a report, retract it instead (PATCH `status=retracted`): it stays readable.
        """
        async with conn.transaction():
            row = await _service.records.delete(conn, event_id, if_match)
        return single_response(to_event(row), row["version"])

    @get(
        "/{event_id:str}/history",
        operation_id="listEventVersions",
        summary="List an event's versions",
        responses=problem_responses(400, 404),
    )
    async def list_event_versions(
        self,
        request: Request[Any, Any, Any],
        conn: NamedDependency[Connection],
        cursor_codec: NamedDependency[CursorCodec],
        event_id: FromPath[str],
        as_of: AsOf = None,
        limit: Limit = 20,
        cursor: Cursor = None,
    ) -> Response[EventVersionList]:
        """Every recorded version, oldest first, each with its transaction-time range."""
        return await crud.history(
            request,
            conn,
            cursor_codec,
            _service.records,
            event_id,
            as_of=instant(as_of, "as_of"),
            cursor=cursor,
            limit=limit,
            envelope=_versions,
        )

"""``/v1/events``: the kit's operations, with the list's filters (``params.py``)."""

from typing import Annotated, Any

from litestar import Request, Response, get
from litestar.di import NamedDependency
from litestar.params import FromPath, QueryParameter

from watchfloor.context import Context
from watchfloor.cursors import CursorCodec
from watchfloor.http import known_by as knowledge
from watchfloor.http.headers import IfNoneMatch
from watchfloor.http.kit import Face, Words, routes, versions_of
from watchfloor.http.params import AsOf, Cursor, DatasetQuery, KnownByQuery, Limit, instant
from watchfloor.http.problems import problem_responses
from watchfloor.persistence.versioncache import remembered_read
from watchfloor.resources.events import params as q
from watchfloor.resources.events.resource import EVENT
from watchfloor.resources.events.schemas import Event, EventFilters, EventVersionList

__all__ = ("get_event", "list_event_versions", "list_filters", "router")

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


def list_filters(
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
    weapon_class: q.WeaponClassQuery = None,
    status: q.StatusQuery = None,
    min_grade: q.MinGradeQuery = None,
    tag: q.TagQuery = None,
    min_mentions: q.MinMentionsQuery = None,
    root_event: q.RootEventQuery = None,
    include_retracted: IncludeRetractedQuery = False,
    sort: SortQuery = "newest",
    external_id: q.ExternalIdQuery = None,
    source: q.SourceQuery = None,
    known_by: KnownByQuery = None,
) -> EventFilters:
    return q.event_filters(
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
        weapon_class=weapon_class,
        status=status,
        min_grade=min_grade,
        tag=tag,
        min_mentions=min_mentions,
        root_event=root_event,
        include_retracted=include_retracted,
        external_id=external_id,
        source=source,
        known_by=instant(known_by, "known_by"),
    )


@get(
    "/{event_id:str}",
    operation_id="getEvent",
    summary="Get an event",
    responses=problem_responses(400, 404),
    opt=remembered_read(EVENT.service.records.table.name, "event_id"),
)
async def get_event(
    ctx: NamedDependency[Context],
    event_id: FromPath[str],
    as_of: AsOf = None,
    known_by: KnownByQuery = None,
    if_none_match: IfNoneMatch = None,
) -> Response[Event]:
    """One event, as it is now or as recorded at `as_of`; retracted ones too. Sends an `ETag`.

    With `known_by`, 404 unless it had been reported by then (`reported_at`)."""
    return await knowledge.read_one(
        ctx,
        EVENT.service.records,
        event_id,
        as_of=instant(as_of, "as_of"),
        known_by=instant(known_by, "known_by"),
        if_none_match=if_none_match,
        render=EVENT.render,
    )


_versions = versions_of(EVENT)


@get(
    "/{event_id:str}/history",
    operation_id="listEventVersions",
    summary="List an event's versions",
    responses=problem_responses(400, 404),
)
async def list_event_versions(
    request: Request[Any, Any, Any],
    ctx: NamedDependency[Context],
    cursor_codec: NamedDependency[CursorCodec],
    event_id: FromPath[str],
    as_of: AsOf = None,
    known_by: KnownByQuery = None,
    limit: Limit = 20,
    cursor: Cursor = None,
) -> Response[EventVersionList]:  # type: ignore[valid-type]
    """Every recorded version, oldest first, each with its transaction-time range.

    With `as_of`, those recorded by then; with `known_by`, those reported by then
    (`reported_at`), 404 if none was."""
    return await knowledge.history(
        request,
        ctx,
        cursor_codec,
        EVENT.service.records,
        event_id,
        as_of=instant(as_of, "as_of"),
        known_by=instant(known_by, "known_by"),
        cursor=cursor,
        limit=limit,
        envelope=_versions,
    )


router = routes(
    EVENT,
    Face(
        tag="events",
        filters=list_filters,
        article="an",
        problems={"list": (400, 422)},
        # Reads by id take `known_by` (knowledge time) beside `as_of`: the handlers above.
        operations=("create", "list", "update", "delete"),
        extra=[get_event, list_event_versions],
        words={
            "create": Words(
                "Record an event",
                """Record an event citing at least one source. Actors, recipients, weapons, the facility
and the CAMEO code must exist (422 names each one that does not).

`occurred.end` defaults to the end of the precision period: the start day, the last day
of the month or December 31. Send an `Idempotency-Key` to make retries safe.""",
            ),
            "list": Words(
                "List events",
                """List events. Every filter narrows the list; all are optional and combine.

Retracted events are left out unless `include_retracted=true` or `status=retracted`.
`occurred_from`/`occurred_to` keep events whose interval overlaps the window.
Examples: `?actor=act_…`, `?dyad=act_…,act_…&directed=true`,
`?occurred_from=2017-01-01&occurred_to=2017-12-31&sort=occurred`,
`?weapon=KN-23`, `?bbox=124,37.5,131,43&category=ASSAULT`, `?min_grade=B2`,
`?cameo_root=01` (public statements, `category` `UNCATEGORIZED`),
`?tag=gdelt2&min_mentions=10&root_event=true`,
`?source=src_…` (events citing a source),
`?external_id=missile-test:2017-03-05:3&external_id=…` (by the ids an import gave them),
`?known_by=2018-01-01T00:00:00Z` (what had been reported by then; with `as_of`, of what
Watchfloor had recorded then).""",
            ),
            "update": Words(
                "Revise, confirm, retract or merge an event",
                """Change the fields sent; `null` clears one. Each change is a new version.

`status` moves along the lifecycle (`reported` → `preliminary` → `confirmed`, or
`disputed`, `retracted`); retracting or disputing needs a `status_reason`. A merge is a
retraction with `superseded_by` naming the event that absorbed this one.
With `If-Match`, only if still at that version.""",
            ),
            "delete": Words(
                "Delete an event",
                """Tombstone the event: reads answer 404, history and the change feed keep it.

To withdraw a report, retract it instead (PATCH `status=retracted`): it stays readable.""",
            ),
        },
    ),
)

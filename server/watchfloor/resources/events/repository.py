"""SQL of events: the table, its filters, and rows → wire types.

An event's participants, place and time keep their wire shape (jsonb, dates) and are also
flattened at write time (``actor_ids``, ``recipient_ids``, ``country``, ``lat``, ``lon``,
``facility_id``), so each filter below is an indexed lookup on a plain column
(``migrations/0011_event_indexes.sql``; the plans are in ``docs/query-plans.md``).
"""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import asyncpg
import msgspec

from watchfloor.admiralty import grade_filter
from watchfloor.context import Context
from watchfloor.persistence.store import BY_DATASET, ListQuery, Table
from watchfloor.resources.events.schemas import Event, EventFilters
from watchfloor.wire import marked

__all__ = (
    "EVENTS",
    "ORDER_NEWEST",
    "ORDER_OCCURRED",
    "EventFilters",
    "apply_filters",
    "cameo_code_exists",
    "supersede_target",
    "to_event",
)

_CAMEO_OF_ROW = "cameo_of(t.cameo_code) AS cameo"
"""The CAMEO lookup by primary key (migration 0051 says why it is a function)."""


@dataclass(frozen=True)
class _EventTable(Table):
    """The events table; every read also brings the CAMEO lookup of the event's code."""

    @property
    def select_list(self) -> str:
        return f"{super().select_list}, {_CAMEO_OF_ROW}"


EVENTS = _EventTable(
    name="events",
    columns=(
        "title",
        "summary",
        "category",
        "mode",
        "context",
        "cameo_code",
        "actors",
        "recipients",
        "actor_ids",
        "recipient_ids",
        "occurred_start",
        "occurred_end",
        "occurred_precision",
        "occurred_time",
        "reported_at",
        "place",
        "country",
        "lat",
        "lon",
        "facility_id",
        "magnitudes",
        "weapon_ids",
        "weapon_class",
        "tags",
        "status",
        "status_reason",
        "superseded_by",
        "citations",
        "grade",
        "gdelt",
        "icews",
        "ucdp",
    ),
)

ORDER_NEWEST = (("t.id", True),)
ORDER_OCCURRED = (("t.occurred_start", True), ("t.id", True))

NOT_RETRACTED = "t.status <> 'retracted'"
BY_STATUS = "t.status = {}"
BY_ACTOR = "(t.actor_ids @> ARRAY[{0}]::text[] OR t.recipient_ids @> ARRAY[{0}]::text[])"
# A dyad is one lookup in the GIN index events_dyads over the directed pairs 'actor>recipient'
# of each event (wf_dyads, migrations/0050_query_plans.sql), a custom or a generic plan alike;
# both directions are two pairs. The same rows as actor_ids @> A AND recipient_ids @> B.
BY_DYAD = "wf_dyads(t.actor_ids, t.recipient_ids) && {}::text[]"
# The same expression as the GiST index events_period; NULL bounds are open ends.
OCCURRED_OVERLAPS = (
    "daterange(t.occurred_start, t.occurred_end, '[]') && daterange({}::date, {}::date, '[]')"
)
# Implied by the overlap, and said again for the btree events_occurred: a list sorted by time
# then starts walking at the window's end instead of at the newest event.
STARTS_BY = "t.occurred_start <= {}"
BY_CATEGORY = "t.category = {}"
BY_CAMEO_ROOT = "left(t.cameo_code, 2) = {}"
BY_QUAD_CLASS = "t.cameo_code IN (SELECT c.code FROM cameo_codes c WHERE c.quad_class = {})"
BY_COUNTRY = "t.country = {}"
# Column ranges, not `point <@ box`: they are index conditions of events_list/events_occurred
# (lon, lat are their trailing keys), so a list walks its own order, tests the box inside the
# index and stops after a page, in a custom and a generic plan alike (migrations/0050). Bounds
# included, as with `<@`.
IN_BOX = "t.lon BETWEEN {0} AND {2} AND t.lat BETWEEN {1} AND {3}"
# A box whose west edge is east of its east edge crosses the antimeridian: two longitude ranges.
IN_BOX_ACROSS_180 = (
    "(t.lon BETWEEN {0} AND 180 OR t.lon BETWEEN -180 AND {2}) AND t.lat BETWEEN {1} AND {3}"
)
BY_FACILITY = "t.facility_id = {}"
BY_WEAPON = (
    "t.weapon_ids && ARRAY(SELECT w.id FROM weapons w WHERE w.deleted_at IS NULL "
    "AND (w.id = {0} OR wf_names(w.name, w.aliases) @> ARRAY[lower({0})]))"
)
# The class the event states; for an event that states none (recorded through the API with a
# weapon and no class), the class of a weapon it names.
BY_WEAPON_CLASS = (
    "(t.weapon_class = {0} OR (t.weapon_class IS NULL AND t.weapon_ids && ARRAY("
    "SELECT w.id FROM weapons w WHERE w.deleted_at IS NULL AND w.weapon_class = {0})))"
)
BY_TAG = "t.tags @> ARRAY[{}]::text[]"
# The GDELT block's numbers, read where they are kept (jsonb): no index of their own, so the
# list walks its order and tests each GDELT event; other filters (tag, country, a window)
# narrow the walk first.
MIN_MENTIONS = "(t.gdelt ->> 'num_mentions')::bigint >= {}"
BY_ROOT_EVENT = "(t.gdelt ->> 'is_root_event')::boolean = {}"
BY_EXTERNAL_IDS = "t.external_id = ANY({}::text[])"
# The expression of the GIN index events_cited_sources (migrations/0064_cited_sources.sql).
CITING = "wf_cited_sources(t.citations) @> ARRAY[{}]::text[]"
# Knowledge time (migrations/0071_reported_at.sql): what had been reported by an instant.
KNOWN_BY = "t.reported_at <= {}"
# Implied by it (nothing is reported before its first day began anywhere, UTC+14: the service
# refuses it) and said again for the btree events_occurred, as STARTS_BY is: a list sorted by
# time then starts walking at the instant instead of at the newest event, every later one
# being unknown then.
_EARLIEST_ZONE = timedelta(hours=14)
_LAST_START = datetime(9999, 12, 30, tzinfo=UTC)

_CAMEO_EXISTS = "SELECT EXISTS (SELECT 1 FROM cameo_codes WHERE code = $1)"
# References see only the caller's datasets: a record elsewhere does not exist for it.
_SUPERSEDE_TARGET = """
SELECT dataset, status FROM events WHERE id = $1 AND deleted_at IS NULL
  AND ($2::text[] IS NULL OR dataset = ANY($2::text[]))
"""


CONDITIONS = {
    "dataset": BY_DATASET,
    "status": BY_STATUS,
    "actor": BY_ACTOR,
    "category": BY_CATEGORY,
    "cameo_root": BY_CAMEO_ROOT,
    "quad_class": BY_QUAD_CLASS,
    "weapon": BY_WEAPON,
    "weapon_class": BY_WEAPON_CLASS,
    "tag": BY_TAG,
    "country": BY_COUNTRY,
    "facility": BY_FACILITY,
    "min_mentions": MIN_MENTIONS,
    "root_event": BY_ROOT_EVENT,
    "external_id": BY_EXTERNAL_IDS,
    "source": CITING,
    "known_by": KNOWN_BY,
}
"""Filter → its condition, when given; the others need more than one value (below)."""


def apply_filters(query: ListQuery, f: EventFilters) -> None:
    """Narrow ``query`` by every filter that is set."""
    query.where_given(f, CONDITIONS)
    if f.status is None and not f.include_retracted:
        query.where(NOT_RETRACTED)
    if f.dyad is not None:
        a, b = f.dyad
        query.where(BY_DYAD, [f"{a}>{b}"] if f.directed else [f"{a}>{b}", f"{b}>{a}"])
        # With the pairs' statistics a custom plan takes the index for a rare dyad and walks
        # the list order for a frequent one; a generic plan may bitmap-scan a time window.
        query.custom_plan = True
    if f.min_grade is not None:
        query.where(*grade_filter(f.min_grade))
    if f.occurred_from is not None or f.occurred_to is not None:
        query.where(OCCURRED_OVERLAPS, f.occurred_from, f.occurred_to)
    if f.occurred_to is not None:
        query.where(STARTS_BY, f.occurred_to)
    if f.known_by is not None and f.known_by.astimezone(UTC) < _LAST_START:
        query.where(STARTS_BY, (f.known_by.astimezone(UTC) + _EARLIEST_ZONE).date())
    if f.bbox is not None:
        west, _, east, _ = f.bbox
        query.where(IN_BOX_ACROSS_180 if west > east else IN_BOX, *f.bbox)


@marked
def to_event(row: asyncpg.Record) -> Event:
    """A row of ``events`` or ``events_history`` → the wire type."""
    data: dict[str, Any] = dict(row)
    data["occurred"] = {
        "start": row["occurred_start"],
        "end": row["occurred_end"],
        "precision": row["occurred_precision"],
        "time": row["occurred_time"],
    }
    return msgspec.convert(data, Event, strict=True)


async def cameo_code_exists(ctx: Context, code: str) -> bool:
    return bool(await ctx.conn.fetchval(_CAMEO_EXISTS, code))


async def supersede_target(ctx: Context, event_id: str) -> asyncpg.Record | None:
    """Dataset and status of the live event ``event_id``, or ``None``."""
    return await ctx.conn.fetchrow(_SUPERSEDE_TARGET, event_id, ctx.visible_datasets)

"""SQL of briefs: the versioned table, its filters, and the reads a brief is made of.

Every read that feeds a brief is bounded by knowledge time (``known_by``: events and statements
by ``reported_at``, forecasts by ``created_at``, alerts and signposts by the knowledge instants
they carry) and reads the records as recorded now.
"""

from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any

import asyncpg

from watchfloor.context import Context
from watchfloor.persistence.store import BY_DATASET, ListQuery, Table
from watchfloor.resources.alerts.repository import ALERTS
from watchfloor.resources.briefs.schemas import BriefFilters, Region

__all__ = (
    "BRIEFS",
    "alerts_moved",
    "apply_filters",
    "claim_instant",
    "dataset_kind",
    "event_rows",
    "forecast_moves",
    "indicators",
    "new_events",
    "new_statements",
    "plan_problems",
    "previous_brief",
    "problem_rules",
    "record_instant",
    "scheduled_watchlists",
    "signpost_rows",
    "statement_rows",
    "watchlist_row",
)

BRIEFS = Table(
    name="briefs",
    columns=("written_for", "since", "scope", "exercise", "previous_id", "sections"),
)

CONDITIONS = {
    "dataset": BY_DATASET,
    "country": "t.scope -> 'region' -> 'countries' ? {}",
    "regional": "(jsonb_typeof(t.scope -> 'region') = 'object') = {}",
    "watchlist": "t.scope ->> 'watchlist_id' = {}",
    "written_from": "t.written_for >= {}",
    "written_to": "t.written_for <= {}",
}


def apply_filters(query: ListQuery, filters: BriefFilters) -> None:
    query.where_given(filters, CONDITIONS)


async def dataset_kind(ctx: Context, dataset: str) -> str | None:
    """``live``, ``exercise`` or ``sandbox``; ``None`` for no such dataset."""
    kind = await ctx.conn.fetchval("SELECT kind FROM datasets WHERE name = $1", dataset)
    return None if kind is None else str(kind)


_PREVIOUS = """
SELECT id, written_for FROM briefs
WHERE dataset = $1 AND deleted_at IS NULL AND scope = $2::jsonb AND written_for < $3
ORDER BY written_for DESC, id DESC LIMIT 1
"""


async def previous_brief(
    ctx: Context, dataset: str, scope: dict[str, Any], before: datetime
) -> asyncpg.Record | None:
    """The newest brief of the same scope written for an instant before ``before``."""
    return await ctx.conn.fetchrow(_PREVIOUS, dataset, scope, before)


def _alerts_sql() -> str:
    # Declared columns; values travel as $n. Reviewed for S608.
    return (
        f"SELECT {ALERTS.select_list} FROM alerts t "  # noqa: S608
        "WHERE t.dataset = $1 AND t.deleted_at IS NULL AND NOT t.withdrawn "
        "AND ((t.opened_at > $2 AND t.opened_at <= $3) "
        "OR (t.closed_at > $2 AND t.closed_at <= $3)) "
        "ORDER BY t.opened_at, t.id LIMIT 200"
    )


async def alerts_moved(
    ctx: Context, dataset: str, since: datetime, until: datetime
) -> list[asyncpg.Record]:
    """Alerts (not withdrawn) that opened or closed in the knowledge interval (since, until]."""
    return list(await ctx.conn.fetch(_alerts_sql(), dataset, since, until))


_PROBLEMS = "SELECT id, name, rules FROM warning_problems WHERE id = ANY($1::text[])"


async def problem_rules(ctx: Context, ids: Sequence[str]) -> dict[str, asyncpg.Record]:
    """Warning problems by id (deleted ones too: an alert keeps naming its problem)."""
    return {r["id"]: r for r in await ctx.conn.fetch(_PROBLEMS, list(ids))}


_INDICATORS = "SELECT id, name, unit, frequency FROM indicators WHERE id = ANY($1::text[])"


async def indicators(ctx: Context, ids: Sequence[str]) -> dict[str, asyncpg.Record]:
    return {r["id"]: r for r in await ctx.conn.fetch(_INDICATORS, list(ids))}


_EVENT_ROWS = """
SELECT id, 'event' AS kind, title AS text, occurred_start AS on, grade FROM events
WHERE id = ANY($1::text[])
"""
_STATEMENT_ROWS = """
SELECT id, 'statement' AS kind, coalesce(translation, text) AS text, said_on AS on, grade
FROM statements WHERE id = ANY($1::text[])
"""


async def event_rows(ctx: Context, ids: Sequence[str]) -> dict[str, asyncpg.Record]:
    return {r["id"]: r for r in await ctx.conn.fetch(_EVENT_ROWS, list(ids))}


async def statement_rows(ctx: Context, ids: Sequence[str]) -> dict[str, asyncpg.Record]:
    return {r["id"]: r for r in await ctx.conn.fetch(_STATEMENT_ROWS, list(ids))}


def _event_region(region: Region | None, args: list[Any]) -> str:
    """The condition of ``region`` on events ``t`` (``TRUE`` without one)."""
    if region is None:
        return "TRUE"
    parts = []
    if region.countries:
        args.append(list(region.countries))
        parts.append(f"t.country = ANY(${len(args)}::text[])")
    if region.bbox is not None:
        west, south, east, north = region.bbox
        args.extend([west, south, east, north])
        w, s, e, n = (f"${len(args) - 3 + i}" for i in range(4))
        lon = (
            f"(t.lon BETWEEN {w} AND 180 OR t.lon BETWEEN -180 AND {e})"
            if west > east
            else f"t.lon BETWEEN {w} AND {e}"
        )
        parts.append(f"({lon} AND t.lat BETWEEN {s} AND {n})")
    return "(" + " OR ".join(parts) + ")" if parts else "TRUE"


_GRADED = "t.grade ASC NULLS LAST, t.reported_at DESC, t.id DESC"


async def new_events(
    ctx: Context, dataset: str, region: Region | None, since: datetime, until: datetime, limit: int
) -> tuple[list[asyncpg.Record], int]:
    """Events reported in (since, until], not retracted, in ``region``: the best-graded
    ``limit`` of them, and how many there are."""
    args: list[Any] = [dataset, since, until]
    where = (
        "t.dataset = $1 AND t.deleted_at IS NULL AND t.status <> 'retracted' "
        f"AND t.reported_at > $2 AND t.reported_at <= $3 AND {_event_region(region, args)}"
    )
    # Fixed fragments; values travel as $n. Reviewed for S608.
    rows = await ctx.conn.fetch(
        "SELECT t.id, t.title, t.category, t.occurred_start, t.reported_at, "  # noqa: S608
        "t.place ->> 'name' AS place, t.country, t.grade, t.status, count(*) OVER () AS total "
        f"FROM events t WHERE {where} ORDER BY {_GRADED} LIMIT {int(limit)}",
        *args,
    )
    return list(rows), int(rows[0]["total"]) if rows else 0


async def new_statements(
    ctx: Context, dataset: str, region: Region | None, since: datetime, until: datetime, limit: int
) -> tuple[list[asyncpg.Record], int]:
    """Statements reported in (since, until], not retracted, by a speaker of the region's
    countries (any speaker without a region; none for a region of a box only)."""
    args: list[Any] = [dataset, since, until]
    speaker = "TRUE"
    if region is not None:
        args.append(list(region.countries))
        speaker = f"a.country = ANY(${len(args)}::text[])"
    # Fixed fragments; values travel as $n. Reviewed for S608.
    rows = await ctx.conn.fetch(
        "SELECT t.id, t.speaker_id, a.name AS speaker, "  # noqa: S608
        "coalesce(t.translation, t.text) AS text, t.said_on, t.reported_at, t.stance, t.grade, "
        "count(*) OVER () AS total FROM statements t LEFT JOIN actors a ON a.id = t.speaker_id "
        "WHERE t.dataset = $1 AND t.deleted_at IS NULL AND t.status <> 'retracted' "
        f"AND t.reported_at > $2 AND t.reported_at <= $3 AND {speaker} "
        f"ORDER BY {_GRADED} LIMIT {int(limit)}",
        *args,
    )
    return list(rows), int(rows[0]["total"]) if rows else 0


_FORECASTS = """
WITH made AS (
    SELECT DISTINCT question_id, forecaster FROM forecasts
    WHERE dataset = $1 AND deleted_at IS NULL AND probability IS NOT NULL
      AND created_at > $2 AND created_at <= $3
)
SELECT m.question_id, m.forecaster, q.title AS question,
       now_.id AS forecast_id, now_.probability, before.id AS previous_id,
       before.probability AS was
FROM made m
JOIN questions q ON q.id = m.question_id
CROSS JOIN LATERAL (
    SELECT f.id, f.probability FROM forecasts f
    WHERE f.question_id = m.question_id AND f.forecaster = m.forecaster AND f.deleted_at IS NULL
      AND f.probability IS NOT NULL AND f.created_at <= $3
    ORDER BY f.created_at DESC, f.id DESC LIMIT 1
) now_
LEFT JOIN LATERAL (
    SELECT f.id, f.probability FROM forecasts f
    WHERE f.question_id = m.question_id AND f.forecaster = m.forecaster AND f.deleted_at IS NULL
      AND f.probability IS NOT NULL AND f.created_at <= $2
    ORDER BY f.created_at DESC, f.id DESC LIMIT 1
) before ON TRUE
"""


async def forecast_moves(
    ctx: Context, dataset: str, since: datetime, until: datetime
) -> list[asyncpg.Record]:
    """Per (binary question, forecaster) with a forecast made in (since, until]: the newest
    by ``until`` and the newest by ``since``."""
    return list(await ctx.conn.fetch(_FORECASTS, dataset, since, until))


async def signpost_rows(ctx: Context, dataset: str) -> list[asyncpg.Record]:
    """The dataset's signposts with their steps (the caller keeps those lit in the interval)."""
    rows = await ctx.conn.fetch(
        "SELECT id, name, steps FROM signposts WHERE dataset = $1 AND deleted_at IS NULL "
        "ORDER BY id LIMIT 5000",
        dataset,
    )
    return list(rows)


async def watchlist_row(ctx: Context, watchlist_id: str) -> asyncpg.Record | None:
    """The watchlist (not deleted), as recorded now: what a brief of its scope reads."""
    return await ctx.conn.fetchrow(
        "SELECT * FROM watchlists WHERE id = $1 AND deleted_at IS NULL", watchlist_id
    )


async def plan_problems(ctx: Context, ids: Sequence[str]) -> dict[str, str | None]:
    """Plan id → the warning problem it answers (deleted plans too)."""
    rows = await ctx.conn.fetch(
        "SELECT id, problem_id FROM plans WHERE id = ANY($1::text[])", list(ids)
    )
    return {r["id"]: r["problem_id"] for r in rows}


_SCHEDULED = """
WITH w AS (
    SELECT id, dataset, brief_cron, brief_timezone FROM watchlists
    WHERE deleted_at IS NULL AND brief_cron IS NOT NULL
      AND ($1::text[] IS NULL OR dataset = ANY($1::text[]))
), v AS (
    SELECT h.id, h.version, h.brief_cron, h.brief_timezone, lower(h.sys_period) AS at
    FROM watchlists_history h JOIN w USING (id)
    UNION ALL
    SELECT t.id, t.version, t.brief_cron, t.brief_timezone, lower(t.sys_period)
    FROM watchlists t JOIN w USING (id)
)
SELECT w.id, w.dataset, w.brief_cron, w.brief_timezone,
    greatest(
        (SELECT min(v.at) FROM v WHERE v.id = w.id AND v.version > coalesce(
            (SELECT max(x.version) FROM v x WHERE x.id = w.id
               AND (x.brief_cron, x.brief_timezone)
                   IS DISTINCT FROM (w.brief_cron, w.brief_timezone)), 0)),
        (SELECT max(s.scheduled_for) FROM brief_schedule s WHERE s.watchlist_id = w.id)
    ) AS after
FROM w ORDER BY w.id
"""


async def scheduled_watchlists(
    ctx: Context, datasets: Collection[str] | None
) -> list[asyncpg.Record]:
    """Watchlists with a brief schedule (of ``datasets``; ``None``: all): ``id``, ``dataset``,
    ``brief_cron``, ``brief_timezone`` and ``after``, the instant their next due instant
    follows — the latest of when the schedule took its present form (the version that set
    ``brief_cron``/``brief_timezone`` as they are: creation, or the change) and the last
    instant scheduled."""
    rows = await ctx.conn.fetch(_SCHEDULED, None if datasets is None else sorted(datasets))
    return list(rows)


async def claim_instant(ctx: Context, watchlist_id: str, instant: datetime) -> bool:
    """Take the instant for the watchlist (``False``: it was taken before)."""
    taken = await ctx.conn.fetchval(
        "INSERT INTO brief_schedule (watchlist_id, scheduled_for) VALUES ($1, $2) "
        "ON CONFLICT DO NOTHING RETURNING true",
        watchlist_id,
        instant,
    )
    return bool(taken)


async def record_instant(
    ctx: Context, watchlist_id: str, instant: datetime, brief_id: str | None, error: str | None
) -> None:
    """What came of a claimed instant: its brief, or why there is none."""
    await ctx.conn.execute(
        "UPDATE brief_schedule SET brief_id = $3, error = $4 "
        "WHERE watchlist_id = $1 AND scheduled_for = $2",
        watchlist_id,
        instant,
        brief_id,
        error,
    )

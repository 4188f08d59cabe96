"""SQL of the warning worker: the facts behind an indicator, the problems due, the board's reads.

An indicator's facts are read with the same filter fragments its figures are computed with
(``resources/events/repository.apply_filters``, or ``resources/statements/repository.
apply_filters`` for an indicator over statements), one statement per indicator, so the replay
counts exactly what the computed figures count.
"""

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import asyncpg

from watchfloor.context import Context
from watchfloor.persistence.store import ListQuery
from watchfloor.resources.alerts.repository import ALERTS
from watchfloor.resources.events.repository import EVENTS, EventFilters, apply_filters
from watchfloor.resources.problems.repository import PROBLEMS
from watchfloor.resources.statements.repository import STATEMENTS, StatementFilters
from watchfloor.resources.statements.repository import apply_filters as apply_statement_filters

__all__ = (
    "board_alerts",
    "board_problems",
    "due_problems",
    "end_of_day",
    "event_facts",
    "figure_facts",
    "indicators",
    "mark_due",
    "observation_indicators",
    "problem_row",
    "problems_in_datasets",
    "problems_of_datasets",
    "problems_of_indicators",
    "statement_facts",
    "unmark",
)

_FACT_VALUE = {
    "goldstein_sum": "g.goldstein::float8",
    "goldstein_mean": "g.goldstein::float8",
    "magnitude_sum": (
        "(SELECT sum((m ->> 'best')::numeric) FROM jsonb_array_elements(t.magnitudes) m "
        "WHERE m ->> 'kind' = {kind})::float8"
    ),
}
_GOLDSTEIN = "LEFT JOIN cameo_codes g ON g.code = t.cameo_code"

_INDICATORS = """
SELECT id, dataset, unit, frequency, definition FROM indicators
WHERE id = ANY($1::text[]) AND deleted_at IS NULL
"""
_FIGURE_FACTS = """
SELECT id, period_start, value, vintage FROM observations
WHERE indicator_id = $1 AND deleted_at IS NULL AND NOT computed
ORDER BY vintage, period_start, id
"""
_PROBLEM = "SELECT * FROM warning_problems WHERE id = $1"
_OBSERVATION_INDICATORS = (
    "SELECT DISTINCT indicator_id FROM observations WHERE id = ANY($1::text[])"
)
_OF_INDICATORS = """
SELECT id FROM warning_problems WHERE indicator_ids && $1::text[] AND deleted_at IS NULL
"""
_OF_DATASETS = """
SELECT DISTINCT w.id FROM warning_problems w JOIN indicators i ON i.id = ANY(w.indicator_ids)
WHERE w.dataset = ANY($1::text[]) AND w.deleted_at IS NULL
  AND i.deleted_at IS NULL AND i.definition IS NOT NULL
  AND coalesce(i.definition ->> 'over', 'events') = ANY($2::text[])
"""
_MARK = """
INSERT INTO warning_due (problem_id, due_at) SELECT unnest($1::text[]), $2
ON CONFLICT (problem_id) DO UPDATE SET due_at = least(warning_due.due_at, excluded.due_at)
"""
_DUE = """
SELECT d.problem_id, w.dataset
FROM warning_due d LEFT JOIN warning_problems w ON w.id = d.problem_id
WHERE d.due_at <= $1 ORDER BY d.due_at, d.problem_id LIMIT $2
"""
_IN_DATASETS = """
SELECT id FROM warning_problems WHERE dataset = ANY($1::text[]) AND deleted_at IS NULL
"""
_UNMARK = "DELETE FROM warning_due WHERE problem_id = $1"
_RESCHEDULE = """
INSERT INTO warning_due (problem_id, due_at) VALUES ($1, $2)
ON CONFLICT (problem_id) DO UPDATE SET due_at = excluded.due_at
"""


def end_of_day(day: date) -> datetime:
    """The instant a day ends (the next midnight, UTC): when a figure dated ``day`` is known."""
    return datetime.combine(day + timedelta(days=1), time(), UTC)


async def indicators(ctx: Context, ids: Sequence[str]) -> dict[str, asyncpg.Record]:
    """Id → the live indicator, for those of ``ids`` that are."""
    return {r["id"]: r for r in await ctx.conn.fetch(_INDICATORS, list(ids))}


async def event_facts(
    ctx: Context, filters: EventFilters, measure: str, magnitude: str | None
) -> list[asyncpg.Record]:
    """``(id, day, at, value)`` of every event a definition selects: what its figures count."""
    query = ListQuery(EVENTS)
    apply_filters(query, filters)
    value = _FACT_VALUE.get(measure, "NULL::float8")
    if measure == "magnitude_sum":
        value = value.format(kind=query.param(magnitude))
    joins = _GOLDSTEIN if measure.startswith("goldstein") else ""
    conditions = " AND ".join(f"({c})" for c in query.conditions)
    # Declared columns and closed maps only; values travel as $n. Reviewed for S608.
    sql = (
        f"SELECT t.id, t.occurred_start AS day, t.reported_at AS at, {value} AS value "  # noqa: S608
        f"FROM {EVENTS.relation(None)} {joins} WHERE {conditions}"
    )
    return list(await ctx.conn.fetch(sql, *query.args))


async def statement_facts(ctx: Context, filters: StatementFilters) -> list[asyncpg.Record]:
    """``(id, day, at, value)`` of every statement a definition selects (``day``: ``said_on``;
    no value: a statement only counts). A text search's checks on its candidates are plain
    conditions here, as in the computed figures."""
    query = ListQuery(STATEMENTS)
    apply_statement_filters(query, filters)
    conditions = " AND ".join(f"({c})" for c in [*query.conditions, *query.refine])
    # Declared columns only; values travel as $n. Reviewed for S608.
    sql = (
        "SELECT t.id, t.said_on AS day, t.reported_at AS at, NULL::float8 AS value "  # noqa: S608
        f"FROM {STATEMENTS.relation(None)} WHERE {conditions}"
    )
    return list(await ctx.conn.fetch(sql, *query.args))


async def figure_facts(ctx: Context, indicator_id: str) -> list[asyncpg.Record]:
    """Every hand-entered figure of an indicator, each vintage a fact known when its day ends."""
    return list(await ctx.conn.fetch(_FIGURE_FACTS, indicator_id))


async def observation_indicators(ctx: Context, observation_ids: Sequence[str]) -> list[str]:
    """The indicators the observations belong to."""
    rows = await ctx.conn.fetch(_OBSERVATION_INDICATORS, list(observation_ids))
    return [r["indicator_id"] for r in rows]


async def problem_row(ctx: Context, problem_id: str) -> asyncpg.Record | None:
    return await ctx.conn.fetchrow(_PROBLEM, problem_id)


async def problems_of_indicators(ctx: Context, indicator_ids: Sequence[str]) -> list[str]:
    return [r["id"] for r in await ctx.conn.fetch(_OF_INDICATORS, list(indicator_ids))]


async def problems_of_datasets(
    ctx: Context, datasets: Sequence[str], over: Sequence[str]
) -> list[str]:
    """Problems of ``datasets`` with a rule over an indicator computed from ``over``."""
    return [r["id"] for r in await ctx.conn.fetch(_OF_DATASETS, list(datasets), list(over))]


async def mark_due(ctx: Context, problem_ids: Sequence[str], at: datetime) -> None:
    """The problems are to be evaluated again at ``at`` (or earlier, if already due then)."""
    if problem_ids:
        await ctx.conn.execute(_MARK, sorted(set(problem_ids)), at)


async def due_problems(ctx: Context, now: datetime, limit: int) -> dict[str, str | None]:
    """Problem id → its dataset (``None``: the problem is gone), for those due by ``now``,
    soonest first."""
    return {r["problem_id"]: r["dataset"] for r in await ctx.conn.fetch(_DUE, now, limit)}


async def problems_in_datasets(ctx: Context, datasets: Sequence[str]) -> list[str]:
    """Every live problem of ``datasets``."""
    return [r["id"] for r in await ctx.conn.fetch(_IN_DATASETS, list(datasets))]


async def unmark(ctx: Context, problem_id: str, next_due: datetime | None) -> None:
    """Done with the problem: evaluate it next at ``next_due`` (``None``: only on a change)."""
    if next_due is None:
        await ctx.conn.execute(_UNMARK, problem_id)
    else:
        await ctx.conn.execute(_RESCHEDULE, problem_id, next_due)


async def board_problems(
    ctx: Context, dataset: str, as_of: datetime | None
) -> list[asyncpg.Record]:
    """Every warning problem of ``dataset`` as recorded at ``as_of``, by name."""
    args: list[Any] = [dataset] + ([] if as_of is None else [as_of])
    relation = PROBLEMS.relation(None if as_of is None else "$2")
    # Declared columns; values travel as $n. Reviewed for S608.
    sql = (
        f"SELECT {PROBLEMS.select_list} FROM {relation} "  # noqa: S608
        "WHERE t.dataset = $1 AND t.deleted_at IS NULL ORDER BY t.name, t.id LIMIT 1000"
    )
    return list(await ctx.conn.fetch(sql, *args))


async def board_alerts(
    ctx: Context, dataset: str, as_of: datetime | None, known_by: datetime
) -> list[asyncpg.Record]:
    """The alerts of ``dataset`` open at the knowledge instant ``known_by``, as recorded at
    ``as_of``: one statement, however many problems."""
    args: list[Any] = [dataset, known_by] + ([] if as_of is None else [as_of])
    relation = ALERTS.relation(None if as_of is None else "$3")
    # Declared columns; values travel as $n. Reviewed for S608.
    sql = (
        f"SELECT {ALERTS.select_list} FROM {relation} "  # noqa: S608
        "WHERE t.dataset = $1 AND t.deleted_at IS NULL AND NOT t.withdrawn "
        "AND t.opened_at <= $2 AND (t.closed_at IS NULL OR t.closed_at > $2) "
        "ORDER BY t.opened_at DESC, t.id"
    )
    return list(await ctx.conn.fetch(sql, *args))

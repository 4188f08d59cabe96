"""SQL of computed indicators: a measure per period over the events or statements lists' filters.

The events a figure counts are chosen by :func:`watchfloor.resources.events.repository.
apply_filters`, the same fragments ``GET /v1/events`` uses, and the statements by
:func:`watchfloor.resources.statements.repository.apply_filters`, those of
``GET /v1/statements``, so a definition's filters mean exactly what the list's query
parameters mean. Measures and period units come from the closed maps below; values travel as
``$n``.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import asyncpg

from watchfloor.context import Context
from watchfloor.persistence.records import Records
from watchfloor.persistence.store import ListQuery
from watchfloor.resources.events.repository import EVENTS, EventFilters, apply_filters
from watchfloor.resources.indicators.repository import INDICATORS
from watchfloor.resources.observations.repository import OBSERVATIONS
from watchfloor.resources.statements.repository import STATEMENTS, StatementFilters
from watchfloor.resources.statements.repository import apply_filters as apply_statement_filters

__all__ = (
    "Figure",
    "computed_indicators",
    "computed_indicators_by_id",
    "event_days",
    "indicator_versions",
    "insert_figure",
    "latest_figures",
    "magnitude_recorded",
    "measure",
    "revise_figure",
    "statement_days",
    "statement_measure",
)

_MEASURES = {
    "count": "count(*)::float8",
    "distinct_days": "count(DISTINCT t.occurred_start)::float8",
    # numeric, not float8: an exact sum does not depend on the order rows arrive in, so the
    # same events always give the same figure (a float sum could differ in its last bit and
    # make a vintage out of nothing).
    "goldstein_sum": "coalesce(sum(g.goldstein::numeric), 0)::float8",
    "goldstein_mean": "avg(g.goldstein::numeric)::float8",
    "magnitude_sum": (
        "coalesce(sum((SELECT sum((m ->> 'best')::numeric) "
        "FROM jsonb_array_elements(t.magnitudes) m WHERE m ->> 'kind' = {kind})), 0)::float8"
    ),
}
"""Measure → its aggregate over the period's events (``t``; ``g`` their CAMEO lookup)."""
_STATEMENT_MEASURES = {
    "count": "count(*)::float8",
    "distinct_days": "count(DISTINCT t.said_on)::float8",
}
"""Measure → its aggregate over the period's statements (``t``)."""
_GOLDSTEIN = "LEFT JOIN cameo_codes g ON g.code = t.cameo_code"

_UNITS = {
    "day": "1 day",
    "week": "7 days",
    "month": "1 month",
    "quarter": "3 months",
    "year": "1 year",
}
"""Period unit (``date_trunc``'s field) → its length."""

_LATEST = """
SELECT DISTINCT ON (o.period_start, o.period_end)
       o.id, o.period_start, o.period_end, o.value, o.vintage, o.computed
FROM observations o
WHERE o.indicator_id = $1 AND o.deleted_at IS NULL
  AND ($2::date[] IS NULL OR o.period_start = ANY($2::date[]))
ORDER BY o.period_start, o.period_end, o.vintage DESC
"""
# Both sides of each change: the version written and the one before it (its old period).
# {table} and {day} are the two constants below, never input.
_CHANGED_DAYS = """
SELECT DISTINCT e.dataset, e.{day} AS day
FROM (SELECT id, version, dataset, {day} FROM {table} WHERE id = ANY($1::text[])
      UNION ALL
      SELECT id, version, dataset, {day} FROM {table}_history WHERE id = ANY($1::text[])
     ) e
JOIN unnest($1::text[], $2::int[]) AS w (id, version)
  ON w.id = e.id AND e.version BETWEEN w.version - 1 AND w.version
"""
_EVENT_DAYS = _CHANGED_DAYS.format(table="events", day="occurred_start")
_STATEMENT_DAYS = _CHANGED_DAYS.format(table="statements", day="said_on")
# INDICATORS.select_list is spliced (declared columns); values travel as $n. Reviewed for S608.
_COMPUTED = (
    f"SELECT {INDICATORS.select_list} FROM indicators t "  # noqa: S608
    "WHERE t.dataset = ANY($1::text[]) AND t.definition IS NOT NULL AND t.deleted_at IS NULL "
    "AND coalesce(t.definition ->> 'over', 'events') = $2 "
    "ORDER BY t.id"
)
# The same, by id. Reviewed for S608 as above.
_COMPUTED_BY_ID = (
    f"SELECT {INDICATORS.select_list} FROM indicators t "  # noqa: S608
    "WHERE t.id = ANY($1::text[]) AND t.definition IS NOT NULL AND t.deleted_at IS NULL "
    "ORDER BY t.id"
)
_MAGNITUDE_RECORDED = """
SELECT EXISTS (SELECT 1 FROM events WHERE dataset = $1 AND deleted_at IS NULL
               AND magnitudes @> jsonb_build_array(jsonb_build_object('kind', $2::text)))
"""


@dataclass(frozen=True, slots=True)
class Figure:
    """The newest vintage of one period of a series."""

    id: str
    value: float | None
    vintage: date
    computed: bool


async def measure(
    ctx: Context,
    filters: EventFilters,
    measure_name: str,
    magnitude: str | None,
    unit: str,
    periods: Sequence[date] | None,
    *,
    known_by: datetime | None = None,
    as_of: datetime | None = None,
) -> dict[date, float | None]:
    """Period start → the measure over its events, for the periods that have events.

    One ``GROUP BY`` statement; with ``periods``, only those (an incremental update). With
    ``known_by``, only events reported by then (``reported_at <= known_by``, knowledge time);
    with ``as_of``, the events as recorded at that instant (transaction time).
    """
    query = ListQuery(EVENTS)
    apply_filters(query, filters)
    aggregate = _MEASURES[measure_name]
    if measure_name == "magnitude_sum":
        aggregate = aggregate.format(kind=query.param(magnitude))
    joins = _GOLDSTEIN if measure_name.startswith("goldstein") else ""
    return await _per_period(
        ctx, query, "occurred_start", aggregate, joins, unit, periods, query.conditions,
        known_by, as_of,
    )  # fmt: skip


async def statement_measure(
    ctx: Context,
    filters: StatementFilters,
    measure_name: str,
    unit: str,
    periods: Sequence[date] | None,
    *,
    known_by: datetime | None = None,
    as_of: datetime | None = None,
) -> dict[date, float | None]:
    """Period start → the measure over its statements (by ``said_on``), for the periods that
    have statements.

    One ``GROUP BY`` statement, with ``periods``, ``known_by`` and ``as_of`` as in
    :func:`measure`. A text search (``q``) counts every match:
    the list's checks on its candidates (``refine``) are plain conditions here, and its limit
    to the newest candidates does not apply.
    """
    query = ListQuery(STATEMENTS)
    apply_statement_filters(query, filters)
    conditions = [*query.conditions, *query.refine]
    return await _per_period(
        ctx, query, "said_on", _STATEMENT_MEASURES[measure_name], "", unit, periods, conditions,
        known_by, as_of,
    )  # fmt: skip


async def _per_period(
    ctx: Context,
    query: ListQuery,
    day: str,
    aggregate: str,
    joins: str,
    unit: str,
    periods: Sequence[date] | None,
    conditions: list[str],
    known_by: datetime | None,
    as_of: datetime | None,
) -> dict[date, float | None]:
    """``aggregate`` per period of ``unit`` of the rows' ``day`` column, under ``conditions``:
    of the rows reported by ``known_by`` (knowledge time), as recorded at ``as_of``."""
    bucket = f"date_trunc('{unit}', t.{day}::timestamp)::date"
    conditions = list(conditions)
    if known_by is not None:
        conditions.append(f"t.reported_at <= {query.param(known_by)}")
    if periods is not None:
        conditions.append(f"{bucket} = ANY({query.param(list(periods))}::date[])")
        # Implied by the test above, and said for the index on the day column.
        low, high = query.param(min(periods)), query.param(max(periods))
        conditions.append(
            f"t.{day} >= {low} AND t.{day} < {high}::date + interval '{_UNITS[unit]}'"
        )
    where = " AND ".join(f"({c})" for c in conditions)
    relation = query.table.relation(query.param(as_of) if as_of is not None else None)
    sql = (
        f"SELECT {bucket} AS period_start, {aggregate} AS value "  # noqa: S608
        f"FROM {relation} {joins} WHERE {where} GROUP BY 1"
    )
    return {r["period_start"]: r["value"] for r in await ctx.conn.fetch(sql, *query.args)}


async def latest_figures(
    ctx: Context, indicator_id: str, periods: Sequence[date] | None
) -> dict[tuple[date, date], Figure]:
    """(period start, end) → its newest vintage, for every period or those starting on ``periods``."""
    rows = await ctx.conn.fetch(_LATEST, indicator_id, None if periods is None else list(periods))
    return {
        (r["period_start"], r["period_end"]): Figure(
            r["id"], r["value"], r["vintage"], r["computed"]
        )
        for r in rows
    }


async def event_days(
    ctx: Context, ids: Sequence[str], versions: Sequence[int]
) -> dict[str, set[date]]:
    """Dataset → the start days of the given event versions and of the versions before them."""
    return await _changed_days(ctx, _EVENT_DAYS, ids, versions)


async def statement_days(
    ctx: Context, ids: Sequence[str], versions: Sequence[int]
) -> dict[str, set[date]]:
    """Dataset → the ``said_on`` days of the given statement versions and the versions before."""
    return await _changed_days(ctx, _STATEMENT_DAYS, ids, versions)


async def _changed_days(
    ctx: Context, sql: str, ids: Sequence[str], versions: Sequence[int]
) -> dict[str, set[date]]:
    days: dict[str, set[date]] = {}
    for r in await ctx.conn.fetch(sql, list(ids), list(versions)):
        days.setdefault(r["dataset"], set()).add(r["day"])
    return days


async def computed_indicators(
    ctx: Context, datasets: Sequence[str], over: str
) -> list[asyncpg.Record]:
    """The live indicators of ``datasets`` with a definition over ``over`` (events, statements)."""
    return list(await ctx.conn.fetch(_COMPUTED, list(datasets), over))


async def computed_indicators_by_id(ctx: Context, ids: Sequence[str]) -> list[asyncpg.Record]:
    """Those of ``ids`` that are live indicators with a definition, as they are now."""
    return list(await ctx.conn.fetch(_COMPUTED_BY_ID, list(ids)))


async def indicator_versions(
    ctx: Context, ids: Sequence[str], versions: Sequence[int]
) -> dict[tuple[str, int], asyncpg.Record]:
    """(id, version) → that version of the indicator, current or historical."""
    rows = await INDICATORS.versions(ctx, ids, versions)
    return {(r["id"], r["version"]): r for r in rows}


async def magnitude_recorded(ctx: Context, dataset: str, kind: str) -> bool:
    """Whether some event of ``dataset`` records a magnitude of ``kind``."""
    return bool(await ctx.conn.fetchval(_MAGNITUDE_RECORDED, dataset, kind))


_FIGURES = Records(OBSERVATIONS, "observation")


async def insert_figure(ctx: Context, values: dict[str, Any]) -> None:
    await _FIGURES.create(ctx, values)


async def revise_figure(ctx: Context, figure_id: str, value: float | None) -> None:
    """Today's vintage, recomputed again today: a new version of it (history keeps the old)."""

    async def revise(current: asyncpg.Record) -> dict[str, Any]:
        return {"value": value}

    await _FIGURES.update(ctx, figure_id, None, revise)

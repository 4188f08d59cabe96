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
    "Stale",
    "computed_indicators",
    "computed_indicators_by_id",
    "event_days",
    "indicator_versions",
    "insert_figure",
    "magnitude_recorded",
    "measure",
    "revise_figure",
    "stale_figures",
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

# The newest vintage of each period of the indicator ({indicator}), joined to the periods the
# GROUP BY ({measured}) found, keeping only those whose newest vintage is not the value the
# definition gives now: none when nothing changed. {periods} narrows the stored periods as the
# GROUP BY is narrowed; {unit} and {length} come from _UNITS; {indicator} and {no_events} are
# placeholders. The value now: none for a period that is not one of {unit} (an earlier
# frequency's), else the GROUP BY's, else {no_events} (0 for counts and sums).
_STALE = """
WITH measured AS ({measured}),
newest AS (
  SELECT DISTINCT ON (o.period_start, o.period_end)
         o.id, o.period_start, o.period_end, o.value, o.vintage, o.computed
  FROM observations o
  WHERE o.indicator_id = {indicator} AND o.deleted_at IS NULL{periods}
  ORDER BY o.period_start, o.period_end, o.vintage DESC
),
series AS (
  SELECT coalesce(n.period_start, m.period_start) AS period_start,
         coalesce(n.period_end, m.period_end) AS period_end,
         m.period_start IS NOT NULL AS measured, m.value AS measured_value,
         n.id, n.value, n.vintage, n.computed
  FROM (SELECT period_start, (period_start + interval '{length}' - interval '1 day')::date
               AS period_end, value
        FROM measured) m
  FULL JOIN newest n ON n.period_start = m.period_start AND n.period_end = m.period_end
)
SELECT s.* FROM series s
WHERE s.id IS NULL
   OR s.value IS DISTINCT FROM CASE
        WHEN date_trunc('{unit}', s.period_start::timestamp)::date <> s.period_start
          OR s.period_end <> (s.period_start + interval '{length}' - interval '1 day')::date
          THEN NULL
        WHEN s.measured THEN s.measured_value
        ELSE {no_events}::float8
      END
ORDER BY s.period_start, s.period_end
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


@dataclass(frozen=True, slots=True)
class Stale:
    """A period whose newest vintage is not what the definition gives now, or that has none.

    ``measured`` says whether the ``GROUP BY`` has a row for the period (``measured_value``
    is then its value); ``newest`` is the period's newest vintage, ``None`` if it has none.
    """

    period_start: date
    period_end: date
    measured: bool
    measured_value: float | None
    newest: Figure | None


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
    query, sql = _event_groups(filters, measure_name, magnitude, unit, periods, known_by, as_of)
    return await _fetch_groups(ctx, query, sql)


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
    query, sql = _statement_groups(filters, measure_name, unit, periods, known_by, as_of)
    return await _fetch_groups(ctx, query, sql)


async def stale_figures(
    ctx: Context,
    indicator_id: str,
    filters: EventFilters | StatementFilters,
    measure_name: str,
    magnitude: str | None,
    unit: str,
    periods: Sequence[date] | None,
    no_events: float | None,
) -> list[Stale]:
    """The periods of the indicator whose newest vintage differs from the measure now.

    One statement: the ``GROUP BY`` of :func:`measure` (or :func:`statement_measure`) joined
    to the newest vintage of each stored period (of ``periods`` only, if given). A period
    comes back if it has no stored figure yet (the ``GROUP BY`` has a row for it), if it is
    not a period of ``unit`` (an earlier frequency's: its value is to be none), or if its
    newest value is not the ``GROUP BY``'s value, or ``no_events`` where the ``GROUP BY`` has
    no row. Nothing comes back when nothing changed. In period order.
    """
    if isinstance(filters, StatementFilters):
        query, measured = _statement_groups(filters, measure_name, unit, periods, None, None)
    else:
        query, measured = _event_groups(filters, measure_name, magnitude, unit, periods, None, None)
    # The GROUP BY's values come first; the newest vintages' follow them.
    narrowed = (
        ""
        if periods is None
        else f" AND o.period_start = ANY({query.param(list(periods))}::date[])"
    )
    sql = _STALE.format(
        measured=measured,
        indicator=query.param(indicator_id),
        periods=narrowed,
        unit=unit,
        length=_UNITS[unit],
        no_events=query.param(no_events),
    )
    rows = await ctx.conn.fetch(sql, *query.args)
    return [
        Stale(
            r["period_start"],
            r["period_end"],
            r["measured"],
            r["measured_value"],
            None if r["id"] is None else Figure(r["id"], r["value"], r["vintage"], r["computed"]),
        )
        for r in rows
    ]


def _event_groups(
    filters: EventFilters,
    measure_name: str,
    magnitude: str | None,
    unit: str,
    periods: Sequence[date] | None,
    known_by: datetime | None,
    as_of: datetime | None,
) -> tuple[ListQuery, str]:
    query = ListQuery(EVENTS)
    apply_filters(query, filters)
    aggregate = _MEASURES[measure_name]
    if measure_name == "magnitude_sum":
        aggregate = aggregate.format(kind=query.param(magnitude))
    joins = _GOLDSTEIN if measure_name.startswith("goldstein") else ""
    sql = _per_period(
        query, "occurred_start", aggregate, joins, unit, periods, query.conditions,
        known_by, as_of,
    )  # fmt: skip
    return query, sql


def _statement_groups(
    filters: StatementFilters,
    measure_name: str,
    unit: str,
    periods: Sequence[date] | None,
    known_by: datetime | None,
    as_of: datetime | None,
) -> tuple[ListQuery, str]:
    query = ListQuery(STATEMENTS)
    apply_statement_filters(query, filters)
    conditions = [*query.conditions, *query.refine]
    sql = _per_period(
        query, "said_on", _STATEMENT_MEASURES[measure_name], "", unit, periods, conditions,
        known_by, as_of,
    )  # fmt: skip
    return query, sql


async def _fetch_groups(ctx: Context, query: ListQuery, sql: str) -> dict[date, float | None]:
    return {r["period_start"]: r["value"] for r in await ctx.conn.fetch(sql, *query.args)}


def _per_period(
    query: ListQuery,
    day: str,
    aggregate: str,
    joins: str,
    unit: str,
    periods: Sequence[date] | None,
    conditions: list[str],
    known_by: datetime | None,
    as_of: datetime | None,
) -> str:
    """The ``GROUP BY`` statement of ``aggregate`` per period of ``unit`` of the rows' ``day``
    column, under ``conditions``: of the rows reported by ``known_by`` (knowledge time), as
    recorded at ``as_of``. Its values are ``query.args``."""
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
    return (
        f"SELECT {bucket} AS period_start, {aggregate} AS value "  # noqa: S608
        f"FROM {relation} {joins} WHERE {where} GROUP BY 1"
    )


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

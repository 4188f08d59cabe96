"""SQL of observations: the table, vintage selection, threshold crossings, rows → wire types."""

from datetime import date, datetime
from typing import Any

import asyncpg
import msgspec

from watchfloor.context import Context
from watchfloor.persistence.store import ListQuery, Table
from watchfloor.resources.indicators.schemas import LEVELS, Observation, ObservationFilters
from watchfloor.wire import marked

__all__ = (
    "BY_PERIOD",
    "OBSERVATIONS",
    "ObservationFilters",
    "apply_filters",
    "find_figure",
    "has_hand_figures",
    "to_observation",
    "tombstone_series",
    "watch_thresholds",
)

OBSERVATIONS = Table(
    name="observations",
    columns=(
        "indicator_id",
        "period_start",
        "period_end",
        "period_label",
        "value",
        "low",
        "high",
        "vintage",
        "note",
        "citations",
        "grade",
        "computed",
    ),
)


BY_PERIOD = (
    ("t.period_start", False),
    ("t.period_end", False),
    ("t.vintage", False),
    ("t.id", False),
)
"""A series in time order; the vintages of one period oldest first; the id makes it total."""

BY_INDICATOR = "t.indicator_id = {}"
# Overlap with [period_from, period_to]: a figure for 2024 is in a window from 2024-07-01.
PERIOD_FROM = "t.period_end >= {}"
PERIOD_TO = "t.period_start <= {}"
PUBLISHED_BY = "t.vintage <= {}"
# "The newest vintage of each period" (bounded by a date for vintage=YYYY-MM-DD): no other
# figure of the same indicator and period, recorded at the same instant, is newer. `{newer}` is
# the observations relation (current, or as of the same instant as the outer one).
NO_NEWER_VINTAGE = (
    "NOT EXISTS (SELECT 1 FROM {newer} WHERE newer.indicator_id = t.indicator_id "
    "AND newer.period_start = t.period_start AND newer.period_end = t.period_end "
    "AND newer.deleted_at IS NULL AND newer.vintage > t.vintage{bound})"
)
NEWER_BOUND = " AND newer.vintage <= {}"
# The thresholds (jsonb, in the indicator's order) of the given levels that the figure reaches:
# `above` at or above it, `below` at or below it; a range reaches it with the end facing it.
# NULL when it reaches none, so the same expression both selects and filters.
CROSSED = (
    "(SELECT jsonb_agg(th ORDER BY n) FROM jsonb_array_elements({thresholds}::jsonb) "
    "WITH ORDINALITY AS x(th, n) WHERE th->>'level' = ANY({levels}::text[]) AND CASE "
    "WHEN th->>'direction' = 'above' THEN coalesce(t.value, t.high) >= (th->>'value')::float8 "
    "ELSE coalesce(t.value, t.low) <= (th->>'value')::float8 END)"
)

_FIGURE = """
SELECT id FROM observations
WHERE indicator_id = $1 AND period_start = $2 AND period_end = $3 AND vintage = $4
  AND deleted_at IS NULL
"""
_HAND_FIGURES = """
SELECT EXISTS (SELECT 1 FROM observations
               WHERE indicator_id = $1 AND deleted_at IS NULL AND NOT computed)
"""
_TOMBSTONE_SERIES = """
UPDATE observations SET deleted_at = now() WHERE indicator_id = $1 AND deleted_at IS NULL
"""


def apply_filters(query: ListQuery, filters: ObservationFilters, as_of: datetime | None) -> None:
    """Narrow ``query`` to one series, a period window and a choice of vintages."""
    query.where(BY_INDICATOR, filters.indicator_id)
    if filters.period_from is not None:
        query.where(PERIOD_FROM, filters.period_from)
    if filters.period_to is not None:
        query.where(PERIOD_TO, filters.period_to)
    if filters.vintage == "all":
        return
    bound = ""
    if filters.published_by is not None:
        query.where(PUBLISHED_BY, filters.published_by)
        bound = NEWER_BOUND.format(query.param(filters.published_by))
    as_of_param = query.param(as_of) if as_of is not None else None
    newer = OBSERVATIONS.relation(as_of_param, alias="newer")
    query.conditions.append(NO_NEWER_VINTAGE.format(newer=newer, bound=bound))


def watch_thresholds(query: ListQuery, thresholds: list[Any], min_level: str | None) -> None:
    """Keep only figures that reach a threshold; each row gets them in a ``crossed`` column."""
    levels = list(LEVELS[LEVELS.index(min_level) :] if min_level else LEVELS)
    crossed = CROSSED.format(thresholds=query.param(thresholds), levels=query.param(levels))
    query.computed["crossed"] = crossed
    query.conditions.append(f"{crossed} IS NOT NULL")


@marked
def to_observation(row: asyncpg.Record) -> Observation:
    return msgspec.convert(dict(row), Observation, strict=True)


async def find_figure(
    ctx: Context, indicator_id: str, start: date, end: date, vintage: date
) -> str | None:
    """The id of the live figure for this indicator, period and vintage, if there is one."""
    found: str | None = await ctx.conn.fetchval(_FIGURE, indicator_id, start, end, vintage)
    return found


async def has_hand_figures(ctx: Context, indicator_id: str) -> bool:
    """Whether the indicator has a live figure entered by hand (not computed)."""
    return bool(await ctx.conn.fetchval(_HAND_FIGURES, indicator_id))


async def tombstone_series(ctx: Context, indicator_id: str) -> None:
    """Tombstone every live figure of an indicator (each gets a version and a feed entry)."""
    await ctx.conn.execute(_TOMBSTONE_SERIES, indicator_id)

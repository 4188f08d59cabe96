"""SQL of forecasts: the table, its filters, rows → wire types, and the supersede chain."""

from typing import Any

import asyncpg
import msgspec

from watchfloor.context import Context
from watchfloor.persistence.store import BY_DATASET, ListQuery, Table
from watchfloor.resources.forecasts.schemas import Forecast, ForecastFilters
from watchfloor.wire import marked

__all__ = (
    "FORECASTS",
    "apply_filters",
    "current_forecast",
    "locked_question",
    "to_forecast",
)

FORECASTS = Table(
    name="forecasts",
    columns=(
        "question_id",
        "forecaster",
        "forecaster_kind",
        "key_name",
        "probability",
        "quantiles",
        "bins",
        "rationale",
        "evidence",
        "supersedes",
    ),
)

CONDITIONS = {
    "dataset": BY_DATASET,
    "question": "t.question_id = {}",
    "forecaster": "t.forecaster = {}",
    "forecaster_kind": "t.forecaster_kind = {}",
}
"""Filter → its condition, when given (``current``: below)."""

# The question a forecast is made on, locked so that two forecasts by one forecaster chain
# (the second sees the first as current) instead of both superseding the same one; with the
# transaction's instant, the forecast's `created_at`.
_LOCK_QUESTION = """
SELECT id, dataset, kind, state, opens_at, closes_at, quantile_levels, bins, deleted_at,
       now() AS now
FROM questions WHERE id = $1 FOR UPDATE
"""
_CURRENT = """
SELECT f.id FROM forecasts f
WHERE f.question_id = $1 AND f.forecaster = $2 AND f.deleted_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM forecasts s WHERE s.supersedes = f.id)
ORDER BY f.created_at DESC, f.id DESC LIMIT 1
"""


def apply_filters(query: ListQuery, filters: ForecastFilters) -> None:
    query.where_given(filters, CONDITIONS)
    if filters.current is not None:
        # The superseding forecast as recorded at the list's instant (as_of), like its rows.
        later = FORECASTS.relation(query._as_of_param, "s")
        negation = "NOT " if filters.current else ""
        query.where(f"{negation}EXISTS (SELECT 1 FROM {later} WHERE s.supersedes = t.id)")  # noqa: S608


@marked
def to_forecast(row: asyncpg.Record) -> Forecast:
    return msgspec.convert(dict(row), Forecast, strict=True)


async def locked_question(ctx: Context, question_id: str) -> asyncpg.Record | None:
    """The question (locked until the transaction ends) and ``now``; ``None`` if none."""
    row: Any = await ctx.conn.fetchrow(_LOCK_QUESTION, question_id)
    if row is None or row["deleted_at"] is not None or not ctx.may_see(row["dataset"]):
        return None
    return row  # type: ignore[no-any-return]


async def current_forecast(ctx: Context, question_id: str, forecaster: str) -> str | None:
    """The forecaster's forecast on the question that nothing supersedes yet."""
    found: str | None = await ctx.conn.fetchval(_CURRENT, question_id, forecaster)
    return found

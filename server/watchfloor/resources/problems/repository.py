"""SQL of warning problems: the table, its filters, and rows → wire types."""

import asyncpg
import msgspec

from watchfloor.context import Context
from watchfloor.persistence.store import BY_DATASET, ListQuery, Table
from watchfloor.resources.problems.schemas import ProblemFilters, WarningProblem
from watchfloor.wire import marked

__all__ = (
    "PROBLEMS",
    "ProblemFilters",
    "apply_filters",
    "indicator_datasets",
    "problems_watching",
    "to_problem",
)

PROBLEMS = Table(
    name="warning_problems",
    columns=(
        "name",
        "description",
        "owner",
        "actor_ids",
        "tags",
        "rules",
        "indicator_ids",
    ),
)

CONDITIONS = {
    "dataset": BY_DATASET,
    "indicator": "t.indicator_ids @> ARRAY[{}::text]",
    "actor": "t.actor_ids @> ARRAY[{}::text]",
    "tag": "t.tags @> ARRAY[{}::text]",
    # strpos, not LIKE: `%` and `_` are plain characters.
    "name": "strpos(lower(t.name), lower({})) > 0",
}
"""Filter → its condition, when given."""

_INDICATOR_DATASETS = """
SELECT id, dataset FROM indicators WHERE id = ANY($1::text[]) AND deleted_at IS NULL
"""
_WATCHING = """
SELECT id FROM warning_problems
WHERE indicator_ids && $1::text[] AND deleted_at IS NULL
"""


def apply_filters(query: ListQuery, filters: ProblemFilters) -> None:
    query.where_given(filters, CONDITIONS)


@marked
def to_problem(row: asyncpg.Record) -> WarningProblem:
    return msgspec.convert(dict(row), WarningProblem, strict=True)


async def indicator_datasets(ctx: Context, ids: list[str]) -> dict[str, str]:
    """Indicator id → its dataset, for the live indicators among ``ids``."""
    return {r["id"]: r["dataset"] for r in await ctx.conn.fetch(_INDICATOR_DATASETS, ids)}


async def problems_watching(ctx: Context, indicator_ids: list[str]) -> list[str]:
    """The live problems with a rule over any of ``indicator_ids``."""
    return [r["id"] for r in await ctx.conn.fetch(_WATCHING, indicator_ids)]

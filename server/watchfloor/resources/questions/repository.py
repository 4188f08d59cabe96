"""SQL of questions: the table, its filters, rows → wire types, the reads that measure a
question's criteria over its window and the worker's reads of due questions."""

from datetime import date, datetime
from typing import Any

import asyncpg
import msgspec

from watchfloor.context import Context
from watchfloor.persistence.store import BY_DATASET, ListQuery, Table
from watchfloor.resources.events.repository import EVENTS, EventFilters
from watchfloor.resources.events.repository import apply_filters as apply_event_filters
from watchfloor.resources.observations.repository import OBSERVATIONS
from watchfloor.resources.questions.schemas import Question, QuestionFilters
from watchfloor.resources.statements.repository import STATEMENTS, StatementFilters
from watchfloor.resources.statements.repository import apply_filters as apply_statement_filters
from watchfloor.wire import marked

__all__ = (
    "EVIDENCE_CAP",
    "QUESTIONS",
    "Counted",
    "apply_filters",
    "closing_due",
    "figures_in_window",
    "indicator_row",
    "measure_window",
    "now",
    "resolution_due",
    "resolved_questions",
    "to_question",
)

QUESTIONS = Table(
    name="questions",
    columns=(
        "title",
        "description",
        "kind",
        "tags",
        "opens_at",
        "closes_at",
        "resolves_at",
        "criteria",
        "judgment",
        "quantile_levels",
        "bins",
        "state",
        "resolution",
        "review",
        "annulled_reason",
    ),
)

CONDITIONS = {
    "dataset": BY_DATASET,
    "state": "t.state = {}",
    "kind": "t.kind = {}",
    "tag": "t.tags @> ARRAY[{}::text]",
    "indicator": "t.criteria ->> 'indicator_id' = {}",
    "resolves_from": "t.resolves_at >= {}",
    "resolves_to": "t.resolves_at <= {}",
}
"""Filter → its condition, when given."""

EVIDENCE_CAP = 100
"""Records listed as a resolution's evidence, newest first; the rest are counted in ``more``."""

_MEASURES = {
    "events": {"count": "count(*)::float8", "distinct_days": "count(DISTINCT t.occurred_start)::float8"},
    "statements": {"count": "count(*)::float8", "distinct_days": "count(DISTINCT t.said_on)::float8"},
}  # fmt: skip
_DAY = {"events": "occurred_start", "statements": "said_on"}

_INDICATOR = """
SELECT id, dataset, frequency, definition FROM indicators WHERE id = $1 AND deleted_at IS NULL
"""
# The newest vintage published by $4 of each period inside [$2, $3]; {relation} is the
# observations table (or its versions at an instant), from the Table declaration.
_FIGURES = """
SELECT DISTINCT ON (t.period_start, t.period_end) t.id, t.period_start, t.period_end, t.value
FROM {relation}
WHERE t.indicator_id = $1 AND t.deleted_at IS NULL
  AND t.period_start >= $2 AND t.period_end <= $3 AND t.vintage <= $4
ORDER BY t.period_start, t.period_end, t.vintage DESC, t.id DESC
"""
_CLOSING = """
SELECT id FROM questions
WHERE state = 'open' AND closes_at <= $1 AND deleted_at IS NULL
ORDER BY closes_at, id LIMIT $2
"""
_RESOLVING = """
SELECT id FROM questions
WHERE state IN ('open', 'closed') AND NOT judgment AND criteria IS NOT NULL
  AND resolves_at <= $1 AND deleted_at IS NULL
ORDER BY resolves_at, id LIMIT $2
"""
_RESOLVED = """
SELECT id, dataset, criteria FROM questions
WHERE dataset = ANY($1::text[]) AND state = 'resolved' AND NOT judgment
  AND criteria IS NOT NULL AND deleted_at IS NULL
  AND ($2::text[] IS NULL OR criteria ->> 'over' = ANY($2::text[])
       OR criteria ->> 'indicator_id' IS NOT NULL)
ORDER BY id
"""


def apply_filters(query: ListQuery, filters: QuestionFilters) -> None:
    query.where_given(filters, CONDITIONS)


@marked
def to_question(row: asyncpg.Record) -> Question:
    return msgspec.convert(dict(row), Question, strict=True)


class Counted(msgspec.Struct, frozen=True):
    """A measure over a window, and the ids of the records it counted (newest first)."""

    value: float
    ids: list[str]
    total: int


async def measure_window(
    ctx: Context,
    over: str,
    filters: EventFilters | StatementFilters,
    measure: str,
    start: date,
    end: date,
    *,
    known_by: datetime,
    as_of: datetime | None,
) -> Counted:
    """``measure`` over the events (by ``occurred_start``) or statements (by ``said_on``) the
    lists' ``filters`` select with their day in ``[start, end]``, of those reported by
    ``known_by`` as recorded at ``as_of``: one statement, with the newest ids counted."""
    if over == "events":
        assert isinstance(filters, EventFilters)
        query = ListQuery(EVENTS)
        apply_event_filters(query, filters)
        conditions = list(query.conditions)
    else:
        assert isinstance(filters, StatementFilters)
        query = ListQuery(STATEMENTS)
        apply_statement_filters(query, filters)
        conditions = [*query.conditions, *query.refine]
    day = _DAY[over]
    conditions.append(f"t.{day} >= {query.param(start)} AND t.{day} <= {query.param(end)}")
    conditions.append(f"t.reported_at <= {query.param(known_by)}")
    where = " AND ".join(f"({c})" for c in conditions)
    relation = query.table.relation(query.param(as_of) if as_of is not None else None)
    cap = query.param(EVIDENCE_CAP)
    sql = (
        f"SELECT {_MEASURES[over][measure]} AS value, count(*) AS total, "  # noqa: S608
        f"(array_agg(t.id ORDER BY t.{day} DESC, t.id DESC))[1:{cap}] AS ids "
        f"FROM {relation} WHERE {where}"
    )
    row = await ctx.conn.fetchrow(sql, *query.args)
    assert row is not None
    return Counted(float(row["value"]), list(row["ids"] or []), int(row["total"]))


async def indicator_row(ctx: Context, indicator_id: str) -> asyncpg.Record | None:
    """The live indicator (its dataset, frequency and definition), if there is one."""
    return await ctx.conn.fetchrow(_INDICATOR, indicator_id)


async def figures_in_window(
    ctx: Context,
    indicator_id: str,
    start: date,
    end: date,
    *,
    published_by: date,
    as_of: datetime | None,
) -> list[dict[str, Any]]:
    """The newest vintage published by ``published_by`` of each period inside ``[start, end]``,
    as recorded at ``as_of``, in period order."""
    args: list[Any] = [indicator_id, start, end, published_by]
    relation = OBSERVATIONS.relation(None)
    if as_of is not None:
        args.append(as_of)
        relation = OBSERVATIONS.relation("$5")
    rows = await ctx.conn.fetch(_FIGURES.format(relation=relation), *args)
    return [dict(r) for r in rows]


async def now(ctx: Context) -> datetime:
    """The transaction's instant: what ``created_at`` of the records it writes says."""
    found: datetime = await ctx.conn.fetchval("SELECT now()")
    return found


async def closing_due(ctx: Context, now: datetime, limit: int) -> list[str]:
    """Open questions whose ``closes_at`` has passed, soonest first."""
    return [r["id"] for r in await ctx.conn.fetch(_CLOSING, now, limit)]


async def resolution_due(ctx: Context, now: datetime, limit: int) -> list[str]:
    """Questions the worker resolves whose ``resolves_at`` has passed, soonest first."""
    return [r["id"] for r in await ctx.conn.fetch(_RESOLVING, now, limit)]


async def resolved_questions(
    ctx: Context, datasets: list[str], over: list[str] | None
) -> list[asyncpg.Record]:
    """The worker's resolved questions of ``datasets`` (id, criteria) whose answer changed data
    may move: those over ``over`` (events, statements) or over an indicator (``None``: all)."""
    return list(await ctx.conn.fetch(_RESOLVED, datasets, over))

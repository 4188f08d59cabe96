"""SQL of signposts: the table, its filters, the lookups its rules need and the worker's marks.

A signpost's computed state is stored as the worker wrote it; a ``known_by`` read derives the
state it had at that knowledge instant from the same row's ``steps``
(:mod:`watchfloor.resources.signposts.render`), and the list's ``status`` filter does the same
in SQL (:data:`_STATUS_AT`).
"""

from collections.abc import Sequence
from datetime import datetime

import asyncpg

from watchfloor.context import Context
from watchfloor.persistence.store import BY_DATASET, ListQuery, Table
from watchfloor.resources.signposts.schemas import SignpostFilters

__all__ = (
    "SIGNPOSTS",
    "SignpostFilters",
    "apply_filters",
    "due_signposts",
    "indicator_dataset",
    "mark_due",
    "problem_rules",
    "question_kind",
    "scenario_datasets",
    "signpost_row",
    "signposts_in_datasets",
    "signposts_of",
    "unmark",
)

SIGNPOSTS = Table(
    name="signposts",
    columns=(
        "name",
        "description",
        "scenario_ids",
        "tags",
        "condition",
        "problem_id",
        "indicator_id",
        "question_id",
        "status",
        "changed_at",
        "explanation",
        "value",
        "evidence",
        "retracted",
        "steps",
        "evaluated_at",
    ),
)

_STATUS_AT = (
    "coalesce((SELECT s ->> 'status' FROM jsonb_array_elements(t.steps) s "
    "WHERE (s ->> 'at')::timestamptz <= {} ORDER BY (s ->> 'at')::timestamptz DESC LIMIT 1), "
    "'not_seen') = {}"
)
"""The status a signpost had at a knowledge instant: its last step by then's (``not_seen``
before any), as ``schemas.step_at`` takes it."""

CONDITIONS = {
    "dataset": BY_DATASET,
    "scenario": "t.scenario_ids @> ARRAY[{}::text]",
    "kind": "t.condition ->> 'kind' = {}",
    "problem": "t.problem_id = {}",
    "indicator": "t.indicator_id = {}",
    "question": "t.question_id = {}",
    "tag": "t.tags @> ARRAY[{}::text]",
    # strpos, not LIKE: `%` and `_` are plain characters.
    "name": "strpos(lower(t.name), lower({})) > 0",
}
"""Filter → its condition, when given (``status`` depends on ``known_by``: below)."""

_SCENARIOS = "SELECT id, dataset FROM scenarios WHERE id = ANY($1::text[]) AND deleted_at IS NULL"
_PROBLEM = "SELECT dataset, rules FROM warning_problems WHERE id = $1 AND deleted_at IS NULL"
_INDICATOR = "SELECT dataset FROM indicators WHERE id = $1 AND deleted_at IS NULL"
_QUESTION = "SELECT dataset, kind FROM questions WHERE id = $1 AND deleted_at IS NULL"
_ROW = "SELECT * FROM signposts WHERE id = $1"
_OF_COLUMN = "SELECT id FROM signposts WHERE {column} = ANY($1::text[]) AND deleted_at IS NULL"
_OF_RECORDS = """
SELECT id FROM signposts
WHERE dataset = ANY($1::text[]) AND condition ->> 'kind' = $2 AND deleted_at IS NULL
"""
_ALERT_PROBLEMS = "SELECT DISTINCT problem_id FROM alerts WHERE id = ANY($1::text[])"
_OBSERVATION_INDICATORS = (
    "SELECT DISTINCT indicator_id FROM observations WHERE id = ANY($1::text[])"
)
_FORECAST_QUESTIONS = "SELECT DISTINCT question_id FROM forecasts WHERE id = ANY($1::text[])"
_MARK = """
INSERT INTO signpost_due (signpost_id, due_at) SELECT unnest($1::text[]), $2
ON CONFLICT (signpost_id) DO UPDATE SET due_at = least(signpost_due.due_at, excluded.due_at)
"""
_DUE = """
SELECT d.signpost_id, s.dataset FROM signpost_due d LEFT JOIN signposts s ON s.id = d.signpost_id
WHERE d.due_at <= $1 ORDER BY d.due_at, d.signpost_id LIMIT $2
"""
_IN_DATASETS = "SELECT id FROM signposts WHERE dataset = ANY($1::text[]) AND deleted_at IS NULL"
_UNMARK = "DELETE FROM signpost_due WHERE signpost_id = $1"
_RESCHEDULE = """
INSERT INTO signpost_due (signpost_id, due_at) VALUES ($1, $2)
ON CONFLICT (signpost_id) DO UPDATE SET due_at = excluded.due_at
"""


def apply_filters(query: ListQuery, filters: SignpostFilters) -> None:
    query.where_given(filters, CONDITIONS)
    if filters.status is None:
        return
    if filters.known_by is None:
        query.where("t.status = {}", filters.status)
    else:
        query.where(_STATUS_AT, filters.known_by, filters.status)


async def scenario_datasets(ctx: Context, ids: Sequence[str]) -> dict[str, str]:
    """Id → dataset of the live scenarios among ``ids``."""
    return {r["id"]: r["dataset"] for r in await ctx.conn.fetch(_SCENARIOS, list(ids))}


async def problem_rules(ctx: Context, problem_id: str) -> tuple[str, list[str]] | None:
    """A live warning problem's dataset and rule keys."""
    row = await ctx.conn.fetchrow(_PROBLEM, problem_id)
    if row is None:
        return None
    return row["dataset"], [str(r["key"]) for r in row["rules"]]


async def indicator_dataset(ctx: Context, indicator_id: str) -> str | None:
    row = await ctx.conn.fetchrow(_INDICATOR, indicator_id)
    return None if row is None else str(row["dataset"])


async def question_kind(ctx: Context, question_id: str) -> tuple[str, str] | None:
    """A live question's dataset and kind."""
    row = await ctx.conn.fetchrow(_QUESTION, question_id)
    return None if row is None else (row["dataset"], row["kind"])


async def signpost_row(ctx: Context, signpost_id: str) -> asyncpg.Record | None:
    """The current row (deleted ones too)."""
    return await ctx.conn.fetchrow(_ROW, signpost_id)


async def signposts_of(
    ctx: Context,
    *,
    alerts: Sequence[str] = (),
    problems: Sequence[str] = (),
    observations: Sequence[str] = (),
    indicators: Sequence[str] = (),
    forecasts: Sequence[str] = (),
    questions: Sequence[str] = (),
    events: Sequence[str] = (),
    statements: Sequence[str] = (),
) -> list[str]:
    """The live signposts whose condition reads these records: by their problem, indicator or
    question; ``events`` and ``statements`` are datasets (every such condition of them)."""
    conn = ctx.conn
    problems = list(problems)
    if alerts:
        problems += [r["problem_id"] for r in await conn.fetch(_ALERT_PROBLEMS, list(alerts))]
    indicators = list(indicators)
    if observations:
        rows = await conn.fetch(_OBSERVATION_INDICATORS, list(observations))
        indicators += [r["indicator_id"] for r in rows]
    questions = list(questions)
    if forecasts:
        questions += [
            r["question_id"] for r in await conn.fetch(_FORECAST_QUESTIONS, list(forecasts))
        ]
    found: list[str] = []
    for column, ids in (
        ("problem_id", problems),
        ("indicator_id", indicators),
        ("question_id", questions),
    ):
        if ids:
            # A column of the closed tuple above; values travel as $n. Reviewed for S608.
            sql = _OF_COLUMN.format(column=column)
            found += [r["id"] for r in await conn.fetch(sql, sorted(set(ids)))]
    for kind, datasets in (("events", events), ("statements", statements)):
        if datasets:
            rows = await conn.fetch(_OF_RECORDS, sorted(set(datasets)), kind)
            found += [r["id"] for r in rows]
    return found


async def mark_due(ctx: Context, signpost_ids: Sequence[str], at: datetime) -> None:
    """The signposts are to be evaluated again at ``at`` (or earlier, if already due then)."""
    if signpost_ids:
        await ctx.conn.execute(_MARK, sorted(set(signpost_ids)), at)


async def due_signposts(ctx: Context, now: datetime, limit: int) -> dict[str, str | None]:
    """Signpost id → its dataset (``None``: gone), for those due by ``now``, soonest first."""
    return {r["signpost_id"]: r["dataset"] for r in await ctx.conn.fetch(_DUE, now, limit)}


async def signposts_in_datasets(ctx: Context, datasets: Sequence[str]) -> list[str]:
    """Every live signpost of ``datasets``."""
    return [r["id"] for r in await ctx.conn.fetch(_IN_DATASETS, list(datasets))]


async def unmark(ctx: Context, signpost_id: str, next_due: datetime | None) -> None:
    """Done with the signpost: evaluate it next at ``next_due`` (``None``: only on a change)."""
    if next_due is None:
        await ctx.conn.execute(_UNMARK, signpost_id)
    else:
        await ctx.conn.execute(_RESCHEDULE, signpost_id, next_due)

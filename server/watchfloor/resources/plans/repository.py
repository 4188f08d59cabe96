"""SQL of contingency plans: the table, its filters, the checks of a write, the worker's reads.

Signposts are read here only through their table (``migrations/0081_signposts.sql``): a
signpost's ``steps`` are its status over knowledge time, what a trigger is evaluated over.
"""

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import asyncpg

from watchfloor.context import Context
from watchfloor.persistence.store import BY_DATASET, ListQuery, Table
from watchfloor.resources.plans.schemas import PlanFilters

__all__ = (
    "PLANS",
    "PlanFilters",
    "apply_filters",
    "dataset_plans",
    "due_plans",
    "mark_due",
    "plan_alerts",
    "plan_row",
    "plans_of_signposts",
    "problem_dataset",
    "reschedule",
    "signpost_datasets",
    "signpost_steps",
    "unmark",
)

PLANS = Table(
    name="plans",
    columns=(
        "name",
        "description",
        "problem_id",
        "owner",
        "tags",
        "branches",
        "signpost_ids",
        "evaluated_at",
        "armed_from",
    ),
)

_STATE_AT = (
    "coalesce((SELECT s ->> 'state' FROM jsonb_array_elements(b -> 'steps') s "
    "WHERE (s ->> 'at')::timestamptz <= {known_by} "
    "ORDER BY (s ->> 'at')::timestamptz DESC LIMIT 1), 'dormant')"
)
"""A branch ``b``'s state at a knowledge instant: its last step by then (as ``branches.
branch_at`` derives it)."""

CONDITIONS = {
    "dataset": BY_DATASET,
    "problem": "t.problem_id = {}",
    "signpost": "t.signpost_ids @> ARRAY[{}::text]",
    "tag": "t.tags @> ARRAY[{}::text]",
    # strpos, not LIKE: `%` and `_` are plain characters.
    "name": "strpos(lower(t.name), lower({})) > 0",
    "owner": (
        "(t.owner = {0} OR EXISTS (SELECT 1 FROM jsonb_array_elements(t.branches) o "
        "WHERE o -> 'owner' ->> 'role' = {0} OR o -> 'owner' ->> 'actor_id' = {0}))"
    ),
}
"""Filter → its condition, when given (``state`` depends on ``known_by``: below)."""

_PROBLEM = "SELECT dataset FROM warning_problems WHERE id = $1 AND deleted_at IS NULL"
_SIGNPOSTS = """
SELECT id, dataset FROM signposts WHERE id = ANY($1::text[]) AND deleted_at IS NULL
"""
_STEPS = """
SELECT id, steps FROM signposts WHERE id = ANY($1::text[]) AND deleted_at IS NULL
"""
_PLAN = "SELECT * FROM plans WHERE id = $1"
_PLAN_ALERTS = """
SELECT * FROM alerts WHERE plan_id = $1 AND deleted_at IS NULL ORDER BY opened_at, id
"""
_OF_SIGNPOSTS = """
SELECT id FROM plans WHERE signpost_ids && $1::text[] AND deleted_at IS NULL
"""
_MARK = """
INSERT INTO plan_due (plan_id, due_at) SELECT unnest($1::text[]), $2
ON CONFLICT (plan_id) DO UPDATE SET due_at = least(plan_due.due_at, excluded.due_at)
"""
_DUE = """
SELECT d.plan_id, p.dataset FROM plan_due d LEFT JOIN plans p ON p.id = d.plan_id
WHERE d.due_at <= $1 ORDER BY d.due_at, d.plan_id LIMIT $2
"""
_UNMARK = "DELETE FROM plan_due WHERE plan_id = $1"
_RESCHEDULE = """
INSERT INTO plan_due (plan_id, due_at) VALUES ($1, $2)
ON CONFLICT (plan_id) DO UPDATE SET due_at = excluded.due_at
"""


def apply_filters(query: ListQuery, filters: PlanFilters) -> None:
    conditions = dict(CONDITIONS)
    owner = conditions.pop("owner")
    query.where_given(filters, conditions)
    if filters.owner is not None:
        placeholder = query.param(filters.owner)
        query.where(owner.replace("{0}", placeholder))
    if filters.state is None:
        return
    if filters.known_by is None:
        query.where(
            "t.branches @> jsonb_build_array(jsonb_build_object('state', {}::text))", filters.state
        )
        return
    known_by = query.param(filters.known_by)
    state = query.param(filters.state)
    query.where(
        "EXISTS (SELECT 1 FROM jsonb_array_elements(t.branches) b "  # noqa: S608
        f"WHERE {_STATE_AT.format(known_by=f'{known_by}::timestamptz')} = {state})"
    )


async def problem_dataset(ctx: Context, problem_id: str) -> str | None:
    """The dataset of a live warning problem."""
    value = await ctx.conn.fetchval(_PROBLEM, problem_id)
    return None if value is None else str(value)


async def signpost_datasets(ctx: Context, ids: Sequence[str]) -> dict[str, str]:
    """Id → dataset of the live signposts of ``ids``."""
    return {r["id"]: r["dataset"] for r in await ctx.conn.fetch(_SIGNPOSTS, list(ids))}


async def signpost_steps(ctx: Context, ids: Sequence[str]) -> dict[str, Any]:
    """Id → steps (jsonb, as stored) of the live signposts of ``ids``."""
    return {r["id"]: r["steps"] for r in await ctx.conn.fetch(_STEPS, list(ids))}


async def plan_row(ctx: Context, plan_id: str) -> asyncpg.Record | None:
    """The current row of a plan, deleted or not."""
    return await ctx.conn.fetchrow(_PLAN, plan_id)


async def plan_alerts(ctx: Context, plan_id: str) -> list[asyncpg.Record]:
    """Every alert the plan's branches raised (withdrawn ones too), oldest opened first."""
    return list(await ctx.conn.fetch(_PLAN_ALERTS, plan_id))


async def plans_of_signposts(ctx: Context, signpost_ids: Sequence[str]) -> list[str]:
    return [r["id"] for r in await ctx.conn.fetch(_OF_SIGNPOSTS, list(signpost_ids))]


async def mark_due(ctx: Context, plan_ids: Sequence[str], at: datetime) -> None:
    """The plans are to be evaluated again at ``at`` (or earlier, if already due then)."""
    if plan_ids:
        await ctx.conn.execute(_MARK, sorted(set(plan_ids)), at)


async def due_plans(ctx: Context, now: datetime, limit: int) -> dict[str, str | None]:
    """Plan id → its dataset (``None``: gone), for those due by ``now``, soonest first."""
    return {r["plan_id"]: r["dataset"] for r in await ctx.conn.fetch(_DUE, now, limit)}


async def unmark(ctx: Context, plan_id: str) -> None:
    await ctx.conn.execute(_UNMARK, plan_id)


async def reschedule(ctx: Context, plan_id: str, at: datetime) -> None:
    """Evaluate the plan next at ``at``, even if it was due earlier."""
    await ctx.conn.execute(_RESCHEDULE, plan_id, at)


async def dataset_plans(ctx: Context, dataset: str, as_of: datetime | None) -> list[asyncpg.Record]:
    """Every live plan of ``dataset`` as recorded at ``as_of``, by name (1000 at most)."""
    args: list[Any] = [dataset] + ([] if as_of is None else [as_of])
    relation = PLANS.relation(None if as_of is None else "$2")
    # Declared columns; values travel as $n. Reviewed for S608.
    sql = (
        f"SELECT {PLANS.select_list} FROM {relation} "  # noqa: S608
        "WHERE t.dataset = $1 AND t.deleted_at IS NULL ORDER BY t.name, t.id LIMIT 1000"
    )
    return list(await ctx.conn.fetch(sql, *args))

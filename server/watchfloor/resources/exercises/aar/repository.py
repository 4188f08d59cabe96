"""SQL of the after-action report: an exercise's MSEL and actions, its play dataset's alerts
and questions, and the source dataset's questions they were copied from.

The caller's right to the report is checked by the service (controllers and evaluators);
these reads are the report's own, by exercise and dataset.
"""

import asyncpg

from watchfloor.context import Context
from watchfloor.resources.alerts.repository import ALERTS
from watchfloor.resources.questions.repository import QUESTIONS

__all__ = ("actions", "alerts", "injects", "questions", "source_questions")

_INJECTS = "SELECT * FROM injects WHERE exercise_id = $1 AND deleted_at IS NULL ORDER BY at, id"
_ACTIONS = (
    "SELECT * FROM exercise_actions WHERE exercise_id = $1 AND deleted_at IS NULL "
    "ORDER BY game_time, id"
)
_ALERTS = f"""
SELECT {ALERTS.select_list}, p.name AS problem_name
FROM alerts t LEFT JOIN warning_problems p ON p.id = t.problem_id
WHERE t.dataset = $1 AND t.deleted_at IS NULL AND NOT t.withdrawn
ORDER BY t.opened_at, t.id
"""  # noqa: S608 (declared columns only)
_QUESTIONS = f"""
SELECT {QUESTIONS.select_list} FROM questions t
WHERE t.dataset = $1 AND t.deleted_at IS NULL ORDER BY t.id
"""  # noqa: S608 (declared columns only)
# A play question's source question: the one whose copy it is (the exercise's id function,
# migrations/0089) or, failing that, the one with its external id.
_SOURCE_QUESTIONS = f"""
SELECT DISTINCT ON (q.id) q.id AS play_id, {QUESTIONS.select_list}
FROM questions q JOIN questions t
  ON t.dataset = $2 AND t.deleted_at IS NULL
 AND (wf_exercise_id(t.id, $1) = q.id
      OR (q.external_id IS NOT NULL AND t.external_id = q.external_id))
WHERE q.dataset = $1 AND q.deleted_at IS NULL
ORDER BY q.id, (wf_exercise_id(t.id, $1) = q.id) DESC, t.id
"""  # noqa: S608 (declared columns only)


async def injects(ctx: Context, exercise_id: str) -> list[asyncpg.Record]:
    """The exercise's injects (every state), by scheduled game time."""
    return list(await ctx.conn.fetch(_INJECTS, exercise_id))


async def actions(ctx: Context, exercise_id: str) -> list[asyncpg.Record]:
    """The exercise's actions, by game time."""
    return list(await ctx.conn.fetch(_ACTIONS, exercise_id))


async def alerts(ctx: Context, play: str) -> list[asyncpg.Record]:
    """The play dataset's alerts (not withdrawn), by opening, with their problem's name."""
    return list(await ctx.conn.fetch(_ALERTS, play))


async def questions(ctx: Context, play: str) -> list[asyncpg.Record]:
    """The play dataset's questions."""
    return list(await ctx.conn.fetch(_QUESTIONS, play))


async def source_questions(ctx: Context, play: str, source: str) -> dict[str, asyncpg.Record]:
    """Play question id → the source dataset's question it stands for, as it is now."""
    rows = await ctx.conn.fetch(_SOURCE_QUESTIONS, play, source)
    return {r["play_id"]: r for r in rows}

"""SQL of the signpost conditions over questions and forecasts: the rows they are judged from.

An indicator condition reads its facts through the warning worker's reads
(``watchfloor.warning.repository``), so it counts exactly what the computed figures count.
"""

from datetime import datetime

import asyncpg

from watchfloor.context import Context

__all__ = ("forecasts", "origin", "question")

# The first instant the dataset knew any record: index-only on (dataset, reported_at).
_ORIGIN = """
SELECT least(
    (SELECT min(reported_at) FROM events WHERE dataset = $1 AND deleted_at IS NULL),
    (SELECT min(reported_at) FROM statements WHERE dataset = $1 AND deleted_at IS NULL))
"""
_QUESTION = """
SELECT id, dataset, kind, state, closes_at, resolves_at, criteria, resolution
FROM questions WHERE id = $1 AND deleted_at IS NULL
"""
# A deleted forecast never counts; a superseded one is still its forecaster's view until the
# one superseding it was made.
_FORECASTS = """
SELECT id, forecaster, probability, created_at FROM forecasts
WHERE question_id = $1 AND deleted_at IS NULL AND probability IS NOT NULL
ORDER BY created_at, id
"""


async def question(ctx: Context, question_id: str) -> asyncpg.Record | None:
    """The live question, or ``None``."""
    return await ctx.conn.fetchrow(_QUESTION, question_id)


async def forecasts(ctx: Context, question_id: str) -> list[asyncpg.Record]:
    """The question's live probability forecasts, in the order they were made."""
    return list(await ctx.conn.fetch(_FORECASTS, question_id))


async def origin(ctx: Context, dataset: str) -> datetime | None:
    """The first instant the dataset knew any event or statement (``None``: none yet)."""
    value = await ctx.conn.fetchval(_ORIGIN, dataset)
    return value if isinstance(value, datetime) else None

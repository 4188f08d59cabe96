"""SQL of the scores: resolved questions and their forecasts, as recorded at ``as_of``.

Two statements for a question's scores, two for a leaderboard or a calibration report,
however many forecasts: the questions, then every forecast of them in the order made.
"""

from collections.abc import Sequence
from datetime import datetime

import asyncpg

from watchfloor.context import Context
from watchfloor.resources.forecasts.repository import FORECASTS
from watchfloor.resources.questions.repository import QUESTIONS

__all__ = ("forecasts_of", "question", "resolved_questions")


async def question(ctx: Context, question_id: str, as_of: datetime | None) -> asyncpg.Record | None:
    """The question as recorded at ``as_of`` (now if ``None``), if the caller may see it."""
    return await QUESTIONS.get(ctx, question_id, as_of)


async def resolved_questions(
    ctx: Context, dataset: str, kind: str | None, tag: str | None, as_of: datetime | None
) -> list[asyncpg.Record]:
    """Resolved (not annulled) questions of ``dataset`` at ``as_of``, of ``kind``, with ``tag``."""
    relation = QUESTIONS.relation("$4" if as_of is not None else None)
    sql = (
        f"SELECT {QUESTIONS.select_list} FROM {relation} "  # noqa: S608
        "WHERE t.dataset = $1 AND t.deleted_at IS NULL AND t.state = 'resolved' "
        "AND ($2::text IS NULL OR t.kind = $2) AND ($3::text IS NULL OR $3 = ANY(t.tags)) "
        "ORDER BY t.id"
    )
    args: list[object] = [dataset, kind, tag]
    if as_of is not None:
        args.append(as_of)
    return list(await ctx.conn.fetch(sql, *args))


async def forecasts_of(
    ctx: Context, dataset: str, question_ids: Sequence[str], as_of: datetime | None
) -> list[asyncpg.Record]:
    """Every forecast on the questions recorded by ``as_of``, by question, in the order made."""
    relation = FORECASTS.relation("$3" if as_of is not None else None)
    sql = (
        f"SELECT {FORECASTS.select_list} FROM {relation} "  # noqa: S608
        "WHERE t.dataset = $1 AND t.question_id = ANY($2::text[]) AND t.deleted_at IS NULL "
        "ORDER BY t.question_id, t.created_at, t.id"
    )
    args: list[object] = [dataset, list(question_ids)]
    if as_of is not None:
        args.append(as_of)
    return list(await ctx.conn.fetch(sql, *args))

"""SQL of questions: the table and rows → wire types."""

import asyncpg
import msgspec

from watchfloor.persistence.store import Table
from watchfloor.resources.questions.schemas import Question

__all__ = ("QUESTIONS", "to_question")

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


def to_question(row: asyncpg.Record) -> Question:
    return msgspec.convert(dict(row), Question, strict=True)

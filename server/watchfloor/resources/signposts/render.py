"""Rows of ``signposts`` → the wire type: as recorded, or as they stood at a knowledge instant."""

from datetime import datetime
from typing import Any

import asyncpg
import msgspec

from watchfloor.resources.signposts.repository import SIGNPOSTS
from watchfloor.resources.signposts.schemas import (
    Condition,
    Signpost,
    SignpostEvidence,
    SignpostStep,
    step_at,
)
from watchfloor.wire import marked

__all__ = ("to_signpost", "to_signpost_at")

_PLAIN = [
    f
    for f in Signpost.__struct_fields__
    if f in SIGNPOSTS.known_columns
    and f not in ("condition", "evidence", "retracted", "steps", "value")
]
"""The wire fields read from the row as they are."""


def _fields(row: asyncpg.Record) -> dict[str, Any]:
    fields = {k: row[k] for k in _PLAIN}
    fields.update(
        condition=msgspec.convert(row["condition"], Condition),
        retracted=msgspec.convert(row["retracted"], SignpostEvidence),
    )
    return fields


def _steps(row: asyncpg.Record) -> list[SignpostStep]:
    return msgspec.convert(row["steps"], list[SignpostStep])


@marked
def to_signpost(row: asyncpg.Record) -> Signpost:
    """The signpost as recorded."""
    value = row["value"]
    return Signpost(
        **_fields(row),
        value=None if value is None else float(value),
        evidence=msgspec.convert(row["evidence"], SignpostEvidence),
        steps=_steps(row),
    )


@marked
def to_signpost_at(row: asyncpg.Record, known_by: datetime) -> Signpost:
    """The signpost as it stood at the knowledge instant ``known_by``: its steps by then, and
    the status, explanation, value and evidence of the last of them (``not_seen`` before any)."""
    steps = [s for s in _steps(row) if s.at <= known_by]
    step = step_at(steps, known_by)
    fields = _fields(row)
    if step is None:
        fields.update(status="not_seen", changed_at=None, explanation="")
        return Signpost(**fields, value=None, evidence=SignpostEvidence(), steps=steps)
    fields.update(status=step.status, changed_at=step.at, explanation=step.explanation)
    return Signpost(**fields, value=step.value, evidence=step.evidence, steps=steps)

"""Rows of ``alerts`` → the wire type: as recorded, or as they stood at a knowledge instant."""

from datetime import datetime
from typing import Any

import asyncpg
import msgspec

from watchfloor.resources.alerts.repository import ALERTS
from watchfloor.resources.alerts.schemas import Alert, AlertStep, Evidence
from watchfloor.wire import marked

__all__ = ("to_alert", "to_alert_at")

_STORED = [f for f in Alert.__struct_fields__ if f in (*ALERTS.columns, *ALERTS.known_columns)]
"""The wire fields read from the row as they are."""


def _state(row: asyncpg.Record, closed: bool) -> str:
    if row["withdrawn"]:
        return "withdrawn"
    return "closed" if closed else "open"


def _render(row: asyncpg.Record, steps: list[AlertStep], state: str, closed_at: Any) -> Alert:
    latest = steps[-1] if steps else None
    fields = {k: row[k] for k in _STORED}
    fields.update(
        state=state,
        closed_at=closed_at,
        steps=steps,
        explanation=latest.explanation if latest else "",
        value=latest.value if latest else None,
        baseline=latest.baseline if latest else None,
        probability=latest.probability if latest else None,
        evidence=latest.evidence if latest else Evidence(),
    )
    return Alert(**fields)


def _steps(row: asyncpg.Record) -> list[AlertStep]:
    return msgspec.convert(row["steps"], list[AlertStep])


@marked
def to_alert(row: asyncpg.Record) -> Alert:
    """The alert as recorded."""
    closed = row["closed_at"] is not None
    return _render(row, _steps(row), _state(row, closed), row["closed_at"])


@marked
def to_alert_at(row: asyncpg.Record, known_by: datetime) -> Alert:
    """The alert as it stood at the knowledge instant ``known_by``: its steps by then, open
    unless it had closed by then."""
    steps = [s for s in _steps(row) if s.at <= known_by]
    closed = row["closed_at"] is not None and row["closed_at"] <= known_by
    return _render(row, steps, _state(row, closed), row["closed_at"] if closed else None)

"""Rows of ``plans`` → the wire type: as recorded, or as they stood at a knowledge instant."""

from datetime import datetime

import asyncpg
import msgspec

from watchfloor.planning.branches import branch_at
from watchfloor.resources.plans.schemas import Branch, Plan
from watchfloor.wire import marked

__all__ = ("branches_of", "to_plan", "to_plan_at")


def branches_of(row: asyncpg.Record) -> list[Branch]:
    return msgspec.convert(row["branches"], list[Branch])


@marked
def to_plan(row: asyncpg.Record) -> Plan:
    """The plan as recorded."""
    return msgspec.convert(dict(row), Plan, strict=True)


@marked
def to_plan_at(row: asyncpg.Record, known_by: datetime) -> Plan:
    """The plan with each branch as it stood at the knowledge instant ``known_by``."""
    plan = to_plan(row)
    return msgspec.structs.replace(plan, branches=[branch_at(b, known_by) for b in plan.branches])

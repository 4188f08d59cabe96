"""Signposts with a given status over knowledge time, for the plans' tests.

A plan's branches fire from its signposts' ``steps``. These helpers make a real signpost through
the resource's import path (``SignpostImport``: what an exported signpost restores, the
worker's state with it) and give it new steps as a new version, as the signposts worker writes
them — so a plan's test can set the exact instants it reasons about. The signposts worker does
not run in those tests; ``test_plans_end_to_end.py`` lights signposts from real events with it.
"""

from collections.abc import Sequence
from datetime import datetime
from typing import Any
from uuid import uuid4

import asyncpg
import msgspec
from watchfloor.context import Context
from watchfloor.registry import RESOURCES

_UPDATE = """
UPDATE signposts SET status = coalesce($2, 'not_seen'), changed_at = $3, steps = $4,
    evaluated_at = now()
WHERE id = $1
"""
_CONDITION = {"kind": "events", "window": {"days": 30}, "count": 1, "filters": {}}


def step(at: str, status: str) -> dict[str, Any]:
    """One step as the signposts worker writes it."""
    return {
        "at": at,
        "status": status,
        "explanation": f"{status} at {at}",
        "value": None,
        "evidence": {"alerts": [], "events": [], "statements": [], "observations": [],
                     "questions": [], "forecasts": [], "more": 0},
    }  # fmt: skip


def _newest(steps: Sequence[dict[str, Any]]) -> tuple[str | None, str | None]:
    return (steps[-1]["status"], steps[-1]["at"]) if steps else (None, None)


async def signpost(
    db: asyncpg.Connection,
    dataset: str,
    steps: Sequence[dict[str, Any]] = (),
    *,
    name: str = "Signpost",
) -> str:
    """A signpost of ``dataset`` whose status over knowledge time is ``steps``."""
    status, changed = _newest(steps)
    body = {
        "name": name,
        "condition": _CONDITION,
        "status": status or "not_seen",
        "changed_at": changed,
        "steps": list(steps),
        "dataset": dataset,
        "external_id": f"signpost-{uuid4().hex}",
    }
    resource = RESOURCES["signpost"]
    row = await resource.create(
        Context.unrestricted(db), msgspec.convert(body, resource.create_type)
    )
    return str(row["id"])


async def set_steps(
    db: asyncpg.Connection, signpost_id: str, steps: Sequence[dict[str, Any]]
) -> None:
    """A new version of the signpost with ``steps``, as the signposts worker writes one."""
    status, changed = _newest(steps)
    await db.execute(_UPDATE, signpost_id, status, _instant(changed), list(steps))


def _instant(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)

"""Signposts written as rows, standing for the signposts worker's output until it lands.

The signposts branch (its routes, its worker, its registration as a resource) lands after the
plans; until then a plan's tests write the ``signposts`` rows of ``migrations/0081_signposts.sql``
with SQL, ``steps`` and all, as that worker would. The integrator switches these tests to real
signposts (``POST /v1/signposts`` and the worker lighting them).

Until the signpost is a registered resource the change feed cannot render one, so a row that
must stay out of ``/v1/changes`` is written without its feed entry (:func:`signpost`, ``logged``
false), and the entries of logged writes (which the plans worker must see) are removed again by
:func:`forget_feed_entries` when the test ends.
"""

from collections.abc import Sequence
from datetime import datetime
from typing import Any
from uuid import uuid4

import asyncpg

_INSERT = """
INSERT INTO signposts (id, dataset, name, condition, status, changed_at, steps)
VALUES ($1, $2, $3, $4, coalesce($5, 'not_seen'), $6, $7)
"""
_UPDATE = "UPDATE signposts SET status = coalesce($2, 'not_seen'), changed_at = $3, steps = $4 WHERE id = $1"
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
    logged: bool = False,
) -> str:
    """A signpost row with ``steps``; with its feed entry only when ``logged``."""
    signpost_id = f"sgp_{uuid4().hex}"
    status, changed = _newest(steps)
    args = (signpost_id, dataset, name, _CONDITION, status, _instant(changed), list(steps))
    async with db.transaction():
        if not logged:
            await db.execute("SET LOCAL session_replication_role = replica")
        await db.execute(_INSERT, *args)
        # Inside a caller's transaction this is a savepoint, and SET LOCAL would outlive it.
        await db.execute("SET LOCAL session_replication_role = origin")
    return signpost_id


async def set_steps(
    db: asyncpg.Connection, signpost_id: str, steps: Sequence[dict[str, Any]]
) -> None:
    """A new version of the signpost with ``steps`` (and its feed entry, for the worker)."""
    status, changed = _newest(steps)
    await db.execute(_UPDATE, signpost_id, status, _instant(changed), list(steps))


async def forget_feed_entries(db: asyncpg.Connection) -> None:
    """Remove the feed entries of signposts (the feed cannot render them yet)."""
    await db.execute("DELETE FROM changes WHERE resource = 'signpost'")


def _instant(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)

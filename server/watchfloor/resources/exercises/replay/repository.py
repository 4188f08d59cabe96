"""SQL of replays: the history of the source dataset after the start, each record as first
known, the remapping of its references, and the sources its records cite.

A record is replayed when it is **not** in the copied starting world (``copy_world`` in
``resources/exercises/repository.py``): for events and statements its current ``reported_at``
is after the start, for hand-entered observations its ``vintage`` is after the start's day.
Its **first knowledge instant** is the earliest knowledge time any of its versions states
(``reported_at`` of each version: ``docs/knowledge-time.md``), never before the start; the
body replayed is the **earliest version** known by that instant, so a revision made later
(a corrected apogee, a retraction) never leaks into the game.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import asyncpg
import msgspec

from watchfloor.persistence.store import Table
from watchfloor.resources.events.repository import EVENTS
from watchfloor.resources.exercises.repository import _COLUMNS, _copied
from watchfloor.resources.observations.repository import OBSERVATIONS
from watchfloor.resources.statements.repository import STATEMENTS

__all__ = ("HISTORIES", "History", "copy_missing", "first_known", "remap")


@dataclass(frozen=True)
class History:
    """One kind of record replayed: its table, its knowledge instant, which rows count."""

    kind: str
    table: Table
    known: str
    """The knowledge instant of a row aliased ``{a}``."""
    eligible: str = "true"
    """What a current row ``{a}`` must be to be replayed (beyond dataset and knowledge)."""

    def at(self, alias: str) -> str:
        return self.known.format(a=alias)


HISTORIES: dict[str, History] = {
    "event": History("event", EVENTS, "{a}.reported_at"),
    "statement": History("statement", STATEMENTS, "{a}.reported_at"),
    # A figure is known from the start of its vintage's day (UTC), as the copy counts it;
    # computed figures the worker computes again in the play dataset.
    "observation": History(
        "observation",
        OBSERVATIONS,
        "({a}.vintage::timestamp AT TIME ZONE 'UTC')",
        "NOT {a}.computed",
    ),
}


def _first_known_sql(history: History) -> str:
    name = history.table.name
    eligible = history.eligible.format(a="c")
    # Identifiers and expressions from HISTORIES (code), values as $n: reviewed for S608.
    return f"""
WITH current_rows AS (
    SELECT c.id, c.version FROM {name} c
    WHERE c.dataset = $1 AND c.deleted_at IS NULL AND {eligible} AND {history.at("c")} > $2
), versions AS (
    -- Only versions known by `until` can be first known by it, or be the body played.
    SELECT * FROM (
        SELECT * FROM {name} WHERE id IN (SELECT id FROM current_rows)
        UNION ALL SELECT * FROM {name}_history WHERE id IN (SELECT id FROM current_rows)
    ) a WHERE a.deleted_at IS NULL AND ($3::timestamptz IS NULL OR {history.at("a")} <= $3)
), firsts AS (
    SELECT v.id, min({history.at("v")}) AS first_at, max(c.version) AS last_version
    FROM versions v JOIN current_rows c ON c.id = v.id GROUP BY v.id
)
SELECT * FROM (
    SELECT DISTINCT ON (t.id) {history.table.select_list},
        greatest(f.first_at, $2::timestamptz) AS replay_at,
        f.first_at <= $2::timestamptz AS replay_at_start,
        f.last_version AS replay_last_version
    FROM versions t JOIN firsts f ON f.id = t.id
    WHERE t.deleted_at IS NULL AND {history.at("t")} <= greatest(f.first_at, $2::timestamptz)
      AND ($3::timestamptz IS NULL OR greatest(f.first_at, $2::timestamptz) <= $3)
    ORDER BY t.id, t.version
) r ORDER BY r.replay_at, r.id LIMIT $4
"""  # noqa: S608


async def first_known(
    conn: asyncpg.Connection,
    history: History,
    source: str,
    start: datetime,
    until: datetime | None,
    limit: int,
) -> list[asyncpg.Record]:
    """The records of ``history``'s kind in ``source`` first known after ``start`` (and by
    ``until``), each as its earliest version known then, with ``replay_at`` (the knowledge
    instant), ``replay_at_start`` and ``replay_last_version``; at most ``limit``, earliest
    first."""
    return list(await conn.fetch(_first_known_sql(history), source, start, until, limit))


_REMAP = "SELECT wf_exercise_json($1::text::jsonb, $2)::text"


async def remap(conn: asyncpg.Connection, bodies: list[Any], play: str) -> list[Any]:
    """``bodies`` with every id of a record of the source rewritten to its copy's id in
    ``play``, as the copy of the world rewrites its references (``wf_exercise_json``)."""
    if not bodies:
        return []
    done = await conn.fetchval(_REMAP, msgspec.json.encode(bodies).decode(), play)
    return list(msgspec.json.decode(done))


async def copy_missing(
    conn: asyncpg.Connection, table: str, source: str, target: str, ids: Sequence[str]
) -> int:
    """Copy the records ``ids`` of ``table`` from ``source`` into ``target`` as the world's copy
    does, those not copied already; how many were."""
    if not ids:
        return 0
    columns = [(r["column_name"], r["udt_name"]) for r in await conn.fetch(_COLUMNS, table)]
    names = ", ".join(c for c, _ in columns)
    values = ", ".join(_copied(c, u) for c, u in columns)
    # Identifiers from the catalog (code), values as $n: reviewed for S608.
    sql = (
        f"INSERT INTO {table} ({names}) SELECT {values} FROM {table} s "  # noqa: S608
        "WHERE s.dataset = $1 AND s.deleted_at IS NULL AND s.id = ANY($3::text[]) "
        f"AND NOT EXISTS (SELECT 1 FROM {table} d WHERE d.id = wf_exercise_id(s.id, $2))"
    )
    status = await conn.execute(sql, source, target, list(ids))
    return int(status.rsplit(" ", 1)[-1])

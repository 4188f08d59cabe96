"""SQL of exercises: the three tables, the copy of the starting world, the due injects.

The starting world is copied with one ``INSERT … SELECT`` per table (:func:`copy_world`),
built from the table's columns in the catalog: every id and every reference to a copied record
(a column, an array, anywhere in a jsonb document) is rewritten by ``wf_exercise_id``
(migrations/0089_exercises.sql), so the copy is a consistent world of its own and the source
rows are only read.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import asyncpg
import msgspec

from watchfloor.context import Context
from watchfloor.persistence.store import BY_DATASET, ListQuery, Table
from watchfloor.resources.exercises.schemas import (
    Exercise,
    ExerciseAction,
    ExerciseActionFilters,
    ExerciseFilters,
    Inject,
    InjectFilters,
)
from watchfloor.wire import marked

__all__ = (
    "ACTIONS",
    "EXERCISES",
    "INJECTS",
    "WORLD",
    "CopyTable",
    "apply_action_filters",
    "apply_exercise_filters",
    "apply_inject_filters",
    "copy_world",
    "dataset_clocks",
    "dataset_kinds",
    "due_injects",
    "exercise_of_inject",
    "to_action",
    "to_exercise",
    "to_inject",
    "tombstone_dataset",
)

_CLOCK = ("state", "speed", "wall", "game", "started_at", "ended_at")

EXERCISES = Table(
    name="exercises",
    columns=(
        "name",
        "description",
        "source_dataset",
        "control_dataset",
        "start_known_by",
        "participants",
        *(f"clock_{c}" for c in _CLOCK),
        # The scripted truth (0091): read by the after-action report, never rendered.
        "truth",
    ),
)
INJECTS = Table(
    name="injects",
    columns=(
        "exercise_id",
        "at",
        "kind",
        "title",
        "record",
        "expected_actions",
        "capability",
        "state",
        "released_at",
        "released_game_time",
        "released_record_id",
    ),
)
ACTIONS = Table(
    name="exercise_actions",
    columns=(
        "exercise_id",
        "participant",
        "role",
        "kind",
        "text",
        "inject_id",
        "game_time",
        "wall_time",
        # Observations and improvement-plan rows (0091).
        "assessment",
        "capability",
        "analysis",
        "improvement",
    ),
)


@dataclass(frozen=True)
class CopyTable:
    """One table of the starting world and which of its rows were known by the start."""

    name: str
    known: str
    """The condition on the source row ``s`` (``$3``: the knowledge instant)."""


WORLD: Sequence[CopyTable] = (
    CopyTable("actors", "true"),
    CopyTable("sources", "(s.published_at IS NULL OR s.published_at <= $3)"),
    CopyTable("facilities", "true"),
    CopyTable("weapons", "true"),
    CopyTable("events", "s.reported_at <= $3"),
    CopyTable("statements", "s.reported_at <= $3"),
    CopyTable("indicators", "true"),
    # Hand-entered figures published by the start; computed ones the worker computes again
    # in the exercise dataset from the copied events and statements.
    CopyTable("observations", "NOT s.computed AND s.vintage <= ($3 AT TIME ZONE 'UTC')::date"),
    CopyTable("warning_problems", "true"),
)
"""What the starting world is, in the order copied (observations after their indicators)."""

_COLUMNS = """
SELECT column_name, udt_name FROM information_schema.columns
WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER'
ORDER BY ordinal_position
"""
_FIXED = {
    "id": "wf_exercise_id(s.id, $2)",
    "dataset": "$2",
    "version": "1",
    "created_at": "now()",
    "updated_at": "now()",
    "deleted_at": "NULL",
    "sys_period": "tstzrange(now(), NULL, '[)')",
}


def _copied(column: str, udt: str) -> str:
    if column in _FIXED:
        return _FIXED[column]
    if column == "external_id":
        return "s.external_id"
    if udt == "text":
        return f"wf_exercise_id(s.{column}, $2)"
    if udt == "_text":
        return f"wf_exercise_ids(s.{column}, $2)"
    if udt == "jsonb":
        return f"wf_exercise_json(s.{column}, $2)"
    return f"s.{column}"


async def copy_world(
    conn: asyncpg.Connection, source: str, target: str, known_by: datetime
) -> dict[str, int]:
    """Copy ``source``'s current records known by ``known_by`` into ``target``: one
    ``INSERT … SELECT`` per table. Rows per table copied."""
    counts: dict[str, int] = {}
    for table in WORLD:
        columns = [
            (r["column_name"], r["udt_name"]) for r in await conn.fetch(_COLUMNS, table.name)
        ]
        names = ", ".join(c for c, _ in columns)
        values = ", ".join(_copied(c, u) for c, u in columns)
        # Identifiers from the catalog and WORLD (code), values as $n: reviewed for S608.
        sql = (
            f"INSERT INTO {table.name} ({names}) SELECT {values} FROM {table.name} s "  # noqa: S608
            f"WHERE s.dataset = $1 AND s.deleted_at IS NULL AND {table.known} "
            # Every statement takes the instant, used or not.
            "AND $3::timestamptz IS NOT NULL"
        )
        status = await conn.execute(sql, source, target, known_by)
        counts[table.name] = int(status.rsplit(" ", 1)[-1])
    return counts


async def tombstone_dataset(
    conn: asyncpg.Connection, tables: Sequence[str], dataset: str, keep: str
) -> int:
    """Tombstone every live record of ``dataset`` in ``tables`` but the record ``keep``: one
    ``UPDATE`` per table, each row a new version (history and the change feed keep them)."""
    done = 0
    for table in tables:
        # Table names from the registry (code), values as $n: reviewed for S608.
        status = await conn.execute(
            f"UPDATE {table} SET deleted_at = now() "  # noqa: S608
            "WHERE dataset = $1 AND deleted_at IS NULL AND id <> $2",
            dataset,
            keep,
        )
        done += int(status.rsplit(" ", 1)[-1])
    return done


_KINDS = "SELECT name, kind FROM datasets WHERE name = ANY($1::text[])"


async def dataset_kinds(conn: asyncpg.Connection, names: Sequence[str]) -> dict[str, str]:
    """The kind of each of the named datasets that exists."""
    return {r["name"]: r["kind"] for r in await conn.fetch(_KINDS, list(names))}


_GAME_NOW = (
    "CASE WHEN e.clock_state = 'running' "
    "THEN e.clock_game + ($1::timestamptz - e.clock_wall) * e.clock_speed "
    "ELSE e.clock_game END"
)
_DUE = f"""
SELECT i.id, i.exercise_id, i.at FROM injects i JOIN exercises e ON e.id = i.exercise_id
WHERE i.state = 'scheduled' AND i.deleted_at IS NULL AND e.deleted_at IS NULL
  AND e.clock_state IN ('running', 'paused') AND i.at <= {_GAME_NOW}
ORDER BY i.at, i.id LIMIT $2
FOR UPDATE OF i SKIP LOCKED
"""  # noqa: S608 (constants only)


# The exercise of each play dataset (kind `exercise`: an exercise record an import restored
# into another dataset never puts it on game time); a live exercise before a tombstoned one.
_CLOCKS = """
SELECT DISTINCT ON (e.dataset) e.dataset, e.clock_state, e.clock_speed, e.clock_wall,
       e.clock_game
FROM exercises e JOIN datasets d ON d.name = e.dataset AND d.kind = 'exercise'
WHERE e.dataset = ANY($1::text[])
ORDER BY e.dataset, e.deleted_at IS NOT NULL, e.id
"""


async def dataset_clocks(ctx: Context, datasets: Sequence[str]) -> dict[str, asyncpg.Record]:
    """Dataset → the clock columns of the exercise played in it, for those of ``datasets``
    that are an exercise's play dataset."""
    return {r["dataset"]: r for r in await ctx.conn.fetch(_CLOCKS, list(datasets))}


async def due_injects(ctx: Context, now: datetime, limit: int) -> list[asyncpg.Record]:
    """Scheduled injects whose game time the clock has reached at wall time ``now``, locked
    (another worker skips them), earliest first."""
    return list(await ctx.conn.fetch(_DUE, now, limit))


_EXERCISE_OF = "SELECT * FROM exercises WHERE id = $1"


async def exercise_of_inject(ctx: Context, exercise_id: str) -> asyncpg.Record | None:
    """The exercise row, whatever the caller may see (the worker's and the services' own read)."""
    return await ctx.conn.fetchrow(_EXERCISE_OF, exercise_id)


def apply_exercise_filters(query: ListQuery, filters: ExerciseFilters) -> None:
    """Without ``dataset``: the exercises of every dataset the caller holds (the store
    confines every list to those)."""
    if filters.dataset is not None:
        query.where(BY_DATASET, filters.dataset)
    if filters.state is not None:
        query.where("t.clock_state = {}", filters.state)


def apply_inject_filters(query: ListQuery, filters: InjectFilters) -> None:
    query.where("t.exercise_id = {}", filters.exercise)
    if filters.state is not None:
        query.where("t.state = {}", filters.state)
    if filters.released_only:
        query.where("t.state = 'released'")
    if filters.to is not None:
        query.where(
            "(t.kind <> 'message' OR jsonb_array_length(coalesce(t.record -> 'to', '[]')) = 0 "
            "OR t.record -> 'to' ? {})",
            filters.to,
        )


def apply_action_filters(query: ListQuery, filters: ExerciseActionFilters) -> None:
    query.where("t.exercise_id = {}", filters.exercise)
    if filters.participant is not None:
        query.where("t.participant = {}", filters.participant)


@marked
def to_exercise(row: asyncpg.Record) -> Exercise:
    fields: dict[str, Any] = {k: row[k] for k in Exercise.__struct_fields__ if k in row}
    fields["clock"] = {c: row[f"clock_{c}"] for c in _CLOCK}
    return msgspec.convert(fields, Exercise, strict=False)


@marked
def to_inject(row: asyncpg.Record) -> Inject:
    return msgspec.convert(dict(row), Inject, strict=False)


@marked
def to_action(row: asyncpg.Record) -> ExerciseAction:
    return msgspec.convert(dict(row), ExerciseAction, strict=False)

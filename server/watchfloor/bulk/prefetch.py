"""What a batch's rows name, looked up before they run: a few queries instead of ~10 a row.

* the batch's own records, by ``external_id``: one query per resource (created, updated or
  unchanged is then decided without asking again);
* its ``@external_id`` references: one query per resource they point at;
* the records its rows name by id (an event's actors, sources, weapons, facility): one call
  per resource of the very check the services run, with every id of the batch, so the memo
  (:mod:`watchfloor.memo`) knows the answers before the first row asks.
"""

from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import asyncpg

from watchfloor.bulk import repository as repo
from watchfloor.bulk.references import sendable
from watchfloor.bulk.upsert import RowWriter
from watchfloor.citations import source_reliability
from watchfloor.resources.actors.repository import missing_actor_ids
from watchfloor.resources.reference.repository import missing_facility_ids, missing_weapon_ids

__all__ = ("CHECKS", "prefetch")

CHECKS: dict[str, Callable[[asyncpg.Connection, list[str]], Awaitable[object]]] = {
    "actor": missing_actor_ids,
    "source": source_reliability,
    "weapon": missing_weapon_ids,
    "facility": missing_facility_ids,
}
"""Per resource, the memoised check the services run on an id that names one."""

Key = tuple[str, str]


async def prefetch(writer: RowWriter, records: Sequence[dict[str, Any]]) -> None:
    """Fill ``writer.stored`` and its references, and warm the active memo, for ``records``."""
    own: dict[str, list[str]] = {}
    named: dict[Key, None] = {}
    for record in records:
        name = record.get("resource")
        resource = writer.resources.get(name) if isinstance(name, str) else None
        external_id = record.get("external_id")
        if resource is None or not isinstance(external_id, str) or not sendable(external_id):
            continue
        own.setdefault(resource.name, []).append(external_id)
        named.update(dict.fromkeys(writer.references.values(record, resource.references)))
    writer.stored = {}
    for name, external_ids in own.items():
        table = writer.resources[name].table
        stored = await repo.find_by_external_ids(writer.conn, table, writer.dataset, external_ids)
        writer.stored.update({(name, e): row for e, row in stored.items()})
    wanted = [
        (target, value[1:])
        for target, value in named
        if value.startswith("@")
        and sendable(value)
        and not writer.references.known(target, value[1:])
    ]
    found = await _references(writer, wanted)
    writer.references.prefetch(wanted, found)
    await _warm(writer, named)


async def _references(writer: RowWriter, wanted: list[Key]) -> dict[Key, str]:
    found: dict[Key, str] = {}
    for target in dict.fromkeys(t for t, _ in wanted):
        if target not in writer.resources:
            continue
        table = writer.resources[target].table
        external_ids = [e for t, e in wanted if t == target]
        ids = await repo.live_ids_by_external_ids(writer.conn, table, writer.dataset, external_ids)
        found.update({(target, e): i for e, i in ids.items()})
    return found


async def _warm(writer: RowWriter, named: dict[Key, None]) -> None:
    ids: dict[str, list[str]] = {}
    for target, value in named:
        if target not in CHECKS:
            continue
        record_id = writer.references.known(target, value[1:]) if value[:1] == "@" else value
        if record_id is not None and sendable(record_id):
            ids.setdefault(target, []).append(record_id)
    for target, wanted in ids.items():
        await CHECKS[target](writer.conn, wanted)

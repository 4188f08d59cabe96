"""What a batch's rows name, looked up before they run: a few queries instead of ~10 a row.

* the batch's own records, by ``external_id``: one query per resource (created, updated or
  unchanged is then decided without asking again);
* the stored records it will write, locked together (``FOR UPDATE``, in id order) and held
  in the memo for the one update path (:meth:`watchfloor.persistence.memo.Memo.take_locked`);
* its ``@external_id`` references: one query per resource they point at;
* the records its rows name by id (an event's actors, sources, weapons, facility): one call
  per resource of the very check the services run, with every id of the batch, so the memo
  (:mod:`watchfloor.memo`) knows the answers before the first row asks.
"""

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from watchfloor.citations import source_reliability
from watchfloor.context import Context
from watchfloor.imports import repository as repo
from watchfloor.imports.references import References, sendable
from watchfloor.persistence.store import Table
from watchfloor.resources.actors.repository import missing_actor_ids
from watchfloor.resources.reference.repository import missing_facility_ids, missing_weapon_ids
from watchfloor.versioned import Resource

__all__ = ("CHECKS", "Prefetched", "prefetch")

CHECKS: dict[str, Callable[[Context, list[str]], Awaitable[object]]] = {
    "actor": missing_actor_ids,
    "source": source_reliability,
    "weapon": missing_weapon_ids,
    "facility": missing_facility_ids,
}
"""Per resource, the memoised check the services run on an id that names one."""

Key = tuple[str, str]


@dataclass(frozen=True)
class Prefetched:
    """What a batch's rows name, found before they run."""

    stored: dict[Key, Any]
    """(resource, external_id) → the stored record's ``id`` and ``deleted_at``."""
    wanted: list[Key]
    """The ``@external_id`` references looked up."""
    references: dict[Key, str]
    """Those of :attr:`wanted` that were found → their record ids."""


async def prefetch(
    ctx: Context,
    dataset: str,
    resources: Mapping[str, Resource],
    references: References,
    records: Sequence[dict[str, Any]],
) -> Prefetched:
    """Look up ``records``' own records and references, and warm ``ctx``'s memo."""
    own: dict[str, list[str]] = {}
    updating: dict[str, list[str]] = {}
    """The external ids of the lines that write the stored record if there is one."""
    named: dict[Key, None] = {}
    for record in records:
        name = record.get("resource")
        resource = resources.get(name) if isinstance(name, str) else None
        external_id = record.get("external_id")
        if resource is None or not isinstance(external_id, str) or not sendable(external_id):
            continue
        own.setdefault(resource.name, []).append(external_id)
        if record.get("on_existing") != "keep":
            updating.setdefault(resource.name, []).append(external_id)
        named.update(dict.fromkeys(references.values(record, resource.references)))
    stored: dict[Key, Any] = {}
    for name, external_ids in own.items():
        table = resources[name].table
        rows = await repo.find_by_external_ids(ctx.conn, table, dataset, external_ids)
        stored.update({(name, e): row for e, row in rows.items()})
        await _lock(ctx, table, [rows[e] for e in updating.get(name, ()) if e in rows])
    wanted = [
        (target, value[1:])
        for target, value in named
        if value.startswith("@") and sendable(value) and not references.known(target, value[1:])
    ]
    found = await _references(ctx, dataset, resources, wanted)
    await _warm(ctx, references, named, found)
    return Prefetched(stored, wanted, found)


async def _lock(ctx: Context, table: Table, stored: list[Any]) -> None:
    """Lock the stored records the batch's lines will write, together: the one update path
    then takes each from the memo instead of a ``SELECT … FOR UPDATE`` a line."""
    ids = sorted({row["id"] for row in stored if row["deleted_at"] is None})
    # Only on the optimistic run (its creates go to the sink): the careful one, a savepoint a
    # line, locks each record as it writes it, as a single write does.
    if ids and ctx.memo is not None and ctx.sink is not None:
        ctx.memo.hold_locked(table.name, await table.lock_many(ctx, ids))


async def _references(
    ctx: Context, dataset: str, resources: Mapping[str, Resource], wanted: list[Key]
) -> dict[Key, str]:
    found: dict[Key, str] = {}
    for target in dict.fromkeys(t for t, _ in wanted):
        if target not in resources:
            continue
        table = resources[target].table
        external_ids = [e for t, e in wanted if t == target]
        ids = await repo.live_ids_by_external_ids(ctx.conn, table, dataset, external_ids)
        found.update({(target, e): i for e, i in ids.items()})
    return found


async def _warm(
    ctx: Context, references: References, named: dict[Key, None], found: dict[Key, str]
) -> None:
    ids: dict[str, list[str]] = {}
    for target, value in named:
        if target not in CHECKS:
            continue
        if value[:1] == "@":
            record_id = references.known(target, value[1:]) or found.get((target, value[1:]))
        else:
            record_id = value
        if record_id is not None and sendable(record_id):
            ids.setdefault(target, []).append(record_id)
    for target, wanted in ids.items():
        await CHECKS[target](ctx, wanted)

"""Two actors that are one real actor: merge one into the other, and list the likely pairs.

A merge keeps both records. The merged actor gets ``superseded_by`` (it stays readable by id,
with its history, and says where it went; lists leave it out); every live record of the
dataset that pointed at it — events' actors and recipients, statements' speaker and target,
indicators' actors, other actors' memberships — gets a new version pointing at the actor that
carries on, through that resource's own update path (its rules, history and change feed);
actors merged into the merged one earlier now point at the survivor too, so ``superseded_by``
is always one step. The survivor takes the merged actor's names as aliases, its external ids in
``known_as`` (so later imports of either find it) and any field it lacked.
"""

from typing import Any

import msgspec

from watchfloor.context import Context
from watchfloor.errors import Conflict, FieldError, Unprocessable
from watchfloor.imports.identity import ORGANISATIONS
from watchfloor.imports.references import ReferencePath, reference_slots
from watchfloor.registry import RESOURCES
from watchfloor.resources.actors import repository as repo
from watchfloor.resources.actors.repository import to_actor
from watchfloor.resources.actors.resource import ACTOR
from watchfloor.resources.actors.schemas import Actor, ActorDuplicate, ActorMerged

__all__ = ("duplicates", "merge_actors")

_FILLED = ("country", "cameo_code", "wikidata_qid", "description")


def _repointed(record: Any, paths: list[str], loser: str, winner: str) -> dict[str, Any]:
    """The top-level fields of ``record`` (builtins) that name ``loser``, naming ``winner``."""
    changed: dict[str, Any] = {}
    for spec in paths:
        steps = ReferencePath.parse(spec).steps
        for container, key, _ in reference_slots(record, steps):
            if container[key] == loser:  # type: ignore[index]
                container[key] = winner  # type: ignore[index]
                changed[steps[0][0]] = record[steps[0][0]]
    for name, value in changed.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            # Both actors may have taken part: one participant (or membership) each.
            unique = {msgspec.json.encode(v, order="sorted"): v for v in value}
            changed[name] = list(unique.values())
        elif isinstance(value, list):
            changed[name] = list(dict.fromkeys(value))
    return changed


async def _move_references(ctx: Context, dataset: str, loser: str, winner: str) -> dict[str, int]:
    moved: dict[str, int] = {}
    for name, resource in RESOURCES.items():
        paths = [path for path, target in resource.references.items() if target == "actor"]
        if not paths or name not in repo.REFERRERS:
            continue
        for record_id in await repo.referrers(ctx, name, dataset, loser):
            row = await resource.service.records.get(ctx, record_id)
            fields = _repointed(msgspec.to_builtins(resource.render(row)), paths, loser, winner)
            patch = msgspec.convert(fields, resource.patch_type)
            await resource.service.update(ctx, record_id, patch, None)
            moved[name] = moved.get(name, 0) + 1
    return moved


def _survivor_columns(winner: Actor, loser: Actor) -> dict[str, Any]:
    known = {n.casefold() for n in [winner.name, *winner.aliases]}
    new = [n for n in dict.fromkeys([loser.name, *loser.aliases]) if n.casefold() not in known]
    columns: dict[str, Any] = {}
    if new:
        columns["aliases"] = [*winner.aliases, *new][:50]
    for field in _FILLED:
        if getattr(winner, field) is None and getattr(loser, field) is not None:
            columns[field] = getattr(loser, field)
    known_as = [msgspec.to_builtins(k) for k in winner.known_as]
    merged = {"external_id": loser.external_id or loser.id, "rule": "merge", "value": loser.id}
    for entry in [merged, *(msgspec.to_builtins(k) for k in loser.known_as)]:
        if entry not in known_as:
            known_as.append(entry)
    columns["known_as"] = known_as
    return columns


async def merge_actors(ctx: Context, loser_id: str, winner_id: str) -> ActorMerged:
    """Merge ``loser_id`` into ``winner_id`` (see the module).

    Raises:
        NotFound: either is not a live actor the caller may see.
        Conflict: the actor was merged already, or the survivor was itself merged away.
        Unprocessable: the two are one actor, or in different datasets.
    """
    records = ACTOR.service.records
    # Locked in id order, so two merges of the same pair cannot deadlock.
    first, second = sorted((loser_id, winner_id))
    rows = {i: await records.locked(ctx, i, None) for i in dict.fromkeys((first, second))}
    loser, winner = to_actor(rows[loser_id]), to_actor(rows[winner_id])
    if loser_id == winner_id:
        raise Unprocessable(
            "An actor cannot be merged into itself.",
            errors=[FieldError("/into", "the actor itself")],
        )
    if loser.dataset != winner.dataset:
        raise Unprocessable(
            "Actors of different datasets cannot be merged.",
            errors=[FieldError("/into", f"{winner_id} is in dataset {winner.dataset}")],
        )
    for actor, what in ((loser, "This actor"), (winner, "The actor to merge into")):
        if actor.superseded_by is not None:
            raise Conflict(f"{what} ({actor.id}) was merged into {actor.superseded_by} already.")
    moved = await _move_references(ctx, loser.dataset, loser_id, winner_id)
    for earlier in await repo.merged_into(ctx, loser.dataset, loser_id):
        await records.update(ctx, earlier, None, _set({"superseded_by": winner_id}))
    columns = _survivor_columns(winner, loser)
    winner_row = await records.update(ctx, winner_id, None, _set(columns))
    loser_row = await records.update(ctx, loser_id, None, _set({"superseded_by": winner_id}))
    return ActorMerged(actor=to_actor(winner_row), merged=to_actor(loser_row), moved=moved)


def _set(columns: dict[str, Any]) -> Any:
    async def revise(_: Any) -> dict[str, Any]:
        return columns

    return revise


async def duplicates(
    ctx: Context, dataset: str, after: list[Any] | None, limit: int
) -> tuple[list[ActorDuplicate], list[Any] | None]:
    """A page of likely duplicate pairs, and the keyset of the next page (``None``: last)."""
    pairs = await repo.duplicate_pairs(ctx, dataset, sorted(ORGANISATIONS), after, limit + 1)
    more = len(pairs) > limit
    pairs = pairs[:limit]
    wanted = list(dict.fromkeys(i for p in pairs for i in (p["first_id"], p["second_id"])))
    actors = {i: to_actor(await ACTOR.service.records.get(ctx, i)) for i in wanted}
    page = [
        ActorDuplicate(
            actors=[actors[p["first_id"]], actors[p["second_id"]]], shared_names=list(p["shared"])
        )
        for p in pairs
    ]
    last = [pairs[-1]["first_id"], pairs[-1]["second_id"]] if more and pairs else None
    return page, last

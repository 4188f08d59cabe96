"""The rules of actors: memberships must point at actors that exist."""

from typing import Any

import asyncpg
import msgspec

from watchfloor.context import Context
from watchfloor.errors import FieldError, Unprocessable
from watchfloor.persistence.records import Records
from watchfloor.persistence.store import ListQuery
from watchfloor.resources.actors import repository as repo
from watchfloor.resources.actors.schemas import ActorCreate, ActorPatch, Membership
from watchfloor.versioned import VersionedService, sent_fields

__all__ = ("ActorService",)


def _memberships_json(memberships: list[Membership]) -> list[dict[str, object]]:
    return [msgspec.to_builtins(m) for m in memberships]


async def _check_memberships(ctx: Context, memberships: list[Membership]) -> None:
    wanted = [m.organization_id for m in memberships]
    missing = set(await repo.missing_actor_ids(ctx, wanted))
    if missing:
        raise Unprocessable(
            "A membership names an actor that does not exist.",
            errors=[
                FieldError(f"/memberships/{i}/organization_id", f"no actor {m.organization_id}")
                for i, m in enumerate(memberships)
                if m.organization_id in missing
            ],
        )


class ActorService(VersionedService[ActorCreate, ActorPatch, repo.ActorFilters]):
    """Create, read, change and delete actors."""

    records = Records(repo.ACTORS, "actor")

    async def values(self, ctx: Context, data: ActorCreate) -> dict[str, Any]:
        await _check_memberships(ctx, data.memberships)
        values = msgspec.structs.asdict(data)
        values["memberships"] = _memberships_json(data.memberships)
        return values

    async def revise(
        self, ctx: Context, current: asyncpg.Record, data: ActorPatch
    ) -> dict[str, Any]:
        changes = sent_fields(data)
        if isinstance(data.memberships, list):
            await _check_memberships(ctx, data.memberships)
            changes["memberships"] = _memberships_json(data.memberships)
        return changes

    def filter(self, query: ListQuery, filters: repo.ActorFilters) -> None:
        repo.apply_filters(query, filters)

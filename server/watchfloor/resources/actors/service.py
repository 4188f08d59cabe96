"""The rules of actors: memberships must point at actors that exist."""

from datetime import datetime

import asyncpg
import msgspec

from watchfloor.errors import FieldError, Unprocessable
from watchfloor.ids import new_id
from watchfloor.records import Records
from watchfloor.resources.actors import repository as repo
from watchfloor.resources.actors.schemas import ActorCreate, ActorPatch, Membership
from watchfloor.store import ListQuery, Page

__all__ = ("ActorService",)

ORDER = (("t.id", True),)


def _memberships_json(memberships: list[Membership]) -> list[dict[str, object]]:
    return [msgspec.to_builtins(m) for m in memberships]


class ActorService:
    """Create, read, change and delete actors."""

    records = Records(repo.ACTORS, "actor")

    async def _check_memberships(
        self, conn: asyncpg.Connection, memberships: list[Membership]
    ) -> None:
        wanted = [m.organization_id for m in memberships]
        missing = set(await repo.missing_actor_ids(conn, wanted))
        if missing:
            raise Unprocessable(
                "A membership names an actor that does not exist.",
                errors=[
                    FieldError(f"/memberships/{i}/organization_id", f"no actor {m.organization_id}")
                    for i, m in enumerate(memberships)
                    if m.organization_id in missing
                ],
            )

    async def create(self, conn: asyncpg.Connection, data: ActorCreate) -> asyncpg.Record:
        await self._check_memberships(conn, data.memberships)
        values = msgspec.structs.asdict(data)
        values["memberships"] = _memberships_json(data.memberships)
        values["id"] = new_id("actor")
        return await self.records.create(conn, values)

    async def update(
        self, conn: asyncpg.Connection, actor_id: str, data: ActorPatch, if_match: str | None
    ) -> asyncpg.Record:
        changes = {k: v for k, v in msgspec.structs.asdict(data).items() if v is not msgspec.UNSET}
        if isinstance(data.memberships, list):
            await self._check_memberships(conn, data.memberships)
            changes["memberships"] = _memberships_json(data.memberships)
        return await self.records.update(conn, actor_id, changes, if_match)

    async def list(
        self,
        conn: asyncpg.Connection,
        filters: repo.ActorFilters,
        *,
        as_of: datetime | None,
        after: list[object] | None,
        limit: int,
    ) -> Page:
        query = ListQuery(repo.ACTORS, as_of=as_of)
        repo.apply_filters(query, filters)
        return await query.page(conn, order=ORDER, after=after, limit=limit)

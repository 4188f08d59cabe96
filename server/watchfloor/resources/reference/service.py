"""The rules of the reference data: facilities and weapons are plain versioned records."""

from datetime import datetime
from typing import Any

import asyncpg
import msgspec

from watchfloor.ids import new_id
from watchfloor.records import Records
from watchfloor.resources.reference import repository as repo
from watchfloor.resources.reference.schemas import (
    FacilityCreate,
    FacilityPatch,
    WeaponCreate,
    WeaponPatch,
)
from watchfloor.store import ListQuery, Page

__all__ = ("FacilityService", "WeaponService")

ORDER = (("t.id", True),)


def _changes(patch: msgspec.Struct) -> dict[str, Any]:
    return {k: v for k, v in msgspec.structs.asdict(patch).items() if v is not msgspec.UNSET}


class FacilityService:
    """Create, read, change and delete facilities."""

    records = Records(repo.FACILITIES, "facility")

    async def create(self, conn: asyncpg.Connection, data: FacilityCreate) -> asyncpg.Record:
        values = msgspec.structs.asdict(data)
        values["id"] = new_id("facility")
        return await self.records.create(conn, values)

    async def update(
        self, conn: asyncpg.Connection, facility_id: str, data: FacilityPatch, if_match: str | None
    ) -> asyncpg.Record:
        return await self.records.update(conn, facility_id, _changes(data), if_match)

    async def list(
        self,
        conn: asyncpg.Connection,
        filters: repo.FacilityFilters,
        *,
        as_of: datetime | None,
        after: list[object] | None,
        limit: int,
    ) -> Page:
        query = ListQuery(repo.FACILITIES, as_of=as_of)
        repo.apply_facility_filters(query, filters)
        return await query.page(conn, order=ORDER, after=after, limit=limit)


class WeaponService:
    """Create, read, change and delete weapon systems."""

    records = Records(repo.WEAPONS, "weapon")

    async def create(self, conn: asyncpg.Connection, data: WeaponCreate) -> asyncpg.Record:
        values = msgspec.structs.asdict(data)
        values["id"] = new_id("weapon")
        return await self.records.create(conn, values)

    async def update(
        self, conn: asyncpg.Connection, weapon_id: str, data: WeaponPatch, if_match: str | None
    ) -> asyncpg.Record:
        return await self.records.update(conn, weapon_id, _changes(data), if_match)

    async def list(
        self,
        conn: asyncpg.Connection,
        filters: repo.WeaponFilters,
        *,
        as_of: datetime | None,
        after: list[object] | None,
        limit: int,
    ) -> Page:
        query = ListQuery(repo.WEAPONS, as_of=as_of)
        repo.apply_weapon_filters(query, filters)
        return await query.page(conn, order=ORDER, after=after, limit=limit)

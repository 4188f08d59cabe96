"""The rules of the reference data: facilities and weapons are plain versioned records."""

import asyncpg
import msgspec

from watchfloor.context import Context
from watchfloor.ids import new_id
from watchfloor.persistence.records import Records
from watchfloor.persistence.store import ListQuery
from watchfloor.resources.reference import repository as repo
from watchfloor.resources.reference.schemas import (
    FacilityCreate,
    FacilityPatch,
    WeaponCreate,
    WeaponPatch,
)
from watchfloor.versioned import VersionedService

__all__ = ("FacilityService", "WeaponService")


class FacilityService(VersionedService[FacilityCreate, FacilityPatch, repo.FacilityFilters]):
    """Create, read, change and delete facilities."""

    records = Records(repo.FACILITIES, "facility")

    async def create(self, ctx: Context, data: FacilityCreate) -> asyncpg.Record:
        values = msgspec.structs.asdict(data)
        values["id"] = new_id("facility")
        return await self.records.create(ctx, values)

    def filter(self, query: ListQuery, filters: repo.FacilityFilters) -> None:
        repo.apply_facility_filters(query, filters)


class WeaponService(VersionedService[WeaponCreate, WeaponPatch, repo.WeaponFilters]):
    """Create, read, change and delete weapon systems."""

    records = Records(repo.WEAPONS, "weapon")

    async def create(self, ctx: Context, data: WeaponCreate) -> asyncpg.Record:
        values = msgspec.structs.asdict(data)
        values["id"] = new_id("weapon")
        return await self.records.create(ctx, values)

    def filter(self, query: ListQuery, filters: repo.WeaponFilters) -> None:
        repo.apply_weapon_filters(query, filters)

"""The rules of the reference data: facilities and weapons are plain versioned records."""

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

    def filter(self, query: ListQuery, filters: repo.FacilityFilters) -> None:
        repo.apply_facility_filters(query, filters)


class WeaponService(VersionedService[WeaponCreate, WeaponPatch, repo.WeaponFilters]):
    """Create, read, change and delete weapon systems."""

    records = Records(repo.WEAPONS, "weapon")

    def filter(self, query: ListQuery, filters: repo.WeaponFilters) -> None:
        repo.apply_weapon_filters(query, filters)

"""Reference data, declared once: facilities (Sohae, Punggye-ri …) and the weapons catalogue."""

from watchfloor.resources.reference.repository import to_facility, to_weapon
from watchfloor.resources.reference.schemas import (
    Facility,
    FacilityCreate,
    FacilityList,
    FacilityPatch,
    FacilityVersion,
    FacilityVersionList,
    Weapon,
    WeaponCreate,
    WeaponList,
    WeaponPatch,
    WeaponVersion,
    WeaponVersionList,
)
from watchfloor.resources.reference.service import FacilityService, WeaponService
from watchfloor.versioned import Resource

__all__ = ("FACILITY", "WEAPON")

FACILITY = Resource(
    name="facility",
    path="/v1/facilities",
    service=FacilityService(),
    render=to_facility,
    item=Facility,
    create_type=FacilityCreate,
    patch_type=FacilityPatch,
    page=FacilityList,
    version=FacilityVersion,
    versions=FacilityVersionList,
)

WEAPON = Resource(
    name="weapon",
    path="/v1/weapons",
    service=WeaponService(),
    render=to_weapon,
    item=Weapon,
    create_type=WeaponCreate,
    patch_type=WeaponPatch,
    page=WeaponList,
    version=WeaponVersion,
    versions=WeaponVersionList,
)

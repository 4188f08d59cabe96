"""Wire types of ``/v1/facilities`` and ``/v1/weapons``.

Reference data belongs to the model, not to free text: an event points at a facility and at
weapons, and a filter by any alias (``KN-23``, ``Hwasong-11A``) finds it.
"""

from typing import Annotated, Literal

import msgspec
from msgspec import UNSET, Meta, UnsetType

from watchfloor.envelopes import envelopes
from watchfloor.wire import TEXT, CountryCode, DatasetName, ExerciseMark, ExternalId, Timestamp

__all__ = (
    "Facility",
    "FacilityCreate",
    "FacilityKind",
    "FacilityList",
    "FacilityPatch",
    "FacilityVersion",
    "FacilityVersionList",
    "Weapon",
    "WeaponClass",
    "WeaponCreate",
    "WeaponList",
    "WeaponPatch",
    "WeaponVersion",
    "WeaponVersionList",
)

FacilityKind = Literal[
    "launch_site",
    "satellite_launch_site",
    "nuclear_test_site",
    "nuclear_facility",
    "missile_base",
    "airbase",
    "naval_base",
    "shipyard",
    "test_range",
    "other",
]
WeaponClass = Literal[
    "SRBM", "MRBM", "IRBM", "ICBM", "SLBM", "HGV", "SLV", "cruise_missile", "artillery",
    "nuclear_device", "other",
]  # fmt: skip
"""Classes of the CNS database (SRBM … SLV) plus cruise missiles, artillery and devices."""

Name = Annotated[str, Meta(min_length=1, max_length=300, pattern=TEXT)]
Aliases = Annotated[list[Name], Meta(max_length=50)]
Description = Annotated[str, Meta(max_length=5000, pattern=TEXT)]
Location = Annotated[
    str,
    Meta(
        min_length=1,
        max_length=500,
        pattern=TEXT,
        examples=["Hwadae County, North Hamgyong Province"],
    ),
]
Latitude = Annotated[float, Meta(ge=-90, le=90)]
Longitude = Annotated[float, Meta(ge=-180, le=180)]
Maneuver = Annotated[
    str, Meta(min_length=1, max_length=50, pattern=TEXT, examples=["pullup", "glide"])
]


class Facility(msgspec.Struct, kw_only=True):
    """A named place of military or nuclear significance."""

    id: str
    dataset: str
    version: int
    created_at: Timestamp
    updated_at: Timestamp
    external_id: str | None
    name: str
    aliases: list[str]
    kind: FacilityKind
    country: str | None
    lat: float | None
    lon: float | None
    description: str | None
    location: str | None = None
    """Where it is, in words, as its data set says: county, province (CNS Facility Location)."""
    exercise: ExerciseMark = UNSET


class FacilityCreate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A new facility."""

    name: Name
    kind: FacilityKind
    aliases: Aliases = msgspec.field(default_factory=list)
    country: CountryCode | None = None
    lat: Latitude | None = None
    lon: Longitude | None = None
    description: Description | None = None
    location: Location | None = None
    dataset: DatasetName = "live"
    external_id: ExternalId | None = None


class FacilityPatch(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Changes to a facility."""

    name: Name | UnsetType = UNSET
    kind: FacilityKind | UnsetType = UNSET
    aliases: Aliases | UnsetType = UNSET
    country: CountryCode | None | UnsetType = UNSET
    lat: Latitude | None | UnsetType = UNSET
    lon: Longitude | None | UnsetType = UNSET
    description: Description | None | UnsetType = UNSET
    location: Location | None | UnsetType = UNSET
    external_id: ExternalId | None | UnsetType = UNSET


FacilityList, FacilityVersion, FacilityVersionList = envelopes(
    Facility, "facility", "a facility", "facilities"
)


class Weapon(msgspec.Struct, kw_only=True):
    """A weapon system of the catalogue, with every name it goes by."""

    id: str
    dataset: str
    version: int
    created_at: Timestamp
    updated_at: Timestamp
    external_id: str | None
    name: str
    aliases: list[str]
    """Other designations: US/ROK (``KN-23``), DPRK (``Hwasong-11A``), older names."""
    weapon_class: WeaponClass
    maneuver: str | None
    country: str | None
    description: str | None
    exercise: ExerciseMark = UNSET


class WeaponCreate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A new weapon system."""

    name: Name
    weapon_class: WeaponClass
    aliases: Aliases = msgspec.field(default_factory=list)
    maneuver: Maneuver | None = None
    country: CountryCode | None = None
    description: Description | None = None
    dataset: DatasetName = "live"
    external_id: ExternalId | None = None


class WeaponPatch(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Changes to a weapon system."""

    name: Name | UnsetType = UNSET
    weapon_class: WeaponClass | UnsetType = UNSET
    aliases: Aliases | UnsetType = UNSET
    maneuver: Maneuver | None | UnsetType = UNSET
    country: CountryCode | None | UnsetType = UNSET
    description: Description | None | UnsetType = UNSET
    external_id: ExternalId | None | UnsetType = UNSET


WeaponList, WeaponVersion, WeaponVersionList = envelopes(
    Weapon, "weapon", "a weapon system", "weapon systems"
)


class FacilityFilters(msgspec.Struct, kw_only=True):
    """The filters of ``GET /v1/facilities``."""

    dataset: str
    name: str | None = None
    kind: str | None = None
    country: str | None = None


class WeaponFilters(msgspec.Struct, kw_only=True):
    """The filters of ``GET /v1/weapons``."""

    dataset: str
    name: str | None = None
    weapon_class: str | None = None
    country: str | None = None

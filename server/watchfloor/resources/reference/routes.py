"""``/v1/facilities`` and ``/v1/weapons``: the kit's operations, with the lists' filters."""

from typing import Annotated

from litestar.params import QueryParameter

from watchfloor.http.kit import Face, Words, routes
from watchfloor.http.params import DatasetQuery
from watchfloor.resources.reference.params import CountryQuery, NameQuery
from watchfloor.resources.reference.resource import FACILITY, WEAPON
from watchfloor.resources.reference.schemas import (
    FacilityFilters,
    FacilityKind,
    WeaponClass,
    WeaponFilters,
)

__all__ = ("facilities", "facility_filters", "weapon_filters", "weapons")

KindQuery = Annotated[
    FacilityKind | None, QueryParameter(description="Only facilities of this kind.")
]
ClassQuery = Annotated[
    WeaponClass | None,
    QueryParameter(description="Only weapon systems of this class (`ICBM`, `SRBM` …)."),
]


def facility_filters(
    dataset: DatasetQuery = "live",
    name: NameQuery = None,
    kind: KindQuery = None,
    country: CountryQuery = None,
) -> FacilityFilters:
    return FacilityFilters(dataset=dataset, name=name, kind=kind, country=country)


def weapon_filters(
    dataset: DatasetQuery = "live",
    name: NameQuery = None,
    weapon_class: ClassQuery = None,
    country: CountryQuery = None,
) -> WeaponFilters:
    return WeaponFilters(dataset=dataset, name=name, weapon_class=weapon_class, country=country)


facilities = routes(
    FACILITY,
    Face(
        tag="reference",
        filters=facility_filters,
        plural="Facilities",
        words={
            "list": Words(
                "List facilities",
                """List facilities, newest first. Every filter narrows the list; all are optional.

Examples: `?kind=nuclear_test_site`, `?name=Tongchang-ri` (any alias),
`?country=PRK&as_of=2026-01-01T00:00:00Z`.""",
            ),
        },
    ),
)

weapons = routes(
    WEAPON,
    Face(
        tag="reference",
        filters=weapon_filters,
        noun="weapon system",
        words={
            "list": Words(
                "List weapon systems",
                """List weapon systems, newest first. Every filter narrows the list; all are optional.

Examples: `?weapon_class=ICBM`, `?name=KN-23` (any alias),
`?country=PRK&as_of=2026-01-01T00:00:00Z`.""",
            ),
        },
    ),
)

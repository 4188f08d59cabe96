"""SQL of the reference data: facilities and weapons, their filters, and rows → wire types."""

from typing import Any

import asyncpg
import msgspec

from watchfloor.context import Context
from watchfloor.persistence import memo
from watchfloor.persistence.store import BY_DATASET, ListQuery, Table
from watchfloor.resources.reference.schemas import Facility, FacilityFilters, Weapon, WeaponFilters
from watchfloor.wire import marked

__all__ = (
    "FACILITIES",
    "WEAPONS",
    "FacilityFilters",
    "WeaponFilters",
    "apply_facility_filters",
    "apply_weapon_filters",
    "missing_facility_ids",
    "missing_weapon_ids",
    "to_facility",
    "to_weapon",
)

FACILITIES = Table(
    name="facilities",
    columns=("name", "aliases", "kind", "country", "lat", "lon", "description", "location"),
)
WEAPONS = Table(
    name="weapons",
    columns=("name", "aliases", "weapon_class", "maneuver", "country", "description"),
)

BY_NAME_OR_ALIAS = "wf_names(t.name, t.aliases) @> ARRAY[lower({})]"
BY_COUNTRY = "t.country = {}"
BY_KIND = "t.kind = {}"
BY_WEAPON_CLASS = "t.weapon_class = {}"

_MISSING = """
SELECT wanted FROM unnest($1::text[]) AS wanted
WHERE NOT EXISTS (
    SELECT 1 FROM {table} r WHERE r.id = wanted AND r.deleted_at IS NULL
      AND ($2::text[] IS NULL OR r.dataset = ANY($2::text[]))
)
"""
"""Ids that name no live record the caller may see (others do not exist for it)."""
MISSING_FACILITIES = _MISSING.format(table="facilities")
MISSING_WEAPONS = _MISSING.format(table="weapons")


FACILITY_CONDITIONS = {
    "dataset": BY_DATASET,
    "name": BY_NAME_OR_ALIAS,
    "kind": BY_KIND,
    "country": BY_COUNTRY,
}
"""Filter → its condition, when given."""
WEAPON_CONDITIONS = {
    "dataset": BY_DATASET,
    "name": BY_NAME_OR_ALIAS,
    "weapon_class": BY_WEAPON_CLASS,
    "country": BY_COUNTRY,
}
"""Filter → its condition, when given."""


def apply_facility_filters(query: ListQuery, filters: FacilityFilters) -> None:
    query.where_given(filters, FACILITY_CONDITIONS)


def apply_weapon_filters(query: ListQuery, filters: WeaponFilters) -> None:
    query.where_given(filters, WEAPON_CONDITIONS)


@marked
def to_facility(row: asyncpg.Record) -> Facility:
    return msgspec.convert(dict(row), Facility, strict=True)


@marked
def to_weapon(row: asyncpg.Record) -> Weapon:
    return msgspec.convert(dict(row), Weapon, strict=True)


async def _missing(ctx: Context, table: str, sql: str, ids: list[str]) -> list[str]:
    async def fetch(wanted: list[str]) -> dict[str, bool]:
        rows: list[Any] = await ctx.conn.fetch(sql, wanted, ctx.visible_datasets)
        missing = {r["wanted"] for r in rows}
        return {i: True for i in wanted if i not in missing}

    found = await memo.lookup(ctx, table, ids, fetch)
    return [i for i in ids if i not in found]


async def missing_facility_ids(ctx: Context, ids: list[str]) -> list[str]:
    """Those of ``ids`` that name no live facility."""
    return await _missing(ctx, FACILITIES.name, MISSING_FACILITIES, ids)


async def missing_weapon_ids(ctx: Context, ids: list[str]) -> list[str]:
    """Those of ``ids`` that name no live weapon system."""
    return await _missing(ctx, WEAPONS.name, MISSING_WEAPONS, ids)

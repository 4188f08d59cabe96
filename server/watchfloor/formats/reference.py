"""Reference records the format importers share: states, weapon systems, facilities.

States are written with ``on_existing: keep``: an import creates them when they are missing and
never changes them afterwards. Weapons and facilities are written with ``on_existing:
complete``: created when missing, and otherwise only completed, never reset: the names a data
set spells them with (the catalogue's ``spellings``, and those the file uses) join the aliases,
and a field the record lacks (a facility's ``location``) is filled, so ``weapon=Hwasong-8 MARV``
finds its events whichever data set created the weapon. External ids are ``seed:act:prk``, ``ref:weapon:hwasong-15``,
``ref:facility:sohae``; events point at them with ``@…`` references. States take the ids of
the built-in knowledge base (``seed:act:<iso3>``), so imported facts and curated ones point at
the same state: whichever is written first, there is one North Korea.
"""

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from watchfloor.formats.places import country_name
from watchfloor.imports.rows import ImportRow

__all__ = (
    "Catalogue",
    "Once",
    "catalogue",
    "facility_ref",
    "state_ref",
    "state_row",
    "weapon_ref",
)

Record = dict[str, Any]


def state_ref(iso3: str) -> str:
    return f"seed:act:{iso3.lower()}"


def weapon_ref(key: str) -> str:
    return f"ref:weapon:{key}"


def facility_ref(key: str) -> str:
    return f"ref:facility:{key}"


def state_row(iso3: str) -> Record:
    """The actor record of a state, named as in the country table."""
    return {
        "resource": "actor",
        "external_id": state_ref(iso3),
        "on_existing": "keep",
        "kind": "state",
        "name": country_name(iso3) or iso3,
        "country": iso3,
    }


@dataclass(frozen=True)
class Catalogue:
    """Weapons and facilities by key, and a lookup from any of their names to the key."""

    weapons: dict[str, Record]
    facilities: dict[str, Record]
    weapon_names: dict[str, str]
    facility_names: dict[str, str]

    def weapon_key(self, name: str) -> str | None:
        return self.weapon_names.get(name.strip().casefold())

    def facility_key(self, name: str) -> str | None:
        return self.facility_names.get(name.strip().casefold())

    def weapon_row(self, key: str, spelled: Iterable[str] = ()) -> Record:
        """The weapon's row; ``spelled``: the names the file being read gives it."""
        entry = self.weapons[key]
        row: Record = {
            "resource": "weapon",
            "external_id": weapon_ref(key),
            "on_existing": "complete",
            "name": entry["name"],
            "weapon_class": entry["class"],
            "aliases": _aliases(entry, spelled),
            "country": "PRK",
        }
        if "maneuver" in entry:
            row["maneuver"] = entry["maneuver"]
        return row

    def facility_row(
        self, key: str, spelled: Iterable[str] = (), location: str | None = None
    ) -> Record:
        """The facility's row; ``spelled``: the names the file gives it, ``location``: where."""
        entry = self.facilities[key]
        row: Record = {
            "resource": "facility",
            "external_id": facility_ref(key),
            "on_existing": "complete",
            "name": entry["name"],
            "kind": entry["kind"],
            "aliases": _aliases(entry, spelled),
            "country": "PRK",
            "lat": entry["lat"],
            "lon": entry["lon"],
        }
        if location:
            row["location"] = location
        return row


def _aliases(entry: Record, spelled: Iterable[str]) -> list[str]:
    """The entry's aliases, its spellings and ``spelled``, each name once (case-insensitively)."""
    names: dict[str, str] = {entry["name"].casefold(): entry["name"]}
    for name in (*entry["aliases"], *entry.get("spellings", []), *spelled):
        names.setdefault(name.strip().casefold(), name.strip())
    return [n for key, n in names.items() if key != entry["name"].casefold() and n]


def _names(entries: list[Record]) -> dict[str, str]:
    lookup: dict[str, str] = {}
    for entry in entries:
        for name in (entry["key"], entry["name"], *entry["aliases"], *entry.get("spellings", [])):
            lookup.setdefault(name.casefold(), entry["key"])
    return lookup


@cache
def catalogue() -> Catalogue:
    """The catalogue in ``data/reference.json``."""
    text = files("watchfloor.formats").joinpath("data", "reference.json").read_text("utf-8")
    data = json.loads(text)
    return Catalogue(
        weapons={w["key"]: w for w in data["weapons"]},
        facilities={f["key"]: f for f in data["facilities"]},
        weapon_names=_names(data["weapons"]),
        facility_names=_names(data["facilities"]),
    )


class Once:
    """Emits each generated record the first time a row that needs it is emitted, never again.

    Call it only once the row that needs the records is sure to be emitted: a record first
    needed by a row that is then rejected must still be emitted for the next row needing it.
    """

    def __init__(self) -> None:
        self._seen: set[str] = set()

    def rows(self, line: int, records: Iterable[Record]) -> list[ImportRow]:
        """Rows for those of ``records`` not emitted yet, now counted as emitted."""
        fresh = []
        for record in records:
            if record["external_id"] not in self._seen:
                self._seen.add(record["external_id"])
                fresh.append(ImportRow(line, record))
        return fresh

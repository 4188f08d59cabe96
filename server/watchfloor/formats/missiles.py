"""Missile tests as events, shared by the CNS CSV and its derived JSON (nagix).

**The matching rule.** Both files list the same tests in the same order, the derived one
continuing past the CSV's last row. A test's ``external_id`` is therefore built from what both
agree on, not from either file's own id: ``missile-test:<date>:<n>``, the UTC launch date (or
the month, for the 1980s–90s tests known to the month only) and the test's rank among that
date's tests in file order. The same test read from either file gets the same id, so the
second import finds the event and, with ``on_existing: merge_citations``, the event becomes
the merge of both files' claims (:mod:`watchfloor.imports.claims`): the better-graded CNS CSV
wins each field it knows, nagix fills the rest (a bearing, a launch site or weapon CNS gives as
unknown, a launch time), and what nagix says otherwise is noted in its citation. A row marks
as ``unknown`` the fields it only has placeholders for: the title and weapon when the missile
is unknown, the title and place when the site is. ``tests/unit/test_importers_cns.py`` checks
on the real files that every pair matched this way agrees on the weapon (or one side says
unknown).
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any

from watchfloor.formats.reference import (
    Once,
    catalogue,
    facility_ref,
    state_ref,
    state_row,
    weapon_ref,
)

__all__ = (
    "LANDINGS",
    "MissileTest",
    "Survey",
    "distance",
    "event_key",
    "missile_test_event",
    "reference_rows",
)

Record = dict[str, Any]

LANDINGS = ("sea-of-japan", "yellow-sea", "pacific-ocean", "north-korea")
"""Landing areas, as tags ``landing:<area>`` (the derived data set's keys)."""

_KM = re.compile(
    r"^(?:between\s+)?([\d,]+(?:\.\d+)?)\s*(?:(?:and|to|-)\s*([\d,]+(?:\.\d+)?))?\s*(km|lm)?$",
    re.IGNORECASE,
)
_UNKNOWN = frozenset({"", "unknown", "n/a", "na"})


def event_key(day: date, precision: str, rank: int) -> str:
    """``missile-test:2017-03-05:3``; ``missile-test:1984-09:1`` for a month-only date."""
    when = day.strftime("%Y-%m") if precision == "month" else day.isoformat()
    return f"missile-test:{when}:{rank}"


def distance(text: str | int | float, kind: str) -> Record | None:
    """``"1,380 km"``, ``"between 300 and 400 km"``, ``7687`` → a magnitude in km.

    ``lm`` is read as ``km`` (a typo the CNS file has twice). ``None`` when the value is
    unknown.

    Raises:
        ValueError: text that is neither a distance nor a way of saying "unknown".
    """
    if isinstance(text, bool):
        raise ValueError(f"{kind} {text!r} is not a distance")
    if isinstance(text, int | float):
        return {"kind": kind, "unit": "km", "best": float(text)}
    value = text.replace("\xa0", " ").strip()
    if value.casefold() in _UNKNOWN:
        return None
    match = _KM.match(value)
    if match is None:
        raise ValueError(f"{kind} {text!r} is not a distance")
    low, high, _ = match.groups()
    first = float(low.replace(",", ""))
    if high is None:
        return {"kind": kind, "unit": "km", "best": first}
    return {"kind": kind, "unit": "km", "low": first, "high": float(high.replace(",", ""))}


@dataclass(frozen=True, kw_only=True)
class MissileTest:
    """What either file says of one test, in the terms of the event it becomes."""

    day: date
    precision: str
    """``day``, or ``month`` for tests dated to the month only."""
    rank: int
    """1 for the first test of that date in the file, 2 for the second …"""
    launched_at: time | None
    weapon: str | None
    """Catalogue key; ``None`` when the file says unknown."""
    facility: str | None
    coordinates: tuple[float, float] | None
    landing: str | None
    outcome: str
    magnitudes: list[Record]
    summary: str | None
    confirmed: bool | None
    """CNS's confirmation status; ``None`` when the file does not say."""
    weapon_class: str | None = None
    """The class the file states (CNS Missile Type), also for an unknown missile."""


@dataclass(frozen=True)
class Survey:
    """What a whole file says of the weapons and facilities its tests name, read beforehand.

    A reference record is emitted with the first test that needs it, but the names and the
    location a file gives a site are spread over all its tests.
    """

    weapon_names: Mapping[str, list[str]] = field(default_factory=dict)
    """Catalogue key → every spelling the file uses for it."""
    facility_names: Mapping[str, list[str]] = field(default_factory=dict)
    """Catalogue key → every name and other name the file gives it."""
    locations: Mapping[str, str] = field(default_factory=dict)
    """Catalogue key → where the file says the facility is."""


def _title(test: MissileTest) -> str:
    book = catalogue()
    what = book.weapons[test.weapon]["name"] if test.weapon else "Unidentified missile"
    where = book.facilities[test.facility]["name"] if test.facility else "an unknown site"
    return f"{what} launch from {where}"


def _place(test: MissileTest) -> Record:
    if test.facility is None:
        return {"country": "PRK", "precision": "country"}
    entry = catalogue().facilities[test.facility]
    lat, lon = test.coordinates or (entry["lat"], entry["lon"])
    return {
        "name": entry["name"],
        "country": "PRK",
        "lat": lat,
        "lon": lon,
        "precision": "facility",
        "facility_id": "@" + facility_ref(test.facility),
    }


def missile_test_event(test: MissileTest, citation: Record) -> Record:
    """The event row of a test, citing its data set with ``citation``."""
    book = catalogue()
    occurred: Record = {"start": test.day.isoformat(), "precision": test.precision}
    if test.launched_at is not None and test.precision == "day":
        occurred["time"] = datetime.combine(test.day, test.launched_at, UTC).isoformat()
    context = ["military"]
    if test.weapon and book.weapons[test.weapon]["class"] == "SLV":
        context.append("technology")
    tags = ["missile-test", f"outcome:{test.outcome}"]
    if test.landing:
        tags.append(f"landing:{test.landing}")
    event: Record = {
        "resource": "event",
        "external_id": event_key(test.day, test.precision, test.rank),
        "on_existing": "merge_citations",
        "title": _title(test),
        "category": "MOBILIZE",
        "mode": "weapons",
        "context": context,
        "occurred": occurred,
        "actors": [{"actor_id": "@" + state_ref("PRK"), "role": "launcher"}],
        "place": _place(test),
        "magnitudes": test.magnitudes,
        "weapon_ids": ["@" + weapon_ref(test.weapon)] if test.weapon else [],
        "weapon_class": test.weapon_class,
        "tags": tags,
        "citations": [citation],
    }
    if test.summary:
        event["summary"] = test.summary
    if test.confirmed is not None:
        event["status"] = "confirmed" if test.confirmed else "reported"
    unknown = []
    if test.weapon is None:
        unknown += ["title", "weapon_ids"]
    if test.facility is None:
        unknown += ["title", "place"]
    if unknown:
        event["unknown"] = sorted(set(unknown))
    return event


def reference_rows(
    once: Once, line: int, test: MissileTest, survey: Survey | None = None
) -> list[Any]:
    """The state, weapon and facility rows a test's event needs, each emitted once per file."""
    book = catalogue()
    survey = survey or Survey()
    records = [state_row("PRK")]
    if test.weapon:
        records.append(book.weapon_row(test.weapon, survey.weapon_names.get(test.weapon, [])))
    if test.facility:
        spelled = survey.facility_names.get(test.facility, [])
        records.append(
            book.facility_row(test.facility, spelled, survey.locations.get(test.facility))
        )
    return once.rows(line, records)

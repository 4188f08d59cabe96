"""``cns``: the CNS North Korea Missile Test Database CSV (and, for ``.json``, its nagix copy).

The CSV is Windows-1252 with CRLF line ends, and 93 of its 245 records hold quoted newlines,
so a record's line is where it starts. Dates are ``9-Apr-84`` or, for early tests known to the
month, ``Sep-84``; launch times are ``10:34:00 PM`` UTC. Distances are free text (``1,380 km``,
``between 300 and 400 km``, ``999 lm``). Each record becomes a missile-test event
(``watchfloor.formats.missiles``) citing the database, row ``F1``, with the weapon class of
Missile Type also when the missile is unknown. Every spelling of a missile or site the file
uses, a site's Other Name and its Facility Location go to the weapon and facility records.
"""

import csv
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from watchfloor.formats import nagix
from watchfloor.formats.datasets import cite, source_row
from watchfloor.formats.missiles import (
    MissileTest,
    Survey,
    distance,
    missile_test_event,
    reference_rows,
)
from watchfloor.formats.reference import Once, catalogue
from watchfloor.imports.rows import ImportRow

__all__ = ("COLUMNS", "ERRATA", "read")

COLUMNS = (
    "F1", "Date", "Date Entered/Updated", "Launch Time (UTC)", "Missile Name", "Missile Type",
    "Launch Agency/Authority", "Facility Name", "Facility Location", "Other Name",
    "Facility Latitude", "Facility Longitude", "Landing Location", "Apogee",
    "Distance Travelled", "Confirmation Status", "Test Outcome", "Additional Information",
    "Source(s)",
)  # fmt: skip

ERRATA: dict[str, tuple[date, str]] = {
    "161": (
        date(2022, 1, 4),
        "launched 23:10 UTC on 4 January 2022; the row gives the local date (5 January), "
        "where the database otherwise gives the UTC date",
    ),
}
"""Rows whose date contradicts the row's own launch time, by ``F1``: the UTC date, and why."""

_LANDINGS = {
    "sea of japan": "sea-of-japan",
    "yellow sea": "yellow-sea",
    "pacific ocean": "pacific-ocean",
    "north korea": "north-korea",
}
_UNKNOWN = frozenset({"", "unknown", "n/a"})
_OUTCOMES = {"success": "success", "failure": "failure", "unknown": "unknown"}
_CLASSES = frozenset({"SRBM", "MRBM", "IRBM", "ICBM", "SLBM", "HGV", "SLV"})
_NOTE_LIMIT = 1000


def _test_date(text: str) -> tuple[date, str]:
    for fmt, precision in (("%d-%b-%y", "day"), ("%b-%y", "month")):
        try:
            return datetime.strptime(text.strip(), fmt).date(), precision
        except ValueError:
            continue
    raise ValueError(f"Date {text!r} is neither like 9-Apr-84 nor like Sep-84")


def _entry_date(text: str) -> date | None:
    for fmt in ("%d-%b-%y", "%m/%d/%Y"):
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    return None


def _landing(text: str) -> str | None:
    value = text.strip().casefold()
    if value in _UNKNOWN:
        return None
    for words, key in _LANDINGS.items():
        if words in value:
            return key
    raise ValueError(f"Landing Location {text!r} names no known sea or area")


def _catalogued(kind: str, name: str, lookup: Any) -> str | None:
    if name.strip().casefold() in _UNKNOWN:
        return None
    key: str | None = lookup(name)
    if key is None:
        raise ValueError(f"{kind} {name!r} is not in the catalogue (formats/data/reference.json)")
    return key


def _coordinates(fields: dict[str, str]) -> tuple[float, float] | None:
    try:
        return float(fields["Facility Latitude"]), float(fields["Facility Longitude"])
    except ValueError:
        return None


def _note(sources: str) -> str | None:
    """The sources CNS cites for the test, as far as a citation note holds them."""
    parts = [p.strip() for p in sources.replace("\n", ";").split(";") if p.strip()]
    note = ""
    for i, part in enumerate(parts):
        candidate = f"{note}; {part}" if note else f"CNS sources: {part}"
        if len(candidate) > _NOTE_LIMIT - 20:
            return f"{note}; … (+{len(parts) - i} more)"
        note = candidate
    return note or None


def _test(fields: dict[str, str], ranks: Counter[tuple[date, str]]) -> MissileTest:
    """One record → a test. The rank is taken before anything else can fail (see missiles)."""
    day, precision = _test_date(fields["Date"])
    erratum = ERRATA.get(fields["F1"])
    if erratum is not None:
        day = erratum[0]
    ranks[(day, precision)] += 1
    rank = ranks[(day, precision)]
    if "\ufffd" in "".join(fields.values()):
        raise ValueError("holds bytes that are not Windows-1252 text")
    book = catalogue()
    launch = fields["Launch Time (UTC)"].strip()
    outcome = _OUTCOMES.get(fields["Test Outcome"].strip().casefold())
    if outcome is None:
        raise ValueError(f"Test Outcome {fields['Test Outcome']!r} is not Success/Failure/Unknown")
    kind = fields["Missile Type"].strip()
    if kind.casefold() not in _UNKNOWN and kind not in _CLASSES:
        raise ValueError(f"Missile Type {kind!r} is not one of {', '.join(sorted(_CLASSES))}")
    status = fields["Confirmation Status"].strip().casefold()
    if status not in ("confirmed", "unconfirmed"):
        raise ValueError(f"Confirmation Status {fields['Confirmation Status']!r} is not known")
    magnitudes = [
        m
        for m in (
            distance(fields["Apogee"], "apogee"),
            distance(fields["Distance Travelled"], "distance"),
        )
        if m is not None
    ]
    return MissileTest(
        day=day,
        precision=precision,
        rank=rank,
        launched_at=(
            datetime.strptime(launch, "%I:%M:%S %p").time()
            if launch.casefold() not in _UNKNOWN
            else None
        ),
        weapon=_catalogued("Missile Name", fields["Missile Name"], book.weapon_key),
        facility=_catalogued("Facility Name", fields["Facility Name"], book.facility_key),
        coordinates=_coordinates(fields),
        landing=_landing(fields["Landing Location"]),
        outcome=outcome,
        magnitudes=magnitudes,
        summary=fields["Additional Information"].strip() or None,
        confirmed=status == "confirmed",
        weapon_class=kind if kind in _CLASSES else None,
    )


def _records(path: Path) -> Iterator[tuple[int, list[str] | str]]:
    """(first line, fields) of each CSV record, or (line, reason) for one that cannot be read."""
    with path.open(encoding="cp1252", errors="replace", newline="") as stream:
        reader = csv.reader(stream)
        previous = 0
        while True:
            try:
                fields = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield previous + 1, f"not CSV: {exc}"
                previous = reader.line_num
                continue
            yield previous + 1, fields
            previous = reader.line_num


def _known(text: str) -> str | None:
    value = " ".join(text.split())
    return value if value.casefold() not in _UNKNOWN else None


def _survey(path: Path) -> tuple[str | None, Survey]:
    """The release read (the latest ``Date Entered/Updated``) and what the file says of its
    weapons and sites: every spelling, Other Name and Facility Location."""
    book = catalogue()
    latest = None
    weapons: dict[str, list[str]] = {}
    sites: dict[str, list[str]] = {}
    places: dict[str, list[str]] = {}
    for _, fields in _records(path):
        if not isinstance(fields, list) or len(fields) != len(COLUMNS):
            continue
        named = dict(zip(COLUMNS, fields, strict=True))
        entered = _entry_date(named["Date Entered/Updated"])
        if entered is not None and (latest is None or entered > latest):
            latest = entered
        weapon = _known(named["Missile Name"])
        key = book.weapon_key(weapon) if weapon else None
        if weapon and key:
            weapons.setdefault(key, []).append(weapon)
        site = _known(named["Facility Name"])
        key = book.facility_key(site) if site else None
        if site and key:
            other = _known(named["Other Name"])
            sites.setdefault(key, []).extend([site, other] if other else [site])
            where = _known(named["Facility Location"].replace("\xa0", " "))
            if where:
                places.setdefault(key, []).append(where.replace(" ,", ","))
    survey = Survey(
        weapon_names={k: list(dict.fromkeys(v)) for k, v in weapons.items()},
        facility_names={k: list(dict.fromkeys(v)) for k, v in sites.items()},
        locations={k: "; ".join(dict.fromkeys(v))[:500] for k, v in places.items()},
    )
    return (latest.isoformat() if latest else None), survey


def read(path: Path) -> Iterator[ImportRow]:
    """The rows of a CNS CSV; a ``.json`` file is read as the nagix copy."""
    if path.suffix.casefold() == ".json":
        yield from nagix.read(path)
        return
    release, survey = _survey(path)
    yield ImportRow(0, source_row("cns", release))
    once = Once()
    ranks: Counter[tuple[date, str]] = Counter()
    records = _records(path)
    for line, header in records:
        if header != list(COLUMNS):
            yield ImportRow.rejected(line, f"not the CNS header: expected {', '.join(COLUMNS)}")
            return
        break
    for line, fields in records:
        if isinstance(fields, str):
            yield ImportRow.rejected(line, fields)
            continue
        if len(fields) != len(COLUMNS):
            yield ImportRow.rejected(line, f"{len(fields)} fields, not {len(COLUMNS)}")
            continue
        named = dict(zip(COLUMNS, fields, strict=True))
        try:
            test = _test(named, ranks)
        except ValueError as exc:
            yield ImportRow.rejected(line, f"F1 {named['F1']}: {exc}")
            continue
        credibility = 2 if test.confirmed else 3
        citation: dict[str, Any] = {
            "source_id": cite("cns"),
            "credibility": credibility,
            "page": f"F1 {named['F1']}",
        }
        note = _note(named["Source(s)"])
        if named["F1"] in ERRATA:
            note = f"Date corrected: {ERRATA[named['F1']][1]}. {note or ''}".strip()[:_NOTE_LIMIT]
        if note:
            citation["note"] = note
        yield from reference_rows(once, line, test, survey)
        yield ImportRow(line, missile_test_event(test, citation))

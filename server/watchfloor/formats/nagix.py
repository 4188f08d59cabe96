"""The derived CNS JSON (nagix/nk-missile-tests ``test.en.json``), read by the ``cns`` format.

``{"timeBins": [{"year": 1984, "data": [test, …]}, …]}``; each test has ``date`` (``1984-04-09``
or ``1984-09``), ``time`` (``"21:33 (UTC)"`` or ``"unknown"``), ``missile`` and ``facility``
(keys of its catalogue, which ``data/reference.json`` follows), ``landing``, ``apogee`` and
``distance`` (an int, a float, a numeric string or ``"unknown"``), ``bearing`` (degrees),
``outcome`` and ``description``.
"""

import re
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import msgspec

from watchfloor.formats.datasets import cite, source_row
from watchfloor.formats.jsonstream import array_items
from watchfloor.formats.missiles import (
    LANDINGS,
    MissileTest,
    distance,
    missile_test_event,
    reference_rows,
)
from watchfloor.formats.reference import Once, catalogue
from watchfloor.imports.rows import ImportRow

__all__ = ("TESTS", "read")

TESTS = ("timeBins", "*", "data")
"""Where the tests are in the file."""

_TIME = re.compile(r"^(\d{1,2}):(\d{2}) \(UTC\)$")
_OUTCOMES = frozenset({"success", "failure", "unknown"})
_decode = msgspec.json.Decoder().decode


def _day(text: object) -> tuple[date, str]:
    if isinstance(text, str):
        for fmt, precision in (("%Y-%m-%d", "day"), ("%Y-%m", "month")):
            try:
                return datetime.strptime(text, fmt).date(), precision
            except ValueError:
                continue
    raise ValueError(f"date {text!r} is neither YYYY-MM-DD nor YYYY-MM")


def _time(text: object) -> time | None:
    if text == "unknown":
        return None
    match = _TIME.match(text) if isinstance(text, str) else None
    if match is None:
        raise ValueError(f"time {text!r} is neither 'HH:MM (UTC)' nor 'unknown'")
    return time(int(match[1]), int(match[2]))


def _number(value: object, kind: str) -> dict[str, Any] | None:
    """Apogee and distance come as int, float, a numeric string, or ``"unknown"``."""
    if isinstance(value, str) and value.strip().replace(".", "", 1).isdigit():
        value = float(value)
    if not isinstance(value, str | int | float):
        raise ValueError(f"{kind} {value!r} is not a distance")
    return distance(value, kind)


def _key(record: dict[str, Any], field: str, known: dict[str, Any]) -> str | None:
    value = record.get(field)
    if value == "unknown":
        return None
    if not isinstance(value, str) or value not in known:
        raise ValueError(f"{field} {value!r} is not in the catalogue (formats/data/reference.json)")
    return value


def _test(record: dict[str, Any], ranks: Counter[tuple[date, str]]) -> MissileTest:
    day, precision = _day(record.get("date"))
    ranks[(day, precision)] += 1
    book = catalogue()
    magnitudes = [
        m
        for m in (
            _number(record.get("apogee"), "apogee"),
            _number(record.get("distance"), "distance"),
        )
        if m is not None
    ]
    bearing = record.get("bearing")
    if isinstance(bearing, int | float) and not isinstance(bearing, bool):
        magnitudes.append({"kind": "bearing", "unit": "deg", "best": float(bearing)})
    landing = record.get("landing")
    if landing not in LANDINGS and landing not in ("unknown", "na"):
        raise ValueError(f"landing {landing!r} is not a known area")
    outcome = record.get("outcome")
    if outcome not in _OUTCOMES:
        raise ValueError(f"outcome {outcome!r} is not success/failure/unknown")
    description = record.get("description")
    weapon = _key(record, "missile", book.weapons)
    return MissileTest(
        day=day,
        precision=precision,
        rank=ranks[(day, precision)],
        launched_at=_time(record.get("time")),
        weapon=weapon,
        facility=_key(record, "facility", book.facilities),
        coordinates=None,
        landing=str(landing) if landing in LANDINGS else None,
        outcome=str(outcome),
        magnitudes=magnitudes,
        summary=description.strip() or None if isinstance(description, str) else None,
        confirmed=None,
        weapon_class=book.weapons[weapon]["class"] if weapon else None,
    )


def _latest_date(path: Path) -> str | None:
    latest = None
    for _, raw in array_items(path, TESTS):
        try:
            value = _decode(raw)
        except msgspec.DecodeError:
            continue
        if isinstance(value, dict) and isinstance(value.get("date"), str):
            latest = max(latest or value["date"], value["date"])
    return latest


def read(path: Path) -> Iterator[ImportRow]:
    """The rows of a nagix ``test.en.json``."""
    yield ImportRow(0, source_row("nagix", _latest_date(path)))
    once = Once()
    ranks: Counter[tuple[date, str]] = Counter()
    found = 0
    for line, raw in array_items(path, TESTS):
        found += 1
        try:
            record = _decode(raw)
        except msgspec.DecodeError as exc:
            yield ImportRow.rejected(line, f"not JSON: {exc}")
            continue
        if not isinstance(record, dict):
            yield ImportRow.rejected(line, "a test must be a JSON object")
            continue
        try:
            test = _test(record, ranks)
        except ValueError as exc:
            yield ImportRow.rejected(line, str(exc))
            continue
        when = record["date"]
        citation = {"source_id": cite("nagix"), "credibility": 3, "page": f"{when} #{test.rank}"}
        yield from reference_rows(once, line, test)
        yield ImportRow(line, missile_test_event(test, citation))
    if not found:
        yield ImportRow.rejected(1, 'no tests: expected {"timeBins": [{"data": [...]}]}')

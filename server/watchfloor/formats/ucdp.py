"""``ucdp``: UCDP Georeferenced Event Dataset records in JSON, as the UCDP API returns them.

A JSON array of events, or ``{"Result": [...]}`` as the API wraps it; read item by item. Each
event becomes ``ucdp:ged:<id>``, an ``ASSAULT`` by side A on side B over the interval
``date_start``–``date_end``, with fatalities as low/best/high and the deaths per side and the
coding (type of violence, clarity, precisions, ids) as the event's ``ucdp`` block. Side A and B
are actors of their own (``ucdp:actor:<side_new_id>``). Field types are mixed (ids as strings
and ints, a boolean ``active_year``); only the fields below are read.

Fatalities out of order (event 175962: low 10, best 11, high 10) are kept with the range widened
to hold all three (low 10, best 11, high 11), said in the summary and in a warning.

Knowledge time (``reported_at``, docs/knowledge-time.md): the end (UTC) of the day of the
earliest of the record's sources (``source_date``); without one, the rule (the end of
``date_end``). A ``source_date`` that cannot be read or lies before ``date_start`` is not used,
and the row's warning says so.
"""

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import msgspec

from watchfloor.formats.datasets import cite, source_row
from watchfloor.formats.jsonstream import array_items
from watchfloor.formats.places import iso3_of_name
from watchfloor.formats.reference import Once
from watchfloor.imports.rows import ImportRow, Repair

__all__ = ("read",)

VIOLENCE = {1: "state-based", 2: "non-state", 3: "one-sided"}
_PLACE_PRECISION = {
    1: "exact",
    2: "city",
    3: "district",
    4: "province",
    5: "region",
    6: "country",
    7: "region",
}
"""UCDP where_prec: 1 exact, 2 within 25 km, 3 second-order unit, 4 first-order unit, 5 a line or
area spanning several, 6 country, 7 international waters or air space."""
_NOTE_LIMIT = 1000

Record = dict[str, Any]
_decode = msgspec.json.Decoder().decode


def _side(record: Record, side: str) -> tuple[str, Record]:
    name = str(record[f"side_{side}"]).strip()
    ident = record[f"side_{side}_new_id"]
    if name.startswith("Government of"):
        kind = "government_body"
    elif name == "Civilians":
        kind = "organization"
    else:
        kind = "armed_group"
    row: Record = {
        "resource": "actor",
        "external_id": f"ucdp:actor:{ident}",
        "on_existing": "keep",
        "kind": kind,
        "name": name,
    }
    home = (
        iso3_of_name(name.removeprefix("Government of").strip())
        if kind == "government_body"
        else None
    )
    if home:
        row["country"] = home
    return row["external_id"], row


def _date(value: object, field: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{field} {value!r} is not a date")
    return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()


def _reported_at(record: Record, start: str) -> tuple[str | None, list[Repair]]:
    """Knowledge time: the end (UTC) of the day of the earliest source (``source_date``, a
    ``;``-joined list of days); ``None`` (the rule) without one, and with a warning when one
    cannot be read or lies before the event's start."""
    text = record.get("source_date")
    if not isinstance(text, str) or not text.strip():
        return None, []
    fallback = "reported_at is the end of the event's last day"
    try:
        days = [date.fromisoformat(d.strip()[:10]) for d in text.split(";") if d.strip()]
    except ValueError:
        return None, [Repair("source_date", f"{text[:100]!r} is not a list of dates; {fallback}")]
    if not days:
        return None, []
    first = min(days)
    if first < date.fromisoformat(start):
        return None, [Repair("source_date", f"{first} is before date_start {start}; {fallback}")]
    end = datetime.combine(first + timedelta(days=1), time(), UTC)
    return end.isoformat().replace("+00:00", "Z"), []


def _deaths(record: Record) -> tuple[dict[str, int], list[Repair]]:
    """Low, best and high; a range that cannot hold all three is widened until it does."""
    deaths: dict[str, int] = {}
    for key in ("low", "best", "high"):
        value = record.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ValueError(f"{key} {value!r} is not a count of deaths")
        deaths[key] = value
    if deaths["low"] <= deaths["best"] <= deaths["high"]:
        return deaths, []
    given = ", ".join(f"{k} {v}" for k, v in deaths.items())
    widened = {
        "low": min(deaths.values()),
        "best": deaths["best"],
        "high": max(deaths.values()),
    }
    changed = [k for k in ("low", "high") if widened[k] != deaths[k]]
    detail = (
        f"UCDP gives fatalities {given}, out of order; the range is widened to low "
        f"{widened['low']}, best {widened['best']}, high {widened['high']} to hold all three"
    )
    return widened, [Repair(", ".join(changed), detail)]


_CODING_FIELDS = (
    "type_of_violence", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "relid",
    "conflict_new_id", "dyad_new_id", "event_clarity", "where_prec", "date_prec",
)  # fmt: skip
_CODING_INTS = {
    "deaths_a": range(10_000_001),
    "deaths_b": range(10_000_001),
    "deaths_civilians": range(10_000_001),
    "deaths_unknown": range(10_000_001),
    "conflict_new_id": range(2**31),
    "dyad_new_id": range(2**31),
    "event_clarity": range(1, 3),
    "where_prec": range(1, 8),
    "date_prec": range(1, 6),
}


def _coding(record: Record, violence: int) -> tuple[Record, list[Repair]]:
    """Deaths per side and the event's coding: its ``ucdp`` block; a bad value is left out."""
    block: Record = {"type_of_violence": violence}
    repairs: list[Repair] = []
    for field, allowed in _CODING_INTS.items():
        value = record.get(field)
        if value is None or (
            isinstance(value, int) and not isinstance(value, bool) and value in allowed
        ):
            block[field] = value
        else:
            block[field] = None
            repairs.append(Repair(field, f"{value!r} is not a valid {field}; left out"))
    relid = record.get("relid")
    block["relid"] = relid[:100] if isinstance(relid, str) and relid.strip() else None
    return {f: block[f] for f in _CODING_FIELDS}, repairs


def _event(record: Record, edition: str) -> tuple[list[Record], Record, list[Repair]]:
    """The event of a record, the actor records of its two sides, and what was repaired."""
    violence = record.get("type_of_violence")
    if violence not in VIOLENCE:
        raise ValueError(f"type_of_violence {violence!r} is not 1, 2 or 3")
    records: list[Record] = []
    refs = []
    for side in ("a", "b"):
        ref, row = _side(record, side)
        records.append(row)
        refs.append([{"actor_id": "@" + ref}])
    deaths, repairs = _deaths(record)
    ucdp, more = _coding(record, violence)
    where = str(
        record.get("where_description") or record.get("adm_1") or record.get("country") or ""
    )
    place: Record = {"precision": _PLACE_PRECISION.get(record.get("where_prec", 0), "region")}
    if where:
        place["name"] = where[:300]
    country = iso3_of_name(str(record.get("country") or ""))
    if country:
        place["country"] = country
    if isinstance(record.get("latitude"), int | float) and isinstance(
        record.get("longitude"), int | float
    ):
        place["lat"], place["lon"] = float(record["latitude"]), float(record["longitude"])
    if record.get("where_prec") == 2:
        place["uncertainty_km"] = 25.0
    split = ", ".join(
        f"{label} {record.get(k)}"
        for k, label in (
            ("deaths_a", "side A"),
            ("deaths_b", "side B"),
            ("deaths_civilians", "civilians"),
            ("deaths_unknown", "unknown"),
        )
    )
    sources = f"{record.get('source_office') or ''} {record.get('source_date') or ''}: {record.get('source_headline') or ''}".strip()
    citation: Record = {
        "source_id": cite("ucdp", edition),
        "credibility": 2 if record.get("event_clarity") == 1 else 3,
        "page": str(record.get("id")),
    }
    if sources:
        citation["note"] = (
            sources if len(sources) <= _NOTE_LIMIT else sources[: _NOTE_LIMIT - 1] + "…"
        )
    event: Record = {
        "resource": "event",
        "external_id": f"ucdp:ged:{record['id']}",
        "title": f"{record.get('dyad_name') or 'Armed violence'}: {deaths['best']} killed{' at ' + where if where else ''}"[
            :500
        ],
        "category": "ASSAULT",
        "context": ["military"] if violence == 1 else [],
        "occurred": {
            "start": _date(record.get("date_start"), "date_start"),
            "end": _date(record.get("date_end"), "date_end"),
        },
        "actors": refs[0],
        "recipients": refs[1],
        "place": place,
        "magnitudes": [
            {"kind": "fatalities", "unit": "people", **{k: float(v) for k, v in deaths.items()}}
        ],
        "tags": ["ucdp", f"violence:{VIOLENCE[violence]}"],
        "summary": (
            f"UCDP GED {record.get('relid')}: {VIOLENCE[violence]} violence in {record.get('conflict_name')}. "
            f"Deaths: {split}. Original source: {record.get('source_original') or 'not given'}."
            + "".join(f" Note: {r.detail}." for r in repairs)
        )[:10000],
        "citations": [citation],
        "ucdp": ucdp,
    }
    reported_at, late = _reported_at(record, event["occurred"]["start"])
    if reported_at is not None:
        event["reported_at"] = reported_at
    return records, event, repairs + more + late


def read(path: Path) -> Iterator[ImportRow]:
    """The rows of a UCDP GED JSON file."""
    edition = path.name
    yield ImportRow(0, source_row("ucdp", edition=edition))
    once = Once()
    found = 0
    for line, raw in array_items(path, (), ("Result",)):
        found += 1
        try:
            record = _decode(raw)
        except msgspec.DecodeError as exc:
            yield ImportRow.rejected(line, f"not JSON: {exc}", "event")
            continue
        if not isinstance(record, dict) or "id" not in record:
            yield ImportRow.rejected(line, "an event must be a JSON object with an id", "event")
            continue
        external_id = f"ucdp:ged:{record['id']}"
        try:
            refs, event, repairs = _event(record, edition)
        except (ValueError, KeyError) as exc:
            yield ImportRow.rejected(line, f"event {record['id']}: {exc}", "event", external_id)
            continue
        yield from once.rows(line, refs)
        yield ImportRow(line, event, repairs=tuple(repairs))
    if not found:
        yield ImportRow.rejected(1, 'no events: expected a JSON array or {"Result": [...]}')

"""``icews``: ICEWS coded event data, the Dataverse ``.tab`` (tab-separated, header row).

Missing values are the literal ``NA``. Actors are names (``Kim Jong-Un``, ``Police (India)``)
with comma-joined sectors and an ICEWS country name (``Russian Federation``). Each row becomes
an event ``icews:<Event ID>``; the CAMEO code maps to PLOVER through the crosswalk (01 and 02,
which PLOVER dropped, are kept as ``UNCATEGORIZED``); Intensity, Story ID, Sentence Number and
Publisher are the event's ``icews`` block (a number that cannot be read is left out, with a
warning); the citation names the publisher, story and sentence.
"""

import csv
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from watchfloor.formats.actors import icews_actor
from watchfloor.formats.cameo import cameo_description, plover_of
from watchfloor.formats.datasets import cite, source_row
from watchfloor.formats.places import iso3_of_name
from watchfloor.formats.reference import Once
from watchfloor.imports.rows import ImportRow, Repair
from watchfloor.resources.events.schemas import UNCATEGORIZED

__all__ = ("COLUMNS", "read")

COLUMNS = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
    "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude",
    "Longitude",
)  # fmt: skip

Record = dict[str, Any]


def _value(text: str) -> str | None:
    text = text.strip()
    return None if text in ("", "NA") else text


def _place(fields: dict[str, str]) -> Record | None:
    parts = [_value(fields[k]) for k in ("City", "District", "Province", "Country")]
    named = [p for p in parts if p]
    if not named:
        return None
    precision = (
        "city" if parts[0] else "district" if parts[1] else "province" if parts[2] else "country"
    )
    place: Record = {"name": ", ".join(named)[:300], "precision": precision}
    country = iso3_of_name(parts[3]) if parts[3] else None
    if country:
        place["country"] = country
    lat, lon = _value(fields["Latitude"]), _value(fields["Longitude"])
    if lat is not None and lon is not None:
        place["lat"], place["lon"] = float(lat), float(lon)
    return place


def _side(fields: dict[str, str], side: str) -> tuple[list[Record], list[Record]]:
    name = _value(fields[f"{side} Name"])
    if name is None or name == "Unspecified Actor":
        return [], []
    ref, row = icews_actor(name, fields[f"{side} Sectors"], fields[f"{side} Country"])
    return [row], [{"actor_id": "@" + ref}]


_NUMBERS: tuple[tuple[str, str, Callable[[str], float], float, float], ...] = (
    ("Intensity", "intensity", float, -10, 10),
    ("Story ID", "story_id", int, 0, 2**63 - 1),
    ("Sentence Number", "sentence_number", int, 0, 100_000),
)
"""ICEWS column → field of the event's ``icews`` block, how to read it, and its range."""


def _coding(fields: dict[str, str]) -> tuple[Record, list[Repair]]:
    """Intensity, story, sentence and publisher: the event's ``icews`` block.

    A number that cannot be read is left out (``null``) with a warning; ``NA`` is no value.
    """
    block: Record = {}
    repairs: list[Repair] = []
    for column, name, parse, low, high in _NUMBERS:
        text = _value(fields[column])
        try:
            value = None if text is None else parse(text)
            valid = value is None or low <= value <= high
        except ValueError:
            value, valid = None, False
        if not valid:
            value = None
            repairs.append(Repair(column, f"{text!r} is not a valid {column}; left out"))
        block[name] = value
    publisher = _value(fields["Publisher"])
    block["publisher"] = publisher[:300] if publisher else None
    return block, repairs


def _event(fields: dict[str, str], edition: str) -> tuple[list[Record], Record, list[Repair]]:
    code = fields["CAMEO Code"].strip()
    coding = plover_of(code)
    if cameo_description(code) is None:
        raise ValueError(f"CAMEO Code {code!r} is not a CAMEO event code")
    day = date.fromisoformat(fields["Event Date"].strip())
    intensity = _value(fields["Intensity"])
    refs, actors = _side(fields, "Source")
    more, recipients = _side(fields, "Target")
    who = " → ".join(n for n in (_value(fields["Source Name"]), _value(fields["Target Name"])) if n)
    story = f"{_value(fields['Publisher']) or 'unknown publisher'}, story {fields['Story ID']}, sentence {fields['Sentence Number']}"
    event: Record = {
        "resource": "event",
        "external_id": f"icews:{fields['Event ID']}",
        "title": f"{who or 'Unidentified actors'}: {fields['Event Text']}"[:500],
        "category": coding.category if coding else UNCATEGORIZED,
        "context": list(coding.context) if coding else [],
        "cameo_code": code,
        "occurred": {"start": day.isoformat()},
        "actors": actors,
        "recipients": recipients,
        "tags": ["icews"],
        "summary": f"Machine-coded by ICEWS: CAMEO {code} ({fields['Event Text']}), intensity {intensity or 'NA'}; {story}.",
        # Machine-coded: nobody has judged the event, so its credibility cannot be judged (6).
        "citations": [
            {
                "source_id": cite("icews", edition),
                "credibility": 6,
                "page": fields["Event ID"],
                "note": story[:1000],
            }
        ],
    }
    event["icews"], repairs = _coding(fields)
    if coding and coding.mode:
        event["mode"] = coding.mode
    place = _place(fields)
    if place is not None:
        event["place"] = place
    return refs + more, event, repairs


def read(path: Path) -> Iterator[ImportRow]:
    """The rows of an ICEWS ``.tab`` file."""
    edition = path.name
    yield ImportRow(0, source_row("icews", edition=edition))
    once = Once()
    with path.open(encoding="utf-8", errors="replace", newline="") as stream:
        reader = csv.reader(stream, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header is None or tuple(header) != COLUMNS:
            yield ImportRow.rejected(1, f"not the ICEWS header: expected {', '.join(COLUMNS)}")
            return
        for values in reader:
            line = reader.line_num
            external_id = f"icews:{values[0]}" if values else None
            if len(values) != len(COLUMNS):
                yield ImportRow.rejected(
                    line, f"{len(values)} fields, not {len(COLUMNS)}", "event", external_id
                )
                continue
            fields = dict(zip(COLUMNS, values, strict=True))
            if "\ufffd" in "".join(values):
                yield ImportRow.rejected(line, "not UTF-8 text", "event", external_id)
                continue
            try:
                refs, event, repairs = _event(fields, edition)
            except ValueError as exc:
                yield ImportRow.rejected(
                    line, f"event {fields['Event ID']}: {exc}", "event", external_id
                )
                continue
            yield from once.rows(line, refs)
            yield ImportRow(line, event, repairs=tuple(repairs))

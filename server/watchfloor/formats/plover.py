"""``plover``: PLOVER event records, as a JSON array (the gold standard records) or JSON Lines.

A record has ``id``, ``date``, ``event`` (the category), ``mode``, ``context`` (comma-separated),
``source`` and ``target`` (lists of ``{actorText, code, sector}``), ``eventText``, ``text`` (the
sentence), and optionally ``eventLoc``, ``size``, ``dead``, ``injured``, ``comment``.

Category names drift between PLOVER versions: the 2016 records say ``FIGHT`` (now ``ASSAULT``),
the 2021 manual ``REQUEST`` and ``ACCUSE`` (here ``DEMAND``, and ``INVESTIGATE`` or
``DISAPPROVE``). A ``DOCUMENT`` record describes the file: the first one becomes the data set's
source (its version is the release). A record whose ``id`` was already read is rejected, not
merged: the gold standard file has two different sentences under ``PLOVER-GSR01-COERCE-0004``.
"""

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import msgspec

from watchfloor.formats.actors import cameo_actor
from watchfloor.formats.datasets import cite, source_row
from watchfloor.formats.jsonstream import array_items
from watchfloor.formats.reference import Once
from watchfloor.imports.rows import ImportRow

__all__ = ("CATEGORIES", "read")

CATEGORIES = {
    **{c: c for c in (
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE",
        "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "SANCTION", "PROTEST", "CRIME", "MOBILIZE",
        "COERCE", "ASSAULT",
    )},
    "FIGHT": "ASSAULT",
    "REQUEST": "DEMAND",
    "ACCUSE": "DISAPPROVE",
}  # fmt: skip
"""PLOVER category names of every version → Watchfloor's (``ACCUSE``+``investigate`` aside)."""

Record = dict[str, Any]
_decode = msgspec.json.Decoder().decode


def _records(path: Path) -> Iterator[tuple[int, bytes]]:
    """(line, raw) of each record: items of a top-level array, or lines of JSON Lines."""
    with path.open("rb") as stream:
        head = stream.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"["):
        yield from array_items(path, ())
        return
    with path.open("rb") as lines:
        for number, raw in enumerate(lines, start=1):
            if raw.strip():
                yield number, raw


def _actors(entries: object, field: str) -> tuple[list[Record], list[Record], list[str]]:
    if entries in (None, ""):
        return [], [], []
    if not isinstance(entries, list):
        raise ValueError(f"{field} is {entries!r}, not a list of actors")
    records: list[Record] = []
    refs: list[Record] = []
    names: list[str] = []
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("code"), str):
            raise ValueError(f"{field} holds {entry!r}, not an actor with a code")
        # Sectors are CAMEO role codes, some with a lower-case ethnic suffix ("CVLalb"); "***"
        # marks an unknown sector and adds nothing.
        sector = re.sub(r"[^A-Za-z0-9]", "", str(entry.get("sector") or "")).upper()
        code = entry["code"].strip().upper() + sector
        ref, row = cameo_actor(code, str(entry.get("actorText") or ""), entry["code"])
        records.append(row)
        if {"actor_id": "@" + ref} not in refs:
            refs.append({"actor_id": "@" + ref})
        names.append(str(entry.get("actorText") or row["name"]))
    return records, refs, names


def _magnitudes(record: Record) -> tuple[list[Record], list[str]]:
    magnitudes: list[Record] = []
    unmeasured: list[str] = []
    for field, kind in (("size", "size"), ("dead", "fatalities"), ("injured", "injured")):
        value = record.get(field)
        if value in (None, ""):
            continue
        if isinstance(value, int | float) or (isinstance(value, str) and value.strip().isdigit()):
            magnitudes.append({"kind": kind, "unit": "people", "best": float(value)})
        else:
            unmeasured.append(f"{field}: {value}")
    return magnitudes, unmeasured


def _event(record: Record) -> tuple[list[Record], Record]:
    """The event of a record, and the actor records it refers to."""
    name = record.get("event")
    mode = record.get("mode") or None
    category = CATEGORIES.get(name) if isinstance(name, str) else None
    if category is None:
        raise ValueError(f"event {name!r} is not a PLOVER category")
    if name == "ACCUSE" and mode == "investigate":
        category, mode = "INVESTIGATE", None
    when = record.get("date")
    if not isinstance(when, str) or not when:
        raise ValueError("no date")
    refs, actors, names = _actors(record.get("source"), "source")
    more, recipients, _ = _actors(record.get("target"), "target")
    magnitudes, unmeasured = _magnitudes(record)
    text = str(record.get("text") or "").strip()
    context = record.get("context") or ""
    summary = " ".join(
        part
        for part in (text, *(f"({u})" for u in unmeasured), str(record.get("comment") or ""))
        if part
    )
    citation: Record = {"source_id": cite("plover"), "credibility": 2, "page": record["id"]}
    if text:
        citation["quote"] = text[:2000]
    event: Record = {
        "resource": "event",
        "external_id": f"plover:{record['id']}",
        "title": f"{', '.join(names) or 'Unidentified actors'}: {record.get('eventText') or category.lower()}"[
            :500
        ],
        "category": category,
        "context": [c.strip() for c in str(context).split(",") if c.strip()],
        "occurred": {"start": when},
        "actors": actors,
        "recipients": recipients,
        "magnitudes": magnitudes,
        "tags": ["plover"],
        "citations": [citation],
    }
    if mode:
        event["mode"] = str(mode)
    if summary:
        event["summary"] = summary[:10000]
    location = record.get("eventLoc")
    if isinstance(location, dict) and isinstance(location.get("name"), str):
        event["place"] = {"name": location["name"][:300], "precision": "city"}
    return refs + more, event


def read(path: Path) -> Iterator[ImportRow]:
    """The rows of a PLOVER JSON or JSON Lines file."""
    once = Once()
    seen: dict[str, int] = {}
    first = True
    for line, raw in _records(path):
        record: object = None
        error: str | None = None
        try:
            record = _decode(raw)
        except msgspec.DecodeError as exc:
            error = f"not JSON: {exc}"
        if first:
            first = False
            if isinstance(record, dict) and record.get("event") == "DOCUMENT":
                release = (
                    f"PLOVER {record.get('version', '?')}, coded {record.get('dateCoded', '?')}"
                )
                yield ImportRow(line, source_row("plover", release))
                continue
            yield ImportRow(0, source_row("plover"))
        if not isinstance(record, dict):
            yield ImportRow.rejected(line, error or "a record must be a JSON object")
            continue
        ident = record.get("id")
        if not isinstance(ident, str) or not ident:
            yield ImportRow.rejected(line, "no id")
            continue
        if record.get("event") == "DOCUMENT":
            yield ImportRow.rejected(
                line, f"{ident}: a DOCUMENT record is read only as the first record"
            )
            continue
        if ident in seen:
            yield ImportRow.rejected(
                line, f"{ident}: duplicate id, already read on line {seen[ident]}"
            )
            continue
        seen[ident] = line
        try:
            refs, event = _event(record)
        except ValueError as exc:
            yield ImportRow.rejected(line, f"{ident}: {exc}")
            continue
        yield from once.rows(line, refs)
        yield ImportRow(line, event)
    if first:
        yield ImportRow(0, source_row("plover"))

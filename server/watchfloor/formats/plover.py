"""``plover``: PLOVER event records, as a JSON array (the gold standard records) or JSON Lines.

A record has ``id``, ``date``, ``event`` (the category), ``mode``, ``context`` (comma-separated),
``source`` and ``target`` (lists of ``{actorText, code, sector}``), ``eventText``, ``text`` (the
sentence), and optionally ``eventLoc``, ``size``, ``dead``, ``injured``, ``comment``.

Category names drift between PLOVER versions: the 2016 records say ``FIGHT`` (now ``ASSAULT``),
the 2021 manual ``REQUEST`` and ``ACCUSE`` (here ``DEMAND``, and ``INVESTIGATE`` or
``DISAPPROVE``). A ``DOCUMENT`` record describes the file: the first one becomes the data set's
source (its version is the release).

Upstream slips are repaired, with a warning, rather than cost the record: a ``source`` or
``target`` that is not a list of actors (``AGREE-0007``'s target is the bare string
``"diplomatic"``), or an entry of one that is not an actor, is left out; a record whose ``id``
was already read for a *different* record (the gold standard file has two sentences under
``PLOVER-GSR01-COERCE-0004``) is kept as ``plover:<id>#2`` (``#3`` …). A record repeating an
earlier one exactly is rejected: it holds nothing new.
"""

import hashlib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import msgspec

from watchfloor.formats.actors import cameo_actor
from watchfloor.formats.datasets import cite, source_row
from watchfloor.formats.jsonstream import array_items
from watchfloor.formats.reference import Once
from watchfloor.imports.rows import ImportRow, Repair

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
_encode = msgspec.json.Encoder(order="sorted").encode


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


class _Actors:
    """The actor records, references and names of a record's ``source`` or ``target``."""

    def __init__(self) -> None:
        self.records: list[Record] = []
        self.refs: list[Record] = []
        self.names: list[str] = []
        self.repairs: list[Repair] = []


def _actors(entries: object, field: str) -> _Actors:
    """What can be read of ``entries``; what is not an actor is left out, with a repair."""
    found = _Actors()
    if entries in (None, ""):
        return found
    if not isinstance(entries, list):
        found.repairs.append(
            Repair(field, f"{entries!r} is not a list of actors; the event is kept without it")
        )
        return found
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("code"), str):
            found.repairs.append(Repair(field, f"{entry!r} is not an actor with a code; left out"))
            continue
        # Sectors are CAMEO role codes, some with a lower-case ethnic suffix ("CVLalb"); "***"
        # marks an unknown sector and adds nothing.
        sector = re.sub(r"[^A-Za-z0-9]", "", str(entry.get("sector") or "")).upper()
        code = entry["code"].strip().upper() + sector
        ref, row = cameo_actor(code, str(entry.get("actorText") or ""), entry["code"])
        found.records.append(row)
        if {"actor_id": "@" + ref} not in found.refs:
            found.refs.append({"actor_id": "@" + ref})
        found.names.append(str(entry.get("actorText") or row["name"]))
    return found


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


def _event(record: Record, external_id: str) -> tuple[list[Record], Record, list[Repair]]:
    """The event of a record, the actor records it refers to, and what was repaired."""
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
    source = _actors(record.get("source"), "source")
    target = _actors(record.get("target"), "target")
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
        "external_id": external_id,
        "title": f"{', '.join(source.names) or 'Unidentified actors'}: {record.get('eventText') or category.lower()}"[
            :500
        ],
        "category": category,
        "context": [c.strip() for c in str(context).split(",") if c.strip()],
        "occurred": {"start": when},
        "actors": source.refs,
        "recipients": target.refs,
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
    return source.records + target.records, event, source.repairs + target.repairs


def read(path: Path) -> Iterator[ImportRow]:
    """The rows of a PLOVER JSON or JSON Lines file."""
    once = Once()
    # id → (line, digest) of each different record read under it: enough to tell a repeat
    # from another record without holding the file.
    seen: dict[str, list[tuple[int, bytes]]] = {}
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
            yield ImportRow.rejected(line, "no id", "event")
            continue
        if record.get("event") == "DOCUMENT":
            yield ImportRow.rejected(
                line, f"{ident}: a DOCUMENT record is read only as the first record"
            )
            continue
        external_id = f"plover:{ident}"
        earlier = seen.setdefault(ident, [])
        digest = hashlib.sha256(_encode(record)).digest()
        repeated = next((n for n, known in earlier if known == digest), None)
        if repeated is not None:
            yield ImportRow.rejected(
                line, f"{ident}: repeats the record of line {repeated}", "event", external_id
            )
            continue
        repairs: list[Repair] = []
        if earlier:
            external_id = f"{external_id}#{len(earlier) + 1}"
            repairs.append(
                Repair(
                    "id",
                    f"{ident} is also the id of the different record of line {earlier[0][0]}; "
                    f"this one is kept as {external_id}",
                )
            )
        earlier.append((line, digest))
        try:
            refs, event, more = _event(record, external_id)
        except ValueError as exc:
            yield ImportRow.rejected(line, f"{ident}: {exc}", "event", external_id)
            continue
        yield from once.rows(line, refs)
        yield ImportRow(line, event, repairs=tuple(repairs + more))
    if first:
        yield ImportRow(0, source_row("plover"))

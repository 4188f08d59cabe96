"""``gdelt1`` and ``gdelt2``: GDELT event exports (tab-separated, no header, no quoting).

GDELT 2.0 rows have 61 fields. GDELT 1.0 daily files have 58 (no ``*_ADM2Code``), and rows of
the historical backfile 57 (no ``SOURCEURL`` either); both widths may share one file. A row
of any other width is rejected. Each row becomes an event ``gdelt2:<GLOBALEVENTID>``: actor 1
acts, actor 2 receives, the CAMEO code is kept and mapped to PLOVER through the crosswalk (CAMEO
01 and 02, which PLOVER dropped, are kept as ``UNCATEGORIZED``), the action's place is the
event's place (FIPS country codes become ISO alpha-3), the row's numbers (mentions, sources,
articles, tone, root flag, Goldstein, QuadClass, DATEADDED) are the event's ``gdelt`` block, and
the citation names the article. A number that cannot be read is left out of the block, with a
warning; only a row whose code is not CAMEO or whose date is not a date is rejected.

Knowledge time (``reported_at``, docs/knowledge-time.md) is DATEADDED: GDELT 2.0's
``YYYYMMDDHHMMSS`` is the instant (UTC), GDELT 1.0's ``YYYYMMDD`` the end of that day (UTC).
A DATEADDED that cannot be read or lies before SQLDATE is not used: the event takes the rule
(the end of its day), and the row's warning says so.
"""

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from watchfloor.formats.actors import cameo_actor
from watchfloor.formats.cameo import cameo_description, plover_of
from watchfloor.formats.datasets import cite, source_row
from watchfloor.formats.places import iso3_of_fips
from watchfloor.formats.reference import Once
from watchfloor.imports.rows import ImportRow, Repair
from watchfloor.resources.events.schemas import UNCATEGORIZED

__all__ = ("COLUMNS_V1", "COLUMNS_V2", "read_v1", "read_v2")

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")  # fmt: skip
_GEO_V2 = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
_GEO_V1 = tuple(c for c in _GEO_V2 if c != "ADM2Code")
_EVENT = ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
          "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")  # fmt: skip


def _columns(geo: tuple[str, ...]) -> tuple[str, ...]:
    return (
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        *(f"Actor1{c}" for c in _ACTOR), *(f"Actor2{c}" for c in _ACTOR), *_EVENT,
        *(f"Actor1Geo_{c}" for c in geo), *(f"Actor2Geo_{c}" for c in geo),
        *(f"ActionGeo_{c}" for c in geo), "DATEADDED", "SOURCEURL",
    )  # fmt: skip


COLUMNS_V2 = _columns(_GEO_V2)
"""The 61 columns of a GDELT 2.0 event export."""
COLUMNS_V1 = _columns(_GEO_V1)
"""The 58 columns of a GDELT 1.0 daily file; the backfile has the first 57."""

_GEO_PRECISION = {"1": "country", "2": "province", "3": "city", "4": "city", "5": "province"}
"""ActionGeo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1)."""
_NOTE_LIMIT = 1000

Record = dict[str, Any]


def _added(text: str) -> str:
    """DATEADDED: ``YYYYMMDDHHMMSS`` (GDELT 2.0) or ``YYYYMMDD`` (1.0), UTC."""
    layout = "%Y%m%d%H%M%S" if len(text) == 14 else "%Y%m%d"
    return datetime.strptime(text, layout).replace(tzinfo=UTC).isoformat().replace("+00:00", "Z")


def _reported_at(text: str, day: date) -> tuple[str | None, list[Repair]]:
    """Knowledge time from DATEADDED: the instant (14 digits) or the end of the day (8), UTC;
    ``None`` (the rule) with a warning when it cannot be read or is before the event's day."""
    try:
        added = datetime.strptime(text, "%Y%m%d%H%M%S" if len(text) == 14 else "%Y%m%d")
    except ValueError:
        return None, []  # the gdelt block's warning says it (_coding)
    if added.date() < day:
        problem = (
            f"{text!r} is before SQLDATE {day:%Y%m%d}; reported_at is the end of the event's day"
        )
        return None, [Repair("DATEADDED", problem)]
    if len(text) != 14:
        added += timedelta(days=1)
    return added.replace(tzinfo=UTC).isoformat().replace("+00:00", "Z"), []


def _root(text: str) -> bool:
    if text not in ("0", "1"):
        raise ValueError(text)
    return text == "1"


def _quad(text: str) -> int:
    if text not in ("1", "2", "3", "4"):
        raise ValueError(text)
    return int(text)


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise ValueError(text)
    return value


def _bounded(limit: float) -> Callable[[str], float]:
    def read(text: str) -> float:
        value = float(text)
        if not -limit <= value <= limit:
            raise ValueError(text)
        return value

    return read


_NUMBERS: tuple[tuple[str, str, Callable[[str], Any]], ...] = (
    ("IsRootEvent", "is_root_event", _root),
    ("NumMentions", "num_mentions", _count),
    ("NumSources", "num_sources", _count),
    ("NumArticles", "num_articles", _count),
    ("AvgTone", "avg_tone", _bounded(100)),
    ("GoldsteinScale", "goldstein", _bounded(10)),
    ("QuadClass", "quad_class", _quad),
    ("DATEADDED", "date_added", _added),
)
"""GDELT column → field of the event's ``gdelt`` block, and how to read it."""


def _coding(fields: dict[str, str]) -> tuple[Record, list[Repair]]:
    """The row's numbers as the event's ``gdelt`` block; an unreadable one is left out."""
    block: Record = {}
    repairs: list[Repair] = []
    for column, name, parse in _NUMBERS:
        text = fields[column].strip()
        try:
            block[name] = parse(text)
        except ValueError:
            block[name] = None
            fallback = "; reported_at is the end of the event's day" if name == "date_added" else ""
            repairs.append(Repair(column, f"{text!r} is not a valid {column}; left out{fallback}"))
    return block, repairs


def _place(fields: dict[str, str]) -> Record | None:
    kind = fields.get("ActionGeo_Type", "")
    if kind in ("", "0"):
        return None
    place: Record = {"precision": _GEO_PRECISION.get(kind, "region")}
    if fields.get("ActionGeo_FullName"):
        place["name"] = fields["ActionGeo_FullName"][:300]
    country = iso3_of_fips(fields.get("ActionGeo_CountryCode", ""))
    if country:
        place["country"] = country
    try:
        place["lat"] = float(fields["ActionGeo_Lat"])
        place["lon"] = float(fields["ActionGeo_Long"])
    except (KeyError, ValueError):
        pass
    return place


def _event(
    fields: dict[str, str], dataset: str, edition: str
) -> tuple[list[Record], Record, list[Repair]]:
    """The event of a row, the actor records it refers to, and what was repaired."""
    code = fields["EventCode"]
    coding = plover_of(code)
    if cameo_description(code) is None:
        raise ValueError(f"EventCode {code!r} is not a CAMEO event code")
    day = datetime.strptime(fields["SQLDATE"], "%Y%m%d").date()
    refs: list[Record] = []
    sides: list[list[Record]] = [[], []]
    names = []
    for i, prefix in enumerate(("Actor1", "Actor2")):
        if not fields[f"{prefix}Code"]:
            names.append(fields[f"{prefix}Name"] or None)
            continue
        ref, row = cameo_actor(
            fields[f"{prefix}Code"], fields[f"{prefix}Name"], fields[f"{prefix}CountryCode"]
        )
        refs.append(row)
        sides[i].append({"actor_id": "@" + ref})
        names.append(fields[f"{prefix}Name"] or row["name"])
    what = cameo_description(code) or f"CAMEO {code}"
    who = " → ".join(n for n in names if n) or "Unidentified actors"
    event: Record = {
        "resource": "event",
        "external_id": f"{dataset}:{fields['GLOBALEVENTID']}",
        "title": f"{who}: {what}"[:500],
        "category": coding.category if coding else UNCATEGORIZED,
        "context": list(coding.context) if coding else [],
        "cameo_code": code,
        "occurred": {"start": day.isoformat()},
        "actors": sides[0],
        "recipients": sides[1],
        "tags": [dataset],
        "summary": (
            f"Machine-coded by GDELT: CAMEO {code} ({what}), Goldstein {fields['GoldsteinScale']}, "
            f"QuadClass {fields['QuadClass']}; {fields['NumMentions']} mentions in "
            f"{fields['NumSources']} sources and {fields['NumArticles']} articles, "
            f"average tone {fields['AvgTone']}; added {fields['DATEADDED']}."
        ),
        "citations": [_citation(fields, cite(dataset, edition))],
    }
    event["gdelt"], repairs = _coding(fields)
    reported_at, more = _reported_at(fields["DATEADDED"].strip(), day)
    if reported_at is not None:
        event["reported_at"] = reported_at
    repairs += more
    if coding and coding.mode:
        event["mode"] = coding.mode
    place = _place(fields)
    if place is not None:
        event["place"] = place
    return refs, event, repairs


def _citation(fields: dict[str, str], source: str) -> Record:
    # Machine-coded: nobody has judged the event, so its credibility cannot be judged (6).
    citation: Record = {"source_id": source, "credibility": 6, "page": fields["GLOBALEVENTID"]}
    url = fields.get("SOURCEURL", "")
    if url and len(url) < _NOTE_LIMIT - 10:
        citation["note"] = f"article: {url}"
    return citation


def _read(path: Path, dataset: str, widths: dict[int, tuple[str, ...]]) -> Iterator[ImportRow]:
    # Every file GDELT publishes is a source of its own, named by the file.
    edition = path.name
    yield ImportRow(0, source_row(dataset, edition=edition))
    once = Once()
    with path.open("rb") as lines:
        for number, raw in enumerate(lines, start=1):
            text = raw.decode("utf-8", errors="replace").rstrip("\r\n")
            if not text:
                continue
            values = text.split("\t")
            external_id = f"{dataset}:{values[0]}"
            columns = widths.get(len(values))
            if columns is None:
                expected = " or ".join(str(w) for w in sorted(widths))
                yield ImportRow.rejected(
                    number, f"{len(values)} fields, not {expected}", "event", external_id
                )
                continue
            if "\ufffd" in text:
                yield ImportRow.rejected(number, "not UTF-8 text", "event", external_id)
                continue
            try:
                refs, event, repairs = _event(
                    dict(zip(columns, values, strict=True)), dataset, edition
                )
            except ValueError as exc:
                yield ImportRow.rejected(number, f"event {values[0]}: {exc}", "event", external_id)
                continue
            yield from once.rows(number, refs)
            yield ImportRow(number, event, repairs=tuple(repairs))


def read_v1(path: Path) -> Iterator[ImportRow]:
    """GDELT 1.0: daily files (58 fields) and historical backfile rows (57, no SOURCEURL)."""
    return _read(path, "gdelt1", {58: COLUMNS_V1, 57: COLUMNS_V1[:57]})


def read_v2(path: Path) -> Iterator[ImportRow]:
    """GDELT 2.0 event exports (61 fields)."""
    return _read(path, "gdelt2", {61: COLUMNS_V2})

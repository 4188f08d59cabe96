"""``nk-nuclear``: the six DPRK nuclear tests (``NKNT.dat``, ``NKNT.kml``) and the NRDC yearly
tallies of nuclear tests by country (``*.csv``).

The seismic files (Yao et al. 2018) become one event per test, ``nuclear-test:<date>``, at
Punggye-ri, with the relocated epicentre, the UTC origin time, the burial depth and the yield
as a range (``109.4±48.6`` kt → best 109.4, low 60.8, high 158.0). ``NKNT.dat`` pads its
columns with runs of spaces and tabs, so it is split on any whitespace. ``NKNT.kml`` carries
the same facts in each placemark's description and gives the same rows, so importing both
files changes nothing the second time.

An NRDC file becomes one indicator per country column (tests per year; the underground file
underground tests per year) with one observation per year.
"""

import csv
import html
import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.parsers import expat

from watchfloor.formats.datasets import cite, source_row
from watchfloor.formats.places import country_name, iso3_of_name
from watchfloor.formats.reference import Once, catalogue, facility_ref, state_ref, state_row
from watchfloor.imports.rows import ImportRow

__all__ = ("NRDC_VINTAGE", "read")

NRDC_VINTAGE = date(2019, 12, 19)
"""When the tally is first attested in this form (samizdatco/dvia-2019, commit 05bffdd): the
files carry no publication date, and an observation needs one."""

_YIELD = re.compile(r"^([\d.]+)\*?(?:±([\d.]+))?$")
_KML_FIELD = re.compile(r"<b>(Time|Burial Depth|Yield)</b>:\s*([^<]*)")

Record = dict[str, Any]


def _magnitudes(depth: str, yield_text: str) -> list[Record]:
    magnitudes: list[Record] = []
    match = _YIELD.match(yield_text.strip())
    if match is None:
        raise ValueError(f"yield {yield_text!r} is not like 7.7±2.0")
    best, spread = float(match[1]), match[2]
    size: Record = {"kind": "yield", "unit": "kt", "best": best}
    if spread is not None:
        size["low"] = round(best - float(spread), 3)
        size["high"] = round(best + float(spread), 3)
    magnitudes.append(size)
    depth = depth.strip().removesuffix("m").strip()
    if depth not in ("-", ""):
        magnitudes.append({"kind": "depth", "unit": "m", "best": float(depth)})
    return magnitudes


def _event(origin: datetime, lat: float, lon: float, magnitudes: list[Record]) -> Record:
    site = catalogue().facilities["punggye-ri"]
    return {
        "resource": "event",
        "external_id": f"nuclear-test:{origin.date().isoformat()}",
        "on_existing": "merge_citations",
        "title": f"Underground nuclear test at {site['name']}",
        "category": "MOBILIZE",
        "mode": "weapons",
        "context": ["military", "cbrn"],
        "occurred": {"start": origin.date().isoformat(), "time": origin.isoformat()},
        "actors": [{"actor_id": "@" + state_ref("PRK"), "role": "tester"}],
        "place": {
            "name": site["name"],
            "country": "PRK",
            "lat": lat,
            "lon": lon,
            "precision": "exact",
            "facility_id": "@" + facility_ref("punggye-ri"),
        },
        "magnitudes": magnitudes,
        "tags": ["nuclear-test"],
        "status": "confirmed",
        "citations": [{"source_id": cite("nknt"), "credibility": 1}],
    }


def _origin(text: str) -> datetime:
    return datetime.fromisoformat(text.strip() + "+00:00")


def _test_rows(once: Once, line: int, event: Record) -> Iterator[ImportRow]:
    yield from once.rows(line, [state_row("PRK"), catalogue().facility_row("punggye-ri")])
    yield ImportRow(line, event)


def _read_dat(path: Path) -> Iterator[ImportRow]:
    once = Once()
    with path.open(encoding="utf-8", errors="replace") as lines:
        for number, text in enumerate(lines, start=1):
            if not text.strip() or text.lstrip().startswith("#"):
                continue
            fields = text.split()
            if len(fields) != 7:
                yield ImportRow.rejected(
                    number,
                    f"{len(fields)} fields, not 7 (No. Date Time Lat Lon Depth Yield)",
                    "event",
                )
                continue
            _, day, clock, lat, lon, depth, size = fields
            try:
                event = _event(
                    _origin(f"{day}T{clock}"), float(lat), float(lon), _magnitudes(depth, size)
                )
            except ValueError as exc:
                yield ImportRow.rejected(number, str(exc), "event", f"nuclear-test:{day}")
                continue
            yield from _test_rows(once, number, event)


def _placemarks(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """(line, {name, description, coordinates}) of each ``<Placemark>``."""
    found: list[tuple[int, dict[str, str]]] = []
    current: dict[str, str] | None = None
    field: list[str] = []
    parser = expat.ParserCreate()
    start = 0

    def opened(tag: str, _: dict[str, str]) -> None:
        nonlocal current, start
        if tag == "Placemark":
            current, start = {}, parser.CurrentLineNumber
        field.clear()

    def closed(tag: str) -> None:
        nonlocal current
        if current is not None and tag in ("name", "description", "coordinates"):
            current[tag] = "".join(field).strip()
        elif tag == "Placemark" and current is not None:
            found.append((start, current))
            current = None
        field.clear()

    parser.StartElementHandler = opened
    parser.EndElementHandler = closed
    parser.CharacterDataHandler = field.append
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 16):
            parser.Parse(chunk, False)
            yield from found
            found.clear()
        parser.Parse(b"", True)
    yield from found


def _read_kml(path: Path) -> Iterator[ImportRow]:
    once = Once()
    try:
        for line, mark in _placemarks(path):
            details = dict(_KML_FIELD.findall(html.unescape(mark.get("description", ""))))
            try:
                lon, lat, *_ = (float(v) for v in mark.get("coordinates", "").split(","))
                event = _event(
                    _origin(details.get("Time", "")),
                    lat,
                    lon,
                    _magnitudes(
                        details.get("Burial Depth", ""), details.get("Yield", "").removesuffix("kt")
                    ),
                )
            except ValueError as exc:
                yield ImportRow.rejected(line, f"placemark {mark.get('name')!r}: {exc}", "event")
                continue
            yield from _test_rows(once, line, event)
    except expat.ExpatError as exc:
        yield ImportRow.rejected(exc.lineno, f"not XML: {expat.ErrorString(exc.code)}")


def _indicator(iso3: str, underground: bool) -> Record:
    name = country_name(iso3) or iso3
    series = "underground" if underground else "total"
    return {
        "resource": "indicator",
        "external_id": f"nrdc:indicator:nuclear-tests:{series}:{iso3}",
        "name": f"{'Underground nuclear' if underground else 'Nuclear'} tests per year: {name}",
        "unit": "tests",
        "frequency": "annual",
        "description": (
            f"{'Underground nuclear tests' if underground else 'Nuclear tests'} conducted by "
            f"{name} in each calendar year, as tallied by the NRDC (1945–2017)."
        ),
        "actor_ids": ["@" + state_ref(iso3)],
        "tags": ["nuclear-tests"],
    }


def _read_nrdc(path: Path) -> Iterator[ImportRow]:
    underground = "underground" in path.name.casefold()
    # utf-8-sig: the underground file starts with a byte order mark, the totals file does not.
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as stream:
        reader = csv.reader(stream)
        header = next(reader, [])
        countries = [iso3_of_name(name) for name in header[1:]]
        if not header or header[0] != "Year" or None in countries or not countries:
            yield ImportRow.rejected(1, "not an NRDC tally: expected Year and country columns")
            return
        codes = [c for c in countries if c is not None]
        indicators = {iso3: _indicator(iso3, underground) for iso3 in codes}
        for iso3, indicator in indicators.items():
            yield ImportRow(1, state_row(iso3))
            yield ImportRow(1, indicator)
        for fields in reader:
            line = reader.line_num
            if len(fields) != len(header) or not fields[0].isdigit():
                yield ImportRow.rejected(
                    line, f"not a year row: {','.join(fields)[:80]!r}", "observation"
                )
                continue
            year = int(fields[0])
            for iso3, count in zip(codes, fields[1:], strict=True):
                indicator = indicators[iso3]["external_id"]
                observation = f"{indicator.replace(':indicator:', ':observation:')}:{year}"
                if not count.strip().isdigit():
                    yield ImportRow.rejected(
                        line, f"{iso3} {year}: {count!r} is not a count", "observation", observation
                    )
                    continue
                yield ImportRow(
                    line,
                    {
                        "resource": "observation",
                        "external_id": observation,
                        "indicator_id": "@" + indicator,
                        "period_start": f"{year}-01-01",
                        "period_end": f"{year}-12-31",
                        "period_label": str(year),
                        "value": float(count),
                        "vintage": NRDC_VINTAGE.isoformat(),
                        "citations": [{"source_id": cite("nrdc"), "credibility": 2}],
                    },
                )


def read(path: Path) -> Iterator[ImportRow]:
    """Rows of ``NKNT.dat``, ``NKNT.kml`` or an NRDC ``.csv``, chosen by the file's suffix."""
    suffix = path.suffix.casefold()
    if suffix == ".csv":
        yield ImportRow(0, source_row("nrdc"))
        yield from _read_nrdc(path)
    elif suffix in (".dat", ".kml"):
        yield ImportRow(0, source_row("nknt"))
        yield from _read_kml(path) if suffix == ".kml" else _read_dat(path)
    else:
        yield ImportRow.rejected(0, f"nk-nuclear reads .dat, .kml or .csv files, not {path.name}")

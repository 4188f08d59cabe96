"""Every real data set file through the whole pipeline into PostgreSQL, twice.

The counts are those of ``tests/unit/test_importers_*.py`` (checked there against the files by
hand), now as the database reports them; the second import of each file must report every
line unchanged.
"""

import json
import re
from pathlib import Path
from typing import Any

import asyncpg
import pytest
from watchfloor.access.schemas import ApiKeyWithSecret
from watchfloor.context import Context
from watchfloor.formats import read_file
from watchfloor.imports.console import render_report
from watchfloor.imports.schemas import ImportReport, ResourceCounts
from watchfloor.imports.service import import_rows
from watchfloor.knowledge import load_knowledge_base

from tests.conftest import grant
from tests.integration.world import Client
from tests.shared_data import data_file

CNS_CSV = "cns_nk_missile_tests/north_korea_missile_test_database.csv"
CNS_JSON = "cns_nk_missile_tests/nagix_test.en.json"


async def _import(db: asyncpg.Connection, fmt: str, relative: str, dataset: str) -> ImportReport:
    return await import_rows(Context.unrestricted(db), read_file(fmt, data_file(relative)), dataset)


def _counts(report: ImportReport) -> dict[str, dict[str, int]]:
    return {
        name: {k: v for k, v in vars_of(counts).items() if v}
        for name, counts in report.resources.items()
    }


def vars_of(counts: ResourceCounts) -> dict[str, int]:
    return {f: getattr(counts, f) for f in counts.__struct_fields__}


async def _import_twice(
    db: asyncpg.Connection, fmt: str, relative: str, dataset: str
) -> ImportReport:
    """Import a file, then again: the second time nothing changes and the same lines fail."""
    first = await _import(db, fmt, relative, dataset)
    again = await _import(db, fmt, relative, dataset)
    assert (again.created, again.updated) == (0, 0), again.rejected_lines[:3]
    assert again.unchanged == first.created + first.updated + first.unchanged
    assert [(r.line, r.reason) for r in again.rejected_lines] == [
        (r.line, r.reason) for r in first.rejected_lines
    ]
    return first


async def _event(db: asyncpg.Connection, dataset: str, external_id: str) -> Any:
    return await db.fetchrow(
        "SELECT id, version, citations, grade, weapon_ids, facility_id FROM events "
        "WHERE dataset = $1 AND external_id = $2",
        dataset,
        external_id,
    )


async def test_cns_csv_then_json_one_event_per_test(
    client: Client, db: asyncpg.Connection, dataset: str
) -> None:
    csv = await _import_twice(db, "cns", CNS_CSV, dataset)
    # Every Missile Type of the CSV is served, also for its 45 launches of an unknown missile.
    classes = {"SRBM": 163, "MRBM": 30, "IRBM": 16, "ICBM": 11, "SLBM": 10, "SLV": 6, "HGV": 1}
    for weapon_class, rows in classes.items():
        served = await _count(client, dataset=dataset, weapon_class=weapon_class)
        assert served == rows, weapon_class
    assert _counts(csv) == {
        "actor": {"created": 1},
        "event": {"created": 245},
        "facility": {"created": 44},
        "source": {"created": 1},
        "weapon": {"created": 30},
    }
    assert csv.rejected == 0
    derived = await _import(db, "cns", CNS_JSON, dataset)
    # The 245 tests of the CSV gain the JSON's citation; 94 later tests are new; the reference
    # data the CSV created is kept, the JSON's other facilities and weapons are added.
    assert _counts(derived) == {
        "actor": {"unchanged": 1},
        "event": {"created": 94, "updated": 245},
        "facility": {"created": 11, "unchanged": 44},
        "source": {"created": 1},
        "weapon": {"created": 6, "unchanged": 30},
    }
    events = await db.fetchval("SELECT count(*) FROM events WHERE dataset = $1", dataset)
    assert events == 339
    test = await _event(db, dataset, "missile-test:2017-03-05:3")
    assert [c["page"] for c in test["citations"]] == ["F1 101", "2017-03-05 #3"]
    assert test["grade"] == "B2"  # CNS (B) confirmed (2) beats nagix (C3)
    # Importing either file again changes nothing: the CSV owns the event, the JSON corroborates.
    for relative in (CNS_CSV, CNS_JSON):
        again = await _import(db, "cns", relative, dataset)
        assert (again.created, again.updated, again.rejected) == (0, 0, 0)


async def test_cns_json_then_csv_meets_the_same_events(
    db: asyncpg.Connection, dataset: str
) -> None:
    await _import_twice(db, "cns", CNS_JSON, dataset)
    csv = await _import(db, "cns", CNS_CSV, dataset)
    assert _counts(csv)["event"] == {"updated": 245}
    test = await _event(db, dataset, "missile-test:2022-01-04:1")
    # The CSV's citation (F1 161, its date corrected to UTC) joined the JSON's event, so the
    # local/UTC disagreement did not split the test in two; CNS (B) ranks before nagix (C).
    assert [c["page"] for c in test["citations"]] == ["F1 161", "2022-01-04 #1"]


_ID = re.compile(r"\b(?:src|fac|wpn|act|evt)_[0-9a-f]{32}\b")


async def _served(client: Client, db: asyncpg.Connection, dataset: str) -> list[bytes]:
    """Every event of ``dataset`` as ``GET /v1/events/{id}`` serves it, by external_id.

    Ids and timestamps are the database's own and differ between datasets; every id in the
    body is replaced by the external_id of the record it names, and the times left out.
    """
    names: dict[str, str] = {}
    for table in ("sources", "facilities", "weapons", "actors", "events"):
        rows = await db.fetch(f"SELECT id, external_id FROM {table} WHERE dataset = $1", dataset)
        names |= {r["id"]: f"<{r['external_id']}>" for r in rows}
    ids = await db.fetch("SELECT id FROM events WHERE dataset = $1 ORDER BY external_id", dataset)
    served = []
    for row in ids:
        response = await client.get(f"/v1/events/{row['id']}")
        assert response.status_code == 200, response.text
        body = response.json()
        for key in ("id", "dataset", "created_at", "updated_at"):
            del body[key]
        text = json.dumps(body, ensure_ascii=False)
        served.append(_ID.sub(lambda m: names[m[0]], text).encode())
    return served


async def test_cns_files_in_either_order_serve_the_same_events(
    client: Client, db: asyncpg.Connection, dataset: str, api_key: ApiKeyWithSecret
) -> None:
    """CSV then JSON, or JSON then CSV: each event is served byte for byte the same."""
    other = f"{dataset}-b"
    await db.execute(
        "INSERT INTO datasets (name, kind, description) VALUES ($1, 'sandbox', 'test')", other
    )
    await grant(db, api_key.key.id, other)
    for first, second, into in ((CNS_CSV, CNS_JSON, dataset), (CNS_JSON, CNS_CSV, other)):
        await _import(db, "cns", first, into)
        await _import(db, "cns", second, into)
    csv_first, json_first = await _served(client, db, dataset), await _served(client, db, other)
    assert len(csv_first) == 339
    for a, b in zip(csv_first, json_first, strict=True):
        assert a == b
    merged = {json.loads(e)["external_id"]: json.loads(e) for e in csv_first}
    # CNS knew no site for this test, nagix did; CNS's launch time wins over nagix's, whose
    # other value stays on its citation.
    unknown_site = merged["missile-test:2019-07-30:1"]
    assert unknown_site["place"]["facility_id"] == "<ref:facility:wonsan>"
    assert unknown_site["weapon_ids"] == ["<ref:weapon:kn-25>"]
    assert unknown_site["title"] == "KN-25 launch from Wonsan Kalma International Airport"
    assert unknown_site["status"] == "confirmed"  # CNS's confirmation; nagix says nothing
    clash = merged["missile-test:2016-02-07:1"]
    assert clash["occurred"]["time"] == "2016-02-07T00:29:00Z"
    assert "occurred.time 2016-02-07T12:29:00+00:00" in clash["citations"][1]["note"]
    bearings = [e for e in merged.values() if any(m["kind"] == "bearing" for m in e["magnitudes"])]
    assert len(bearings) == 339


async def _count(client: Client, **params: Any) -> int:
    """How many events a list serves, page after page."""
    total, more = 0, dict[str, Any]()
    while True:
        page = await client.get("/v1/events", params={**params, "limit": 100, **more})
        assert page.status_code == 200, page.text
        total += len(page.json()["data"])
        cursor = page.json()["next_cursor"]
        if cursor is None:
            return total
        more = {"cursor": cursor}


async def test_cns_spellings_classes_and_locations_are_served(
    client: Client, db: asyncpg.Connection, dataset: str
) -> None:
    """nagix first creates the weapons and sites; the CSV still leaves its names on them."""
    await _import(db, "cns", CNS_JSON, dataset)
    await _import(db, "cns", CNS_CSV, dataset)
    cns = await db.fetchval(
        "SELECT id FROM sources WHERE dataset = $1 AND external_id = 'cns:source:missile-tests'",
        dataset,
    )
    assert await _count(client, dataset=dataset, weapon="Hwasong-8 MARV") > 0
    sites = await client.get("/v1/facilities", params={"dataset": dataset, "name": "Tongchan"})
    [tongchon] = sites.json()["data"]
    assert tongchon["name"] == "Tongchon"
    assert tongchon["location"] == "Kangwon Province, (North Korea)"
    assert {"Tongchan", "Kangwon"} <= set(tongchon["aliases"])
    hodo = await client.get("/v1/facilities", params={"dataset": dataset, "name": "North Wonson"})
    assert [f["name"] for f in hodo.json()["data"]] == ["Hodo Peninsula"]
    # Missile Type "Unknown" on two launches nagix names a KN-25 (an SRBM): the gap is filled.
    assert await _count(client, dataset=dataset, source=cns, weapon_class="SRBM") == 163 + 2


async def test_nuclear_tests_from_either_seismic_file(db: asyncpg.Connection, dataset: str) -> None:
    dat = await _import_twice(db, "nk-nuclear", "nk_nuclear_tests/NKNT.dat", dataset)
    assert _counts(dat) == {
        "actor": {"created": 1},
        "event": {"created": 6},
        "facility": {"created": 1},
        "source": {"created": 1},
    }
    kml = await _import(db, "nk-nuclear", "nk_nuclear_tests/NKNT.kml", dataset)
    assert (kml.read, kml.unchanged) == (9, 9)


@pytest.mark.parametrize("series", ["totals", "underground"])
async def test_nrdc_tally_as_indicators(db: asyncpg.Connection, dataset: str, series: str) -> None:
    report = await _import_twice(
        db, "nk-nuclear", f"nk_nuclear_tests/nrdc_tests_by_year_{series}.csv", dataset
    )
    assert _counts(report) == {
        "actor": {"created": 8},
        "indicator": {"created": 8},
        "observation": {"created": 584},
        "source": {"created": 1},
    }


@pytest.mark.parametrize(
    ("fmt", "relative", "events", "actors", "warnings"),
    [
        # Every row of every file is kept: CAMEO 01 and 02 included (172, 428 and 808 rows),
        # and the three upstream slips repaired with a warning (see test_repairs_are_warnings).
        ("gdelt1", "gdelt_v1_events_sample/events.csv", 710, 214, 0),
        ("gdelt2", "gdelt_v2_events_sample/20191024143000.export.CSV", 2111, 270, 0),
        ("icews", "icews_sample/events.2018.sample.tab", 3705, 1396, 0),
        ("plover", "plover_spec/PLOVER_GSR_CAMEO.json", 322, 299, 2),
        # UCDP: the fatalities slip, and three records whose first source predates the event
        # (two dated 2003 in a 2002 file): reported_at takes the rule (docs/knowledge-time.md).
        ("ucdp", "ucdp_ged_sample/ged_israel_2002.json", 373, 11, 4),
    ],
)
async def test_event_data_sets(
    db: asyncpg.Connection,
    dataset: str,
    fmt: str,
    relative: str,
    events: int,
    actors: int,
    warnings: int,
) -> None:
    report = await _import_twice(db, fmt, relative, dataset)
    assert _counts(report)["event"] == {"created": events}
    assert _counts(report)["actor"] == {"created": actors}
    assert report.rejected == 0
    assert len(report.warnings) == warnings
    stored = await db.fetchval("SELECT count(*) FROM events WHERE dataset = $1", dataset)
    assert stored == events


async def test_repairs_are_warnings(db: asyncpg.Connection, dataset: str) -> None:
    """The upstream slips of PLOVER and UCDP cost nothing but what is wrong, and say so."""
    plover = await _import(db, "plover", "plover_spec/PLOVER_GSR_CAMEO.json", dataset)
    ucdp = await _import(db, "ucdp", "ucdp_ged_sample/ged_israel_2002.json", dataset)
    found = [(w.line, w.resource, w.external_id, w.field) for w in plover.warnings + ucdp.warnings]
    assert found == [
        (116, "event", "plover:PLOVER-GSR01-AGREE-0007", "target"),
        (4825, "event", "plover:PLOVER-GSR01-COERCE-0004#2", "id"),
        (140, "event", "ucdp:ged:176160", "source_date"),
        (149, "event", "ucdp:ged:176179", "source_date"),
        (252, "event", "ucdp:ged:190788", "source_date"),
        (372, "event", "ucdp:ged:175962", "high"),
    ]
    printed = render_report(ucdp, "ged_israel_2002.json").splitlines()
    assert printed[-5:] == [
        "warnings (imported with a repair):",
        "  line 140 [event ucdp:ged:176160] source_date: 2002-03-14 is before date_start "
        "2003-03-14; reported_at is the end of the event's last day",
        "  line 149 [event ucdp:ged:176179] source_date: 2002-03-21 is before date_start "
        "2003-03-21; reported_at is the end of the event's last day",
        "  line 252 [event ucdp:ged:190788] source_date: 2002-08-04 is before date_start "
        "2002-08-05; reported_at is the end of the event's last day",
        "  line 372 [event ucdp:ged:175962] high: UCDP gives fatalities low 10, best 11, high 10, "
        "out of order; the range is widened to low 10, best 11, high 11 to hold all three",
    ]
    agree = await db.fetchrow(
        "SELECT actor_ids, recipients FROM events WHERE dataset = $1 AND external_id = $2",
        dataset,
        "plover:PLOVER-GSR01-AGREE-0007",
    )
    assert agree is not None
    assert len(agree["actor_ids"]) == 2 and agree["recipients"] == []  # Turkish, Greek-Cypriot
    coerce = await db.fetch(
        "SELECT external_id, citations -> 0 ->> 'quote' AS quote FROM events "
        "WHERE dataset = $1 AND external_id LIKE 'plover:PLOVER-GSR01-COERCE-0004%' "
        "ORDER BY external_id",
        dataset,
    )
    # Two sentences under one id (lines 4596 and 4825 of the file): both kept.
    assert [c["quote"].split()[:2] for c in coerce] == [
        ["Afghan", "guerillas"],
        ["Israel", "Friday"],
    ]
    bombing = await db.fetchrow(
        "SELECT magnitudes, summary, ucdp FROM events WHERE dataset = $1 AND external_id = $2",
        dataset,
        "ucdp:ged:175962",
    )
    assert bombing is not None
    assert bombing["magnitudes"][0] == {
        "kind": "fatalities",
        "unit": "people",
        "low": 10.0,
        "best": 11.0,
        "high": 11.0,
    }
    assert "UCDP gives fatalities low 10, best 11, high 10, out of order" in bombing["summary"]
    assert bombing["ucdp"]["deaths_civilians"] == 11


async def test_a_rejected_line_counts_against_its_resource(
    db: asyncpg.Connection, dataset: str, tmp_path: Path
) -> None:
    good = data_file("gdelt_v2_events_sample/20191024143000.export.CSV").read_bytes()
    path = tmp_path / "export.CSV"
    path.write_bytes(good.splitlines()[0] + b"\n" + b"881990000\t2\t3\n")
    report = await import_rows(Context.unrestricted(db), read_file("gdelt2", path), dataset)
    assert report.resources["event"].created == 1
    assert report.resources["event"].rejected == 1
    assert report.rejected_lines[0].resource == "event"
    assert report.rejected_lines[0].external_id == "gdelt2:881990000"


async def test_imports_and_the_knowledge_base_share_one_state(
    db: asyncpg.Connection, dataset: str
) -> None:
    """Imported tests point at the knowledge base's North Korea, in either order."""
    from watchfloor.knowledge import load_knowledge_base

    await _import(db, "nk-nuclear", "nk_nuclear_tests/NKNT.dat", dataset)
    await load_knowledge_base(Context.unrestricted(db), dataset)
    await _import(db, "cns", CNS_CSV, dataset)
    states = await db.fetch(
        "SELECT id, external_id FROM actors WHERE dataset = $1 AND kind = 'state' AND country = 'PRK'",
        dataset,
    )
    assert [s["external_id"] for s in states] == ["seed:act:prk"]
    launchers = await db.fetchval(
        "SELECT count(*) FROM events WHERE dataset = $1 AND $2 = ANY(actor_ids) "
        "AND tags && ARRAY['missile-test', 'nuclear-test']",
        dataset,
        states[0]["id"],
    )
    # The knowledge base's 339 missile tests (the CSV's 245 among them) and 6 nuclear tests.
    assert launchers == 339 + 6


SHIPPED = [
    ("cns", CNS_CSV),
    ("cns", CNS_JSON),
    ("nk-nuclear", "nk_nuclear_tests/NKNT.dat"),
    ("gdelt1", "gdelt_v1_events_sample/events.csv"),
    ("gdelt2", "gdelt_v2_events_sample/20191024143000.export.CSV"),
    ("icews", "icews_sample/events.2018.sample.tab"),
    ("plover", "plover_spec/PLOVER_GSR_CAMEO.json"),
    ("ucdp", "ucdp_ged_sample/ged_israel_2002.json"),
]
ONE_EACH = [
    "Xi Jinping", "Vladimir Putin", "Wang Yi", "Donald Trump", "Kim Jong Un", "Olaf Scholz",
    "United Nations", "European Union", "North Atlantic Treaty Organization",
    "European Commission", "Hamas", "Civilians",
]  # fmt: skip


async def test_one_actor_per_real_actor_across_every_data_set(
    client: Client, db: asyncpg.Connection, dataset: str
) -> None:
    """The knowledge base and every shipped data set in one dataset: each of these is one actor."""
    await load_knowledge_base(Context.unrestricted(db), dataset)
    for fmt, relative in SHIPPED:
        await _import(db, fmt, relative, dataset)
    for name in ONE_EACH:
        found = await db.fetch(
            "SELECT id, kind, known_as FROM actors WHERE dataset = $1 AND superseded_by IS NULL "
            "AND wf_name_keys(name, aliases) @> ARRAY[wf_name_key($2)]",
            dataset,
            name,
        )
        assert len(found) == 1, (name, [dict(r) for r in found])
    kim = await client.get("/v1/actors", params={"dataset": dataset, "name": "Kim Jong-Un"})
    [actor] = kim.json()["data"]
    assert actor["external_id"] == "seed:act:kim-jong-un"
    assert {"external_id": "icews:Kim Jong-Un", "rule": "name", "value": "Kim Jong-Un"} in actor[
        "known_as"
    ]
    # 149 ICEWS rows name Kim Jong-Un as source or target (counted in the .tab file with
    # csv.DictReader; every one kept, CAMEO 01/02 included) and 3 knowledge-base events do.
    assert await _count(client, dataset=dataset, actor=actor["id"]) == 149 + 3
    un = await client.get("/v1/actors", params={"dataset": dataset, "name": "United Nations"})
    [united_nations] = un.json()["data"]
    assert {k["external_id"] for k in united_nations["known_as"]} == {
        "cameo:IGOUNO",
        "icews:United Nations",
    }
    # Importing ICEWS again finds every actor it resolved by the id it gives it.
    again = await _import(db, "icews", "icews_sample/events.2018.sample.tab", dataset)
    assert (again.created, again.updated, again.matched) == (0, 0, 0)

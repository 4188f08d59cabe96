"""Events PLOVER has no category for, and the data sets' numbers as typed fields and filters.

GDELT 2.0 and ICEWS are imported from the real files, then asked back through the HTTP API. The
expected figures were read off the files with awk (F = the file; GDELT columns: 1 GLOBALEVENTID,
26 IsRootEvent, 27 EventCode, 32 NumMentions, 33 NumSources, 34 NumArticles, 35 AvgTone,
60 DATEADDED):

    awk -F'\t' '$32>=30 {print $1, $26, $32, $27}' $F   → 10 events, 8 of them root events
    awk -F'\t' '$27 ~ /^01/' $F | wc -l                 → 297 public statements (CAMEO 01)
"""

from typing import Any

import asyncpg
from watchfloor.context import Context
from watchfloor.formats import read_file
from watchfloor.imports.service import import_rows

from tests.integration import world
from tests.integration.world import Client
from tests.shared_data import data_file

GDELT2 = "gdelt_v2_events_sample/20191024143000.export.CSV"
ICEWS = "icews_sample/events.2018.sample.tab"


async def _import(db: asyncpg.Connection, fmt: str, relative: str, dataset: str) -> None:
    report = await import_rows(
        Context.unrestricted(db), read_file(fmt, data_file(relative)), dataset
    )
    assert report.rejected == 0, report.rejected_lines[:3]


async def _all(client: Client, dataset: str, **params: Any) -> list[dict[str, Any]]:
    """Every event a list answers, page after page."""
    events: list[dict[str, Any]] = []
    query: dict[str, Any] = {"dataset": dataset, "limit": 100, **params}
    while True:
        response = await client.get("/v1/events", params=query)
        assert response.status_code == 200, response.text
        page = response.json()
        events += page["data"]
        if not page["has_more"]:
            return events
        query["cursor"] = page["next_cursor"]


async def test_gdelt_numbers_and_filters(
    client: Client, db: asyncpg.Connection, dataset: str
) -> None:
    await _import(db, "gdelt2", GDELT2, dataset)
    widely = await _all(client, dataset, min_mentions=30)
    assert sorted(e["external_id"] for e in widely) == [
        f"gdelt2:{n}"
        for n in (
            881990900, 881991197, 881991199, 881991343, 881991351, 881991469, 881991537,
            881991586, 881991633, 881992636,
        )
    ]  # fmt: skip
    root = await _all(client, dataset, min_mentions=30, root_event="true")
    assert len(root) == 8 and all(e["gdelt"]["is_root_event"] for e in root)
    others = await _all(client, dataset, min_mentions=30, root_event="false")
    assert sorted(e["external_id"] for e in others) == ["gdelt2:881991351", "gdelt2:881991633"]
    visit = next(
        e
        for e in await _all(client, dataset, actor=await _prk(db, dataset))
        if e["external_id"] == "gdelt2:881992320"
    )
    assert visit["gdelt"] == {
        "is_root_event": True,
        "num_mentions": 2,
        "num_sources": 1,
        "num_articles": 2,
        "avg_tone": -3.1496062992126,
        "goldstein": 1.9,
        "quad_class": 1,
        "date_added": "2019-10-24T14:30:00Z",
    }
    assert visit["icews"] is None and visit["ucdp"] is None


async def _prk(db: asyncpg.Connection, dataset: str) -> str:
    return str(
        await db.fetchval(
            "SELECT id FROM actors WHERE dataset = $1 AND external_id = 'seed:act:prk'", dataset
        )
    )


async def test_cameo_01_and_02_are_kept_uncategorized(
    client: Client, db: asyncpg.Connection, dataset: str
) -> None:
    await _import(db, "gdelt2", GDELT2, dataset)
    statements = await _all(client, dataset, cameo_root="01")
    assert len(statements) == 297
    assert {e["category"] for e in statements} == {"UNCATEGORIZED"}
    assert {e["cameo"]["quad_class"] for e in statements} == {1}
    statement = next(e for e in statements if e["external_id"] == "gdelt2:881991343")
    assert statement["cameo"]["code"] == "010" and statement["gdelt"]["num_mentions"] == 32
    uncategorized = await _all(client, dataset, category="UNCATEGORIZED")
    assert len(uncategorized) == 428  # awk -F'\t' '$27 ~ /^0[12]/' $F | wc -l


async def test_icews_numbers(client: Client, db: asyncpg.Connection, dataset: str) -> None:
    await _import(db, "icews", ICEWS, dataset)
    # 32891167: North Korea appeals (CAMEO 020) to South Korea, intensity 3, Reuters story
    # 47400374, sentence 1.
    appeal = next(
        e
        for e in await _all(client, dataset, cameo_root="02", actor=await _prk(db, dataset))
        if e["external_id"] == "icews:32891167"
    )
    assert appeal["category"] == "UNCATEGORIZED"
    assert appeal["icews"] == {
        "intensity": 3.0,
        "story_id": 47400374,
        "sentence_number": 1,
        "publisher": "Reuters News",
    }


async def test_an_analyst_records_an_uncategorized_event(client: Client, dataset: str) -> None:
    src = await world.source(client, dataset)
    body: dict[str, Any] = {
        "category": "UNCATEGORIZED",
        "cameo_code": "012",
        "title": "KCNA: pessimistic comment on talks",
        "gdelt": {"num_mentions": 12, "is_root_event": True},
    }
    event = await world.event(client, dataset, src, **body)
    assert event["category"] == "UNCATEGORIZED" and event["cameo"]["root"] == "01"
    assert event["gdelt"]["num_mentions"] == 12 and event["gdelt"]["avg_tone"] is None
    patched = await client.patch(
        f"/v1/events/{event['id']}", json={"gdelt": None, "ucdp": {"deaths_a": 1}}
    )
    assert patched.status_code == 200, patched.text
    assert patched.json()["gdelt"] is None and patched.json()["ucdp"]["deaths_a"] == 1
    assert await world.titles(client, dataset, category="UNCATEGORIZED") == [event["title"]]
    assert await world.titles(client, dataset, min_mentions=12) == []


async def test_bad_coding_values_are_refused(client: Client, dataset: str) -> None:
    src = await world.source(client, dataset)
    body = {
        "title": "x",
        "category": "UNCATEGORIZED",
        "occurred": {"start": "2024-06-26"},
        "citations": [{"source_id": src, "credibility": 2}],
        "dataset": dataset,
        "gdelt": {"num_mentions": -1, "quad_class": 5},
    }
    response = await client.post("/v1/events", json=body)
    assert response.status_code == 400, response.text
    assert response.json()["errors"][0]["pointer"] == "/gdelt/num_mentions"
    response = await client.get("/v1/events", params={"dataset": dataset, "min_mentions": 0})
    assert response.status_code == 400, response.text

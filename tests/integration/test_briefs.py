"""The daily brief through the real API and the real worker, with hand-worked expectations.

A small world: a warning problem whose rule holds at four DPRK artillery events in a month;
events in March 2025 (each known when its day ends), one reported late, one in the ROK; a
statement; a question with forecasts. The brief for 2025-03-10 12:00 covers the 24 hours before
and is read as known by then.
"""

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from io import BytesIO
from typing import Any

import asyncpg
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from pypdf import PdfReader
from watchfloor.computed.handler import ComputedIndicators
from watchfloor.warning.handler import WarningRules
from watchfloor.worker.runner import Worker

from tests.conftest import grant
from tests.integration import factories
from tests.integration.signpost_rows import signpost, step
from tests.integration.worker_probe import settled

Client = AsyncTestClient[Litestar]
Json = dict[str, Any]

NOW = datetime(2025, 6, 15, 12, tzinfo=UTC)
FOR = "2025-03-10T12:00:00Z"
HANDLERS = ("computed-indicators", "warning")


@pytest.fixture
async def worker_db(db: asyncpg.Connection) -> AsyncIterator[asyncpg.Connection]:
    yield db
    await db.execute("DELETE FROM worker_positions WHERE handler = ANY($1::text[])", HANDLERS)


async def _run(db: asyncpg.Connection, dataset: str) -> None:
    await settled(db, dataset)
    worker = Worker([ComputedIndicators(today=lambda: NOW.date()), WarningRules(clock=lambda: NOW)])
    await worker.catch_up(db)


async def _post(client: Client, path: str, body: Json, status: int = 201) -> Json:
    response = await client.post(path, json=body)
    assert response.status_code == status, response.text
    answer: Json = response.json()
    return answer


async def _event(
    client: Client, dataset: str, source: str, day: str, country: str, **fields: Any
) -> str:
    lat, lon = (39.0, 125.7) if country == "PRK" else (37.5, 127.0)
    body = {
        "title": fields.pop("title", f"Artillery fire in {country} on {day}"),
        "category": "ASSAULT",
        "occurred": {"start": day},
        "place": {"name": f"Near {country}", "country": country, "lat": lat, "lon": lon},
        "citations": [{"source_id": source, "credibility": fields.pop("credibility", 2)}],
        "dataset": dataset,
        **fields,
    }
    return str((await _post(client, "/v1/events", body))["id"])


async def _world(client: Client, dataset: str) -> Json:
    kcna = await factories.source(client, dataset, "B")
    yonhap = await factories.source(client, dataset, "A", title="Yonhap report")
    ids: Json = {"early": []}
    for day in ("2025-03-03", "2025-03-05", "2025-03-07"):
        ids["early"].append(await _event(client, dataset, kcna, day, "PRK"))
    # Known when the 9th ends: the fourth of the month, so the rule holds from 10 March 00:00.
    ids["fourth"] = await _event(client, dataset, kcna, "2025-03-09", "PRK")
    ids["south"] = await _event(client, dataset, yonhap, "2025-03-09", "KOR", credibility=1)
    # About the 8th, but reported only on the 20th: not known by the brief's instant.
    ids["late"] = await _event(
        client, dataset, kcna, "2025-03-08", "PRK", reported_at="2025-03-20T00:00:00Z"
    )
    dprk = await factories.actor(client, dataset, "DPRK", country="PRK")
    ids["statement"] = (
        await _post(
            client,
            "/v1/statements",
            {"speaker_id": dprk, "text": "The artillery will answer every provocation.",
             "said_on": "2025-03-09", "stance": "hostile", "dataset": dataset,
             "citations": [{"source_id": kcna, "credibility": 3}]},
        )
    )["id"]  # fmt: skip
    indicator = await _post(
        client,
        "/v1/indicators",
        {"name": "DPRK artillery fire per month", "unit": "events", "frequency": "monthly",
         "dataset": dataset,
         "definition": {"measure": "count", "filters": {"category": "ASSAULT", "country": "PRK"}}},
    )  # fmt: skip
    ids["indicator"] = indicator["id"]
    problem = await _post(
        client,
        "/v1/warning-problems",
        {"name": "Inter-Korean border incidents", "dataset": dataset, "owner": "Korea desk",
         "rules": [{"key": "many", "kind": "threshold", "level": "watch",
                    "indicator_id": indicator["id"], "value": 4,
                    "rationale": "Four exchanges of fire in a month is a pattern."}]},
    )  # fmt: skip
    ids["problem"] = problem["id"]
    return ids


async def _brief(client: Client, body: Json, status: int = 201) -> Json:
    return await _post(client, "/v1/briefs", body, status)


async def test_a_brief_shows_what_was_known_by_its_instant(
    client: Client, worker_db: asyncpg.Connection, dataset: str
) -> None:
    ids = await _world(client, dataset)
    await _run(worker_db, dataset)
    brief = await _brief(client, {"dataset": dataset, "for": FOR})
    assert brief["id"].startswith("brf_") and brief["exercise"] is False
    assert brief["written_for"] == FOR and brief["since"] == "2025-03-09T12:00:00Z"
    assert brief["scope"] == {"dataset": dataset, "region": None, "watchlist_id": None}
    assert brief["previous_id"] is None
    s = brief["sections"]
    # The board: quiet at since (three events by then), watch at `for` (the fourth, known 00:00).
    assert (s["board_level_was"], s["board_level"]) == ("quiet", "watch")
    assert [(m["name"], m["was"], m["level"]) for m in s["levels"]] == [
        ("Inter-Korean border incidents", "quiet", "watch")
    ]
    assert s["levels"][0]["since"] == "2025-03-10T00:00:00Z"
    [opened] = s["alerts_opened"]
    assert (opened["rule_key"], opened["level"], opened["state"]) == ("many", "watch", "open")
    assert opened["opened_at"] == "2025-03-10T00:00:00Z"
    # Its evidence: the four PRK events known by then, never the late one.
    evidence = {e["id"] for e in opened["evidence"]}
    assert evidence == {*ids["early"], ids["fourth"]}
    assert s["alerts_closed"] == []
    # New events: reported in (09 12:00, 10 12:00]; best grade first; the late report is out.
    assert [e["id"] for e in s["events"]] == [ids["south"], ids["fourth"]]
    assert [e["grade"] for e in s["events"]] == ["A1", "B2"] and s["events_total"] == 2
    assert [st["id"] for st in s["statements"]] == [ids["statement"]]
    assert s["statements"][0]["speaker"] == "DPRK" and s["statements_total"] == 1
    assert s["forecasts"] == [] and s["signposts"] == [] and s["decisions"] == []
    # The chart: 24 months to March 2025 as known by then (4, not 5: the late one is out).
    [chart] = s["charts"]
    assert chart["indicator_id"] == ids["indicator"] and chart["line"] == 4
    assert len(chart["points"]) == 24 and chart["points"][0]["label"] == "2023-04"
    assert chart["points"][-1] == {"period_start": "2025-03-01", "label": "2025-03", "value": 4}

    # Known by the 21st the late report is in: a brief for then counts it.
    later = await _brief(client, {"dataset": dataset, "for": "2025-03-21T00:00:00Z", "since": FOR})
    assert [e["id"] for e in later["sections"]["events"]] == [ids["late"]]
    assert later["sections"]["charts"][0]["points"][-1]["value"] == 5


async def test_a_region_narrows_events_and_statements(
    client: Client, worker_db: asyncpg.Connection, dataset: str
) -> None:
    ids = await _world(client, dataset)
    await _run(worker_db, dataset)
    north = await _brief(client, {"dataset": dataset, "for": FOR, "region": {"countries": ["PRK"]}})
    assert [e["id"] for e in north["sections"]["events"]] == [ids["fourth"]]
    assert len(north["sections"]["statements"]) == 1
    south = await _brief(
        client, {"dataset": dataset, "for": FOR, "region": {"bbox": [126.5, 37, 127.5, 38]}}
    )
    assert [e["id"] for e in south["sections"]["events"]] == [ids["south"]]
    assert south["sections"]["statements"] == []  # a box has no speakers
    # The scope is kept; the list filters by it.
    listed = await client.get("/v1/briefs", params={"dataset": dataset, "country": "PRK"})
    assert [b["id"] for b in listed.json()["data"]] == [north["id"]]
    regional = await client.get("/v1/briefs", params={"dataset": dataset, "regional": "true"})
    assert {b["id"] for b in regional.json()["data"]} == {north["id"], south["id"]}


async def test_since_defaults_to_the_previous_brief_of_the_scope_and_forecasts_move(
    client: Client, dataset: str
) -> None:
    question = await _post(
        client,
        "/v1/questions",
        {"title": "Will the DPRK test a nuclear device?", "kind": "binary", "dataset": dataset,
         "closes_at": "2030-01-01T00:00:00Z", "resolves_at": "2030-02-01T00:00:00Z",
         "criteria": {"window_start": "2029-12-01", "window_end": "2029-12-31",
                      "over": "events"}},
    )  # fmt: skip
    forecast = {"question_id": question["id"], "forecaster": "Korea desk", "dataset": dataset}
    await _post(client, "/v1/forecasts", {**forecast, "probability": 0.2})
    first = await _brief(client, {"dataset": dataset})
    [move] = first["sections"]["forecasts"]
    assert (move["was"], move["probability"], move["change"]) == (None, 0.2, None)
    await _post(client, "/v1/forecasts", {**forecast, "probability": 0.35})
    second = await _brief(client, {"dataset": dataset})
    assert second["previous_id"] == first["id"] and second["since"] == first["written_for"]
    [move] = second["sections"]["forecasts"]
    assert move["was"] == 0.2 and move["probability"] == 0.35
    assert move["change"] == pytest.approx(0.15)
    # Another scope does not continue this one: it covers the default 24 hours.
    other = await _brief(client, {"dataset": dataset, "region": {"countries": ["KOR"]}})
    assert other["previous_id"] is None
    for_ = datetime.fromisoformat(other["written_for"])
    assert datetime.fromisoformat(other["since"]) == for_ - timedelta(hours=24)
    # A brief is never edited: the history of the first has one version, its content intact.
    history = (await client.get(f"/v1/briefs/{first['id']}/history")).json()["data"]
    assert [v["version"] for v in history] == [1]


async def test_bad_requests_are_problems_with_pointers(client: Client, dataset: str) -> None:
    late = await _brief(
        client, {"dataset": dataset, "for": FOR, "since": "2025-03-11T00:00:00Z"}, 422
    )
    assert [e["pointer"] for e in late["errors"]] == ["/since"]
    box = await _brief(client, {"dataset": dataset, "region": {"bbox": [126, 38, 127, 37]}}, 422)
    assert [e["pointer"] for e in box["errors"]] == ["/region/bbox/1"]
    shape = await _brief(client, {"dataset": dataset, "region": {"bbox": [1, 2]}}, 400)
    assert shape["errors"][0]["pointer"].startswith("/region/bbox")
    missing = await client.get("/v1/briefs/brf_" + "0" * 32 + "/document?format=pdf")
    assert missing.status_code == 404
    wrong = await client.get("/v1/briefs/brf_" + "0" * 32 + "/document?format=docx")
    assert wrong.status_code == 400


async def test_renderings_are_valid_and_carry_the_sections(
    client: Client, worker_db: asyncpg.Connection, dataset: str
) -> None:
    await _world(client, dataset)
    await _run(worker_db, dataset)
    brief = await _brief(client, {"dataset": dataset, "for": FOR})
    base = f"/v1/briefs/{brief['id']}/document"
    md = await client.get(base, params={"format": "md"})
    assert md.status_code == 200 and md.headers["content-type"].startswith("text/markdown")
    assert md.text.startswith("# Daily brief — 10 March 2025")
    assert "quiet → **watch**" in md.text and "EXERCISE" not in md.text
    page = await client.get(base, headers={"Accept": "text/html"})
    assert page.headers["content-type"].startswith("text/html")
    for section in ("board", "alerts-opened", "alerts-closed", "charts", "events", "statements",
                    "forecasts", "signposts", "decisions"):  # fmt: skip
        assert f'<section id="{section}">' in page.text, section
    assert "data:image/svg+xml;base64," in page.text
    document = await client.get(base, headers={"Accept": "application/pdf"})
    assert document.headers["content-type"] == "application/pdf"
    reader = PdfReader(BytesIO(document.content))
    text = "".join(p.extract_text() for p in reader.pages)
    assert "Daily brief" in text and "Inter-Korean border incidents" in text
    assert "EXERCISE" not in text


@pytest.fixture
async def drill(client: Client, db: asyncpg.Connection, api_key: Any) -> str:
    name = f"x-{datetime.now(UTC).strftime('%H%M%S%f')}"
    made = await client.post("/v1/admin/datasets", json={"name": name, "kind": "exercise"})
    assert made.status_code == 201, made.text
    await grant(db, api_key.key.id, name)
    return name


async def test_an_exercise_brief_is_marked_on_every_page(client: Client, drill: str) -> None:
    source = await factories.source(client, drill, "B")
    speaker = await factories.actor(client, drill, "DPRK", country="PRK")
    for n in range(10):
        await _post(
            client,
            "/v1/statements",
            {"speaker_id": speaker, "said_on": "2025-03-09", "dataset": drill,
             "text": f"Exercise statement {n}: " + "the drill goes on as planned. " * 9,
             "citations": [{"source_id": source, "credibility": 2}]},
        )  # fmt: skip
    for n in range(10):
        await _event(
            client, drill, source, "2025-03-09", "PRK",
            title=f"Exercise event {n}: " + "a simulated artillery exchange, inject by the staff. " * 4,
        )  # fmt: skip
    brief = await _brief(client, {"dataset": drill, "for": FOR})
    assert brief["exercise"] is True
    base = f"/v1/briefs/{brief['id']}/document"
    md = await client.get(base)
    assert md.text.splitlines()[0] == "**EXERCISE — EXERCISE — EXERCISE**"
    assert md.headers["watchfloor-exercise"] == "true"
    page = await client.get(base, params={"format": "html"})
    assert '<div class="exercise">EXERCISE</div>' in page.text
    document = await client.get(base, params={"format": "pdf"})
    pages = PdfReader(BytesIO(document.content)).pages
    assert len(pages) >= 2, "the brief must run over a page for this test to mean anything"
    for number, pdf_page in enumerate(pages, 1):
        text = pdf_page.extract_text()
        # Header and footer: the mark twice on every page.
        assert text.count("EXERCISE") >= 2, (number, text[:200])


async def test_signposts_lit_are_those_entering_emerging_or_seen_in_the_interval(
    client: Client, db: asyncpg.Connection, dataset: str
) -> None:
    fresh = await signpost(
        db, dataset, [step("2025-03-09T18:00:00Z", "emerging"), step("2025-03-11T00:00:00Z", "seen")],
        name="Artillery moved forward",
    )  # fmt: skip
    await signpost(db, dataset, [step("2025-03-01T00:00:00Z", "seen")], name="Old news")
    firmer = await signpost(
        db, dataset, [step("2025-03-05T00:00:00Z", "emerging"), step("2025-03-10T06:00:00Z", "seen")],
        name="Leave cancelled",
    )  # fmt: skip
    await signpost(db, dataset, [step("2025-03-12T00:00:00Z", "seen")], name="Not yet known")
    brief = await _brief(client, {"dataset": dataset, "for": FOR})
    lit = [
        (s["signpost_id"], s["was"], s["status"], s["at"]) for s in brief["sections"]["signposts"]
    ]
    # Seen first, then emerging; the step after `for` is not known yet.
    assert lit == [
        (firmer, "emerging", "seen", "2025-03-10T06:00:00Z"),
        (fresh, "not_seen", "emerging", "2025-03-09T18:00:00Z"),
    ]
    # Stored: read again later (and as of its writing) it says the same.
    again = await client.get(f"/v1/briefs/{brief['id']}", params={"as_of": brief["created_at"]})
    assert again.json()["sections"] == brief["sections"]

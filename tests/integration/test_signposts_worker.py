"""Signposts lit by the real worker from data written through the real API.

Events and statements are posted over HTTP (each known when its day ends: the database's rule
for ``reported_at``); the worker's handlers run with their clocks set. The expected steps are
worked out here from the records the test writes (and, for an alert condition, from the alerts
the warning worker opened, read over HTTP), independently of the code.
"""

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import asyncpg
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from watchfloor.computed.handler import ComputedIndicators
from watchfloor.planning.handler import Signposts
from watchfloor.warning.handler import WarningRules
from watchfloor.worker.runner import Worker

from tests.integration import factories
from tests.integration.worker_probe import settled, start_at_horizon

Client = AsyncTestClient[Litestar]
Json = dict[str, Any]

HANDLERS = ("computed-indicators", "warning", "signposts")


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


@pytest.fixture
async def worker_db(db: asyncpg.Connection) -> AsyncIterator[asyncpg.Connection]:
    await start_at_horizon(db, HANDLERS)
    yield db
    # A position holds the feed's retention back: the handlers' must not outlive the test.
    await db.execute("DELETE FROM worker_positions WHERE handler = ANY($1::text[])", HANDLERS)


async def _run(db: asyncpg.Connection, dataset: str, now: str) -> None:
    instant = _at(now)
    for _ in range(2):
        await settled(db, dataset)
        worker = Worker(
            [
                ComputedIndicators(today=lambda: instant.date()),
                WarningRules(clock=lambda: instant),
                Signposts(clock=lambda: instant),
            ]
        )
        await worker.catch_up(db)


async def _event(client: Client, dataset: str, source: str, day: str, **fields: Any) -> str:
    body = {
        "title": f"Artillery fire on {day}",
        "category": "ASSAULT",
        "occurred": {"start": day},
        "citations": [{"source_id": source, "credibility": 2}],
        "dataset": dataset,
        **fields,
    }
    response = await client.post("/v1/events", json=body)
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def _signpost(client: Client, dataset: str, condition: Json) -> str:
    body = {"name": "Fire", "dataset": dataset, "condition": condition}
    response = await client.post("/v1/signposts", json=body)
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def _get(client: Client, signpost: str, **params: str) -> Json:
    response = await client.get(f"/v1/signposts/{signpost}", params=params)
    assert response.status_code == 200, response.text
    return dict(response.json())


def _brief(steps: list[Json]) -> list[tuple[str, str, float | None]]:
    return [(s["at"], s["status"], s["value"]) for s in steps]


async def test_a_trailing_window_lights_emerges_and_ages_out_at_the_instants_the_data_says(
    client: Client, worker_db: asyncpg.Connection, dataset: str
) -> None:
    source = await factories.source(client, dataset)
    e1 = await _event(client, dataset, source, "2025-03-01")
    e2 = await _event(client, dataset, source, "2025-03-03")
    e3 = await _event(client, dataset, source, "2025-03-05")
    # Another category: not selected by the filters.
    await _event(client, dataset, source, "2025-03-04", category="AGREE")
    signpost = await _signpost(
        client,
        dataset,
        {"kind": "events", "window": {"days": 10}, "count": 3, "emerging": 2,
         "filters": {"category": "ASSAULT"}},
    )  # fmt: skip
    # Each event is known when its day ends, and counts in the 10 days from its day on: e1
    # from 2 March until 11 March, e2 from the 4th until the 13th, e3 from the 6th until the
    # 15th.
    await _run(worker_db, dataset, "2025-03-12T12:00:00Z")
    body = await _get(client, signpost)
    assert _brief(body["steps"]) == [
        ("2025-03-02T00:00:00Z", "not_seen", 1.0),
        ("2025-03-04T00:00:00Z", "emerging", 2.0),
        ("2025-03-06T00:00:00Z", "seen", 3.0),
        ("2025-03-11T00:00:00Z", "emerging", 2.0),
    ]
    assert body["status"] == "emerging" and body["changed_at"] == "2025-03-11T00:00:00Z"
    assert body["evidence"]["events"] == [e3, e2] and body["value"] == 2.0
    assert body["steps"][2]["evidence"]["events"] == [e3, e2, e1]
    assert (
        "3 events matching the filters from 2025-02-25 to 2025-03-06"
        in (body["steps"][2]["explanation"])
    )
    assert body["evaluated_at"] is not None
    # Due again when e2 ages out; the handler's clock moves on, and it does.
    due = await worker_db.fetchval(
        "SELECT due_at FROM signpost_due WHERE signpost_id = $1", signpost
    )
    assert due == _at("2025-03-13T00:00:00Z")
    await _run(worker_db, dataset, "2025-03-20T00:00:00Z")
    body = await _get(client, signpost)
    assert _brief(body["steps"][4:]) == [
        ("2025-03-13T00:00:00Z", "not_seen", 1.0),
        ("2025-03-15T00:00:00Z", "not_seen", 0.0),
    ]
    assert body["status"] == "not_seen" and body["evidence"]["events"] == []
    # Nothing is due any more: no new data, no record left to age out.
    assert not await worker_db.fetchval(
        "SELECT 1 FROM signpost_due WHERE signpost_id = $1", signpost
    )
    versions = (await client.get(f"/v1/signposts/{signpost}/history")).json()["data"]
    assert [v["version"] for v in versions] == [1, 2, 3]
    # Running again over the same data writes nothing.
    await worker_db.execute(
        "INSERT INTO signpost_due VALUES ($1, '2025-03-01') ON CONFLICT DO NOTHING", signpost
    )
    await _run(worker_db, dataset, "2025-03-20T00:00:00Z")
    assert (await _get(client, signpost))["version"] == 3

    # known_by reads: what the raw data said at each instant.
    expected = {
        "2025-03-01T12:00:00Z": ("not_seen", None, []),
        "2025-03-02T00:00:00Z": ("not_seen", 1.0, [e1]),
        "2025-03-05T00:00:00Z": ("emerging", 2.0, [e2, e1]),
        "2025-03-07T09:00:00Z": ("seen", 3.0, [e3, e2, e1]),
        "2025-03-12T00:00:00Z": ("emerging", 2.0, [e3, e2]),
        "2025-03-14T00:00:00Z": ("not_seen", 1.0, [e3]),
        "2025-03-16T00:00:00Z": ("not_seen", 0.0, []),
    }
    for known_by, (status, value, events) in expected.items():
        then = await _get(client, signpost, known_by=known_by)
        assert (then["status"], then["value"], then["evidence"]["events"]) == (
            status,
            value,
            events,
        ), known_by
        assert all(_at(s["at"]) <= _at(known_by) for s in then["steps"])
        listed = await client.get(
            "/v1/signposts", params={"dataset": dataset, "known_by": known_by, "status": status}
        )
        assert [s["id"] for s in listed.json()["data"]] == [signpost], known_by
        assert listed.json()["data"][0] == then
    history = await client.get(
        f"/v1/signposts/{signpost}/history", params={"known_by": "2025-03-07T09:00:00Z"}
    )
    assert [v["signpost"]["status"] for v in history.json()["data"]] == [
        "not_seen",
        "seen",
        "seen",
    ]


async def test_a_retraction_makes_it_dark_with_the_retraction_as_evidence(
    client: Client, worker_db: asyncpg.Connection, dataset: str
) -> None:
    source = await factories.source(client, dataset)
    events = [
        await _event(client, dataset, source, day)
        for day in ("2025-01-10", "2025-01-20", "2025-02-02")
    ]
    signpost = await _signpost(
        client,
        dataset,
        {"kind": "events", "window": {"start": "2025-01-01", "end": "2025-03-31"}, "count": 3,
         "filters": {"category": "ASSAULT"}},
    )  # fmt: skip
    await _run(worker_db, dataset, "2025-04-15T00:00:00Z")
    lit = await _get(client, signpost)
    assert lit["status"] == "seen" and lit["changed_at"] == "2025-02-03T00:00:00Z"
    assert lit["retracted"]["events"] == []
    before = datetime.now(UTC).isoformat()

    retracted = await client.patch(
        f"/v1/events/{events[1]}",
        json={"status": "retracted", "status_reason": "Mistaken for an exercise."},
    )
    assert retracted.status_code == 200, retracted.text
    await _run(worker_db, dataset, "2025-04-15T00:00:00Z")
    dark = await _get(client, signpost)
    assert dark["version"] == lit["version"] + 1
    assert dark["status"] == "not_seen" and dark["value"] == 2.0
    assert dark["retracted"]["events"] == [events[1]]
    assert dark["evidence"]["events"] == [events[2], events[0]]
    # The retracted event never counted: the replay has no step it made.
    assert _brief(dark["steps"]) == [
        ("2025-01-11T00:00:00Z", "not_seen", 1.0),
        ("2025-02-03T00:00:00Z", "not_seen", 2.0),
    ]
    # What Watchfloor had recorded before the retraction: lit.
    then = await _get(client, signpost, as_of=before)
    assert then == lit
    listed = await client.get(
        "/v1/signposts", params={"dataset": dataset, "as_of": before, "status": "seen"}
    )
    assert [s["id"] for s in listed.json()["data"]] == [signpost]

    # Another event lights it again; the retraction stays in the version that went dark.
    fourth = await _event(client, dataset, source, "2025-03-01")
    await _run(worker_db, dataset, "2025-04-15T00:00:00Z")
    again = await _get(client, signpost)
    assert again["status"] == "seen" and again["changed_at"] == "2025-03-02T00:00:00Z"
    assert again["evidence"]["events"] == [fourth, events[2], events[0]]
    assert again["retracted"]["events"] == []


async def test_statements_light_a_statements_condition(
    client: Client, worker_db: asyncpg.Connection, dataset: str
) -> None:
    source = await factories.source(client, dataset)
    speaker = await factories.actor(client, dataset, "North Korea")

    async def statement(said_on: str, stance: str) -> str:
        body = {
            "speaker_id": speaker, "stance": stance, "said_on": said_on, "dataset": dataset,
            "text": "The hostile policy will be answered.",
            "citations": [{"source_id": source, "credibility": 2}],
        }  # fmt: skip
        response = await client.post("/v1/statements", json=body)
        assert response.status_code == 201, response.text
        return str(response.json()["id"])

    first = await statement("2024-05-03", "hostile")
    await statement("2024-05-04", "conciliatory")
    second = await statement("2024-05-28", "hostile")
    signpost = await _signpost(
        client,
        dataset,
        {"kind": "statements", "window": {"days": 30}, "count": 2,
         "filters": {"speaker": speaker, "stance": "hostile"}},
    )  # fmt: skip
    await _run(worker_db, dataset, "2024-06-10T00:00:00Z")
    body = await _get(client, signpost)
    assert _brief(body["steps"]) == [
        ("2024-05-04T00:00:00Z", "not_seen", 1.0),
        ("2024-05-29T00:00:00Z", "seen", 2.0),
        ("2024-06-02T00:00:00Z", "not_seen", 1.0),
    ]
    assert body["steps"][1]["evidence"]["statements"] == [second, first]
    assert body["evidence"]["statements"] == [second]


async def test_an_alert_condition_follows_the_problems_alerts(
    client: Client, worker_db: asyncpg.Connection, dataset: str
) -> None:
    source = await factories.source(client, dataset)
    for day in (3, 5, 7, 9):
        await _event(client, dataset, source, f"2025-03-{day:02d}")
    indicator = await client.post(
        "/v1/indicators",
        json={"name": "Fire a month", "unit": "events", "frequency": "monthly",
              "dataset": dataset,
              "definition": {"measure": "count", "filters": {"category": "ASSAULT"}}},
    )  # fmt: skip
    assert indicator.status_code == 201, indicator.text
    problem = await client.post(
        "/v1/warning-problems",
        json={"name": "Border", "dataset": dataset, "rules": [
            {"key": "some", "kind": "threshold", "level": "watch",
             "indicator_id": indicator.json()["id"], "value": 2, "rationale": "Some."},
            {"key": "many", "kind": "threshold", "level": "warning",
             "indicator_id": indicator.json()["id"], "value": 4, "rationale": "Many."}]},
    )  # fmt: skip
    assert problem.status_code == 201, problem.text
    problem_id = problem.json()["id"]
    signpost = await _signpost(
        client, dataset, {"kind": "alert", "problem_id": problem_id, "level": "warning"}
    )
    await _run(worker_db, dataset, "2025-06-15T00:00:00Z")
    alerts = (
        await client.get("/v1/alerts", params={"dataset": dataset, "problem": problem_id})
    ).json()["data"]
    by_rule = {a["rule_key"]: a for a in alerts}
    assert set(by_rule) == {"some", "many"}
    some, many = by_rule["some"], by_rule["many"]
    # From the alerts as the API gives them: emerging while only the watch alert is open,
    # seen while the warning one is, dark when both have closed.
    assert some["opened_at"] < many["opened_at"] < some["closed_at"] == many["closed_at"]
    body = await _get(client, signpost)
    assert _brief(body["steps"]) == [
        (some["opened_at"], "emerging", 1.0),
        (many["opened_at"], "seen", 2.0),
        (some["closed_at"], "not_seen", 0.0),
    ]
    assert body["steps"][0]["evidence"]["alerts"] == [some["id"]]
    assert body["steps"][1]["evidence"]["alerts"] == [many["id"], some["id"]]
    mid = await _get(client, signpost, known_by=many["opened_at"])
    assert mid["status"] == "seen" and mid["evidence"]["alerts"] == [many["id"], some["id"]]
    # A watch-level condition on the same problem: seen from the first alert.
    watch = await _signpost(client, dataset, {"kind": "alert", "problem_id": problem_id})
    await _run(worker_db, dataset, "2025-06-15T00:00:00Z")
    assert _brief((await _get(client, watch))["steps"]) == [
        (some["opened_at"], "seen", 1.0),
        (many["opened_at"], "seen", 2.0),
        (some["closed_at"], "not_seen", 0.0),
    ]

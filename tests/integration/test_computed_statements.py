"""Computed indicators over statements, through the real API and the real worker.

Statements and indicators are written over HTTP; the worker's own handler computes the figures
with its clock set to a given day (as in ``test_computed_indicators.py``).
"""

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import asyncpg
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from watchfloor.computed import repository as repo
from watchfloor.computed.handler import ComputedIndicators
from watchfloor.context import Context
from watchfloor.warning.handler import WarningRules
from watchfloor.worker.runner import Worker

from tests.integration import factories
from tests.integration.worker_probe import settled

Client = AsyncTestClient[Litestar]

DAY1, DAY2, DAY3, DAY4 = date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 16), date(2026, 3, 23)


@dataclass(frozen=True)
class World:
    dataset: str
    prk: str
    usa: str
    kcna: str


@pytest.fixture
async def worker_db(db: asyncpg.Connection) -> AsyncIterator[asyncpg.Connection]:
    yield db
    # A position holds the feed's retention back: the handlers' must not outlive the test.
    await db.execute(
        "DELETE FROM worker_positions WHERE handler = ANY($1::text[])",
        ["computed-indicators", "warning"],
    )


@pytest.fixture
async def world(client: Client, dataset: str) -> World:
    return World(
        dataset,
        prk=await factories.actor(client, dataset, "DPRK", country="PRK"),
        usa=await factories.actor(client, dataset, "United States", country="USA"),
        kcna=await factories.source(client, dataset, "C", publisher="KCNA"),
    )


async def _compute(db: asyncpg.Connection, dataset: str, day: date) -> None:
    """Run the computed-indicators handler to the end of the feed as of ``day``."""
    await settled(db, dataset)
    await Worker([ComputedIndicators(today=lambda: day)]).catch_up(db)


async def _statement(
    client: Client,
    world: World,
    said_on: str,
    stance: str = "hostile",
    speaker: str | None = None,
    text: str = "The hostile policy of the United States will be answered.",
) -> str:
    body = {
        "speaker_id": speaker or world.prk,
        "target_id": world.usa,
        "stance": stance,
        "text": text,
        "said_on": said_on,
        "citations": [{"source_id": world.kcna, "credibility": 2}],
        "dataset": world.dataset,
    }
    response = await client.post("/v1/statements", json=body)
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def _indicator(
    client: Client, dataset: str, definition: dict[str, Any], frequency: str = "monthly"
) -> dict[str, Any]:
    body = {
        "name": "Hostile DPRK statements per month",
        "unit": "statements",
        "frequency": frequency,
        "dataset": dataset,
        "definition": definition,
    }
    response = await client.post("/v1/indicators", json=body)
    assert response.status_code == 201, response.text
    return dict(response.json())


async def _series(client: Client, indicator: str, vintage: str = "latest") -> list[Any]:
    response = await client.get(
        f"/v1/indicators/{indicator}/observations", params={"vintage": vintage, "limit": 100}
    )
    assert response.status_code == 200, response.text
    return [(o["period_label"], o["value"], o["vintage"]) for o in response.json()["data"]]


def _hostile(world: World) -> dict[str, Any]:
    return {
        "over": "statements",
        "measure": "count",
        "filters": {"speaker": world.prk, "stance": "hostile"},
    }


async def test_a_count_of_hostile_statements_per_month_by_a_speaker(
    client: Client, worker_db: asyncpg.Connection, world: World
) -> None:
    for said_on in ("2024-05-03", "2024-05-28", "2024-06-10"):
        await _statement(client, world, said_on)
    await _statement(client, world, "2024-05-04", stance="neutral")
    await _statement(client, world, "2024-05-05", speaker=world.usa)
    indicator = await _indicator(client, world.dataset, _hostile(world))
    events = await _indicator(client, world.dataset, {"measure": "count"})

    await _compute(worker_db, world.dataset, DAY1)

    assert await _series(client, indicator["id"]) == [
        ("2024-05", 2.0, "2026-03-02"),
        ("2024-06", 1.0, "2026-03-02"),
    ]
    assert await _series(client, events["id"]) == [], "statements are not events"
    definition = indicator["definition"]
    assert (definition["over"], definition["measure"]) == ("statements", "count")
    assert definition["filters"] == {
        "speaker": world.prk,
        "target": None,
        "stance": "hostile",
        "topic": None,
        "channel": None,
        "language": None,
        "said_from": None,
        "said_to": None,
        "supports": None,
        "contradicts": None,
        "status": None,
        "min_grade": None,
        "include_retracted": False,
        "q": None,
    }, "every filter of the statements list, defaults included, as events' are"
    ctx = Context.unrestricted(worker_db)
    followed = {
        over: [i["id"] for i in await repo.computed_indicators(ctx, [world.dataset], over)]
        for over in ("events", "statements")
    }
    assert followed == {"events": [events["id"]], "statements": [indicator["id"]]}, (
        "a statement change recomputes only indicators over statements, an event change only "
        "those over events"
    )


async def test_distinct_days_and_a_text_search(
    client: Client, worker_db: asyncpg.Connection, world: World
) -> None:
    await _statement(client, world, "2024-05-27", text="A missile launch is our right.")
    await _statement(client, world, "2024-05-27", text="Our missile will fly.")
    await _statement(client, world, "2024-05-29", text="Sanctions are a declaration of war.")
    days = await _indicator(
        client, world.dataset, {"over": "statements", "measure": "distinct_days"}, "weekly"
    )
    searched = await _indicator(
        client,
        world.dataset,
        {"over": "statements", "measure": "count", "filters": {"q": "missile"}},
        "weekly",
    )
    excluding = await _indicator(
        client,
        world.dataset,
        {"over": "statements", "measure": "count", "filters": {"q": "missile -launch"}},
        "weekly",
    )

    await _compute(worker_db, world.dataset, DAY1)

    assert await _series(client, days["id"]) == [("2024-W22", 2.0, "2026-03-02")]
    assert await _series(client, excluding["id"]) == [("2024-W22", 1.0, "2026-03-02")]
    listed = await client.get("/v1/statements", params={"dataset": world.dataset, "q": "missile"})
    assert len(listed.json()["data"]) == 2
    assert await _series(client, searched["id"]) == [("2024-W22", 2.0, "2026-03-02")], (
        "what the list finds"
    )


async def test_late_retracted_and_moved_statements_make_new_vintages_of_their_periods_only(
    client: Client, worker_db: asyncpg.Connection, world: World
) -> None:
    may = await _statement(client, world, "2024-05-03")
    await _statement(client, world, "2024-05-28")
    june = await _statement(client, world, "2024-06-10")
    await _statement(client, world, "2024-08-10")
    indicator = await _indicator(client, world.dataset, _hostile(world))
    await _compute(worker_db, world.dataset, DAY1)

    retracted = await client.patch(
        f"/v1/statements/{may}",
        json={"status": "retracted", "status_reason": "misattributed quote"},
    )
    assert retracted.status_code == 200, retracted.text
    await _compute(worker_db, world.dataset, DAY2)
    await _statement(client, world, "2024-06-20")  # reported late
    await _compute(worker_db, world.dataset, DAY3)
    moved = await client.patch(f"/v1/statements/{june}", json={"said_on": "2024-07-01"})
    assert moved.status_code == 200, moved.text
    await _compute(worker_db, world.dataset, DAY4)

    assert await _series(client, indicator["id"], "all") == [
        ("2024-05", 2.0, "2026-03-02"),
        ("2024-05", 1.0, "2026-03-09"),
        ("2024-06", 1.0, "2026-03-02"),
        ("2024-06", 2.0, "2026-03-16"),
        ("2024-06", 1.0, "2026-03-23"),
        ("2024-07", 1.0, "2026-03-23"),
        ("2024-08", 1.0, "2026-03-02"),
    ]
    assert await _series(client, indicator["id"], "2026-03-10") == [
        ("2024-05", 1.0, "2026-03-09"),
        ("2024-06", 1.0, "2026-03-02"),
        ("2024-08", 1.0, "2026-03-02"),
    ], "what the board showed on 10 March stays reproducible"


async def test_a_definition_moved_from_events_to_statements_recomputes_the_series(
    client: Client, worker_db: asyncpg.Connection, world: World
) -> None:
    for start in ("2024-05-03", "2024-06-03"):
        body = {
            "title": "Artillery fire",
            "category": "ASSAULT",
            "occurred": {"start": start},
            "citations": [{"source_id": world.kcna, "credibility": 2}],
            "dataset": world.dataset,
        }
        assert (await client.post("/v1/events", json=body)).status_code == 201
    await _statement(client, world, "2024-05-20")
    await _statement(client, world, "2024-05-21")
    indicator = await _indicator(client, world.dataset, {"measure": "count"})
    await _compute(worker_db, world.dataset, DAY1)

    changed = await client.patch(
        f"/v1/indicators/{indicator['id']}", json={"definition": _hostile(world)}
    )
    assert changed.status_code == 200, changed.text
    await _compute(worker_db, world.dataset, DAY2)
    weekly = await client.patch(f"/v1/indicators/{indicator['id']}", json={"frequency": "weekly"})
    assert weekly.status_code == 200, weekly.text

    assert await _series(client, indicator["id"]) == [
        ("2024-05", 2.0, "2026-03-09"),
        ("2024-06", 0.0, "2026-03-09"),
    ]
    assert weekly.json()["definition"] == changed.json()["definition"]


async def test_a_rule_on_statements_raises_an_alert_with_the_statements_as_evidence(
    client: Client, worker_db: asyncpg.Connection, world: World
) -> None:
    march = [await _statement(client, world, f"2025-03-{day:02d}") for day in (3, 5, 7)]
    await _statement(client, world, "2025-03-08", stance="neutral")
    indicator = await _indicator(client, world.dataset, _hostile(world))
    problem = await client.post(
        "/v1/warning-problems",
        json={
            "name": "DPRK rhetoric toward the United States",
            "dataset": world.dataset,
            "owner": "Korea desk",
            "rules": [
                {"key": "hostile", "kind": "threshold", "level": "watch",
                 "indicator_id": indicator["id"], "value": 3,
                 "rationale": "Three hostile statements in a month precede a provocation."},
            ],
        },
    )  # fmt: skip
    assert problem.status_code == 201, problem.text
    now = datetime(2025, 6, 15, 12, tzinfo=UTC)
    await settled(worker_db, world.dataset)
    worker = Worker([ComputedIndicators(today=lambda: now.date()), WarningRules(clock=lambda: now)])
    await worker.catch_up(worker_db)

    response = await client.get("/v1/alerts", params={"dataset": world.dataset})
    assert response.status_code == 200, response.text
    [alert] = response.json()["data"]
    # A statement without said_at is known when its day ends: the third on the 8th.
    assert alert["opened_at"] == "2025-03-08T00:00:00Z"
    peak = next(s for s in alert["steps"] if s["value"] == 3.0)
    assert peak["period_label"] == "2025-03"
    assert set(peak["evidence"]["statements"]) == set(march)
    assert peak["evidence"]["events"] == []
    assert await _series(client, indicator["id"]) == [("2025-03", 3.0, "2025-06-15")]


async def test_figures_known_by_an_instant_count_only_the_statements_reported_by_then(
    client: Client, world: World
) -> None:
    for said_on in ("2025-03-03", "2025-03-05"):
        await _statement(client, world, said_on)
    indicator = await _indicator(client, world.dataset, _hostile(world))

    async def figures(known_by: str) -> list[Any]:
        path = f"/v1/indicators/{indicator['id']}/figures"
        response = await client.get(path, params={"known_by": known_by})
        assert response.status_code == 200, response.text
        return [(f["period_label"], f["value"]) for f in response.json()["figures"]]

    # A statement without said_at is reported when its day ends.
    assert await figures("2025-03-04T00:00:00Z") == [("2025-03", 1.0)]
    assert await figures("2025-03-06T00:00:00Z") == [("2025-03", 2.0)]
    assert await figures("2025-03-03T12:00:00Z") == []


async def test_a_bad_definition_over_statements_is_refused_with_pointers(
    client: Client, world: World
) -> None:
    nobody = "act_" + "0" * 32
    no_event = "evt_" + "0" * 32
    over = {"over": "statements", "measure": "count"}
    cases: list[tuple[dict[str, Any], int, str]] = [
        ({**over, "measure": "goldstein_sum"}, 422, "/definition/measure"),
        ({**over, "measure": "magnitude_sum", "magnitude": "apogee"}, 422, "/definition/measure"),
        ({**over, "magnitude": "apogee"}, 422, "/definition/magnitude"),
        ({**over, "filters": {"speaker": nobody}}, 422, "/definition/filters/speaker"),
        ({**over, "filters": {"target": nobody}}, 422, "/definition/filters/target"),
        ({**over, "filters": {"supports": no_event}}, 422, "/definition/filters/supports"),
        ({**over, "filters": {"said_from": "2024-02-01", "said_to": "2024-01-01"}},
         422, "/definition/filters/said_to"),
        ({**over, "filters": {"category": "ASSAULT"}}, 422, "/definition/filters/category"),
        ({**over, "filters": {"colour": "red"}}, 400, "/definition/filters"),
        ({**over, "filters": {"category": "ASSAULT", "stance": "hostile"}}, 400,
         "/definition/filters"),
        ({**over, "filters": {"stance": "angry"}}, 400, "/definition/filters/stance"),
        ({**over, "filters": {"speaker": "DPRK"}}, 400, "/definition/filters/speaker"),
        ({**over, "filters": {"said_from": "May"}}, 400, "/definition/filters/said_from"),
        ({**over, "filters": {"include_retracted": "yes"}}, 400,
         "/definition/filters/include_retracted"),
        ({"measure": "count", "filters": {"speaker": world.prk}}, 422,
         "/definition/filters/speaker"),
        ({**over, "over": "posts"}, 400, "/definition/over"),
    ]  # fmt: skip
    body = {"name": "Bad", "unit": "statements", "frequency": "monthly", "dataset": world.dataset}
    for definition, status, pointer in cases:
        response = await client.post("/v1/indicators", json={**body, "definition": definition})
        assert response.status_code == status, (definition, response.text)
        assert response.headers["content-type"] == "application/problem+json"
        assert pointer in [e.get("pointer") for e in response.json()["errors"]], response.text

    made = await client.post("/v1/indicators", json={**body, "definition": over})
    assert made.status_code == 201, made.text
    path = f"/v1/indicators/{made.json()['id']}"
    patches = [
        (
            {"definition": {**over, "filters": {"actor": world.prk}}},
            422,
            "/definition/filters/actor",
        ),
        (
            {"definition": {**over, "filters": {"stance": "angry"}}},
            400,
            "/definition/filters/stance",
        ),
        ({"definition": {**over, "measure": "goldstein_mean"}}, 422, "/definition/measure"),
        ({"frequency": "irregular"}, 422, "/frequency"),
    ]
    for patch, status, pointer in patches:
        response = await client.patch(path, json=patch)
        assert response.status_code == status, (patch, response.text)
        assert pointer in [e.get("pointer") for e in response.json()["errors"]], response.text

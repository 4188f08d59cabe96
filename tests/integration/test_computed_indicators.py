"""Computed indicators through the real API and the real worker (``Worker.catch_up``).

Events and indicators are written over HTTP; the worker's own handler computes the figures
with its clock set to a given day, so vintages of different days can be compared.
"""

from collections.abc import AsyncIterator
from datetime import date
from typing import Any

import asyncpg
import msgspec
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from watchfloor.computed.handler import ComputedIndicators
from watchfloor.worker.runner import Worker

from tests.integration import factories
from tests.integration.feed import Mirror, xid_mark
from tests.integration.worker_probe import settled

Client = AsyncTestClient[Litestar]

DAY1, DAY2, DAY3, DAY4 = date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 16), date(2026, 3, 23)
MONTHLY_ASSAULTS = {"measure": "count", "filters": {"category": "ASSAULT"}}


@pytest.fixture
async def worker_db(db: asyncpg.Connection) -> AsyncIterator[asyncpg.Connection]:
    yield db
    # A position holds the feed's retention back: the handler's must not outlive the test.
    await db.execute("DELETE FROM worker_positions WHERE handler = 'computed-indicators'")


async def _compute(db: asyncpg.Connection, dataset: str, day: date) -> None:
    """Run the computed-indicators handler to the end of the feed as of ``day``."""
    await settled(db, dataset)
    await Worker([ComputedIndicators(today=lambda: day)]).catch_up(db)


async def _event(
    client: Client, dataset: str, source: str, start: str, category: str = "ASSAULT", **more: Any
) -> str:
    body = {
        "title": f"{category} on {start}",
        "category": category,
        "occurred": {"start": start},
        "citations": [{"source_id": source, "credibility": 2}],
        "dataset": dataset,
        **more,
    }
    response = await client.post("/v1/events", json=body)
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def _indicator(
    client: Client, dataset: str, definition: dict[str, Any], frequency: str = "monthly"
) -> dict[str, Any]:
    body = {
        "name": "Assaults per month",
        "unit": "events",
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


async def test_a_computed_count_per_month_over_events_of_the_api(
    client: Client, worker_db: asyncpg.Connection, dataset: str
) -> None:
    source = await factories.source(client, dataset)
    for start in ("2024-05-03", "2024-05-27", "2024-06-10"):
        await _event(client, dataset, source, start)
    await _event(client, dataset, source, "2024-05-04", category="CONSULT")
    indicator = await _indicator(client, dataset, MONTHLY_ASSAULTS)
    assert indicator["definition"]["filters"]["category"] == "ASSAULT"

    await _compute(worker_db, dataset, DAY1)

    assert await _series(client, indicator["id"]) == [
        ("2024-05", 2.0, "2026-03-02"),
        ("2024-06", 1.0, "2026-03-02"),
    ]
    figure = (await client.get(f"/v1/indicators/{indicator['id']}/observations")).json()["data"][0]
    assert figure["computed"] is True
    assert figure["citations"] == [] and figure["grade"] is None
    assert (figure["period_start"], figure["period_end"]) == ("2024-05-01", "2024-05-31")


async def test_late_retracted_and_moved_events_make_new_vintages_of_their_periods_only(
    client: Client, worker_db: asyncpg.Connection, dataset: str
) -> None:
    source = await factories.source(client, dataset)
    may = await _event(client, dataset, source, "2024-05-03")
    june = await _event(client, dataset, source, "2024-06-10")
    await _event(client, dataset, source, "2024-08-10")
    indicator = await _indicator(client, dataset, MONTHLY_ASSAULTS)
    await _compute(worker_db, dataset, DAY1)

    await _event(client, dataset, source, "2024-05-20")  # reported late
    await _compute(worker_db, dataset, DAY2)
    retracted = await client.patch(
        f"/v1/events/{may}",
        json={"status": "retracted", "status_reason": "no such attack took place"},
    )
    assert retracted.status_code == 200, retracted.text
    await _compute(worker_db, dataset, DAY3)
    moved = await client.patch(f"/v1/events/{june}", json={"occurred": {"start": "2024-07-01"}})
    assert moved.status_code == 200, moved.text
    await _compute(worker_db, dataset, DAY4)

    assert await _series(client, indicator["id"], "all") == [
        ("2024-05", 1.0, "2026-03-02"),
        ("2024-05", 2.0, "2026-03-09"),
        ("2024-05", 1.0, "2026-03-16"),
        ("2024-06", 1.0, "2026-03-02"),
        ("2024-06", 0.0, "2026-03-23"),
        ("2024-07", 1.0, "2026-03-23"),
        ("2024-08", 1.0, "2026-03-02"),
    ]
    assert await _series(client, indicator["id"], "2026-03-10") == [
        ("2024-05", 2.0, "2026-03-09"),
        ("2024-06", 1.0, "2026-03-02"),
        ("2024-08", 1.0, "2026-03-02"),
    ], "what the board showed on 10 March stays reproducible"


async def test_an_unchanged_recompute_writes_nothing(
    client: Client, worker_db: asyncpg.Connection, db: asyncpg.Connection, dataset: str
) -> None:
    source = await factories.source(client, dataset)
    event = await _event(client, dataset, source, "2024-05-03")
    indicator = await _indicator(client, dataset, MONTHLY_ASSAULTS)
    await _compute(worker_db, dataset, DAY1)
    versions = "SELECT count(*) FROM changes WHERE resource = 'observation' AND dataset = $1"
    before = await db.fetchval(versions, dataset)

    renamed = await client.patch(f"/v1/events/{event}", json={"title": "Artillery fire"})
    assert renamed.status_code == 200, renamed.text
    described = await client.patch(
        f"/v1/indicators/{indicator['id']}", json={"description": "From the event list"}
    )
    assert described.status_code == 200, described.text
    await _compute(worker_db, dataset, DAY2)

    assert before == 1
    assert await db.fetchval(versions, dataset) == before


async def test_a_second_computation_on_the_same_day_revises_that_days_vintage(
    client: Client, worker_db: asyncpg.Connection, dataset: str
) -> None:
    source = await factories.source(client, dataset)
    await _event(client, dataset, source, "2024-05-03")
    indicator = await _indicator(client, dataset, MONTHLY_ASSAULTS)
    await _compute(worker_db, dataset, DAY1)
    [first] = (await client.get(f"/v1/indicators/{indicator['id']}/observations")).json()["data"]

    await _event(client, dataset, source, "2024-05-04")
    await _compute(worker_db, dataset, DAY1)

    assert await _series(client, indicator["id"], "all") == [("2024-05", 2.0, "2026-03-02")]
    history = (await client.get(f"/v1/observations/{first['id']}/history")).json()["data"]
    assert [v["observation"]["value"] for v in history] == [1.0, 2.0], (
        "as_of still shows the first figure"
    )


async def test_a_definition_change_recomputes_the_whole_series(
    client: Client, worker_db: asyncpg.Connection, dataset: str
) -> None:
    source = await factories.source(client, dataset)
    await _event(client, dataset, source, "2024-05-03", place={"country": "KOR"})
    await _event(client, dataset, source, "2024-05-03", place={"country": "PRK"})
    await _event(client, dataset, source, "2024-06-10", place={"country": "PRK"})
    indicator = await _indicator(client, dataset, MONTHLY_ASSAULTS)
    await _compute(worker_db, dataset, DAY1)

    changed = await client.patch(
        f"/v1/indicators/{indicator['id']}",
        json={"definition": {"measure": "count", "filters": {"country": "KOR"}}},
    )
    assert changed.status_code == 200, changed.text
    await _compute(worker_db, dataset, DAY2)

    assert await _series(client, indicator["id"]) == [
        ("2024-05", 1.0, "2026-03-09"),
        ("2024-06", 0.0, "2026-03-09"),
    ], "a period left without events is 0 for a count, as a new vintage"


async def test_measures_and_periods(
    client: Client, worker_db: asyncpg.Connection, dataset: str
) -> None:
    source = await factories.source(client, dataset)
    apogee = [{"kind": "apogee", "unit": "km", "best": 950.5}]
    # CAMEO 190 (use conventional military force) scores -10; 111 (criticize) -2.
    scored = [
        await _event(client, dataset, source, "2024-05-27", cameo_code="190", magnitudes=apogee),
        await _event(client, dataset, source, "2024-05-29", cameo_code="111", magnitudes=apogee),
    ]
    await _event(client, dataset, source, "2024-05-29")
    made = {
        measure: await _indicator(client, dataset, {"measure": measure, **more}, "weekly")
        for measure, more in [
            ("distinct_days", {}),
            ("goldstein_sum", {}),
            ("goldstein_mean", {}),
            ("magnitude_sum", {"magnitude": "apogee"}),
        ]
    }
    await _compute(worker_db, dataset, DAY1)

    got = {m: await _series(client, i["id"]) for m, i in made.items()}
    assert got == {
        "distinct_days": [("2024-W22", 2.0, "2026-03-02")],
        "goldstein_sum": [("2024-W22", -12.0, "2026-03-02")],
        "goldstein_mean": [("2024-W22", -6.0, "2026-03-02")],
        "magnitude_sum": [("2024-W22", 1901.0, "2026-03-02")],
    }

    for event in scored:
        reason = {"status": "retracted", "status_reason": "misread report"}
        assert (await client.patch(f"/v1/events/{event}", json=reason)).status_code == 200
    await _compute(worker_db, dataset, DAY2)
    latest = {m: (await _series(client, i["id"]))[0][1] for m, i in made.items()}
    assert latest == {
        "distinct_days": 1.0,
        "goldstein_sum": 0.0,
        "goldstein_mean": None,
        "magnitude_sum": 0.0,
    }, "a week left without scored events has no mean (a new vintage with no value)"


async def test_a_bad_definition_is_refused_with_pointers(client: Client, dataset: str) -> None:
    actor = "act_" + "0" * 32
    cases: list[tuple[dict[str, Any], str, int, str]] = [
        ({"measure": "count", "filters": {"actor": actor}}, "monthly", 422, "/definition/filters/actor"),
        ({"measure": "magnitude_sum"}, "monthly", 422, "/definition/magnitude"),
        ({"measure": "magnitude_sum", "magnitude": "apogeee"}, "monthly", 422, "/definition/magnitude"),
        ({"measure": "count", "magnitude": "apogee"}, "monthly", 422, "/definition/magnitude"),
        ({"measure": "count"}, "irregular", 422, "/frequency"),
        ({"measure": "count", "filters": {"occurred_from": "2024-02-01", "occurred_to": "2024-01-01"}},
         "monthly", 422, "/definition/filters/occurred_to"),
        ({"measure": "count", "filters": {"colour": "red"}}, "monthly", 400, "/definition/filters"),
        ({"measure": "median"}, "monthly", 400, "/definition/measure"),
    ]  # fmt: skip
    for definition, frequency, status, pointer in cases:
        body = {"name": "Bad", "unit": "events", "frequency": frequency, "dataset": dataset}
        response = await client.post("/v1/indicators", json={**body, "definition": definition})
        assert response.status_code == status, (definition, response.text)
        assert pointer in [e.get("pointer") for e in response.json()["errors"]], response.text


async def test_a_computed_series_refuses_figures_by_hand(
    client: Client, worker_db: asyncpg.Connection, dataset: str
) -> None:
    source = await factories.source(client, dataset)
    await _event(client, dataset, source, "2024-05-03")
    indicator = await _indicator(client, dataset, MONTHLY_ASSAULTS)
    await _compute(worker_db, dataset, DAY1)
    [figure] = (await client.get(f"/v1/indicators/{indicator['id']}/observations")).json()["data"]
    by_hand = {
        "period_start": "2024-05-01",
        "period_end": "2024-05-31",
        "vintage": "2026-04-01",
        "value": 7,
        "citations": [{"source_id": source, "credibility": 2}],
        "dataset": dataset,
    }

    added = await client.post(f"/v1/indicators/{indicator['id']}/observations", json=by_hand)
    corrected = await client.patch(f"/v1/observations/{figure['id']}", json={"value": 7})
    deleted = await client.delete(f"/v1/observations/{figure['id']}")

    assert [r.status_code for r in (added, corrected, deleted)] == [409, 409, 409]
    assert await _series(client, indicator["id"]) == [("2024-05", 1.0, "2026-03-02")]


async def test_an_indicator_with_figures_by_hand_cannot_become_computed(
    client: Client, dataset: str
) -> None:
    source = await factories.source(client, dataset)
    body = {"name": "Trade", "unit": "USD bn", "frequency": "annual", "dataset": dataset}
    indicator = (await client.post("/v1/indicators", json=body)).json()
    figure = {
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
        "vintage": "2025-03-01",
        "value": 2.1,
        "citations": [{"source_id": source, "credibility": 2}],
        "dataset": dataset,
    }
    added = await client.post(f"/v1/indicators/{indicator['id']}/observations", json=figure)
    assert added.status_code == 201, added.text

    response = await client.patch(
        f"/v1/indicators/{indicator['id']}", json={"definition": {"measure": "count"}}
    )

    assert response.status_code == 409, response.text


async def test_computed_figures_read_alike_in_get_the_feed_and_the_export(
    client: Client, worker_db: asyncpg.Connection, db: asyncpg.Connection, dataset: str
) -> None:
    source = await factories.source(client, dataset)
    await _event(client, dataset, source, "2024-05-03")
    definition = {"measure": "count", "filters": {"category": "ASSAULT", "min_grade": "C3"}}
    indicator = await _indicator(client, dataset, definition)
    await _compute(worker_db, dataset, DAY1)
    [figure] = (await client.get(f"/v1/indicators/{indicator['id']}/observations")).json()["data"]

    mirror = Mirror()
    await mirror.catch_up(client, dataset, db, await xid_mark(db))
    feed = {(c["resource"], c["id"]): c["object"] for c in mirror.seen if c["op"] == "upsert"}
    for name, path, record in (
        ("indicator", "/v1/indicators", indicator),
        ("observation", "/v1/observations", figure),
    ):
        body = (await client.get(f"{path}/{record['id']}")).json()
        export = await client.get("/v1/export", params={"resource": name, "dataset": dataset})
        lines = [msgspec.json.decode(line) for line in export.content.splitlines()]
        assert feed[name, record["id"]] == body == record, name
        assert lines == [body], name
    assert figure["computed"] is True
    assert indicator["definition"]["filters"]["min_grade"] == "C3"

"""``GET /v1/indicators/{id}/figures``: a series as known at an instant, through the real API.

Hand-entered figures are chosen by vintage; computed ones are recomputed on read from the
events reported by ``known_by``, and compared with what the real worker wrote where the two
clocks coincide.
"""

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise
from typing import Any

import asyncpg
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from watchfloor.computed.handler import ComputedIndicators
from watchfloor.worker.runner import Worker

from tests.integration import factories
from tests.integration.worker_probe import settled

Client = AsyncTestClient[Litestar]
Json = dict[str, Any]


@pytest.fixture
async def worker_db(db: asyncpg.Connection) -> AsyncIterator[asyncpg.Connection]:
    yield db
    # A position holds the feed's retention back: the handler's must not outlive the test.
    await db.execute("DELETE FROM worker_positions WHERE handler = 'computed-indicators'")


async def _indicator(client: Client, dataset: str, frequency: str, **more: Any) -> str:
    body = {"name": "Series", "unit": "events", "frequency": frequency, "dataset": dataset}
    response = await client.post("/v1/indicators", json={**body, **more})
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def _figures(client: Client, indicator: str, **params: str) -> Json:
    response = await client.get(f"/v1/indicators/{indicator}/figures", params=params)
    assert response.status_code == 200, response.text
    answer: Json = response.json()
    return answer


def _values(answer: Json) -> list[tuple[str, Any]]:
    return [(f["period_label"], f["value"]) for f in answer["figures"]]


async def _event(client: Client, dataset: str, source: str, start: str, **more: Any) -> str:
    body = {
        "title": f"Assault on {start}",
        "category": "ASSAULT",
        "occurred": {"start": start},
        "citations": [{"source_id": source, "credibility": 2}],
        "dataset": dataset,
        **more,
    }
    response = await client.post("/v1/events", json=body)
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def test_hand_entered_figures_are_known_once_their_vintage_day_has_ended(
    client: Client, dataset: str
) -> None:
    indicator = await _indicator(client, dataset, "annual")
    source = await factories.source(client, dataset)

    async def add(start: str, vintage: str, value: float) -> str:
        response = await client.post(
            f"/v1/indicators/{indicator}/observations",
            json={
                "period_start": f"{start}-01-01",
                "period_end": f"{start}-12-31",
                "period_label": start,
                "vintage": vintage,
                "value": value,
                "citations": [{"source_id": source, "credibility": 2}],
                "dataset": dataset,
            },
        )
        assert response.status_code == 201, response.text
        return str(response.json()["id"])

    await add("2023", "2024-01-20", 10.0)
    revised = await add("2023", "2024-06-18", 12.0)
    await add("2024", "2025-01-15", 20.0)

    now = await _figures(client, indicator)
    assert now["computed"] is False and now["known_by"] is None and now["as_of"] is None
    assert (now["unit"], now["frequency"], now["indicator_id"]) == ("events", "annual", indicator)
    assert _values(now) == [("2023", 12.0), ("2024", 20.0)]
    assert now["figures"][0]["period_start"] == "2023-01-01"
    assert now["figures"][0]["period_end"] == "2023-12-31"

    assert _values(await _figures(client, indicator, known_by="2024-01-20T23:59:59Z")) == []
    assert _values(await _figures(client, indicator, known_by="2024-01-21T00:00:00Z")) == [
        ("2023", 10.0)
    ]
    assert _values(await _figures(client, indicator, known_by="2024-06-19T09:00:00+09:00")) == [
        ("2023", 12.0)
    ], "09:00 in Seoul is midnight UTC: 18 June has ended"
    assert _values(await _figures(client, indicator, known_by="2025-03-01T00:00:00Z")) == [
        ("2023", 12.0),
        ("2024", 20.0),
    ]
    assert _values(
        await _figures(client, indicator, known_by="2025-03-01T00:00:00Z", period_from="2024-06-01")
    ) == [("2024", 20.0)]

    # as_of: a correction of our own is seen after it was recorded, not before.
    before = datetime.now(UTC).isoformat()
    corrected = await client.patch(f"/v1/observations/{revised}", json={"value": 12.5})
    assert corrected.status_code == 200, corrected.text
    assert _values(await _figures(client, indicator, known_by="2025-03-01T00:00:00Z")) == [
        ("2023", 12.5),
        ("2024", 20.0),
    ]
    assert _values(
        await _figures(client, indicator, known_by="2025-03-01T00:00:00Z", as_of=before)
    ) == [("2023", 12.0), ("2024", 20.0)]


async def test_computed_figures_are_recomputed_from_what_was_reported_by_then(
    client: Client, db: asyncpg.Connection, dataset: str
) -> None:
    source = await factories.source(client, dataset)
    for start in ("2024-05-03", "2024-05-27", "2024-06-10", "2024-08-10"):
        await _event(client, dataset, source, start)
    await _event(client, dataset, source, "2024-05-04", category="CONSULT")
    late = await _event(client, dataset, source, "2024-05-12")
    # The API does not take reported_at yet; the database holds what an importer would write:
    # a report that came out months after the attack.
    await db.execute("UPDATE events SET reported_at = '2024-10-01T00:00:00Z' WHERE id = $1", late)
    definition = {"measure": "count", "filters": {"category": "ASSAULT"}}
    indicator = await _indicator(client, dataset, "monthly", definition=definition)

    async def known(by: str, **params: str) -> list[tuple[str, Any]]:
        answer = await _figures(client, indicator, known_by=by, **params)
        assert answer["computed"] is True
        return _values(answer)

    # An event is reported at the end of its last day unless a writer says otherwise.
    assert await known("2024-05-03T23:59:59Z") == []
    assert await known("2024-05-04T00:00:00Z") == [("2024-05", 1.0)]
    assert await known("2024-09-15T00:00:00Z") == [
        ("2024-05", 2.0),
        ("2024-06", 1.0),
        ("2024-07", 0.0),
        ("2024-08", 1.0),
        ("2024-09", 0.0),
    ]
    assert await known(
        "2024-10-01T00:00:00Z", period_from="2024-05-15", period_to="2024-07-01"
    ) == [
        ("2024-05", 3.0),
        ("2024-06", 1.0),
        ("2024-07", 0.0),
    ]

    # as_of: a retraction recorded later is not seen by a read as of before it.
    before = datetime.now(UTC).isoformat()
    retracted = await client.patch(
        f"/v1/events/{late}", json={"status": "retracted", "status_reason": "it did not happen"}
    )
    assert retracted.status_code == 200, retracted.text
    assert (await known("2024-10-02T00:00:00Z", period_to="2024-05-31")) == [("2024-05", 2.0)]
    assert (await known("2024-10-02T00:00:00Z", period_to="2024-05-31", as_of=before)) == [
        ("2024-05", 3.0)
    ]


async def test_a_mean_has_no_figure_for_a_period_without_events(
    client: Client, dataset: str
) -> None:
    source = await factories.source(client, dataset)
    await _event(client, dataset, source, "2024-05-27", cameo_code="190")
    await _event(client, dataset, source, "2024-05-29", cameo_code="111")
    await _event(client, dataset, source, "2024-07-02", cameo_code="190")
    definition = {"measure": "goldstein_mean", "filters": {"category": "ASSAULT"}}
    indicator = await _indicator(client, dataset, "monthly", definition=definition)

    answer = await _figures(client, indicator, known_by="2024-08-15T00:00:00Z")

    assert _values(answer) == [("2024-05", -6.0), ("2024-07", -10.0)]


async def test_known_by_now_gives_the_workers_newest_vintages(
    client: Client, worker_db: asyncpg.Connection, dataset: str
) -> None:
    """Where the clocks coincide (every event reported long before now, recorded now), the
    recomputation on read and the worker's incremental figures are the same series."""
    source = await factories.source(client, dataset)
    for start in ("2023-11-20", "2024-01-03", "2024-01-30", "2024-04-11", "2024-04-12"):
        await _event(client, dataset, source, start)
    weekly = await _indicator(
        client, dataset, "weekly", definition={"measure": "count", "filters": {}}
    )
    retracted = await _event(client, dataset, source, "2024-02-14")
    patched = await client.patch(
        f"/v1/events/{retracted}", json={"status": "retracted", "status_reason": "no"}
    )
    assert patched.status_code == 200, patched.text
    await settled(worker_db, dataset)
    await Worker([ComputedIndicators()]).catch_up(worker_db)

    written = await client.get(f"/v1/indicators/{weekly}/figures")
    assert written.status_code == 200, written.text
    vintages = {f["period_start"]: f["value"] for f in written.json()["figures"]}
    assert vintages == {"2023-11-20": 1.0, "2024-01-01": 1.0, "2024-01-29": 1.0, "2024-04-08": 2.0}
    instant = datetime.now(UTC)
    now, today = instant.isoformat(), instant.date()
    recomputed = (await _figures(client, weekly, known_by=now))["figures"]

    assert {f["period_start"]: f["value"] for f in recomputed if f["value"]} == {
        k: v for k, v in vintages.items() if v
    }
    for figure in recomputed:
        assert vintages.get(figure["period_start"], 0.0) == figure["value"]
    starts = [date.fromisoformat(f["period_start"]) for f in recomputed]
    assert starts[0] == date(2023, 11, 20)
    assert starts[-1] == today - timedelta(days=today.weekday()), "zeros up to this week"
    assert all(b - a == timedelta(days=7) for a, b in pairwise(starts))


async def test_bad_reads(client: Client, dataset: str) -> None:
    source = await factories.source(client, dataset)
    await _event(client, dataset, source, "1998-08-31")
    daily = await _indicator(
        client, dataset, "daily", definition={"measure": "count", "filters": {}}
    )

    too_long = await client.get(
        f"/v1/indicators/{daily}/figures", params={"known_by": "2026-01-01T00:00:00Z"}
    )
    assert too_long.status_code == 422, too_long.text
    assert {e.get("parameter") for e in too_long.json()["errors"]} == {"period_from", "period_to"}
    narrowed = await _figures(
        client,
        daily,
        known_by="2026-01-01T00:00:00Z",
        period_from="1998-08-30",
        period_to="1998-09-02",
    )
    assert _values(narrowed) == [
        ("1998-08-31", 1.0),
        ("1998-09-01", 0.0),
        ("1998-09-02", 0.0),
    ]

    missing = await client.get("/v1/indicators/ind_" + "0" * 32 + "/figures")
    assert missing.status_code == 404
    assert missing.headers["content-type"].startswith("application/problem+json")
    for params in ({"known_by": "yesterday"}, {"known_by": "2024-01-01"}, {"period_to": "x"}):
        bad = await client.get(f"/v1/indicators/{daily}/figures", params=params)
        assert bad.status_code == 400, (params, bad.text)
    early = await _figures(client, daily, known_by="0001-01-01T00:00:01Z")
    assert early["figures"] == []

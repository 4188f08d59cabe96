"""A recomputation is one statement: the ``GROUP BY`` joined to the newest vintages.

``computed.service.recompute`` is called as the worker calls it, on the real database, with an
asyncpg query logger on the connection; figures are written over HTTP and by the real worker.
"""

from collections.abc import AsyncIterator
from datetime import date
from typing import Any

import asyncpg
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from watchfloor.computed import repository as repo
from watchfloor.computed.handler import ComputedIndicators
from watchfloor.computed.service import recompute
from watchfloor.context import Context
from watchfloor.worker.runner import Worker

from tests.integration import factories
from tests.integration.worker_probe import settled

Client = AsyncTestClient[Litestar]

DAY1, DAY2, DAY3 = date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 16)


@pytest.fixture
async def worker_db(db: asyncpg.Connection) -> AsyncIterator[asyncpg.Connection]:
    yield db
    await db.execute("DELETE FROM worker_positions WHERE handler = 'computed-indicators'")


async def _compute(db: asyncpg.Connection, dataset: str, day: date) -> None:
    await settled(db, dataset)
    await Worker([ComputedIndicators(today=lambda: day)]).catch_up(db)


async def _event(client: Client, dataset: str, source: str, start: str) -> None:
    body = {
        "title": f"Assault on {start}",
        "category": "ASSAULT",
        "occurred": {"start": start},
        "citations": [{"source_id": source, "credibility": 2}],
        "dataset": dataset,
    }
    response = await client.post("/v1/events", json=body)
    assert response.status_code == 201, response.text


async def _indicator(client: Client, dataset: str, measure: str, frequency: str) -> str:
    body = {
        "name": f"Assaults, {measure}",
        "unit": "events",
        "frequency": frequency,
        "dataset": dataset,
        "definition": {"measure": measure, "filters": {"category": "ASSAULT"}},
    }
    response = await client.post("/v1/indicators", json=body)
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def _recompute(
    db: asyncpg.Connection, indicator: str, days: list[date] | None, today: date
) -> tuple[int, list[str]]:
    """Figures written and statements sent by one recomputation (in a transaction).

    The first of a kind sends asyncpg's own look-ups of types too (once per connection): the
    statements are those of a second call alike."""
    [row] = await repo.computed_indicators_by_id(Context.unrestricted(db), [indicator])
    sent: list[str] = []

    def logger(query: Any) -> None:
        sent.append(query.query)

    db.add_query_logger(logger)
    try:
        async with db.transaction():
            written = await recompute(Context.unrestricted(db), row, days, today)
    finally:
        db.remove_query_logger(logger)
    return written, [s for s in sent if not s.startswith(("BEGIN", "COMMIT"))]


async def _series(client: Client, indicator: str) -> list[Any]:
    response = await client.get(
        f"/v1/indicators/{indicator}/observations", params={"vintage": "latest", "limit": 100}
    )
    assert response.status_code == 200, response.text
    return [
        (o["period_start"], o["period_end"], o["value"], o["vintage"])
        for o in response.json()["data"]
    ]


async def test_nothing_changed_is_one_statement_and_no_figure(
    client: Client, worker_db: asyncpg.Connection, dataset: str
) -> None:
    source = await factories.source(client, dataset)
    for day in ("2024-05-03", "2024-05-20", "2024-07-01"):
        await _event(client, dataset, source, day)
    count = await _indicator(client, dataset, "count", "monthly")
    mean = await _indicator(client, dataset, "goldstein_mean", "monthly")
    await _compute(worker_db, dataset, DAY1)

    for indicator in (count, mean):
        for days in (None, [date(2024, 5, 3), date(2024, 6, 9)]):
            await _recompute(worker_db, indicator, days, DAY2)
            written, sent = await _recompute(worker_db, indicator, days, DAY2)
            assert written == 0, (indicator, days)
            assert len(sent) == 1 and "GROUP BY" in sent[0], sent
    assert [v[2] for v in await _series(client, count)] == [2.0, 1.0], "June has no figure"


async def test_periods_of_an_earlier_frequency_get_a_vintage_without_a_value_once(
    client: Client, worker_db: asyncpg.Connection, dataset: str
) -> None:
    source = await factories.source(client, dataset)
    for day in ("2024-05-01", "2024-05-20"):
        await _event(client, dataset, source, day)
    indicator = await _indicator(client, dataset, "count", "monthly")
    await _compute(worker_db, dataset, DAY1)
    daily = await client.patch(f"/v1/indicators/{indicator}", json={"frequency": "daily"})
    assert daily.status_code == 200, daily.text
    await _compute(worker_db, dataset, DAY2)

    assert await _series(client, indicator) == [
        ("2024-05-01", "2024-05-01", 1.0, "2026-03-09"),
        ("2024-05-01", "2024-05-31", None, "2026-03-09"),
        ("2024-05-20", "2024-05-20", 1.0, "2026-03-09"),
    ]
    await _recompute(worker_db, indicator, None, DAY3)
    written, sent = await _recompute(worker_db, indicator, None, DAY3)
    assert written == 0 and len(sent) == 1, "the month's vintage without a value is its newest"

    # An event on the day the old month starts on: the incremental update reads that month's
    # stored figure too, and leaves it without a value.
    await _event(client, dataset, source, "2024-05-01")
    await _compute(worker_db, dataset, DAY3)
    assert await _series(client, indicator) == [
        ("2024-05-01", "2024-05-01", 2.0, "2026-03-16"),
        ("2024-05-01", "2024-05-31", None, "2026-03-09"),
        ("2024-05-20", "2024-05-20", 1.0, "2026-03-09"),
    ]

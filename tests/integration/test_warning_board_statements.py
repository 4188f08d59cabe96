"""Reading the warning board is a single-digit number of statements, however many problems.

The statements are counted on the server's own connections (an asyncpg query logger on every
connection the app takes from its pool while it answers), for a dataset with 1, 10 and 100
warning problems, each with an alert open at the instant read. A count, not a timing.
"""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

import asyncpg
from litestar import Litestar
from litestar.testing import AsyncTestClient
from watchfloor.computed.handler import ComputedIndicators
from watchfloor.warning.handler import WarningRules
from watchfloor.worker.runner import Worker

from tests.integration import factories
from tests.integration.worker_probe import settled, start_at_horizon

Client = AsyncTestClient[Litestar]

NOW = datetime(2024, 6, 10, tzinfo=UTC)
HANDLERS = ("computed-indicators", "warning")


class _Counted:
    """Stands in for the app's pool: its connections record every statement sent."""

    def __init__(self, pool: Any) -> None:
        self.pool = pool
        self.statements: list[str] = []

    def _log(self, query: Any) -> None:
        self.statements.append(query.query)

    @asynccontextmanager
    async def acquire(self, **options: Any) -> AsyncIterator[asyncpg.Connection]:
        async with self.pool.acquire(**options) as conn:
            conn.add_query_logger(self._log)
            try:
                yield conn
            finally:
                conn.remove_query_logger(self._log)


async def _problems(client: Client, dataset: str, indicator: str, first: int, n: int) -> None:
    for i in range(first, first + n):
        response = await client.post(
            "/v1/warning-problems",
            json={
                "name": f"Problem {i:03d}",
                "dataset": dataset,
                "rules": [
                    {"key": "any", "kind": "threshold", "level": "watch", "value": 1,
                     "indicator_id": indicator, "rationale": "Any assault is worth a look."},
                    {"key": "many", "kind": "threshold", "level": "warning", "value": 2,
                     "indicator_id": indicator, "rationale": "Two in a month is a pattern."},
                ],
            },
        )  # fmt: skip
        assert response.status_code == 201, response.text


async def test_the_board_is_read_in_the_same_few_statements_for_1_10_and_100_problems(
    app: Litestar, client: Client, db: asyncpg.Connection, dataset: str
) -> None:
    await start_at_horizon(db, HANDLERS)
    source = await factories.source(client, dataset)
    for title in ("Artillery fire", "Shelling"):
        await factories.event(client, dataset, source, title)
    indicator = await client.post(
        "/v1/indicators",
        json={"name": "Assaults per month", "unit": "events", "frequency": "monthly",
              "dataset": dataset,
              "definition": {"measure": "count", "filters": {"category": "ASSAULT"}}},
    )  # fmt: skip
    assert indicator.status_code == 201, indicator.text
    worker = Worker([ComputedIndicators(today=NOW.date), WarningRules(clock=lambda: NOW)])
    counted = _Counted(app.state.pool)
    counts: dict[int, int] = {}
    try:
        made = 0
        for total in (1, 10, 100):
            await _problems(client, dataset, indicator.json()["id"], made, total - made)
            made = total
            await settled(db, dataset)
            await worker.catch_up(db)
            params = {"dataset": dataset, "known_by": NOW.isoformat()}
            app.state.pool = counted
            try:
                await client.get("/v1/warning-board", params=params)  # warm: no introspection
                counted.statements.clear()
                response = await client.get("/v1/warning-board", params=params)
            finally:
                app.state.pool = counted.pool
            assert response.status_code == 200, response.text
            board = response.json()
            assert len(board["problems"]) == total
            assert {p["level"] for p in board["problems"]} == {"warning"}
            assert all(len(p["alerts"]) == 2 for p in board["problems"])
            counts[total] = len(counted.statements)
    finally:
        await db.execute("DELETE FROM worker_positions WHERE handler = ANY($1::text[])", HANDLERS)
    # Authentication and the rate limit, then the problems and their open alerts.
    assert counts[1] == counts[10] == counts[100], counts
    assert 2 <= counts[1] < 10, counted.statements

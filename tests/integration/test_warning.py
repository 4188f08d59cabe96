"""Warning problems, alerts and the board through the real API and the real worker.

Events are written over HTTP (their knowledge time is the database's rule: the end of their
day); the worker's handlers run with their clocks set, and the expected instants and
probabilities are worked out here from the series the test writes, independently of the code.
"""

import math
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import asyncpg
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from watchfloor.computed.handler import ComputedIndicators
from watchfloor.warning.handler import WarningRules
from watchfloor.worker.runner import Worker

from tests.integration import factories
from tests.integration.worker_probe import settled, start_at_horizon

Client = AsyncTestClient[Litestar]

NOW = datetime(2025, 6, 15, 12, tzinfo=UTC)
HANDLERS = ("computed-indicators", "warning")


@pytest.fixture
async def worker_db(db: asyncpg.Connection) -> AsyncIterator[asyncpg.Connection]:
    await start_at_horizon(db, HANDLERS)
    yield db
    # A position holds the feed's retention back: the handlers' must not outlive the test.
    await db.execute("DELETE FROM worker_positions WHERE handler = ANY($1::text[])", HANDLERS)


async def _run(db: asyncpg.Connection, dataset: str, now: datetime = NOW) -> None:
    await settled(db, dataset)
    worker = Worker([ComputedIndicators(today=lambda: now.date()), WarningRules(clock=lambda: now)])
    await worker.catch_up(db)


async def _event(client: Client, dataset: str, source: str, start: str) -> str:
    body = {
        "title": f"Artillery fire on {start}",
        "category": "ASSAULT",
        "occurred": {"start": start},
        "citations": [{"source_id": source, "credibility": 2}],
        "dataset": dataset,
    }
    response = await client.post("/v1/events", json=body)
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


def _poisson_tail(k: int, lam: float) -> float:
    """P(X >= k) for X ~ Poisson(lam), by the series."""
    return 1 - sum(math.exp(-lam) * lam**i / math.factorial(i) for i in range(k))


async def _world(client: Client, dataset: str) -> tuple[str, str, list[str]]:
    """One assault a month through 2023 and 2024, then six in March 2025."""
    source = await factories.source(client, dataset)
    for year in (2023, 2024):
        for month in range(1, 13):
            await _event(client, dataset, source, f"{year}-{month:02d}-15")
    surge = [
        await _event(client, dataset, source, f"2025-03-{day:02d}") for day in (3, 5, 7, 9, 11, 13)
    ]
    indicator = await client.post(
        "/v1/indicators",
        json={
            "name": "Artillery fire per month",
            "unit": "events",
            "frequency": "monthly",
            "dataset": dataset,
            "definition": {"measure": "count", "filters": {"category": "ASSAULT"}},
        },
    )
    assert indicator.status_code == 201, indicator.text
    problem = await client.post(
        "/v1/warning-problems",
        json={
            "name": "Inter-Korean border incidents",
            "dataset": dataset,
            "owner": "Korea desk",
            "rules": [
                {"key": "many", "kind": "threshold", "level": "watch",
                 "indicator_id": indicator.json()["id"], "value": 4,
                 "rationale": "Four exchanges of fire in a month is a pattern, not an accident."},
                {"key": "surge", "kind": "anomaly", "level": "warning",
                 "indicator_id": indicator.json()["id"], "window": 24, "significance": 0.01,
                 "rationale": "Fire far above two years' rate has preceded every crisis."},
                {"key": "both", "kind": "composite", "level": "warning", "of": ["many", "surge"],
                 "at_least": 2, "rationale": "A pattern and a surge at once."},
            ],
        },
    )  # fmt: skip
    assert problem.status_code == 201, problem.text
    return indicator.json()["id"], problem.json()["id"], surge


async def _alerts(client: Client, dataset: str, **params: Any) -> dict[str, dict[str, Any]]:
    response = await client.get("/v1/alerts", params={"dataset": dataset, "limit": 100, **params})
    assert response.status_code == 200, response.text
    return {a["rule_key"]: a for a in response.json()["data"]}


async def test_a_surge_opens_alerts_at_the_instants_the_reports_made_each_rule_hold(
    client: Client, worker_db: asyncpg.Connection, dataset: str
) -> None:
    indicator, problem, surge = await _world(client, dataset)
    await _run(worker_db, dataset)

    # The baseline of March 2025: the 24 months before it, March 2023 to February 2025.
    lam = 22 / 24
    assert _poisson_tail(4, lam) > 0.01 >= _poisson_tail(5, lam)
    # Each event is known when its day ends: the 4th of March's surge (the 9th) on the 10th.
    alerts = await _alerts(client, dataset, problem=problem)
    assert set(alerts) == {"many", "surge", "both"}
    assert alerts["many"]["opened_at"] == "2025-03-10T00:00:00Z"
    assert alerts["surge"]["opened_at"] == "2025-03-12T00:00:00Z"
    assert alerts["both"]["opened_at"] == "2025-03-12T00:00:00Z"
    # March holds through April (the last complete month); May begins with April quiet.
    for alert in alerts.values():
        assert alert["state"] == "closed"
        assert alert["closed_at"] == "2025-05-01T00:00:00Z"
        assert alert["indicator_ids"] == [indicator]
    surge_alert = alerts["surge"]
    peak = next(s for s in surge_alert["steps"] if s["value"] == 6.0)
    assert peak["period_label"] == "2025-03"
    assert peak["baseline"] == pytest.approx(lam)
    assert peak["probability"] == pytest.approx(_poisson_tail(6, lam))
    assert set(peak["evidence"]["events"]) == set(surge)
    assert surge_alert["steps"][-1]["holds"] is False

    # The board of three instants, asked today.
    async def board(known_by: str) -> dict[str, Any]:
        response = await client.get(
            "/v1/warning-board", params={"dataset": dataset, "known_by": known_by}
        )
        assert response.status_code == 200, response.text
        return dict(response.json())

    before = await board("2025-03-11T00:00:00Z")
    assert before["level"] == "watch"
    assert [a["rule_key"] for a in before["problems"][0]["alerts"]] == ["many"]
    assert before["problems"][0]["alerts"][0]["value"] == 4.0
    during = await board("2025-03-20T00:00:00Z")
    assert during["level"] == "warning"
    assert during["problems"][0]["since"] == "2025-03-12T00:00:00Z"
    assert {a["rule_key"] for a in during["problems"][0]["alerts"]} == {"many", "surge", "both"}
    after = await board("2025-05-02T00:00:00Z")
    assert after["level"] == "quiet" and after["problems"][0]["alerts"] == []

    # The alerts list reads knowledge time the same way.
    early = await _alerts(client, dataset, known_by="2025-03-11T00:00:00Z", state="open")
    assert set(early) == {"many"} and early["many"]["state"] == "open"
    assert early["many"]["closed_at"] is None


async def test_the_worker_writes_nothing_when_run_again_and_acknowledgements_stay(
    client: Client, worker_db: asyncpg.Connection, dataset: str
) -> None:
    _, problem, _ = await _world(client, dataset)
    await _run(worker_db, dataset, datetime(2025, 3, 20, tzinfo=UTC))
    alerts = await _alerts(client, dataset, problem=problem)
    assert {a["state"] for a in alerts.values()} == {"open"}
    acked = await client.patch(
        f"/v1/alerts/{alerts['surge']['id']}",
        json={"acknowledged": True, "note": "Seen; KPA artillery drills announced."},
    )
    assert acked.status_code == 200, acked.text
    assert acked.json()["acknowledged_at"] is not None

    await _run(worker_db, dataset, datetime(2025, 3, 20, tzinfo=UTC))
    again = await _alerts(client, dataset, problem=problem)
    assert {k: a["version"] for k, a in again.items()} == {"many": 1, "surge": 2, "both": 1}

    # Time passes with no new report: the worker closes them at the boundary.
    await _run(worker_db, dataset, datetime(2025, 5, 3, tzinfo=UTC))
    closed = await _alerts(client, dataset, problem=problem)
    assert {a["state"] for a in closed.values()} == {"closed"}
    assert closed["surge"]["acknowledgement"] == "Seen; KPA artillery drills announced."


async def test_rules_that_cannot_be_evaluated_are_refused_with_pointers(
    client: Client, dataset: str
) -> None:
    response = await client.post(
        "/v1/warning-problems",
        json={
            "name": "Nothing",
            "dataset": dataset,
            "rules": [
                {"key": "a", "kind": "threshold", "level": "watch", "value": 1,
                 "indicator_id": "ind_" + "0" * 32, "rationale": "r"},
                {"key": "b", "kind": "composite", "level": "warning", "of": ["a", "zz"],
                 "at_least": 2, "rationale": "r"},
            ],
        },
    )  # fmt: skip
    assert response.status_code == 422, response.text
    pointers = {e["pointer"] for e in response.json()["errors"]}
    assert "/rules/0/indicator_id" in pointers
    assert any(p.startswith("/rules/1/of") for p in pointers)
    window = await client.post(
        "/v1/warning-problems",
        json={
            "name": "Nothing",
            "dataset": dataset,
            "rules": [{"key": "a", "kind": "anomaly", "level": "watch", "window": 1,
                       "indicator_id": "ind_" + "0" * 32, "rationale": "r"}],
        },
    )  # fmt: skip
    assert window.status_code == 422, window.text
    assert "/rules/0/window" in {e["pointer"] for e in window.json()["errors"]}

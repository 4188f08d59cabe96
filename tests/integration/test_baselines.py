"""The built-in baselines forecast open questions through the worker, at most once a day.

Questions are written straight to their table (the questions service is another change's);
the launches through the API, as in the backtests' tests.
"""

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import asyncpg
import pytest
from watchfloor.context import Context
from watchfloor.forecasting.baselines import Baselines
from watchfloor.ids import new_id
from watchfloor.persistence.records import Records
from watchfloor.resources.questions.repository import QUESTIONS
from watchfloor.worker.runner import Worker

from tests.integration import world
from tests.integration.test_backtests import _history
from tests.integration.worker_probe import settled
from tests.integration.world import Client

NOW = datetime(2021, 11, 20, 12, tzinfo=UTC)


async def _question(db: asyncpg.Connection, dataset: str, kind: str, **criteria: Any) -> str:
    question_id = new_id("question")
    await Records(QUESTIONS, "question").create(
        Context.unrestricted(db),
        {
            "id": question_id,
            "dataset": dataset,
            "title": "DPRK launches",
            "description": None,
            "kind": kind,
            "tags": ["dprk"],
            "opens_at": NOW - timedelta(days=30),
            "closes_at": NOW + timedelta(days=10),
            "resolves_at": NOW + timedelta(days=45),
            "criteria": {"over": "events", "filters": {"tag": "missile-test"}, **criteria},
            "judgment": False,
            "quantile_levels": [0.05, 0.25, 0.5, 0.75, 0.95],
            "bins": None,
            "state": "open",
            "resolution": None,
            "review": None,
            "annulled_reason": None,
        },
    )
    return question_id


async def _forecasts(db: asyncpg.Connection, question_id: str) -> list[asyncpg.Record]:
    return list(
        await db.fetch(
            "SELECT * FROM forecasts WHERE question_id = $1 ORDER BY forecaster, created_at",
            question_id,
        )
    )


@pytest.fixture
async def baselines_reset(db: asyncpg.Connection) -> AsyncIterator[None]:
    yield
    await db.execute("DELETE FROM worker_positions WHERE handler = 'baselines'")


async def _step(db: asyncpg.Connection, dataset: str, at: datetime) -> None:
    await settled(db, dataset)
    await Worker([Baselines(clock=lambda: at)]).catch_up(db)


async def test_each_model_forecasts_a_supported_question_once_a_day_and_when_it_changes(
    client: Client, db: asyncpg.Connection, dataset: str, baselines_reset: None
) -> None:
    await _history(client, dataset)
    window = {"window_start": "2021-12-01", "window_end": "2021-12-31"}
    binary = await _question(db, dataset, "binary", **window)
    count = await _question(
        db, dataset, "count", window_start="2021-12-01", window_end="2022-02-28"
    )
    ragged = await _question(
        db, dataset, "binary", window_start="2021-12-03", window_end="2021-12-31"
    )
    await _step(db, dataset, NOW)
    made = await _forecasts(db, binary)
    assert [f["forecaster"] for f in made] == ["climatology", "count-model", "persistence"]
    for f in made:
        assert f["forecaster_kind"] == "model" and f["key_name"] == "worker"
        assert 0 < f["probability"] < 1 and f["supersedes"] is None
    # Persistence: October 2021 had a launch.
    assert {f["forecaster"]: f["probability"] for f in made}["persistence"] == 0.9
    quantiles = await _forecasts(db, count)
    assert len(quantiles) == 3
    assert [q["level"] for q in quantiles[0]["quantiles"]] == [0.05, 0.25, 0.5, 0.75, 0.95]
    assert await _forecasts(db, ragged) == []

    # The same day, and the next with nothing new: nothing written.
    await _step(db, dataset, NOW + timedelta(hours=2))
    await _step(db, dataset, NOW + timedelta(days=1))
    assert len(await _forecasts(db, binary)) == 3

    # A launch in October reported late (after the first forecasts): the count model's rate
    # changes and it forecasts again, superseding its forecast; persistence's does not.
    src = await world.source(client, dataset)
    await world.event(
        client, dataset, src, occurred={"start": "2021-10-20"}, tags=["missile-test"],
        reported_at=(NOW + timedelta(hours=30)).isoformat(),
    )  # fmt: skip
    await _step(db, dataset, NOW + timedelta(days=2))
    after = await _forecasts(db, binary)
    by: dict[str, list[asyncpg.Record]] = {}
    for f in after:
        by.setdefault(f["forecaster"], []).append(f)
    assert len(by["count-model"]) == 2 and len(by["persistence"]) == 1
    first, second = by["count-model"]
    assert second["supersedes"] == first["id"]
    assert second["probability"] > first["probability"]
    # Closed (closes_at passed): nothing more.
    await _step(db, dataset, datetime(2021, 12, 1, 6, tzinfo=UTC))
    assert len(await _forecasts(db, binary)) == len(after)

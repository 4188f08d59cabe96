"""The worker's handlers on an exercise's game clock: alerts, signposts and computed figures of
the play dataset are evaluated at the game time, never at wall time, and a standing clock costs
nothing per step.

The world is built so that wall time and game time disagree: four reports of fire on
1 March 2025 (game time) open a threshold alert of four a month; evaluated up to wall time
(years later) that alert would be closed at 1 May 2025 already (March holds through April, May
starts with April quiet), and a signpost over a 7-day window would have aged out on 8 March.
The handlers' wall clocks are set by the test to instants counted from the clock's stored
anchors, so every expectation is exact without sleeping.
"""

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import asyncpg
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from watchfloor.computed.handler import ComputedIndicators
from watchfloor.planning.handler import Signposts
from watchfloor.resources.exercises.handler import ExerciseInjects
from watchfloor.warning.handler import WarningRules
from watchfloor.worker.runner import Worker

from tests.integration import factories
from tests.integration.worker_probe import settled

Client = AsyncTestClient[Litestar]
START = datetime(2025, 3, 1, tzinfo=UTC)
HANDLERS = ("exercise-injects", "computed-indicators", "warning", "signposts")


@pytest.fixture
async def worker_db(db: asyncpg.Connection) -> AsyncIterator[asyncpg.Connection]:
    yield db
    # A position holds the feed's retention back: the handlers' must not outlive the test.
    await db.execute("DELETE FROM worker_positions WHERE handler = ANY($1::text[])", HANDLERS)


async def _run(db: asyncpg.Connection, datasets: list[str], wall: datetime) -> None:
    """Catch the handlers up with their wall clocks at ``wall``."""
    for dataset in datasets:
        await settled(db, dataset)
    await Worker(
        [
            ExerciseInjects(clock=lambda: wall),
            ComputedIndicators(today=lambda: wall.date(), clock=lambda: wall),
            WarningRules(clock=lambda: wall),
            Signposts(clock=lambda: wall),
        ]
    ).catch_up(db)


async def _clock(client: Client, base: str, **body: Any) -> tuple[datetime, datetime, float]:
    """Change the clock; its new anchors (wall, game) and speed."""
    response = await client.post(f"{base}/clock", json=body)
    assert response.status_code == 200, response.text
    clock = response.json()
    return (
        datetime.fromisoformat(clock["anchor_wall"]),
        datetime.fromisoformat(clock["anchor_game"]),
        float(clock["speed"]),
    )


def _at(anchors: tuple[datetime, datetime, float], game: datetime) -> datetime:
    """The wall instant at which the running clock reaches ``game``."""
    wall, anchor, speed = anchors
    return wall + (game - anchor) / speed


async def _alert(client: Client, play: str) -> dict[str, Any]:
    response = await client.get("/v1/alerts", params={"dataset": play})
    assert response.status_code == 200, response.text
    [alert] = response.json()["data"]
    return dict(alert)


async def _signpost(client: Client, signpost: str) -> dict[str, Any]:
    response = await client.get(f"/v1/signposts/{signpost}")
    assert response.status_code == 200, response.text
    return dict(response.json())


async def test_an_exercise_is_judged_on_its_game_clock_and_costs_nothing_while_paused(
    client: Client, worker_db: asyncpg.Connection, dataset: str
) -> None:
    await factories.source(client, dataset)  # copied into the exercise: the injects cite it
    indicator = await client.post(
        "/v1/indicators",
        json={"name": "Artillery fire per month", "unit": "events", "frequency": "monthly",
              "dataset": dataset,
              "definition": {"measure": "count", "filters": {"category": "ASSAULT"}}},
    )  # fmt: skip
    assert indicator.status_code == 201, indicator.text
    made = await client.post(
        "/v1/warning-problems",
        json={"name": "Border fire", "dataset": dataset, "owner": "Korea desk",
              "rules": [{"key": "many", "kind": "threshold", "level": "watch",
                         "indicator_id": indicator.json()["id"], "value": 4,
                         "rationale": "Four exchanges of fire in a month is a pattern."}]},
    )  # fmt: skip
    assert made.status_code == 201, made.text
    opened = await client.post(
        "/v1/exercises",
        json={"name": "Game time", "source_dataset": dataset, "start_known_by": START.isoformat(),
              "participants": [{"name": "white-cell", "role": "controller"}]},
    )  # fmt: skip
    assert opened.status_code == 201, opened.text
    exercise = opened.json()
    play, control = exercise["dataset"], exercise["control_dataset"]
    base = f"/v1/exercises/{exercise['id']}"
    [copied_source] = (await client.get("/v1/sources", params={"dataset": play})).json()["data"]
    [copied_problem] = (await client.get("/v1/warning-problems", params={"dataset": play})).json()[
        "data"
    ]
    [copied_indicator] = (await client.get("/v1/indicators", params={"dataset": play})).json()[
        "data"
    ]
    signpost = await client.post(
        "/v1/signposts",
        json={"name": "Sustained fire", "dataset": play,
              "condition": {"kind": "events", "window": {"days": 7}, "count": 4,
                            "filters": {"category": "ASSAULT"}}},
    )  # fmt: skip
    assert signpost.status_code == 201, signpost.text
    signpost_id = signpost.json()["id"]

    # The MSEL: four reports of fire an hour apart on the first morning.
    for hour in range(1, 5):
        inject = await client.post(
            f"{base}/injects",
            json={"at": (START + timedelta(hours=hour)).isoformat(), "kind": "event",
                  "record": {"title": f"Shelling {hour}", "category": "ASSAULT",
                             "occurred": {"start": "2025-03-01"},
                             "citations": [{"source_id": copied_source["id"], "credibility": 2}]}},
        )  # fmt: skip
        assert inject.status_code == 201, inject.text

    # Play starts at 05:00 game time, in real time: the four are due at once.
    anchors = await _clock(
        client, base, action="start", game_time=(START + timedelta(hours=5)).isoformat(), speed=1
    )
    wall = _at(anchors, START + timedelta(hours=5, minutes=1))
    await _run(worker_db, [play, control], wall)

    # The alert is open at the game time (at wall time it would be closed on 1 May 2025).
    alert = await _alert(client, play)
    assert alert["problem_id"] == copied_problem["id"]
    assert alert["opened_at"] == "2025-03-01T04:00:00Z"
    assert alert["closed_at"] is None and alert["state"] == "open"
    seen = await _signpost(client, signpost_id)
    assert seen["status"] == "seen" and seen["changed_at"] == "2025-03-01T04:00:00Z"
    # The figures are of the game day, not the wall day.
    vintages = await worker_db.fetch(
        "SELECT DISTINCT vintage FROM observations WHERE indicator_id = $1 AND computed",
        copied_indicator["id"],
    )
    assert [r["vintage"] for r in vintages] == [START.date()]
    # Next due when the game's next month begins, stored as the wall instant the clock reaches
    # it (a month of wall time away at this speed).
    due = await worker_db.fetchval(
        "SELECT due_at FROM warning_due WHERE problem_id = $1", copied_problem["id"]
    )
    assert abs(due - _at(anchors, datetime(2025, 4, 1, tzinfo=UTC))) < timedelta(milliseconds=1)

    # Paused: evaluated once at the game time it stopped, then never due until the clock moves,
    # however much wall time passes (a game instant already past in wall time would be due
    # on every step otherwise).
    paused = await _clock(client, base, action="pause")
    await _run(worker_db, [play], paused[0] + timedelta(days=1))
    versions = (
        (await _alert(client, play))["version"],
        (await _signpost(client, signpost_id))["version"],
    )
    for later in (2, 30, 400):
        await _run(worker_db, [play], paused[0] + timedelta(days=later))
        for table, column, record in (
            ("warning_due", "problem_id", copied_problem["id"]),
            ("signpost_due", "signpost_id", signpost_id),
        ):
            sql = f"SELECT count(*) FROM {table} WHERE {column} = $1"
            assert await worker_db.fetchval(sql, record) == 0
        alert = await _alert(client, play)
        assert alert["state"] == "open"
        assert (alert["version"], (await _signpost(client, signpost_id))["version"]) == versions

    # Resumed at ten game days a wall second: open through April, closed when May begins.
    resumed = await _clock(client, base, action="resume", speed=864_000)
    await _run(worker_db, [play], _at(resumed, datetime(2025, 4, 15, 12, tzinfo=UTC)))
    assert (await _alert(client, play))["closed_at"] is None
    aged = await _signpost(client, signpost_id)
    assert aged["status"] == "not_seen" and aged["changed_at"] == "2025-03-08T00:00:00Z"
    await _run(worker_db, [play], _at(resumed, datetime(2025, 6, 1, 12, tzinfo=UTC)))
    alert = await _alert(client, play)
    assert alert["opened_at"] == "2025-03-01T04:00:00Z"
    assert alert["closed_at"] == "2025-05-01T00:00:00Z" and alert["state"] == "closed"

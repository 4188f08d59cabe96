"""Exercises end to end, through HTTP and the real worker: a world copied as known by an
instant, participants' keys, the clock, the MSEL released on game time, alerts in the exercise
only, players' actions, and the source data never written.

The release handler's wall clock is set by the test (``ExerciseInjects(clock=…)``) to instants
counted from the clock's stored anchors, so "released within one worker tick of its game time"
is checked exactly, without sleeping.
"""

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import asyncpg
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from watchfloor.computed.handler import ComputedIndicators
from watchfloor.resources.exercises.handler import ExerciseInjects
from watchfloor.warning.handler import WarningRules
from watchfloor.worker.runner import Worker

from tests.integration import factories
from tests.integration.problems import problem
from tests.integration.worker_probe import settled

Client = AsyncTestClient[Litestar]
START = "2025-03-01T00:00:00Z"
START_AT = datetime(2025, 3, 1, tzinfo=UTC)
HANDLERS = ("exercise-injects", "computed-indicators", "warning")


@pytest.fixture
async def worker_db(db: asyncpg.Connection) -> AsyncIterator[asyncpg.Connection]:
    yield db
    # A position holds the feed's retention back: the handlers' must not outlive the test.
    await db.execute("DELETE FROM worker_positions WHERE handler = ANY($1::text[])", HANDLERS)


async def _event(client: Client, dataset: str, source: str, start: str, **extra: Any) -> str:
    body = {
        "title": f"Artillery fire on {start}",
        "category": "ASSAULT",
        "occurred": {"start": start},
        "citations": [{"source_id": source, "credibility": 2}],
        "dataset": dataset,
        **extra,
    }
    response = await client.post("/v1/events", json=body)
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def _world(client: Client, dataset: str) -> dict[str, Any]:
    """A year of monthly artillery fire, one event reported after the start, an indicator
    counting it and a warning problem with a threshold of four a month."""
    source = await factories.source(client, dataset)
    before = [await _event(client, dataset, source, f"2024-{m:02d}-15") for m in range(1, 13)]
    after = await _event(client, dataset, source, "2025-03-10")
    indicator = await client.post(
        "/v1/indicators",
        json={"name": "Artillery fire per month", "unit": "events", "frequency": "monthly",
              "dataset": dataset,
              "definition": {"measure": "count", "filters": {"category": "ASSAULT"}}},
    )  # fmt: skip
    assert indicator.status_code == 201, indicator.text
    problem_ = await client.post(
        "/v1/warning-problems",
        json={"name": "Border fire", "dataset": dataset, "owner": "Korea desk",
              "rules": [{"key": "many", "kind": "threshold", "level": "watch",
                         "indicator_id": indicator.json()["id"], "value": 4,
                         "rationale": "Four exchanges of fire in a month is a pattern."}]},
    )  # fmt: skip
    assert problem_.status_code == 201, problem_.text
    return {
        "source": source,
        "before": before,
        "after": after,
        "indicator": indicator.json()["id"],
        "problem": problem_.json()["id"],
    }


async def _export(client: Client, dataset: str) -> bytes:
    """Every registered resource of ``dataset``, exported, concatenated."""
    from watchfloor.registry import RESOURCES

    out = b""
    for name in RESOURCES:
        response = await client.get("/v1/export", params={"resource": name, "dataset": dataset})
        assert response.status_code == 200, response.text
        out += response.content
    return out


async def _open(client: Client, dataset: str, **extra: Any) -> dict[str, Any]:
    response = await client.post(
        "/v1/exercises",
        json={
            "name": "Border fire TTX",
            "source_dataset": dataset,
            "start_known_by": START,
            "participants": [
                {"name": "white-cell", "role": "controller"},
                {"name": "analyst-1", "role": "player"},
                {"name": "analyst-2", "role": "player"},
                {"name": "assessor", "role": "evaluator"},
            ],
            **extra,
        },
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


def _keys(exercise: dict[str, Any]) -> dict[str, dict[str, str]]:
    return {k["name"]: _as_dict(k["secret"]) for k in exercise["keys"]}


def _as_dict(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


async def _compute(db: asyncpg.Connection, dataset: str, wall: datetime | None = None) -> None:
    """Run the computed and warning handlers at wall instant ``wall`` (default: now); an
    exercise dataset's records are judged at its game time then."""
    await settled(db, dataset)
    now = wall or datetime.now(UTC)
    await Worker(
        [
            ComputedIndicators(today=lambda: now.date(), clock=lambda: now),
            WarningRules(clock=lambda: now),
        ]
    ).catch_up(db)


async def _release(db: asyncpg.Connection, wall: datetime) -> None:
    await Worker([ExerciseInjects(clock=lambda: wall)]).catch_up(db)


async def test_an_exercise_runs_end_to_end_and_never_writes_its_source(
    client: Client, worker_db: asyncpg.Connection, dataset: str
) -> None:
    world = await _world(client, dataset)
    # The source world settled first (its computed figures are the worker's, not the
    # exercise's): from here on, nothing may write it.
    await _compute(worker_db, dataset)
    source_before = await _export(client, dataset)
    live_before = await _export(client, "live")

    exercise = await _open(client, dataset)
    keys = _keys(exercise)
    play, control = exercise["dataset"], exercise["control_dataset"]
    assert exercise["clock"]["state"] == "not_started"
    assert exercise["clock"]["game"] == START
    assert {k["name"]: k["datasets"] for k in exercise["keys"]} == {
        "white-cell": sorted([play, control]),
        "analyst-1": [play],
        "analyst-2": [play],
        "assessor": sorted([play, control]),
    }

    # The starting world: what had been reported by the start, under ids of its own.
    copied = await client.get("/v1/events", params={"dataset": play, "limit": 100})
    assert copied.status_code == 200, copied.text
    events = copied.json()["data"]
    assert len(events) == len(world["before"])
    assert not {e["id"] for e in events} & {*world["before"], world["after"]}
    [copied_source] = (await client.get("/v1/sources", params={"dataset": play})).json()["data"]
    assert {e["citations"][0]["source_id"] for e in events} == {copied_source["id"]}
    [copied_problem] = (await client.get("/v1/warning-problems", params={"dataset": play})).json()[
        "data"
    ]
    [copied_indicator] = (await client.get("/v1/indicators", params={"dataset": play})).json()[
        "data"
    ]
    assert copied_problem["rules"][0]["indicator_id"] == copied_indicator["id"]
    assert copied_indicator["id"] != world["indicator"]

    base = f"/v1/exercises/{exercise['id']}"
    ctl, p1, p2, ev = (keys[n] for n in ("white-cell", "analyst-1", "analyst-2", "assessor"))

    # The MSEL: five reports of fire an hour apart, a message to one player.
    def fire_record(day: str) -> dict[str, Any]:
        return {
            "title": f"Shelling reported on {day}",
            "category": "ASSAULT",
            "occurred": {"start": day},
            "citations": [{"source_id": copied_source["id"], "credibility": 2}],
        }

    injects = []
    for hour in range(1, 6):
        made = await client.post(
            f"{base}/injects",
            headers=ctl,
            json={
                "at": (START_AT + timedelta(hours=hour)).isoformat(),
                "kind": "event",
                "title": f"Shelling {hour}",
                "record": fire_record("2025-03-01"),
                "expected_actions": [{"text": "Raise the board", "by_minutes": 30}],
                "capability": "Situational assessment",
            },
        )
        assert made.status_code == 201, made.text
        injects.append(made.json())
    message = await client.post(
        f"{base}/injects",
        headers=ctl,
        json={"at": (START_AT + timedelta(hours=1)).isoformat(), "kind": "message",
              "record": {"to": ["analyst-1"], "text": "The J2 asks for an assessment by 0300."}},
    )  # fmt: skip
    assert message.status_code == 201, message.text

    # Bad injects: before the start, a record the real create refuses, a player writing.
    early = await client.post(
        f"{base}/injects", headers=ctl,
        json={"at": "2025-02-28T23:00:00Z", "kind": "event", "record": fire_record("2025-02-28")},
    )  # fmt: skip
    assert [e["pointer"] for e in problem(early, 422)["errors"]] == ["/at"]
    bad = await client.post(
        f"{base}/injects", headers=ctl,
        json={"at": START, "kind": "event", "record": {**fire_record("x"), "occurred": {"start": "soon"}}},
    )  # fmt: skip
    assert problem(bad, 422)["errors"][0]["pointer"] == "/record/occurred/start"
    unknown = await client.post(
        f"{base}/injects", headers=ctl,
        json={"at": START, "kind": "event",
              "record": {**fire_record("2025-03-01"),
                         "citations": [{"source_id": world["source"], "credibility": 2}]}},
    )  # fmt: skip
    assert problem(unknown, 422)["errors"][0]["pointer"].startswith("/record/citations/0")
    problem(await client.post(f"{base}/injects", headers=p1, json={
        "at": START, "kind": "message", "record": {"text": "hi"}}), 403)  # fmt: skip

    # Players: no MSEL, no control dataset, no live.
    listed = await client.get(f"{base}/injects", headers=p1)
    assert listed.status_code == 200 and listed.json()["data"] == []
    problem(await client.get(f"{base}/injects/{injects[0]['id']}", headers=p1), 404)
    problem(await client.get("/v1/changes", params={"dataset": control}, headers=p1), 403)
    problem(await client.get("/v1/events", params={"dataset": "live"}, headers=p1), 403)
    problem(
        await client.post(
            "/v1/events", headers=p1, json={**fire_record("2025-03-01"), "dataset": "live"}
        ),
        403,
    )
    assert (await client.get(f"{base}/injects", headers=ev)).json()["data"][0]["id"] == injects[0][
        "id"
    ]

    # The clock: start fast, pause, pause again (nothing), resume.
    started = await client.post(
        f"{base}/clock", headers=ctl, json={"action": "start", "speed": 3600}
    )
    assert started.status_code == 200, started.text
    assert started.json()["state"] == "running"
    problem(await client.post(f"{base}/clock", headers=p1, json={"action": "pause"}), 403)
    paused = await client.post(f"{base}/clock", headers=ctl, json={"action": "pause"})
    again = await client.post(f"{base}/clock", headers=ctl, json={"action": "pause"})
    assert paused.json()["state"] == again.json()["state"] == "paused"
    assert again.json()["version"] == paused.json()["version"]
    assert again.json()["game_time"] == paused.json()["game_time"]
    resumed = await client.post(f"{base}/clock", headers=ctl, json={"action": "resume"})
    assert resumed.json()["state"] == "running"
    clock = (await client.get(f"{base}/clock", headers=p2)).json()
    # The clock tells each caller its seat: what a console shows it depends on it.
    assert (clock["role"], clock["participant"]) == ("player", "analyst-2")
    seats = [(await client.get(f"{base}/clock", headers=k)).json() for k in (ctl, ev)]
    assert [(s["role"], s["participant"]) for s in seats] == [
        ("controller", "white-cell"), ("evaluator", "assessor"),
    ]  # fmt: skip
    assert resumed.json()["role"] == "controller"
    wall = datetime.fromisoformat(clock["anchor_wall"])
    game = datetime.fromisoformat(clock["anchor_game"])
    assert game >= START_AT
    history = await client.get(f"{base}/history")
    assert [v["exercise"]["clock"]["state"] for v in history.json()["data"]] == [
        "not_started", "running", "paused", "running",
    ]  # fmt: skip

    # The worker: at 2.5 game hours past the anchor only the injects due by then are out.
    await settled(worker_db, control)
    lead = (game - START_AT).total_seconds() / 3600
    await _release(worker_db, wall + timedelta(seconds=2.5 - lead))
    states = {i["id"]: i for i in (await client.get(f"{base}/injects", headers=ctl)).json()["data"]}
    assert [states[i["id"]]["state"] for i in injects] == [
        "released", "released", "scheduled", "scheduled", "scheduled",
    ]  # fmt: skip
    first = states[injects[0]["id"]]
    assert first["released_game_time"] == injects[0]["at"]
    assert states[message.json()["id"]]["state"] == "released"
    released = await client.get(f"/v1/events/{first['released_record_id']}", headers=p1)
    assert released.status_code == 200, released.text
    assert released.json()["dataset"] == play
    assert released.json()["reported_at"] == "2025-03-01T01:00:00Z"
    # Every answer about the exercise's data says so; one about the source data does not.
    assert released.headers["watchfloor-exercise"] == "true"
    assert (await client.get(f"{base}/clock", headers=p1)).headers["watchfloor-exercise"] == "true"
    listed_play = await client.get("/v1/events", params={"dataset": play})
    assert listed_play.headers["watchfloor-exercise"] == "true"
    exported = await client.get("/v1/export", params={"resource": "event", "dataset": play})
    assert exported.headers["watchfloor-exercise"] == "true"
    # A series read by its indicator's id names no dataset in its query: its answer does.
    series = await client.get(
        f"/v1/indicators/{copied_indicator['id']}/figures", params={"known_by": START}
    )
    assert series.json()["dataset"] == play and series.headers["watchfloor-exercise"] == "true"
    source_series = await client.get(f"/v1/indicators/{world['indicator']}/figures")
    assert source_series.status_code == 200 and "watchfloor-exercise" not in source_series.headers
    source_read = await client.get(f"/v1/events/{world['before'][0]}")
    assert source_read.status_code == 200 and "watchfloor-exercise" not in source_read.headers

    # Players see what was released to them, without what is expected of them.
    seen1 = (await client.get(f"{base}/injects", headers=p1)).json()["data"]
    seen2 = (await client.get(f"{base}/injects", headers=p2)).json()["data"]
    assert {i["kind"] for i in seen1} == {"event", "message"}
    assert {i["kind"] for i in seen2} == {"event"}
    assert all(i["expected_actions"] == [] and i["capability"] is None for i in seen1)

    # A controller fires the fifth early; the worker then releases the rest, each once.
    fired = await client.post(f"{base}/injects/{injects[4]['id']}/fire", headers=ctl)
    assert fired.status_code == 200, fired.text
    assert fired.json()["state"] == "released"
    problem(await client.post(f"{base}/injects/{injects[4]['id']}/fire", headers=ctl), 409)
    await _release(worker_db, wall + timedelta(seconds=6 - lead))
    await _release(worker_db, wall + timedelta(seconds=7 - lead))
    rows = await worker_db.fetch(
        "SELECT count(*) AS n FROM events WHERE dataset = $1 AND title LIKE 'Shelling%'", play
    )
    assert rows[0]["n"] == 5

    # Alerts fire in the exercise world only, judged at the game time of the last release.
    await _compute(worker_db, play, wall + timedelta(seconds=7 - lead))
    alerts = (await client.get("/v1/alerts", params={"dataset": play}, headers=p1)).json()["data"]
    assert [a["problem_id"] for a in alerts] == [copied_problem["id"]]
    # Opened when the fourth report of March was known: the fifth inject was fired at the
    # game time of the firing (wall-clock dependent), the others at their own.
    reported = sorted(
        r["reported_at"]
        for r in await worker_db.fetch(
            "SELECT reported_at FROM events WHERE dataset = $1 AND title LIKE 'Shelling%'", play
        )
    )
    fired_at = datetime.fromisoformat(fired.json()["released_game_time"])
    assert reported == sorted([*(START_AT + timedelta(hours=h) for h in (1, 2, 3, 4)), fired_at])
    assert datetime.fromisoformat(alerts[0]["opened_at"]) == reported[3]
    assert (await client.get("/v1/alerts", params={"dataset": dataset})).json()["data"] == []

    # Players act; each sees its own, controllers and evaluators all.
    act = await client.post(
        f"{base}/actions",
        headers=p1,
        json={"kind": "decision", "text": "Raise the board to watch.", "inject_id": first["id"]},
    )
    assert act.status_code == 201, act.text
    assert act.json()["participant"] == "analyst-1" and act.json()["role"] == "player"
    assert act.json()["game_time"] >= START
    rfi = await client.post(f"{base}/actions", headers=p2, json={"kind": "rfi", "text": "Imagery?"})
    assert rfi.status_code == 201, rfi.text
    assert len((await client.get(f"{base}/actions", headers=p1)).json()["data"]) == 1
    assert len((await client.get(f"{base}/actions", headers=ev)).json()["data"]) == 2

    # A forecast in the exercise is an ordinary forecast of the exercise dataset.
    question = await client.post(
        "/v1/questions",
        headers=ctl,
        json=_question(play),
    )
    assert question.status_code == 201, question.text
    forecast = await client.post(
        "/v1/forecasts",
        headers=p1,
        json={
            "question_id": question.json()["id"],
            "probability": 0.7,
            "dataset": play,
            "forecaster": "analyst-1",
        },
    )
    assert forecast.status_code == 201, forecast.text

    # The source data: byte for byte as before.
    assert await _export(client, dataset) == source_before
    assert await _export(client, "live") == live_before


def _question(dataset: str) -> dict[str, Any]:
    return {
        "title": "Will artillery fire exceed ten events in March 2025?",
        "kind": "binary",
        # Forecasts are stamped with wall time (game-time questions are not in this landing).
        "closes_at": "2099-03-31T00:00:00Z",
        "resolves_at": "2099-04-01T00:00:00Z",
        "judgment": True,
        "dataset": dataset,
    }


class _Crashing(ExerciseInjects):
    """Releases, then dies before the step commits: a worker killed mid-release."""

    async def settle(self, ctx: Any) -> bool:
        await super().settle(ctx)
        raise RuntimeError("killed after releasing, before committing")


async def test_a_release_is_exactly_once_across_a_crash_and_two_workers(
    client: Client, worker_db: asyncpg.Connection, dataset: str, database_url: str
) -> None:
    import asyncio

    from watchfloor.persistence.db import connect

    source = await factories.source(client, dataset)
    exercise = await _open(client, dataset, participants=[])
    play = exercise["dataset"]
    [copied] = (await client.get("/v1/sources", params={"dataset": play})).json()["data"]
    assert copied["id"] != source
    base = f"/v1/exercises/{exercise['id']}"
    for hour in (1, 2, 3):
        made = await client.post(
            f"{base}/injects",
            json={"at": (START_AT + timedelta(hours=hour)).isoformat(), "kind": "event",
                  "record": {"title": f"Launch {hour}", "category": "ASSAULT",
                             "occurred": {"start": "2025-03-01"},
                             "citations": [{"source_id": copied["id"], "credibility": 2}]}},
        )  # fmt: skip
        assert made.status_code == 201, made.text
    started = await client.post(f"{base}/clock", json={"action": "start", "speed": 3600})
    wall = datetime.fromisoformat(started.json()["anchor_wall"])
    later = wall + timedelta(seconds=10)
    await settled(worker_db, play)

    with pytest.raises(RuntimeError):
        await Worker([_Crashing(clock=lambda: later)]).catch_up(worker_db)
    count = "SELECT count(*) FROM events WHERE dataset = $1 AND title LIKE 'Launch%'"
    assert await worker_db.fetchval(count, play) == 0
    states = "SELECT array_agg(state ORDER BY at) FROM injects WHERE exercise_id = $1"
    assert await worker_db.fetchval(states, exercise["id"]) == ["scheduled"] * 3

    other = await connect(database_url)
    try:
        await asyncio.gather(
            Worker([ExerciseInjects(clock=lambda: later)]).catch_up(worker_db),
            Worker([ExerciseInjects(clock=lambda: later)]).catch_up(other),
        )
        await Worker([ExerciseInjects(clock=lambda: later)]).catch_up(other)
    finally:
        await other.close()
    assert await worker_db.fetchval(count, play) == 3
    assert await worker_db.fetchval(states, exercise["id"]) == ["released"] * 3
    versions = "SELECT count(*) FROM injects_history WHERE exercise_id = $1"
    assert await worker_db.fetchval(versions, exercise["id"]) == 3


async def test_the_clock_refuses_what_its_state_does_not_allow(
    client: Client, dataset: str
) -> None:
    exercise = await _open(client, dataset, participants=[])
    base = f"/v1/exercises/{exercise['id']}"
    problem(await client.post(f"{base}/clock", json={"action": "pause"}), 409)
    early = await client.post(
        f"{base}/clock", json={"action": "start", "game_time": "2025-02-01T00:00:00Z"}
    )
    assert [e["pointer"] for e in problem(early, 422)["errors"]] == ["/game_time"]
    bad = await client.post(f"{base}/clock", json={"action": "start", "speed": 0})
    problem(bad, 400 if bad.status_code == 400 else 422)
    started = await client.post(
        f"{base}/clock", json={"action": "start", "game_time": "2025-03-02T00:00:00Z", "speed": 60}
    )
    assert started.status_code == 200, started.text
    assert started.json()["anchor_game"] == "2025-03-02T00:00:00Z"
    ended = await client.post(f"{base}/clock", json={"action": "end"})
    assert ended.json()["state"] == "ended" and ended.json()["ended_at"] is not None
    again = await client.post(f"{base}/clock", json={"action": "end"})
    assert again.status_code == 200 and again.json()["version"] == ended.json()["version"]
    problem(await client.post(f"{base}/clock", json={"action": "resume"}), 409)
    # After the end the game time stands still.
    first = (await client.get(f"{base}/clock")).json()["game_time"]
    assert (await client.get(f"{base}/clock")).json()["game_time"] == first
    problem(await client.post(f"{base}/actions", json={"kind": "decision", "text": "x"}), 409)
    # An instant is an RFC 3339 string, not a number the framework would read as 1970.
    numeric = await client.post(
        f"{base}/injects", json={"at": 0, "kind": "message", "record": {"text": "x"}}
    )
    assert [e["pointer"] for e in problem(numeric, 400)["errors"]] == ["/at"]


async def test_controllers_move_and_withdraw_injects_during_play(
    client: Client, worker_db: asyncpg.Connection, dataset: str
) -> None:
    exercise = await _open(client, dataset)
    keys = _keys(exercise)
    ctl, p1, ev = keys["white-cell"], keys["analyst-1"], keys["assessor"]
    base = f"/v1/exercises/{exercise['id']}"

    async def message(hour: int, text: str) -> dict[str, Any]:
        made = await client.post(
            f"{base}/injects",
            headers=ctl,
            json={"at": (START_AT + timedelta(hours=hour)).isoformat(), "kind": "message",
                  "record": {"text": text}},
        )  # fmt: skip
        assert made.status_code == 201, made.text
        return dict(made.json())

    moved, withdrawn, kept = (
        await message(5, "moved"),
        await message(1, "gone"),
        await message(2, "kept"),
    )
    # Moved earlier (a new version), and one withdrawn: neither by an evaluator nor before the start.
    problem(
        await client.patch(f"{base}/injects/{moved['id']}", headers=ev, json={"at": START}), 403
    )
    early = await client.patch(
        f"{base}/injects/{moved['id']}", headers=ctl, json={"at": "2025-02-01T00:00:00Z"}
    )
    assert [e["pointer"] for e in problem(early, 422)["errors"]] == ["/at"]
    stale = await client.patch(
        f"{base}/injects/{moved['id']}", headers={**ctl, "If-Match": '"7"'}, json={"at": START}
    )
    problem(stale, 412)
    now_at = await client.patch(
        f"{base}/injects/{moved['id']}",
        headers={**ctl, "If-Match": '"1"'},
        json={"at": (START_AT + timedelta(minutes=30)).isoformat()},
    )
    assert now_at.status_code == 200, now_at.text
    assert now_at.json()["version"] == 2 and now_at.json()["at"] == "2025-03-01T00:30:00Z"
    gone = await client.patch(
        f"{base}/injects/{withdrawn['id']}", headers=ctl, json={"state": "withdrawn"}
    )
    assert gone.json()["state"] == "withdrawn"

    started = await client.post(
        f"{base}/clock", headers=ctl, json={"action": "start", "speed": 3600}
    )
    wall = datetime.fromisoformat(started.json()["anchor_wall"])
    await settled(worker_db, exercise["control_dataset"])
    await _release(worker_db, wall + timedelta(seconds=3))
    listed = (await client.get(f"{base}/injects", headers=ctl)).json()["data"]
    assert [(i["record"]["text"], i["state"]) for i in listed] == [
        ("moved", "released"), ("gone", "withdrawn"), ("kept", "released"),
    ]  # fmt: skip
    assert listed[0]["released_game_time"] == "2025-03-01T00:30:00Z"
    problem(
        await client.patch(f"{base}/injects/{kept['id']}", headers=ctl, json={"at": START}), 409
    )
    problem(await client.post(f"{base}/injects/{withdrawn['id']}/fire", headers=ctl), 409)
    # A player reads the released messages (to every player), never the withdrawn one.
    seen = (await client.get(f"{base}/injects", headers=p1)).json()["data"]
    assert [i["record"]["text"] for i in seen] == ["moved", "kept"]
    problem(await client.get(f"{base}/injects/{withdrawn['id']}", headers=p1), 404)
    history = await client.get(f"{base}/injects/{moved['id']}/history", headers=ev)
    assert [v["inject"]["state"] for v in history.json()["data"]] == [
        "scheduled", "scheduled", "released",
    ]  # fmt: skip
    problem(await client.get(f"{base}/injects/{moved['id']}/history", headers=p1), 404)


async def test_a_participant_joins_later_with_a_key_scoped_to_the_exercise(
    client: Client, dataset: str
) -> None:
    exercise = await _open(client, dataset)
    keys = _keys(exercise)
    base = f"/v1/exercises/{exercise['id']}"
    problem(
        await client.post(
            f"{base}/participants", headers=keys["analyst-1"], json={"name": "x", "role": "player"}
        ),
        403,
    )
    joined = await client.post(
        f"{base}/participants", headers=keys["white-cell"], json={"name": "late", "role": "player"}
    )
    assert joined.status_code == 201, joined.text
    assert joined.json()["datasets"] == [exercise["dataset"]]
    again = await client.post(
        f"{base}/participants",
        headers=keys["white-cell"],
        json={"name": "late", "role": "evaluator"},
    )
    problem(again, 409)
    late = _as_dict(joined.json()["secret"])
    seen = await client.get(base, headers=late)
    assert seen.status_code == 200, seen.text
    assert seen.json()["version"] == 2
    assert [p["name"] for p in seen.json()["participants"]][-1] == "late"
    action = await client.post(
        f"{base}/clock", headers=keys["white-cell"], json={"action": "start"}
    )
    assert action.status_code == 200
    logged = await client.post(
        f"{base}/actions", headers=late, json={"kind": "rfi", "text": "Who?"}
    )
    assert logged.json()["participant"] == "late" and logged.json()["role"] == "player"
    problem(await client.get("/v1/events", params={"dataset": dataset}, headers=late), 403)


async def test_closing_an_exercise_tombstones_its_world_and_revokes_its_keys(
    client: Client, dataset: str
) -> None:
    await _world(client, dataset)
    before = await _export(client, dataset)
    exercise = await _open(client, dataset)
    keys = _keys(exercise)
    play, base = exercise["dataset"], f"/v1/exercises/{exercise['id']}"
    inject = await client.post(
        f"{base}/injects", headers=keys["white-cell"],
        json={"at": START, "kind": "message", "record": {"text": "Stand by."}},
    )  # fmt: skip
    assert inject.status_code == 201, inject.text
    copied = (await client.get("/v1/events", params={"dataset": play, "limit": 100})).json()
    assert len(copied["data"]) == 12
    opened_at = datetime.now(UTC).isoformat()

    problem(await client.delete(base, headers=keys["analyst-1"]), 403)
    closed = await client.delete(base, headers=keys["white-cell"])
    assert closed.status_code == 200, closed.text
    problem(await client.get(base), 404)
    assert (await client.get("/v1/events", params={"dataset": play})).json()["data"] == []
    problem(await client.get(f"/v1/events/{copied['data'][0]['id']}"), 404)
    # Kept for the after-action review: every record as it was, and the feed says each went.
    then = await client.get(
        "/v1/events", params={"dataset": play, "as_of": opened_at, "limit": 100}
    )
    assert len(then.json()["data"]) == 12
    problem(await client.get(base, headers=keys["analyst-1"]), 401)
    problem(await client.get(base, headers=keys["white-cell"]), 401)
    assert await _export(client, dataset) == before

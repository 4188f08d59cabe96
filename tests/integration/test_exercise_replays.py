"""Replays of history: an exercise's MSEL generated from what the source dataset came to know
after the start, each record as first known, its references pointing at the play dataset's
copies; and the knowledge base's "Summer 2017" template released on game time into its play
dataset only.
"""

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import asyncpg
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from watchfloor.context import Context
from watchfloor.knowledge import load_knowledge_base
from watchfloor.resources.exercises.handler import ExerciseInjects
from watchfloor.worker.runner import Worker

from tests.integration import factories
from tests.integration.problems import problem

Client = AsyncTestClient[Litestar]
START = "2025-03-01T00:00:00Z"


@pytest.fixture
async def worker_db(db: asyncpg.Connection) -> AsyncIterator[asyncpg.Connection]:
    yield db
    await db.execute("DELETE FROM worker_positions WHERE handler = 'exercise-injects'")


async def _post(client: Client, path: str, body: dict[str, Any]) -> dict[str, Any]:
    response = await client.post(path, json=body)
    assert response.status_code == 201, response.text
    return dict(response.json())


async def _event(client: Client, dataset: str, title: str, day: str, **extra: Any) -> str:
    body = {
        "title": title,
        "category": "MOBILIZE",
        "occurred": {"start": day},
        "dataset": dataset,
        **extra,
    }
    return str((await _post(client, "/v1/events", body))["id"])


async def _history(client: Client, dataset: str) -> dict[str, str]:
    """A small history around a start of 2025-03-01: one event known before it, three
    records and a figure after it (one revised since, one citing a source published after the
    start), one after `until`, one deleted."""
    actor = await factories.actor(client, dataset, "Democratic People's Republic of Korea")
    source = await factories.source(client, dataset)
    late = await factories.source(client, dataset, published_at="2025-03-20T00:00:00Z")
    cite = [{"source_id": source, "credibility": 2}]
    ids = {"actor": actor, "source": source, "late": late}
    ids["before"] = await _event(client, dataset, "Known before", "2025-02-10", citations=cite)
    ids["revised"] = await _event(
        client, dataset, "First report", "2025-03-05", citations=cite,
        actors=[{"actor_id": actor, "role": "launcher"}], tags=["missile-test"],
        weapon_class="ICBM",
    )  # fmt: skip
    patched = await client.patch(f"/v1/events/{ids['revised']}", json={"title": "Hindsight"})
    assert patched.status_code == 200, patched.text
    # Known before the start, its knowledge time moved after it since: the copy leaves it out.
    ids["moved"] = await _event(client, dataset, "Known, then moved", "2025-02-20", citations=cite)
    moved = await client.patch(
        f"/v1/events/{ids['moved']}",
        json={"reported_at": "2025-03-03T00:00:00Z", "title": "Moved later"},
    )
    assert moved.status_code == 200, moved.text
    ids["late_cited"] = await _event(
        client, dataset, "Cites a later source", "2025-03-12",
        citations=[{"source_id": late, "credibility": 3}],
        reported_at="2025-03-12T06:00:00Z",
    )  # fmt: skip
    ids["statement"] = (
        await _post(
            client,
            "/v1/statements",
            {
                "speaker_id": actor,
                "text": "We will respond.",
                "said_on": "2025-03-08",
                "channel": "state_media",
                "dataset": dataset,
                "citations": cite,
            },
        )
    )["id"]
    indicator = await _post(
        client,
        "/v1/indicators",
        {"name": "Launches", "unit": "launches", "frequency": "monthly", "dataset": dataset},
    )
    ids["indicator"] = indicator["id"]
    ids["figure"] = (
        await _post(
            client,
            f"/v1/indicators/{indicator['id']}/observations",
            {
                "period_start": "2025-02-01",
                "period_end": "2025-02-28",
                "period_label": "2025-02",
                "vintage": "2025-03-15",
                "value": 3,
                "citations": cite,
                "dataset": dataset,
            },
        )
    )["id"]
    ids["after_until"] = await _event(client, dataset, "After until", "2025-05-01", citations=cite)
    ids["deleted"] = await _event(client, dataset, "Deleted", "2025-03-06", citations=cite)
    deleted = await client.delete(f"/v1/events/{ids['deleted']}")
    assert deleted.status_code == 200, deleted.text
    return ids


async def _copy_id(db: asyncpg.Connection, original: str, play: str) -> str:
    return str(await db.fetchval("SELECT wf_exercise_id($1, $2)", original, play))


async def _release_all(db: asyncpg.Connection, client: Client, exercise_id: str) -> None:
    """Start the clock and run the release handler at a wall instant far enough on."""
    started = await client.post(f"/v1/exercises/{exercise_id}/clock", json={"action": "start"})
    assert started.status_code == 200, started.text
    wall = datetime.now(UTC) + timedelta(days=1)
    await Worker([ExerciseInjects(clock=lambda: wall)]).catch_up(db)


async def test_a_replay_injects_history_as_first_known_with_remapped_references(
    client: Client, worker_db: asyncpg.Connection, dataset: str
) -> None:
    ids = await _history(client, dataset)
    exercise = await _post(
        client,
        "/v1/exercises",
        {"name": "Replay", "source_dataset": dataset, "start_known_by": START,
         "replay": {"until": "2025-04-01T00:00:00Z",
                    "rules": [{"kind": "event", "weapon_class": "ICBM", "tags": ["missile-test"],
                               "capability": "Strategic warning",
                               "expected_actions": [{"text": "Warn", "by_minutes": 60}]}]}},
    )  # fmt: skip
    play = exercise["dataset"]
    report = exercise["replay_report"]
    assert report == {
        "until": "2025-04-01T00:00:00Z",
        "injects": 5,
        "by_kind": {"event": 3, "statement": 1, "observation": 1},
        "revised_since": 2,
        "known_at_start": 1,
        "sources_added": 1,
        "skipped": [],
    }
    listed = await client.get(f"/v1/exercises/{exercise['id']}/injects", params={"limit": 50})
    assert listed.status_code == 200, listed.text
    injects = listed.json()["data"]
    # Each at its own knowledge time, in game order; nothing known by the start, after
    # `until`, or deleted.
    assert [(i["kind"], i["at"]) for i in injects] == [
        ("event", START),
        ("event", "2025-03-06T00:00:00Z"),
        ("statement", "2025-03-09T00:00:00Z"),
        ("event", "2025-03-12T06:00:00Z"),
        ("observation", "2025-03-15T00:00:00Z"),
    ]
    moved_record, first, statement, late_cited, figure = (i["record"] for i in injects)
    # Released at the start as known then (its version known by the start, not the move).
    assert moved_record["title"] == "Known, then moved"
    # As first known, not today's revision; references to the play dataset's copies.
    actor_copy = await _copy_id(worker_db, ids["actor"], play)
    assert first["title"] == "First report"
    assert first["actors"][0]["actor_id"] == actor_copy
    assert first["citations"][0]["source_id"] == await _copy_id(worker_db, ids["source"], play)
    assert "grade" not in first["citations"][0]
    assert statement["speaker_id"] == actor_copy
    assert figure["indicator_id"] == await _copy_id(worker_db, ids["indicator"], play)
    late_copy = await _copy_id(worker_db, ids["late"], play)
    assert late_cited["citations"][0]["source_id"] == late_copy
    assert (await client.get(f"/v1/sources/{late_copy}")).status_code == 200
    # The rules' expected actions on the matching inject only.
    assert injects[1]["expected_actions"] == [{"text": "Warn", "by_minutes": 60}]
    assert injects[1]["capability"] == "Strategic warning"
    assert [i["expected_actions"] for i in injects if i is not injects[1]] == [[]] * 4

    await _release_all(worker_db, client, exercise["id"])
    released = await client.get(
        "/v1/events", params={"dataset": play, "known_by": "2025-03-06T00:00:00Z", "limit": 50}
    )
    assert released.status_code == 200, released.text
    titles = {e["title"]: e for e in released.json()["data"]}
    assert set(titles) == {"Known before", "Known, then moved", "First report"}
    assert titles["First report"]["reported_at"] == "2025-03-06T00:00:00Z"
    # The source keeps today's revision: only read.
    source_event = await client.get(f"/v1/events/{ids['revised']}")
    assert source_event.json()["title"] == "Hindsight"


async def test_a_replay_refuses_what_it_cannot_play(client: Client, dataset: str) -> None:
    await _history(client, dataset)
    base = {"name": "Refused", "source_dataset": dataset, "start_known_by": START,
            "dataset": "replay-refused"}  # fmt: skip
    cases = [
        ({"until": "2025-02-01T00:00:00Z"}, "/replay/until"),
        ({"kinds": ["event", "alert"]}, "/replay/kinds/1"),
        ({"limit": 5}, "/replay/limit"),
    ]
    for replay, pointer in cases:
        response = await client.post("/v1/exercises", json={**base, "replay": replay})
        body = problem(response, 422)
        assert [e["pointer"] for e in body["errors"]] == [pointer], body
    # A limit above the cap does not match the schema: 400, as every such value.
    over = await client.post("/v1/exercises", json={**base, "replay": {"limit": 5001}})
    assert problem(over, 400)["errors"][0]["pointer"] == "/replay/limit"
    # Nothing was opened.
    assert (await client.get("/v1/datasets/replay-refused")).status_code == 404
    # Exactly at the limit (six records left out of the copy, none deleted) it opens.
    opened = await client.post("/v1/exercises", json={**base, "replay": {"limit": 6}})
    assert opened.status_code == 201, opened.text


@pytest.fixture
async def knowledge(db: asyncpg.Connection, dataset: str) -> str:
    await load_knowledge_base(Context.unrestricted(db), dataset)
    return dataset


async def test_the_summer_2017_template_replays_the_sixth_test_into_play_only(
    client: Client, worker_db: asyncpg.Connection, knowledge: str
) -> None:
    listed = await client.get("/v1/exercise-templates")
    assert [t["name"] for t in listed.json()["data"]] == ["summer-2017"]
    assert problem(await client.get("/v1/exercise-templates/winter-1950"), 404)
    exercise = await _post(
        client, "/v1/exercise-templates/summer-2017/exercises", {"source_dataset": knowledge}
    )
    play = exercise["dataset"]
    assert exercise["replay_report"]["skipped"] == []
    injects = (
        await client.get(f"/v1/exercises/{exercise['id']}/injects", params={"limit": 100})
    ).json()["data"]
    by_title = {i["title"]: i for i in injects}
    assert all("2017-07-01" < i["at"] < "2017-10-01" for i in injects)
    [icbm] = [i for i in injects if i["at"] == "2017-07-05T00:00:00Z"]
    assert icbm["record"]["external_id"] == "missile-test:2017-07-04:1"
    assert icbm["capability"] == "Strategic warning"
    [nuclear] = [i for i in injects if i["record"].get("external_id") == "nuclear-test:2017-09-03"]
    assert nuclear["at"] == "2017-09-04T00:00:00Z"
    assert len(nuclear["expected_actions"]) == 2
    assert by_title["KPA Strategic Force: an 'enveloping fire' around Guam"]["kind"] == "message"

    await _release_all(worker_db, client, exercise["id"])
    released = await client.get(
        "/v1/events", params={"dataset": play, "tag": "nuclear-test", "limit": 50}
    )
    sixth = [e for e in released.json()["data"] if e["occurred"]["start"] == "2017-09-03"]
    assert [e["reported_at"] for e in sixth] == ["2017-09-04T00:00:00Z"]
    # Into the play dataset only: the source holds its one sixth test, live none of it.
    source = await client.get("/v1/events", params={"dataset": knowledge, "tag": "nuclear-test"})
    assert [e["occurred"]["start"] for e in source.json()["data"]].count("2017-09-03") == 1
    live = await client.get("/v1/events", params={"tag": "nuclear-test", "limit": 50})
    assert all(e["id"] != sixth[0]["id"] for e in live.json()["data"])

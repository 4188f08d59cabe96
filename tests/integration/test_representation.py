"""Export lines and feed objects are what ``GET /v1/<resource>/{id}`` answers, for every resource.

Feed objects are written by PostgreSQL (``watchfloor.sync.representation``); GET and export
render in Python.
Compared as parsed JSON (key order and ``5`` against ``5.0`` aside, nothing may differ), with
citations and their grades, nulls, Korean text, microsecond and whole-second timestamps, nested
defaults filled for jsonb stored without them, and ``as_of`` exports of an older version. The
same world in a dataset of kind ``exercise``: every representation says ``"exercise": true``
(absent elsewhere; a brief says ``false`` itself).
"""

import uuid
from datetime import UTC, datetime
from typing import Any

import asyncpg
import msgspec
import pytest
from watchfloor.access.schemas import ApiKeyWithSecret
from watchfloor.context import Context
from watchfloor.registry import RESOURCES

from tests.conftest import grant
from tests.integration.feed import Mirror, xid_mark
from tests.integration.signpost_rows import signpost
from tests.integration.signpost_rows import step as signpost_step
from tests.integration.world import Client, Json, actor, event, facility, post, source, weapon

_KOREAN = "조선중앙통신사는 인공위성 발사가 성공했다고 보도했다."


async def _world(client: Client, dataset: str, db: asyncpg.Connection) -> dict[str, str]:
    """One record of every resource, with the awkward values the representation must keep."""
    ids: dict[str, str] = {}
    ids["source"] = await source(
        client, dataset, "B", published_at="2024-05-27T23:00:00Z", language="ko", title=_KOREAN
    )
    ids["actor"] = await actor(client, dataset, "조선민주주의인민공화국")
    org = await actor(client, dataset, "Korean Workers' Party", kind="organization")
    await client.patch(
        f"/v1/actors/{ids['actor']}", json={"memberships": [{"organization_id": org}]}
    )
    ids["weapon"] = await weapon(client, dataset, "Hwasong-18", "KN-28")
    ids["facility"] = await facility(client, dataset, "Sohae")
    created = await event(
        client,
        dataset,
        ids["source"],
        summary=_KOREAN,
        cameo_code="138",
        occurred={"start": "2024-05-27", "time": "2024-05-27T13:44:01.250000Z"},
        place={"name": "Sohae", "country": "PRK", "lat": 39.66, "lon": 124.705},
        magnitudes=[{"kind": "apogee", "unit": "km", "best": 500}],
        weapon_ids=[ids["weapon"]],
        citations=[
            {"source_id": ids["source"], "credibility": 2, "quote": _KOREAN, "page": "1"},
            {"source_id": ids["source"], "credibility": 4},
        ],
    )
    ids["event"] = created["id"]
    ids["statement"] = (
        await post(
            client,
            "/v1/statements",
            {
                "speaker_id": ids["actor"],
                "text": _KOREAN,
                "language": "ko",
                "said_on": "2024-05-28",
                "said_at": "2024-05-28T06:00:00Z",
                "supports": [ids["event"]],
                "citations": [{"source_id": ids["source"], "credibility": 3}],
                "dataset": dataset,
            },
        )
    )["id"]
    ids["indicator"] = (
        await post(
            client,
            "/v1/indicators",
            {
                "name": "Launches",
                "unit": "count",
                "frequency": "annual",
                "thresholds": [{"level": "watch", "direction": "above", "value": 3}],
                "dataset": dataset,
            },
        )
    )["id"]
    ids["observation"] = (
        await post(
            client,
            f"/v1/indicators/{ids['indicator']}/observations",
            {
                "period_start": "2024-01-01",
                "period_end": "2024-12-31",
                "vintage": "2025-01-02",
                "value": 7.5,
                "citations": [{"source_id": ids["source"], "credibility": 1}],
                "dataset": dataset,
            },
        )
    )["id"]
    ids["warning_problem"] = (
        await post(
            client,
            "/v1/warning-problems",
            {
                "name": "DPRK strategic weapons testing",
                "owner": "조선 desk",
                "dataset": dataset,
                "rules": [
                    {"key": "tempo", "kind": "threshold", "level": "watch",
                     "indicator_id": ids["indicator"], "value": 4, "rationale": _KOREAN},
                    {"key": "surge", "kind": "anomaly", "level": "warning",
                     "indicator_id": ids["indicator"], "rationale": "Far above the baseline."},
                    {"key": "both", "kind": "composite", "level": "warning",
                     "of": ["tempo", "surge"], "at_least": 2, "rationale": "Both."},
                ],
            },
        )
    )["id"]  # fmt: skip
    step = {
        "at": "2024-06-01T00:00:00Z", "holds": True, "period_start": "2024-05-01",
        "period_label": "2024-05", "value": 5.0, "baseline": 4.0, "probability": None,
        "score": None, "explanation": "5 launches in 2024-05, at or above the threshold of 4.",
        "evidence": {"events": [ids["event"]], "observations": [ids["observation"]]},
    }  # fmt: skip
    line = {
        "resource": "alert", "external_id": "alert-1", "problem_id": ids["warning_problem"],
        "rule_key": "tempo", "level": "watch", "opened_at": "2024-06-01T00:00:00.250000Z",
        "closed_at": "2024-07-01T00:00:00Z", "state": "closed", "rationale": _KOREAN,
        "indicator_ids": [ids["indicator"]], "steps": [step, {**step, "holds": False}],
    }  # fmt: skip
    imported = await client.post(
        "/v1/import",
        params={"dataset": dataset},
        content=msgspec.json.encode(line) + b"\n",
        headers={"Content-Type": "application/x-ndjson"},
    )
    assert imported.status_code == 200, imported.text
    alerts = (await client.get("/v1/alerts", params={"dataset": dataset})).json()["data"]
    ids["alert"] = alerts[0]["id"]
    ids["question"] = (
        await post(
            client,
            "/v1/questions",
            {
                "title": "핵실험: a DPRK nuclear test in 2024?", "kind": "binary", "judgment": True,
                "opens_at": "2023-12-01T00:00:00Z", "closes_at": "2024-01-01T00:00:00Z",
                "resolves_at": "2025-01-01T00:00:00Z", "tags": ["dprk", "nuclear"],
                "dataset": dataset,
            },
        )
    )["id"]  # fmt: skip
    resolved = await client.patch(
        f"/v1/questions/{ids['question']}",
        json={"resolve": 0, "resolution_note": _KOREAN, "evidence": {"links": ["https://x.org"]}},
    )
    assert resolved.status_code == 200, resolved.text
    counted = await post(
        client,
        "/v1/questions",
        {
            "title": "Launches in 2029", "kind": "count", "bins": [0, 1, 3],
            "closes_at": "2029-01-01T00:00:00Z", "resolves_at": "2030-02-01T00:00:00Z",
            "criteria": {"window_start": "2029-01-01", "window_end": "2029-12-31",
                         "indicator_id": ids["indicator"], "aggregate": "sum"},
            "dataset": dataset,
        },
    )  # fmt: skip
    ids["forecast"] = (
        await post(
            client,
            "/v1/forecasts",
            {
                "question_id": counted["id"], "forecaster": "조선 desk", "forecaster_kind": "team",
                "quantiles": [{"level": lv, "value": v} for lv, v in
                              zip((0.05, 0.25, 0.5, 0.75, 0.95), (0, 0.5, 1, 2, 4.25), strict=True)],
                "rationale": _KOREAN, "evidence": [ids["event"]], "dataset": dataset,
            },
        )
    )["id"]  # fmt: skip
    ids["backtest"] = (
        await post(
            client,
            "/v1/backtests",
            {
                "model": "count-model", "origin_from": "2024-03-01", "origin_to": "2024-06-01",
                "template": {"over": "events", "filters": {"category": "MOBILIZE"}, "kind": "binary"},
                "dataset": dataset,
            },
        )
    )["id"]  # fmt: skip
    open_question = await post(
        client,
        "/v1/questions",
        {
            "title": "ICBM over Japan in 2029?", "kind": "binary",
            "closes_at": "2029-01-01T00:00:00Z", "resolves_at": "2030-02-01T00:00:00Z",
            "criteria": {"window_start": "2029-01-01", "window_end": "2029-12-31",
                         "over": "events"},
            "dataset": dataset,
        },
    )  # fmt: skip
    await post(
        client,
        "/v1/forecasts",
        {"question_id": open_question["id"], "forecaster": "조선 desk", "probability": 0.35,
         "dataset": dataset},
    )  # fmt: skip
    ids["scenario_set"] = (
        await post(
            client,
            "/v1/scenario-sets",
            {"name": "DPRK, 2029", "description": _KOREAN, "question_id": open_question["id"],
             "tags": ["dprk"], "dataset": dataset},
        )
    )["id"]  # fmt: skip
    ids["scenario"] = (
        await post(
            client,
            "/v1/scenarios",
            {
                "name": "ICBM over Japan", "narrative": _KOREAN,
                "window_start": "2029-01-01", "window_end": "2029-12-31",
                "assumptions": ["No test moratorium"], "drivers": [_KOREAN],
                "actor_ids": [ids["actor"]], "tags": ["dprk"], "set_id": ids["scenario_set"],
                "likelihood": {"source": "question", "question_id": open_question["id"],
                               "rationale": _KOREAN},
                "dataset": dataset,
            },
        )
    )["id"]  # fmt: skip
    # A signpost as an import line restores it: the worker's state, steps with evidence, a
    # value, a retraction, a microsecond instant.
    sign_step: Json = {
        "at": "2024-06-01T00:00:00.250000Z", "status": "emerging", "explanation": _KOREAN,
        "value": 1.0, "evidence": {"events": [ids["event"]], "more": 2},
    }  # fmt: skip
    sign_line: Json = {
        "resource": "signpost", "external_id": "signpost-1", "name": "경보: fire on the border",
        "description": _KOREAN, "scenario_ids": [ids["scenario"]], "tags": ["dprk"],
        "condition": {"kind": "events", "window": {"days": 30}, "count": 2, "emerging": 1,
                      "filters": {"category": "ASSAULT", "actor": ids["actor"]}},
        "status": "emerging", "changed_at": sign_step["at"], "explanation": _KOREAN, "value": 1.0,
        "evidence": sign_step["evidence"], "retracted": {"events": [ids["event"]]}, "steps": [sign_step],
        "evaluated_at": "2024-06-02T00:00:00Z",
    }  # fmt: skip
    imported = await client.post(
        "/v1/import",
        params={"dataset": dataset},
        content=msgspec.json.encode(sign_line) + b"\n",
        headers={"Content-Type": "application/x-ndjson"},
    )
    assert imported.status_code == 200, imported.text
    signposts = (await client.get("/v1/signposts", params={"dataset": dataset})).json()["data"]
    ids["signpost"] = signposts[0]["id"]
    assert signposts[0]["steps"][0]["evidence"]["more"] == 2
    ids["ach_matrix"] = (
        await post(
            client,
            "/v1/ach-matrices",
            {
                "title": _KOREAN, "question": "Will the launch be repeated?", "tags": ["dprk"],
                "question_id": ids["question"],
                "hypotheses": [{"key": "h1", "label": _KOREAN},
                               {"key": "h2", "label": "Test", "description": "A test."}],
                "evidence": [
                    {"key": "e1", "kind": "event", "record_id": ids["event"], "relevance": "high"},
                    {"key": "e2", "kind": "statement", "record_id": ids["statement"]},
                    {"key": "e3", "kind": "observation", "record_id": ids["observation"]},
                    {"key": "e4", "kind": "alert", "record_id": ids["alert"], "relevance": "low"},
                    {"key": "e5", "kind": "free", "text": _KOREAN, "source": "38 North",
                     "credibility": "C3"},
                ],
                "ratings": [{"evidence": "e1", "hypothesis": "h1", "rating": "CC"},
                            {"evidence": "e1", "hypothesis": "h2", "rating": "II"},
                            {"evidence": "e5", "hypothesis": "h2", "rating": "I"}],
                "dataset": dataset,
            },
        )
    )["id"]  # fmt: skip
    # A signpost lit at a known instant (tests/integration/signpost_rows), for the plan's trigger.
    lit = await signpost(db, dataset, [signpost_step("2017-09-03T06:00:00.250000Z", "seen")])
    ids["plan"] = (
        await post(
            client,
            "/v1/plans",
            {
                "name": _KOREAN, "problem_id": ids["warning_problem"], "owner": "조선 desk",
                "tags": ["dprk"], "description": None, "dataset": dataset,
                "branches": [
                    {"key": "test", "name": _KOREAN, "level": "watch", "deadline_hours": 36.5,
                     "owner": {"actor_id": ids["actor"]},
                     "trigger": {"kind": "any", "of": [
                         {"kind": "signpost", "signpost_id": lit},
                         {"kind": "all", "of": [{"kind": "signpost", "signpost_id": lit,
                                                 "at_least": "emerging"}]}]},
                     "options": [{"key": "go", "name": "Go", "lead_time_hours": 12,
                                  "prerequisites": [_KOREAN], "requires": ["ready"]},
                                 {"key": "ready", "name": "Ready", "description": _KOREAN}]},
                    {"key": "next", "name": "Next", "owner": {"role": "J3"}, "deadline_hours": 1,
                     "trigger": {"kind": "branch", "branch": "test"},
                     "options": [{"key": "hold", "name": "Hold"}]},
                ],
            },
        )
    )["id"]  # fmt: skip
    stood = await client.post(
        f"/v1/plans/{ids['plan']}/decisions",
        json={"branch": "next", "state": "stood_down", "note": _KOREAN},
    )
    assert stood.status_code == 200, stood.text
    ids["subscription"] = (
        await post(
            client,
            "/v1/subscriptions",
            {"name": _KOREAN, "url": "https://93.184.215.14/hook", "dataset": dataset,
             "source": {"kind": "alerts", "min_level": "warning"}},
        )
    )["id"]  # fmt: skip
    ids["watchlist"] = (
        await post(
            client,
            "/v1/watchlists",
            {"name": _KOREAN, "description": _KOREAN, "owner": "Korea desk", "dataset": dataset,
             "tags": ["dprk"], "brief_cron": "30 6 * * 1-5", "brief_timezone": "Asia/Seoul",
             "selections": [
                 {"kind": "events", "filters": {"tag": "missile-test", "min_grade": "B2"}},
                 {"kind": "alerts", "filters": {"level": "warning", "problem": ids["warning_problem"]}},
                 {"kind": "plan_branches", "filters": {"plan": ids["plan"]}},
             ]},
        )
    )["id"]  # fmt: skip
    # A brief of the same day: the board, the event and the statement as known then.
    ids["brief"] = (
        await post(
            client,
            "/v1/briefs",
            {"dataset": dataset, "for": "2024-05-28T12:00:00Z",
             "region": {"countries": ["PRK"], "bbox": [124, 37.5, 131, 43]}},
        )
    )["id"]  # fmt: skip
    ids.update(await _exercise(dataset, db))
    return ids


_NESTED: dict[str, str] = {}
"""Record id → where it is read, for resources read under another's path."""


async def _exercise(dataset: str, db: asyncpg.Connection) -> dict[str, str]:
    """An exercise, an inject released and an action, as an import restores them (the test's
    own dataset plays both the play and the control dataset: the session key is a
    controller)."""
    context = Context.unrestricted(db)
    exercise = await RESOURCES["exercise"].create(
        context,
        msgspec.convert(
            {"name": _KOREAN[:20], "start_known_by": "2024-05-27T00:00:00Z",
             "source_dataset": "live", "control_dataset": dataset, "dataset": dataset,
             "participants": [{"name": "분석관", "role": "player", "key_id": "key_x"}],
             "clock": {"state": "running", "speed": 3600.0, "wall": "2024-05-28T01:02:03.5Z",
                       "game": "2024-05-27T00:00:00Z", "started_at": "2024-05-28T01:02:03.5Z",
                       "ended_at": None}},
            RESOURCES["exercise"].create_type,
        ),
    )  # fmt: skip
    exercise_id = exercise["id"]
    inject = await RESOURCES["inject"].create(
        context,
        msgspec.convert(
            {"exercise_id": exercise_id, "at": "2024-05-27T01:00:00.000001Z", "kind": "message",
             "record": {"to": ["분석관"], "text": _KOREAN}, "title": None,
             "expected_actions": [{"text": "Assess", "by_minutes": 30}], "capability": "I&W",
             "state": "released", "released_at": "2024-05-28T01:02:04Z",
             "released_game_time": "2024-05-27T01:00:00.000001Z", "dataset": dataset},
            RESOURCES["inject"].create_type,
        ),
    )  # fmt: skip
    action = await RESOURCES["exercise_action"].create(
        context,
        msgspec.convert(
            {"exercise_id": exercise_id, "participant": "분석관", "role": "player",
             "kind": "rfi", "text": _KOREAN, "inject_id": inject["id"],
             "game_time": "2024-05-27T01:30:00Z", "wall_time": "2024-05-28T01:02:34.25Z",
             "dataset": dataset},
            RESOURCES["exercise_action"].create_type,
        ),
    )  # fmt: skip
    base = f"/v1/exercises/{exercise_id}"
    _NESTED[inject["id"]] = f"{base}/injects/{inject['id']}"
    _NESTED[action["id"]] = f"{base}/actions/{action['id']}"
    return {"exercise": exercise_id, "inject": inject["id"], "exercise_action": action["id"]}


async def _get(client: Client, name: str, record_id: str, **params: str) -> Json:
    path = _NESTED.get(record_id, f"{RESOURCES[name].path}/{record_id}")
    response = await client.get(path, params=params)
    assert response.status_code == 200, response.text
    body: Json = response.json()
    return body


async def _feed(client: Client, dataset: str, db: asyncpg.Connection) -> dict[Any, Json]:
    """Every upsert's object by (resource, id, version), once the horizon has passed them."""
    mirror = Mirror()
    await mirror.catch_up(client, dataset, db, await xid_mark(db))
    return {
        (c["resource"], c["id"], c["version"]): c["object"]
        for c in mirror.seen
        if c["op"] == "upsert"
    }


async def _export(client: Client, name: str, dataset: str, **params: str) -> list[Any]:
    response = await client.get(
        "/v1/export", params={"resource": name, "dataset": dataset, **params}
    )
    assert response.status_code == 200, response.text
    return [msgspec.json.decode(line) for line in response.content.splitlines()]


@pytest.fixture(params=["sandbox", "exercise"])
async def world_dataset(
    request: pytest.FixtureRequest, db: asyncpg.Connection, api_key: ApiKeyWithSecret
) -> str:
    """A dataset of the test's own, of an ordinary kind or an exercise's."""
    name = f"t-{uuid.uuid4().hex[:12]}"
    await db.execute(
        "INSERT INTO datasets (name, kind, description) VALUES ($1, $2, 'test')",
        name,
        request.param,
    )
    await grant(db, api_key.key.id, name)
    return name


def _marked(body: dict[str, Any], exercise: bool) -> bool:
    """The record says EXERCISE exactly when it is of an exercise dataset."""
    if exercise:
        return body.get("exercise") is True
    return body.get("exercise", False) is False


async def test_export_and_feed_match_get_for_every_resource(
    client: Client, world_dataset: str, db: asyncpg.Connection
) -> None:
    dataset = world_dataset
    exercise = await db.fetchval("SELECT kind = 'exercise' FROM datasets WHERE name = $1", dataset)
    ids = await _world(client, dataset, db)
    assert set(ids) == set(RESOURCES)
    before = datetime.now(UTC).isoformat()
    await client.patch(f"/v1/events/{ids['event']}", json={"summary": None, "title": "Renamed"})
    objects = await _feed(client, dataset, db)
    for name, record_id in ids.items():
        body = await _get(client, name, record_id)
        assert _marked(body, exercise), (name, body)
        assert objects[(name, record_id, body["version"])] == body, name
        lines = [line for line in await _export(client, name, dataset) if line["id"] == record_id]
        assert lines == [body], name
        then = await _get(client, name, record_id, as_of=before)
        old = await _export(client, name, dataset, as_of=before)
        assert [line for line in old if line["id"] == record_id] == [then], name
        assert _marked(then, exercise), (name, then)
    # A list and a record's history are marked as its read is.
    listed = (await client.get("/v1/events", params={"dataset": dataset})).json()["data"]
    assert listed and all(_marked(e, exercise) for e in listed)
    history = (await client.get(f"/v1/events/{ids['event']}/history")).json()["data"]
    assert len(history) == 2 and all(_marked(v["event"], exercise) for v in history)
    # An exported line says `exercise`; an import line may say it too (the server decides).
    line = {"resource": "actor", "external_id": "t:marked", "kind": "state", "name": "Marked",
            "exercise": exercise}  # fmt: skip
    imported = await client.post(
        "/v1/import",
        params={"dataset": dataset},
        content=msgspec.json.encode(line) + b"\n",
        headers={"content-type": "application/x-ndjson"},
    )
    assert imported.status_code == 200 and imported.json()["created"] == 1, imported.text
    [actor_line] = [a for a in await _export(client, "actor", dataset) if a["name"] == "Marked"]
    assert _marked(actor_line, exercise), actor_line
    scenario = await _get(client, "scenario", ids["scenario"])
    # The imported signpost names the scenario: its counts are rendered in SQL too.
    assert scenario["signposts"] == {"total": 1, "seen": 0, "emerging": 1}
    # Read at a knowledge instant after every fact, a planning record is the one GET gives.
    for name in ("scenario", "scenario_set", "ach_matrix"):
        body = await _get(client, name, ids[name])
        assert await _get(client, name, ids[name], known_by="2999-01-01T00:00:00Z") == body, name
    event = await _get(client, "event", ids["event"])
    assert event["summary"] is None and event["occurred"]["time"] == "2024-05-27T13:44:01.250000Z"
    assert [c["grade"] for c in event["citations"]] == ["B2", "B4"]


async def test_timestamps_are_written_as_get_writes_them(
    client: Client, dataset: str, db: asyncpg.Connection
) -> None:
    """Microseconds only when not zero, UTC as ``Z``: the exact strings, not only the instants."""
    source_id = await source(client, dataset, published_at="2024-05-27T23:00:00Z")
    await db.execute(
        "UPDATE sources SET published_at = '2024-05-27 23:00:00.000100+00' WHERE id = $1",
        source_id,
    )
    body = await _get(client, "source", source_id)
    [line] = await _export(client, "source", dataset)
    assert line["published_at"] == body["published_at"] == "2024-05-27T23:00:00.000100Z"
    assert line["created_at"] == body["created_at"]


async def test_nested_objects_stored_without_their_defaults_are_completed(
    client: Client, dataset: str, db: asyncpg.Connection
) -> None:
    """A citation or place stored with keys missing (an older writer) reads as GET reads it."""
    source_id = await source(client, dataset)
    event_id = (await event(client, dataset, source_id))["id"]
    await db.execute(
        "UPDATE events SET citations = jsonb_build_array(jsonb_build_object("
        "'source_id', $2::text, 'credibility', 2, 'reliability', 'B', 'grade', 'B2', 'junk', 1)),"
        ' place = \'{"name": "Sohae"}\' WHERE id = $1',
        event_id,
        source_id,
    )
    body = await _get(client, "event", event_id)
    assert body["citations"][0]["quote"] is None and body["place"]["precision"] == "exact"
    assert await _export(client, "event", dataset) == [body]
    objects = await _feed(client, dataset, db)
    assert objects[("event", event_id, body["version"])] == body

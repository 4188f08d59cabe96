"""Questions through the real API, resolved by the real worker with its clock set.

Events are written over HTTP; their knowledge time is the database's rule (the end of their
last day). The expected answers are counted here from the events the test writes.
"""

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import asyncpg
import msgspec
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from watchfloor.forecasting.handler import QuestionResolution
from watchfloor.worker.runner import Worker

from tests.integration import factories
from tests.integration.worker_probe import settled

Client = AsyncTestClient[Litestar]
Json = dict[str, Any]

AFTER = datetime(2025, 3, 1, tzinfo=UTC)
"""The worker's clock: after the questions below close and resolve."""


@pytest.fixture
async def worker_db(db: asyncpg.Connection) -> AsyncIterator[asyncpg.Connection]:
    yield db
    await db.execute("DELETE FROM worker_positions WHERE handler = 'questions'")


async def _run(db: asyncpg.Connection, dataset: str, now: datetime = AFTER) -> None:
    await settled(db, dataset)
    await Worker([QuestionResolution(clock=lambda: now)]).catch_up(db)


async def _event(
    client: Client, dataset: str, source: str, day: str, category: str = "ASSAULT"
) -> str:
    body = {
        "title": f"Launch on {day}",
        "category": category,
        "occurred": {"start": day},
        "citations": [{"source_id": source, "credibility": 2}],
        "dataset": dataset,
    }
    response = await client.post("/v1/events", json=body)
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


def _question(dataset: str, **fields: Any) -> Json:
    body: Json = {
        "title": "At least two assaults in January 2025?",
        "kind": "binary",
        "opens_at": "2024-12-01T00:00:00Z",
        "closes_at": "2025-01-01T00:00:00Z",
        "resolves_at": "2025-02-01T00:00:00Z",
        "criteria": {
            "window_start": "2025-01-01",
            "window_end": "2025-01-31",
            "over": "events",
            "filters": {"category": "ASSAULT"},
            "comparison": {"op": ">=", "value": 2},
        },
        "tags": ["dprk"],
        "dataset": dataset,
    }
    body.update(fields)
    return body


async def _create(client: Client, body: Json) -> Json:
    response = await client.post("/v1/questions", json=body)
    assert response.status_code == 201, response.text
    return dict(response.json())


async def _get(client: Client, question_id: str) -> Json:
    response = await client.get(f"/v1/questions/{question_id}")
    assert response.status_code == 200, response.text
    return dict(response.json())


async def _refused(client: Client, body: Json) -> list[str]:
    response = await client.post("/v1/questions", json=body)
    assert response.status_code == 422, response.text
    return [e["pointer"] for e in response.json()["errors"]]


async def test_a_question_is_created_listed_and_defaults_are_explicit(
    client: Client, dataset: str
) -> None:
    question = await _create(client, _question(dataset))
    assert question["state"] == "open"
    assert question["criteria"]["comparison"] == {"op": ">=", "value": 2.0}
    count = await _create(
        client,
        _question(
            dataset,
            kind="count",
            bins=[0, 1, 3],
            criteria={"window_start": "2025-01-01", "window_end": "2025-01-31", "over": "events"},
        ),
    )
    assert count["quantile_levels"] == [0.05, 0.25, 0.5, 0.75, 0.95]
    listed = await client.get("/v1/questions", params={"dataset": dataset, "kind": "count"})
    assert [q["id"] for q in listed.json()["data"]] == [count["id"]]
    tagged = await client.get("/v1/questions", params={"dataset": dataset, "tag": "dprk"})
    assert len(tagged.json()["data"]) == 2
    late = await client.get(
        "/v1/questions", params={"dataset": dataset, "resolves_from": "2025-03-01T00:00:00Z"}
    )
    assert late.json()["data"] == []
    opened = await client.get("/v1/questions", params={"dataset": dataset, "state": "open"})
    assert len(opened.json()["data"]) == 2


async def test_every_bad_question_is_422_with_its_pointer(client: Client, dataset: str) -> None:
    window = {"window_start": "2025-01-01", "window_end": "2025-01-31"}
    assert await _refused(client, _question(dataset, criteria=None)) == ["/criteria"]
    assert await _refused(client, _question(dataset, criteria=window)) == ["/criteria"]
    both = {**window, "over": "events", "indicator_id": "ind_" + "0" * 32}
    assert await _refused(client, _question(dataset, criteria=both)) == ["/criteria/over"]
    missing = {**window, "indicator_id": "ind_" + "0" * 32}
    assert await _refused(client, _question(dataset, criteria=missing)) == [
        "/criteria/indicator_id"
    ]
    backwards = {"window_start": "2025-01-31", "window_end": "2025-01-01", "over": "events"}
    assert "/criteria/window_end" in await _refused(client, _question(dataset, criteria=backwards))
    actor = {**window, "over": "events", "filters": {"actor": "act_" + "0" * 32}}
    assert await _refused(client, _question(dataset, criteria=actor)) == ["/criteria/filters/actor"]
    other = {**window, "over": "events", "filters": {"speaker": "act_" + "0" * 32}}
    assert await _refused(client, _question(dataset, criteria=other)) == [
        "/criteria/filters/speaker"
    ]
    # Neither list's filter: the schema's `filters` is an open object, so this is a 422 too.
    colour = {**window, "over": "events", "filters": {"colour": "red"}}
    assert (await _refused(client, _question(dataset, criteria=colour)))[0].startswith(
        "/criteria/filters"
    )
    compared = {**window, "over": "events", "comparison": {"op": ">", "value": 0}}
    assert await _refused(client, _question(dataset, kind="count", criteria=compared)) == [
        "/criteria/comparison"
    ]
    assert await _refused(client, _question(dataset, closes_at="2024-11-01T00:00:00Z")) == [
        "/closes_at"
    ]
    assert "/resolves_at" in await _refused(
        client, _question(dataset, resolves_at="2024-12-15T00:00:00Z")
    )
    assert await _refused(client, _question(dataset, resolves_at="2025-01-15T00:00:00Z")) == [
        "/resolves_at"
    ]
    assert await _refused(client, _question(dataset, bins=[0, 1])) == ["/bins"]
    assert await _refused(client, _question(dataset, quantile_levels=[0.1, 0.9])) == [
        "/quantile_levels"
    ]
    counted = {**window, "over": "events"}
    assert await _refused(
        client, _question(dataset, kind="count", criteria=counted, quantile_levels=[0.5, 0.25])
    ) == ["/quantile_levels/1"]
    assert await _refused(
        client, _question(dataset, kind="count", criteria=counted, bins=[0, 3, 3])
    ) == ["/bins/2"]
    endless = {"window_start": "1900-01-01", "window_end": "9999-12-31", "over": "events"}
    assert await _refused(client, _question(dataset, criteria=endless)) == [
        "/criteria/window_end",
        "/resolves_at",
    ]
    # A level outside (0, 1) and an unknown field do not match the schema: 400.
    response = await client.post(
        "/v1/questions", json=_question(dataset, kind="count", quantile_levels=[0, 0.5])
    )
    assert response.status_code == 400
    response = await client.post("/v1/questions", json={**_question(dataset), "state": "resolved"})
    assert response.status_code == 400


async def test_criteria_over_an_indicator_need_a_whole_period_in_the_window(
    client: Client, dataset: str
) -> None:
    indicator = await client.post(
        "/v1/indicators",
        json={
            "name": "Assaults per month",
            "unit": "events",
            "frequency": "monthly",
            "dataset": dataset,
            "definition": {"measure": "count", "filters": {"category": "ASSAULT"}},
        },
    )
    assert indicator.status_code == 201, indicator.text
    ind = indicator.json()["id"]
    part = {"window_start": "2025-01-05", "window_end": "2025-01-31", "indicator_id": ind}
    assert await _refused(client, _question(dataset, criteria=part)) == ["/criteria/window_start"]
    with_filters = {**part, "window_start": "2025-01-01", "filters": {"category": "ASSAULT"}}
    assert await _refused(client, _question(dataset, criteria=with_filters)) == [
        "/criteria/filters"
    ]
    whole = {**part, "window_start": "2025-01-01"}
    created = await _create(client, _question(dataset, criteria=whole))
    listed = await client.get("/v1/questions", params={"dataset": dataset, "indicator": ind})
    assert [q["id"] for q in listed.json()["data"]] == [created["id"]]
    # Criteria that name a deleted indicator name nothing.
    assert (await client.delete(f"/v1/indicators/{ind}")).status_code == 200
    assert await _refused(client, _question(dataset, criteria=whole)) == ["/criteria/indicator_id"]


async def test_the_worker_closes_and_resolves_from_the_data_as_known_then(
    client: Client, dataset: str, worker_db: asyncpg.Connection
) -> None:
    source = await factories.source(client, dataset)
    counted = [await _event(client, dataset, source, day) for day in ("2025-01-03", "2025-01-20")]
    await _event(client, dataset, source, "2025-01-10", category="PROTEST")
    await _event(client, dataset, source, "2025-02-02")  # outside the window
    binary = await _create(client, _question(dataset))
    count = await _create(
        client,
        _question(
            dataset,
            kind="count",
            criteria={
                "window_start": "2025-01-01",
                "window_end": "2025-01-31",
                "over": "events",
                "measure": "distinct_days",
            },
        ),
    )
    nothing = await _create(
        client,
        _question(
            dataset,
            criteria={
                "window_start": "2025-01-01",
                "window_end": "2025-01-31",
                "over": "events",
                "filters": {"category": "COERCE"},
            },
        ),
    )
    # Before closes_at: nothing happens; between closes_at and resolves_at: closed.
    await _run(worker_db, dataset, datetime(2024, 12, 20, tzinfo=UTC))
    assert (await _get(client, binary["id"]))["state"] == "open"
    await _run(worker_db, dataset, datetime(2025, 1, 15, tzinfo=UTC))
    assert (await _get(client, binary["id"]))["state"] == "closed"
    await _run(worker_db, dataset)
    resolved = await _get(client, binary["id"])
    assert resolved["state"] == "resolved"
    resolution = resolved["resolution"]
    assert resolution["value"] == 1.0 and resolution["outcome"] is True
    assert resolution["resolved_by"] == "worker"
    assert resolution["known_by"] == "2025-02-01T00:00:00Z"
    assert resolution["evidence"]["events"] == list(reversed(counted))
    assert resolution["evidence"]["more"] == 0
    days = (await _get(client, count["id"]))["resolution"]
    assert days["value"] == 3.0 and days["outcome"] is None
    # A window without data is an answer: zero, "no".
    zero = (await _get(client, nothing["id"]))["resolution"]
    assert zero["value"] == 0.0 and zero["outcome"] is False
    assert zero["evidence"]["events"] == []
    versions = await client.get(f"/v1/questions/{binary['id']}/history")
    assert [v["question"]["state"] for v in versions.json()["data"]] == [
        "open",
        "closed",
        "resolved",
    ]
    # Idempotent: running again writes no version.
    await _run(worker_db, dataset)
    assert (await _get(client, binary["id"]))["version"] == resolved["version"]


async def test_a_late_correction_flags_the_question_for_review_and_never_moves_it(
    client: Client, dataset: str, worker_db: asyncpg.Connection
) -> None:
    source = await factories.source(client, dataset)
    first = await _event(client, dataset, source, "2025-01-03")
    await _event(client, dataset, source, "2025-01-20")
    question = await _create(client, _question(dataset))
    await _run(worker_db, dataset)
    before = await _get(client, question["id"])
    assert before["resolution"]["outcome"] is True and before["review"] is None
    # A report after resolves_at does not count: no review.
    await _event(client, dataset, source, "2025-02-27")
    await _run(worker_db, dataset)
    assert (await _get(client, question["id"]))["review"] is None
    # A correction of a report that had come does: one of the two was not an assault.
    fixed = await client.patch(f"/v1/events/{first}", json={"category": "PROTEST"})
    assert fixed.status_code == 200, fixed.text
    await _run(worker_db, dataset)
    flagged = await _get(client, question["id"])
    assert flagged["resolution"] == before["resolution"]
    assert flagged["state"] == "resolved"
    assert flagged["review"]["resolved_value"] == 1.0
    assert flagged["review"]["current_value"] == 0.0
    await _run(worker_db, dataset)
    assert (await _get(client, question["id"]))["version"] == flagged["version"]
    # An analyst resolves it again on purpose; the review is cleared.
    again = await client.patch(
        f"/v1/questions/{question['id']}",
        json={"resolve": 0, "resolution_note": "one of the two was a protest"},
    )
    assert again.status_code == 200, again.text
    body = again.json()
    assert body["review"] is None
    assert body["resolution"]["value"] == 0.0 and body["resolution"]["outcome"] is False
    assert body["resolution"]["resolved_by"].startswith("key_")


async def test_a_judgment_question_is_resolved_by_an_analyst_after_its_date(
    client: Client, dataset: str
) -> None:
    future = await _create(
        client,
        _question(
            dataset,
            criteria=None,
            judgment=True,
            opens_at=None,
            closes_at="2030-01-01T00:00:00Z",
            resolves_at="2030-02-01T00:00:00Z",
        ),
    )
    early = await client.patch(f"/v1/questions/{future['id']}", json={"resolve": 1})
    assert early.status_code == 422
    assert early.json()["errors"][0]["pointer"] == "/resolve"
    past = await _create(client, _question(dataset, criteria=None, judgment=True))
    wrong = await client.patch(f"/v1/questions/{past['id']}", json={"resolve": 0.5})
    assert wrong.status_code == 422
    done = await client.patch(
        f"/v1/questions/{past['id']}",
        json={"resolve": 1, "evidence": {"links": ["https://example.org/report"]}},
    )
    assert done.status_code == 200, done.text
    resolution = done.json()["resolution"]
    assert done.json()["state"] == "resolved"
    assert resolution["outcome"] is True and resolution["resolved_by"].startswith("key_")
    assert resolution["evidence"]["links"] == ["https://example.org/report"]
    twice = await client.patch(f"/v1/questions/{past['id']}", json={"resolve": 0})
    assert twice.status_code == 422
    # The worker does not resolve a question with criteria by hand.
    auto = await _create(client, _question(dataset))
    refused = await client.patch(f"/v1/questions/{auto['id']}", json={"resolve": 1})
    assert refused.status_code == 422


async def test_annulment_and_what_a_patch_may_change(client: Client, dataset: str) -> None:
    question = await _create(
        client,
        _question(
            dataset,
            opens_at=None,
            closes_at="2030-01-01T00:00:00Z",
            resolves_at="2030-02-01T00:00:00Z",
            criteria={
                "window_start": "2029-12-01",
                "window_end": "2029-12-31",
                "over": "events",
            },
        ),
    )
    path = f"/v1/questions/{question['id']}"
    moved = await client.patch(path, json={"closes_at": "2029-06-01T00:00:00Z", "title": "New"})
    assert moved.status_code == 200, moved.text
    assert moved.json()["title"] == "New"
    too_late = await client.patch(path, json={"closes_at": "2031-01-01T00:00:00Z"})
    assert too_late.status_code == 422
    past = await client.patch(path, json={"closes_at": "2020-01-01T00:00:00Z"})
    assert past.status_code == 422
    fixed = await client.patch(path, json={"kind": "count"})
    assert fixed.status_code == 400
    annulled = await client.patch(path, json={"annul": "The window was mis-stated."})
    assert annulled.status_code == 200, annulled.text
    assert annulled.json()["state"] == "annulled"
    assert annulled.json()["annulled_reason"] == "The window was mis-stated."
    again = await client.patch(path, json={"annul": "again"})
    assert again.status_code == 422
    closing = await client.patch(path, json={"closes_at": "2029-07-01T00:00:00Z"})
    assert closing.status_code == 422


async def test_an_imported_question_imported_again_is_unchanged(
    client: Client, dataset: str
) -> None:
    line = {
        "resource": "question", "external_id": "q-1", **_question(dataset),
        "criteria": {"window_start": "2025-01-01", "window_end": "2025-01-31", "over": "events"},
    }  # fmt: skip
    line.pop("dataset")
    body = msgspec.json.encode(line) + b"\n"
    reports = []
    for _ in range(2):
        response = await client.post(
            "/v1/import",
            params={"dataset": dataset},
            content=body,
            headers={"Content-Type": "application/x-ndjson"},
        )
        assert response.status_code == 200, response.text
        reports.append(response.json())
    assert [r["created"] for r in reports] == [1, 0]
    assert reports[1]["unchanged"] == 1, reports[1]

"""Signpost conditions over indicators, questions and forecasts, evaluated against real data.

The records are written through the API (their knowledge time is the database's rule: an event
is known when its day ends, a figure when its vintage day ends, a forecast when it was made);
the condition functions are called directly, with a context on a real connection, and their
steps checked against instants and values worked out here from what the test wrote.
"""

from datetime import UTC, datetime
from typing import Any

import asyncpg
from litestar import Litestar
from litestar.testing import AsyncTestClient
from watchfloor.context import Context
from watchfloor.forecasting.handler import resolve
from watchfloor.planning.conditions.indicator import indicator_steps
from watchfloor.planning.conditions.questions import forecast_steps, question_steps
from watchfloor.resources.signposts.schemas import (
    ForecastCondition,
    IndicatorCondition,
    QuestionCondition,
    SignpostStep,
)

from tests.integration import factories

Client = AsyncTestClient[Litestar]
Json = dict[str, Any]


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def _summary(steps: list[SignpostStep]) -> list[tuple[datetime, str, float | None]]:
    return [(s.at, s.status, s.value) for s in steps]


async def _post(client: Client, path: str, body: Json) -> Json:
    response = await client.post(path, json=body)
    assert response.status_code == 201, response.text
    return dict(response.json())


async def _event(client: Client, dataset: str, source: str, day: str, **more: Any) -> str:
    body = {
        "title": f"Artillery fire on {day}",
        "category": "ASSAULT",
        "occurred": {"start": day},
        "citations": [{"source_id": source, "credibility": 2}],
        "dataset": dataset,
        **more,
    }
    return str((await _post(client, "/v1/events", body))["id"])


async def test_a_hand_entered_indicator_lights_from_its_vintages(
    client: Client, db: asyncpg.Connection, dataset: str
) -> None:
    indicator = await _post(
        client,
        "/v1/indicators",
        {"name": "Fuel shipments", "unit": "tonnes", "frequency": "monthly", "dataset": dataset},
    )
    source = await factories.source(client, dataset)

    async def figure(vintage: str, value: float) -> str:
        body = {
            "period_start": "2025-01-01", "period_end": "2025-01-31", "period_label": "2025-01",
            "vintage": vintage, "value": value, "dataset": dataset,
            "citations": [{"source_id": source, "credibility": 2}],
        }  # fmt: skip
        return str(
            (await _post(client, f"/v1/indicators/{indicator['id']}/observations", body))["id"]
        )

    await figure("2025-02-10", 5.0)
    revised = await figure("2025-02-20", 8.0)
    condition = IndicatorCondition(
        indicator_id=indicator["id"], value=7, emerging=4, periods=2, aggregate="last"
    )
    ctx = Context.unrestricted(db)
    evaluation = await indicator_steps(ctx, dataset, condition, _at("2025-03-10T12:00:00Z"))
    # Each vintage is known when its day ends; January leaves the two-month window on 1 March.
    assert _summary(evaluation.steps) == [
        (_at("2025-02-11T00:00:00Z"), "emerging", 5.0),
        (_at("2025-02-21T00:00:00Z"), "seen", 8.0),
        (_at("2025-03-01T00:00:00Z"), "not_seen", None),
    ]
    assert evaluation.steps[1].evidence.observations == [revised]
    assert evaluation.next_due == _at("2025-04-01T00:00:00Z")
    # Read before the revision was reported, the replay ends at the first vintage.
    early = await indicator_steps(ctx, dataset, condition, _at("2025-02-15T00:00:00Z"))
    assert _summary(early.steps) == [(_at("2025-02-11T00:00:00Z"), "emerging", 5.0)]


async def test_a_computed_indicator_counts_records_when_reported_and_drops_retracted_ones(
    client: Client, db: asyncpg.Connection, dataset: str
) -> None:
    source = await factories.source(client, dataset)
    first = await _event(client, dataset, source, "2025-03-03")
    second = await _event(client, dataset, source, "2025-03-05")
    late = await _event(client, dataset, source, "2025-03-07", reported_at="2025-03-20T10:00:00Z")
    await _event(client, dataset, source, "2025-02-10")  # February: another month
    indicator = await _post(
        client,
        "/v1/indicators",
        {
            "name": "Artillery fire per month", "unit": "events", "frequency": "monthly",
            "dataset": dataset, "definition": {"measure": "count", "filters": {"category": "ASSAULT"}},
        },
    )  # fmt: skip
    condition = IndicatorCondition(indicator_id=indicator["id"], value=3, emerging=2)
    ctx = Context.unrestricted(db)
    now = _at("2025-04-10T00:00:00Z")
    evaluation = await indicator_steps(ctx, dataset, condition, now)
    # March's second event is known when 5 March ends; the third only when it was reported.
    assert _summary(evaluation.steps) == [
        (_at("2025-03-06T00:00:00Z"), "emerging", 2.0),
        (_at("2025-03-20T10:00:00Z"), "seen", 3.0),
        (_at("2025-04-01T00:00:00Z"), "not_seen", 0.0),
    ]
    assert evaluation.steps[1].evidence.events == [late, second, first]
    assert evaluation.next_due == _at("2025-05-01T00:00:00Z")

    # Over the last two months, February's event adds to March's until April starts.
    two = IndicatorCondition(indicator_id=indicator["id"], value=3, periods=2, emerging=2)
    assert _summary((await indicator_steps(ctx, dataset, two, now)).steps) == [
        (_at("2025-03-04T00:00:00Z"), "emerging", 2.0),
        (_at("2025-03-06T00:00:00Z"), "seen", 3.0),
        (_at("2025-03-20T10:00:00Z"), "seen", 4.0),
        (_at("2025-04-01T00:00:00Z"), "seen", 3.0),
    ]

    retracted = await client.patch(
        f"/v1/events/{late}",
        json={"status": "retracted", "status_reason": "the report was wrong"},
    )
    assert retracted.status_code == 200, retracted.text
    dark = await indicator_steps(ctx, dataset, condition, now)
    assert _summary(dark.steps) == [
        (_at("2025-03-06T00:00:00Z"), "emerging", 2.0),
        (_at("2025-04-01T00:00:00Z"), "not_seen", 0.0),
    ]


def _window(**more: Any) -> Json:
    return {
        "window_start": "2025-03-01", "window_end": "2025-03-31", "over": "events",
        "filters": {"category": "ASSAULT"}, **more,
    }  # fmt: skip


async def _question(client: Client, dataset: str, **more: Any) -> Json:
    body = {
        "title": "Two exchanges of fire in March?", "kind": "binary", "dataset": dataset,
        "opens_at": "2025-02-01T00:00:00Z", "closes_at": "2025-03-15T00:00:00Z",
        "resolves_at": "2025-04-01T00:00:00Z", **more,
    }  # fmt: skip
    return await _post(client, "/v1/questions", body)


async def test_a_question_emerges_on_its_measure_and_is_seen_when_its_resolution_is_known(
    client: Client, db: asyncpg.Connection, dataset: str
) -> None:
    source = await factories.source(client, dataset)
    first = await _event(client, dataset, source, "2025-03-03")
    second = await _event(client, dataset, source, "2025-03-05")
    await _event(client, dataset, source, "2025-04-02")  # after the window
    question = await _question(client, dataset, criteria=_window(comparison={"value": 2}))
    ctx = Context.unrestricted(db)
    condition = QuestionCondition(question_id=question["id"])

    before = await question_steps(ctx, dataset, condition, _at("2025-03-10T00:00:00Z"))
    # The second March event, known when 5 March ends, meets ">= 2" before the question closes.
    assert _summary(before.steps) == [(_at("2025-03-06T00:00:00Z"), "emerging", 2.0)]
    assert before.steps[0].evidence.questions == [question["id"]]
    assert before.steps[0].evidence.events == [second, first]
    assert before.next_due == _at("2025-03-15T00:00:00Z")

    async with db.transaction():
        await resolve(ctx, question["id"], _at("2025-04-03T00:00:00Z"))
    after = await question_steps(ctx, dataset, condition, _at("2025-04-10T00:00:00Z"))
    # Closing changes nothing a reader sees (still emerging, still 2); the worker's resolution
    # is known at resolves_at.
    assert _summary(after.steps) == [
        (_at("2025-03-06T00:00:00Z"), "emerging", 2.0),
        (_at("2025-04-01T00:00:00Z"), "seen", 1.0),
    ]
    assert set(after.steps[1].evidence.events) == {first, second}
    assert after.next_due is None
    watching_no = QuestionCondition(question_id=question["id"], outcome=False)
    no = await question_steps(ctx, dataset, watching_no, _at("2025-04-10T00:00:00Z"))
    assert _summary(no.steps) == [
        (_at("2025-03-15T00:00:00Z"), "emerging", None),
        (_at("2025-04-01T00:00:00Z"), "not_seen", 1.0),
    ]

    annulled = await client.patch(f"/v1/questions/{question['id']}", json={"annul": "moot"})
    assert annulled.status_code == 200, annulled.text
    gone = await question_steps(ctx, dataset, condition, _at("2025-04-10T00:00:00Z"))
    assert (gone.steps, gone.next_due) == ([], None)


async def test_a_count_question_is_seen_at_the_known_by_of_an_analysts_resolution(
    client: Client, db: asyncpg.Connection, dataset: str
) -> None:
    question = await _question(
        client, dataset, kind="count", judgment=True, title="Exchanges of fire in March"
    )
    resolved = await client.patch(f"/v1/questions/{question['id']}", json={"resolve": 4})
    assert resolved.status_code == 200, resolved.text
    known = _at(resolved.json()["resolution"]["known_by"])
    ctx = Context.unrestricted(db)
    now = datetime.now(UTC)
    three = QuestionCondition(question_id=question["id"], comparator=">=", value=3)
    assert _summary((await question_steps(ctx, dataset, three, now)).steps) == [
        (_at("2025-03-15T00:00:00Z"), "emerging", None),
        (known, "seen", 4.0),
    ]
    five = QuestionCondition(question_id=question["id"], comparator=">=", value=5)
    assert _summary((await question_steps(ctx, dataset, five, now)).steps) == [
        (_at("2025-03-15T00:00:00Z"), "emerging", None),
        (known, "not_seen", 4.0),
    ]


async def test_forecasts_cross_by_a_forecasters_newest_and_by_the_mean(
    client: Client, db: asyncpg.Connection, dataset: str
) -> None:
    question = await _post(
        client,
        "/v1/questions",
        {
            "title": "A seventh nuclear test by 2030?", "kind": "binary", "dataset": dataset,
            "closes_at": "2030-01-01T00:00:00Z", "resolves_at": "2030-02-01T00:00:00Z",
            "judgment": True,
        },
    )  # fmt: skip
    made = []
    for who, probability in (("alice", 0.3), ("bob", 0.6), ("alice", 0.8)):
        body = {"question_id": question["id"], "forecaster": who, "probability": probability,
                "dataset": dataset}  # fmt: skip
        made.append(await _post(client, "/v1/forecasts", body))
    at = [_at(f["created_at"]) for f in made]
    ctx = Context.unrestricted(db)
    now = datetime.now(UTC)
    mean = ForecastCondition(question_id=question["id"], probability=0.5, emerging=0.4)
    evaluation = await forecast_steps(ctx, dataset, mean, now)
    # The mean of each forecaster's newest: 0.3, then (0.3 + 0.6) / 2, then (0.8 + 0.6) / 2.
    assert [(s.at, s.status) for s in evaluation.steps] == [(at[1], "emerging"), (at[2], "seen")]
    assert [round(s.value or 0, 9) for s in evaluation.steps] == [0.45, 0.7]
    assert evaluation.steps[1].evidence.forecasts == [made[2]["id"], made[1]["id"]]
    assert evaluation.records == {("forecasts", made[2]["id"]), ("forecasts", made[1]["id"])}
    alice = ForecastCondition(question_id=question["id"], probability=0.5, forecaster="alice")
    assert _summary((await forecast_steps(ctx, dataset, alice, now)).steps) == [
        (at[2], "seen", 0.8)
    ]

    # A deleted forecast never counts (the API has no delete: the bookkeeping's own write).
    await db.execute("UPDATE forecasts SET deleted_at = now() WHERE id = $1", made[1]["id"])
    without_bob = await forecast_steps(ctx, dataset, mean, now)
    assert _summary(without_bob.steps) == [(at[2], "seen", 0.8)]

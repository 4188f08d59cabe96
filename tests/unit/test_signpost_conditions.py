"""The pure parts of signpost conditions: replays over hand-made facts, worked out by hand."""

from datetime import UTC, date, datetime
from typing import Any

import pytest
from watchfloor.planning.conditions.indicator import aggregate, instants, replay_indicator
from watchfloor.planning.conditions.questions import Measure, replay_forecasts, replay_question
from watchfloor.planning.conditions.steps import Steps, evidence, status_of
from watchfloor.resources.questions.schemas import Comparison, Criteria
from watchfloor.resources.signposts.schemas import (
    ForecastCondition,
    IndicatorCondition,
    QuestionCondition,
)
from watchfloor.warning.timeline import Fact, Knowledge

IND = "ind_" + "1" * 32


def _at(day: str, hour: int = 0) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour, tzinfo=UTC)


def _event(day: str, reported: str, n: int) -> Fact:
    return Fact(_at(reported), date.fromisoformat(day), f"evt_{n}", "events")


def _counts(facts: list[Fact], unit: str = "month") -> Knowledge:
    return Knowledge(IND, unit, "count", "events", facts)


def _summary(steps: list[Any]) -> list[tuple[datetime, str, float | None]]:
    return [(s.at, s.status, s.value) for s in steps]


MARCH = [
    _event("2025-03-03", "2025-03-04", 1),
    _event("2025-03-05", "2025-03-06", 2),
    _event("2025-03-07", "2025-03-08", 3),
]


def test_status_compares_with_the_value_then_with_emerging() -> None:
    assert status_of(None, ">=", 3, 1) == "not_seen"
    assert status_of(3, ">=", 3, 1) == "seen"
    assert status_of(2, ">=", 3, 1) == "emerging"
    assert status_of(0, ">=", 3, 1) == "not_seen"
    assert status_of(0.1, "<", 0.2, 0.5) == "seen"
    assert status_of(0.3, "<", 0.2, 0.5) == "emerging"
    assert status_of(0.3, "<", 0.2, None) == "not_seen"


def test_aggregates_of_the_periods_that_have_a_figure() -> None:
    assert aggregate("sum", []) is None
    assert aggregate("sum", [1, 2, 4]) == 7
    assert aggregate("mean", [1, 2, 3]) == 2
    assert (aggregate("max", [1, 5, 2]), aggregate("min", [4, 1, 2])) == (5, 1)
    assert aggregate("last", [1, 5, 2]) == 2


def test_evidence_lists_fifty_of_each_kind_and_counts_the_rest() -> None:
    records = [("events", f"evt_{i}") for i in range(60)] + [("questions", "qst_1")]
    found = evidence(records, more=2)
    assert found.events == [f"evt_{i}" for i in range(50)]
    assert found.questions == ["qst_1"]
    assert found.more == 12


def test_steps_keep_changes_of_status_and_of_a_lit_value_only() -> None:
    steps = Steps()
    steps.add(_at("2025-01-01"), "not_seen", 1.0, "", [])
    steps.add(_at("2025-01-02"), "emerging", 2.0, "", [("events", "a")])
    steps.add(_at("2025-01-03"), "emerging", 2.0, "", [("events", "b")])
    steps.add(_at("2025-01-04"), "emerging", 3.0, "", [("events", "c")])
    steps.add(_at("2025-01-05"), "not_seen", 0.0, "", [])
    steps.add(_at("2025-01-06"), "not_seen", 1.0, "", [("events", "d")])
    assert [s.at.day for s in steps.steps] == [2, 4, 5]
    assert steps.records == set()


def test_instants_are_the_reports_and_every_boundary_after_the_first() -> None:
    assert instants(MARCH, "month", _at("2025-05-20")) == [
        _at("2025-03-04"), _at("2025-03-06"), _at("2025-03-08"), _at("2025-04-01"),
        _at("2025-05-01"),
    ]  # fmt: skip
    assert instants([], "month", _at("2025-05-20")) == []


def test_a_count_lights_as_reports_arrive_and_goes_dark_when_its_month_ends() -> None:
    condition = IndicatorCondition(indicator_id=IND, value=3, emerging=2)
    evaluation = replay_indicator(_counts(MARCH), condition, _at("2025-04-15", 9))
    assert _summary(evaluation.steps) == [
        (_at("2025-03-06"), "emerging", 2.0),
        (_at("2025-03-08"), "seen", 3.0),
        (_at("2025-04-01"), "not_seen", 0.0),
    ]
    assert evaluation.steps[1].evidence.events == ["evt_3", "evt_2", "evt_1"]
    assert evaluation.steps[1].explanation == "sum over 2025-03: 3 events, >= 3"
    assert evaluation.next_due == _at("2025-05-01")
    assert evaluation.records == set()


def test_a_sum_over_two_months_carries_march_through_april() -> None:
    condition = IndicatorCondition(indicator_id=IND, value=3, periods=2)
    evaluation = replay_indicator(_counts(MARCH), condition, _at("2025-05-15"))
    assert _summary(evaluation.steps) == [
        (_at("2025-03-08"), "seen", 3.0),
        (_at("2025-05-01"), "not_seen", 0.0),
    ]
    at_june = replay_indicator(_counts(MARCH), condition, _at("2025-04-30"))
    assert _summary(at_june.steps) == [(_at("2025-03-08"), "seen", 3.0)]
    assert at_june.records == {("events", "evt_1"), ("events", "evt_2"), ("events", "evt_3")}


def test_a_late_report_lights_only_when_it_is_reported() -> None:
    late = [*MARCH[:2], _event("2025-03-07", "2025-03-20", 3)]
    condition = IndicatorCondition(indicator_id=IND, value=3)
    evaluation = replay_indicator(_counts(late), condition, _at("2025-03-25"))
    assert _summary(evaluation.steps) == [(_at("2025-03-20"), "seen", 3.0)]


def test_a_revised_vintage_replaces_its_periods_figure() -> None:
    def figure(period: str, vintage_end: str, value: float, n: int) -> Fact:
        return Fact(_at(vintage_end), date.fromisoformat(period), f"obs_{n}", "observations", value)

    facts = [
        figure("2025-01-01", "2025-02-11", 5.0, 1),
        figure("2025-01-01", "2025-02-21", 8.0, 2),
    ]
    knowledge = Knowledge(IND, "month", "figure", "tonnes", facts)
    condition = IndicatorCondition(indicator_id=IND, value=7, periods=2, aggregate="last")
    evaluation = replay_indicator(knowledge, condition, _at("2025-03-10"))
    assert _summary(evaluation.steps) == [
        (_at("2025-02-21"), "seen", 8.0),
        (_at("2025-03-01"), "not_seen", None),
    ]
    assert evaluation.steps[0].evidence.observations == ["obs_2"]
    assert evaluation.steps[1].explanation == "no figure for 2025-02 to 2025-03"


def _forecast(n: int, who: str, p: float, day: str) -> dict[str, Any]:
    return {"id": f"fct_{n}", "forecaster": who, "probability": p, "created_at": _at(day)}


FORECASTS = [
    _forecast(1, "alice", 0.3, "2025-01-01"),
    _forecast(2, "bob", 0.6, "2025-01-02"),
    _forecast(3, "alice", 0.8, "2025-01-03"),
]
QST = "qst_" + "2" * 32


def test_the_mean_of_each_forecasters_newest_crosses() -> None:
    condition = ForecastCondition(question_id=QST, probability=0.5, emerging=0.4)
    evaluation = replay_forecasts(FORECASTS, condition, _at("2025-02-01"))
    assert [(s.at.day, s.status) for s in evaluation.steps] == [(2, "emerging"), (3, "seen")]
    assert evaluation.steps[0].value == pytest.approx(0.45)
    assert evaluation.steps[1].value == pytest.approx(0.7)
    assert evaluation.steps[1].evidence.forecasts == ["fct_3", "fct_2"]
    alice = ForecastCondition(question_id=QST, probability=0.5, forecaster="alice")
    assert _summary(replay_forecasts(FORECASTS, alice, _at("2025-02-01")).steps) == [
        (_at("2025-01-03"), "seen", 0.8)
    ]
    below = ForecastCondition(question_id=QST, probability=0.35, direction="below")
    assert _summary(replay_forecasts(FORECASTS, below, _at("2025-01-02", 12)).steps) == [
        (_at("2025-01-01"), "seen", 0.3),
        (_at("2025-01-02"), "not_seen", pytest.approx(0.45)),
    ]


def _question(**more: Any) -> dict[str, Any]:
    return {
        "id": QST, "kind": "binary", "closes_at": _at("2025-03-01"),
        "resolves_at": _at("2025-04-01"), "resolution": None, **more,
    }  # fmt: skip


def test_a_question_emerges_when_it_closes_and_is_seen_when_known_resolved() -> None:
    resolution = {
        "value": 1.0, "outcome": True, "resolved_at": "2025-04-01T00:05:00Z",
        "known_by": "2025-04-01T00:00:00Z", "resolved_by": "worker",
        "evidence": {"events": ["evt_9"]},
    }  # fmt: skip
    yes = QuestionCondition(question_id=QST)
    open_ = replay_question(_question(), yes, None, None, _at("2025-02-01"))
    assert (open_.steps, open_.next_due) == ([], _at("2025-03-01"))
    resolved = replay_question(_question(resolution=resolution), yes, None, None, _at("2025-05-01"))
    assert _summary(resolved.steps) == [
        (_at("2025-03-01"), "emerging", None),
        (_at("2025-04-01"), "seen", 1.0),
    ]
    assert resolved.steps[1].evidence.events == ["evt_9"]
    assert resolved.records == {("questions", QST), ("events", "evt_9")}
    no = QuestionCondition(question_id=QST, outcome=False)
    dark = replay_question(_question(resolution=resolution), no, None, None, _at("2025-05-01"))
    assert [s.status for s in dark.steps] == ["emerging", "not_seen"]


def test_a_binary_question_over_an_indicator_emerges_when_its_figures_meet_the_comparison() -> None:
    def figure(period: str, known: str, value: float, n: int) -> Fact:
        return Fact(_at(known), date.fromisoformat(period), f"obs_{n}", "observations", value)

    facts = [
        figure("2025-01-01", "2025-02-02", 3.0, 1),
        figure("2025-02-01", "2025-03-02", 4.0, 2),
        figure("2025-04-01", "2025-03-05", 9.0, 3),  # outside the window: never counts
    ]
    knowledge = Knowledge(IND, "month", "figure", "tonnes", facts)
    criteria = Criteria(
        window_start=date(2025, 1, 1), window_end=date(2025, 3, 31), indicator_id=IND,
        comparison=Comparison(op=">=", value=6),
    )  # fmt: skip
    measure = Measure(knowledge.facts, criteria.window_start, criteria.window_end, "indicator",
                      knowledge, "sum")  # fmt: skip
    question = _question(closes_at=_at("2025-03-20"))
    condition = QuestionCondition(question_id=QST)
    evaluation = replay_question(question, condition, measure, criteria, _at("2025-03-10"))
    assert _summary(evaluation.steps) == [(_at("2025-03-02"), "emerging", 7.0)]
    assert evaluation.steps[0].evidence.observations == ["obs_2", "obs_1"]
    assert evaluation.next_due == _at("2025-03-20")

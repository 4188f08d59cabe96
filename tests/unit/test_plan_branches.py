"""The rules of a plan's branches over lists of signpost steps: firing, decisions, the agenda."""

from datetime import UTC, datetime, timedelta
from typing import Any

import msgspec
import pytest
from watchfloor.errors import Conflict, Unprocessable
from watchfloor.planning.branches import (
    agenda_branch,
    branch_at,
    cycle,
    decide,
    fire,
    first_hold,
    merged,
    total_leads,
    trigger_depth,
)
from watchfloor.resources.plans.schemas import Branch, BranchInput, Decision, Trigger
from watchfloor.resources.signposts.schemas import SignpostStep

A, B = "sgp_" + "a" * 32, "sgp_" + "b" * 32
T0 = datetime(2017, 9, 1, tzinfo=UTC)


def _at(days: float) -> datetime:
    return T0 + timedelta(days=days)


def _steps(*changes: tuple[float, str]) -> list[SignpostStep]:
    return [SignpostStep(at=_at(d), status=s, explanation=s) for d, s in changes]  # type: ignore[arg-type]


def _trigger(raw: dict[str, Any]) -> Trigger:
    trigger: Trigger = msgspec.convert(raw, Trigger)
    return trigger


def _branch(key: str, trigger: dict[str, Any], **fields: Any) -> Branch:
    raw = {
        "key": key,
        "name": key.title(),
        "trigger": trigger,
        "owner": {"role": "duty officer"},
        "deadline_hours": 48,
        "options": [
            {"key": "evacuate", "name": "Evacuate", "lead_time_hours": 36, "requires": ["ships"]},
            {"key": "ships", "name": "Charter ships", "lead_time_hours": 12},
            {"key": "wait", "name": "Wait"},
        ],
        **fields,
    }
    return merged(msgspec.convert(raw, BranchInput), None)


def _sp(signpost_id: str, at_least: str = "seen") -> dict[str, Any]:
    return {"kind": "signpost", "signpost_id": signpost_id, "at_least": at_least}


def test_a_trigger_first_holds_when_its_signposts_say_so() -> None:
    steps = {A: _steps((1, "emerging"), (3, "seen"), (9, "not_seen")), B: _steps((5, "seen"))}
    assert first_hold(_trigger(_sp(A)), steps, {}) == _at(3)
    assert first_hold(_trigger(_sp(A, "emerging")), steps, {}) == _at(1)
    both = {"kind": "all", "of": [_sp(A), _sp(B)]}
    assert first_hold(_trigger(both), steps, {}) == _at(5)
    either = {"kind": "any", "of": [_sp(B), _sp(A, "emerging")]}
    assert first_hold(_trigger(either), steps, {}) == _at(1)
    # A lit from day 3 to day 9 and B only from day 10: never both at once.
    late = {B: _steps((10, "seen"))}
    assert first_hold(_trigger(both), {**steps, **late}, {}) is None
    assert first_hold(_trigger(_sp(B)), {}, {}) is None


def test_fire_follows_the_data_until_a_decision_latches_it() -> None:
    first = _branch("first", _sp(A))
    second = _branch("second", {"kind": "all", "of": [{"kind": "branch", "branch": "first"},
                                                      _sp(B)]})  # fmt: skip
    steps = {A: _steps((3, "seen")), B: _steps((1, "seen"))}
    fired = fire([second, first], steps)
    assert [(b.key, b.state, b.triggered_at) for b in fired] == [
        ("second", "triggered", _at(3)),
        ("first", "triggered", _at(3)),
    ]
    assert fired[1].deadline == _at(5)
    # The data retracted: nothing ever lit A, both go dormant again.
    assert [b.state for b in fire(fired, {B: steps[B]})] == ["dormant", "dormant"]
    # Decided first: it stands, and so does what follows from it.
    decided = decide(
        fired[1], Decision(branch="first", state="decided", option="wait"), "k", _at(4)
    )
    again = fire([fired[0], decided], {B: steps[B]})
    assert [(b.state, b.triggered_at) for b in again] == [
        ("triggered", _at(3)),
        ("decided", _at(3)),
    ]


def test_decisions_move_in_order_only() -> None:
    dormant = _branch("b", _sp(A))
    with pytest.raises(Conflict):
        decide(dormant, Decision(branch="b", state="decided", option="wait"), "k", _at(1))
    [triggered] = fire([dormant], {A: _steps((1, "seen"))})
    with pytest.raises(Conflict):
        decide(triggered, Decision(branch="b", state="executed"), "k", _at(2))
    with pytest.raises(Unprocessable):
        decide(triggered, Decision(branch="b", state="decided", option="nuke"), "k", _at(2))
    with pytest.raises(Unprocessable):
        decide(triggered, Decision(branch="b", state="decided"), "k", _at(2))
    decided = decide(
        triggered,
        Decision(branch="b", state="decided", option="evacuate", note="Go."),
        "ann",
        _at(2),
    )
    assert (decided.state, decided.decision, decided.decided_by, decided.decided_at) == (
        "decided", "evacuate", "ann", _at(2)
    )  # fmt: skip
    executed = decide(decided, Decision(branch="b", state="executed"), "bob", _at(3))
    assert (executed.state, executed.executed_at, executed.decision) == (
        "executed",
        _at(3),
        "evacuate",
    )
    with pytest.raises(Conflict):
        decide(executed, Decision(branch="b", state="stood_down"), "k", _at(4))
    stood = decide(dormant, Decision(branch="b", state="stood_down"), "k", _at(1))
    assert (stood.state, stood.triggered_at, stood.stood_down_at) == ("stood_down", None, _at(1))
    # Stood down is final: the trigger firing later changes nothing.
    assert fire([stood], {A: _steps((2, "seen"))})[0].state == "stood_down"


def test_known_by_replays_the_steps() -> None:
    [triggered] = fire([_branch("b", _sp(A))], {A: _steps((1, "seen"))})
    decided = decide(triggered, Decision(branch="b", state="decided", option="wait"), "k", _at(2))
    assert branch_at(decided, _at(0.5)).state == "dormant"
    assert branch_at(decided, _at(0.5)).triggered_at is None
    assert branch_at(decided, _at(1.5)).state == "triggered"
    assert branch_at(decided, _at(1.5)).decision is None
    assert branch_at(decided, _at(2)).decision == "wait"


def test_circles_and_depth() -> None:
    a = _branch("a", {"kind": "branch", "branch": "b"})
    b = _branch("b", {"kind": "any", "of": [_sp(A), {"kind": "branch", "branch": "a"}]})
    c = _branch("c", {"kind": "branch", "branch": "c"})
    assert cycle([a, b]) == ["a", "b", "a"]
    assert cycle([c]) == ["c", "c"]
    assert cycle([_branch("d", _sp(A)), _branch("e", {"kind": "branch", "branch": "d"})]) is None
    deep: dict[str, Any] = _sp(A)
    for _ in range(5):
        deep = {"kind": "all", "of": [deep]}
    assert trigger_depth(_trigger(deep)) == 6


def test_the_agenda_says_what_is_due_and_what_is_too_late() -> None:
    [b] = fire([_branch("b", _sp(A))], {A: _steps((1, "seen"))})
    assert total_leads(b.options) == {"evacuate": 48, "ships": 12, "wait": 0}
    # Triggered on day 1, deadline day 3 (48 h); evacuate needs 36 + 12 h: start by day 1.
    early = agenda_branch("pln_x", "Plan", b, _at(1))
    assert (early.due, early.overdue, early.hours_left) == (True, False, 48)
    options = {o.key: o for o in early.options}
    assert options["evacuate"].prepare_by == _at(1) and not options["evacuate"].too_late
    later = agenda_branch("pln_x", "Plan", b, _at(2))
    options = {o.key: o for o in later.options}
    assert options["evacuate"].too_late and not options["ships"].too_late
    assert options["ships"].prepare_by == _at(2.5)
    late = agenda_branch("pln_x", "Plan", b, _at(4))
    assert (late.due, late.overdue, late.hours_left) == (False, True, -24)
    dormant = agenda_branch("pln_x", "Plan", branch_at(b, _at(0)), _at(0))
    assert (dormant.state, dormant.deadline, dormant.due) == ("dormant", None, False)
    assert not any(o.too_late for o in dormant.options)


def test_a_plan_armed_later_fires_from_then_on() -> None:
    """Triggers count from ``armed_from``: one that already holds then fires then; one that
    held and stopped before it does not fire; a later one fires when it holds."""
    steps = {A: _steps((1, "seen"), (5, "not_seen"), (20, "seen")), B: _steps((2, "seen"))}
    branches = [_branch("a", _sp(A)), _branch("b", _sp(B))]
    assert [b.triggered_at for b in fire(branches, steps)] == [_at(1), _at(2)]
    armed = fire(branches, steps, armed_from=_at(10))
    # A was dark at day 10 and lit again at 20; B has been seen since day 2.
    assert [b.triggered_at for b in armed] == [_at(20), _at(10)]
    assert first_hold(_trigger(_sp(A)), steps, {}, _at(30)) == _at(30)
    assert first_hold(_trigger(_sp(B, "seen")), {B: _steps((2, "seen"), (3, "not_seen"))}, {},
                      _at(10)) is None  # fmt: skip

"""When a game instant comes in wall time, in every state of an exercise's clock."""

from datetime import UTC, datetime, timedelta

from watchfloor.resources.exercises.clock import Anchors, game_time
from watchfloor.worker.clocks import wall_due

WALL = datetime(2026, 12, 6, 12, tzinfo=UTC)
GAME = datetime(2017, 7, 5, tzinfo=UTC)
TICK = timedelta(microseconds=1)


def test_a_running_clock_reaches_a_game_instant_at_its_wall_instant() -> None:
    running = Anchors("running", 1440.0, WALL, GAME)
    due = wall_due(running, WALL + timedelta(seconds=10), datetime(2017, 7, 6, tzinfo=UTC))
    # A game day at a game day per wall minute: a minute after the anchor, a tick late.
    assert due == WALL + timedelta(minutes=1) + TICK
    assert due is not None and game_time(running, due) >= datetime(2017, 7, 6, tzinfo=UTC)


def test_an_instant_the_game_has_passed_is_due_at_once() -> None:
    running = Anchors("running", 1440.0, WALL, GAME)
    now = WALL + timedelta(minutes=2)
    assert wall_due(running, now, datetime(2017, 7, 6, tzinfo=UTC)) == now
    paused = Anchors("paused", 1440.0, WALL, GAME)
    assert wall_due(paused, now, GAME) == now


def test_a_standing_clock_is_never_due_by_itself() -> None:
    later = datetime(2017, 7, 5, 0, 0, 1, tzinfo=UTC)
    for state in ("not_started", "paused", "ended"):
        standing = Anchors(state, 1440.0, WALL if state != "not_started" else None, GAME)
        assert wall_due(standing, WALL + timedelta(days=365), later) is None

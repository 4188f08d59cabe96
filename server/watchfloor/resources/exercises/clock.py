"""The exercise clock: game time as a pure function of wall time, and its changes.

The clock is stored as anchors (state, speed, a wall instant, the game time at it). While it
runs, ``game(now) = game + (now − wall) × speed``; paused, not started or ended it stands at
``game``. A change (start, pause, resume, end) takes the game time at the change's wall instant
as the new anchor, so the game time is continuous across changes and every answer is a
function of the stored anchors and the wall instant alone.
"""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from watchfloor.errors import Conflict, FieldError, Unprocessable
from watchfloor.resources.exercises.schemas import ClockChange

__all__ = ("Anchors", "change", "game_time")


@dataclass(frozen=True)
class Anchors:
    state: str
    speed: float
    wall: datetime | None
    game: datetime

    @classmethod
    def of(cls, row: Any) -> "Anchors":
        return cls(row["clock_state"], row["clock_speed"], row["clock_wall"], row["clock_game"])


def game_time(anchors: Anchors, now: datetime) -> datetime:
    """The game time at wall instant ``now``."""
    if anchors.state != "running" or anchors.wall is None:
        return anchors.game
    return anchors.game + (now - anchors.wall) * anchors.speed


def change(row: Any, data: ClockChange, now: datetime) -> dict[str, Any]:
    """The columns a clock change sets at wall instant ``now`` (empty: nothing changes).

    ``row`` is the exercise's current row (its ``clock_*`` columns and ``start_known_by``).

    Raises:
        Conflict: the change makes no sense in the clock's state (resume before a start …).
        Unprocessable: a start before the starting world's instant.
    """
    anchors = Anchors.of(row)
    speed = data.speed if data.speed is not None else anchors.speed
    if anchors.state == "ended":
        if data.action == "end":
            return {}
        raise Conflict("The exercise has ended; its clock does not move again.")
    if data.action == "start":
        return _start(row, anchors, data, speed, now)
    if anchors.state == "not_started":
        if data.action == "end":
            return {"clock_state": "ended", "clock_wall": now, "clock_ended_at": now}
        raise Conflict("The clock has not started: start it first.")
    current = game_time(anchors, now)
    if data.action == "pause":
        if anchors.state == "paused":
            return {}
        return {"clock_state": "paused", "clock_wall": now, "clock_game": current}
    if data.action == "resume":
        if anchors.state == "running" and speed == anchors.speed:
            return {}
        return {
            "clock_state": "running",
            "clock_speed": speed,
            "clock_wall": now,
            "clock_game": current,
        }
    return {"clock_state": "ended", "clock_wall": now, "clock_game": current, "clock_ended_at": now}


def _start(
    row: Any, anchors: Anchors, data: ClockChange, speed: float, now: datetime
) -> dict[str, Any]:
    if anchors.state != "not_started":
        if anchors.state == "running" and data.game_time is None and speed == anchors.speed:
            return {}
        raise Conflict(f"The clock is {anchors.state}: pause, resume or end it instead.")
    start = data.game_time or row["start_known_by"]
    if start < row["start_known_by"]:
        raise Unprocessable(
            "Play cannot start before the starting world's instant.",
            errors=[FieldError("/game_time", f"before start_known_by {row['start_known_by']}")],
        )
    return {
        "clock_state": "running",
        "clock_speed": speed,
        "clock_wall": now,
        "clock_game": start,
        "clock_started_at": now,
    }

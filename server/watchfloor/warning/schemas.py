"""Wire types of ``GET /v1/warning-board``: every warning problem's level, with its open alerts."""

from typing import Literal

import msgspec

from watchfloor.resources.alerts.schemas import Alert
from watchfloor.wire import Timestamp

__all__ = ("Board", "BoardLevel", "BoardProblem")

BoardLevel = Literal["quiet", "watch", "warning"]
"""A problem's level: the highest of its open alerts, ``quiet`` with none."""


class BoardProblem(msgspec.Struct, kw_only=True):
    """One warning problem on the board."""

    problem_id: str
    name: str
    owner: str | None
    tags: list[str]
    level: BoardLevel
    since: Timestamp | None
    """When the problem reached its level (the earliest opening among its open alerts of that
    level); ``null`` when quiet."""
    alerts: list[Alert]
    """Its open alerts at the board's instant, highest level first, each with its freshest
    evidence by then."""


class Board(msgspec.Struct, kw_only=True):
    """The warning board of a dataset at one instant of both clocks."""

    dataset: str
    as_of: Timestamp | None
    """Transaction time: the records as Watchfloor had them then (``null``: now)."""
    known_by: Timestamp
    """Knowledge time: the alerts as they stood with what had been reported by then."""
    level: BoardLevel
    """The highest level of any problem."""
    problems: list[BoardProblem]
    """Every problem, highest level first, then by name."""

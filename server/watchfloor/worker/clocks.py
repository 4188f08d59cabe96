"""What "now" is for a dataset, and when a game instant comes in wall time: one place for
every handler that evaluates over time.

A live or sandbox dataset runs on wall time. An exercise's play dataset runs on its
exercise's game clock (``resources/exercises/clock.py``): now is the game time at wall now —
the start instant before the clock starts, the game time where it stopped while paused or
ended. The handlers evaluate each record (a warning problem, a signpost, a plan, a computed
indicator's vintage) up to its dataset's now.

Their due tables compare ``due_at`` with WALL now, so a record of an exercise dataset whose
next evaluation falls at a game instant is stored as the wall instant when the game clock
reaches it (:meth:`Clocks.wall`): while the clock runs, ``anchor_wall + (game − anchor_game) /
speed``; while it stands (not started, paused, ended), not due at all (``None``) unless the
instant has already come. A clock change is a new version of the exercise, in the change feed:
the handlers mark the play dataset's records due on an ``exercise`` entry
(:func:`exercise_datasets`), so a paused exercise costs nothing per step and a resumed or moved
one is evaluated at once.

A :class:`Clocks` is made per step with the step's wall now; it reads each dataset's clock once
(one statement for the datasets asked together), not once per record.
"""

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta

from watchfloor.context import Context
from watchfloor.resources.exercises import repository as exercises
from watchfloor.resources.exercises.clock import Anchors, game_time
from watchfloor.worker.positions import FeedEntry

__all__ = ("Clocks", "exercise_datasets", "wall_due")

_TICK = timedelta(microseconds=1)


def wall_due(anchors: Anchors, wall_now: datetime, due: datetime) -> datetime | None:
    """The wall instant, at or after ``wall_now``, at which the game clock of ``anchors``
    reaches the game instant ``due`` (``None``: not while the clock stands)."""
    if due <= game_time(anchors, wall_now):
        return wall_now
    if anchors.state != "running" or anchors.wall is None:
        return None
    # A tick late rather than early: at the wall instant found, the game has reached ``due``.
    return anchors.wall + (due - anchors.game) / anchors.speed + _TICK


def exercise_datasets(entries: Sequence[FeedEntry]) -> list[str]:
    """The play datasets whose exercise changed in ``entries`` (its clock, among others)."""
    return sorted({e.dataset for e in entries if e.resource == "exercise"})


class Clocks:
    """Each dataset's now at one wall instant, read once per dataset."""

    def __init__(self, ctx: Context, wall: datetime) -> None:
        self.ctx = ctx
        self.wall_now = wall
        self._anchors: dict[str, Anchors | None] = {}

    async def load(self, datasets: Iterable[str | None]) -> None:
        """Read the clocks of ``datasets`` not read yet, in one statement."""
        missing = sorted({d for d in datasets if d is not None and d not in self._anchors})
        if not missing:
            return
        found = await exercises.dataset_clocks(self.ctx, missing)
        for dataset in missing:
            row = found.get(dataset)
            self._anchors[dataset] = None if row is None else Anchors.of(row)

    async def anchors(self, dataset: str | None) -> Anchors | None:
        """The game clock's anchors of ``dataset`` (``None``: it runs on wall time)."""
        if dataset is None:
            return None
        await self.load([dataset])
        return self._anchors[dataset]

    async def now(self, dataset: str | None) -> datetime:
        """The dataset's now: wall now, or its exercise's game time at wall now."""
        anchors = await self.anchors(dataset)
        return self.wall_now if anchors is None else game_time(anchors, self.wall_now)

    async def today(self, dataset: str | None) -> date:
        """The dataset's day (UTC) now."""
        return (await self.now(dataset)).date()

    async def wall(self, dataset: str | None, due: datetime | None) -> datetime | None:
        """The wall instant at which the dataset's now reaches ``due`` (``None``: never by
        itself — not due until the data or the clock change)."""
        if due is None:
            return None
        anchors = await self.anchors(dataset)
        return due if anchors is None else wall_due(anchors, self.wall_now, due)

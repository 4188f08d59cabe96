"""The worker's exercise clock: it releases each inject when its exercise's game time reaches it.

:meth:`ExerciseInjects.settle` runs at the end of every step of the worker: it locks the
scheduled injects now due (``SKIP LOCKED``: a second worker leaves them), creates each one's
record in the play dataset through the record's real service, with the inject's game time as
its knowledge time, and marks the inject released, all in the step's transaction. A crash rolls
the release back whole, so each inject is released exactly once; a restart after a pause in
the worker releases what fell due meanwhile, each at its own game time. The records' feed
entries then reach the other handlers (indicators, warning rules, signposts, webhooks) in the
exercise dataset only.
"""

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

import msgspec

from watchfloor.context import Context
from watchfloor.errors import WatchfloorError
from watchfloor.resources.exercises import repository as repo
from watchfloor.resources.exercises.service import release
from watchfloor.worker.positions import FeedEntry

__all__ = ("ExerciseInjects",)

_log = logging.getLogger("watchfloor.worker")


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass
class ExerciseInjects:
    """Releases the MSEL's injects on their exercises' clocks."""

    name: str = "exercise-injects"
    resources: frozenset[str] | None = frozenset({"exercise"})
    clock: Callable[[], datetime] = field(default=_now)
    batch: int = 100

    async def handle(self, ctx: Context, entries: Sequence[FeedEntry]) -> None:
        """Nothing: what is due is read from the clocks, at every step (``settle``)."""

    async def settle(self, ctx: Context) -> bool:
        """Release the injects due at wall time now, a batch at a time; whether more are due."""
        now = self.clock()
        due = await repo.due_injects(ctx, now, self.batch + 1)
        for row in due[: self.batch]:
            exercise = await repo.exercise_of_inject(ctx, row["exercise_id"])
            inject = await repo.INJECTS.lock(ctx, row["id"])
            if exercise is None or inject is None:
                continue
            savepoint = ctx.conn.transaction()
            await savepoint.start()
            try:
                await release(ctx, inject, exercise, inject["at"], now)
            except (msgspec.ValidationError, WatchfloorError):
                # Checked when scheduled; the exercise world changed since (a record it names
                # was deleted). It stays scheduled, logged, and does not hold the others back.
                await savepoint.rollback()
                _log.exception("inject not released", extra={"inject": row["id"]})
            else:
                await savepoint.commit()
        return len(due) > self.batch

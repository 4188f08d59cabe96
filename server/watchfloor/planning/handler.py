"""The worker handler of signposts: it keeps every signpost's status equal to its condition's
evaluation over the data.

A change that can move a signpost (the signpost itself; an alert of the warning problem it
watches; a figure of its indicator; its question or a forecast on it; an event or statement of
its dataset, for an events or statements condition) marks it *due*; each step then evaluates a
few due signposts (:meth:`Signposts.settle`): its condition's status over knowledge time up to
now (``watchfloor.planning.conditions``). Only when that differs from the stored steps is a new
version written, with ``retracted`` naming the records that lit the previous version and no
longer count. A signpost whose trailing window will age a record out is due again then. Marks
and versions are written in the step's transaction with the handler's position, so a crash
loses nothing and repeats nothing: the same data gives the same steps, and unchanged steps
write no version.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import asyncpg
import msgspec

from watchfloor.context import Context
from watchfloor.persistence.records import Records
from watchfloor.planning.conditions import evaluate
from watchfloor.planning.conditions.evidence import LISTED
from watchfloor.planning.evaluation import Evaluation, Record
from watchfloor.resources.signposts import repository as repo
from watchfloor.resources.signposts.schemas import Condition, SignpostEvidence, SignpostStep
from watchfloor.worker.clocks import Clocks, exercise_datasets
from watchfloor.worker.isolation import settle_each
from watchfloor.worker.positions import FeedEntry

__all__ = ("Signposts", "evaluate_signpost")

_SIGNPOSTS = Records(repo.SIGNPOSTS, "signpost")
_KINDS = ("alerts", "events", "statements", "observations", "questions", "forecasts")


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _named(evidence: SignpostEvidence) -> set[Record]:
    return {(kind, record_id) for kind in _KINDS for record_id in getattr(evidence, kind)}


def _retracted(row: asyncpg.Record, evaluation: Evaluation) -> SignpostEvidence:
    """The records that lit the stored version (its evidence, any step's) and that count
    nowhere in the new evaluation: retracted, deleted or withdrawn since."""
    before = _named(msgspec.convert(row["evidence"], SignpostEvidence))
    for step in msgspec.convert(row["steps"], list[SignpostStep]):
        before |= _named(step.evidence)
    now = set(evaluation.records)
    for step in evaluation.steps:
        now |= _named(step.evidence)
    gone = sorted(before - now, key=lambda r: (r[0], r[1]), reverse=True)
    retracted = SignpostEvidence()
    for kind in _KINDS:
        ids = [i for k, i in gone if k == kind]
        setattr(retracted, kind, ids[:LISTED])
        retracted.more += max(0, len(ids) - LISTED)
    return retracted


def _state(evaluation: Evaluation) -> dict[str, Any]:
    """The columns that repeat the newest step."""
    if not evaluation.steps:
        return {
            "status": "not_seen",
            "changed_at": None,
            "explanation": "",
            "value": None,
            "evidence": msgspec.to_builtins(SignpostEvidence()),
        }
    last = evaluation.steps[-1]
    return {
        "status": last.status,
        "changed_at": last.at,
        "explanation": last.explanation,
        "value": last.value,
        "evidence": msgspec.to_builtins(last.evidence),
    }


async def evaluate_signpost(ctx: Context, signpost_id: str, now: datetime) -> datetime | None:
    """Bring the signpost's stored status in line with its condition's evaluation up to
    ``now``; returns when it is next due without a change of data."""
    row = await repo.signpost_row(ctx, signpost_id)
    if row is None or row["deleted_at"] is not None:
        return None
    condition: Condition = msgspec.convert(row["condition"], Condition)
    evaluation = await evaluate(ctx, row["dataset"], condition, now)
    state = _state(evaluation)
    stored = msgspec.convert(row["steps"], list[SignpostStep])
    unchanged = stored == evaluation.steps and all(row[k] == v for k, v in state.items())
    if unchanged:
        return evaluation.next_due
    values = {
        **state,
        "steps": msgspec.to_builtins(evaluation.steps),
        "retracted": msgspec.to_builtins(_retracted(row, evaluation)),
        "evaluated_at": _utc_now(),
    }

    async def revise(current: asyncpg.Record) -> dict[str, Any]:
        return values

    await _SIGNPOSTS.update(ctx, signpost_id, None, revise)
    return evaluation.next_due


@dataclass
class Signposts:
    """Lights every signpost from the data its condition watches."""

    name: str = "signposts"
    resources: frozenset[str] | None = frozenset(
        {
            "signpost",
            "alert",
            "indicator",
            "observation",
            "question",
            "forecast",
            "event",
            "statement",
            "exercise",
        }
    )
    clock: Callable[[], datetime] = field(default=_utc_now)
    """Wall now (tests set it): evaluations run up to it, or up to an exercise dataset's game
    time at it (``worker/clocks.py``)."""
    batch: int = 10
    """Signposts evaluated per step at most."""

    async def handle(self, ctx: Context, entries: Sequence[FeedEntry]) -> None:
        """Mark the signposts the entries may move as due now."""

        def ids(resource: str) -> list[str]:
            return [e.record_id for e in entries if e.resource == resource]

        def datasets(resource: str) -> list[str]:
            return sorted({e.dataset for e in entries if e.resource == resource})

        due = ids("signpost")
        due += await repo.signposts_of(
            ctx,
            alerts=ids("alert"),
            observations=ids("observation"),
            indicators=ids("indicator"),
            questions=ids("question"),
            forecasts=ids("forecast"),
            events=datasets("event"),
            statements=datasets("statement"),
        )
        # An exercise's clock moved: its signposts are evaluated again at the game time now.
        played = exercise_datasets(entries)
        if played:
            due += await repo.signposts_in_datasets(ctx, played)
        await repo.mark_due(ctx, due, self.clock())

    async def settle(self, ctx: Context) -> bool:
        """Evaluate the signposts due by now, a batch at a time, each up to its dataset's now
        (an exercise's: its game time); whether more are due."""
        wall = self.clock()
        due = await repo.due_signposts(ctx, wall, self.batch + 1)
        batch = list(due)[: self.batch]
        clocks = Clocks(ctx, wall)
        await clocks.load(due[i] for i in batch)

        async def settle(signpost_id: str) -> None:
            dataset = due[signpost_id]
            next_due = await evaluate_signpost(ctx, signpost_id, await clocks.now(dataset))
            await repo.unmark(ctx, signpost_id, await clocks.wall(dataset, next_due))

        async def retry(signpost_id: str, at: datetime) -> None:
            await repo.unmark(ctx, signpost_id, at)

        await settle_each(ctx, self.name, batch, wall, settle, retry)
        return len(due) > self.batch

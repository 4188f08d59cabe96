"""The worker handler of questions: it closes them, resolves them, and flags late corrections.

At the end of every step (:meth:`QuestionResolution.settle`) it closes the open questions whose
``closes_at`` has passed (a new version, state ``closed``) and resolves each question that is
not a judgment question once its ``resolves_at`` has passed: the criteria measured from the
data as known then (``known_by = resolves_at``, :func:`watchfloor.forecasting.criteria.
measure_criteria`), with the records that decided it as evidence, ``resolved_by`` ``worker``.

Data corrected after a resolution never changes it silently: a change of events, statements
or figures of a dataset makes the handler measure its resolved questions again (still with
``known_by = resolves_at``: a report that came later does not count, a correction of one that
had come does); a different value flags the question for ``review`` (a new version showing both
values) and leaves the resolution as it was, for an analyst to resolve again on purpose. Every
write is a new version in the step's transaction; the same data give the same answer, so a
step run again writes nothing new.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import asyncpg
import msgspec

from watchfloor.computed.repository import event_days, statement_days
from watchfloor.context import Context
from watchfloor.forecasting.criteria import measure_criteria, outcome
from watchfloor.persistence.records import Records
from watchfloor.resources.questions import repository as repo
from watchfloor.resources.questions.schemas import Criteria, Resolution, Review
from watchfloor.warning.repository import observation_indicators
from watchfloor.worker.positions import FeedEntry

__all__ = ("QuestionResolution", "recheck", "resolve")

_QUESTIONS = Records(repo.QUESTIONS, "question")
WORKER = "worker"
"""``resolved_by`` of the worker's resolutions."""


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _note(criteria: Criteria, measured: float) -> str:
    comparison = criteria.comparison
    if comparison is None:
        return f"measured {measured:g}"
    return f"measured {measured:g}; yes when {comparison.op} {comparison.value:g}"


def _binary_note(kind: str, criteria: Criteria, measured: float) -> str:
    if kind == "binary" and criteria.comparison is None:
        return f"measured {measured:g}; yes when >= 1"
    return _note(criteria, measured)


async def resolve(ctx: Context, question_id: str, now: datetime) -> None:
    """Resolve the question from its criteria as known at its ``resolves_at`` (if still due)."""

    async def revise(current: asyncpg.Record) -> dict[str, Any]:
        if current["state"] not in ("open", "closed") or current["judgment"]:
            return {}
        if current["criteria"] is None or current["resolves_at"] > now:
            return {}
        criteria = msgspec.convert(current["criteria"], Criteria)
        known_by = current["resolves_at"]
        measured = await measure_criteria(ctx, current["dataset"], criteria, known_by=known_by)
        value, yes = outcome(current["kind"], criteria, measured.value)
        resolution = Resolution(
            value=value,
            outcome=yes,
            resolved_at=now,
            known_by=known_by,
            resolved_by=WORKER,
            evidence=measured.evidence,
            note=_binary_note(current["kind"], criteria, measured.value),
        )
        return {"state": "resolved", "resolution": msgspec.to_builtins(resolution)}

    await _QUESTIONS.update(ctx, question_id, None, revise)


async def close(ctx: Context, question_id: str, now: datetime) -> None:
    """Close the question: its ``closes_at`` has passed (if it is still open)."""

    async def revise(current: asyncpg.Record) -> dict[str, Any]:
        if current["state"] != "open" or current["closes_at"] > now:
            return {}
        return {"state": "closed"}

    await _QUESTIONS.update(ctx, question_id, None, revise)


async def recheck(ctx: Context, question_id: str, now: datetime) -> None:
    """Measure a resolved question again on the data as known by its ``resolves_at``: flag it
    for review if the answer now differs, clear the flag if it agrees again."""

    async def revise(current: asyncpg.Record) -> dict[str, Any]:
        if current["state"] != "resolved" or current["judgment"] or current["criteria"] is None:
            return {}
        resolution = msgspec.convert(current["resolution"], Resolution)
        criteria = msgspec.convert(current["criteria"], Criteria)
        measured = await measure_criteria(
            ctx, current["dataset"], criteria, known_by=current["resolves_at"]
        )
        value, _ = outcome(current["kind"], criteria, measured.value)
        review = current["review"]
        if value == resolution.value:
            return {} if review is None else {"review": None}
        if review is not None and review.get("current_value") == value:
            return {}
        flagged = Review(
            flagged_at=now,
            resolved_value=resolution.value,
            current_value=value,
            reason=(
                f"the data as known by {current['resolves_at'].isoformat()} were corrected "
                f"after the resolution: the criteria now give {value:g}, the resolution "
                f"says {resolution.value:g} ({_note(criteria, measured.value)})"
            ),
        )
        return {"review": msgspec.to_builtins(flagged)}

    await _QUESTIONS.update(ctx, question_id, None, revise)


def _window_holds(criteria: Any, days: set[date]) -> bool:
    start = date.fromisoformat(criteria["window_start"])
    end = date.fromisoformat(criteria["window_end"])
    return any(start <= d <= end for d in days)


@dataclass
class QuestionResolution:
    """Closes questions, resolves them at their resolution date, flags late corrections."""

    name: str = "questions"
    resources: frozenset[str] | None = frozenset({"event", "statement", "observation"})
    clock: Callable[[], datetime] = field(default=_utc_now)
    """Now: the instant questions close and resolve by (tests set it)."""
    batch: int = 20
    """Questions closed, and questions resolved, per step at most."""

    async def handle(self, ctx: Context, entries: Sequence[FeedEntry]) -> None:
        """Measure again the resolved questions whose answer the entries may move."""
        due: dict[str, None] = {}
        for resource, over, days_of in (
            ("event", "events", event_days),
            ("statement", "statements", statement_days),
        ):
            changed = [e for e in entries if e.resource == resource]
            if not changed:
                continue
            days = await days_of(ctx, [e.record_id for e in changed], [e.version for e in changed])
            for row in await repo.resolved_questions(ctx, sorted(days), [over]):
                criteria = row["criteria"]
                if criteria.get("indicator_id") is not None or _window_holds(
                    criteria, days.get(row["dataset"], set())
                ):
                    due.setdefault(row["id"])
        observations = [e.record_id for e in entries if e.resource == "observation"]
        if observations:
            indicators = set(await observation_indicators(ctx, observations))
            datasets = sorted({e.dataset for e in entries if e.resource == "observation"})
            for row in await repo.resolved_questions(ctx, datasets, []):
                if row["criteria"].get("indicator_id") in indicators:
                    due.setdefault(row["id"])
        now = self.clock()
        for question_id in due:
            await recheck(ctx, question_id, now)

    async def settle(self, ctx: Context) -> bool:
        """Close and resolve the questions due by now, a batch at a time; whether more are."""
        now = self.clock()
        closing = await repo.closing_due(ctx, now, self.batch + 1)
        for question_id in closing[: self.batch]:
            await close(ctx, question_id, now)
        resolving = await repo.resolution_due(ctx, now, self.batch + 1)
        for question_id in resolving[: self.batch]:
            await resolve(ctx, question_id, now)
        return len(closing) > self.batch or len(resolving) > self.batch

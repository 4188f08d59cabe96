"""The rules of questions: criteria a machine can check, a sound window, and how an answer
is given.

A question's criteria, kind and window are fixed at creation (the patch type has no field for
them). The worker closes a question at ``closes_at`` and resolves one that is not a judgment
question at ``resolves_at`` (``watchfloor.forecasting.handler``); over HTTP an analyst
resolves a judgment question once ``resolves_at`` has passed, re-resolves one flagged for
review, or annuls a question with a reason.
"""

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import asyncpg
import msgspec

from watchfloor.computed import periods as p
from watchfloor.computed.service import checked_selection, definition_problems
from watchfloor.context import Context
from watchfloor.errors import FieldError, Unprocessable, WatchfloorError
from watchfloor.forecasting.criteria import definition_of, whole_periods
from watchfloor.persistence.records import Records
from watchfloor.persistence.store import ListQuery
from watchfloor.resources.questions import repository as repo
from watchfloor.resources.questions.schemas import (
    DEFAULT_LEVELS,
    Criteria,
    QuestionCreate,
    QuestionFilters,
    QuestionPatch,
    Resolution,
    ResolutionEvidence,
)
from watchfloor.versioned import VersionedService, sent_fields

__all__ = ("QuestionService", "checked_criteria")


def _moved(error: FieldError) -> FieldError:
    pointer = error.pointer
    if pointer is not None and pointer.startswith("/definition/"):
        pointer = "/criteria/" + pointer.removeprefix("/definition/")
    return replace(error, pointer=pointer)


def _increasing(values: list[float], pointer: str, what: str) -> list[FieldError]:
    return [
        FieldError(
            f"{pointer}/{i}", f"{what} must be strictly increasing: {v} after {values[i - 1]}"
        )
        for i, v in enumerate(values)
        if i > 0 and v <= values[i - 1]
    ]


async def checked_criteria(
    ctx: Context, dataset: str, kind: str, criteria: Criteria
) -> tuple[dict[str, Any], list[FieldError]]:
    """The criteria as stored, and what is wrong with them: each problem a pointer under
    ``/criteria``. A binary question without a comparison is answered yes at ``>= 1``."""
    problems: list[FieldError] = []
    if criteria.window_end < criteria.window_start:
        problems.append(
            FieldError(
                "/criteria/window_end",
                f"{criteria.window_end} is before window_start {criteria.window_start}",
            )
        )
    elif (criteria.window_end - criteria.window_start).days >= MAX_WINDOW_DAYS:
        problems.append(
            FieldError("/criteria/window_end", f"a window is at most {MAX_WINDOW_DAYS} days")
        )
    if kind != "binary" and criteria.comparison is not None:
        problems.append(
            FieldError("/criteria/comparison", f"only a binary question compares; this is {kind}")
        )
    if criteria.indicator_id is not None and criteria.over is not None:
        problems.append(
            FieldError("/criteria/over", "give indicator_id or over (what to measure), not both")
        )
    elif criteria.indicator_id is None and criteria.over is None:
        problems.append(
            FieldError(
                "/criteria",
                "the criteria name nothing: give indicator_id, or over (events or statements) "
                "with filters",
            )
        )
    elif criteria.indicator_id is not None:
        problems += await _indicator_problems(ctx, dataset, criteria)
    else:
        problems += await _selection_problems(ctx, dataset, criteria)
    return msgspec.to_builtins(criteria), problems


async def _indicator_problems(ctx: Context, dataset: str, criteria: Criteria) -> list[FieldError]:
    assert criteria.indicator_id is not None
    problems: list[FieldError] = []
    if criteria.filters:
        problems.append(
            FieldError("/criteria/filters", "filters go with over; an indicator has its own")
        )
    indicator = await repo.indicator_row(ctx, criteria.indicator_id)
    if indicator is None or not ctx.may_see(indicator["dataset"]):
        return [
            *problems,
            FieldError("/criteria/indicator_id", f"no indicator {criteria.indicator_id}"),
        ]
    if indicator["dataset"] != dataset:
        return [
            *problems,
            FieldError(
                "/criteria/indicator_id",
                f"indicator {criteria.indicator_id} is in dataset {indicator['dataset']}, "
                f"not {dataset}",
            ),
        ]
    unit = p.UNITS.get(indicator["frequency"])
    if (
        unit is not None
        and criteria.window_end >= criteria.window_start
        and not whole_periods(criteria.window_start, criteria.window_end, unit)
    ):
        problems.append(
            FieldError(
                "/criteria/window_start",
                f"no whole {indicator['frequency']} period of the indicator lies in "
                f"{criteria.window_start}..{criteria.window_end}: the criteria would measure "
                "nothing",
            )
        )
    return problems


async def _selection_problems(ctx: Context, dataset: str, criteria: Criteria) -> list[FieldError]:
    definition = definition_of(criteria)
    try:
        selection = checked_selection(definition)
    except WatchfloorError as exc:
        moved = [_moved(e) for e in exc.errors]
        # Criteria's filters are an open object in the schema (the selection depends on
        # `over`), so a filter neither list has is refused like every other rule: 422.
        return moved
    # The frequency does not matter to criteria (they measure a window): any calendar one.
    found = await definition_problems(ctx, dataset, "monthly", definition, selection)
    return [_moved(e) for e in found]


MAX_WINDOW_DAYS = 36_600
"""The longest window a criteria may measure: a hundred years."""


def _resolution_window(data: QuestionCreate, criteria: Criteria) -> list[FieldError]:
    """A question the worker resolves does so after its window has ended."""
    if data.judgment:
        return []
    try:
        day_after = datetime.combine(
            criteria.window_end + timedelta(days=1), datetime.min.time(), UTC
        )
    except OverflowError:
        return [FieldError("/resolves_at", "the window ends at the end of the calendar")]
    if data.resolves_at < day_after:
        return [
            FieldError(
                "/resolves_at",
                f"resolves before the window ends: at or after {day_after.isoformat()}",
            )
        ]
    return []


def _closing_problems(
    current: asyncpg.Record, closes_at: datetime, now: datetime
) -> list[FieldError]:
    if current["state"] != "open":
        return [FieldError("/closes_at", f"the question is {current['state']}, not open")]
    if closes_at <= max(now, current["opens_at"]):
        return [FieldError("/closes_at", "must be after now and after opens_at")]
    if closes_at > current["resolves_at"]:
        return [FieldError("/closes_at", "must be at or before resolves_at")]
    return []


class QuestionService(VersionedService[QuestionCreate, QuestionPatch, QuestionFilters]):
    """Create, read, resolve, annul and delete questions."""

    records = Records(repo.QUESTIONS, "question")

    async def values(self, ctx: Context, data: QuestionCreate) -> dict[str, Any]:
        values = msgspec.structs.asdict(data)
        opens_at = data.opens_at if data.opens_at is not None else await repo.now(ctx)
        values["opens_at"] = opens_at
        problems: list[FieldError] = []
        if data.criteria is None:
            if not data.judgment:
                problems.append(
                    FieldError(
                        "/criteria",
                        "required unless judgment is true (a question an analyst resolves)",
                    )
                )
        else:
            stored, found = await checked_criteria(ctx, data.dataset, data.kind, data.criteria)
            values["criteria"] = stored
            problems += found
            problems += _resolution_window(data, data.criteria)
        if data.closes_at <= opens_at:
            problems.append(
                FieldError("/closes_at", f"{data.closes_at.isoformat()} is not after opens_at")
            )
        if data.resolves_at < data.closes_at:
            problems.append(
                FieldError("/resolves_at", f"{data.resolves_at.isoformat()} is before closes_at")
            )
        if data.kind == "binary":
            if data.bins is not None:
                problems.append(FieldError("/bins", "a binary question takes a probability"))
            if tuple(data.quantile_levels) != DEFAULT_LEVELS:
                problems.append(
                    FieldError("/quantile_levels", "a binary question takes a probability")
                )
        else:
            problems += _increasing(data.quantile_levels, "/quantile_levels", "levels")
            if data.bins is not None:
                problems += _increasing(data.bins, "/bins", "bin edges")
        if problems:
            raise Unprocessable("The question cannot be asked as sent.", errors=problems)
        return values

    async def revise(
        self, ctx: Context, current: asyncpg.Record, data: QuestionPatch
    ) -> dict[str, Any]:
        changes = sent_fields(data)
        for name in ("resolve", "resolution_note", "evidence", "annul"):
            changes.pop(name, None)
        state = current["state"]
        now = await repo.now(ctx)
        problems: list[FieldError] = []
        if isinstance(data.closes_at, datetime) and data.closes_at != current["closes_at"]:
            problems += _closing_problems(current, data.closes_at, now)
        resolving = not isinstance(data.resolve, msgspec.UnsetType)
        annulling = not isinstance(data.annul, msgspec.UnsetType)
        if resolving and annulling:
            problems.append(FieldError("/annul", "a question is resolved or annulled, not both"))
        elif annulling:
            if state == "annulled":
                problems.append(FieldError("/annul", "the question is already annulled"))
            else:
                changes.update(state="annulled", annulled_reason=data.annul)
        elif resolving:
            assert isinstance(data.resolve, float)
            problems += self._resolution_problems(current, data.resolve, now)
            if not problems:
                changes.update(self._resolved(ctx, current, data, data.resolve, now))
        elif not isinstance(data.resolution_note, msgspec.UnsetType) or not isinstance(
            data.evidence, msgspec.UnsetType
        ):
            problems.append(
                FieldError(
                    "/resolution_note"
                    if not isinstance(data.resolution_note, msgspec.UnsetType)
                    else "/evidence",
                    "goes with resolve",
                )
            )
        if problems:
            raise Unprocessable("The question cannot be changed so.", errors=problems)
        return changes

    def _resolution_problems(
        self, current: asyncpg.Record, value: float, now: datetime
    ) -> list[FieldError]:
        state = current["state"]
        if current["kind"] == "binary" and value not in (0.0, 1.0):
            return [FieldError("/resolve", "a binary question resolves to 1 (yes) or 0 (no)")]
        if current["review"] is not None:
            return []
        if state == "annulled":
            return [FieldError("/resolve", "the question is annulled")]
        if not current["judgment"]:
            return [
                FieldError(
                    "/resolve",
                    "the worker resolves this question from its criteria; an analyst resolves "
                    "it again only once it is flagged for review",
                )
            ]
        if state == "resolved":
            return [FieldError("/resolve", "the question is already resolved")]
        if now < current["resolves_at"]:
            return [
                FieldError(
                    "/resolve", f"the question resolves at {current['resolves_at'].isoformat()}"
                )
            ]
        return []

    def _resolved(
        self,
        ctx: Context,
        current: asyncpg.Record,
        data: QuestionPatch,
        value: float,
        now: datetime,
    ) -> dict[str, Any]:
        # An analyst's answer is the resolution's value (binary: 1 yes, 0 no), not a measure.
        yes = value == 1 if current["kind"] == "binary" else None
        evidence = data.evidence if isinstance(data.evidence, ResolutionEvidence) else None
        note = data.resolution_note if isinstance(data.resolution_note, str) else None
        resolution = Resolution(
            value=value,
            outcome=yes,
            resolved_at=now,
            known_by=now,
            resolved_by=ctx.who,
            evidence=evidence or ResolutionEvidence(),
            note=note,
        )
        return {"state": "resolved", "resolution": msgspec.to_builtins(resolution), "review": None}

    def filter(self, query: ListQuery, filters: QuestionFilters) -> None:
        repo.apply_filters(query, filters)

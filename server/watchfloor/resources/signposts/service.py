"""The rules of signposts: a condition that names real data of the signpost's dataset, and a
status that is the worker's.

An analyst writes ``name``, ``description``, ``scenario_ids``, ``tags`` and ``condition``; the
status fields are computed by the worker (``watchfloor.planning.handler``) and read-only over
HTTP (an import line restores them). A new or changed condition resets them in the same write
and marks the signpost due, so the worker evaluates it anew.
"""

from datetime import UTC, datetime
from typing import Any

import asyncpg
import msgspec

from watchfloor.computed.service import _selection_problems, _statement_problems
from watchfloor.context import Context
from watchfloor.errors import FieldError, Unprocessable
from watchfloor.persistence.records import Records
from watchfloor.persistence.store import ListQuery
from watchfloor.resources.signposts import repository as repo
from watchfloor.resources.signposts.schemas import (
    AlertCondition,
    Condition,
    EventsCondition,
    ForecastCondition,
    IndicatorCondition,
    QuestionCondition,
    SignpostCreate,
    SignpostEvidence,
    SignpostImport,
    SignpostPatch,
    StatementsCondition,
    Window,
)
from watchfloor.versioned import VersionedService, sent_fields

__all__ = ("SignpostService", "condition_problems")

_C = "/condition"

_RESET: dict[str, Any] = {
    "status": "not_seen",
    "changed_at": None,
    "explanation": "",
    "value": None,
    "evidence": msgspec.to_builtins(SignpostEvidence()),
    "retracted": msgspec.to_builtins(SignpostEvidence()),
    "steps": [],
    "evaluated_at": None,
}
"""The computed fields of a signpost the worker has not evaluated yet."""


def _elsewhere(what: str, record_id: str, found: str, dataset: str) -> str:
    return f"{what} {record_id} is in dataset {found}, not {dataset}"


def _window_problems(window: Window) -> list[FieldError]:
    pointer = f"{_C}/window"
    fixed = window.start is not None or window.end is not None
    if window.days is not None and fixed:
        return [FieldError(pointer, "either `days` (a trailing window) or `start` and `end`")]
    if window.days is None and (window.start is None or window.end is None):
        return [FieldError(pointer, "`days`, or both `start` and `end`")]
    if window.start is not None and window.end is not None and window.end < window.start:
        return [FieldError(pointer, f"end {window.end} is before start {window.start}")]
    return []


def _near_side(emerging: float | None, value: float, above: bool, what: str) -> list[FieldError]:
    """``emerging`` must come before ``value`` on the way to it (below it when the condition
    is reached from below)."""
    if emerging is None:
        return []
    if above and not emerging < value:
        return [FieldError(f"{_C}/emerging", f"{emerging} is not below {what} {value}")]
    if not above and not emerging > value:
        return [FieldError(f"{_C}/emerging", f"{emerging} is not above {what} {value}")]
    return []


async def _alert_problems(ctx: Context, dataset: str, c: AlertCondition) -> list[FieldError]:
    found = await repo.problem_rules(ctx, c.problem_id)
    if found is None:
        return [FieldError(f"{_C}/problem_id", f"no warning problem {c.problem_id}")]
    if found[0] != dataset:
        problem = _elsewhere("warning problem", c.problem_id, found[0], dataset)
        return [FieldError(f"{_C}/problem_id", problem)]
    if c.rule_key is not None and c.rule_key not in found[1]:
        return [
            FieldError(
                f"{_C}/rule_key",
                f"the problem has no rule {c.rule_key!r}; its rules: {', '.join(found[1])}",
            )
        ]
    return []


async def _indicator_problems(
    ctx: Context, dataset: str, c: IndicatorCondition
) -> list[FieldError]:
    found = await repo.indicator_dataset(ctx, c.indicator_id)
    if found is None:
        return [FieldError(f"{_C}/indicator_id", f"no indicator {c.indicator_id}")]
    if found != dataset:
        return [
            FieldError(
                f"{_C}/indicator_id", _elsewhere("indicator", c.indicator_id, found, dataset)
            )
        ]
    return _near_side(c.emerging, c.value, c.comparator in (">=", ">"), "value")


async def _question(
    ctx: Context, dataset: str, question_id: str
) -> tuple[str | None, list[FieldError]]:
    """The question's kind, or why it cannot serve."""
    pointer = f"{_C}/question_id"
    found = await repo.question_kind(ctx, question_id)
    if found is None:
        return None, [FieldError(pointer, f"no question {question_id}")]
    if found[0] != dataset:
        return None, [FieldError(pointer, _elsewhere("question", question_id, found[0], dataset))]
    return found[1], []


async def _question_problems(ctx: Context, dataset: str, c: QuestionCondition) -> list[FieldError]:
    kind, problems = await _question(ctx, dataset, c.question_id)
    if kind is None:
        return problems
    if c.comparator is None:
        if c.value is not None:
            return [FieldError(f"{_C}/value", "a value is compared by a `comparator`; none given")]
        if kind != "binary":
            return [
                FieldError(
                    f"{_C}/comparator",
                    f"question {c.question_id} is {kind}: say how its value compares "
                    "(`comparator` and `value`)",
                )
            ]
        return []
    if c.value is None:
        return [FieldError(f"{_C}/value", "required with a comparator")]
    if kind == "binary":
        return [
            FieldError(
                f"{_C}/question_id",
                f"question {c.question_id} is binary: it resolves yes or no (`outcome`), "
                "a comparator needs a count or quantity question",
            )
        ]
    return []


async def _forecast_problems(ctx: Context, dataset: str, c: ForecastCondition) -> list[FieldError]:
    kind, problems = await _question(ctx, dataset, c.question_id)
    if kind is None:
        return problems
    if kind != "binary":
        return [
            FieldError(
                f"{_C}/question_id",
                f"question {c.question_id} is {kind}, not binary: a forecast crosses a probability "
                "only on a binary question",
            )
        ]
    return _near_side(c.emerging, c.probability, c.direction == "above", "probability")


def _filters_at(problems: list[FieldError]) -> list[FieldError]:
    """The computed indicators' filter checks, pointing into the condition instead."""
    return [
        FieldError(
            None if e.pointer is None else e.pointer.replace("/definition", _C, 1),
            e.detail,
            e.parameter,
        )
        for e in problems
    ]


async def _records_problems(
    ctx: Context, c: EventsCondition | StatementsCondition
) -> list[FieldError]:
    problems = _window_problems(c.window)
    if c.emerging is not None and not c.emerging < c.count:
        problems.append(FieldError(f"{_C}/emerging", f"{c.emerging} is not below count {c.count}"))
    if isinstance(c, EventsCondition):
        problems += _filters_at(await _selection_problems(ctx, c.filters))
    else:
        problems += _filters_at(await _statement_problems(ctx, c.filters))
    return problems


async def condition_problems(ctx: Context, dataset: str, c: Condition) -> list[FieldError]:
    """What is wrong with condition ``c`` for a signpost of ``dataset`` (pointers into the
    request body)."""
    if isinstance(c, AlertCondition):
        return await _alert_problems(ctx, dataset, c)
    if isinstance(c, IndicatorCondition):
        return await _indicator_problems(ctx, dataset, c)
    if isinstance(c, QuestionCondition):
        return await _question_problems(ctx, dataset, c)
    if isinstance(c, ForecastCondition):
        return await _forecast_problems(ctx, dataset, c)
    return await _records_problems(ctx, c)


async def _scenario_problems(ctx: Context, dataset: str, ids: list[str]) -> list[FieldError]:
    found = await repo.scenario_datasets(ctx, ids)
    problems = []
    for i, scenario_id in enumerate(ids):
        if scenario_id not in found:
            problems.append(FieldError(f"/scenario_ids/{i}", f"no scenario {scenario_id}"))
        elif found[scenario_id] != dataset:
            where = _elsewhere("scenario", scenario_id, found[scenario_id], dataset)
            problems.append(FieldError(f"/scenario_ids/{i}", where))
    return problems


def _reads(c: Condition) -> dict[str, Any]:
    """The columns the worker's marking reads: what the condition watches."""
    return {
        "problem_id": c.problem_id if isinstance(c, AlertCondition) else None,
        "indicator_id": c.indicator_id if isinstance(c, IndicatorCondition) else None,
        "question_id": (
            c.question_id if isinstance(c, QuestionCondition | ForecastCondition) else None
        ),
    }


async def _check(
    ctx: Context, dataset: str, condition: Condition | None, scenario_ids: list[str] | None
) -> None:
    problems: list[FieldError] = []
    if scenario_ids:
        problems += await _scenario_problems(ctx, dataset, scenario_ids)
    if condition is not None:
        problems += await condition_problems(ctx, dataset, condition)
    if problems:
        raise Unprocessable("The signpost cannot watch what it names.", errors=problems)


def _now() -> datetime:
    return datetime.now(UTC)


class SignpostService(VersionedService[SignpostCreate, SignpostPatch, repo.SignpostFilters]):
    """Create, read, change and delete signposts; the worker lights them."""

    records = Records(repo.SIGNPOSTS, "signpost")

    async def values(self, ctx: Context, data: SignpostCreate) -> dict[str, Any]:
        await _check(ctx, data.dataset, data.condition, data.scenario_ids)
        values = msgspec.structs.asdict(data)
        values["condition"] = msgspec.to_builtins(data.condition)
        values.update(_reads(data.condition))
        if isinstance(data, SignpostImport):
            for name in ("evidence", "retracted", "steps"):
                values[name] = msgspec.to_builtins(values[name])
        else:
            values.update(_RESET)
        return values

    async def create(self, ctx: Context, data: SignpostCreate) -> asyncpg.Record:
        row = await super().create(ctx, data)
        if ctx.sink is None:
            await repo.mark_due(ctx, [row["id"]], _now())
        return row

    async def revise(
        self, ctx: Context, current: asyncpg.Record, data: SignpostPatch
    ) -> dict[str, Any]:
        changes = sent_fields(data)
        condition = data.condition if not isinstance(data.condition, msgspec.UnsetType) else None
        scenario_ids = data.scenario_ids if isinstance(data.scenario_ids, list) else None
        await _check(ctx, current["dataset"], condition, scenario_ids)
        if condition is None:
            return changes
        changes["condition"] = msgspec.to_builtins(condition)
        if changes["condition"] == current["condition"]:
            return changes
        changes.update(_reads(condition))
        changes.update(_RESET)
        await repo.mark_due(ctx, [current["id"]], _now())
        return changes

    def filter(self, query: ListQuery, filters: repo.SignpostFilters) -> None:
        repo.apply_filters(query, filters)

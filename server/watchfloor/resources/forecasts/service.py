"""The rules of forecasts: on an open question, in the shape the question asks for, never
edited, each one superseding the forecaster's previous one on the question.

The question row is locked while a forecast is written, so two forecasts by one forecaster at
once chain (the second supersedes the first) rather than fork. ``key_name`` is the API key
that wrote it and ``created_at`` the server's clock: neither can be sent.
"""

import math
from typing import Any

import asyncpg
import msgspec

from watchfloor.context import Context
from watchfloor.errors import FieldError, Unprocessable
from watchfloor.persistence.records import Records
from watchfloor.persistence.store import ListQuery
from watchfloor.resources.forecasts import repository as repo
from watchfloor.resources.forecasts.schemas import ForecastCreate, ForecastFilters, ForecastPatch
from watchfloor.versioned import VersionedService, sent_fields

__all__ = ("ForecastService", "shape_problems")

BINS_TOLERANCE = 1e-9
"""How far from 1 the probabilities over a question's bins may sum."""


def _outside_unit(data: ForecastCreate) -> list[FieldError]:
    """Probabilities outside [0, 1] and quantile levels outside (0, 1)."""
    problems = []
    if data.probability is not None and not 0 <= data.probability <= 1:
        problems.append(FieldError("/probability", f"{data.probability} is not in [0, 1]"))
    problems += [
        FieldError(f"/bins/{i}", f"{p} is not in [0, 1]")
        for i, p in enumerate(data.bins or [])
        if not 0 <= p <= 1
    ]
    problems += [
        FieldError(f"/quantiles/{i}/level", f"{q.level} is not in (0, 1)")
        for i, q in enumerate(data.quantiles or [])
        if not 0 < q.level < 1
    ]
    return problems


def shape_problems(question: asyncpg.Record, data: ForecastCreate) -> list[FieldError]:
    """What is wrong with the forecast's answer for a question of its kind, levels and bins."""
    given = {name: getattr(data, name) is not None for name in ("probability", "quantiles", "bins")}
    outside = _outside_unit(data)
    if outside:
        return outside
    if question["kind"] == "binary":
        problems = [
            FieldError(f"/{name}", "a binary question takes a probability")
            for name in ("quantiles", "bins")
            if given[name]
        ]
        if not given["probability"]:
            problems.append(FieldError("/probability", "required: P(yes)"))
        return problems
    kind = question["kind"]
    problems = []
    if given["probability"]:
        problems.append(FieldError("/probability", f"a {kind} question takes quantiles or bins"))
    if given["quantiles"] == given["bins"]:
        problems.append(
            FieldError(
                "/bins" if given["quantiles"] else "/quantiles",
                f"a {kind} question takes exactly one of quantiles and bins",
            )
        )
        return problems
    if data.quantiles is not None:
        levels = list(question["quantile_levels"])
        sent = [q.level for q in data.quantiles]
        if sent != levels:
            problems.append(
                FieldError("/quantiles", f"the levels must be the question's: {levels}")
            )
        problems += [
            FieldError(f"/quantiles/{i}/value", f"{q.value} is below the quantile before it")
            for i, q in enumerate(data.quantiles)
            if i > 0 and q.value < data.quantiles[i - 1].value
        ]
    elif data.bins is not None:
        edges = question["bins"]
        if edges is None:
            problems.append(FieldError("/bins", "the question has no bins: give quantiles"))
        elif len(data.bins) != len(edges) + 1:
            problems.append(
                FieldError(
                    "/bins",
                    f"{len(edges) + 1} probabilities for the question's {len(edges)} edges, "
                    f"not {len(data.bins)}",
                )
            )
        elif not math.isclose(math.fsum(data.bins), 1.0, rel_tol=0, abs_tol=BINS_TOLERANCE):
            problems.append(
                FieldError("/bins", f"the probabilities sum to {math.fsum(data.bins)}, not 1")
            )
    return problems


class ForecastService(VersionedService[ForecastCreate, ForecastPatch, ForecastFilters]):
    """Make forecasts and read them; one is never edited nor deleted."""

    records = Records(repo.FORECASTS, "forecast")

    async def values(self, ctx: Context, data: ForecastCreate) -> dict[str, Any]:
        question = await repo.locked_question(ctx, data.question_id)
        if question is None:
            raise _refused("/question_id", f"no question {data.question_id}")
        if question["dataset"] != data.dataset:
            raise _refused(
                "/question_id",
                f"question {data.question_id} is in dataset {question['dataset']}, "
                f"not {data.dataset}",
            )
        now = question["now"]
        if question["state"] != "open" or not question["opens_at"] <= now < question["closes_at"]:
            why = (
                question["state"]
                if question["state"] != "open"
                else "not open yet"
                if now < question["opens_at"]
                else "closed"
            )
            raise _refused(
                "/question_id", f"question {data.question_id} takes no forecast: it is {why}"
            )
        problems = shape_problems(question, data)
        if problems:
            raise Unprocessable("The forecast does not answer the question.", errors=problems)
        values = msgspec.structs.asdict(data)
        values["quantiles"] = (
            None if data.quantiles is None else [msgspec.to_builtins(q) for q in data.quantiles]
        )
        values["key_name"] = ctx.who
        values["supersedes"] = await repo.current_forecast(ctx, data.question_id, data.forecaster)
        return values

    async def revise(
        self, ctx: Context, current: asyncpg.Record, data: ForecastPatch
    ) -> dict[str, Any]:
        return sent_fields(data)

    def filter(self, query: ListQuery, filters: ForecastFilters) -> None:
        repo.apply_filters(query, filters)


def _refused(pointer: str, detail: str) -> Unprocessable:
    return Unprocessable(
        "The forecast cannot be made on this question.", errors=[FieldError(pointer, detail)]
    )

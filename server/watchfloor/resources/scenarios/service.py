"""The rules of scenarios: real actors, questions and sets, a sound likelihood and horizon, and
the likelihoods of a complete set summing to one.

The likelihood is resolved on every read (``repository``); a write checks it as of now.
"""

from datetime import date, datetime
from typing import Any

import asyncpg
import msgspec

from watchfloor.context import Context
from watchfloor.errors import FieldError, Unprocessable
from watchfloor.knowing import knowing_query
from watchfloor.persistence.records import Expected, Records
from watchfloor.persistence.store import ListQuery
from watchfloor.resources.actors.repository import missing_actor_ids
from watchfloor.resources.scenarios import repository as repo
from watchfloor.resources.scenarios.schemas import LikelihoodInput, ScenarioCreate, ScenarioPatch
from watchfloor.versioned import VersionedService, sent_fields

__all__ = ("SUM_TOLERANCE", "ScenarioService", "sum_problem")

SUM_TOLERANCE = 0.005
"""How far from one the likelihoods of a complete set may sum."""


def sum_problem(probabilities: list[float | None], pointer: str) -> FieldError | None:
    """Why these likelihoods cannot be a complete set's, or ``None``."""
    if any(p is None for p in probabilities):
        return FieldError(pointer, "a scenario of the set has no likelihood yet (no forecast)")
    total = sum(p for p in probabilities if p is not None)
    if abs(total - 1) > SUM_TOLERANCE:
        return FieldError(
            pointer,
            f"the set's likelihoods would sum to {total:.4f}, not 1 (± {SUM_TOLERANCE}); "
            "set `complete` to false while the set is rebuilt",
        )
    return None


async def _question_problems(ctx: Context, dataset: str, data: LikelihoodInput) -> list[FieldError]:
    """Why a forecast likelihood's question cannot serve (none, another dataset's, not binary)."""
    pointer = "/likelihood/question_id"
    if data.question_id is None:
        return [FieldError(pointer, f"required for {data.source}")]
    found = await repo.question_kind(ctx, data.question_id)
    if found is None:
        return [FieldError(pointer, f"no question {data.question_id}")]
    if found[0] != dataset:
        return [
            FieldError(
                pointer, f"question {data.question_id} is in dataset {found[0]}, not {dataset}"
            )
        ]
    if found[1] != "binary":
        return [FieldError(pointer, f"question {data.question_id} is {found[1]}, not binary")]
    return []


async def _likelihood(ctx: Context, dataset: str, data: LikelihoodInput) -> dict[str, Any]:
    """The stored columns of a likelihood; 422 with a pointer for each problem."""
    problems: list[FieldError] = []
    if data.source == "analyst":
        if data.probability is None:
            problems.append(FieldError("/likelihood/probability", "required for an analyst's"))
        for name in ("question_id", "forecaster"):
            if getattr(data, name) is not None:
                problems.append(
                    FieldError(f"/likelihood/{name}", "an analyst's likelihood takes none")
                )
    else:
        if data.probability is not None:
            problems.append(
                FieldError(
                    "/likelihood/probability",
                    f"a {data.source} likelihood is taken from a forecast, not stated",
                )
            )
        if data.source == "baseline" and data.forecaster not in (None, repo.BASELINE):
            problems.append(
                FieldError("/likelihood/forecaster", f"the baseline is {repo.BASELINE}")
            )
        problems.extend(await _question_problems(ctx, dataset, data))
    if data.probability is not None and not 0 <= data.probability <= 1:
        problems.append(
            FieldError("/likelihood/probability", f"{data.probability} is not in [0, 1]")
        )
    if problems:
        raise Unprocessable("The scenario's likelihood cannot be resolved.", errors=problems)
    return {
        "likelihood_source": data.source,
        "likelihood_probability": data.probability,
        "likelihood_question_id": data.question_id,
        "likelihood_forecaster": repo.BASELINE if data.source == "baseline" else data.forecaster,
        "likelihood_rationale": data.rationale,
    }


async def _check_actors(ctx: Context, actor_ids: list[str]) -> None:
    missing = set(await missing_actor_ids(ctx, actor_ids))
    if missing:
        raise Unprocessable(
            "The scenario names an actor that does not exist.",
            errors=[
                FieldError(f"/actor_ids/{i}", f"no actor {a}")
                for i, a in enumerate(actor_ids)
                if a in missing
            ],
        )


def _check_window(start: date, end: date) -> None:
    if end < start:
        raise Unprocessable(
            "The scenario's horizon ends before it starts.",
            errors=[FieldError("/window_end", f"{end} is before window_start {start}")],
        )


async def _joined_set(ctx: Context, dataset: str, set_id: str) -> bool:
    """Whether the set (which must exist in ``dataset``) is complete."""
    found = await repo.scenario_set(ctx, set_id)
    if found is None or found[0] != dataset:
        where = "" if found is None else f" in dataset {dataset}"
        raise Unprocessable(
            "The scenario names a scenario set that does not exist.",
            errors=[FieldError("/set_id", f"no scenario set {set_id}{where}")],
        )
    return found[1]


async def _probability_now(ctx: Context, values: dict[str, Any]) -> float | None:
    if values["likelihood_source"] == "analyst":
        p = values["likelihood_probability"]
        return None if p is None else float(p)
    row = await ctx.conn.fetchrow(
        f"SELECT {repo.probability_sql('s', 'now()')} AS p FROM (SELECT "  # noqa: S608
        "$1::text AS likelihood_source, $2::float8 AS likelihood_probability, "
        "$3::text AS likelihood_question_id, $4::text AS likelihood_forecaster) s",
        values["likelihood_source"],
        values["likelihood_probability"],
        values["likelihood_question_id"],
        values["likelihood_forecaster"],
    )
    assert row is not None
    p = row["p"]
    return None if p is None else float(p)


async def _check_sets(
    ctx: Context,
    scenario_id: str | None,
    left: str | None,
    joined: str | None,
    joined_complete: bool,
    likelihood: dict[str, Any] | None,
) -> None:
    """A complete set the scenario leaves or joins (or whose likelihood it changes) must still
    sum to one."""
    excluding = [scenario_id] if scenario_id else []
    if left is not None and left != joined:
        found = await repo.scenario_set(ctx, left)
        if found is not None and found[1]:
            problem = sum_problem(await repo.set_probabilities(ctx, left, excluding), "/set_id")
            if problem:
                raise Unprocessable(
                    "A complete scenario set would not sum to one.", errors=[problem]
                )
    if joined is not None and joined_complete and likelihood is not None:
        others = await repo.set_probabilities(ctx, joined, excluding)
        mine = await _probability_now(ctx, likelihood)
        problem = sum_problem([*others, mine], "/likelihood/probability")
        if problem:
            raise Unprocessable("A complete scenario set would not sum to one.", errors=[problem])


_LIKELIHOOD_COLUMNS = (
    "likelihood_source",
    "likelihood_probability",
    "likelihood_question_id",
    "likelihood_forecaster",
)


class ScenarioService(VersionedService[ScenarioCreate, ScenarioPatch, repo.ScenarioFilters]):
    """Create, read, change and delete scenarios."""

    records = Records(repo.SCENARIOS, "scenario")

    async def values(self, ctx: Context, data: ScenarioCreate) -> dict[str, Any]:
        _check_window(data.window_start, data.window_end)
        await _check_actors(ctx, data.actor_ids)
        likelihood = await _likelihood(ctx, data.dataset, data.likelihood)
        if data.set_id is not None:
            complete = await _joined_set(ctx, data.dataset, data.set_id)
            await _check_sets(ctx, None, None, data.set_id, complete, likelihood)
        values = msgspec.structs.asdict(data)
        del values["likelihood"]
        values.update(likelihood)
        return values

    async def revise(
        self, ctx: Context, current: asyncpg.Record, data: ScenarioPatch
    ) -> dict[str, Any]:
        changes = sent_fields(data)
        start = changes.get("window_start", current["window_start"])
        end = changes.get("window_end", current["window_end"])
        _check_window(start, end)
        if isinstance(data.actor_ids, list):
            await _check_actors(ctx, data.actor_ids)
        likelihood = {c: current[c] for c in _LIKELIHOOD_COLUMNS}
        if isinstance(data.likelihood, LikelihoodInput):
            del changes["likelihood"]
            changes.update(await _likelihood(ctx, current["dataset"], data.likelihood))
            likelihood = {c: changes[c] for c in _LIKELIHOOD_COLUMNS}
        joined = changes.get("set_id", current["set_id"])
        complete = False
        if joined is not None and ("set_id" in changes or "likelihood_source" in changes):
            complete = await _joined_set(ctx, current["dataset"], joined)
        await _check_sets(ctx, current["id"], current["set_id"], joined, complete, likelihood)
        return changes

    async def delete(self, ctx: Context, record_id: str, expected: Expected) -> asyncpg.Record:
        current = await self.records.get(ctx, record_id)
        await _check_sets(ctx, record_id, current["set_id"], None, False, None)
        return await super().delete(ctx, record_id, expected)

    def list_query(self, filters: repo.ScenarioFilters, as_of: datetime | None) -> ListQuery:
        return knowing_query(self.records, as_of, filters.known_by)

    def filter(self, query: ListQuery, filters: repo.ScenarioFilters) -> None:
        repo.apply_filters(query, filters)

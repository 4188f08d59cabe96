"""The rules of scenario sets: a real question, and a complete set sums to one."""

from datetime import datetime
from typing import Any

import asyncpg
import msgspec

from watchfloor.context import Context
from watchfloor.errors import FieldError, Unprocessable
from watchfloor.knowing import knowing_query
from watchfloor.persistence.records import Records
from watchfloor.persistence.store import ListQuery
from watchfloor.resources.scenario_sets import repository as repo
from watchfloor.resources.scenario_sets.schemas import ScenarioSetCreate, ScenarioSetPatch
from watchfloor.resources.scenarios.repository import question_kind, set_probabilities
from watchfloor.resources.scenarios.service import sum_problem
from watchfloor.versioned import VersionedService, sent_fields

__all__ = ("ScenarioSetService",)


async def _check_question(ctx: Context, dataset: str, question_id: str | None) -> None:
    if question_id is None:
        return
    found = await question_kind(ctx, question_id)
    if found is None or found[0] != dataset:
        where = "" if found is None else f" in dataset {dataset}"
        raise Unprocessable(
            "The scenario set names a question that does not exist.",
            errors=[FieldError("/question_id", f"no question {question_id}{where}")],
        )


class ScenarioSetService(
    VersionedService[ScenarioSetCreate, ScenarioSetPatch, repo.ScenarioSetFilters]
):
    """Create, read, change and delete scenario sets."""

    records = Records(repo.SCENARIO_SETS, "scenario set")

    async def values(self, ctx: Context, data: ScenarioSetCreate) -> dict[str, Any]:
        await _check_question(ctx, data.dataset, data.question_id)
        if data.complete:
            # A new set has no scenarios yet: they cannot sum to one.
            raise Unprocessable(
                "A new scenario set has no scenarios to sum to one.",
                errors=[FieldError("/complete", "add its scenarios first, then set it")],
            )
        return msgspec.structs.asdict(data)

    async def revise(
        self, ctx: Context, current: asyncpg.Record, data: ScenarioSetPatch
    ) -> dict[str, Any]:
        changes = sent_fields(data)
        if isinstance(data.question_id, str):
            await _check_question(ctx, current["dataset"], data.question_id)
        if data.complete is True:
            problem = sum_problem(await set_probabilities(ctx, current["id"]), "/complete")
            if problem is not None:
                raise Unprocessable(
                    "The scenario set's likelihoods do not sum to one.", errors=[problem]
                )
        return changes

    def list_query(self, filters: repo.ScenarioSetFilters, as_of: datetime | None) -> ListQuery:
        return knowing_query(self.records, as_of, filters.known_by)

    def filter(self, query: ListQuery, filters: repo.ScenarioSetFilters) -> None:
        repo.apply_filters(query, filters)

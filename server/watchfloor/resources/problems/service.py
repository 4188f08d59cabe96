"""The rules of warning problems: rules must be sound and watch indicators of the same dataset.

The worker (``watchfloor.warning.handler``) evaluates a problem's rules whenever its
indicators' data or the rules themselves change; a request never evaluates anything.
"""

from typing import Any

import asyncpg
import msgspec

from watchfloor.context import Context
from watchfloor.errors import FieldError, Unprocessable
from watchfloor.persistence.records import Records
from watchfloor.persistence.store import ListQuery
from watchfloor.resources.actors.repository import missing_actor_ids
from watchfloor.resources.problems import repository as repo
from watchfloor.resources.problems.schemas import (
    CompositeRule,
    Rule,
    WarningProblemCreate,
    WarningProblemPatch,
)
from watchfloor.versioned import VersionedService, sent_fields
from watchfloor.warning.rules import rule_problems

__all__ = ("WarningProblemService", "rule_indicators")


def rule_indicators(rules: list[Rule]) -> list[str]:
    """The indicators the rules watch, in first-mention order."""
    seen: dict[str, None] = {}
    for rule in rules:
        if not isinstance(rule, CompositeRule):
            seen.setdefault(rule.indicator_id)
    return list(seen)


async def _checked_rules(ctx: Context, dataset: str, rules: list[Rule]) -> dict[str, Any]:
    """The stored columns for ``rules``: 422 with a pointer for each problem."""
    problems = list(rule_problems(rules))
    wanted = rule_indicators(rules)
    found = await repo.indicator_datasets(ctx, wanted)
    for i, rule in enumerate(rules):
        if isinstance(rule, CompositeRule):
            continue
        where = found.get(rule.indicator_id)
        if where is None:
            problems.append(
                FieldError(f"/rules/{i}/indicator_id", f"no indicator {rule.indicator_id}")
            )
        elif where != dataset:
            problems.append(
                FieldError(
                    f"/rules/{i}/indicator_id",
                    f"indicator {rule.indicator_id} is in dataset {where}, not {dataset}",
                )
            )
    if problems:
        raise Unprocessable("The warning problem's rules cannot be evaluated.", errors=problems)
    return {"rules": [msgspec.to_builtins(r) for r in rules], "indicator_ids": wanted}


async def _check_actors(ctx: Context, actor_ids: list[str]) -> None:
    missing = set(await missing_actor_ids(ctx, actor_ids))
    if missing:
        raise Unprocessable(
            "The warning problem names an actor that does not exist.",
            errors=[
                FieldError(f"/actor_ids/{i}", f"no actor {a}")
                for i, a in enumerate(actor_ids)
                if a in missing
            ],
        )


class WarningProblemService(
    VersionedService[WarningProblemCreate, WarningProblemPatch, repo.ProblemFilters]
):
    """Create, read, change and delete warning problems."""

    records = Records(repo.PROBLEMS, "warning problem")

    async def values(self, ctx: Context, data: WarningProblemCreate) -> dict[str, Any]:
        await _check_actors(ctx, data.actor_ids)
        values = msgspec.structs.asdict(data)
        values.update(await _checked_rules(ctx, data.dataset, data.rules))
        return values

    async def revise(
        self, ctx: Context, current: asyncpg.Record, data: WarningProblemPatch
    ) -> dict[str, Any]:
        changes = sent_fields(data)
        if isinstance(data.actor_ids, list):
            await _check_actors(ctx, data.actor_ids)
        if isinstance(data.rules, list):
            changes.update(await _checked_rules(ctx, current["dataset"], data.rules))
        return changes

    def filter(self, query: ListQuery, filters: repo.ProblemFilters) -> None:
        repo.apply_filters(query, filters)

"""The rules of contingency plans: a real problem, sound branches, decisions in order.

A write checks every branch: unique keys, exactly one owner (a real actor, or a role), unique
option keys and ``requires`` naming the branch's options without a circle, and a trigger at
most five deep naming live signposts of the plan's dataset and branches of the plan without a
circle. Each problem is a 422 with its pointer. Branch state is the worker's (firing) and the
analysts' (``decide``): a patch of ``branches`` keeps each branch's state by key.
"""

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import asyncpg
import msgspec

from watchfloor.context import Context
from watchfloor.errors import FieldError, Unprocessable
from watchfloor.persistence.records import Records
from watchfloor.persistence.store import ListQuery
from watchfloor.planning.branches import (
    agenda_branch,
    branch_at,
    cycle,
    decide,
    leaves,
    merged,
    trigger_depth,
)
from watchfloor.resources.actors.repository import missing_actor_ids
from watchfloor.resources.plans import repository as repo
from watchfloor.resources.plans.render import branches_of
from watchfloor.resources.plans.schemas import (
    MAX_TRIGGER_DEPTH,
    AgendaBranch,
    Branch,
    BranchInput,
    BranchTrigger,
    Decision,
    PlanCreate,
    PlanImport,
    PlanPatch,
    SignpostTrigger,
)
from watchfloor.versioned import VersionedService, sent_fields

__all__ = ("PlanService", "agenda_of", "dataset_agenda", "signposts_of")


def signposts_of(branches: Sequence[BranchInput]) -> list[str]:
    """Every signpost the branches' triggers read, sorted."""
    return sorted(
        {
            t.signpost_id
            for b in branches
            for _, t in leaves(b.trigger)
            if isinstance(t, SignpostTrigger)
        }
    )


def _option_problems(i: int, branch: BranchInput) -> list[FieldError]:
    problems: list[FieldError] = []
    keys = [o.key for o in branch.options]
    for j, option in enumerate(branch.options):
        at = f"/branches/{i}/options/{j}"
        if option.key in keys[:j]:
            problems.append(FieldError(f"{at}/key", f"option {option.key} appears twice"))
        for k, ref in enumerate(option.requires):
            if ref not in keys:
                problems.append(FieldError(f"{at}/requires/{k}", f"no option {ref} in the branch"))
    requires = {o.key: [r for r in o.requires if r in keys] for o in branch.options}

    def circular(key: str, path: tuple[str, ...]) -> bool:
        if key in path:
            return True
        return any(circular(r, (*path, key)) for r in requires.get(key, []))

    for j, option in enumerate(branch.options):
        if any(circular(r, (option.key,)) for r in requires[option.key]):
            problems.append(
                FieldError(
                    f"/branches/{i}/options/{j}/requires",
                    f"option {option.key} requires itself through a circle of options",
                )
            )
            break
    return problems


async def _branch_problems(
    ctx: Context, dataset: str, branches: Sequence[BranchInput]
) -> list[FieldError]:
    problems: list[FieldError] = []
    keys = [b.key for b in branches]
    signposts = await repo.signpost_datasets(ctx, signposts_of(branches))
    actors = [b.owner.actor_id for b in branches if b.owner.actor_id is not None]
    missing = set(await missing_actor_ids(ctx, actors)) if actors else set()
    for i, branch in enumerate(branches):
        at = f"/branches/{i}"
        if branch.key in keys[:i]:
            problems.append(FieldError(f"{at}/key", f"branch {branch.key} appears twice"))
        if (branch.owner.actor_id is None) == (branch.owner.role is None):
            problems.append(FieldError(f"{at}/owner", "exactly one of actor_id and role"))
        elif branch.owner.actor_id in missing:
            problems.append(FieldError(f"{at}/owner/actor_id", f"no actor {branch.owner.actor_id}"))
        problems.extend(_option_problems(i, branch))
        if trigger_depth(branch.trigger) > MAX_TRIGGER_DEPTH:
            problems.append(
                FieldError(
                    f"{at}/trigger", f"nested deeper than {MAX_TRIGGER_DEPTH} levels of all/any"
                )
            )
        for pointer, leaf in leaves(branch.trigger):
            where = f"{at}/trigger{pointer}"
            if isinstance(leaf, SignpostTrigger):
                found = signposts.get(leaf.signpost_id)
                if found is None:
                    problems.append(
                        FieldError(f"{where}/signpost_id", f"no signpost {leaf.signpost_id}")
                    )
                elif found != dataset:
                    problems.append(
                        FieldError(
                            f"{where}/signpost_id",
                            f"signpost {leaf.signpost_id} is in dataset {found}, not {dataset}",
                        )
                    )
            elif isinstance(leaf, BranchTrigger) and leaf.branch not in keys:
                problems.append(
                    FieldError(f"{where}/branch", f"no branch {leaf.branch} in the plan")
                )
    circle = cycle(branches)
    if circle is not None:
        problems.append(
            FieldError(
                f"/branches/{keys.index(circle[0])}/trigger",
                "circular triggers: " + " → ".join(circle),
            )
        )
    return problems


async def _checked_branches(
    ctx: Context, dataset: str, branches: Sequence[BranchInput], current: Sequence[Branch]
) -> dict[str, Any]:
    """The stored columns of ``branches`` (keeping the state of ``current`` by key); 422."""
    problems = await _branch_problems(ctx, dataset, branches)
    if problems:
        raise Unprocessable("The plan's branches are not sound.", errors=problems)
    by_key = {b.key: b for b in current}
    return {
        "branches": msgspec.to_builtins([merged(b, by_key.get(b.key)) for b in branches]),
        "signpost_ids": signposts_of(branches),
    }


def _definition(branch: Branch) -> BranchInput:
    """What an analyst wrote of a branch (its state left out)."""
    return BranchInput(**{f: getattr(branch, f) for f in BranchInput.__struct_fields__})


class PlanService(VersionedService[PlanCreate, PlanPatch, repo.PlanFilters]):
    """Create, read, change and delete plans; record decisions."""

    records = Records(repo.PLANS, "plan")

    async def values(self, ctx: Context, data: PlanCreate | PlanImport) -> dict[str, Any]:
        found = await repo.problem_dataset(ctx, data.problem_id)
        if found is None or found != data.dataset:
            where = "" if found is None else f" in dataset {data.dataset}"
            raise Unprocessable(
                "The plan names a warning problem that does not exist.",
                errors=[FieldError("/problem_id", f"no warning problem {data.problem_id}{where}")],
            )
        values = msgspec.structs.asdict(data)
        if isinstance(data, PlanImport):
            # An exported line: the definitions are checked, the state comes with them.
            inputs = [_definition(b) for b in data.branches]
            values.update(await _checked_branches(ctx, data.dataset, inputs, data.branches))
        else:
            values.update(await _checked_branches(ctx, data.dataset, data.branches, []))
        return values

    async def revise(
        self, ctx: Context, current: asyncpg.Record, data: PlanPatch
    ) -> dict[str, Any]:
        changes = sent_fields(data)
        if isinstance(data.branches, list):
            changes.update(
                await _checked_branches(
                    ctx, current["dataset"], data.branches, branches_of(current)
                )
            )
        return changes

    async def decide(self, ctx: Context, plan_id: str, decision: Decision) -> asyncpg.Record:
        """A new version of the plan with the decision on one branch (stamped now, by the key)."""

        async def revise(current: asyncpg.Record) -> dict[str, Any]:
            branches = branches_of(current)
            keys = [b.key for b in branches]
            if decision.branch not in keys:
                raise Unprocessable(
                    "The decision names a branch the plan does not have.",
                    errors=[FieldError("/branch", f"no branch {decision.branch}: {keys}")],
                )
            i = keys.index(decision.branch)
            branches[i] = decide(branches[i], decision, ctx.who, datetime.now(UTC))
            return {"branches": msgspec.to_builtins(branches)}

        return await self.records.update(ctx, plan_id, None, revise)

    def filter(self, query: ListQuery, filters: repo.PlanFilters) -> None:
        repo.apply_filters(query, filters)


def agenda_of(row: asyncpg.Record, at: datetime, known_by: datetime) -> list[AgendaBranch]:
    """Each branch of the plan ``row`` at ``at``, as known by ``known_by``."""
    return [
        agenda_branch(row["id"], row["name"], branch_at(b, known_by), at) for b in branches_of(row)
    ]


async def dataset_agenda(
    ctx: Context, dataset: str, at: datetime, known_by: datetime, as_of: datetime | None
) -> list[AgendaBranch]:
    """The due and overdue branches of the dataset's plans, soonest deadline first."""
    found = [
        b
        for row in await repo.dataset_plans(ctx, dataset, as_of)
        for b in agenda_of(row, at, known_by)
        if b.due or b.overdue
    ]
    return sorted(found, key=lambda b: (b.deadline or at, b.plan_id, b.key))

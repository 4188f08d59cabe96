"""The worker handler of contingency plans: it fires branches and keeps their alerts.

A change of a signpost (the signposts worker writes a new version when its status moves) or of
a plan marks the plans that read it *due*; each step evaluates a few due plans
(:meth:`Plans.settle`): every undecided branch's trigger over the signposts' steps in knowledge
time (:func:`watchfloor.planning.branches.fire`), and its alert reconciled with it — a branch
that fires opens an alert (``opened_at`` the instant the trigger first held), a decision or a
stand-down closes it, a trigger that no longer ever held (data retracted) before a decision
withdraws it and returns the branch to ``dormant``. The plan gets a new version only when a
branch changed. Marks, alerts and plans are written in the step's transaction with the
handler's position, so a crash loses nothing and repeats nothing: the same steps give the same
branches, and a branch that has an alert updates that one rather than opening another.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import asyncpg
import msgspec

from watchfloor.context import Context
from watchfloor.ids import new_id
from watchfloor.persistence.records import Records
from watchfloor.planning.branches import fire
from watchfloor.resources.alerts.repository import ALERTS
from watchfloor.resources.plans import repository as repo
from watchfloor.resources.plans.render import branches_of
from watchfloor.resources.plans.repository import PLANS
from watchfloor.resources.plans.schemas import Branch
from watchfloor.resources.signposts.schemas import SignpostStep
from watchfloor.warning.repository import problem_row
from watchfloor.worker.clocks import Clocks
from watchfloor.worker.isolation import settle_each
from watchfloor.worker.positions import FeedEntry

__all__ = ("Plans", "evaluate")

_ALERTS = Records(ALERTS, "alert")
_PLANS = Records(PLANS, "plan")
_TICK = timedelta(microseconds=1)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _rationale(plan: asyncpg.Record, branch: Branch) -> str:
    owner = branch.owner.role or branch.owner.actor_id
    deadline = "" if branch.deadline is None else f" (by {branch.deadline.isoformat()})"
    text = (
        f"Contingency plan {plan['name']!r}: branch {branch.name!r} ({branch.key}) triggered; "
        f"a decision by {owner} is due within {branch.deadline_hours:g} h{deadline}."
    )
    return text[:2000]


def _closing(branch: Branch) -> datetime | None:
    """When the branch's alert closes: its first decision or stand-down, if any."""
    step = next((s for s in branch.steps if s.state in ("decided", "stood_down")), None)
    return None if step is None else step.at


async def _write(ctx: Context, alert: asyncpg.Record, values: dict[str, Any]) -> None:
    """A new version of ``alert`` with ``values``, if any differs (the analyst's note stays)."""
    changed = {k: v for k, v in values.items() if alert[k] != v}
    if not changed:
        return

    async def revise(current: asyncpg.Record) -> dict[str, Any]:
        return changed

    await _ALERTS.update(ctx, alert["id"], None, revise)


async def _close(ctx: Context, alert: asyncpg.Record, at: datetime) -> None:
    if not alert["withdrawn"] and alert["closed_at"] is None:
        await _write(ctx, alert, {"closed_at": max(at, alert["opened_at"] + _TICK)})


async def _alert(
    ctx: Context,
    plan: asyncpg.Record,
    actors: list[str],
    branch: Branch,
    alert: asyncpg.Record | None,
) -> str | None:
    """The alert of ``branch`` brought in line with it; its id (``None`` while dormant)."""
    if branch.triggered_at is None:
        if alert is not None and not alert["withdrawn"]:
            await _write(ctx, alert, {"withdrawn": True})
        return None
    closing = _closing(branch)
    values = {
        "problem_id": plan["problem_id"],
        "rule_key": f"plan-{branch.key}",
        "level": branch.level,
        "actor_ids": actors,
        "opened_at": branch.triggered_at,
        "closed_at": None if closing is None else max(closing, branch.triggered_at + _TICK),
        "withdrawn": False,
        "rationale": _rationale(plan, branch),
        "plan_id": plan["id"],
        "branch_key": branch.key,
    }
    if alert is None or alert["withdrawn"]:
        alert_id = new_id("alert")
        await _ALERTS.create(ctx, {"id": alert_id, "dataset": plan["dataset"], **values})
        return alert_id
    await _write(ctx, alert, values)
    return str(alert["id"])


async def evaluate(ctx: Context, plan_id: str, now: datetime, wall: datetime | None = None) -> None:
    """Bring the plan's branches and their alerts in line with its signposts' steps.

    ``now`` is the plan's dataset's now (an exercise's game time): a dropped branch's alert
    closes then; ``wall`` (default ``now``) is the transaction time stamped ``evaluated_at``.
    """
    plan = await repo.plan_row(ctx, plan_id)
    alerts = {a["id"]: a for a in await repo.plan_alerts(ctx, plan_id)}
    if plan is None or plan["deleted_at"] is not None:
        for row in alerts.values():
            await _close(ctx, row, now)
        return
    stored = await repo.signpost_steps(ctx, plan["signpost_ids"])
    steps = {k: msgspec.convert(v, list[SignpostStep]) for k, v in stored.items()}
    problem = await problem_row(ctx, plan["problem_id"])
    actors = [] if problem is None else list(problem["actor_ids"])
    branches = fire(branches_of(plan), steps, plan["armed_from"])
    kept: set[str] = set()
    for i, branch in enumerate(branches):
        alert = alerts.get(branch.alert_id) if branch.alert_id else None
        alert_id = await _alert(ctx, plan, actors, branch, alert)
        if alert_id is not None:
            kept.add(alert_id)
        branches[i] = msgspec.structs.replace(branch, alert_id=alert_id)
    for row in alerts.values():
        if row["id"] not in kept:
            # A branch dropped from the plan: its alert closes now.
            await _close(ctx, row, now)
    written = msgspec.to_builtins(branches)
    if written == plan["branches"] and plan["evaluated_at"] is not None:
        return

    async def revise(current: asyncpg.Record) -> dict[str, Any]:
        return {"branches": written, "evaluated_at": now if wall is None else wall}

    await _PLANS.update(ctx, plan_id, None, revise)


@dataclass
class Plans:
    """Fires the branches of every contingency plan and raises, closes or withdraws their
    alerts."""

    name: str = "plans"
    resources: frozenset[str] | None = frozenset({"signpost", "plan"})
    clock: Callable[[], datetime] = field(default=_utc_now)
    """Wall now (tests set it): when a dropped branch's alert closes — an exercise dataset's
    game time at it, ``worker/clocks.py`` — and the plans' ``evaluated_at``."""
    batch: int = 10
    """Plans evaluated per step at most."""

    async def handle(self, ctx: Context, entries: Sequence[FeedEntry]) -> None:
        """Mark the plans the entries may move as due now."""
        due = [e.record_id for e in entries if e.resource == "plan"]
        signposts = [e.record_id for e in entries if e.resource == "signpost"]
        if signposts:
            due += await repo.plans_of_signposts(ctx, signposts)
        await repo.mark_due(ctx, due, self.clock())

    async def settle(self, ctx: Context) -> bool:
        """Evaluate the plans due by now, a batch at a time; whether more are due."""
        wall = self.clock()
        due = await repo.due_plans(ctx, wall, self.batch + 1)
        batch = list(due)[: self.batch]
        clocks = Clocks(ctx, wall)
        await clocks.load(due[i] for i in batch)

        async def settle(plan_id: str) -> None:
            await evaluate(ctx, plan_id, await clocks.now(due[plan_id]), wall)
            await repo.unmark(ctx, plan_id)

        async def retry(plan_id: str, at: datetime) -> None:
            await repo.reschedule(ctx, plan_id, at)

        await settle_each(ctx, self.name, batch, wall, settle, retry)
        return len(due) > self.batch

"""The worker handler of warning: it keeps every problem's alerts equal to its rules' replay.

A change that can move a problem's figures (an event or statement of its dataset, a figure, an
indicator, the problem itself) marks the problem *due*; each step then evaluates a few due
problems (:meth:`WarningRules.settle`): the replay of its rules over knowledge time up to now
(``watchfloor.warning.timeline``), reconciled with its stored alerts — a new episode opens an
alert, a changed one is a new version of its alert, one no longer supported by the data is
withdrawn (a new version too: nothing is overwritten). A problem is also due at its next period
boundary, when an alert may close with no new data. Marks and alerts are written in the step's
transaction with the handler's position, so a crash loses nothing and repeats nothing: the
replay of the same data gives the same episodes, and an unchanged alert gets no version.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import asyncpg
import msgspec

from watchfloor.computed import periods as p
from watchfloor.computed.service import event_filters, statement_filters
from watchfloor.context import Context
from watchfloor.ids import new_id
from watchfloor.persistence.records import Records
from watchfloor.resources.alerts.repository import ALERTS, problem_alerts
from watchfloor.resources.indicators.schemas import (
    IndicatorDefinition,
    StatementSelection,
    selection_of,
)
from watchfloor.resources.problems.schemas import CompositeRule, Rule
from watchfloor.resources.problems.service import rule_indicators
from watchfloor.warning import repository as repo
from watchfloor.warning.timeline import Episode, Fact, Knowledge, boundary, replay
from watchfloor.worker.clocks import Clocks, exercise_datasets
from watchfloor.worker.isolation import settle_each
from watchfloor.worker.positions import FeedEntry

__all__ = ("WarningRules", "evaluate", "load_knowledge")

_ALERTS = Records(ALERTS, "alert")


def _utc_now() -> datetime:
    return datetime.now(UTC)


async def load_knowledge(ctx: Context, indicator_ids: Sequence[str]) -> dict[str, Knowledge]:
    """Each live indicator of ``indicator_ids`` with its facts: one statement per indicator."""
    found = await repo.indicators(ctx, indicator_ids)
    knowledge: dict[str, Knowledge] = {}
    for indicator_id in indicator_ids:
        row = found.get(indicator_id)
        if row is None or row["frequency"] not in p.UNITS:
            continue
        unit = p.UNITS[row["frequency"]]
        if row["definition"] is None:
            facts = [
                Fact(repo.end_of_day(r["vintage"]), r["period_start"], r["id"], "observations",
                     r["value"])
                for r in await repo.figure_facts(ctx, indicator_id)
            ]  # fmt: skip
            measure = "figure"
        else:
            definition = msgspec.convert(row["definition"], IndicatorDefinition)
            measure = definition.measure
            selection = selection_of(definition)
            if isinstance(selection, StatementSelection):
                kind = "statements"
                rows = await repo.statement_facts(ctx, statement_filters(row["dataset"], selection))
            else:
                kind = "events"
                rows = await repo.event_facts(
                    ctx, event_filters(row["dataset"], selection), measure, definition.magnitude
                )
            facts = [Fact(r["at"], r["day"], r["id"], kind, r["value"]) for r in rows]
        knowledge[indicator_id] = Knowledge(indicator_id, unit, measure, row["unit"], facts)
    return knowledge


def _alert_values(
    problem: asyncpg.Record, rules: dict[str, Rule], episode: Episode
) -> dict[str, Any]:
    rule = rules[episode.rule_key]
    watched = (
        rule_indicators([rules[k] for k in rule.of if k in rules])
        if isinstance(rule, CompositeRule)
        else [rule.indicator_id]
    )
    return {
        "problem_id": problem["id"],
        "rule_key": rule.key,
        "level": rule.level,
        "indicator_ids": watched,
        "actor_ids": list(problem["actor_ids"]),
        "opened_at": episode.opened_at,
        "closed_at": episode.closed_at,
        "withdrawn": False,
        "rationale": rule.rationale,
        "steps": msgspec.to_builtins(episode.steps),
    }


def _overlap(alert: asyncpg.Record, episode: Episode) -> bool:
    far = datetime.max.replace(tzinfo=UTC)
    return bool(
        alert["opened_at"] < (episode.closed_at or far)
        and episode.opened_at < (alert["closed_at"] or far)
    )


async def _write(ctx: Context, alert: asyncpg.Record, values: dict[str, Any]) -> None:
    """A new version of ``alert`` with ``values``, if any differs (the analyst's note stays)."""
    changed = {k: v for k, v in values.items() if alert[k] != v}
    if not changed:
        return

    async def revise(current: asyncpg.Record) -> dict[str, Any]:
        return changed

    await _ALERTS.update(ctx, alert["id"], None, revise)


async def evaluate(ctx: Context, problem_id: str, now: datetime) -> datetime | None:
    """Bring the problem's alerts in line with its rules' replay up to ``now``.

    Returns when it is next due without a change of data (its next period boundary).
    """
    problem = await repo.problem_row(ctx, problem_id)
    # A contingency plan's branch alerts are the plans worker's (watchfloor.planning.plans).
    stored = [
        a
        for a in await problem_alerts(ctx, problem_id)
        if not a["withdrawn"] and a["plan_id"] is None
    ]
    if problem is None or problem["deleted_at"] is not None:
        for row in stored:
            await _write(ctx, row, {"withdrawn": True})
        return None
    rules = msgspec.convert(problem["rules"], list[Rule])
    by_key = {r.key: r for r in rules}
    knowledge = await load_knowledge(ctx, rule_indicators(rules))
    episodes = replay(rules, knowledge, now)
    matched: set[str] = set()
    for episode in episodes:
        values = _alert_values(problem, by_key, episode)
        alert = next(
            (
                a
                for a in stored
                if a["id"] not in matched
                and a["rule_key"] == episode.rule_key
                and _overlap(a, episode)
            ),
            None,
        )
        if alert is None:
            await _ALERTS.create(
                ctx, {"id": new_id("alert"), "dataset": problem["dataset"], **values}
            )
        else:
            matched.add(alert["id"])
            await _write(ctx, alert, values)
    for row in stored:
        if row["id"] not in matched:
            await _write(ctx, row, {"withdrawn": True})
    return boundary(now, {k.unit for k in knowledge.values()})


@dataclass
class WarningRules:
    """Opens, moves, closes and withdraws the alerts of every warning problem."""

    name: str = "warning"
    resources: frozenset[str] | None = frozenset(
        {"event", "statement", "observation", "indicator", "warning_problem", "exercise"}
    )
    clock: Callable[[], datetime] = field(default=_utc_now)
    """Wall now (tests set it): replays run up to it, or up to an exercise dataset's game time
    at it (``worker/clocks.py``)."""
    batch: int = 10
    """Problems evaluated per step at most."""

    async def handle(self, ctx: Context, entries: Sequence[FeedEntry]) -> None:
        """Mark the problems the entries may move as due now."""
        due = [e.record_id for e in entries if e.resource == "warning_problem"]
        indicators = [e.record_id for e in entries if e.resource == "indicator"]
        observations = [e.record_id for e in entries if e.resource == "observation"]
        if observations:
            indicators += await repo.observation_indicators(ctx, observations)
        if indicators:
            due += await repo.problems_of_indicators(ctx, indicators)
        for over, resource in (("events", "event"), ("statements", "statement")):
            datasets = sorted({e.dataset for e in entries if e.resource == resource})
            if datasets:
                due += await repo.problems_of_datasets(ctx, datasets, [over])
        # An exercise's clock moved (started, paused, resumed, ended): its problems are
        # evaluated again at the game time now, and due again on the new clock.
        played = exercise_datasets(entries)
        if played:
            due += await repo.problems_in_datasets(ctx, played)
        await repo.mark_due(ctx, due, self.clock())

    async def settle(self, ctx: Context) -> bool:
        """Evaluate the problems due by now, a batch at a time, each up to its dataset's now
        (an exercise's: its game time); whether more are due."""
        wall = self.clock()
        due = await repo.due_problems(ctx, wall, self.batch + 1)
        batch = list(due)[: self.batch]
        clocks = Clocks(ctx, wall)
        await clocks.load(due[i] for i in batch)

        async def settle(problem_id: str) -> None:
            dataset = due[problem_id]
            next_due = await evaluate(ctx, problem_id, await clocks.now(dataset))
            await repo.unmark(ctx, problem_id, await clocks.wall(dataset, next_due))

        async def retry(problem_id: str, at: datetime) -> None:
            await repo.unmark(ctx, problem_id, at)

        await settle_each(ctx, self.name, batch, wall, settle, retry)
        return len(due) > self.batch

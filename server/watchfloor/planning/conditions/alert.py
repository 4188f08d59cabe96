"""Alert conditions: a warning problem's alerts, by the knowledge instants they were open.

Seen while an alert of the problem (of the rule ``rule_key``, when given) at or above the
condition's ``level`` is open; emerging while only lower ones are. An alert is open from its
``opened_at`` until its ``closed_at`` (knowledge time); a withdrawn or deleted one never
counted. The status changes only where an alert opens or closes, so those instants are the
steps; the next of them after ``now`` is when it is due.
"""

from datetime import datetime

from watchfloor.context import Context
from watchfloor.planning.conditions.evidence import evidence_of, step_changes
from watchfloor.planning.evaluation import Evaluation, Record
from watchfloor.resources.alerts.repository import problem_alerts
from watchfloor.resources.signposts.schemas import AlertCondition, SignpostStatus, SignpostStep

__all__ = ("alert_steps",)

_RANK = {"watch": 0, "warning": 1}


async def alert_steps(
    ctx: Context, dataset: str, condition: AlertCondition, now: datetime
) -> Evaluation:
    """The condition's status over knowledge time up to ``now``."""
    alerts = [
        a
        for a in await problem_alerts(ctx, condition.problem_id)
        if not a["withdrawn"]
        and a["dataset"] == dataset
        and (condition.rule_key is None or a["rule_key"] == condition.rule_key)
        and (a["closed_at"] is None or a["closed_at"] > a["opened_at"])
    ]
    level = _RANK[condition.level]
    instants = sorted(
        {a["opened_at"] for a in alerts} | {a["closed_at"] for a in alerts if a["closed_at"]}
    )
    rule = f" rule {condition.rule_key}" if condition.rule_key else ""
    steps: list[SignpostStep] = []
    ever: set[Record] = set()
    next_due = None
    for at in instants:
        if at > now:
            next_due = at
            break
        open_ = [
            a
            for a in alerts
            if a["opened_at"] <= at and (a["closed_at"] is None or at < a["closed_at"])
        ]
        ever.update(("alerts", str(a["id"])) for a in open_)
        high = [a for a in open_ if _RANK[a["level"]] >= level]
        status: SignpostStatus = "seen" if high else "emerging" if open_ else "not_seen"
        # Those at the level first, each group newest opened first.
        open_.sort(
            key=lambda a: (_RANK[a["level"]] >= level, a["opened_at"], a["id"]), reverse=True
        )
        explanation = (
            f"{len(open_)} alert{'s' if len(open_) != 1 else ''} of the problem{rule} open, "
            f"{len(high)} at {condition.level} or above (seen at {condition.level})."
        )
        step_changes(
            steps,
            at,
            status,
            float(len(open_)),
            evidence_of("alerts", [str(a["id"]) for a in open_]),
            explanation,
        )
    return Evaluation(steps=steps, next_due=next_due, records=ever)

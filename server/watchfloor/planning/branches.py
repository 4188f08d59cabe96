"""The rules of a contingency plan's branches, as pure functions over their steps.

A branch's state is its ``steps`` (every change, in knowledge time): a ``triggered`` step at the
instant its trigger first held by what the signposts had reported then, and the decisions
analysts recorded after it. Every other computed field (``state``, ``triggered_at``,
``deadline``, ``decided_at`` …) is derived from the steps (:func:`settled`), so a ``known_by``
read keeps the steps up to its instant and derives them again (:func:`branch_at`).

The worker (:mod:`watchfloor.planning.plans`) fires triggers with :func:`fire`: the first
instant each trigger held, over the signposts' steps. Until a decision, the ``triggered`` step
follows the data: data retracted so the trigger never held returns the branch to ``dormant``;
corrected data moves ``triggered_at``. A decision latches it: what was decided stands.
"""

from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime, timedelta

import msgspec

from watchfloor.errors import Conflict, FieldError, Unprocessable
from watchfloor.resources.plans.schemas import (
    AgendaBranch,
    AgendaOption,
    AllTrigger,
    AnyTrigger,
    Branch,
    BranchInput,
    BranchStep,
    BranchTrigger,
    Decision,
    Option,
    SignpostTrigger,
    Trigger,
)
from watchfloor.resources.signposts.schemas import SignpostStep, step_at

__all__ = (
    "Steps",
    "agenda_branch",
    "branch_at",
    "branch_order",
    "cycle",
    "decide",
    "fire",
    "first_hold",
    "leaves",
    "merged",
    "settled",
    "total_leads",
    "trigger_depth",
)

Steps = Mapping[str, Sequence[SignpostStep]]
"""Signpost id → its steps (a signpost not in it has none: never lit)."""

_RANK = {"not_seen": 0, "emerging": 1, "seen": 2}
_DECISIONS = ("decided", "executed", "stood_down")


# --- triggers ---------------------------------------------------------------------------------


def leaves(trigger: Trigger, pointer: str = "") -> Iterator[tuple[str, Trigger]]:
    """Every node of the tree with its pointer (relative to the trigger), depth first."""
    yield pointer, trigger
    if isinstance(trigger, AllTrigger | AnyTrigger):
        for i, t in enumerate(trigger.of):
            yield from leaves(t, f"{pointer}/of/{i}")


def trigger_depth(trigger: Trigger) -> int:
    """1 for a leaf; one more for each ``all``/``any`` above it."""
    if isinstance(trigger, AllTrigger | AnyTrigger):
        return 1 + max(trigger_depth(t) for t in trigger.of)
    return 1


def _branch_refs(trigger: Trigger) -> list[str]:
    return [t.branch for _, t in leaves(trigger) if isinstance(t, BranchTrigger)]


def cycle(branches: Sequence[BranchInput]) -> list[str] | None:
    """A circle of branch references (keys, the first repeated at the end), or ``None``."""
    refs = {b.key: _branch_refs(b.trigger) for b in branches}
    done: set[str] = set()

    def visit(key: str, path: list[str]) -> list[str] | None:
        if key in path:
            return [*path[path.index(key) :], key]
        if key in done or key not in refs:
            return None
        for ref in refs[key]:
            found = visit(ref, [*path, key])
            if found:
                return found
        done.add(key)
        return None

    for b in branches:
        found = visit(b.key, [])
        if found:
            return found
    return None


def branch_order(branches: Sequence[BranchInput]) -> list[int]:
    """Indexes of ``branches``, every branch after those its trigger names (no circles)."""
    index = {b.key: i for i, b in enumerate(branches)}
    order: list[int] = []
    seen: set[int] = set()

    def visit(i: int) -> None:
        if i in seen:
            return
        seen.add(i)
        for ref in _branch_refs(branches[i].trigger):
            if ref in index:
                visit(index[ref])
        order.append(i)

    for i in range(len(branches)):
        visit(i)
    return order


def _holds(trigger: Trigger, at: datetime, steps: Steps, fired: Mapping[str, datetime]) -> bool:
    if isinstance(trigger, SignpostTrigger):
        step = step_at(list(steps.get(trigger.signpost_id, ())), at)
        status = "not_seen" if step is None else step.status
        return _RANK[status] >= _RANK[trigger.at_least]
    if isinstance(trigger, BranchTrigger):
        when = fired.get(trigger.branch)
        return when is not None and when <= at
    if isinstance(trigger, AllTrigger):
        return all(_holds(t, at, steps, fired) for t in trigger.of)
    return any(_holds(t, at, steps, fired) for t in trigger.of)


def first_hold(
    trigger: Trigger,
    steps: Steps,
    fired: Mapping[str, datetime],
    armed_from: datetime | None = None,
) -> datetime | None:
    """The first knowledge instant ``trigger`` held, over the signposts' ``steps`` and the
    instants other branches fired (``fired``), from ``armed_from`` on (a trigger that already
    holds then fires then); ``None``: it never has."""
    instants: set[datetime] = set() if armed_from is None else {armed_from}
    for _, leaf in leaves(trigger):
        if isinstance(leaf, SignpostTrigger):
            instants.update(s.at for s in steps.get(leaf.signpost_id, ()))
        elif isinstance(leaf, BranchTrigger) and leaf.branch in fired:
            instants.add(fired[leaf.branch])
    for at in sorted(instants):
        if armed_from is not None and at < armed_from:
            continue
        if _holds(trigger, at, steps, fired):
            return at
    return None


# --- state --------------------------------------------------------------------------------------


def settled(branch: Branch) -> Branch:
    """``branch`` with every computed field derived from its steps."""
    state = branch.steps[-1].state if branch.steps else "dormant"
    triggered = next((s.at for s in branch.steps if s.state == "triggered"), None)
    decided = next((s for s in reversed(branch.steps) if s.state == "decided"), None)
    executed = next((s.at for s in branch.steps if s.state == "executed"), None)
    stood_down = next((s.at for s in branch.steps if s.state == "stood_down"), None)
    noted = next((s.note for s in reversed(branch.steps) if s.state in _DECISIONS), None)
    return msgspec.structs.replace(
        branch,
        state=state,
        triggered_at=triggered,
        deadline=None if triggered is None else triggered + timedelta(hours=branch.deadline_hours),
        decided_at=None if decided is None else decided.at,
        decided_by=None if decided is None else decided.by,
        decision=None if decided is None else decided.option,
        note=noted,
        executed_at=executed,
        stood_down_at=stood_down,
    )


def branch_at(branch: Branch, known_by: datetime) -> Branch:
    """The branch as it stood at the knowledge instant ``known_by``."""
    steps = [s for s in branch.steps if s.at <= known_by]
    alert = branch.alert_id if any(s.state == "triggered" for s in steps) else None
    return settled(msgspec.structs.replace(branch, steps=steps, alert_id=alert))


def merged(definition: BranchInput, current: Branch | None) -> Branch:
    """A branch of ``definition`` keeping the state of ``current`` (the same key's)."""
    fields = msgspec.structs.asdict(definition)
    if current is not None:
        return settled(Branch(**fields, steps=current.steps, alert_id=current.alert_id))
    return settled(Branch(**fields))


def fire(
    branches: Sequence[Branch], steps: Steps, armed_from: datetime | None = None
) -> list[Branch]:
    """Every branch with its ``triggered`` step as the data now says, counting from
    ``armed_from`` (decided ones kept)."""
    out = list(branches)
    fired: dict[str, datetime] = {}
    for i in branch_order(branches):
        branch = branches[i]
        if any(s.state in _DECISIONS for s in branch.steps):
            new = branch
        else:
            at = first_hold(branch.trigger, steps, fired, armed_from)
            trail = [] if at is None else [BranchStep(at=at, state="triggered")]
            new = settled(msgspec.structs.replace(branch, steps=trail))
        if new.triggered_at is not None:
            fired[new.key] = new.triggered_at
        out[i] = new
    return out


_ALLOWED = {
    "decided": ("triggered", "decided"),
    "executed": ("decided",),
    "stood_down": ("dormant", "triggered", "decided"),
}


def decide(branch: Branch, decision: Decision, who: str, now: datetime) -> Branch:
    """``branch`` with the decision recorded at ``now`` by ``who``.

    409 when the branch's state does not allow it (a dormant branch cannot be decided: its
    trigger has not fired; only a decided one can be executed; executed and stood down are
    final). 422 for an option missing or unknown."""
    if branch.state not in _ALLOWED[decision.state]:
        allowed = " or ".join(_ALLOWED[decision.state])
        raise Conflict(
            f"The branch {branch.key} is {branch.state}: it can be {decision.state} only when "
            f"{allowed}."
        )
    keys = [o.key for o in branch.options]
    option = decision.option
    if decision.state == "decided":
        if option is None:
            raise Unprocessable(
                "A decision names the option chosen.",
                errors=[FieldError("/option", "required when state is decided")],
            )
    elif decision.state == "executed":
        if option is not None and option != branch.decision:
            raise Unprocessable(
                "A branch executes the option decided.",
                errors=[FieldError("/option", f"the option decided is {branch.decision}")],
            )
        option = branch.decision
    elif option is not None:
        raise Unprocessable(
            "Standing a branch down chooses no option.",
            errors=[FieldError("/option", "not allowed when state is stood_down")],
        )
    if option is not None and option not in keys:
        raise Unprocessable(
            "The decision names an option the branch does not have.",
            errors=[FieldError("/option", f"no option {option} in branch {branch.key}: {keys}")],
        )
    last = branch.steps[-1].at if branch.steps else now
    step = BranchStep(
        at=max(now, last), state=decision.state, by=who, option=option, note=decision.note
    )
    return settled(msgspec.structs.replace(branch, steps=[*branch.steps, step]))


# --- the agenda ---------------------------------------------------------------------------------


def total_leads(options: Sequence[Option]) -> dict[str, float]:
    """Each option's lead time plus the longest chain of options it ``requires``."""
    by_key = {o.key: o for o in options}
    total: dict[str, float] = {}

    def lead(key: str, path: tuple[str, ...]) -> float:
        if key in total:
            return total[key]
        option = by_key[key]
        before = [lead(k, (*path, key)) for k in option.requires if k in by_key and k not in path]
        total[key] = option.lead_time_hours + max(before, default=0.0)
        return total[key]

    for o in options:
        lead(o.key, ())
    return total


def agenda_branch(plan_id: str, plan_name: str, branch: Branch, at: datetime) -> AgendaBranch:
    """What ``branch`` (already as of the read's knowledge instant) asks at ``at``."""
    deadline = branch.deadline
    waiting = branch.state == "triggered" and deadline is not None
    hours_left = None if deadline is None else (deadline - at).total_seconds() / 3600
    totals = total_leads(branch.options)
    options = []
    for o in branch.options:
        prepare_by = None if deadline is None else deadline - timedelta(hours=totals[o.key])
        options.append(
            AgendaOption(
                key=o.key,
                name=o.name,
                lead_time_hours=o.lead_time_hours,
                total_lead_time_hours=totals[o.key],
                prepare_by=prepare_by,
                too_late=prepare_by is not None and at > prepare_by,
            )
        )
    return AgendaBranch(
        plan_id=plan_id,
        plan_name=plan_name,
        key=branch.key,
        name=branch.name,
        owner=branch.owner,
        level=branch.level,
        state=branch.state,
        triggered_at=branch.triggered_at,
        deadline=deadline,
        due=waiting and deadline is not None and deadline >= at,
        overdue=waiting and deadline is not None and deadline < at,
        hours_left=hours_left,
        decision=branch.decision,
        alert_id=branch.alert_id,
        options=options,
    )

"""Goals judged from the measurements of one phase (one worker count) of a run."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from bench.scenarios import Goal, Scenario
from bench.stats import Verdict, judge, ratios

__all__ = ("Judged", "evaluate", "metric")


class Measured(Protocol):
    @property
    def rps(self) -> float: ...
    @property
    def rows_per_s(self) -> float: ...
    @property
    def p50_ms(self) -> float | None: ...
    @property
    def p99_ms(self) -> float | None: ...
    @property
    def rss_mb(self) -> float | None: ...


@dataclass(frozen=True)
class Judged:
    goal: Goal
    verdict: Verdict
    missing: str | None = None
    """Why the goal could not be measured (a variant whose endpoint has not landed)."""


def metric(m: Measured, goal: Goal) -> float | None:
    """The value of ``m`` the goal compares: req/s, rows/s, p99/p50 or peak RSS."""
    if goal.metric == "rows":
        return m.rows_per_s
    if goal.metric == "tail":
        if m.p50_ms is None or m.p99_ms is None or m.p50_ms <= 0:
            return None
        return m.p99_ms / m.p50_ms
    if goal.metric == "rss":
        return m.rss_mb
    return m.rps


def _values(rounds: Sequence[Measured], goal: Goal) -> list[float]:
    return [v for v in (metric(m, goal) for m in rounds) if v is not None]


def evaluate(
    scenario: Scenario,
    measured: Mapping[str, Sequence[Measured]],
    skipped: Mapping[str, str],
) -> list[Judged]:
    """Each goal of ``scenario``: per-round ratios (numerator / denominator), then their median."""
    out = []
    for goal in scenario.goals:
        names = [goal.numerator] + ([goal.denominator] if goal.denominator else [])
        gone = [n for n in names if n not in measured]
        if gone:
            why = "; ".join(dict.fromkeys(skipped.get(n, f"`{n}` not measured") for n in gone))
            out.append(Judged(goal, Verdict(None, None), why))
            continue
        top = _values(measured[goal.numerator], goal)
        if goal.denominator is None:
            out.append(Judged(goal, judge(top, goal.threshold, at_most=goal.at_most)))
            continue
        bottom = _values(measured[goal.denominator], goal)
        n = min(len(top), len(bottom))
        values = ratios(top[:n], bottom[:n])
        out.append(Judged(goal, judge(values, goal.threshold, at_most=goal.at_most)))
    return out

"""Whether a warning rule holds for one period of an indicator's series, and why, in numbers.

Pure and deterministic: no database, no clock. The caller hands over the figures known at the
instant judged (``Series``) and gets an ``Outcome`` whose explanation a duty officer reads.
``docs/warning-rules.md`` gives every formula, floor and fallback used here.
"""

import math
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from scipy.stats import nbinom, poisson  # type: ignore[import-untyped]

from watchfloor.computed.periods import label, period_start, shift
from watchfloor.errors import FieldError
from watchfloor.resources.problems.schemas import (
    AnomalyRule,
    ChangeRule,
    CompositeRule,
    Rule,
    ThresholdRule,
)

__all__ = ("MIN_BASELINE", "Outcome", "Series", "judge", "judge_composite", "rule_problems")

MIN_BASELINE = 3
"""An anomaly needs at least this many baseline figures; fewer make no baseline."""

_MAD_SCALE = 1 / statistics.NormalDist().inv_cdf(0.75)
"""1.4826…: the median absolute deviation times this estimates a normal standard deviation."""
_MEAN_AD_SCALE = math.sqrt(math.pi / 2)
"""1.2533…: the mean absolute deviation times this estimates a normal standard deviation."""
_TOLERANCE = 1e-9
"""Relative slack when a computed change meets ``by`` (so 0.3 - 0.1 rises by 0.2)."""

_UNITS = ("day", "week", "month", "quarter", "year")


def _noun(noun: str, value: float) -> str:
    """``noun`` (a plural unit such as ``launches``) in the singular for a figure of one."""
    if value != 1:
        return noun
    for plural, singular in (("ches", "ch"), ("shes", "sh"), ("sses", "ss"), ("xes", "x")):
        if noun.endswith(plural):
            return noun[: -len(plural)] + singular
    if noun.endswith("s") and not noun.endswith("ss") and len(noun) > 2:
        return noun[:-1]
    return noun


@dataclass(frozen=True, slots=True)
class Series:
    """An indicator's figures as known at the instant judged."""

    unit: str
    """The period unit: ``day``, ``week``, ``month``, ``quarter`` or ``year``."""
    figures: Mapping[date, float | None]
    """Period start → its figure. ``None``, NaN and infinities are no figure."""
    sparse_zero: bool
    """``True``: a period with no figure is 0 (counts, sums); ``False``: it has no figure
    (means, hand-entered series)."""
    noun: str = "events"
    """The indicator's unit, for explanations ("launches", "USD bn")."""

    def __post_init__(self) -> None:
        if self.unit not in _UNITS:
            raise ValueError(f"unknown period unit {self.unit!r}")

    def figure(self, period: date) -> float | None:
        """The figure of the period starting on ``period``, with the series' rule for none."""
        value = self.figures.get(period)
        if value is not None and math.isfinite(value):
            return float(value)
        return 0.0 if self.sparse_zero else None


@dataclass(frozen=True, slots=True)
class Outcome:
    """Whether a rule holds for a period, with the numbers behind it."""

    holds: bool
    value: float | None
    """The figure judged (composite: how many of its rules hold)."""
    baseline: float | None
    """Threshold: the threshold; anomaly: the baseline's mean (``poisson``,
    ``negative_binomial``) or median (``robust_z``); change: the earlier figure; composite:
    ``at_least``."""
    probability: float | None
    """Count models: P(X ≥ value) under the baseline model."""
    score: float | None
    """``robust_z``: the z-score; change: the change, signed (relative: as a fraction)."""
    explanation: str
    """One sentence with the numbers, for a duty officer."""


def judge(rule: ThresholdRule | AnomalyRule | ChangeRule, series: Series, period: date) -> Outcome:
    """Whether ``rule`` holds for the period of ``series.unit`` that starts on ``period``."""
    period = period_start(period, series.unit)
    if isinstance(rule, ThresholdRule):
        return _threshold(rule, series, period)
    if isinstance(rule, AnomalyRule):
        return _anomaly(rule, series, period)
    return _change(rule, series, period)


def judge_composite(rule: CompositeRule, outcomes: Mapping[str, Outcome]) -> Outcome:
    """Whether at least ``rule.at_least`` of the rules ``rule.of`` hold in ``outcomes``.

    A key without an outcome does not hold; a key named twice counts once.
    """
    keys = list(dict.fromkeys(rule.of))
    holding = [k for k in keys if k in outcomes and outcomes[k].holds]
    quiet = [k for k in keys if k in outcomes and not outcomes[k].holds]
    unjudged = [k for k in keys if k not in outcomes]
    holds = len(holding) >= rule.at_least
    parts = [f"{len(holding)} of {len(keys)} rules hold"]
    parts.append(f"({', '.join(holding)})" if holding else "")
    sentence = " ".join(p for p in parts if p)
    sentence += f", {'at least' if holds else 'fewer than'} the {rule.at_least} needed"
    if quiet:
        sentence += f"; not holding: {', '.join(quiet)}"
    if unjudged:
        sentence += f"; not judged: {', '.join(unjudged)}"
    return Outcome(
        holds=holds,
        value=float(len(holding)),
        baseline=float(rule.at_least),
        probability=None,
        score=None,
        explanation=sentence + ".",
    )


def rule_problems(rules: Sequence[Rule]) -> list[FieldError]:
    """What is wrong with a problem's rules as a whole, each at ``/rules/<i>/<field>``.

    Duplicate keys (at the later rule); an anomaly whose window is too short to make a
    baseline; a composite whose ``of`` names an unknown key, itself,
    another composite or a key twice (at ``/rules/<i>/of/<j>``); a composite whose
    ``at_least`` exceeds the distinct rules it names.
    """
    errors: list[FieldError] = []
    first: dict[str, int] = {}
    for i, rule in enumerate(rules):
        if rule.key in first:
            errors.append(
                FieldError(
                    f"/rules/{i}/key",
                    f"the key {rule.key!r} is already used by rule {first[rule.key]}",
                )
            )
        else:
            first[rule.key] = i
    for i, rule in enumerate(rules):
        if isinstance(rule, CompositeRule):
            errors.extend(_composite_problems(i, rule, rules, first))
        elif isinstance(rule, AnomalyRule) and rule.window < MIN_BASELINE:
            errors.append(
                FieldError(
                    f"/rules/{i}/window",
                    f"a window of {rule.window} cannot make a baseline: at least "
                    f"{MIN_BASELINE} periods",
                )
            )
    return errors


def _composite_problems(
    i: int, rule: CompositeRule, rules: Sequence[Rule], first: Mapping[str, int]
) -> list[FieldError]:
    errors: list[FieldError] = []
    seen: set[str] = set()
    for j, key in enumerate(rule.of):
        pointer = f"/rules/{i}/of/{j}"
        if key in seen:
            errors.append(FieldError(pointer, f"{key!r} is named twice"))
            continue
        seen.add(key)
        if key == rule.key:
            errors.append(FieldError(pointer, "a composite rule cannot include itself"))
        elif key not in first:
            errors.append(FieldError(pointer, f"no rule of this problem has the key {key!r}"))
        elif isinstance(rules[first[key]], CompositeRule):
            errors.append(
                FieldError(pointer, f"{key!r} is a composite rule; composites do not nest")
            )
    if rule.at_least > len(seen):
        errors.append(
            FieldError(
                f"/rules/{i}/at_least",
                f"at_least is {rule.at_least} but of names only {len(seen)} distinct rules",
            )
        )
    return errors


# --- threshold -------------------------------------------------------------------------------


def _threshold(rule: ThresholdRule, series: Series, period: date) -> Outcome:
    name = label(period, series.unit)
    value = series.figure(period)
    if value is None:
        return _no_figure(name, rule.value)
    if rule.direction == "above":
        holds = value >= rule.value
        relation = "at or above" if holds else "below"
    else:
        holds = value <= rule.value
        relation = "at or below" if holds else "above"
    return Outcome(
        holds=holds,
        value=value,
        baseline=float(rule.value),
        probability=None,
        score=None,
        explanation=f"{_num(value)} {_noun(series.noun, value)} in {name}, {relation} the threshold of "
        f"{_num(rule.value)}.",
    )


# --- anomaly ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Baseline:
    figures: list[float]
    """The baseline's figures, sorted, so every sum over them is in one order."""
    window: int
    unit: str

    def describe(self) -> str:
        n = len(self.figures)
        if n == self.window:
            return f"the {self.window} {_plural(self.unit, self.window)} before"
        return f"the {n} {_plural(self.unit, n)} with a figure among the {self.window} before"

    def mean(self) -> float:
        return math.fsum(self.figures) / len(self.figures)

    def variance(self) -> float:
        """The sample variance (divided by n − 1)."""
        mean = self.mean()
        return math.fsum((v - mean) ** 2 for v in self.figures) / (len(self.figures) - 1)


def _baseline(series: Series, period: date, window: int) -> _Baseline:
    found: list[float] = []
    for k in range(1, window + 1):
        try:
            start = shift(period, series.unit, -k)
        except ValueError:  # before the calendar starts: no such period
            break
        value = series.figure(start)
        if value is not None:
            found.append(value)
    return _Baseline(sorted(found), window, series.unit)


def _anomaly(rule: AnomalyRule, series: Series, period: date) -> Outcome:
    name = label(period, series.unit)
    value = series.figure(period)
    if value is None:
        return _no_figure(name, None)
    base = _baseline(series, period, rule.window)
    head = f"{_num(value)} {_noun(series.noun, value)} in {name}"
    if len(base.figures) < MIN_BASELINE:
        return Outcome(
            holds=False,
            value=value,
            baseline=None,
            probability=None,
            score=None,
            explanation=f"{head}, but only {len(base.figures)} of the {rule.window} "
            f"{_plural(series.unit, rule.window)} before "
            f"{'has' if len(base.figures) == 1 else 'have'} a figure: the baseline is too "
            f"short (at least {MIN_BASELINE}) to judge an anomaly.",
        )
    if rule.model == "robust_z":
        return _robust_z(rule, value, base, head)
    return _count_model(rule, value, base, head)


def _count_model(rule: AnomalyRule, value: float, base: _Baseline, head: str) -> Outcome:
    if value < 0 or base.figures[0] < 0:
        return Outcome(
            holds=False,
            value=value,
            baseline=None,
            probability=None,
            score=None,
            explanation=f"{head}: a count model needs figures of 0 or more, and this "
            f"{'figure' if value < 0 else 'baseline'} has a negative one, so no anomaly is "
            "judged (a robust_z rule suits such a series).",
        )
    mean = base.mean()
    count = math.floor(value)
    probability, model = _upper_tail(rule, count, base)
    rounded = f" (rounded down to {count})" if count != value else ""
    holds = value >= rule.min_value and probability <= rule.significance
    verdict = _tail_verdict(probability, rule.significance)
    if value < rule.min_value:
        verdict += f"; below the minimum of {_num(rule.min_value)} for an anomaly"
    return Outcome(
        holds=holds,
        value=value,
        baseline=mean,
        probability=probability,
        score=None,
        explanation=f"{head}{rounded} against {_num(mean)} a {base.unit} over "
        f"{base.describe()} ({model}: P(X≥{count}) = {verdict}).",
    )


def _upper_tail(rule: AnomalyRule, count: int, base: _Baseline) -> tuple[float, str]:
    """P(X ≥ count) under the rule's count model of the baseline, and the model in words."""
    mean = base.mean()
    if rule.model == "negative_binomial":
        variance = base.variance()
        if variance > mean:
            n, p = mean * mean / (variance - mean), mean / variance
            model = f"negative binomial n = {_num(n)}, p = {_num(p)}"
            return float(nbinom.sf(count - 1, n, p)), model
        model = f"Poisson, as the variance {_num(variance)} is not above the mean"
    else:
        model = "Poisson"
    rate = max(mean, 0.5 / len(base.figures))
    if rate != mean:
        model += f" with the rate floored to {_num(rate)}, half an event over the baseline"
    return float(poisson.sf(count - 1, rate)), model


def _tail_verdict(probability: float, significance: float) -> str:
    relation = "≤" if probability <= significance else ">"
    digits = 2
    while digits < 17 and probability != significance:  # enough digits to tell them apart
        if f"{probability:.{digits}g}" != f"{significance:.{digits}g}":
            break
        digits += 1
    return f"{probability:.{digits}g} {relation} {significance:.{digits}g}"


def _robust_z(rule: AnomalyRule, value: float, base: _Baseline, head: str) -> Outcome:
    median = statistics.median(base.figures)
    deviations = sorted(abs(v - median) for v in base.figures)
    mad = statistics.median(deviations)
    against = f"{head} against a median of {_num(median)} over {base.describe()}"
    if mad > 0:
        spread, how = _MAD_SCALE * mad, "scaled by the median absolute deviation"
    else:
        mean_ad = math.fsum(deviations) / len(deviations)
        spread = _MEAN_AD_SCALE * mean_ad
        how = "scaled by the mean absolute deviation, as the median absolute deviation is 0"
    if spread == 0:
        holds = value > median and value >= rule.min_value
        above = "above" if value > median else "not above"
        minimum = (
            f", below the minimum of {_num(rule.min_value)} for an anomaly"
            if value < rule.min_value
            else ""
        )
        return Outcome(
            holds=holds,
            value=value,
            baseline=median,
            probability=None,
            score=None,
            explanation=f"{against} (every baseline figure is {_num(median)}, so any figure "
            f"above it is anomalous: this one is {above} it{minimum}).",
        )
    z = (value - median) / spread
    holds = z >= rule.z and value >= rule.min_value
    relation = "≥" if z >= rule.z else "<"
    minimum = (
        f"; below the minimum of {_num(rule.min_value)} for an anomaly"
        if value < rule.min_value
        else ""
    )
    return Outcome(
        holds=holds,
        value=value,
        baseline=median,
        probability=None,
        score=z,
        explanation=f"{against} (robust z = {_num(z)} {relation} {_num(rule.z)}, {how}{minimum}).",
    )


# --- change ----------------------------------------------------------------------------------


def _change(rule: ChangeRule, series: Series, period: date) -> Outcome:
    name = label(period, series.unit)
    value = series.figure(period)
    if value is None:
        return _no_figure(name, None)
    try:
        before = shift(period, series.unit, -rule.over)
    except ValueError:
        earlier, before_name = None, f"{rule.over} {_plural(series.unit, rule.over)} earlier"
    else:
        earlier, before_name = series.figure(before), label(before, series.unit)
    head = f"{_num(value)} {_noun(series.noun, value)} in {name}"
    if earlier is None:
        return Outcome(
            holds=False,
            value=value,
            baseline=None,
            probability=None,
            score=None,
            explanation=f"{head}, but no figure for {before_name} to compare it with.",
        )
    difference = value - earlier
    moved = difference if rule.direction == "up" else -difference
    since = f"{head} against {_num(earlier)} in {before_name}"
    if not rule.relative:
        holds = _at_least(moved, rule.by)
        score: float | None = difference
        change = f"a change of {_signed(difference)}"
        need = f"{rule.direction} by at least {_num(rule.by)}"
    elif earlier == 0:
        holds = moved > 0
        score = None
        change = f"a change of {_signed(difference)} from 0, which counts as any relative rise"
        if rule.direction == "down":
            change = f"a change of {_signed(difference)} from 0, which counts as any fall"
        need = f"{rule.direction} by at least {_percent(rule.by)}"
    else:
        score = difference / abs(earlier)
        holds = _at_least(moved / abs(earlier), rule.by)
        change = f"a change of {_signed_percent(score)}"
        need = f"{rule.direction} by at least {_percent(rule.by)}"
    verdict = "meets" if holds else "does not meet"
    return Outcome(
        holds=holds,
        value=value,
        baseline=earlier,
        probability=None,
        score=score,
        explanation=f"{since}: {change}, which {verdict} the rule ({need}).",
    )


def _at_least(moved: float, by: float) -> bool:
    return moved >= by or math.isclose(moved, by, rel_tol=_TOLERANCE)


# --- words -----------------------------------------------------------------------------------


def _no_figure(name: str, baseline: float | None) -> Outcome:
    return Outcome(
        holds=False,
        value=None,
        baseline=baseline,
        probability=None,
        score=None,
        explanation=f"No figure for {name}, so the rule cannot hold.",
    )


def _plural(unit: str, n: int) -> str:
    return unit if n == 1 else f"{unit}s"


def _num(x: float) -> str:
    """A figure as a reader wants it: whole numbers whole, others to three significant digits."""
    if not math.isfinite(x):
        return str(x)
    if x == int(x) and abs(x) < 1e15:
        return str(int(x))
    if abs(x) >= 1000:
        return f"{x:,.0f}"
    if abs(x) >= 100:
        return f"{x:.1f}"
    return f"{x:.3g}"


def _signed(x: float) -> str:
    return f"+{_num(x)}" if x > 0 else _num(x)


def _percent(fraction: float) -> str:
    return f"{_num(fraction * 100)} %"


def _signed_percent(fraction: float) -> str:
    return f"+{_percent(fraction)}" if fraction > 0 else _percent(fraction)

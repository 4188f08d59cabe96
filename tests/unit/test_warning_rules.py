"""The warning rules engine: each kind of rule against figures computed here by hand.

The expected tails are computed with ``math`` alone (no scipy), so a wrong parameterisation or
an off-by-one in ``sf`` (P(X > k) where P(X ≥ k) is meant) shows.
"""

import math
from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from watchfloor.computed.periods import shift
from watchfloor.errors import FieldError
from watchfloor.resources.problems.schemas import (
    AnomalyRule,
    ChangeRule,
    CompositeRule,
    Rule,
    ThresholdRule,
)
from watchfloor.warning import Outcome, Series, judge, judge_composite, rule_problems

IND = "ind_" + "0" * 32
JAN = date(2022, 1, 1)


def threshold(**kw: Any) -> ThresholdRule:
    return ThresholdRule(
        **{"key": "t", "level": "watch", "rationale": "r", "indicator_id": IND, **kw}
    )


def anomaly(**kw: Any) -> AnomalyRule:
    return AnomalyRule(
        **{"key": "a", "level": "watch", "rationale": "r", "indicator_id": IND, **kw}
    )


def change(**kw: Any) -> ChangeRule:
    return ChangeRule(**{"key": "c", "level": "watch", "rationale": "r", "indicator_id": IND, **kw})


def composite(of: list[str], at_least: int, key: str = "k") -> CompositeRule:
    return CompositeRule(key=key, level="warning", rationale="r", of=of, at_least=at_least)


def monthly(
    before: Sequence[float | None],
    value: float | None,
    *,
    sparse: bool = True,
    period: date = JAN,
) -> Series:
    """A monthly series: ``before[0]`` is the month before ``period``, ``before[1]`` the one
    before that, and so on; ``None`` leaves a month out."""
    figures: dict[date, float | None] = {
        shift(period, "month", -k): v for k, v in enumerate(before, 1) if v is not None
    }
    if value is not None:
        figures[period] = value
    return Series("month", figures, sparse, "launches")


def poisson_tail(k: int, lam: float) -> float:
    """P(X ≥ k) for X ~ Poisson(lam), by the definition."""
    return 1 - sum(math.exp(-lam) * lam**i / math.factorial(i) for i in range(k))


def nbinom_tail(k: int, n: float, p: float) -> float:
    """P(X ≥ k) for X counting failures before the n-th success, success probability p."""

    def pmf(i: int) -> float:
        log = math.lgamma(i + n) - math.lgamma(n) - math.lgamma(i + 1)
        return math.exp(log + n * math.log(p) + i * math.log(1 - p))

    return 1 - sum(pmf(i) for i in range(k))


# --- shift ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "unit", "k", "expected"),
    [
        (date(2022, 1, 1), "month", -24, date(2020, 1, 1)),
        (date(2022, 1, 1), "month", -1, date(2021, 12, 1)),
        (date(2022, 1, 15), "month", 1, date(2022, 2, 1)),
        (date(2024, 5, 29), "week", 1, date(2024, 6, 3)),
        (date(2024, 5, 27), "week", -1, date(2024, 5, 20)),
        (date(2024, 3, 1), "day", -1, date(2024, 2, 29)),
        (date(2024, 11, 5), "quarter", -3, date(2024, 1, 1)),
        (date(2024, 1, 1), "quarter", -1, date(2023, 10, 1)),
        (date(2024, 2, 29), "year", -1, date(2023, 1, 1)),
        (date(2024, 7, 1), "year", 0, date(2024, 1, 1)),
    ],
)
def test_shift(start: date, unit: str, k: int, expected: date) -> None:
    assert shift(start, unit, k) == expected


@pytest.mark.parametrize(
    ("start", "unit", "k"),
    [
        (date(1, 1, 1), "month", -1),
        (date(9999, 12, 31), "day", 1),
        (date(1, 1, 1), "day", -(10**10)),
        (date(2024, 1, 1), "fortnight", 1),
    ],
)
def test_shift_outside_the_calendar_or_unknown_unit_is_a_value_error(
    start: date, unit: str, k: int
) -> None:
    with pytest.raises(ValueError, match=r"calendar|unit"):
        shift(start, unit, k)


# --- threshold -----------------------------------------------------------------------------


def test_threshold_above_holds_at_the_value() -> None:
    series = monthly([], 5)
    outcome = judge(threshold(value=5), series, JAN)
    assert outcome == Outcome(
        holds=True,
        value=5.0,
        baseline=5.0,
        probability=None,
        score=None,
        explanation="5 launches in 2022-01, at or above the threshold of 5.",
    )
    assert not judge(threshold(value=5.5), series, JAN).holds


def test_threshold_below() -> None:
    assert judge(threshold(value=2, direction="below"), monthly([], 2), JAN).holds
    assert not judge(threshold(value=2, direction="below"), monthly([], 3), JAN).holds


def test_threshold_without_a_figure() -> None:
    sparse = judge(threshold(value=1, direction="below"), monthly([], None), JAN)
    assert sparse.holds and sparse.value == 0
    absent = judge(threshold(value=1, direction="below"), monthly([], None, sparse=False), JAN)
    assert not absent.holds and absent.value is None
    assert "No figure for 2022-01" in absent.explanation


def test_non_finite_figures_are_no_figure() -> None:
    series = Series("month", {JAN: math.nan}, False)
    assert judge(threshold(value=0), series, JAN).value is None
    assert judge(threshold(value=0), Series("month", {JAN: math.inf}, True), JAN).value == 0


def test_a_period_inside_a_month_is_that_month() -> None:
    assert judge(threshold(value=5), monthly([], 5), date(2022, 1, 17)).holds


# --- anomaly: Poisson ----------------------------------------------------------------------

BASELINE = [2, 1, 3, 2, 2, 1, 2, 3, 1, 2, 2, 2, 1, 3, 2, 2, 1, 2, 2, 2, 3, 1, 2, 1]
"""24 months, 45 launches: 1.875 a month."""


def test_poisson_tail_against_the_trailing_mean() -> None:
    outcome = judge(anomaly(), monthly(BASELINE, 7), JAN)
    expected = poisson_tail(7, 45 / 24)
    assert outcome.probability == pytest.approx(expected, rel=1e-9)
    assert expected == pytest.approx(0.0032083, rel=1e-4)
    assert outcome.holds and outcome.value == 7 and outcome.baseline == 45 / 24
    assert outcome.explanation == (
        "7 launches in 2022-01 against 1.88 a month over the 24 months before "
        "(Poisson: P(X≥7) = 0.0032 ≤ 0.01)."
    )


def test_poisson_is_at_least_not_more_than() -> None:
    """P(X ≥ 5), not P(X > 5): the figure itself is in the tail."""
    outcome = judge(anomaly(), monthly(BASELINE, 5), JAN)
    assert outcome.probability == pytest.approx(poisson_tail(5, 1.875), rel=1e-9)
    assert not outcome.holds
    assert "P(X≥5) = 0.042 > 0.01" in outcome.explanation


def test_the_baseline_is_the_window_before_the_period() -> None:
    """Neither the judged period nor periods before the window are in the baseline."""
    before = [1.0] * 12 + [500.0]
    outcome = judge(anomaly(window=12), monthly(before, 4), JAN)
    assert outcome.baseline == 1
    assert outcome.probability == pytest.approx(poisson_tail(4, 1.0), rel=1e-9)
    assert "over the 12 months before" in outcome.explanation


def test_poisson_floor_after_a_silent_baseline() -> None:
    """λ = 0.5/window: one event after 24 silent months is P = 0.021, not 'impossible'."""
    lam = 0.5 / 24
    one = judge(anomaly(), monthly([0] * 24, 1), JAN)
    assert one.baseline == 0
    assert one.probability == pytest.approx(1 - math.exp(-lam), rel=1e-9)
    assert not one.holds
    assert "floored to 0.0208" in one.explanation
    assert judge(anomaly(significance=0.05), monthly([0] * 24, 1), JAN).holds
    # docs/warning-rules.md: at 0.05, one launch is an anomaly after 10 silent months, not 9.
    assert judge(anomaly(significance=0.05, window=10), monthly([0] * 10, 1), JAN).holds
    assert not judge(anomaly(significance=0.05, window=9), monthly([0] * 9, 1), JAN).holds
    two = judge(anomaly(), monthly([0] * 24, 2), JAN)
    assert two.probability == pytest.approx(poisson_tail(2, lam), rel=1e-9)
    assert two.holds


def test_a_fractional_figure_is_rounded_down_for_the_tail() -> None:
    outcome = judge(anomaly(), monthly(BASELINE, 7.9), JAN)
    assert outcome.value == 7.9
    assert outcome.probability == pytest.approx(poisson_tail(7, 1.875), rel=1e-9)
    assert "7.9 launches in 2022-01 (rounded down to 7)" in outcome.explanation


def test_min_value_keeps_small_figures_quiet() -> None:
    rule = anomaly(min_value=10)
    outcome = judge(rule, monthly([0] * 24, 5), JAN)
    assert outcome.probability is not None and outcome.probability < 1e-9
    assert not outcome.holds
    assert "below the minimum of 10" in outcome.explanation
    assert not judge(anomaly(), monthly([0] * 24, 0), JAN).holds


def test_a_count_model_refuses_negative_figures() -> None:
    outcome = judge(anomaly(), monthly([1, -2, 1], 5), JAN)
    assert not outcome.holds and outcome.probability is None
    assert "negative" in outcome.explanation


# --- anomaly: negative binomial ------------------------------------------------------------

BURSTY = [0, 0, 6, 0, 0, 0, 5, 0, 0, 1, 0, 0]
"""12 months, 12 launches in bursts: mean 1, sample variance (36 + 25 + 1 − 12)/11 = 50/11."""


def test_negative_binomial_moments_fit() -> None:
    mean = 1.0
    variance = (sum(v * v for v in BURSTY) - 12 * mean**2) / 11
    assert variance == pytest.approx(50 / 11)
    n, p = mean**2 / (variance - mean), mean / variance
    outcome = judge(anomaly(model="negative_binomial", window=12), monthly(BURSTY, 7), JAN)
    assert outcome.probability is not None
    assert outcome.probability == pytest.approx(nbinom_tail(7, n, p), rel=1e-9)
    assert outcome.baseline == 1
    # Overdispersion makes 7 launches far less surprising than a Poisson of the same mean says.
    assert outcome.probability > poisson_tail(7, 1.0) * 10
    assert not outcome.holds
    assert "negative binomial n = 0.282, p = 0.22" in outcome.explanation


def test_negative_binomial_falls_back_to_poisson_without_overdispersion() -> None:
    nb = judge(anomaly(model="negative_binomial"), monthly(BASELINE, 7), JAN)
    assert nb.probability == pytest.approx(poisson_tail(7, 1.875), rel=1e-9)
    assert nb.holds
    assert "Poisson, as the variance 0.462 is not above the mean" in nb.explanation
    silent = judge(anomaly(model="negative_binomial"), monthly([0] * 24, 2), JAN)
    assert silent.probability == pytest.approx(poisson_tail(2, 0.5 / 24), rel=1e-9)


# --- anomaly: robust z ---------------------------------------------------------------------


def test_robust_z_with_the_median_absolute_deviation() -> None:
    """Median 11, MAD 1: z = (x − 11) / 1.4826."""
    series = monthly([8, 10, 11, 12, 14], 16, sparse=False)
    outcome = judge(anomaly(model="robust_z", window=5), series, JAN)
    assert outcome.baseline == 11
    assert outcome.score == pytest.approx(5 / 1.482602218505602, rel=1e-12)
    assert outcome.holds and outcome.probability is None
    assert "robust z = 3.37 ≥ 3" in outcome.explanation
    lower = judge(anomaly(model="robust_z", window=5), monthly([8, 10, 11, 12, 14], 15), JAN)
    assert lower.score == pytest.approx(4 / 1.482602218505602) and not lower.holds


def test_robust_z_falls_back_to_the_mean_absolute_deviation() -> None:
    """Median 5, MAD 0; mean absolute deviation 0.8: z = 4 / (0.8 · √(π/2))."""
    outcome = judge(anomaly(model="robust_z", window=5), monthly([5, 5, 5, 5, 9], 9), JAN)
    assert outcome.score == pytest.approx(4 / (0.8 * math.sqrt(math.pi / 2)), rel=1e-12)
    assert outcome.holds
    assert "mean absolute deviation" in outcome.explanation


def test_robust_z_on_a_constant_baseline() -> None:
    rule = anomaly(model="robust_z", window=3)
    above = judge(rule, monthly([5, 5, 5], 5.5), JAN)
    assert above.holds and above.score is None and above.baseline == 5
    assert not judge(rule, monthly([5, 5, 5], 5), JAN).holds
    assert not judge(
        anomaly(model="robust_z", window=3, min_value=6), monthly([5, 5, 5], 5.5), JAN
    ).holds


def test_robust_z_is_upper_tail_only() -> None:
    outcome = judge(anomaly(model="robust_z", window=5), monthly([8, 10, 11, 12, 14], -50), JAN)
    assert outcome.score is not None and outcome.score < -3 and not outcome.holds


# --- anomaly: short and gappy baselines ----------------------------------------------------


def test_a_short_baseline_is_not_judged() -> None:
    series = monthly([3, None, 4, None, None, None], 40, sparse=False)
    outcome = judge(anomaly(model="robust_z", window=6), series, JAN)
    assert not outcome.holds and outcome.baseline is None
    assert "only 2 of the 6 months before have a figure" in outcome.explanation
    assert "too short" in outcome.explanation


def test_gaps_are_left_out_of_a_non_sparse_baseline() -> None:
    series = monthly([10, None, 12, 11, None, 13], 30, sparse=False)
    outcome = judge(anomaly(model="robust_z", window=6), series, JAN)
    assert outcome.baseline == 11.5
    assert "the 4 months with a figure among the 6 before" in outcome.explanation


def test_gaps_are_zero_in_a_sparse_baseline() -> None:
    series = monthly([3, None, 3, None], 9)
    outcome = judge(anomaly(window=4), series, JAN)
    assert outcome.baseline == 1.5
    assert outcome.probability == pytest.approx(poisson_tail(9, 1.5), rel=1e-9)


def test_no_figure_for_the_period_itself() -> None:
    outcome = judge(anomaly(window=3), monthly([1, 2, 3], None, sparse=False), JAN)
    assert not outcome.holds and outcome.value is None


def test_a_baseline_cut_by_the_start_of_the_calendar() -> None:
    series = Series("month", {date(1, 2, 1): 9.0, date(1, 1, 1): 0.0}, True)
    outcome = judge(anomaly(), series, date(1, 2, 1))
    assert not outcome.holds and "too short" in outcome.explanation


# --- change --------------------------------------------------------------------------------


def test_change_up_by_an_absolute_amount() -> None:
    outcome = judge(change(by=3, over=2), monthly([9, 2], 5), JAN)
    assert outcome.holds and outcome.baseline == 2 and outcome.score == 3
    assert outcome.explanation == (
        "5 launches in 2022-01 against 2 in 2021-11: a change of +3, which meets the rule "
        "(up by at least 3)."
    )
    assert not judge(change(by=3.5, over=2), monthly([9, 2], 5), JAN).holds


def test_change_down() -> None:
    outcome = judge(change(by=4, direction="down"), monthly([9], 5), JAN)
    assert outcome.holds and outcome.score == -4
    assert not judge(change(by=4), monthly([9], 5), JAN).holds


def test_relative_change() -> None:
    outcome = judge(change(by=0.5, relative=True), monthly([4], 6), JAN)
    assert outcome.holds and outcome.score == 0.5
    assert "+50 %" in outcome.explanation
    falling = judge(change(by=0.5, relative=True, direction="down"), monthly([-4], -6), JAN)
    assert falling.holds and falling.score == -0.5
    assert not judge(change(by=0.6, relative=True), monthly([4], 6), JAN).holds


def test_relative_change_from_zero() -> None:
    up = judge(change(by=5, relative=True), monthly([0], 1), JAN)
    assert up.holds and up.score is None and "from 0" in up.explanation
    assert not judge(change(by=5, relative=True), monthly([0], 0), JAN).holds
    assert not judge(change(by=5, relative=True, direction="down"), monthly([0], 1), JAN).holds


def test_change_without_an_earlier_figure() -> None:
    absent = judge(change(by=1), monthly([None], 5, sparse=False), JAN)
    assert not absent.holds and absent.baseline is None
    assert "no figure for 2021-12" in absent.explanation
    sparse = judge(change(by=5), monthly([None], 5), JAN)
    assert sparse.holds and sparse.baseline == 0


def test_change_meets_by_despite_binary_fractions() -> None:
    assert judge(change(by=0.2), monthly([0.1], 0.3), JAN).holds


# --- composite -----------------------------------------------------------------------------


def _outcome(holds: bool) -> Outcome:
    return Outcome(holds, 1.0, None, None, None, "x")


def test_composite_counts_the_rules_that_hold() -> None:
    outcomes = {"a": _outcome(True), "b": _outcome(False), "c": _outcome(True)}
    outcome = judge_composite(composite(["a", "b", "c"], 2), outcomes)
    assert outcome.holds and outcome.value == 2 and outcome.baseline == 2
    assert outcome.explanation == (
        "2 of 3 rules hold (a, c), at least the 2 needed; not holding: b."
    )
    assert not judge_composite(composite(["a", "b", "c"], 3), outcomes).holds


def test_composite_with_a_rule_not_judged_and_a_key_named_twice() -> None:
    outcome = judge_composite(composite(["a", "a", "z"], 2), {"a": _outcome(True)})
    assert not outcome.holds and outcome.value == 1
    assert "not judged: z" in outcome.explanation


# --- rule_problems -------------------------------------------------------------------------


def _problems(rules: list[Rule]) -> list[tuple[str | None, str]]:
    return [(e.pointer, e.detail) for e in rule_problems(rules)]


def test_sound_rules_have_no_problems() -> None:
    rules: list[Rule] = [
        threshold(key="a", value=1),
        anomaly(key="b"),
        change(key="c", by=1),
        composite(["a", "b", "c"], 2),
    ]
    assert rule_problems(rules) == []


def test_rule_problems_point_at_each_field() -> None:
    rules: list[Rule] = [
        threshold(key="a", value=1),
        anomaly(key="a"),
        composite(["a", "k", "zzz", "m", "a"], 2, key="k"),
        composite(["a", "a"], 3, key="m"),
    ]
    problems = rule_problems(rules)
    assert all(isinstance(p, FieldError) for p in problems)
    assert [p for p, _ in _problems(rules)] == [
        "/rules/1/key",
        "/rules/2/of/1",
        "/rules/2/of/2",
        "/rules/2/of/3",
        "/rules/2/of/4",
        "/rules/3/of/1",
        "/rules/3/at_least",
    ]
    details = dict(_problems(rules))
    assert "already used by rule 0" in details["/rules/1/key"]
    assert "itself" in details["/rules/2/of/1"]
    assert "'zzz'" in details["/rules/2/of/2"]
    assert "composites do not nest" in details["/rules/2/of/3"]
    assert "twice" in details["/rules/2/of/4"]
    assert "only 1 distinct" in details["/rules/3/at_least"]


# --- determinism and properties ------------------------------------------------------------


def test_the_same_figures_in_any_order_give_the_same_floats() -> None:
    values = [0.1, 0.7, 1e-3, 3.3, 0.2, 5.5, 0.3, 1e6]
    forward = monthly(values, 2e6)
    backward = Series("month", dict(reversed(list(forward.figures.items()))), True, "launches")
    for model in ("poisson", "negative_binomial", "robust_z"):
        rule = anomaly(model=model, window=8)
        assert judge(rule, forward, JAN) == judge(rule, backward, JAN)


counts = st.lists(st.integers(0, 50), min_size=3, max_size=30)
models = st.sampled_from(["poisson", "negative_binomial", "robust_z"])


@settings(max_examples=200, deadline=None)
@given(counts, st.integers(0, 200), st.integers(0, 200), models)
def test_a_higher_figure_never_lowers_the_anomaly_decision(
    baseline: list[int], low: int, high: int, model: str
) -> None:
    low, high = min(low, high), max(low, high)
    rule = anomaly(model=model, window=len(baseline))
    weak = judge(rule, monthly(baseline, low), JAN)
    strong = judge(rule, monthly(baseline, high), JAN)
    assert strong.holds or not weak.holds
    if weak.probability is not None and strong.probability is not None:
        assert strong.probability <= weak.probability


@settings(max_examples=200, deadline=None)
@given(
    counts,
    st.integers(0, 100),
    st.floats(1e-6, 0.5),
    st.floats(1e-6, 0.5),
    st.sampled_from(["poisson", "negative_binomial"]),
)
def test_a_looser_significance_never_lowers_the_decision(
    baseline: list[int], value: int, a: float, b: float, model: str
) -> None:
    strict, loose = min(a, b), max(a, b)
    series = monthly(baseline, value)
    window = len(baseline)
    held = judge(anomaly(model=model, window=window, significance=strict), series, JAN)
    assert held.probability is not None and 0 <= held.probability <= 1
    assert judge(anomaly(model=model, window=window, significance=loose), series, JAN).holds or (
        not held.holds
    )


figures = st.one_of(st.none(), st.floats(-1e18, 1e18), st.just(math.nan), st.just(math.inf))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(figures, max_size=12),
    figures,
    st.booleans(),
    models,
    st.integers(1, 13),
    st.booleans(),
)
def test_any_figures_give_an_outcome(
    before: list[float | None],
    value: float | None,
    sparse: bool,
    model: str,
    over: int,
    relative: bool,
) -> None:
    series = monthly(before, value, sparse=sparse)
    rules: list[ThresholdRule | AnomalyRule | ChangeRule] = [
        anomaly(model=model, window=max(3, len(before))),
        change(by=1, over=over, relative=relative),
        threshold(value=0),
    ]
    for rule in rules:
        outcome = judge(rule, series, JAN)
        assert outcome.explanation.endswith(".")
        assert outcome == judge(rule, series, JAN)


def test_a_tail_just_above_the_significance_reads_above_it() -> None:
    outcome = judge(anomaly(), monthly(BASELINE, 5), JAN)
    assert outcome.probability is not None
    rule = anomaly(significance=outcome.probability * (1 - 1e-6))
    explanation = judge(rule, monthly(BASELINE, 5), JAN).explanation
    assert "P(X≥5) = 0.04207902 > 0.04207898" in explanation

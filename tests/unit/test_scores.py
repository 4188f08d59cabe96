"""The proper scores of ``watchfloor.forecasting.scores`` against values worked out by hand.

Expected values are exact fractions (``fractions.Fraction``) or ``math.log``, never
scoringrules, so a wrong convention (argument order, a factor of 2, a clip) shows. They are
compared to 12 significant digits: what the float arithmetic can promise.
"""

import math
from fractions import Fraction as F

import numpy as np
import pytest
from watchfloor.forecasting import scores


def same(actual: object, expected: list[float]) -> None:
    values = np.asarray(actual, dtype=np.float64).tolist()
    assert values == pytest.approx(expected, rel=1e-12, abs=1e-15)


def test_brier_is_the_squared_gap_between_probability_and_outcome() -> None:
    p = [F(7, 10), F(2, 10), F(1), F(1, 2), F(0)]
    y = [1, 1, 0, 0, 0]
    expected = [float((pi - yi) ** 2) for pi, yi in zip(p, y, strict=True)]
    assert expected == [0.09, 0.64, 1.0, 0.25, 0.0]
    same(scores.brier([float(v) for v in p], y), expected)


def test_log_score_is_minus_log_of_the_probability_of_what_happened_clipped() -> None:
    result = scores.log_score([0.8, 0.8, 0.0, 1.0, 1.0], [1, 0, 0, 0, 1])
    # p = 0 and p = 1 are read as 0.001 and 0.999 (LOG_CLIP): finite, and certainty is rewarded
    # up to -ln 0.999 only.
    same(
        result,
        [-math.log(0.8), -math.log(0.2), -math.log(0.999), -math.log(0.001), -math.log(0.999)],
    )
    assert float(result[3]) == pytest.approx(6.907755278982137, rel=1e-12)


def test_crps_and_quantile_score_from_three_quantiles() -> None:
    # Quantiles 1, 2, 4 at 0.25, 0.5, 0.75; the answer is 3.
    # Pinball: level 0.25, 3 > 1: 0.25·2 = 1/2; level 0.5, 3 > 2: 0.5·1 = 1/2;
    # level 0.75, 3 < 4: (1 − 0.75)·1 = 1/4. Mean 5/12; CRPS ≈ 2 · mean = 5/6.
    levels = [0.25, 0.5, 0.75]
    values = [[1.0, 2.0, 4.0], [0.0, 0.0, 0.0], [5.0, 6.0, 7.0]]
    observed = [3.0, 0.0, 3.0]
    # Third row, answer 3 below every quantile: (0.75·2 + 0.5·3 + 0.25·4)/3 = 4/3.
    mean_pinball = [F(5, 12), F(0), (F(3, 4) * 2 + F(1, 2) * 3 + F(1, 4) * 4) / 3]
    assert mean_pinball[2] == F(4, 3)
    same(scores.quantile_score(levels, values, observed), [float(v) for v in mean_pinball])
    same(scores.crps_quantiles(levels, values, observed), [float(2 * v) for v in mean_pinball])


def test_coverage_of_the_central_intervals_bounds_included() -> None:
    levels = [0.05, 0.25, 0.5, 0.75, 0.95]
    row = [0.0, 1.0, 2.0, 3.0, 5.0]
    values = [row, row, row, row]
    observed = [5.0, 0.5, 6.0, 1.0]
    assert scores.coverage(levels, values, observed, central=0.9).tolist() == [
        True,
        True,
        False,
        True,
    ]
    assert scores.coverage(levels, values, observed, central=0.5).tolist() == [
        False,
        False,
        False,
        True,
    ]
    with pytest.raises(ValueError, match=r"levels lack 0\.1"):
        scores.coverage(levels, values, observed, central=0.8)


def test_crps_bins_is_the_ranked_probability_score_over_the_edges() -> None:
    # Edges 0, 1, 3, 6: bins below 0, [0, 1), [1, 3), [3, 6), 6 and above. Answer 2.
    # P(X < e): 0, 1/2, 4/5, 1; 1{2 < e}: 0, 0, 1, 1 → 0 + 1/4 + 1/25 + 0 = 29/100.
    result = scores.crps_bins([0, 1, 3, 6], [[0, 0.5, 0.3, 0.2, 0]], [2])
    same(result, [float(F(1, 4) + F(1, 25))])
    assert float(result[0]) == pytest.approx(0.29, rel=1e-12)


def test_crps_bins_of_unit_count_bins_is_the_exact_crps() -> None:
    # A count with P(0) = .2, P(1) = .5, P(2) = .3; the answer is 1.
    # CRPS = E|X − y| − ½ E|X − X′| = (.2 + .3) − (.2·.5·1 + .2·.3·2 + .5·.3·1) = .5 − .37.
    crps = (F(2, 10) + F(3, 10)) - (
        F(2, 10) * F(5, 10) + F(2, 10) * F(3, 10) * 2 + F(5, 10) * F(3, 10)
    )
    assert crps == F(13, 100)
    result = scores.crps_bins([0, 1, 2, 3], [[0, 0.2, 0.5, 0.3, 0]], [1])
    same(result, [float(crps)])


def test_skill_against_a_reference() -> None:
    assert scores.skill([0.1, 0.2], [0.3, 0.3]) == pytest.approx(0.5, rel=1e-12)
    assert scores.skill(0.4, 0.2) == pytest.approx(-1.0, rel=1e-12)
    assert math.isnan(scores.skill([0.1], [0.0]))
    assert math.isnan(scores.skill([], [0.2]))


def test_reliability_table_and_murphy_decomposition() -> None:
    p = [0.1, 0.1, 0.8, 0.8, 0.8]
    y = [0, 1, 1, 1, 0]
    table = scores.reliability(p, y)
    assert table.count.tolist() == [0, 2, 0, 0, 0, 0, 0, 0, 3, 0]
    assert table.mean_probability[1] == pytest.approx(0.1)
    assert table.observed_frequency[8] == pytest.approx(2 / 3)
    assert math.isnan(table.observed_frequency[0])
    # Bins: {0.1: n 2, ō 1/2}, {0.8: n 3, ō 2/3}; base rate 3/5.
    n, base = 5, F(3, 5)
    rel = (2 * (F(1, 10) - F(1, 2)) ** 2 + 3 * (F(8, 10) - F(2, 3)) ** 2) / n
    res = (2 * (F(1, 2) - base) ** 2 + 3 * (F(2, 3) - base) ** 2) / n
    unc = base * (1 - base)
    bs = sum((F(v).limit_denominator(10) - o) ** 2 for v, o in zip(p, y, strict=True)) / n
    assert bs == rel - res + unc == F(154, 500)  # one stated value per bin: exact
    mean = sum(F(v).limit_denominator(10) for v in p) / n
    sharp = sum((F(v).limit_denominator(10) - mean) ** 2 for v in p) / n
    d = scores.brier_decomposition(p, y)
    same(
        [d.brier, d.reliability, d.resolution, d.uncertainty, d.sharpness, d.base_rate],
        [float(bs), float(rel), float(res), float(unc), float(sharp), 0.6],
    )
    assert d.n == 5


def test_a_probability_of_one_falls_in_the_top_bin() -> None:
    assert scores.reliability([1.0, 0.0, 0.95], [1, 0, 1]).count.tolist() == [1] + [0] * 8 + [2]


def test_empty_input_scores_nothing() -> None:
    assert scores.brier([], []).size == 0
    assert math.isnan(scores.brier_decomposition([], []).brier)


@pytest.mark.parametrize(
    ("p", "y", "message"),
    [
        ([1.2], [1], r"\[0, 1\]"),
        ([0.5], [0.5], "0 or 1"),
        ([0.5, 0.2], [1], "same length"),
        ([float("nan")], [1], "finite"),
    ],
)
def test_bad_binary_input_is_refused(p: list[float], y: list[float], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        scores.brier(p, y)


def test_bad_distributions_are_refused() -> None:
    with pytest.raises(ValueError, match="shape"):
        scores.crps_quantiles([0.5], [[1.0, 2.0]], [1.0])
    with pytest.raises(ValueError, match="inside"):
        scores.quantile_score([0.0, 0.5], [[1.0, 2.0]], [1.0])
    with pytest.raises(ValueError, match="sum to 1"):
        scores.crps_bins([0, 1], [[0.5, 0.2, 0.2]], [0])
    with pytest.raises(ValueError, match="increasing"):
        scores.crps_bins([1, 0], [[0.5, 0.3, 0.2]], [0])


def test_ten_thousand_forecasts_score_in_one_call() -> None:
    rng = np.random.default_rng(7)
    p = rng.random(10_000)
    y = (rng.random(10_000) < p).astype(np.float64)
    assert scores.brier(p, y).shape == (10_000,)
    levels = [0.05, 0.25, 0.5, 0.75, 0.95]
    values = np.sort(rng.poisson(3.0, size=(10_000, 5)).astype(np.float64), axis=1)
    observed = rng.poisson(3.0, size=10_000).astype(np.float64)
    assert scores.crps_quantiles(levels, values, observed).shape == (10_000,)
    assert scores.coverage(levels, values, observed, central=0.9).dtype == np.bool_


def test_weights_count_an_entry_as_that_many() -> None:
    weighted = scores.brier_decomposition([0.1, 0.8], [0, 1], weights=[2, 3])
    repeated = scores.brier_decomposition([0.1, 0.1, 0.8, 0.8, 0.8], [0, 0, 1, 1, 1])
    for name in ("brier", "reliability", "resolution", "uncertainty", "sharpness", "base_rate"):
        assert getattr(weighted, name) == pytest.approx(getattr(repeated, name), rel=1e-12)
    table = scores.reliability([0.1, 0.8], [0, 1], weights=[2, 3])
    assert table.count.tolist()[1] == 1
    assert table.weight.tolist()[1] == 2

"""The baseline models' formulas, on histories small enough to work out by hand."""

import math

import pytest
from scipy import stats  # type: ignore[import-untyped]
from watchfloor.forecasting.models import (
    Target,
    climatology,
    count_model,
    meets,
    persistence,
)

BINARY = Target(kind="binary")
COUNT = Target(kind="count", levels=(0.1, 0.5, 0.9))


def test_climatology_binary_is_the_krichevsky_trofimov_share_of_past_windows() -> None:
    # 3 of 4 months had a launch: (3 + 1/2) / (4 + 1).
    assert climatology([1, 0, 2, 5], BINARY).probability == 0.7
    assert climatology([], BINARY).probability == 0.5
    # Two-month windows of [1, 0, 0, 3]: 1, 0, 3; at least 2 → one of three.
    two = Target(kind="binary", periods=2, op=">=", threshold=2)
    assert climatology([1, 0, 0, 3], two).probability == pytest.approx(1.5 / 4)
    # A hand-entered series skips periods without a figure.
    assert climatology([None, 1, None, 0], BINARY).probability == pytest.approx(1.5 / 3)


def test_climatology_count_is_the_empirical_quantiles() -> None:
    history = [0, 0, 1, 2, 3, 3, 4, 7, 9, 10]
    assert climatology(history, COUNT).quantiles == (0.0, 3.0, 9.0)
    assert climatology([], COUNT).quantiles == (0.0, 0.0, 0.0)


def test_count_model_is_poisson_when_not_overdispersed() -> None:
    history = [2, 2, 2, 2]  # mean 2, variance 0
    p = count_model(history, BINARY).probability
    assert p == pytest.approx(1 - math.exp(-2))
    assert count_model(history, COUNT).quantiles == tuple(
        float(v) for v in stats.poisson(2).ppf([0.1, 0.5, 0.9])
    )
    # Nothing for 24 months: the rate is floored at half an event per window.
    quiet = count_model([0] * 24, BINARY).probability
    assert quiet == pytest.approx(1 - math.exp(-0.5 / 24))


def test_count_model_is_negative_binomial_when_overdispersed() -> None:
    history = [0, 0, 0, 8]  # mean 2, sample variance 16
    r = 4 / (16 - 2)
    dist = stats.nbinom(r, r / (r + 2))
    assert count_model(history, BINARY).probability == pytest.approx(float(dist.sf(0)))
    two = Target(kind="binary", periods=2, op=">", threshold=3)
    assert count_model(history, two).probability == pytest.approx(
        float(stats.nbinom(2 * r, r / (r + 2)).sf(3))
    )


def test_count_model_probabilities_stay_off_0_and_1() -> None:
    assert count_model([50] * 24, BINARY).probability == 0.999
    never = Target(kind="binary", op=">=", threshold=1000)
    assert count_model([0] * 24, never).probability == 0.001


def test_persistence_repeats_the_last_window() -> None:
    assert persistence([0, 0, 3], BINARY).probability == 0.9
    assert persistence([3, 0, 0], BINARY).probability == pytest.approx(0.1)
    # The last value is the median of the Poisson around it.
    assert persistence([5, 4], COUNT).quantiles is not None
    assert persistence([5, 4], COUNT).quantiles[1] == 4.0  # type: ignore[index]
    assert persistence([], COUNT).quantiles == (0.0, 0.0, 0.0)


def test_the_same_history_gives_the_same_numbers_bit_for_bit() -> None:
    history = [0.0, 3.0, 1.0, 0.0, 7.0, 2.0] * 20
    for model in (climatology, count_model, persistence):
        for target in (BINARY, COUNT):
            assert model(history, target) == model(list(history), target)


@pytest.mark.parametrize(
    ("op", "yes", "no"),
    [(">=", 1, 0.5), (">", 1.5, 1), ("<=", 1, 1.5), ("<", 0.5, 1), ("==", 1, 2)],
)
def test_meets(op: str, yes: float, no: float) -> None:
    assert meets(yes, op, 1) and not meets(no, op, 1)

"""Statistics of interleaved rounds: medians, ranges and per-round ratios.

The machines are noisy and shared, so absolute numbers are not comparable between runs. Each
round measures a scenario and its references back to back; a ratio is computed *within* each
round and the median of those ratios is reported, with its range.
"""

import statistics
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ("Spread", "Verdict", "judge", "ratios", "spread")


@dataclass(frozen=True)
class Spread:
    """Median and range of a series of measurements."""

    median: float
    low: float
    high: float
    n: int


def spread(values: Sequence[float]) -> Spread:
    """Median, minimum and maximum of ``values`` (which must not be empty)."""
    if not values:
        raise ValueError("no measurements")
    return Spread(statistics.median(values), min(values), max(values), len(values))


def ratios(numerators: Sequence[float], denominators: Sequence[float]) -> list[float]:
    """Round-by-round ratios ``numerators[i] / denominators[i]``.

    Rounds where the denominator is zero (a reference that failed) carry no information and are
    left out rather than turned into infinities.
    """
    if len(numerators) != len(denominators):
        raise ValueError(f"{len(numerators)} numerators for {len(denominators)} denominators")
    return [n / d for n, d in zip(numerators, denominators, strict=True) if d > 0]


@dataclass(frozen=True)
class Verdict:
    """A goal judged against the measured ratio."""

    ratio: Spread | None
    """The ratio's median and range; ``None`` when there was nothing to compare."""
    met: bool | None
    """``True``/``False``, or ``None`` when the ratio could not be measured."""


def judge(values: Sequence[float], threshold: float, *, at_most: bool = False) -> Verdict:
    """Whether the median of ``values`` reaches ``threshold`` (or stays under it if ``at_most``)."""
    if not values:
        return Verdict(None, None)
    s = spread(values)
    met = s.median <= threshold if at_most else s.median >= threshold
    return Verdict(s, met)

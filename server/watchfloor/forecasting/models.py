"""The built-in baseline models: climatology, a count model, and persistence.

Each is a small pure function of the trailing history (one value per complete period before
the forecast, oldest first; ``None`` where a hand-entered series has no figure) and of the
target (how many periods the window spans, binary with a comparison or count with quantile
levels). They see data only through :func:`forecast`, which reads the history from a
:class:`~watchfloor.forecasting.reader.KnownReader` bounded by ``known_by``. Deterministic: the
same history gives the same numbers, bit for bit. ``docs/forecasting.md`` has the formulas.
"""

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import stats  # type: ignore[import-untyped]

from watchfloor.forecasting.reader import KnownReader, Source

__all__ = (
    "DEFAULT_WINDOWS",
    "MODELS",
    "PERSISTENCE_YES",
    "P_CLIP",
    "Prediction",
    "Target",
    "climatology",
    "count_model",
    "forecast",
    "meets",
    "persistence",
)

P_CLIP = 0.001
"""The count model's probabilities are kept within [0.001, 0.999], so a log score is finite."""
PERSISTENCE_YES = 0.9
"""Persistence says 0.9 when the last window met the comparison, else 0.1."""
DEFAULT_WINDOWS = {"climatology": 120, "count-model": 24, "persistence": 0}
"""Trailing periods each model learns from (persistence: the last target-long window)."""


@dataclass(frozen=True, slots=True)
class Target:
    """What is forecast: the measure over the next ``periods`` periods."""

    kind: str
    """``binary`` or ``count``."""
    periods: int = 1
    op: str = ">="
    threshold: float = 1.0
    levels: tuple[float, ...] = (0.05, 0.25, 0.5, 0.75, 0.95)


@dataclass(frozen=True, slots=True)
class Prediction:
    """A forecast in the shape the target needs."""

    probability: float | None = None
    quantiles: tuple[float, ...] | None = None


def meets(value: float, op: str, threshold: float) -> bool:
    """Whether ``value <op> threshold``."""
    if op == ">=":
        return value >= threshold
    if op == ">":
        return value > threshold
    if op == "<=":
        return value <= threshold
    if op == "<":
        return value < threshold
    return value == threshold


def _windows(history: Sequence[float | None], periods: int) -> list[float]:
    """Sums over every run of ``periods`` consecutive known periods (overlapping)."""
    values = [v for v in history if v is not None]
    return [math.fsum(values[i : i + periods]) for i in range(len(values) - periods + 1)]


def climatology(history: Sequence[float | None], target: Target) -> Prediction:
    """The base rate over the trailing window.

    Binary: ``(m + 1/2) / (n + 1)`` where ``n`` windows of the target's length fit in the
    history and ``m`` of them met the comparison (the Krichevsky–Trofimov estimate: never 0 or
    1; 1/2 without history). Count: the empirical quantiles of those ``n`` window sums (the
    smallest observed value whose share at or below it reaches the level; 0 without history).
    """
    sums = _windows(history, target.periods)
    if target.kind == "binary":
        hits = sum(meets(s, target.op, target.threshold) for s in sums)
        return Prediction(probability=(hits + 0.5) / (len(sums) + 1))
    if not sums:
        return Prediction(quantiles=tuple(0.0 for _ in target.levels))
    q = np.quantile(np.asarray(sums, float), list(target.levels), method="inverted_cdf")
    return Prediction(quantiles=tuple(float(v) for v in q))


def _count_distribution(history: Sequence[float | None], periods: int) -> stats.rv_discrete:
    values = np.asarray([v for v in history if v is not None], float)
    n = len(values)
    mean = float(values.mean()) if n else 0.0
    variance = float(values.var(ddof=1)) if n >= 2 else 0.0
    if variance > mean > 0:
        r = mean * mean / (variance - mean)
        return stats.nbinom(periods * r, r / (r + mean))
    rate = max(mean, 0.5 / max(n, 1))
    return stats.poisson(periods * rate)


def _probability(dist: stats.rv_discrete, op: str, threshold: float) -> float:
    """P(X <op> threshold) for a distribution on the integers."""
    if op == ">=":
        p = dist.sf(math.ceil(threshold) - 1)
    elif op == ">":
        p = dist.sf(math.floor(threshold))
    elif op == "<=":
        p = dist.cdf(math.floor(threshold))
    elif op == "<":
        p = dist.cdf(math.ceil(threshold) - 1)
    else:
        p = dist.pmf(threshold) if float(threshold).is_integer() else 0.0
    return float(p)


def count_model(history: Sequence[float | None], target: Target) -> Prediction:
    """Poisson, or negative binomial when the history is overdispersed, per period.

    Over the trailing window of ``n`` periods with mean ``μ`` and sample variance ``s²``: when
    ``s² > μ > 0`` a negative binomial with ``r = μ² / (s² − μ)``, ``p = r / (r + μ)``, and a
    window of ``k`` periods is NB(k r, p); otherwise Poisson with rate ``k · max(μ, 1/(2n))``
    (half an event per window at least, as the warning rules' anomaly test). Binary:
    P(X <op> threshold) clipped to [0.001, 0.999]; count: the quantiles (``ppf``) at the levels.
    """
    dist = _count_distribution(history, target.periods)
    if target.kind == "binary":
        p = _probability(dist, target.op, target.threshold)
        return Prediction(probability=min(max(p, P_CLIP), 1 - P_CLIP))
    return Prediction(quantiles=tuple(float(v) for v in dist.ppf(list(target.levels))))


def persistence(history: Sequence[float | None], target: Target) -> Prediction:
    """The last complete window again.

    ``x`` is the sum of the last ``k`` known periods (``k`` the target's length; 0 without
    history). Binary: 0.9 when ``x`` met the comparison, else 0.1. Count: the quantiles of a
    Poisson of mean ``max(x, 0.1)``, whose median is ``x`` for a whole ``x``.
    """
    values = [v for v in history if v is not None]
    last = math.fsum(values[-target.periods :]) if values else 0.0
    if target.kind == "binary":
        yes = meets(last, target.op, target.threshold)
        return Prediction(probability=PERSISTENCE_YES if yes else 1 - PERSISTENCE_YES)
    dist = stats.poisson(max(last, 0.1))
    return Prediction(quantiles=tuple(float(v) for v in dist.ppf(list(target.levels))))


MODELS: dict[str, Callable[[Sequence[float | None], Target], Prediction]] = {
    "climatology": climatology,
    "count-model": count_model,
    "persistence": persistence,
}
"""Model name (its forecaster name) → its function."""


async def forecast(
    model: str, reader: KnownReader, source: Source, target: Target, window: int | None = None
) -> tuple[Prediction, list[float | None]]:
    """The model's forecast from what ``reader`` knows, with the history it used.

    The history is the ``window`` complete periods before the one holding ``reader.known_by``
    (default :data:`DEFAULT_WINDOWS`; persistence reads the last ``target.periods``).
    """
    n = window if window is not None else DEFAULT_WINDOWS[model]
    n = max(n, target.periods)
    history = await reader.history(source, n)
    return MODELS[model](history, target), history

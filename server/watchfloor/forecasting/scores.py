"""Proper scores of forecasts: numpy arrays in, arrays out, one vectorised pass.

Every score is negatively oriented (lower is better) and computed by ``scoringrules`` (pinned
in ``pyproject.toml``) where it has the rule; this module only validates the arrays, shapes
them for the library, and documents the conventions the library leaves open:

* ``brier``: (p − y)², y ∈ {0, 1}, range 0–1 (not the 0–2 Good Judgment scale).
* ``log_score``: −ln of the probability given to what happened. A stated 0 or 1 would score
  +∞ when wrong, so p is clipped to [``LOG_CLIP``, 1 − ``LOG_CLIP``] (0.1 %–99.9 %, the range
  Metaculus accepts for a binary forecast); the worst log score is therefore −ln 0.001 ≈ 6.908.
* ``crps_quantiles``: 2/K Σ pinball losses over the K levels (``scoringrules.crps_quantile``,
  after Berrisch & Ziel 2023): twice ``quantile_score``.
* ``quantile_score``: the mean pinball loss over the levels (``scoringrules.quantile_score``).
* ``coverage``: whether the observation lies in the central interval, bounds included. The
  interval's levels must be among the forecast's levels (no interpolation, no extrapolation):
  ``central=0.9`` needs 0.05 and 0.95.
* ``crps_bins``: the ranked probability score over the bin edges
  (``scoringrules.rps_score``): Σⱼ (P(X < eⱼ) − 1{y < eⱼ})². For unit-width bins of a count
  (edges 0, 1, 2 …) it is exactly the CRPS of the forecast's distribution; for wider bins it
  is the CRPS discretised at the edges, one unit of weight per edge.
* ``skill``: 1 − score / reference; ``nan`` when the reference scores 0 (undefined).

``reliability`` and ``brier_decomposition`` are the calibration table and Murphy's
decomposition (REL − RES + UNC) over bins of stated probability. ``docs/forecasting.md`` has
the formulas and a hand-computed example.
"""

from dataclasses import dataclass
from typing import Any, cast

import numpy as np
import numpy.typing as npt
import scoringrules as sr

__all__ = (
    "LOG_CLIP",
    "Decomposition",
    "Reliability",
    "brier",
    "brier_decomposition",
    "coverage",
    "crps_bins",
    "crps_quantiles",
    "log_score",
    "quantile_score",
    "reliability",
    "skill",
)

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]

LOG_CLIP = 0.001
"""Probabilities are clipped to [LOG_CLIP, 1 − LOG_CLIP] before the log score."""
LEVEL_TOLERANCE = 1e-9
"""How close a level must be to the one an interval needs (``coverage``)."""


def _floats(name: str, values: Any, ndim: int) -> FloatArray:
    array = np.asarray(values, dtype=np.float64)
    if array.ndim != ndim:
        raise ValueError(f"{name} must have {ndim} dimension(s), not {array.ndim}")
    if not np.all(np.isfinite(array)):
        raise ValueError(f"{name} must be finite")
    return array


def _binary(p: Any, y: Any) -> tuple[FloatArray, FloatArray]:
    probabilities = _floats("p", p, 1)
    outcomes = _floats("y", y, 1)
    if probabilities.shape != outcomes.shape:
        raise ValueError("p and y must have the same length")
    if np.any((probabilities < 0) | (probabilities > 1)):
        raise ValueError("p must lie in [0, 1]")
    if np.any((outcomes != 0) & (outcomes != 1)):
        raise ValueError("y must be 0 or 1")
    return probabilities, outcomes


def _quantiles(
    levels: Any, values: Any, observed: Any
) -> tuple[FloatArray, FloatArray, FloatArray]:
    alphas = _floats("levels", levels, 1)
    table = _floats("values", values, 2)
    obs = _floats("observed", observed, 1)
    if alphas.size == 0 or np.any((alphas <= 0) | (alphas >= 1)):
        raise ValueError("levels must be non-empty and strictly inside (0, 1)")
    if table.shape != (obs.size, alphas.size):
        raise ValueError(f"values must have shape ({obs.size}, {alphas.size}), not {table.shape}")
    return alphas, table, obs


def brier(p: Any, y: Any) -> FloatArray:
    """Brier score (p − y)² of each probability ``p`` of an event against its outcome ``y``."""
    probabilities, outcomes = _binary(p, y)
    return np.asarray(sr.brier_score(outcomes, probabilities), dtype=np.float64)


def log_score(p: Any, y: Any) -> FloatArray:
    """Negative log-likelihood −ln|p + y − 1|, with p clipped to [0.001, 0.999]."""
    probabilities, outcomes = _binary(p, y)
    clipped = np.clip(probabilities, LOG_CLIP, 1 - LOG_CLIP)
    return np.asarray(sr.log_score(outcomes, clipped), dtype=np.float64)


def crps_quantiles(levels: Any, values: Any, observed: Any) -> FloatArray:
    """CRPS approximated from quantiles: (2/K) Σₖ pinball(levels[k], values[:, k], observed).

    ``levels`` has K entries in (0, 1); ``values`` is n × K (row i: forecast i's quantiles);
    ``observed`` has n entries. Returns n scores.
    """
    alphas, table, obs = _quantiles(levels, values, observed)
    return np.asarray(sr.crps_quantile(obs, table, alphas), dtype=np.float64)


def quantile_score(levels: Any, values: Any, observed: Any) -> FloatArray:
    """Mean pinball loss over the levels: (1/K) Σₖ (1{y < qₖ} − αₖ)(qₖ − y). Shapes as
    ``crps_quantiles``."""
    alphas, table, obs = _quantiles(levels, values, observed)
    losses = np.asarray(sr.quantile_score(obs[:, None], table, alphas[None, :]), dtype=np.float64)
    return cast(FloatArray, losses.mean(axis=1))


def coverage(levels: Any, values: Any, observed: Any, *, central: float) -> BoolArray:
    """Whether each observation lies in the central ``central`` interval, bounds included.

    The interval runs from the (1 − central)/2 quantile to the (1 + central)/2 quantile; both
    levels must be among ``levels`` (a ``ValueError`` otherwise: nothing is interpolated).
    """
    alphas, table, obs = _quantiles(levels, values, observed)
    if not 0 < central < 1:
        raise ValueError("central must lie strictly inside (0, 1)")
    columns = []
    for wanted in ((1 - central) / 2, (1 + central) / 2):
        near = np.flatnonzero(np.abs(alphas - wanted) <= LEVEL_TOLERANCE)
        if near.size == 0:
            raise ValueError(f"levels lack {wanted:g}, needed for the central {central:g} interval")
        columns.append(int(near[0]))
    lower, upper = table[:, columns[0]], table[:, columns[1]]
    return (lower <= obs) & (obs <= upper)


def crps_bins(edges: Any, probabilities: Any, observed: Any) -> FloatArray:
    """Ranked probability score of bin forecasts: Σⱼ (P(X < eⱼ) − 1{y < eⱼ})².

    ``edges`` has m strictly increasing entries; ``probabilities`` is n × (m + 1) (below e₁,
    [e₁, e₂), …, eₘ and above), each row summing to 1 (within 1e-6); ``observed`` has n entries.
    """
    cuts = _floats("edges", edges, 1)
    table = _floats("probabilities", probabilities, 2)
    obs = _floats("observed", observed, 1)
    if cuts.size == 0 or np.any(np.diff(cuts) <= 0):
        raise ValueError("edges must be non-empty and strictly increasing")
    if table.shape != (obs.size, cuts.size + 1):
        raise ValueError(
            f"probabilities must have shape ({obs.size}, {cuts.size + 1}), not {table.shape}"
        )
    if np.any(table < 0) or np.any(np.abs(table.sum(axis=1) - 1) > 1e-6):
        raise ValueError("each row of probabilities must be non-negative and sum to 1")
    onehot = np.zeros_like(table)
    onehot[np.arange(obs.size), np.searchsorted(cuts, obs, side="right")] = 1.0
    return np.asarray(sr.rps_score(onehot, table, onehot=True), dtype=np.float64)


def skill(score: Any, reference: Any) -> float:
    """Skill against a reference: 1 − mean(score) / mean(reference).

    1 is perfect, 0 no better than the reference, negative worse; ``nan`` when the reference's
    mean score is 0 (nothing to improve on) or either side is empty.
    """
    mine = np.asarray(score, dtype=np.float64)
    theirs = np.asarray(reference, dtype=np.float64)
    if mine.size == 0 or theirs.size == 0:
        return float("nan")
    denominator = float(theirs.mean())
    if denominator == 0:
        return float("nan")
    return 1.0 - float(mine.mean()) / denominator


@dataclass(frozen=True)
class Reliability:
    """The reliability table: per bin of stated probability, how many forecasts, their mean
    stated probability and the observed frequency of the event (``nan`` for an empty bin)."""

    lower: FloatArray
    upper: FloatArray
    count: npt.NDArray[np.int64]
    weight: FloatArray
    """The weight of each bin (its count when unweighted)."""
    mean_probability: FloatArray
    observed_frequency: FloatArray


@dataclass(frozen=True)
class Decomposition:
    """Murphy's decomposition of the Brier score over the bins: BS ≈ REL − RES + UNC."""

    brier: float
    reliability: float
    resolution: float
    uncertainty: float
    sharpness: float
    """Variance of the stated probabilities: how far they move from their mean."""
    base_rate: float
    n: int


def _bin_index(p: FloatArray, bins: int) -> npt.NDArray[np.int64]:
    # Bin k is [k/bins, (k+1)/bins); the last bin includes 1.
    return np.minimum((p * bins).astype(np.int64), bins - 1)


def _weights(weights: Any, n: int) -> FloatArray:
    if weights is None:
        return np.ones(n, dtype=np.float64)
    array = _floats("weights", weights, 1)
    if array.shape != (n,) or np.any(array < 0):
        raise ValueError("weights must be non-negative, one per probability")
    return array


def reliability(p: Any, y: Any, *, bins: int = 10, weights: Any = None) -> Reliability:
    """Reliability table of probabilities ``p`` against outcomes ``y`` in ``bins`` equal bins.

    With ``weights`` the means are weighted (``count`` stays the number of entries).
    """
    probabilities, outcomes = _binary(p, y)
    if bins < 1:
        raise ValueError("bins must be at least 1")
    w = _weights(weights, probabilities.size)
    index = _bin_index(probabilities, bins)
    count = np.bincount(index, minlength=bins).astype(np.int64)
    total = np.bincount(index, weights=w, minlength=bins).astype(np.float64)
    stated = np.bincount(index, weights=w * probabilities, minlength=bins)
    happened = np.bincount(index, weights=w * outcomes, minlength=bins)
    used = total > 0
    safe = np.where(used, total, 1.0)
    edges = np.arange(bins + 1, dtype=np.float64) / bins
    return Reliability(
        lower=edges[:-1],
        upper=edges[1:],
        count=count,
        weight=total,
        mean_probability=np.where(used, stated / safe, np.nan),
        observed_frequency=np.where(used, happened / safe, np.nan),
    )


def brier_decomposition(p: Any, y: Any, *, bins: int = 10, weights: Any = None) -> Decomposition:
    """Murphy (1973): REL = (1/N) Σ nₖ (f̄ₖ − ōₖ)², RES = (1/N) Σ nₖ (ōₖ − ō)², UNC = ō(1 − ō).

    With ``weights``, nₖ and N are sums of weights and every mean is weighted. Not
    bias-corrected; with binning, REL − RES + UNC differs from the Brier score by the spread of
    probabilities inside each bin (exact when every bin holds one stated value).
    """
    probabilities, outcomes = _binary(p, y)
    w = _weights(weights, probabilities.size)
    n = float(w.sum())
    if n <= 0:
        nan = float("nan")
        return Decomposition(
            brier=nan,
            reliability=nan,
            resolution=nan,
            uncertainty=nan,
            sharpness=nan,
            base_rate=nan,
            n=int(probabilities.size),
        )
    table = reliability(probabilities, outcomes, bins=bins, weights=w)
    used = table.weight > 0
    nk = table.weight[used]
    base_rate = float(np.sum(w * outcomes) / n)
    mean = float(np.sum(w * probabilities) / n)
    rel = float(np.sum(nk * (table.mean_probability[used] - table.observed_frequency[used]) ** 2))
    res = float(np.sum(nk * (table.observed_frequency[used] - base_rate) ** 2))
    return Decomposition(
        brier=float(np.sum(w * brier(probabilities, outcomes)) / n),
        reliability=rel / n,
        resolution=res / n,
        uncertainty=base_rate * (1 - base_rate),
        sharpness=float(np.sum(w * (probabilities - mean) ** 2) / n),
        base_rate=base_rate,
        n=int(probabilities.size),
    )

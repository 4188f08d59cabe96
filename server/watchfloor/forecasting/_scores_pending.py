"""A temporary copy of the scores the backtests need, with the signatures of ``scores.py``.

The scoring helper owns ``watchfloor.forecasting.scores`` (interface 2 of the forecasting
brief); until it is merged, the backtests use these numpy versions of the same functions. The
lead replaces the import in ``backtests.py`` with ``scores`` and deletes this file.
"""

import numpy as np
from numpy.typing import ArrayLike, NDArray

__all__ = ("brier", "coverage", "crps_quantiles", "log_score", "quantile_score", "skill")

Floats = NDArray[np.float64]


def brier(p: ArrayLike, y: ArrayLike) -> Floats:
    """``(p - y)²`` per forecast."""
    return np.asarray((np.asarray(p, float) - np.asarray(y, float)) ** 2, dtype=np.float64)


def log_score(p: ArrayLike, y: ArrayLike) -> Floats:
    """``-ln(p)`` when yes, ``-ln(1 - p)`` when no; a probability of 0 on what happened is
    ``inf`` (the models never state 0 or 1)."""
    p, y = np.asarray(p, float), np.asarray(y, float)
    with np.errstate(divide="ignore"):
        return np.asarray(-np.log(np.where(y > 0.5, p, 1 - p)), dtype=np.float64)


def quantile_score(levels: ArrayLike, values: ArrayLike, observed: ArrayLike) -> Floats:
    """Mean pinball loss over the levels: ``mean_k (1{y < q_k} - τ_k)(q_k - y)``."""
    tau = np.asarray(levels, float)[None, :]
    q = np.asarray(values, float)
    y = np.asarray(observed, float)[:, None]
    loss = ((y < q).astype(float) - tau) * (q - y)
    return np.asarray(loss.mean(axis=1), dtype=np.float64)


def crps_quantiles(levels: ArrayLike, values: ArrayLike, observed: ArrayLike) -> Floats:
    """CRPS approximated from quantiles: twice the mean pinball loss (exact in the limit of
    evenly spaced levels)."""
    return 2 * quantile_score(levels, values, observed)


def coverage(
    levels: ArrayLike, values: ArrayLike, observed: ArrayLike, *, central: float
) -> NDArray[np.bool_]:
    """Whether the answer lies in the central interval (the levels must include its ends)."""
    lv = [round(float(x), 9) for x in np.asarray(levels, float)]
    low, high = round((1 - central) / 2, 9), round(1 - (1 - central) / 2, 9)
    q = np.asarray(values, float)
    y = np.asarray(observed, float)
    return np.asarray((q[:, lv.index(low)] <= y) & (y <= q[:, lv.index(high)]), dtype=np.bool_)


def skill(score: float, reference: float) -> float:
    """``1 - score / reference``; 0 when the reference is 0 too, ``-inf`` when only it is."""
    if reference == 0:
        return 0.0 if score == 0 else float("-inf")
    return 1 - score / reference

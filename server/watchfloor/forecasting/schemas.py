"""Wire types of the forecasting scores: a question's scores, the leaderboard, calibration.

Every score is negatively oriented (lower is better) and time-averaged over the UTC days the
question was open; ``docs/forecasting.md`` has the formulas and the conventions.
"""

from typing import Literal

import msgspec

from watchfloor.resources.forecasts.schemas import Forecast
from watchfloor.wire import Timestamp

__all__ = (
    "CalibrationBin",
    "CalibrationReport",
    "ForecasterCalibration",
    "ForecasterScore",
    "Leaderboard",
    "LeaderboardEntry",
    "QuestionScores",
    "ScoreStatus",
    "Scores",
)

ScoreStatus = Literal["scored", "unresolved", "annulled"]
"""``scored``: resolved, so scored; ``unresolved``: open or closed, nothing to score yet;
``annulled``: left out of every score."""


class Scores(msgspec.Struct, kw_only=True):
    """Time-averaged scores (lower is better); ``null`` where the rule does not apply.

    Binary questions: ``brier`` ((p − y)², 0–1) and ``log`` (−ln of the probability given to
    what happened, p clipped to [0.001, 0.999]). Count and quantity questions: ``crps`` (from
    quantiles: 2 × mean pinball loss; from bins: ranked probability score over the edges),
    ``quantile_score`` (mean pinball loss) and ``coverage_50`` / ``coverage_90`` (share of days
    the answer lay in the central 50 % / 90 % interval), the last three from quantile forecasts
    only."""

    brier: float | None = None
    log: float | None = None
    crps: float | None = None
    quantile_score: float | None = None
    coverage_50: float | None = None
    coverage_90: float | None = None


class ForecasterScore(msgspec.Struct, kw_only=True):
    """One forecaster's scores on one question."""

    forecaster: str
    forecaster_kind: str
    scores: Scores
    skill: float | None
    """1 − score / climatology's score on the same days (Brier for binary questions, CRPS
    otherwise); ``null`` without a climatology forecast to compare with."""
    days_scored: int
    """Days with a standing forecast of theirs, plus days filled with climatology's."""
    days_filled: int
    """Days before their first forecast, scored with the climatology forecaster's forecast."""
    forecasts: int
    """Forecasts they made on the question (as recorded at ``as_of``)."""
    latest_forecast: Forecast
    """Their last forecast on the question."""


class QuestionScores(msgspec.Struct, kw_only=True):
    """The scores of every forecaster on a question, as recorded at ``as_of``."""

    question_id: str
    kind: str
    status: ScoreStatus
    reason: str | None
    """Why nothing is scored (``status`` not ``scored``)."""
    as_of: Timestamp | None
    outcome: float | None
    """The resolved value (binary: 1 yes, 0 no)."""
    days_open: int
    """UTC days from ``opens_at`` to ``closes_at``: the days every forecaster is scored for."""
    reference: str
    """The reference forecaster skill is measured against: ``climatology``."""
    forecasters: list[ForecasterScore]
    """Best first (lowest Brier, or CRPS)."""


class LeaderboardEntry(msgspec.Struct, kw_only=True):
    """A forecaster over the resolved questions: each question weighs the same."""

    forecaster: str
    forecaster_kind: str
    questions: int
    """Resolved, not annulled, questions they forecast on."""
    scores: Scores
    """Means over those questions of the time-averaged scores."""
    skill: float | None
    """1 − Σ their mean score / Σ climatology's mean score, over the questions and days both
    scored (Brier for binary, CRPS otherwise)."""


class Leaderboard(msgspec.Struct, kw_only=True):
    """Forecasters ranked over the resolved questions of one kind (and tag)."""

    dataset: str
    kind: str
    tag: str | None
    as_of: Timestamp | None
    questions: int
    """Resolved, not annulled, questions counted."""
    entries: list[LeaderboardEntry]
    """Best first."""


class CalibrationBin(msgspec.Struct, kw_only=True):
    """One bin of stated probability: [lower, upper) (the last bin includes 1)."""

    lower: float
    upper: float
    count: int
    """Standing forecasts in the bin, one per forecast and question (forecast-days are
    weighted, see ``weight``)."""
    weight: float
    """Question-days in the bin: each day a forecast stood counts 1 / days the question was
    open, so every question weighs at most 1."""
    mean_probability: float | None
    observed_frequency: float | None


class ForecasterCalibration(msgspec.Struct, kw_only=True):
    """A forecaster's reliability table and Murphy decomposition over binary questions."""

    forecaster: str
    questions: int
    bins: list[CalibrationBin]
    brier: float | None
    """Weighted mean Brier score: REL − RES + UNC up to the spread inside each bin."""
    reliability: float | None
    """(1/N) Σ nₖ (f̄ₖ − ōₖ)²: lower is better calibrated."""
    resolution: float | None
    """(1/N) Σ nₖ (ōₖ − ō)²: higher tells outcomes apart better."""
    uncertainty: float | None
    """ō (1 − ō), of the outcomes alone."""
    sharpness: float | None
    """Weighted variance of the stated probabilities."""
    base_rate: float | None


class CalibrationReport(msgspec.Struct, kw_only=True):
    """Calibration over the resolved binary questions of a dataset (and tag)."""

    dataset: str
    tag: str | None
    as_of: Timestamp | None
    forecasters: list[ForecasterCalibration]

"""Wire types of ``/v1/backtests``: a model run over a question template at rolling origins.

A backtest asks, at every origin from ``origin_from`` to ``origin_to`` (one per period of the
template's frequency), the question "what will the measure be over the next period(s)?" of a
built-in model that sees only the data reported by the origin, then measures the answer as
known at the end of the target window and scores the forecast. It is stored with the numbers
and a fingerprint of the data they came from, so the same data, model and template give the
same numbers. ``docs/forecasting.md`` has the models' formulas.
"""

from datetime import date
from typing import Annotated, Any, Literal

import msgspec
from msgspec import Meta

from watchfloor.resources.questions.schemas import DEFAULT_LEVELS, Comparison
from watchfloor.wire import DatasetName, Timestamp

__all__ = (
    "MAX_ORIGINS",
    "Backtest",
    "BacktestAggregates",
    "BacktestCalibrationBin",
    "BacktestCreate",
    "BacktestList",
    "BacktestOrigin",
    "BacktestSummary",
    "BacktestTemplate",
    "ModelName",
    "OriginForecast",
    "OriginOutcome",
)

MAX_ORIGINS = 600
"""The most origins one backtest runs (it runs inside the request)."""

ModelName = Literal["climatology", "count-model", "persistence"]
Level = Annotated[float, Meta(gt=0, lt=1)]


class BacktestTemplate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """The question asked at every origin: the measure over the next ``periods`` periods.

    Exactly one of ``indicator_id`` (its figures, by the indicator's frequency) and ``over``
    (events or statements selected by ``filters``, the lists' filters, counted per ``period``).
    "At least one DPRK missile launch in month m+1" is ``{"over": "events", "filters": {"tag":
    "missile-test"}, "kind": "binary"}``; "launches in month m+1" the same with ``"kind":
    "count"``.
    """

    kind: Literal["binary", "count"]
    indicator_id: Annotated[str, Meta(pattern="^ind_[0-9a-f]{32}$")] | None = None
    over: Literal["events", "statements"] | None = None
    measure: Literal["count", "distinct_days"] = "count"
    """With ``over``: what is measured over the selected records."""
    filters: dict[str, Any] = msgspec.field(default_factory=dict)
    """With ``over``: the filters of ``GET /v1/events`` or ``GET /v1/statements``."""
    period: Literal["week", "month", "quarter", "year"] = "month"
    """With ``over``: the period origins step by (an indicator steps by its frequency)."""
    periods: Annotated[int, Meta(ge=1, le=12)] = 1
    """How many periods the target window spans, starting at the origin."""
    comparison: Comparison | None = None
    """Binary: yes when ``value <op> comparison.value``; default ``>= 1``."""
    quantile_levels: Annotated[list[Level], Meta(min_length=1, max_length=19)] = msgspec.field(
        default_factory=lambda: list(DEFAULT_LEVELS)
    )
    """Count: the levels a forecast gives quantiles at (CRPS is approximated from them)."""


class BacktestCreate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A backtest to run now: a model, a template, and the range of origins."""

    model: ModelName
    template: BacktestTemplate
    origin_from: date
    """The first origin: the start of its period (an instant, 00:00 UTC) is when the model
    forecasts; a day inside a period means that period's start."""
    origin_to: date
    """The last origin (the period it falls in). At most 600 origins."""
    window: Annotated[int, Meta(ge=1, le=600)] | None = None
    """Trailing periods the model learns from; default: climatology 120, count-model 24,
    persistence the last ``periods``."""
    dataset: DatasetName = "live"


class OriginForecast(msgspec.Struct, kw_only=True, omit_defaults=True):
    """What the model said at one origin."""

    probability: float | None = None
    """Binary: P(yes)."""
    quantiles: list[float] | None = None
    """Count: one value per level of the template, in order."""


class OriginOutcome(msgspec.Struct, kw_only=True, omit_defaults=True):
    """The answer, measured over the target window as known at its end."""

    value: float
    outcome: bool | None = None
    """Binary: yes or no."""


class BacktestOrigin(msgspec.Struct, kw_only=True):
    """One origin: when, the window forecast, the forecast, the answer and its scores."""

    origin: Timestamp
    """What the model knew: everything reported by this instant, nothing after."""
    target_start: date
    target_end: date
    forecast: OriginForecast
    outcome: OriginOutcome
    scores: dict[str, float]
    """Binary: ``brier``, ``log`` (natural log, negated); count: ``crps`` (from the
    quantiles), ``quantile`` (mean pinball loss), ``covered`` (1 when the answer is inside the
    outermost quantiles, else 0)."""


class BacktestCalibrationBin(msgspec.Struct, kw_only=True):
    """Forecasts whose probability fell in ``[low, high)`` (the last bin includes 1)."""

    low: float
    high: float
    count: int
    mean_probability: float | None
    observed_frequency: float | None


class BacktestAggregates(msgspec.Struct, kw_only=True):
    """The scores averaged over the origins, and against climatology on the same origins."""

    origins: int
    mean: dict[str, float]
    """Each score of :class:`BacktestOrigin` averaged over the origins."""
    reference: dict[str, float]
    """The same means for climatology (default window) on the same origins."""
    skill: dict[str, float]
    """``1 - mean / reference`` per score (``covered`` has none); 0 for climatology itself."""
    base_rate: float | None
    """Binary: the share of origins whose answer was yes."""
    calibration: list[BacktestCalibrationBin] | None
    """Binary: ten bins of stated probability against the observed frequency."""
    sharpness: float | None
    """Binary: the variance of the stated probabilities; count: the mean width between the
    outermost quantiles."""


class Backtest(msgspec.Struct, kw_only=True):
    """A stored backtest: what was asked, every origin's numbers, and their means."""

    id: str
    dataset: str
    created_at: Timestamp
    request: BacktestCreate
    results: list[BacktestOrigin]
    aggregates: BacktestAggregates
    fingerprint: str
    """SHA-256 of the data the run read (every series value and answer, in order): two runs
    with the same fingerprint, model and template have the same numbers."""
    elapsed_ms: int
    """How long the run took (not part of the reproducible numbers)."""


class BacktestSummary(msgspec.Struct, kw_only=True):
    """A backtest in a list: the request and the means, without the origins."""

    id: str
    dataset: str
    created_at: Timestamp
    request: BacktestCreate
    aggregates: BacktestAggregates
    fingerprint: str
    elapsed_ms: int


class BacktestList(msgspec.Struct, kw_only=True):
    """A page of backtests, newest first."""

    data: list[BacktestSummary]
    next_cursor: str | None

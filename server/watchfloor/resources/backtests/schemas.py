"""Wire types of ``/v1/backtests``: a model run over a question template at rolling origins.

A backtest asks, at every origin from ``origin_from`` to ``origin_to`` (one per period of the
template's frequency), the question "what will the measure be over the next period(s)?" of a
built-in model that sees only the data reported by the origin, then measures the answer as
known at the end of the target window and scores the forecast. It is stored with the numbers
and a fingerprint of the data they came from, so the same data, model and template give the
same numbers. ``docs/forecasting.md`` has the models' formulas.

A backtest is a versioned resource like the others (in the change feed, the export and the
import), but its numbers are never edited: a version changes only ``external_id`` or
tombstones the run. ``POST /v1/backtests`` runs one (:class:`BacktestCreate`); an import line
restores one exported elsewhere (:class:`BacktestImport`), numbers and all, without re-running.
"""

from datetime import date
from typing import Annotated, Any, Literal

import msgspec
from msgspec import UNSET, Meta, UnsetType

from watchfloor.envelopes import Page, envelopes
from watchfloor.resources.questions.schemas import DEFAULT_LEVELS, Comparison
from watchfloor.wire import DatasetName, ExerciseMark, ExternalId, Timestamp

__all__ = (
    "MAX_ORIGINS",
    "Backtest",
    "BacktestAggregates",
    "BacktestCalibrationBin",
    "BacktestCreate",
    "BacktestFilters",
    "BacktestImport",
    "BacktestList",
    "BacktestOrigin",
    "BacktestPatch",
    "BacktestSummary",
    "BacktestTemplate",
    "BacktestVersion",
    "BacktestVersionList",
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


class OriginForecast(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """What the model said at one origin."""

    probability: float | None = None
    """Binary: P(yes)."""
    quantiles: list[float] | None = None
    """Count: one value per level of the template, in order."""


class OriginOutcome(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """The answer, measured over the target window as known at its end."""

    value: float
    outcome: bool | None = None
    """Binary: yes or no."""


class BacktestOrigin(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
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


class BacktestCalibrationBin(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Forecasts whose probability fell in ``[low, high)`` (the last bin includes 1)."""

    low: float
    high: float
    count: int
    mean_probability: float | None
    observed_frequency: float | None


class BacktestAggregates(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
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
    version: int
    """1 when run; a new version only changes ``external_id`` or deletes the run."""
    created_at: Timestamp
    updated_at: Timestamp
    external_id: str | None
    request: BacktestCreate
    results: list[BacktestOrigin]
    aggregates: BacktestAggregates
    fingerprint: str
    """SHA-256 of the data the run read (every series value and answer, in order): two runs
    with the same fingerprint, model and template have the same numbers."""
    elapsed_ms: int
    """How long the run took (not part of the reproducible numbers)."""
    exercise: ExerciseMark = UNSET


class BacktestSummary(msgspec.Struct, kw_only=True):
    """A backtest in a list: the request and the means, without the origins."""

    id: str
    dataset: str
    version: int
    created_at: Timestamp
    updated_at: Timestamp
    external_id: str | None
    request: BacktestCreate
    aggregates: BacktestAggregates
    fingerprint: str
    elapsed_ms: int
    exercise: ExerciseMark = UNSET


class BacktestList(Page[BacktestSummary], kw_only=True):
    """A page of backtests, newest first, with their means but not their origins."""


_, BacktestVersion, BacktestVersionList = envelopes(Backtest, "backtest", "a backtest", "backtests")


class BacktestImport(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A backtest as exported, restored by an import line (another instance's run).

    The numbers are restored as they are, not computed again: an import moves a record, and the
    data it was run on may not be here. Its ``request`` names the dataset it is restored into.
    To check it against this instance's data, ``POST /v1/backtests`` its ``request`` and
    compare the ``fingerprint``.
    """

    request: BacktestCreate
    results: Annotated[list[BacktestOrigin], Meta(min_length=1, max_length=MAX_ORIGINS)]
    aggregates: BacktestAggregates
    fingerprint: Annotated[str, Meta(pattern="^[0-9a-f]{64}$")]
    elapsed_ms: Annotated[int, Meta(ge=0)] = 0
    dataset: DatasetName = "live"
    external_id: ExternalId | None = None


class BacktestPatch(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Only bookkeeping: a backtest's numbers are never edited (run a new one)."""

    external_id: ExternalId | None | UnsetType = UNSET


class BacktestFilters(msgspec.Struct, kw_only=True):
    """The filters of ``GET /v1/backtests``."""

    dataset: str
    model: str | None = None
    fingerprint: str | None = None

"""Rolling-origin backtests: a built-in model asked the template's question at every origin.

At each origin (the start of a period, 00:00 UTC) the model gets a
:class:`~watchfloor.forecasting.reader.KnownReader` bounded by that instant, and forecasts the
measure over the next ``periods`` periods. The answer is the template's criteria measured over
that window with what had been reported by the window's end
(:func:`~watchfloor.forecasting.criteria.measure_criteria`). Every origin is scored, and so is
climatology on the same origins (the reference of the skill scores). The run comes with a
fingerprint of every value it read, so the same data, model and template give identical numbers;
the backtests resource (:mod:`watchfloor.resources.backtests.service`) stores it.
"""

import hashlib
import itertools
import math
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock

import msgspec
import numpy as np

from watchfloor.computed import periods as p
from watchfloor.computed import repository as computed_repo
from watchfloor.context import Context
from watchfloor.errors import FieldError, Unprocessable
from watchfloor.forecasting import scores
from watchfloor.forecasting.criteria import measure_criteria, outcome
from watchfloor.forecasting.models import (
    DEFAULT_WINDOWS,
    MODELS,
    Prediction,
    Target,
    climatology,
)
from watchfloor.forecasting.reader import KnownReader, Source, Vintages
from watchfloor.resources.backtests.schemas import (
    MAX_ORIGINS,
    BacktestAggregates,
    BacktestCalibrationBin,
    BacktestCreate,
    BacktestOrigin,
    BacktestTemplate,
    OriginForecast,
    OriginOutcome,
)
from watchfloor.resources.indicators.repository import INDICATORS
from watchfloor.resources.indicators.schemas import IndicatorDefinition, selection_of
from watchfloor.resources.questions.schemas import Comparison, Criteria

__all__ = ("Run", "check_template", "origins_of", "run", "source_of")

_T = "/template"


def instant(day: date) -> datetime:
    """00:00 UTC of ``day``."""
    return datetime.combine(day, clock.min, tzinfo=UTC)


async def source_of(ctx: Context, dataset: str, template: BacktestTemplate) -> Source:
    """The series the template measures; 422 with a pointer when it names none."""
    if (template.indicator_id is None) == (template.over is None):
        raise Unprocessable(
            "The template measures an indicator or events or statements: give exactly one of "
            "indicator_id and over.",
            errors=[FieldError(f"{_T}/indicator_id", "give indicator_id or over, not both")],
        )
    if template.indicator_id is not None:
        row = await INDICATORS.get(ctx, template.indicator_id)
        if row is None or row["dataset"] != dataset:
            raise Unprocessable(
                "No such indicator in the dataset.",
                errors=[
                    FieldError(
                        f"{_T}/indicator_id", f"no indicator {template.indicator_id} in {dataset}"
                    )
                ],
            )
        unit = p.UNITS.get(row["frequency"])
        if unit is None:
            raise Unprocessable(
                "A backtest steps by the indicator's calendar periods; this one is irregular.",
                errors=[FieldError(f"{_T}/indicator_id", "an irregular indicator has no periods")],
            )
        computed = await computed_repo.computed_indicators_by_id(ctx, [row["id"]])
        if computed:
            definition = msgspec.convert(computed[0]["definition"], IndicatorDefinition)
            return Source(unit=unit, definition=definition)
        return Source(unit=unit, indicator_id=row["id"])
    try:
        definition = msgspec.convert(
            {"measure": template.measure, "over": template.over, "filters": template.filters},
            IndicatorDefinition,
        )
        selection_of(definition)
    except msgspec.ValidationError as exc:
        raise Unprocessable(
            f"The filters are not those of GET /v1/{template.over}: {exc}",
            errors=[FieldError(f"{_T}/filters", str(exc))],
        ) from None
    return Source(unit=template.period, definition=definition)


def origins_of(request: BacktestCreate, unit: str, now: datetime) -> list[date]:
    """The origins' period starts; 422 when there are none, too many, or a window not over."""
    first = p.period_start(request.origin_from, unit)
    last = p.period_start(request.origin_to, unit)
    if last < first:
        raise Unprocessable(
            "origin_to is before origin_from.",
            errors=[
                FieldError("/origin_to", f"{request.origin_to} is before {request.origin_from}")
            ],
        )
    found = [first]
    while found[-1] < last:
        if len(found) > MAX_ORIGINS:
            break
        found.append(p.shift(found[-1], unit, 1))
    if len(found) > MAX_ORIGINS:
        raise Unprocessable(
            f"At most {MAX_ORIGINS} origins per backtest; narrow origin_from..origin_to.",
            errors=[FieldError("/origin_to", f"more than {MAX_ORIGINS} origins")],
        )
    end = _target_end(last, unit, request.template.periods)
    if instant(end + timedelta(days=1)) > now:
        raise Unprocessable(
            "The last origin's target window has not ended: its answer is not known yet.",
            errors=[FieldError("/origin_to", f"the window of {last} ends on {end}, after now")],
        )
    return found


def _target_end(origin: date, unit: str, periods: int) -> date:
    return p.shift(origin, unit, periods) - timedelta(days=1)


def _target(template: BacktestTemplate) -> Target:
    comparison = template.comparison or Comparison()
    return Target(
        kind=template.kind,
        periods=template.periods,
        op=comparison.op,
        threshold=comparison.value,
        levels=tuple(template.quantile_levels),
    )


def check_template(template: BacktestTemplate) -> None:
    if template.kind == "count" and template.comparison is not None:
        raise Unprocessable(
            "A count template takes no comparison.",
            errors=[FieldError(f"{_T}/comparison", "only a binary template compares")],
        )
    levels = template.quantile_levels
    if any(b <= a for a, b in itertools.pairwise(levels)):
        raise Unprocessable(
            "Quantile levels go strictly upwards.",
            errors=[FieldError(f"{_T}/quantile_levels", "not strictly increasing")],
        )


def _criteria(template: BacktestTemplate, start: date, end: date) -> Criteria:
    return Criteria(
        window_start=start,
        window_end=end,
        indicator_id=template.indicator_id,
        over=template.over,
        measure=template.measure,
        filters=template.filters,
        comparison=template.comparison,
    )


def _scored(
    target: Target, predictions: Sequence[Prediction], observed: np.ndarray
) -> dict[str, np.ndarray]:
    if target.kind == "binary":
        prob = np.asarray([x.probability for x in predictions], float)
        return {"brier": scores.brier(prob, observed), "log": scores.log_score(prob, observed)}
    levels = np.asarray(target.levels, float)
    q = np.asarray([x.quantiles for x in predictions], float).reshape(len(predictions), -1)
    return {
        "crps": scores.crps_quantiles(levels, q, observed),
        "quantile": scores.quantile_score(levels, q, observed),
        "covered": ((q[:, 0] <= observed) & (observed <= q[:, -1])).astype(float),
    }


def _calibration(prob: np.ndarray, yes: np.ndarray) -> list[BacktestCalibrationBin]:
    bins = []
    index = np.minimum((prob * 10).astype(int), 9)
    for i in range(10):
        chosen = index == i
        n = int(chosen.sum())
        bins.append(
            BacktestCalibrationBin(
                low=i / 10,
                high=(i + 1) / 10,
                count=n,
                mean_probability=float(prob[chosen].mean()) if n else None,
                observed_frequency=float(yes[chosen].mean()) if n else None,
            )
        )
    return bins


def _means(scored: dict[str, np.ndarray]) -> dict[str, float]:
    return {name: math.fsum(values.tolist()) / len(values) for name, values in scored.items()}


@dataclass(frozen=True)
class Run:
    """The numbers of one run, to be stored."""

    results: list[BacktestOrigin]
    aggregates: BacktestAggregates
    fingerprint: str
    elapsed_ms: int


async def run(ctx: Context, request: BacktestCreate, *, now: datetime | None = None) -> Run:
    """Run the backtest (422 with a pointer when its template or range cannot run)."""
    ctx.require_dataset(request.dataset)
    started = time.perf_counter()
    template = request.template
    check_template(template)
    source = await source_of(ctx, request.dataset, template)
    origins = origins_of(request, source.unit, now or datetime.now(UTC))
    target = _target(template)
    window = request.window if request.window is not None else DEFAULT_WINDOWS[request.model]
    window = max(window, target.periods)
    reference_window = DEFAULT_WINDOWS["climatology"]
    digest = hashlib.sha256()
    digest.update(msgspec.json.encode([request.dataset, template, source.unit]))
    predictions: list[Prediction] = []
    references: list[Prediction] = []
    measured: list[tuple[float, bool | None]] = []
    windows: list[tuple[date, date]] = []
    read = max(window, reference_window)
    # Every origin's history in one statement (a count), cut at each origin by its reader.
    vintages = await Vintages.read(
        ctx, request.dataset, source,
        p.shift(origins[0], source.unit, -read), p.shift(origins[-1], source.unit, -1),
    )  # fmt: skip
    for origin in origins:
        reader = KnownReader(ctx, request.dataset, instant(origin), vintages)
        history = await reader.history(source, read)
        predictions.append(MODELS[request.model](history[-window:], target))
        references.append(climatology(history[-reference_window:], target))
        end = _target_end(origin, source.unit, target.periods)
        value = await measure_criteria(
            ctx, request.dataset, _criteria(template, origin, end),
            known_by=instant(end + timedelta(days=1)),
        )  # fmt: skip
        measured.append(outcome(template.kind, _criteria(template, origin, end), value.value))
        windows.append((origin, end))
        digest.update(msgspec.json.encode([origin, history, value.value]))
    observed = np.asarray([m[0] for m in measured], float)
    scored = _scored(target, predictions, observed)
    reference_scored = _scored(target, references, observed)
    results = [
        BacktestOrigin(
            origin=instant(start),
            target_start=start,
            target_end=end,
            forecast=OriginForecast(
                probability=x.probability,
                quantiles=list(x.quantiles) if x.quantiles is not None else None,
            ),
            outcome=OriginOutcome(value=m[0], outcome=m[1]),
            scores={name: float(values[i]) for name, values in scored.items()},
        )
        for i, ((start, end), x, m) in enumerate(zip(windows, predictions, measured, strict=True))
    ]
    mean, reference = _means(scored), _means(reference_scored)
    skill = {
        name: 0.0
        if request.model == "climatology" and request.window in (None, reference_window)
        else scores.skill(mean[name], reference[name])
        for name in mean
        if name != "covered"
    }
    if target.kind == "binary":
        prob = np.asarray([x.probability for x in predictions], float)
        aggregates = BacktestAggregates(
            origins=len(origins), mean=mean, reference=reference, skill=skill,
            base_rate=float(observed.mean()), calibration=_calibration(prob, observed),
            sharpness=float(prob.var()),
        )  # fmt: skip
    else:
        q = np.asarray([x.quantiles for x in predictions], float).reshape(len(predictions), -1)
        aggregates = BacktestAggregates(
            origins=len(origins), mean=mean, reference=reference, skill=skill,
            base_rate=None, calibration=None, sharpness=float((q[:, -1] - q[:, 0]).mean()),
        )  # fmt: skip
    elapsed_ms = round((time.perf_counter() - started) * 1000)
    return Run(
        results=results,
        aggregates=aggregates,
        fingerprint=digest.hexdigest(),
        elapsed_ms=elapsed_ms,
    )

"""Scoring questions: every forecaster, every day the question was open, in one pass.

A question is scored for each UTC day from ``opens_at`` to ``closes_at`` (a day counts if the
question was open for any part of it). On each day a forecaster is scored with the forecast of
theirs standing at the end of that day (at ``closes_at`` on the last one): their latest made
before then. Days before their first forecast take the forecast of the reference forecaster,
``climatology`` (a model), standing that day, so arriving late neither skips the hard early
days nor is punished beyond the base rate; with no climatology forecast standing, the day is
left out. The time-averaged score is the mean over the days scored.

Each forecast is scored once (numpy, ``watchfloor.forecasting.scores``); the days it stood are
the interval from the first day it stood at the end of to the first day the forecaster's next
forecast did, so a time average is a weighted mean and nothing loops over days or forecasts.

Everything is read as recorded at ``as_of`` (transaction time): the question (its state and
resolution) and the forecasts made by then. Annulled and unresolved questions score nothing.
``docs/forecasting.md`` has the formulas.
"""

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import numpy as np
import numpy.typing as npt

from watchfloor.context import Context
from watchfloor.errors import NotFound
from watchfloor.forecasting import scores
from watchfloor.forecasting import scoring_repository as repo
from watchfloor.forecasting.schemas import (
    CalibrationBin,
    CalibrationReport,
    ForecasterCalibration,
    ForecasterScore,
    Leaderboard,
    LeaderboardEntry,
    QuestionScores,
    Scores,
)
from watchfloor.resources.forecasts.repository import to_forecast
from watchfloor.resources.forecasts.schemas import Forecast
from watchfloor.resources.questions.repository import to_question
from watchfloor.resources.questions.schemas import Question

__all__ = (
    "REFERENCE",
    "Scored",
    "calibration",
    "forecaster_scores",
    "leaderboard",
    "question_scores",
    "score_question",
)

REFERENCE = "climatology"
"""The reference forecaster (``forecaster_kind: model``): skill is measured against it and it
fills the days before a forecaster's first forecast."""
METRICS = ("brier", "log", "crps", "quantile_score", "coverage_50", "coverage_90")
DAY = timedelta(days=1)
FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


@dataclass
class Scored:
    """One forecaster on one question: time-averaged scores and what they rest on."""

    forecaster: str
    forecaster_kind: str
    means: dict[str, float]
    """Metric → time-averaged score (``nan`` where it does not apply)."""
    days_scored: int
    days_filled: int
    forecasts: int
    latest: Forecast
    common_mine: float = math.nan
    """Mean primary score over the days both they and climatology were scored."""
    common_reference: float = math.nan
    """Climatology's mean primary score over the same days."""
    probabilities: list[float] = field(default_factory=list)
    """Binary: each forecast that stood at least a day …"""
    weights: list[float] = field(default_factory=list)
    """… and its days stood / days open (for calibration)."""

    @property
    def skill(self) -> float:
        if self.forecaster == REFERENCE and self.forecaster_kind == "model":
            return 0.0
        return scores.skill(self.common_mine, self.common_reference)


def days_open(question: Question) -> FloatArray:
    """The end of each scored day (POSIX seconds): midnight UTC after it, or ``closes_at``."""
    opens = question.opens_at.astimezone(UTC)
    start = datetime(opens.year, opens.month, opens.day, tzinfo=UTC)
    closes = question.closes_at.timestamp()
    count = max(1, math.ceil((question.closes_at - start) / DAY))
    ends = start.timestamp() + DAY.total_seconds() * np.arange(1, count + 1, dtype=np.float64)
    return np.minimum(ends, closes)


def outcome_of(question: Question) -> float | None:
    if question.state != "resolved" or question.resolution is None:
        return None
    resolution = question.resolution
    if question.kind == "binary":
        if resolution.outcome is not None:
            return 1.0 if resolution.outcome else 0.0
        return 1.0 if resolution.value != 0 else 0.0
    return float(resolution.value)


def _forecast_scores(question: Question, forecasts: Sequence[Forecast], y: float) -> FloatArray:
    """n × len(METRICS): each forecast scored once against the outcome; ``nan`` if n/a."""
    n = len(forecasts)
    table = np.full((n, len(METRICS)), np.nan)
    if n == 0:
        return table
    if question.kind == "binary":
        rows = [i for i, f in enumerate(forecasts) if f.probability is not None]
        p = np.array([forecasts[i].probability for i in rows], dtype=np.float64)
        outcome = np.full(len(rows), y)
        table[rows, 0] = scores.brier(p, outcome)
        table[rows, 1] = scores.log_score(p, outcome)
        return table
    by_levels: dict[tuple[float, ...], list[int]] = {}
    binned: list[int] = []
    for i, f in enumerate(forecasts):
        if f.quantiles:
            levels = tuple(q.level for q in sorted(f.quantiles, key=lambda q: q.level))
            by_levels.setdefault(levels, []).append(i)
        elif f.bins is not None and question.bins and len(f.bins) == len(question.bins) + 1:
            binned.append(i)
    for levels, rows in by_levels.items():
        values = np.array(
            [
                [q.value for q in sorted(forecasts[i].quantiles or (), key=lambda q: q.level)]
                for i in rows
            ],
            dtype=np.float64,
        )
        observed = np.full(len(rows), y)
        table[rows, 2] = scores.crps_quantiles(levels, values, observed)
        table[rows, 3] = scores.quantile_score(levels, values, observed)
        for column, central in ((4, 0.5), (5, 0.9)):
            try:
                covered = scores.coverage(levels, values, observed, central=central)
            except ValueError:  # the levels lack the interval's: no coverage
                continue
            table[rows, column] = covered.astype(np.float64)
    if binned:
        probabilities = np.array([forecasts[i].bins for i in binned], dtype=np.float64)
        table[binned, 2] = scores.crps_bins(question.bins, probabilities, np.full(len(binned), y))
    return table


def _weighted_means(
    values: FloatArray, weights: FloatArray, groups: IntArray, count: int
) -> tuple[FloatArray, FloatArray]:
    """Per group and metric: Σ w·v and Σ w over the entries where v applies."""
    sums = np.zeros((count, values.shape[1]))
    totals = np.zeros((count, values.shape[1]))
    for column in range(values.shape[1]):
        applies = ~np.isnan(values[:, column])
        w = np.where(applies, weights, 0.0)
        sums[:, column] = np.bincount(
            groups, weights=w * np.nan_to_num(values[:, column]), minlength=count
        )
        totals[:, column] = np.bincount(groups, weights=w, minlength=count)
    return sums, totals


def score_question(question: Question, forecasts: Sequence[Forecast]) -> list[Scored]:
    """Every forecaster's time-averaged scores on a resolved question (forecasts in the order
    made). Unresolved: ``[]``."""
    y = outcome_of(question)
    if y is None or not forecasts:
        return []
    ends = days_open(question)
    days = ends.size
    primary = 0 if question.kind == "binary" else 2
    names = [f"{f.forecaster_kind}\x00{f.forecaster}" for f in forecasts]
    keys, code = np.unique(np.array(names), return_inverse=True)
    made = np.array([f.created_at.timestamp() for f in forecasts], dtype=np.float64)
    order = np.lexsort((np.arange(len(forecasts)), made, code))
    code, made = code[order], made[order]
    table = _forecast_scores(question, forecasts, y)[order]
    # The first day each forecast stands at the end of; it stands until the next one's.
    first = np.searchsorted(ends, made, side="right").astype(np.int64)
    last = np.full(first.size, days, dtype=np.int64)
    same = code[1:] == code[:-1]
    last[:-1] = np.where(same, first[1:], days)
    length = (last - first).astype(np.float64)
    sums, totals = _weighted_means(table, length, code, keys.size)
    own_days = np.bincount(code, weights=length, minlength=keys.size)
    begins = np.full(keys.size, days, dtype=np.int64)
    np.minimum.at(begins, code[length > 0], first[length > 0])

    reference = np.flatnonzero(keys == f"model\x00{REFERENCE}")
    # Climatology's daily scores, cumulated: ref_sum[k] = Σ over days < k where it stood.
    ref_sum = np.zeros((days + 1, len(METRICS)))
    ref_days = np.zeros((days + 1, len(METRICS)))
    ref_start = days
    if reference.size:
        mine = (code == reference[0]) & (length > 0)
        daily = np.full((days, len(METRICS)), np.nan)
        if mine.any():
            ref_start = int(first[mine].min())
            stood = np.repeat(np.flatnonzero(mine), length[mine].astype(np.int64))
            day_index = np.concatenate(
                [np.arange(a, b) for a, b in zip(first[mine], last[mine], strict=True)]
            )
            daily[day_index] = table[stood]
        ref_sum[1:] = np.cumsum(np.nan_to_num(daily), axis=0)
        ref_days[1:] = np.cumsum(~np.isnan(daily), axis=0)

    latest: dict[int, Forecast] = {}
    for position, index in enumerate(order):
        latest[int(code[position])] = forecasts[int(index)]
    made_count = np.bincount(code, minlength=keys.size)
    results = []
    # Forecasts are sorted by forecaster: each one's are a slice (no scan per forecaster).
    bounds = np.searchsorted(code, np.arange(keys.size + 1), side="left")
    for g, key in enumerate(keys):
        mine = slice(int(bounds[g]), int(bounds[g + 1]))
        if own_days[g] <= 0:
            continue  # nothing of theirs stood on any day the question was open
        kind, name = str(key).split("\x00", 1)
        is_reference = reference.size > 0 and g == reference[0]
        k = int(begins[g])
        fill_sum = np.zeros(len(METRICS)) if is_reference else ref_sum[k]
        fill_days = np.zeros(len(METRICS)) if is_reference else ref_days[k]
        total = totals[g] + fill_days
        with np.errstate(invalid="ignore", divide="ignore"):
            means = np.where(
                total > 0, (sums[g] + fill_sum) / np.where(total > 0, total, 1), np.nan
            )
        scored = Scored(
            forecaster=name,
            forecaster_kind=kind,
            means={m: float(v) for m, v in zip(METRICS, means, strict=True)},
            days_scored=int(own_days[g] + fill_days[primary]),
            days_filled=int(fill_days[primary]),
            forecasts=int(made_count[g]),
            latest=latest[g],
        )
        if reference.size and ref_start < days:
            # Common days: theirs from max(k, ref_start) on, plus the filled ones (equal).
            overlap = np.maximum(0, last[mine] - np.maximum(first[mine], ref_start))
            column = table[mine, primary]
            applies = ~np.isnan(column)
            own_common = float(np.sum(np.where(applies, column, 0.0) * overlap))
            own_common_days = float(np.sum(np.where(applies, overlap, 0)))
            start = max(k, ref_start)
            ref_common = float(ref_sum[days, primary] - ref_sum[start, primary])
            ref_common_days = float(ref_days[days, primary] - ref_days[start, primary])
            n_common = own_common_days + float(fill_days[primary])
            if n_common > 0 and ref_common_days + float(fill_days[primary]) == n_common:
                scored.common_mine = (own_common + float(fill_sum[primary])) / n_common
                scored.common_reference = (ref_common + float(fill_sum[primary])) / n_common
        if question.kind == "binary":
            kept = (length[mine] > 0) & ~np.isnan(table[mine, 0])
            positions = order[mine][kept]
            scored.probabilities = [float(forecasts[int(i)].probability or 0.0) for i in positions]
            scored.weights = (length[mine][kept] / days).tolist()
        results.append(scored)
    results.sort(key=lambda s: (_rank(s.means[METRICS[primary]]), s.forecaster, s.forecaster_kind))
    return results


def _rank(value: float) -> float:
    return math.inf if math.isnan(value) else value


def _none(value: float) -> float | None:
    return None if math.isnan(value) or math.isinf(value) else value


def _scores(means: dict[str, float]) -> Scores:
    return Scores(**{m: _none(means[m]) for m in METRICS})


async def question_scores(ctx: Context, question_id: str, as_of: datetime | None) -> QuestionScores:
    """``GET /v1/questions/{id}/scores``: 404 if no such question at ``as_of``."""
    row = await repo.question(ctx, question_id, as_of)
    if row is None:
        raise NotFound(f"No question {question_id}" + (" at as_of." if as_of else "."))
    question = to_question(row)
    status, reason = "scored", None
    if question.state == "annulled":
        status, reason = "annulled", f"annulled: {question.annulled_reason or 'no reason given'}"
    elif question.state != "resolved" or question.resolution is None:
        status, reason = "unresolved", f"the question is {question.state}: nothing to score yet"
    scored: list[Scored] = []
    if status == "scored":
        rows = await repo.forecasts_of(ctx, question.dataset, [question.id], as_of)
        scored = score_question(question, [to_forecast(r) for r in rows])
    return QuestionScores(
        question_id=question.id,
        kind=question.kind,
        status=status,  # type: ignore[arg-type]
        reason=reason,
        as_of=as_of,
        outcome=outcome_of(question) if status == "scored" else None,
        days_open=int(days_open(question).size),
        reference=REFERENCE,
        forecasters=forecaster_scores(scored),
    )


def forecaster_scores(scored: Sequence[Scored]) -> list[ForecasterScore]:
    """The wire form of :func:`score_question`'s answer (also the after-action report's)."""
    return [
        ForecasterScore(
            forecaster=s.forecaster,
            forecaster_kind=s.forecaster_kind,
            scores=_scores(s.means),
            skill=_none(s.skill),
            days_scored=s.days_scored,
            days_filled=s.days_filled,
            forecasts=s.forecasts,
            latest_forecast=s.latest,
        )
        for s in scored
    ]


async def _score_all(
    ctx: Context, dataset: str, kind: str | None, tag: str | None, as_of: datetime | None
) -> list[tuple[Question, list[Scored]]]:
    questions = [
        to_question(r) for r in await repo.resolved_questions(ctx, dataset, kind, tag, as_of)
    ]
    rows = await repo.forecasts_of(ctx, dataset, [q.id for q in questions], as_of)
    by_question: dict[str, list[Forecast]] = {}
    for row in rows:
        forecast = to_forecast(row)
        by_question.setdefault(forecast.question_id, []).append(forecast)
    return [(q, score_question(q, by_question.get(q.id, []))) for q in questions]


async def leaderboard(
    ctx: Context, dataset: str, kind: str, tag: str | None, as_of: datetime | None
) -> Leaderboard:
    """Forecasters over the resolved questions of ``kind`` (and ``tag``), best first."""
    per_question = await _score_all(ctx, dataset, kind, tag, as_of)
    grouped: dict[tuple[str, str], list[Scored]] = {}
    for _, scored in per_question:
        for s in scored:
            grouped.setdefault((s.forecaster_kind, s.forecaster), []).append(s)
    primary = "brier" if kind == "binary" else "crps"
    entries = []
    for (forecaster_kind, forecaster), items in grouped.items():
        means = {}
        for metric in METRICS:
            values = [s.means[metric] for s in items if not math.isnan(s.means[metric])]
            means[metric] = float(np.mean(values)) if values else math.nan
        common = [s for s in items if not math.isnan(s.common_mine)]
        skill = (
            0.0
            if forecaster == REFERENCE and forecaster_kind == "model"
            else scores.skill([s.common_mine for s in common], [s.common_reference for s in common])
        )
        entries.append(
            LeaderboardEntry(
                forecaster=forecaster,
                forecaster_kind=forecaster_kind,
                questions=len(items),
                scores=_scores(means),
                skill=_none(skill) if common or forecaster == REFERENCE else None,
            )
        )
    entries.sort(key=lambda e: (_rank(getattr(e.scores, primary) or math.nan), e.forecaster))
    return Leaderboard(
        dataset=dataset,
        kind=kind,
        tag=tag,
        as_of=as_of,
        questions=len(per_question),
        entries=entries,
    )


async def calibration(
    ctx: Context, dataset: str, forecaster: str | None, tag: str | None, as_of: datetime | None
) -> CalibrationReport:
    """Reliability tables and Murphy decompositions over the resolved binary questions."""
    per_question = await _score_all(ctx, dataset, "binary", tag, as_of)
    probabilities: dict[str, list[float]] = {}
    outcomes: dict[str, list[float]] = {}
    weights: dict[str, list[float]] = {}
    questions: dict[str, int] = {}
    for question, scored in per_question:
        y = outcome_of(question) or 0.0
        for s in scored:
            if forecaster is not None and s.forecaster != forecaster:
                continue
            probabilities.setdefault(s.forecaster, []).extend(s.probabilities)
            outcomes.setdefault(s.forecaster, []).extend([y] * len(s.probabilities))
            weights.setdefault(s.forecaster, []).extend(s.weights)
            questions[s.forecaster] = questions.get(s.forecaster, 0) + 1
    reports = []
    for name in sorted(probabilities):
        table = scores.reliability(probabilities[name], outcomes[name], weights=weights[name])
        d = scores.brier_decomposition(probabilities[name], outcomes[name], weights=weights[name])
        reports.append(
            ForecasterCalibration(
                forecaster=name,
                questions=questions[name],
                bins=[
                    CalibrationBin(
                        lower=float(table.lower[i]),
                        upper=float(table.upper[i]),
                        count=int(table.count[i]),
                        weight=float(table.weight[i]),
                        mean_probability=_none(float(table.mean_probability[i])),
                        observed_frequency=_none(float(table.observed_frequency[i])),
                    )
                    for i in range(table.count.size)
                ],
                brier=_none(d.brier),
                reliability=_none(d.reliability),
                resolution=_none(d.resolution),
                uncertainty=_none(d.uncertainty),
                sharpness=_none(d.sharpness),
                base_rate=_none(d.base_rate),
            )
        )
    return CalibrationReport(dataset=dataset, tag=tag, as_of=as_of, forecasters=reports)

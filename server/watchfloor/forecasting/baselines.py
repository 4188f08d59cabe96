"""The built-in baselines forecast every open question of a shape they support (worker handler).

Each model (``climatology``, ``count-model``, ``persistence``) is a forecaster of kind
``model``, written by the key ``worker``. It looks at each open question at most once per UTC
day (``baseline_checks``) and writes a forecast only when it has none on the question or its
numbers changed; the new one supersedes its previous one. What it knows is what had been
reported by the instant it forecasts (a :class:`~watchfloor.forecasting.reader.KnownReader`).

A question is supported when it is binary or count, not by judgment, and its criteria measure
a calendar indicator (its window whole periods of the indicator's frequency, aggregated by
``sum`` unless it is one period) or events or statements (its window whole months). The
history is the complete periods before the one holding the forecast's instant, whether or not
the question's window has started. ``docs/forecasting.md`` has the rules.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import msgspec

from watchfloor.computed import periods as p
from watchfloor.computed import repository as computed_repo
from watchfloor.context import Context
from watchfloor.forecasting.models import MODELS, Prediction, Target, forecast
from watchfloor.forecasting.reader import KnownReader, Source
from watchfloor.ids import new_id
from watchfloor.persistence.records import Records
from watchfloor.resources.forecasts.repository import FORECASTS
from watchfloor.resources.indicators.repository import INDICATORS
from watchfloor.resources.indicators.schemas import IndicatorDefinition
from watchfloor.resources.questions.schemas import Criteria
from watchfloor.worker.positions import FeedEntry

__all__ = ("MAX_PERIODS", "Baselines", "question_shape")

MAX_PERIODS = 24
"""The longest window (in periods) a baseline forecasts."""

_FORECASTS = Records(FORECASTS, "forecast")
# Open questions (by now) some model has not looked at today.
_DUE = """
SELECT q.id, q.dataset, q.kind, q.criteria, q.quantile_levels, m.forecaster
FROM questions q CROSS JOIN unnest($3::text[]) AS m (forecaster)
LEFT JOIN baseline_checks c ON c.question_id = q.id AND c.forecaster = m.forecaster
WHERE q.deleted_at IS NULL AND q.state = 'open' AND NOT q.judgment
  AND q.kind IN ('binary', 'count') AND q.criteria IS NOT NULL
  AND q.opens_at <= $1 AND q.closes_at > $1
  AND (c.checked_on IS NULL OR c.checked_on < $2)
ORDER BY q.id, m.forecaster
LIMIT $4
"""
_CHECKED = """
INSERT INTO baseline_checks (question_id, forecaster, checked_on) VALUES ($1, $2, $3)
ON CONFLICT (question_id, forecaster) DO UPDATE SET checked_on = excluded.checked_on
"""
_CURRENT = """
SELECT f.id, f.probability, f.quantiles FROM forecasts f
WHERE f.question_id = $1 AND f.forecaster = $2 AND f.key_name = 'worker'
  AND f.deleted_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM forecasts g WHERE g.supersedes = f.id)
ORDER BY f.created_at DESC, f.id DESC LIMIT 1
"""
_FORGET = "DELETE FROM baseline_checks WHERE question_id = ANY($1::text[])"


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _whole_periods(start: date, end: date, unit: str) -> int | None:
    """How many periods of ``unit`` ``[start, end]`` is, if it is whole periods."""
    if p.period_start(start, unit) != start:
        return None
    n, day = 0, start
    while day <= end:
        n += 1
        if n > MAX_PERIODS:
            return None
        day = p.shift(day, unit, 1)
    return n if p.shift(start, unit, n) == p.shift(end, unit, 1) and n else None


async def question_shape(
    ctx: Context, dataset: str, kind: str, criteria: Criteria, levels: Sequence[float]
) -> tuple[Source, Target] | None:
    """The series and target a baseline forecasts for a question, or ``None`` when the
    question is not of a shape the models support."""
    if criteria.indicator_id is not None:
        row = await INDICATORS.get(ctx, criteria.indicator_id)
        if row is None or row["dataset"] != dataset or row["frequency"] not in p.UNITS:
            return None
        unit = p.UNITS[row["frequency"]]
        computed = await computed_repo.computed_indicators_by_id(ctx, [row["id"]])
        if computed:
            definition = msgspec.convert(computed[0]["definition"], IndicatorDefinition)
            source = Source(unit=unit, definition=definition)
        else:
            source = Source(unit=unit, indicator_id=row["id"])
    elif criteria.over is not None:
        unit = "month"
        try:
            definition = msgspec.convert(
                {"measure": criteria.measure, "over": criteria.over, "filters": criteria.filters},
                IndicatorDefinition,
            )
        except msgspec.ValidationError:
            return None
        source = Source(unit=unit, definition=definition)
    else:
        return None
    periods = _whole_periods(criteria.window_start, criteria.window_end, unit)
    if periods is None or (periods > 1 and criteria.aggregate != "sum"):
        return None
    comparison = criteria.comparison
    target = Target(
        kind=kind,
        periods=periods,
        op=comparison.op if comparison is not None else ">=",
        threshold=comparison.value if comparison is not None else 1.0,
        levels=tuple(levels),
    )
    return source, target


def _values(prediction: Prediction, levels: Sequence[float]) -> dict[str, Any]:
    if prediction.probability is not None:
        return {"probability": prediction.probability, "quantiles": None}
    assert prediction.quantiles is not None
    return {
        "probability": None,
        "quantiles": [
            {"level": level, "value": value}
            for level, value in zip(levels, prediction.quantiles, strict=True)
        ],
    }


@dataclass
class Baselines:
    """Forecasts by the built-in models on open questions, at most once a day each."""

    name: str = "baselines"
    resources: frozenset[str] | None = frozenset({"question"})
    clock: Callable[[], datetime] = field(default=_utc_now)
    """Now: when the models forecast (tests set it)."""
    batch: int = 30
    """(question, model) pairs looked at per step at most."""

    async def handle(self, ctx: Context, entries: Sequence[FeedEntry]) -> None:
        """A changed question is looked at again at once (its criteria may have changed)."""
        await ctx.conn.execute(_FORGET, sorted({e.record_id for e in entries}))

    async def settle(self, ctx: Context) -> bool:
        """Forecast the due (question, model) pairs; whether more are due."""
        now = self.clock()
        today = now.astimezone(UTC).date()
        rows = await ctx.conn.fetch(_DUE, now, today, list(MODELS), self.batch)
        for row in rows:
            await self._forecast(ctx, row, now)
            await ctx.conn.execute(_CHECKED, row["id"], row["forecaster"], today)
        return len(rows) == self.batch

    async def _forecast(self, ctx: Context, row: Any, now: datetime) -> None:
        criteria = msgspec.convert(row["criteria"], Criteria)
        levels = list(row["quantile_levels"])
        shape = await question_shape(ctx, row["dataset"], row["kind"], criteria, levels)
        if shape is None:
            return
        source, target = shape
        model = row["forecaster"]
        reader = KnownReader(ctx, row["dataset"], now)
        prediction, history = await forecast(model, reader, source, target)
        values = _values(prediction, levels)
        current = await ctx.conn.fetchrow(_CURRENT, row["id"], model)
        if current is not None:
            same_quantiles = (current["quantiles"] or None) == values["quantiles"]
            if current["probability"] == values["probability"] and same_quantiles:
                return
        known = [v for v in history if v is not None]
        await _FORECASTS.create(
            ctx,
            {
                "id": new_id("forecast"),
                "dataset": row["dataset"],
                "question_id": row["id"],
                "forecaster": model,
                "forecaster_kind": "model",
                "key_name": "worker",
                "bins": None,
                "rationale": (
                    f"Built-in {model} baseline from {len(known)} complete "
                    f"{source.unit}s before {now.isoformat()} (docs/forecasting.md)."
                ),
                "evidence": [],
                "supersedes": current["id"] if current is not None else None,
                **values,
            },
        )

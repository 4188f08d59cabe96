"""Each signpost condition kind's evaluation: its status over knowledge time up to ``now``.

:func:`evaluate` dispatches by the condition's ``kind`` to one async function
``(ctx, dataset, condition, now) -> Evaluation`` (``watchfloor.planning.evaluation``):
``alert`` (:mod:`.alert`), ``events`` and ``statements`` (:mod:`.records`), ``indicator``
(:mod:`.indicator`), ``question`` and ``forecast`` (:mod:`.questions`).
"""

from datetime import datetime

from watchfloor.context import Context
from watchfloor.planning.conditions.alert import alert_steps
from watchfloor.planning.conditions.indicator import indicator_steps
from watchfloor.planning.conditions.questions import forecast_steps, question_steps
from watchfloor.planning.conditions.records import records_steps
from watchfloor.planning.evaluation import Evaluation
from watchfloor.resources.signposts.schemas import (
    AlertCondition,
    Condition,
    EventsCondition,
    ForecastCondition,
    IndicatorCondition,
    StatementsCondition,
)

__all__ = ("evaluate",)


async def evaluate(ctx: Context, dataset: str, condition: Condition, now: datetime) -> Evaluation:
    """The status of ``condition`` over knowledge time up to ``now``, from the data of
    ``dataset``."""
    if isinstance(condition, AlertCondition):
        return await alert_steps(ctx, dataset, condition, now)
    if isinstance(condition, EventsCondition | StatementsCondition):
        return await records_steps(ctx, dataset, condition, now)
    if isinstance(condition, IndicatorCondition):
        return await indicator_steps(ctx, dataset, condition, now)
    if isinstance(condition, ForecastCondition):
        return await forecast_steps(ctx, dataset, condition, now)
    return await question_steps(ctx, dataset, condition, now)

"""Each signpost condition kind's evaluation: its status over knowledge time up to ``now``.

:func:`evaluate` dispatches by the condition's ``kind`` to one async function
``(ctx, dataset, condition, now) -> Evaluation`` (``watchfloor.planning.evaluation``):
``alert`` (:mod:`.alert`), ``events`` and ``statements`` (:mod:`.records`), ``indicator``
(:mod:`.indicator`), ``question`` and ``forecast`` (:mod:`.questions`).
"""

import importlib
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any, cast

from watchfloor.context import Context
from watchfloor.planning.conditions.alert import alert_steps
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

Steps = Callable[[Context, str, Any, datetime], Awaitable[Evaluation]]

_ELSEWHERE = {
    "indicator": ("indicator", "indicator_steps"),
    "question": ("questions", "question_steps"),
    "forecast": ("questions", "forecast_steps"),
}
"""Kinds whose evaluation lives in a module of its own: kind → (module, function)."""


def _kind(condition: Condition) -> str:
    if isinstance(condition, IndicatorCondition):
        return "indicator"
    if isinstance(condition, ForecastCondition):
        return "forecast"
    return "question"


async def evaluate(ctx: Context, dataset: str, condition: Condition, now: datetime) -> Evaluation:
    """The status of ``condition`` over knowledge time up to ``now``, from the data of
    ``dataset``."""
    if isinstance(condition, AlertCondition):
        return await alert_steps(ctx, dataset, condition, now)
    if isinstance(condition, EventsCondition | StatementsCondition):
        return await records_steps(ctx, dataset, condition, now)
    # Imported when first needed: these kinds' modules are written apart from this one.
    module, function = _ELSEWHERE[_kind(condition)]
    found = importlib.import_module(f"watchfloor.planning.conditions.{module}")
    steps = cast(Steps, getattr(found, function))
    return await steps(ctx, dataset, condition, now)

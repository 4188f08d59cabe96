"""SQL of forecasts: the table and rows → wire types."""

import asyncpg
import msgspec

from watchfloor.persistence.store import Table
from watchfloor.resources.forecasts.schemas import Forecast

__all__ = ("FORECASTS", "to_forecast")

FORECASTS = Table(
    name="forecasts",
    columns=(
        "question_id",
        "forecaster",
        "forecaster_kind",
        "key_name",
        "probability",
        "quantiles",
        "bins",
        "rationale",
        "evidence",
        "supersedes",
    ),
)


def to_forecast(row: asyncpg.Record) -> Forecast:
    return msgspec.convert(dict(row), Forecast, strict=True)

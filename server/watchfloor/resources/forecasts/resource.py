"""Forecasts, declared once: a forecaster's answer to a question, never edited."""

from watchfloor.resources.forecasts.repository import to_forecast
from watchfloor.resources.forecasts.schemas import (
    Forecast,
    ForecastCreate,
    ForecastList,
    ForecastPatch,
    ForecastVersion,
    ForecastVersionList,
)
from watchfloor.resources.forecasts.service import ForecastService
from watchfloor.versioned import Resource

__all__ = ("FORECAST",)

FORECAST = Resource(
    name="forecast",
    path="/v1/forecasts",
    service=ForecastService(),
    render=to_forecast,
    item=Forecast,
    create_type=ForecastCreate,
    patch_type=ForecastPatch,
    page=ForecastList,
    version=ForecastVersion,
    versions=ForecastVersionList,
    references={"question_id": "question"},
)

"""``/v1/forecasts``: create, list, get, history and bookkeeping; no delete, no edit."""

from typing import Annotated, Literal

from litestar.params import QueryParameter

from watchfloor.http.kit import Face, Words, routes
from watchfloor.http.params import DatasetQuery
from watchfloor.resources.forecasts.resource import FORECAST
from watchfloor.resources.forecasts.schemas import ForecastFilters
from watchfloor.wire import TEXT

__all__ = ("forecast_filters", "router")


def forecast_filters(
    dataset: DatasetQuery = "live",
    question: Annotated[
        str | None,
        QueryParameter(
            description="Only forecasts on this question (a question id).",
            pattern="^qst_[0-9a-f]{32}$",
        ),
    ] = None,
    forecaster: Annotated[
        str | None,
        QueryParameter(
            description="Only forecasts by this forecaster (the exact name), e.g. `climatology`.",
            min_length=1,
            max_length=200,
            pattern=TEXT,
        ),
    ] = None,
    forecaster_kind: Annotated[
        Literal["person", "team", "model"] | None,
        QueryParameter(description="Only forecasts by forecasters of this kind."),
    ] = None,
    current: Annotated[
        bool | None,
        QueryParameter(
            description="`true`: only forecasts nothing supersedes (each forecaster's latest); "
            "`false`: only superseded ones."
        ),
    ] = None,
) -> ForecastFilters:
    return ForecastFilters(
        dataset=dataset,
        question=question,
        forecaster=forecaster,
        forecaster_kind=forecaster_kind,
        current=current,
    )


router = routes(
    FORECAST,
    Face(
        tag="forecasting",
        filters=forecast_filters,
        operations=("create", "list", "get", "update", "history"),
        words={
            "create": Words(
                "Make a forecast",
                """A forecaster's answer to an open question, at the server's clock.

A binary question takes `probability`; a count or quantity question takes `quantiles` at
exactly the question's levels (values non-decreasing) or `bins` (one probability per bin of
the question's edges, summing to 1). The forecast supersedes the forecaster's previous one on
the question (`supersedes`, set by the server); `key_name` is the API key that wrote it and
`created_at` cannot be sent. A question that does not exist, is in another dataset or is not
open (before `opens_at`, after `closes_at`, closed, resolved or annulled), or an answer of the
wrong shape: 422 with a pointer.""",
            ),
            "list": Words(
                "List forecasts",
                "List forecasts, newest first. Examples: `?question=qst_…&current=true` (each "
                "forecaster's latest), `?forecaster_kind=model`.",
            ),
            "update": Words(
                "Change a forecast's external id",
                "Only `external_id` changes: a forecast's content is never edited (make a new "
                "one, which supersedes it).",
            ),
        },
    ),
)

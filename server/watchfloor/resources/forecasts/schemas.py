"""Wire types of ``/v1/forecasts``: a forecaster's answer to a question, at an instant.

A forecast is never edited: a new one by the same forecaster on the same question supersedes it
(``supersedes``), and every one stays readable. Its ``created_at`` is the server's clock — a
forecast cannot be back-dated through the API. A binary question takes a ``probability``; a
count or quantity question takes ``quantiles`` at the question's levels, or ``bins``
probabilities over the question's bin edges.
"""

from typing import Annotated, Literal

import msgspec
from msgspec import UNSET, Meta, UnsetType

from watchfloor.envelopes import envelopes
from watchfloor.wire import TEXT, DatasetName, ExerciseMark, ExternalId, Timestamp

__all__ = (
    "Forecast",
    "ForecastCreate",
    "ForecastFilters",
    "ForecastList",
    "ForecastPatch",
    "ForecastVersion",
    "ForecastVersionList",
    "ForecasterKind",
    "Quantile",
)

ForecasterKind = Literal["person", "team", "model"]
Name = Annotated[str, Meta(min_length=1, max_length=200, pattern=TEXT)]
Value = Annotated[float, Meta(ge=-1e18, le=1e18)]
Probability = Annotated[
    float, Meta(ge=-1e18, le=1e18, description="A probability, in [0, 1] (outside it: 422).")
]
"""Checked by the service rather than the schema, so a probability outside [0, 1] is a 422 with
its pointer, like every other refusal of a forecast's content."""


class Quantile(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """The value the forecaster expects the answer to fall at or below with probability
    ``level``."""

    level: Annotated[
        float,
        Meta(description="One of the question's levels, in (0, 1) (else 422)."),
    ]
    value: Value


class Forecast(msgspec.Struct, kw_only=True):
    """One forecast, as made: who, when (server time), what, and why."""

    id: str
    dataset: str
    version: int
    created_at: Timestamp
    """When it was made (the server's clock)."""
    updated_at: Timestamp
    external_id: str | None
    question_id: str
    forecaster: str
    """Who: a person, a team or a model, by name."""
    forecaster_kind: ForecasterKind
    key_name: str
    """The API key that wrote it (``worker`` for the built-in baselines)."""
    probability: float | None
    """Binary questions: P(yes)."""
    quantiles: list[Quantile] | None
    """Count and quantity questions: one quantile per level of the question."""
    bins: list[float] | None
    """Count and quantity questions, instead of quantiles: the probability of each bin of the
    question's edges (one more than the edges), summing to 1."""
    rationale: str | None
    evidence: list[str]
    """Ids of events, statements, alerts or observations, or links, the forecast rests on."""
    supersedes: str | None
    """The forecaster's previous forecast on this question, which this one replaces."""
    exercise: ExerciseMark = UNSET


class ForecastCreate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A new forecast (it supersedes the forecaster's previous one on the question)."""

    question_id: Annotated[str, Meta(pattern="^qst_[0-9a-f]{32}$")]
    forecaster: Name
    forecaster_kind: ForecasterKind = "person"
    probability: Probability | None = None
    quantiles: Annotated[list[Quantile], Meta(min_length=1, max_length=19)] | None = None
    bins: Annotated[list[Probability], Meta(min_length=2, max_length=51)] | None = None
    rationale: Annotated[str, Meta(max_length=5000, pattern=TEXT)] | None = None
    evidence: Annotated[
        list[Annotated[str, Meta(min_length=1, max_length=2000, pattern=TEXT)]],
        Meta(max_length=50),
    ] = msgspec.field(default_factory=list)
    dataset: DatasetName = "live"
    external_id: ExternalId | None = None


class ForecastPatch(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Only bookkeeping: a forecast's content is never edited (post a new one)."""

    external_id: ExternalId | None | UnsetType = UNSET


ForecastList, ForecastVersion, ForecastVersionList = envelopes(
    Forecast, "forecast", "a forecast", "forecasts"
)


class ForecastFilters(msgspec.Struct, kw_only=True):
    """The filters of ``GET /v1/forecasts``."""

    dataset: str
    question: str | None = None
    forecaster: str | None = None
    forecaster_kind: str | None = None
    current: bool | None = None
    """Only forecasts not superseded (``true``) or only superseded ones (``false``)."""

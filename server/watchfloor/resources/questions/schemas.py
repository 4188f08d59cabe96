"""Wire types of ``/v1/questions``: a forecasting question and how it resolves.

A question is binary ("at least one ICBM-class launch by the DPRK between 2026-01-01 and
2026-03-31"), a count ("DPRK missile launches in June 2026") or a quantity. Its ``criteria``
say how the answer is computed from the data — a measure of an indicator (or of events or
statements selected with the lists' filters, which define one) over a window, compared with a
threshold for a binary question — so the worker resolves it at ``resolves_at`` from the data as
known then (``known_by``). A question with ``judgment: true`` is resolved by an analyst.
``docs/forecasting.md`` has the rules.
"""

from datetime import date
from typing import Annotated, Any, Literal

import msgspec
from msgspec import UNSET, Meta, UnsetType

from watchfloor.envelopes import envelopes
from watchfloor.wire import TEXT, DatasetName, ExerciseMark, ExternalId, Timestamp

__all__ = (
    "Comparison",
    "Criteria",
    "Question",
    "QuestionCreate",
    "QuestionFilters",
    "QuestionKind",
    "QuestionList",
    "QuestionPatch",
    "QuestionState",
    "QuestionVersion",
    "QuestionVersionList",
    "Resolution",
    "ResolutionEvidence",
    "Review",
)

QuestionKind = Literal["binary", "count", "quantity"]
QuestionState = Literal["open", "closed", "resolved", "annulled"]
"""``open`` until ``closes_at`` (forecasts accepted), then ``closed`` until resolved;
``resolved`` once answered; ``annulled`` (with a reason) leaves every score and leaderboard."""

Title = Annotated[str, Meta(min_length=1, max_length=300, pattern=TEXT)]
Text = Annotated[str, Meta(max_length=5000, pattern=TEXT)]
Tag = Annotated[str, Meta(pattern="^[a-z0-9][a-z0-9:_.-]{0,63}$")]
Value = Annotated[float, Meta(ge=-1e18, le=1e18)]
Level = Annotated[float, Meta(gt=0, lt=1)]

DEFAULT_LEVELS = (0.05, 0.25, 0.5, 0.75, 0.95)
"""The quantile levels a count or quantity question asks for unless it says otherwise."""


class Comparison(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """How a binary question's answer follows from the measured value."""

    op: Literal[">=", ">", "<=", "<", "=="] = ">="
    value: Value = 1.0


class Criteria(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """What the answer is: a measure over a window, from the data as known at resolution.

    Exactly one of ``indicator_id`` and ``over``: an existing indicator (its figures for the
    periods inside the window, combined by ``aggregate``), or events or statements selected by
    ``filters`` (the lists' filters, as in an indicator's ``definition``), measured over the
    window by ``measure``.
    """

    window_start: date
    """First day of the window (UTC)."""
    window_end: date
    """Last day of the window (UTC), included."""
    indicator_id: Annotated[str, Meta(pattern="^ind_[0-9a-f]{32}$")] | None = None
    aggregate: Literal["sum", "mean", "max", "last"] = "sum"
    """How an indicator's figures for the periods inside the window make the value."""
    over: Literal["events", "statements"] | None = None
    measure: Literal["count", "distinct_days"] = "count"
    filters: dict[str, Any] = msgspec.field(default_factory=dict)
    """The filters of ``GET /v1/events`` (``over: events``) or ``GET /v1/statements``."""
    comparison: Comparison | None = None
    """Binary questions: the answer is yes when ``value <op> comparison.value``; ``null``: yes
    when the value is at least 1."""


class ResolutionEvidence(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """The records that decided a resolution."""

    events: list[str] = msgspec.field(default_factory=list)
    statements: list[str] = msgspec.field(default_factory=list)
    observations: list[str] = msgspec.field(default_factory=list)
    more: int = 0
    """Records counted but not listed (beyond 100 of each kind)."""
    links: list[Annotated[str, Meta(max_length=2000, pattern=TEXT)]] = msgspec.field(
        default_factory=list
    )
    """For an analyst's resolution: where the answer is documented."""


class Resolution(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A question's answer, with who gave it, from what, as known when."""

    value: float
    """The measured value (binary: 1 for yes, 0 for no)."""
    outcome: bool | None = None
    """Binary questions: yes or no."""
    resolved_at: Timestamp
    """When it was resolved (transaction time)."""
    known_by: Timestamp
    """The data it was computed from: what had been reported by then."""
    resolved_by: str
    """``worker``, or the API key (its name) of the analyst."""
    evidence: ResolutionEvidence = msgspec.field(default_factory=ResolutionEvidence)
    note: str | None = None


class Review(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Data corrected after resolution gives another value: flagged, never silently changed."""

    flagged_at: Timestamp
    resolved_value: float
    current_value: float
    """What the criteria give on the data as known by the resolution instant, now."""
    reason: str


class Question(msgspec.Struct, kw_only=True):
    """A forecasting question, its criteria and, once answered, its resolution."""

    id: str
    dataset: str
    version: int
    created_at: Timestamp
    updated_at: Timestamp
    external_id: str | None
    title: str
    description: str | None
    kind: QuestionKind
    tags: list[str]
    opens_at: Timestamp
    closes_at: Timestamp
    """Forecasts are accepted until then."""
    resolves_at: Timestamp
    """The instant the answer is computed for (the data as known by then)."""
    criteria: Criteria | None
    """``null`` for a question resolved by judgment."""
    judgment: bool
    quantile_levels: list[float]
    """Count and quantity questions: the levels a forecast gives quantiles at (a binary
    question keeps the default and ignores them)."""
    bins: list[float] | None
    """Count and quantity questions: bin edges a forecast may give probabilities over instead
    (``[0, 1, 3, 6]``: below 0, [0, 1), [1, 3), [3, 6), 6 and above)."""
    state: QuestionState
    resolution: Resolution | None
    review: Review | None
    annulled_reason: str | None
    exercise: ExerciseMark = UNSET


class QuestionCreate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A new question."""

    title: Title
    kind: QuestionKind
    closes_at: Timestamp
    resolves_at: Timestamp
    opens_at: Timestamp | None = None
    """Default: now."""
    criteria: Criteria | None = None
    judgment: bool = False
    description: Text | None = None
    tags: Annotated[list[Tag], Meta(max_length=30)] = msgspec.field(default_factory=list)
    quantile_levels: Annotated[list[Level], Meta(min_length=1, max_length=19)] = msgspec.field(
        default_factory=lambda: list(DEFAULT_LEVELS)
    )
    bins: Annotated[list[Value], Meta(min_length=1, max_length=50)] | None = None
    dataset: DatasetName = "live"
    external_id: ExternalId | None = None


class QuestionPatch(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Changes to a question: its words, an analyst's resolution, or its annulment.

    Criteria, kind and window are fixed once forecasts exist (a new question is needed).
    """

    title: Title | UnsetType = UNSET
    description: Text | None | UnsetType = UNSET
    tags: Annotated[list[Tag], Meta(max_length=30)] | UnsetType = UNSET
    closes_at: Timestamp | UnsetType = UNSET
    resolve: Annotated[float, Meta(ge=-1e18, le=1e18)] | UnsetType = UNSET
    """An analyst's answer (binary: 1 yes, 0 no), for a question resolved by judgment or one
    flagged for review (re-resolving it on purpose)."""
    resolution_note: Text | None | UnsetType = UNSET
    evidence: ResolutionEvidence | UnsetType = UNSET
    annul: Annotated[str, Meta(min_length=1, max_length=2000, pattern=TEXT)] | UnsetType = UNSET
    """Annul the question, with the reason."""
    external_id: ExternalId | None | UnsetType = UNSET


QuestionList, QuestionVersion, QuestionVersionList = envelopes(
    Question, "question", "a question", "questions"
)


class QuestionFilters(msgspec.Struct, kw_only=True):
    """The filters of ``GET /v1/questions``."""

    dataset: str
    state: str | None = None
    kind: str | None = None
    tag: str | None = None
    indicator: str | None = None
    resolves_from: Any = None
    resolves_to: Any = None

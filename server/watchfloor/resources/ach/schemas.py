"""Wire types of ``/v1/ach-matrices``: Analysis of Competing Hypotheses (Heuer).

An ACH matrix lists competing hypotheses (2–20) and items of evidence (up to 200): records of
the matrix's dataset (events, statements, observations, alerts) or an analyst's free item with
its source. Each cell rates one item against one hypothesis on Heuer's scale: ``CC`` very
consistent, ``C`` consistent, ``N`` not applicable or neutral, ``I`` inconsistent, ``II`` very
inconsistent. The service computes Heuer's inconsistency score per hypothesis and each item's
diagnosticity on every write and stores them with the matrix (``scores``);
``docs/planning.md`` gives the formulas.
"""

from datetime import datetime
from typing import Annotated, Literal

import msgspec
from msgspec import UNSET, Meta, UnsetType

from watchfloor.admiralty import GRADE_PATTERN
from watchfloor.envelopes import envelopes
from watchfloor.wire import TEXT, DatasetName, ExerciseMark, ExternalId, Timestamp

__all__ = (
    "RATINGS",
    "AchEvidence",
    "AchEvidenceIn",
    "AchEvidenceScore",
    "AchFilters",
    "AchHypothesis",
    "AchHypothesisScore",
    "AchMatrix",
    "AchMatrixCreate",
    "AchMatrixList",
    "AchMatrixPatch",
    "AchMatrixVersion",
    "AchMatrixVersionList",
    "AchRating",
    "AchScores",
    "EvidenceKind",
)

RATINGS = ("CC", "C", "N", "I", "II")
"""Heuer's scale, most consistent first."""

EvidenceKind = Literal["event", "statement", "observation", "alert", "free"]
Relevance = Literal["low", "medium", "high"]
Key = Annotated[
    str, Meta(pattern="^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$", examples=["h1", "alliance", "e12"])
]
Label = Annotated[str, Meta(min_length=1, max_length=300, pattern=TEXT)]
Description = Annotated[str, Meta(max_length=5000, pattern=TEXT)]
Title = Annotated[str, Meta(min_length=1, max_length=300, pattern=TEXT)]
Text = Annotated[str, Meta(min_length=1, max_length=5000, pattern=TEXT)]
SourceText = Annotated[str, Meta(min_length=1, max_length=1000, pattern=TEXT)]
Grade = Annotated[str, Meta(pattern=GRADE_PATTERN, examples=["B3"])]
RecordId = Annotated[str, Meta(pattern="^(evt|stm|obs|alr)_[0-9a-f]{32}$")]
QuestionId = Annotated[str, Meta(pattern="^qst_[0-9a-f]{32}$")]
ScenarioId = Annotated[str, Meta(pattern="^scn_[0-9a-f]{32}$")]
ScenarioSetId = Annotated[str, Meta(pattern="^sst_[0-9a-f]{32}$")]
Tag = Annotated[str, Meta(pattern="^[a-z0-9][a-z0-9:_.-]{0,63}$")]
RatingText = Annotated[
    str,
    Meta(
        min_length=1,
        max_length=20,
        pattern=TEXT,
        description="`CC` very consistent, `C` consistent, `N` not applicable or neutral, "
        "`I` inconsistent, `II` very inconsistent. Anything else is 422.",
        examples=["I"],
    ),
]


class AchHypothesis(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """One of the competing explanations."""

    key: Key
    """Names the hypothesis within the matrix (ratings refer to it)."""
    label: Label
    """A short statement, e.g. "a partnership of convenience limited by mistrust"."""
    description: Description | None = None
    scenario_id: ScenarioId | None = None
    """The scenario this hypothesis is, when the matrix weighs a scenario set's futures (a
    scenario of the matrix's set, each named once)."""


class AchEvidenceIn(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """An item of evidence as written: a record of the matrix's dataset, or a free item.

    A record (``event``, ``statement``, ``observation``, ``alert``) names it in ``record_id``;
    its credibility is the record's Admiralty grade, read from it (an alert has none). A
    ``free`` item says what it is (``text``), where it is from (``source``) and its grade
    (``credibility``).
    """

    key: Key
    """Names the item within the matrix (ratings refer to it)."""
    kind: EvidenceKind
    record_id: RecordId | None = None
    text: Text | None = None
    source: SourceText | None = None
    credibility: Grade | None = None
    """A free item's Admiralty grade; for a record it is read from the record (do not send)."""
    relevance: Relevance = "medium"
    """Weights the item's inconsistencies: low 0.5, medium 1, high 2."""


class AchEvidence(msgspec.Struct, kw_only=True):
    """An item of evidence as read back, with the record's grade and status when cited."""

    key: str
    kind: EvidenceKind
    record_id: str | None
    text: str | None
    source: str | None
    credibility: str | None
    """Admiralty grade: the record's (when the matrix was written) or the free item's."""
    relevance: Relevance
    cited_status: str | None
    """The record's lifecycle status when the matrix was written (an event's or statement's
    status; `withdrawn` for a withdrawn alert)."""


class AchRating(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """One cell: how consistent an item of evidence is with a hypothesis."""

    evidence: Key
    """An evidence item's key."""
    hypothesis: Key
    """A hypothesis's key."""
    rating: RatingText


class AchHypothesisScore(msgspec.Struct, kw_only=True):
    """A hypothesis's inconsistency: Heuer ranks by least inconsistent, not most consistent."""

    hypothesis: str
    inconsistency: float
    """Σ over its ratings of (I = 1, II = 2) × the item's relevance weight (low 0.5, medium 1,
    high 2). Consistent and neutral ratings add nothing."""
    inconsistent: int
    """How many items are rated I or II against it."""
    rank: int
    """1 for the least inconsistent; ties share a rank (1, 1, 3)."""


class AchEvidenceScore(msgspec.Struct, kw_only=True):
    """How much an item of evidence discriminates between the hypotheses."""

    evidence: str
    diagnosticity: float
    """The spread (max − min) of its ratings as numbers (CC 2, C 1, I −1, II −2) over the
    hypotheses it is rated against, leaving out N; 0 when rated alike for all (no diagnostic
    value) or against fewer than two. At most 4."""
    diagnostic: bool
    """Diagnosticity 2 or more: consistent with one hypothesis and inconsistent with another."""
    weakly_sourced: bool
    """Its grade is worse than B3: reliability C–F or credibility 4–6 (an alert has no grade)."""
    flagged: bool
    """Diagnostic but weakly sourced: the matrix leans on evidence it should not trust."""


class AchScores(msgspec.Struct, kw_only=True):
    """The figures computed from the matrix when it was written."""

    hypotheses: list[AchHypothesisScore]
    """Least inconsistent first (ties in the order the hypotheses are listed)."""
    evidence: list[AchEvidenceScore]
    """In the order the evidence is listed."""


class AchMatrix(msgspec.Struct, kw_only=True):
    """An Analysis of Competing Hypotheses matrix with its computed scores."""

    id: str
    dataset: str
    version: int
    created_at: Timestamp
    updated_at: Timestamp
    external_id: str | None
    title: str
    question: str | None
    """The question the hypotheses answer, in words."""
    question_id: str | None
    """A forecasting question of the same dataset, when the matrix serves one."""
    scenario_set_id: str | None
    """The scenario set whose futures the hypotheses are, when the matrix weighs one."""
    tags: list[str]
    hypotheses: list[AchHypothesis]
    evidence: list[AchEvidence]
    ratings: list[AchRating]
    scores: AchScores
    record_ids: list[str]
    """The records its evidence cites (derived from ``evidence``)."""
    retracted: list[str]
    """Keys of items whose record is retracted now (an event or statement with status
    ``retracted``, an alert withdrawn, a record deleted): read at every read, even an
    ``as_of`` one, since a retraction after the fact is what it warns about. With
    ``known_by``: those retracted as Watchfloor had recorded their records at that instant."""
    unknown: list[str]
    """With ``known_by``: keys of items whose record had not been reported by then (an event's
    or statement's ``reported_at``, the end of an observation's vintage day, an alert's
    ``opened_at`` after it). They are left out of ``scores``. Empty without ``known_by``."""
    exercise: ExerciseMark = UNSET


class AchMatrixCreate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A new ACH matrix."""

    title: Title
    hypotheses: Annotated[list[AchHypothesis], Meta(min_length=2, max_length=20)]
    question: Text | None = None
    question_id: QuestionId | None = None
    scenario_set_id: ScenarioSetId | None = None
    evidence: Annotated[list[AchEvidenceIn], Meta(max_length=200)] = msgspec.field(
        default_factory=list
    )
    ratings: Annotated[list[AchRating], Meta(max_length=4000)] = msgspec.field(default_factory=list)
    tags: Annotated[list[Tag], Meta(max_length=30)] = msgspec.field(default_factory=list)
    dataset: DatasetName = "live"
    external_id: ExternalId | None = None


class AchMatrixPatch(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Changes to an ACH matrix; the scores are computed again from the result."""

    title: Title | UnsetType = UNSET
    hypotheses: Annotated[list[AchHypothesis], Meta(min_length=2, max_length=20)] | UnsetType = (
        UNSET
    )
    question: Text | None | UnsetType = UNSET
    question_id: QuestionId | None | UnsetType = UNSET
    scenario_set_id: ScenarioSetId | None | UnsetType = UNSET
    evidence: Annotated[list[AchEvidenceIn], Meta(max_length=200)] | UnsetType = UNSET
    ratings: Annotated[list[AchRating], Meta(max_length=4000)] | UnsetType = UNSET
    tags: Annotated[list[Tag], Meta(max_length=30)] | UnsetType = UNSET
    external_id: ExternalId | None | UnsetType = UNSET


AchMatrixList, AchMatrixVersion, AchMatrixVersionList = envelopes(
    AchMatrix, "ach_matrix", "an ACH matrix", "ACH matrices"
)


class AchFilters(msgspec.Struct, kw_only=True):
    """The filters of ``GET /v1/ach-matrices``."""

    dataset: str
    tag: str | None = None
    question: str | None = None
    scenario_set: str | None = None
    scenario: str | None = None
    record: str | None = None
    hypothesis: str | None = None
    title: str | None = None
    known_by: datetime | None = None

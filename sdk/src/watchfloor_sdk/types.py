# generated from openapi/openapi.json by sdk/codegen — do not edit
"""Every schema of the Watchfloor API, as msgspec Structs (and plain-dict ``…Param`` types).

Decoding is lenient, so SDK and server upgrade on their own schedules: a field the server adds
is ignored, values the spec lists as an enum are plain ``str`` or ``int`` on what the server
sends (a new value is kept as it is), and a field added to the API after ``/v1`` landed
defaults to ``None`` when an older server leaves it out. On what only you send, fields you
leave out default to ``UNSET`` and are not sent at all.

Every object you pass as an argument may also be a plain dict (``MembershipParam`` …).
``to_dict()`` and ``to_json()`` give a response back as the API's JSON, nulls included.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from typing import Any, Literal, Required, TypedDict

import msgspec
from msgspec import UNSET, UnsetType

from watchfloor_sdk._core._models import BaseModel

__all__ = (
    "AchEvidence",
    "AchEvidenceIn",
    "AchEvidenceInParam",
    "AchEvidenceScore",
    "AchHypothesis",
    "AchHypothesisParam",
    "AchHypothesisScore",
    "AchMatrix",
    "AchMatrixCreate",
    "AchMatrixList",
    "AchMatrixPatch",
    "AchMatrixVersion",
    "AchMatrixVersionList",
    "AchRating",
    "AchRatingParam",
    "AchScores",
    "Actor",
    "ActorCreate",
    "ActorDuplicate",
    "ActorDuplicateList",
    "ActorList",
    "ActorMerge",
    "ActorMerged",
    "ActorPatch",
    "ActorVersion",
    "ActorVersionList",
    "AgendaBranch",
    "AgendaOption",
    "Alert",
    "AlertCondition",
    "AlertList",
    "AlertPatch",
    "AlertStep",
    "AlertVersion",
    "AlertVersionList",
    "AlertsSource",
    "AllTrigger",
    "AnomalyRule",
    "AnyTrigger",
    "ApiKey",
    "ApiKeyCreate",
    "ApiKeyList",
    "ApiKeyWithSecret",
    "AuditEntry",
    "AuditList",
    "Backtest",
    "BacktestAggregates",
    "BacktestCalibrationBin",
    "BacktestCreate",
    "BacktestList",
    "BacktestOrigin",
    "BacktestPatch",
    "BacktestSummary",
    "BacktestTemplate",
    "BacktestTemplateParam",
    "BacktestVersion",
    "BacktestVersionList",
    "Board",
    "BoardProblem",
    "Branch",
    "BranchInput",
    "BranchInputParam",
    "BranchStep",
    "BranchTrigger",
    "Brief",
    "BriefAlert",
    "BriefCreate",
    "BriefDecision",
    "BriefEvent",
    "BriefList",
    "BriefPatch",
    "BriefScope",
    "BriefSections",
    "BriefStatement",
    "BriefVersion",
    "BriefVersionList",
    "BriefWatchlist",
    "CalibrationBin",
    "CalibrationReport",
    "CameoCoding",
    "CapabilityAnalysis",
    "ChangeDelete",
    "ChangeList",
    "ChangeRule",
    "ChangeUpsert",
    "ChangesSource",
    "Chart",
    "ChartPoint",
    "Citation",
    "CitationIn",
    "CitationInParam",
    "ClockChange",
    "Comparison",
    "ComparisonParam",
    "CompositeRule",
    "Criteria",
    "CriteriaParam",
    "Dataset",
    "DatasetCreate",
    "DatasetList",
    "Decision",
    "DecisionsDue",
    "Delivery",
    "DeliveryAttempt",
    "DeliveryList",
    "Event",
    "EventCreate",
    "EventList",
    "EventPatch",
    "EventSelection",
    "EventSelectionParam",
    "EventVersion",
    "EventVersionList",
    "EventsCondition",
    "Evidence",
    "EvidenceItem",
    "Exercise",
    "ExerciseAction",
    "ExerciseActionCreate",
    "ExerciseActionList",
    "ExerciseClock",
    "ExerciseClockRead",
    "ExerciseCreate",
    "ExerciseFromTemplate",
    "ExerciseList",
    "ExerciseParticipant",
    "ExerciseParticipantIn",
    "ExerciseParticipantInParam",
    "ExerciseParticipantKey",
    "ExercisePatch",
    "ExerciseReplay",
    "ExerciseReplayParam",
    "ExerciseReport",
    "ExerciseTemplate",
    "ExerciseTemplateList",
    "ExerciseVersion",
    "ExerciseVersionList",
    "ExerciseWithKeys",
    "ExpectedAction",
    "ExpectedActionParam",
    "ExpectedOutcome",
    "Facility",
    "FacilityCreate",
    "FacilityList",
    "FacilityPatch",
    "FacilityVersion",
    "FacilityVersionList",
    "FigureList",
    "Forecast",
    "ForecastCondition",
    "ForecastCreate",
    "ForecastList",
    "ForecastMove",
    "ForecastPatch",
    "ForecastVersion",
    "ForecastVersionList",
    "ForecasterCalibration",
    "ForecasterScore",
    "GdeltCoding",
    "GdeltCodingParam",
    "Health",
    "IcewsCoding",
    "IcewsCodingParam",
    "ImportReport",
    "ImportWarning",
    "ImprovementItem",
    "ImprovementItemParam",
    "ImprovementRow",
    "Indicator",
    "IndicatorCondition",
    "IndicatorCreate",
    "IndicatorDefinition",
    "IndicatorDefinitionParam",
    "IndicatorList",
    "IndicatorPatch",
    "IndicatorVersion",
    "IndicatorVersionList",
    "Inject",
    "InjectCreate",
    "InjectList",
    "InjectOutcome",
    "InjectPatch",
    "InjectVersion",
    "InjectVersionList",
    "KnownAs",
    "Leaderboard",
    "LeaderboardEntry",
    "LevelMove",
    "Likelihood",
    "LikelihoodForecast",
    "LikelihoodInput",
    "LikelihoodInputParam",
    "Magnitude",
    "MagnitudeParam",
    "Membership",
    "MembershipParam",
    "Observation",
    "ObservationCreate",
    "ObservationEntry",
    "ObservationList",
    "ObservationPatch",
    "ObservationVersion",
    "ObservationVersionList",
    "ObservationWarning",
    "ObservationWarningList",
    "Occurrence",
    "OccurrenceParam",
    "Option",
    "OptionParam",
    "OriginForecast",
    "OriginOutcome",
    "Owner",
    "OwnerParam",
    "Participant",
    "ParticipantParam",
    "PeriodFigure",
    "Place",
    "PlaceParam",
    "Plan",
    "PlanAgenda",
    "PlanCreate",
    "PlanList",
    "PlanPatch",
    "PlanVersion",
    "PlanVersionList",
    "Problem",
    "ProblemFieldError",
    "Quantile",
    "QuantileParam",
    "Question",
    "QuestionCondition",
    "QuestionCreate",
    "QuestionList",
    "QuestionPatch",
    "QuestionReport",
    "QuestionScores",
    "QuestionVersion",
    "QuestionVersionList",
    "Region",
    "RegionParam",
    "RejectedLine",
    "ReplayExpected",
    "ReplayExpectedParam",
    "ReplayReport",
    "ReplayRequest",
    "ReplayResult",
    "ReplayRow",
    "ReplayRule",
    "ReplayRuleParam",
    "ReplicaHealth",
    "ReportParticipant",
    "ReportSummary",
    "Resolution",
    "ResolutionEvidence",
    "ResolutionEvidenceParam",
    "ResourceCounts",
    "Review",
    "Scenario",
    "ScenarioCreate",
    "ScenarioList",
    "ScenarioPatch",
    "ScenarioSet",
    "ScenarioSetCreate",
    "ScenarioSetList",
    "ScenarioSetPatch",
    "ScenarioSetVersion",
    "ScenarioSetVersionList",
    "ScenarioSignposts",
    "ScenarioVersion",
    "ScenarioVersionList",
    "Scores",
    "ScriptedTruth",
    "ScriptedTruthParam",
    "SecretRotation",
    "Signpost",
    "SignpostCreate",
    "SignpostEvidence",
    "SignpostList",
    "SignpostLit",
    "SignpostPatch",
    "SignpostStep",
    "SignpostTrigger",
    "SignpostVersion",
    "SignpostVersionList",
    "Source",
    "SourceCreate",
    "SourceList",
    "SourcePatch",
    "SourceVersion",
    "SourceVersionList",
    "Statement",
    "StatementCreate",
    "StatementList",
    "StatementPatch",
    "StatementSelection",
    "StatementSelectionParam",
    "StatementVersion",
    "StatementVersionList",
    "StatementsCondition",
    "Subscription",
    "SubscriptionCreate",
    "SubscriptionList",
    "SubscriptionPatch",
    "SubscriptionVersion",
    "SubscriptionVersionList",
    "SubscriptionWithSecret",
    "Threshold",
    "ThresholdParam",
    "ThresholdRule",
    "TimelineEntry",
    "UcdpCoding",
    "UcdpCodingParam",
    "WarningProblem",
    "WarningProblemCreate",
    "WarningProblemList",
    "WarningProblemPatch",
    "WarningProblemVersion",
    "WarningProblemVersionList",
    "Watchlist",
    "WatchlistCreate",
    "WatchlistItem",
    "WatchlistItemList",
    "WatchlistList",
    "WatchlistPatch",
    "WatchlistSelection",
    "WatchlistSelectionParam",
    "WatchlistSource",
    "WatchlistVersion",
    "WatchlistVersionList",
    "Weapon",
    "WeaponCreate",
    "WeaponList",
    "WeaponPatch",
    "WeaponVersion",
    "WeaponVersionList",
    "Window",
    "WorkerLag",
)


class AchEvidence(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """An item of evidence as read back, with the record's grade and status when cited."""

    key: str
    kind: str
    record_id: str | None
    text: str | None
    source: str | None
    credibility: str | None
    relevance: str
    cited_status: str | None


class AchEvidenceIn(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """An item of evidence as written: a record of the matrix's dataset, or a free item.

    A record (``event``, ``statement``, ``observation``, ``alert``) names it in ``record_id``;
    its credibility is the record's Admiralty grade, read from it (an alert has none). A
    ``free`` item says what it is (``text``), where it is from (``source``) and its grade
    (``credibility``).
    """

    key: str
    kind: Literal["alert", "event", "free", "observation", "statement"]
    credibility: str | None = None
    record_id: str | None = None
    relevance: Literal["high", "low", "medium"] = "medium"
    source: str | None = None
    text: str | None = None


class AchEvidenceScore(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """How much an item of evidence discriminates between the hypotheses."""

    evidence: str
    diagnosticity: float
    diagnostic: bool
    weakly_sourced: bool
    flagged: bool


class AchHypothesis(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One of the competing explanations."""

    key: str
    label: str
    description: str | None = None
    scenario_id: str | None = None


class AchHypothesisScore(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A hypothesis's inconsistency: Heuer ranks by least inconsistent, not most consistent."""

    hypothesis: str
    inconsistency: float
    inconsistent: int
    rank: int


class AchMatrix(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """An Analysis of Competing Hypotheses matrix with its computed scores."""

    id: str
    dataset: str
    version: int
    created_at: _dt.datetime
    updated_at: _dt.datetime
    external_id: str | None
    title: str
    question: str | None
    question_id: str | None
    scenario_set_id: str | None
    tags: list[str]
    hypotheses: list[AchHypothesis]
    evidence: list[AchEvidence]
    ratings: list[AchRating]
    scores: AchScores
    record_ids: list[str]
    retracted: list[str]
    unknown: list[str]
    exercise: bool | UnsetType = UNSET
    """EXERCISE: `true` on every record of an exercise dataset (its play or control dataset), in every representation: a read, a list, a write's answer, the export, the change feed, a webhook. Absent on every other record. Set by the server; an import line may carry it (it is ignored)."""


class AchMatrixCreate(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A new ACH matrix."""

    title: str
    hypotheses: list[AchHypothesis]
    dataset: str = "live"
    """`live` (the real world) or an exercise or sandbox dataset"""
    evidence: list[AchEvidenceIn] = msgspec.field(default_factory=list)
    external_id: str | None = None
    question: str | None = None
    question_id: str | None = None
    ratings: list[AchRating] = msgspec.field(default_factory=list)
    scenario_set_id: str | None = None
    tags: list[str] = msgspec.field(default_factory=list)


class AchMatrixList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One page of ACH matrices."""

    data: list[AchMatrix]
    has_more: bool
    next_cursor: str | None
    sync_cursor: str | None = None


class AchMatrixPatch(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Changes to an ACH matrix; the scores are computed again from the result."""

    evidence: list[AchEvidenceIn] | UnsetType = UNSET
    external_id: str | None | UnsetType = UNSET
    hypotheses: list[AchHypothesis] | UnsetType = UNSET
    question: str | None | UnsetType = UNSET
    question_id: str | None | UnsetType = UNSET
    ratings: list[AchRating] | UnsetType = UNSET
    scenario_set_id: str | None | UnsetType = UNSET
    tags: list[str] | UnsetType = UNSET
    title: str | UnsetType = UNSET


class AchMatrixVersion(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One recorded version of an ACH matrix."""

    version: int
    recorded_from: _dt.datetime
    recorded_to: _dt.datetime | None
    deleted: bool
    ach_matrix: AchMatrix


class AchMatrixVersionList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Versions of an ACH matrix, oldest first."""

    data: list[AchMatrixVersion]
    has_more: bool
    next_cursor: str | None


class AchRating(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One cell: how consistent an item of evidence is with a hypothesis."""

    evidence: str
    hypothesis: str
    rating: str
    """`CC` very consistent, `C` consistent, `N` not applicable or neutral, `I` inconsistent, `II` very inconsistent. Anything else is 422."""


class AchScores(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """The figures computed from the matrix when it was written."""

    hypotheses: list[AchHypothesisScore]
    evidence: list[AchEvidenceScore]


class Actor(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A state, person or organisation that acts, speaks or is acted upon."""

    id: str
    dataset: str
    version: int
    created_at: _dt.datetime
    updated_at: _dt.datetime
    external_id: str | None
    kind: str
    name: str
    aliases: list[str]
    country: str | None
    cameo_code: str | None
    wikidata_qid: str | None
    description: str | None
    memberships: list[Membership]
    exercise: bool | UnsetType = UNSET
    """EXERCISE: `true` on every record of an exercise dataset (its play or control dataset), in every representation: a read, a list, a write's answer, the export, the change feed, a webhook. Absent on every other record. Set by the server; an import line may carry it (it is ignored)."""
    known_as: list[KnownAs] = msgspec.field(default_factory=list)
    superseded_by: str | None = None


class ActorCreate(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A new actor."""

    kind: Literal[
        "armed_group",
        "company",
        "government_body",
        "igo",
        "media",
        "military_unit",
        "organization",
        "person",
        "state",
    ]
    name: str
    aliases: list[str] = msgspec.field(default_factory=list)
    cameo_code: str | None = None
    country: str | None = None
    dataset: str = "live"
    """`live` (the real world) or an exercise or sandbox dataset"""
    description: str | None = None
    external_id: str | None = None
    memberships: list[Membership] = msgspec.field(default_factory=list)
    wikidata_qid: str | None = None


class ActorDuplicate(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Two actors that may be one: a name in common (case, accents, spaces and hyphens aside)
    and kinds that agree, which the imports did not resolve (more than one fitted, or a CAMEO
    code or QID disagrees). Merge them, or leave them.
    """

    actors: list[Actor]
    shared_names: list[str]


class ActorDuplicateList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One page of likely duplicate actors, to review."""

    data: list[ActorDuplicate]
    has_more: bool
    next_cursor: str | None
    sync_cursor: str | None = None


class ActorList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One page of actors."""

    data: list[Actor]
    has_more: bool
    next_cursor: str | None
    sync_cursor: str | None = None


class ActorMerge(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Merge this actor into another: the same real actor, recorded twice."""

    into: str


class ActorMerged(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """What a merge did."""

    actor: Actor
    merged: Actor
    moved: dict[str, int]


class ActorPatch(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Changes to an actor; omitted fields stay as they are, ``null`` clears a field."""

    aliases: list[str] | UnsetType = UNSET
    cameo_code: str | None | UnsetType = UNSET
    country: str | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    external_id: str | None | UnsetType = UNSET
    kind: (
        Literal[
            "armed_group",
            "company",
            "government_body",
            "igo",
            "media",
            "military_unit",
            "organization",
            "person",
            "state",
        ]
        | UnsetType
    ) = UNSET
    memberships: list[Membership] | UnsetType = UNSET
    name: str | UnsetType = UNSET
    wikidata_qid: str | None | UnsetType = UNSET


class ActorVersion(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One recorded version of an actor."""

    version: int
    recorded_from: _dt.datetime
    recorded_to: _dt.datetime | None
    deleted: bool
    actor: Actor


class ActorVersionList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Versions of an actor, oldest first."""

    data: list[ActorVersion]
    has_more: bool
    next_cursor: str | None


class AgendaBranch(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One branch at the agenda's instant."""

    plan_id: str
    plan_name: str
    key: str
    name: str
    owner: Owner
    level: str
    state: str
    triggered_at: _dt.datetime | None
    deadline: _dt.datetime | None
    due: bool
    overdue: bool
    hours_left: float | None
    decision: str | None
    alert_id: str | None
    options: list[AgendaOption]


class AgendaOption(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One option at the agenda's instant."""

    key: str
    name: str
    lead_time_hours: float
    total_lead_time_hours: float
    prepare_by: _dt.datetime | None
    too_late: bool


class Alert(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One episode of one warning rule holding: when, how badly, why, and on what evidence."""

    id: str
    dataset: str
    version: int
    created_at: _dt.datetime
    updated_at: _dt.datetime
    external_id: str | None
    problem_id: str
    rule_key: str
    level: str
    state: str
    indicator_ids: list[str]
    actor_ids: list[str]
    opened_at: _dt.datetime
    closed_at: _dt.datetime | None
    rationale: str
    explanation: str
    value: float | None
    baseline: float | None
    probability: float | None
    evidence: Evidence
    steps: list[AlertStep]
    acknowledged_at: _dt.datetime | None
    acknowledged_by: str | None
    acknowledgement: str | None
    branch_key: str | None = None
    exercise: bool | UnsetType = UNSET
    """EXERCISE: `true` on every record of an exercise dataset (its play or control dataset), in every representation: a read, a list, a write's answer, the export, the change feed, a webhook. Absent on every other record. Set by the server; an import line may carry it (it is ignored)."""
    plan_id: str | None = None


class AlertCondition(
    BaseModel, kw_only=True, omit_defaults=True, frozen=True, tag_field="kind", tag="alert"
):
    """Seen while an alert of the warning problem (of its rule ``rule_key``, when given) at or
    above ``level`` is open; emerging while only one below it is open (``level: warning`` with
    a ``watch`` alert open). An unknown problem or rule is 422.
    """

    problem_id: str
    level: str = "watch"
    rule_key: str | None = None


class AlertList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One page of alerts."""

    data: list[Alert]
    has_more: bool
    next_cursor: str | None
    sync_cursor: str | None = None


class AlertPatch(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """An analyst's acknowledgement: ``acknowledged: true`` with a note (``false`` withdraws it)."""

    acknowledged: bool | UnsetType = UNSET
    external_id: str | None | UnsetType = UNSET
    note: str | None | UnsetType = UNSET


class AlertStep(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """The rule's evaluation at one knowledge instant."""

    at: _dt.datetime
    holds: bool
    period_start: _dt.date
    period_label: str
    value: float | None
    baseline: float | None
    probability: float | None
    score: float | None
    explanation: str
    evidence: Evidence


class AlertVersion(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One recorded version of an alert."""

    version: int
    recorded_from: _dt.datetime
    recorded_to: _dt.datetime | None
    deleted: bool
    alert: Alert


class AlertVersionList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Versions of an alert, oldest first."""

    data: list[AlertVersion]
    has_more: bool
    next_cursor: str | None


class AlertsSource(
    BaseModel, kw_only=True, omit_defaults=True, frozen=True, tag_field="kind", tag="alerts"
):
    """Alerts of the subscription's dataset raising ``min_level`` or higher (``watch`` <
    ``warning``). Types: ``alert.opened`` (a new alert), ``alert.updated``, ``alert.closed``,
    ``alert.withdrawn`` (the state of the version sent).
    """

    min_level: str = "watch"


class AllTrigger(
    BaseModel, kw_only=True, omit_defaults=True, frozen=True, tag_field="kind", tag="all"
):
    """Holds while every trigger ``of`` holds."""

    of: list[SignpostTrigger | BranchTrigger | AllTrigger | AnyTrigger]


class AnomalyRule(
    BaseModel, kw_only=True, omit_defaults=True, frozen=True, tag_field="kind", tag="anomaly"
):
    """Holds when a period's figure is improbably high against its trailing baseline.

    Counts: the upper-tail probability of the figure under a Poisson (or negative-binomial,
    fitted by moments) model of the ``window`` complete periods before it is below
    ``significance``. Continuous series (``robust_z``): the figure's distance from the
    baseline's median, in median absolute deviations scaled to a standard deviation, is at
    least ``z``. No seasonal adjustment: a window of whole years keeps seasons balanced.
    """

    key: str
    level: str
    rationale: str
    indicator_id: str
    min_value: float = 1.0
    model: str = "poisson"
    significance: float = 0.01
    window: int = 24
    z: float = 3.0


class AnyTrigger(
    BaseModel, kw_only=True, omit_defaults=True, frozen=True, tag_field="kind", tag="any"
):
    """Holds while at least one trigger ``of`` holds."""

    of: list[SignpostTrigger | BranchTrigger | AllTrigger | AnyTrigger]


class ApiKey(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """An API key, without its secret (shown only in the answer to its creation)."""

    id: str
    name: str
    scopes: list[str]
    datasets: list[str]
    rate_limit: int
    created_at: _dt.datetime
    revoked_at: _dt.datetime | None


class ApiKeyCreate(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A new API key."""

    name: str
    scopes: list[Literal["admin", "read", "write"]]
    datasets: list[str] | UnsetType = UNSET
    rate_limit: int = 600
    """Requests per minute this key may make."""


class ApiKeyList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One page of API keys, newest first."""

    data: list[ApiKey]
    has_more: bool
    next_cursor: str | None


class ApiKeyWithSecret(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A key just created: the only answer that shows its secret (a retry with the same
    `Idempotency-Key` by the same caller within 24 hours gets this answer again).
    """

    key: ApiKey
    secret: str


class AuditEntry(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One write: a record version, an API key or a dataset created, a key revoked."""

    id: int
    at: _dt.datetime
    key_id: str | None
    request_id: str | None
    resource: str
    record_id: str
    version: int | None
    op: str
    dataset: str | None


class AuditList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One page of the audit trail, newest first."""

    data: list[AuditEntry]
    has_more: bool
    next_cursor: str | None


class Backtest(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A stored backtest: what was asked, every origin's numbers, and their means."""

    id: str
    dataset: str
    version: int
    created_at: _dt.datetime
    updated_at: _dt.datetime
    external_id: str | None
    request: BacktestCreate
    results: list[BacktestOrigin]
    aggregates: BacktestAggregates
    fingerprint: str
    elapsed_ms: int
    exercise: bool | UnsetType = UNSET
    """EXERCISE: `true` on every record of an exercise dataset (its play or control dataset), in every representation: a read, a list, a write's answer, the export, the change feed, a webhook. Absent on every other record. Set by the server; an import line may carry it (it is ignored)."""


class BacktestAggregates(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """The scores averaged over the origins, and against climatology on the same origins."""

    origins: int
    mean: dict[str, float]
    reference: dict[str, float]
    skill: dict[str, float]
    base_rate: float | None
    calibration: list[BacktestCalibrationBin] | None
    sharpness: float | None


class BacktestCalibrationBin(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Forecasts whose probability fell in ``[low, high)`` (the last bin includes 1)."""

    low: float
    high: float
    count: int
    mean_probability: float | None
    observed_frequency: float | None


class BacktestCreate(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A backtest to run now: a model, a template, and the range of origins."""

    model: str
    template: BacktestTemplate
    origin_from: _dt.date
    origin_to: _dt.date
    dataset: str = "live"
    """`live` (the real world) or an exercise or sandbox dataset"""
    window: int | None = None


class BacktestList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A page of backtests, newest first, with their means but not their origins."""

    data: list[BacktestSummary]
    has_more: bool
    next_cursor: str | None
    sync_cursor: str | None = None


class BacktestOrigin(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One origin: when, the window forecast, the forecast, the answer and its scores."""

    origin: _dt.datetime
    target_start: _dt.date
    target_end: _dt.date
    forecast: OriginForecast
    outcome: OriginOutcome
    scores: dict[str, float]


class BacktestPatch(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Only bookkeeping: a backtest's numbers are never edited (run a new one)."""

    external_id: str | None | UnsetType = UNSET


class BacktestSummary(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A backtest in a list: the request and the means, without the origins."""

    id: str
    dataset: str
    version: int
    created_at: _dt.datetime
    updated_at: _dt.datetime
    external_id: str | None
    request: BacktestCreate
    aggregates: BacktestAggregates
    fingerprint: str
    elapsed_ms: int
    exercise: bool | UnsetType = UNSET
    """EXERCISE: `true` on every record of an exercise dataset (its play or control dataset), in every representation: a read, a list, a write's answer, the export, the change feed, a webhook. Absent on every other record. Set by the server; an import line may carry it (it is ignored)."""


class BacktestTemplate(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """The question asked at every origin: the measure over the next ``periods`` periods.

    Exactly one of ``indicator_id`` (its figures, by the indicator's frequency) and ``over``
    (events or statements selected by ``filters``, the lists' filters, counted per ``period``).
    "At least one DPRK missile launch in month m+1" is ``{"over": "events", "filters": {"tag":
    "missile-test"}, "kind": "binary"}``; "launches in month m+1" the same with ``"kind":
    "count"``.
    """

    kind: str
    comparison: Comparison | None = None
    filters: dict[str, Any] = msgspec.field(default_factory=dict)
    indicator_id: str | None = None
    measure: str = "count"
    over: str | None = None
    period: str = "month"
    periods: int = 1
    quantile_levels: list[float] | None = None


class BacktestVersion(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One recorded version of a backtest."""

    version: int
    recorded_from: _dt.datetime
    recorded_to: _dt.datetime | None
    deleted: bool
    backtest: Backtest


class BacktestVersionList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Versions of a backtest, oldest first."""

    data: list[BacktestVersion]
    has_more: bool
    next_cursor: str | None


class Board(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """The warning board of a dataset at one instant of both clocks."""

    dataset: str
    as_of: _dt.datetime | None
    known_by: _dt.datetime
    level: str
    problems: list[BoardProblem]


class BoardProblem(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One warning problem on the board."""

    problem_id: str
    name: str
    owner: str | None
    tags: list[str]
    level: str
    since: _dt.datetime | None
    alerts: list[Alert]


class Branch(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A branch with its state (as recorded, or at the ``known_by`` read's instant)."""

    key: str
    name: str
    trigger: SignpostTrigger | BranchTrigger | AllTrigger | AnyTrigger
    owner: Owner
    deadline_hours: float
    options: list[Option]
    alert_id: str | None = None
    deadline: _dt.datetime | None = None
    decided_at: _dt.datetime | None = None
    decided_by: str | None = None
    decision: str | None = None
    description: str | None = None
    executed_at: _dt.datetime | None = None
    level: str = "warning"
    note: str | None = None
    state: str = "dormant"
    steps: list[BranchStep] = msgspec.field(default_factory=list)
    stood_down_at: _dt.datetime | None = None
    triggered_at: _dt.datetime | None = None


class BranchInput(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A branch as an analyst writes it; the worker and the decisions add its state."""

    key: str
    name: str
    trigger: SignpostTrigger | BranchTrigger | AllTrigger | AnyTrigger
    owner: Owner
    deadline_hours: float
    options: list[Option]
    description: str | None = None
    level: Literal["warning", "watch"] = "warning"


class BranchStep(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A change of a branch's state at one knowledge instant."""

    at: _dt.datetime
    state: str
    by: str | None = None
    note: str | None = None
    option: str | None = None


class BranchTrigger(
    BaseModel, kw_only=True, omit_defaults=True, frozen=True, tag_field="kind", tag="branch"
):
    """Holds from the instant the plan's branch ``branch`` triggered (whatever was decided
    since). An unknown key, or a circle of branches, is 422.
    """

    branch: str


class Brief(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A daily brief: what changed in its scope between ``since`` and ``written_for``."""

    id: str
    dataset: str
    version: int
    created_at: _dt.datetime
    updated_at: _dt.datetime
    external_id: str | None
    written_for: _dt.datetime
    since: _dt.datetime
    scope: BriefScope
    exercise: bool
    previous_id: str | None
    sections: BriefSections


class BriefAlert(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """An alert that opened or closed in the interval, as it stood at the brief's instant."""

    alert_id: str
    problem_id: str
    problem_name: str
    rule_key: str
    level: str
    state: str
    opened_at: _dt.datetime
    closed_at: _dt.datetime | None
    rationale: str
    explanation: str
    indicator_ids: list[str]
    evidence: list[EvidenceItem]
    more_evidence: int


class BriefCreate(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Generate a brief. ``for`` defaults to now; ``since`` to the instant of the newest brief of
    the same scope written for an earlier instant, else ``for`` less 24 hours.
    """

    dataset: str = "live"
    """`live` (the real world) or an exercise or sandbox dataset"""
    external_id: str | None = None
    for_: _dt.datetime | None = msgspec.field(default=None, name="for")
    region: Region | None = None
    since: _dt.datetime | None = None
    watchlist_id: str | None = None


class BriefDecision(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A plan branch whose decision is due or overdue at the brief's instant."""

    plan_id: str
    plan_name: str
    branch_key: str
    name: str
    owner: str
    level: str
    deadline: _dt.datetime | None
    hours_left: float | None
    overdue: bool


class BriefEvent(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A new event: reported in the interval."""

    id: str
    title: str
    category: str
    occurred_start: _dt.date | None
    reported_at: _dt.datetime | None
    place: str | None
    country: str | None
    grade: str | None
    status: str


class BriefList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One page of briefs."""

    data: list[Brief]
    has_more: bool
    next_cursor: str | None
    sync_cursor: str | None = None


class BriefPatch(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Only bookkeeping: a brief's content is never edited (generate a new one)."""

    external_id: str | None | UnsetType = UNSET


class BriefScope(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """What a brief is about: a dataset, optionally narrowed to a region and/or to what a
    watchlist selects.
    """

    dataset: str
    region: Region | None = None
    watchlist_id: str | None = None


class BriefSections(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """The brief's content, section by section."""

    board_level: str
    board_level_was: str
    levels: list[LevelMove]
    watch: list[LevelMove]
    alerts_opened: list[BriefAlert]
    alerts_closed: list[BriefAlert]
    alerts_standing: list[BriefAlert]
    events: list[BriefEvent]
    events_total: int
    statements: list[BriefStatement]
    statements_total: int
    forecasts: list[ForecastMove]
    signposts: list[SignpostLit]
    decisions: list[BriefDecision]
    charts: list[Chart]
    watchlist: BriefWatchlist | None = None


class BriefStatement(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A new statement: reported in the interval."""

    id: str
    speaker_id: str
    speaker: str | None
    text: str
    said_on: _dt.date | None
    reported_at: _dt.datetime | None
    stance: str | None
    grade: str | None


class BriefVersion(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One recorded version of a brief."""

    version: int
    recorded_from: _dt.datetime
    recorded_to: _dt.datetime | None
    deleted: bool
    brief: Brief


class BriefVersionList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Versions of a brief, oldest first."""

    data: list[BriefVersion]
    has_more: bool
    next_cursor: str | None


class BriefWatchlist(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """The watchlist of a brief's scope, as it was when the brief was written."""

    id: str
    name: str
    timezone: str | None


class CalibrationBin(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One bin of stated probability: [lower, upper) (the last bin includes 1)."""

    lower: float
    upper: float
    count: int
    weight: float
    mean_probability: float | None
    observed_frequency: float | None


class CalibrationReport(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Calibration over the resolved binary questions of a dataset (and tag)."""

    dataset: str
    tag: str | None
    as_of: _dt.datetime | None
    forecasters: list[ForecasterCalibration]


class CameoCoding(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """The CAMEO code and what the official GDELT lookups say of it."""

    code: str
    description: str | None
    goldstein: float | None
    quad_class: int | None
    root: str


class CapabilityAnalysis(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """HSEEP's analysis of a capability: its injects' expected actions and the
    observations logged about it.
    """

    capability: str
    met: int
    late: int
    missed: int
    strengths: list[ObservationEntry]
    areas_for_improvement: list[ObservationEntry]


class ChangeDelete(
    BaseModel, kw_only=True, omit_defaults=True, frozen=True, tag_field="op", tag="delete"
):
    """A tombstone: the record was deleted at ``version``; drop it (reads by id now answer 404)."""

    cursor: str
    resource: str
    id: str
    version: int
    dataset: str
    deleted_at: _dt.datetime


class ChangeList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One page of the change feed, in commit-safe order."""

    data: list[ChangeUpsert | ChangeDelete]
    has_more: bool
    next_cursor: str


class ChangeRule(
    BaseModel, kw_only=True, omit_defaults=True, frozen=True, tag_field="kind", tag="change"
):
    """Holds when a period's figure moved by at least ``by`` from the figure ``over`` periods
    before it, in ``direction`` (a fraction of that figure when ``relative``).
    """

    key: str
    level: str
    rationale: str
    indicator_id: str
    by: float
    direction: str = "up"
    over: int = 1
    relative: bool = False


class ChangeUpsert(
    BaseModel, kw_only=True, omit_defaults=True, frozen=True, tag_field="op", tag="upsert"
):
    """A record was created or changed; ``object`` is the record as of ``version``."""

    cursor: str
    resource: str
    id: str
    version: int
    dataset: str
    changed_at: _dt.datetime
    object: dict[str, Any]
    """The record as of `version`, in its resource's representation."""


class ChangesSource(
    BaseModel, kw_only=True, omit_defaults=True, frozen=True, tag_field="kind", tag="changes"
):
    """Every change (created, updated, deleted) of the named resources of the subscription's
    dataset; an empty list: of every resource. Types: ``<resource>.created``,
    ``<resource>.updated``, ``<resource>.deleted``.
    """

    resources: list[str] = msgspec.field(default_factory=list)


class Chart(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """An indicator behind an alert: its figures over the last 24 periods, as known by the
    brief's instant, and the line its rule is judged against.
    """

    indicator_id: str
    name: str
    unit: str
    frequency: str
    line: float | None
    line_label: str
    points: list[ChartPoint]


class ChartPoint(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    period_start: _dt.date
    label: str
    value: float | None


class Citation(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A citation as read back, with the source's reliability and the resulting grade."""

    source_id: str
    credibility: int
    reliability: str
    grade: str
    note: str | None = None
    offset_end: int | None = None
    offset_start: int | None = None
    page: str | None = None
    quote: str | None = None


class CitationIn(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A citation as written: which source, where in it, and how credible."""

    source_id: str
    credibility: int
    """Admiralty credibility of the cited information: 1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged."""
    note: str | None = None
    offset_end: int | None = None
    offset_start: int | None = None
    page: str | None = None
    quote: str | None = None


class ClockChange(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A change of the clock. Pausing a paused clock (or resuming a running one at the same
    speed, or ending an ended one) changes nothing and answers 200.
    """

    action: Literal["end", "pause", "resume", "start"]
    game_time: _dt.datetime | None = None
    speed: float | None = None


class Comparison(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """How a binary question's answer follows from the measured value."""

    op: str = ">="
    value: float = 1.0


class CompositeRule(
    BaseModel, kw_only=True, omit_defaults=True, frozen=True, tag_field="kind", tag="composite"
):
    """Holds when at least ``at_least`` of the rules ``of`` (keys of this problem's other,
    non-composite rules) hold at the same time.
    """

    key: str
    level: str
    rationale: str
    of: list[str]
    at_least: int


class Criteria(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """What the answer is: a measure over a window, from the data as known at resolution.

    Exactly one of ``indicator_id`` and ``over``: an existing indicator (its figures for the
    periods inside the window, combined by ``aggregate``), or events or statements selected by
    ``filters`` (the lists' filters, as in an indicator's ``definition``), measured over the
    window by ``measure``.
    """

    window_start: _dt.date
    window_end: _dt.date
    aggregate: str = "sum"
    comparison: Comparison | None = None
    filters: dict[str, Any] = msgspec.field(default_factory=dict)
    indicator_id: str | None = None
    measure: str = "count"
    over: str | None = None


class Dataset(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A dataset: `live` (the real world) or an exercise or sandbox world of its own."""

    name: str
    kind: str
    description: str
    created_at: _dt.datetime


class DatasetCreate(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A new exercise or sandbox dataset (there is one `live`)."""

    name: str
    """`live` (the real world) or an exercise or sandbox dataset"""
    kind: Literal["exercise", "sandbox"]
    description: str = ""


class DatasetList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One page of datasets, by name."""

    data: list[Dataset]
    has_more: bool
    next_cursor: str | None


class Decision(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A decision on a branch: ``decided`` (with the ``option`` chosen), ``executed`` or
    ``stood_down``. Stamped with the key's name and now.
    """

    branch: str
    state: Literal["decided", "executed", "stood_down"]
    note: str | None = None
    option: str | None = None


class DecisionsDue(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """``GET /v1/plans/decisions-due``: every due or overdue decision of a dataset's plans."""

    dataset: str
    at: _dt.datetime
    known_by: _dt.datetime
    as_of: _dt.datetime | None
    data: list[AgendaBranch]


class Delivery(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One message owed to a subscription, and every attempt to deliver it."""

    id: str
    subscription_id: str
    message_id: str
    type: str
    origin: str
    cursor: str | None
    state: str
    created_at: _dt.datetime
    next_attempt_at: _dt.datetime | None
    finished_at: _dt.datetime | None
    attempts: list[DeliveryAttempt]


class DeliveryAttempt(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One try to deliver."""

    number: int
    started_at: _dt.datetime
    latency_ms: int
    status_code: int | None
    response_excerpt: str | None
    error: str | None


class DeliveryList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One page of a subscription's deliveries, newest first."""

    data: list[Delivery]
    has_more: bool
    next_cursor: str | None


class Event(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Who did what to whom, when and where, with its sources and lifecycle."""

    id: str
    dataset: str
    version: int
    created_at: _dt.datetime
    updated_at: _dt.datetime
    external_id: str | None
    title: str
    summary: str | None
    category: str
    mode: str | None
    context: list[str]
    cameo: CameoCoding | None
    actors: list[Participant]
    recipients: list[Participant]
    occurred: Occurrence
    place: Place | None
    magnitudes: list[Magnitude]
    weapon_ids: list[str]
    tags: list[str]
    status: str
    status_reason: str | None
    superseded_by: str | None
    citations: list[Citation]
    grade: str | None
    exercise: bool | UnsetType = UNSET
    """EXERCISE: `true` on every record of an exercise dataset (its play or control dataset), in every representation: a read, a list, a write's answer, the export, the change feed, a webhook. Absent on every other record. Set by the server; an import line may carry it (it is ignored)."""
    gdelt: GdeltCoding | None = None
    icews: IcewsCoding | None = None
    reported_at: _dt.datetime | None = None
    ucdp: UcdpCoding | None = None
    weapon_class: str | None = None


class EventCreate(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A new event. It must cite at least one source."""

    title: str
    category: Literal[
        "AGREE",
        "AID",
        "ASSAULT",
        "COERCE",
        "CONCEDE",
        "CONSULT",
        "COOPERATE",
        "CRIME",
        "DEMAND",
        "DISAPPROVE",
        "INVESTIGATE",
        "MOBILIZE",
        "PROTEST",
        "REJECT",
        "RETREAT",
        "SANCTION",
        "SUPPORT",
        "THREATEN",
        "UNCATEGORIZED",
    ]
    occurred: Occurrence
    citations: list[CitationIn]
    actors: list[Participant] = msgspec.field(default_factory=list)
    cameo_code: str | None = None
    context: list[str] = msgspec.field(default_factory=list)
    dataset: str = "live"
    """`live` (the real world) or an exercise or sandbox dataset"""
    external_id: str | None = None
    gdelt: GdeltCoding | None = None
    icews: IcewsCoding | None = None
    magnitudes: list[Magnitude] = msgspec.field(default_factory=list)
    mode: str | None = None
    place: Place | None = None
    recipients: list[Participant] = msgspec.field(default_factory=list)
    reported_at: _dt.datetime | None = None
    status: Literal["confirmed", "disputed", "preliminary", "reported", "retracted"] = "reported"
    status_reason: str | None = None
    summary: str | None = None
    tags: list[str] = msgspec.field(default_factory=list)
    ucdp: UcdpCoding | None = None
    weapon_class: (
        Literal[
            "HGV",
            "ICBM",
            "IRBM",
            "MRBM",
            "SLBM",
            "SLV",
            "SRBM",
            "artillery",
            "cruise_missile",
            "nuclear_device",
            "other",
        ]
        | None
    ) = None
    weapon_ids: list[str] = msgspec.field(default_factory=list)


class EventList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One page of events."""

    data: list[Event]
    has_more: bool
    next_cursor: str | None
    sync_cursor: str | None = None


class EventPatch(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Changes to an event: a revision, a confirmation, a retraction or a merge."""

    actors: list[Participant] | UnsetType = UNSET
    cameo_code: str | None | UnsetType = UNSET
    category: (
        Literal[
            "AGREE",
            "AID",
            "ASSAULT",
            "COERCE",
            "CONCEDE",
            "CONSULT",
            "COOPERATE",
            "CRIME",
            "DEMAND",
            "DISAPPROVE",
            "INVESTIGATE",
            "MOBILIZE",
            "PROTEST",
            "REJECT",
            "RETREAT",
            "SANCTION",
            "SUPPORT",
            "THREATEN",
            "UNCATEGORIZED",
        ]
        | UnsetType
    ) = UNSET
    citations: list[CitationIn] | UnsetType = UNSET
    context: list[str] | UnsetType = UNSET
    external_id: str | None | UnsetType = UNSET
    gdelt: GdeltCoding | None | UnsetType = UNSET
    icews: IcewsCoding | None | UnsetType = UNSET
    magnitudes: list[Magnitude] | UnsetType = UNSET
    mode: str | None | UnsetType = UNSET
    occurred: Occurrence | UnsetType = UNSET
    place: Place | None | UnsetType = UNSET
    recipients: list[Participant] | UnsetType = UNSET
    reported_at: _dt.datetime | None | UnsetType = UNSET
    status: Literal["confirmed", "disputed", "preliminary", "reported", "retracted"] | UnsetType = (
        UNSET
    )
    status_reason: str | None | UnsetType = UNSET
    summary: str | None | UnsetType = UNSET
    superseded_by: str | None | UnsetType = UNSET
    tags: list[str] | UnsetType = UNSET
    title: str | UnsetType = UNSET
    ucdp: UcdpCoding | None | UnsetType = UNSET
    weapon_class: (
        Literal[
            "HGV",
            "ICBM",
            "IRBM",
            "MRBM",
            "SLBM",
            "SLV",
            "SRBM",
            "artillery",
            "cruise_missile",
            "nuclear_device",
            "other",
        ]
        | None
        | UnsetType
    ) = UNSET
    weapon_ids: list[str] | UnsetType = UNSET


class EventSelection(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Which events a computed indicator measures: the filters of ``GET /v1/events``.

    The same names and values as that list's query parameters, so a list URL's query is a
    selection as it stands (``?category=ASSAULT&country=KOR`` is
    ``{"category": "ASSAULT", "country": "KOR"}``). The dataset is the indicator's own.
    """

    actor: str | None = None
    bbox: str | None = None
    cameo_root: str | None = None
    category: str | None = None
    country: str | None = None
    directed: bool = False
    dyad: str | None = None
    facility: str | None = None
    include_retracted: bool = False
    min_grade: str | None = None
    min_mentions: int | None = None
    occurred_from: _dt.date | None = None
    occurred_to: _dt.date | None = None
    quad_class: int | None = None
    root_event: bool | None = None
    status: str | None = None
    tag: str | None = None
    weapon: str | None = None
    weapon_class: str | None = None


class EventVersion(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One recorded version of an event."""

    version: int
    recorded_from: _dt.datetime
    recorded_to: _dt.datetime | None
    deleted: bool
    event: Event


class EventVersionList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Versions of an event, oldest first."""

    data: list[EventVersion]
    has_more: bool
    next_cursor: str | None


class EventsCondition(
    BaseModel, kw_only=True, omit_defaults=True, frozen=True, tag_field="kind", tag="events"
):
    """Seen while at least ``count`` events matching ``filters`` (those of ``GET /v1/events``)
    fall in the ``window`` by ``occurred.start``; emerging while at least ``emerging`` (fewer
    than ``count``) do. An event counts from its ``reported_at``; a retracted one never counts.
    An unknown filter is 422 at its pointer.
    """

    window: Window
    count: int = 1
    emerging: int | None = None
    filters: EventSelection | None = None


class Evidence(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """What a figure was made of: the records behind it."""

    events: list[str] = msgspec.field(default_factory=list)
    more: int = 0
    observations: list[str] = msgspec.field(default_factory=list)
    statements: list[str] = msgspec.field(default_factory=list)


class EvidenceItem(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """An event or statement behind an alert, as known by the brief's instant."""

    id: str
    kind: str
    text: str
    on: _dt.date | None
    grade: str | None


class Exercise(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """An exercise played on the real tools in a dataset of its own."""

    id: str
    dataset: str
    version: int
    created_at: _dt.datetime
    updated_at: _dt.datetime
    external_id: str | None
    name: str
    description: str | None
    source_dataset: str
    control_dataset: str
    start_known_by: _dt.datetime
    participants: list[ExerciseParticipant]
    clock: ExerciseClock
    exercise: bool | UnsetType = UNSET
    """EXERCISE: `true` on every record of an exercise dataset (its play or control dataset), in every representation: a read, a list, a write's answer, the export, the change feed, a webhook. Absent on every other record. Set by the server; an import line may carry it (it is ignored)."""


class ExerciseAction(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """What a participant did, stamped with game and wall time."""

    id: str
    dataset: str
    version: int
    created_at: _dt.datetime
    updated_at: _dt.datetime
    external_id: str | None
    exercise_id: str
    participant: str
    role: str
    kind: str
    text: str
    inject_id: str | None
    game_time: _dt.datetime
    wall_time: _dt.datetime
    analysis: str | None = None
    assessment: str | None = None
    capability: str | None = None
    exercise: bool | UnsetType = UNSET
    """EXERCISE: `true` on every record of an exercise dataset (its play or control dataset), in every representation: a read, a list, a write's answer, the export, the change feed, a webhook. Absent on every other record. Set by the server; an import line may carry it (it is ignored)."""
    improvement: ImprovementItem | None = None


class ExerciseActionCreate(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A decision, request for information or message, logged by a participant; or an
    observation or improvement-plan row, logged by a controller or an evaluator.

    An `observation` needs `assessment` and `capability` (`analysis` optional); an
    `improvement` needs `capability` and `improvement` (`text` is the area for improvement).
    These fields are refused with the other kinds (422 with their pointer).
    """

    kind: Literal["decision", "improvement", "message", "observation", "rfi"]
    text: str
    analysis: str | None = None
    assessment: Literal["area_for_improvement", "strength"] | None = None
    capability: str | None = None
    external_id: str | None = None
    improvement: ImprovementItem | None = None
    inject_id: str | None = None


class ExerciseActionList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One page of exercise actions."""

    data: list[ExerciseAction]
    has_more: bool
    next_cursor: str | None
    sync_cursor: str | None = None


class ExerciseClock(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """The stored anchors of the exercise clock: game time is a pure function of wall time,
    ``game + (now − wall) × speed`` while running, ``game`` otherwise.
    """

    state: str
    speed: float
    wall: _dt.datetime | None
    game: _dt.datetime
    started_at: _dt.datetime | None
    ended_at: _dt.datetime | None


class ExerciseClockRead(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """The exercise clock now."""

    exercise_id: str
    dataset: str
    state: str
    game_time: _dt.datetime
    wall_time: _dt.datetime
    speed: float
    started_at: _dt.datetime | None
    ended_at: _dt.datetime | None
    anchor_wall: _dt.datetime | None
    anchor_game: _dt.datetime
    version: int
    role: str
    participant: str


class ExerciseCreate(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A new exercise: its play and control datasets are created, the starting world copied."""

    name: str
    start_known_by: _dt.datetime
    dataset: str | None = None
    description: str | None = None
    external_id: str | None = None
    participants: list[ExerciseParticipantIn] = msgspec.field(default_factory=list)
    replay: ExerciseReplay | None = None
    source_dataset: str = "live"
    """`live` (the real world) or an exercise or sandbox dataset"""
    speed: float = 60.0
    """Game seconds per wall second: 60 plays one game hour per wall minute."""
    truth: list[ScriptedTruth] = msgspec.field(default_factory=list)


class ExerciseFromTemplate(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """What a trainer changes of a template when opening it (everything optional)."""

    dataset: str | None = None
    external_id: str | None = None
    name: str | None = None
    participants: list[ExerciseParticipantIn] | None = None
    source_dataset: str | None = None
    speed: float | None = None


class ExerciseList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One page of exercises."""

    data: list[Exercise]
    has_more: bool
    next_cursor: str | None
    sync_cursor: str | None = None


class ExerciseParticipant(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A participant and the API key it plays with (scoped to the exercise's datasets only)."""

    name: str
    role: str
    key_id: str


class ExerciseParticipantIn(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One participant to issue a key to."""

    name: str
    role: str


class ExerciseParticipantKey(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A participant's new key: the secret is shown in the create's answer only."""

    name: str
    role: str
    key_id: str
    datasets: list[str]
    secret: str


class ExercisePatch(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Changes to an exercise's words (the clock changes through `POST …/clock`)."""

    description: str | None | UnsetType = UNSET
    external_id: str | None | UnsetType = UNSET
    name: str | UnsetType = UNSET
    truth: list[ScriptedTruth] | UnsetType = UNSET


class ExerciseReplay(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Generate the MSEL from history: each record of the source dataset first known after
    `start_known_by` (and by `until`) becomes an inject at that knowledge time, its record as
    first known (never today's revision), its references pointing at the play dataset's
    copies.
    """

    kinds: list[str] | None = None
    limit: int = 5000
    rules: list[ReplayRule] = msgspec.field(default_factory=list)
    until: _dt.datetime | None = None


class ExerciseReport(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """The after-action report of an exercise (controllers and evaluators)."""

    exercise_id: str
    name: str
    description: str | None
    dataset: str
    control_dataset: str
    source_dataset: str
    exercise: bool
    generated_at: _dt.datetime
    game_time: _dt.datetime
    clock_state: str
    start_known_by: _dt.datetime
    started_at: _dt.datetime | None
    ended_at: _dt.datetime | None
    participants: list[ReportParticipant]
    summary: ReportSummary
    timeline: list[TimelineEntry]
    injects: list[InjectOutcome]
    questions: list[QuestionReport]
    capabilities: list[CapabilityAnalysis]
    improvement_plan: list[ImprovementRow]


class ExerciseTemplate(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A ready-made exercise: its create body and the injects scripted on top of it."""

    name: str
    title: str
    summary: str
    exercise: ExerciseCreate
    injects: list[InjectCreate] = msgspec.field(default_factory=list)


class ExerciseTemplateList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """The shipped exercise templates."""

    data: list[ExerciseTemplate]


class ExerciseVersion(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One recorded version of an exercise."""

    version: int
    recorded_from: _dt.datetime
    recorded_to: _dt.datetime | None
    deleted: bool
    exercise: Exercise


class ExerciseVersionList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Versions of an exercise, oldest first."""

    data: list[ExerciseVersion]
    has_more: bool
    next_cursor: str | None


class ExerciseWithKeys(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """An exercise just created, with its participants' keys: their secrets are shown here
    only.
    """

    id: str
    dataset: str
    version: int
    created_at: _dt.datetime
    updated_at: _dt.datetime
    external_id: str | None
    name: str
    description: str | None
    source_dataset: str
    control_dataset: str
    start_known_by: _dt.datetime
    participants: list[ExerciseParticipant]
    clock: ExerciseClock
    keys: list[ExerciseParticipantKey]
    exercise: bool | UnsetType = UNSET
    """EXERCISE: `true` on every record of an exercise dataset (its play or control dataset), in every representation: a read, a list, a write's answer, the export, the change feed, a webhook. Absent on every other record. Set by the server; an import line may carry it (it is ignored)."""
    replay_report: ReplayReport | None = None


class ExpectedAction(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """What the players are expected to do after an inject, and by when."""

    text: str
    by_minutes: int


class ExpectedOutcome(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One expected action of an inject and whether the players did it in time."""

    text: str
    by_minutes: int
    deadline: _dt.datetime | None
    status: str
    action_id: str | None
    participant: str | None
    answered_at: _dt.datetime | None
    response_minutes: float | None


class Facility(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A named place of military or nuclear significance."""

    id: str
    dataset: str
    version: int
    created_at: _dt.datetime
    updated_at: _dt.datetime
    external_id: str | None
    name: str
    aliases: list[str]
    kind: str
    country: str | None
    lat: float | None
    lon: float | None
    description: str | None
    exercise: bool | UnsetType = UNSET
    """EXERCISE: `true` on every record of an exercise dataset (its play or control dataset), in every representation: a read, a list, a write's answer, the export, the change feed, a webhook. Absent on every other record. Set by the server; an import line may carry it (it is ignored)."""
    location: str | None = None


class FacilityCreate(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A new facility."""

    name: str
    kind: Literal[
        "airbase",
        "launch_site",
        "missile_base",
        "naval_base",
        "nuclear_facility",
        "nuclear_test_site",
        "other",
        "satellite_launch_site",
        "shipyard",
        "test_range",
    ]
    aliases: list[str] = msgspec.field(default_factory=list)
    country: str | None = None
    dataset: str = "live"
    """`live` (the real world) or an exercise or sandbox dataset"""
    description: str | None = None
    external_id: str | None = None
    lat: float | None = None
    location: str | None = None
    lon: float | None = None


class FacilityList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One page of facilities."""

    data: list[Facility]
    has_more: bool
    next_cursor: str | None
    sync_cursor: str | None = None


class FacilityPatch(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Changes to a facility."""

    aliases: list[str] | UnsetType = UNSET
    country: str | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    external_id: str | None | UnsetType = UNSET
    kind: (
        Literal[
            "airbase",
            "launch_site",
            "missile_base",
            "naval_base",
            "nuclear_facility",
            "nuclear_test_site",
            "other",
            "satellite_launch_site",
            "shipyard",
            "test_range",
        ]
        | UnsetType
    ) = UNSET
    lat: float | None | UnsetType = UNSET
    location: str | None | UnsetType = UNSET
    lon: float | None | UnsetType = UNSET
    name: str | UnsetType = UNSET


class FacilityVersion(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One recorded version of a facility."""

    version: int
    recorded_from: _dt.datetime
    recorded_to: _dt.datetime | None
    deleted: bool
    facility: Facility


class FacilityVersionList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Versions of a facility, oldest first."""

    data: list[FacilityVersion]
    has_more: bool
    next_cursor: str | None


class FigureList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """An indicator's series, one figure per period, as known at ``known_by`` and recorded at
    ``as_of``.

    Hand-entered: each period's newest vintage published by ``known_by`` (a vintage dated D
    counts from the end of D, UTC). Computed: recomputed on read from the events reported by
    ``known_by``; counts and sums of periods without an event are 0 from the first period with
    one to the period that contains ``known_by``, means are absent. Without ``known_by``: the
    newest vintages, as the worker wrote them.
    """

    indicator_id: str
    dataset: str
    unit: str
    frequency: str
    as_of: _dt.datetime | None
    known_by: _dt.datetime | None
    computed: bool
    figures: list[PeriodFigure]


class Forecast(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One forecast, as made: who, when (server time), what, and why."""

    id: str
    dataset: str
    version: int
    created_at: _dt.datetime
    updated_at: _dt.datetime
    external_id: str | None
    question_id: str
    forecaster: str
    forecaster_kind: str
    key_name: str
    probability: float | None
    quantiles: list[Quantile] | None
    bins: list[float] | None
    rationale: str | None
    evidence: list[str]
    supersedes: str | None
    exercise: bool | UnsetType = UNSET
    """EXERCISE: `true` on every record of an exercise dataset (its play or control dataset), in every representation: a read, a list, a write's answer, the export, the change feed, a webhook. Absent on every other record. Set by the server; an import line may carry it (it is ignored)."""


class ForecastCondition(
    BaseModel, kw_only=True, omit_defaults=True, frozen=True, tag_field="kind", tag="forecast"
):
    """Seen while the newest forecast on a binary question (by ``forecaster``; omitted, the
    mean of every forecaster's newest) is at or above ``probability`` (``direction: above``)
    or at or below it (``below``); emerging while it is past ``emerging`` but not
    ``probability``. A forecast is known when it was created.
    """

    question_id: str
    probability: float
    direction: str = "above"
    emerging: float | None = None
    forecaster: str | None = None


class ForecastCreate(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A new forecast (it supersedes the forecaster's previous one on the question)."""

    question_id: str
    forecaster: str
    bins: list[float] | None = None
    dataset: str = "live"
    """`live` (the real world) or an exercise or sandbox dataset"""
    evidence: list[str] = msgspec.field(default_factory=list)
    external_id: str | None = None
    forecaster_kind: Literal["model", "person", "team"] = "person"
    probability: float | None = None
    quantiles: list[Quantile] | None = None
    rationale: str | None = None


class ForecastList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One page of forecasts."""

    data: list[Forecast]
    has_more: bool
    next_cursor: str | None
    sync_cursor: str | None = None


class ForecastMove(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One forecaster's probability on a binary question: newest by the brief's instant against
    the newest before ``since``.
    """

    question_id: str
    question: str
    forecaster: str
    forecast_id: str
    previous_id: str | None
    probability: float
    was: float | None
    change: float | None


class ForecastPatch(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Only bookkeeping: a forecast's content is never edited (post a new one)."""

    external_id: str | None | UnsetType = UNSET


class ForecastVersion(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One recorded version of a forecast."""

    version: int
    recorded_from: _dt.datetime
    recorded_to: _dt.datetime | None
    deleted: bool
    forecast: Forecast


class ForecastVersionList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Versions of a forecast, oldest first."""

    data: list[ForecastVersion]
    has_more: bool
    next_cursor: str | None


class ForecasterCalibration(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A forecaster's reliability table and Murphy decomposition over binary questions."""

    forecaster: str
    questions: int
    bins: list[CalibrationBin]
    brier: float | None
    reliability: float | None
    resolution: float | None
    uncertainty: float | None
    sharpness: float | None
    base_rate: float | None


class ForecasterScore(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One forecaster's scores on one question."""

    forecaster: str
    forecaster_kind: str
    scores: Scores
    skill: float | None
    days_scored: int
    days_filled: int
    forecasts: int
    latest_forecast: Forecast


class GdeltCoding(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """What a GDELT 1.0 or 2.0 event row says beyond the CAMEO code: its salience and tone.

    GDELT users weight events by how widely they were reported; ``num_mentions`` is the usual
    weight. See the GDELT Event Codebook 2.0 for each column.
    """

    avg_tone: float | None = None
    date_added: _dt.datetime | None = None
    goldstein: float | None = None
    is_root_event: bool | None = None
    num_articles: int | None = None
    num_mentions: int | None = None
    num_sources: int | None = None
    quad_class: int | None = None


class Health(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Liveness or readiness."""

    status: str
    detail: str | None = None
    replicas: list[ReplicaHealth] | None = None
    schema_version: int | None = None
    worker: list[WorkerLag] | None = None


class IcewsCoding(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """What an ICEWS event row says beyond the CAMEO code."""

    intensity: float | None = None
    publisher: str | None = None
    sentence_number: int | None = None
    story_id: int | None = None


class ImportReport(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """What an import did with every line it read.

    ``read = created + updated + unchanged + matched + rejected``; every rejected line is listed with its
    number and reason. Importing the same input again reports every line unchanged (bar those
    rejected again).
    """

    dataset: str
    read: int
    created: int
    updated: int
    unchanged: int
    rejected: int
    resources: dict[str, ResourceCounts]
    rejected_lines: list[RejectedLine]
    matched: int = 0
    warnings: list[ImportWarning] = msgspec.field(default_factory=list)


class ImportWarning(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A line imported with a repair: the input got part of the record wrong, the rest was kept.

    Format importers repair what a data set gets inconsistent (a range whose bounds are out of
    order, an actor entry that is not an actor, an id used twice) rather than drop the record.
    """

    line: int
    field: str
    detail: str
    resource: str
    external_id: str


class ImprovementItem(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One row of HSEEP's Improvement Plan (AAR/IP Appendix A), beyond its capability (the
    action's `capability`) and its area for improvement (the action's `text`).
    """

    corrective_action: str
    capability_element: str | None = None
    completion: _dt.date | None = None
    poc: str | None = None
    responsible: str | None = None
    start: _dt.date | None = None


class ImprovementRow(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One row of the Improvement Plan (HSEEP AAR/IP Appendix A)."""

    capability: str
    area_for_improvement: str
    corrective_action: str
    capability_element: str | None
    responsible: str | None
    poc: str | None
    start: _dt.date | None
    completion: _dt.date | None
    action_id: str
    participant: str


class Indicator(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A named time series: what is measured, in which unit, how often, and when to worry."""

    id: str
    dataset: str
    version: int
    created_at: _dt.datetime
    updated_at: _dt.datetime
    external_id: str | None
    name: str
    unit: str
    frequency: str
    description: str | None
    actor_ids: list[str]
    thresholds: list[Threshold]
    tags: list[str]
    definition: IndicatorDefinition | None = None
    exercise: bool | UnsetType = UNSET
    """EXERCISE: `true` on every record of an exercise dataset (its play or control dataset), in every representation: a read, a list, a write's answer, the export, the change feed, a webhook. Absent on every other record. Set by the server; an import line may carry it (it is ignored)."""


class IndicatorCondition(
    BaseModel, kw_only=True, omit_defaults=True, frozen=True, tag_field="kind", tag="indicator"
):
    """Seen while the indicator's figure, aggregated over the last ``periods`` periods of its
    frequency (the period in progress included), compares with ``value`` by ``comparator``;
    emerging while it compares with ``emerging`` (a value on the near side of ``value``) but
    not with ``value``. Figures are those known at each instant (the indicator's vintages, or
    a computed indicator's records by their ``reported_at``).
    """

    indicator_id: str
    value: float
    aggregate: str = "sum"
    comparator: str = ">="
    emerging: float | None = None
    periods: int = 1


class IndicatorCreate(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A new indicator."""

    name: str
    unit: str
    frequency: Literal["annual", "daily", "irregular", "monthly", "quarterly", "weekly"]
    actor_ids: list[str] = msgspec.field(default_factory=list)
    dataset: str = "live"
    """`live` (the real world) or an exercise or sandbox dataset"""
    definition: IndicatorDefinition | None = None
    description: str | None = None
    external_id: str | None = None
    tags: list[str] = msgspec.field(default_factory=list)
    thresholds: list[Threshold] = msgspec.field(default_factory=list)


class IndicatorDefinition(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """How the system computes an indicator's figures: a measure over selected events or
    statements, per calendar period of the indicator's ``frequency`` (UTC), by
    ``occurred.start`` (an event) or ``said_on`` (a statement).

    The worker writes the figures; a changed figure is a new vintage (``docs/warning.md``).
    """

    measure: str
    filters: dict[str, Any] = msgspec.field(default_factory=dict)
    """Which records count: an `EventSelection` when `over` is `events`, a `StatementSelection` when it is `statements`."""
    magnitude: str | None = None
    over: str = "events"


class IndicatorList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One page of indicators."""

    data: list[Indicator]
    has_more: bool
    next_cursor: str | None
    sync_cursor: str | None = None


class IndicatorPatch(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Changes to an indicator."""

    actor_ids: list[str] | UnsetType = UNSET
    definition: IndicatorDefinition | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    external_id: str | None | UnsetType = UNSET
    frequency: (
        Literal["annual", "daily", "irregular", "monthly", "quarterly", "weekly"] | UnsetType
    ) = UNSET
    name: str | UnsetType = UNSET
    tags: list[str] | UnsetType = UNSET
    thresholds: list[Threshold] | UnsetType = UNSET
    unit: str | UnsetType = UNSET


class IndicatorVersion(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One recorded version of an indicator."""

    version: int
    recorded_from: _dt.datetime
    recorded_to: _dt.datetime | None
    deleted: bool
    indicator: Indicator


class IndicatorVersionList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Versions of an indicator, oldest first."""

    data: list[IndicatorVersion]
    has_more: bool
    next_cursor: str | None


class Inject(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One row of the MSEL. A player reads only released injects (and of messages only those
    sent to it), without ``expected_actions`` and ``capability``.
    """

    id: str
    dataset: str
    version: int
    created_at: _dt.datetime
    updated_at: _dt.datetime
    external_id: str | None
    exercise_id: str
    at: _dt.datetime
    kind: str
    title: str | None
    record: dict[str, Any]
    expected_actions: list[ExpectedAction]
    capability: str | None
    state: str
    released_at: _dt.datetime | None
    released_game_time: _dt.datetime | None
    released_record_id: str | None
    exercise: bool | UnsetType = UNSET
    """EXERCISE: `true` on every record of an exercise dataset (its play or control dataset), in every representation: a read, a list, a write's answer, the export, the change feed, a webhook. Absent on every other record. Set by the server; an import line may carry it (it is ignored)."""


class InjectCreate(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A new inject. `record` is checked as the real create would check it (422 with a pointer
    inside `/record`); its `reported_at` (an observation's `vintage`) is set at release to the
    game time of the release, and its `dataset` to the play dataset.
    """

    at: _dt.datetime
    kind: str
    record: dict[str, Any]
    capability: str | None = None
    expected_actions: list[ExpectedAction] = msgspec.field(default_factory=list)
    external_id: str | None = None
    title: str | None = None


class InjectList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One page of the MSEL, by game time."""

    data: list[Inject]
    has_more: bool
    next_cursor: str | None
    sync_cursor: str | None = None


class InjectOutcome(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """An inject of the MSEL, its release and what was expected after it."""

    inject_id: str
    title: str | None
    kind: str
    capability: str | None
    state: str
    at: _dt.datetime
    released_game_time: _dt.datetime | None
    released_at: _dt.datetime | None
    release_delay_seconds: float | None
    expected: list[ExpectedOutcome]


class InjectPatch(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Move (`at`), reword or withdraw (`state: withdrawn`) a scheduled inject."""

    at: _dt.datetime | UnsetType = UNSET
    capability: str | None | UnsetType = UNSET
    expected_actions: list[ExpectedAction] | UnsetType = UNSET
    external_id: str | None | UnsetType = UNSET
    state: Literal["withdrawn"] | UnsetType = UNSET
    title: str | None | UnsetType = UNSET


class InjectVersion(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One recorded version of an inject."""

    version: int
    recorded_from: _dt.datetime
    recorded_to: _dt.datetime | None
    deleted: bool
    inject: Inject


class InjectVersionList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Versions of an inject, oldest first."""

    data: list[InjectVersion]
    has_more: bool
    next_cursor: str | None


class KnownAs(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Another external id that names this actor, and why: an import matched it, or a merge."""

    external_id: str
    rule: str
    value: str


class Leaderboard(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Forecasters ranked over the resolved questions of one kind (and tag)."""

    dataset: str
    kind: str
    tag: str | None
    as_of: _dt.datetime | None
    questions: int
    entries: list[LeaderboardEntry]


class LeaderboardEntry(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A forecaster over the resolved questions: each question weighs the same."""

    forecaster: str
    forecaster_kind: str
    questions: int
    scores: Scores
    skill: float | None


class LevelMove(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A warning problem whose board level moved between ``since`` and ``written_for``."""

    problem_id: str
    name: str
    was: str
    level: str
    since: _dt.datetime | None


class Likelihood(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A likelihood as of the read: its probability and ICD 203 words, and where it came from."""

    source: str
    probability: float | None
    expression: str | None
    question_id: str | None
    forecaster: str | None
    rationale: str | None
    forecast: LikelihoodForecast | None


class LikelihoodForecast(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """The forecast a ``question`` or ``baseline`` likelihood was taken from."""

    id: str
    forecaster: str
    created_at: _dt.datetime


class LikelihoodInput(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """How likely the scenario is, and where that comes from.

    ``analyst``: ``probability`` is required. ``question``: ``question_id`` names a binary
    question; the likelihood is its newest forecast by ``forecaster`` (by anyone when
    omitted). ``baseline``: ``question_id``; the newest forecast of the ``count-model``
    baseline on it. A probability outside [0, 1] is 422.
    """

    source: Literal["analyst", "baseline", "question"]
    forecaster: str | None = None
    probability: float | None = None
    question_id: str | None = None
    rationale: str | None = None


class Magnitude(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A measured quantity as a range: low ≤ best ≤ high, in ``unit``."""

    kind: str
    """What is measured: fatalities, injured, size, apogee, range, yield, flight_time, magnitude_mb, count, value …"""
    unit: str
    best: float | None = None
    high: float | None = None
    low: float | None = None


class Membership(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """The actor belongs to, leads or serves another actor for a period."""

    organization_id: str
    role: str = "member"
    valid_from: _dt.date | None = None
    valid_to: _dt.date | None = None


class Observation(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One figure of an indicator for one period, as published on its vintage date."""

    id: str
    dataset: str
    version: int
    created_at: _dt.datetime
    updated_at: _dt.datetime
    external_id: str | None
    indicator_id: str
    period_start: _dt.date
    period_end: _dt.date
    period_label: str | None
    value: float | None
    low: float | None
    high: float | None
    vintage: _dt.date
    note: str | None
    citations: list[Citation]
    grade: str | None
    computed: bool = False
    exercise: bool | UnsetType = UNSET
    """EXERCISE: `true` on every record of an exercise dataset (its play or control dataset), in every representation: a read, a list, a write's answer, the export, the change feed, a webhook. Absent on every other record. Set by the server; an import line may carry it (it is ignored)."""


class ObservationCreate(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A new figure, or a revision of a period's figure under a later vintage."""

    period_start: _dt.date
    period_end: _dt.date
    vintage: _dt.date
    citations: list[CitationIn]
    dataset: str = "live"
    """`live` (the real world) or an exercise or sandbox dataset"""
    external_id: str | None = None
    high: float | None = None
    low: float | None = None
    note: str | None = None
    period_label: str | None = None
    value: float | None = None


class ObservationEntry(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    action_id: str
    participant: str
    role: str
    text: str
    analysis: str | None
    inject_id: str | None
    game_time: _dt.datetime


class ObservationList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One page of observations, by period."""

    data: list[Observation]
    has_more: bool
    next_cursor: str | None
    sync_cursor: str | None = None


class ObservationPatch(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A correction of a recorded observation (a data-entry error, not a revision).

    A revision by the publisher is a new observation with a later ``vintage``.
    """

    citations: list[CitationIn] | UnsetType = UNSET
    external_id: str | None | UnsetType = UNSET
    high: float | None | UnsetType = UNSET
    low: float | None | UnsetType = UNSET
    note: str | None | UnsetType = UNSET
    period_label: str | None | UnsetType = UNSET
    value: float | None | UnsetType = UNSET


class ObservationVersion(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One recorded version of an observation."""

    version: int
    recorded_from: _dt.datetime
    recorded_to: _dt.datetime | None
    deleted: bool
    observation: Observation


class ObservationVersionList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Versions of an observation, oldest first."""

    data: list[ObservationVersion]
    has_more: bool
    next_cursor: str | None


class ObservationWarning(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """An observation whose figure reaches one or more thresholds of its indicator.

    A threshold ``above`` is reached when the value is at or above it, ``below`` when at or
    below it. A figure known only as a range reaches it when the range does: ``high`` for
    ``above``, ``low`` for ``below``.
    """

    level: str
    crossed: list[Threshold]
    observation: Observation


class ObservationWarningList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One page of observations that reach a threshold, by period."""

    data: list[ObservationWarning]
    has_more: bool
    next_cursor: str | None
    sync_cursor: str | None = None


class Occurrence(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """When it happened: the interval ``[start, end]`` (dates, inclusive) and its precision.

    "September 1984" is ``start=1984-09-01, end=1984-09-30, precision=month``.
    """

    start: _dt.date
    end: _dt.date | None = None
    precision: str = "day"
    time: _dt.datetime | None = None


class Option(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A course of action: how long it takes to prepare and what it needs first.

    ``requires`` names options of the same branch that must be prepared before this one starts
    (their lead times add up along the longest chain); ``prerequisites`` are conditions in
    words. An unknown or circular ``requires`` is 422.
    """

    key: str
    name: str
    description: str | None = None
    lead_time_hours: float = 0
    prerequisites: list[str] = msgspec.field(default_factory=list)
    requires: list[str] = msgspec.field(default_factory=list)


class OriginForecast(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """What the model said at one origin."""

    probability: float | None = None
    quantiles: list[float] | None = None


class OriginOutcome(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """The answer, measured over the target window as known at its end."""

    value: float
    outcome: bool | None = None


class Owner(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Who decides: an actor (``actor_id``) or a role (``role``, e.g. ``"J3 duty officer"``),
    exactly one (else 422 at ``/branches/i/owner``).
    """

    actor_id: str | None = None
    role: str | None = None


class Participant(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """An actor taking part, and in what role (``launcher``, ``host``, ``mediator`` …)."""

    actor_id: str
    role: str | None = None


class PeriodFigure(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One period's figure of a series, as known at the answer's instants."""

    period_start: _dt.date
    period_end: _dt.date
    period_label: str | None
    value: float | None
    high: float | None = None
    low: float | None = None


class Place(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Where it happened, as precisely as known."""

    country: str | None = None
    facility_id: str | None = None
    lat: float | None = None
    lon: float | None = None
    name: str | None = None
    precision: str = "exact"
    uncertainty_km: float | None = None


class Plan(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A contingency plan: branches with triggers, owners, deadlines and options."""

    id: str
    dataset: str
    version: int
    created_at: _dt.datetime
    updated_at: _dt.datetime
    external_id: str | None
    name: str
    description: str | None
    problem_id: str
    owner: str | None
    armed_from: _dt.datetime | None
    tags: list[str]
    branches: list[Branch]
    signpost_ids: list[str]
    evaluated_at: _dt.datetime | None
    exercise: bool | UnsetType = UNSET
    """EXERCISE: `true` on every record of an exercise dataset (its play or control dataset), in every representation: a read, a list, a write's answer, the export, the change feed, a webhook. Absent on every other record. Set by the server; an import line may carry it (it is ignored)."""


class PlanAgenda(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """``GET /v1/plans/{id}/agenda``: what the plan asks of its owners at ``at``."""

    plan_id: str
    at: _dt.datetime
    known_by: _dt.datetime
    as_of: _dt.datetime | None
    branches: list[AgendaBranch]


class PlanCreate(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A new plan; every branch starts dormant."""

    name: str
    problem_id: str
    branches: list[BranchInput]
    armed_from: _dt.datetime | None = None
    dataset: str = "live"
    """`live` (the real world) or an exercise or sandbox dataset"""
    description: str | None = None
    external_id: str | None = None
    owner: str | None = None
    tags: list[str] = msgspec.field(default_factory=list)


class PlanList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One page of plans."""

    data: list[Plan]
    has_more: bool
    next_cursor: str | None
    sync_cursor: str | None = None


class PlanPatch(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Changes to a plan. ``branches`` is replaced whole: a branch keeps its state by key, a
    branch left out is dropped (its open alert is closed).
    """

    armed_from: _dt.datetime | None | UnsetType = UNSET
    branches: list[BranchInput] | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    external_id: str | None | UnsetType = UNSET
    name: str | UnsetType = UNSET
    owner: str | None | UnsetType = UNSET
    tags: list[str] | UnsetType = UNSET


class PlanVersion(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One recorded version of a plan."""

    version: int
    recorded_from: _dt.datetime
    recorded_to: _dt.datetime | None
    deleted: bool
    plan: Plan


class PlanVersionList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Versions of a plan, oldest first."""

    data: list[PlanVersion]
    has_more: bool
    next_cursor: str | None


class Problem(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """An RFC 9457 problem detail (``application/problem+json``)."""

    type: str
    title: str
    status: int
    detail: str
    errors: list[ProblemFieldError] = msgspec.field(default_factory=list)
    instance: str | None = None
    request_id: str | None = None


class ProblemFieldError(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One invalid input value."""

    detail: str
    parameter: str | None = None
    pointer: str | None = None


class Quantile(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """The value the forecaster expects the answer to fall at or below with probability
    ``level``.
    """

    level: float
    """One of the question's levels, in (0, 1) (else 422)."""
    value: float


class Question(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A forecasting question, its criteria and, once answered, its resolution."""

    id: str
    dataset: str
    version: int
    created_at: _dt.datetime
    updated_at: _dt.datetime
    external_id: str | None
    title: str
    description: str | None
    kind: str
    tags: list[str]
    opens_at: _dt.datetime
    closes_at: _dt.datetime
    resolves_at: _dt.datetime
    criteria: Criteria | None
    judgment: bool
    quantile_levels: list[float]
    bins: list[float] | None
    state: str
    resolution: Resolution | None
    review: Review | None
    annulled_reason: str | None
    exercise: bool | UnsetType = UNSET
    """EXERCISE: `true` on every record of an exercise dataset (its play or control dataset), in every representation: a read, a list, a write's answer, the export, the change feed, a webhook. Absent on every other record. Set by the server; an import line may carry it (it is ignored)."""


class QuestionCondition(
    BaseModel, kw_only=True, omit_defaults=True, frozen=True, tag_field="kind", tag="question"
):
    """Seen once the question resolves with ``outcome`` (a binary question: ``true`` resolves
    yes); a count or quantity question: once its resolved value compares with ``value`` by
    ``comparator``. Emerging while the question is closed and awaiting resolution, or, for a
    binary question, while its criteria's measure so far already meets the comparison before
    ``resolves_at``. Known at the resolution's ``known_by``.
    """

    question_id: str
    comparator: str | None = None
    outcome: bool = True
    value: float | None = None


class QuestionCreate(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A new question."""

    title: str
    kind: Literal["binary", "count", "quantity"]
    closes_at: _dt.datetime
    resolves_at: _dt.datetime
    bins: list[float] | None = None
    criteria: Criteria | None = None
    dataset: str = "live"
    """`live` (the real world) or an exercise or sandbox dataset"""
    description: str | None = None
    external_id: str | None = None
    judgment: bool = False
    opens_at: _dt.datetime | None = None
    quantile_levels: list[float] | UnsetType = UNSET
    tags: list[str] = msgspec.field(default_factory=list)


class QuestionList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One page of questions."""

    data: list[Question]
    has_more: bool
    next_cursor: str | None
    sync_cursor: str | None = None


class QuestionPatch(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Changes to a question: its words, an analyst's resolution, or its annulment.

    Criteria, kind and window are fixed once forecasts exist (a new question is needed).
    """

    annul: str | UnsetType = UNSET
    closes_at: _dt.datetime | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    evidence: ResolutionEvidence | UnsetType = UNSET
    external_id: str | None | UnsetType = UNSET
    resolution_note: str | None | UnsetType = UNSET
    resolve: float | UnsetType = UNSET
    tags: list[str] | UnsetType = UNSET
    title: str | UnsetType = UNSET


class QuestionReport(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A question of the play dataset, the truth it is scored against, and the scores."""

    question_id: str
    title: str
    kind: str
    truth_source: str
    source_question_id: str | None
    outcome: float | None
    note: str | None
    reason: str | None
    forecasters: list[ForecasterScore]


class QuestionScores(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """The scores of every forecaster on a question, as recorded at ``as_of``."""

    question_id: str
    kind: str
    status: str
    reason: str | None
    as_of: _dt.datetime | None
    outcome: float | None
    days_open: int
    reference: str
    forecasters: list[ForecasterScore]


class QuestionVersion(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One recorded version of a question."""

    version: int
    recorded_from: _dt.datetime
    recorded_to: _dt.datetime | None
    deleted: bool
    question: Question


class QuestionVersionList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Versions of a question, oldest first."""

    data: list[QuestionVersion]
    has_more: bool
    next_cursor: str | None


class Region(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A region: events whose place is in one of ``countries`` or inside ``bbox`` (either
    matches), statements whose speaker is of one of ``countries``.
    """

    bbox: list[float] | None = None
    countries: list[str] = msgspec.field(default_factory=list)


class RejectedLine(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A line that was not imported, and why."""

    line: int
    reason: str
    external_id: str | None = None
    resource: str | None = None


class ReplayExpected(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """What the players are expected to do after a matching inject, and by when."""

    text: str
    by_minutes: int


class ReplayReport(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """What the replay generated: the injects by kind, and each record left out with why."""

    until: _dt.datetime | None
    injects: int
    by_kind: dict[str, int]
    revised_since: int
    known_at_start: int
    sources_added: int
    skipped: list[ReplayRow]


class ReplayRequest(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Where to replay from: a change-feed cursor (a delivery's ``cursor`` or a feed page's
    ``next_cursor``). Every matching change after it is enqueued again, in order.
    """

    cursor: str


class ReplayResult(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """What a replay enqueued."""

    enqueued: int
    has_more: bool
    next_cursor: str


class ReplayRow(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One record of the history that could not become an inject, and why."""

    kind: str
    record_id: str
    external_id: str | None
    at: _dt.datetime
    detail: str
    pointer: str | None


class ReplayRule(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Expected actions for the generated injects that match: every condition given must hold
    (none given: every inject). Each matching rule adds its expected actions; the first
    matching rule with a capability names the inject's.
    """

    expected_actions: list[ReplayExpected]
    capability: str | None = None
    category: str | None = None
    external_ids: list[str] = msgspec.field(default_factory=list)
    kind: str | None = None
    tags: list[str] = msgspec.field(default_factory=list)
    weapon_class: str | None = None


class ReplicaHealth(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One read replica as this server's last check found it (``docs/operations.md``)."""

    name: str
    state: str
    detail: str | None
    replay_lsn: str | None
    lag_bytes: int | None
    lag_seconds: float | None


class ReportParticipant(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    name: str
    role: str


class ReportSummary(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    injects: int
    released: int
    expected_actions: int
    met: int
    late: int
    missed: int
    pending: int
    not_released: int
    alerts: int
    actions: int
    questions_scored: int
    questions_unscored: int


class Resolution(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A question's answer, with who gave it, from what, as known when."""

    value: float
    resolved_at: _dt.datetime
    known_by: _dt.datetime
    resolved_by: str
    evidence: ResolutionEvidence | None = None
    note: str | None = None
    outcome: bool | None = None


class ResolutionEvidence(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """The records that decided a resolution."""

    events: list[str] = msgspec.field(default_factory=list)
    links: list[str] = msgspec.field(default_factory=list)
    more: int = 0
    observations: list[str] = msgspec.field(default_factory=list)
    statements: list[str] = msgspec.field(default_factory=list)


class ResourceCounts(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Outcomes for the lines of one resource."""

    created: int = 0
    matched: int = 0
    rejected: int = 0
    unchanged: int = 0
    updated: int = 0


class Review(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Data corrected after resolution gives another value: flagged, never silently changed."""

    flagged_at: _dt.datetime
    resolved_value: float
    current_value: float
    reason: str


class Scenario(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One future: its story, horizon, assumptions, drivers and likelihood."""

    id: str
    dataset: str
    version: int
    created_at: _dt.datetime
    updated_at: _dt.datetime
    external_id: str | None
    name: str
    narrative: str | None
    window_start: _dt.date
    window_end: _dt.date
    assumptions: list[str]
    drivers: list[str]
    actor_ids: list[str]
    tags: list[str]
    set_id: str | None
    likelihood: Likelihood
    signposts: ScenarioSignposts
    exercise: bool | UnsetType = UNSET
    """EXERCISE: `true` on every record of an exercise dataset (its play or control dataset), in every representation: a read, a list, a write's answer, the export, the change feed, a webhook. Absent on every other record. Set by the server; an import line may carry it (it is ignored)."""


class ScenarioCreate(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A new scenario. ``window_end`` before ``window_start`` is 422."""

    name: str
    window_start: _dt.date
    window_end: _dt.date
    likelihood: LikelihoodInput
    actor_ids: list[str] = msgspec.field(default_factory=list)
    assumptions: list[str] = msgspec.field(default_factory=list)
    dataset: str = "live"
    """`live` (the real world) or an exercise or sandbox dataset"""
    drivers: list[str] = msgspec.field(default_factory=list)
    external_id: str | None = None
    narrative: str | None = None
    set_id: str | None = None
    tags: list[str] = msgspec.field(default_factory=list)


class ScenarioList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One page of scenarios."""

    data: list[Scenario]
    has_more: bool
    next_cursor: str | None
    sync_cursor: str | None = None


class ScenarioPatch(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Changes to a scenario; ``likelihood`` is replaced whole."""

    actor_ids: list[str] | UnsetType = UNSET
    assumptions: list[str] | UnsetType = UNSET
    drivers: list[str] | UnsetType = UNSET
    external_id: str | None | UnsetType = UNSET
    likelihood: LikelihoodInput | UnsetType = UNSET
    name: str | UnsetType = UNSET
    narrative: str | None | UnsetType = UNSET
    set_id: str | None | UnsetType = UNSET
    tags: list[str] | UnsetType = UNSET
    window_end: _dt.date | UnsetType = UNSET
    window_start: _dt.date | UnsetType = UNSET


class ScenarioSet(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Mutually exclusive futures, and whether their likelihoods sum to one as of the read."""

    id: str
    dataset: str
    version: int
    created_at: _dt.datetime
    updated_at: _dt.datetime
    external_id: str | None
    name: str
    description: str | None
    question_id: str | None
    tags: list[str]
    complete: bool
    scenario_ids: list[str]
    sum: float | None
    consistent: bool
    exercise: bool | UnsetType = UNSET
    """EXERCISE: `true` on every record of an exercise dataset (its play or control dataset), in every representation: a read, a list, a write's answer, the export, the change feed, a webhook. Absent on every other record. Set by the server; an import line may carry it (it is ignored)."""


class ScenarioSetCreate(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A new scenario set; add scenarios by naming it in their ``set_id``."""

    name: str
    complete: bool = False
    dataset: str = "live"
    """`live` (the real world) or an exercise or sandbox dataset"""
    description: str | None = None
    external_id: str | None = None
    question_id: str | None = None
    tags: list[str] = msgspec.field(default_factory=list)


class ScenarioSetList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One page of scenario sets."""

    data: list[ScenarioSet]
    has_more: bool
    next_cursor: str | None
    sync_cursor: str | None = None


class ScenarioSetPatch(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Changes to a scenario set; ``complete: true`` checks that its likelihoods sum to one."""

    complete: bool | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    external_id: str | None | UnsetType = UNSET
    name: str | UnsetType = UNSET
    question_id: str | None | UnsetType = UNSET
    tags: list[str] | UnsetType = UNSET


class ScenarioSetVersion(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One recorded version of a scenario set."""

    version: int
    recorded_from: _dt.datetime
    recorded_to: _dt.datetime | None
    deleted: bool
    scenario_set: ScenarioSet


class ScenarioSetVersionList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Versions of a scenario set, oldest first."""

    data: list[ScenarioSetVersion]
    has_more: bool
    next_cursor: str | None


class ScenarioSignposts(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """The live signposts naming the scenario, as of the read, and how many are lit."""

    total: int
    seen: int
    emerging: int


class ScenarioVersion(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One recorded version of a scenario."""

    version: int
    recorded_from: _dt.datetime
    recorded_to: _dt.datetime | None
    deleted: bool
    scenario: Scenario


class ScenarioVersionList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Versions of a scenario, oldest first."""

    data: list[ScenarioVersion]
    has_more: bool
    next_cursor: str | None


class Scores(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Time-averaged scores (lower is better); ``null`` where the rule does not apply.

    Binary questions: ``brier`` ((p − y)², 0–1) and ``log`` (−ln of the probability given to
    what happened, p clipped to [0.001, 0.999]). Count and quantity questions: ``crps`` (from
    quantiles: 2 × mean pinball loss; from bins: ranked probability score over the edges),
    ``quantile_score`` (mean pinball loss) and ``coverage_50`` / ``coverage_90`` (share of days
    the answer lay in the central 50 % / 90 % interval), the last three from quantile forecasts
    only.
    """

    brier: float | None = None
    coverage_50: float | None = None
    coverage_90: float | None = None
    crps: float | None = None
    log: float | None = None
    quantile_score: float | None = None


class ScriptedTruth(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """What "really happened" in the exercise world for one of its forecasting questions: the
    after-action report scores the exercise's forecasts against it. A binary question takes
    `outcome` (or `value` 1/0), a count or quantity question `value`; exactly one is given.
    """

    question_id: str
    note: str | None = None
    outcome: bool | None = None
    value: float | None = None


class SecretRotation(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """How long the previous secret keeps signing beside the new one."""

    grace_seconds: int | None = None


class Signpost(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """An observable condition, bound to data, and what the data says of it."""

    id: str
    dataset: str
    version: int
    created_at: _dt.datetime
    updated_at: _dt.datetime
    external_id: str | None
    name: str
    description: str | None
    scenario_ids: list[str]
    tags: list[str]
    condition: (
        AlertCondition
        | IndicatorCondition
        | QuestionCondition
        | ForecastCondition
        | EventsCondition
        | StatementsCondition
    )
    status: str
    changed_at: _dt.datetime | None
    explanation: str
    value: float | None
    evidence: SignpostEvidence
    retracted: SignpostEvidence
    steps: list[SignpostStep]
    evaluated_at: _dt.datetime | None
    exercise: bool | UnsetType = UNSET
    """EXERCISE: `true` on every record of an exercise dataset (its play or control dataset), in every representation: a read, a list, a write's answer, the export, the change feed, a webhook. Absent on every other record. Set by the server; an import line may carry it (it is ignored)."""


class SignpostCreate(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A new signpost: what to watch for; the worker lights it."""

    name: str
    condition: (
        AlertCondition
        | IndicatorCondition
        | QuestionCondition
        | ForecastCondition
        | EventsCondition
        | StatementsCondition
    )
    dataset: str = "live"
    """`live` (the real world) or an exercise or sandbox dataset"""
    description: str | None = None
    external_id: str | None = None
    scenario_ids: list[str] = msgspec.field(default_factory=list)
    tags: list[str] = msgspec.field(default_factory=list)


class SignpostEvidence(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """The records behind a status (newest known first, 50 of each kind at most)."""

    alerts: list[str] = msgspec.field(default_factory=list)
    events: list[str] = msgspec.field(default_factory=list)
    forecasts: list[str] = msgspec.field(default_factory=list)
    more: int = 0
    observations: list[str] = msgspec.field(default_factory=list)
    questions: list[str] = msgspec.field(default_factory=list)
    statements: list[str] = msgspec.field(default_factory=list)


class SignpostList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One page of signposts."""

    data: list[Signpost]
    has_more: bool
    next_cursor: str | None
    sync_cursor: str | None = None


class SignpostLit(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A signpost that entered ``emerging`` or ``seen`` in the interval."""

    signpost_id: str
    name: str
    was: str
    status: str
    at: _dt.datetime
    explanation: str


class SignpostPatch(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Changes to a signpost; ``condition`` is replaced whole (and evaluated anew)."""

    condition: (
        AlertCondition
        | IndicatorCondition
        | QuestionCondition
        | ForecastCondition
        | EventsCondition
        | StatementsCondition
        | UnsetType
    ) = UNSET
    description: str | None | UnsetType = UNSET
    external_id: str | None | UnsetType = UNSET
    name: str | UnsetType = UNSET
    scenario_ids: list[str] | UnsetType = UNSET
    tags: list[str] | UnsetType = UNSET


class SignpostStep(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A change of status at one knowledge instant."""

    at: _dt.datetime
    status: str
    explanation: str
    evidence: SignpostEvidence | None = None
    value: float | None = None


class SignpostTrigger(
    BaseModel, kw_only=True, omit_defaults=True, frozen=True, tag_field="kind", tag="signpost"
):
    """Holds while the signpost's status is ``at_least`` (``seen``; or ``emerging``, which
    ``seen`` also satisfies). An unknown signpost, or one of another dataset, is 422.
    """

    signpost_id: str
    at_least: str = "seen"


class SignpostVersion(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One recorded version of a signpost."""

    version: int
    recorded_from: _dt.datetime
    recorded_to: _dt.datetime | None
    deleted: bool
    signpost: Signpost


class SignpostVersionList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Versions of a signpost, oldest first."""

    data: list[SignpostVersion]
    has_more: bool
    next_cursor: str | None


class Source(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A document facts are drawn from: an article, a statement, a data set, a report."""

    id: str
    dataset: str
    version: int
    created_at: _dt.datetime
    updated_at: _dt.datetime
    external_id: str | None
    title: str
    publisher: str
    url: str | None
    published_at: _dt.datetime | None
    language: str | None
    reliability: str
    reliability_rationale: str | None
    content_hash: str | None
    excerpt: str | None
    release: str | None
    license: str | None
    exercise: bool | UnsetType = UNSET
    """EXERCISE: `true` on every record of an exercise dataset (its play or control dataset), in every representation: a read, a list, a write's answer, the export, the change feed, a webhook. Absent on every other record. Set by the server; an import line may carry it (it is ignored)."""


class SourceCreate(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A new source."""

    title: str
    publisher: str
    reliability: Literal["A", "B", "C", "D", "E", "F"]
    content_hash: str | None = None
    dataset: str = "live"
    """`live` (the real world) or an exercise or sandbox dataset"""
    excerpt: str | None = None
    external_id: str | None = None
    language: str | None = None
    license: str | None = None
    published_at: _dt.datetime | None = None
    release: str | None = None
    reliability_rationale: str | None = None
    url: str | None = None


class SourceList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One page of sources."""

    data: list[Source]
    has_more: bool
    next_cursor: str | None
    sync_cursor: str | None = None


class SourcePatch(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Changes to a source; omitted fields stay as they are, ``null`` clears a field."""

    content_hash: str | None | UnsetType = UNSET
    excerpt: str | None | UnsetType = UNSET
    external_id: str | None | UnsetType = UNSET
    language: str | None | UnsetType = UNSET
    license: str | None | UnsetType = UNSET
    published_at: _dt.datetime | None | UnsetType = UNSET
    publisher: str | UnsetType = UNSET
    release: str | None | UnsetType = UNSET
    reliability: Literal["A", "B", "C", "D", "E", "F"] | UnsetType = UNSET
    reliability_rationale: str | None | UnsetType = UNSET
    title: str | UnsetType = UNSET
    url: str | None | UnsetType = UNSET


class SourceVersion(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One recorded version of a source."""

    version: int
    recorded_from: _dt.datetime
    recorded_to: _dt.datetime | None
    deleted: bool
    source: Source


class SourceVersionList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Versions of a source, oldest first."""

    data: list[SourceVersion]
    has_more: bool
    next_cursor: str | None


class Statement(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A sourced statement: speaker, exact words, stance, and the events it bears on."""

    id: str
    dataset: str
    version: int
    created_at: _dt.datetime
    updated_at: _dt.datetime
    external_id: str | None
    speaker_id: str
    text: str
    language: str | None
    translation: str | None
    channel: str | None
    audience: str | None
    said_on: _dt.date
    said_at: _dt.datetime | None
    target_id: str | None
    stance: str | None
    topics: list[str]
    supports: list[str]
    contradicts: list[str]
    status: str
    status_reason: str | None
    superseded_by: str | None
    citations: list[Citation]
    grade: str | None
    exercise: bool | UnsetType = UNSET
    """EXERCISE: `true` on every record of an exercise dataset (its play or control dataset), in every representation: a read, a list, a write's answer, the export, the change feed, a webhook. Absent on every other record. Set by the server; an import line may carry it (it is ignored)."""
    reported_at: _dt.datetime | None = None


class StatementCreate(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A new statement. It must cite at least one source."""

    speaker_id: str
    text: str
    said_on: _dt.date
    citations: list[CitationIn]
    audience: str | None = None
    channel: (
        Literal[
            "diplomatic_note",
            "interview",
            "official_statement",
            "other",
            "press_conference",
            "report",
            "social_media",
            "speech",
            "state_media",
        ]
        | None
    ) = None
    contradicts: list[str] = msgspec.field(default_factory=list)
    dataset: str = "live"
    """`live` (the real world) or an exercise or sandbox dataset"""
    external_id: str | None = None
    language: str | None = None
    reported_at: _dt.datetime | None = None
    said_at: _dt.datetime | None = None
    stance: (
        Literal["conciliatory", "critical", "hostile", "neutral", "supportive", "threatening"]
        | None
    ) = None
    status: Literal["confirmed", "disputed", "preliminary", "reported", "retracted"] = "reported"
    status_reason: str | None = None
    supports: list[str] = msgspec.field(default_factory=list)
    target_id: str | None = None
    topics: list[str] = msgspec.field(default_factory=list)
    translation: str | None = None


class StatementList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One page of statements."""

    data: list[Statement]
    has_more: bool
    next_cursor: str | None
    sync_cursor: str | None = None


class StatementPatch(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Changes to a statement."""

    audience: str | None | UnsetType = UNSET
    channel: (
        Literal[
            "diplomatic_note",
            "interview",
            "official_statement",
            "other",
            "press_conference",
            "report",
            "social_media",
            "speech",
            "state_media",
        ]
        | None
        | UnsetType
    ) = UNSET
    citations: list[CitationIn] | UnsetType = UNSET
    contradicts: list[str] | UnsetType = UNSET
    external_id: str | None | UnsetType = UNSET
    language: str | None | UnsetType = UNSET
    reported_at: _dt.datetime | None | UnsetType = UNSET
    said_at: _dt.datetime | None | UnsetType = UNSET
    said_on: _dt.date | UnsetType = UNSET
    speaker_id: str | UnsetType = UNSET
    stance: (
        Literal["conciliatory", "critical", "hostile", "neutral", "supportive", "threatening"]
        | None
        | UnsetType
    ) = UNSET
    status: Literal["confirmed", "disputed", "preliminary", "reported", "retracted"] | UnsetType = (
        UNSET
    )
    status_reason: str | None | UnsetType = UNSET
    superseded_by: str | None | UnsetType = UNSET
    supports: list[str] | UnsetType = UNSET
    target_id: str | None | UnsetType = UNSET
    text: str | UnsetType = UNSET
    topics: list[str] | UnsetType = UNSET
    translation: str | None | UnsetType = UNSET


class StatementSelection(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Which statements a computed indicator measures: the filters of ``GET /v1/statements``.

    The same names and values as that list's query parameters
    (``?speaker=act_…&stance=hostile`` is ``{"speaker": "act_…", "stance": "hostile"}``). The
    dataset is the indicator's own.
    """

    channel: str | None = None
    contradicts: str | None = None
    include_retracted: bool = False
    language: str | None = None
    min_grade: str | None = None
    q: str | None = None
    said_from: _dt.date | None = None
    said_to: _dt.date | None = None
    speaker: str | None = None
    stance: str | None = None
    status: str | None = None
    supports: str | None = None
    target: str | None = None
    topic: str | None = None


class StatementVersion(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One recorded version of a statement."""

    version: int
    recorded_from: _dt.datetime
    recorded_to: _dt.datetime | None
    deleted: bool
    statement: Statement


class StatementVersionList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Versions of a statement, oldest first."""

    data: list[StatementVersion]
    has_more: bool
    next_cursor: str | None


class StatementsCondition(
    BaseModel, kw_only=True, omit_defaults=True, frozen=True, tag_field="kind", tag="statements"
):
    """As :class:`EventsCondition`, over statements (the filters of ``GET /v1/statements``) by
    ``said_on``.
    """

    window: Window
    count: int = 1
    emerging: int | None = None
    filters: StatementSelection | None = None


class Subscription(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Where Watchfloor sends signed webhooks (Standard Webhooks), and of what."""

    id: str
    dataset: str
    version: int
    created_at: _dt.datetime
    updated_at: _dt.datetime
    external_id: str | None
    name: str
    url: str
    source: ChangesSource | AlertsSource | WatchlistSource
    enabled: bool
    owner: str
    secret_fingerprints: list[str]
    secret_rotated_at: _dt.datetime | None
    previous_secret_expires_at: _dt.datetime | None
    disabled_reason: str | None
    disabled_at: _dt.datetime | None
    exercise: bool | UnsetType = UNSET
    """EXERCISE: `true` on every record of an exercise dataset (its play or control dataset), in every representation: a read, a list, a write's answer, the export, the change feed, a webhook. Absent on every other record. Set by the server; an import line may carry it (it is ignored)."""


class SubscriptionCreate(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A new subscription. A URL outside the allow-list, or an unknown resource, is 422."""

    name: str
    url: str
    """An `http` or `https` URL the operator's allow-list admits: printable ASCII, no spaces (an international domain name in its punycode form)."""
    source: ChangesSource | AlertsSource | WatchlistSource
    dataset: str = "live"
    """`live` (the real world) or an exercise or sandbox dataset"""
    enabled: bool = True
    external_id: str | None = None


class SubscriptionList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One page of subscriptions."""

    data: list[Subscription]
    has_more: bool
    next_cursor: str | None
    sync_cursor: str | None = None


class SubscriptionPatch(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Changes to a subscription; ``source`` is replaced whole. ``enabled: true`` on a disabled
    subscription clears ``disabled_reason`` and resumes its queue where it stopped.
    """

    enabled: bool | UnsetType = UNSET
    external_id: str | None | UnsetType = UNSET
    name: str | UnsetType = UNSET
    source: ChangesSource | AlertsSource | WatchlistSource | UnsetType = UNSET
    url: str | UnsetType = UNSET
    """An `http` or `https` URL the operator's allow-list admits: printable ASCII, no spaces (an international domain name in its punycode form)."""


class SubscriptionVersion(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One recorded version of a subscription."""

    version: int
    recorded_from: _dt.datetime
    recorded_to: _dt.datetime | None
    deleted: bool
    subscription: Subscription


class SubscriptionVersionList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Versions of a subscription, oldest first."""

    data: list[SubscriptionVersion]
    has_more: bool
    next_cursor: str | None


class SubscriptionWithSecret(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A subscription with its new signing secret: shown this once, never again."""

    id: str
    dataset: str
    version: int
    created_at: _dt.datetime
    updated_at: _dt.datetime
    external_id: str | None
    name: str
    url: str
    source: ChangesSource | AlertsSource | WatchlistSource
    enabled: bool
    owner: str
    secret_fingerprints: list[str]
    secret_rotated_at: _dt.datetime | None
    previous_secret_expires_at: _dt.datetime | None
    disabled_reason: str | None
    disabled_at: _dt.datetime | None
    secret: str
    exercise: bool | UnsetType = UNSET
    """EXERCISE: `true` on every record of an exercise dataset (its play or control dataset), in every representation: a read, a list, a write's answer, the export, the change feed, a webhook. Absent on every other record. Set by the server; an import line may carry it (it is ignored)."""


class Threshold(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A warning threshold: crossing ``value`` in ``direction`` raises ``level``."""

    level: str
    direction: str
    value: float
    note: str | None = None


class ThresholdRule(
    BaseModel, kw_only=True, omit_defaults=True, frozen=True, tag_field="kind", tag="threshold"
):
    """Holds when the indicator's figure for a period is at or above (at or below) ``value``."""

    key: str
    level: str
    rationale: str
    indicator_id: str
    value: float
    direction: str = "above"


class TimelineEntry(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One thing that happened, on the game clock (and the wall clock where it has one)."""

    game_time: _dt.datetime
    wall_time: _dt.datetime | None
    kind: str
    id: str
    title: str
    delay_seconds: float | None = None
    inject_id: str | None = None
    participant: str | None = None


class UcdpCoding(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """What a UCDP GED event says beyond the event model: deaths per side and its coding."""

    conflict_new_id: int | None = None
    date_prec: int | None = None
    deaths_a: int | None = None
    deaths_b: int | None = None
    deaths_civilians: int | None = None
    deaths_unknown: int | None = None
    dyad_new_id: int | None = None
    event_clarity: int | None = None
    relid: str | None = None
    type_of_violence: int | None = None
    where_prec: int | None = None


class WarningProblem(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A question a watch floor owns, with the indicators and rules that raise its level."""

    id: str
    dataset: str
    version: int
    created_at: _dt.datetime
    updated_at: _dt.datetime
    external_id: str | None
    name: str
    description: str | None
    owner: str | None
    actor_ids: list[str]
    tags: list[str]
    rules: list[ThresholdRule | AnomalyRule | ChangeRule | CompositeRule]
    indicator_ids: list[str]
    exercise: bool | UnsetType = UNSET
    """EXERCISE: `true` on every record of an exercise dataset (its play or control dataset), in every representation: a read, a list, a write's answer, the export, the change feed, a webhook. Absent on every other record. Set by the server; an import line may carry it (it is ignored)."""


class WarningProblemCreate(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A new warning problem."""

    name: str
    rules: list[ThresholdRule | AnomalyRule | ChangeRule | CompositeRule]
    actor_ids: list[str] = msgspec.field(default_factory=list)
    dataset: str = "live"
    """`live` (the real world) or an exercise or sandbox dataset"""
    description: str | None = None
    external_id: str | None = None
    owner: str | None = None
    tags: list[str] = msgspec.field(default_factory=list)


class WarningProblemList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One page of warning problems."""

    data: list[WarningProblem]
    has_more: bool
    next_cursor: str | None
    sync_cursor: str | None = None


class WarningProblemPatch(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Changes to a warning problem; new ``rules`` are evaluated again from the start."""

    actor_ids: list[str] | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    external_id: str | None | UnsetType = UNSET
    name: str | UnsetType = UNSET
    owner: str | None | UnsetType = UNSET
    rules: list[ThresholdRule | AnomalyRule | ChangeRule | CompositeRule] | UnsetType = UNSET
    tags: list[str] | UnsetType = UNSET


class WarningProblemVersion(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One recorded version of a warning problem."""

    version: int
    recorded_from: _dt.datetime
    recorded_to: _dt.datetime | None
    deleted: bool
    warning_problem: WarningProblem


class WarningProblemVersionList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Versions of a warning problem, oldest first."""

    data: list[WarningProblemVersion]
    has_more: bool
    next_cursor: str | None


class Watchlist(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A saved, named selection over events, statements, alerts, signposts, plan branches and
    question resolutions; read like a list at ``/v1/watchlists/{id}/items``.
    """

    id: str
    dataset: str
    version: int
    created_at: _dt.datetime
    updated_at: _dt.datetime
    external_id: str | None
    name: str
    description: str | None
    owner: str | None
    tags: list[str]
    selections: list[WatchlistSelection]
    brief_cron: str | None
    brief_timezone: str | None
    exercise: bool | UnsetType = UNSET
    """EXERCISE: `true` on every record of an exercise dataset (its play or control dataset), in every representation: a read, a list, a write's answer, the export, the change feed, a webhook. Absent on every other record. Set by the server; an import line may carry it (it is ignored)."""


class WatchlistCreate(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A new watchlist: 1 to 20 selections."""

    name: str
    selections: list[WatchlistSelection]
    brief_cron: str | None = None
    brief_timezone: str | None = None
    dataset: str = "live"
    """`live` (the real world) or an exercise or sandbox dataset"""
    description: str | None = None
    external_id: str | None = None
    owner: str | None = None
    tags: list[str] = msgspec.field(default_factory=list)


class WatchlistItem(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One record a watchlist selects, with when it entered (knowledge time)."""

    kind: str
    id: str
    entered_at: _dt.datetime
    object: dict[str, Any]


class WatchlistItemList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One page of a watchlist's items, newest entered first."""

    data: list[WatchlistItem]
    has_more: bool
    next_cursor: str | None
    as_of: str | None = None
    known_by: str | None = None


class WatchlistList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One page of watchlists."""

    data: list[Watchlist]
    has_more: bool
    next_cursor: str | None
    sync_cursor: str | None = None


class WatchlistPatch(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Changes to a watchlist; ``selections`` and ``tags`` are replaced whole."""

    brief_cron: str | None | UnsetType = UNSET
    brief_timezone: str | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    external_id: str | None | UnsetType = UNSET
    name: str | UnsetType = UNSET
    owner: str | None | UnsetType = UNSET
    selections: list[WatchlistSelection] | UnsetType = UNSET
    tags: list[str] | UnsetType = UNSET


class WatchlistSelection(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One selection: the records of ``kind`` its ``filters`` select.

    ``filters`` are the query parameters of the list endpoint, by the same names, as JSON
    values (a date as ``"2022-01-31"``, a flag as ``true``, a repeated parameter as a list):
    ``events``: those of ``GET /v1/events`` (``tag``, ``actor``, ``country``, ``weapon_class``,
    ``min_grade`` …); ``statements``: of ``GET /v1/statements`` (``speaker``, ``topic``,
    ``stance`` …); ``alerts``: of ``GET /v1/alerts`` (``level``, ``state``, ``problem``,
    ``indicator``, ``actor``, ``plan`` …); ``signposts``: of ``GET /v1/signposts`` (``scenario``,
    ``status``, ``kind``, ``problem`` …); ``plan_branches``: ``plan`` (a plan id), ``problem``
    (a warning problem id), ``state`` (``triggered``, ``decided``, ``executed``,
    ``stood_down``; default any but ``dormant``); ``question_resolutions``: ``question`` (an
    id), ``tag``, ``outcome`` (``yes``/``no`` for binary questions). ``dataset``, ``known_by``,
    ``sort``, ``limit`` and ``cursor`` are the read's, not the selection's. An unknown name, a
    bad value or an unknown record is 422 at ``/selections/N/filters/<name>``.
    """

    kind: str
    filters: dict[str, Any] = msgspec.field(default_factory=dict)


class WatchlistSource(
    BaseModel, kw_only=True, omit_defaults=True, frozen=True, tag_field="kind", tag="watchlist"
):
    """What newly enters a watchlist of the subscription's dataset: a record its selections
    select for the first time (one of its feed entries makes it match). Type:
    ``watchlist.entered``, ``data`` ``{"watchlist_id", "items": [{kind, id, entered_at,
    object}]}``, the items as ``GET /v1/watchlists/{id}/items`` gives them.
    """

    watchlist_id: str


class WatchlistVersion(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One recorded version of a watchlist."""

    version: int
    recorded_from: _dt.datetime
    recorded_to: _dt.datetime | None
    deleted: bool
    watchlist: Watchlist


class WatchlistVersionList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Versions of a watchlist, oldest first."""

    data: list[WatchlistVersion]
    has_more: bool
    next_cursor: str | None


class Weapon(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A weapon system of the catalogue, with every name it goes by."""

    id: str
    dataset: str
    version: int
    created_at: _dt.datetime
    updated_at: _dt.datetime
    external_id: str | None
    name: str
    aliases: list[str]
    weapon_class: str
    maneuver: str | None
    country: str | None
    description: str | None
    exercise: bool | UnsetType = UNSET
    """EXERCISE: `true` on every record of an exercise dataset (its play or control dataset), in every representation: a read, a list, a write's answer, the export, the change feed, a webhook. Absent on every other record. Set by the server; an import line may carry it (it is ignored)."""


class WeaponCreate(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """A new weapon system."""

    name: str
    weapon_class: Literal[
        "HGV",
        "ICBM",
        "IRBM",
        "MRBM",
        "SLBM",
        "SLV",
        "SRBM",
        "artillery",
        "cruise_missile",
        "nuclear_device",
        "other",
    ]
    aliases: list[str] = msgspec.field(default_factory=list)
    country: str | None = None
    dataset: str = "live"
    """`live` (the real world) or an exercise or sandbox dataset"""
    description: str | None = None
    external_id: str | None = None
    maneuver: str | None = None


class WeaponList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One page of weapon systems."""

    data: list[Weapon]
    has_more: bool
    next_cursor: str | None
    sync_cursor: str | None = None


class WeaponPatch(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Changes to a weapon system."""

    aliases: list[str] | UnsetType = UNSET
    country: str | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    external_id: str | None | UnsetType = UNSET
    maneuver: str | None | UnsetType = UNSET
    name: str | UnsetType = UNSET
    weapon_class: (
        Literal[
            "HGV",
            "ICBM",
            "IRBM",
            "MRBM",
            "SLBM",
            "SLV",
            "SRBM",
            "artillery",
            "cruise_missile",
            "nuclear_device",
            "other",
        ]
        | UnsetType
    ) = UNSET


class WeaponVersion(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """One recorded version of a weapon system."""

    version: int
    recorded_from: _dt.datetime
    recorded_to: _dt.datetime | None
    deleted: bool
    weapon: Weapon


class WeaponVersionList(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """Versions of a weapon system, oldest first."""

    data: list[WeaponVersion]
    has_more: bool
    next_cursor: str | None


class Window(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """When records count: the trailing ``days`` up to the instant judged (that day included),
    or the fixed dates ``start`` … ``end`` (inclusive). Exactly one of the two forms (else 422
    at ``/condition/window``).
    """

    days: int | None = None
    end: _dt.date | None = None
    start: _dt.date | None = None


class WorkerLag(BaseModel, kw_only=True, omit_defaults=True, frozen=True):
    """How far one worker handler is from the end of the change feed."""

    handler: str
    behind: int
    lag_seconds: float
    processed: int
    last_step_at: _dt.datetime | None


class AchEvidenceInParam(TypedDict, total=False):
    """An item of evidence as written: a record of the matrix's dataset, or a free item.

    A record (``event``, ``statement``, ``observation``, ``alert``) names it in ``record_id``;
    its credibility is the record's Admiralty grade, read from it (an alert has none). A
    ``free`` item says what it is (``text``), where it is from (``source``) and its grade
    (``credibility``).

    As a plain dict: the fields of :class:`AchEvidenceIn`.
    """

    key: Required[str]
    kind: Required[Literal["alert", "event", "free", "observation", "statement"]]
    credibility: str | None
    record_id: str | None
    relevance: Literal["high", "low", "medium"]
    source: str | None
    text: str | None


class AchHypothesisParam(TypedDict, total=False):
    """One of the competing explanations.

    As a plain dict: the fields of :class:`AchHypothesis`.
    """

    key: Required[str]
    label: Required[str]
    description: str | None
    scenario_id: str | None


class AchRatingParam(TypedDict, total=False):
    """One cell: how consistent an item of evidence is with a hypothesis.

    As a plain dict: the fields of :class:`AchRating`.
    """

    evidence: Required[str]
    hypothesis: Required[str]
    rating: Required[str]
    """`CC` very consistent, `C` consistent, `N` not applicable or neutral, `I` inconsistent, `II` very inconsistent. Anything else is 422."""


class BacktestTemplateParam(TypedDict, total=False):
    """The question asked at every origin: the measure over the next ``periods`` periods.

    Exactly one of ``indicator_id`` (its figures, by the indicator's frequency) and ``over``
    (events or statements selected by ``filters``, the lists' filters, counted per ``period``).
    "At least one DPRK missile launch in month m+1" is ``{"over": "events", "filters": {"tag":
    "missile-test"}, "kind": "binary"}``; "launches in month m+1" the same with ``"kind":
    "count"``.

    As a plain dict: the fields of :class:`BacktestTemplate`.
    """

    kind: Required[Literal["binary", "count"]]
    comparison: Comparison | ComparisonParam | None
    filters: Mapping[str, Any]
    indicator_id: str | None
    measure: Literal["count", "distinct_days"]
    over: Literal["events", "statements"] | None
    period: Literal["month", "quarter", "week", "year"]
    periods: int
    quantile_levels: Sequence[float]


class BranchInputParam(TypedDict, total=False):
    """A branch as an analyst writes it; the worker and the decisions add its state.

    As a plain dict: the fields of :class:`BranchInput`.
    """

    key: Required[str]
    name: Required[str]
    trigger: Required[SignpostTrigger | BranchTrigger | AllTrigger | AnyTrigger]
    owner: Required[Owner | OwnerParam]
    deadline_hours: Required[float]
    options: Required[Sequence[Option | OptionParam]]
    description: str | None
    level: Literal["warning", "watch"]


class CitationInParam(TypedDict, total=False):
    """A citation as written: which source, where in it, and how credible.

    As a plain dict: the fields of :class:`CitationIn`.
    """

    source_id: Required[str]
    credibility: Required[int]
    """Admiralty credibility of the cited information: 1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged."""
    note: str | None
    offset_end: int | None
    offset_start: int | None
    page: str | None
    quote: str | None


class ComparisonParam(TypedDict, total=False):
    """How a binary question's answer follows from the measured value.

    As a plain dict: the fields of :class:`Comparison`.
    """

    op: Literal["<", "<=", "==", ">", ">="]
    value: float


class CriteriaParam(TypedDict, total=False):
    """What the answer is: a measure over a window, from the data as known at resolution.

    Exactly one of ``indicator_id`` and ``over``: an existing indicator (its figures for the
    periods inside the window, combined by ``aggregate``), or events or statements selected by
    ``filters`` (the lists' filters, as in an indicator's ``definition``), measured over the
    window by ``measure``.

    As a plain dict: the fields of :class:`Criteria`.
    """

    window_start: Required[_dt.date | str]
    window_end: Required[_dt.date | str]
    aggregate: Literal["last", "max", "mean", "sum"]
    comparison: Comparison | ComparisonParam | None
    filters: Mapping[str, Any]
    indicator_id: str | None
    measure: Literal["count", "distinct_days"]
    over: Literal["events", "statements"] | None


class EventSelectionParam(TypedDict, total=False):
    """Which events a computed indicator measures: the filters of ``GET /v1/events``.

    The same names and values as that list's query parameters, so a list URL's query is a
    selection as it stands (``?category=ASSAULT&country=KOR`` is
    ``{"category": "ASSAULT", "country": "KOR"}``). The dataset is the indicator's own.

    As a plain dict: the fields of :class:`EventSelection`.
    """

    actor: str | None
    bbox: str | None
    cameo_root: str | None
    category: (
        Literal[
            "AGREE",
            "AID",
            "ASSAULT",
            "COERCE",
            "CONCEDE",
            "CONSULT",
            "COOPERATE",
            "CRIME",
            "DEMAND",
            "DISAPPROVE",
            "INVESTIGATE",
            "MOBILIZE",
            "PROTEST",
            "REJECT",
            "RETREAT",
            "SANCTION",
            "SUPPORT",
            "THREATEN",
            "UNCATEGORIZED",
        ]
        | None
    )
    country: str | None
    directed: bool
    dyad: str | None
    facility: str | None
    include_retracted: bool
    min_grade: str | None
    min_mentions: int | None
    occurred_from: _dt.date | str | None
    occurred_to: _dt.date | str | None
    quad_class: Literal[1, 2, 3, 4] | None
    root_event: bool | None
    status: Literal["confirmed", "disputed", "preliminary", "reported", "retracted"] | None
    tag: str | None
    weapon: str | None
    weapon_class: (
        Literal[
            "HGV",
            "ICBM",
            "IRBM",
            "MRBM",
            "SLBM",
            "SLV",
            "SRBM",
            "artillery",
            "cruise_missile",
            "nuclear_device",
            "other",
        ]
        | None
    )


class ExerciseParticipantInParam(TypedDict, total=False):
    """One participant to issue a key to.

    As a plain dict: the fields of :class:`ExerciseParticipantIn`.
    """

    name: Required[str]
    role: Required[Literal["controller", "evaluator", "player"]]


class ExerciseReplayParam(TypedDict, total=False):
    """Generate the MSEL from history: each record of the source dataset first known after
    `start_known_by` (and by `until`) becomes an inject at that knowledge time, its record as
    first known (never today's revision), its references pointing at the play dataset's
    copies.

    As a plain dict: the fields of :class:`ExerciseReplay`.
    """

    kinds: Sequence[str]
    limit: int
    rules: Sequence[ReplayRule | ReplayRuleParam]
    until: _dt.datetime | str | None


class ExpectedActionParam(TypedDict, total=False):
    """What the players are expected to do after an inject, and by when.

    As a plain dict: the fields of :class:`ExpectedAction`.
    """

    text: Required[str]
    by_minutes: Required[int]


class GdeltCodingParam(TypedDict, total=False):
    """What a GDELT 1.0 or 2.0 event row says beyond the CAMEO code: its salience and tone.

    GDELT users weight events by how widely they were reported; ``num_mentions`` is the usual
    weight. See the GDELT Event Codebook 2.0 for each column.

    As a plain dict: the fields of :class:`GdeltCoding`.
    """

    avg_tone: float | None
    date_added: _dt.datetime | str | None
    goldstein: float | None
    is_root_event: bool | None
    num_articles: int | None
    num_mentions: int | None
    num_sources: int | None
    quad_class: Literal[1, 2, 3, 4] | None


class IcewsCodingParam(TypedDict, total=False):
    """What an ICEWS event row says beyond the CAMEO code.

    As a plain dict: the fields of :class:`IcewsCoding`.
    """

    intensity: float | None
    publisher: str | None
    sentence_number: int | None
    story_id: int | None


class ImprovementItemParam(TypedDict, total=False):
    """One row of HSEEP's Improvement Plan (AAR/IP Appendix A), beyond its capability (the
    action's `capability`) and its area for improvement (the action's `text`).

    As a plain dict: the fields of :class:`ImprovementItem`.
    """

    corrective_action: Required[str]
    capability_element: str | None
    completion: _dt.date | str | None
    poc: str | None
    responsible: str | None
    start: _dt.date | str | None


class IndicatorDefinitionParam(TypedDict, total=False):
    """How the system computes an indicator's figures: a measure over selected events or
    statements, per calendar period of the indicator's ``frequency`` (UTC), by
    ``occurred.start`` (an event) or ``said_on`` (a statement).

    The worker writes the figures; a changed figure is a new vintage (``docs/warning.md``).

    As a plain dict: the fields of :class:`IndicatorDefinition`.
    """

    measure: Required[
        Literal["count", "distinct_days", "goldstein_mean", "goldstein_sum", "magnitude_sum"]
    ]
    filters: Mapping[str, Any]
    """Which records count: an `EventSelection` when `over` is `events`, a `StatementSelection` when it is `statements`."""
    magnitude: str | None
    over: Literal["events", "statements"]


class LikelihoodInputParam(TypedDict, total=False):
    """How likely the scenario is, and where that comes from.

    ``analyst``: ``probability`` is required. ``question``: ``question_id`` names a binary
    question; the likelihood is its newest forecast by ``forecaster`` (by anyone when
    omitted). ``baseline``: ``question_id``; the newest forecast of the ``count-model``
    baseline on it. A probability outside [0, 1] is 422.

    As a plain dict: the fields of :class:`LikelihoodInput`.
    """

    source: Required[Literal["analyst", "baseline", "question"]]
    forecaster: str | None
    probability: float | None
    question_id: str | None
    rationale: str | None


class MagnitudeParam(TypedDict, total=False):
    """A measured quantity as a range: low ≤ best ≤ high, in ``unit``.

    As a plain dict: the fields of :class:`Magnitude`.
    """

    kind: Required[str]
    """What is measured: fatalities, injured, size, apogee, range, yield, flight_time, magnitude_mb, count, value …"""
    unit: Required[str]
    best: float | None
    high: float | None
    low: float | None


class MembershipParam(TypedDict, total=False):
    """The actor belongs to, leads or serves another actor for a period.

    As a plain dict: the fields of :class:`Membership`.
    """

    organization_id: Required[str]
    role: str
    valid_from: _dt.date | str | None
    valid_to: _dt.date | str | None


class OccurrenceParam(TypedDict, total=False):
    """When it happened: the interval ``[start, end]`` (dates, inclusive) and its precision.

    "September 1984" is ``start=1984-09-01, end=1984-09-30, precision=month``.

    As a plain dict: the fields of :class:`Occurrence`.
    """

    start: Required[_dt.date | str]
    end: _dt.date | str | None
    precision: Literal["day", "month", "year"]
    time: _dt.datetime | str | None


class OptionParam(TypedDict, total=False):
    """A course of action: how long it takes to prepare and what it needs first.

    ``requires`` names options of the same branch that must be prepared before this one starts
    (their lead times add up along the longest chain); ``prerequisites`` are conditions in
    words. An unknown or circular ``requires`` is 422.

    As a plain dict: the fields of :class:`Option`.
    """

    key: Required[str]
    name: Required[str]
    description: str | None
    lead_time_hours: float
    prerequisites: Sequence[str]
    requires: Sequence[str]


class OwnerParam(TypedDict, total=False):
    """Who decides: an actor (``actor_id``) or a role (``role``, e.g. ``"J3 duty officer"``),
    exactly one (else 422 at ``/branches/i/owner``).

    As a plain dict: the fields of :class:`Owner`.
    """

    actor_id: str | None
    role: str | None


class ParticipantParam(TypedDict, total=False):
    """An actor taking part, and in what role (``launcher``, ``host``, ``mediator`` …).

    As a plain dict: the fields of :class:`Participant`.
    """

    actor_id: Required[str]
    role: str | None


class PlaceParam(TypedDict, total=False):
    """Where it happened, as precisely as known.

    As a plain dict: the fields of :class:`Place`.
    """

    country: str | None
    facility_id: str | None
    lat: float | None
    lon: float | None
    name: str | None
    precision: Literal["city", "country", "district", "exact", "facility", "province", "region"]
    uncertainty_km: float | None


class QuantileParam(TypedDict, total=False):
    """The value the forecaster expects the answer to fall at or below with probability
    ``level``.

    As a plain dict: the fields of :class:`Quantile`.
    """

    level: Required[float]
    """One of the question's levels, in (0, 1) (else 422)."""
    value: Required[float]


class RegionParam(TypedDict, total=False):
    """A region: events whose place is in one of ``countries`` or inside ``bbox`` (either
    matches), statements whose speaker is of one of ``countries``.

    As a plain dict: the fields of :class:`Region`.
    """

    bbox: Sequence[float] | None
    countries: Sequence[str]


class ReplayExpectedParam(TypedDict, total=False):
    """What the players are expected to do after a matching inject, and by when.

    As a plain dict: the fields of :class:`ReplayExpected`.
    """

    text: Required[str]
    by_minutes: Required[int]


class ReplayRuleParam(TypedDict, total=False):
    """Expected actions for the generated injects that match: every condition given must hold
    (none given: every inject). Each matching rule adds its expected actions; the first
    matching rule with a capability names the inject's.

    As a plain dict: the fields of :class:`ReplayRule`.
    """

    expected_actions: Required[Sequence[ReplayExpected | ReplayExpectedParam]]
    capability: str | None
    category: str | None
    external_ids: Sequence[str]
    kind: str | None
    tags: Sequence[str]
    weapon_class: str | None


class ResolutionEvidenceParam(TypedDict, total=False):
    """The records that decided a resolution.

    As a plain dict: the fields of :class:`ResolutionEvidence`.
    """

    events: Sequence[str]
    links: Sequence[str]
    more: int
    observations: Sequence[str]
    statements: Sequence[str]


class ScriptedTruthParam(TypedDict, total=False):
    """What "really happened" in the exercise world for one of its forecasting questions: the
    after-action report scores the exercise's forecasts against it. A binary question takes
    `outcome` (or `value` 1/0), a count or quantity question `value`; exactly one is given.

    As a plain dict: the fields of :class:`ScriptedTruth`.
    """

    question_id: Required[str]
    note: str | None
    outcome: bool | None
    value: float | None


class StatementSelectionParam(TypedDict, total=False):
    """Which statements a computed indicator measures: the filters of ``GET /v1/statements``.

    The same names and values as that list's query parameters
    (``?speaker=act_…&stance=hostile`` is ``{"speaker": "act_…", "stance": "hostile"}``). The
    dataset is the indicator's own.

    As a plain dict: the fields of :class:`StatementSelection`.
    """

    channel: (
        Literal[
            "diplomatic_note",
            "interview",
            "official_statement",
            "other",
            "press_conference",
            "report",
            "social_media",
            "speech",
            "state_media",
        ]
        | None
    )
    contradicts: str | None
    include_retracted: bool
    language: str | None
    min_grade: str | None
    q: str | None
    said_from: _dt.date | str | None
    said_to: _dt.date | str | None
    speaker: str | None
    stance: (
        Literal["conciliatory", "critical", "hostile", "neutral", "supportive", "threatening"]
        | None
    )
    status: Literal["confirmed", "disputed", "preliminary", "reported", "retracted"] | None
    supports: str | None
    target: str | None
    topic: str | None


class ThresholdParam(TypedDict, total=False):
    """A warning threshold: crossing ``value`` in ``direction`` raises ``level``.

    As a plain dict: the fields of :class:`Threshold`.
    """

    level: Required[Literal["alert", "warning", "watch"]]
    direction: Required[Literal["above", "below"]]
    value: Required[float]
    note: str | None


class UcdpCodingParam(TypedDict, total=False):
    """What a UCDP GED event says beyond the event model: deaths per side and its coding.

    As a plain dict: the fields of :class:`UcdpCoding`.
    """

    conflict_new_id: int | None
    date_prec: int | None
    deaths_a: int | None
    deaths_b: int | None
    deaths_civilians: int | None
    deaths_unknown: int | None
    dyad_new_id: int | None
    event_clarity: Literal[1, 2] | None
    relid: str | None
    type_of_violence: Literal[1, 2, 3] | None
    where_prec: int | None


class WatchlistSelectionParam(TypedDict, total=False):
    """One selection: the records of ``kind`` its ``filters`` select.

    ``filters`` are the query parameters of the list endpoint, by the same names, as JSON
    values (a date as ``"2022-01-31"``, a flag as ``true``, a repeated parameter as a list):
    ``events``: those of ``GET /v1/events`` (``tag``, ``actor``, ``country``, ``weapon_class``,
    ``min_grade`` …); ``statements``: of ``GET /v1/statements`` (``speaker``, ``topic``,
    ``stance`` …); ``alerts``: of ``GET /v1/alerts`` (``level``, ``state``, ``problem``,
    ``indicator``, ``actor``, ``plan`` …); ``signposts``: of ``GET /v1/signposts`` (``scenario``,
    ``status``, ``kind``, ``problem`` …); ``plan_branches``: ``plan`` (a plan id), ``problem``
    (a warning problem id), ``state`` (``triggered``, ``decided``, ``executed``,
    ``stood_down``; default any but ``dormant``); ``question_resolutions``: ``question`` (an
    id), ``tag``, ``outcome`` (``yes``/``no`` for binary questions). ``dataset``, ``known_by``,
    ``sort``, ``limit`` and ``cursor`` are the read's, not the selection's. An unknown name, a
    bad value or an unknown record is 422 at ``/selections/N/filters/<name>``.

    As a plain dict: the fields of :class:`WatchlistSelection`.
    """

    kind: Required[
        Literal[
            "alerts", "events", "plan_branches", "question_resolutions", "signposts", "statements"
        ]
    ]
    filters: Mapping[str, Any]

"""``/v1/ach-matrices``: the kit's operations, with the list's filters."""

from typing import Annotated

from litestar.params import QueryParameter

from watchfloor.http.kit import Face, Words, routes
from watchfloor.http.knowing import known_by_reads
from watchfloor.http.params import DatasetQuery, KnownByQuery, instant
from watchfloor.resources.ach.resource import ACH_MATRIX
from watchfloor.resources.ach.schemas import AchFilters
from watchfloor.wire import TEXT

__all__ = ("ach_filters", "router")

TagQuery = Annotated[
    str | None,
    QueryParameter(
        description="Only matrices with this tag, e.g. `china-russia`.",
        pattern="^[a-z0-9][a-z0-9:_.-]{0,63}$",
    ),
]
QuestionQuery = Annotated[
    str | None,
    QueryParameter(
        description="Only matrices serving this forecasting question (a question id).",
        pattern="^qst_[0-9a-f]{32}$",
    ),
]
ScenarioSetQuery = Annotated[
    str | None,
    QueryParameter(
        description="Only matrices weighing this scenario set's futures (a scenario set id).",
        pattern="^sst_[0-9a-f]{32}$",
    ),
]
ScenarioQuery = Annotated[
    str | None,
    QueryParameter(
        description="Only matrices with this scenario among their hypotheses (a scenario id).",
        pattern="^scn_[0-9a-f]{32}$",
    ),
]
RecordQuery = Annotated[
    str | None,
    QueryParameter(
        description="Only matrices citing this record (an event, statement, observation or "
        "alert id) as evidence.",
        pattern="^(evt|stm|obs|alr)_[0-9a-f]{32}$",
    ),
]
HypothesisQuery = Annotated[
    str | None,
    QueryParameter(
        description="Part of a hypothesis's label, case-insensitive: `convenience` finds "
        "“a partnership of convenience”.",
        min_length=1,
        max_length=300,
        pattern=TEXT,
    ),
]
TitleQuery = Annotated[
    str | None,
    QueryParameter(
        description="Part of the title, case-insensitive.",
        min_length=1,
        max_length=300,
        pattern=TEXT,
    ),
]


def ach_filters(
    dataset: DatasetQuery = "live",
    tag: TagQuery = None,
    question: QuestionQuery = None,
    scenario_set: ScenarioSetQuery = None,
    scenario: ScenarioQuery = None,
    record: RecordQuery = None,
    hypothesis: HypothesisQuery = None,
    title: TitleQuery = None,
    known_by: KnownByQuery = None,
) -> AchFilters:
    return AchFilters(
        dataset=dataset,
        tag=tag,
        question=question,
        scenario_set=scenario_set,
        scenario=scenario,
        record=record,
        hypothesis=hypothesis,
        title=title,
        known_by=instant(known_by, "known_by"),
    )


_KNOWN = (
    "the items whose record had not been reported by then are listed in `unknown` and left "
    "out of `scores`, and `retracted` lists those retracted as recorded then"
)

router = routes(
    ACH_MATRIX,
    Face(
        tag="planning",
        filters=ach_filters,
        plural="AchMatrices",
        noun="ACH matrix",
        article="an",
        # Reads by id take `known_by` beside `as_of`.
        operations=("create", "list", "update", "delete"),
        extra=known_by_reads(ACH_MATRIX, "ACH matrix", "an", _KNOWN),
        words={
            "create": Words(
                "Create an ACH matrix",
                """Analysis of Competing Hypotheses (Heuer): hypotheses against items of evidence.

Evidence is a record of the matrix's dataset (`event`, `statement`, `observation`, `alert`:
its Admiralty grade is read from it) or a `free` item with its text, source and grade. Each
rating says how consistent one item is with one hypothesis: `CC`, `C`, `N`, `I`, `II`. The
matrix computes, and stores with each version, every hypothesis's inconsistency score (ranked
least inconsistent first) and every item's diagnosticity, and flags items that are diagnostic
but weakly sourced (worse than B3); see `docs/planning.md`. An unknown record or question,
a scenario set or a hypothesis's scenario that is unknown (or, with a set,
not one of the set's), a rating naming an unknown key or off the scale, or a key used twice is 422 with a pointer.""",
            ),
            "list": Words(
                "List ACH matrices",
                "List ACH matrices, newest first. Examples: `?hypothesis=alliance`, "
                "`?record=evt_…`, `?tag=china-russia`. With `known_by`: " + _KNOWN + ".",
            ),
            "update": Words(
                "Change an ACH matrix",
                """Change the fields sent; the whole matrix is checked again and its scores
computed again. Evidence not sent keeps the grades read when it was cited.""",
            ),
            "delete": Words(
                "Delete an ACH matrix",
                "Tombstone the matrix. History and the change feed keep it.",
            ),
        },
    ),
)

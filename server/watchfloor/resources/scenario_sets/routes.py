"""``/v1/scenario-sets``: the kit's operations, with the list's filters."""

from typing import Annotated

from litestar.params import QueryParameter

from watchfloor.http.kit import Face, Words, routes
from watchfloor.http.knowing import known_by_reads
from watchfloor.http.params import DatasetQuery, KnownByQuery, instant
from watchfloor.resources.scenario_sets.resource import SCENARIO_SET
from watchfloor.resources.scenario_sets.schemas import ScenarioSetFilters
from watchfloor.wire import TEXT

__all__ = ("router", "scenario_set_filters")

QuestionQuery = Annotated[
    str | None,
    QueryParameter(
        description="Only sets answering this question (a question id).",
        pattern="^qst_[0-9a-f]{32}$",
    ),
]
TagQuery = Annotated[
    str | None,
    QueryParameter(
        description="Only sets with this tag, e.g. `dprk`.",
        pattern="^[a-z0-9][a-z0-9:_.-]{0,63}$",
    ),
]
NameQuery = Annotated[
    str | None,
    QueryParameter(
        description="Part of the name, case-insensitive.",
        min_length=1,
        max_length=300,
        pattern=TEXT,
    ),
]


def scenario_set_filters(
    dataset: DatasetQuery = "live",
    question: QuestionQuery = None,
    tag: TagQuery = None,
    name: NameQuery = None,
    known_by: KnownByQuery = None,
) -> ScenarioSetFilters:
    return ScenarioSetFilters(
        dataset=dataset,
        question=question,
        tag=tag,
        name=name,
        known_by=instant(known_by, "known_by"),
    )


_KNOWN = "`sum` and `consistent` from the newest forecasts created by then"


router = routes(
    SCENARIO_SET,
    Face(
        tag="planning",
        filters=scenario_set_filters,
        plural="ScenarioSets",
        noun="scenario set",
        # Reads by id take `known_by` beside `as_of`.
        operations=("create", "list", "update", "delete"),
        extra=known_by_reads(SCENARIO_SET, "scenario set", "a", _KNOWN),
        words={
            "create": Words(
                "Create a scenario set",
                """A group of mutually exclusive futures; a scenario joins it by naming it in `set_id`.

A set is built open (`complete: false`); once `complete`, every write that touches its scenarios
must leave their likelihoods summing to one (± 0.005), else 422 with a pointer. Reads show
`sum` and `consistent` as of the read: likelihoods taken from forecasts move with them.""",
            ),
            "list": Words(
                "List scenario sets",
                "List scenario sets, newest first. Examples: `?tag=dprk`, `?question=qst_…`. "
                "With `known_by`: " + _KNOWN + ".",
            ),
            "update": Words(
                "Change a scenario set",
                "Change the fields sent; `complete: true` is 422 unless its scenarios' "
                "likelihoods sum to one now.",
            ),
            "delete": Words(
                "Delete a scenario set",
                "Tombstone the set; its scenarios keep their `set_id`. History and the change "
                "feed keep it.",
            ),
        },
    ),
)

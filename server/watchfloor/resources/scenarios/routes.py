"""``/v1/scenarios``: the kit's operations, with the list's filters."""

from typing import Annotated

from litestar.params import QueryParameter

from watchfloor.http.kit import Face, Words, routes
from watchfloor.http.knowing import known_by_reads
from watchfloor.http.params import DatasetQuery, KnownByQuery, instant
from watchfloor.resources.scenarios.resource import SCENARIO
from watchfloor.resources.scenarios.schemas import Expression, ScenarioFilters
from watchfloor.wire import TEXT

__all__ = ("router", "scenario_filters")

SetQuery = Annotated[
    str | None,
    QueryParameter(
        description="Only scenarios of this scenario set (a set id).",
        pattern="^sst_[0-9a-f]{32}$",
    ),
]
ActorQuery = Annotated[
    str | None,
    QueryParameter(
        description="Only scenarios about this actor (an actor id).",
        pattern="^act_[0-9a-f]{32}$",
    ),
]
TagQuery = Annotated[
    str | None,
    QueryParameter(
        description="Only scenarios with this tag, e.g. `dprk`.",
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
ExpressionQuery = Annotated[
    Expression | None,
    QueryParameter(
        description="Only scenarios whose likelihood reads these ICD 203 words (as of the read).",
    ),
]
MinProbabilityQuery = Annotated[
    float | None,
    QueryParameter(
        description="Only scenarios at least this likely (as of the read); at most 1.",
        # No lower bound: the framework would check `ge=0` but leave it out of the OpenAPI
        # document (a falsy bound), so the spec would call a value it refuses valid. Any value
        # at or below 0 keeps every scenario with a likelihood.
        le=1,
    ),
]


LitQuery = Annotated[
    bool | None,
    QueryParameter(
        description="`true`: only scenarios with a signpost seen (at `known_by`, when given); "
        "`false`: only those with none."
    ),
]


def scenario_filters(
    dataset: DatasetQuery = "live",
    set: SetQuery = None,
    actor: ActorQuery = None,
    tag: TagQuery = None,
    name: NameQuery = None,
    expression: ExpressionQuery = None,
    min_probability: MinProbabilityQuery = None,
    lit: LitQuery = None,
    known_by: KnownByQuery = None,
) -> ScenarioFilters:
    return ScenarioFilters(
        dataset=dataset,
        set=set,
        actor=actor,
        tag=tag,
        name=name,
        expression=expression,
        min_probability=min_probability,
        lit=lit,
        known_by=instant(known_by, "known_by"),
    )


_KNOWN = "the likelihood from the newest forecast created by then, and each signpost's status then"


router = routes(
    SCENARIO,
    Face(
        tag="planning",
        filters=scenario_filters,
        plural="Scenarios",
        noun="scenario",
        # Reads by id take `known_by` beside `as_of`.
        operations=("create", "list", "update", "delete"),
        extra=known_by_reads(SCENARIO, "scenario", "a", _KNOWN),
        words={
            "create": Words(
                "Create a scenario",
                """One future: its narrative, horizon, assumptions, drivers, actors, and likelihood.

The likelihood is stated by an analyst (`source: analyst`, `probability`) or taken from a binary
question's newest forecast (`question`: by `forecaster`, or anyone's newest) or the
`count-model` baseline's (`baseline`). Reads show the probability, its ICD 203 words and the
forecast it came from, as of the read. Unknown actors, questions and sets, a non-binary
question, a probability outside [0, 1], a horizon ending before it starts, or a complete set
that would no longer sum to one are 422 with a pointer; see `docs/planning.md`.""",
            ),
            "list": Words(
                "List scenarios",
                "List scenarios, newest first. Examples: `?set=sst_…`, `?expression=likely`, "
                "`?min_probability=0.5`, `?lit=true`. With `known_by`: " + _KNOWN + ".",
            ),
            "update": Words(
                "Change a scenario",
                "Change the fields sent; `likelihood` is replaced whole.",
            ),
            "delete": Words(
                "Delete a scenario",
                "Tombstone the scenario (422 while it belongs to a complete set that would "
                "then not sum to one). History and the change feed keep it.",
            ),
        },
    ),
)

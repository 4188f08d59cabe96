"""``/v1/warning-problems``: the kit's operations, with the list's filters."""

from typing import Annotated

from litestar.params import QueryParameter

from watchfloor.http.kit import Face, Words, routes
from watchfloor.http.params import DatasetQuery
from watchfloor.resources.problems.resource import WARNING_PROBLEM
from watchfloor.resources.problems.schemas import ProblemFilters
from watchfloor.wire import TEXT

__all__ = ("problem_filters", "router")

IndicatorQuery = Annotated[
    str | None,
    QueryParameter(
        description="Only problems with a rule over this indicator (an indicator id).",
        pattern="^ind_[0-9a-f]{32}$",
    ),
]
ActorQuery = Annotated[
    str | None,
    QueryParameter(
        description="Only problems about this actor (an actor id).",
        pattern="^act_[0-9a-f]{32}$",
    ),
]
TagQuery = Annotated[
    str | None,
    QueryParameter(
        description="Only problems with this tag, e.g. `dprk`.",
        pattern="^[a-z0-9][a-z0-9:_.-]{0,63}$",
    ),
]
NameQuery = Annotated[
    str | None,
    QueryParameter(
        description="Part of the name, case-insensitive: `nuclear` finds “DPRK nuclear test "
        "preparations”.",
        min_length=1,
        max_length=300,
        pattern=TEXT,
    ),
]


def problem_filters(
    dataset: DatasetQuery = "live",
    indicator: IndicatorQuery = None,
    actor: ActorQuery = None,
    tag: TagQuery = None,
    name: NameQuery = None,
) -> ProblemFilters:
    return ProblemFilters(dataset=dataset, indicator=indicator, actor=actor, tag=tag, name=name)


router = routes(
    WARNING_PROBLEM,
    Face(
        tag="warning",
        filters=problem_filters,
        plural="WarningProblems",
        noun="warning problem",
        words={
            "create": Words(
                "Create a warning problem",
                """A question the watch floor owns, with the rules that raise its level.

Each rule watches an indicator (`threshold`, `anomaly` against a trailing baseline, `change`
over k periods) or other rules of the problem (`composite`: k of n), raises `watch` or
`warning` while it holds, and says why in `rationale`. The worker evaluates the rules and
opens, moves and closes alerts; see `docs/warning.md`. A rule over an indicator that does not
exist (or is in another dataset), a composite over an unknown key, or an impossible window is
422 with a pointer.""",
            ),
            "list": Words(
                "List warning problems",
                "List warning problems, newest first. Examples: `?indicator=ind_…`, `?tag=dprk`.",
            ),
            "update": Words(
                "Change a warning problem",
                """Change the fields sent. New `rules` are evaluated again from the start: alerts that
no longer hold under them are withdrawn (a new version), new ones open.""",
            ),
            "delete": Words(
                "Delete a warning problem",
                "Tombstone the problem; its alerts are withdrawn by the worker. History and the "
                "change feed keep them.",
            ),
        },
    ),
)

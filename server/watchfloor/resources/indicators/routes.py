"""``/v1/indicators``: the kit's operations, with the list's filters.

An indicator's figures and warnings are served under it by
:mod:`watchfloor.resources.observations.series`.
"""

from typing import Annotated

from litestar.params import QueryParameter

from watchfloor.http.kit import Face, Words, routes
from watchfloor.http.params import DatasetQuery
from watchfloor.resources.indicators.resource import INDICATOR
from watchfloor.resources.indicators.schemas import Frequency, IndicatorFilters
from watchfloor.wire import TEXT

__all__ = ("indicator_filters", "router")

ActorQuery = Annotated[
    str | None,
    QueryParameter(
        description="Only indicators about this actor (an actor id).",
        pattern="^act_[0-9a-f]{32}$",
    ),
]
TagQuery = Annotated[
    str | None,
    QueryParameter(
        description="Only indicators with this tag, e.g. `trade`.",
        pattern="^[a-z0-9][a-z0-9:_.-]{0,63}$",
    ),
]
FrequencyQuery = Annotated[
    Frequency | None, QueryParameter(description="Only indicators published this often.")
]
NameQuery = Annotated[
    str | None,
    QueryParameter(
        description="Part of the name, case-insensitive: `trade` finds “China–DPRK trade”.",
        min_length=1,
        max_length=300,
        pattern=TEXT,
    ),
]


def indicator_filters(
    dataset: DatasetQuery = "live",
    actor: ActorQuery = None,
    tag: TagQuery = None,
    frequency: FrequencyQuery = None,
    name: NameQuery = None,
) -> IndicatorFilters:
    return IndicatorFilters(dataset=dataset, actor=actor, tag=tag, frequency=frequency, name=name)


router = routes(
    INDICATOR,
    Face(
        tag="indicators",
        filters=indicator_filters,
        article="an",
        words={
            "create": Words(
                "Create an indicator",
                """Define a time series: unit, frequency, the actors it is about, warning thresholds.

With a `definition` the system computes the figures from events (a measure per calendar
period of the `frequency`, over events chosen with the filters of `listEvents`) and writes
each changed figure as a new vintage; see `docs/warning.md`. A definition that names an
actor, facility or magnitude that does not exist is 422.""",
            ),
            "list": Words(
                "List indicators",
                """List indicators, newest first.

Examples: `?actor=act_…` (series about the DPRK), `?tag=trade&frequency=monthly`,
`?name=trade`.""",
            ),
            "update": Words(
                "Change an indicator",
                """Change the fields sent; `null` clears one. With `If-Match`, only if still at that
version.

A new `definition` (or `frequency`) of a computed indicator recomputes its whole series:
each figure that changes is a new vintage. `definition: null` stops the computation and
keeps the figures. An indicator with figures entered by hand cannot take a definition (409).""",
            ),
            "delete": Words(
                "Delete an indicator",
                "Tombstone the indicator and all its observations; history and the change feed "
                "keep them.",
            ),
        },
    ),
)

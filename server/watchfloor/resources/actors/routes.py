"""``/v1/actors``: the kit's operations, with the list's filters."""

from typing import Annotated

from litestar.params import QueryParameter

from watchfloor.http.kit import Face, Words, routes
from watchfloor.http.params import DatasetQuery
from watchfloor.resources.actors.resource import ACTOR
from watchfloor.resources.actors.schemas import ActorFilters, ActorKind
from watchfloor.wire import TEXT

__all__ = ("actor_filters", "router")

KindQuery = Annotated[ActorKind | None, QueryParameter(description="Only actors of this kind.")]
CountryQuery = Annotated[
    str | None,
    QueryParameter(description="ISO 3166-1 alpha-3 country, e.g. `PRK`.", pattern="^[A-Z]{3}$"),
]
NameQuery = Annotated[
    str | None,
    QueryParameter(
        description="Name or any alias, case-insensitive: `Kim Jong-un` and `김정은` find the same actor.",
        min_length=1,
        max_length=300,
        pattern=TEXT,
    ),
]
MemberOfQuery = Annotated[
    str | None,
    QueryParameter(
        description="Only members of this organisation or bloc (an actor id).",
        pattern="^act_[0-9a-f]{32}$",
    ),
]
IdsQuery = Annotated[
    list[str] | None,
    QueryParameter(
        description="Batch read: up to 100 actor ids (repeat the parameter).", max_items=100
    ),
]


def actor_filters(
    dataset: DatasetQuery = "live",
    kind: KindQuery = None,
    country: CountryQuery = None,
    name: NameQuery = None,
    member_of: MemberOfQuery = None,
    ids: IdsQuery = None,
) -> ActorFilters:
    return ActorFilters(
        dataset=dataset, kind=kind, country=country, name=name, member_of=member_of, ids=ids
    )


router = routes(
    ACTOR,
    Face(
        tag="actors",
        filters=actor_filters,
        article="an",
        words={
            "list": Words(
                "List actors",
                """List actors, newest first. Every filter narrows the list; all are optional.

Examples: `?kind=state&country=PRK`, `?name=DPRK` (any alias),
`?member_of=act_…` (members of BRICS), `?as_of=2026-01-01T00:00:00Z`.""",
            )
        },
    ),
)

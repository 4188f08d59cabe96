"""``/v1/sources``: the kit's operations, with the list's filters."""

from typing import Annotated

from litestar.params import QueryParameter

from watchfloor.http.kit import Face, Words, routes
from watchfloor.http.params import DatasetQuery, instant
from watchfloor.resources.sources.resource import SOURCE
from watchfloor.resources.sources.schemas import Reliability, SourceFilters
from watchfloor.wire import TEXT

__all__ = ("router", "source_filters")

PublisherQuery = Annotated[
    str | None,
    QueryParameter(
        description="Publisher, case-insensitive, e.g. `KCNA`.",
        min_length=1,
        max_length=300,
        pattern=TEXT,
    ),
]
PublishedFromQuery = Annotated[
    str | None,
    QueryParameter(
        format="date-time", description="Published at or after this instant (RFC 3339)."
    ),
]
PublishedBeforeQuery = Annotated[
    str | None,
    QueryParameter(format="date-time", description="Published before this instant (RFC 3339)."),
]
ReliabilityQuery = Annotated[
    list[Reliability] | None,
    QueryParameter(
        description="Any of these Admiralty grades; repeat: `reliability=A&reliability=B`."
    ),
]
LanguageQuery = Annotated[
    str | None,
    QueryParameter(
        description="BCP 47 language tag, e.g. `ko`.", pattern="^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"
    ),
]


def source_filters(
    dataset: DatasetQuery = "live",
    publisher: PublisherQuery = None,
    published_from: PublishedFromQuery = None,
    published_before: PublishedBeforeQuery = None,
    reliability: ReliabilityQuery = None,
    language: LanguageQuery = None,
) -> SourceFilters:
    return SourceFilters(
        dataset=dataset,
        publisher=publisher,
        published_from=instant(published_from, "published_from"),
        published_before=instant(published_before, "published_before"),
        reliability=reliability,
        language=language,
    )


router = routes(
    SOURCE,
    Face(
        tag="sources",
        filters=source_filters,
        problems={"delete": (400, 404, 409, 412, 422)},
        words={
            "create": Words(
                "Create a source",
                "Register a document, with its Admiralty reliability grade (A–F).",
            ),
            "list": Words(
                "List sources",
                """List sources, newest first.

Examples: `?publisher=KCNA`, `?reliability=A&reliability=B`,
`?published_from=2024-01-01T00:00:00Z&published_before=2025-01-01T00:00:00Z`.""",
            ),
            "delete": Words(
                "Delete a source",
                """Tombstone the source: reads answer 404, history and the change feed keep it.

A source that live events, statements or observations still cite is not deleted: 409, saying
how many facts of each kind cite it (`GET /v1/events?source=src_…` lists the events). Delete or
re-cite them first.""",
            ),
        },
    ),
)

"""``/v1/briefs``: generate, list, read, history; and the brief as a document (Markdown, HTML,
PDF)."""

from dataclasses import dataclass
from typing import Annotated, Any, Literal

from litestar import Request, Response, get
from litestar.di import NamedDependency
from litestar.openapi.spec import (
    OpenAPIMediaType,
    OpenAPIResponse,
    OpenAPIType,
    Operation,
    Schema,
)
from litestar.params import FromPath, QueryParameter

from watchfloor.context import Context
from watchfloor.http.kit import Face, Words, routes
from watchfloor.http.params import AsOf, DatasetQuery, instant
from watchfloor.http.problems import problem_responses
from watchfloor.resources.briefs.document import FORMATS, MEDIA_TYPES, html_document, markdown, pdf
from watchfloor.resources.briefs.resource import BRIEF
from watchfloor.resources.briefs.schemas import BriefFilters
from watchfloor.resources.briefs.service import to_brief
from watchfloor.wire import CountryCode

__all__ = ("brief_filters", "router")

Format = Literal["md", "html", "pdf"]
_BY_MEDIA = {"text/markdown": "md", "text/html": "html", "application/pdf": "pdf"}


def brief_filters(
    dataset: DatasetQuery = "live",
    country: Annotated[
        CountryCode | None,
        QueryParameter(description="Only briefs whose region names this country, e.g. `PRK`."),
    ] = None,
    regional: Annotated[
        bool | None,
        QueryParameter(
            description="`true`: only briefs narrowed to a region; `false`: only briefs of the "
            "whole dataset."
        ),
    ] = None,
    watchlist: Annotated[
        str | None,
        QueryParameter(
            description="Only briefs of this watchlist's scope (`wl_…`).",
            min_length=1,
            max_length=100,
        ),
    ] = None,
    written_from: Annotated[
        str | None,
        QueryParameter(
            format="date-time", description="Only briefs written for this instant or later."
        ),
    ] = None,
    written_to: Annotated[
        str | None,
        QueryParameter(
            format="date-time", description="Only briefs written for this instant or earlier."
        ),
    ] = None,
) -> BriefFilters:
    return BriefFilters(
        dataset=dataset,
        country=country,
        regional=regional,
        watchlist=watchlist,
        written_from=instant(written_from, "written_from"),
        written_to=instant(written_to, "written_to"),
    )


@dataclass
class _DocumentOperation(Operation):
    """The operation with its three document media types documented."""

    def __post_init__(self) -> None:
        text = Schema(type=OpenAPIType.STRING)
        binary = Schema(type=OpenAPIType.STRING, format="binary")  # type: ignore[arg-type]
        assert self.responses is not None
        self.responses["200"] = OpenAPIResponse(
            description="The brief as a document: Markdown, HTML or PDF.",
            content={
                "text/markdown": OpenAPIMediaType(schema=text),
                "text/html": OpenAPIMediaType(schema=text),
                "application/pdf": OpenAPIMediaType(schema=binary),
            },
        )


def _negotiated(request: Request[Any, Any, Any], asked: str | None) -> str:
    """``format`` when given; else the first of the Accept header's types we make; else ``md``
    (``*/*``, or a type we do not make: a brief is always readable)."""
    if asked is not None:
        return asked
    accept = request.headers.get("accept", "")
    for part in accept.split(","):
        media = part.split(";")[0].strip().lower()
        if media in _BY_MEDIA:
            return _BY_MEDIA[media]
    return "md"


@get(
    "/{brief_id:str}/document",
    operation_id="getBriefDocument",
    summary="Get a brief as a document",
    operation_class=_DocumentOperation,
    responses=problem_responses(400, 404),
)
async def get_brief_document(
    request: Request[Any, Any, Any],
    ctx: NamedDependency[Context],
    brief_id: FromPath[str],
    document_format: Annotated[
        Format | None,
        QueryParameter(
            name="format",
            description="`md`, `html` or `pdf`. Without it the `Accept` header chooses "
            "(`text/markdown`, `text/html`, `application/pdf`); with neither, Markdown.",
        ),
    ] = None,
    as_of: AsOf = None,
) -> Response[bytes]:
    """The stored brief rendered: Markdown, one HTML page with print CSS, or a PDF (WeasyPrint)
    with its indicator charts. A brief of an exercise dataset is marked EXERCISE on the first
    line (Markdown), in a banner (HTML) and in the header and footer of every PDF page. `as_of`
    renders the brief as recorded then. See `docs/prepare.md`."""
    kind = _negotiated(request, document_format)
    row = await BRIEF.service.records.get(ctx, brief_id, instant(as_of, "as_of"))
    brief = to_brief(row)
    body: bytes
    if kind == "pdf":
        body = pdf(brief)
    elif kind == "html":
        body = html_document(brief).encode()
    else:
        body = markdown(brief).encode()
    headers = {"Vary": "Accept"}
    if brief.exercise:
        headers["Watchfloor-Exercise"] = "true"
    if kind == "pdf":
        headers["Content-Disposition"] = f'inline; filename="{brief.id}.pdf"'
    return Response(body, media_type=MEDIA_TYPES[kind], headers=headers)


assert set(FORMATS) == set(_BY_MEDIA.values())

router = routes(
    BRIEF,
    Face(
        tag="prepare",
        filters=brief_filters,
        operations=("create", "list", "get", "update", "history"),
        extra=[get_brief_document],
        words={
            "create": Words(
                "Write a brief",
                """Generate and store a daily brief of a scope (a `dataset`, optionally narrowed to a
`region`: country codes and/or a bbox, matching events' place, and/or to a `watchlist_id`: what
the watchlist selects) for an instant (`for`, default now), covering since `since` (default: the
instant of the previous brief of the same scope, else 24 hours before). A watchlist's briefs are
also written by the worker at each due instant of its `brief_cron`. Every section is read as known by `for` (knowledge time): warning-board levels
that moved, new and closed alerts with their evidence, the best-graded new events and
statements, forecasts that moved most, signposts lit, decisions due, and charts of the
indicators behind the alerts. A brief is never overwritten: posting again writes a new one.
`since` not before `for`, a bbox whose south is north of its north and a watchlist not of the
dataset are 422 with a pointer.
See `docs/prepare.md`.""",
            ),
            "list": Words(
                "List briefs",
                "Briefs, newest first. Examples: `?regional=false`, `?country=PRK`, `?watchlist=wl_…`, "
                "`?written_from=2022-01-01T00:00:00Z`.",
            ),
            "update": Words(
                "Change a brief's external id",
                "Only `external_id` changes; a brief's content is never edited (write a new one).",
            ),
        },
    ),
)

"""``GET /v1/exercises/{id}/report``: the after-action report, as JSON (the default) or as a
document (Markdown, HTML, PDF), chosen as a brief's document is: ``format``, else the first
type of the ``Accept`` header the report is made in."""

from dataclasses import dataclass
from typing import Annotated, Any, Literal

from litestar import Request, Response, get
from litestar.di import NamedDependency
from litestar.openapi.spec import OpenAPIMediaType, OpenAPIType, Operation, Schema
from litestar.params import FromPath, QueryParameter

from watchfloor.context import Context
from watchfloor.http.problems import problem_responses
from watchfloor.http.responses import json_response
from watchfloor.resources.briefs.document import MEDIA_TYPES
from watchfloor.resources.exercises.aar.document import html_document, markdown, pdf
from watchfloor.resources.exercises.aar.schemas import ExerciseReport
from watchfloor.resources.exercises.aar.service import exercise_report
from watchfloor.resources.exercises.service import seat

__all__ = ("get_exercise_report",)

Format = Literal["json", "md", "html", "pdf"]
_BY_MEDIA = {
    "application/json": "json",
    "text/markdown": "md",
    "text/html": "html",
    "application/pdf": "pdf",
}


@dataclass
class _ReportOperation(Operation):
    """The operation with its document media types documented beside the JSON."""

    def __post_init__(self) -> None:
        text = Schema(type=OpenAPIType.STRING)
        binary = Schema(type=OpenAPIType.STRING, format="binary")  # type: ignore[arg-type]
        assert self.responses is not None
        ok = self.responses["200"]
        assert not isinstance(ok, str) and hasattr(ok, "content") and ok.content is not None
        ok.description = "The after-action report: JSON, or a document (Markdown, HTML, PDF)."
        ok.content.update(
            {
                "text/markdown": OpenAPIMediaType(schema=text),
                "text/html": OpenAPIMediaType(schema=text),
                "application/pdf": OpenAPIMediaType(schema=binary),
            }
        )


def _negotiated(request: Request[Any, Any, Any], asked: str | None) -> str:
    """``format`` when given; else the first of the Accept header's types we make; else JSON."""
    if asked is not None:
        return asked
    for part in request.headers.get("accept", "").split(","):
        media = part.split(";")[0].strip().lower()
        if media in _BY_MEDIA:
            return _BY_MEDIA[media]
    return "json"


@get(
    "/{exercise_id:str}/report",
    operation_id="getExerciseReport",
    summary="Get an exercise's after-action report",
    operation_class=_ReportOperation,
    responses=problem_responses(400, 403, 404),
)
async def get_exercise_report(
    request: Request[Any, Any, Any],
    ctx: NamedDependency[Context],
    exercise_id: FromPath[str],
    report_format: Annotated[
        Format | None,
        QueryParameter(
            name="format",
            description="`json`, `md`, `html` or `pdf`. Without it the `Accept` header chooses "
            "(`application/json`, `text/markdown`, `text/html`, `application/pdf`); with "
            "neither, JSON.",
        ),
    ] = None,
) -> Response[ExerciseReport]:
    """Controllers and evaluators (a player: 403). The after-action report in HSEEP's AAR/IP
    shape, computed now: the timeline of injects released, alerts opened in the play dataset
    and actions, with their delays; each inject's expected actions met, late, missed or
    pending (the matching rule: `docs/exercises.md`); the forecasts of the play dataset scored
    against the scripted truth (else the source question's resolution as known now, else
    unscored); strengths and areas for improvement per capability; the improvement plan.
    Every format is marked EXERCISE (the PDF on every page)."""
    kind = _negotiated(request, report_format)
    where = await seat(ctx, exercise_id)
    report = await exercise_report(ctx, where)
    headers = {"Vary": "Accept", "Watchfloor-Exercise": "true", "Cache-Control": "no-store"}
    if kind == "json":
        return json_response(report, headers=headers)
    body: bytes
    if kind == "pdf":
        body = pdf(report)
        headers["Content-Disposition"] = f'inline; filename="{report.exercise_id}-aar.pdf"'
    elif kind == "html":
        body = html_document(report).encode()
    else:
        body = markdown(report).encode()
    # The documents are bytes; the declared type is the JSON's (for the OpenAPI schema).
    return Response(body, media_type=MEDIA_TYPES[kind], headers=headers)  # type: ignore[arg-type]

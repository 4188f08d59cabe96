"""``/v1/exercise-templates``: the shipped exercise templates, and opening one in one call."""

from typing import Any

from litestar import Request, Response, Router, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath, JSONBody

from watchfloor.context import Context
from watchfloor.http.headers import IdempotencyKey
from watchfloor.http.idempotency import run_idempotent
from watchfloor.http.problems import problem_responses
from watchfloor.http.responses import json_response
from watchfloor.resources.exercises.replay.templates import (
    ExerciseFromTemplate,
    ExerciseTemplate,
    ExerciseTemplateList,
    open_template,
    template,
    templates,
)
from watchfloor.resources.exercises.schemas import ExerciseWithKeys

__all__ = ("router",)

TemplatePath = FromPath[str]


@get(
    "/",
    operation_id="listExerciseTemplates",
    summary="List the exercise templates",
    responses=problem_responses(400),
)
async def list_exercise_templates() -> Response[ExerciseTemplateList]:
    """The exercise templates shipped with the knowledge base (`docs/exercises.md`,
    "Replays of history"): each an exercise's create body and its scripted injects."""
    return json_response(ExerciseTemplateList(data=list(templates().values())))


@get(
    "/{template_name:str}",
    operation_id="getExerciseTemplate",
    summary="Read an exercise template",
    responses=problem_responses(400, 404),
)
async def get_exercise_template(template_name: TemplatePath) -> Response[ExerciseTemplate]:
    """One shipped template, by name (`summer-2017`)."""
    return json_response(template(template_name))


@post(
    "/{template_name:str}/exercises",
    operation_id="openExerciseTemplate",
    summary="Open an exercise from a template",
    status_code=201,
    responses=problem_responses(400, 403, 404, 409, 413, 415, 422),
    opt={"scope": "admin"},
)
async def open_exercise_template(
    request: Request[Any, Any, Any],
    ctx: NamedDependency[Context],
    template_name: TemplatePath,
    data: JSONBody[ExerciseFromTemplate],
    idempotency_key: IdempotencyKey = None,
) -> Response[ExerciseWithKeys]:
    """Open the template as `POST /v1/exercises` opens its body (admin scope), with the
    changes sent (`{}`: as shipped; a new `name`, `dataset`, `participants`, `speed` or
    `source_dataset`), and add its scripted injects to the MSEL: one transaction. The
    participants' secrets are in this answer only."""

    async def respond() -> Response[Any]:
        made = await open_template(ctx, template_name, data)
        return json_response(
            made,
            status=201,
            headers={"Location": f"/v1/exercises/{made.id}", "Cache-Control": "no-store"},
        )

    return await run_idempotent(ctx.conn, request, idempotency_key, ctx.who, respond)


router = Router(
    path="/v1/exercise-templates",
    route_handlers=[list_exercise_templates, get_exercise_template, open_exercise_template],
    tags=["train"],
)

"""Exercise templates shipped with the knowledge base: an exercise's create body (usually a
replay of history) and scripted injects, opened in one call.

Templates are files, ``knowledge/exercise-templates/<name>.json``, read here; loading the
knowledge base never opens one (no dataset, key or copy is made until a trainer asks:
``POST /v1/exercise-templates/{name}/exercises``).
"""

from functools import cache
from importlib import resources
from typing import Annotated

import msgspec
from msgspec import Meta

from watchfloor.context import Context
from watchfloor.errors import NotFound
from watchfloor.resources.exercises import repository as exercise_repo
from watchfloor.resources.exercises.replay.service import open_exercise
from watchfloor.resources.exercises.schemas import (
    ExerciseCreate,
    ExerciseParticipantIn,
    ExerciseWithKeys,
    InjectCreate,
    Name,
    Speed,
)
from watchfloor.resources.exercises.service import InjectService, Seat
from watchfloor.wire import TEXT, DatasetName, ExternalId

__all__ = (
    "ExerciseFromTemplate",
    "ExerciseTemplate",
    "ExerciseTemplateList",
    "open_template",
    "template",
    "templates",
)

TemplateName = Annotated[str, Meta(pattern="^[a-z0-9][a-z0-9-]{0,62}$")]


class ExerciseTemplate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A ready-made exercise: its create body and the injects scripted on top of it."""

    name: TemplateName
    title: Annotated[str, Meta(min_length=1, max_length=200, pattern=TEXT)]
    summary: Annotated[str, Meta(min_length=1, max_length=4000, pattern=TEXT)]
    exercise: ExerciseCreate
    """The body of `POST /v1/exercises` the template opens (with `replay`: from history)."""
    injects: Annotated[list[InjectCreate], Meta(max_length=100)] = msgspec.field(
        default_factory=list
    )
    """Scripted injects added to the MSEL as a controller adds them (messages the history
    does not hold as records)."""


class ExerciseTemplateList(msgspec.Struct, kw_only=True):
    """The shipped exercise templates."""

    data: list[ExerciseTemplate]


class ExerciseFromTemplate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """What a trainer changes of a template when opening it (everything optional)."""

    name: Name | None = None
    dataset: DatasetName | None = None
    source_dataset: DatasetName | None = None
    participants: Annotated[list[ExerciseParticipantIn], Meta(max_length=100)] | None = None
    speed: Speed | None = None
    external_id: ExternalId | None = None


@cache
def templates() -> dict[str, ExerciseTemplate]:
    """Every shipped template by name (checked when read: a bad file fails the unit test)."""
    folder = resources.files("watchfloor.knowledge").joinpath("exercise-templates")
    found = {}
    for file in sorted(folder.iterdir(), key=lambda f: f.name):
        if file.name.endswith(".json"):
            made = msgspec.json.decode(file.read_bytes(), type=ExerciseTemplate)
            found[made.name] = made
    return found


def template(name: str) -> ExerciseTemplate:
    """The template ``name``, 404 when none is shipped."""
    found = templates().get(name)
    if found is None:
        raise NotFound(f"No exercise template named {name!r}; see GET /v1/exercise-templates.")
    return found


async def open_template(ctx: Context, name: str, changes: ExerciseFromTemplate) -> ExerciseWithKeys:
    """Open the template ``name`` with the trainer's ``changes``: the exercise (and its replayed
    MSEL) and the template's scripted injects, one transaction."""
    shipped = template(name)
    sent = {k: v for k, v in msgspec.structs.asdict(changes).items() if v is not None}
    data = msgspec.structs.replace(shipped.exercise, **sent)
    async with ctx.conn.transaction():
        made = await open_exercise(ctx, data)
        exercise = await exercise_repo.exercise_of_inject(ctx, made.id)
        assert exercise is not None
        where = Seat(exercise, "controller", "template")
        for inject in shipped.injects:
            await InjectService().add(ctx, where, inject)
    return made

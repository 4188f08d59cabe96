"""Exercises, their injects and their actions, declared once (docs/exercises.md)."""

from watchfloor.resources.exercises.repository import to_action, to_exercise, to_inject
from watchfloor.resources.exercises.schemas import (
    Exercise,
    ExerciseAction,
    ExerciseActionImport,
    ExerciseActionList,
    ExerciseActionPatch,
    ExerciseActionVersion,
    ExerciseActionVersionList,
    ExerciseImport,
    ExerciseList,
    ExercisePatch,
    ExerciseVersion,
    ExerciseVersionList,
    Inject,
    InjectImport,
    InjectList,
    InjectPatch,
    InjectVersion,
    InjectVersionList,
)
from watchfloor.resources.exercises.service import ActionService, ExerciseService, InjectService
from watchfloor.versioned import Resource

__all__ = ("EXERCISE", "EXERCISE_ACTION", "INJECT")

# `create_type` is what an import line (and the change feed's tests) creates: the record as
# exported. `POST /v1/exercises` opens an exercise (datasets, world, keys) through its own
# operation, and injects and actions are written under their exercise's path.
EXERCISE = Resource(
    name="exercise",
    path="/v1/exercises",
    service=ExerciseService(),
    render=to_exercise,
    item=Exercise,
    create_type=ExerciseImport,
    patch_type=ExercisePatch,
    page=ExerciseList,
    version=ExerciseVersion,
    versions=ExerciseVersionList,
)
INJECT = Resource(
    name="inject",
    path="/v1/exercises/{exercise_id}/injects",
    service=InjectService(),
    render=to_inject,
    item=Inject,
    create_type=InjectImport,
    patch_type=InjectPatch,
    page=InjectList,
    version=InjectVersion,
    versions=InjectVersionList,
    references={"exercise_id": "exercise"},
)
EXERCISE_ACTION = Resource(
    name="exercise_action",
    path="/v1/exercises/{exercise_id}/actions",
    service=ActionService(),
    render=to_action,
    item=ExerciseAction,
    create_type=ExerciseActionImport,
    patch_type=ExerciseActionPatch,
    page=ExerciseActionList,
    version=ExerciseActionVersion,
    versions=ExerciseActionVersionList,
    references={"exercise_id": "exercise", "inject_id": "inject"},
)

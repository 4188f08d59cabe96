"""The rules of what an exercise's evaluation is made of: controllers' and evaluators'
observations and improvement-plan rows (actions of their own kinds), and the scripted truth of
the exercise's forecasting questions. The after-action report (``aar/``) reads them.
"""

from typing import Any

import msgspec

from watchfloor.errors import Conflict, FieldError, Forbidden, Unprocessable
from watchfloor.resources.exercises.schemas import ExerciseActionCreate, Role, ScriptedTruth

__all__ = ("EVALUATION_KINDS", "action_values", "check_action", "check_truth", "truth_values")

EVALUATION_KINDS = frozenset({"observation", "improvement"})
"""Action kinds only controllers and evaluators log (HSEEP: the evaluation, never the play)."""
_EVALUATION_FIELDS = ("assessment", "capability", "analysis", "improvement")
_NEEDED = {
    "observation": ("assessment", "capability"),
    "improvement": ("capability", "improvement"),
}
_ALLOWED = {
    "observation": {"assessment", "capability", "analysis"},
    "improvement": {"capability", "improvement"},
}


def check_truth(truth: list[ScriptedTruth]) -> None:
    """422 (pointers under ``/truth``) unless each entry gives exactly one of ``outcome`` and
    ``value`` and names a question no other entry names."""
    errors = []
    seen: set[str] = set()
    for i, entry in enumerate(truth):
        if (entry.outcome is None) == (entry.value is None):
            errors.append(FieldError(f"/truth/{i}", "give exactly one of `outcome` and `value`"))
        if entry.question_id in seen:
            errors.append(
                FieldError(f"/truth/{i}/question_id", f"{entry.question_id} is named twice")
            )
        seen.add(entry.question_id)
    if errors:
        raise Unprocessable("The scripted truth is not valid.", errors=errors)


def truth_values(truth: list[ScriptedTruth]) -> list[dict[str, Any]]:
    """The truth as stored (checked first)."""
    check_truth(truth)
    return [msgspec.to_builtins(t) for t in truth]


def check_action(role: Role, clock_state: str, data: ExerciseActionCreate) -> None:
    """Who may log an action of this kind, when, with which fields.

    Observations and improvements are the evaluation's: controllers and evaluators only (403
    for a player), while the exercise is in play or after its end (the hot wash and the
    improvement plan come after the last inject); the other kinds while in play only (409).
    A field of another kind is 422 at its pointer; a missing one, 422 at its pointer.
    """
    evaluation = data.kind in EVALUATION_KINDS
    if evaluation and role == "player":
        raise Forbidden(f"A player may not log an {data.kind} (controllers and evaluators only).")
    playing = clock_state in ("running", "paused")
    if not (playing or (evaluation and clock_state == "ended")):
        raise Conflict(
            "Actions are logged while the exercise is in play (started, not ended); "
            "observations and improvements also after its end."
        )
    allowed = _ALLOWED.get(data.kind, set())
    errors = [
        FieldError(f"/{name}", f"not for an action of kind {data.kind!r}")
        for name in _EVALUATION_FIELDS
        if getattr(data, name) is not None and name not in allowed
    ] + [
        FieldError(f"/{name}", f"required for an action of kind {data.kind!r}")
        for name in _NEEDED.get(data.kind, ())
        if getattr(data, name) is None
    ]
    item = data.improvement
    if item is not None and item.start and item.completion and item.completion < item.start:
        errors.append(FieldError("/improvement/completion", "before the start"))
    if errors:
        raise Unprocessable("The action is not valid for its kind.", errors=errors)


def action_values(data: Any) -> dict[str, Any]:
    """The evaluation's columns of an action (``None`` where not given)."""
    improvement = getattr(data, "improvement", None)
    return {
        "assessment": data.assessment,
        "capability": data.capability,
        "analysis": data.analysis,
        "improvement": None if improvement is None else msgspec.to_builtins(improvement),
    }

"""Warning problems, declared once: the questions a watch floor owns, with their rules."""

from watchfloor.resources.problems.repository import to_problem
from watchfloor.resources.problems.schemas import (
    WarningProblem,
    WarningProblemCreate,
    WarningProblemList,
    WarningProblemPatch,
    WarningProblemVersion,
    WarningProblemVersionList,
)
from watchfloor.resources.problems.service import WarningProblemService
from watchfloor.versioned import Resource

__all__ = ("WARNING_PROBLEM",)

WARNING_PROBLEM = Resource(
    name="warning_problem",
    path="/v1/warning-problems",
    service=WarningProblemService(),
    render=to_problem,
    item=WarningProblem,
    create_type=WarningProblemCreate,
    patch_type=WarningProblemPatch,
    page=WarningProblemList,
    version=WarningProblemVersion,
    versions=WarningProblemVersionList,
    references={"actor_ids[]": "actor", "rules[].indicator_id": "indicator"},
)

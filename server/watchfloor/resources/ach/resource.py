"""ACH matrices, declared once: competing hypotheses rated against items of evidence."""

from watchfloor.resources.ach.schemas import (
    AchMatrix,
    AchMatrixCreate,
    AchMatrixList,
    AchMatrixPatch,
    AchMatrixVersion,
    AchMatrixVersionList,
)
from watchfloor.resources.ach.service import AchMatrixService, to_known_matrix
from watchfloor.versioned import Resource

__all__ = ("ACH_MATRIX",)

ACH_MATRIX = Resource(
    name="ach_matrix",
    path="/v1/ach-matrices",
    service=AchMatrixService(),
    render=to_known_matrix,
    item=AchMatrix,
    create_type=AchMatrixCreate,
    patch_type=AchMatrixPatch,
    page=AchMatrixList,
    version=AchMatrixVersion,
    versions=AchMatrixVersionList,
    references={
        "question_id": "question",
        "scenario_set_id": "scenario_set",
        "hypotheses[].scenario_id": "scenario",
        "evidence[].record_id": "{kind}",
    },
)

"""Contingency plans, declared once: branches with triggers, owners, deadlines and options."""

from watchfloor.resources.plans.render import to_plan
from watchfloor.resources.plans.schemas import (
    Plan,
    PlanCreate,
    PlanImport,
    PlanList,
    PlanPatch,
    PlanVersion,
    PlanVersionList,
)
from watchfloor.resources.plans.service import PlanService
from watchfloor.versioned import Resource

__all__ = ("PLAN",)

PLAN = Resource(
    name="plan",
    path="/v1/plans",
    service=PlanService(),
    render=to_plan,
    item=Plan,
    create_type=PlanCreate,
    import_type=PlanImport,
    patch_type=PlanPatch,
    page=PlanList,
    version=PlanVersion,
    versions=PlanVersionList,
    references={
        "problem_id": "warning_problem",
        "branches[].owner.actor_id": "actor",
        "branches[].trigger.signpost_id": "signpost",
        "branches[].trigger.of[].signpost_id": "signpost",
    },
)

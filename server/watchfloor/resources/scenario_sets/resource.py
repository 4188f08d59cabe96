"""Scenario sets, declared once: mutually exclusive futures whose likelihoods sum to one."""

from watchfloor.resources.scenario_sets.repository import to_scenario_set
from watchfloor.resources.scenario_sets.schemas import (
    ScenarioSet,
    ScenarioSetCreate,
    ScenarioSetList,
    ScenarioSetPatch,
    ScenarioSetVersion,
    ScenarioSetVersionList,
)
from watchfloor.resources.scenario_sets.service import ScenarioSetService
from watchfloor.versioned import Resource

__all__ = ("SCENARIO_SET",)

SCENARIO_SET = Resource(
    name="scenario_set",
    path="/v1/scenario-sets",
    service=ScenarioSetService(),
    render=to_scenario_set,
    item=ScenarioSet,
    create_type=ScenarioSetCreate,
    patch_type=ScenarioSetPatch,
    page=ScenarioSetList,
    version=ScenarioSetVersion,
    versions=ScenarioSetVersionList,
    references={"question_id": "question"},
)

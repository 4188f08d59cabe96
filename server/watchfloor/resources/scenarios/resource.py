"""Scenarios, declared once: futures with a likelihood in ICD 203 words."""

from watchfloor.resources.scenarios.repository import to_scenario
from watchfloor.resources.scenarios.schemas import (
    Scenario,
    ScenarioCreate,
    ScenarioList,
    ScenarioPatch,
    ScenarioVersion,
    ScenarioVersionList,
)
from watchfloor.resources.scenarios.service import ScenarioService
from watchfloor.versioned import Resource

__all__ = ("SCENARIO",)

SCENARIO = Resource(
    name="scenario",
    path="/v1/scenarios",
    service=ScenarioService(),
    render=to_scenario,
    item=Scenario,
    create_type=ScenarioCreate,
    patch_type=ScenarioPatch,
    page=ScenarioList,
    version=ScenarioVersion,
    versions=ScenarioVersionList,
    references={
        "actor_ids[]": "actor",
        "set_id": "scenario_set",
        "likelihood.question_id": "question",
    },
)

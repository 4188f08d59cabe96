"""Every versioned ``/v1`` resource by name, for the code that treats them alike.

The change feed renders an upsert with the resource's wire type; export streams any resource;
import upserts rows of any resource by ``external_id``. They all look the resource up here, so
a new resource is its declaration (a :class:`~watchfloor.versioned.Resource`) added below.
"""

from watchfloor.resources.ach.resource import ACH_MATRIX
from watchfloor.resources.actors.resource import ACTOR
from watchfloor.resources.alerts.resource import ALERT
from watchfloor.resources.backtests.resource import BACKTEST
from watchfloor.resources.briefs.resource import BRIEF
from watchfloor.resources.events.resource import EVENT
from watchfloor.resources.exercises.resource import EXERCISE, EXERCISE_ACTION, INJECT
from watchfloor.resources.forecasts.resource import FORECAST
from watchfloor.resources.indicators.resource import INDICATOR
from watchfloor.resources.observations.resource import OBSERVATION
from watchfloor.resources.plans.resource import PLAN
from watchfloor.resources.problems.resource import WARNING_PROBLEM
from watchfloor.resources.questions.resource import QUESTION
from watchfloor.resources.reference.resource import FACILITY, WEAPON
from watchfloor.resources.scenario_sets.resource import SCENARIO_SET
from watchfloor.resources.scenarios.resource import SCENARIO
from watchfloor.resources.signposts.resource import SIGNPOST
from watchfloor.resources.sources.resource import SOURCE
from watchfloor.resources.statements.resource import STATEMENT
from watchfloor.resources.subscriptions.resource import SUBSCRIPTION
from watchfloor.resources.watchlists.resource import WATCHLIST
from watchfloor.versioned import Resource

__all__ = ("RESOURCES", "Resource")

RESOURCES: dict[str, Resource] = {
    r.name: r
    for r in (
        ACTOR,
        SOURCE,
        FACILITY,
        WEAPON,
        EVENT,
        STATEMENT,
        INDICATOR,
        OBSERVATION,
        WARNING_PROBLEM,
        ALERT,
        QUESTION,
        FORECAST,
        BACKTEST,
        SCENARIO_SET,
        SCENARIO,
        SIGNPOST,
        ACH_MATRIX,
        PLAN,
        SUBSCRIPTION,
        WATCHLIST,
        BRIEF,
        EXERCISE,
        INJECT,
        EXERCISE_ACTION,
    )
}

"""The handlers the worker runs, in the order it steps them.

Each is a :class:`~watchfloor.worker.runner.Handler`; its ``name`` keys its position in the
feed, so renaming one starts it again from the feed's beginning. The warning layer's handlers
(computed indicators, rules, alerts) are registered here as they land.
"""

from collections.abc import Sequence

from watchfloor.computed.handler import ComputedIndicators
from watchfloor.forecasting.baselines import Baselines
from watchfloor.forecasting.handler import QuestionResolution
from watchfloor.planning.handler import Signposts
from watchfloor.planning.plans import Plans
from watchfloor.resources.briefs.schedule import ScheduledBriefs
from watchfloor.resources.exercises.handler import ExerciseInjects
from watchfloor.warning.handler import WarningRules
from watchfloor.webhooks.enqueue import SubscriptionDeliveries
from watchfloor.worker.runner import Handler

__all__ = ("HANDLERS",)

HANDLERS: Sequence[Handler] = (
    # First: the records an inject releases are in the feed the handlers below read.
    ExerciseInjects(),
    ComputedIndicators(),
    WarningRules(),
    QuestionResolution(),
    Baselines(),
    Signposts(),
    # After the signposts handler: a plan reads the signposts' steps that handler writes.
    Plans(),
    SubscriptionDeliveries(),
    # After the subscriptions handler: a watchlist's brief at each due instant of its schedule.
    ScheduledBriefs(),
)

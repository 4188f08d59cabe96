"""What evaluating one signpost condition gives: its status over knowledge time.

Each condition kind has one async function ``(ctx, dataset, condition, now) -> Evaluation``
(``watchfloor.planning.conditions``): it reads the data the condition names, replays the
status over knowledge time up to ``now`` and returns every change of status as a
:class:`~watchfloor.resources.signposts.schemas.SignpostStep` (``not_seen`` before the first
step; consecutive steps differ in status, evidence or value), the records that lit it, and when
the status may next change with no new data (a trailing window ageing a record out, a period
boundary, a question's ``closes_at``). The worker compares ``steps`` with the stored ones and
writes a new version only when they differ: the same data always gives the same steps.
"""

from dataclasses import dataclass, field
from datetime import datetime

from watchfloor.resources.signposts.schemas import SignpostStep

__all__ = ("Evaluation", "Record")

Record = tuple[str, str]
"""A record behind a status: its evidence kind (``events``, ``statements``, ``observations``,
``alerts``, ``questions``, ``forecasts``) and its id."""


@dataclass
class Evaluation:
    """A condition's status over knowledge time up to the instant evaluated."""

    steps: list[SignpostStep]
    """Every change of status, oldest first (empty: never lit)."""
    next_due: datetime | None = None
    """When the status may change with no new data; ``None``: only new data can change it."""
    records: set[Record] = field(default_factory=set)
    """Every record counted by the newest step (all of them, not only the 50 listed), so the
    worker can name the ones that no longer count in the next version's ``retracted``. A kind
    may give every record counted by any step (alert, events and statements conditions do): the
    worker names as retracted the records of the stored version found neither here nor in any
    new step's evidence, so a record that only aged out of a window is not one."""

"""The brief's schedule: the ``briefs`` worker handler writes each watchlist's brief at every due
instant of its ``brief_cron``, read in its ``brief_timezone``.

The feed brings it nothing; its work is the clock's (:meth:`ScheduledBriefs.settle`, run at the
end of each of its steps, in the step's transaction). For each watchlist with a schedule, the due
instants after ``after`` (the later of when the schedule took its present form — the watchlist's
creation, or the change that set ``brief_cron``/``brief_timezone`` — and the last instant
scheduled) up to now: the newest :data:`CATCH_UP` of them at most, oldest first. Each is claimed
in ``brief_schedule`` (unique on watchlist and instant) in the transaction that writes its brief,
so a repeated step or a restarted worker never writes an instant twice, and a crash writes none
(the next step does). A brief that cannot be written (its watchlist no longer reads, say) is
recorded with its error and not retried, so one watchlist cannot stop the others.

Wall-clock rules (``due_instants``): the cron is matched in the zone's local time; a local time
the zone skips (spring forward) fires at the end of the gap (02:30 in Berlin on the last Sunday
of March is 03:00 CEST); a local time the zone repeats (fall back) fires once, at its first
occurrence.
"""

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from croniter import CroniterBadDateError, croniter

from watchfloor.context import Context
from watchfloor.resources.briefs import repository as repo
from watchfloor.resources.briefs.schemas import BriefCreate
from watchfloor.resources.briefs.service import BriefService
from watchfloor.worker.positions import FeedEntry

__all__ = ("CATCH_UP", "ScheduledBriefs", "due_instants")

_log = logging.getLogger("watchfloor.briefs")

CATCH_UP = 3
"""Due instants written at most per watchlist after downtime: the newest three. The older ones
are skipped; the first brief written covers them anyway (its ``since`` is the previous brief)."""

_MINUTE = timedelta(minutes=1)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _instant(local: datetime, zone: ZoneInfo) -> datetime:
    """The UTC instant of the naive local time ``local`` (see the module's wall-clock rules)."""
    first = local.replace(tzinfo=zone, fold=0).astimezone(UTC)
    if first.astimezone(zone).replace(tzinfo=None) == local:
        return first
    # Skipped by the zone: the gap ends one minute after its last local minute before it.
    before = local - _MINUTE
    for _ in range(24 * 60):
        at = before.replace(tzinfo=zone, fold=0).astimezone(UTC)
        if at.astimezone(zone).replace(tzinfo=None) == before:
            return at + _MINUTE
        before -= _MINUTE
    return first  # pragma: no cover (no zone skips a day)


def due_instants(
    cron: str, timezone: str | None, after: datetime, now: datetime, limit: int = CATCH_UP
) -> list[datetime]:
    """The instants of ``cron`` in ``timezone`` (``None``: UTC) in (``after``, ``now``]: the
    newest ``limit`` of them, oldest first, in UTC."""
    zone = ZoneInfo(timezone or "UTC")
    start = now.astimezone(zone).replace(tzinfo=None, second=0, microsecond=0) + _MINUTE
    try:
        walk = croniter(cron, start)
        found: list[datetime] = []
        while len(found) < limit:
            instant = _instant(walk.get_prev(datetime), zone)
            if instant <= after:
                break
            if instant <= now and (not found or instant < found[-1]):
                found.append(instant)
    except CroniterBadDateError:  # a cron that never matches (the 31st of February)
        return []
    return found[::-1]


@dataclass
class ScheduledBriefs:
    """Writes each watchlist's brief at the due instants of its schedule."""

    name: str = "briefs"
    resources: frozenset[str] | None = frozenset()
    clock: Callable[[], datetime] = field(default=_utc_now)
    """Now (tests set it)."""
    batch: int = 5
    """Briefs written per step at most."""
    datasets: frozenset[str] | None = None
    """The datasets whose watchlists it serves (``None``: all; a test names its own)."""

    async def handle(self, ctx: Context, entries: Sequence[FeedEntry]) -> None:
        """Nothing: the schedule is the clock's (:meth:`settle`)."""

    async def settle(self, ctx: Context) -> bool:
        """Write the briefs due by now, a batch at a time; whether more are due."""
        now = self.clock()
        due = [
            (instant, row)
            for row in await repo.scheduled_watchlists(ctx, self.datasets)
            for instant in due_instants(row["brief_cron"], row["brief_timezone"], row["after"], now)
        ]
        due.sort(key=lambda d: (d[0], d[1]["id"]))
        for instant, row in due[: self.batch]:
            if not await repo.claim_instant(ctx, row["id"], instant):
                continue
            data = BriefCreate(dataset=row["dataset"], watchlist_id=row["id"], written_for=instant)
            try:
                async with ctx.conn.transaction():
                    brief = await BriefService().create(ctx, data)
            except Exception as exc:  # recorded; one watchlist must not stop the others
                _log.warning(
                    "scheduled brief not written",
                    extra={"watchlist": row["id"], "instant": instant.isoformat()},
                    exc_info=exc,
                )
                await repo.record_instant(ctx, row["id"], instant, None, str(exc)[:2000])
                continue
            await repo.record_instant(ctx, row["id"], instant, brief["id"], None)
        return len(due) > self.batch

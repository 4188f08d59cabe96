"""The worker handler of computed indicators: it follows event, statement and indicator changes.

An event change touches the periods its old and new versions fall in (by ``occurred_start``),
for every computed indicator over events of its dataset; a statement change likewise (by
``said_on``) for those over statements; a new or changed definition (or frequency) recomputes
the whole series. Everything runs in the worker's step transaction, so figures and the handler's position
commit together.
"""

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import asyncpg

from watchfloor.computed import repository as repo
from watchfloor.computed.service import recompute
from watchfloor.context import Context
from watchfloor.worker.clocks import Clocks
from watchfloor.worker.positions import FeedEntry

__all__ = ("ComputedIndicators",)

_Days = Callable[[Context, Sequence[str], Sequence[int]], Awaitable[dict[str, set[date]]]]
_FOLLOWED: tuple[tuple[str, str, _Days], ...] = (
    ("event", "events", repo.event_days),
    ("statement", "statements", repo.statement_days),
)
"""Resource → what definitions over it say in ``over``, and the days of its changed versions."""


def _utc_today() -> date:
    return datetime.now(UTC).date()


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _redefined(new: asyncpg.Record, old: asyncpg.Record | None) -> bool:
    """Whether this version of an indicator changes what its figures are."""
    if new["deleted_at"] is not None or new["definition"] is None:
        return False
    return old is None or any(new[c] != old[c] for c in ("definition", "frequency"))


@dataclass
class ComputedIndicators:
    """Writes the figures of every indicator that has a ``definition``."""

    name: str = "computed-indicators"
    resources: frozenset[str] | None = frozenset({"event", "statement", "indicator"})
    today: Callable[[], date] = field(default=_utc_today)
    """The day a computation is of: the vintage of the figures it writes (UTC)."""
    clock: Callable[[], datetime] = field(default=_utc_now)
    """Wall now: an exercise dataset's figures are of its game day at it
    (``worker/clocks.py``), the others' of :attr:`today`."""

    async def handle(self, ctx: Context, entries: Sequence[FeedEntry]) -> None:
        clocks = Clocks(ctx, self.clock())
        await clocks.load({e.dataset for e in entries})
        wall_today = self.today()

        async def today(dataset: str) -> date:
            return (
                wall_today if await clocks.anchors(dataset) is None else await clocks.today(dataset)
            )

        redone = await self._redefined(ctx, [e for e in entries if e.resource == "indicator"])
        for indicator in redone:
            await recompute(ctx, indicator, None, await today(indicator["dataset"]))
        done = {i["id"] for i in redone}
        for resource, over, changed_days in _FOLLOWED:
            changed = [e for e in entries if e.resource == resource]
            if not changed:
                continue
            days = await changed_days(
                ctx, [e.record_id for e in changed], [e.version for e in changed]
            )
            for indicator in await repo.computed_indicators(ctx, list(days), over):
                if indicator["id"] not in done:
                    await recompute(
                        ctx,
                        indicator,
                        days[indicator["dataset"]],
                        await today(indicator["dataset"]),
                    )

    async def _redefined(self, ctx: Context, entries: Sequence[FeedEntry]) -> list[asyncpg.Record]:
        """The current rows of the indicators whose definition the entries set or change."""
        if not entries:
            return []
        ids = [e.record_id for e in entries] * 2
        versions = [e.version for e in entries] + [e.version - 1 for e in entries]
        rows = await repo.indicator_versions(ctx, ids, versions)
        wanted = {
            e.record_id
            for e in entries
            if (e.record_id, e.version) in rows
            and _redefined(rows[e.record_id, e.version], rows.get((e.record_id, e.version - 1)))
        }
        return await repo.computed_indicators_by_id(ctx, sorted(wanted))

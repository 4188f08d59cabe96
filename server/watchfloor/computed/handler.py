"""The worker handler of computed indicators: it follows event and indicator changes.

An event change touches the periods its old and new versions fall in, for every computed
indicator of its dataset; a new or changed definition (or frequency) recomputes the whole
series. Everything runs in the worker's step transaction, so figures and the handler's position
commit together.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import asyncpg

from watchfloor.computed import repository as repo
from watchfloor.computed.service import recompute
from watchfloor.context import Context
from watchfloor.worker.positions import FeedEntry

__all__ = ("ComputedIndicators",)


def _utc_today() -> date:
    return datetime.now(UTC).date()


def _redefined(new: asyncpg.Record, old: asyncpg.Record | None) -> bool:
    """Whether this version of an indicator changes what its figures are."""
    if new["deleted_at"] is not None or new["definition"] is None:
        return False
    return old is None or any(new[c] != old[c] for c in ("definition", "frequency"))


@dataclass
class ComputedIndicators:
    """Writes the figures of every indicator that has a ``definition``."""

    name: str = "computed-indicators"
    resources: frozenset[str] | None = frozenset({"event", "indicator"})
    today: Callable[[], date] = field(default=_utc_today)
    """The day a computation is of: the vintage of the figures it writes (UTC)."""

    async def handle(self, ctx: Context, entries: Sequence[FeedEntry]) -> None:
        today = self.today()
        redone = await self._redefined(ctx, [e for e in entries if e.resource == "indicator"])
        for indicator in redone:
            await recompute(ctx, indicator, None, today)
        events = [e for e in entries if e.resource == "event"]
        if not events:
            return
        days = await repo.event_days(
            ctx, [e.record_id for e in events], [e.version for e in events]
        )
        done = {i["id"] for i in redone}
        for indicator in await repo.computed_indicators(ctx, list(days)):
            if indicator["id"] not in done:
                await recompute(ctx, indicator, days[indicator["dataset"]], today)

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

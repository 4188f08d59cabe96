"""The change feed: every version of every record, in an order no late commit can break.

**The trap.** Sequence values (and transaction ids) are taken before commit, so a reader that
pages by "greater than the last one I saw" skips a row whose transaction took its number early
and committed late. The feed is therefore ordered by ``(xid, seq)`` and serves only rows whose
transaction is below ``pg_snapshot_xmin(pg_current_snapshot())``, the oldest transaction still
running: no transaction that can still commit has a row below that horizon, so nothing can ever
appear behind a cursor. The horizon is read in the same statement (the same snapshot) as the
page, so a page and the cursor it hands out agree.

A page that is not full moves the cursor up to the horizon even past rows the caller's filters
leave out: a quiet partner's checkpoint advances and never falls out of the retention window.
"""

from dataclasses import dataclass
from datetime import datetime

import asyncpg
import msgspec

from watchfloor.cursors import FEED, CursorCodec, sort_key
from watchfloor.errors import BadRequest, CursorExpired, FieldError
from watchfloor.persistence.store import versions_query
from watchfloor.registry import RESOURCES
from watchfloor.sync.representation import json_rows
from watchfloor.sync.schemas import Change, ChangeDelete, ChangeList, ChangeUpsert

__all__ = ("BELOW_HORIZON", "ChangeFeed", "FeedQuery")

BELOW_HORIZON = "c.xid < h.xmin"
"""The condition that makes the feed safe. The tests prove it: without it, changes get skipped."""

# Splices BELOW_HORIZON (a constant above) only; values travel as $n. Reviewed for S608.
PAGE = f"""
WITH h AS (
    SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin, p.xid AS pruned_xid, p.seq AS pruned_seq
    FROM change_feed_horizon p
)
SELECT h.xmin::text::bigint AS horizon, h.pruned_xid::text::bigint AS pruned_xid,
       h.pruned_seq, c.xid::text::bigint AS xid, c.seq, c.resource, c.record_id, c.version,
       c.op, c.dataset, c.changed_at
FROM h LEFT JOIN LATERAL (
    SELECT c.* FROM changes c
    WHERE (c.xid, c.seq) > ($1::text::xid8, $2::bigint) AND {BELOW_HORIZON}
      AND c.dataset = ANY($3::text[])
      AND ($4::text[] IS NULL OR c.resource = ANY($4::text[]))
    ORDER BY c.xid, c.seq
    LIMIT $5
) c ON true
ORDER BY c.xid, c.seq
"""  # noqa: S608
"""One page and, in the same snapshot, the horizon and the pruned position (one row at least)."""


@dataclass(frozen=True)
class FeedQuery:
    """What a caller asks of the feed."""

    after: str | None
    datasets: list[str]
    resources: list[str] | None
    limit: int


class ChangeFeed:
    """Pages of the change feed, with the record of each upsert as of its version."""

    def __init__(self, codec: CursorCodec) -> None:
        self._codec = codec

    def _position(self, cursor: str | None) -> tuple[int, int]:
        if cursor is None:
            return 0, 0
        xid, seq = sort_key(self._codec.decode(cursor, FEED), (int, int))
        if xid < 0 or seq < 0:
            raise BadRequest("The cursor is not a change-feed cursor.")
        return int(xid), int(seq)

    async def page(self, conn: asyncpg.Connection, query: FeedQuery) -> ChangeList:
        """The changes after ``query.after``; raises 410 for a cursor older than retention."""
        if query.resources is not None:
            unknown = [r for r in query.resources if r not in RESOURCES]
            if unknown:
                raise BadRequest(
                    f"Unknown resource {unknown[0]!r}; one of: {', '.join(RESOURCES)}.",
                    errors=[
                        FieldError(None, f"unknown resource {r!r}", "resource") for r in unknown
                    ],
                )
        position = self._position(query.after)
        rows = await conn.fetch(
            PAGE, str(position[0]), position[1], query.datasets, query.resources, query.limit + 1
        )
        head = rows[0]
        if query.after is not None and position < (head["pruned_xid"], head["pruned_seq"]):
            raise CursorExpired(
                "This cursor is older than the change feed's retention window. Bootstrap again: "
                "list each resource you mirror from the start (the first page carries "
                "`sync_cursor`), copy every page, then follow `/v1/changes?after=<sync_cursor>`.",
            )
        found = [r for r in rows if r["xid"] is not None]
        more = len(found) > query.limit
        found = found[: query.limit]
        if more:
            last = (found[-1]["xid"], found[-1]["seq"])
        else:
            served = (found[-1]["xid"], found[-1]["seq"]) if found else position
            last = max(served, (head["horizon"], 0), position)
        items = await self._render(conn, found)
        return ChangeList(data=items, has_more=more, next_cursor=self._codec.feed(*last))

    async def _render(self, conn: asyncpg.Connection, rows: list[asyncpg.Record]) -> list[Change]:
        objects: dict[tuple[str, str, int], object] = {}
        wanted: dict[str, list[asyncpg.Record]] = {}
        for row in rows:
            if row["op"] == "upsert":
                wanted.setdefault(row["resource"], []).append(row)
        for name, changes in wanted.items():
            resource = RESOURCES[name]
            sql = json_rows(resource, versions_query(resource.table), keyed=True)
            versions = await conn.fetch(
                sql, [c["record_id"] for c in changes], [c["version"] for c in changes]
            )
            for v in versions:
                # PostgreSQL wrote the representation (as export does); it is embedded as is.
                objects[(name, v["id"], v["version"])] = msgspec.Raw(v["json"])
        return [self._item(row, objects) for row in rows]

    def _item(self, row: asyncpg.Record, objects: dict[tuple[str, str, int], object]) -> Change:
        cursor = self._codec.feed(row["xid"], row["seq"])
        changed_at: datetime = row["changed_at"]
        common = {
            "cursor": cursor,
            "resource": row["resource"],
            "id": row["record_id"],
            "version": row["version"],
            "dataset": row["dataset"],
        }
        if row["op"] == "delete":
            return ChangeDelete(**common, deleted_at=changed_at)
        record = objects[(row["resource"], row["record_id"], row["version"])]
        return ChangeUpsert(**common, changed_at=changed_at, object=record)

"""Reads by id of planning resources at a knowledge instant (``known_by``).

Scenarios, scenario sets and ACH matrices are written by analysts and have no ``reported_at``:
a read with ``known_by`` gives the record as recorded (now, or at ``as_of``), with the parts it
derives from data computed as known by the instant (:mod:`watchfloor.persistence.knowing`).
The reads without ``known_by`` are the shared ones (:class:`~watchfloor.persistence.records.Records`).
"""

from datetime import datetime

import asyncpg

from watchfloor.context import Context
from watchfloor.persistence import knowing
from watchfloor.persistence.records import Records
from watchfloor.persistence.store import ListQuery, Page

__all__ = ("history_known", "knowing_query", "read_known")


def _table(records: Records) -> knowing.KnowingTable:
    table = records.table
    assert isinstance(table, knowing.KnowingTable), f"{records.noun}: not read at known_by"
    return table


async def read_known(
    ctx: Context, records: Records, record_id: str, as_of: datetime | None, known_by: datetime
) -> asyncpg.Record:
    """The record (now or at ``as_of``) read at ``known_by``; 404 when there is none."""
    row = await knowing.get_known(ctx, _table(records), record_id, as_of, known_by)
    if row is None:
        raise records.missing(record_id)
    return row


async def history_known(
    ctx: Context,
    records: Records,
    record_id: str,
    *,
    as_of: datetime | None,
    known_by: datetime,
    after_version: int | None,
    limit: int,
) -> Page:
    """Versions of one record, oldest first, each read at ``known_by``; only those recorded by
    ``as_of`` if given (as :meth:`Records.history`)."""
    rows = await knowing.history_known(ctx, _table(records), record_id, known_by)
    if as_of is not None:
        rows = [r for r in rows if r["recorded_from"] <= as_of]
    if not rows:
        raise records.missing(record_id)
    if after_version is not None:
        rows = [r for r in rows if r["version"] > after_version]
    page = rows[:limit]
    more = len(rows) > limit
    return Page(page, [page[-1]["version"]] if more and page else None)


def knowing_query(records: Records, as_of: datetime | None, known_by: datetime | None) -> ListQuery:
    """A list's query before its filters, its rows read at ``known_by`` when given."""
    return knowing.knowing_query(_table(records), as_of, known_by)

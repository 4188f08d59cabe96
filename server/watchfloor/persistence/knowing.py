"""Reads of tables whose derived fields depend on a knowledge instant (``known_by``).

Planning resources (scenarios, scenario sets, ACH matrices) are written by analysts: a read
with ``known_by`` gives the record as recorded (now, or at ``as_of``) and computes the parts
derived from data (a likelihood from forecasts, signpost counts, an ACH matrix's evidence) as
known by the instant (docs/planning.md, "Reading planning as of a date"). The instant travels
as a ``$n`` parameter: :meth:`KnowingTable.knowing` gives the table whose ``select_list`` names
it, and the reads here bind it.
"""

import dataclasses
from dataclasses import dataclass
from datetime import datetime
from typing import Self

import asyncpg

from watchfloor.context import Context
from watchfloor.persistence.store import ListQuery, Table

__all__ = ("KnowingTable", "get_known", "history_known", "knowing_query")


@dataclass(frozen=True)
class KnowingTable(Table):
    """A table whose ``select_list`` reads ``known_by_param`` when it is set (``None``: the
    read without ``known_by``)."""

    known_by_param: str | None = None
    """The placeholder (``$n``) bound to the ``known_by`` instant of this read."""

    def knowing(self, param: str) -> Self:
        """This table read at the knowledge instant bound to ``param``."""
        return dataclasses.replace(self, known_by_param=param)


async def get_known(
    ctx: Context,
    table: KnowingTable,
    record_id: str,
    as_of: datetime | None,
    known_by: datetime,
) -> asyncpg.Record | None:
    """The live version of one record, now or at ``as_of``, read at ``known_by``."""
    args: list[object] = [record_id]
    as_of_param = None
    if as_of is not None:
        args.append(as_of)
        as_of_param = "$2"
    args.append(known_by)
    knowing = table.knowing(f"${len(args)}")
    sql = f"SELECT {knowing.select_list} FROM {table.relation(as_of_param)} WHERE t.id = $1"  # noqa: S608
    row = await ctx.conn.fetchrow(sql, *args)
    if row is None or row["deleted_at"] is not None or not ctx.may_see(row["dataset"]):
        return None
    return row


async def history_known(
    ctx: Context, table: KnowingTable, record_id: str, known_by: datetime
) -> list[asyncpg.Record]:
    """Every version of one record, oldest first, each read at ``known_by`` (and at the last
    instant it was current, as :meth:`Table.history`)."""
    sql = (
        f"SELECT {table.knowing('$2').select_list}, lower(t.sys_period) AS recorded_from, "  # noqa: S608
        f"upper(t.sys_period) AS recorded_to FROM ("
        f"SELECT * FROM {table.name} WHERE id = $1 UNION ALL "
        f"SELECT * FROM {table.name}_history WHERE id = $1) t ORDER BY t.version"
    )
    rows = await ctx.conn.fetch(sql, record_id, known_by)
    return [row for row in rows if ctx.may_see(row["dataset"])]


def knowing_query(
    table: KnowingTable, as_of: datetime | None, known_by: datetime | None
) -> ListQuery:
    """A list over ``table`` (at ``as_of``), its rows read at ``known_by`` when given."""
    query = ListQuery(table, as_of=as_of)
    if known_by is not None:
        query.table = table.knowing(query.param(known_by))
    return query

"""The new records of a batch, held back and written with one binary ``COPY`` per table.

While a batch runs optimistically (:mod:`watchfloor.imports.batch`), the services' creates are
handed here (the batch context's ``sink``) after their checks passed. The
records wait until something needs them in the database: a row of another resource (its checks
may read them), an update (it reads the stored record), or the end of the batch. The memo
learns each one at once, so a later line of the same batch that names it passes its checks.
"""

from typing import Any, cast

import asyncpg

from watchfloor.context import Context
from watchfloor.imports import repository as repo
from watchfloor.persistence.memo import Memo
from watchfloor.persistence.store import Table

__all__ = ("PendingInserts",)


class PendingInserts:
    """Values of new records by table (and column list), in the order they were created."""

    def __init__(self, ctx: Context, memo: Memo) -> None:
        self._ctx = ctx
        self._memo = memo
        self._rows: dict[tuple[Table, tuple[str, ...]], list[dict[str, Any]]] = {}

    def add(self, table: Table, values: dict[str, Any]) -> asyncpg.Record:
        """Hold ``values`` back; the returned "row" is the values themselves."""
        self._ctx.require_dataset(values["dataset"])
        self._rows.setdefault((table, tuple(values)), []).append(values)
        self._memo.learn_created(table.name, values)
        return cast(asyncpg.Record, values)

    async def flush(self, conn: asyncpg.Connection, keep: Table | None = None) -> None:
        """Write everything held back, unless all of it is for ``keep`` (more may follow)."""
        if all(table == keep for table, _ in self._rows):
            return
        rows, self._rows = self._rows, {}
        for (table, columns), values in rows.items():
            await repo.insert_many(conn, table, columns, values)

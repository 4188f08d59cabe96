"""One batch of the import: looked up together, written optimistically, redone if refused.

A batch is one transaction. Its rows are first run **optimistically**: the records they name
are looked up once for the whole batch (:meth:`RowWriter.prefetch`), the services' existence
checks are memoised (the batch context's memo, :mod:`watchfloor.persistence.memo`), no savepoint
is taken, and new records are written with one statement per table (:mod:`watchfloor.imports.pending`). A row the services
refuse (bad field, dangling reference …) is rejected on the spot: they refuse before writing.

Only when the **database** refuses something (a check or unique constraint, a value it cannot
store) is the whole batch rolled back and run again the careful way, each row in a savepoint
of its own with its records inserted one by one, so that only the rows at fault are rejected.
Outcomes are reported only for the attempt that commits.

Each attempt first checks, in its own transaction, that the caller's API key is still in force:
an import runs for minutes, and revoking the key must stop it at its next batch (401).
"""

from typing import Any

import asyncpg

from watchfloor.access.tags import tag
from watchfloor.context import Context
from watchfloor.errors import Unauthorized
from watchfloor.imports import repository as repo
from watchfloor.imports.pending import PendingInserts
from watchfloor.imports.rows import ImportRow
from watchfloor.imports.upsert import Applied, Rejected, RowWriter
from watchfloor.persistence.dberrors import is_data_error
from watchfloor.persistence.memo import Memo
from watchfloor.registry import Resource

__all__ = ("BatchWriter", "Outcome")

Outcome = tuple[ImportRow, Applied | Rejected]

_REFUSED = (asyncpg.PostgresError, UnicodeEncodeError)
"""What the database (or the driver, for a value it cannot send) answers a row it refuses.

The driver's refusal is ``asyncpg.DataError``, a :class:`asyncpg.PostgresError` of class 22
(see :mod:`watchfloor.persistence.dberrors`), so a data error either way."""


class BatchWriter:
    """Writes batches of rows into one dataset; an instance lives as long as the import."""

    def __init__(
        self,
        ctx: Context,
        dataset: str,
        resources: dict[str, Resource] | None = None,
    ) -> None:
        self.ctx = ctx
        self.conn = ctx.conn
        self.rows = RowWriter(ctx, dataset, resources)
        self._lasting: dict[str, dict[str, Any]] = {}
        self.redone = 0
        """Batches that fell back to a savepoint per row."""
        self.lines_done = 0
        """Input lines of the batches committed so far."""

    async def write(self, batch: list[ImportRow]) -> list[Outcome]:
        """Apply ``batch`` in one transaction; what became of each row, in order."""
        self.rows.references.keep_journal()
        try:
            async with self.conn.transaction():
                outcomes = await self._attempt(batch, optimistic=True)
        except _REFUSED as exc:
            if isinstance(exc, asyncpg.PostgresError) and not is_data_error(exc):
                raise
            self.rows.references.roll_back()
            self.redone += 1
            async with self.conn.transaction():
                outcomes = await self._attempt(batch, optimistic=False)
        self.lines_done = max(self.lines_done, batch[-1].line)
        return outcomes

    async def _attempt(self, batch: list[ImportRow], *, optimistic: bool) -> list[Outcome]:
        await tag(self.ctx)
        await self._check_key()
        memo = Memo(self._lasting)
        pending = PendingInserts(self.ctx, memo) if optimistic else None
        ctx = self.ctx.with_(memo=memo, sink=pending.add if pending is not None else None)
        await self.rows.prepare(ctx, [row.record for row in batch if row.record is not None])
        outcomes: list[Outcome] = []
        for row in batch:
            outcomes.append((row, await self._apply(ctx, row, pending)))
        if pending is not None:
            await pending.flush(self.conn)
        return outcomes

    async def _check_key(self) -> None:
        principal = self.ctx.principal
        if principal is None or principal.key_id is None:
            return
        if not await repo.key_in_force(self.conn, principal.key_id):
            raise Unauthorized(
                f"The API key was revoked during the import; the lines before line "
                f"{self.lines_done + 1} were imported, the rest were not."
            )

    async def _apply(
        self, ctx: Context, row: ImportRow, pending: PendingInserts | None
    ) -> Applied | Rejected:
        if row.record is None:
            return Rejected(row.error or "cannot be read", row.resource, row.external_id)
        try:
            return await self.rows.apply(ctx, row.record, pending)
        except Rejected as exc:
            return exc

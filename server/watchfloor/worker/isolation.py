"""One record's failure never stops a handler: each due record is settled in its own savepoint.

The handlers that settle records one by one (warning problems, signposts, plans) evaluate every
record due by now inside the step's transaction. If one of them raised, the whole step would
roll back and be tried again, forever: one signpost whose stored condition the code cannot read
(a bug met by one record's data, a row edited by hand) would keep every other signpost, and the
handler's position in the change feed, where they are.

So each record is settled in a savepoint. When it raises, its savepoint is rolled back, the
error is logged with the handler and the record's id, and the record is put back to be tried
again :data:`RETRY_AFTER` later (a fix to the code or the row is picked up then, or at once by a
change to the record); the others are settled and the step commits. An error that breaks the
connection is not a record's fault: it is raised, and the step is retried whole (``runner``).
"""

import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime, timedelta

from watchfloor.context import Context
from watchfloor.persistence.dberrors import breaks_connection

__all__ = ("RETRY_AFTER", "settle_each")

RETRY_AFTER = timedelta(minutes=5)
"""How long a record whose evaluation failed waits before it is tried again."""

_log = logging.getLogger("watchfloor.worker")


async def settle_each(
    ctx: Context,
    handler: str,
    record_ids: Sequence[str],
    now: datetime,
    settle: Callable[[str], Awaitable[None]],
    retry: Callable[[str, datetime], Awaitable[None]],
) -> int:
    """``settle`` every record, each in a savepoint; ``retry`` the ones that raise. Returns how
    many failed."""
    failed = 0
    for record_id in record_ids:
        try:
            async with ctx.conn.transaction():
                await settle(record_id)
        except Exception as exc:
            if breaks_connection(exc):
                raise
            failed += 1
            retry_at = now + RETRY_AFTER
            _log.exception(
                "a record could not be settled; the others go on",
                extra={
                    "handler": handler,
                    "record_id": record_id,
                    "retry_at": retry_at.isoformat(),
                },
            )
            await retry(record_id, retry_at)
    return failed

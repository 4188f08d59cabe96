"""The audit tags of a write, set in the write's own transaction.

The change-log trigger (``wf_log_change``) and the admin writes' audit rows read the writing
key and request id from the transaction's settings ``watchfloor.key_id`` and
``watchfloor.request_id``. They are set, transaction-local, as the first statement of every
write transaction a request opens — reads send nothing for them, and nothing is left on the
pooled connection for whoever takes it next (the in-process worker included).
"""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from watchfloor.access.repository import tag_write
from watchfloor.context import Context

__all__ = ("tag", "write_transaction")


async def tag(ctx: Context) -> None:
    """Tag the transaction open on ``ctx.conn`` with ``ctx``'s key and request id."""
    principal = ctx.principal
    await tag_write(ctx.conn, principal.key_id if principal else None, ctx.request_id)


@asynccontextmanager
async def write_transaction(ctx: Context) -> AsyncIterator[None]:
    """A transaction on ``ctx.conn`` whose writes are audited as ``ctx``'s."""
    async with ctx.conn.transaction():
        await tag(ctx)
        yield

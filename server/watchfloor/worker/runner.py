"""The worker loop: each handler takes a page of changes and moves its position, atomically.

For one handler, one step is one transaction: lock the handler's position (``SKIP LOCKED``: a
second worker process leaves a handler another is running), read the next page of the feed
below the running-transaction horizon, let the handler do its work on the same connection, and
write the new position. A crash anywhere rolls the step back whole: the next run reads the same
page again, so every change is handled exactly once as far as the database can tell.
"""

import asyncio
import contextlib
import logging
from collections.abc import Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from typing import Protocol

import asyncpg

from watchfloor.context import Context
from watchfloor.worker.positions import FeedEntry, advance, lock_position, read_after

__all__ = ("Handler", "Step", "Worker")

_log = logging.getLogger("watchfloor.worker")


class Handler(Protocol):
    """Something that reacts to changes of the feed."""

    name: str
    """Its position's key: stable across releases, ``[a-z][a-z0-9_.-]*``."""
    resources: frozenset[str] | None
    """The resources whose changes it is given (``None``: all); it moves past the others."""

    async def handle(self, ctx: Context, entries: Sequence[FeedEntry]) -> None:
        """React to ``entries`` (oldest first) inside the step's transaction on ``ctx.conn``.

        Raising rolls the step back: the same entries come again on the next run.

        A handler may also have ``async def settle(self, ctx) -> bool``: work of its own that
        the feed does not bring (due evaluations, a clock), run at the end of every step in the
        same transaction; it returns whether more is left.
        """


class Connections(Protocol):
    """Where the worker takes a connection for each step: asyncpg's pool, or the server's."""

    def acquire(self) -> AbstractAsyncContextManager[asyncpg.Connection]: ...


@dataclass(frozen=True, slots=True)
class Step:
    """What one step of one handler did."""

    handler: str
    read: int
    handled: int
    position: tuple[int, int] | None
    """Where the handler stands now; ``None`` when another worker holds it."""
    more: bool = False
    """The handler has work left that is not in the feed (``settle`` said so)."""


@dataclass
class Worker:
    """Runs ``handlers`` over the change feed until stopped."""

    handlers: Sequence[Handler]
    page_size: int = 500
    idle_seconds: float = 0.5
    """How long to wait when every handler is at the end of the feed."""
    stopping: asyncio.Event = field(default_factory=asyncio.Event)

    async def step(self, conn: asyncpg.Connection, handler: Handler) -> Step:
        """One page of changes for ``handler``, handled and recorded in one transaction."""
        async with conn.transaction():
            position = await lock_position(conn, handler.name)
            if position is None:
                return Step(handler.name, 0, 0, None)
            page = await read_after(conn, position, self.page_size)
            wanted = [
                e
                for e in page.entries
                if handler.resources is None or e.resource in handler.resources
            ]
            ctx = Context.unrestricted(conn)
            if wanted:
                await handler.handle(ctx, wanted)
            if page.next_position != position or wanted:
                await advance(conn, handler.name, page.next_position, len(wanted))
            settle = getattr(handler, "settle", None)
            more = bool(await settle(ctx)) if settle is not None else False
        return Step(handler.name, len(page.entries), len(wanted), page.next_position, more)

    async def catch_up(self, conn: asyncpg.Connection) -> list[Step]:
        """Step every handler until none has a change left to read (tests, ``--once``)."""
        steps: list[Step] = []
        pending = list(self.handlers)
        while pending:
            behind = []
            for handler in pending:
                step = await self.step(conn, handler)
                steps.append(step)
                if step.read == self.page_size or step.more:
                    behind.append(handler)
            pending = behind
        return steps

    async def run(self, pool: Connections) -> None:
        """Step the handlers until :attr:`stopping` is set; errors are logged and retried."""
        while not self.stopping.is_set():
            busy = False
            for handler in self.handlers:
                try:
                    async with pool.acquire() as conn:
                        step = await self.step(conn, handler)
                except Exception:
                    # The step was rolled back whole; the same changes come again next time.
                    # A handler that keeps failing stays at that change (its lag shows it).
                    _log.exception("worker step failed", extra={"handler": handler.name})
                    break
                busy = busy or step.read == self.page_size or step.more
            if not busy:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self.stopping.wait(), self.idle_seconds)

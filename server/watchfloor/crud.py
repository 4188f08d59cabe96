"""Handler bodies shared by every versioned resource.

Each resource's controller declares its own signatures (they are its OpenAPI operations) and
delegates here, so the HTTP mechanics (idempotent create, cursors, ETags, history pages) are
written once.
"""

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

import asyncpg
import msgspec
from litestar import Request, Response

from watchfloor.access.principal import require_dataset
from watchfloor.http_params import principal_of
from watchfloor.idempotency import run_idempotent
from watchfloor.listing import Listing
from watchfloor.pagination import CursorCodec
from watchfloor.records import Records
from watchfloor.responses import page_response, single_response
from watchfloor.store import Page

__all__ = ("create", "history", "listing", "sync_cursor")

Row = asyncpg.Record


async def create(
    request: Request[Any, Any, Any],
    conn: asyncpg.Connection,
    idempotency_key: str | None,
    write: Callable[[], Awaitable[Row]],
    render: Callable[[Row], Any],
    location: Callable[[Row], str] | None = None,
) -> Response[Any]:
    """201 with the new record, its ETag and Location; idempotent under ``idempotency_key``.

    The Location is the collection path plus the id, unless ``location`` says where the new
    record is read (a record created under another resource's path).
    """

    async def respond() -> Response[Any]:
        row = await write()
        if location is not None:
            where = location(row)
        else:
            where = f"{request.url.path.rstrip('/')}/{row['id']}"
        return single_response(render(row), row["version"], status=201, headers={"Location": where})

    return await run_idempotent(conn, request, idempotency_key, principal_of(request), respond)


_HORIZON = "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint"


async def sync_cursor(conn: asyncpg.Connection, codec: CursorCodec) -> str:
    """A change-feed cursor taken *before* a listing starts.

    Every change below the oldest running transaction is committed, so the listing that follows
    sees it; the feed from here replays everything at or above it. Copy the listing, then follow
    ``/v1/changes?after=<sync_cursor>``: nothing falls in between (overlap is harmless, since a
    partner applies a version only if it is newer than the one it holds).
    """
    horizon = await conn.fetchval(_HORIZON)
    return codec.feed(int(horizon), 0)


async def listing(
    request: Request[Any, Any, Any],
    conn: asyncpg.Connection,
    codec: CursorCodec,
    filters: msgspec.Struct,
    *,
    as_of: datetime | None,
    cursor: str | None,
    fetch: Callable[[list[Any] | None], Awaitable[Page]],
    envelope: Callable[[list[Row], str | None, str | None], Any],
) -> Response[Any]:
    """One page of a filtered list, with ``next_cursor`` and ``Link``.

    The first page (no ``cursor``) also carries ``sync_cursor`` for partners that bootstrap.
    A list of a dataset the caller was not granted is refused (403) rather than shown empty, so
    a partner with a misconfigured key finds out at once instead of syncing nothing.
    """
    dataset = getattr(filters, "dataset", None)
    if isinstance(dataset, str):
        require_dataset(dataset)
    state = Listing(codec, filters, as_of=as_of)
    after = state.after(cursor)
    sync = await sync_cursor(conn, codec) if cursor is None else None
    page = await fetch(after)
    next_cursor = state.next_cursor(page)
    return page_response(request, envelope(page.rows, next_cursor, sync), next_cursor)


async def history(
    request: Request[Any, Any, Any],
    conn: asyncpg.Connection,
    codec: CursorCodec,
    records: Records,
    record_id: str,
    *,
    as_of: datetime | None,
    cursor: str | None,
    limit: int,
    envelope: Callable[[list[Row], str | None], Any],
) -> Response[Any]:
    """One page of a record's versions, oldest first."""
    state = Listing(codec, None, id=record_id, as_of=as_of)
    after = state.after(cursor)
    page = await records.history(
        conn, record_id, as_of=as_of, after_version=int(after[0]) if after else None, limit=limit
    )
    next_cursor = state.next_cursor(page)
    return page_response(request, envelope(page.rows, next_cursor), next_cursor)

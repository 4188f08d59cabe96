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
from watchfloor.responses import (
    etag_versions,
    not_modified,
    page_response,
    single_response,
)
from watchfloor.store import HORIZON_COLUMN, Page, with_horizon

__all__ = ("create", "history", "listing", "read_one", "sync_cursor")

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


async def read_one(
    conn: asyncpg.Connection,
    records: Records,
    record_id: str,
    as_of: datetime | None,
    if_none_match: str | None,
    render: Callable[[Row], Any],
) -> Response[Any]:
    """``GET /v1/<resource>/{id}``: the record with its ETag, or 304, or 404.

    With ``If-None-Match`` the version is checked in the same statement that would read the
    record, so a caller whose copy is current costs no row to decode, render or send.
    """
    if if_none_match is None:
        found = await records.get(conn, record_id, as_of)
        return single_response(render(found), found["version"])
    versions = etag_versions(if_none_match)
    row, current = await records.table.get_unless(conn, record_id, as_of, versions)
    if current is not None:
        return not_modified(current)
    if row is None:
        raise records.missing(record_id)
    return single_response(render(row), row["version"])


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


def _page_horizon(page: Page) -> int | None:
    """The horizon read in the page's own statement (same snapshot), if it was."""
    value = page.rows[0].get(HORIZON_COLUMN) if page.rows else None
    return int(value) if value is not None else None


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
    sync: str | None = None
    if cursor is None:
        with with_horizon():
            page = await fetch(after)
        horizon = _page_horizon(page)
        if horizon is None:
            # An empty page (or a listing with its own SQL) says nothing of the horizon: take
            # it first, as it must be, and read the page again in a snapshot after it.
            sync = await sync_cursor(conn, codec)
            page = await fetch(after)
        else:
            sync = codec.feed(horizon, 0)
    else:
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

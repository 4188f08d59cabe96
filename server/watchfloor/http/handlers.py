"""Handler bodies shared by every versioned resource: the HTTP mechanics, written once.

The resource kit (:mod:`watchfloor.http.kit`) builds each resource's standard operations on
these; a resource's own extra operations call them too. Idempotent create, cursor lists,
ETags and history pages live here; the SQL lives in the persistence layer.
"""

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

import asyncpg
import msgspec
from litestar import Request, Response

from watchfloor.context import Context
from watchfloor.cursors import CursorCodec, sort_key
from watchfloor.http.idempotency import run_idempotent
from watchfloor.http.listing import Listing
from watchfloor.http.responses import (
    etag_versions,
    not_modified,
    page_response,
    single_response,
)
from watchfloor.persistence.records import Records
from watchfloor.persistence.store import HORIZON_COLUMN, Page, feed_horizon

__all__ = ("create", "history", "listing", "read_one", "sync_cursor")

Row = asyncpg.Record


async def create(
    request: Request[Any, Any, Any],
    ctx: Context,
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

    return await run_idempotent(ctx.conn, request, idempotency_key, ctx.who, respond)


async def read_one(
    ctx: Context,
    records: Records,
    record_id: str,
    as_of: datetime | None,
    if_none_match: str | None,
    render: Callable[[Row], Any],
) -> Response[Any]:
    """``GET /v1/<resource>/{id}``: the record with its ETag, or 304, or 404.

    With ``If-None-Match`` the version is checked in the same statement that would read the
    record, so a caller whose copy is current costs no row to decode, render or send; and when
    this process remembers the record's current version (``persistence/versioncache.py``), no
    statement at all. Reads of the current state (no ``as_of``) teach it the versions.
    """
    cache = ctx.versions if as_of is None else None
    table = records.table.name
    versions = None if if_none_match is None else etag_versions(if_none_match)
    if cache is not None and if_none_match is not None:
        remembered = cache.answers(table, record_id, versions, ctx.may_see)
        if remembered is not None:
            return not_modified(remembered)
    generation = cache.generation(table) if cache is not None else (0, 0)
    if if_none_match is None:
        row = await records.get(ctx, record_id, as_of)
    else:
        found, current = await records.table.get_unless(ctx, record_id, as_of, versions)
        if current is not None:
            if cache is not None:
                cache.put(table, record_id, current[0], current[1], generation)
            return not_modified(current[0])
        if found is None:
            raise records.missing(record_id)
        row = found
    if cache is not None:
        cache.put(table, record_id, row["version"], row["dataset"], generation)
    return single_response(render(row), row["version"])


async def sync_cursor(ctx: Context, codec: CursorCodec) -> str:
    """A change-feed cursor taken *before* a listing starts.

    Every change below the oldest running transaction is committed, so the listing that follows
    sees it; the feed from here replays everything at or above it. Copy the listing, then follow
    ``/v1/changes?after=<sync_cursor>``: nothing falls in between (overlap is harmless, since a
    partner applies a version only if it is newer than the one it holds).
    """
    return codec.feed(await feed_horizon(ctx), 0)


def _page_horizon(page: Page) -> int | None:
    """The horizon read in the page's own statement (same snapshot), if it was."""
    value = page.rows[0].get(HORIZON_COLUMN) if page.rows else None
    return int(value) if value is not None else None


Fetch = Callable[[Context, list[Any] | None], Awaitable[Page]]
"""One page for a context, after a sort key (``None``: the first page)."""


async def listing(
    request: Request[Any, Any, Any],
    ctx: Context,
    codec: CursorCodec,
    filters: msgspec.Struct,
    *,
    as_of: datetime | None,
    cursor: str | None,
    fetch: Fetch,
    envelope: Callable[[list[Row], str | None, str | None], Any],
) -> Response[Any]:
    """One page of a filtered list, with ``next_cursor`` and ``Link``.

    The first page (no ``cursor``) also carries ``sync_cursor`` for partners that bootstrap.
    A list of a dataset the caller was not granted is refused (403) rather than shown empty, so
    a partner with a misconfigured key finds out at once instead of syncing nothing.
    """
    dataset = getattr(filters, "dataset", None)
    if isinstance(dataset, str):
        ctx.require_dataset(dataset)
    state = Listing(codec, filters, as_of=as_of)
    after = state.after(cursor)
    sync: str | None = None
    if cursor is None:
        page = await fetch(ctx.with_(horizon=True), after)
        horizon = _page_horizon(page)
        if horizon is None:
            # An empty page (or a listing with its own SQL) says nothing of the horizon: take
            # it first, as it must be, and read the page again in a snapshot after it.
            sync = await sync_cursor(ctx, codec)
            page = await fetch(ctx, after)
        else:
            sync = codec.feed(horizon, 0)
    else:
        page = await fetch(ctx, after)
    next_cursor = state.next_cursor(page)
    return page_response(request, envelope(page.rows, next_cursor, sync), next_cursor)


async def history(
    request: Request[Any, Any, Any],
    ctx: Context,
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
        ctx,
        record_id,
        as_of=as_of,
        after_version=sort_key(after, (int,))[0] if after is not None else None,
        limit=limit,
    )
    next_cursor = state.next_cursor(page)
    return page_response(request, envelope(page.rows, next_cursor), next_cursor)

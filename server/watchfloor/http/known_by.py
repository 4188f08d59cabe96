"""Reads by id bounded by knowledge time: ``GET /{id}`` and ``/{id}/history`` with ``known_by``.

Events and statements carry ``reported_at``, when the world had the fact (docs/knowledge-time.md).
Their reads by id take ``known_by`` beside ``as_of``: ``as_of`` picks the version recorded at an
instant (transaction time), ``known_by`` then keeps it only if it had been reported by its
instant. What had not been is 404, saying so. Without ``known_by`` these are the kit's reads
(:mod:`watchfloor.http.handlers`), unchanged.
"""

from collections.abc import Callable
from datetime import datetime
from typing import Any

import asyncpg
from litestar import Request, Response

from watchfloor.context import Context
from watchfloor.cursors import CursorCodec, sort_key
from watchfloor.errors import NotFound
from watchfloor.http import handlers
from watchfloor.http.listing import Listing
from watchfloor.http.responses import etag_versions, not_modified, page_response, single_response
from watchfloor.persistence.records import Records
from watchfloor.persistence.store import Page

__all__ = ("history", "read_one")

Row = asyncpg.Record


def _unknown(records: Records, record_id: str, known_by: datetime, reported: datetime) -> NotFound:
    return NotFound(
        f"The {records.noun} {record_id} had not been reported by {_iso(known_by)} "
        f"(known_by): it was reported at {_iso(reported)}."
    )


def _iso(value: datetime) -> str:
    return value.isoformat().replace("+00:00", "Z")


async def read_one(
    ctx: Context,
    records: Records,
    record_id: str,
    *,
    as_of: datetime | None,
    known_by: datetime | None,
    if_none_match: str | None,
    render: Callable[[Row], Any],
) -> Response[Any]:
    """The record (now or at ``as_of``) if reported by ``known_by``, with its ETag; 304; 404."""
    if known_by is None:
        return await handlers.read_one(ctx, records, record_id, as_of, if_none_match, render)
    row = await records.get(ctx, record_id, as_of)
    if row["reported_at"] > known_by:
        raise _unknown(records, record_id, known_by, row["reported_at"])
    if if_none_match is not None:
        versions = etag_versions(if_none_match)
        if versions is None or row["version"] in versions:
            return not_modified(row["version"])
    return single_response(render(row), row["version"])


async def history(
    request: Request[Any, Any, Any],
    ctx: Context,
    codec: CursorCodec,
    records: Records,
    record_id: str,
    *,
    as_of: datetime | None,
    known_by: datetime | None,
    cursor: str | None,
    limit: int,
    envelope: Callable[[list[Row], str | None], Any],
) -> Response[Any]:
    """One page of the versions recorded by ``as_of`` and reported by ``known_by``, oldest
    first; 404 when none was."""
    if known_by is None:
        return await handlers.history(
            request,
            ctx,
            codec,
            records,
            record_id,
            as_of=as_of,
            cursor=cursor,
            limit=limit,
            envelope=envelope,
        )
    state = Listing(codec, None, id=record_id, as_of=as_of, known_by=known_by)
    after = state.after(cursor)
    rows = await records.table.history(ctx, record_id)
    if not rows:
        raise records.missing(record_id)
    if as_of is not None:
        rows = [r for r in rows if r["recorded_from"] <= as_of]
        if not rows:
            raise records.missing(record_id)
    known = [r for r in rows if r["reported_at"] <= known_by]
    if not known:
        raise _unknown(records, record_id, known_by, min(r["reported_at"] for r in rows))
    if after is not None:
        last = sort_key(after, (int,))[0]
        known = [r for r in known if r["version"] > last]
    page = known[:limit]
    more = len(known) > limit and bool(page)
    next_cursor = state.next_cursor(Page(page, [page[-1]["version"]] if more else None))
    return page_response(request, envelope(page, next_cursor), next_cursor)

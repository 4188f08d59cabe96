"""``/v1/watchlists``: the kit's operations, and the items the selections select."""

from datetime import datetime
from typing import Annotated, Any

from litestar import Response, get
from litestar.di import NamedDependency
from litestar.params import FromPath, QueryParameter

from watchfloor.context import Context
from watchfloor.cursors import CursorCodec, filter_fingerprint
from watchfloor.errors import InvalidCursor
from watchfloor.http.kit import Face, Words, routes
from watchfloor.http.params import AsOf, Cursor, DatasetQuery, KnownByQuery, Limit, instant
from watchfloor.http.problems import problem_responses
from watchfloor.http.responses import json_response
from watchfloor.resources.watchlists import params as _vocabulary  # noqa: F401  (installs it)
from watchfloor.resources.watchlists.resource import WATCHLIST
from watchfloor.resources.watchlists.schemas import WatchlistFilters, WatchlistItemList
from watchfloor.resources.watchlists.service import WatchlistService

__all__ = ("list_watchlist_items", "router", "watchlist_filters")

_SERVICE: WatchlistService = WATCHLIST.service  # type: ignore[assignment]


def watchlist_filters(
    dataset: DatasetQuery = "live",
    tag: Annotated[
        str | None,
        QueryParameter(
            description="Watchlists with this tag.", pattern="^[a-z0-9][a-z0-9:_.-]{0,63}$"
        ),
    ] = None,
    owner: Annotated[
        str | None,
        QueryParameter(
            description="Watchlists kept by this owner (exact).", min_length=1, max_length=200
        ),
    ] = None,
) -> WatchlistFilters:
    return WatchlistFilters(dataset=dataset, tag=tag, owner=owner)


def _after(codec: CursorCodec, cursor: str | None, fingerprint: str) -> list[Any] | None:
    if cursor is None:
        return None
    key = codec.decode(cursor, fingerprint)
    if len(key) != 2 or not all(isinstance(k, str) for k in key):
        raise InvalidCursor("The cursor is not one this server issued.")
    try:
        return [datetime.fromisoformat(str(key[0])), key[1]]
    except ValueError as exc:
        raise InvalidCursor("The cursor is not one this server issued.") from exc


@get(
    "/{watchlist_id:str}/items",
    operation_id="listWatchlistItems",
    summary="List what a watchlist selects",
    responses=problem_responses(400, 404),
)
async def list_watchlist_items(
    ctx: NamedDependency[Context],
    cursor_codec: NamedDependency[CursorCodec],
    watchlist_id: FromPath[str],
    as_of: AsOf = None,
    known_by: KnownByQuery = None,
    limit: Limit = 20,
    cursor: Cursor = None,
) -> Response[WatchlistItemList]:
    """The records the watchlist's selections select, merged, newest **entered** first: when
    each entered in knowledge time (an event's or statement's `reported_at`, an alert's
    `opened_at`, a signpost's `changed_at`, a plan branch's `triggered_at`, a resolution's
    `known_by`). Each item is `{kind, id, entered_at, object}`, `object` as the record's own
    endpoint renders it at this read. A record two selections select is listed once.

    `as_of` reads the watchlist and the records as Watchlist had recorded them then; `known_by`
    as the list endpoints read it (what had been reported by then; alerts, signposts and
    branches in the state they had then)."""
    at, knowledge = instant(as_of, "as_of"), instant(known_by, "known_by")
    fingerprint = filter_fingerprint(
        {"watchlist": watchlist_id, "as_of": as_of, "known_by": known_by}
    )
    after = _after(cursor_codec, cursor, fingerprint)
    watchlist = await _SERVICE.records.get(ctx, watchlist_id, at)
    ctx.require_dataset(watchlist["dataset"])
    items = await _SERVICE.items(
        ctx, watchlist, as_of=at, known_by=knowledge, after=after, limit=limit
    )
    has_more = len(items) > limit
    items = items[:limit]
    next_cursor = None
    if has_more:
        last = items[-1]
        next_cursor = cursor_codec.encode(fingerprint, [last.entered_at.isoformat(), last.id])
    body = WatchlistItemList(
        data=items, has_more=has_more, next_cursor=next_cursor, as_of=at, known_by=knowledge
    )
    return json_response(body)


router = routes(
    WATCHLIST,
    Face(
        tag="prepare",
        filters=watchlist_filters,
        extra=[list_watchlist_items],
        words={
            "create": Words(
                "Create a watchlist",
                """A saved, named selection: 1 to 20 `selections`, each a `kind` (`events`,
`statements`, `alerts`, `signposts`, `plan_branches`, `question_resolutions`) and `filters` named
and checked as the list endpoint's query parameters (`GET /v1/events?tag=missile-test` is
`{"kind": "events", "filters": {"tag": "missile-test"}}`). An unknown filter, a bad value or an
unknown record is 422 with a pointer (`/selections/0/filters/actor`). `brief_cron` (5-field
cron) and `brief_timezone` (IANA) say when its brief is written. See `docs/prepare.md`.""",
            ),
            "list": Words(
                "List watchlists",
                "List the dataset's watchlists, newest first (`?tag=`, `?owner=`).",
            ),
        },
    ),
)

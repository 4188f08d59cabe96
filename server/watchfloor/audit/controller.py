"""``/v1/audit`` (admin scope): HTTP in, HTTP out."""

from typing import Annotated, Any

from litestar import Controller, Request, Response, get
from litestar.di import NamedDependency
from litestar.params import QueryParameter

from watchfloor.audit import repository as repo
from watchfloor.audit.schemas import AuditList
from watchfloor.context import Context
from watchfloor.cursors import CursorCodec, sort_key
from watchfloor.http.listing import Listing
from watchfloor.http.params import Cursor, Limit, instant
from watchfloor.http.problems import problem_responses
from watchfloor.http.responses import page_response
from watchfloor.wire import TEXT

__all__ = ("AuditController",)

KeyIdQuery = Annotated[
    str | None,
    QueryParameter(description="Only writes made with this API key.", pattern="^key_[0-9a-f]{32}$"),
]
ResourceQuery = Annotated[
    str | None,
    QueryParameter(
        description="Only writes to this resource (`actor`, `api_key` …).",
        pattern="^[a-z][a-z_]{0,30}$",
    ),
]
RecordQuery = Annotated[
    str | None,
    QueryParameter(
        description="Only writes to this record (its id).",
        min_length=1,
        max_length=200,
        pattern=TEXT,
    ),
]
SinceQuery = Annotated[
    str | None,
    QueryParameter(format="date-time", description="Only writes at or after this instant."),
]
UntilQuery = Annotated[
    str | None, QueryParameter(format="date-time", description="Only writes before this instant.")
]


class AuditController(Controller):
    path = "/v1/audit"
    tags = ["admin"]
    opt = {"scope": "admin"}

    @get(
        "/",
        operation_id="listAuditEntries",
        summary="Read the audit trail",
        responses=problem_responses(400),
    )
    async def list_audit_entries(
        self,
        request: Request[Any, Any, Any],
        ctx: NamedDependency[Context],
        cursor_codec: NamedDependency[CursorCodec],
        key_id: KeyIdQuery = None,
        resource: ResourceQuery = None,
        record_id: RecordQuery = None,
        since: SinceQuery = None,
        until: UntilQuery = None,
        limit: Limit = 20,
        cursor: Cursor = None,
    ) -> Response[AuditList]:
        """Every write, newest first: which key, when, what (resource, id, version), which request.

        An admin key sees the writes to its own datasets, their creation, and the keys it may
        manage (all of whose datasets it holds)."""
        filters = repo.AuditFilters(
            key_id=key_id,
            resource=resource,
            record_id=record_id,
            since=instant(since, "since"),
            until=instant(until, "until"),
        )
        state = Listing(cursor_codec, filters)
        after = state.after(cursor)
        found = await repo.page(
            ctx.conn,
            filters,
            after=sort_key(after, (int,))[0] if after is not None else None,
            limit=limit,
            within=ctx.visible_datasets,
        )
        next_cursor = state.next_cursor(found)
        body = AuditList(
            data=[repo.to_entry(r) for r in found.rows],
            has_more=next_cursor is not None,
            next_cursor=next_cursor,
        )
        return page_response(request, body, next_cursor)

"""``GET /{id}`` and ``/{id}/history`` with ``known_by`` for resources written by analysts.

Planning resources (scenarios, scenario sets, ACH matrices) have no ``reported_at``: a read
with ``known_by`` answers the record as recorded (now, or at ``as_of``), its data-derived parts
as known by the instant (``docs/planning.md``, "Reading planning as of a date"). Without
``known_by`` these are the kit's reads (:mod:`watchfloor.http.handlers`), unchanged. The
operations keep the kit's ids (``get<Name>``, ``list<Name>Versions``).
"""

import inspect
from collections.abc import Callable
from typing import Any

from litestar import Request, Response, get
from litestar.di import NamedDependency
from litestar.handlers import HTTPRouteHandler
from litestar.params import FromPath

from watchfloor import knowing
from watchfloor.context import Context
from watchfloor.cursors import CursorCodec, sort_key
from watchfloor.http import handlers
from watchfloor.http.headers import IfNoneMatch
from watchfloor.http.kit import versions_of
from watchfloor.http.listing import Listing
from watchfloor.http.params import AsOf, Cursor, KnownByQuery, Limit, instant
from watchfloor.http.problems import problem_responses
from watchfloor.http.responses import etag_versions, not_modified, page_response, single_response
from watchfloor.versioned import Resource

__all__ = ("known_by_reads",)

Parameter = inspect.Parameter


def _param(name: str, annotation: Any, default: Any = Parameter.empty) -> Parameter:
    return Parameter(name, Parameter.KEYWORD_ONLY, annotation=annotation, default=default)


def _signed(
    name: str, parameters: list[Parameter], returns: Any, body: Callable[..., Any], doc: str
) -> Callable[..., Any]:
    """``body`` under a signature Litestar reads as the operation's parameters."""

    async def handler(**kwargs: Any) -> Response[Any]:
        return await body(**kwargs)  # type: ignore[no-any-return]

    handler.__signature__ = inspect.Signature(parameters, return_annotation=returns)  # type: ignore[attr-defined]
    handler.__annotations__ = {p.name: p.annotation for p in parameters} | {"return": returns}
    handler.__name__ = handler.__qualname__ = name
    handler.__doc__ = doc
    return handler


def known_by_reads(
    resource: Resource, noun: str, article: str = "a", derived: str = ""
) -> list[HTTPRouteHandler]:
    """The resource's ``GET /{id}`` and ``GET /{id}/history``, each also taking ``known_by``
    (``derived`` says, in the operations' words, what it changes)."""
    records, render, name = resource.service.records, resource.render, resource.name
    title = name.title().replace("_", "")
    id_name = f"{name}_id"
    known = (
        "\n\nWith `known_by` (knowledge time), the record as recorded, with what it derives from "
        f"data as known by that instant{': ' + derived if derived else ''}. See "
        '`docs/planning.md`, "Reading planning as of a date".'
    )

    async def get_one(
        ctx: Context,
        as_of: str | None,
        known_by: str | None,
        if_none_match: str | None,
        **path: str,
    ) -> Response[Any]:
        at, kb = instant(as_of, "as_of"), instant(known_by, "known_by")
        record_id = path[id_name]
        if kb is None:
            return await handlers.read_one(ctx, records, record_id, at, if_none_match, render)
        row = await knowing.read_known(ctx, records, record_id, at, kb)
        if if_none_match is not None:
            versions = etag_versions(if_none_match)
            if versions is None or row["version"] in versions:
                return not_modified(row["version"])
        return single_response(render(row), row["version"])

    envelope = versions_of(resource)

    async def history(
        request: Request[Any, Any, Any],
        ctx: Context,
        cursor_codec: CursorCodec,
        as_of: str | None,
        known_by: str | None,
        limit: int,
        cursor: str | None,
        **path: str,
    ) -> Response[Any]:
        at, kb = instant(as_of, "as_of"), instant(known_by, "known_by")
        record_id = path[id_name]
        if kb is None:
            return await handlers.history(
                request,
                ctx,
                cursor_codec,
                records,
                record_id,
                as_of=at,
                cursor=cursor,
                limit=limit,
                envelope=envelope,
            )
        state = Listing(cursor_codec, None, id=record_id, as_of=at, known_by=kb)
        after = state.after(cursor)
        page = await knowing.history_known(
            ctx,
            records,
            record_id,
            as_of=at,
            known_by=kb,
            after_version=sort_key(after, (int,))[0] if after is not None else None,
            limit=limit,
        )
        next_cursor = state.next_cursor(page)
        return page_response(request, envelope(page.rows, next_cursor), next_cursor)

    record_id = _param(id_name, FromPath[str])
    ctx = _param("ctx", NamedDependency[Context])
    as_of = _param("as_of", AsOf, None)
    known_by = _param("known_by", KnownByQuery, None)
    get_handler = get(
        f"/{{{id_name}:str}}",
        operation_id=f"get{title}",
        summary=f"Get {article} {noun}",
        responses=problem_responses(400, 404),
    )(
        _signed(
            f"get_{name}",
            [ctx, record_id, as_of, known_by, _param("if_none_match", IfNoneMatch, None)],
            Response[resource.item],  # type: ignore[name-defined]
            get_one,
            f"One {noun}, as it is now or as recorded at `as_of`. Sends an `ETag`.{known}",
        )
    )
    history_handler = get(
        f"/{{{id_name}:str}}/history",
        operation_id=f"list{title}Versions",
        summary=f"List {article} {noun}'s versions",
        responses=problem_responses(400, 404),
    )(
        _signed(
            f"list_{name}_versions",
            [
                _param("request", Request[Any, Any, Any]),
                ctx,
                _param("cursor_codec", NamedDependency[CursorCodec]),
                record_id,
                as_of,
                known_by,
                _param("limit", Limit, 20),
                _param("cursor", Cursor, None),
            ],
            Response[resource.versions],  # type: ignore[name-defined]
            history,
            f"Every recorded version, oldest first, each with its transaction-time range.{known}",
        )
    )
    return [get_handler, history_handler]

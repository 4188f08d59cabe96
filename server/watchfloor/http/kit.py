"""The resource kit: a resource's standard operations, built from its declaration.

A versioned resource is declared once (:class:`~watchfloor.versioned.Resource`: its service,
its wire types, its references). :func:`routes` turns that declaration and its HTTP face
(:class:`Face`: the list's query parameters, the operations' words) into a
:class:`~litestar.Router` with the six standard operations:

=========================  ======================================  =========================
operation                  what it does                            operation id
=========================  ======================================  =========================
``POST /``                 create, idempotent (``Idempotency-Key``) ``create<Name>``
``GET /``                  keyset list, ``as_of``, ``dataset``     ``list<Names>``
``GET /{id}``              one record, ``ETag`` / 304              ``get<Name>``
``PATCH /{id}``            one new version, ``If-Match`` / 412,    ``update<Name>``
                           idempotent (``Idempotency-Key``)
``DELETE /{id}``           tombstone, ``If-Match`` / 412,          ``delete<Name>``
                           idempotent (``Idempotency-Key``)
``GET /{id}/history``      every version, oldest first             ``list<Name>Versions``
=========================  ======================================  =========================

Each handler's signature is built here from the declaration (its body type, its path
parameter ``<name>_id``, the list's filters), so the OpenAPI document describes every
resource the same way. What is not standard (events' filters, observations' vintages,
indicators' warnings) is the resource's own: extra handlers passed in :attr:`Face.extra`.
"""

import inspect
from collections.abc import Awaitable, Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import msgspec
from litestar import Request, Response, Router, delete, get, patch, post
from litestar.di import NamedDependency
from litestar.handlers import HTTPRouteHandler
from litestar.params import FromPath, JSONBody

from watchfloor.context import Context
from watchfloor.cursors import CursorCodec
from watchfloor.http import handlers
from watchfloor.http.headers import IdempotencyKey, IfMatch, IfNoneMatch
from watchfloor.http.idempotency import run_idempotent
from watchfloor.http.params import AsOf, Cursor, Limit, instant
from watchfloor.http.problems import problem_responses
from watchfloor.http.responses import expected_versions, single_response
from watchfloor.persistence.versioncache import remembered_read
from watchfloor.versioned import Resource
from watchfloor.wire import marked

__all__ = ("OPERATIONS", "Face", "Words", "page_of", "routes", "versions_of")

OPERATIONS = ("create", "list", "get", "update", "delete", "history")

Row = Any
Parameter = inspect.Parameter


@dataclass(frozen=True)
class Words:
    """An operation's summary (one line) and description (its docstring in the document)."""

    summary: str
    description: str


@dataclass(frozen=True)
class Face:
    """How a resource shows over HTTP, beyond what its declaration says."""

    tag: str
    """The OpenAPI tag its operations are listed under."""
    filters: Callable[..., msgspec.Struct] | None = None
    """The list's query parameters → its filter Struct. The function's keyword parameters,
    annotated as query parameters with their defaults, *are* the list's parameters (after
    them come ``as_of``, ``limit`` and ``cursor``). ``None``: no standard list."""
    words: Mapping[str, Words] = field(default_factory=dict)
    """Per operation, words other than the defaults (:func:`default_words`)."""
    plural: str | None = None
    """The plural in operation ids (``Facilities``); default: the name plus ``s``."""
    article: str = "a"
    """``a`` or ``an``, for the default words."""
    noun: str | None = None
    """The resource in the default words (``weapon system``); default: its name."""
    operations: Collection[str] = OPERATIONS
    """The standard operations this resource has (observations are created elsewhere)."""
    problems: Mapping[str, Sequence[int]] = field(default_factory=dict)
    """Per operation, the problem statuses it documents, where they differ from the defaults."""
    extra: Sequence[HTTPRouteHandler] = ()
    """The resource's own operations, served beside the standard ones."""
    render_listed: Callable[[Any], Callable[[Row], Any]] | None = None
    """How a list renders its rows given its filters, when that depends on them (alerts read
    with ``known_by`` show the state they had then); default: the resource's ``render``."""


_PROBLEMS: dict[str, tuple[int, ...]] = {
    "create": (400, 409, 413, 415, 422),
    "list": (400,),
    "get": (400, 404),
    "update": (400, 404, 409, 412, 413, 415, 422),
    "delete": (400, 404, 412, 422),
    "history": (400, 404),
}


def default_words(name: str, article: str) -> dict[str, Words]:
    """The words every resource's operations share, with its name in them."""
    a = f"{article} {name}"
    return {
        "create": Words(
            f"Create {a}", f"Create {a}. Send an `Idempotency-Key` to make retries safe."
        ),
        "list": Words(f"List {name}s", f"List {name}s, newest first."),
        "get": Words(
            f"Get {a}", f"One {name}, as it is now or as recorded at `as_of`. Sends an `ETag`."
        ),
        "update": Words(
            f"Change {a}",
            "Change the fields sent; `null` clears one. With `If-Match`, only if still at that "
            "version.",
        ),
        "delete": Words(
            f"Delete {a}",
            f"Tombstone the {name}: reads answer 404, history and the change feed keep it.",
        ),
        "history": Words(
            f"List {a}'s versions",
            "Every recorded version, oldest first, each with its transaction-time range.",
        ),
    }


def page_of(
    resource: Resource, render: Callable[[Row], Any] | None = None
) -> Callable[[list[Row], str | None, str | None], Any]:
    """Rows of a list page → the resource's page envelope (rows rendered by ``render``, by
    default the resource's own)."""
    page_type = resource.page
    render = resource.render if render is None else marked(render)
    assert page_type is not None, f"{resource.name} has no page type"

    def envelope(rows: list[Row], next_cursor: str | None, sync_cursor: str | None) -> Any:
        return page_type(
            data=[render(r) for r in rows],
            has_more=next_cursor is not None,
            next_cursor=next_cursor,
            sync_cursor=sync_cursor,
        )

    return envelope


def versions_of(resource: Resource) -> Callable[[list[Row], str | None], Any]:
    """Rows of a history page → the resource's versions envelope."""
    version, versions, render, name = (
        resource.version,
        resource.versions,
        resource.render,
        resource.name,
    )

    def envelope(rows: list[Row], next_cursor: str | None) -> Any:
        return versions(
            data=[
                version(
                    version=r["version"],
                    recorded_from=r["recorded_from"],
                    recorded_to=r["recorded_to"],
                    deleted=r["deleted_at"] is not None,
                    **{name: render(r)},
                )
                for r in rows
            ],
            has_more=next_cursor is not None,
            next_cursor=next_cursor,
        )

    return envelope


def _param(name: str, annotation: Any, default: Any = Parameter.empty) -> Parameter:
    return Parameter(name, Parameter.KEYWORD_ONLY, annotation=annotation, default=default)


_REQUEST = _param("request", Request[Any, Any, Any])
_CTX = _param("ctx", NamedDependency[Context])
_CODEC = _param("cursor_codec", NamedDependency[CursorCodec])
_AS_OF = _param("as_of", AsOf, None)
_LIMIT = _param("limit", Limit, 20)
_CURSOR = _param("cursor", Cursor, None)
_IF_MATCH = _param("if_match", IfMatch, None)
_IDEMPOTENCY_KEY = _param("idempotency_key", IdempotencyKey, None)


def _handler(
    name: str,
    parameters: Sequence[Parameter],
    returns: Any,
    body: Callable[..., Awaitable[Response[Any]]],
) -> Callable[..., Awaitable[Response[Any]]]:
    """``body`` under a signature Litestar reads as the operation's parameters."""

    async def handler(**kwargs: Any) -> Response[Any]:
        return await body(**kwargs)

    handler.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        list(parameters), return_annotation=returns
    )
    handler.__annotations__ = {p.name: p.annotation for p in parameters} | {"return": returns}
    handler.__name__ = handler.__qualname__ = name
    return handler


def _filter_parameters(filters: Callable[..., msgspec.Struct]) -> list[Parameter]:
    return [
        _param(p.name, p.annotation, p.default)
        for p in inspect.signature(filters, eval_str=True).parameters.values()
    ]


def routes(resource: Resource, face: Face) -> Router:
    """The resource's standard operations (those in ``face.operations``) and its own."""
    service, render, name = resource.service, resource.render, resource.name
    records = service.records
    title = name.title().replace("_", "")
    plural = face.plural or f"{title}s"
    words = default_words(face.noun or name, face.article) | dict(face.words)
    problems = _PROBLEMS | {op: tuple(s) for op, s in face.problems.items()}
    id_name = f"{name}_id"
    record_id = _param(id_name, FromPath[str])
    item = Response[resource.item]  # type: ignore[name-defined]
    built: list[HTTPRouteHandler] = []

    def add(op: str, decorator: Any, path: str, handler: Callable[..., Any], **extra: Any) -> None:
        if op not in face.operations:
            return
        handler.__doc__ = words[op].description
        built.append(
            decorator(
                path,
                operation_id=_operation_id(op, title, plural),
                summary=words[op].summary,
                responses=problem_responses(*problems[op]),
                **extra,
            )(handler)
        )

    if resource.create_type is not None and "create" in face.operations:

        async def create(
            request: Request[Any, Any, Any], ctx: Context, data: Any, idempotency_key: str | None
        ) -> Response[Any]:
            return await handlers.create(
                request, ctx, idempotency_key, lambda: service.create(ctx, data), render
            )

        add(
            "create",
            post,
            "/",
            _handler(
                f"create_{name}",
                [
                    _REQUEST,
                    _CTX,
                    _param("data", JSONBody[resource.create_type]),  # type: ignore[misc,name-defined]
                    _IDEMPOTENCY_KEY,
                ],
                item,
                create,
            ),
            status_code=201,
        )

    if face.filters is not None:
        make_filters = face.filters
        envelope = page_of(resource)
        render_listed = face.render_listed
        filter_names = [p.name for p in _filter_parameters(make_filters)]

        async def list_(
            request: Request[Any, Any, Any],
            ctx: Context,
            cursor_codec: CursorCodec,
            as_of: str | None,
            limit: int,
            cursor: str | None,
            **query: Any,
        ) -> Response[Any]:
            at = instant(as_of, "as_of")
            filters = make_filters(**{k: query[k] for k in filter_names})
            listed = (
                envelope if render_listed is None else page_of(resource, render_listed(filters))
            )

            async def fetch(ctx: Context, after: list[Any] | None) -> Any:
                return await service.list(ctx, filters, as_of=at, after=after, limit=limit)

            return await handlers.listing(
                request,
                ctx,
                cursor_codec,
                filters,
                as_of=at,
                cursor=cursor,
                fetch=fetch,
                envelope=listed,
            )

        add(
            "list",
            get,
            "/",
            _handler(
                f"list_{name}s",
                [
                    _REQUEST,
                    _CTX,
                    _CODEC,
                    *_filter_parameters(make_filters),
                    _AS_OF,
                    _LIMIT,
                    _CURSOR,
                ],
                Response[resource.page],  # type: ignore[name-defined]
                list_,
            ),
        )

    async def get_one(
        ctx: Context, as_of: str | None, if_none_match: str | None, **path: str
    ) -> Any:
        return await handlers.read_one(
            ctx, records, path[id_name], instant(as_of, "as_of"), if_none_match, render
        )

    add(
        "get",
        get,
        f"/{{{id_name}:str}}",
        _handler(
            f"get_{name}",
            [_CTX, record_id, _AS_OF, _param("if_none_match", IfNoneMatch, None)],
            item,
            get_one,
        ),
        opt=remembered_read(records.table.name, id_name),
    )

    async def update(
        request: Request[Any, Any, Any],
        ctx: Context,
        data: Any,
        if_match: str | None,
        idempotency_key: str | None,
        **path: str,
    ) -> Any:
        return await _new_version(
            request,
            ctx,
            idempotency_key,
            lambda: service.update(ctx, path[id_name], data, expected_versions(if_match)),
            render,
        )

    add(
        "update",
        patch,
        f"/{{{id_name}:str}}",
        _handler(
            f"update_{name}",
            [
                _REQUEST,
                _CTX,
                record_id,
                _param("data", JSONBody[resource.patch_type]),  # type: ignore[misc,name-defined]
                _IF_MATCH,
                _IDEMPOTENCY_KEY,
            ],
            item,
            update,
        ),
    )

    async def delete_(
        request: Request[Any, Any, Any],
        ctx: Context,
        if_match: str | None,
        idempotency_key: str | None,
        **path: str,
    ) -> Any:
        return await _new_version(
            request,
            ctx,
            idempotency_key,
            lambda: service.delete(ctx, path[id_name], expected_versions(if_match)),
            render,
        )

    add(
        "delete",
        delete,
        f"/{{{id_name}:str}}",
        _handler(
            f"delete_{name}",
            [_REQUEST, _CTX, record_id, _IF_MATCH, _IDEMPOTENCY_KEY],
            item,
            delete_,
        ),
        status_code=200,
    )

    history_envelope = versions_of(resource)

    async def history(
        request: Request[Any, Any, Any],
        ctx: Context,
        cursor_codec: CursorCodec,
        as_of: str | None,
        limit: int,
        cursor: str | None,
        **path: str,
    ) -> Any:
        return await handlers.history(
            request,
            ctx,
            cursor_codec,
            records,
            path[id_name],
            as_of=instant(as_of, "as_of"),
            cursor=cursor,
            limit=limit,
            envelope=history_envelope,
        )

    add(
        "history",
        get,
        f"/{{{id_name}:str}}/history",
        _handler(
            f"list_{name}_versions",
            [_REQUEST, _CTX, _CODEC, record_id, _AS_OF, _LIMIT, _CURSOR],
            Response[resource.versions],  # type: ignore[name-defined]
            history,
        ),
    )
    return Router(path=resource.path, route_handlers=[*built, *face.extra], tags=[face.tag])


async def _new_version(
    request: Request[Any, Any, Any],
    ctx: Context,
    idempotency_key: str | None,
    write: Callable[[], Awaitable[Row]],
    render: Callable[[Row], Any],
) -> Response[Any]:
    """A PATCH or DELETE: one new version with its ETag, idempotent under ``idempotency_key``
    (a retry after a lost answer gets that answer, not a 412 or a 404)."""

    async def respond() -> Response[Any]:
        row = await write()
        return single_response(render(row), row["version"])

    return await run_idempotent(ctx.conn, request, idempotency_key, ctx.who, respond)


def _operation_id(op: str, title: str, plural: str) -> str:
    return {
        "create": f"create{title}",
        "list": f"list{plural}",
        "get": f"get{title}",
        "update": f"update{title}",
        "delete": f"delete{title}",
        "history": f"list{title}Versions",
    }[op]

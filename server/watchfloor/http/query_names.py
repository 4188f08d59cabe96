"""Unknown query parameters are refused (400), never ignored.

A misspelt filter (``?contry=PRK``) that were silently dropped would widen a list to every
record, and an analyst or a partner's sync would not notice. Each ``/v1`` operation takes the
query parameters its OpenAPI operation declares; anything else is a 400 naming the parameter and
listing the ones the operation takes. The names come from the app's own OpenAPI document, so
the check and the contract cannot drift apart.
"""

from urllib.parse import parse_qsl

from litestar import Litestar
from litestar.types import Scope

from watchfloor.errors import BadRequest, FieldError

__all__ = ("check_query_names",)

_METHODS = ("get", "put", "post", "delete", "patch", "head")


def _declared(app: Litestar) -> dict[str, frozenset[str]]:
    """operationId → the query parameter names it declares (computed once per app)."""
    cached: dict[str, frozenset[str]] | None = app.state.get("query_names")
    if cached is None:
        cached = {}
        for path_item in (app.openapi_schema.paths or {}).values():
            for method in _METHODS:
                operation = getattr(path_item, method, None)
                if operation is None or not operation.operation_id:
                    continue
                cached[operation.operation_id] = frozenset(
                    p.name
                    for p in operation.parameters or ()
                    if getattr(p, "param_in", None) == "query"
                )
        app.state.query_names = cached
    return cached


def check_query_names(app: Litestar, scope: Scope, headers: dict[str, str]) -> None:
    """Raise 400 (with ``headers``) when the request carries a query parameter its operation
    does not take."""
    query: bytes = scope.get("query_string", b"")
    if not query:
        return
    handler = scope.get("route_handler")
    operation_id = getattr(handler, "operation_id", None)
    if not isinstance(operation_id, str):
        return
    allowed = _declared(app).get(operation_id)
    if allowed is None:
        return
    names = {name for name, _ in parse_qsl(query.decode("latin-1"), keep_blank_values=True)}
    unknown = sorted(names - allowed)
    if unknown:
        takes = ", ".join(sorted(allowed)) or "none"
        raise BadRequest(
            f"Unknown query parameter {unknown[0]!r}: this operation takes {takes}.",
            errors=[
                FieldError(None, "not a parameter of this operation", name) for name in unknown
            ],
            headers=headers,
        )

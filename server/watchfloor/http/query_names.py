"""Unknown query parameters are refused (400), never ignored; integers are written as integers.

A misspelt filter (``?contry=PRK``) that were silently dropped would widen a list to every
record, and an analyst or a partner's sync would not notice. Each ``/v1`` operation takes the
query parameters its OpenAPI operation declares; anything else is a 400 naming the parameter and
listing the ones the operation takes. The names come from the app's own OpenAPI document, so
the check and the contract cannot drift apart.

An ``integer`` parameter takes decimal digits only (``limit=10``): the framework's lenient
conversion would also read ``1e1`` or ``10.0``, which the contract does not allow.
"""

import re
from urllib.parse import parse_qsl

from litestar import Litestar
from litestar.types import Scope

from watchfloor.errors import BadRequest, FieldError

__all__ = ("check_query_names",)

_METHODS = ("get", "put", "post", "delete", "patch", "head")
_INTEGER = re.compile(r"-?[0-9]+")


def _is_integer(parameter: object) -> bool:
    schema = getattr(parameter, "schema", None)
    return str(getattr(schema, "type", "")) in ("integer", "OpenAPIType.INTEGER")


def _declared(app: Litestar) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """operationId → the query parameter names it declares, and those of them that are
    integers (computed once per app)."""
    cached: dict[str, tuple[frozenset[str], frozenset[str]]] | None = app.state.get("query_names")
    if cached is None:
        cached = {}
        for path_item in (app.openapi_schema.paths or {}).values():
            for method in _METHODS:
                operation = getattr(path_item, method, None)
                if operation is None or not operation.operation_id:
                    continue
                query = [
                    p for p in operation.parameters or () if getattr(p, "param_in", None) == "query"
                ]
                cached[operation.operation_id] = (
                    frozenset(p.name for p in query),
                    frozenset(p.name for p in query if _is_integer(p)),
                )
        app.state.query_names = cached
    return cached


def check_query_names(app: Litestar, scope: Scope, headers: dict[str, str]) -> None:
    """Raise 400 (with ``headers``) when the request carries a query parameter its operation
    does not take, or an integer parameter that is not written as one."""
    query: bytes = scope.get("query_string", b"")
    if not query:
        return
    handler = scope.get("route_handler")
    operation_id = getattr(handler, "operation_id", None)
    if not isinstance(operation_id, str):
        return
    declared = _declared(app).get(operation_id)
    if declared is None:
        return
    allowed, integers = declared
    pairs = parse_qsl(query.decode("latin-1"), keep_blank_values=True)
    names = {name for name, _ in pairs}
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
    malformed = [(n, v) for n, v in pairs if n in integers and not _INTEGER.fullmatch(v)]
    if malformed:
        raise BadRequest(
            f"{malformed[0][0]} must be an integer written in digits, e.g. 20.",
            errors=[FieldError(None, f"not an integer: {v!r}", n) for n, v in malformed],
            headers=headers,
        )

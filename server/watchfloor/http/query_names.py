"""Query parameters are checked against the operation's declaration before anything runs.

* **Unknown ones are refused (400), never ignored.** A misspelt filter (``?contry=PRK``) that
  were silently dropped would widen a list to every record, and an analyst or a partner's sync
  would not notice. Each ``/v1`` operation takes the query parameters its OpenAPI operation
  declares; anything else is a 400 naming the parameter and listing the ones it takes.
* **A single-valued one given twice** (``?tag=a&tag=b``) is a 400 too, since keeping either
  value would answer a question the caller did not ask.
* **An integer is written as one**: decimal digits only (``limit=10``); the framework's lenient
  conversion would also read ``1e1`` or ``10.0``, which the contract does not allow.

The declarations come from the app's own OpenAPI document, so the checks and the contract
cannot drift apart.
"""

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from litestar import Litestar
from litestar.types import Scope

from watchfloor.errors import BadRequest, FieldError

__all__ = ("check_query_names",)

_METHODS = ("get", "put", "post", "delete", "patch", "head")
_INTEGER = re.compile(r"-?[0-9]+")


@dataclass(frozen=True)
class Declared:
    """What one operation declares of its query parameters."""

    names: frozenset[str]
    single: frozenset[str]
    """Those that take one value (not arrays)."""
    integers: frozenset[str]


def _is_integer(schema: Any) -> bool:
    return str(getattr(schema, "type", "")) in ("integer", "OpenAPIType.INTEGER")


def _is_array(schema: Any) -> bool:
    """Whether a parameter's schema admits an array (``list[str] | None`` is a ``oneOf``)."""
    if schema is None:
        return False
    kind = getattr(schema, "type", None)
    if kind is not None and "array" in str(getattr(kind, "value", kind)):
        return True
    return any(_is_array(s) for s in (getattr(schema, "one_of", None) or ()))


def _declared(app: Litestar) -> dict[str, Declared]:
    """operationId → what it declares (computed once per app)."""
    cached: dict[str, Declared] | None = app.state.get("query_names")
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
                cached[operation.operation_id] = Declared(
                    names=frozenset(p.name for p in query),
                    single=frozenset(
                        p.name for p in query if not _is_array(getattr(p, "schema", None))
                    ),
                    integers=frozenset(
                        p.name for p in query if _is_integer(getattr(p, "schema", None))
                    ),
                )
        app.state.query_names = cached
    return cached


def check_query_names(app: Litestar, scope: Scope, headers: dict[str, str]) -> None:
    """Raise 400 (with ``headers``) when the request carries a query parameter its operation
    does not take, a single-valued one more than once, or an integer not written as one."""
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
    pairs = parse_qsl(query.decode("latin-1"), keep_blank_values=True)
    counts = Counter(name for name, _ in pairs)
    unknown = sorted(set(counts) - declared.names)
    if unknown:
        takes = ", ".join(sorted(declared.names)) or "none"
        raise BadRequest(
            f"Unknown query parameter {unknown[0]!r}: this operation takes {takes}.",
            errors=[
                FieldError(None, "not a parameter of this operation", name) for name in unknown
            ],
            headers=headers,
        )
    repeated = sorted(name for name, n in counts.items() if n > 1 and name in declared.single)
    if repeated:
        raise BadRequest(
            f"Query parameter {repeated[0]!r} is given more than once; it takes one value.",
            errors=[FieldError(None, "given more than once; takes one value", n) for n in repeated],
            headers=headers,
        )
    malformed = [(n, v) for n, v in pairs if n in declared.integers and not _INTEGER.fullmatch(v)]
    if malformed:
        raise BadRequest(
            f"{malformed[0][0]} must be an integer written in digits, e.g. 20.",
            errors=[FieldError(None, f"not an integer: {v!r}", n) for n, v in malformed],
            headers=headers,
        )

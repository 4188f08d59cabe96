"""Paths → resources (one per tag) and their methods, everything a template needs.

An operation is paginated when it answers a list envelope (``data`` array, ``has_more``,
``next_cursor``) and takes a ``cursor`` (or ``after``) query parameter; its method then returns
an auto-paginating page. A JSON object body is flattened into keyword arguments
(``client.actors.create(kind=..., name=...)``); any other body is passed as ``content``.
"""

import re
from dataclasses import dataclass, field
from typing import Any

from sdk.codegen.errors import error_class
from sdk.codegen.naming import method_name, pascal, python_name, snake
from sdk.codegen.pytypes import TypeMapper, ref_name

__all__ = ("Operation", "Page", "Param", "Resource", "build_resources")

_METHOD_ORDER = {"list": 0, "create": 1, "retrieve": 2, "update": 3, "delete": 4, "history": 5}
_HTTP_METHODS = ("get", "post", "put", "patch", "delete")
_CURSOR_PARAMS = ("cursor", "after")
_CLASS_TYPE = re.compile(r"^(None|bytes|[A-Za-z_]\w*|list\[[A-Za-z_]\w*\])$")
_SKIPPED_HEADERS = frozenset(
    # The transport sends the consistency token itself (read your writes, _base_client.py).
    {"authorization", "idempotency-key", "content-type", "accept", "watchfloor-consistency"}
)
_RESERVED = frozenset(
    {"self", "idempotency_key", "extra_headers", "extra_query", "extra_body", "timeout", "content"}
)


class CodegenError(Exception):
    """The spec holds something the generator cannot turn into a method."""


@dataclass(frozen=True)
class Param:
    """One argument of a generated method."""

    name: str
    wire: str
    location: str
    """``path``, ``query``, ``header`` or ``body``."""
    type: str
    required: bool
    description: str

    @property
    def annotation(self) -> str:
        """Type and default in a signature: an omitted body field is ``UNSET`` (not sent), an
        omitted parameter ``None`` (not sent either)."""
        if self.required:
            return self.type
        if self.location == "body":
            return f"{self.type} | UnsetType = UNSET"
        return (
            f"{self.type} = None" if self.type.endswith("| None") else f"{self.type} | None = None"
        )


@dataclass(frozen=True)
class Page:
    item: str
    model: str
    cursor_param: str


@dataclass
class Operation:
    """One generated method (sync and async)."""

    operation_id: str
    name: str
    http_method: str
    path: str
    summary: str
    description: str
    params: list[Param] = field(default_factory=list)
    body: str = "none"
    """``none``, ``fields`` (a JSON object, flattened) or ``content`` (anything else)."""
    content_type: str | None = None
    idempotent: bool = False
    returns: str = "None"
    page: Page | None = None
    errors: list[tuple[int, str, str]] = field(default_factory=list)

    @property
    def cast(self) -> bool:
        """Whether the return type is no class (a union …), so the call needs a ``cast``."""
        return self.page is None and not _CLASS_TYPE.match(self.returns)

    def by_location(self, location: str) -> list[Param]:
        return [p for p in self.params if p.location == location]

    @property
    def path_expr(self) -> str:
        """The path as a Python expression, parameters quoted by ``path_param``."""
        path = self.path
        for p in self.by_location("path"):
            path = path.replace(
                "{" + p.wire + "}", "{path_param('" + p.wire + "', " + p.name + ")}"
            )
        return f'f"{path}"' if self.by_location("path") else f'"{path}"'


@dataclass
class Resource:
    """The operations of one tag: ``client.<attr>`` of class ``<class_name>``."""

    tag: str
    attr: str
    class_name: str
    description: str
    operations: list[Operation] = field(default_factory=list)


def _json_schema(content: dict[str, Any]) -> tuple[str | None, dict[str, Any] | None]:
    for media_type, body in sorted(content.items()):
        if media_type == "application/json" or media_type.endswith("+json"):
            return media_type, body.get("schema", {})
    if content:
        media_type = sorted(content)[0]
        return media_type, None
    return None, None


def _page(schema: dict[str, Any], mapper: TypeMapper, cursor_param: str | None) -> Page | None:
    if cursor_param is None or "$ref" not in schema:
        return None
    envelope = mapper.resolve(schema)
    properties = envelope.get("properties", {})
    data = properties.get("data", {})
    if not {"data", "has_more", "next_cursor"} <= properties.keys() or data.get("type") != "array":
        return None
    item = mapper.render(data.get("items", {}), "response")
    return Page(item=item, model=ref_name(schema["$ref"]), cursor_param=cursor_param)


def _returns(
    op: Operation, responses: dict[str, Any], mapper: TypeMapper, cursor: str | None
) -> None:
    success = sorted(code for code in responses if code.startswith("2"))
    if not success:
        return
    media_type, schema = _json_schema(responses[success[0]].get("content", {}))
    if media_type is None:
        op.returns = "None"
    elif schema is None:
        op.returns = "bytes"
    else:
        op.returns = mapper.render(schema, "response")
        op.page = _page(schema, mapper, cursor)


def _params(op: Operation, raw: list[dict[str, Any]], mapper: TypeMapper) -> None:
    for spec in raw:
        wire, location = spec["name"], spec["in"]
        if location == "header" and wire.lower() == "idempotency-key":
            op.idempotent = True
        if location == "cookie" or (location == "header" and wire.lower() in _SKIPPED_HEADERS):
            continue
        schema = spec.get("schema", {})
        op.params.append(
            Param(
                name=python_name(wire),
                wire=wire,
                location=location,
                type=mapper.render(schema, "param"),
                required=bool(spec.get("required")) or location == "path",
                description=str(spec.get("description") or schema.get("description") or ""),
            )
        )


def _body(op: Operation, request_body: dict[str, Any] | None, mapper: TypeMapper) -> None:
    if not request_body:
        return
    media_type, schema = _json_schema(request_body.get("content", {}))
    op.content_type = media_type
    target = mapper.resolve(schema) if schema is not None else {}
    if schema is None or target.get("type") != "object" or "properties" not in target:
        op.body = "content"
        return
    op.body = "fields"
    required = set(target.get("required", []))
    for wire, prop in target["properties"].items():
        op.params.append(
            Param(
                name=python_name(wire),
                wire=wire,
                location="body",
                type=mapper.render(prop, "param"),
                required=wire in required,
                description=str(prop.get("description", "")),
            )
        )


def _dedupe(op: Operation) -> None:
    """Give every argument its own name: a clash keeps the body's and suffixes the other."""
    taken = set(_RESERVED)
    renamed = []
    for p in sorted(op.params, key=lambda p: ("path", "body", "query", "header").index(p.location)):
        name = p.name if p.name not in taken else f"{p.name}_{p.location}"
        if name in taken:
            raise CodegenError(f"{op.operation_id}: two arguments named {name!r}")
        taken.add(name)
        renamed.append(Param(**{**p.__dict__, "name": name}))
    required = [p for p in renamed if p.required and p.location != "path"]
    optional = sorted((p for p in renamed if not p.required), key=lambda p: p.name)
    op.params = [*(p for p in renamed if p.location == "path"), *required, *optional]


def _operation(
    path: str, verb: str, spec: dict[str, Any], tag: str, mapper: TypeMapper
) -> Operation:
    operation_id = spec.get("operationId") or snake(f"{verb} {path}")
    op = Operation(
        operation_id=operation_id,
        name=method_name(operation_id, tag),
        http_method=verb.upper(),
        path=path,
        summary=str(spec.get("summary", "")),
        description=str(spec.get("description", "")),
    )
    _params(op, spec.get("parameters", []), mapper)
    _body(op, spec.get("requestBody"), mapper)
    _dedupe(op)
    names = {p.wire for p in op.by_location("query")}
    cursor = next((name for name in _CURSOR_PARAMS if name in names), None)
    responses = spec.get("responses", {})
    _returns(op, responses, mapper, cursor)
    op.errors = [
        (int(code), error_class(int(code)), str(responses[code].get("description", "")))
        for code in sorted(responses)
        if code.isdigit() and int(code) >= 400
    ]
    return op


def build_resources(spec: dict[str, Any], mapper: TypeMapper) -> list[Resource]:
    """One resource per tag, in the order the spec lists its tags, methods in CRUD order."""
    described = {t["name"]: t.get("description", "") for t in spec.get("tags", [])}
    resources: dict[str, Resource] = {}
    for path, item in spec["paths"].items():
        for verb in _HTTP_METHODS:
            if verb not in item:
                continue
            tag = (item[verb].get("tags") or [_path_noun(path)])[0]
            resource = resources.setdefault(
                tag, Resource(tag, python_name(snake(tag)), pascal(tag), described.get(tag, ""))
            )
            resource.operations.append(_operation(path, verb, item[verb], tag, mapper))
    order = {tag: index for index, tag in enumerate(described)}
    ordered = sorted(resources.values(), key=lambda r: (order.get(r.tag, len(order)), r.tag))
    for resource in ordered:
        names = [op.name for op in resource.operations]
        for op in resource.operations:
            if names.count(op.name) > 1:
                # Two operationIds that read alike under one tag: the full names tell them apart.
                op.name = python_name(snake(op.operation_id))
        resource.operations.sort(key=lambda op: (_METHOD_ORDER.get(op.name, 9), op.name))
    return ordered


def _path_noun(path: str) -> str:
    """The tag of an untagged operation: the first segment that is not a version or parameter."""
    segments = [s for s in path.split("/") if s and "{" not in s and not re.fullmatch(r"v\d+", s)]
    return segments[0] if segments else "default"

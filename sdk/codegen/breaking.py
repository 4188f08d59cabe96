"""Breaking changes of ``/v1`` between the last landed spec and this one.

Within ``/v1`` only additive changes are allowed (DESIGN.md). A change breaks a client when a
request it used to send is now refused, or an answer it used to decode no longer decodes:

* a path, an operation, a parameter, a success response or a media type is removed, or an
  operationId changes (SDK method names follow it), or a component schema an operation used
  disappears (it is an SDK type name);
* a request gains a required parameter or field, or loses a field it refuses unknown fields of;
* a request value's type narrows: a type or ``null`` no longer accepted, an enum value removed,
  a tighter length, bound, item count, pattern or format;
* an answer widens: a field removed or no longer always present, ``null`` or another type where
  it was not possible before, another timestamp format. (New enum values in answers are fine:
  the SDK decodes them as plain strings.)
"""

from dataclasses import dataclass, field
from typing import Any

from sdk.codegen.models import reachable
from sdk.codegen.pytypes import ref_name

__all__ = ("breaking_changes",)

_HTTP_METHODS = ("get", "put", "post", "patch", "delete", "head", "options")
_LOWER_BOUNDS = ("minLength", "minimum", "exclusiveMinimum", "minItems")
_UPPER_BOUNDS = ("maxLength", "maximum", "exclusiveMaximum", "maxItems")
_DECODED_FORMATS = frozenset({"date-time", "date"})


def _kind(schema: dict[str, Any]) -> str:
    if "enum" in schema or "const" in schema:
        values = schema.get("enum", [schema.get("const")])
        kinds = {
            "string"
            if isinstance(v, str)
            else "boolean"
            if isinstance(v, bool)
            else "number"
            if isinstance(v, float)
            else "integer"
            if isinstance(v, int)
            else "any"
            for v in values
        }
        return kinds.pop() if len(kinds) == 1 else "any"
    kind = schema.get("type")
    if kind is None and "properties" in schema:
        return "object"
    return kind if isinstance(kind, str) else "any"


def _covers(wide: str, narrow: str) -> bool:
    """Whether values of kind ``narrow`` are values of kind ``wide``."""
    return wide in (narrow, "any") or (wide == "number" and narrow == "integer")


_COMPONENT = "x-watchfloor-component"
"""Where a resolved schema keeps the name of the component it came from."""


@dataclass
class _Diff:
    old: dict[str, Any]
    new: dict[str, Any]
    found: list[str] = field(default_factory=list)
    _seen: set[tuple[str, str, str]] = field(default_factory=set)

    def _resolve(self, schema: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
        components = spec.get("components", {}).get("schemas", {})
        while "$ref" in schema:
            schema = components.get(ref_name(schema["$ref"]), {})
        return schema

    def _variants(
        self, schema: dict[str, Any], spec: dict[str, Any]
    ) -> tuple[list[dict[str, Any]], bool]:
        named = ref_name(schema["$ref"]) if "$ref" in schema else None
        schema = self._resolve(schema, spec)
        if named is not None:
            schema = {**schema, _COMPONENT: named}
        options = schema.get("anyOf") or schema.get("oneOf")
        if options:
            shared = {k: v for k, v in schema.items() if k not in ("anyOf", "oneOf")}
            variants, nullable = [], False
            for option in options:
                inner, inner_null = self._variants({**shared, **option}, spec)
                variants += inner
                nullable = nullable or inner_null
            return variants, nullable
        if "enum" in schema and None in schema["enum"]:
            values = [v for v in schema["enum"] if v is not None]
            return ([{**schema, "enum": values}] if values else []), True
        kinds = schema.get("type")
        if isinstance(kinds, list):
            rest = {k: v for k, v in schema.items() if k != "type"}
            return [{**rest, "type": k} for k in kinds if k != "null"], "null" in kinds
        if kinds == "null":
            return [], True
        return [schema], False

    def _first_visit(self, side: str, old: dict[str, Any], new: dict[str, Any]) -> bool:
        """False for a pair of components already compared on this side (schemas may recurse)."""
        if "$ref" not in old or "$ref" not in new:
            return True
        key = (side, old["$ref"], new["$ref"])
        if key in self._seen:
            return False
        self._seen.add(key)
        return True

    def request(self, old: dict[str, Any], new: dict[str, Any], where: str) -> None:
        """Every value ``old`` accepted must still be accepted by ``new``."""
        if not self._first_visit("request", old, new):
            return
        old_variants, old_null = self._variants(old, self.old)
        new_variants, new_null = self._variants(new, self.new)
        if old_null and not new_null:
            self.found.append(f"{where}: no longer accepts null")
        for o in old_variants:
            candidates = [n for n in new_variants if _covers(_kind(n), _kind(o))]
            match = self._counterpart(o, candidates, where, old_side=True)
            if match is None:
                self.found.append(f"{where}: no longer accepts {_kind(o)} values")
            else:
                self._request_details(o, match, where)

    def _request_details(self, o: dict[str, Any], n: dict[str, Any], where: str) -> None:
        old_enum = o.get("enum", [o["const"]] if "const" in o else None)
        new_enum = n.get("enum", [n["const"]] if "const" in n else None)
        if new_enum is not None:
            lost = [v for v in old_enum if v not in new_enum] if old_enum is not None else None
            if lost is None or lost:
                self.found.append(f"{where}: no longer accepts {lost if lost else 'every value'}")
        for key in _LOWER_BOUNDS:
            if key in n and (key not in o or n[key] > o[key]):
                self.found.append(f"{where}: {key} tightened to {n[key]}")
        for key in _UPPER_BOUNDS:
            if key in n and (key not in o or n[key] < o[key]):
                self.found.append(f"{where}: {key} tightened to {n[key]}")
        for key in ("pattern", "format"):
            if key in n and n[key] != o.get(key):
                self.found.append(f"{where}: {key} changed to {n[key]!r}")
        if _kind(o) == "array" and "items" in o and "items" in n:
            self.request(o["items"], n["items"], f"{where}[]")
        if _kind(o) == "object":
            self._request_object(o, n, where)

    def _request_object(self, o: dict[str, Any], n: dict[str, Any], where: str) -> None:
        old_props, new_props = o.get("properties", {}), n.get("properties", {})
        old_required, new_required = set(o.get("required", [])), set(n.get("required", []))
        for name in sorted(new_required - old_required):
            self.found.append(f"{where}.{name}: new required field")
        for name, schema in old_props.items():
            if name in new_props:
                self.request(schema, new_props[name], f"{where}.{name}")
            elif n.get("additionalProperties") is False:
                self.found.append(f"{where}.{name}: field removed (and unknown fields are refused)")

    def response(self, old: dict[str, Any], new: dict[str, Any], where: str) -> None:
        """Every value ``new`` may send must still decode as ``old`` described it."""
        if not self._first_visit("response", old, new):
            return
        old_variants, old_null = self._variants(old, self.old)
        new_variants, new_null = self._variants(new, self.new)
        if new_null and not old_null:
            self.found.append(f"{where}: may now be null")
        members = {o.get(_COMPONENT) for o in old_variants} - {None}
        for n in new_variants:
            candidates = [o for o in old_variants if _covers(_kind(o), _kind(n))]
            if (
                n.get(_COMPONENT) is not None
                and n.get(_COMPONENT) not in members
                and sum(_kind(o) == "object" for o in candidates) > 1
            ):
                # A new member of a union of named objects (the change feed's object gains a
                # resource): clients decode the union by its tag and skip kinds they do not
                # know, so a new kind is additive.
                continue
            match = self._counterpart(n, candidates, where, old_side=False)
            if match is None:
                self.found.append(f"{where}: may now be a {_kind(n)}")
                continue
            self._response_variant(match, n, where)

    def _response_variant(self, o: dict[str, Any], n: dict[str, Any], where: str) -> None:
        if o.get("format") in _DECODED_FORMATS and n.get("format") != o.get("format"):
            self.found.append(f"{where}: format changed from {o['format']!r}")
        if _kind(n) == "array" and "items" in o and "items" in n:
            self.response(o["items"], n["items"], f"{where}[]")
        if _kind(n) == "object":
            self._response_object(o, n, where)

    def _counterpart(
        self,
        variant: dict[str, Any],
        candidates: list[dict[str, Any]],
        where: str,
        *,
        old_side: bool,
    ) -> dict[str, Any] | None:
        """The variant of the other side that ``variant`` corresponds to, within a union.

        A union of several objects (the change feed's upsert | delete, an upsert's object of any
        resource) has one counterpart per variant: the one with the same title (component name),
        else the one it differs from least, so variants are never compared across kinds.
        """
        if len(candidates) <= 1:
            return candidates[0] if candidates else None
        titled = [c for c in candidates if "title" in c and c.get("title") == variant.get("title")]
        if titled:
            return titled[0]

        def cost(candidate: dict[str, Any]) -> int:
            trial = _Diff(self.old, self.new, _seen=set(self._seen))
            if old_side:  # request: variant is what the old spec accepted
                trial._request_details(variant, candidate, where)
            else:  # response: variant is what the new spec may send
                trial._response_variant(candidate, variant, where)
            return len(trial.found)

        return min(candidates, key=cost)

    def _response_object(self, o: dict[str, Any], n: dict[str, Any], where: str) -> None:
        new_props, new_required = n.get("properties", {}), set(n.get("required", []))
        for name, schema in o.get("properties", {}).items():
            if name not in new_props:
                self.found.append(f"{where}.{name}: field removed")
                continue
            if name in o.get("required", []) and name not in new_required:
                self.found.append(f"{where}.{name}: no longer always present")
            self.response(schema, new_props[name], f"{where}.{name}")

    def operation(self, where: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        if old.get("operationId") != new.get("operationId"):
            self.found.append(
                f"{where}: operationId {old.get('operationId')} became {new.get('operationId')}"
            )
        self._parameters(where, old.get("parameters", []), new.get("parameters", []))
        self._request_body(where, old.get("requestBody"), new.get("requestBody"))
        new_responses = new.get("responses", {})
        for code, response in old.get("responses", {}).items():
            if not code.startswith("2"):
                continue
            if code not in new_responses:
                self.found.append(f"{where}: response {code} removed")
                continue
            new_content = new_responses[code].get("content", {})
            for media_type, body in response.get("content", {}).items():
                if media_type not in new_content:
                    self.found.append(f"{where}: response {code} {media_type} removed")
                else:
                    self.response(
                        body.get("schema", {}),
                        new_content[media_type].get("schema", {}),
                        f"{where} → {code}",
                    )

    def _parameters(self, where: str, old: list[dict[str, Any]], new: list[dict[str, Any]]) -> None:
        def key(p: dict[str, Any]) -> tuple[str, str]:
            return p["in"], p["name"].lower() if p["in"] == "header" else p["name"]

        new_by_key = {key(p): p for p in new}
        old_keys = {key(p) for p in old}
        for p in old:
            label = f"{where} {p['in']} parameter {p['name']}"
            match = new_by_key.get(key(p))
            if match is None:
                self.found.append(f"{label}: removed")
                continue
            if match.get("required") and not p.get("required"):
                self.found.append(f"{label}: became required")
            self.request(p.get("schema", {}), match.get("schema", {}), label)
        for k, p in new_by_key.items():
            if k not in old_keys and p.get("required"):
                self.found.append(f"{where} {p['in']} parameter {p['name']}: new and required")

    def _request_body(
        self, where: str, old: dict[str, Any] | None, new: dict[str, Any] | None
    ) -> None:
        if old is None:
            if new is not None and new.get("required"):
                self.found.append(f"{where}: a request body is now required")
            return
        if new is None:
            self.found.append(f"{where}: request body removed")
            return
        if new.get("required") and not old.get("required"):
            self.found.append(f"{where}: the request body became required")
        new_content = new.get("content", {})
        for media_type, body in old.get("content", {}).items():
            if media_type not in new_content:
                self.found.append(f"{where}: request {media_type} no longer accepted")
            else:
                self.request(
                    body.get("schema", {}),
                    new_content[media_type].get("schema", {}),
                    f"{where} body",
                )


def _operations(spec: dict[str, Any], prefix: str) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (path, verb): item[verb]
        for path, item in spec.get("paths", {}).items()
        if path == prefix or path.startswith(prefix + "/")
        for verb in _HTTP_METHODS
        if verb in item
    }


def breaking_changes(old: dict[str, Any], new: dict[str, Any], prefix: str = "/v1") -> list[str]:
    """What in ``new`` breaks a client written against ``old``, within ``prefix``; empty if nothing."""
    diff = _Diff(old, new)
    old_ops, new_ops = _operations(old, prefix), _operations(new, prefix)
    new_paths = {path for path, _ in new_ops}
    for (path, verb), operation in old_ops.items():
        where = f"{verb.upper()} {path}"
        if path not in new_paths:
            diff.found.append(f"{where}: path removed")
        elif (path, verb) not in new_ops:
            diff.found.append(f"{where}: operation removed")
        else:
            diff.operation(where, operation, new_ops[(path, verb)])
    old_components = old.get("components", {}).get("schemas", {})
    new_components = new.get("components", {}).get("schemas", {})
    for name in sorted(reachable(list(old_ops.values()), old_components) - new_components.keys()):
        diff.found.append(f"schema {name} removed (an SDK type)")
    return list(dict.fromkeys(diff.found))

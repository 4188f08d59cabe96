"""JSON Schema (as msgspec and Litestar write it) → Python type expressions.

Three modes, because one schema is read three ways:

* ``response`` — decoding what the server sends must survive the server growing: enums are
  plain ``str``/``int`` (a new value never breaks an older SDK) and no constraint is checked.
* ``request`` — a schema only ever sent: enums are ``Literal`` so a type checker catches typos.
* ``param`` — a method argument: ``Sequence``/``Mapping`` instead of ``list``/``dict``, a
  timestamp may also be given as RFC 3339 text, and an object may be a Struct or a plain dict
  (``Membership | MembershipParam``, the second a ``TypedDict`` of the same fields).

Whatever msgspec cannot decode (an untagged union of objects, two string-like types in one
union) widens to what it can (``dict[str, Any]``, ``str``) rather than failing.
"""

import keyword
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = ("Mode", "TypeMapper", "ref_name")

Mode = Literal["response", "request", "param"]

_REF_PREFIX = "#/components/schemas/"
_STRING_LIKE = frozenset({"str", "_dt.datetime", "_dt.date", "bytes"})


def ref_name(ref: str) -> str:
    """``#/components/schemas/Actor`` → ``Actor``."""
    if not ref.startswith(_REF_PREFIX):
        raise ValueError(f"only component references are supported, got {ref!r}")
    return ref.removeprefix(_REF_PREFIX)


@dataclass
class TypeMapper:
    """Renders schemas as type expressions and notes the imports they need."""

    components: dict[str, Any]
    tagged: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Component → (tag field, tag value), for members of discriminated unions."""
    imports: set[str] = field(default_factory=set)
    """Names the rendered expressions use: ``Any``, ``Literal``, ``_dt``, ``Sequence``, ``Mapping``."""
    param_dicts: set[str] = field(default_factory=set)
    """Object components an argument takes, each of which needs its ``<Name>Param`` TypedDict."""

    def dict_able(self, name: str) -> bool:
        """Whether component ``name`` can also be given as a TypedDict: an untagged object whose
        field names are identifiers (a TypedDict's keys are what is sent)."""
        schema = self.components.get(name, {})
        properties = schema.get("properties")
        return (
            schema.get("type") == "object"
            and bool(properties)
            and name not in self.tagged
            and all(n.isidentifier() and not keyword.iskeyword(n) for n in properties)
        )

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        """The schema a ``$ref`` points at (or the schema itself)."""
        while "$ref" in schema:
            schema = self.components[ref_name(schema["$ref"])]
        return schema

    def render(self, schema: dict[str, Any], mode: Mode) -> str:
        """The Python type of values of ``schema``."""
        variants, nullable = self._variants(schema)
        if not variants:
            rendered = "None" if nullable else self._any()
            return rendered
        rendered = self._union(schema, variants, mode)
        if nullable and rendered != "Any":
            rendered += " | None"
        return rendered

    def _any(self) -> str:
        self.imports.add("Any")
        return "Any"

    def _variants(self, schema: dict[str, Any]) -> tuple[list[dict[str, Any]], bool]:
        """The non-null alternatives of ``schema``, and whether ``null`` is one of them."""
        if "$ref" in schema:
            return [schema], False
        options = schema.get("anyOf") or schema.get("oneOf")
        if options:
            shared = {k: v for k, v in schema.items() if k not in {"anyOf", "oneOf"}}
            variants: list[dict[str, Any]] = []
            nullable = False
            for option in options:
                inner, inner_null = self._variants({**shared, **option})
                variants.extend(inner)
                nullable = nullable or inner_null
            return variants, nullable
        if len(schema.get("allOf", ())) == 1:
            return self._variants(schema["allOf"][0])
        if "enum" in schema:
            values = [v for v in schema["enum"] if v is not None]
            nullable = len(values) < len(schema["enum"])
            return ([{"enum": values}] if values else []), nullable
        types = schema.get("type")
        if isinstance(types, list):
            rest = {k: v for k, v in schema.items() if k != "type"}
            return [{**rest, "type": t} for t in types if t != "null"], "null" in types
        if types == "null":
            return [], True
        return [schema], False

    def _union(self, schema: dict[str, Any], variants: list[dict[str, Any]], mode: Mode) -> str:
        discriminator = schema.get("discriminator")
        refs = [ref_name(v["$ref"]) for v in variants if "$ref" in v]
        if discriminator and len(refs) == len(variants) and all(r in self.tagged for r in refs):
            return " | ".join(refs)
        rendered = [self._single(v, mode) for v in variants]
        unique = list(dict.fromkeys(rendered))
        if len(unique) == 1:
            return unique[0]
        objects = [r for r, v in zip(rendered, variants, strict=True) if self._is_object(v)]
        if len(objects) > 1:
            unique = [r for r in unique if r not in objects]
            unique.append(self._mapping(mode, self._any()))
        arrays = [r for r in unique if r.startswith(("list[", "Sequence["))]
        if len(arrays) > 1:
            unique = [r for r in unique if r not in arrays]
            unique.append(self._sequence(mode, self._any()))
        if sum(1 for r in unique if self._string_like(r)) > 1:
            unique = [r for r in unique if not self._string_like(r)]
            unique.insert(0, "str")
        return " | ".join(unique)

    @staticmethod
    def _string_like(rendered: str) -> bool:
        return rendered in _STRING_LIKE or rendered.startswith(("Literal['", 'Literal["'))

    def _is_object(self, schema: dict[str, Any]) -> bool:
        return self.resolve(schema).get("type") == "object" or "properties" in self.resolve(schema)

    def _sequence(self, mode: Mode, item: str) -> str:
        if mode == "param":
            self.imports.add("Sequence")
            return f"Sequence[{item}]"
        return f"list[{item}]"

    def _mapping(self, mode: Mode, value: str) -> str:
        if mode == "param":
            self.imports.add("Mapping")
            return f"Mapping[str, {value}]"
        return f"dict[str, {value}]"

    def _single(self, schema: dict[str, Any], mode: Mode) -> str:
        if "$ref" in schema:
            name = ref_name(schema["$ref"])
            if mode == "param" and self.dict_able(name):
                self.param_dicts.add(name)
                return f"{name} | {name}Param"
            return name
        if "const" in schema:
            schema = {"enum": [schema["const"]]}
        if "enum" in schema:
            return self._enum(schema["enum"], mode)
        kind = schema.get("type")
        if kind == "string":
            return self._string(schema.get("format"), mode)
        if kind in ("integer", "number", "boolean"):
            return {"integer": "int", "number": "float", "boolean": "bool"}[kind]
        if kind == "array":
            items = schema.get("items")
            return self._sequence(mode, self.render(items, mode) if items else self._any())
        if kind == "object" or "properties" in schema:
            extra = schema.get("additionalProperties")
            value = self.render(extra, mode) if isinstance(extra, dict) and extra else self._any()
            return self._mapping(mode, value)
        return self._any()

    def _string(self, fmt: str | None, mode: Mode) -> str:
        if fmt in ("date-time", "date"):
            self.imports.add("_dt")
            base = "_dt.datetime" if fmt == "date-time" else "_dt.date"
            return f"{base} | str" if mode == "param" else base
        return "str"

    def _enum(self, values: list[Any], mode: Mode) -> str:
        if mode == "response":
            kinds = {type(v) for v in values}
            if kinds <= {int}:
                return "int"
            if kinds <= {int, float}:
                return "float"
            return "str" if kinds <= {str} else self._any()
        self.imports.add("Literal")
        return "Literal[" + ", ".join(_literal(v) for v in values) + "]"


def _literal(value: Any) -> str:
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return repr(value)

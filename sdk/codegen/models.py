"""Component schemas → the Structs of ``watchfloor_sdk/types.py``.

Every Struct is ``kw_only`` (fields in any order, explicit call sites), ``frozen`` and
``omit_defaults`` (a field left at its default is not sent, so the server's default applies) and
never ``forbid_unknown_fields``: a field the server adds later is ignored by an older SDK.
A field the spec does not require gets the schema's default, else ``None`` on what the server
sends, and ``UNSET`` (not sent at all) on what only the client sends and on what the server
leaves out of an answer unless it is true (a field marked ``x-absent-unless-true``: ``exercise``,
the EXERCISE marking).

Partners upgrade the SDK on their own schedule, so a newer SDK must read an older server: a
field the server sends is required only when the *floor* (``openapi/baseline.json``, the landed
``/v1`` contract every server keeps) has it too. A field added since defaults to ``None`` (or
its schema default), so an older server that lacks it still decodes.

Every object an argument takes also gets a ``TypedDict`` (``MembershipParam``): a caller may
pass ``{"organization_id": …, "role": …}`` where a ``Membership`` is expected.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sdk.codegen.naming import python_name
from sdk.codegen.pytypes import Mode, TypeMapper, ref_name

ABSENT_UNLESS_TRUE = "x-absent-unless-true"
"""The spec's mark on a response field the server sends only when true (``wire.ExerciseMark``)."""

__all__ = (
    "ABSENT_UNLESS_TRUE",
    "Field",
    "Model",
    "build_models",
    "build_param_dicts",
    "reachable",
    "tagged_members",
)


@dataclass(frozen=True)
class Field:
    """One field of a Struct."""

    name: str
    type: str
    default: str | None
    """Python source of the default (``None``: required)."""
    description: str


@dataclass(frozen=True)
class Model:
    """One Struct."""

    name: str
    description: str
    fields: list[Field]
    tag_field: str | None = None
    tag: str | None = None


def _refs(schema: Any) -> Iterator[str]:
    if isinstance(schema, dict):
        if isinstance(schema.get("$ref"), str):
            yield ref_name(schema["$ref"])
        for value in schema.values():
            yield from _refs(value)
    elif isinstance(schema, list):
        for value in schema:
            yield from _refs(value)


def reachable(roots: list[Any], components: dict[str, Any]) -> set[str]:
    """Every component the schemas in ``roots`` refer to, directly or not."""
    seen: set[str] = set()
    pending = [name for root in roots for name in _refs(root)]
    while pending:
        name = pending.pop()
        if name not in seen and name in components:
            seen.add(name)
            pending.extend(_refs(components[name]))
    return seen


def _discriminators(schema: Any) -> Iterator[dict[str, Any]]:
    if isinstance(schema, dict):
        if isinstance(schema.get("discriminator"), dict):
            yield schema
        for value in schema.values():
            yield from _discriminators(value)
    elif isinstance(schema, list):
        for value in schema:
            yield from _discriminators(value)


def tagged_members(spec: dict[str, Any], components: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """Component → (tag field, tag) for every member of a discriminated union in the spec.

    A member claimed by two unions with different tags is left untagged (its unions then decode
    as plain mappings), since one msgspec Struct has one tag.
    """
    found: dict[str, set[tuple[str, str]]] = {}
    for union in _discriminators(spec):
        field_name = union["discriminator"]["propertyName"]
        mapping = {
            ref_name(ref): tag for tag, ref in union["discriminator"].get("mapping", {}).items()
        }
        for option in union.get("anyOf") or union.get("oneOf") or []:
            if "$ref" not in option:
                continue
            member = ref_name(option["$ref"])
            tag = mapping.get(member)
            if tag is None:
                values = components[member].get("properties", {}).get(field_name, {}).get("enum")
                tag = values[0] if values and len(values) == 1 else None
            if tag is not None:
                found.setdefault(member, set()).add((field_name, str(tag)))
    return {name: tags.pop() for name, tags in found.items() if len(tags) == 1}


def _default(value: Any, type_expr: str) -> str | None:
    """Python source for a JSON default, or ``None`` when it cannot be written safely."""
    if value is None or isinstance(value, bool | int | float):
        return repr(value)
    if isinstance(value, str):
        return None if "_dt." in type_expr else repr(value)
    if value == []:
        return "msgspec.field(default_factory=list)"
    if value == {}:
        return "msgspec.field(default_factory=dict)"
    return None


def _field_order(schema: dict[str, Any]) -> list[str]:
    properties = schema.get("properties", {})
    required = [name for name in schema.get("required", []) if name in properties]
    return required + [name for name in properties if name not in required]


def _with_rename(default: str | None, name: str, wire: str) -> str | None:
    if name == wire:
        return default
    if default is None:
        return f'msgspec.field(name="{wire}")'
    if default.startswith("msgspec.field("):
        return default.replace("msgspec.field(", f'msgspec.field(name="{wire}", ', 1)
    return f'msgspec.field(default={default}, name="{wire}")'


def _floor_required(
    name: str, schema: dict[str, Any], floor: dict[str, Any] | None, mode: Mode
) -> set[str]:
    """The fields every server sends (response) or every caller must send (request)."""
    required = set(schema.get("required", []))
    if mode == "request" or floor is None or name not in floor:
        return required
    landed = floor[name].get("properties", {})
    return {field for field in required if field in landed}


def build_model(
    name: str,
    schema: dict[str, Any],
    mode: Mode,
    mapper: TypeMapper,
    floor: dict[str, Any] | None = None,
) -> Model:
    """The Struct of one component (an object schema); ``floor``: the landed components."""
    tag_field, tag = mapper.tagged.get(name, (None, None))
    required = _floor_required(name, schema, floor, mode)
    fields = []
    for wire in _field_order(schema):
        if wire == tag_field:
            continue
        prop = schema["properties"][wire]
        type_expr = mapper.render(prop, mode)
        default: str | None = None
        if wire not in required:
            default = _default(prop["default"], type_expr) if "default" in prop else None
            omitted = bool(prop.get(ABSENT_UNLESS_TRUE))
            if default is None and (mode == "request" or omitted):
                # A response field the server leaves out unless it is true (the EXERCISE mark)
                # is UNSET when absent, so ``to_dict`` gives what was served.
                mapper.imports.update({"UNSET", "UnsetType"})
                type_expr, default = f"{type_expr} | UnsetType", "UNSET"
            elif default is None:
                type_expr += "" if type_expr.endswith("| None") or type_expr == "Any" else " | None"
                default = "None"
            elif default == "None" and not type_expr.endswith("| None") and type_expr != "Any":
                type_expr += " | None"
        fields.append(
            Field(
                name=python_name(wire),
                type=type_expr,
                default=_with_rename(default, python_name(wire), wire),
                description=str(prop.get("description", "")),
            )
        )
    return Model(
        name=name,
        description=str(schema.get("description", "")),
        fields=fields,
        tag_field=tag_field,
        tag=tag,
    )


def build_models(
    components: dict[str, Any],
    request_only: set[str],
    mapper: TypeMapper,
    floor: dict[str, Any] | None = None,
) -> tuple[list[Model], dict[str, str]]:
    """Structs for the object components, and type aliases for the others, sorted by name."""
    models: list[Model] = []
    aliases: dict[str, str] = {}
    for name in sorted(components):
        schema = components[name]
        mode: Mode = "request" if name in request_only else "response"
        if schema.get("type") == "object" and "properties" in schema:
            models.append(build_model(name, schema, mode, mapper, floor))
        else:
            aliases[name] = mapper.render(schema, mode)
    return models, aliases


def build_param_dicts(components: dict[str, Any], mapper: TypeMapper) -> list[Model]:
    """``<Name>Param`` TypedDicts for every object an argument takes, nested ones included.

    A field's type is ``Required[…]`` when the spec requires it; the others may be left out.
    """
    built: dict[str, Model] = {}
    while pending := sorted(mapper.param_dicts - built.keys()):
        for name in pending:
            schema = components[name]
            required = set(schema.get("required", []))
            fields = []
            for wire in _field_order(schema):
                prop = schema["properties"][wire]
                type_expr = mapper.render(prop, "param")
                fields.append(
                    Field(
                        name=wire,
                        type=f"Required[{type_expr}]" if wire in required else type_expr,
                        default=None,
                        description=str(prop.get("description", "")),
                    )
                )
            description = str(schema.get("description", "")).strip() or name
            built[name] = Model(
                name=f"{name}Param",
                description=f"{description}\n\nAs a plain dict: the fields of :class:`{name}`.",
                fields=fields,
            )
    return [built[name] for name in sorted(built)]

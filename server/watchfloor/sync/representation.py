"""A resource's wire representation as JSON built by PostgreSQL, for the feed and the export.

``GET /v1/<resource>/{id}`` renders a row in Python: asyncpg decodes it, ``msgspec.convert``
turns it into the resource's Struct, msgspec encodes that. For a feed page of 500 records
that was most of the time spent. Here the same representation is derived **from the Struct
type itself** (``msgspec.inspect``) as one SQL expression; PostgreSQL writes each record and
the feed embeds it as it is (``msgspec.Raw``):

* a field that is a column is that column; ``row_to_json`` writes text, numbers, booleans,
  arrays and dates as msgspec would;
* a timestamp is written as msgspec writes it: UTC with ``Z``, microseconds only when not zero;
* a Struct or list of Structs kept in a jsonb column passes through when every object in it
  has every field (what the API writes), else it is rebuilt field by field as
  ``msgspec.convert`` would: a missing field takes its default, an unknown key is dropped;
* a Struct field that is not a column is built from the columns ``<field>_<member>``
  (an event's ``occurred`` from ``occurred_start`` …), as the resource's ``render`` does;
* any other field must be a column the table's ``select_list`` computes (an event's ``cameo``);
* ``exercise`` (the EXERCISE marking) is appended as ``"exercise":true`` to the JSON of a row in
  an exercise dataset (its ``in_exercise``) and is absent from every other.

The SQL is generated from the type's field names and the table's declared columns (code, never
a request); values never enter it, and the two statements built here are marked as reviewed for
ruff's S608 for that reason.

Equal in meaning to the Python rendering, not byte for byte: object keys of nested objects
come in jsonb's order and a float with no fraction is written ``5`` rather than ``5.0``.
``tests/integration/test_representation.py`` compares both for every resource.

The export uses it too. A jsonb value stored without some of its optional keys takes the
slower rebuild path; what the API and the import write always has every key.
"""

from typing import get_type_hints

import msgspec
from msgspec import inspect as mi

from watchfloor.persistence.store import BOOKKEEPING
from watchfloor.registry import Resource

__all__ = ("json_rows", "json_select")

_TIMESTAMP = (
    'replace(to_char(({}) AT TIME ZONE \'UTC\', \'YYYY-MM-DD"T"HH24":"MI":"SS.US"Z"\'), '
    "'.000000Z', 'Z')"
)
"""msgspec's RFC 3339: ``2026-11-29T13:50:06.120000Z``, or ``…:06Z`` on a whole second.

The colons are quoted (``":"MI``): pgbench, the bench's reference, reads ``:MI`` as a variable."""


def _unwrap(t: mi.Type) -> mi.Type:
    """The type under ``Annotated`` metadata and ``| None``."""
    while True:
        if isinstance(t, mi.Metadata):
            t = t.type
        elif isinstance(t, mi.UnionType):
            rest = [m for m in t.types if not isinstance(m, mi.NoneType)]
            if len(rest) != 1:
                raise TypeError(f"cannot render a union of {rest} in SQL")
            t = rest[0]
        else:
            return t


def _optional(t: mi.Type) -> mi.Type:
    """The type under ``Annotated`` metadata, without ``None`` when it is one of a union."""
    while isinstance(t, mi.Metadata):
        t = t.type
    if isinstance(t, mi.UnionType) and any(isinstance(m, mi.NoneType) for m in t.types):
        rest = tuple(m for m in t.types if not isinstance(m, mi.NoneType))
        return rest[0] if len(rest) == 1 else mi.UnionType(types=rest)
    return t


def _tagged_union(t: mi.Type) -> bool:
    """A union of tagged Structs (a warning problem's rules): stored whole, as the API wrote it."""
    while isinstance(t, mi.Metadata):
        t = t.type
    return isinstance(t, mi.UnionType) and all(
        isinstance(m, mi.StructType) and m.tag is not None for m in t.types
    )


def _struct_items(t: mi.Type) -> mi.StructType | None:
    """The item type of a list of Structs, or ``None`` (a list of a tagged union included:
    it passes through as stored)."""
    if isinstance(t, mi.ListType):
        if _tagged_union(t.item_type):
            return None
        item = _unwrap(t.item_type)
        if isinstance(item, mi.StructType):
            return item
    return None


def _default(field: mi.Field) -> str:
    if field.default is not msgspec.NODEFAULT:
        value = field.default
    elif field.default_factory is not msgspec.NODEFAULT:
        value = field.default_factory()
    else:
        return "NULL"
    literal = msgspec.json.encode(value).decode().replace("'", "''")
    return f"'{literal}'::jsonb"


def _object(t: mi.StructType, source: str, depth: int) -> str:
    """jsonb of a Struct read from the jsonb object ``source``, field by field."""
    members = []
    for f in t.fields:
        value = _from_jsonb(f.type, f"{source}->'{f.encode_name}'", depth)
        members.append(f"'{f.encode_name}', coalesce({value}, {_default(f)})")
    return f"jsonb_build_object({', '.join(members)})"


def _array(item: mi.StructType, source: str, depth: int) -> str:
    """jsonb array of Structs read from the jsonb array ``source``, in its order."""
    e = f"e{depth}"
    element = _object(item, f"{e}.v", depth + 1)
    return (
        f"(SELECT coalesce(jsonb_agg({element} ORDER BY {e}.o), '[]'::jsonb) "  # noqa: S608
        f"FROM jsonb_array_elements({source}) WITH ORDINALITY AS {e} (v, o))"
    )


def _complete(t: mi.StructType, source: str, path: str) -> str | None:
    """A test that ``source`` (a jsonb object at ``path``) already holds every field of ``t``.

    Then it is the representation as stored and passes through; else it is rebuilt. ``None``
    when a field is itself a Struct (always rebuilt). Writers validate through the wire types
    (``forbid_unknown_fields``), so stored objects carry no keys beyond the fields.
    """
    for f in t.fields:
        if _tagged_union(_optional(f.type)):
            continue
        inner = _unwrap(f.type)
        if isinstance(inner, mi.StructType) or _struct_items(inner) is not None:
            return None
    missing = " || ".join(f'!exists(@."{f.encode_name}")' for f in t.fields)
    return f"NOT ({source}) @? '{path} ? ({missing})'"


def _from_jsonb(t: mi.Type, source: str, depth: int) -> str:
    """A value held inside jsonb: Structs and lists of them rebuilt, anything else as is (a
    tagged union too: a plan's trigger is stored whole, as the API wrote it)."""
    if _tagged_union(_optional(t)):
        return source
    inner = _unwrap(t)
    if isinstance(inner, mi.StructType):
        return (
            f"CASE WHEN jsonb_typeof({source}) = 'object' THEN {_object(inner, source, depth)} END"
        )
    item = _struct_items(inner)
    if item is not None:
        return f"CASE WHEN jsonb_typeof({source}) = 'array' THEN {_array(item, source, depth)} END"
    return source


def _stored(t: mi.Type, column: str) -> str:
    """A jsonb column holding a Struct or a list of them: as stored when complete, else rebuilt."""
    inner = _unwrap(t)
    item = inner if isinstance(inner, mi.StructType) else _struct_items(inner)
    assert item is not None
    complete = _complete(item, column, "$" if item is inner else "$[*]")
    rebuilt = _from_jsonb(inner, column, 0)
    if complete is None:
        return rebuilt
    checked = f"CASE WHEN {complete} THEN {column} ELSE {rebuilt} END"
    # The common cases first, tested without a JSON path (the export's main cost): an object
    # holding every field as a key, and an empty list. Anything else takes the test above.
    if item is inner:
        keys = ",".join(f'"{f.encode_name}"' for f in item.fields)
        fast = f"jsonb_typeof({column}) = 'object' AND {column} ?& '{{{keys}}}'::text[]"
    else:
        fast = f"{column} = '[]'::jsonb"
    return f"CASE WHEN {fast} THEN {column} ELSE {checked} END"


def _from_column(t: mi.Type, column: str) -> str:
    """A value from a typed column: timestamps formatted, jsonb Structs rebuilt, a tagged union
    (a signpost's condition, a subscription's source) as stored."""
    if _tagged_union(t):
        return column
    inner = _unwrap(t)
    if isinstance(inner, mi.DateTimeType):
        return _TIMESTAMP.format(column)
    if isinstance(inner, mi.StructType) or _struct_items(inner) is not None:
        return _stored(inner, column)
    return column


def _field(f: mi.Field, columns: set[str]) -> str:
    if f.name in columns:
        return _from_column(f.type, f"r.{f.name}")
    inner = _unwrap(f.type)
    if isinstance(inner, mi.StructType) and all(
        f"{f.name}_{m.name}" in columns for m in inner.fields
    ):
        members = ", ".join(
            f"'{m.encode_name}', {_from_column(m.type, f'r.{f.name}_{m.name}')}"
            for m in inner.fields
        )
        return f"jsonb_build_object({members})"
    # Computed by the table's select_list (an event's CAMEO lookup).
    return _from_column(f.type, f"r.{f.name}")


def json_select(resource: Resource) -> str:
    """``SELECT`` list over ``r`` (rows of ``resource.table.select_list``): its wire fields.

    Wrap it as ``SELECT row_to_json(x) FROM (SELECT <this> FROM (<rows>) r) x``: ``x`` then has
    one column per field of the wire type, in its order.
    """
    known = _SELECTS.get(resource.name)
    if known is not None:
        return known
    wire = get_type_hints(resource.render)["return"]
    info = mi.type_info(wire)
    assert isinstance(info, mi.StructType), wire
    columns = {*BOOKKEEPING, *resource.table.columns}
    select = ", ".join(
        f'{_field(f, columns)} AS "{f.encode_name}"'
        for f in info.fields
        if f.name in columns or f.name != MARK
    )
    _SELECTS[resource.name] = select
    return select


_SELECTS: dict[str, str] = {}

MARK = "exercise"
"""The in-body EXERCISE marking (``wire.ExerciseMark``): not a column, but the rows'
``in_exercise``; present only on records of exercise datasets, so it is appended to their JSON
(``row_to_json`` writes an absent value as ``null``)."""
_MARKED = ',"exercise":true}'


def json_rows(resource: Resource, rows: str, *, keyed: bool = False) -> str:
    """``SELECT`` of ``json``, the representation of each row of ``rows``, in their order.

    ``keyed`` adds each row's ``id`` and ``version`` before it.
    ``rows`` selects ``resource.table.select_list`` (``ORDER BY`` included, if any). ``OFFSET 0``
    keeps it a subquery, so a computed column (an event's CAMEO lookup) runs once a row, not
    once for every place the representation reads it.
    """
    keys = "r.id, r.version, " if keyed else ""
    if MARK in resource.table.columns:  # a brief says `exercise` itself, true or false
        marked = "j.json"
    else:
        marked = f"CASE WHEN r.in_exercise THEN left(j.json, -1) || '{_MARKED}' ELSE j.json END"
    return (
        f"SELECT {keys}{marked} AS json "  # noqa: S608
        f"FROM ({rows} OFFSET 0) r, "
        f"LATERAL (SELECT row_to_json(x)::text AS json FROM (SELECT {json_select(resource)}) x) j"
    )

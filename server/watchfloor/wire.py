"""Shared wire types: the annotated scalars every resource's schemas use, and the limits every
JSON document the API reads is held to."""

import functools
import json
import re
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Annotated, Any, ParamSpec, TypeVar

import msgspec
from msgspec import Meta

__all__ = (
    "FIRST_INSTANT",
    "LAST_INSTANT",
    "MAX_JSON_DEPTH",
    "TEXT",
    "CountryCode",
    "DatasetName",
    "ExerciseMark",
    "ExternalId",
    "JsonError",
    "Timestamp",
    "instant_error",
    "mark",
    "marked",
    "read_json",
)

ExerciseMark = (
    Annotated[
        bool,
        Meta(
            description=(
                "EXERCISE: `true` on every record of an exercise dataset (its play or control "
                "dataset), in every representation: a read, a list, a write's answer, the export, "
                "the change feed, a webhook. Absent on every other record. Set by the server; an "
                "import line may carry it (it is ignored)."
            ),
            extra_json_schema={"x-absent-unless-true": True},
        ),
    ]
    | msgspec.UnsetType
)
"""The in-body EXERCISE marking every record's wire type ends with (``= UNSET``): set from the
``in_exercise`` column every table's ``select_list`` reads, by the render every
:class:`~watchfloor.versioned.Resource` wraps (``docs/exercises.md``, "Marking")."""

_P = ParamSpec("_P")
_S = TypeVar("_S", bound=msgspec.Struct)


def mark(row: Any, item: _S) -> _S:
    """``item`` (rendered from ``row``), with ``exercise = True`` if ``row`` is of an exercise
    dataset (its ``in_exercise``)."""
    if (
        row.get("in_exercise")
        and "exercise" in item.__struct_fields__  # a type of its own may lack it
        and getattr(item, "exercise", None) is not True
    ):
        return msgspec.structs.replace(item, exercise=True)
    return item


def marked(render: Callable[_P, _S]) -> Callable[_P, _S]:
    """``render`` (a row, first, → a wire type), with ``exercise = True`` on what it renders
    from a row of an exercise dataset.

    Every row read through a table's ``select_list`` says so (its ``in_exercise`` column), so a
    record is marked wherever it is rendered — a read, a list, a write's answer, a version —
    without a query of its own. Every ``to_<resource>`` render is decorated with it;
    ``versioned.Resource`` and the kit's lists wrap what they are given too (a render already
    marked is not wrapped again).
    """
    if getattr(render, "marks_exercise", False):
        return render

    @functools.wraps(render)
    def render_marked(*args: _P.args, **kwargs: _P.kwargs) -> _S:
        return mark(args[0], render(*args, **kwargs))

    render_marked.marks_exercise = True  # type: ignore[attr-defined]
    return render_marked


Timestamp = Annotated[datetime, Meta(tz=True, extra_json_schema={"format": "date-time"})]
"""An RFC 3339 timestamp with its UTC offset."""

CountryCode = Annotated[
    str, Meta(pattern="^[A-Z]{3}$", description="ISO 3166-1 alpha-3 country code", examples=["PRK"])
]
DatasetName = Annotated[
    str,
    Meta(
        pattern="^[a-z0-9][a-z0-9_-]{0,62}$",
        description="`live` (the real world) or an exercise or sandbox dataset",
        examples=["live"],
    ),
]
TEXT = "^[^\\u0000]*$"
"""Pattern of free text: anything but NUL, which PostgreSQL cannot store."""

ExternalId = Annotated[
    str,
    Meta(
        min_length=1,
        max_length=200,
        pattern=TEXT,
        description="The record's id in the system it came from",
    ),
]


MAX_JSON_DEPTH = 32
"""Deepest nesting of arrays and objects a JSON document (a body, an import line) may have.

The deepest document the API defines is five levels; the decoder, the database driver and the
encoder all recurse, and a thousand levels (4 KB) would exhaust the interpreter's stack."""

FIRST_INSTANT = datetime(1, 1, 1, tzinfo=UTC)
LAST_INSTANT = datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)
"""Timestamps lie strictly between these two. Python has nothing outside them, and the database
driver stores these two exact values as PostgreSQL's ``-infinity`` and ``infinity``, which would
not read back as the instants that were written."""


def instant_error(value: datetime) -> str | None:
    """Why ``value`` (an aware datetime) cannot be stored as itself, or ``None`` if it can."""
    try:
        utc = value.astimezone(UTC)
    except OverflowError:
        utc = None
    if utc is None or not FIRST_INSTANT < utc < LAST_INSTANT:
        return (
            "a timestamp must lie after 0001-01-01T00:00:00Z and before "
            "9999-12-31T23:59:59.999999Z once converted to UTC"
        )
    return None


class JsonError(ValueError):
    """A JSON document the API refuses, with the JSON pointer of the place at fault."""

    def __init__(self, pointer: str, detail: str) -> None:
        super().__init__(f"{detail} (at {pointer or 'the top level'})")
        self.pointer = pointer
        self.detail = detail


_ESCAPE = re.compile(rb"\\.", re.DOTALL)
_STRING = re.compile(rb'"[^"]*"')
_STRING_OR_KEY = re.compile(rb'"[^"]*"(\s*:)?')
"""Every string of an unescaped document, each with its colon if it is an object's key (strings
are matched whole from the start, so a colon inside one is never taken for a key's)."""
_NOT_BRACKET = bytes(b for b in range(256) if b not in b"[]{}")
_TOKEN = re.compile(rb'"(?:[^"\\]|\\.)*"|[\[\]{},:]', re.DOTALL)
_EDGE_OF_TIME = ("0001-01-01", "9999-12-31")
_decode_any = msgspec.json.Decoder().decode
_decode_instant = msgspec.json.Decoder(datetime).decode


def read_json(document: bytes) -> Any:
    """Decode a JSON document the API accepts, or raise :class:`JsonError` naming where it fails.

    Refused: nesting deeper than :data:`MAX_JSON_DEPTH` (checked before decoding, which would
    recurse), a key repeated in one object (decoders keep the last silently: which one did the
    sender mean?), and a timestamp outside the range :func:`instant_error` allows. Malformed JSON
    raises :class:`msgspec.DecodeError` as usual.
    """
    unescaped = _ESCAPE.sub(b"", document)
    if document.count(b"[") + document.count(b"{") > MAX_JSON_DEPTH:
        brackets = _STRING.sub(b"", unescaped).translate(None, _NOT_BRACKET)
        depth = deepest = 0
        for byte in brackets:
            depth += 1 if byte in b"[{" else -1
            deepest = max(deepest, depth)
        if deepest > MAX_JSON_DEPTH:
            raise JsonError(_too_deep(document), f"nested deeper than {MAX_JSON_DEPTH} levels")
    value = _decode_any(document)
    keys = _keys(value)
    if keys is None:
        keys, problem = _walk(value, "")
        if problem is not None:
            raise problem
    if keys != sum(1 for colon in _STRING_OR_KEY.findall(unescaped) if colon):
        raise _duplicate(document)
    return value


def _keys(value: Any) -> int | None:
    """The number of object keys under ``value``; ``None`` if a text in it may be a timestamp
    out of range (rare: it starts with a day at the calendar's ends), for :func:`_walk` to
    check. No pointers are built: this runs for every document the API reads."""
    items: Iterable[Any]
    if isinstance(value, dict):
        keys = len(value)
        items = value.values()
    elif isinstance(value, list):
        keys = 0
        items = value
    elif isinstance(value, str) and value.startswith(_EDGE_OF_TIME):
        return None
    else:
        return 0
    for item in items:
        if isinstance(item, (dict, list, str)):
            found = _keys(item)
            if found is None:
                return None
            keys += found
    return keys


def _walk(value: Any, pointer: str) -> tuple[int, JsonError | None]:
    """The number of object keys under ``value``, and the first timestamp out of range."""
    if isinstance(value, dict):
        keys = len(value)
        for key, item in value.items():
            found, problem = _walk(item, f"{pointer}/{_escape(key)}")
            if problem is not None:
                return keys, problem
            keys += found
        return keys, None
    if isinstance(value, list):
        keys = 0
        for index, item in enumerate(value):
            found, problem = _walk(item, f"{pointer}/{index}")
            if problem is not None:
                return keys, problem
            keys += found
        return keys, None
    if isinstance(value, str) and value.startswith(_EDGE_OF_TIME):
        # Only text within a day of the calendar's ends can fall outside it in UTC.
        try:
            parsed = _decode_instant(msgspec.json.encode(value))
        except msgspec.DecodeError:
            return 0, None
        error = instant_error(parsed) if parsed.tzinfo is not None else None
        if error is not None:
            return 0, JsonError(pointer, error)
    return 0, None


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _too_deep(document: bytes) -> str:
    """The pointer of the first array or object nested deeper than the cap."""
    path: list[str | int] = []
    expecting_key = False
    for match in _TOKEN.finditer(document):
        token = match.group()
        if token in (b"[", b"{"):
            if len(path) >= MAX_JSON_DEPTH:
                break
            path.append("" if token == b"{" else 0)
            expecting_key = token == b"{"
        elif token in (b"]", b"}"):
            path.pop()
            expecting_key = False
        elif token == b",":
            if isinstance(path[-1], int):
                path[-1] += 1
            else:
                expecting_key = True
        elif token != b":" and expecting_key:
            path[-1] = msgspec.json.decode(token, type=str)
            expecting_key = False
    return "".join(f"/{_escape(str(step))}" for step in path)


class _Pairs(dict[str, Any]):
    repeated: str | None = None


def _pairs(pairs: list[tuple[str, Any]]) -> _Pairs:
    found = _Pairs(pairs)
    if len(found) != len(pairs):
        seen: set[str] = set()
        found.repeated = next(k for k, _ in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
    return found


def _duplicate(document: bytes) -> JsonError:
    """The error naming the first repeated key (only for a document known to have one)."""
    tree = json.loads(document, object_pairs_hook=_pairs)
    stack: list[tuple[str, Any]] = [("", tree)]
    while stack:
        pointer, value = stack.pop(0)
        if isinstance(value, _Pairs):
            if value.repeated is not None:
                return JsonError(
                    f"{pointer}/{_escape(value.repeated)}",
                    f"the key {value.repeated!r} appears more than once in one object",
                )
            stack.extend((f"{pointer}/{_escape(k)}", v) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((f"{pointer}/{i}", v) for i, v in enumerate(value))
    return JsonError("", "a key appears more than once in one object")

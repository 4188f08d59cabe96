"""The filter vocabulary of a watchlist's selections: one reader per ``kind``.

A selection's ``filters`` are the query parameters of a list endpoint. Its reader turns them
into that endpoint's own filters struct (``EventFilters``, ``AlertFilters`` …), by the very
rules the endpoint applies, so a watchlist selects what the list would list and the same
repository conditions serve both. The readers of ``events``, ``statements``, ``alerts`` and
``signposts`` are made from the list endpoints' parameter declarations, which live at the edge
(``routes.py``): the edge installs them here (:func:`install`, done by
``resources/watchlists/params.py`` when the app, the worker or the command line is built), as
this layer may not import the edge. ``plan_branches`` and ``question_resolutions`` have no list
endpoint; their vocabulary is here.
"""

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

import msgspec
from msgspec import Meta

from watchfloor.errors import FieldError, Unprocessable

__all__ = (
    "BranchFilters",
    "ResolutionFilters",
    "Selected",
    "install",
    "read_filters",
    "reference_errors",
    "validation_pointer",
)

_ID = re.compile(r"^([a-z]+)_[0-9a-f]{32}$")
_TAG = "^[a-z0-9][a-z0-9:_.-]{0,63}$"


@dataclass(frozen=True)
class Selected:
    """A selection's filters, read: the list endpoint's filters struct, and the ids it names."""

    filters: Any
    references: list[tuple[str, str]] = field(default_factory=list)
    """(pointer under the selection, id) of every record id among the filters' values."""


Reader = Callable[[Mapping[str, Any], str], Selected]
"""(the filters as sent, the watchlist's dataset) → the filters read; 422 (pointers relative to
the selection: ``/filters/<name>``) when they are not valid."""

_READERS: dict[str, Reader] = {}


def install(kind: str, reader: Reader) -> None:
    """Say how the filters of selections of ``kind`` are read (the edge's readers)."""
    _READERS[kind] = reader


def read_filters(kind: str, filters: Mapping[str, Any], dataset: str) -> Selected:
    """The filters of a selection of ``kind``, read as its list endpoint reads them."""
    reader = _READERS.get(kind)
    if reader is None:
        raise RuntimeError(
            f"no reader of {kind!r} selections: import watchfloor.resources.watchlists.params"
        )
    return reader(filters, dataset)


_PATH = re.compile(r"at `\$((?:\.[A-Za-z0-9_]+|\[\d+\])*)`")
_UNKNOWN = re.compile(r"unknown field `([^`]+)`")


def validation_pointer(error: msgspec.ValidationError) -> str:
    """The JSON pointer (under the filters) of what a msgspec validation error is about."""
    message = str(error)
    unknown = _UNKNOWN.search(message)
    found = _PATH.search(message)
    steps = re.findall(r"\.([A-Za-z0-9_]+)|\[(\d+)\]", found.group(1)) if found else []
    pointer = "".join(f"/{name or index}" for name, index in steps)
    if unknown is not None:
        pointer += f"/{unknown.group(1)}"
    return f"/filters{pointer}"


def struct_reader(struct: type[msgspec.Struct]) -> Reader:
    """A reader that checks the filters against ``struct`` (names, types, patterns, enums)."""

    def read(filters: Mapping[str, Any], dataset: str) -> Selected:
        try:
            value = msgspec.convert(dict(filters), struct)
        except msgspec.ValidationError as exc:
            raise Unprocessable(
                "The selection's filters are not valid.",
                errors=[FieldError(validation_pointer(exc), str(exc).split(" - at ")[0])],
            ) from exc
        return Selected(value, id_references(filters))

    return read


def id_references(filters: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Every value (or list item) of ``filters`` that is a record id, with its pointer."""
    found: list[tuple[str, str]] = []
    for name, value in filters.items():
        values = value if isinstance(value, list) else [value]
        for i, v in enumerate(values):
            if isinstance(v, str) and _ID.match(v):
                where = f"/filters/{name}" + (f"/{i}" if isinstance(value, list) else "")
                found.append((where, v))
    return found


def id_prefix(record_id: str) -> str:
    match = _ID.match(record_id)
    return match.group(1) if match else ""


def reference_errors(
    references: list[tuple[str, str]], known: set[str], prefix: str
) -> list[FieldError]:
    """A 422 entry for each referenced id not among ``known`` (pointers under ``prefix``)."""
    return [
        FieldError(f"{prefix}{where}", f"no such record: {record_id}")
        for where, record_id in references
        if record_id not in known
    ]


class BranchFilters(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """``plan_branches``: branches of plans that have been triggered (``triggered_at`` set)."""

    plan: Annotated[str, Meta(pattern="^pln_[0-9a-f]{32}$")] | None = None
    problem: Annotated[str, Meta(pattern="^wpr_[0-9a-f]{32}$")] | None = None
    state: Literal["triggered", "decided", "executed", "stood_down"] | None = None
    """The branch's state at the read's ``known_by`` (default: any state but ``dormant``)."""


class ResolutionFilters(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """``question_resolutions``: questions that have been resolved."""

    question: Annotated[str, Meta(pattern="^qst_[0-9a-f]{32}$")] | None = None
    tag: Annotated[str, Meta(pattern=_TAG)] | None = None
    outcome: Literal["yes", "no"] | None = None
    """Binary questions resolved yes (1) or no (0)."""


install("plan_branches", struct_reader(BranchFilters))
install("question_resolutions", struct_reader(ResolutionFilters))

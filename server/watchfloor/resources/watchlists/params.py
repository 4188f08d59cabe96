"""A watchlist's selections read with the list endpoints' own parameter declarations.

Each list endpoint declares its filters once, as the parameters of a function (``list_filters``
of ``/v1/events`` …: names, types, enums, patterns, ranges, in ``QueryParameter``) that builds
its filters struct. From that declaration this module makes a msgspec struct with the same
names and constraints, so a selection's ``filters`` (JSON) are checked exactly as the query
string would be, then calls the same function, so the endpoint's own parsing and semantic
checks (a window that ends before it starts, a box upside down) apply. Nothing is restated: a
filter added to a list endpoint is a filter of its selections. Importing this module installs
the readers (:func:`watchfloor.resources.watchlists.vocabulary.install`).
"""

import inspect
import types
import typing
from collections.abc import Callable, Mapping
from typing import Annotated, Any

import msgspec
from litestar.params import ParameterKwarg

from watchfloor.errors import FieldError, Unprocessable, WatchfloorError
from watchfloor.resources.alerts.routes import alert_filters
from watchfloor.resources.events.routes import list_filters as event_filters
from watchfloor.resources.signposts.routes import signpost_filters
from watchfloor.resources.statements.routes import statement_filters
from watchfloor.resources.watchlists.vocabulary import (
    Reader,
    Selected,
    id_references,
    install,
    validation_pointer,
)

__all__ = ("LISTS", "reader_of")

_READ_NOT_SELECTED = {"dataset", "known_by", "sort"}
"""Parameters of the read (the watchlist's dataset, the items' ``known_by`` and order)."""

_CONSTRAINTS = {
    "pattern": "pattern",
    "min_length": "min_length",
    "max_length": "max_length",
    "min_items": "min_length",
    "max_items": "max_length",
    "ge": "ge",
    "le": "le",
    "gt": "gt",
    "lt": "lt",
}


def _field(annotation: Any) -> tuple[Any, ParameterKwarg | None]:
    """The msgspec type of a parameter's annotation, its constraints on the non-null type."""
    if typing.get_origin(annotation) is not Annotated:
        return annotation, None
    inner, *extras = typing.get_args(annotation)
    kwarg = next((e for e in extras if isinstance(e, ParameterKwarg)), None)
    if kwarg is None:
        return inner, None
    meta = {
        to: getattr(kwarg, name)
        for name, to in _CONSTRAINTS.items()
        if getattr(kwarg, name) is not None
    }
    if not meta:
        return inner, kwarg
    members = typing.get_args(inner) if isinstance(inner, types.UnionType) else (inner,)
    nullable = type(None) in members
    (value,) = [m for m in members if m is not type(None)]
    constrained: Any = Annotated[value, msgspec.Meta(**meta)]
    return (constrained | None) if nullable else constrained, kwarg


def reader_of(make_filters: Callable[..., msgspec.Struct], kind: str) -> Reader:
    """A reader of ``kind`` selections from a list endpoint's filters function."""
    fields: list[tuple[str, Any, Any]] = []
    python_names: dict[str, str] = {}
    for p in inspect.signature(make_filters, eval_str=True).parameters.values():
        if p.name in _READ_NOT_SELECTED:
            continue
        annotation, kwarg = _field(p.annotation)
        # The renamed ones: `alert_state` is `state` on the wire.
        wire: str = (kwarg.name or kwarg.query or p.name) if kwarg is not None else p.name
        python_names[wire] = p.name
        fields.append((wire, annotation, p.default))
    struct = msgspec.defstruct(
        f"{kind.title().replace('_', '')}SelectionFilters",
        fields,
        kw_only=True,
        forbid_unknown_fields=True,
    )

    def read(filters: Mapping[str, Any], dataset: str) -> Selected:
        try:
            given = msgspec.convert(dict(filters), struct)
        except msgspec.ValidationError as exc:
            raise Unprocessable(
                "The selection's filters are not valid.",
                errors=[FieldError(validation_pointer(exc), str(exc).split(" - at ")[0])],
            ) from exc
        values = {python_names[w]: getattr(given, w) for w in python_names}
        try:
            made = make_filters(dataset=dataset, known_by=None, **values)
        except WatchfloorError as exc:
            raise Unprocessable(
                "The selection's filters are not valid.",
                errors=[
                    FieldError(
                        e.pointer if e.parameter is None else f"/filters/{e.parameter}", e.detail
                    )
                    for e in exc.errors
                ]
                or [FieldError("/filters", exc.detail)],
            ) from exc
        return Selected(made, id_references(filters))

    return read


LISTS: dict[str, Callable[..., msgspec.Struct]] = {
    "events": event_filters,
    "statements": statement_filters,
    "alerts": alert_filters,
    "signposts": signpost_filters,
}
"""Selection kind → the list endpoint's filters function."""

for _kind, _make in LISTS.items():
    install(_kind, reader_of(_make, _kind))

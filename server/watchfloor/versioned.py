"""The service every versioned resource starts from: create, revise, update, delete, list.

A resource's service subclasses :class:`VersionedService` and says what is its own: what a
create stores, checked (:meth:`~VersionedService.values`), what a patch changes given
the locked current row (:meth:`~VersionedService.revise`), how its list filters become SQL
(:meth:`~VersionedService.filter`) and in which order it lists. Updates and deletes go through
:class:`~watchfloor.persistence.records.Records`, the one update path.
"""

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar, Generic, TypeVar, get_type_hints

import asyncpg
import msgspec

from watchfloor.context import Context
from watchfloor.cursors import sort_key
from watchfloor.envelopes import Version, Versions
from watchfloor.ids import new_id
from watchfloor.persistence.records import Expected, Records
from watchfloor.persistence.store import ListQuery, Page, Table
from watchfloor.wire import marked

__all__ = ("Order", "Resource", "VersionedService", "sent_fields")

Row = asyncpg.Record
Order = Sequence[tuple[str, bool]]
"""Sort expressions with their direction (descending?); the last one unique (the id)."""

CreateT = TypeVar("CreateT", bound=msgspec.Struct)
PatchT = TypeVar("PatchT", bound=msgspec.Struct)
FiltersT = TypeVar("FiltersT", bound=msgspec.Struct)


def sent_fields(patch: msgspec.Struct) -> dict[str, Any]:
    """The fields a patch sets (``null`` included), leaving out those it does not mention."""
    return {k: v for k, v in msgspec.structs.asdict(patch).items() if v is not msgspec.UNSET}


class VersionedService(Generic[CreateT, PatchT, FiltersT]):
    """The rules of one versioned resource; subclasses add what is their own."""

    records: ClassVar[Records]
    order: ClassVar[Order] = (("t.id", True),)
    """The list's order unless :meth:`ordering` says otherwise: newest id first."""

    async def create(self, ctx: Context, data: CreateT) -> Row:
        """Check ``data`` against the resource's rules and store it, with a new id."""
        values = await self.values(ctx, data)
        values["id"] = new_id(self.records.noun.replace(" ", "_"))
        return await self.records.create(ctx, values)

    async def values(self, ctx: Context, data: CreateT) -> dict[str, Any]:
        """The columns of a new record made of ``data``, checked (422 when a rule fails)."""
        return msgspec.structs.asdict(data)

    async def revise(self, ctx: Context, current: Row, data: PatchT) -> dict[str, Any]:
        """The columns ``data`` sets, checked against the locked ``current`` row."""
        return sent_fields(data)

    async def update(self, ctx: Context, record_id: str, data: PatchT, expected: Expected) -> Row:
        """One new version (or none, if nothing changes), if still at an ``expected`` version."""

        async def revise(current: Row) -> dict[str, Any]:
            return await self.revise(ctx, current, data)

        return await self.records.update(ctx, record_id, expected, revise)

    async def delete(self, ctx: Context, record_id: str, expected: Expected) -> Row:
        """Tombstone the record; it stays in history and the change feed."""
        return await self.records.delete(ctx, record_id, expected)

    def filter(self, query: ListQuery, filters: FiltersT) -> None:
        """Add the conditions of ``filters`` to ``query``."""
        raise NotImplementedError

    def list_query(self, filters: FiltersT, as_of: datetime | None) -> ListQuery:
        """The list's query before its filters: the table's rows (at ``as_of``)."""
        return ListQuery(self.records.table, as_of=as_of)

    def ordering(self, filters: FiltersT) -> Order:
        return self.order

    def resume(self, order: Order, after: list[Any]) -> list[Any]:
        """A cursor's sort key as the query compares it (400 if it does not fit the order).

        The default order is by id (text); a service that orders by other columns says here
        what they are (:func:`watchfloor.cursors.sort_key`: JSON carried dates as text).
        """
        return sort_key(after, [str] * len(order))

    async def list(
        self,
        ctx: Context,
        filters: FiltersT,
        *,
        as_of: datetime | None,
        after: list[Any] | None,
        limit: int,
    ) -> Page:
        query = self.list_query(filters, as_of)
        self.filter(query, filters)
        order = self.ordering(filters)
        resumed = None if after is None else self.resume(order, after)
        return await query.page(ctx, order=order, after=resumed, limit=limit)


@dataclass(frozen=True)
class Resource:
    """One versioned resource, declared once: what the kit, the feed, export and import use.

    The HTTP operations are built from it by :func:`watchfloor.http.kit.routes`; the change
    feed renders its rows with :attr:`render`; the import writes it through :meth:`create` and
    :attr:`service` (every rule of the API applies to an imported line).
    """

    name: str
    """Singular name on the wire: ``actor``, ``event`` … (the change feed's ``resource``, the
    field that holds the record in a version, and ``<name>_id`` in paths)."""
    path: str
    """Collection path, e.g. ``/v1/actors``."""
    service: VersionedService[Any, Any, Any]
    render: Callable[[Row], msgspec.Struct]
    """A row of the table (current or history) → the wire type."""
    item: type[msgspec.Struct]
    """The wire type of one record."""
    create_type: type[msgspec.Struct]
    """What a create sends (and an import line, unless :attr:`import_type` says otherwise)."""
    patch_type: type[msgspec.Struct]
    version: type[Version]
    versions: type[Versions[Any]]
    page: type[msgspec.Struct] | None = None
    """The list envelope (``None`` for a resource listed only under another's path)."""
    references: Mapping[str, str] = field(default_factory=dict)
    """Fields holding ids of other resources (``memberships[].organization_id`` → ``actor``)."""
    import_type: type[msgspec.Struct] | None = None
    """What an import line sends when it is more than a create: an exported record whose
    computed state comes with it (a plan's branches with their decisions). The service's
    ``values`` receives it like a create body."""
    importer: Callable[[Context, Any], Awaitable[Row]] | None = None
    """How an import line of :attr:`create_type` is created, when not by the service's
    ``create`` (an observation's line names its indicator in the body)."""

    def __post_init__(self) -> None:
        wire = get_type_hints(self.render).get("return")
        if wire is not None and "exercise" not in wire.__struct_fields__:
            raise TypeError(f"{wire.__name__} lacks the field `exercise: ExerciseMark = UNSET`")
        object.__setattr__(self, "render", marked(self.render))

    @property
    def table(self) -> Table:
        return self.service.records.table

    @property
    def line_type(self) -> type[msgspec.Struct]:
        """What an import line is converted to."""
        return self.import_type or self.create_type

    async def create(self, ctx: Context, data: Any) -> Row:
        """Create from :attr:`create_type` or :attr:`import_type`: through the service's own
        rules."""
        if self.importer is not None:
            return await self.importer(ctx, data)
        return await self.service.create(ctx, data)

    async def update(self, ctx: Context, record_id: str, data: Any, expected: Expected) -> Row:
        return await self.service.update(ctx, record_id, data, expected)

"""SQL for system-versioned tables, composed once for every resource.

Every resource table has the same bookkeeping columns (:data:`BOOKKEEPING`) and a twin
``<table>_history``. This module holds the statements that are the same for all of them: get,
list, history, insert, update and tombstone. Resource repositories contribute their own columns
and filter fragments; values only ever travel as ``$n`` parameters.

Identifiers in this SQL come from a closed set: table and column names from the
:class:`Table` declarations in code (plain identifiers, checked when declared; the names of
an insert or update are checked against the table's columns), list conditions and orders from
the repositories' constants. Values never enter the text. Each statement is marked as reviewed
for ruff's S608 for that reason.

Dataset isolation lives here too: every read by id answers "no such record" for a row in a
dataset the caller was not granted, every insert into such a dataset is refused (403), and every
list is confined to the caller's datasets (see :mod:`watchfloor.access.principal`).
"""

import re
from collections.abc import Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import asyncpg

from watchfloor.context import Context

__all__ = (
    "BOOKKEEPING",
    "BY_DATASET",
    "HORIZON_COLUMN",
    "IN_EXERCISE",
    "ListQuery",
    "Page",
    "Table",
    "feed_horizon",
)

BY_DATASET = "t.dataset = {}"
"""The list filter every resource has: one dataset."""

BOOKKEEPING = ("id", "dataset", "version", "created_at", "updated_at", "deleted_at", "external_id")


IN_EXERCISE = (
    "(t.dataset IN (SELECT d.name FROM datasets d WHERE d.kind = 'exercise')) AS in_exercise"
)
"""A column of every row read through :attr:`Table.select_list`: the row is in an exercise
dataset (its wire type then says ``"exercise": true``). Not correlated: PostgreSQL reads the
(few) exercise datasets once per statement into a hashed set, not once per row."""

HORIZON_COLUMN = "sync_horizon"
"""Column of a first page's rows: the oldest running transaction, read in the page's snapshot."""
_HORIZON_SQL = "pg_snapshot_xmin(pg_current_snapshot())::text::bigint"


async def feed_horizon(ctx: Context) -> int:
    """The oldest running transaction: every change below it is committed and visible."""
    return int(await ctx.conn.fetchval(f"SELECT {_HORIZON_SQL}"))


@dataclass(frozen=True)
class Page:
    """Rows of one page and the sort key of the last one, when another page follows."""

    rows: list[asyncpg.Record]
    next_key: list[Any] | None


_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$")


@dataclass(frozen=True)
class Table:
    """A system-versioned resource table."""

    name: str
    """Table name; its history lives in ``<name>_history``."""
    columns: tuple[str, ...]
    """The resource's own columns, beyond :data:`BOOKKEEPING`."""

    def __post_init__(self) -> None:
        # Table and column names are spliced into SQL: they come from code, never from a
        # request, and must be plain identifiers.
        for identifier in (self.name, *self.columns):
            if not _IDENTIFIER.match(identifier):
                raise ValueError(f"not a plain SQL identifier: {identifier!r}")

    def checked(self, columns: Sequence[str]) -> Sequence[str]:
        """``columns`` if each is one of this table's (the allow-list for spliced names)."""
        unknown = [c for c in columns if c not in self.known_columns]
        if unknown:
            raise ValueError(f"{self.name} has no column {unknown[0]!r}")
        return columns

    @property
    def known_columns(self) -> frozenset[str]:
        return frozenset((*BOOKKEEPING, *self.columns))

    @property
    def select_list(self) -> str:
        return ", ".join((*(f"t.{c}" for c in (*BOOKKEEPING, *self.columns)), IN_EXERCISE))

    def relation(self, as_of_param: str | None, alias: str = "t") -> str:
        """The rows to read: the current table, or every version valid at ``as_of_param``.

        ``alias`` names them; a correlated subquery over the same table needs another one.
        The period test sits outside the ``UNION ALL``: a union with a filter in each branch
        is not flattened, so an ``as_of`` page would sort every version valid then; flattened,
        it merges the two tables' id indexes and stops after one page.
        """
        if as_of_param is None:
            return f"{self.name} {alias}"
        return (
            f"(SELECT * FROM (SELECT * FROM {self.name} UNION ALL "  # noqa: S608
            f"SELECT * FROM {self.name}_history) v "
            f"WHERE v.sys_period @> {as_of_param}::timestamptz) {alias}"
        )

    async def get(
        self, ctx: Context, record_id: str, as_of: datetime | None = None
    ) -> asyncpg.Record | None:
        """The live (not deleted) version of one record, now or at ``as_of``."""
        if as_of is None:
            sql = f"SELECT {self.select_list} FROM {self.name} t WHERE t.id = $1"  # noqa: S608
            row = await ctx.conn.fetchrow(sql, record_id)
        else:
            sql = f"SELECT {self.select_list} FROM {self.relation('$2')} WHERE t.id = $1"  # noqa: S608
            row = await ctx.conn.fetchrow(sql, record_id, as_of)
        if row is None or row["deleted_at"] is not None or not ctx.may_see(row["dataset"]):
            return None
        return row

    async def get_unless(
        self,
        ctx: Context,
        record_id: str,
        as_of: datetime | None,
        versions: Sequence[int] | None,
    ) -> tuple[asyncpg.Record | None, tuple[int, str] | None]:
        """For ``If-None-Match``: the record, unless it is at one of ``versions`` (``None``: any).

        Returns ``(row, None)`` when the caller's copy is stale, ``(None, (version, dataset))``
        when it is current (only the version is read: nothing to decode, render or send),
        ``(None, None)`` when there is no such record for the caller. One statement either way.
        """
        relation = self.relation("$3" if as_of is not None else None)
        unchanged = "$2::int[] IS NULL OR t.version = ANY($2::int[])"
        sql = (
            f"SELECT m.current_version, m.current_dataset, m.current_deleted_at, f.* FROM ("  # noqa: S608
            f"SELECT t.version AS current_version, t.dataset AS current_dataset, "
            f"t.deleted_at AS current_deleted_at FROM {relation} WHERE t.id = $1) m "
            f"LEFT JOIN LATERAL (SELECT {self.select_list} FROM {relation} "
            f"WHERE t.id = $1 AND NOT ({unchanged})) f ON true"
        )
        args: list[Any] = [record_id, None if versions is None else list(versions)]
        if as_of is not None:
            args.append(as_of)
        row = await ctx.conn.fetchrow(sql, *args)
        if (
            row is None
            or row["current_deleted_at"] is not None
            or not ctx.may_see(row["current_dataset"])
        ):
            return None, None
        if row["id"] is None:
            return None, (int(row["current_version"]), str(row["current_dataset"]))
        return row, None

    async def history(self, ctx: Context, record_id: str) -> list[asyncpg.Record]:
        """Every version of one record, oldest first, with its transaction-time range."""
        sql = (
            f"SELECT {self.select_list}, lower(t.sys_period) AS recorded_from, "  # noqa: S608
            f"upper(t.sys_period) AS recorded_to FROM ("
            f"SELECT * FROM {self.name} WHERE id = $1 UNION ALL "
            f"SELECT * FROM {self.name}_history WHERE id = $1) t ORDER BY t.version"
        )
        return [row for row in await ctx.conn.fetch(sql, record_id) if ctx.may_see(row["dataset"])]

    async def versions(
        self, ctx: Context, ids: Sequence[str], versions: Sequence[int]
    ) -> list[asyncpg.Record]:
        """The given versions (``ids[i]`` at ``versions[i]``), current or historical."""
        return list(await ctx.conn.fetch(versions_query(self), list(ids), list(versions)))

    async def insert(self, ctx: Context, values: dict[str, Any]) -> asyncpg.Record:
        ctx.require_dataset(values["dataset"])
        names = list(self.checked(list(values)))
        placeholders = ", ".join(f"${i}" for i in range(1, len(names) + 1))
        sql = (
            f"INSERT INTO {self.name} AS t ({', '.join(names)}) VALUES ({placeholders}) "  # noqa: S608
            f"RETURNING {self.select_list}"
        )
        row = await ctx.conn.fetchrow(sql, *values.values())
        assert row is not None
        return row

    async def update(self, ctx: Context, record_id: str, values: dict[str, Any]) -> asyncpg.Record:
        """Write a new version; the trigger moves the old one to history and bumps ``version``."""
        names = list(self.checked(list(values)))
        assignments = ", ".join(f"{name} = ${i}" for i, name in enumerate(names, start=2))
        sql = (
            f"UPDATE {self.name} AS t SET {assignments} WHERE t.id = $1 "  # noqa: S608
            f"RETURNING {self.select_list}"
        )
        row = await ctx.conn.fetchrow(sql, record_id, *values.values())
        assert row is not None
        return row

    async def lock(self, ctx: Context, record_id: str) -> asyncpg.Record | None:
        """The current version, locked until the transaction ends (read-modify-write)."""
        sql = f"SELECT {self.select_list} FROM {self.name} t WHERE t.id = $1 FOR UPDATE"  # noqa: S608
        return _visible(ctx, await ctx.conn.fetchrow(sql, record_id))

    async def lock_many(self, ctx: Context, record_ids: Sequence[str]) -> list[asyncpg.Record]:
        """The current versions of ``record_ids`` the caller may see, locked until the
        transaction ends, in the order of their ids (two writers never wait on each other)."""
        sql = (
            f"SELECT {self.select_list} FROM {self.name} t "  # noqa: S608
            f"WHERE t.id = ANY($1::text[]) ORDER BY t.id FOR UPDATE"
        )
        rows = await ctx.conn.fetch(sql, list(record_ids))
        return [row for row in rows if ctx.may_see(row["dataset"])]

    async def tombstone(self, ctx: Context, record_id: str) -> asyncpg.Record:
        sql = (
            f"UPDATE {self.name} AS t SET deleted_at = now() WHERE t.id = $1 "  # noqa: S608
            f"RETURNING {self.select_list}"
        )
        row = await ctx.conn.fetchrow(sql, record_id)
        assert row is not None
        return row


def _visible(ctx: Context, row: asyncpg.Record | None) -> asyncpg.Record | None:
    """``row``, or ``None`` when it lies in a dataset the caller may not see."""
    return row if row is not None and ctx.may_see(row["dataset"]) else None


@dataclass
class ListQuery:
    """A keyset-paginated listing over a :class:`Table`, built one filter at a time."""

    table: Table
    as_of: datetime | None = None
    args: list[Any] = field(default_factory=list)
    conditions: list[str] = field(default_factory=lambda: ["t.deleted_at IS NULL"])
    joins: list[str] = field(default_factory=list)
    computed: dict[str, str] = field(default_factory=dict)
    """Extra columns, name → SQL expression: selected with every row (``row[name]``) and
    usable by name in ``order``, e.g. a search rank."""
    candidates: tuple[Sequence[tuple[str, bool]], int] | None = None
    """``(order, n)``: only the first ``n`` matching rows in ``order`` are paged through (in the
    page's own order), so an index on ``order`` can stop after ``n`` rows, e.g. a search ranks
    only its newest matches instead of computing a rank for every match."""
    refine: list[str] = field(default_factory=list)
    """Conditions checked on the :attr:`candidates` only, after they are taken (costly ones no
    index answers and the planner cannot estimate); plain conditions without candidates."""

    custom_plan: bool = False
    """Plan this list for its values each time (``plan_cache_mode``, for this statement only):
    for filters whose best plan depends on the value (a common word or a rare one) and whose
    generic plan, which knows no value, is far slower than any custom one."""

    def __post_init__(self) -> None:
        self._as_of_param = self.param(self.as_of) if self.as_of is not None else None

    def param(self, value: Any) -> str:
        """Bind ``value`` and return its placeholder."""
        self.args.append(value)
        return f"${len(self.args)}"

    def where(self, fragment: str, *values: Any) -> None:
        """Add a condition; ``{}`` in ``fragment`` are replaced by placeholders for ``values``."""
        self.conditions.append(fragment.format(*(self.param(v) for v in values)))

    def where_given(self, filters: object, conditions: Mapping[str, str]) -> None:
        """For each attribute of ``filters`` named in ``conditions`` and given (not ``None``),
        its condition (one ``{}``, the value)."""
        for name, fragment in conditions.items():
            value = getattr(filters, name)
            if value is not None:
                self.where(fragment, value)

    async def page(
        self,
        ctx: Context,
        *,
        order: Sequence[tuple[str, bool]],
        after: Sequence[Any] | None,
        limit: int,
    ) -> Page:
        """One page in ``order``; the sort key of a row is read from the columns named in it."""
        rows = await self.fetch(ctx, order=order, after=after, limit=limit)
        if len(rows) <= limit:
            return Page(rows, None)
        rows = rows[:limit]
        last = rows[-1]
        return Page(rows, [last[expr.removeprefix("t.")] for expr, _ in order])

    async def fetch(
        self,
        ctx: Context,
        *,
        order: Sequence[tuple[str, bool]],
        after: Sequence[Any] | None,
        limit: int,
    ) -> list[asyncpg.Record]:
        """Up to ``limit + 1`` rows after the key ``after`` in ``order`` (expression, descending).

        The extra row tells the caller whether there is another page. Every order expression must
        be non-null and the last one unique (the id), so the keyset comparison is total. An
        expression may be the name of a :attr:`computed` column.
        """
        order = [(self.computed.get(expr, expr), desc) for expr, desc in order]
        conditions = list(self.conditions)
        datasets = ctx.visible_datasets
        if datasets is not None:
            conditions.append(f"t.dataset = ANY({self.param(datasets)}::text[])")
        keyset = [self._keyset(order, after)] if after is not None else []
        computed = dict(self.computed)
        if ctx.horizon:
            computed[HORIZON_COLUMN] = _HORIZON_SQL
        select_list = ", ".join(
            [self.table.select_list, *(f"{expr} AS {name}" for name, expr in computed.items())]
        )
        source = f"{self.table.relation(self._as_of_param)} {' '.join(self.joins)}"
        if self.candidates is None:
            source += f" WHERE {_all([*conditions, *self.refine, *keyset])}"
        else:
            # The candidates are the same set on every page (the keyset applies after them),
            # and computed columns are computed for them only.
            first, n = self.candidates
            source = (
                f"(SELECT t.* FROM {source} WHERE {_all(conditions)} "  # noqa: S608
                f"ORDER BY {_order_sql(first)} LIMIT {int(n)}) t"
            )
            if keyset or self.refine:
                source += f" WHERE {_all([*self.refine, *keyset])}"
        sql = (
            f"SELECT {select_list} FROM {source} "  # noqa: S608
            f"ORDER BY {_order_sql(order)} LIMIT {self.param(limit + 1)}"
        )
        if not self.custom_plan:
            return list(await ctx.conn.fetch(sql, *self.args))
        if ctx.conn.is_in_transaction():
            # Ends with the transaction, also when the query fails and aborts it.
            await ctx.conn.execute("SET LOCAL plan_cache_mode = force_custom_plan")
            return list(await ctx.conn.fetch(sql, *self.args))
        # A transaction of its own, opened with the setting in one round trip: a session SET
        # (and its RESET) could land on other server connections behind PgBouncer and leave
        # the setting on one that another client is given next.
        await ctx.conn.execute("BEGIN READ ONLY; SET LOCAL plan_cache_mode = force_custom_plan")
        try:
            rows = list(await ctx.conn.fetch(sql, *self.args))
        except BaseException:
            if not ctx.conn.is_closed() and ctx.conn.is_in_transaction():
                # Cancelled mid-statement, the connection is busy: the pool rolls it back.
                with suppress(asyncpg.InterfaceError, asyncpg.PostgresError):
                    await ctx.conn.execute("ROLLBACK")
            raise
        await ctx.conn.execute("COMMIT")
        return rows

    def _keyset(self, order: Sequence[tuple[str, bool]], after: Sequence[Any]) -> str:
        directions = {desc for _, desc in order}
        if len(directions) == 1:
            # One direction: a row comparison the planner turns into an index range.
            exprs = ", ".join(expr for expr, _ in order)
            values = ", ".join(self.param(v) for v in after)
            op = "<" if order[0][1] else ">"
            return f"({exprs}) {op} ({values})"
        # Mixed directions: expand (a, b) after (x, y) by hand.
        clauses = []
        for i, (expr, desc) in enumerate(order):
            equal = [f"{e} = {self.param(after[j])}" for j, (e, _) in enumerate(order[:i])]
            op = "<" if desc else ">"
            clauses.append(
                "(" + " AND ".join([*equal, f"{expr} {op} {self.param(after[i])}"]) + ")"
            )
        return "(" + " OR ".join(clauses) + ")"


def versions_query(table: Table) -> str:
    """``table.select_list`` of ``$1[i]`` at version ``$2[i]``, current or historical."""
    return (
        f"SELECT {table.select_list} FROM ("  # noqa: S608
        f"SELECT * FROM {table.name} WHERE id = ANY($1::text[]) UNION ALL "
        f"SELECT * FROM {table.name}_history WHERE id = ANY($1::text[])) t "
        f"JOIN unnest($1::text[], $2::int[]) AS wanted (id, version) "
        f"ON wanted.id = t.id AND wanted.version = t.version"
    )


def _all(conditions: Sequence[str]) -> str:
    return " AND ".join(f"({c})" for c in conditions)


def _order_sql(order: Sequence[tuple[str, bool]]) -> str:
    return ", ".join(f"{expr} {'DESC' if desc else 'ASC'}" for expr, desc in order)

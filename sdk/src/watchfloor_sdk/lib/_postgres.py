"""A :class:`~watchfloor_sdk.lib.SyncStore` in a PostgreSQL database of your own (psycopg 3).

``pip install 'watchfloor-sdk[postgres]'`` brings psycopg. The tables live in their own schema
(default ``watchfloor``), made if missing, the same as :class:`~watchfloor_sdk.lib.SQLiteMirror`'s
with ``body`` as ``jsonb``, so you can query records where they land:

    SELECT body->>'name' FROM watchfloor.records
    WHERE resource = 'actor' AND NOT deleted AND body->>'country' = 'PRK';

Every method is one transaction; the swap at the end of a bootstrap is too, so readers in
other sessions see the copy before it or after it, never half of it.
"""

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from watchfloor_sdk.lib._rows import rows_of
from watchfloor_sdk.lib._sync import SyncPage

if TYPE_CHECKING:
    import psycopg

__all__ = ("PostgresMirror",)

_TABLE = """CREATE TABLE IF NOT EXISTS {schema}.{table} (
    resource text NOT NULL,
    id       text NOT NULL,
    version  integer NOT NULL,
    deleted  boolean NOT NULL,
    dataset  text NOT NULL,
    body     jsonb,
    PRIMARY KEY (resource, id)
)"""
_CURSORS = "CREATE TABLE IF NOT EXISTS {schema}.sync_cursors (resource text PRIMARY KEY, cursor text NOT NULL)"
_UPSERT = """
INSERT INTO {schema}.{table} AS t (resource, id, version, deleted, dataset, body)
VALUES (%s, %s, %s, %s, %s, %s::jsonb)
ON CONFLICT (resource, id) DO UPDATE SET
    version = excluded.version, deleted = excluded.deleted, dataset = excluded.dataset,
    body = excluded.body
WHERE excluded.version > t.version
"""
_SAVE_CURSOR = """
INSERT INTO {schema}.sync_cursors (resource, cursor) VALUES (%s, %s)
ON CONFLICT (resource) DO UPDATE SET cursor = excluded.cursor
"""


class PostgresMirror:
    """Mirror Watchfloor into PostgreSQL: ``conninfo`` (``postgresql://…``) or a connection.

    mirror = PostgresMirror("postgresql://me@db.example/partner")
    client.sync(mirror, resources=["actor", "event"])
    """

    def __init__(
        self, conninfo: "str | psycopg.Connection[Any]", *, schema: str = "watchfloor"
    ) -> None:
        try:
            import psycopg
            from psycopg import sql
        except ImportError as exc:  # pragma: no cover - depends on the installation
            raise ImportError(
                "PostgresMirror needs psycopg: pip install 'watchfloor-sdk[postgres]'"
            ) from exc
        self.conn: psycopg.Connection[Any] = (
            psycopg.connect(conninfo) if isinstance(conninfo, str) else conninfo
        )
        self._owns_conn = isinstance(conninfo, str)
        self._sql, self._schema = sql, sql.Identifier(schema)
        self._upsert_live = self._q(_UPSERT, table="records")
        self._upsert_staged = self._q(_UPSERT, table="records_staging")
        self._save_cursor = self._q(_SAVE_CURSOR)
        with self.conn.transaction():
            self.conn.execute(self._q("CREATE SCHEMA IF NOT EXISTS {schema}"))
            self.conn.execute(self._q(_TABLE, table="records"))
            self.conn.execute(self._q(_TABLE, table="records_staging"))
            self.conn.execute(self._q(_CURSORS))

    def close(self) -> None:
        """Close the connection (when this mirror opened it)."""
        if self._owns_conn:
            self.conn.close()

    def _q(self, template: str, **tables: str) -> "psycopg.sql.Composed":
        """``template`` with the schema and ``tables`` filled in as quoted identifiers."""
        identifiers = {name: self._sql.Identifier(value) for name, value in tables.items()}
        return self._sql.SQL(template).format(schema=self._schema, **identifiers)

    def load_cursors(self) -> Mapping[str, str]:
        """Each resource the copy covers, with the cursor to resume it from."""
        with self.conn.transaction():
            rows = self.conn.execute(self._q("SELECT resource, cursor FROM {schema}.sync_cursors"))
            return {str(r): str(c) for r, c in rows.fetchall()}

    def apply(self, page: SyncPage) -> None:
        """Apply one page (and save its cursor) in one transaction."""
        with self.conn.transaction(), self.conn.cursor() as cur:
            rows = rows_of(page)
            if rows:
                cur.executemany(self._upsert_staged if page.bootstrap else self._upsert_live, rows)
            if page.cursor is not None:
                cur.executemany(self._save_cursor, [(r, page.cursor) for r in page.resources])

    def begin_bootstrap(self, resources: Sequence[str]) -> None:
        """Empty the staging table."""
        with self.conn.transaction():
            self.conn.execute(self._q("TRUNCATE {schema}.records_staging"))

    def finish_bootstrap(self, resources: Sequence[str], cursor: str) -> None:
        """Swap the staged records of ``resources`` in and save their cursor, in one transaction."""
        names = list(resources)
        with self.conn.transaction(), self.conn.cursor() as cur:
            cur.execute(self._q("DELETE FROM {schema}.records WHERE resource = ANY(%s)"), (names,))
            cur.execute(
                self._q(
                    "INSERT INTO {schema}.records SELECT * FROM {schema}.records_staging "
                    "WHERE resource = ANY(%s)"
                ),
                (names,),
            )
            cur.execute(self._q("TRUNCATE {schema}.records_staging"))
            cur.executemany(self._save_cursor, [(r, cursor) for r in names])

    def versions(self, resource: str | None = None) -> dict[tuple[str, str], int]:
        """(resource, id) → version of every record held (tombstones left out)."""
        with self.conn.transaction():
            rows = self.conn.execute(
                self._q(
                    "SELECT resource, id, version FROM {schema}.records "
                    "WHERE NOT deleted AND (%s::text IS NULL OR resource = %s)"
                ),
                (resource, resource),
            ).fetchall()
        return {(str(r), str(i)): int(v) for r, i, v in rows}

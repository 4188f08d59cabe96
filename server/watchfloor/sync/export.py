"""``GET /v1/export``: one resource of one dataset as NDJSON, from one snapshot, memory flat.

The rows come through a server-side cursor inside one ``REPEATABLE READ READ ONLY`` transaction,
so the file is one consistent snapshot however long it takes to stream, and only one batch is
in memory at a time. The ``sync_cursor`` is taken *before* that snapshot: every change below it
is in the file, and following the feed from it misses nothing (a read-only transaction takes no
transaction id, so a long export never holds the feed's horizon back).

PostgreSQL writes each line (:mod:`watchfloor.sync.representation`, the change feed's objects):
Python only forwards text, and the database's work runs on another core beside it. Building
those lines is the export's limit, not this loop: ``COPY (…) TO STDOUT`` of the same lines
(CSV with a delimiter and quote JSON never holds, so each record is the line as it is), sent
from COPY's output callback, measured the same through HTTP (0.34× against 0.33× of raw COPY,
nine alternated rounds) and cost the server more CPU, so the cursor stays (``bench/NOTES.md``).

JSON allows U+2028 and U+2029 raw inside strings, and PostgreSQL writes them so; but readers
that split text on Unicode line breaks (Python's ``str.splitlines``, JavaScript before ES2019)
would cut such a record in two. Both are written escaped (``\u2028``), which means the same
JSON, so every line break in the file is a record's end.
"""

from collections.abc import AsyncIterator
from datetime import datetime

import asyncpg

from watchfloor.registry import Resource
from watchfloor.sync.representation import json_rows

__all__ = ("EXPORT", "export_lines")

EXPORT = (
    "SELECT {columns} FROM {relation} WHERE t.deleted_at IS NULL AND t.dataset = $1 ORDER BY t.id"
)
"""Every live record of one dataset; ``{relation}`` is the table, or its versions at ``$2``."""

_PREFETCH = 500
_CHUNK_BYTES = 64 * 1024
_LINE_SEPARATORS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029"})


def _line(text: str) -> bytes:
    """One record's line; outside strings JSON has no U+2028/U+2029, so replacing is safe."""
    if "\u2028" in text or "\u2029" in text:
        text = text.translate(_LINE_SEPARATORS)
    return text.encode()


async def export_lines(
    conn: asyncpg.Connection, resource: Resource, dataset: str, as_of: datetime | None
) -> AsyncIterator[bytes]:
    """NDJSON chunks of ``resource`` in ``dataset`` (each line the resource's representation)."""
    table = resource.table
    rows = EXPORT.format(
        columns=table.select_list, relation=table.relation("$2" if as_of is not None else None)
    )
    sql = json_rows(resource, rows)
    args: list[object] = [dataset] if as_of is None else [dataset, as_of]
    buffer = bytearray()
    async with conn.transaction(isolation="repeatable_read", readonly=True):
        async for row in conn.cursor(sql, *args, prefetch=_PREFETCH):
            buffer += _line(row[0])
            buffer += b"\n"
            if len(buffer) >= _CHUNK_BYTES:
                yield bytes(buffer)
                buffer.clear()
    if buffer:
        yield bytes(buffer)

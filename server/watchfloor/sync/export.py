"""``GET /v1/export``: one resource of one dataset as NDJSON, from one snapshot, memory flat.

The rows come through ``COPY`` inside one ``REPEATABLE READ READ ONLY`` transaction, so the
file is one consistent snapshot however long it takes to stream, and only a few chunks are in
memory at a time. The ``sync_cursor`` is taken *before* that snapshot: every change below it
is in the file, and following the feed from it misses nothing (a read-only transaction takes no
transaction id, so a long export never holds the feed's horizon back).

PostgreSQL writes each line (:mod:`watchfloor.sync.representation`, the change feed's objects)
and sends them with ``COPY (…) TO STDOUT``: COPY streams rows without the cursor's round trip
per batch, and its output is already the file. It is asked for CSV with a delimiter (``\\x02``)
and a quote character (``\\x01``) that JSON text never holds raw (it writes control characters
escaped), so no line is ever quoted or escaped: each CSV record is the JSON text and ``\\n``,
byte for byte. (Text format would double every backslash, for Python to undo.) Python only cuts
the stream at line ends into chunks of about 64 KiB and forwards them; the database's work
runs on another core beside it. ``bench/NOTES.md`` has the measurements behind the choice.

Each chunk is handed to ``write`` (the response's send) from inside the COPY's own output
callback: no task and no queue between them. While the client does not take a chunk, the COPY
does not read from PostgreSQL, so a slow client holds back the database, not memory. A client
that leaves (or a send that times out) cancels the request, and with it the COPY, before the
connection goes back to the pool; a COPY that fails raises from here, after the response has
started, so the body ends cut short, never as a clean end of a partial file.

JSON allows U+2028 and U+2029 raw inside strings, and PostgreSQL writes them so; but readers
that split text on Unicode line breaks (Python's ``str.splitlines``, JavaScript before ES2019)
would cut such a record in two. Both are written escaped (``\u2028``), which means the same
JSON, so every line break in the file is a record's end.
"""

from collections.abc import Awaitable, Callable
from datetime import datetime

import asyncpg

from watchfloor.registry import Resource
from watchfloor.sync.representation import json_rows

__all__ = ("EXPORT", "export_lines")

EXPORT = (
    "SELECT {columns} FROM {relation} WHERE t.deleted_at IS NULL AND t.dataset = $1 ORDER BY t.id"
)
"""Every live record of one dataset; ``{relation}`` is the table, or its versions at ``$2``."""

_CHUNK_BYTES = 64 * 1024
_DELIMITER, _QUOTE = "\x02", "\x01"
"""CSV's delimiter and quote, which never occur raw in JSON text: each record is the line."""
_U2028, _U2029 = "\u2028".encode(), "\u2029".encode()


def _lines(data: bytes) -> bytes:
    """Whole lines; outside strings JSON has no U+2028/U+2029, so replacing is safe."""
    if _U2028 in data or _U2029 in data:
        data = data.replace(_U2028, b"\\u2028").replace(_U2029, b"\\u2029")
    return data


async def export_lines(
    conn: asyncpg.Connection,
    resource: Resource,
    dataset: str,
    as_of: datetime | None,
    write: Callable[[bytes], Awaitable[None]],
) -> None:
    """Write ``resource`` in ``dataset`` as NDJSON (each line the resource's representation):
    ``write`` is awaited with chunks of whole lines, about ``_CHUNK_BYTES`` each."""
    table = resource.table
    rows = EXPORT.format(
        columns=table.select_list, relation=table.relation("$2" if as_of is not None else None)
    )
    sql = json_rows(resource, rows)
    args: list[object] = [dataset] if as_of is None else [dataset, as_of]
    pending = bytearray()

    async def sink(chunk: bytes) -> None:
        """Whole lines on, about ``_CHUNK_BYTES`` at a time (a longer line alone)."""
        pending.extend(chunk)
        if len(pending) < _CHUNK_BYTES:
            return
        data, start = bytes(pending), 0
        while len(data) - start >= _CHUNK_BYTES:
            cut = data.rfind(b"\n", start, start + _CHUNK_BYTES)
            if cut < 0:
                cut = data.find(b"\n", start + _CHUNK_BYTES)
                if cut < 0:
                    break
            await write(_lines(data[start : cut + 1]))
            start = cut + 1
        del pending[:start]

    async with conn.transaction(isolation="repeatable_read", readonly=True):
        await conn.copy_from_query(
            sql, *args, output=sink, format="csv", delimiter=_DELIMITER, quote=_QUOTE
        )
    if pending:
        await write(_lines(bytes(pending)))

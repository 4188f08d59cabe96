"""The unit of an import: one row of the import format, or the reason a line is not one.

Every reader (NDJSON, and each format importer in ``watchfloor.formats``) yields
:class:`ImportRow` values, so the pipeline never sees a file format. Readers stream: they hold
one line (or one record) at a time, never the file.
"""

from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import msgspec

from watchfloor.wire import JsonError, read_json

__all__ = (
    "MAX_LINE_BYTES",
    "ImportRow",
    "Repair",
    "ndjson_rows",
    "ndjson_rows_from_chunks",
    "parse_line",
)

MAX_LINE_BYTES = 4 * 1024 * 1024
"""Longest NDJSON line read; a longer one is rejected without being held in memory."""

_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True, slots=True)
class Repair:
    """What a reader changed or left out to keep a record the input got partly wrong."""

    field: str
    """The input's field, as the data set names it (``high``, ``target``, ``id``)."""
    detail: str
    """What the input said, and what was kept instead."""


@dataclass(frozen=True, slots=True)
class ImportRow:
    """One record to import (``record``) or one line that cannot be read (``error``).

    A reader that can tell which record a bad line meant says so (``resource``,
    ``external_id``), so the report counts the rejection against that resource.
    """

    line: int
    """1-based line in the input the row came from; 0 for a record the reader generated."""
    record: dict[str, Any] | None = None
    error: str | None = None
    repairs: tuple[Repair, ...] = ()
    """What the reader repaired to keep the record; reported as warnings once it is imported."""
    resource: str | None = None
    """For a rejected line: the resource it would have been, when the reader knows."""
    external_id: str | None = None
    """For a rejected line: the record's ``external_id``, when the reader knows."""

    @classmethod
    def rejected(
        cls,
        line: int,
        error: str,
        resource: str | None = None,
        external_id: str | None = None,
    ) -> "ImportRow":
        return cls(line, None, error, resource=resource, external_id=external_id)


def parse_line(number: int, raw: bytes | str) -> ImportRow | None:
    """One NDJSON line → a row; ``None`` for a blank line (no record, nothing to report)."""
    data = raw.encode() if isinstance(raw, str) else bytes(raw)
    if number == 1 and data.startswith(_BOM):
        data = data[len(_BOM) :]
    if not data.strip():
        return None
    try:
        value = read_json(data)
    except msgspec.DecodeError as exc:
        return ImportRow.rejected(number, f"not JSON: {exc}")
    except JsonError as exc:
        return ImportRow.rejected(number, f"not acceptable JSON: {exc}")
    if not isinstance(value, dict):
        return ImportRow.rejected(number, "a line must be one JSON object")
    return ImportRow(number, value)


def ndjson_rows(lines: Iterable[bytes | str]) -> Iterator[ImportRow]:
    """Rows of NDJSON given line by line (a list of lines, an open file …)."""
    for number, raw in enumerate(lines, start=1):
        row = parse_line(number, raw)
        if row is not None:
            yield row


async def ndjson_rows_from_chunks(
    chunks: AsyncIterable[bytes], max_line_bytes: int = MAX_LINE_BYTES
) -> AsyncIterator[ImportRow]:
    """Rows of NDJSON arriving in arbitrary chunks (an HTTP body), split on ``\\n``.

    A line longer than ``max_line_bytes`` is rejected and skipped without being buffered.
    """
    buffer = bytearray()
    number = 1
    overlong = False
    async for chunk in chunks:
        start = 0
        while True:
            end = chunk.find(b"\n", start)
            if end < 0:
                if not overlong:
                    buffer += chunk[start:]
                    overlong = len(buffer) > max_line_bytes
                    if overlong:
                        buffer.clear()
                break
            if overlong:
                yield ImportRow.rejected(number, f"line longer than {max_line_bytes} bytes")
                overlong = False
            else:
                buffer += chunk[start:end]
                if len(buffer) > max_line_bytes:
                    yield ImportRow.rejected(number, f"line longer than {max_line_bytes} bytes")
                else:
                    row = parse_line(number, bytes(buffer.rstrip(b"\r")))
                    if row is not None:
                        yield row
            buffer.clear()
            number += 1
            start = end + 1
    if overlong:
        yield ImportRow.rejected(number, f"line longer than {max_line_bytes} bytes")
    elif buffer:
        row = parse_line(number, bytes(buffer.rstrip(b"\r")))
        if row is not None:
            yield row

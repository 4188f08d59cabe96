"""``ndjson``: the import format itself, read line by line."""

from collections.abc import Iterator
from pathlib import Path

from watchfloor.imports.rows import ImportRow, ndjson_rows

__all__ = ("read",)


def read(path: Path) -> Iterator[ImportRow]:
    with path.open("rb") as lines:
        yield from ndjson_rows(lines)

"""Readers of public data-set formats: each translates one kind of file into rows of the import format.

They are pure translations (a path in, :class:`~watchfloor.imports.rows.ImportRow` values out): no
database, no network. They stream, and a line or record they cannot read becomes a rejected row
with its line number and reason, never a crash and never a silent drop. The pipeline
(:mod:`watchfloor.imports`) does the rest. ``docs/importers.md`` documents each format's mapping and
quirks.
"""

from collections.abc import Callable, Iterator
from pathlib import Path

from watchfloor.formats import cns, gdelt, icews, ndjson, nuclear, plover, ucdp
from watchfloor.imports.rows import ImportRow

__all__ = ("FORMATS", "read_file")

Reader = Callable[[Path], Iterator[ImportRow]]

FORMATS: dict[str, Reader] = {
    "ndjson": ndjson.read,
    "cns": cns.read,
    "nk-nuclear": nuclear.read,
    "gdelt1": gdelt.read_v1,
    "gdelt2": gdelt.read_v2,
    "plover": plover.read,
    "icews": icews.read,
    "ucdp": ucdp.read,
}
"""Format name → its reader."""


def read_file(format_name: str, path: Path) -> Iterator[ImportRow]:
    """The rows of ``path`` read as ``format_name`` (a key of :data:`FORMATS`)."""
    return FORMATS[format_name](path)

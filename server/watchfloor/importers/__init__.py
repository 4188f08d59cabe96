"""Format importers: each translates one kind of file into rows of the import format.

They are pure translations (a path in, :class:`~watchfloor.bulk.rows.ImportRow` values out): no
database, no network. They stream, and a line or record they cannot read becomes a rejected row
with its line number and reason, never a crash and never a silent drop. The pipeline
(``watchfloor.bulk``) does the rest. ``docs/importers.md`` documents each format's mapping and
quirks.
"""

from collections.abc import Callable, Iterator
from importlib import import_module
from pathlib import Path

from watchfloor.bulk.rows import ImportRow

__all__ = ("FORMATS", "read_file")

Reader = Callable[[Path], Iterator[ImportRow]]

FORMATS: dict[str, str] = {
    "ndjson": "watchfloor.importers.ndjson:read",
    "cns": "watchfloor.importers.cns:read",
    "nk-nuclear": "watchfloor.importers.nuclear:read",
    "gdelt1": "watchfloor.importers.gdelt:read_v1",
    "gdelt2": "watchfloor.importers.gdelt:read_v2",
    "plover": "watchfloor.importers.plover:read",
    "icews": "watchfloor.importers.icews:read",
    "ucdp": "watchfloor.importers.ucdp:read",
}
"""Format name → ``module:function`` of its reader (imported only when used)."""


def read_file(format_name: str, path: Path) -> Iterator[ImportRow]:
    """The rows of ``path`` read as ``format_name`` (a key of :data:`FORMATS`)."""
    module, _, function = FORMATS[format_name].partition(":")
    reader: Reader = getattr(import_module(module), function)
    return reader(path)

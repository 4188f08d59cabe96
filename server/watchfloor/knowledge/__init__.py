"""The built-in Korea knowledge base: curated NDJSON in the import format, and its loader.

The ``*.ndjson`` files beside this module are read in name order (sources, actors, weapons,
events, statements, indicators, observations), so every ``@external_id`` reference names a
record an earlier line created. ``README.md`` here says what they hold and how they were curated.

The loader does not write rows itself: it hands each file to the import pipeline, the one place
that knows how to upsert import rows (see ``docs/import-format.md``).
"""

from importlib import resources
from importlib.resources.abc import Traversable

from watchfloor.context import Context
from watchfloor.imports.schemas import ImportReport
from watchfloor.imports.service import import_ndjson

__all__ = ("knowledge_files", "load_knowledge_base")


def knowledge_files() -> list[Traversable]:
    """The knowledge base files, in the order they must be loaded."""
    folder = resources.files(__name__)
    return sorted((f for f in folder.iterdir() if f.name.endswith(".ndjson")), key=lambda f: f.name)


async def load_knowledge_base(
    ctx: Context, dataset: str = "live"
) -> list[tuple[str, ImportReport]]:
    """Import every knowledge base file into ``dataset``; one ``(file name, report)`` per file.

    Each file goes through the import pipeline (every rule of the API applies). Safe to repeat:
    rows are upserted by ``external_id``, so a second load changes nothing.
    """
    reports: list[tuple[str, ImportReport]] = []
    for file in knowledge_files():
        with file.open("r", encoding="utf-8") as lines:
            reports.append((file.name, await import_ndjson(ctx, lines, dataset)))
    return reports

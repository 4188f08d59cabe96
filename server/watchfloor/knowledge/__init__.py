"""The built-in Korea knowledge base: NDJSON in the import format, and its loader.

The curated ``*.ndjson`` files beside this module are read first, in name order (sources,
actors, weapons, events, statements, indicators, observations), then the openly licensed
data-set series in ``datasets/`` (the DPRK missile and nuclear tests, written by
``scripts/gen_knowledge_datasets.py``), so every ``@external_id`` reference names a record an
earlier line created. ``README.md`` here says what they hold, how they were curated and under
which licence each series is shipped.

The loader does not write rows itself: it hands each file to the import pipeline, the one place
that knows how to upsert import rows (see ``docs/import-format.md``).
"""

from importlib import resources
from importlib.resources.abc import Traversable

from watchfloor.context import Context
from watchfloor.imports.schemas import ImportReport
from watchfloor.imports.service import import_ndjson

__all__ = ("curated_files", "dataset_files", "knowledge_files", "load_knowledge_base")


def _ndjson(folder: Traversable) -> list[Traversable]:
    return sorted((f for f in folder.iterdir() if f.name.endswith(".ndjson")), key=lambda f: f.name)


def curated_files() -> list[Traversable]:
    """The curated files, in the order they must be loaded."""
    return _ndjson(resources.files(__name__))


def dataset_files() -> list[Traversable]:
    """The data-set series, loaded after the curated files whose states they point at."""
    return _ndjson(resources.files(__name__).joinpath("datasets"))


def knowledge_files() -> list[Traversable]:
    """Every knowledge base file, in the order they must be loaded."""
    return curated_files() + dataset_files()


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

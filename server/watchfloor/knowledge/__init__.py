"""The built-in Korea knowledge base: curated NDJSON in the import format, and its loader.

The ``*.ndjson`` files beside this module are read in name order (sources, actors, weapons,
events, statements, indicators, observations), so every ``@external_id`` reference names a
record an earlier line created. ``README.md`` here says what they hold and how they were curated.

The loader does not write rows itself: it hands each file to the import pipeline, the one place
that knows how to upsert import rows (see ``docs/import-format.md``).
"""

import importlib
from collections.abc import Awaitable, Iterable
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Protocol, TypeVar, cast

import asyncpg

__all__ = (
    "IMPORTER",
    "ImportNdjson",
    "PipelineMissing",
    "import_pipeline",
    "knowledge_files",
    "load_knowledge_base",
)

Report = TypeVar("Report", covariant=True)

IMPORTER = "watchfloor.bulk:import_ndjson"
"""Where ``watchfloor seed`` finds the import pipeline, as ``module:function``."""


class ImportNdjson(Protocol[Report]):
    """The import pipeline as the loader calls it.

    ``lines`` are the lines of one NDJSON file in the import format, decoded from UTF-8, each
    with its trailing newline; they are read lazily, once. Every row goes to ``dataset`` (rows
    carry no ``dataset`` key). ``@external_id`` references may name records of earlier files.
    The returned report counts what happened to the rows.
    """

    def __call__(
        self, conn: asyncpg.Connection, lines: Iterable[str], dataset: str
    ) -> Awaitable[Report]: ...


class PipelineMissing(LookupError):
    """The import pipeline named by :data:`IMPORTER` is not installed."""


def knowledge_files() -> list[Traversable]:
    """The knowledge base files, in the order they must be loaded."""
    folder = resources.files(__name__)
    return sorted((f for f in folder.iterdir() if f.name.endswith(".ndjson")), key=lambda f: f.name)


def import_pipeline(spec: str | None = None) -> ImportNdjson[object]:
    """The import function named ``module:function`` (default :data:`IMPORTER`).

    Raises:
        PipelineMissing: the module or the function does not exist.
    """
    module_name, _, function = (spec or IMPORTER).partition(":")
    try:
        found = getattr(importlib.import_module(module_name), function)
    except (ImportError, AttributeError) as exc:
        raise PipelineMissing(f"no import pipeline at {spec or IMPORTER}: {exc}") from exc
    return cast("ImportNdjson[object]", found)


async def load_knowledge_base(
    conn: asyncpg.Connection, import_ndjson: ImportNdjson[Report], dataset: str = "live"
) -> list[tuple[str, Report]]:
    """Import every knowledge base file into ``dataset``; one ``(file name, report)`` per file.

    Safe to repeat: rows are upserted by ``external_id``, so a second load changes nothing.
    """
    reports: list[tuple[str, Report]] = []
    for file in knowledge_files():
        with file.open("r", encoding="utf-8") as lines:
            reports.append((file.name, await import_ndjson(conn, lines, dataset)))
    return reports

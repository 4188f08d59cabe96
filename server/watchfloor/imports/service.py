"""The import: rows in, a report out. Transactional per batch.

Rows are taken from the reader a batch at a time (``batch_size``), so memory stays flat however
long the input is. Each batch is one transaction (:mod:`watchfloor.imports.batch`): a row that
fails is rejected alone and reported, and the good rows around it commit. A batch commits
before the next is read: an interrupted import keeps every batch it finished, and importing the
same input again finishes the job (every finished row reports unchanged).
"""

from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable
from typing import Any

import asyncpg

from watchfloor.context import Context
from watchfloor.errors import FieldError, Unprocessable
from watchfloor.imports import repository as repo
from watchfloor.imports.batch import BatchWriter, Outcome
from watchfloor.imports.rows import ImportRow, ndjson_rows, parse_line
from watchfloor.imports.schemas import ImportReport, ImportWarning, RejectedLine, ResourceCounts
from watchfloor.imports.upsert import Rejected
from watchfloor.registry import Resource

__all__ = ("BATCH_SIZE", "Progress", "ReportBuilder", "import_ndjson", "import_rows")

BATCH_SIZE = 500
"""Rows per transaction."""

Rows = Iterable[ImportRow] | AsyncIterable[ImportRow]
Progress = Callable[[int, int], None]
"""Told after each committed batch: rows done so far, and how many of them were rejected."""


class ReportBuilder:
    """Counts outcomes as rows are applied, and keeps every rejected line and every repair."""

    def __init__(self, dataset: str) -> None:
        self.dataset = dataset
        self.totals = {"created": 0, "updated": 0, "unchanged": 0, "matched": 0, "rejected": 0}
        self.resources: dict[str, ResourceCounts] = {}
        self.rejected_lines: list[RejectedLine] = []
        self.warnings: list[ImportWarning] = []

    def _count(self, resource: str | None, outcome: str) -> None:
        self.totals[outcome] += 1
        if resource is not None:
            counts = self.resources.setdefault(resource, ResourceCounts())
            setattr(counts, outcome, getattr(counts, outcome) + 1)

    def applied(self, resource: str, outcome: str) -> None:
        self._count(resource, outcome)

    def rejected(
        self, line: int, reason: str, resource: str | None = None, external_id: str | None = None
    ) -> None:
        self._count(resource, "rejected")
        self.rejected_lines.append(
            RejectedLine(line=line, reason=reason, resource=resource, external_id=external_id)
        )

    def add(self, outcome: Outcome) -> None:
        row, result = outcome
        if isinstance(result, Rejected):
            self.rejected(row.line, result.reason, result.resource, result.external_id)
            return
        self.applied(result.resource, result.outcome)
        self.warnings += [
            ImportWarning(
                line=row.line,
                field=repair.field,
                detail=repair.detail,
                resource=result.resource,
                external_id=result.external_id,
            )
            for repair in row.repairs
        ]

    def report(self) -> ImportReport:
        return ImportReport(
            dataset=self.dataset,
            read=sum(self.totals.values()),
            created=self.totals["created"],
            updated=self.totals["updated"],
            unchanged=self.totals["unchanged"],
            matched=self.totals["matched"],
            rejected=self.totals["rejected"],
            resources=dict(sorted(self.resources.items())),
            rejected_lines=self.rejected_lines,
            warnings=self.warnings,
        )


async def _batches(rows: Rows, size: int) -> AsyncIterator[list[ImportRow]]:
    batch: list[ImportRow] = []
    if isinstance(rows, AsyncIterable):
        async for row in rows:
            batch.append(row)
            if len(batch) >= size:
                yield batch
                batch = []
    else:
        for row in rows:
            batch.append(row)
            if len(batch) >= size:
                yield batch
                batch = []
    if batch:
        yield batch


async def check_dataset(conn: asyncpg.Connection, dataset: str) -> None:
    """Refuse an import into a dataset that does not exist (422)."""
    if not await repo.dataset_exists(conn, dataset):
        raise Unprocessable(
            f"No dataset {dataset!r}.",
            errors=[FieldError(None, f"no dataset {dataset!r}", "dataset")],
        )


async def import_rows(
    ctx: Context,
    rows: Rows,
    dataset: str,
    *,
    batch_size: int = BATCH_SIZE,
    resources: dict[str, Resource] | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Upsert ``rows`` into ``dataset`` and report what became of each.

    ``progress`` (``watchfloor import`` on a terminal) is called after each batch commits.

    Raises:
        Forbidden: the caller's API key is not granted ``dataset`` (nothing is read).
        Unprocessable: the dataset does not exist (nothing is read).
    """
    # Before anything else: `@external_id` lookups and writes are confined to this dataset.
    ctx.require_dataset(dataset)
    await check_dataset(ctx.conn, dataset)
    writer = BatchWriter(ctx, dataset, resources)
    report = ReportBuilder(dataset)
    async for batch in _batches(rows, batch_size):
        for outcome in await writer.write(batch):
            report.add(outcome)
        if progress is not None:
            progress(sum(report.totals.values()), report.totals["rejected"])
    return report.report()


async def _ndjson_async(lines: AsyncIterable[Any]) -> AsyncIterator[ImportRow]:
    number = 0
    async for raw in lines:
        number += 1
        row = parse_line(number, raw)
        if row is not None:
            yield row


async def import_ndjson(
    ctx: Context,
    lines: Iterable[bytes | str] | AsyncIterable[bytes | str],
    dataset: str = "live",
) -> ImportReport:
    """Import NDJSON given line by line: a list of lines, an open file, an async iterator.

    The entry point of the knowledge-base loader (``watchfloor seed``) and of
    ``watchfloor import ndjson``.
    """
    rows: Rows = _ndjson_async(lines) if isinstance(lines, AsyncIterable) else ndjson_rows(lines)
    return await import_rows(ctx, rows, dataset)

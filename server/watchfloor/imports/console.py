"""``watchfloor import`` on the console: its progress while it runs, and the report at the end.

A large file takes minutes; on a terminal the command shows one live line (``rich``): bytes read
of the file's size, lines imported, their rate, rejected so far, and the time left (from the
bytes read and the file's size). Without a terminal, or with ``--json``, it prints only the
report: nothing a script would have to filter.

Bytes read are counted where the reader reads them: :class:`MeteredPath` is the file's path,
and every reader (``watchfloor.formats``) opens its file through ``path.open()``, so the count
is what left the disk (at most one buffer ahead of the rows), whatever the format.
"""

import io
import time
from pathlib import PosixPath
from types import TracebackType
from typing import IO, Any, TextIO

from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
    TransferSpeedColumn,
)

from watchfloor.imports.schemas import ImportReport

__all__ = ("ImportProgress", "MeteredPath", "render_report")


class _Counted(io.RawIOBase):
    """A file read through, adding the bytes it gives to its path's count."""

    def __init__(self, raw: io.FileIO, path: "MeteredPath") -> None:
        self._raw = raw
        self._path = path

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = self._raw.readinto(buffer) or 0
        self._path.bytes_read += n
        return n

    def close(self) -> None:
        self._raw.close()
        super().close()


class MeteredPath(PosixPath):
    """A file's path that counts the bytes read through ``open()`` (read-only opens)."""

    bytes_read: int = 0

    def open(  # type: ignore[override]
        self,
        mode: str = "r",
        buffering: int = -1,
        encoding: str | None = None,
        errors: str | None = None,
        newline: str | None = None,
    ) -> IO[Any]:
        if set(mode) - {"r", "b", "t"}:
            raise ValueError(f"a metered path is opened for reading only, not {mode!r}")
        counted = io.BufferedReader(_Counted(io.FileIO(self, "r"), self))
        if "b" in mode:
            return counted
        return io.TextIOWrapper(counted, encoding=encoding, errors=errors, newline=newline)


class ImportProgress:
    """The live line of one import, drawn on ``stream`` (a terminal) while the block runs."""

    def __init__(self, path: MeteredPath, stream: TextIO) -> None:
        self._path = path
        self._total = path.stat().st_size
        self._started = time.monotonic()
        self._progress = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            DownloadColumn(),
            TransferSpeedColumn(),
            TextColumn("{task.fields[lines]:,} lines, {task.fields[rate]:,.0f}/s"),
            TextColumn("{task.fields[rejected]:,} rejected"),
            TimeRemainingColumn(),
            console=Console(file=stream),
            refresh_per_second=4,
        )
        self._task: TaskID | None = None

    def __enter__(self) -> "ImportProgress":
        self._progress.start()
        self._task = self._progress.add_task(
            self._path.name, total=self._total or None, lines=0, rate=0.0, rejected=0
        )
        return self

    def update(self, lines: int, rejected: int) -> None:
        """After a batch: ``lines`` done so far, ``rejected`` of them."""
        assert self._task is not None
        elapsed = max(time.monotonic() - self._started, 1e-6)
        self._progress.update(
            self._task,
            completed=min(self._path.bytes_read, self._total),
            lines=lines,
            rate=lines / elapsed,
            rejected=rejected,
        )

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._task is not None and exc_type is None:
            self._progress.update(self._task, completed=self._total)
        self._progress.stop()


def render_report(report: ImportReport, source: str) -> str:
    """A few lines of totals, one per resource, then every rejected line and every warning."""
    lines = [
        f"{source} → dataset {report.dataset}",
        f"read {report.read}: created {report.created}, updated {report.updated}, "
        f"unchanged {report.unchanged}, matched {report.matched}, rejected {report.rejected}",
    ]
    for name, counts in report.resources.items():
        lines.append(
            f"  {name:<12} created {counts.created}, updated {counts.updated}, "
            f"unchanged {counts.unchanged}, matched {counts.matched}, rejected {counts.rejected}"
        )
    if report.rejected_lines:
        lines.append("rejected lines:")
    for rejected in report.rejected_lines:
        where = f"line {rejected.line}" if rejected.line else "generated record"
        what = f" [{rejected.resource} {rejected.external_id}]" if rejected.external_id else ""
        lines.append(f"  {where}{what}: {rejected.reason}")
    if report.warnings:
        lines.append("warnings (imported with a repair):")
    for warning in report.warnings:
        where = f"line {warning.line}" if warning.line else "generated record"
        lines.append(
            f"  {where} [{warning.resource} {warning.external_id}] {warning.field}: {warning.detail}"
        )
    return "\n".join(lines)

"""``client.import_file(path)`` and ``client.export_file(path, resource=...)``: NDJSON files in
and out, streamed (memory flat however large), with an optional ``progress`` callback.

``progress`` is called with a :class:`Progress` as the transfer goes (after each chunk of the
file sent, or of the export received) and once more at the end (``done=True``). It runs in the
calling thread (the event loop's, for ``AsyncClient``): keep it quick, e.g. update a bar.

An import's body is one request: the server answers with the report only when the last line is
in, so during the upload ``rejected`` is ``None`` (not known yet) and the last call carries the
report's count. A retry (the client's own, on a connection error or a 5xx) reads the file again
from its start, and the counts start again with it.

An export is written to a file beside ``path`` and renamed onto it only once the whole answer
has arrived: an export cut short raises and leaves ``path`` as it was.
"""

import asyncio
import os
import tempfile
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING

from watchfloor_sdk._core._request import RequestOptions, build_options
from watchfloor_sdk.types import ImportReport

if TYPE_CHECKING:
    from watchfloor_sdk._client import AsyncClient, Client

__all__ = (
    "CHUNK_BYTES",
    "ExportResult",
    "Progress",
    "ProgressCallback",
    "async_export_file",
    "async_import_file",
    "export_file",
    "import_file",
)

CHUNK_BYTES = 1024 * 1024
"""Bytes read from the file per chunk sent, and so between two progress calls of an import."""

_SYNC_CURSOR_HEADER = "Watchfloor-Sync-Cursor"


@dataclass(frozen=True)
class Progress:
    """How far an import or an export has gone."""

    lines: int
    """NDJSON lines sent (import) or received (export) so far."""
    bytes: int
    """Bytes sent or received so far."""
    total_bytes: int | None
    """The whole, when known: the file's size on an import; ``None`` on an export (the server
    streams it without knowing its length)."""
    rejected: int | None = None
    """Import: lines the server rejected; ``None`` until its report arrives (the last call).
    Export: always ``None``."""
    done: bool = False
    """True on the last call, once the transfer has finished."""


ProgressCallback = Callable[[Progress], None]


@dataclass(frozen=True)
class ExportResult:
    """What :meth:`export_file` wrote."""

    path: Path
    cursor: str
    """The export's ``Watchfloor-Sync-Cursor``: follow ``client.changes.list(after=...)`` from it
    to keep the file's records current."""
    lines: int
    """Records written, one per line."""
    bytes: int
    """Size of the file."""


class _Meter:
    """Counts what passes and tells ``progress``."""

    def __init__(self, progress: ProgressCallback | None, total: int | None) -> None:
        self.progress = progress
        self.total = total
        self.lines = 0
        self.bytes = 0

    def restart(self) -> None:
        self.lines = self.bytes = 0

    def add(self, chunk: bytes) -> None:
        self.lines += chunk.count(b"\n")
        self.bytes += len(chunk)
        if self.progress is not None:
            self.progress(Progress(self.lines, self.bytes, self.total))

    def finish(self, rejected: int | None = None, *, trailing: bool = False) -> None:
        """The last call; ``trailing``: the body's last line had no newline after it."""
        self.lines += int(trailing)
        if self.progress is not None:
            self.progress(Progress(self.lines, self.bytes, self.total, rejected, done=True))


class _FileBody:
    """An import's body: the file, read a chunk at a time. Each iteration (each attempt of the
    request) reads it again from its start."""

    def __init__(self, path: Path, meter: _Meter) -> None:
        self.path = path
        self.meter = meter
        self.last = b"\n"

    def __iter__(self) -> Iterator[bytes]:
        self.meter.restart()
        with self.path.open("rb") as file:
            while chunk := file.read(CHUNK_BYTES):
                self.last = chunk
                self.meter.add(chunk)
                yield chunk

    @property
    def trailing(self) -> bool:
        """The file's last line has no newline after it (it still counts as a line)."""
        return self.meter.bytes > 0 and not self.last.endswith(b"\n")


class _AsyncFileBody(_FileBody):
    """:class:`_FileBody` for the asyncio client (httpx takes a body that is iterable as a
    blocking one): the file is read from a worker thread."""

    __iter__ = None  # type: ignore[assignment]

    async def __aiter__(self) -> AsyncIterator[bytes]:
        self.meter.restart()
        file = await asyncio.to_thread(self.path.open, "rb")
        try:
            while chunk := await asyncio.to_thread(file.read, CHUNK_BYTES):
                self.last = chunk
                self.meter.add(chunk)
                yield chunk
        finally:
            file.close()


def _import_options(
    body: _FileBody, size: int, dataset: str, idempotency_key: str | None
) -> RequestOptions:
    options = build_options(
        "POST",
        "/v1/import",
        query={"dataset": dataset},
        content=b"",
        content_type="application/x-ndjson",
        idempotency_key=idempotency_key,
        # Sent with its length (not chunked): the server refuses a body over its limit at once.
        extra_headers={"Content-Length": str(size)},
    )
    return replace(options, content=body)


def import_file(
    client: "Client",
    path: str | os.PathLike[str],
    *,
    dataset: str = "live",
    idempotency_key: str | None = None,
    progress: ProgressCallback | None = None,
) -> ImportReport:
    """``POST /v1/import`` of an NDJSON file, streamed; see the module docstring."""
    source = Path(path)
    size = source.stat().st_size
    meter = _Meter(progress, size)
    body = _FileBody(source, meter)
    report = client.request(ImportReport, _import_options(body, size, dataset, idempotency_key))
    meter.finish(report.rejected, trailing=body.trailing)
    return report


async def async_import_file(
    client: "AsyncClient",
    path: str | os.PathLike[str],
    *,
    dataset: str = "live",
    idempotency_key: str | None = None,
    progress: ProgressCallback | None = None,
) -> ImportReport:
    """:func:`import_file` for the asyncio client."""
    source = Path(path)
    size = (await asyncio.to_thread(source.stat)).st_size
    meter = _Meter(progress, size)
    body = _AsyncFileBody(source, meter)
    options = _import_options(body, size, dataset, idempotency_key)
    report = await client.request(ImportReport, options)
    meter.finish(report.rejected, trailing=body.trailing)
    return report


def _temporary(target: Path) -> tuple[IO[bytes], Path]:
    """A new file beside ``target`` (same file system: the rename onto it is atomic)."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    return os.fdopen(fd, "wb"), Path(name)


def export_file(
    client: "Client",
    path: str | os.PathLike[str],
    *,
    resource: str,
    dataset: str = "live",
    as_of: datetime | str | None = None,
    progress: ProgressCallback | None = None,
) -> ExportResult:
    """``GET /v1/export`` of ``resource`` into the file ``path``; see the module docstring."""
    target = Path(path)
    meter = _Meter(progress, None)
    file, part = _temporary(target)
    try:
        with (
            file,
            client.export.with_streaming_response.export_records(
                resource=resource,  # type: ignore[arg-type]
                dataset=dataset,
                as_of=as_of,
            ) as response,
        ):
            cursor = response.headers[_SYNC_CURSOR_HEADER]
            for chunk in response.iter_bytes():
                file.write(chunk)
                meter.add(chunk)
        part.replace(target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    meter.finish()
    return ExportResult(target, cursor, meter.lines, meter.bytes)


async def async_export_file(
    client: "AsyncClient",
    path: str | os.PathLike[str],
    *,
    resource: str,
    dataset: str = "live",
    as_of: datetime | str | None = None,
    progress: ProgressCallback | None = None,
) -> ExportResult:
    """:func:`export_file` for the asyncio client (the file is written from a worker thread)."""
    target = Path(path)
    meter = _Meter(progress, None)
    file, part = await asyncio.to_thread(_temporary, target)
    try:
        async with client.export.with_streaming_response.export_records(
            resource=resource,  # type: ignore[arg-type]
            dataset=dataset,
            as_of=as_of,
        ) as response:
            cursor = response.headers[_SYNC_CURSOR_HEADER]
            async for chunk in response.iter_bytes():
                await asyncio.to_thread(file.write, chunk)
                meter.add(chunk)
        await asyncio.to_thread(file.close)
        await asyncio.to_thread(part.replace, target)
    except BaseException:
        file.close()
        part.unlink(missing_ok=True)
        raise
    meter.finish()
    return ExportResult(target, cursor, meter.lines, meter.bytes)

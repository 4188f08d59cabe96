"""Bulk paths and their raw-COPY references, measured in records per second.

Ingest writes a slice of the data set's events into a scratch dataset of the same, indexed
``events`` table (its change-log trigger included) and removes it again, so every round starts
from the same table. Export reads the live events back out.
"""

import asyncio
import itertools
import random
import threading
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import asyncpg
import msgspec

from bench import loader
from bench.database import SCRATCH_DATASETS
from bench.servers import rss_mb
from bench.vocabulary import WORDS

__all__ = ("EXPORTED", "SCRATCH", "Bulk", "RssPeak")

SCRATCH, EXPORTED = SCRATCH_DATASETS
"""The dataset ingest rounds write into (and empty again), and the one export rounds read."""


class RssPeak:
    """Samples the resident memory of a process tree every 50 ms while in a ``with`` block."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, rss_mb(self.pid))
            self._stop.wait(0.05)

    def __enter__(self) -> "RssPeak":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


@dataclass
class Bulk:
    """The ingest slice (as NDJSON and as ready rows) and the database it goes into."""

    dsn: str
    ndjson: Path
    rows: int
    auth: dict[str, str]
    large_bytes: int = 1 << 30
    """Size of the body of the large import (``bulk.import_large``): 1 GiB in a full run."""

    def slice_lines(self, rows: int | None = None, long_text: bool = False) -> Iterator[bytes]:
        """The first ``rows`` event lines of the data set, moved to the scratch dataset.

        References to actors and sources are resolved to their ids: ``@external_id`` only
        names records of the same dataset, and those live in ``live``. ``long_text`` gives each
        event a summary of about 8,000 characters, as an archive of full reports would carry.
        """
        decode, encode = msgspec.json.decode, msgspec.json.encode
        ids = self._ids
        draw = random.Random(7)
        events = (raw for raw in self.ndjson.open("rb") if raw.startswith(b'{"resource":"event"'))
        for raw in itertools.islice(events, self.rows if rows is None else rows):
            line = decode(raw)
            line["dataset"] = SCRATCH
            if long_text:
                line["summary"] = " ".join(draw.choices(WORDS, k=1_000))[:8_000]
            for field in ("actors", "recipients"):
                for part in line.get(field, []):
                    part["actor_id"] = ids[part["actor_id"].removeprefix("@")]
            for citation in line["citations"]:
                citation["source_id"] = ids[citation["source_id"].removeprefix("@")]
            yield encode(line) + b"\n"

    async def prepare(self) -> None:
        """Turn the slice into ``events`` rows once, and fill the export dataset with it."""
        conn = await asyncpg.connect(self.dsn)
        try:
            self._resolver = await _resolver(conn)
            self._ids = self._resolver.ids
            self._records = _event_rows(self._resolver, list(self.slice_lines()))
            columns, records = self._records
            await self.clear(conn, EXPORTED)
            # Ids of their own (``evt_f…``), so the ingest rounds' ids (``evt_0…``) never clash.
            exported = [(f"evt_f{n:031x}", EXPORTED, *r[2:]) for n, r in enumerate(records)]
            await conn.copy_records_to_table("events", records=exported, columns=columns)
        finally:
            await conn.close()

    async def clear(self, conn: asyncpg.Connection, dataset: str = SCRATCH) -> None:
        for table in ("events", "events_history", "changes", "audit_log"):
            await conn.execute(f"DELETE FROM {table} WHERE dataset = $1", dataset)

    async def tidy(self, conn: asyncpg.Connection) -> None:
        """``VACUUM ANALYZE`` what the ingest rounds churned, before an export is timed.

        Every import round writes the slice into the scratch dataset and deletes it again; with
        autovacuum off (as on this machine's server) the dead rows and stale statistics stay,
        and the export slice measured half its speed in a run on a reused database (1.4 s
        against 0.7 s for the same request after a ``VACUUM ANALYZE``).
        """
        for table in ("events", "events_history", "changes", "audit_log"):
            await conn.execute(f"VACUUM ANALYZE {table}")

    async def _tidy_once(self) -> None:
        conn = await asyncpg.connect(self.dsn)
        try:
            await self.tidy(conn)
        finally:
            await conn.close()

    async def copy_in(self) -> tuple[float, float]:
        """asyncpg ``copy_records_to_table`` of the slice: (records/s, seconds)."""
        conn = await asyncpg.connect(self.dsn)
        try:
            await self.clear(conn)
            columns, records = self._records
            started = time.perf_counter()
            await conn.copy_records_to_table("events", records=records, columns=columns)
            elapsed = time.perf_counter() - started
            await self.clear(conn)
        finally:
            await conn.close()
        return len(records) / elapsed, elapsed

    async def copy_out(self, dataset: str = EXPORTED) -> tuple[float, float]:
        """``COPY (the dataset's events) TO STDOUT``: (records/s, seconds)."""
        conn = await asyncpg.connect(self.dsn)
        lines = 0

        async def sink(chunk: bytes) -> None:
            nonlocal lines
            lines += chunk.count(b"\n")

        try:
            await self.tidy(conn)
            started = time.perf_counter()
            await conn.copy_from_query(
                "SELECT * FROM events WHERE dataset = $1 AND deleted_at IS NULL",
                dataset,
                output=sink,
            )
            elapsed = time.perf_counter() - started
        finally:
            await conn.close()
        return lines / elapsed, elapsed

    def http_import(self, url: str, server_pid: int) -> tuple[float, float, float]:
        """``POST /v1/import`` of the slice: (records/s, seconds, peak RSS MB of the server)."""
        body = b"".join(self.slice_lines())
        asyncio.run(self._clear_once())
        request = urllib.request.Request(
            f"{url}/v1/import?dataset={SCRATCH}",
            data=body,
            method="POST",
            headers={"Content-Type": "application/x-ndjson", **self.auth},
        )
        with RssPeak(server_pid) as peak:
            started = time.perf_counter()
            with urllib.request.urlopen(request, timeout=3600) as response:
                response.read()
            elapsed = time.perf_counter() - started
        asyncio.run(self._clear_once())
        return self.rows / elapsed, elapsed, peak.peak

    def http_import_large(self, url: str, server_pid: int) -> tuple[float, float, float]:
        """``POST /v1/import`` of about ``large_bytes`` of event lines, each with a long summary
        (about 9 KB a line: 1 GiB is some 120,000 events, so the run stays within its time),
        the body streamed in chunks (the client holds one at a time): (records/s, seconds,
        peak RSS MB)."""
        sent = {"lines": 0, "bytes": 0}

        def body() -> Iterator[bytes]:
            # At most ``large_bytes`` (the server's import limit is 1 GiB), in 1 MiB chunks.
            chunk: list[bytes] = []
            size = 0
            for line in self.slice_lines(rows=10**9, long_text=True):
                if sent["bytes"] + size + len(line) > self.large_bytes:
                    break
                chunk.append(line)
                size += len(line)
                if size >= 1 << 20:
                    yield b"".join(chunk)
                    sent["lines"] += len(chunk)
                    sent["bytes"] += size
                    chunk, size = [], 0
            if chunk:
                sent["lines"] += len(chunk)
                sent["bytes"] += size
                yield b"".join(chunk)

        asyncio.run(self._clear_once())
        request = urllib.request.Request(
            f"{url}/v1/import?dataset={SCRATCH}",
            data=body(),
            method="POST",
            headers={"Content-Type": "application/x-ndjson", **self.auth},
        )
        with RssPeak(server_pid) as peak:
            started = time.perf_counter()
            with urllib.request.urlopen(request, timeout=3600) as response:
                report = msgspec.json.decode(response.read())
            elapsed = time.perf_counter() - started
        asyncio.run(self._clear_once())
        # The data set revises some events: a later line of the same external_id updates it.
        if report.get("read") != sent["lines"] or report.get("rejected") != 0:
            raise RuntimeError(f"large import: sent {sent['lines']} lines, report {report}")
        return sent["lines"] / elapsed, elapsed, peak.peak

    def http_export(
        self, url: str, server_pid: int, dataset: str = EXPORTED
    ) -> tuple[float, float, float]:
        """``GET /v1/export`` of the dataset's events, streamed: (records/s, seconds, peak RSS)."""
        asyncio.run(self._tidy_once())
        lines = 0
        request = urllib.request.Request(
            f"{url}/v1/export?resource=event&dataset={dataset}", headers=self.auth
        )
        with RssPeak(server_pid) as peak:
            started = time.perf_counter()
            with urllib.request.urlopen(request, timeout=3600) as r:
                while chunk := r.read(1 << 20):
                    lines += chunk.count(b"\n")
            elapsed = time.perf_counter() - started
        return lines / elapsed, elapsed, peak.peak

    async def _clear_once(self) -> None:
        conn = await asyncpg.connect(self.dsn)
        try:
            await self.clear(conn)
        finally:
            await conn.close()


async def _resolver(conn: asyncpg.Connection) -> loader.Resolver:
    """External ids of the loaded actors and sources → ids, and the sources' reliability."""
    resolver = loader.Resolver()
    for row in await conn.fetch("SELECT external_id, id FROM actors WHERE external_id IS NOT NULL"):
        resolver.ids[row["external_id"]] = row["id"]
    for row in await conn.fetch(
        "SELECT external_id, id, reliability FROM sources WHERE external_id IS NOT NULL"
    ):
        resolver.ids[row["external_id"]] = row["id"]
        resolver.reliability[row["id"]] = row["reliability"]
    return resolver


def _event_rows(
    resolver: loader.Resolver, lines: list[bytes]
) -> tuple[list[str], list[tuple[Any, ...]]]:
    """The slice as ``events`` rows with fresh ids, the way the direct loader writes them."""
    _, own = loader.COLUMNS["event"]
    columns = ["id", "dataset", "external_id", *own]
    records = []
    for n, raw in enumerate(lines):
        line = msgspec.json.decode(raw)
        values = loader.values("event", line, resolver)
        records.append((f"evt_{n:032x}", SCRATCH, line["external_id"], *(values[c] for c in own)))
    return columns, records

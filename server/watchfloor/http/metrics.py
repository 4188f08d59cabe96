"""``/metrics``: Prometheus text format — the worker's lag, requests by route and status, and
the connection pool's use.

Request counters and the latency histogram are counted by :class:`RequestMetrics`, a plain ASGI
middleware that ``app.py`` installs outermost, labelled by route template
(``/v1/events/{event_id:str}``), method and status. The metric names and labels are those of
Litestar's Prometheus plugin, which counted them before; that plugin built a ``Request`` and the
request's full URL for every request only to read its route template (13% of a single read's
samples in the profile of ``bench/RESULTS.md``), so it was replaced. Each label set's children
are looked up once and kept. An answer that a middleware inside it raises (401, 429, a 503 when
no connection is free) is made into its response inside it, as Litestar does between a handler
and its middleware, so it is counted with its own status, not a default 200. They count this
server process (set ``PROMETHEUS_MULTIPROC_DIR`` to sum the processes of ``serve --workers N``,
as ``prometheus_client`` documents).

The worker's lag is read from the database at each scrape (one statement, the one of
``watchfloor worker status``), so any server process answers it for every worker process.
The pool's gauges (``watchfloor_pool_*``: size, open, in use, idle, waiting at the gate, and
the same for the imports' and exports' share) are read from the answering process's
:class:`~watchfloor.persistence.db.FairPool` at each scrape, without a statement: like any
in-memory figure under ``serve --workers N``, they are that one process's.

Like ``/readyz``, ``/metrics`` is outside ``/v1`` and needs no key (``docs/operations.md``). It
never queues for a connection: when every connection is held, or the database does not answer,
the lag is left out and ``watchfloor_worker_lag_up`` is 0.

The pools' use (``watchfloor_pool_in_use``/``watchfloor_pool_size``, ``pool`` = ``primary`` or
``replica-<n>``) and, with read replicas, ``watchfloor_replica_up``, ``…_lag_bytes`` and
``…_lag_seconds`` per replica are this process's, read from memory (the replica check's last
findings: ``persistence/replicas.py``).

The version cache's figures (``watchfloor_version_cache_*``: listening, versions remembered,
304s answered from memory) are this process's too (``persistence/versioncache.py``).
"""

import os
import time
from collections.abc import Iterable, Sequence
from typing import Any

import asyncpg
from litestar import Request, Response, get
from litestar._asgi.utils import wrap_in_exception_handler
from litestar.enums import ScopeType
from litestar.types import ASGIApp, Message, Receive, Scope, Send
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
)
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.metrics_core import Metric
from prometheus_client.registry import Collector

from watchfloor.errors import ServiceUnavailable
from watchfloor.persistence.db import PoolUsage
from watchfloor.persistence.replicas import Replicas
from watchfloor.persistence.versioncache import VersionCache
from watchfloor.worker.handlers import HANDLERS
from watchfloor.worker.positions import Lag, lag

__all__ = ("RequestMetrics", "metrics")


_LABELS = ("method", "path", "status_code", "app_name")
_APP = "watchfloor"
_COUNT = Counter("watchfloor_http_requests_total", "Total requests", _LABELS)
_TIME = Histogram(
    "watchfloor_http_request_duration_seconds", "Request duration, in seconds", _LABELS
)
_ERRORS = Counter("watchfloor_http_requests_error_total", "Total errors in requests", _LABELS)
_PROGRESS = Gauge(
    "watchfloor_http_requests_in_progress",
    "Total requests currently in progress",
    _LABELS,
    multiprocess_mode="livesum",
)


class RequestMetrics:
    """ASGI middleware: ``watchfloor_http_requests_total``, ``…_request_duration_seconds`` (a
    histogram, to the last body message), ``…_requests_in_progress`` and
    ``…_requests_error_total`` (5xx), labelled ``method``, ``path`` (the route template, never
    the raw path: a bounded set of series; a path no route matches is not counted),
    ``status_code`` and ``app_name``."""

    def __init__(self, app: ASGIApp) -> None:
        # Without the wrapper, the app's outer handler would answer an error raised by a
        # middleware after this one has returned, and the status would be unknown here.
        self.app = wrap_in_exception_handler(app)
        self._done: dict[tuple[str, str, int], tuple[Any, Any, Any]] = {}
        self._running: dict[tuple[str, str], Any] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != ScopeType.HTTP or "path_template" not in scope:
            await self.app(scope, receive, send)
            return
        path: str = scope["path_template"]
        method: str = scope["method"]
        running = self._running.get((method, path))
        if running is None:
            running = self._running[(method, path)] = _PROGRESS.labels(method, path, 200, _APP)
        started = time.perf_counter()
        status = 200
        duration = 0.0

        async def timed(message: Message) -> None:
            nonlocal status, duration
            if message["type"] == "http.response.start":
                status = message["status"]
            elif message["type"] == "http.response.body":
                duration = time.perf_counter() - started
            await send(message)

        running.inc()
        try:
            await self.app(scope, receive, timed)
        finally:
            running.dec()
            key = (method, path, status)
            children = self._done.get(key)
            if children is None:
                values = (method, path, status, _APP)
                children = self._done[key] = (
                    _COUNT.labels(*values),
                    _TIME.labels(*values),
                    _ERRORS.labels(*values) if status >= 500 else None,
                )
            count, timing, errors = children
            count.inc()
            timing.observe(duration)
            if errors is not None:
                errors.inc()


_WAIT = 1.0
"""Seconds a scrape waits for a connection before it answers without the lag."""


class _WorkerLag(Collector):
    """The lag read for this scrape, as gauges (``None``: it could not be read)."""

    def __init__(self, rows: Sequence[Lag] | None) -> None:
        self.rows = rows

    def collect(self) -> Iterable[Metric]:
        up = GaugeMetricFamily(
            "watchfloor_worker_lag_up",
            "1 when the worker's lag was read from the database for this scrape, else 0.",
        )
        up.add_metric([], 0 if self.rows is None else 1)
        yield up
        if self.rows is None:
            return
        entries = GaugeMetricFamily(
            "watchfloor_worker_lag_entries",
            "Changes in the feed after the handler's position (0: caught up).",
            labels=["handler"],
        )
        seconds = GaugeMetricFamily(
            "watchfloor_worker_lag_seconds",
            "Age in seconds of the oldest change the handler has not handled (0: none).",
            labels=["handler"],
        )
        processed = CounterMetricFamily(
            "watchfloor_worker_processed",
            "Changes the handler has handled since its position was created.",
            labels=["handler"],
        )
        for row in self.rows:
            entries.add_metric([row.handler], row.behind)
            seconds.add_metric([row.handler], row.seconds)
            processed.add_metric([row.handler], row.processed)
        yield from (entries, seconds, processed)


class _PoolUse(Collector):
    """This process's connection pool (``FairPool.usage``) as gauges, read without a statement."""

    def __init__(self, usage: PoolUsage | None) -> None:
        self.usage = usage

    def collect(self) -> Iterable[Metric]:
        if self.usage is None:  # before the lifespan made the pool
            return
        u = self.usage
        for name, value, text in (
            ("size", u.size, "Connections this process may open (WATCHFLOOR_POOL_MAX)."),
            ("open", u.open, "Connections this process has open now."),
            ("in_use", u.in_use, "Connections held by requests now."),
            ("idle", u.idle, "Connections open and not held by any request."),
            ("waiting", u.waiting, "Requests waiting at the pool's gate for a connection."),
            ("streams_size", u.stream_size, "Of the pool, what imports and exports may hold."),
            ("streams_in_use", u.streams_in_use, "Imports and exports through their gate now."),
            ("streams_waiting", u.streams_waiting, "Imports and exports waiting at their gate."),
        ):
            gauge = GaugeMetricFamily(f"watchfloor_pool_{name}", text)
            gauge.add_metric([], value)
            yield gauge


class _Replicas(Collector):
    """Each read replica's pool and state, from memory (no statement). The primary's pool is
    :class:`_PoolUse`."""

    def __init__(self, replicas: Replicas | None) -> None:
        self.replicas = replicas

    def collect(self) -> Iterable[Metric]:
        replicas = self.replicas.replicas if self.replicas is not None else []
        if not replicas:
            return
        in_use = GaugeMetricFamily(
            "watchfloor_replica_pool_in_use",
            "Connections of the replica's pool held by requests right now, in this process.",
            labels=["replica"],
        )
        size = GaugeMetricFamily(
            "watchfloor_replica_pool_size",
            "Most connections the replica's pool opens.",
            labels=["replica"],
        )
        for r in replicas:
            in_use.add_metric([r.name], r.pool.in_use)
            size.add_metric([r.name], r.pool.size)
        yield from (in_use, size)
        up = GaugeMetricFamily(
            "watchfloor_replica_up",
            "1 while the read replica serves reads, 0 while it is out (unreachable or behind).",
            labels=["replica"],
        )
        lag_bytes = GaugeMetricFamily(
            "watchfloor_replica_lag_bytes",
            "WAL bytes the replica trails the primary by, at the last check.",
            labels=["replica"],
        )
        lag_seconds = GaugeMetricFamily(
            "watchfloor_replica_lag_seconds",
            "Age of the last transaction the replica replayed while WAL waits (0: caught up).",
            labels=["replica"],
        )
        for r in replicas:
            up.add_metric([r.name], 1 if r.up else 0)
            if r.lag_bytes is not None:
                lag_bytes.add_metric([r.name], r.lag_bytes)
            if r.lag_seconds is not None:
                lag_seconds.add_metric([r.name], r.lag_seconds)
        yield from (up, lag_bytes, lag_seconds)


class _Versions(Collector):
    """The process's memory of record versions (a conditional read without a round trip)."""

    def __init__(self, versions: VersionCache | None) -> None:
        self.versions = versions

    def collect(self) -> Iterable[Metric]:
        if self.versions is None:  # off (read replicas), or before the lifespan made it
            return
        v = self.versions
        listening = GaugeMetricFamily(
            "watchfloor_version_cache_listening",
            "1 while this process hears version changes and may answer 304 from memory.",
        )
        listening.add_metric([], 1 if v.listening else 0)
        entries = GaugeMetricFamily(
            "watchfloor_version_cache_entries", "Record versions this process remembers now."
        )
        entries.add_metric([], v.size)
        hits = CounterMetricFamily(
            "watchfloor_version_cache_hits",
            "Conditional reads this process answered 304 from memory, without a statement.",
        )
        hits.add_metric([], v.hits)
        yield from (listening, entries, hits)


async def _lag(request: Request[Any, Any, Any]) -> list[Lag] | None:
    pool = request.app.state.pool
    if pool.exhausted:
        return None
    try:
        async with pool.acquire(wait=_WAIT) as conn:
            return await lag(conn, [h.name for h in HANDLERS])
    except (ServiceUnavailable, OSError, asyncpg.PostgresError, asyncpg.InterfaceError):
        return None


def _requests() -> CollectorRegistry:
    """The request metrics: this process's, or every process's in multiprocess mode."""
    if "PROMETHEUS_MULTIPROC_DIR" in os.environ or "prometheus_multiproc_dir" in os.environ:
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        return registry
    return REGISTRY


@get("/metrics", include_in_schema=False)
async def metrics(request: Request[Any, Any, Any]) -> Response[bytes]:
    """Prometheus text exposition: request metrics, the pool's use and the worker's lag."""
    scrape = CollectorRegistry(auto_describe=False)
    pool = getattr(request.app.state, "pool", None)
    scrape.register(_PoolUse(pool.usage() if pool is not None else None))
    scrape.register(_WorkerLag(await _lag(request)))
    scrape.register(_Replicas(getattr(request.app.state, "replicas", None)))
    scrape.register(_Versions(getattr(request.app.state, "version_cache", None)))
    body = generate_latest(_requests()) + generate_latest(scrape)
    return Response(body, media_type=CONTENT_TYPE_LATEST)

"""The application factory. Nothing happens at import time; :func:`create_app` builds it all."""

import asyncio
import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from litestar import Litestar
from litestar.config.cors import CORSConfig
from litestar.di import Provide
from litestar.openapi import OpenAPIConfig
from litestar.openapi.spec import Contact, License, Server, Tag
from litestar.types import ControllerRouterHandler

from watchfloor import __version__
from watchfloor.access.controller import DatasetController, KeyController
from watchfloor.access.keycache import KeyCache
from watchfloor.access.middleware import AccessMiddleware, StreamSlots, discard_broken_connection
from watchfloor.access.openapi import secure
from watchfloor.audit.controller import AuditController
from watchfloor.console.routes import console, reference_ui
from watchfloor.forecasting import routes as forecasting
from watchfloor.http.dependencies import CursorCodecs, provide_context, provide_cursor_codec
from watchfloor.http.exercise_marking import EXERCISE_HEADER, ExerciseMarking
from watchfloor.http.head import serve_head
from watchfloor.http.health import healthz, readyz
from watchfloor.http.metrics import RequestMetrics, metrics
from watchfloor.http.observability import RequestIdMiddleware, stamp_response
from watchfloor.http.openapi import finalize
from watchfloor.http.problems import RETRY_HINT_HEADER, document_retry_hint, exception_handlers
from watchfloor.http.replicas import (
    CONSISTENCY_HEADER,
    SERVED_BY_HEADER,
    document_replicas,
    note_replica_failure,
)
from watchfloor.http.requests import JsonRequest
from watchfloor.http.timeouts import ClientTimeouts
from watchfloor.imports.controller import ImportController
from watchfloor.persistence.db import FairPool, create_pool
from watchfloor.persistence.replicas import Replicas
from watchfloor.persistence.versioncache import VersionCache
from watchfloor.resources.ach import routes as ach
from watchfloor.resources.actors import routes as actors
from watchfloor.resources.alerts import routes as alerts
from watchfloor.resources.backtests import routes as backtests
from watchfloor.resources.briefs import routes as briefs
from watchfloor.resources.events import routes as events
from watchfloor.resources.exercises import routes as exercises
from watchfloor.resources.exercises.replay import routes as exercise_templates
from watchfloor.resources.forecasts import routes as forecasts
from watchfloor.resources.indicators import routes as indicators
from watchfloor.resources.observations import routes as observations
from watchfloor.resources.observations.series import SeriesController
from watchfloor.resources.plans import routes as plans
from watchfloor.resources.problems import routes as problems
from watchfloor.resources.questions import routes as questions
from watchfloor.resources.reference import routes as reference
from watchfloor.resources.scenario_sets import routes as scenario_sets
from watchfloor.resources.scenarios import routes as scenarios
from watchfloor.resources.signposts import routes as signposts
from watchfloor.resources.sources import routes as sources
from watchfloor.resources.statements import routes as statements
from watchfloor.resources.subscriptions import routes as subscriptions
from watchfloor.resources.watchlists import routes as watchlists
from watchfloor.settings import Settings
from watchfloor.sync.controller import SYNC_CURSOR_HEADER, ChangeController, ExportController
from watchfloor.warning.routes import warning_board
from watchfloor.webhooks.deliverer import Deliverer
from watchfloor.webhooks.targets import AllowList
from watchfloor.worker.handlers import HANDLERS
from watchfloor.worker.runner import Worker

__all__ = ("V1", "create_app")

V1: list[ControllerRouterHandler] = [
    actors.router,
    sources.router,
    events.router,
    statements.router,
    indicators.router,
    SeriesController,
    observations.router,
    problems.router,
    alerts.router,
    warning_board,
    questions.router,
    forecasts.router,
    forecasting.question_scores,
    forecasting.leaderboard,
    forecasting.calibration,
    backtests.router,
    scenario_sets.router,
    scenarios.router,
    signposts.router,
    ach.router,
    plans.router,
    subscriptions.router,
    watchlists.router,
    briefs.router,
    exercises.router,
    exercise_templates.router,
    reference.facilities,
    reference.weapons,
    ChangeController,
    ExportController,
    KeyController,
    DatasetController,
    AuditController,
    ImportController,
]
"""The ``/v1`` routers and controllers, in the order the docs list them."""

API_DESCRIPTION = """\
Structured geopolitical event data for crisis management on the Korean peninsula: events,
actors, indicators and sourced statements, with provenance, history and warning.

Conventions, the same on every resource:

* **Lists** answer `{"data": [...], "has_more": bool, "next_cursor": str|null}` and a
  `Link: <…>; rel="next"` header. Pass `cursor` to get the next page; `limit` is 1–100.
* **As-of reads**: every read takes `as_of=<RFC 3339 timestamp>` and answers with the data as
  it was recorded at that instant. `GET …/{id}/history` lists every version.
* **Conditional requests**: single reads send an `ETag`; `If-None-Match` gives 304,
  `If-Match` on PATCH and DELETE gives 412 when someone else changed the record first.
* **Idempotency**: send `Idempotency-Key` on POST and a retried request never writes twice.
* **Errors** are RFC 9457 `application/problem+json`, with `errors[]` naming each bad field.
* **Datasets**: every record belongs to `live` (the real world) or an exercise or sandbox
  dataset; lists read `live` unless `dataset` says otherwise.
* **Auth**: send `Authorization: Bearer <API key>`. Keys have scopes (`read`, `write`,
  `admin`) and datasets; a record in a dataset the key was not granted does not exist for it
  (404), and listing such a dataset is refused (403). Every answer carries `RateLimit-Limit`,
  `RateLimit-Remaining` and `RateLimit-Reset`; past the limit, 429 with `Retry-After`.
* **Sync**: copy a resource with its list (or `/v1/export`), then follow `/v1/changes` from
  the `sync_cursor` the copy handed out. See `docs/sync.md`.
"""


def _lifespan(settings: Settings):  # type: ignore[no-untyped-def]
    @asynccontextmanager
    async def lifespan(app: Litestar) -> AsyncIterator[None]:
        embedded = None
        dsn = settings.database_url
        if dsn is None:
            from watchfloor.embedded import DATABASE_NAME, ensure_database, start_embedded

            embedded = start_embedded(settings.data_dir)
            await ensure_database(embedded.dsn("postgres"), DATABASE_NAME)
            dsn = embedded.dsn()
        pool = await create_pool(
            dsn,
            min_size=settings.pool_min_size,
            max_size=settings.pool_max_size,
            statement_timeout=settings.statement_timeout,
            pooled=settings.pooled,
        )
        app.state.pool = FairPool(
            pool,
            settings.pool_max_size,
            stream_size=settings.stream_pool_size,
            wait=settings.pool_wait,
        )
        replicas = None
        watching = None
        if settings.replica_urls:
            replicas = await Replicas.open(
                settings.replica_urls,
                max_size=settings.pool_max_size,
                wait=settings.pool_wait,
                statement_timeout=settings.statement_timeout,
                max_lag_bytes=settings.replica_max_lag_bytes,
                max_lag_seconds=settings.replica_max_lag_seconds,
                interval=settings.replica_check_interval,
            )
            # The primary's WAL position is read on a session of its own, past any pooler.
            watching = asyncio.create_task(replicas.run(settings.direct_url(dsn)))
        app.state.replicas = replicas
        # Versions read on the primary only: a lagging replica could put back a replaced one.
        versions = VersionCache() if replicas is None else None
        app.state.version_cache = versions
        keys = KeyCache(versions=versions)
        app.state.key_cache = keys
        # LISTEN needs a session of its own: never through a pooler in transaction mode.
        listening = asyncio.create_task(keys.run(settings.direct_url(dsn)))
        worker = Worker(HANDLERS) if settings.worker_in_process else None
        running = asyncio.create_task(worker.run(app.state.pool)) if worker is not None else None
        deliverer = Deliverer.of(settings) if settings.worker_in_process else None
        sending = (
            asyncio.create_task(deliverer.run(app.state.pool)) if deliverer is not None else None
        )
        app.state.worker_task = running
        settled_heap()
        try:
            yield
        finally:
            if worker is not None and running is not None:
                worker.stopping.set()
                await running
            if deliverer is not None and sending is not None:
                deliverer.stopping.set()
                await sending
            keys.stopping.set()
            await listening
            if replicas is not None and watching is not None:
                replicas.stopping.set()
                await watching
                await replicas.close()
            await pool.close()
            if embedded is not None:
                embedded.stop()

    return lifespan


def settled_heap() -> None:
    """Take what start-up built out of the garbage collector's view (``gc.freeze``).

    The app, its routes, its OpenAPI document, the codecs and the pools are built once and live
    as long as the process; a full collection walked all of them again and again, and under
    load the collector took about a fifth of the process's time (py-spy, 304 path). Frozen,
    they are never walked; what requests allocate is collected as before.
    """
    gc.collect()
    gc.freeze()


def _repair_options_allow(app: Litestar) -> None:
    """Make the automatic OPTIONS answer list every method of its path.

    Litestar 2.25 builds a controller's route once per handler; the OPTIONS handler keeps the
    first, partial route and answers ``Allow: OPTIONS, POST`` on a path that also has GET. We point
    each such handler at its final route's methods (schemathesis ST205 found this).
    """
    for route in app.routes:
        for handler in getattr(route, "route_handlers", ()):
            if handler.http_methods != {"OPTIONS"} or not handler.fn.__closure__:
                continue
            stale = handler.fn.__closure__[0].cell_contents
            if hasattr(stale, "methods"):
                stale.methods = set(route.methods)


def _constant(value: AllowList) -> Any:
    def provide() -> AllowList:
        return value

    return provide


def create_app(settings: Settings | None = None) -> Litestar:
    """Build the Watchfloor ASGI app. With no settings, they are read from the environment."""
    settings = settings or Settings.from_env()
    codecs = CursorCodecs(settings.cursor_secret)
    app = Litestar(
        route_handlers=[healthz, readyz, metrics, console, *V1],
        lifespan=[_lifespan(settings)],
        dependencies={
            "ctx": Provide(provide_context, sync_to_thread=False),
            "cursor_codec": Provide(provide_cursor_codec(codecs)),
            "webhook_allow": Provide(
                _constant(AllowList.parse(settings.webhook_allow)), sync_to_thread=False
            ),
        },
        exception_handlers=exception_handlers,
        after_exception=[discard_broken_connection, note_replica_failure],
        middleware=[
            RequestMetrics,
            ClientTimeouts,
            RequestIdMiddleware,
            AccessMiddleware,
            ExerciseMarking,
        ],
        before_send=[stamp_response],
        request_max_body_size=settings.max_body_bytes,
        request_class=JsonRequest,
        cors_config=CORSConfig(
            allow_origins=["*"],
            allow_methods=["GET", "HEAD", "POST", "PATCH", "DELETE", "OPTIONS"],
            allow_headers=["*"],
            expose_headers=[
                "ETag",
                "Link",
                "Location",
                "X-Request-Id",
                "Retry-After",
                RETRY_HINT_HEADER,
                "Idempotent-Replayed",
                EXERCISE_HEADER,
                "RateLimit-Limit",
                "RateLimit-Remaining",
                "RateLimit-Reset",
                SYNC_CURSOR_HEADER,
                CONSISTENCY_HEADER,
                SERVED_BY_HEADER,
            ],
        ),
        openapi_config=OpenAPIConfig(
            title="Watchfloor API",
            version=__version__,
            description=API_DESCRIPTION,
            contact=Contact(name="Watchfloor"),
            license=License(name="Apache-2.0", identifier="Apache-2.0"),
            servers=[Server(url="/", description="This server")],
            tags=[
                Tag(name="actors", description="States, people and organisations."),
                Tag(name="sources", description="Documents facts are drawn from, graded A–F."),
                Tag(
                    name="events",
                    description="Who did what to whom, when and where (PLOVER, with CAMEO), "
                    "sourced and graded, with lifecycle and history.",
                ),
                Tag(
                    name="reference",
                    description="Facilities and the weapons catalogue, with every alias.",
                ),
                Tag(
                    name="statements",
                    description="What actors said, verbatim and sourced, searchable in full text.",
                ),
                Tag(
                    name="indicators",
                    description="Time series (trade, prices, launches …) with warning thresholds.",
                ),
                Tag(
                    name="observations",
                    description=(
                        "Figures of an indicator by period and vintage; revisions never "
                        "overwrite, and figures that reach a threshold are listed as warnings."
                    ),
                ),
                Tag(
                    name="warning",
                    description=(
                        "Indications and warning: warning problems and their rules, the alerts "
                        "the worker raises, and the board at any instant of both clocks."
                    ),
                ),
                Tag(
                    name="forecasting",
                    description=(
                        "Questions with criteria a machine checks, forecasts that are never "
                        "edited, resolution from the data as known at the resolution date, "
                        "proper scores, calibration, leaderboards, and backtests of the "
                        "built-in baseline models."
                    ),
                ),
                Tag(
                    name="planning",
                    description=(
                        "Planning: scenarios and scenario sets (mutually exclusive futures with a "
                        "likelihood in ICD 203 words), signposts the worker lights from the data, "
                        "Analysis of Competing Hypotheses matrices with Heuer's inconsistency "
                        "scores and diagnosticity, and contingency plans whose branches fire from "
                        "signposts and wait for decisions."
                    ),
                ),
                Tag(
                    name="prepare",
                    description=(
                        "Prepare: watchlists (saved selections in the list endpoints' vocabulary, "
                        "read like a list), subscriptions that send signed webhooks (Standard "
                        "Webhooks) of changes, alerts and what enters a watchlist, at least once "
                        "and in order, with a delivery log, replay from a cursor and a test-send; "
                        "and the daily brief, as JSON, Markdown, HTML and PDF."
                    ),
                ),
                Tag(
                    name="train",
                    description=(
                        "Train: exercises played on the real tools in datasets of their own "
                        "(kind `exercise`), from a starting world copied as known by an instant, "
                        "on an exercise clock that starts, pauses, resumes and runs at a speed; "
                        "the MSEL of injects the worker releases at their game time; players' "
                        "keys that never reach live; and the players' actions log."
                    ),
                ),
                Tag(name="changes", description="The change feed partners sync with."),
                Tag(name="export", description="Bulk export: a resource as NDJSON, one snapshot."),
                Tag(
                    name="admin",
                    description="API keys, datasets and the audit trail (admin scope).",
                ),
                Tag(
                    name="import",
                    description="Bulk NDJSON import, upserting by `external_id` with a per-line report.",
                ),
                Tag(name="operations", description="Health and readiness."),
            ],
            path="/docs",
            render_plugins=[reference_ui()],
            use_handler_docstrings=True,
            create_examples=False,
        ),
        state=None,
        debug=False,
    )
    app.state.settings = settings
    app.state.stream_slots = StreamSlots(settings.streams_per_key)
    app.state.dataset_kinds = {}
    app.state.replicas = None
    _repair_options_allow(app)
    serve_head(app)
    spec = finalize(app)
    secure(spec)
    document_retry_hint(spec)
    document_replicas(spec)
    return app

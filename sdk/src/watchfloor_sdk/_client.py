# generated from openapi/openapi.json by sdk/codegen — do not edit
"""The clients: :class:`Client` (blocking) and :class:`AsyncClient` (asyncio), one attribute per
resource, and the table of which error each HTTP status raises."""

from functools import cached_property

from watchfloor_sdk._core._base_client import AsyncAPIClient, SyncAPIClient
from watchfloor_sdk._core._exceptions import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    CursorExpiredError,
    InternalServerError,
    NotFoundError,
    NotModifiedError,
    PermissionDeniedError,
    PreconditionFailedError,
    RateLimitedError,
    RequestTooLargeError,
    ServiceUnavailableError,
    UnprocessableEntityError,
)
from watchfloor_sdk.lib import AsyncLibMethods, LibMethods
from watchfloor_sdk.resources.actors import Actors, AsyncActors
from watchfloor_sdk.resources.admin import Admin, AsyncAdmin
from watchfloor_sdk.resources.changes import AsyncChanges, Changes
from watchfloor_sdk.resources.events import AsyncEvents, Events
from watchfloor_sdk.resources.export import AsyncExport, Export
from watchfloor_sdk.resources.forecasting import AsyncForecasting, Forecasting
from watchfloor_sdk.resources.import_ import AsyncImport, Import
from watchfloor_sdk.resources.indicators import AsyncIndicators, Indicators
from watchfloor_sdk.resources.observations import AsyncObservations, Observations
from watchfloor_sdk.resources.operations import AsyncOperations, Operations
from watchfloor_sdk.resources.planning import AsyncPlanning, Planning
from watchfloor_sdk.resources.prepare import AsyncPrepare, Prepare
from watchfloor_sdk.resources.reference import AsyncReference, Reference
from watchfloor_sdk.resources.sources import AsyncSources, Sources
from watchfloor_sdk.resources.statements import AsyncStatements, Statements
from watchfloor_sdk.resources.train import AsyncTrain, Train
from watchfloor_sdk.resources.warning import AsyncWarning, Warning

__all__ = ("STATUS_ERRORS", "AsyncClient", "Client")

STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    304: NotModifiedError,
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    408: APIStatusError,
    409: ConflictError,
    410: CursorExpiredError,
    412: PreconditionFailedError,
    413: RequestTooLargeError,
    415: APIStatusError,
    422: UnprocessableEntityError,
    429: RateLimitedError,
    500: InternalServerError,
    503: ServiceUnavailableError,
}
"""HTTP status → the error it raises; other statuses raise ``InternalServerError`` (5xx) or
``APIStatusError``."""


class Client(SyncAPIClient, LibMethods):
    """Watchfloor API.

    ``base_url`` and ``api_key`` default to ``WATCHFLOOR_BASE_URL`` and ``WATCHFLOOR_API_KEY``.
    Requests are retried on connection errors, 408, 409, 429 and 5xx (``max_retries``, default 2);
    ``with_options()`` derives a client with other settings. Use ``with``, or ``client.close()``."""

    _status_errors = STATUS_ERRORS

    @cached_property
    def actors(self) -> Actors:
        """States, people and organisations."""
        return Actors(self)

    @cached_property
    def sources(self) -> Sources:
        """Documents facts are drawn from, graded A–F."""
        return Sources(self)

    @cached_property
    def events(self) -> Events:
        """Who did what to whom, when and where (PLOVER, with CAMEO), sourced and graded, with lifecycle and history."""
        return Events(self)

    @cached_property
    def reference(self) -> Reference:
        """Facilities and the weapons catalogue, with every alias."""
        return Reference(self)

    @cached_property
    def statements(self) -> Statements:
        """What actors said, verbatim and sourced, searchable in full text."""
        return Statements(self)

    @cached_property
    def indicators(self) -> Indicators:
        """Time series (trade, prices, launches …) with warning thresholds."""
        return Indicators(self)

    @cached_property
    def observations(self) -> Observations:
        """Figures of an indicator by period and vintage; revisions never overwrite, and figures that reach a threshold are listed as warnings."""
        return Observations(self)

    @cached_property
    def warning(self) -> Warning:
        """Indications and warning: warning problems and their rules, the alerts the worker raises, and the board at any instant of both clocks."""
        return Warning(self)

    @cached_property
    def forecasting(self) -> Forecasting:
        """Questions with criteria a machine checks, forecasts that are never edited, resolution from the data as known at the resolution date, proper scores, calibration, leaderboards, and backtests of the built-in baseline models."""
        return Forecasting(self)

    @cached_property
    def planning(self) -> Planning:
        """Planning: scenarios and scenario sets (mutually exclusive futures with a likelihood in ICD 203 words), signposts the worker lights from the data, Analysis of Competing Hypotheses matrices with Heuer's inconsistency scores and diagnosticity, and contingency plans whose branches fire from signposts and wait for decisions."""
        return Planning(self)

    @cached_property
    def prepare(self) -> Prepare:
        """Prepare: watchlists (saved selections in the list endpoints' vocabulary, read like a list), subscriptions that send signed webhooks (Standard Webhooks) of changes, alerts and what enters a watchlist, at least once and in order, with a delivery log, replay from a cursor and a test-send; and the daily brief, as JSON, Markdown, HTML and PDF."""
        return Prepare(self)

    @cached_property
    def train(self) -> Train:
        """Train: exercises played on the real tools in datasets of their own (kind `exercise`), from a starting world copied as known by an instant, on an exercise clock that starts, pauses, resumes and runs at a speed; the MSEL of injects the worker releases at their game time; players' keys that never reach live; and the players' actions log."""
        return Train(self)

    @cached_property
    def changes(self) -> Changes:
        """The change feed partners sync with."""
        return Changes(self)

    @cached_property
    def export(self) -> Export:
        """Bulk export: a resource as NDJSON, one snapshot."""
        return Export(self)

    @cached_property
    def admin(self) -> Admin:
        """API keys, datasets and the audit trail (admin scope)."""
        return Admin(self)

    @cached_property
    def import_(self) -> Import:
        """Bulk NDJSON import, upserting by `external_id` with a per-line report."""
        return Import(self)

    @cached_property
    def operations(self) -> Operations:
        """Health and readiness."""
        return Operations(self)


class AsyncClient(AsyncAPIClient, AsyncLibMethods):
    """Watchfloor API (asyncio).

    ``base_url`` and ``api_key`` default to ``WATCHFLOOR_BASE_URL`` and ``WATCHFLOOR_API_KEY``.
    Requests are retried on connection errors, 408, 409, 429 and 5xx (``max_retries``, default 2);
    ``with_options()`` derives a client with other settings. Use ``async with``, or
    ``await client.close()``."""

    _status_errors = STATUS_ERRORS

    @cached_property
    def actors(self) -> AsyncActors:
        """States, people and organisations."""
        return AsyncActors(self)

    @cached_property
    def sources(self) -> AsyncSources:
        """Documents facts are drawn from, graded A–F."""
        return AsyncSources(self)

    @cached_property
    def events(self) -> AsyncEvents:
        """Who did what to whom, when and where (PLOVER, with CAMEO), sourced and graded, with lifecycle and history."""
        return AsyncEvents(self)

    @cached_property
    def reference(self) -> AsyncReference:
        """Facilities and the weapons catalogue, with every alias."""
        return AsyncReference(self)

    @cached_property
    def statements(self) -> AsyncStatements:
        """What actors said, verbatim and sourced, searchable in full text."""
        return AsyncStatements(self)

    @cached_property
    def indicators(self) -> AsyncIndicators:
        """Time series (trade, prices, launches …) with warning thresholds."""
        return AsyncIndicators(self)

    @cached_property
    def observations(self) -> AsyncObservations:
        """Figures of an indicator by period and vintage; revisions never overwrite, and figures that reach a threshold are listed as warnings."""
        return AsyncObservations(self)

    @cached_property
    def warning(self) -> AsyncWarning:
        """Indications and warning: warning problems and their rules, the alerts the worker raises, and the board at any instant of both clocks."""
        return AsyncWarning(self)

    @cached_property
    def forecasting(self) -> AsyncForecasting:
        """Questions with criteria a machine checks, forecasts that are never edited, resolution from the data as known at the resolution date, proper scores, calibration, leaderboards, and backtests of the built-in baseline models."""
        return AsyncForecasting(self)

    @cached_property
    def planning(self) -> AsyncPlanning:
        """Planning: scenarios and scenario sets (mutually exclusive futures with a likelihood in ICD 203 words), signposts the worker lights from the data, Analysis of Competing Hypotheses matrices with Heuer's inconsistency scores and diagnosticity, and contingency plans whose branches fire from signposts and wait for decisions."""
        return AsyncPlanning(self)

    @cached_property
    def prepare(self) -> AsyncPrepare:
        """Prepare: watchlists (saved selections in the list endpoints' vocabulary, read like a list), subscriptions that send signed webhooks (Standard Webhooks) of changes, alerts and what enters a watchlist, at least once and in order, with a delivery log, replay from a cursor and a test-send; and the daily brief, as JSON, Markdown, HTML and PDF."""
        return AsyncPrepare(self)

    @cached_property
    def train(self) -> AsyncTrain:
        """Train: exercises played on the real tools in datasets of their own (kind `exercise`), from a starting world copied as known by an instant, on an exercise clock that starts, pauses, resumes and runs at a speed; the MSEL of injects the worker releases at their game time; players' keys that never reach live; and the players' actions log."""
        return AsyncTrain(self)

    @cached_property
    def changes(self) -> AsyncChanges:
        """The change feed partners sync with."""
        return AsyncChanges(self)

    @cached_property
    def export(self) -> AsyncExport:
        """Bulk export: a resource as NDJSON, one snapshot."""
        return AsyncExport(self)

    @cached_property
    def admin(self) -> AsyncAdmin:
        """API keys, datasets and the audit trail (admin scope)."""
        return AsyncAdmin(self)

    @cached_property
    def import_(self) -> AsyncImport:
        """Bulk NDJSON import, upserting by `external_id` with a per-line report."""
        return AsyncImport(self)

    @cached_property
    def operations(self) -> AsyncOperations:
        """Health and readiness."""
        return AsyncOperations(self)

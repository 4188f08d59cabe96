# generated from openapi/openapi.json by sdk/codegen — do not edit
"""One module per resource (tag of the spec), each with its sync and async class."""

from watchfloor_sdk.resources.actors import (
    Actors,
    ActorsWithRawResponse,
    AsyncActors,
    AsyncActorsWithRawResponse,
)
from watchfloor_sdk.resources.admin import (
    Admin,
    AdminWithRawResponse,
    AsyncAdmin,
    AsyncAdminWithRawResponse,
)
from watchfloor_sdk.resources.changes import (
    AsyncChanges,
    AsyncChangesWithRawResponse,
    Changes,
    ChangesWithRawResponse,
)
from watchfloor_sdk.resources.events import (
    AsyncEvents,
    AsyncEventsWithRawResponse,
    Events,
    EventsWithRawResponse,
)
from watchfloor_sdk.resources.export import (
    AsyncExport,
    AsyncExportWithRawResponse,
    Export,
    ExportWithRawResponse,
)
from watchfloor_sdk.resources.import_ import (
    AsyncImport,
    AsyncImportWithRawResponse,
    Import,
    ImportWithRawResponse,
)
from watchfloor_sdk.resources.indicators import (
    AsyncIndicators,
    AsyncIndicatorsWithRawResponse,
    Indicators,
    IndicatorsWithRawResponse,
)
from watchfloor_sdk.resources.observations import (
    AsyncObservations,
    AsyncObservationsWithRawResponse,
    Observations,
    ObservationsWithRawResponse,
)
from watchfloor_sdk.resources.operations import (
    AsyncOperations,
    AsyncOperationsWithRawResponse,
    Operations,
    OperationsWithRawResponse,
)
from watchfloor_sdk.resources.reference import (
    AsyncReference,
    AsyncReferenceWithRawResponse,
    Reference,
    ReferenceWithRawResponse,
)
from watchfloor_sdk.resources.sources import (
    AsyncSources,
    AsyncSourcesWithRawResponse,
    Sources,
    SourcesWithRawResponse,
)
from watchfloor_sdk.resources.statements import (
    AsyncStatements,
    AsyncStatementsWithRawResponse,
    Statements,
    StatementsWithRawResponse,
)

__all__ = (
    "Actors",
    "ActorsWithRawResponse",
    "Admin",
    "AdminWithRawResponse",
    "AsyncActors",
    "AsyncActorsWithRawResponse",
    "AsyncAdmin",
    "AsyncAdminWithRawResponse",
    "AsyncChanges",
    "AsyncChangesWithRawResponse",
    "AsyncEvents",
    "AsyncEventsWithRawResponse",
    "AsyncExport",
    "AsyncExportWithRawResponse",
    "AsyncImport",
    "AsyncImportWithRawResponse",
    "AsyncIndicators",
    "AsyncIndicatorsWithRawResponse",
    "AsyncObservations",
    "AsyncObservationsWithRawResponse",
    "AsyncOperations",
    "AsyncOperationsWithRawResponse",
    "AsyncReference",
    "AsyncReferenceWithRawResponse",
    "AsyncSources",
    "AsyncSourcesWithRawResponse",
    "AsyncStatements",
    "AsyncStatementsWithRawResponse",
    "Changes",
    "ChangesWithRawResponse",
    "Events",
    "EventsWithRawResponse",
    "Export",
    "ExportWithRawResponse",
    "Import",
    "ImportWithRawResponse",
    "Indicators",
    "IndicatorsWithRawResponse",
    "Observations",
    "ObservationsWithRawResponse",
    "Operations",
    "OperationsWithRawResponse",
    "Reference",
    "ReferenceWithRawResponse",
    "Sources",
    "SourcesWithRawResponse",
    "Statements",
    "StatementsWithRawResponse",
)

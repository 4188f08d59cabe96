# generated from openapi/openapi.json by sdk/codegen — do not edit
"""One module per resource (tag of the spec), each with its sync and async class."""

from watchfloor_sdk.resources.actors import (
    Actors,
    ActorsWithRawResponse,
    AsyncActors,
    AsyncActorsWithRawResponse,
)
from watchfloor_sdk.resources.events import (
    AsyncEvents,
    AsyncEventsWithRawResponse,
    Events,
    EventsWithRawResponse,
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

__all__ = (
    "Actors",
    "ActorsWithRawResponse",
    "AsyncActors",
    "AsyncActorsWithRawResponse",
    "AsyncEvents",
    "AsyncEventsWithRawResponse",
    "AsyncOperations",
    "AsyncOperationsWithRawResponse",
    "AsyncReference",
    "AsyncReferenceWithRawResponse",
    "AsyncSources",
    "AsyncSourcesWithRawResponse",
    "Events",
    "EventsWithRawResponse",
    "Operations",
    "OperationsWithRawResponse",
    "Reference",
    "ReferenceWithRawResponse",
    "Sources",
    "SourcesWithRawResponse",
)

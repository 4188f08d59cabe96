# generated from openapi/openapi.json by sdk/codegen — do not edit
"""One module per resource (tag of the spec), each with its sync and async class."""

from watchfloor_sdk.resources.actors import (
    Actors,
    ActorsWithRawResponse,
    AsyncActors,
    AsyncActorsWithRawResponse,
)
from watchfloor_sdk.resources.operations import (
    AsyncOperations,
    AsyncOperationsWithRawResponse,
    Operations,
    OperationsWithRawResponse,
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
    "AsyncOperations",
    "AsyncOperationsWithRawResponse",
    "AsyncSources",
    "AsyncSourcesWithRawResponse",
    "Operations",
    "OperationsWithRawResponse",
    "Sources",
    "SourcesWithRawResponse",
)

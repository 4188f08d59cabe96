"""A spec with every shape the resources still to come will add, to test the generator on.

Stub handlers on the real wire types of events and observations (already on main), plus a
change feed whose items are a tagged union, NDJSON export and import (with the import report
as it landed: two Structs of the same name would collide in the spec), a nested collection and
a 204. Rendered by the server's own OpenAPI pipeline (:func:`watchfloor.openapi.finalize`), so the
spec looks exactly as it will when those branches land.
"""

from typing import Annotated, Any

import msgspec
from litestar import Controller, Litestar, delete, get, patch, post
from litestar.params import Body, FromPath, JSONBody, QueryParameter
from litestar.response import Stream
from watchfloor.bulk.schemas import ImportReport
from watchfloor.http.headers import IdempotencyKey, IfMatch, IfNoneMatch
from watchfloor.http.openapi import finalize
from watchfloor.http.params import AsOf, Cursor, Limit
from watchfloor.http.problems import problem_responses
from watchfloor.resources.events.schemas import (
    Event,
    EventCreate,
    EventList,
    EventPatch,
    PloverCategory,
)
from watchfloor.resources.indicators.schemas import Observation, ObservationCreate, ObservationList


class Upsert(msgspec.Struct, kw_only=True, tag_field="op", tag="upsert"):
    """A record was created or changed."""

    seq: str
    resource: str
    id: str
    version: int
    object: dict[str, Any]


class Tombstone(msgspec.Struct, kw_only=True, tag_field="op", tag="delete"):
    """A record was deleted."""

    seq: str
    resource: str
    id: str
    version: int


class ChangeList(msgspec.Struct, kw_only=True):
    """One page of the change feed."""

    data: list[Upsert | Tombstone]
    has_more: bool
    next_cursor: str | None


class Events(Controller):
    path = "/v1/events"
    tags = ["events"]

    @get("/", operation_id="listEvents", summary="List events", responses=problem_responses(400))
    async def list_events(
        self,
        category: Annotated[PloverCategory | None, QueryParameter(description="PLOVER")] = None,
        include_retracted: Annotated[bool, QueryParameter()] = False,
        as_of: AsOf = None,
        limit: Limit = 20,
        cursor: Cursor = None,
    ) -> EventList:
        raise NotImplementedError

    @post("/", operation_id="createEvent", responses=problem_responses(400, 409, 422))
    async def create_event(
        self, data: JSONBody[EventCreate], idempotency_key: IdempotencyKey = None
    ) -> Event:
        raise NotImplementedError

    @get("/{event_id:str}", operation_id="getEvent", responses=problem_responses(404))
    async def get_event(
        self, event_id: FromPath[str], as_of: AsOf = None, if_none_match: IfNoneMatch = None
    ) -> Event:
        raise NotImplementedError

    @patch("/{event_id:str}", operation_id="updateEvent", responses=problem_responses(404, 412))
    async def update_event(
        self, event_id: FromPath[str], data: JSONBody[EventPatch], if_match: IfMatch = None
    ) -> Event:
        raise NotImplementedError


class Indicators(Controller):
    path = "/v1/indicators"
    tags = ["indicators"]

    @post("/{indicator_id:str}/observations", operation_id="createIndicatorObservation")
    async def create_observation(
        self,
        indicator_id: FromPath[str],
        data: JSONBody[ObservationCreate],
        idempotency_key: IdempotencyKey = None,
    ) -> Observation:
        raise NotImplementedError

    @get("/{indicator_id:str}/observations", operation_id="listIndicatorObservations")
    async def list_observations(
        self,
        indicator_id: FromPath[str],
        vintage: Annotated[str | None, QueryParameter()] = None,
        limit: Limit = 20,
        cursor: Cursor = None,
    ) -> ObservationList:
        raise NotImplementedError


@get("/v1/changes", operation_id="listChanges", tags=["changes"], responses=problem_responses(410))
async def list_changes(
    after: Annotated[str | None, QueryParameter()] = None,
    resource: Annotated[list[str] | None, QueryParameter()] = None,
    limit: Annotated[int, QueryParameter(ge=1, le=1000)] = 100,
) -> ChangeList:
    raise NotImplementedError


@delete("/v1/changes/{seq:str}", operation_id="deleteChange", tags=["changes"], status_code=204)
async def delete_change(seq: FromPath[str]) -> None:
    raise NotImplementedError


@get("/v1/export", operation_id="exportRecords", tags=["bulk"], media_type="application/x-ndjson")
async def export_records(resource: Annotated[str, QueryParameter()]) -> Stream:
    raise NotImplementedError


@post("/v1/import", operation_id="importRecords", tags=["bulk"])
async def import_records(
    data: Annotated[bytes, Body(media_type="application/x-ndjson")],
) -> ImportReport:
    raise NotImplementedError


def future_spec() -> dict[str, Any]:
    """The OpenAPI document of the stub app."""
    app = Litestar(
        [Events, Indicators, list_changes, delete_change, export_records, import_records]
    )
    return finalize(app, [ChangeList, ImportReport, Upsert, Tombstone])

"""``/v1/facilities``: HTTP in, HTTP out. The rules live in the service, the SQL in the repository."""

from typing import Annotated, Any

from litestar import Controller, Request, Response, delete, get, patch, post
from litestar.di import NamedDependency
from litestar.params import FromPath, JSONBody, QueryParameter

from watchfloor import crud
from watchfloor.db import Connection
from watchfloor.http_params import IdempotencyKey, IfMatch, IfNoneMatch
from watchfloor.pagination import CursorCodec
from watchfloor.problems import problem_responses
from watchfloor.resources.reference.params import CountryQuery, NameQuery
from watchfloor.resources.reference.repository import FacilityFilters, to_facility
from watchfloor.resources.reference.schemas import (
    Facility,
    FacilityCreate,
    FacilityKind,
    FacilityList,
    FacilityPatch,
    FacilityVersion,
    FacilityVersionList,
)
from watchfloor.resources.reference.service import FacilityService
from watchfloor.responses import single_response
from watchfloor.wire import AsOf, Cursor, DatasetQuery, Limit, instant

__all__ = ("FacilityController",)

_service = FacilityService()

KindQuery = Annotated[
    FacilityKind | None, QueryParameter(description="Only facilities of this kind.")
]


def _page(rows: list[Any], next_cursor: str | None, sync_cursor: str | None) -> FacilityList:
    return FacilityList(
        data=[to_facility(r) for r in rows],
        has_more=next_cursor is not None,
        next_cursor=next_cursor,
        sync_cursor=sync_cursor,
    )


def _versions(rows: list[Any], next_cursor: str | None) -> FacilityVersionList:
    return FacilityVersionList(
        data=[
            FacilityVersion(
                version=r["version"],
                recorded_from=r["recorded_from"],
                recorded_to=r["recorded_to"],
                deleted=r["deleted_at"] is not None,
                facility=to_facility(r),
            )
            for r in rows
        ],
        has_more=next_cursor is not None,
        next_cursor=next_cursor,
    )


class FacilityController(Controller):
    path = "/v1/facilities"
    tags = ["reference"]

    @post(
        "/",
        operation_id="createFacility",
        summary="Create a facility",
        status_code=201,
        responses=problem_responses(400, 409, 413, 422),
    )
    async def create_facility(
        self,
        request: Request[Any, Any, Any],
        conn: NamedDependency[Connection],
        data: JSONBody[FacilityCreate],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[Facility]:
        """Create a facility. Send an `Idempotency-Key` to make retries safe."""
        return await crud.create(
            request, conn, idempotency_key, lambda: _service.create(conn, data), to_facility
        )

    @get(
        "/",
        operation_id="listFacilities",
        summary="List facilities",
        responses=problem_responses(400),
    )
    async def list_facilities(
        self,
        request: Request[Any, Any, Any],
        conn: NamedDependency[Connection],
        cursor_codec: NamedDependency[CursorCodec],
        dataset: DatasetQuery = "live",
        name: NameQuery = None,
        kind: KindQuery = None,
        country: CountryQuery = None,
        as_of: AsOf = None,
        limit: Limit = 20,
        cursor: Cursor = None,
    ) -> Response[FacilityList]:
        """List facilities, newest first. Every filter narrows the list; all are optional.

        Examples: `?kind=nuclear_test_site`, `?name=Tongchang-ri` (any alias),
        `?country=PRK&as_of=2026-01-01T00:00:00Z`.
        """
        at = instant(as_of, "as_of")
        filters = FacilityFilters(dataset=dataset, name=name, kind=kind, country=country)
        return await crud.listing(
            request,
            conn,
            cursor_codec,
            filters,
            as_of=at,
            cursor=cursor,
            fetch=lambda after: _service.list(conn, filters, as_of=at, after=after, limit=limit),
            envelope=_page,
        )

    @get(
        "/{facility_id:str}",
        operation_id="getFacility",
        summary="Get a facility",
        responses=problem_responses(400, 404),
    )
    async def get_facility(
        self,
        conn: NamedDependency[Connection],
        facility_id: FromPath[str],
        as_of: AsOf = None,
        if_none_match: IfNoneMatch = None,
    ) -> Response[Facility]:
        """One facility, as it is now or as recorded at `as_of`. Sends an `ETag`."""
        return await crud.read_one(
            conn, _service.records, facility_id, instant(as_of, "as_of"), if_none_match, to_facility
        )

    @patch(
        "/{facility_id:str}",
        operation_id="updateFacility",
        summary="Change a facility",
        responses=problem_responses(400, 404, 409, 412, 413, 422),
    )
    async def update_facility(
        self,
        conn: NamedDependency[Connection],
        facility_id: FromPath[str],
        data: JSONBody[FacilityPatch],
        if_match: IfMatch = None,
    ) -> Response[Facility]:
        """Change the fields sent; `null` clears one. With `If-Match`, only if still at that version."""
        async with conn.transaction():
            row = await _service.update(conn, facility_id, data, if_match)
        return single_response(to_facility(row), row["version"])

    @delete(
        "/{facility_id:str}",
        operation_id="deleteFacility",
        summary="Delete a facility",
        status_code=200,
        responses=problem_responses(400, 404, 412),
    )
    async def delete_facility(
        self,
        conn: NamedDependency[Connection],
        facility_id: FromPath[str],
        if_match: IfMatch = None,
    ) -> Response[Facility]:
        """Tombstone the facility: reads answer 404, history and the change feed keep it."""
        async with conn.transaction():
            row = await _service.records.delete(conn, facility_id, if_match)
        return single_response(to_facility(row), row["version"])

    @get(
        "/{facility_id:str}/history",
        operation_id="listFacilityVersions",
        summary="List a facility's versions",
        responses=problem_responses(400, 404),
    )
    async def list_facility_versions(
        self,
        request: Request[Any, Any, Any],
        conn: NamedDependency[Connection],
        cursor_codec: NamedDependency[CursorCodec],
        facility_id: FromPath[str],
        as_of: AsOf = None,
        limit: Limit = 20,
        cursor: Cursor = None,
    ) -> Response[FacilityVersionList]:
        """Every recorded version, oldest first, each with its transaction-time range."""
        return await crud.history(
            request,
            conn,
            cursor_codec,
            _service.records,
            facility_id,
            as_of=instant(as_of, "as_of"),
            cursor=cursor,
            limit=limit,
            envelope=_versions,
        )

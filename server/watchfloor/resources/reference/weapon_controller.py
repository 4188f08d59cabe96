"""``/v1/weapons``: HTTP in, HTTP out. The rules live in the service, the SQL in the repository."""

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
from watchfloor.resources.reference.repository import WeaponFilters, to_weapon
from watchfloor.resources.reference.schemas import (
    Weapon,
    WeaponClass,
    WeaponCreate,
    WeaponList,
    WeaponPatch,
    WeaponVersion,
    WeaponVersionList,
)
from watchfloor.resources.reference.service import WeaponService
from watchfloor.responses import single_response
from watchfloor.wire import AsOf, Cursor, DatasetQuery, Limit, instant

__all__ = ("WeaponController",)

_service = WeaponService()

ClassQuery = Annotated[
    WeaponClass | None,
    QueryParameter(description="Only weapon systems of this class (`ICBM`, `SRBM` …)."),
]


def _page(rows: list[Any], next_cursor: str | None, sync_cursor: str | None) -> WeaponList:
    return WeaponList(
        data=[to_weapon(r) for r in rows],
        has_more=next_cursor is not None,
        next_cursor=next_cursor,
        sync_cursor=sync_cursor,
    )


def _versions(rows: list[Any], next_cursor: str | None) -> WeaponVersionList:
    return WeaponVersionList(
        data=[
            WeaponVersion(
                version=r["version"],
                recorded_from=r["recorded_from"],
                recorded_to=r["recorded_to"],
                deleted=r["deleted_at"] is not None,
                weapon=to_weapon(r),
            )
            for r in rows
        ],
        has_more=next_cursor is not None,
        next_cursor=next_cursor,
    )


class WeaponController(Controller):
    path = "/v1/weapons"
    tags = ["reference"]

    @post(
        "/",
        operation_id="createWeapon",
        summary="Create a weapon system",
        status_code=201,
        responses=problem_responses(400, 409, 413, 422),
    )
    async def create_weapon(
        self,
        request: Request[Any, Any, Any],
        conn: NamedDependency[Connection],
        data: JSONBody[WeaponCreate],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[Weapon]:
        """Create a weapon system. Send an `Idempotency-Key` to make retries safe."""
        return await crud.create(
            request, conn, idempotency_key, lambda: _service.create(conn, data), to_weapon
        )

    @get(
        "/",
        operation_id="listWeapons",
        summary="List weapon systems",
        responses=problem_responses(400),
    )
    async def list_weapons(
        self,
        request: Request[Any, Any, Any],
        conn: NamedDependency[Connection],
        cursor_codec: NamedDependency[CursorCodec],
        dataset: DatasetQuery = "live",
        name: NameQuery = None,
        weapon_class: ClassQuery = None,
        country: CountryQuery = None,
        as_of: AsOf = None,
        limit: Limit = 20,
        cursor: Cursor = None,
    ) -> Response[WeaponList]:
        """List weapon systems, newest first. Every filter narrows the list; all are optional.

        Examples: `?weapon_class=ICBM`, `?name=KN-23` (any alias),
        `?country=PRK&as_of=2026-01-01T00:00:00Z`.
        """
        at = instant(as_of, "as_of")
        filters = WeaponFilters(
            dataset=dataset, name=name, weapon_class=weapon_class, country=country
        )
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
        "/{weapon_id:str}",
        operation_id="getWeapon",
        summary="Get a weapon system",
        responses=problem_responses(400, 404),
    )
    async def get_weapon(
        self,
        conn: NamedDependency[Connection],
        weapon_id: FromPath[str],
        as_of: AsOf = None,
        if_none_match: IfNoneMatch = None,
    ) -> Response[Weapon]:
        """One weapon system, as it is now or as recorded at `as_of`. Sends an `ETag`."""
        return await crud.read_one(
            conn, _service.records, weapon_id, instant(as_of, "as_of"), if_none_match, to_weapon
        )

    @patch(
        "/{weapon_id:str}",
        operation_id="updateWeapon",
        summary="Change a weapon system",
        responses=problem_responses(400, 404, 409, 412, 413, 422),
    )
    async def update_weapon(
        self,
        conn: NamedDependency[Connection],
        weapon_id: FromPath[str],
        data: JSONBody[WeaponPatch],
        if_match: IfMatch = None,
    ) -> Response[Weapon]:
        """Change the fields sent; `null` clears one. With `If-Match`, only if still at that version."""
        async with conn.transaction():
            row = await _service.update(conn, weapon_id, data, if_match)
        return single_response(to_weapon(row), row["version"])

    @delete(
        "/{weapon_id:str}",
        operation_id="deleteWeapon",
        summary="Delete a weapon system",
        status_code=200,
        responses=problem_responses(400, 404, 412),
    )
    async def delete_weapon(
        self,
        conn: NamedDependency[Connection],
        weapon_id: FromPath[str],
        if_match: IfMatch = None,
    ) -> Response[Weapon]:
        """Tombstone the weapon system: reads answer 404, history and the change feed keep it."""
        async with conn.transaction():
            row = await _service.records.delete(conn, weapon_id, if_match)
        return single_response(to_weapon(row), row["version"])

    @get(
        "/{weapon_id:str}/history",
        operation_id="listWeaponVersions",
        summary="List a weapon system's versions",
        responses=problem_responses(400, 404),
    )
    async def list_weapon_versions(
        self,
        request: Request[Any, Any, Any],
        conn: NamedDependency[Connection],
        cursor_codec: NamedDependency[CursorCodec],
        weapon_id: FromPath[str],
        as_of: AsOf = None,
        limit: Limit = 20,
        cursor: Cursor = None,
    ) -> Response[WeaponVersionList]:
        """Every recorded version, oldest first, each with its transaction-time range."""
        return await crud.history(
            request,
            conn,
            cursor_codec,
            _service.records,
            weapon_id,
            as_of=instant(as_of, "as_of"),
            cursor=cursor,
            limit=limit,
            envelope=_versions,
        )

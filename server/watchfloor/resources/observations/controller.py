"""``/v1/observations/{id}``: one figure over HTTP (the series lives in ``series.py``)."""

from typing import Any

from litestar import Controller, Request, Response, delete, get, patch
from litestar.di import NamedDependency
from litestar.params import FromPath, JSONBody

from watchfloor import crud
from watchfloor.db import Connection
from watchfloor.http_params import IfMatch, IfNoneMatch
from watchfloor.pagination import CursorCodec
from watchfloor.problems import problem_responses
from watchfloor.resources.indicators.schemas import (
    Observation,
    ObservationPatch,
    ObservationVersion,
    ObservationVersionList,
)
from watchfloor.resources.observations.repository import to_observation
from watchfloor.resources.observations.service import ObservationService
from watchfloor.responses import single_response
from watchfloor.wire import AsOf, Cursor, Limit, instant

__all__ = ("ObservationController",)

_service = ObservationService()


def _versions(rows: list[Any], next_cursor: str | None) -> ObservationVersionList:
    return ObservationVersionList(
        data=[
            ObservationVersion(
                version=r["version"],
                recorded_from=r["recorded_from"],
                recorded_to=r["recorded_to"],
                deleted=r["deleted_at"] is not None,
                observation=to_observation(r),
            )
            for r in rows
        ],
        has_more=next_cursor is not None,
        next_cursor=next_cursor,
    )


class ObservationController(Controller):
    path = "/v1/observations"
    tags = ["observations"]

    @get(
        "/{observation_id:str}",
        operation_id="getObservation",
        summary="Get an observation",
        responses=problem_responses(400, 404),
    )
    async def get_observation(
        self,
        conn: NamedDependency[Connection],
        observation_id: FromPath[str],
        as_of: AsOf = None,
        if_none_match: IfNoneMatch = None,
    ) -> Response[Observation]:
        """One figure, as it is now or as recorded at `as_of`. Sends an `ETag`."""
        return await crud.read_one(
            conn,
            _service.records,
            observation_id,
            instant(as_of, "as_of"),
            if_none_match,
            to_observation,
        )

    @patch(
        "/{observation_id:str}",
        operation_id="updateObservation",
        summary="Correct an observation",
        responses=problem_responses(400, 404, 409, 412, 413, 422),
    )
    async def update_observation(
        self,
        conn: NamedDependency[Connection],
        observation_id: FromPath[str],
        data: JSONBody[ObservationPatch],
        if_match: IfMatch = None,
    ) -> Response[Observation]:
        """Correct a data-entry error; the old figure stays in history and under `as_of`.

        A revision by the publisher is not a correction: add it as a new observation with a
        later `vintage`. `low ≤ value ≤ high` must hold after the change (422).
        """
        async with conn.transaction():
            row = await _service.update(conn, observation_id, data, if_match)
        return single_response(to_observation(row), row["version"])

    @delete(
        "/{observation_id:str}",
        operation_id="deleteObservation",
        summary="Delete an observation",
        status_code=200,
        responses=problem_responses(400, 404, 412),
    )
    async def delete_observation(
        self,
        conn: NamedDependency[Connection],
        observation_id: FromPath[str],
        if_match: IfMatch = None,
    ) -> Response[Observation]:
        """Tombstone the figure: reads answer 404, history and the change feed keep it."""
        async with conn.transaction():
            row = await _service.records.delete(conn, observation_id, if_match)
        return single_response(to_observation(row), row["version"])

    @get(
        "/{observation_id:str}/history",
        operation_id="listObservationVersions",
        summary="List an observation's versions",
        responses=problem_responses(400, 404),
    )
    async def list_observation_versions(
        self,
        request: Request[Any, Any, Any],
        conn: NamedDependency[Connection],
        cursor_codec: NamedDependency[CursorCodec],
        observation_id: FromPath[str],
        as_of: AsOf = None,
        limit: Limit = 20,
        cursor: Cursor = None,
    ) -> Response[ObservationVersionList]:
        """Every recorded version, oldest first, each with its transaction-time range."""
        return await crud.history(
            request,
            conn,
            cursor_codec,
            _service.records,
            observation_id,
            as_of=instant(as_of, "as_of"),
            cursor=cursor,
            limit=limit,
            envelope=_versions,
        )

"""``POST /v1/import``: an NDJSON body, streamed into the import pipeline, answered by the report.

The body is read chunk by chunk and never held whole: its size limit is its own
(``WATCHFLOOR_IMPORT_MAX_BODY_BYTES``, 1 GiB by default), not the 1 MiB of the JSON endpoints.
"""

from collections.abc import AsyncIterable, AsyncIterator
from dataclasses import dataclass
from typing import Annotated, Any

from litestar import Controller, Request, Response, post
from litestar.di import NamedDependency
from litestar.exceptions import HTTPException
from litestar.openapi.spec import OpenAPIMediaType, OpenAPIType, Operation, RequestBody, Schema
from litestar.params import QueryParameter

from watchfloor.context import Context
from watchfloor.http.headers import IdempotencyKey
from watchfloor.http.problems import problem_responses
from watchfloor.http.responses import json_response
from watchfloor.imports.rows import ndjson_rows_from_chunks
from watchfloor.imports.schemas import ImportReport
from watchfloor.imports.service import import_rows
from watchfloor.imports.streamkey import BodyHash, StreamKey

__all__ = ("NDJSON", "ImportController")

NDJSON = "application/x-ndjson"
DatasetParam = Annotated[
    str,
    QueryParameter(
        description="Dataset to write: `live` (default) or an exercise or sandbox dataset that exists.",
        pattern="^[a-z0-9][a-z0-9_-]{0,62}$",
    ),
]
_ACCEPTED = frozenset({NDJSON, "application/jsonl", "application/x-jsonlines"})

_BODY_DESCRIPTION = """\
NDJSON: one JSON object per line, each a record of the import format (`docs/import-format.md`):
`resource`, `external_id`, and the fields of that resource's create body. A field holding the id of
another record may name it as `"@<external_id>"` of a record in the same dataset."""


@dataclass
class _NdjsonOperation(Operation):
    """The operation with its NDJSON request body documented (the handler streams it itself)."""

    def __post_init__(self) -> None:
        self.request_body = RequestBody(
            content={NDJSON: OpenAPIMediaType(schema=Schema(type=OpenAPIType.STRING))},
            description=_BODY_DESCRIPTION,
            required=True,
        )


def _too_large(limit: int) -> HTTPException:
    return HTTPException(status_code=413, detail=f"The body is larger than {limit} bytes.")


async def _limited(chunks: AsyncIterable[bytes], limit: int) -> AsyncIterator[bytes]:
    """The body, refused (413) once more than ``limit`` bytes have arrived.

    Batches finished before that point stay imported; an import is idempotent, so the client
    can split the file and send it again.
    """
    seen = 0
    async for chunk in chunks:
        seen += len(chunk)
        if seen > limit:
            raise _too_large(limit)
        yield chunk


def _check_media_type(request: Request[Any, Any, Any]) -> None:
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type not in _ACCEPTED:
        raise HTTPException(
            status_code=415,
            detail=f"Send the records as {NDJSON} (one JSON object per line), not {media_type or 'no content type'}.",
        )


class ImportController(Controller):
    path = "/v1/import"
    tags = ["import"]

    @post(
        "/",
        operation_id="importRecords",
        summary="Import records (NDJSON)",
        status_code=200,
        request_max_body_size=None,
        operation_class=_NdjsonOperation,
        responses=problem_responses(400, 408, 409, 413, 415, 422),
        # The body streams while lines are written: a connection from the streams' share.
        opt={"stream": True},
    )
    async def import_records(
        self,
        request: Request[Any, Any, Any],
        ctx: NamedDependency[Context],
        dataset: DatasetParam = "live",
        idempotency_key: IdempotencyKey = None,
    ) -> Response[ImportReport]:
        """Create or update records in bulk, upserting each line by `external_id` in `dataset`.

        A line whose `external_id` is new is created; one equal to the stored record is
        unchanged; one that differs is the record's complete new state, written as a new
        version. A bad line is rejected with its number and reason and never takes good lines
        down: lines are committed in batches, and a line that fails is rolled back alone.
        Importing the same body again reports every line unchanged.

        With an `Idempotency-Key`, a retry of the same body replays the first report; while
        the first import is still running the key answers 409.
        """
        _check_media_type(request)
        limit: int = request.app.state.settings.import_max_body_bytes
        if (request.content_length or 0) > limit:
            raise _too_large(limit)
        chunks = _limited(request.stream(), limit)
        if idempotency_key is None:
            report = await import_rows(ctx, ndjson_rows_from_chunks(chunks), dataset)
            return json_response(report)
        body_hash = BodyHash(f"{request.url.path}?dataset={dataset}")
        key = StreamKey(ctx.conn, ctx.who, idempotency_key, request.url.path)
        if not await key.claim():
            stored_hash, status, body = await key.stored_answer()
            await body_hash.consume(chunks)
            StreamKey.check_same_request(stored_hash, body_hash.hexdigest())
            replayed: Response[Any] = Response(
                content=body,
                status_code=status,
                media_type="application/json",
                headers={"Idempotent-Replayed": "true"},
            )
            return replayed
        try:
            report = await import_rows(ctx, ndjson_rows_from_chunks(body_hash.tee(chunks)), dataset)
        except Exception:
            await key.release()
            raise
        response = json_response(report)
        assert isinstance(response.content, bytes)
        await key.store(body_hash.hexdigest(), 200, response.content)
        return response

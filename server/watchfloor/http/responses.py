"""HTTP mechanics shared by every resource: ETags, conditional requests, list pages, ``Link``."""

from collections.abc import Mapping
from typing import Any, TypeVar
from urllib.parse import urlencode

import msgspec
from litestar import Request, Response
from litestar.status_codes import HTTP_304_NOT_MODIFIED

__all__ = (
    "etag",
    "etag_versions",
    "expected_versions",
    "json_response",
    "not_modified",
    "page_response",
    "single_response",
)

T = TypeVar("T")

_encoder = msgspec.json.Encoder()


def etag(version: int) -> str:
    """The strong ETag of a record version."""
    return f'"{version}"'


def etag_versions(header: str) -> list[int] | None:
    """The versions an ``If-Match`` or ``If-None-Match`` names (``None`` for ``*``).

    A tag is one of ours only as :func:`etag` writes it (``"3"``, or weak ``W/"3"``); any
    other tag names no version.
    """
    versions: list[int] = []
    for raw in header.split(","):
        tag = raw.strip().removeprefix("W/")
        if tag == "*":
            return None
        digits = tag[1:-1]
        if len(tag) > 2 and tag[0] == '"' and digits.isdigit() and etag(int(digits)) == tag:
            versions.append(int(digits))
    return versions


def not_modified(version: int) -> Response[Any]:
    """304 for a caller that already holds ``version``."""
    response: Response[Any] = Response(
        content=b"", status_code=HTTP_304_NOT_MODIFIED, headers={"ETag": etag(version)}
    )
    return response


def expected_versions(if_match: str | None) -> list[int] | None:
    """What a write's ``If-Match`` allows: the versions it names, or ``None`` (no header, ``*``)."""
    return None if if_match is None else etag_versions(if_match)


def json_response(
    body: Any, *, status: int = 200, headers: Mapping[str, str] | None = None
) -> Response[Any]:
    """A JSON response whose body is encoded here, so the bytes can also be stored (idempotency)."""
    return Response(
        content=_encoder.encode(body),
        status_code=status,
        media_type="application/json",
        headers=dict(headers or {}),
    )


def single_response(
    body: T,
    version: int,
    *,
    status: int = 200,
    headers: Mapping[str, str] | None = None,
) -> Response[T]:
    """One record with its ETag (``If-None-Match`` is answered by :func:`crud.read_one`)."""
    return json_response(body, status=status, headers={"ETag": etag(version), **(headers or {})})


def page_response(
    request: Request[Any, Any, Any],
    body: Any,
    next_cursor: str | None,
    headers: Mapping[str, str] | None = None,
) -> Response[Any]:
    """A list page, with an RFC 8288 ``Link: <…>; rel="next"`` when there is one."""
    out = dict(headers or {})
    if next_cursor is not None:
        params = [(k, v) for k, v in request.query_params.multi_items() if k != "cursor"]
        params.append(("cursor", next_cursor))
        out["Link"] = f'<{request.url.path}?{urlencode(params)}>; rel="next"'
    return json_response(body, headers=out)

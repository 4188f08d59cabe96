"""HTTP mechanics shared by every resource: ETags, conditional requests, list pages, ``Link``."""

from collections.abc import Mapping
from typing import Any, TypeVar
from urllib.parse import urlencode

import msgspec
from litestar import Request, Response
from litestar.status_codes import HTTP_304_NOT_MODIFIED

from watchfloor.errors import PreconditionFailed

__all__ = ("check_if_match", "etag", "json_response", "page_response", "single_response")

T = TypeVar("T")

_encoder = msgspec.json.Encoder()


def etag(version: int) -> str:
    """The strong ETag of a record version."""
    return f'"{version}"'


def if_none_match_versions(header: str) -> list[int] | None:
    """The versions an ``If-None-Match`` names (``None`` for ``*``); tags not ours are ignored."""
    versions: list[int] = []
    for raw in header.split(","):
        tag = raw.strip().removeprefix("W/")
        if tag == "*":
            return None
        if len(tag) > 2 and tag[0] == tag[-1] == '"' and tag[1:-1].isdigit():
            versions.append(int(tag[1:-1]))
    return versions


def not_modified(version: int) -> Response[Any]:
    """304 for a caller that already holds ``version``."""
    response: Response[Any] = Response(
        content=b"", status_code=HTTP_304_NOT_MODIFIED, headers={"ETag": etag(version)}
    )
    return response


def _matches(header: str | None, version: int) -> bool:
    if header is None:
        return False
    tags = {tag.strip().removeprefix("W/") for tag in header.split(",")}
    return "*" in tags or etag(version) in tags


def check_if_match(if_match: str | None, version: int) -> None:
    """Refuse a write whose ``If-Match`` names another version (optimistic concurrency)."""
    if if_match is not None and not _matches(if_match, version):
        raise PreconditionFailed(
            f"The record is at version {version} ({etag(version)}); "
            f"If-Match asked for {if_match}. Read it again and reapply your change.",
            headers={"ETag": etag(version)},
        )


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
    if_none_match: str | None = None,
    *,
    status: int = 200,
    headers: Mapping[str, str] | None = None,
) -> Response[T]:
    """One record with its ETag; 304 when the caller already has this version."""
    if status == 200 and _matches(if_none_match, version):
        return not_modified(version)
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

"""What one logical request is, before the transport turns it into HTTP attempts.

Generated methods call :func:`build_options` with their arguments as given; this module decides
what goes on the wire: omitted (``UNSET``) body fields and ``None`` query parameters are left
out, so the server's own defaults apply, and timestamps become RFC 3339 text.
"""

from collections.abc import AsyncIterable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from urllib.parse import quote

import httpx
from msgspec import UNSET, UnsetType

from watchfloor_sdk._core._constants import RAW_RESPONSE_HEADER, STREAM_RESPONSE_HEADER

__all__ = ("RequestOptions", "Timeout", "build_options", "path_param")

Timeout = float | httpx.Timeout | None
"""Seconds, an :class:`httpx.Timeout`, or ``None`` for no timeout at all."""


@dataclass(frozen=True, kw_only=True)
class RequestOptions:
    """One logical request; every retry of it is sent from the same options."""

    method: str
    path: str
    """Path below the base URL, path parameters already filled in and quoted."""
    query: Mapping[str, str | list[str]] = field(default_factory=dict)
    headers: Mapping[str, str] = field(default_factory=dict)
    json_body: Any = UNSET
    """A body to send as JSON (``UNSET``: no JSON body)."""
    content: bytes | Iterable[bytes] | AsyncIterable[bytes] | None = None
    """A body to send as is, with ``content_type``: bytes, or chunks (``client.import_file``
    streams a file; the iterable is iterated again, from its start, on each retry)."""
    content_type: str | None = None
    timeout: Timeout | UnsetType = UNSET
    """This request's timeout; ``UNSET`` takes the client's."""
    idempotency_key: str | None = None
    """The caller's own ``Idempotency-Key``; a POST, PATCH or DELETE without one gets a
    generated key."""
    raw: bool = False
    """Answer an :class:`~watchfloor_sdk.APIResponse` instead of the decoded body."""
    stream: bool = False
    """Answer a :class:`~watchfloor_sdk.StreamedAPIResponse` whose body is not read yet."""


def path_param(name: str, value: str) -> str:
    """``value`` quoted for use as one path segment; an empty value is refused."""
    if not value:
        raise ValueError(f"Expected a non-empty value for `{name}` but received {value!r}")
    return quote(value, safe="")


def _query_value(name: str, value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError(f"`{name}` needs a timezone-aware datetime, got {value!r}")
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _encode_query(params: Mapping[str, object]) -> dict[str, str | list[str]]:
    encoded: dict[str, str | list[str]] = {}
    for name, value in params.items():
        if value is None or value is UNSET:
            continue
        if isinstance(value, Sequence) and not isinstance(value, str | bytes):
            encoded[name] = [_query_value(name, item) for item in value]
        else:
            encoded[name] = _query_value(name, value)
    return encoded


def build_options(
    method: str,
    path: str,
    *,
    query: Mapping[str, object] | None = None,
    headers: Mapping[str, str | None] | None = None,
    body: Mapping[str, object] | UnsetType = UNSET,
    content: bytes | str | None = None,
    content_type: str | None = None,
    idempotency_key: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, object] | None = None,
    extra_body: Mapping[str, object] | None = None,
    timeout: Timeout | UnsetType = UNSET,
) -> RequestOptions:
    """The options of one call of a generated method.

    Args:
        method: HTTP method.
        path: Path with its parameters filled in (see :func:`path_param`).
        query: Query parameters; ``None`` values are left out.
        headers: Header parameters; ``None`` values are left out.
        body: JSON body fields; ``UNSET`` values are left out.
        content: A body that is not JSON (bytes, or text sent as UTF-8).
        content_type: Media type of ``content``.
        idempotency_key: The caller's own ``Idempotency-Key``.
        extra_headers: Headers to add or override.
        extra_query: Query parameters to add or override.
        extra_body: JSON body fields to add or override.
        timeout: This call's timeout.
    """
    merged_headers = {k: v for k, v in (headers or {}).items() if v is not None}
    merged_headers.update(extra_headers or {})
    stream = merged_headers.pop(STREAM_RESPONSE_HEADER, None) is not None
    raw = merged_headers.pop(RAW_RESPONSE_HEADER, None) is not None or stream
    json_body: Any = UNSET
    if not isinstance(body, UnsetType):
        json_body = {k: v for k, v in body.items() if v is not UNSET}
        json_body.update(extra_body or {})
    return RequestOptions(
        method=method.upper(),
        path=path,
        query=_encode_query({**(query or {}), **(extra_query or {})}),
        headers=merged_headers,
        json_body=json_body,
        content=content.encode() if isinstance(content, str) else content,
        content_type=content_type,
        timeout=timeout,
        idempotency_key=idempotency_key,
        raw=raw,
        stream=stream,
    )

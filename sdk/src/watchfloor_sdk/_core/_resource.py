"""What every generated resource class stands on, and the ``with_raw_response`` and
``with_streaming_response`` wrappers."""

import functools
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, ParamSpec, TypeVar, cast

from watchfloor_sdk._core._constants import RAW_RESPONSE_HEADER, STREAM_RESPONSE_HEADER
from watchfloor_sdk._core._response import APIResponse
from watchfloor_sdk._core._streaming import (
    AsyncStreamedAPIResponse,
    AsyncStreamedResponseContext,
    StreamedAPIResponse,
    StreamedResponseContext,
)

if TYPE_CHECKING:
    from watchfloor_sdk._core._base_client import AsyncAPIClient, SyncAPIClient

__all__ = (
    "AsyncAPIResource",
    "SyncAPIResource",
    "async_to_raw_response_wrapper",
    "async_to_streamed_response_wrapper",
    "to_raw_response_wrapper",
    "to_streamed_response_wrapper",
)

P = ParamSpec("P")
R = TypeVar("R")


class SyncAPIResource:
    """A group of operations (``client.actors``) of the blocking client."""

    def __init__(self, client: "SyncAPIClient") -> None:
        self._client = client


class AsyncAPIResource:
    """A group of operations (``client.actors``) of the asyncio client."""

    def __init__(self, client: "AsyncAPIClient") -> None:
        self._client = client


def _raw_kwargs(kwargs: dict[str, object], flag: str = RAW_RESPONSE_HEADER) -> None:
    # The flag rides in `extra_headers`, which every generated method takes and hands to
    # `build_options`; that is where it is taken off again, so it never reaches the wire.
    extra = dict(cast(dict[str, str], kwargs.get("extra_headers") or {}))
    extra[flag] = "true"
    kwargs["extra_headers"] = extra


def to_raw_response_wrapper(func: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """``func`` answering an :class:`APIResponse` whose ``parse()`` gives what ``func`` gives."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        _raw_kwargs(kwargs)
        return cast(APIResponse[R], func(*args, **kwargs))

    return wrapped


def async_to_raw_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[APIResponse[R]]]:
    """The async twin of :func:`to_raw_response_wrapper`."""

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        _raw_kwargs(kwargs)
        return cast(APIResponse[R], await func(*args, **kwargs))

    return wrapped


def to_streamed_response_wrapper(
    func: Callable[P, R],
) -> Callable[P, StreamedResponseContext[R]]:
    """``func`` answering a context manager around a :class:`StreamedAPIResponse`."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> StreamedResponseContext[R]:
        _raw_kwargs(kwargs, STREAM_RESPONSE_HEADER)
        return StreamedResponseContext(lambda: cast(StreamedAPIResponse[R], func(*args, **kwargs)))

    return wrapped


def async_to_streamed_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, AsyncStreamedResponseContext[R]]:
    """The async twin of :func:`to_streamed_response_wrapper`."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncStreamedResponseContext[R]:
        _raw_kwargs(kwargs, STREAM_RESPONSE_HEADER)

        async def send() -> AsyncStreamedAPIResponse[R]:
            return cast(AsyncStreamedAPIResponse[R], await func(*args, **kwargs))

        return AsyncStreamedResponseContext(send)

    return wrapped

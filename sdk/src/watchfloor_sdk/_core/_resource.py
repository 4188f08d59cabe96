"""What every generated resource class stands on, and the ``with_raw_response`` wrappers."""

import functools
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, ParamSpec, TypeVar, cast

from watchfloor_sdk._core._constants import RAW_RESPONSE_HEADER
from watchfloor_sdk._core._response import APIResponse

if TYPE_CHECKING:
    from watchfloor_sdk._core._base_client import AsyncAPIClient, SyncAPIClient

__all__ = (
    "AsyncAPIResource",
    "SyncAPIResource",
    "async_to_raw_response_wrapper",
    "to_raw_response_wrapper",
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


def _raw_kwargs(kwargs: dict[str, object]) -> None:
    # The flag rides in `extra_headers`, which every generated method takes and hands to
    # `build_options`; that is where it is taken off again, so it never reaches the wire.
    extra = dict(cast(dict[str, str], kwargs.get("extra_headers") or {}))
    extra[RAW_RESPONSE_HEADER] = "true"
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

"""The public surface: what ``watchfloor_sdk`` exports, and one method per operation of the spec."""

import inspect
import json
from pathlib import Path

import pytest
import watchfloor_sdk
from watchfloor_sdk import AsyncClient, Client

from sdk.codegen.naming import method_name, python_name

SPEC = json.loads((Path(__file__).resolve().parents[2] / "openapi" / "openapi.json").read_text())
OPERATIONS = [
    (path, verb, op)
    for path, item in SPEC["paths"].items()
    for verb, op in item.items()
    if verb in {"get", "post", "put", "patch", "delete"}
]

TRANSPORT_HEADERS = {"Watchfloor-Consistency"}
"""Sent by the transport itself, not a method's parameter (read your writes)."""


def test_public_names_are_pinned() -> None:
    assert set(watchfloor_sdk.__all__) == {
        "DEFAULT_MAX_RETRIES",
        "DEFAULT_TIMEOUT",
        "UNSET",
        "APIConnectionError",
        "APIError",
        "APIResponse",
        "APIResponseValidationError",
        "APIStatusError",
        "APITimeoutError",
        "AsyncClient",
        "AsyncCursorPage",
        "AsyncPaginator",
        "AsyncStreamedAPIResponse",
        "AuthenticationError",
        "BadRequestError",
        "Client",
        "ConflictError",
        "CursorExpiredError",
        "InternalServerError",
        "NotFoundError",
        "NotModifiedError",
        "PermissionDeniedError",
        "PreconditionFailedError",
        "RateLimitedError",
        "RequestTooLargeError",
        "ServiceUnavailableError",
        "StreamedAPIResponse",
        "SyncCursorPage",
        "Timeout",
        "UnprocessableEntityError",
        "UnsetType",
        "WatchfloorError",
        "__version__",
    }
    assert all(hasattr(watchfloor_sdk, name) for name in watchfloor_sdk.__all__)


@pytest.mark.parametrize("client_class", [Client, AsyncClient])
@pytest.mark.parametrize(
    ("path", "verb", "operation"), OPERATIONS, ids=[op["operationId"] for _, _, op in OPERATIONS]
)
def test_every_operation_has_a_method_taking_its_parameters(
    client_class: type[Client] | type[AsyncClient],
    path: str,
    verb: str,
    operation: dict[str, object],
) -> None:
    tag = operation["tags"][0]  # type: ignore[index]
    resource = getattr(client_class(base_url="http://127.0.0.1:9"), python_name(tag))
    method = getattr(resource, method_name(str(operation["operationId"]), tag))
    accepted = set(inspect.signature(method).parameters)
    for parameter in operation.get("parameters", []):  # type: ignore[attr-defined]
        if parameter["in"] == "header" and parameter["name"] in TRANSPORT_HEADERS:
            continue
        expected = python_name(parameter["name"])
        assert expected in accepted, f"{operation['operationId']} lacks {expected}"
    assert callable(getattr(resource.with_raw_response, method.__name__))


def test_the_status_table_covers_every_documented_error() -> None:
    from watchfloor_sdk._client import STATUS_ERRORS

    documented = {
        int(code)
        for _, _, op in OPERATIONS
        for code in op["responses"]
        if code.isdigit() and int(code) >= 400
    }
    assert documented <= STATUS_ERRORS.keys()
    assert STATUS_ERRORS[410] is watchfloor_sdk.CursorExpiredError
    assert STATUS_ERRORS[429] is watchfloor_sdk.RateLimitedError

"""Error answers become typed exceptions carrying the problem+json body and the request id."""

import pytest
from watchfloor_sdk import (
    APIConnectionError,
    APIStatusError,
    BadRequestError,
    Client,
    ConflictError,
    NotFoundError,
    PreconditionFailedError,
    UnprocessableEntityError,
    WatchfloorError,
)


def test_not_found(sdk: Client) -> None:
    with pytest.raises(NotFoundError) as caught:
        sdk.actors.retrieve("act_00000000000000000000000000000000")
    error = caught.value
    assert error.status_code == 404
    assert error.problem is not None
    assert error.problem.type.endswith("/not-found")
    assert error.request_id is not None
    assert error.request_id == error.response.headers["x-request-id"] == error.problem.request_id
    assert isinstance(error, APIStatusError) and isinstance(error, WatchfloorError)
    assert str(error).startswith("404 Not Found: ")


def test_validation_error_names_each_field(sdk: Client, dataset: str) -> None:
    with pytest.raises(BadRequestError) as caught:
        sdk.actors.create(kind="state", name="", dataset=dataset)
    problem = caught.value.problem
    assert problem is not None
    assert [e.pointer for e in problem.errors] == ["/name"]
    assert "- at /name" in str(caught.value)


def test_stale_if_match(sdk: Client, dataset: str) -> None:
    actor = sdk.actors.create(kind="state", name="Mongolia", dataset=dataset)
    sdk.actors.update(actor.id, country="MNG", if_match='"1"')
    with pytest.raises(PreconditionFailedError) as caught:
        sdk.actors.update(actor.id, name="Outer Mongolia", if_match='"1"')
    assert caught.value.response.headers["etag"] == '"2"'
    assert sdk.actors.retrieve(actor.id).name == "Mongolia"


def test_conflict(sdk: Client, dataset: str) -> None:
    once = sdk.with_options(max_retries=0)
    once.actors.create(kind="state", name="Laos", external_id="wiki:laos", dataset=dataset)
    with pytest.raises(ConflictError):
        once.actors.create(kind="state", name="Lao PDR", external_id="wiki:laos", dataset=dataset)


def test_reused_idempotency_key(sdk: Client, dataset: str) -> None:
    sdk.actors.create(kind="igo", name="ASEAN", dataset=dataset, idempotency_key=f"k-{dataset}")
    with pytest.raises(UnprocessableEntityError) as caught:
        sdk.actors.create(kind="igo", name="APEC", dataset=dataset, idempotency_key=f"k-{dataset}")
    assert caught.value.problem is not None
    assert "Idempotency-Key" in caught.value.problem.detail


def test_unknown_reference(sdk: Client, dataset: str) -> None:
    from watchfloor_sdk.types import Membership

    with pytest.raises(UnprocessableEntityError):
        sdk.actors.create(
            kind="state",
            name="Nowhere",
            memberships=[Membership(organization_id="act_" + "0" * 32)],
            dataset=dataset,
        )


def test_empty_path_parameter_is_refused_before_sending(sdk: Client) -> None:
    with pytest.raises(ValueError, match="actor_id"):
        sdk.actors.retrieve("")


def test_no_server() -> None:
    with (
        Client(base_url="http://127.0.0.1:9", max_retries=0) as client,
        pytest.raises(APIConnectionError),
    ):
        client.operations.get_health()

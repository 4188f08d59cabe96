"""What a partner expects of an SDK beyond the calls: JSON back out, logs by environment, dicts
as arguments, their own httpx client's timeout, errors named as they are imported."""

import os
import subprocess
import sys
import traceback

import httpx
import pytest
import watchfloor_sdk
from watchfloor_sdk import APIStatusError, APITimeoutError, Client, NotFoundError
from watchfloor_sdk.types import Membership

from tests.sdk.proxy import Fault, FaultyProxy


def test_to_dict_and_to_json_give_the_apis_json(sdk: Client, dataset: str) -> None:
    actor = sdk.actors.create(kind="igo", name="ASEAN", dataset=dataset)
    raw = sdk.actors.with_raw_response.retrieve(actor.id)
    served = raw.http_response.json()
    assert served["description"] is None  # nulls are part of it
    assert raw.parse().to_dict() == served
    assert httpx.Response(200, content=raw.parse().to_json()).json() == served
    assert "\n" in raw.parse().to_json(indent=2)


def test_dicts_are_accepted_where_structs_are(sdk: Client, dataset: str) -> None:
    bloc = sdk.actors.create(kind="igo", name="BRICS", dataset=dataset)
    as_dict = sdk.actors.create(
        kind="state",
        name="Brazil",
        dataset=dataset,
        memberships=[{"organization_id": bloc.id, "role": "member", "valid_from": "2009-06-16"}],
    )
    as_struct = sdk.actors.create(
        kind="state",
        name="India",
        dataset=dataset,
        memberships=[Membership(organization_id=bloc.id, role="member")],
    )
    assert as_dict.memberships[0].organization_id == as_struct.memberships[0].organization_id
    assert str(as_dict.memberships[0].valid_from) == "2009-06-16"


def test_the_timeout_of_your_own_http_client_applies(proxy: FaultyProxy) -> None:
    # The SDK's default is 60 s; the caller's client says 0.2 s, and that is what holds.
    proxy.fail(Fault.stall(1.5))
    with (
        httpx.Client(timeout=0.2) as own,
        Client(base_url=proxy.url, http_client=own, max_retries=0) as client,
        pytest.raises(APITimeoutError),
    ):
        client.operations.get_health()


def test_errors_are_named_as_the_package_exports_them(sdk: Client) -> None:
    for name in watchfloor_sdk.__all__:
        value = getattr(watchfloor_sdk, name)
        if isinstance(value, type) and issubclass(value, Exception):
            assert value.__module__ == "watchfloor_sdk", name
    with pytest.raises(NotFoundError) as caught:
        sdk.actors.retrieve("act_00000000000000000000000000000000")
    shown = "".join(traceback.format_exception(caught.value))
    assert "watchfloor_sdk.NotFoundError:" in shown and "_core" not in shown.splitlines()[-1]


def test_an_answer_that_is_no_problem_still_has_one(proxy: FaultyProxy) -> None:
    proxy.fail(Fault.answer(502))
    with (
        Client(base_url=proxy.url, max_retries=0) as client,
        pytest.raises(APIStatusError) as caught,
    ):
        client.operations.get_health()
    problem = caught.value.problem
    assert (problem.type, problem.status, problem.title) == ("about:blank", 502, "Bad Gateway")


def test_watchfloor_log_debug_logs_requests_but_not_the_key(base_url: str, sdk_key: str) -> None:
    code = "from watchfloor_sdk import Client\nClient().operations.get_health()\n"
    env = {**os.environ, "WATCHFLOOR_BASE_URL": base_url, "WATCHFLOOR_API_KEY": sdk_key}
    logged = subprocess.run(
        [sys.executable, "-c", code],
        env={**env, "WATCHFLOOR_LOG": "debug"},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert f"GET {base_url}/healthz -> 200" in logged.stderr
    assert sdk_key not in logged.stderr
    quiet = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert "healthz" not in quiet.stderr

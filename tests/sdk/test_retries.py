"""Retries, backoff, ``Retry-After`` and idempotency, through a proxy that fails on cue."""

import asyncpg
import pytest
from watchfloor_sdk import (
    APITimeoutError,
    Client,
    ConflictError,
    NotFoundError,
    RateLimitedError,
    ServiceUnavailableError,
)

from tests.sdk.proxy import Fault, FaultyProxy


def test_fails_twice_then_succeeds(proxy: FaultyProxy) -> None:
    proxy.fail(Fault.answer(503), Fault.answer(502))
    with Client(base_url=proxy.url) as client:
        raw = client.operations.with_raw_response.get_health()
    assert raw.parse().status == "ok"
    assert raw.retries_taken == 2
    assert [r.path for r in proxy.received] == ["/healthz"] * 3


def test_gives_up_after_max_retries(proxy: FaultyProxy) -> None:
    proxy.fail(*[Fault.answer(503)] * 4)
    with (
        Client(base_url=proxy.url, max_retries=3) as client,
        pytest.raises(ServiceUnavailableError),
    ):
        client.operations.get_health()
    assert len(proxy.received) == 4


def test_no_retries_when_turned_off(proxy: FaultyProxy) -> None:
    proxy.fail(Fault.answer(503))
    with Client(base_url=proxy.url) as client, pytest.raises(ServiceUnavailableError):
        client.with_options(max_retries=0).operations.get_health()
    assert len(proxy.received) == 1


def test_a_dropped_connection_is_retried(proxy: FaultyProxy) -> None:
    proxy.fail(Fault.drop(), Fault.answer(408))
    with Client(base_url=proxy.url) as client:
        assert client.operations.get_health().status == "ok"
    assert len(proxy.received) == 3


def test_client_errors_are_not_retried(proxy: FaultyProxy) -> None:
    with Client(base_url=proxy.url) as client, pytest.raises(NotFoundError):
        client.actors.retrieve("act_00000000000000000000000000000000")
    assert len(proxy.received) == 1


def test_retry_after_is_honoured(proxy: FaultyProxy) -> None:
    # Without the header the first retry would come after at most 0.5 s.
    proxy.fail(Fault.answer(429, {"Retry-After": "2"}))
    with Client(base_url=proxy.url) as client:
        client.operations.get_health()
    first, second = proxy.received
    assert second.at - first.at >= 1.9


def test_rate_limited_in_the_end(proxy: FaultyProxy) -> None:
    proxy.fail(*[Fault.answer(429, {"Retry-After": "0.1"})] * 2)
    with (
        Client(base_url=proxy.url, max_retries=1) as client,
        pytest.raises(RateLimitedError) as caught,
    ):
        client.operations.get_health()
    assert caught.value.retry_after == 0.1


def test_timeouts_are_retried_then_raised(proxy: FaultyProxy) -> None:
    proxy.fail(Fault.stall(1.0), Fault.stall(1.0))
    with (
        Client(base_url=proxy.url, timeout=0.2, max_retries=1) as client,
        pytest.raises(APITimeoutError),
    ):
        client.operations.get_health()
    assert len(proxy.received) == 2


async def test_a_retried_create_writes_once(
    proxy: FaultyProxy, dataset: str, db: asyncpg.Connection
) -> None:
    # The server commits each attempt's write, but the answer is lost on the way back twice:
    # the third attempt carries the same Idempotency-Key and gets the first answer replayed.
    proxy.fail(Fault.lost(502), Fault.lost(504))
    with Client(base_url=proxy.url) as client:
        raw = client.actors.with_raw_response.create(kind="igo", name="SCO", dataset=dataset)
    actor = raw.parse()
    assert raw.retries_taken == 2
    assert raw.headers["idempotent-replayed"] == "true"
    keys = {r.headers["Idempotency-Key"] for r in proxy.received}
    assert len(proxy.received) == 3 and len(keys) == 1
    rows = await db.fetch("SELECT id FROM actors WHERE dataset = $1", dataset)
    assert [r["id"] for r in rows] == [actor.id]


def test_each_create_gets_its_own_key(proxy: FaultyProxy, dataset: str) -> None:
    with Client(base_url=proxy.url) as client:
        client.actors.create(kind="igo", name="G7", dataset=dataset)
        client.actors.create(kind="igo", name="G20", dataset=dataset)
        client.actors.create(kind="igo", name="G77", dataset=dataset, idempotency_key="mine-1")
    keys = [r.headers["Idempotency-Key"] for r in proxy.received]
    assert len(set(keys)) == 3 and keys[2] == "mine-1"


async def test_a_patch_whose_answer_was_lost_answers_as_it_landed(
    proxy: FaultyProxy, sdk: Client, dataset: str, db: asyncpg.Connection
) -> None:
    actor = sdk.actors.create(kind="igo", name="Shanghai Cooperation Organisation", dataset=dataset)
    # The server writes version 2, the answer is lost: the retry, still sending If-Match "1",
    # gets that version 2 back instead of a 412 for a change that succeeded.
    proxy.fail(Fault.lost(502))
    with Client(base_url=proxy.url) as client:
        raw = client.actors.with_raw_response.update(actor.id, name="SCO", if_match='"1"')
    assert raw.retries_taken == 1 and raw.headers["idempotent-replayed"] == "true"
    assert raw.parse().version == 2 and raw.parse().name == "SCO"
    keys = {r.headers["Idempotency-Key"] for r in proxy.received}
    assert len(proxy.received) == 2 and len(keys) == 1
    assert await db.fetchval("SELECT version FROM actors WHERE id = $1", actor.id) == 2


def test_a_delete_whose_answer_was_lost_is_not_a_404(
    proxy: FaultyProxy, sdk: Client, dataset: str
) -> None:
    actor = sdk.actors.create(kind="igo", name="G8", dataset=dataset)
    proxy.fail(Fault.lost(504))
    with Client(base_url=proxy.url) as client:
        deleted = client.actors.delete(actor.id)
        assert deleted.id == actor.id and deleted.version == 2
        with pytest.raises(NotFoundError):
            client.actors.retrieve(actor.id)


def test_a_conflict_that_cannot_resolve_is_not_retried(proxy: FaultyProxy, dataset: str) -> None:
    with Client(base_url=proxy.url) as client:
        client.actors.create(kind="igo", name="ASEAN", dataset=dataset, external_id="asean")
        proxy.received.clear()
        with pytest.raises(ConflictError) as caught:
            client.actors.create(kind="igo", name="ASEAN", dataset=dataset, external_id="asean")
    assert caught.value.response.headers["x-should-retry"] == "false"
    assert len(proxy.received) == 1


def test_the_servers_hint_decides(proxy: FaultyProxy) -> None:
    proxy.fail(Fault.answer(409, {"X-Should-Retry": "true"}))
    with Client(base_url=proxy.url) as client:
        assert client.operations.get_health().status == "ok"
    assert len(proxy.received) == 2
    proxy.received.clear()
    proxy.fail(Fault.answer(503, {"X-Should-Retry": "false"}))
    with Client(base_url=proxy.url) as client, pytest.raises(ServiceUnavailableError):
        client.operations.get_health()
    assert len(proxy.received) == 1

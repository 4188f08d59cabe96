"""Read replicas: reads on a real streaming standby, writes read back through the token.

The test starts a primary and a hot standby of its own (``ScratchPostgres``: ``initdb``, then
``pg_basebackup -R`` on another loopback port) and a real ``watchfloor serve`` with
``WATCHFLOOR_REPLICA_URLS``. ``Watchfloor-Served-By`` says which database answered. The first
list of the fresh database fails on the replica (it would make the cursor key: a write) and is
answered again on the primary. Replay is paused on the standby to make the consistency token
bite: a read that sends it is served by the primary and sees the write, one without it is
served stale by the replica. Held paused past the byte limit, the standby is taken out and,
once replay resumes, put back. Then it is stopped under a loop of reads (none may fail: a read
that finds it gone is answered on the primary), ``/readyz`` shows it out, and once it is
started again, back in.
"""

import asyncio
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from watchfloor.access.keys import KeyService
from watchfloor.access.schemas import ApiKeyCreate
from watchfloor.persistence.db import connect
from watchfloor.persistence.replicas import parse_lsn
from watchfloor_sdk import Client, NotFoundError

from tests.live_server import LiveServer
from tests.scratch_postgres import ScratchPostgres

pytestmark = pytest.mark.slow

TOKEN = "Watchfloor-Consistency"
SERVED_BY = "Watchfloor-Served-By"


class Cluster:
    def __init__(self, primary: ScratchPostgres, standby: ScratchPostgres, server: LiveServer):
        self.primary = primary
        self.standby = standby
        self.server = server
        self.secret = asyncio.run(_secret(primary.dsn()))
        self.http = httpx.Client(
            base_url=server.base, headers={"Authorization": f"Bearer {self.secret}"}, timeout=30
        )

    def replica(self) -> dict[str, Any]:
        answer = self.http.get("/readyz")
        assert answer.status_code == 200, answer.text
        (replica,) = answer.json()["replicas"]
        return dict(replica)

    def until(self, what: str, check: Callable[[], bool], seconds: float = 15) -> None:
        deadline = time.monotonic() + seconds
        while not check():
            assert time.monotonic() < deadline, f"{what}: {self.replica()}\n{self.server.log()}"
            time.sleep(0.05)

    def standby_sql(self, sql: str) -> Any:
        return self.sql(self.standby, sql)

    def sql(self, server: ScratchPostgres, sql: str) -> Any:
        async def run() -> Any:
            conn = await connect(server.dsn())
            try:
                return await conn.fetchval(sql)
            finally:
                await conn.close()

        return asyncio.run(run())


async def _secret(dsn: str) -> str:
    conn = await connect(dsn)
    try:
        request = ApiKeyCreate(name="replicas", scopes=["read", "write"], rate_limit=1_000_000)
        return (await KeyService().create(conn, request)).secret
    finally:
        await conn.close()


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    with ScratchPostgres() as primary, ScratchPostgres(standby_of=primary) as standby:
        settings = {
            "WATCHFLOOR_REPLICA_URLS": standby.dsn(),
            "WATCHFLOOR_REPLICA_CHECK_INTERVAL": "0.2",
            "WATCHFLOOR_REPLICA_MAX_LAG_BYTES": str(1024 * 1024),
        }
        with LiveServer(primary.dsn(), **settings) as server:
            cluster = Cluster(primary, standby, server)
            try:
                cluster.until(
                    "the replica never came in", lambda: cluster.replica()["state"] == "in"
                )
                # The key is looked up on the primary, and the request served there with it.
                first = cluster.http.get("/v1/actors/act_00000000000000000000000000000000")
                assert first.status_code == 404, first.text
                assert first.headers[SERVED_BY] == "primary"
                # The first list of a fresh database makes the cursor key: a read-only replica
                # cannot, so it fails there and is answered again on the primary.
                listed = cluster.http.get("/v1/actors")
                assert listed.status_code == 200, listed.text
                assert listed.headers[SERVED_BY] == "primary"
                assert "answered on the primary" in server.log()
                again = cluster.http.get("/v1/actors")
                assert again.status_code == 200, again.text
                assert again.headers[SERVED_BY] == "replica-0"
                yield cluster
            finally:
                cluster.http.close()


def _create(cluster: Cluster, name: str) -> tuple[str, str]:
    answer = cluster.http.post("/v1/actors", json={"kind": "state", "name": name})
    assert answer.status_code == 201, answer.text
    assert answer.headers[SERVED_BY] == "primary"
    token = answer.headers[TOKEN]
    assert parse_lsn(token) is not None, token
    return answer.json()["id"], token


def test_reads_are_served_by_the_replica_and_read_their_writes(cluster: Cluster) -> None:
    actor, token = _create(cluster, "Replicated")
    cluster.until(
        "the replica never replayed the write",
        lambda: parse_lsn(cluster.replica()["replay_lsn"] or "0/0") >= parse_lsn(token),  # type: ignore[operator]
    )
    read = cluster.http.get(f"/v1/actors/{actor}", headers={TOKEN: token})
    assert read.status_code == 200, read.text
    assert read.headers[SERVED_BY] == "replica-0"
    # A first page reads its sync horizon on the replica too, and the feed stays the primary's.
    page = cluster.http.get("/v1/actors", headers={TOKEN: token})
    assert page.headers[SERVED_BY] == "replica-0"
    assert actor in {a["id"] for a in page.json()["data"]}
    feed = cluster.http.get("/v1/changes", params={"after": page.json()["sync_cursor"]})
    assert feed.status_code == 200, feed.text
    assert feed.headers[SERVED_BY] == "primary"
    bad = cluster.http.get("/v1/actors", headers={TOKEN: "not an lsn"})
    assert bad.status_code == 400
    assert bad.headers["content-type"].startswith("application/problem+json")
    metrics = cluster.http.get("/metrics").text
    assert 'watchfloor_replica_up{replica="replica-0"} 1.0' in metrics
    assert 'watchfloor_replica_pool_size{replica="replica-0"}' in metrics


def test_a_token_the_replica_has_not_replayed_is_read_on_the_primary(cluster: Cluster) -> None:
    cluster.standby_sql("SELECT pg_wal_replay_pause()")
    try:
        cluster.until(
            "replay never paused",
            lambda: cluster.standby_sql("SELECT pg_get_wal_replay_pause_state()") == "paused",
        )
        actor, token = _create(cluster, "Written while replay is paused")
        with_token = cluster.http.get(f"/v1/actors/{actor}", headers={TOKEN: token})
        assert with_token.status_code == 200, with_token.text
        assert with_token.headers[SERVED_BY] == "primary"
        listed = cluster.http.get("/v1/actors", headers={TOKEN: token})
        assert listed.headers[SERVED_BY] == "primary"
        assert actor in {a["id"] for a in listed.json()["data"]}
        stale = cluster.http.get(f"/v1/actors/{actor}")
        assert stale.headers[SERVED_BY] == "replica-0"
        assert stale.status_code == 404, "without the token, the paused replica answers stale"
        assert cluster.replica()["state"] == "in", "a short pause is within the lag limit"
        # The SDK keeps the token of its last write and sends it on reads, unless told not to.
        with Client(base_url=cluster.server.base, api_key=cluster.secret) as sdk:
            made = sdk.actors.create(kind="state", name="Written by the SDK")
            assert sdk.actors.retrieve(made.id).name == "Written by the SDK"
            with pytest.raises(NotFoundError):
                sdk.with_options(read_your_writes=False).actors.retrieve(made.id)
    finally:
        cluster.standby_sql("SELECT pg_wal_replay_resume()")
    cluster.until(
        "the replica never caught up",
        lambda: cluster.http.get(f"/v1/actors/{actor}").status_code == 200,
    )


def test_a_replica_past_the_lag_limit_is_taken_out_and_put_back(cluster: Cluster) -> None:
    cluster.standby_sql("SELECT pg_wal_replay_pause()")
    try:
        cluster.until(
            "replay never paused",
            lambda: cluster.standby_sql("SELECT pg_get_wal_replay_pause_state()") == "paused",
        )
        # About 4 MB of WAL the standby receives but does not replay: past the 1 MiB limit.
        cluster.sql(
            cluster.primary,
            "CREATE TABLE wal_filler AS SELECT repeat('x', 1000) AS x FROM generate_series(1, 4000)",
        )
        cluster.until(
            "the replica was never taken out", lambda: cluster.replica()["state"] == "out"
        )
        assert "bytes behind" in cluster.replica()["detail"]
        read = cluster.http.get("/v1/actors")
        assert read.status_code == 200
        assert read.headers[SERVED_BY] == "primary"
        assert 'watchfloor_replica_up{replica="replica-0"} 0.0' in cluster.http.get("/metrics").text
    finally:
        cluster.standby_sql("SELECT pg_wal_replay_resume()")
    cluster.until("the replica never came back", lambda: cluster.replica()["state"] == "in")
    assert cluster.http.get("/v1/actors").headers[SERVED_BY] == "replica-0"
    cluster.sql(cluster.primary, "DROP TABLE wal_filler")


def test_a_replica_stopped_under_load_is_taken_out_and_put_back(cluster: Cluster) -> None:
    served: Counter[str] = Counter()
    failed: list[str] = []
    stop = threading.Event()

    def reads() -> None:
        with httpx.Client(base_url=cluster.server.base, headers=cluster.http.headers) as http:
            while not stop.is_set():
                answer = http.get("/v1/actors", params={"limit": 5})
                served[answer.headers.get(SERVED_BY, "?")] += 1
                if answer.status_code != 200:
                    failed.append(f"{answer.status_code} {answer.text}")

    readers = [threading.Thread(target=reads) for _ in range(4)]
    for reader in readers:
        reader.start()
    try:
        cluster.until("no read reached the replica", lambda: served["replica-0"] > 20)
        cluster.standby.stop()
        cluster.until(
            "the replica was never taken out", lambda: cluster.replica()["state"] == "out"
        )
        assert cluster.replica()["detail"]
        during = served["primary"]
        cluster.until("the primary never served", lambda: served["primary"] > during + 20)
        cluster.standby.start()
        cluster.until("the replica never came back", lambda: cluster.replica()["state"] == "in")
        back = served["replica-0"]
        cluster.until("no read reached the replica again", lambda: served["replica-0"] > back + 20)
    finally:
        stop.set()
        for reader in readers:
            reader.join()
    assert not failed, f"{len(failed)} failed reads of {sum(served.values())}: {failed[:3]}"

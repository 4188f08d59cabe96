"""The database restarts under load: every answer is a success or a 503 with ``Retry-After``.

A PostgreSQL of the test's own (never the shared one) is restarted twice while clients read
and write through a real ``watchfloor serve``. A restart shows the server every way a database
goes away: sessions terminated (57P01), refused connections, "the database system is starting
up" (57P03), and the terminating message arriving between two statements of a request.
"""

import asyncio
import threading
import time
from collections import Counter
from collections.abc import Iterator

import httpx
import pytest
from watchfloor.access.keys import KeyService
from watchfloor.access.schemas import ApiKeyCreate
from watchfloor.persistence.db import connect

from tests.live_server import LiveServer
from tests.scratch_postgres import ScratchPostgres

pytestmark = pytest.mark.slow

CLIENTS = 16
LOAD_SECONDS = 7.0


@pytest.fixture
def database() -> Iterator[ScratchPostgres]:
    with ScratchPostgres() as pg:
        yield pg


async def _secret(dsn: str) -> str:
    conn = await connect(dsn)
    try:
        request = ApiKeyCreate(name="load", scopes=["read", "write"], rate_limit=1_000_000)
        return (await KeyService().create(conn, request)).secret
    finally:
        await conn.close()


def _wait_ready(base: str) -> None:
    deadline = time.monotonic() + 30
    while httpx.get(f"{base}/readyz").status_code != 200:
        assert time.monotonic() < deadline, "the server never became ready"
        time.sleep(0.1)


async def _load(
    base: str, secret: str, until: float
) -> tuple[Counter[str], list[httpx.Response], list[str]]:
    answers: Counter[str] = Counter()
    wrong: list[httpx.Response] = []
    created: list[str] = []

    async def client(number: int) -> None:
        headers = {"Authorization": f"Bearer {secret}"}
        async with httpx.AsyncClient(base_url=base, headers=headers, timeout=30) as http:
            while time.monotonic() < until:
                if number % 2:
                    body = {"kind": "state", "name": f"Restart {number}"}
                    response = await http.post("/v1/actors", json=body)
                else:
                    response = await http.get("/v1/actors")
                answers[str(response.status_code)] += 1
                if response.status_code == 201:
                    created.append(response.json()["id"])
                elif response.status_code != 200 and not (
                    response.status_code == 503
                    and response.headers.get("retry-after")
                    and response.headers["content-type"].startswith("application/problem+json")
                ):
                    wrong.append(response)

    await asyncio.gather(*(client(n) for n in range(CLIENTS)))
    return answers, wrong, created


async def _missing(dsn: str, ids: list[str]) -> list[str]:
    conn = await connect(dsn)
    try:
        found = await conn.fetch("SELECT id FROM actors WHERE id = ANY($1::text[])", ids)
    finally:
        await conn.close()
    return sorted(set(ids) - {row["id"] for row in found})


def test_restarts_answer_503_with_retry_after_never_500(database: ScratchPostgres) -> None:
    with LiveServer(database.dsn(), WATCHFLOOR_POOL_MAX="10") as server:
        _wait_ready(server.base)
        secret = asyncio.run(_secret(database.dsn()))

        def restart_twice() -> None:
            time.sleep(1.5)
            database.restart()
            time.sleep(2.0)
            database.restart()

        restarts = threading.Thread(target=restart_twice)
        restarts.start()
        answers, wrong, created = asyncio.run(
            _load(server.base, secret, time.monotonic() + LOAD_SECONDS)
        )
        restarts.join()
        after = httpx.get(f"{server.base}/v1/actors", headers={"Authorization": f"Bearer {secret}"})
        log = server.log()
    assert answers["503"], f"the restarts were not seen: {answers}"
    assert not wrong, (
        f"{answers}; first wrong answer: {wrong[0].status_code} {wrong[0].text}\n{log[-3000:]}"
    )
    assert after.status_code == 200, "the service is back once the database is"
    assert "unhandled error" not in log, log[-3000:]
    assert asyncio.run(_missing(database.dsn(), created)) == [], "an acknowledged write was lost"

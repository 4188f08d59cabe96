"""The connection pool's use as ``FairPool.usage`` counts it and ``/metrics`` shows it."""

import asyncio
import re
from contextlib import AsyncExitStack

from litestar import Litestar
from litestar.testing import AsyncTestClient
from watchfloor.persistence.db import FairPool, create_pool

Client = AsyncTestClient[Litestar]


async def test_usage_counts_held_idle_and_waiting_connections(database_url: str) -> None:
    pool = FairPool(await create_pool(database_url, max_size=3), 3, stream_size=1, wait=5)
    try:
        async with AsyncExitStack() as held:
            await held.enter_async_context(pool.acquire())
            await held.enter_async_context(pool.acquire(stream=True))
            # A second stream waits at the streams' gate, a request takes the last connection
            # and one more waits at the pool's gate.
            stream = asyncio.create_task(held.enter_async_context(pool.acquire(stream=True)))
            await held.enter_async_context(pool.acquire())
            request = asyncio.create_task(held.enter_async_context(pool.acquire()))
            await asyncio.sleep(0.1)
            usage = pool.usage()
            assert (usage.size, usage.open, usage.in_use, usage.idle) == (3, 3, 3, 0)
            assert (usage.waiting, usage.stream_size) == (1, 1)
            assert (usage.streams_in_use, usage.streams_waiting) == (1, 1)
            stream.cancel()
            request.cancel()
            await asyncio.gather(stream, request, return_exceptions=True)
        usage = pool.usage()
        assert (usage.in_use, usage.idle, usage.waiting) == (0, 3, 0)
        assert (usage.streams_in_use, usage.streams_waiting) == (0, 0)
    finally:
        await pool.close()


async def test_metrics_show_the_pool(client: Client) -> None:
    request = client.build_request("GET", "/metrics")
    del request.headers["authorization"]
    text = (await client.send(request)).text
    gauges = dict(re.findall(r"^(watchfloor_pool_\w+) (\S+)$", text, re.MULTILINE))
    assert float(gauges["watchfloor_pool_size"]) == 5  # the tests' settings
    assert float(gauges["watchfloor_pool_streams_size"]) == 3
    assert float(gauges["watchfloor_pool_waiting"]) == 0
    assert set(gauges) >= {
        "watchfloor_pool_open",
        "watchfloor_pool_in_use",
        "watchfloor_pool_idle",
        "watchfloor_pool_streams_in_use",
        "watchfloor_pool_streams_waiting",
    }

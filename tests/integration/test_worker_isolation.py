"""One signpost that cannot be evaluated does not stop the others, nor the handler.

A signpost's stored condition is edited by hand into one the code cannot read (what a bad
migration or a bug met by one record's data would do). The worker's signposts handler must
still light the other signpost, commit its step (its position moves on, so the feed is not
read again from the same place forever) and put the unreadable one back to be tried again
later — not roll the whole step back, as it did before ``worker/isolation.py``.
"""

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import asyncpg
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from watchfloor.planning.handler import Signposts
from watchfloor.worker.isolation import RETRY_AFTER
from watchfloor.worker.runner import Worker

from tests.integration import factories
from tests.integration.worker_probe import settled

Client = AsyncTestClient[Litestar]
NOW = datetime(2025, 3, 12, 12, tzinfo=UTC)


@pytest.fixture
async def worker_db(db: asyncpg.Connection) -> AsyncIterator[asyncpg.Connection]:
    yield db
    await db.execute("DELETE FROM worker_positions WHERE handler = 'signposts'")


async def _signpost(client: Client, dataset: str, name: str) -> str:
    condition = {"kind": "events", "window": {"days": 10}, "count": 1,
                 "filters": {"category": "ASSAULT"}}  # fmt: skip
    body = {"name": name, "dataset": dataset, "condition": condition}
    response = await client.post("/v1/signposts", json=body)
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def test_an_unreadable_signpost_is_set_aside_and_the_others_are_lit(
    client: Client, worker_db: asyncpg.Connection, dataset: str
) -> None:
    source = await factories.source(client, dataset)
    event = {"title": "Artillery fire", "category": "ASSAULT", "occurred": {"start": "2025-03-05"},
             "citations": [{"source_id": source, "credibility": 2}], "dataset": dataset}  # fmt: skip
    assert (await client.post("/v1/events", json=event)).status_code == 201
    broken = await _signpost(client, dataset, "Broken")
    good = await _signpost(client, dataset, "Good")
    # The broken one first in the batch, so that, before, it stopped the good one too.
    await worker_db.execute(
        'UPDATE signposts SET condition = \'{"kind": "no-such-kind"}\'::jsonb WHERE id = $1',
        broken,
    )
    await settled(worker_db, dataset)
    worker = Worker([Signposts(clock=lambda: NOW)])
    steps = await worker.catch_up(worker_db)
    assert steps[-1].position is not None

    answer = (await client.get(f"/v1/signposts/{good}")).json()
    assert answer["status"] == "seen" and answer["evaluated_at"] is not None
    # (Its row cannot be read over HTTP either; only the database shows it was left alone.)
    assert (
        await worker_db.fetchval("SELECT evaluated_at FROM signposts WHERE id = $1", broken) is None
    )
    # Set aside until later, not dropped: tried again RETRY_AFTER from now.
    due = await worker_db.fetchval("SELECT due_at FROM signpost_due WHERE signpost_id = $1", broken)
    assert due == NOW + RETRY_AFTER
    # The good one was settled: due again only when its window ages out (known on the 6th, counted 10 days: the 15th).
    assert await worker_db.fetchval(
        "SELECT due_at FROM signpost_due WHERE signpost_id = $1", good
    ) == datetime(2025, 3, 15, tzinfo=UTC)

    # Mended (a change to the record makes it due at once), it is lit at the next step.
    condition = {"kind": "events", "window": {"days": 10}, "count": 1, "filters": {}}
    await worker_db.execute(
        "UPDATE signposts SET condition = $2::jsonb WHERE id = $1", broken, condition
    )
    await settled(worker_db, dataset)
    await worker.catch_up(worker_db)
    assert (await client.get(f"/v1/signposts/{broken}")).json()["status"] == "seen"

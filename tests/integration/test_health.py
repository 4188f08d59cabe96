"""Liveness and readiness."""

import gc

from litestar import Litestar
from litestar.testing import AsyncTestClient
from watchfloor.app import create_app
from watchfloor.settings import Settings


async def test_healthz_and_readyz(client: AsyncTestClient[Litestar]) -> None:
    assert (await client.get("/healthz")).json()["status"] == "ok"
    ready = await client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["status"] == "ok"
    assert ready.json()["schema_version"] >= 1


async def test_readyz_is_503_when_schema_is_behind(settings: Settings, tmp_path: object) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path))
    for migration in settings.migrations_dir.glob("*.sql"):
        (folder / migration.name).write_text(migration.read_text())
    (folder / "9999_future.sql").write_text("SELECT 1;")
    app = create_app(Settings(database_url=settings.database_url, migrations_dir=folder))
    async with AsyncTestClient(app=app) as client:
        response = await client.get("/readyz")
    assert response.status_code == 503
    assert response.headers["content-type"].startswith("application/problem+json")
    assert "9999" in response.json()["detail"]


async def test_readyz_is_503_without_database() -> None:
    app = create_app(Settings(database_url="postgresql://postgres@127.0.0.1:1/none"))
    async with AsyncTestClient(app=app) as client:
        ready = await client.get("/readyz")
        assert ready.status_code == 503
        assert ready.headers["retry-after"] == "5"
        # A key must be looked up (without one the answer is 401, database or not).
        listed = await client.get("/v1/actors", headers={"Authorization": "Bearer wf_x"})
        assert listed.status_code == 503
        assert listed.headers["retry-after"] == "1"
        assert listed.headers["content-type"].startswith("application/problem+json")
        assert (await client.get("/healthz")).status_code == 200


async def test_start_up_takes_its_heap_out_of_the_collectors_view(
    client: AsyncTestClient[Litestar],
) -> None:
    """``app.settled_heap``: what start-up built is frozen, so full collections skip it."""
    assert (await client.get("/healthz")).status_code == 200
    assert gc.get_freeze_count() > 10_000

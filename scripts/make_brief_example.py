"""Make docs/brief-2022-01-31.pdf and .png: a real brief of the built-in knowledge base.

Run ``bash scripts/make-brief-example.sh`` (or ``python -m scripts.make_brief_example``). It
creates a scratch database on ``DATABASE_URL``'s server (default: the local PostgreSQL), applies
the migrations, loads the knowledge base into ``live``, runs every worker handler until it has
caught up, and asks the API (in process, over its real HTTP stack) for the brief of the
knowledge base's watchlist ``seed:wl:korea-desk`` ("Korea desk", written at 06:00 Seoul time)
for Monday 31 January 2022 06:00 in Seoul (2022-01-30T21:00Z, the instant its ``brief_cron``
falls due), covering the weekend since Friday 06:00 Seoul time, read as known by then. It
writes the PDF and page 1 as PNG (``pdftoppm``, poppler-utils), then drops the scratch database.
"""

import asyncio
import os
import subprocess
import sys
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg
from litestar.testing import AsyncTestClient
from watchfloor.access.keys import KeyService
from watchfloor.access.schemas import ApiKeyCreate
from watchfloor.app import create_app
from watchfloor.context import Context
from watchfloor.knowledge import load_knowledge_base
from watchfloor.migrate import apply_migrations
from watchfloor.persistence.db import connect
from watchfloor.settings import Settings
from watchfloor.worker.handlers import HANDLERS
from watchfloor.worker.runner import Worker

ROOT = Path(__file__).resolve().parents[1]
WATCHLIST = "seed:wl:korea-desk"
FOR = "2022-01-30T21:00:00Z"
"""Monday 31 January 2022, 06:00 in Seoul (UTC+9)."""
SINCE = "2022-01-27T21:00:00Z"
"""Friday 28 January 2022, 06:00 in Seoul."""
OUT = ROOT / "docs" / "brief-2022-01-31"


def _database(dsn: str, name: str) -> str:
    return urlunsplit(urlsplit(dsn)._replace(path="/" + name))


async def _admin(dsn: str, sql: str) -> None:
    conn = await asyncpg.connect(dsn)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


async def make(server: str) -> None:
    name = f"wf_brief_example_{uuid.uuid4().hex[:8]}"
    await _admin(server, f'CREATE DATABASE "{name}"')
    dsn = _database(server, name)
    try:
        conn = await connect(dsn)
        try:
            await apply_migrations(conn, ROOT / "migrations")
            await load_knowledge_base(Context.unrestricted(conn), "live")
            print("knowledge base loaded; running the worker", flush=True)
            await Worker(list(HANDLERS)).catch_up(conn)
            key = await KeyService().create(
                conn, ApiKeyCreate(name="brief-example", scopes=["read", "write"])
            )
        finally:
            await conn.close()
        app = create_app(Settings(database_url=dsn, pool_max_size=3))
        async with AsyncTestClient(app=app) as client:
            client.headers["Authorization"] = f"Bearer {key.secret}"
            listed = await client.get("/v1/watchlists", params={"dataset": "live", "limit": 100})
            assert listed.status_code == 200, listed.text
            [watchlist] = [w for w in listed.json()["data"] if w["external_id"] == WATCHLIST]
            made = await client.post(
                "/v1/briefs",
                json={"dataset": "live", "watchlist_id": watchlist["id"], "for": FOR,
                      "since": SINCE},
            )  # fmt: skip
            assert made.status_code == 201, made.text
            brief_id = made.json()["id"]
            document = await client.get(f"/v1/briefs/{brief_id}/document?format=pdf")
            assert document.status_code == 200, document.text
            OUT.with_suffix(".pdf").write_bytes(document.content)
            markdown = await client.get(f"/v1/briefs/{brief_id}/document?format=md")
            print(markdown.text)
    finally:
        await _admin(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def page_image() -> None:
    """Page 1 of the PDF as PNG (pdftoppm, poppler-utils)."""
    subprocess.run(  # noqa: S603 (a fixed command on our own file)
        ["pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile",  # noqa: S607
         str(OUT.with_suffix(".pdf")), str(OUT)],
        check=True,
    )  # fmt: skip
    print(f"wrote {OUT.with_suffix('.pdf')} and {OUT.with_suffix('.png')}")


if __name__ == "__main__":
    asyncio.run(
        make(os.environ.get("DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/postgres"))
    )
    page_image()
    sys.exit(0)

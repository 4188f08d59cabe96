"""The console in a real browser: Debian's Chromium driven by Playwright, against a live server.

The server (``watchfloor serve``, ``tests/live_server.py``) runs on a database of these tests'
own, on the session's PostgreSQL server, seeded with the built-in knowledge base and the
real worker's computed indicators and warning rules, as ``make run`` shows it. The browser is
Debian's ``chromium`` (``make test`` installs it when missing); Playwright only drives it and
never downloads a browser. Every page runs with the network to the outside cut off: a request
to anything but the live server is refused and recorded, and the tests assert there was none.
"""

import asyncio
import os
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import httpx
import pytest
from playwright.sync_api import (
    Browser,
    BrowserContext,
    Page,
    Playwright,
    Request,
    Route,
    sync_playwright,
)
from watchfloor.access.keys import KeyService
from watchfloor.access.schemas import ApiKeyCreate
from watchfloor.computed.handler import ComputedIndicators
from watchfloor.context import Context
from watchfloor.knowledge import load_knowledge_base
from watchfloor.migrate import apply_migrations
from watchfloor.persistence.db import connect
from watchfloor.planning.handler import Signposts
from watchfloor.planning.plans import Plans
from watchfloor.warning.handler import WarningRules
from watchfloor.worker.runner import Worker

from tests.integration.worker_probe import settled
from tests.live_server import LiveServer

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
NOW = datetime(2026, 12, 1, tzinfo=UTC)
"""The worker's clock while it computes the board (the knowledge base's history ends before)."""
SCREENSHOTS = os.environ.get("WATCHFLOOR_CONSOLE_SCREENSHOTS")
"""A folder to save the views' screenshots in (``docs/console`` to refresh the docs' ones)."""


def _with_database(dsn: str, name: str) -> str:
    return urlunsplit(urlsplit(dsn)._replace(path="/" + name))


async def _seed(admin_dsn: str, name: str) -> tuple[str, str, str]:
    """The database with the knowledge base; a read key's secret, a write key's and an admin
    key's (exercises are opened with one)."""
    admin = await asyncpg.connect(admin_dsn)
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    conn = await connect(_with_database(admin_dsn, name))
    try:
        await apply_migrations(conn, ROOT / "migrations")
        await load_knowledge_base(Context.unrestricted(conn), "live")
        read = await KeyService().create(conn, ApiKeyCreate(name="console-test", scopes=["read"]))
        write = await KeyService().create(
            conn, ApiKeyCreate(name="console-planner", scopes=["read", "write"])
        )
        admin_key = await KeyService().create(
            conn,
            ApiKeyCreate(
                name="console-admin", scopes=["read", "write", "admin"], rate_limit=100_000
            ),
        )
        return read.secret, write.secret, admin_key.secret
    finally:
        await conn.close()


async def _work(dsn: str) -> None:
    """The real worker's handlers until what they wrote is handled too (signposts, then
    plans): computed indicators, warning rules, signposts and plans, at the clock ``NOW``."""
    conn = await connect(dsn)
    try:
        for _ in range(3):
            await settled(conn, "live")
            worker = Worker(
                [
                    ComputedIndicators(today=NOW.date),
                    WarningRules(clock=lambda: NOW),
                    Signposts(clock=lambda: NOW),
                    Plans(clock=lambda: NOW),
                ]
            )
            await worker.catch_up(conn)
    finally:
        await conn.close()


PLAN = "Response to a DPRK nuclear test"
"""The contingency plan the fixture writes (the knowledge base ships none)."""


def _write_plan(base: str, secret: str) -> None:
    """A signpost lit by the test of 3 September 2017 and a plan on it, through the API: a
    branch that fires when that day ends and one that stays dormant (its trigger also needs
    an ICBM over Japan, which 2017 did not see)."""
    headers = {"Authorization": f"Bearer {secret}"}

    def read(path: str, **params: str) -> list[dict[str, object]]:
        response = httpx.get(f"{base}/v1/{path}", params={"limit": "100", **params})
        response.raise_for_status()
        return list(response.json()["data"])

    def write(path: str, body: dict[str, object]) -> dict[str, object]:
        response = httpx.post(f"{base}/v1/{path}", json=body, headers=headers)
        assert response.status_code == 201, response.text
        return dict(response.json())

    problem = next(
        p for p in read("warning-problems") if p["name"] == "DPRK nuclear test preparations"
    )
    kb = {s["external_id"]: s["id"] for s in read("signposts")}
    signpost = write(
        "signposts",
        {
            "name": "A nuclear test since September 2017",
            "description": "Any DPRK nuclear test reported from 1 September 2017 on.",
            "condition": {
                "kind": "events",
                "filters": {"tag": "nuclear-test"},
                "window": {"start": "2017-09-01", "end": "2027-12-31"},
            },
        },
    )
    allies = {
        "key": "brief-allies",
        "name": "Brief the allies and raise readiness",
        "owner": {"role": "J3 duty officer"},
        "deadline_hours": 72,
        "trigger": {"kind": "signpost", "signpost_id": signpost["id"]},
        "options": [
            {"key": "call-allies", "name": "Call the allied capitals", "lead_time_hours": 6},
            {"key": "raise-readiness", "name": "Raise readiness", "lead_time_hours": 24},
            {
                "key": "deploy-assets",
                "name": "Deploy strategic assets",
                "lead_time_hours": 60,
                "requires": ["raise-readiness"],
                "prerequisites": ["Allied consent to the deployment"],
            },
        ],
    }
    escalation = {
        "key": "escalation",
        "name": "Prepare for escalation",
        "owner": {"role": "Crisis cell lead"},
        "deadline_hours": 24,
        "level": "watch",
        "trigger": {
            "kind": "all",
            "of": [
                {"kind": "branch", "branch": "brief-allies"},
                {
                    "kind": "any",
                    "of": [
                        {"kind": "signpost", "signpost_id": kb["seed:sgp:icbm-over-japan"]},
                        {"kind": "signpost", "signpost_id": kb["seed:sgp:testing-campaign"]},
                    ],
                },
            ],
        },
        "options": [{"key": "evacuate", "name": "Evacuate non-essential staff"}],
    }
    write(
        "plans",
        {
            "name": PLAN,
            "problem_id": problem["id"],
            "owner": "Crisis cell",
            "branches": [allies, escalation],
        },
    )


async def _drop(admin_dsn: str, name: str) -> None:
    admin = await asyncpg.connect(admin_dsn)
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await admin.close()


@dataclass
class Console:
    base: str
    secret: str
    """A read key's."""
    writer: str
    """A key with write scope (decisions on plans)."""
    admin: str
    """A key with admin scope (it opens exercises)."""


# Session scope: every module of the console's tests reads the same seeded server (seeding
# and the worker's run take most of the setup). It is set up before the first module's
# Playwright starts and torn down after the last one's has stopped, so its asyncio.run never
# meets Playwright's event loop (below).
@pytest.fixture(scope="session")
def console(server_dsn: str) -> Iterator[Console]:
    """A live server over the seeded knowledge base and a plan of the fixture's, lit by the
    real worker (computed indicators, warning rules, signposts, plans), anonymous reads on
    (as ``make run``)."""
    name = f"wf_console_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    try:
        secret, writer, admin = asyncio.run(_seed(server_dsn, name))
        settings = {
            "WATCHFLOOR_ANONYMOUS_READS": "true",
            "WATCHFLOOR_ANONYMOUS_RATE_LIMIT": "100000",
            "WATCHFLOOR_WORKER_IN_PROCESS": "false",
        }
        dsn = _with_database(server_dsn, name)
        with LiveServer(dsn, **settings) as server:
            _write_plan(server.base, writer)
            asyncio.run(_work(dsn))
            yield Console(server.base, secret, writer, admin)
    finally:
        asyncio.run(_drop(server_dsn, name))


# Module scope: the sync API keeps an event loop of its own in this thread while it runs, where
# the other tests' fixtures need none; it is stopped when this module's tests are done.
@pytest.fixture(scope="module")
def playwright() -> Iterator[Playwright]:
    if shutil.which("chromium") is None and not Path(CHROMIUM).exists():
        pytest.fail(
            "Debian's chromium is not installed: `make test` (or `make browser`) installs it"
        )
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="module")
def browser(playwright: Playwright) -> Iterator[Browser]:
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
    yield browser
    browser.close()


@dataclass
class Offline:
    """A browser context whose requests to anything but the live server are refused."""

    context: BrowserContext
    page: Page
    outside: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def api(self, path: str) -> list[str]:
        """The URLs of the API requests made so far to ``path`` (e.g. ``/v1/warning-board``)."""
        return [url for url in self.requests if urlsplit(url).path == path]


@pytest.fixture
def offline(console: Console, browser: Browser) -> Iterator[Offline]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    state = Offline(context, page)

    def route(route: Route) -> None:
        if route.request.url.startswith(console.base):
            route.continue_()
        else:
            state.outside.append(route.request.url)
            route.abort("internetdisconnected")

    def record(request: Request) -> None:
        state.requests.append(request.url)

    context.route("**/*", route)
    page.on("request", record)
    page.on("pageerror", lambda error: state.errors.append(str(error)))
    page.set_default_timeout(15_000)
    yield state
    context.close()
    assert state.outside == [], "the page asked for something outside the server"
    assert state.errors == [], "the page threw"


def screenshot(page: Page, name: str) -> None:
    if SCREENSHOTS:
        folder = Path(SCREENSHOTS)
        folder.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(folder / f"{name}.png"))

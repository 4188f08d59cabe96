"""The scenarios, each a small declaration: its requests, its variants and its goals.

A scenario names the requests of its product variant (varied ids, cursors, headers); the
harness traces them through the real app to get the SQL for pgbench and the plan for the bare
app. Variants that need an endpoint not yet on ``main`` are skipped and their goals are reported
as not yet measurable. Goals are ratios within one run (see the issue's table).
"""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal
from urllib.parse import quote

from bench.trace import Request

if TYPE_CHECKING:
    from bench.context import Context

__all__ = ("SCENARIOS", "Goal", "Scenario", "Variant")

Builder = Callable[["Context"], Awaitable[list[Request]]]
Kind = Literal[
    "api",
    "bare",
    "pgbench",
    "copy_in",
    "copy_out",
    "import",
    "import_large",
    "export",
    "export_live",
]


@dataclass(frozen=True)
class Variant:
    """One thing measured in every round of a scenario."""

    kind: Kind
    """``api`` (the product under wrk), ``bare`` (the bare ASGI app under wrk), ``pgbench``
    (the traced SQL), or a bulk path: ``copy_in``/``copy_out`` (raw COPY), ``import``/``export``
    (the product's bulk endpoints)."""
    requests: Builder | None = None
    """The requests of an HTTP variant; ``None`` means the scenario's own."""


@dataclass(frozen=True)
class Goal:
    """A ratio of two variants' measurements that must reach ``threshold``."""

    text: str
    numerator: str
    denominator: str | None
    threshold: float
    metric: Literal["rps", "rows", "tail", "rss"] = "rps"
    """``rps`` requests/s, ``rows`` records/s, ``tail`` p99 / p50 of the numerator (no
    denominator), ``rss`` peak RSS in MB of the numerator (no denominator)."""
    at_most: bool = False


@dataclass(frozen=True)
class Scenario:
    name: str
    title: str
    needs: str
    """Route prefix the product variants need (``/v1/events``)."""
    resource: str
    """The resource rendered (a key of ``watchfloor.registry.RESOURCES``)."""
    shape: Literal["list", "single", "bulk"]
    requests: Builder | None
    variants: dict[str, Variant]
    goals: tuple[Goal, ...]
    limit: int = 0
    """Page size of a list scenario."""
    notes: tuple[str, ...] = field(default_factory=tuple)
    rounds: int | None = None
    """Rounds of this scenario, when not the run's (a long one-off measurement)."""
    workers: tuple[int, ...] | None = None
    """Worker counts this scenario runs with, when not every phase of the run."""


async def walk(ctx: "Context", first: str, param: str = "cursor") -> list[Request]:
    """``first`` and the pages that follow it (the cursors the server hands out in ``param``)."""
    out = [Request(first)]
    path = first
    while len(out) < ctx.mix:
        body = (await ctx.tracer.get(Request(path, ctx.auth))).json()
        cursor = body.get("next_cursor") if isinstance(body, dict) else None
        if not cursor:
            break
        path = f"{first}&{param}={cursor}"
        out.append(Request(path))
    return out


def _by_id(collection: str, table: str, etag: bool = False) -> Builder:
    async def build(ctx: "Context") -> list[Request]:
        return [
            Request(f"{collection}/{record_id}", {"If-None-Match": f'"{version}"'} if etag else {})
            for record_id, version in ctx.sample.ids[table][: ctx.mix]
        ]

    return build


def _pages(first: str, as_of: bool = False, param: str = "cursor") -> Builder:
    async def build(ctx: "Context") -> list[Request]:
        return await walk(ctx, f"{first}&as_of={ctx.as_of}" if as_of else first, param=param)

    return build


def _each(template: str, values: Callable[["Context"], list[str]]) -> Builder:
    """One first page per value (``template`` with ``{}``): varied filters, same SQL shape."""

    async def build(ctx: "Context") -> list[Request]:
        return [Request(template.format(quote(v, safe=",&="))) for v in values(ctx)][: ctx.mix]

    return build


def _dyads(ctx: "Context") -> list[str]:
    top = ctx.top_actors[:8]
    return [f"{a},{b}" for a in top for b in top if a != b]


def _categories(_: "Context") -> list[str]:
    pairs = [(c, k) for c in ("ASSAULT", "THREATEN", "CONSULT", "MOBILIZE", "DISAPPROVE")
             for k in ("PRK", "KOR", "USA", "CHN", "JPN")]  # fmt: skip
    return [f"{c}&country={k}" for c, k in pairs]


def _boxes(_: "Context") -> list[str]:
    # Boxes around the Korean places of the data, a quarter of a degree to two degrees wide.
    centres = [(125.76, 39.04), (129.08, 41.28), (126.98, 37.57), (129.08, 35.18), (124.7, 39.66)]
    return [
        f"{x - w:.2f},{y - w:.2f},{x + w:.2f},{y + w:.2f}"
        for x, y in centres
        for w in (0.25, 0.5, 1.0, 2.0)
    ]


READ = {"api": Variant("api"), "pgbench": Variant("pgbench"), "bare": Variant("bare")}
FILTERED = {"api": Variant("api"), "pgbench": Variant("pgbench")}
"""Filtered lists have no bare-app goal; leaving the bare app out keeps the run in budget."""
TAIL = "p99 ≤ 3× p50 at 64 connections"


def _read_goals(share: float, bare: float | None = None) -> tuple[Goal, ...]:
    """Reads against pgbench, the tail, and (``bare``: the threshold) the bare ASGI app.

    Issue 21's thresholds against the bare app: a single read ≥ 0.8×, a list ≥ 0.9× (1.0× is
    the aim we keep; the bare app validates, logs and checks nothing)."""
    goals = [Goal(f"≥ {share:.0%} of pgbench on the same query", "api", "pgbench", share)]
    if bare is not None:
        goals.append(Goal(f"≥ {bare:.1f}× the bare-ASGI reference", "api", "bare", bare))
    goals.append(Goal(TAIL, "api", None, 3.0, metric="tail", at_most=True))
    return tuple(goals)


SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        "actors.list", "`GET /v1/actors?limit=50` newest first, paged by cursor",
        "/v1/actors", "actor", "list", _pages("/v1/actors?limit=50"),
        {**READ, "api_as_of": Variant("api", _pages("/v1/actors?limit=50", as_of=True))},
        (*_read_goals(0.15, bare=0.9),
         Goal("`as_of` one month back ≥ 50% of the current-state list", "api_as_of", "api", 0.5),
         Goal(TAIL + " (as_of)", "api_as_of", None, 3.0, metric="tail", at_most=True)),
        limit=50,
        notes=("The events goals applied to actors while `/v1/events` is not on main.",),
    ),
    Scenario(
        "actors.get", "`GET /v1/actors/{id}` (64 ids), and the 304 path",
        "/v1/actors", "actor", "single", _by_id("/v1/actors", "actors"),
        {**READ, "api_304": Variant("api", _by_id("/v1/actors", "actors", etag=True))},
        (*_read_goals(0.20, bare=0.8),
         Goal("304 path ≥ 2× the 200 path", "api_304", "api", 2.0),
         Goal(TAIL + " (304)", "api_304", None, 3.0, metric="tail", at_most=True)),
    ),
    Scenario(
        "events.list", "`GET /v1/events?limit=50` newest first, paged by cursor",
        "/v1/events", "event", "list", _pages("/v1/events?limit=50"),
        {**READ, "api_as_of": Variant("api", _pages("/v1/events?limit=50", as_of=True))},
        (*_read_goals(0.15, bare=0.9),
         Goal("`as_of` one month back ≥ 50% of the current-state list", "api_as_of", "api", 0.5),
         Goal(TAIL + " (as_of)", "api_as_of", None, 3.0, metric="tail", at_most=True)),
        limit=50,
    ),
    Scenario(
        "events.dyad_window", "`GET /v1/events?dyad=A,B&occurred_from=…&occurred_to=…`",
        "/v1/events", "event", "list",
        _each("/v1/events?limit=50&dyad={}&occurred_from=2015-01-01&occurred_to=2025-12-31", _dyads),
        FILTERED, _read_goals(0.15), limit=50,
    ),
    Scenario(
        "events.category_country", "`GET /v1/events?category=…&country=…`",
        "/v1/events", "event", "list", _each("/v1/events?limit=50&category={}", _categories),
        FILTERED, _read_goals(0.15), limit=50,
    ),
    Scenario(
        "events.bbox", "`GET /v1/events?bbox=west,south,east,north`",
        "/v1/events", "event", "list", _each("/v1/events?limit=50&bbox={}", _boxes),
        FILTERED, _read_goals(0.15), limit=50,
    ),
    Scenario(
        "events.get", "`GET /v1/events/{id}` (64 ids), and the 304 path",
        "/v1/events", "event", "single", _by_id("/v1/events", "events"),
        {**READ, "api_304": Variant("api", _by_id("/v1/events", "events", etag=True))},
        (*_read_goals(0.20, bare=0.8),
         Goal("304 path ≥ 2× the 200 path", "api_304", "api", 2.0),
         Goal(TAIL + " (304)", "api_304", None, 3.0, metric="tail", at_most=True)),
    ),
    Scenario(
        "statements.search", "`GET /v1/statements?q=…` full-text search",
        "/v1/statements", "statement", "list",
        _each("/v1/statements?limit=50&q={}", lambda _: ["missile", "sanctions", "nuclear test",
              "denuclearization", "미사일", "비핵화", "alliance exercise", "summit"]),
        FILTERED, _read_goals(0.15), limit=50,
    ),
    Scenario(
        "changes.feed", "`GET /v1/changes?limit=500` pages of the change feed",
        "/v1/changes", "event", "list", _pages("/v1/changes?limit=500", param="after"),
        {"api": Variant("api"), "pgbench": Variant("pgbench"),
         "api_list": Variant("api", _pages("/v1/events?limit=100"))},
        (Goal("rows/s ≥ the list endpoint's rows/s", "api", "api_list", 1.0, metric="rows"),
         Goal(TAIL, "api", None, 3.0, metric="tail", at_most=True)),
        limit=500,
    ),
    Scenario(
        "bulk.import", "Bulk import through HTTP of an events slice (NDJSON, history and feed included)",
        "/v1/import", "event", "bulk", None,
        {"copy_in": Variant("copy_in"), "import": Variant("import")},
        (Goal("≥ 50% of asyncpg `copy_records_to_table` into the same indexed tables",
              "import", "copy_in", 0.5, metric="rows"),
         Goal("peak RSS flat (< 300 MB) while importing the slice", "import", None, 300, "rss",
              True)),
    ),
    Scenario(
        "bulk.import_large",
        "Bulk import through HTTP of 1 GB of event lines (16 MB in a quick run), body streamed",
        "/v1/import", "event", "bulk", None,
        {"import_large": Variant("import_large")},
        (Goal("peak RSS flat (< 300 MB) while importing 1 GB", "import_large", None, 300, "rss",
              True),),
        rounds=1, workers=(1,),
    ),
    Scenario(
        "bulk.export", "NDJSON export of the same events slice, streamed",
        "/v1/export", "event", "bulk", None,
        {"copy_out": Variant("copy_out"), "export": Variant("export")},
        (Goal("≥ 50% of `COPY … TO STDOUT` of the same rows", "export", "copy_out", 0.5,
              metric="rows"),
         Goal("peak RSS flat (< 300 MB) while exporting", "export", None, 300, "rss", True)),
    ),
    Scenario(
        "bulk.export_all", "NDJSON export of every live event (the whole data set, > 1 GB)",
        "/v1/export", "event", "bulk", None,
        {"export_live": Variant("export_live"), "copy_out_live": Variant("copy_out")},
        (Goal("peak RSS flat (< 300 MB) while exporting every event", "export_live", None, 300,
              "rss", True),
         Goal("≥ 50% of `COPY … TO STDOUT` of the same rows", "export_live", "copy_out_live",
              0.5, metric="rows")),
        rounds=1, workers=(1,),
    ),
)  # fmt: skip

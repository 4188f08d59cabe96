"""The rules of briefs: generate one (every section as known by its instant), list, read.

A brief is a function of the data bounded by knowledge time at ``written_for``: the board at
``since`` and at ``written_for`` (``warning.board``), alerts by their knowledge-time interval,
events and statements by ``reported_at``, forecasts by ``created_at``, signposts by the
instants of their steps, decisions by the plans' agenda at ``written_for``, the charts'
figures recomputed from what had been reported by then. It is written once; generating again
writes a new brief (computed, never overwritten).
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import asyncpg
import msgspec

from watchfloor.computed import periods as p
from watchfloor.context import Context
from watchfloor.errors import FieldError, Unprocessable
from watchfloor.ids import new_id
from watchfloor.persistence.records import Records
from watchfloor.persistence.store import ListQuery
from watchfloor.resources.alerts.render import to_alert_at
from watchfloor.resources.alerts.schemas import Alert
from watchfloor.resources.briefs import repository as repo
from watchfloor.resources.briefs.schemas import (
    Brief,
    BriefAlert,
    BriefCreate,
    BriefDecision,
    BriefEvent,
    BriefFilters,
    BriefPatch,
    BriefSections,
    BriefStatement,
    BriefWatchlist,
    Chart,
    ChartPoint,
    EvidenceItem,
    ForecastMove,
    LevelMove,
    Region,
    SignpostLit,
)
from watchfloor.resources.observations.figures import figures
from watchfloor.resources.plans.service import dataset_agenda
from watchfloor.resources.signposts.schemas import SignpostStep
from watchfloor.resources.watchlists.schemas import WatchlistSelection
from watchfloor.resources.watchlists.service import WatchlistService
from watchfloor.resources.watchlists.vocabulary import id_prefix, read_filters
from watchfloor.versioned import VersionedService
from watchfloor.warning.board import board
from watchfloor.wire import marked

__all__ = ("DEFAULT_INTERVAL", "BriefService", "Lens", "compose", "to_brief")

DEFAULT_INTERVAL = timedelta(hours=24)
"""A brief with no previous one of its scope covers the 24 hours before its instant."""
_RANK = {"quiet": 0, "watch": 1, "warning": 2}
_TOP = 10
_EVIDENCE = 10
_CHARTS = 4
_PERIODS = 24
_CANDIDATES = 10_000
"""A watchlist's brief looks at the first 10 000 events (and statements) of the interval."""


@marked
def to_brief(row: asyncpg.Record) -> Brief:
    return msgspec.convert(dict(row), Brief)


def _region(region: Region | None) -> Region | None:
    """The region in one canonical form (so equal scopes are equal jsonb), ``None`` if empty."""
    if region is None or (not region.countries and region.bbox is None):
        return None
    return Region(countries=sorted(set(region.countries)), bbox=region.bbox)


def _check(data: BriefCreate, written_for: datetime, since: datetime | None) -> None:
    problems = []
    if since is not None and since >= written_for:
        problems.append(FieldError("/since", f"{since.isoformat()} is not before `for`"))
    bbox = data.region.bbox if data.region is not None else None
    if bbox is not None and bbox[1] > bbox[3]:
        problems.append(FieldError("/region/bbox/1", f"south {bbox[1]} is north of {bbox[3]}"))
    if bbox is not None and any(not -180 <= v <= 180 for v in (bbox[0], bbox[2])):
        problems.append(FieldError("/region/bbox", "longitudes are between -180 and 180"))
    if bbox is not None and any(not -90 <= v <= 90 for v in (bbox[1], bbox[3])):
        problems.append(FieldError("/region/bbox", "latitudes are between -90 and 90"))
    if problems:
        raise Unprocessable("The brief cannot be written as asked.", errors=problems)


class BriefService(VersionedService[BriefCreate, BriefPatch, BriefFilters]):
    """Generate briefs; only their ``external_id`` changes afterwards."""

    records = Records(repo.BRIEFS, "brief")
    order = (("t.id", True),)

    async def create(self, ctx: Context, data: BriefCreate) -> asyncpg.Record:
        values = await self.values(ctx, data)
        values["id"] = new_id("brief")
        return await self.records.create(ctx, values)

    async def values(self, ctx: Context, data: BriefCreate) -> dict[str, Any]:
        ctx.require_dataset(data.dataset)
        kind = await repo.dataset_kind(ctx, data.dataset)
        if kind is None:
            raise Unprocessable(
                f"There is no dataset {data.dataset!r}.",
                errors=[FieldError("/dataset", f"no dataset {data.dataset}")],
            )
        written_for = (data.written_for or datetime.now(UTC)).astimezone(UTC)
        _check(data, written_for, data.since)
        watchlist = None
        if data.watchlist_id is not None:
            watchlist = await repo.watchlist_row(ctx, data.watchlist_id)
            if watchlist is None or watchlist["dataset"] != data.dataset:
                raise Unprocessable(
                    f"There is no watchlist {data.watchlist_id!r} in {data.dataset!r}.",
                    errors=[
                        FieldError(
                            "/watchlist_id",
                            f"no watchlist {data.watchlist_id} in dataset {data.dataset}",
                        )
                    ],
                )
        region = _region(data.region)
        # Kept as the scope was before watchlists (no `watchlist_id` key without one), so a
        # dataset's or a region's briefs still find their previous one by jsonb equality.
        scope: dict[str, Any] = {"dataset": data.dataset, "region": msgspec.to_builtins(region)}
        if watchlist is not None:
            scope["watchlist_id"] = watchlist["id"]
        previous_id = None
        since = data.since
        if since is None:
            previous = await repo.previous_brief(ctx, data.dataset, scope, written_for)
            if previous is not None:
                since, previous_id = previous["written_for"], previous["id"]
            else:
                since = written_for - DEFAULT_INTERVAL
        sections = await compose(
            ctx, data.dataset, region, since.astimezone(UTC), written_for, watchlist
        )
        return {
            "dataset": data.dataset,
            "external_id": data.external_id,
            "written_for": written_for,
            "since": since,
            "scope": scope,
            "exercise": kind == "exercise",
            "previous_id": previous_id,
            "sections": msgspec.to_builtins(sections),
        }

    def filter(self, query: ListQuery, filters: BriefFilters) -> None:
        repo.apply_filters(query, filters)


async def compose(
    ctx: Context,
    dataset: str,
    region: Region | None,
    since: datetime,
    until: datetime,
    watchlist: asyncpg.Record | None = None,
) -> BriefSections:
    """Every section of the brief of (``since``, ``until``], as known by ``until``; narrowed to
    what ``watchlist`` selects when there is one (:class:`Lens`)."""
    lens = None if watchlist is None else await Lens.of(ctx, watchlist)
    before = await board(ctx, dataset, as_of=None, known_by=since)
    now = await board(ctx, dataset, as_of=None, known_by=until)
    problems_before = [b for b in before.problems if lens is None or lens.problem(b.problem_id)]
    problems_now = [b for b in now.problems if lens is None or lens.problem(b.problem_id)]
    was = {b.problem_id: b.level for b in problems_before}
    moves = [
        LevelMove(
            problem_id=b.problem_id, name=b.name, was=was.get(b.problem_id, "quiet"),
            level=b.level, since=b.since,
        )
        for b in problems_now
    ]  # fmt: skip
    moved = [m for m in moves if m.was != m.level]
    watch = [m for m in moves if m.level != "quiet"]
    opened, closed, open_now = await _alerts(ctx, dataset, since, until, now.problems)
    limit = _TOP if lens is None else _CANDIDATES
    events, events_total = await repo.new_events(ctx, dataset, region, since, until, limit)
    statements, statements_total = await repo.new_statements(
        ctx, dataset, region, since, until, limit
    )
    lit = await _signposts(ctx, dataset, since, until)
    forecasts = await _forecasts(ctx, dataset, since, until)
    decisions = await _decisions(ctx, dataset, until)
    if lens is not None:
        alert_ids = [a.alert_id for a in (*opened, *closed, *open_now)]
        await lens.select(
            ctx,
            until,
            {
                "event": [r["id"] for r in events],
                "statement": [r["id"] for r in statements],
                "alert": alert_ids,
                "signpost": [s.signpost_id for s in lit],
            },
        )
        events = [r for r in events if r["id"] in lens.selected]
        statements = [r for r in statements if r["id"] in lens.selected]
        events_total, statements_total = len(events), len(statements)
        events, statements = events[:_TOP], statements[:_TOP]
        opened = [a for a in opened if a.alert_id in lens.selected]
        closed = [a for a in closed if a.alert_id in lens.selected]
        open_now = [a for a in open_now if a.alert_id in lens.selected]
        lit = [s for s in lit if s.signpost_id in lens.selected]
        forecasts = [f for f in forecasts if lens.question(f.question_id)]
        decisions = [d for d in decisions if lens.plan(d.plan_id)]
    return BriefSections(
        board_level=_top(problems_now),
        board_level_was=_top(problems_before),
        levels=moved,
        watch=watch,
        alerts_opened=opened,
        alerts_closed=closed,
        alerts_standing=[a for a in open_now if a.opened_at <= since],
        events=[msgspec.convert(_without_total(r), BriefEvent) for r in events],
        events_total=events_total,
        statements=[_statement(r) for r in statements],
        statements_total=statements_total,
        forecasts=forecasts[:_TOP],
        signposts=lit,
        decisions=decisions,
        charts=await _charts(ctx, [*opened, *open_now], until),
        watchlist=None
        if watchlist is None
        else BriefWatchlist(
            id=watchlist["id"], name=watchlist["name"], timezone=watchlist["brief_timezone"]
        ),
    )


def _top(problems: Sequence[Any]) -> Any:
    """The board's level over ``problems`` (the board orders them highest first)."""
    return max((b.level for b in problems), key=_RANK.__getitem__, default="quiet")


def _without_total(row: asyncpg.Record) -> dict[str, Any]:
    fields = dict(row)
    fields.pop("total", None)
    return fields


@dataclass
class Lens:
    """What a watchlist lets into its brief.

    Records: those of the dataset's that entered in the interval (events and statements
    reported, alerts opened or closed or standing, signposts lit) which the watchlist's
    selections select, read by the watchlist items reader (``WatchlistService.items``, the
    same selection logic as ``/v1/watchlists/{id}/items``) as known by the brief's instant.
    Problems, plans and questions: those the selections name (a ``problem``, ``plan`` or
    ``question`` filter; a named plan brings its problem, a named problem its plans) when they
    name some, else all of the dataset's.
    """

    watchlist: asyncpg.Record
    problems: set[str]
    plans: set[str]
    questions: set[str]
    plan_problem: dict[str, str | None]
    selected: set[str] = field(default_factory=set)

    @classmethod
    async def of(cls, ctx: Context, watchlist: asyncpg.Record) -> "Lens":
        named: dict[str, set[str]] = {"wpr": set(), "pln": set(), "qst": set()}
        for selection in msgspec.convert(watchlist["selections"], list[WatchlistSelection]):
            read = read_filters(selection.kind, selection.filters, watchlist["dataset"])
            for _, record_id in read.references:
                named.get(id_prefix(record_id), set()).add(record_id)
        plan_problem = await repo.plan_problems(ctx, sorted(named["pln"]))
        problems = named["wpr"] | {p for p in plan_problem.values() if p is not None}
        return cls(watchlist, problems, named["pln"], named["qst"], plan_problem)

    def problem(self, problem_id: str) -> bool:
        return not (self.problems or self.plans) or problem_id in self.problems

    def plan(self, plan_id: str) -> bool:
        if not (self.problems or self.plans) or plan_id in self.plans:
            return True
        return self.plan_problem.get(plan_id) in self.problems

    def question(self, question_id: str) -> bool:
        return not self.questions or question_id in self.questions

    async def select(self, ctx: Context, until: datetime, only: dict[str, list[str]]) -> None:
        """Keep in :attr:`selected` those of ``only`` (resource → ids) the watchlist selects
        as known by ``until``."""
        count = sum(len(ids) for ids in only.values())
        if count == 0:
            return
        items = await WatchlistService().items(
            ctx, self.watchlist, as_of=None, known_by=until, after=None, limit=count, only=only
        )
        self.selected = {i.id for i in items}


def _statement(row: asyncpg.Record) -> BriefStatement:
    fields = _without_total(row)
    text = str(fields["text"])
    fields["text"] = text if len(text) <= 300 else text[:299] + "…"
    return msgspec.convert(fields, BriefStatement)


async def _alerts(
    ctx: Context, dataset: str, since: datetime, until: datetime, problems: Sequence[Any]
) -> tuple[list[BriefAlert], list[BriefAlert], list[BriefAlert]]:
    """Alerts opened and closed in the interval, and those open at ``until`` (for the charts),
    each as it stood at ``until``."""
    rows = await repo.alerts_moved(ctx, dataset, since, until)
    alerts = [to_alert_at(r, until) for r in rows]
    standing = [a for b in problems for a in b.alerts]
    names = {b.problem_id: b.name for b in problems}
    missing = {a.problem_id for a in alerts} - set(names)
    names.update({k: r["name"] for k, r in (await repo.problem_rules(ctx, list(missing))).items()})
    ids = [a for alert in (*alerts, *standing) for a in alert.evidence.events]
    said = [s for alert in (*alerts, *standing) for s in alert.evidence.statements]
    items = {
        **{k: v for k, v in (await repo.event_rows(ctx, ids)).items()},
        **{k: v for k, v in (await repo.statement_rows(ctx, said)).items()},
    }

    def brief(alert: Alert) -> BriefAlert:
        listed = [*alert.evidence.events, *alert.evidence.statements]
        evidence = [
            EvidenceItem(
                id=i, kind=items[i]["kind"], text=_short(items[i]["text"], 200),
                on=items[i]["on"], grade=items[i]["grade"],
            )
            for i in listed[:_EVIDENCE]
            if i in items
        ]  # fmt: skip
        return BriefAlert(
            alert_id=alert.id,
            problem_id=alert.problem_id,
            problem_name=names.get(alert.problem_id, alert.problem_id),
            rule_key=alert.rule_key,
            level=alert.level,
            state="closed" if alert.state == "closed" else "open",
            opened_at=alert.opened_at,
            closed_at=alert.closed_at,
            rationale=alert.rationale,
            explanation=alert.explanation,
            indicator_ids=list(alert.indicator_ids),
            evidence=evidence,
            more_evidence=alert.evidence.more + max(0, len(listed) - len(evidence)),
        )

    opened = [brief(a) for a in alerts if since < a.opened_at <= until]
    closed = [brief(a) for a in alerts if a.closed_at is not None and since < a.closed_at <= until]
    opened.sort(key=lambda a: (-_RANK[a.level], a.opened_at, a.alert_id))
    closed.sort(key=lambda a: (-_RANK[a.level], a.closed_at or until, a.alert_id))
    return opened, closed, [brief(a) for a in standing]


def _short(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


async def _forecasts(
    ctx: Context, dataset: str, since: datetime, until: datetime
) -> list[ForecastMove]:
    moves = []
    for r in await repo.forecast_moves(ctx, dataset, since, until):
        was = r["was"]
        change = None if was is None else round(r["probability"] - was, 6)
        moves.append(
            ForecastMove(
                question_id=r["question_id"], question=r["question"],
                forecaster=r["forecaster"], forecast_id=r["forecast_id"],
                previous_id=r["previous_id"], probability=r["probability"], was=was,
                change=change,
            )
        )  # fmt: skip
    moves.sort(
        key=lambda m: (
            m.change is None,
            -abs(m.change or 0),
            m.question,
            m.forecaster,
            m.forecast_id,
        )
    )
    return moves


async def _signposts(
    ctx: Context, dataset: str, since: datetime, until: datetime
) -> list[SignpostLit]:
    """Signposts whose status entered ``emerging`` or ``seen`` in the interval (the last such
    step of each)."""
    lit = []
    for row in await repo.signpost_rows(ctx, dataset):
        steps = msgspec.convert(row["steps"], list[SignpostStep])
        status = "not_seen"
        found = None
        for step in steps:
            if step.at > until:
                break
            if step.at > since and step.status != "not_seen" and step.status != status:
                found = SignpostLit(
                    signpost_id=row["id"], name=row["name"], was=status,  # type: ignore[arg-type]
                    status=step.status, at=step.at, explanation=step.explanation,
                )  # fmt: skip
            status = step.status
        if found is not None:
            lit.append(found)
    lit.sort(key=lambda s: (s.status != "seen", s.at, s.signpost_id))
    return lit


async def _decisions(ctx: Context, dataset: str, until: datetime) -> list[BriefDecision]:
    agenda = await dataset_agenda(ctx, dataset, until, until, None)
    return [
        BriefDecision(
            plan_id=b.plan_id, plan_name=b.plan_name, branch_key=b.key, name=b.name,
            owner=b.owner.role or b.owner.actor_id or "", level=b.level, deadline=b.deadline,
            hours_left=b.hours_left, overdue=b.overdue,
        )
        for b in agenda
        if b.due or b.overdue
    ]  # fmt: skip


async def _charts(ctx: Context, alerts: Sequence[BriefAlert], until: datetime) -> list[Chart]:
    """The indicators behind ``alerts`` (in order, four at most): their last 24 periods up to the
    one holding ``until``, recomputed from what had been reported by then."""
    wanted: dict[str, list[BriefAlert]] = {}
    for alert in alerts:
        for indicator_id in alert.indicator_ids:
            wanted.setdefault(indicator_id, []).append(alert)
    chosen = list(wanted.items())[:_CHARTS]
    info = await repo.indicators(ctx, [i for i, _ in chosen])
    problems = await repo.problem_rules(ctx, list({a.problem_id for _, a_ in chosen for a in a_}))
    charts = []
    for indicator_id, behind in chosen:
        indicator = info.get(indicator_id)
        unit = None if indicator is None else p.UNITS.get(indicator["frequency"])
        if indicator is None or unit is None:
            continue
        last = p.period_start(until.date(), unit)
        first = p.shift(last, unit, -(_PERIODS - 1))
        series = await figures(
            ctx, indicator_id, as_of=None, known_by=until, period_from=first, period_to=last
        )
        values = {f.period_start: f.value for f in series.figures}
        points = []
        start = first
        while start <= last:
            points.append(
                ChartPoint(period_start=start, label=p.label(start, unit), value=values.get(start))
            )
            start = p.shift(start, unit, 1)
        lines = [_line(problems.get(a.problem_id), a.rule_key) for a in behind]
        # A threshold is the line to draw when one of the rules has it; else any other line.
        lines.sort(key=lambda x: (x[0] is None, not x[1].endswith("threshold")))
        line, label = lines[0]
        charts.append(
            Chart(
                indicator_id=indicator_id, name=indicator["name"], unit=indicator["unit"],
                frequency=indicator["frequency"], line=line, line_label=label, points=points,
            )
        )  # fmt: skip
    return charts


def _line(problem: asyncpg.Record | None, rule_key: str) -> tuple[float | None, str]:
    """The value a rule judges against: a threshold rule's ``value`` (``min_value`` of an
    anomaly), with words for the legend."""
    rules = [] if problem is None else list(problem["rules"])
    rule = next((r for r in rules if r.get("key") == rule_key), None)
    if rule is None:
        return None, rule_key
    if rule.get("kind") == "threshold":
        return float(rule["value"]), f"{rule_key}: threshold"
    if rule.get("kind") == "anomaly" and rule.get("min_value") is not None:
        return float(rule["min_value"]), f"{rule_key}: at least"
    return None, rule_key

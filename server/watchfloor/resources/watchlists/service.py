"""The rules of watchlists: selections in the list endpoints' vocabulary, checked as the lists
check them; a brief schedule that parses; items read like a list, and matched one feed batch
at a time for webhooks."""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import asyncpg
import msgspec
from croniter import croniter

from watchfloor.context import Context
from watchfloor.errors import FieldError, Unprocessable
from watchfloor.ids import PREFIXES
from watchfloor.persistence.records import Records
from watchfloor.persistence.store import ListQuery
from watchfloor.resources.alerts.render import to_alert, to_alert_at
from watchfloor.resources.alerts.resource import ALERT
from watchfloor.resources.events.resource import EVENT
from watchfloor.resources.plans.render import to_plan, to_plan_at
from watchfloor.resources.plans.resource import PLAN
from watchfloor.resources.questions.resource import QUESTION
from watchfloor.resources.signposts.render import to_signpost, to_signpost_at
from watchfloor.resources.signposts.resource import SIGNPOST
from watchfloor.resources.statements.resource import STATEMENT
from watchfloor.resources.watchlists import repository as repo
from watchfloor.resources.watchlists.schemas import (
    WatchlistCreate,
    WatchlistFilters,
    WatchlistItem,
    WatchlistPatch,
    WatchlistSelection,
)
from watchfloor.resources.watchlists.vocabulary import (
    BranchFilters,
    ResolutionFilters,
    id_prefix,
    read_filters,
)
from watchfloor.versioned import Resource, VersionedService, sent_fields

__all__ = ("ITEM_KINDS", "Entered", "WatchlistService")

Row = asyncpg.Record
_BY_PREFIX = {prefix: name for name, prefix in PREFIXES.items()}

ITEM_KINDS = {
    "events": ("event", EVENT),
    "statements": ("statement", STATEMENT),
    "alerts": ("alert", ALERT),
    "signposts": ("signpost", SIGNPOST),
    "question_resolutions": ("question_resolution", QUESTION),
    "plan_branches": ("plan_branch", PLAN),
}
"""Selection kind → (item kind, the resource whose records (or changes) it selects)."""


def _check_schedule(cron: str | None, zone: str | None) -> list[FieldError]:
    problems = []
    if cron is not None and (len(cron.split()) != 5 or not croniter.is_valid(cron)):
        problems.append(FieldError("/brief_cron", f"not a 5-field cron expression: {cron!r}"))
    if zone is not None:
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            problems.append(FieldError("/brief_timezone", f"not an IANA time zone: {zone!r}"))
    return problems


async def _check_selections(
    ctx: Context, selections: Sequence[WatchlistSelection], dataset: str
) -> list[FieldError]:
    # The registry lists the resources; it imports this module's resource, hence here.
    from watchfloor.registry import RESOURCES

    problems: list[FieldError] = []
    wanted: dict[str, list[tuple[str, str]]] = {}
    for i, selection in enumerate(selections):
        where = f"/selections/{i}"
        try:
            selected = read_filters(selection.kind, selection.filters, dataset)
        except Unprocessable as exc:
            problems.extend(FieldError(f"{where}{e.pointer or ''}", e.detail) for e in exc.errors)
            continue
        for pointer, record_id in selected.references:
            name = _BY_PREFIX.get(id_prefix(record_id))
            if name in RESOURCES:
                wanted.setdefault(RESOURCES[name].table.name, []).append(
                    (f"{where}{pointer}", record_id)
                )
    for table, references in wanted.items():
        known = await repo.existing(ctx.conn, table, [r for _, r in references])
        problems.extend(
            FieldError(pointer, f"no such record: {record_id}")
            for pointer, record_id in references
            if record_id not in known
        )
    return problems


def _filters_at(kind: str, selection: WatchlistSelection, dataset: str, known_by: Any) -> Any:
    filters = read_filters(kind, selection.filters, dataset).filters
    if kind in ("events", "statements", "alerts", "signposts"):
        return msgspec.structs.replace(filters, known_by=known_by)
    return filters


def _renderer(kind: str, known_by: datetime | None) -> Callable[[Row], Any]:
    if kind == "alerts" and known_by is not None:
        return lambda row: to_alert_at(row, known_by)
    if kind == "alerts":
        return to_alert
    if kind == "signposts" and known_by is not None:
        return lambda row: to_signpost_at(row, known_by)
    if kind == "signposts":
        return to_signpost
    return ITEM_KINDS[kind][1].render


@dataclass(frozen=True)
class Entered:
    """Records the selections hold: items, newest entered first (one more than asked when
    there are more)."""

    items: list[WatchlistItem]


class WatchlistService(VersionedService[WatchlistCreate, WatchlistPatch, WatchlistFilters]):
    """Create, read, change, delete watchlists; list what they select."""

    records = Records(repo.WATCHLISTS, "watchlist")

    async def values(self, ctx: Context, data: WatchlistCreate) -> dict[str, Any]:
        problems = await _check_selections(ctx, data.selections, data.dataset)
        problems += _check_schedule(data.brief_cron, data.brief_timezone)
        if problems:
            raise Unprocessable("The watchlist cannot be saved as sent.", errors=problems)
        values = msgspec.structs.asdict(data)
        values["selections"] = msgspec.to_builtins(data.selections)
        return values

    async def revise(self, ctx: Context, current: Row, data: WatchlistPatch) -> dict[str, Any]:
        changes = sent_fields(data)
        problems: list[FieldError] = []
        if "selections" in changes:
            problems += await _check_selections(ctx, changes["selections"], current["dataset"])
            changes["selections"] = msgspec.to_builtins(changes["selections"])
        problems += _check_schedule(changes.get("brief_cron"), changes.get("brief_timezone"))
        if problems:
            raise Unprocessable("The watchlist cannot be changed so.", errors=problems)
        return changes

    def filter(self, query: ListQuery, filters: WatchlistFilters) -> None:
        repo.apply_filters(query, filters)

    async def items(
        self,
        ctx: Context,
        watchlist: Row,
        *,
        as_of: datetime | None,
        known_by: datetime | None,
        after: list[Any] | None,
        limit: int,
        only: Mapping[str, Sequence[str]] | None = None,
    ) -> list[WatchlistItem]:
        """What the watchlist's selections select, newest entered first, after the key
        ``after`` (entered_at, id): up to ``limit + 1`` items. ``only`` narrows each resource
        to the named record ids (the webhook's check of one feed batch)."""
        dataset = watchlist["dataset"]
        selections = msgspec.convert(watchlist["selections"], list[WatchlistSelection])
        found: dict[str, WatchlistItem] = {}
        for selection in selections:
            kind = selection.kind
            resource = ITEM_KINDS[kind][1]
            ids = None if only is None else only.get(resource.name)
            if only is not None and not ids:
                continue
            filters = _filters_at(kind, selection, dataset, known_by)
            if kind == "plan_branches":
                got = await self._branches(
                    ctx, filters, dataset, as_of, known_by, ids, after, limit
                )
            else:
                got = await self._rows(
                    ctx, kind, resource, dataset, filters, as_of, known_by, ids, after, limit
                )
            for item in got:
                found.setdefault(item.id, item)
        ordered = sorted(found.values(), key=lambda i: (i.entered_at, i.id), reverse=True)
        return ordered[: limit + 1]

    async def _rows(
        self,
        ctx: Context,
        kind: str,
        resource: Resource,
        dataset: str,
        filters: Any,
        as_of: datetime | None,
        known_by: datetime | None,
        ids: Sequence[str] | None,
        after: list[Any] | None,
        limit: int,
    ) -> list[WatchlistItem]:
        item_kind = ITEM_KINDS[kind][0]
        if kind == "question_resolutions":
            query = ListQuery(resource.table, as_of=as_of)
            query.where("t.dataset = {}", dataset)
            f: ResolutionFilters = filters
            repo.resolutions(query, f.question, f.tag, f.outcome)
        else:
            service = resource.service
            query = service.list_query(filters, as_of)
            service.filter(query, filters)
        repo.enter_order(query, item_kind, known_by)
        if ids is not None:
            query.where("t.id = ANY({}::text[])", list(ids))
        rows = await query.fetch(ctx, order=repo.ORDER, after=after, limit=limit)
        render = _renderer(kind, known_by)
        return [
            WatchlistItem(
                kind=item_kind,  # type: ignore[arg-type]
                id=row["id"],
                entered_at=row["entered_at"],
                object=msgspec.to_builtins(render(row)),
            )
            for row in rows
        ]

    async def _branches(
        self,
        ctx: Context,
        filters: BranchFilters,
        dataset: str,
        as_of: datetime | None,
        known_by: datetime | None,
        ids: Sequence[str] | None,
        after: list[Any] | None,
        limit: int,
    ) -> list[WatchlistItem]:
        rows = await repo.branch_rows(
            ctx,
            PLAN.table,
            dataset=dataset,
            as_of=as_of,
            known_by=known_by,
            plan=filters.plan,
            problem=filters.problem,
            state=filters.state,
            only=ids,
            after=after,
            limit=limit,
        )
        plans: dict[str, Any] = {}
        items = []
        for row in rows:
            plan_id = row["plan_id"]
            if plan_id not in plans:
                plan_row = await PLAN.service.records.get(ctx, plan_id, as_of)
                plans[plan_id] = (
                    to_plan(plan_row) if known_by is None else to_plan_at(plan_row, known_by)
                )
            branch = next(b for b in plans[plan_id].branches if b.key == row["branch_key"])
            items.append(
                WatchlistItem(
                    kind="plan_branch",
                    id=row["item_id"],
                    entered_at=row["entered_at"],
                    object={"plan_id": plan_id, **msgspec.to_builtins(branch)},
                )
            )
        return items

"""The rules of statements: who spoke and about whom, what it bears on, and its lifecycle."""

from datetime import date, datetime
from typing import Any

import asyncpg
import msgspec

from watchfloor.admiralty import CitationIn, best_grade
from watchfloor.citations import regraded, resolve_citations
from watchfloor.context import Context
from watchfloor.cursors import sort_key
from watchfloor.errors import FieldError, Unprocessable
from watchfloor.lifecycle import check_transition
from watchfloor.persistence.records import Records
from watchfloor.persistence.store import ListQuery
from watchfloor.resources.actors.repository import missing_actor_ids
from watchfloor.resources.events.rules import day_end, reported_column
from watchfloor.resources.statements import repository as repo
from watchfloor.resources.statements.schemas import StatementCreate, StatementPatch
from watchfloor.versioned import Order, VersionedService, sent_fields

__all__ = ("StatementService",)


async def _check_actors(ctx: Context, fields: dict[str, str | None]) -> None:
    """422 naming each of ``fields`` (pointer → actor id) that names no live actor."""
    wanted = [v for v in fields.values() if v is not None]
    missing = set(await missing_actor_ids(ctx, wanted))
    if missing:
        raise Unprocessable(
            "The statement names an actor that does not exist.",
            errors=[FieldError(p, f"no actor {v}") for p, v in fields.items() if v in missing],
        )


async def _check_events(ctx: Context, links: dict[str, list[str]]) -> None:
    """422 naming each event id in ``links`` (field → ids) that names no live event."""
    missing = set(await repo.missing_event_ids(ctx, [i for ids in links.values() for i in ids]))
    if missing:
        raise Unprocessable(
            "The statement links an event that does not exist.",
            errors=[
                FieldError(f"/{field}/{i}", f"no event {event_id}")
                for field, ids in links.items()
                for i, event_id in enumerate(ids)
                if event_id in missing
            ],
        )


def _reported(
    stated: datetime | None, said_on: date, said_at: datetime | None
) -> dict[str, object]:
    """The ``reported_at`` column: ``stated``, else ``said_at``, else the end of ``said_on``;
    422 if before ``said_on``."""
    column, problems = reported_column(stated, said_on, said_on, rule=said_at, first="said_on")
    if problems:
        raise Unprocessable("The statement cannot be reported before it was said.", errors=problems)
    return column


def _reported_change(current: asyncpg.Record, changes: dict[str, Any]) -> dict[str, object]:
    """``reported_at`` as a patch leaves it: as sent (``null``: the rule), or kept; one the rule
    gave follows a change of ``said_on`` or ``said_at``."""
    moved = "said_on" in changes or "said_at" in changes
    if "reported_at" not in changes and not moved:
        return {}
    said_on = changes.get("said_on", current["said_on"])
    said_at = changes.get("said_at", current["said_at"])
    if "reported_at" in changes:
        stated = changes["reported_at"]
    elif current["reported_at"] == (current["said_at"] or day_end(current["said_on"])):
        stated = None
    else:
        stated = current["reported_at"]
    return _reported(stated, said_on, said_at)


async def _cited(ctx: Context, citations: list[CitationIn]) -> dict[str, Any]:
    resolved = await resolve_citations(ctx, citations)
    return {"citations": resolved, "grade": best_grade(resolved)}


def _resume_key(order: Order, after: list[Any]) -> list[Any]:
    """The cursor's sort key: the day said and the id, or a search's rank and the id."""
    return sort_key(after, (date, str) if order is repo.NEWEST else (float, str))


class StatementService(VersionedService[StatementCreate, StatementPatch, repo.StatementFilters]):
    """Create, read, change and delete statements."""

    records = Records(repo.STATEMENTS, "statement", refresh=regraded)

    async def values(self, ctx: Context, data: StatementCreate) -> dict[str, Any]:
        check_transition("reported", data.status, data.status_reason)
        await _check_actors(ctx, {"/speaker_id": data.speaker_id, "/target_id": data.target_id})
        await _check_events(ctx, {"supports": data.supports, "contradicts": data.contradicts})
        values = msgspec.structs.asdict(data)
        values.update(_reported(data.reported_at, data.said_on, data.said_at))
        values.update(await _cited(ctx, data.citations))
        return values

    async def revise(
        self, ctx: Context, current: asyncpg.Record, data: StatementPatch
    ) -> dict[str, Any]:
        """A patch checked against the locked row; lifecycle moves follow
        :func:`~watchfloor.lifecycle.check_transition`."""
        changes = sent_fields(data)
        await self._check_lifecycle(ctx, current["id"], current, changes)
        changes.update(_reported_change(current, changes))
        actors = {f"/{k}": changes[k] for k in ("speaker_id", "target_id") if k in changes}
        await _check_actors(ctx, actors)
        await _check_events(
            ctx, {k: changes[k] for k in ("supports", "contradicts") if k in changes}
        )
        if isinstance(data.citations, list):
            changes.update(await _cited(ctx, data.citations))
        return changes

    async def _check_lifecycle(
        self,
        ctx: Context,
        statement_id: str,
        current: asyncpg.Record,
        changes: dict[str, Any],
    ) -> None:
        status = changes.get("status", current["status"])
        if status != current["status"] and "status_reason" not in changes:
            # The old reason explained the old status; a new status needs its own (or none).
            changes["status_reason"] = None
        reason = changes.get("status_reason", current["status_reason"])
        superseded_by = changes.get("superseded_by", current["superseded_by"])
        check_transition(current["status"], status, reason, superseded_by)
        if "superseded_by" not in changes or superseded_by is None:
            return
        if superseded_by == statement_id:
            raise Unprocessable(
                "A statement cannot supersede itself.",
                errors=[FieldError("/superseded_by", "names this statement")],
            )
        if not await repo.statement_exists(ctx, superseded_by):
            raise Unprocessable(
                "superseded_by names a statement that does not exist.",
                errors=[FieldError("/superseded_by", f"no statement {superseded_by}")],
            )

    def filter(self, query: ListQuery, filters: repo.StatementFilters) -> None:
        repo.apply_filters(query, filters)

    def ordering(self, filters: repo.StatementFilters) -> Order:
        return repo.RANKED if filters.q is not None else repo.NEWEST

    def resume(self, order: Order, after: list[Any]) -> list[Any]:
        return _resume_key(order, after)

"""The rules of statements: who spoke and about whom, what it bears on, and its lifecycle."""

from datetime import date, datetime
from typing import Any

import asyncpg
import msgspec

from watchfloor.citations import CitationIn, best_grade, resolve_citations
from watchfloor.errors import FieldError, InvalidCursor, NotFound, Unprocessable
from watchfloor.ids import new_id
from watchfloor.lifecycle import check_transition
from watchfloor.records import Records
from watchfloor.resources.actors.repository import missing_actor_ids
from watchfloor.resources.statements import repository as repo
from watchfloor.resources.statements.schemas import StatementCreate, StatementPatch
from watchfloor.store import ListQuery, Page

__all__ = ("StatementService",)


async def _check_actors(conn: asyncpg.Connection, fields: dict[str, str | None]) -> None:
    """422 naming each of ``fields`` (pointer → actor id) that names no live actor."""
    wanted = [v for v in fields.values() if v is not None]
    missing = set(await missing_actor_ids(conn, wanted))
    if missing:
        raise Unprocessable(
            "The statement names an actor that does not exist.",
            errors=[FieldError(p, f"no actor {v}") for p, v in fields.items() if v in missing],
        )


async def _check_events(conn: asyncpg.Connection, links: dict[str, list[str]]) -> None:
    """422 naming each event id in ``links`` (field → ids) that names no live event."""
    missing = set(await repo.missing_event_ids(conn, [i for ids in links.values() for i in ids]))
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


async def _cited(conn: asyncpg.Connection, citations: list[CitationIn]) -> dict[str, Any]:
    resolved = await resolve_citations(conn, citations)
    return {"citations": resolved, "grade": best_grade(resolved)}


def _resume_key(order: tuple[tuple[str, bool], ...], after: list[Any] | None) -> list[Any] | None:
    """The cursor's sort key with its dates back as dates (JSON carried them as text)."""
    if after is None or order is not repo.NEWEST:
        return after
    try:
        return [date.fromisoformat(str(after[0])), after[1]]
    except (ValueError, IndexError) as exc:
        raise InvalidCursor("The cursor is not one this server issued.") from exc


class StatementService:
    """Create, read, change and delete statements."""

    records = Records(repo.STATEMENTS, "statement")

    async def create(self, conn: asyncpg.Connection, data: StatementCreate) -> asyncpg.Record:
        check_transition("reported", data.status, data.status_reason)
        await _check_actors(conn, {"/speaker_id": data.speaker_id, "/target_id": data.target_id})
        await _check_events(conn, {"supports": data.supports, "contradicts": data.contradicts})
        values = msgspec.structs.asdict(data)
        values.update(await _cited(conn, data.citations))
        values["id"] = new_id("statement")
        return await self.records.create(conn, values)

    async def update(
        self,
        conn: asyncpg.Connection,
        statement_id: str,
        data: StatementPatch,
        if_match: str | None,
    ) -> asyncpg.Record:
        """Apply a patch; lifecycle moves follow :func:`~watchfloor.lifecycle.check_transition`."""
        # Locked, so no concurrent status change slips between the lifecycle check and the write.
        current = await repo.STATEMENTS.lock(conn, statement_id)
        if current is None or current["deleted_at"] is not None:
            raise NotFound(f"No statement with id {statement_id!r}.")
        changes = {k: v for k, v in msgspec.structs.asdict(data).items() if v is not msgspec.UNSET}
        await self._check_lifecycle(conn, statement_id, current, changes)
        actors = {f"/{k}": changes[k] for k in ("speaker_id", "target_id") if k in changes}
        await _check_actors(conn, actors)
        await _check_events(
            conn, {k: changes[k] for k in ("supports", "contradicts") if k in changes}
        )
        if isinstance(data.citations, list):
            changes.update(await _cited(conn, data.citations))
        return await self.records.update(conn, statement_id, changes, if_match)

    async def _check_lifecycle(
        self,
        conn: asyncpg.Connection,
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
        if not await repo.statement_exists(conn, superseded_by):
            raise Unprocessable(
                "superseded_by names a statement that does not exist.",
                errors=[FieldError("/superseded_by", f"no statement {superseded_by}")],
            )

    async def list(
        self,
        conn: asyncpg.Connection,
        filters: repo.StatementFilters,
        *,
        as_of: datetime | None,
        after: list[Any] | None,
        limit: int,
    ) -> Page:
        query = ListQuery(repo.STATEMENTS, as_of=as_of)
        repo.apply_filters(query, filters)
        order = repo.RANKED if filters.q is not None else repo.NEWEST
        return await query.page(conn, order=order, after=_resume_key(order, after), limit=limit)

"""The rules of events: references must exist, time and lifecycle must make sense.

A write is checked as a whole and every bad field is reported at once (422 with JSON
pointers). The columns the filters use are flattened from the wire shape here, at write time.
"""

from datetime import date
from typing import Any

import asyncpg
import msgspec

from watchfloor.admiralty import CitationIn, best_grade
from watchfloor.citations import regraded, resolve_citations
from watchfloor.context import Context
from watchfloor.cursors import sort_key
from watchfloor.errors import FieldError, Unprocessable
from watchfloor.lifecycle import check_transition
from watchfloor.persistence import memo
from watchfloor.persistence.records import Records
from watchfloor.persistence.store import ListQuery
from watchfloor.resources.actors.repository import missing_actor_ids
from watchfloor.resources.events import repository as repo
from watchfloor.resources.events.rules import (
    day_end,
    magnitude_problems,
    occurred_columns,
    place_problems,
    reported_column,
)
from watchfloor.resources.events.schemas import EventCreate, EventPatch, Participant, Place
from watchfloor.resources.reference.repository import missing_facility_ids, missing_weapon_ids
from watchfloor.versioned import Order, VersionedService, sent_fields

__all__ = ("EventService",)

Values = dict[str, Any]

_PLAIN_FIELDS = (
    "title", "category", "summary", "mode", "context", "cameo_code", "weapon_ids", "weapon_class",
    "tags", "external_id",
)  # fmt: skip
"""Patch fields stored as sent, each in the column of its name."""
_CODINGS = ("gdelt", "icews", "ucdp")
"""A data set's coding block, kept as sent (jsonb) in the column of its name."""


def _coding(block: Any) -> Any:
    return None if block is None else msgspec.to_builtins(block)


def _participants(field: str, participants: list[Participant]) -> Values:
    ids = list(dict.fromkeys(p.actor_id for p in participants))
    flat = "actor_ids" if field == "actors" else "recipient_ids"
    return {field: [msgspec.to_builtins(p) for p in participants], flat: ids}


def _place(place: Place | None) -> Values:
    if place is None:
        return {"place": None, "country": None, "lat": None, "lon": None, "facility_id": None}
    return {
        "place": msgspec.to_builtins(place),
        "country": place.country,
        "lat": place.lat,
        "lon": place.lon,
        "facility_id": place.facility_id,
    }


async def _known_cameo_code(ctx: Context, code: str) -> bool:
    """Whether ``code`` is a CAMEO event code; remembered while a memo is active (an import)."""

    async def fetch(codes: list[str]) -> dict[str, bool]:
        return {c: True for c in codes if await repo.cameo_code_exists(ctx, c)}

    return bool(await memo.lookup(ctx, "cameo_codes", [code], fetch))


class _Check:
    """The problems found in one write, reported together."""

    def __init__(self) -> None:
        self.problems: list[FieldError] = []

    async def actors(self, ctx: Context, field: str, parts: list[Participant]) -> None:
        missing = set(await missing_actor_ids(ctx, [p.actor_id for p in parts]))
        self.problems += [
            FieldError(f"/{field}/{i}/actor_id", f"no actor {p.actor_id}")
            for i, p in enumerate(parts)
            if p.actor_id in missing
        ]

    async def weapons(self, ctx: Context, weapon_ids: list[str]) -> None:
        missing = set(await missing_weapon_ids(ctx, weapon_ids))
        self.problems += [
            FieldError(f"/weapon_ids/{i}", f"no weapon {w}")
            for i, w in enumerate(weapon_ids)
            if w in missing
        ]

    async def place(self, ctx: Context, place: Place | None) -> None:
        self.problems += place_problems(place)
        facility = place.facility_id if place is not None else None
        if facility is not None and await missing_facility_ids(ctx, [facility]):
            self.problems.append(FieldError("/place/facility_id", f"no facility {facility}"))

    async def cameo(self, ctx: Context, code: str | None) -> None:
        if code is not None and not await _known_cameo_code(ctx, code):
            self.problems.append(FieldError("/cameo_code", f"{code} is not a CAMEO event code"))

    async def citations(self, ctx: Context, citations: list[CitationIn]) -> list[dict[str, object]]:
        try:
            return await resolve_citations(ctx, citations)
        except Unprocessable as exc:
            self.problems += exc.errors
            return []

    def raise_if_any(self) -> None:
        if self.problems:
            raise Unprocessable("The event cannot be accepted as sent.", errors=self.problems)


class EventService(VersionedService[EventCreate, EventPatch, repo.EventFilters]):
    """Create, read, change and delete events."""

    records = Records(repo.EVENTS, "event", refresh=regraded)

    async def values(self, ctx: Context, data: EventCreate) -> dict[str, Any]:
        check = _Check()
        await check.actors(ctx, "actors", data.actors)
        await check.actors(ctx, "recipients", data.recipients)
        await check.weapons(ctx, data.weapon_ids)
        await check.place(ctx, data.place)
        await check.cameo(ctx, data.cameo_code)
        citations = await check.citations(ctx, data.citations)
        occurred, problems = occurred_columns(data.occurred)
        end = occurred["occurred_end"]
        assert isinstance(end, date)
        reported, reported_problems = reported_column(data.reported_at, end, data.occurred.start)
        check.problems += problems + reported_problems + magnitude_problems(data.magnitudes)
        try:
            check_transition("reported", data.status, data.status_reason)
        except Unprocessable as exc:
            check.problems += exc.errors
        check.raise_if_any()
        return {
            "dataset": data.dataset,
            "external_id": data.external_id,
            "title": data.title,
            "summary": data.summary,
            "category": data.category,
            "mode": data.mode,
            "context": data.context,
            "cameo_code": data.cameo_code,
            **_participants("actors", data.actors),
            **_participants("recipients", data.recipients),
            **occurred,
            **reported,
            **_place(data.place),
            "magnitudes": [msgspec.to_builtins(m) for m in data.magnitudes],
            "weapon_ids": data.weapon_ids,
            "weapon_class": data.weapon_class,
            "tags": data.tags,
            "status": data.status,
            "status_reason": data.status_reason,
            "citations": citations,
            "grade": best_grade(citations),
            **{field: _coding(getattr(data, field)) for field in _CODINGS},
        }

    async def revise(
        self, ctx: Context, current: asyncpg.Record, data: EventPatch
    ) -> dict[str, Any]:
        """A revision, confirmation, retraction or merge: one new version, checked as a whole."""
        sent = sent_fields(data)
        check = _Check()
        changes = await self._columns(ctx, check, sent)
        self._reported(check, current, sent, changes)
        await self._lifecycle(ctx, check, current, sent, changes)
        check.raise_if_any()
        return changes

    async def _columns(self, ctx: Context, check: _Check, sent: Values) -> Values:
        """The columns a patch sets, checked; lifecycle fields are left to :meth:`_lifecycle`."""
        changes: Values = {}
        for field in ("actors", "recipients"):
            if field in sent:
                await check.actors(ctx, field, sent[field])
                changes |= _participants(field, sent[field])
        if "weapon_ids" in sent:
            await check.weapons(ctx, sent["weapon_ids"])
        if "place" in sent:
            await check.place(ctx, sent["place"])
            changes |= _place(sent["place"])
        if "cameo_code" in sent:
            await check.cameo(ctx, sent["cameo_code"])
        if "citations" in sent:
            citations = await check.citations(ctx, sent["citations"])
            changes |= {"citations": citations, "grade": best_grade(citations)}
        if "occurred" in sent:
            occurred, problems = occurred_columns(sent["occurred"])
            check.problems += problems
            changes |= occurred
        if "magnitudes" in sent:
            check.problems += magnitude_problems(sent["magnitudes"])
            changes["magnitudes"] = [msgspec.to_builtins(m) for m in sent["magnitudes"]]
        changes |= {field: sent[field] for field in _PLAIN_FIELDS if field in sent}
        changes |= {field: _coding(sent[field]) for field in _CODINGS if field in sent}
        return changes

    @staticmethod
    def _reported(check: _Check, current: asyncpg.Record, sent: Values, changes: Values) -> None:
        """``reported_at`` as sent (``null``: the rule), or kept; one the rule gave follows a
        change of ``occurred``. Checked against the start the event will have."""
        if "reported_at" not in sent and "occurred" not in sent:
            return
        start = changes.get("occurred_start", current["occurred_start"])
        end = changes.get("occurred_end", current["occurred_end"])
        if "reported_at" in sent:
            stated = sent["reported_at"]
        elif current["reported_at"] == day_end(current["occurred_end"]):
            stated = None
        else:
            stated = current["reported_at"]
        column, problems = reported_column(stated, end, start)
        check.problems += problems
        changes |= column

    async def _lifecycle(
        self,
        ctx: Context,
        check: _Check,
        current: asyncpg.Record,
        sent: Values,
        changes: Values,
    ) -> None:
        """Status, its reason and ``superseded_by``: the lifecycle's transitions only.

        A new status starts without the old one's reason unless the patch gives one, so a
        confirmed event never shows the reason it was once disputed.
        """
        status = sent.get("status", current["status"])
        reason = sent.get("status_reason")
        superseded_by = sent.get("superseded_by")
        try:
            check_transition(current["status"], status, reason, superseded_by)
        except Unprocessable as exc:
            check.problems += exc.errors
            return
        if superseded_by is not None:
            await self._check_supersede(ctx, check, current, superseded_by)
        if status in ("retracted", "disputed") and "status_reason" in sent and reason is None:
            check.problems.append(
                FieldError("/status_reason", f"a {status} event keeps its reason")
            )
        if status != current["status"]:
            changes |= {"status": status, "status_reason": reason}
        elif "status_reason" in sent:
            changes["status_reason"] = reason
        if "superseded_by" in sent:
            changes["superseded_by"] = superseded_by

    async def _check_supersede(
        self, ctx: Context, check: _Check, current: asyncpg.Record, target_id: str
    ) -> None:
        target = await repo.supersede_target(ctx, target_id)
        if target_id == current["id"]:
            problem = "an event cannot supersede itself"
        elif target is None:
            problem = f"no event {target_id}"
        elif target["dataset"] != current["dataset"]:
            problem = f"{target_id} is in dataset {target['dataset']}, not {current['dataset']}"
        elif target["status"] == "retracted":
            problem = f"{target_id} is retracted itself; name the event that absorbed it"
        else:
            return
        check.problems.append(FieldError("/superseded_by", problem))

    def filter(self, query: ListQuery, filters: repo.EventFilters) -> None:
        repo.apply_filters(query, filters)

    def ordering(self, filters: repo.EventFilters) -> Order:
        return repo.ORDER_OCCURRED if filters.sort == "occurred" else repo.ORDER_NEWEST

    def resume(self, order: Order, after: list[Any]) -> list[Any]:
        if order is repo.ORDER_OCCURRED:
            return sort_key(after, (date, str))
        return sort_key(after, (str,))

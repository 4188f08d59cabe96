"""The rules of alerts: the worker writes them; an analyst acknowledges one with a note.

There is no create over HTTP: alerts are opened, moved and closed by the worker
(``watchfloor.warning.handler``). An import line restores an alert exported elsewhere.
"""

from datetime import UTC, datetime
from typing import Any

import asyncpg
import msgspec

from watchfloor.context import Context
from watchfloor.errors import FieldError, Unprocessable
from watchfloor.persistence.records import Records
from watchfloor.persistence.store import ListQuery
from watchfloor.resources.alerts import repository as repo
from watchfloor.resources.alerts.schemas import AlertImport, AlertPatch
from watchfloor.versioned import VersionedService

__all__ = ("AlertService",)


class AlertService(VersionedService[AlertImport, AlertPatch, repo.AlertFilters]):
    """Read alerts, acknowledge them, restore them from an export."""

    records = Records(repo.ALERTS, "alert")

    async def values(self, ctx: Context, data: AlertImport) -> dict[str, Any]:
        if data.closed_at is not None and data.closed_at <= data.opened_at:
            raise Unprocessable(
                "The alert closes before it opens.",
                errors=[FieldError("/closed_at", f"{data.closed_at} is not after opened_at")],
            )
        values = msgspec.structs.asdict(data)
        state = values.pop("state")
        values["withdrawn"] = state == "withdrawn"
        if state == "closed" and data.closed_at is None:
            raise Unprocessable(
                "A closed alert says when it closed.",
                errors=[FieldError("/closed_at", "required when state is closed")],
            )
        values["steps"] = [msgspec.to_builtins(s) for s in data.steps]
        return values

    async def revise(
        self, ctx: Context, current: asyncpg.Record, data: AlertPatch
    ) -> dict[str, Any]:
        changes: dict[str, Any] = {}
        if not isinstance(data.external_id, msgspec.UnsetType):
            changes["external_id"] = data.external_id
        if isinstance(data.note, str) or data.note is None:
            changes["acknowledgement"] = data.note
        if data.acknowledged is True:
            changes["acknowledged_at"] = datetime.now(UTC)
            changes["acknowledged_by"] = ctx.who
        elif data.acknowledged is False:
            changes.update(acknowledged_at=None, acknowledged_by=None, acknowledgement=None)
        return changes

    def filter(self, query: ListQuery, filters: repo.AlertFilters) -> None:
        repo.apply_filters(query, filters)

"""Every ``/v1`` resource by name, for the code that treats them alike.

The change feed renders an upsert with the resource's wire type; export streams any resource;
import upserts rows of any resource by ``external_id``. They all look the resource up here, so a
new resource is one :class:`Resource` entry in :data:`RESOURCES`.
"""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import asyncpg
import msgspec

from watchfloor.resources.actors.repository import ACTORS, to_actor
from watchfloor.resources.actors.schemas import ActorCreate, ActorPatch
from watchfloor.resources.actors.service import ActorService
from watchfloor.resources.events.repository import EVENTS, to_event
from watchfloor.resources.events.schemas import EventCreate, EventPatch
from watchfloor.resources.events.service import EventService
from watchfloor.resources.indicators.repository import INDICATORS, to_indicator
from watchfloor.resources.indicators.schemas import (
    IndicatorCreate,
    IndicatorPatch,
    ObservationImport,
    ObservationPatch,
)
from watchfloor.resources.indicators.service import IndicatorService
from watchfloor.resources.observations.repository import OBSERVATIONS, to_observation
from watchfloor.resources.observations.service import ObservationService
from watchfloor.resources.reference.repository import (
    FACILITIES,
    WEAPONS,
    to_facility,
    to_weapon,
)
from watchfloor.resources.reference.schemas import (
    FacilityCreate,
    FacilityPatch,
    WeaponCreate,
    WeaponPatch,
)
from watchfloor.resources.reference.service import FacilityService, WeaponService
from watchfloor.resources.sources.repository import SOURCES, to_source
from watchfloor.resources.sources.schemas import SourceCreate, SourcePatch
from watchfloor.resources.sources.service import SourceService
from watchfloor.resources.statements.repository import STATEMENTS, to_statement
from watchfloor.resources.statements.schemas import StatementCreate, StatementPatch
from watchfloor.resources.statements.service import StatementService
from watchfloor.store import Table

__all__ = ("RESOURCES", "Resource")

Row = asyncpg.Record


@dataclass(frozen=True)
class Resource:
    """How generic code reads and writes one resource."""

    name: str
    """Singular name used on the wire: ``actor``, ``event`` … (the change feed's ``resource``)."""
    path: str
    """Collection path, e.g. ``/v1/actors``."""
    table: Table
    render: Callable[[Row], msgspec.Struct]
    """A row of ``table`` (current or history) → the wire type."""
    create_type: type[msgspec.Struct]
    patch_type: type[msgspec.Struct]
    create: Callable[[asyncpg.Connection, Any], Awaitable[Row]]
    """Validate and insert; the service's own rules apply (422 for dangling references …)."""
    update: Callable[[asyncpg.Connection, str, Any, str | None], Awaitable[Row]]
    """Apply a patch under an optional ``If-Match``; a no-op patch writes no version."""
    references: dict[str, str] = field(default_factory=dict)
    """Fields holding ids of other resources (``memberships[].organization_id`` → ``actor``)."""


_actors = ActorService()
_sources = SourceService()
_facilities = FacilityService()
_weapons = WeaponService()
_events = EventService()
_statements = StatementService()
_indicators = IndicatorService()
_observations = ObservationService()

RESOURCES: dict[str, Resource] = {
    r.name: r
    for r in (
        Resource(
            name="actor",
            path="/v1/actors",
            table=ACTORS,
            render=to_actor,
            create_type=ActorCreate,
            patch_type=ActorPatch,
            create=_actors.create,
            update=_actors.update,
            references={"memberships[].organization_id": "actor"},
        ),
        Resource(
            name="source",
            path="/v1/sources",
            table=SOURCES,
            render=to_source,
            create_type=SourceCreate,
            patch_type=SourcePatch,
            create=_sources.create,
            update=_sources.update,
        ),
        Resource(
            name="facility",
            path="/v1/facilities",
            table=FACILITIES,
            render=to_facility,
            create_type=FacilityCreate,
            patch_type=FacilityPatch,
            create=_facilities.create,
            update=_facilities.update,
        ),
        Resource(
            name="weapon",
            path="/v1/weapons",
            table=WEAPONS,
            render=to_weapon,
            create_type=WeaponCreate,
            patch_type=WeaponPatch,
            create=_weapons.create,
            update=_weapons.update,
        ),
        Resource(
            name="event",
            path="/v1/events",
            table=EVENTS,
            render=to_event,
            create_type=EventCreate,
            patch_type=EventPatch,
            create=_events.create,
            update=_events.update,
            references={
                "actors[].actor_id": "actor",
                "recipients[].actor_id": "actor",
                "citations[].source_id": "source",
                "weapon_ids[]": "weapon",
                "place.facility_id": "facility",
                "superseded_by": "event",
            },
        ),
        Resource(
            name="statement",
            path="/v1/statements",
            table=STATEMENTS,
            render=to_statement,
            create_type=StatementCreate,
            patch_type=StatementPatch,
            create=_statements.create,
            update=_statements.update,
            references={
                "speaker_id": "actor",
                "target_id": "actor",
                "citations[].source_id": "source",
                "supports[]": "event",
                "contradicts[]": "event",
                "superseded_by": "statement",
            },
        ),
        Resource(
            name="indicator",
            path="/v1/indicators",
            table=INDICATORS,
            render=to_indicator,
            create_type=IndicatorCreate,
            patch_type=IndicatorPatch,
            create=_indicators.create,
            update=_indicators.update,
            references={"actor_ids[]": "actor"},
        ),
        Resource(
            # Created under its indicator (POST /v1/indicators/{id}/observations); the flat
            # create type carries `indicator_id` in the body, as import lines do.
            name="observation",
            path="/v1/observations",
            table=OBSERVATIONS,
            render=to_observation,
            create_type=ObservationImport,
            patch_type=ObservationPatch,
            create=_observations.create_flat,
            update=_observations.update,
            references={"indicator_id": "indicator", "citations[].source_id": "source"},
        ),
    )
}

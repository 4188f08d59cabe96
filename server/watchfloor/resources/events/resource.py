"""Events, declared once: who did what to whom, when and where, sourced and graded."""

from watchfloor.resources.events.repository import to_event
from watchfloor.resources.events.schemas import (
    Event,
    EventCreate,
    EventList,
    EventPatch,
    EventVersion,
    EventVersionList,
)
from watchfloor.resources.events.service import EventService
from watchfloor.versioned import Resource

__all__ = ("EVENT",)

EVENT = Resource(
    name="event",
    path="/v1/events",
    service=EventService(),
    render=to_event,
    item=Event,
    create_type=EventCreate,
    patch_type=EventPatch,
    page=EventList,
    version=EventVersion,
    versions=EventVersionList,
    references={
        "actors[].actor_id": "actor",
        "recipients[].actor_id": "actor",
        "citations[].source_id": "source",
        "weapon_ids[]": "weapon",
        "place.facility_id": "facility",
        "superseded_by": "event",
    },
)

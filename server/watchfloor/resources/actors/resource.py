"""Actors, declared once: states, people and organisations with aliases and memberships."""

from watchfloor.resources.actors.repository import to_actor
from watchfloor.resources.actors.schemas import (
    Actor,
    ActorCreate,
    ActorList,
    ActorPatch,
    ActorVersion,
    ActorVersionList,
)
from watchfloor.resources.actors.service import ActorService
from watchfloor.versioned import Resource

__all__ = ("ACTOR",)

ACTOR = Resource(
    name="actor",
    path="/v1/actors",
    service=ActorService(),
    render=to_actor,
    item=Actor,
    create_type=ActorCreate,
    patch_type=ActorPatch,
    page=ActorList,
    version=ActorVersion,
    versions=ActorVersionList,
    references={"memberships[].organization_id": "actor"},
)

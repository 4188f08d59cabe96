"""What scenario request builders may draw on: the traced app, sampled ids, the as-of instant."""

from dataclasses import dataclass

from bench.database import Sample
from bench.trace import Tracer

__all__ = ("Context",)


@dataclass
class Context:
    tracer: Tracer
    sample: Sample
    as_of: str
    """One month before the run, RFC 3339 (``as_of`` scenarios)."""
    top_actors: list[str]
    """Ids of the actors taking part in most events (the states), for dyad filters."""
    auth: dict[str, str]
    """``Authorization`` header of the load's API key, sent with every request."""
    mix: int = 64
    """Requests per mix: ids per by-id scenario, pages per list walk, filter values."""

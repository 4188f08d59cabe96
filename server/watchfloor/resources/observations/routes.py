"""``/v1/observations/{id}``: the kit's operations on one figure (the series is ``series.py``)."""

from watchfloor.http.kit import Face, Words, routes
from watchfloor.resources.observations.resource import OBSERVATION

__all__ = ("router",)

router = routes(
    OBSERVATION,
    Face(
        tag="observations",
        article="an",
        operations=("get", "update", "delete", "history"),
        problems={"delete": (400, 404, 409, 412, 422)},
        words={
            "get": Words(
                "Get an observation",
                "One figure, as it is now or as recorded at `as_of`. Sends an `ETag`.",
            ),
            "update": Words(
                "Correct an observation",
                """Correct a data-entry error; the old figure stays in history and under `as_of`.

A revision by the publisher is not a correction: add it as a new observation with a
later `vintage`. `low ≤ value ≤ high` must hold after the change (422). A figure the
system computed (`computed: true`) is never corrected by hand (409).""",
            ),
            "delete": Words(
                "Delete an observation",
                "Tombstone the figure: reads answer 404, history and the change feed keep it. "
                "A figure the system computed (`computed: true`) stays (409).",
            ),
        },
    ),
)

"""Lifecycle status of events and statements, and the rules for moving between states.

    reported ──▶ preliminary ──▶ confirmed
        │             │              │
        └──────┬──────┴──────┬───────┘
               ▼             ▼
           disputed      retracted

Any state may become ``disputed`` or ``retracted``; a disputed record may be confirmed or
retracted once the dispute is settled. ``retracted`` is final: the record stays readable, with
its reason, and leaves the default lists. A merge is a retraction whose ``superseded_by`` names
the record that absorbed it. Nothing a partner has seen disappears without a tombstone.
"""

from typing import Annotated, Literal

from msgspec import Meta

from watchfloor.errors import FieldError, Unprocessable
from watchfloor.wire import TEXT

__all__ = ("ALLOWED", "Status", "StatusReason", "check_transition")

Status = Literal["reported", "preliminary", "confirmed", "disputed", "retracted"]
StatusReason = Annotated[str, Meta(min_length=1, max_length=2000, pattern=TEXT)]

ALLOWED: dict[str, frozenset[str]] = {
    "reported": frozenset({"reported", "preliminary", "confirmed", "disputed", "retracted"}),
    "preliminary": frozenset({"preliminary", "confirmed", "disputed", "retracted"}),
    "confirmed": frozenset({"confirmed", "disputed", "retracted"}),
    "disputed": frozenset({"disputed", "confirmed", "retracted"}),
    "retracted": frozenset({"retracted"}),
}
"""Current status → the statuses it may move to."""


def check_transition(
    current: str, new: str, reason: str | None, superseded_by: str | None = None
) -> None:
    """Refuse a status change the lifecycle does not allow (422, naming ``/status``).

    Retracting and disputing need a reason; ``superseded_by`` is only for retractions.
    """
    if new not in ALLOWED.get(current, frozenset()):
        raise Unprocessable(
            f"A {current} record cannot become {new}.",
            errors=[FieldError("/status", f"{current} → {new} is not allowed")],
        )
    if new in ("retracted", "disputed") and new != current and not reason:
        raise Unprocessable(
            f"Say why the record is {new}.",
            errors=[FieldError("/status_reason", f"required when status becomes {new}")],
        )
    if superseded_by is not None and new != "retracted":
        raise Unprocessable(
            "Only a retracted record can be superseded.",
            errors=[FieldError("/superseded_by", "set status to retracted as well")],
        )

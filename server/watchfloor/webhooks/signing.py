"""What goes on the wire: the payload's bytes and the Standard Webhooks headers.

The body is built once per attempt from what the queue stored (the same bytes on every attempt
of a delivery); it is signed with the ``standardwebhooks`` reference library over
``{webhook-id}.{webhook-timestamp}.{body}``, once per secret that signs now, the signatures
space-separated (a rotation's old and new secret both verify during the grace period).

The library reads a naive ``datetime`` as UTC and *replaces* the zone of an aware one
(``timestamp.replace(tzinfo=timezone.utc)``): the timestamp passed is always an aware UTC
instant, never local time, or the signed timestamp would be shifted by the offset.
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import msgspec
from standardwebhooks.webhooks import Webhook

__all__ = ("USER_AGENT", "body", "headers")

USER_AGENT = "Watchfloor-Webhooks/1"


def body(
    event_type: str,
    occurred_at: datetime,
    data: str,
    cursor: str | None,
    dataset: str,
    exercise: bool,
) -> bytes:
    """The payload: ``type``, ``timestamp`` (when the change was committed), ``data`` (the
    object as the change feed renders it), ``cursor``, ``dataset`` and ``exercise``."""
    return msgspec.json.encode(
        {
            "type": event_type,
            "timestamp": occurred_at.astimezone(UTC),
            "data": msgspec.Raw(data.encode()),
            "cursor": cursor,
            "dataset": dataset,
            "exercise": exercise,
        }
    )


def headers(
    message_id: str, payload: bytes, secrets: Sequence[str], at: datetime, dataset: str,
    exercise: bool,
) -> dict[str, str]:  # fmt: skip
    """The request's headers, signed with every secret in ``secrets`` at the instant ``at``."""
    utc = at.astimezone(UTC)
    text = payload.decode()
    signature = " ".join(Webhook(s).sign(message_id, utc, text) for s in secrets)
    out = {
        "content-type": "application/json",
        "user-agent": USER_AGENT,
        "webhook-id": message_id,
        "webhook-timestamp": str(int(utc.timestamp())),
        "webhook-signature": signature,
        "watchfloor-dataset": dataset,
    }
    if exercise:
        out["watchfloor-exercise"] = "true"
    return out

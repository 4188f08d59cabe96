"""Verifying a Watchfloor webhook on the receiving side (Standard Webhooks)."""

from collections.abc import Mapping
from typing import Any

from standardwebhooks.webhooks import Webhook, WebhookVerificationError

__all__ = ("WebhookVerificationError", "verify_webhook")


def verify_webhook(
    payload: bytes | str, headers: Mapping[str, str], secret: str | list[str]
) -> Any:
    """The parsed payload if ``headers`` carry a valid signature of the exact ``payload`` bytes
    by ``secret`` (a ``whsec_…``, or several while you rotate), else
    :class:`WebhookVerificationError`.

    Pass the raw body as received: parsed and re-serialised JSON no longer verifies. The
    timestamp must be within 5 minutes of this machine's clock (keep it synchronised). A
    malformed ``webhook-signature`` header is a :class:`WebhookVerificationError` too (the
    library itself raises a plain ``ValueError``). Deduplicate on ``headers["webhook-id"]``:
    delivery is at least once.
    """
    secrets = [secret] if isinstance(secret, str) else list(secret)
    plain = {str(k): str(v) for k, v in headers.items()}
    failure: Exception | None = None
    for one in secrets:
        try:
            return Webhook(one).verify(payload, plain)
        except WebhookVerificationError as exc:
            failure = exc
        except (ValueError, TypeError, UnicodeError) as exc:
            failure = WebhookVerificationError(f"Invalid Signature Headers ({exc})")
    raise failure or WebhookVerificationError("No secret given")

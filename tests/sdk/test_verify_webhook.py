"""The SDK's receiver helper: what the server signs verifies; anything else is refused cleanly."""

from datetime import UTC, datetime, timedelta

import pytest
from watchfloor.webhooks import signing
from watchfloor_sdk.lib import WebhookVerificationError, verify_webhook

OLD = "whsec_" + "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
NEW = "whsec_" + "C2FVsBQIhrscChlQIMV+b5sSYspob7oD"


def _signed(at: datetime, secrets: list[str]) -> tuple[bytes, dict[str, str]]:
    body = signing.body("actor.created", at, '{"id": "act_1"}', "cur", "live", False)
    return body, signing.headers("msg_" + "0" * 32, body, secrets, at, "live", False)


def test_a_signed_delivery_verifies_with_either_secret_during_a_rotation() -> None:
    body, headers = _signed(datetime.now(UTC), [NEW, OLD])
    assert verify_webhook(body, headers, OLD)["data"] == {"id": "act_1"}
    assert verify_webhook(body, headers, NEW)["type"] == "actor.created"
    assert verify_webhook(body.decode(), headers, [OLD, NEW])["cursor"] == "cur"


@pytest.mark.parametrize(
    "spoil",
    [
        lambda b, h: (b.replace(b"act_1", b"act_2"), h),
        lambda b, h: (b, h | {"webhook-signature": "garbage-without-a-comma"}),
        lambda b, h: (b, {k: v for k, v in h.items() if k != "webhook-id"}),
    ],
)
def test_a_spoiled_delivery_is_a_verification_error(spoil: object) -> None:
    body, headers = _signed(datetime.now(UTC), [OLD])
    bad_body, bad_headers = spoil(body, headers)  # type: ignore[operator]
    with pytest.raises(WebhookVerificationError):
        verify_webhook(bad_body, bad_headers, OLD)


def test_a_stale_timestamp_and_a_foreign_secret_are_refused() -> None:
    body, headers = _signed(datetime.now(UTC) - timedelta(minutes=6), [OLD])
    with pytest.raises(WebhookVerificationError):
        verify_webhook(body, headers, OLD)
    body, headers = _signed(datetime.now(UTC), [OLD])
    with pytest.raises(WebhookVerificationError):
        verify_webhook(body, headers, NEW)


def test_an_aware_non_utc_instant_signs_its_true_unix_time() -> None:
    seoul = datetime.now(UTC).astimezone(__import__("zoneinfo").ZoneInfo("Asia/Seoul"))
    body, headers = _signed(seoul, [OLD])
    assert abs(int(headers["webhook-timestamp"]) - datetime.now(UTC).timestamp()) < 5
    assert verify_webhook(body, headers, OLD)

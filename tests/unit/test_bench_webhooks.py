"""The webhook bench's own parts (``bench/webhooks.py``): its receiver, run for a second on
loopback, and its accounting of an outage. No timing is asserted."""

import json
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

from watchfloor.webhooks import signing

from bench.webhooks import Receiver, account


def _post(url: str, payload: bytes, headers: dict[str, str]) -> int:
    request = urllib.request.Request(url, data=payload, method="POST", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return exc.code


def test_the_receiver_verifies_signatures_and_writes_down_each_delivery(tmp_path: Path) -> None:
    secret = "whsec_" + "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
    receiver = Receiver({0: secret}, tmp_path, "smoke").start()
    try:
        now = datetime.now(UTC)
        data = json.dumps({"id": "act_1", "name": "x"})
        payload = signing.body("actor.created", now, data, "c1", "live", False)
        headers = signing.headers("msg_1", payload, [secret], now, "live", False)
        assert _post(receiver.url(0), payload, headers) == 200
        other = "whsec_" + "A" * 32
        wrong = signing.headers("msg_2", payload, [other], now, "live", False)
        assert _post(receiver.url(0), payload, wrong) == 400
        assert _post(receiver.url(7), payload, headers) == 400  # no secret for hook 7
    finally:
        receiver.stop()
    records = receiver.records()
    assert [(r["n"], r["id"], r["ok"]) for r in records] == [
        ("0", "msg_1", True), ("0", "msg_2", False), ("7", "msg_1", False),
    ]  # fmt: skip
    assert records[0]["type"] == "actor.created" and records[0]["obj"] == "act_1"
    assert records[0]["cursor"] == "c1"


def test_an_outage_is_counted_received_duplicated_lost_and_out_of_order() -> None:
    owed = [("a1", 0, 1), ("a2", 0, 2), ("a3", 0, 3), ("b1", 1, 4), ("b2", 1, 5)]
    records = [
        {"n": 0, "id": "a1", "t": 1.0, "ok": True},
        {"n": 0, "id": "a1", "t": 2.0, "ok": True},  # at least once: sent again
        {"n": 0, "id": "a3", "t": 3.0, "ok": True},
        {"n": 0, "id": "a2", "t": 4.0, "ok": True},  # after a3: out of order
        {"n": 1, "id": "b1", "t": 1.5, "ok": True},
        {"n": 1, "id": "b2", "t": 1.6, "ok": False},  # a bad signature is not a receipt
        {"n": 1, "id": "zz", "t": 1.7, "ok": True},  # not owed: ignored
    ]
    assert account(records, owed) == {
        "owed": 5,
        "received": 4,
        "duplicates": 1,
        "lost": 1,
        "out_of_order": 1,
        "bad_signatures": 1,
    }

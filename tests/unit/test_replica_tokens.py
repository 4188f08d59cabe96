"""Consistency tokens and replica settings: what the server parses and the SDK compares."""

import httpx
import pytest
from watchfloor.persistence.replicas import format_lsn, parse_lsn
from watchfloor.settings import Settings
from watchfloor_sdk._core._base_client import ConsistencyToken


@pytest.mark.parametrize(
    ("text", "value"),
    [("0/0", 0), ("0/16B3748", 0x16B3748), ("16/B374D848", (0x16 << 32) | 0xB374D848)],
)
def test_an_lsn_reads_and_writes_back(text: str, value: int) -> None:
    assert parse_lsn(text) == value
    assert format_lsn(value) == text


@pytest.mark.parametrize("text", ["", "0", "0/", "/1", "x/1", "1/2/3", "123456789/0", "-1/0"])
def test_what_is_not_an_lsn_is_refused(text: str) -> None:
    assert parse_lsn(text) is None


def test_lsns_compare_by_both_halves_not_as_text() -> None:
    assert parse_lsn("1/0") > parse_lsn("0/FFFFFFFF")  # type: ignore[operator]


def test_the_sdk_keeps_the_latest_token_and_never_steps_back() -> None:
    token = ConsistencyToken()
    for header in ["0/10", "1/0", "0/FFFFFFFF", "not a token"]:
        token.remember(httpx.Response(201, headers={"Watchfloor-Consistency": header}))
    token.remember(httpx.Response(200))
    assert token.value == "1/0"


def test_replica_settings_come_from_the_environment() -> None:
    settings = Settings.from_env(
        {
            "WATCHFLOOR_REPLICA_URLS": " postgresql://a/x , ,postgresql://b/x",
            "WATCHFLOOR_REPLICA_MAX_LAG_BYTES": "1024",
            "WATCHFLOOR_REPLICA_MAX_LAG_SECONDS": "2.5",
            "WATCHFLOOR_REPLICA_CHECK_INTERVAL": "0.5",
        }
    )
    assert settings.replica_urls == ("postgresql://a/x", "postgresql://b/x")
    assert settings.replica_max_lag_bytes == 1024
    assert settings.replica_max_lag_seconds == 2.5
    assert settings.replica_check_interval == 0.5
    assert Settings.from_env({}).replica_urls == ()

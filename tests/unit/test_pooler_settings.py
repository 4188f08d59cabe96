"""``WATCHFLOOR_POOLER`` and ``WATCHFLOOR_DIRECT_DATABASE_URL``: what the server connects with."""

import pytest
from watchfloor.persistence.db import pooler_options
from watchfloor.settings import Settings

POOLER = "postgresql://wf@pgbouncer:6432/watchfloor"
DIRECT = "postgresql://wf@db:5432/watchfloor"


def test_behind_pgbouncer_the_direct_url_is_kept_apart() -> None:
    settings = Settings.from_env(
        {
            "DATABASE_URL": POOLER,
            "WATCHFLOOR_POOLER": "PgBouncer",
            "WATCHFLOOR_DIRECT_DATABASE_URL": DIRECT,
        }
    )
    assert settings.pooled and settings.pooler == "pgbouncer"
    assert settings.direct_url(POOLER) == DIRECT


def test_without_a_pooler_everything_uses_database_url() -> None:
    settings = Settings.from_env({"DATABASE_URL": DIRECT, "WATCHFLOOR_POOLER": ""})
    assert not settings.pooled
    assert settings.direct_url(DIRECT) == DIRECT


def test_an_unknown_pooler_is_refused() -> None:
    with pytest.raises(ValueError, match="pgbouncer"):
        Settings.from_env({"WATCHFLOOR_POOLER": "pgpool"})


def test_pooled_connections_cache_no_statement_and_send_no_timeout() -> None:
    pooled = pooler_options(True, "watchfloor", 30)
    assert pooled == {
        "server_settings": {"application_name": "watchfloor"},
        "statement_cache_size": 0,
    }
    direct = pooler_options(False, "watchfloor", 30)
    assert direct == {
        "server_settings": {"application_name": "watchfloor", "statement_timeout": "30000"}
    }

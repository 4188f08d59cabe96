"""Settings, read from the environment once and passed explicitly from then on."""

import os
from pathlib import Path

import msgspec

__all__ = ("Settings", "default_migrations_dir")

_PROJECT_ROOT = Path(__file__).resolve().parents[2]


def default_migrations_dir() -> Path:
    """The migrations folder: ``WATCHFLOOR_MIGRATIONS_DIR``, else the checkout's ``migrations/``."""
    configured = os.environ.get("WATCHFLOOR_MIGRATIONS_DIR")
    return Path(configured) if configured else _PROJECT_ROOT / "migrations"


class Settings(msgspec.Struct, frozen=True, kw_only=True):
    """Runtime configuration of one Watchfloor process."""

    database_url: str | None = None
    """PostgreSQL DSN. ``None`` means: start the embedded PostgreSQL under ``data_dir``."""

    direct_database_url: str | None = None
    """PostgreSQL DSN that bypasses a connection pooler (``WATCHFLOOR_DIRECT_DATABASE_URL``;
    ``None``: ``database_url``). Used for what needs a session of its own: the key cache's
    ``LISTEN``, migrations (a session advisory lock) and the command line's one-off commands
    (docs/operations.md, "Behind PgBouncer")."""

    pooler: str | None = None
    """``pgbouncer`` when ``database_url`` goes through PgBouncer in transaction mode
    (``WATCHFLOOR_POOLER``): no named prepared statements, no session state, and the statement
    timeout left to the pooler's ``connect_query`` or the role. ``None``: a direct connection."""

    host: str = "127.0.0.1"
    """Interface the HTTP server binds to (``WATCHFLOOR_HOST``)."""

    port: int = 8000
    """TCP port of the HTTP server (``WATCHFLOOR_PORT``)."""

    data_dir: Path = _PROJECT_ROOT / ".watchfloor"
    """Where the embedded PostgreSQL keeps its data (``WATCHFLOOR_DATA_DIR``)."""

    migrations_dir: Path = msgspec.field(default_factory=default_migrations_dir)
    """Numbered plain-SQL migrations applied by ``watchfloor db upgrade``."""

    pool_min_size: int = 0
    """Connections opened at start. 0 lets the service start while the database is down
    (``/readyz`` then answers 503) and connect once it is back."""

    pool_max_size: int = 10
    """Upper bound on connections per worker process (``WATCHFLOOR_POOL_MAX``)."""

    pool_wait: float = 5.0
    """Seconds a request waits for a free connection before it is answered 503 with
    ``Retry-After`` (``WATCHFLOOR_POOL_WAIT``)."""

    stream_pool_size: int = 3
    """Of ``pool_max_size``, the connections imports and exports may hold at once; the rest
    always stay for other requests (``WATCHFLOOR_STREAM_POOL``)."""

    streams_per_key: int = 2
    """Imports and exports one API key (or one address without a key) may run at once in one
    worker; one more is 429 (``WATCHFLOOR_STREAMS_PER_KEY``)."""

    statement_timeout: float = 30.0
    """Seconds PostgreSQL lets one statement run before it cancels it (503); 0: no limit
    (``WATCHFLOOR_STATEMENT_TIMEOUT``)."""

    body_timeout: float = 30.0
    """Seconds a request body may take to arrive whole (JSON bodies, read before a connection
    is taken), and the longest pause between two pieces of a streamed import; then 408
    (``WATCHFLOOR_BODY_TIMEOUT``)."""

    send_timeout: float = 30.0
    """Seconds the server waits for a client that stopped reading the response before it drops
    the connection (``WATCHFLOOR_SEND_TIMEOUT``)."""

    max_body_bytes: int = 1_048_576
    """Largest request body accepted; larger ones get 413 (``WATCHFLOOR_MAX_BODY_BYTES``)."""

    import_max_body_bytes: int = 1_073_741_824
    """Largest NDJSON body ``POST /v1/import`` reads, streamed (``WATCHFLOOR_IMPORT_MAX_BODY_BYTES``)."""

    cursor_secret: bytes | None = None
    """Key that signs pagination cursors, so a forged cursor is refused (``WATCHFLOOR_CURSOR_SECRET``).
    ``None``: a random key the service makes once and keeps in the database (``server_secrets``),
    the same for every worker and replica and across restarts."""

    log_level: str = "INFO"
    """Level of the JSON request log (``WATCHFLOOR_LOG_LEVEL``)."""

    anonymous_reads: bool = False
    """Let callers without an API key read ``live`` (``WATCHFLOOR_ANONYMOUS_READS``); off by default."""

    anonymous_rate_limit: int = 60
    """Requests per minute per client address without a key (``WATCHFLOOR_ANONYMOUS_RATE_LIMIT``)."""

    change_retention_days: int = 30
    """Days the change feed keeps its entries (``WATCHFLOOR_CHANGE_RETENTION_DAYS``)."""

    worker_in_process: bool = False
    """Run the worker's handlers inside ``watchfloor serve`` (``WATCHFLOOR_WORKER_IN_PROCESS``;
    ``make run`` turns it on). Production runs ``watchfloor worker`` as a process of its own."""

    webhook_allow: tuple[str, ...] = ()
    """Webhook targets allowed although private, loopback, link-local, multicast or reserved:
    CIDRs (``127.0.0.1/32``, ``10.0.0.0/8``) or host names, comma-separated
    (``WATCHFLOOR_WEBHOOK_ALLOW``). Empty: only public addresses (docs/prepare.md)."""

    webhook_timeout: float = 10.0
    """Seconds one webhook attempt may take, connect to last byte (``WATCHFLOOR_WEBHOOK_TIMEOUT``)."""

    webhook_retry_base: float = 5.0
    """Seconds before the first retry; the schedule is this times 1, 60, 360, 1440, 3600, 7200,
    10080, 14400, 17280, with ±20 % jitter (``WATCHFLOOR_WEBHOOK_RETRY_BASE``)."""

    webhook_retry_window: float = 259_200.0
    """Seconds after its first attempt a delivery is retried at most (3 days); then its
    subscription is disabled (``WATCHFLOOR_WEBHOOK_RETRY_WINDOW``)."""

    webhook_lease: float = 60.0
    """Seconds a claimed delivery stays claimed; a worker killed mid-delivery leaves it
    claimable again after this (``WATCHFLOOR_WEBHOOK_LEASE``); at least 1.5 times the timeout."""

    webhook_concurrency: int = 16
    """Deliveries one worker sends at once, each to another subscription
    (``WATCHFLOOR_WEBHOOK_CONCURRENCY``)."""

    webhook_secret_grace: float = 86_400.0
    """Seconds the previous secret keeps signing after a rotation (24 h)
    (``WATCHFLOOR_WEBHOOK_SECRET_GRACE``)."""

    replica_urls: tuple[str, ...] = ()
    """PostgreSQL DSNs of streaming read replicas, comma-separated (``WATCHFLOOR_REPLICA_URLS``).
    Reads on ``/v1`` go to a healthy one, writes and the change feed to ``database_url``
    (``docs/operations.md``, "Read replicas"). Empty: every request is served by the primary."""

    replica_max_lag_bytes: int = 16 * 1024 * 1024
    """WAL bytes a replica may trail the primary by before it is taken out of service
    (``WATCHFLOOR_REPLICA_MAX_LAG_BYTES``); it is put back once it is within the limit."""

    replica_max_lag_seconds: float = 30.0
    """Seconds a replica may trail the primary (age of the last transaction it replayed while
    WAL is still waiting to be replayed) before it is taken out (``WATCHFLOOR_REPLICA_MAX_LAG_SECONDS``)."""

    replica_check_interval: float = 1.0
    """Seconds between two checks of every replica's replay position
    (``WATCHFLOOR_REPLICA_CHECK_INTERVAL``)."""

    @property
    def pooled(self) -> bool:
        """``database_url`` goes through a pooler in transaction mode."""
        return self.pooler is not None

    def direct_url(self, dsn: str) -> str:
        """The DSN that bypasses the pooler, given the one in use (``dsn``, e.g. embedded)."""
        return self.direct_database_url or dsn

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> "Settings":
        """Build settings from environment variables, falling back to the defaults above."""
        source = os.environ if env is None else env
        defaults = cls()
        secret = source.get("WATCHFLOOR_CURSOR_SECRET")
        return cls(
            database_url=source.get("DATABASE_URL") or None,
            direct_database_url=source.get("WATCHFLOOR_DIRECT_DATABASE_URL") or None,
            pooler=_pooler(source.get("WATCHFLOOR_POOLER")),
            host=source.get("WATCHFLOOR_HOST", defaults.host),
            port=int(source.get("WATCHFLOOR_PORT", defaults.port)),
            data_dir=Path(source.get("WATCHFLOOR_DATA_DIR", str(defaults.data_dir))),
            migrations_dir=Path(
                source.get("WATCHFLOOR_MIGRATIONS_DIR", str(defaults.migrations_dir))
            ),
            pool_max_size=int(source.get("WATCHFLOOR_POOL_MAX", defaults.pool_max_size)),
            pool_wait=float(source.get("WATCHFLOOR_POOL_WAIT", defaults.pool_wait)),
            stream_pool_size=int(source.get("WATCHFLOOR_STREAM_POOL", defaults.stream_pool_size)),
            streams_per_key=int(source.get("WATCHFLOOR_STREAMS_PER_KEY", defaults.streams_per_key)),
            statement_timeout=float(
                source.get("WATCHFLOOR_STATEMENT_TIMEOUT", defaults.statement_timeout)
            ),
            body_timeout=float(source.get("WATCHFLOOR_BODY_TIMEOUT", defaults.body_timeout)),
            send_timeout=float(source.get("WATCHFLOOR_SEND_TIMEOUT", defaults.send_timeout)),
            max_body_bytes=int(source.get("WATCHFLOOR_MAX_BODY_BYTES", defaults.max_body_bytes)),
            import_max_body_bytes=int(
                source.get("WATCHFLOOR_IMPORT_MAX_BODY_BYTES", defaults.import_max_body_bytes)
            ),
            cursor_secret=secret.encode() if secret else None,
            log_level=source.get("WATCHFLOOR_LOG_LEVEL", defaults.log_level),
            anonymous_reads=_flag(source.get("WATCHFLOOR_ANONYMOUS_READS")),
            anonymous_rate_limit=int(
                source.get("WATCHFLOOR_ANONYMOUS_RATE_LIMIT", defaults.anonymous_rate_limit)
            ),
            change_retention_days=int(
                source.get("WATCHFLOOR_CHANGE_RETENTION_DAYS", defaults.change_retention_days)
            ),
            worker_in_process=_flag(source.get("WATCHFLOOR_WORKER_IN_PROCESS")),
            webhook_allow=tuple(
                part.strip()
                for part in source.get("WATCHFLOOR_WEBHOOK_ALLOW", "").split(",")
                if part.strip()
            ),
            webhook_timeout=float(
                source.get("WATCHFLOOR_WEBHOOK_TIMEOUT", defaults.webhook_timeout)
            ),
            webhook_retry_base=float(
                source.get("WATCHFLOOR_WEBHOOK_RETRY_BASE", defaults.webhook_retry_base)
            ),
            webhook_retry_window=float(
                source.get("WATCHFLOOR_WEBHOOK_RETRY_WINDOW", defaults.webhook_retry_window)
            ),
            webhook_lease=float(source.get("WATCHFLOOR_WEBHOOK_LEASE", defaults.webhook_lease)),
            webhook_concurrency=int(
                source.get("WATCHFLOOR_WEBHOOK_CONCURRENCY", defaults.webhook_concurrency)
            ),
            webhook_secret_grace=float(
                source.get("WATCHFLOOR_WEBHOOK_SECRET_GRACE", defaults.webhook_secret_grace)
            ),
            replica_urls=tuple(
                part.strip()
                for part in source.get("WATCHFLOOR_REPLICA_URLS", "").split(",")
                if part.strip()
            ),
            replica_max_lag_bytes=int(
                source.get("WATCHFLOOR_REPLICA_MAX_LAG_BYTES", defaults.replica_max_lag_bytes)
            ),
            replica_max_lag_seconds=float(
                source.get("WATCHFLOOR_REPLICA_MAX_LAG_SECONDS", defaults.replica_max_lag_seconds)
            ),
            replica_check_interval=float(
                source.get("WATCHFLOOR_REPLICA_CHECK_INTERVAL", defaults.replica_check_interval)
            ),
        )


POOLERS = ("pgbouncer",)
"""The connection poolers Watchfloor knows how to work behind (``WATCHFLOOR_POOLER``)."""


def _pooler(value: str | None) -> str | None:
    """``pgbouncer`` (any case), or ``None`` when unset or empty; anything else is refused."""
    name = (value or "").strip().lower()
    if not name or name == "none":
        return None
    if name not in POOLERS:
        raise ValueError(f"WATCHFLOOR_POOLER={value!r}: known poolers are {', '.join(POOLERS)}")
    return name


def _flag(value: str | None) -> bool:
    """``1``/``true``/``yes``/``on`` (any case) is on; anything else, or unset, is off."""
    return value is not None and value.strip().lower() in {"1", "true", "yes", "on"}

"""Runnable examples, installed with the SDK (``python -m watchfloor_sdk.examples.<name> --help``).

* ``mirror_sqlite`` — mirror resources into a SQLite file, once or following;
* ``mirror_postgres`` — the same into your own PostgreSQL (``watchfloor-sdk[postgres]``);
* ``scheduled_sync`` — keep a mirror current on a schedule with the asyncio client: jittered
  interval, failures logged and retried at the next tick, a clean stop on SIGTERM/SIGINT.

Each takes ``WATCHFLOOR_BASE_URL`` and ``WATCHFLOOR_API_KEY`` from the environment.
"""

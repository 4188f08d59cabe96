"""Watchfloor's benchmark harness: every scenario measured as a ratio against a reference.

``python -m bench`` (``make bench``, ``make bench-quick``) generates a data set, loads it, runs
each scenario in interleaved rounds beside its references (pgbench on the same SQL, raw
``COPY``, a bare ASGI app) and writes ``bench/RESULTS.md`` and ``bench/results.json``.
"""

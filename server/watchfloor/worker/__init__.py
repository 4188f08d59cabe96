"""The worker: handlers that react to data by following the change feed.

Everything that reacts to a change (computed indicators, rules, alerts, deliveries …) is a
:class:`~watchfloor.worker.runner.Handler`. ``watchfloor worker`` runs them as a process of its
own; ``watchfloor serve`` runs them in-process when ``WATCHFLOOR_WORKER=inprocess`` (what
``make run`` does). See ``docs/worker.md``.

    positions.py  each handler's position in the feed (SQL)
    runner.py     the loop: a page of changes, the handler, the new position — one transaction
"""

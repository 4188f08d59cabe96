"""Signed webhooks on a durable PostgreSQL queue (docs/prepare.md).

targets.py     the operator's allow-list: which addresses a webhook may reach
signing.py     Standard Webhooks headers, signed with the `standardwebhooks` library
repository.py  the queue's SQL: enqueue, claim (FOR UPDATE SKIP LOCKED, a lease), finish
enqueue.py     the worker handler that turns feed entries into deliveries; replay; ping
deliverer.py   the loop that sends deliveries, outside any transaction, with backoff
"""

"""The import pipeline: rows of the NDJSON import format (``docs/import-format.md``) upserted by
``(resource, dataset, external_id)`` over the resource registry, with a per-line report.

    rows.py        ImportRow, the unit every reader yields; NDJSON lines → rows
    references.py  ``@external_id`` references, resolved within the dataset
    upsert.py      one row → created / updated / unchanged, or a rejection
    prefetch.py    what a batch names, looked up before its rows run
    pending.py     a batch's new records, written with one binary COPY per table
    batch.py       one batch: optimistic, redone a savepoint per row if the database refuses it
    service.py     batches, the report (``import_rows``, ``import_ndjson``)
    streamkey.py   ``Idempotency-Key`` for a streamed body
    controller.py  ``POST /v1/import``

The readers of public data-set formats that feed it are :mod:`watchfloor.formats`.
"""

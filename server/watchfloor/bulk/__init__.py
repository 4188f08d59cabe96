"""Bulk import: rows of the NDJSON import format (``docs/import-format.md``) upserted by
``(resource, dataset, external_id)`` over the resource registry, with a per-line report.

    rows.py        ImportRow, the unit every reader yields; NDJSON lines → rows
    references.py  ``@external_id`` references, resolved within the dataset
    upsert.py      one row → created / updated / unchanged, or a rejection
    service.py     batches, savepoints, the report (``import_rows``, ``import_ndjson``)
    streamkey.py   ``Idempotency-Key`` for a streamed body
    controller.py  ``POST /v1/import``
"""

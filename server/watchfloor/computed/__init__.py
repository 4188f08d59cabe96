"""Computed indicators: figures the system writes from an indicator's ``definition``.

    periods.py     calendar periods of a frequency (UTC): start, end, label
    repository.py  SQL: one GROUP BY per indicator over the events or statements list's filters,
                   latest figures
    service.py     the rules: a definition's checks, and a recomputation that writes new vintages
    handler.py     the worker handler that follows event, statement and indicator changes

See ``docs/warning.md``.
"""

"""The hand-written runtime core: transport, retries, errors, pages and raw responses.

Nothing here is generated. The generated code (``_client.py``, ``resources/``, ``types.py``) is
thin: every method builds :class:`~watchfloor_sdk._core._request.RequestOptions` and hands them
to the client classes of :mod:`._base_client`, which do the rest.
"""

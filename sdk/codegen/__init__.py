"""The SDK generator and the spec's breaking-change check (``make sdk``, ``make test``).

    python -m sdk.codegen generate              write watchfloor_sdk's generated modules
    python -m sdk.codegen check                 fail if they differ from a fresh generation
    python -m sdk.codegen breaking OLD NEW      fail on a breaking change of /v1 from OLD to NEW

Run from the repository root (the Makefile does).
"""

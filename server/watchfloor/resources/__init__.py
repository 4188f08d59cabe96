"""The ``/v1`` resources, one package each: schemas → controller → service → repository."""

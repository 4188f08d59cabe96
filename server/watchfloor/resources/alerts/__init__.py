"""Alerts: episodes of a warning rule holding, written by the worker, acknowledged by analysts."""

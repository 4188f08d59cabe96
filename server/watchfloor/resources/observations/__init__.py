"""Observations: one figure of an indicator for one period, as published on its vintage date."""

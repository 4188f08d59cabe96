"""Scenarios: futures with a likelihood in ICD 203 words, stated or taken from a forecast."""

"""Indicators: named time series with warning thresholds, and their observations by vintage."""

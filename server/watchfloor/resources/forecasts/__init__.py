"""Forecasts: a forecaster's probability or distribution for a question, never edited."""

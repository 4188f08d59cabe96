"""Forecasting: questions, forecasts, their resolution, scores and backtests."""

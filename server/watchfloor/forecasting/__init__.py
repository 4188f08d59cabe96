"""Forecasting: questions, forecasts, their resolution, scores, baseline models and backtests."""

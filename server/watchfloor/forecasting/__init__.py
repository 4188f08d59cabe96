"""Forecasting: questions resolved from the data, forecasts, scores and backtests."""

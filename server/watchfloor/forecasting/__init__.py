"""Forecasting: questions, forecasts, scores, baseline models and backtests."""

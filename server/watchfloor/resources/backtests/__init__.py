"""Backtests: a model run over a question template at rolling origins, stored."""

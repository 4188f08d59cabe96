"""Questions: what forecasters forecast, with resolution criteria a machine can check."""

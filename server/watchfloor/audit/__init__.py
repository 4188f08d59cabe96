"""The audit trail: who wrote what, when, from which request."""

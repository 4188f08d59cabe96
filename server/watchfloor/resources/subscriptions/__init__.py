"""Subscriptions: signed webhooks of changes and alerts (docs/prepare.md)."""

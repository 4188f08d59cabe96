"""The daily brief (docs/prepare.md)."""

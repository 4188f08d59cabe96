"""Contingency plans: branches with triggers, owners, deadlines and options; decisions."""

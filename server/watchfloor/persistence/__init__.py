"""Shared SQL: the pool, system-versioned tables, the rules every versioned record shares."""

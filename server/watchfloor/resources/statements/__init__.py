"""Sourced statements: who said what, where, to whom, and what it supports or contradicts."""

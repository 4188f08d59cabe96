"""Scenario sets: mutually exclusive futures whose likelihoods sum to one."""

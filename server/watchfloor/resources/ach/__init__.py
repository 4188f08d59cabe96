"""ACH matrices: competing hypotheses rated against items of evidence (Heuer)."""

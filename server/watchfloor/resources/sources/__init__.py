"""Sources: the documents facts are drawn from, each graded for reliability (A–F)."""

"""Partner sync: the change feed, its retention, and the bulk export."""

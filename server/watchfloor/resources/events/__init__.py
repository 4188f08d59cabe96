"""Events: who did what to whom, when and where, coded in PLOVER (and CAMEO where known)."""

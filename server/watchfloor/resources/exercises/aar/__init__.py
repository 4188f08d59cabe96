"""The after-action report of an exercise (HSEEP AAR/IP): ``docs/exercises.md``."""

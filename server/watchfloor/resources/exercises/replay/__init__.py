"""Replays of real crises: an exercise's MSEL generated from the source dataset's history."""

"""Exercises: the exercise and its clock, the MSEL, the players' actions."""

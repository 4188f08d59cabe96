"""Indications and warning: the rules that judge an indicator's series (``rules``)."""

from watchfloor.warning.rules import Outcome, Series, judge, judge_composite, rule_problems

__all__ = ("Outcome", "Series", "judge", "judge_composite", "rule_problems")

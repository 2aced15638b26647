"""Stage 7, grading: engine matches become graded findings, suppressions apply, and each source
gets a letter."""

from factcheck.grade.grading import grade_matches, rule_docs, summarise

__all__ = ["grade_matches", "rule_docs", "summarise"]

"""Names the CLI spells out for speed agree with their source of truth."""

from __future__ import annotations

from factcheck.cli.options import FORMAT_NAMES, GRADE_NAMES
from factcheck.model import Grade
from factcheck.report import FORMATTERS


def test_grade_choices_are_the_grade_enum() -> None:
    assert list(GRADE_NAMES) == [grade.value for grade in Grade]


def test_format_choices_are_the_formatter_table() -> None:
    assert list(FORMAT_NAMES) == list(FORMATTERS)

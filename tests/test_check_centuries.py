"""`check --source` on invented sentences: a century named by its ordinal ("the 19th century",
"a 14th-century castle") is a date, borne out by a source naming that century or a year in it
(session 12). Each pair is one summary sentence against one report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence

from factcheck.link.support import SourceIndex, century_named

PIER = "The pier at Saltburn, which opened in 1869, reopened on Friday after a £2m repair.\n"
ABBEY = "Monks built the abbey in the 12th century; its tower fell in a storm in 1703.\n"
MILL = "The mill was built in 1900 and closed in 1975.\n"
FOUNDRY = "The foundry, which employed 1,350 people, shut last year.\n"


@pytest.mark.parametrize(
    ("report", "summary", "code"),
    [
        # a year in the century bears out its ordinal, in digits or in words, hyphened or not
        (PIER, "The 19th-century pier has reopened after repairs.", 0),
        (PIER, "The pier, built in the 19th century, has reopened.", 0),
        (PIER, "The pier, built in the nineteenth century, has reopened.", 0),
        (PIER, "The 18th-century pier has reopened after repairs.", 1),
        (PIER, "The pier, built in the 20th century, has reopened.", 1),
        # the source names the century itself; another figure of the sentence is still looked up
        (ABBEY, "The 12th-century abbey lost its tower in 1703.", 0),
        (ABBEY, "The 13th-century abbey lost its tower in 1703.", 1),
        (ABBEY, "The 12th-century abbey lost its tower in 1730.", 1),
        # a year ending in 00 is counted in either century, as people count it either way
        (MILL, "The mill dates from the 19th century.", 0),
        (MILL, "The mill dates from the 20th century.", 0),
        (MILL, "The mill dates from the 18th century.", 1),
        # a grouped figure is no year: 1,350 people are no 14th century
        (FOUNDRY, "The 14th-century foundry shut last year.", 1),
    ],
)
def test_a_century_named_by_its_ordinal(
    cli: Callable[..., Result], tmp_path: Path, report: str, summary: str, code: int
) -> None:
    got, findings = check_sentence(cli, tmp_path, {"a.txt": report}, "", summary)
    assert got == code, findings


def test_century_named_reads_the_ordinal_before_century_only() -> None:
    text = "a 19th-century pier, the twelfth century, the 3rd round, 19 centuries, the 21st  century"
    assert century_named(text, text.index("19th")) == 19
    assert century_named(text, text.index("twelfth")) == 12
    assert century_named(text, text.index("3rd")) is None  # a round, not a century
    assert century_named(text, text.index("19 c")) is None  # a count of centuries is no ordinal
    assert century_named(text, text.index("21st")) == 21


def test_source_century_evidence_points_at_the_year() -> None:
    index = SourceIndex({"a": "It opened in 1869 with 1,400 seats."})
    found = index.century(19)
    assert found is not None
    assert index.texts["a"][found.span[0] : found.span[1]] == "1869"
    assert index.century(14) is None  # "1,400" is a grouped figure, not a year

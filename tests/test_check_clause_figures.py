"""`check --source` on a figure whose noun the summary words otherwise than the report ("$412,500
of stock" for "shares worth $412,500"), while the report gives the summary's noun to another
figure nearby (link/clauses.py, session 19): the clause stating the report's figure must hold the
summary's verb and the person who acted, and count no other kind of thing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence

from factcheck.link.clauses import same_clause

SALES = (
    "Filings show that on March 3, finance director Clara Brisk sold shares worth $412,500, "
    "and the group's chairman sold stock worth $96,000.\n"
)
TWO_SELLERS = "Clara Brisk sold shares worth $412,500 and Tom Hale sold stock worth $96,000, filings show.\n"
LISTED = "Directors Anna Brisk and Tom Hale sold shares worth $412,500 and $96,000 respectively on Monday.\n"
TITLES = (
    "On March 3 the chief financial officer sold stock worth $96,000 and the chief executive "
    "bought a house in Leeds.\n"
)
HEIST = '"Nine objects were targeted by the criminals and eight were stolen," the prosecutor said.\n'
GUARDS = "Nine objects were targeted and eight guards were on duty, the prosecutor said.\n"


@pytest.mark.parametrize(
    ("report", "summary", "code"),
    [
        # the clause names Brisk and "sold": stock for shares is the same sale
        (SALES, "Brisk, the finance director, sold $412,500 of stock.", 0),
        (SALES, "Clara Brisk sold $412,500 of stock in March.", 0),
        # the chairman's figure given to Brisk: its clause names another actor
        (SALES, "Brisk sold $96,000 of stock.", 1),
        # Brisk's figure given to the chairman
        (SALES, "The chairman sold $412,500 of stock.", 1),
        # the right actor and verb, another kind of thing sold
        (SALES, "Brisk sold $412,500 of bonds.", 1),
        # two people, two figures in one sentence, swapped
        (TWO_SELLERS, "Brisk sold $96,000 of stock.", 1),
        (TWO_SELLERS, "Hale sold $412,500 of stock.", 1),
        (TWO_SELLERS, "Hale sold $96,000 of shares.", 0),
        # two figures listed, given to two people by their order
        (LISTED, "Hale sold $412,500 of stock on Monday.", 1),
        (LISTED, "Brisk sold $96,000 of stock on Monday.", 1),
        # a count with no noun of its own, its verb and no other actor: the same theft
        (HEIST, "Thieves stole eight pieces of jewellery.", 0),
        # the report's eight counts guards, not what was stolen
        (GUARDS, "Thieves stole eight pieces of jewellery.", 1),
    ],
)
def test_a_figure_worded_otherwise_is_the_same_fact_only_by_its_clause(
    cli: Callable[..., Result], tmp_path: Path, report: str, summary: str, code: int
) -> None:
    got, findings = check_sentence(cli, tmp_path, {"a.txt": report}, "", summary)
    assert got == code, findings


def _at(text: str, figure: str) -> tuple[int, int]:
    start = text.index(figure)
    return start, start + len(figure)


def test_a_like_title_is_not_the_same_actor() -> None:
    # a figure right in value said of another holder of a like title ("chief"); `check` frames
    # both sums of money alike and reads that pair before this test (link/figures.py)
    summary = "The chief executive sold $96,000 of stock."
    mine, theirs = _at(summary, "$96,000"), _at(TITLES, "$96,000")
    assert not same_clause(summary, mine, "stock", TITLES, theirs)
    right = "The chief financial officer sold $96,000 of stock."
    assert same_clause(right, _at(right, "$96,000"), "stock", TITLES, theirs)


@pytest.mark.parametrize(
    ("report", "counted", "stated"),
    [
        ("Nine objects were targeted and eight were stolen.", "eight", True),
        ("Nine objects were targeted and eight items were stolen.", "eight", True),  # a generic noun
        ("Nine objects were targeted and eight guards were stolen away.", "eight", False),  # guards
        ("Nine objects were targeted and eight were recovered.", "eight", False),  # another verb
        ("Nine objects were targeted and eight were never stolen.", "eight", False),  # a negation
        # another theft: the clause dates its figure with a year the summary does not state
        ("Nine paintings were taken on Sunday, and eight were stolen from it in 2019.", "eight", False),
    ],
)
def test_the_clause_counts_what_the_summary_counts(report: str, counted: str, stated: bool) -> None:
    summary = "Thieves stole eight paintings."
    assert same_clause(summary, _at(summary, "eight"), "paintings", report, _at(report, counted)) is stated

"""`check --source` on invented sentences (session 14): a count of people right after a verb
that employs them is a count of staff, and a shop is a store. Each pair is one summary sentence
against one report; the errors beside each faithful restatement must still fail."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence

from factcheck.link.support import counts_employed, same_noun

PLANT = "The company, founded in 1995 by two brothers, employs 340 people at its factory in Wrexham.\n"
PEAK = "The firm, which employed about 1,200 people at its peak, now has 300 staff.\n"
OPEN_DAY = "About 340 people attended the open day at the factory in Wrexham, which makes car parts.\n"
BUILD = "Some 200 people were employed on the project, which took four years to complete.\n"
MINE = "The mine, which once employed 3,000 men, closed in 1986.\n"
RETAILER = "More than 2,000 jobs are at risk after the retailer went into administration, with 120 stores facing closure.\n"


@pytest.mark.parametrize(
    ("report", "summary", "code"),
    [
        # people a firm employs are its staff, its workers, its employees
        (PLANT, "The firm, which employs 340 staff, is based in Wrexham.", 0),
        (PLANT, "The Wrexham firm has 340 workers.", 0),
        (PLANT, "The Wrexham firm has 430 workers.", 1),
        (PEAK, "The firm once had 1,200 staff.", 0),
        (PEAK, "The firm once had 2,100 staff.", 1),
        # people who came to something are no workforce
        (OPEN_DAY, "The Wrexham factory, which makes car parts, employs 340 staff.", 1),
        (OPEN_DAY, "About 340 people went to the open day.", 0),
        (BUILD, "The project employed about 200 workers and took four years.", 0),
        (BUILD, "The project employed about 200 workers and took five years.", 1),
        (MINE, "The mine once had 3,000 workers.", 0),
        (MINE, "The mine once had 8,000 workers.", 1),
        # a retailer's shops are its stores
        (RETAILER, "The retailer's 120 shops could close.", 0),
        (RETAILER, "The retailer's 210 shops could close.", 1),
    ],
)
def test_workforce_and_shops_said_another_way(
    cli: Callable[..., Result], tmp_path: Path, report: str, summary: str, code: int
) -> None:
    got, findings = check_sentence(cli, tmp_path, {"a.txt": report}, "2015-07-02", summary)
    assert got == code, findings


def test_counts_employed_needs_the_verb_right_before_the_figure() -> None:
    text = "It employs about 340 people. Some 90 people attended."
    assert counts_employed("staff", text, (17, 20))
    assert counts_employed("workers", text, (17, 20))
    assert not counts_employed("staff", text, (34, 36))  # "some 90 people attended"
    assert not counts_employed("soldiers", text, (17, 20))  # another group
    assert not counts_employed("staff", "It employs 340 vans.", (11, 14))  # it counts no people
    assert counts_employed("staff", "Some 200 men were employed there.", (5, 8))  # the passive
    assert not counts_employed("staff", "Some 200 men were injured there.", (5, 8))
    assert not counts_employed("staff", "It will no longer employ 300 people.", (26, 29))  # denied


def test_shops_and_stores_count_the_same_things() -> None:
    assert same_noun("shops", "stores")
    assert not same_noun("shops", "jobs")


KILLED = "The factory, which employs 200 people, was hit by the blast on Monday.\n"


@pytest.mark.parametrize(
    "summary",
    [
        "200 workers were killed in the blast at the factory on Monday.",
        "The blast at the factory on Monday injured 200 staff.",
    ],
)
def test_a_workforce_is_not_a_toll(cli: Callable[..., Result], tmp_path: Path, summary: str) -> None:
    """A summary whose verb gives its count a role (killed, injured) is not borne out by the
    size of the workforce."""
    got, findings = check_sentence(cli, tmp_path, {"a.txt": KILLED}, "2015-07-02", summary)
    assert got == 1, findings

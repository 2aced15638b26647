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
    assert counts_employed("staff", text, (17, 20), "people")
    assert counts_employed("workers", text, (17, 20), "people")
    assert not counts_employed("staff", text, (34, 36), "people")  # "some 90 people attended"
    assert not counts_employed("soldiers", text, (17, 20), "people")  # another group
    assert not counts_employed("staff", text, (17, 20), "vans")  # it counts no people


def test_shops_and_stores_count_the_same_things() -> None:
    assert same_noun("shops", "stores")
    assert not same_noun("shops", "jobs")

"""Times (issue 12): a 24-hour clock whose zone stands in brackets ("lost contact at 1415 (GMT)",
"at 23.50 (BST)") is a time, not a count of 1,415 people. Sentences written for these tests; a
report of Friday 18 July 2014."""

from __future__ import annotations

import datetime as dt

from factcheck.extract import extract_text
from factcheck.model import DateClaim, DateInterval, Precision, QuantityClaim

FRIDAY = DateInterval(start=dt.date(2014, 7, 18), end=dt.date(2014, 7, 18), precision=Precision.DAY)


def kinds(text: str) -> dict[str, str]:
    return {c.claim.text: c.claim.kind for c in extract_text(text, published=FRIDAY)}


def test_a_clock_with_its_zone_in_brackets_is_a_time() -> None:
    found = [
        c.claim
        for c in extract_text(
            "Controllers lost contact with the flight at 1415 (GMT) on Thursday.", published=FRIDAY
        )
        if isinstance(c.claim, DateClaim)
    ]
    assert [d.text for d in found] == ["1415 (GMT) on Thursday"]
    assert found[0].event == "auto.event.lost-contact"
    assert found[0].time_start == "14:15"


def test_a_stopped_clock_with_its_zone_in_brackets_is_a_time() -> None:
    assert kinds("The fire began at 23.50 (BST) on Thursday.")["23.50 (BST) on Thursday"] == "date"


def test_a_bracketed_word_that_is_no_zone_leaves_a_count() -> None:
    found = [c.claim for c in extract_text("The ship had 1415 (people) aboard.", published=FRIDAY)]
    assert any(isinstance(c, QuantityClaim) and c.value == 1415 for c in found)

"""A date given only by its month, in another month of the report's year, is another occurrence
of its event (its own frame), as a date of another year is; a date with its day keeps the frame.
Sentences written for these tests; a report of Tuesday 23 April 2019."""

from __future__ import annotations

import datetime as dt

from factcheck.extract import extract_text
from factcheck.model import DateClaim, DateInterval, Precision

TUESDAY = DateInterval(start=dt.date(2019, 4, 23), end=dt.date(2019, 4, 23), precision=Precision.DAY)
APRIL = DateInterval(start=dt.date(2019, 4, 1), end=dt.date(2019, 4, 30), precision=Precision.MONTH)
TWO_MONTHS = DateInterval(start=dt.date(2019, 4, 25), end=dt.date(2019, 5, 3), precision=Precision.DAYS)


def event(text: str, written: str, published: DateInterval | None = TUESDAY) -> str:
    """The event frame of the one date written `written` in `text`."""
    found = [
        c.claim
        for c in extract_text(text, published=published)
        if isinstance(c.claim, DateClaim) and written in c.claim.text
    ]
    assert len(found) == 1, found
    return found[0].event


def test_a_past_month_is_another_occurrence() -> None:
    text = "Weeks earlier a gunman attacked two mosques in Christchurch in March."
    assert event(text, "in March") == "auto.event.attacked.y2019-03"


def test_last_month_and_a_part_of_a_month_are_too() -> None:
    assert (
        event("The plant exploded last month, officials said.", "last month")
        == "auto.event.exploded.y2019-03"
    )
    assert event("The plant exploded in early March.", "early March") == "auto.event.exploded.y2019-03"


def test_a_later_month_of_the_year_is_too() -> None:
    # (whichever year "September" resolves to, it is not the report's month)
    assert event("The plant exploded in September, officials said.", "September").startswith(
        "auto.event.exploded.y"
    )


def test_the_reports_own_month_keeps_the_frame() -> None:
    assert event("The ferry sank in April, a spokesman said.", "in April") == "auto.event.capsized"


def test_a_day_of_another_month_keeps_the_frame() -> None:
    # a report may tell its own event weeks later: a day is compared as before
    assert event("The ferry sank on March 30, a spokesman said.", "March 30") == "auto.event.capsized"


def test_another_year_keeps_its_year_mark() -> None:
    assert event("The plant exploded in March 2017.", "March 2017") == "auto.event.exploded.y2017"


def test_a_report_dated_only_by_its_month_marks_other_months() -> None:
    assert event("The plant exploded in March.", "in March", APRIL) == "auto.event.exploded.y2019-03"


def test_a_report_of_days_across_two_months_or_of_no_day_marks_nothing() -> None:
    # its own month is not known: late April to early May, or no publication date at all
    assert event("The plant exploded in April.", "in April", TWO_MONTHS) == "auto.event.exploded"
    assert event("The plant exploded in March 2019.", "March 2019", None) == "auto.event.exploded"


def test_another_months_attack_and_the_reports_attack_take_two_frames() -> None:
    attack = event("The attack came weeks after a gunman attacked mosques in March.", "in March")
    sunday = event("Bombers attacked churches on Sunday.", "Sunday")
    assert sunday == "auto.event.attacked"
    assert attack != sunday

"""A yearless date whose clause tells of what is to come ("will be held on October 14", "would be
held on Saturday, October 14") is not read as a day months gone (`extract/dates.py` `_nearest`);
a date after "no later than" is a bound, and one after "would be" a plan's day (frames.yaml
`date_words`): neither is an event's date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence

from factcheck.extract import extract_text
from factcheck.extract.frames import date_frame
from factcheck.model import DateClaim, DateInterval, Precision

D = dt.date
JAN_20_2023 = DateInterval(start=D(2023, 1, 20), end=D(2023, 1, 20), precision=Precision.DAY)


def _last(text: str) -> DateClaim:
    """The last date claim of `text` (the one the test is about)."""
    found = [c.claim for c in extract_text(text, published=JAN_20_2023) if isinstance(c.claim, DateClaim)]
    return max(found, key=lambda c: c.span or (0, 0))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Ardern announced that the general election would be held on Saturday, October 14.",
            D(2023, 10, 14),
        ),
        ("The general election will be held on October 14.", D(2023, 10, 14)),
        ("The bill is due on 3 November.", D(2023, 11, 3)),
        # the past tense keeps the nearest reading: last October, last December
        ("The general election was held on October 14.", D(2022, 10, 14)),
        ("She said on December 28 that she was tired.", D(2022, 12, 28)),
        # a plan told of a day just gone keeps that day (within a month)
        ("In December he said the rally would be held on January 15.", D(2023, 1, 15)),
    ],
)
def test_a_yearless_date_takes_its_year_from_the_tense(text: str, day: dt.date) -> None:
    assert _last(text).start == day


def test_a_wrong_weekday_of_a_date_to_come_still_fails(cli: Callable[..., Result], tmp_path: Path) -> None:
    """The election's real day (Saturday 14 October 2023) passes; a planted Friday fails."""
    report = (
        "---\ndate: 2023-01-19\n---\nArdern said the general election will be held on Saturday October 14.\n"
    )
    code, findings = check_sentence(
        cli,
        tmp_path,
        {"a.txt": report},
        "2023-01-20",
        "Ardern also announced that the general election would be held on Saturday, October 14.",
    )
    assert not [f for f in findings if f["rule_id"] == "FC202"], findings
    code, findings = check_sentence(
        cli,
        tmp_path,
        {"a.txt": report},
        "2023-01-20",
        "Ardern also announced that the general election would be held on Friday, October 14.",
    )
    assert code == 1, findings
    assert [f for f in findings if f["rule_id"] == "FC202"], findings


@pytest.mark.parametrize(
    "text",
    [
        "Ardern has announced she will step down as prime minister no later than February 7.",
        "Ardern announced that the general election would be held on October 14.",
    ],
)
def test_a_bound_or_a_reported_plan_dates_no_event(text: str) -> None:
    at = text.index("February 7") if "February 7" in text else text.index("October 14")
    frame, why = date_frame(text, (at, len(text) - 1), (0, len(text)))
    assert frame is None, why

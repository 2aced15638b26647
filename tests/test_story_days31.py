"""Session 31, found on a development story run once before it was tuned on (the 2021 Nippes
earthquake in Haiti, seven outlets): what a fresh review of it got wrong, each kept as the general
case it stands for.

- "11 years after a catastrophic earthquake hit the capital and killed between 200,000 and
  300,000 people": the count is the 2010 quake's, not this one's (was a critical FC101 against
  the 2021 toll).
- "More than 12,000 people were injured in last Saturday's earthquake" in a report of Sunday 22
  August 2021 was read as the 21st: "last Saturday" a day or two after one may mean the Saturday a
  week earlier, so it is read as either (was a major FC201 against "Saturday (Aug 14)").
- "A family eats breakfast on Sunday in front of homes destroyed by an earthquake the day
  before": Sunday is the breakfast's day; the quake's is the day before (same FC201).
- "Haiti earthquake death toll soars to over 700 | 15 Aug 2021 | The death toll ...": a date in
  a page's title bar is the page's own.

And one from the 144 development stories, checked with undated --source files (Baltimore, 2024):
- "Around 1:30 a.m. the ship hit the bridge" in a file with no date took the summary's date (two
  days later) or the day before as its day, and faulted the summary's "1:30 a.m. on Tuesday,
  March 26" by a day: such a clock has no day of its own, only its clock is weighed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from quantity_claims import claims_published, published_on
from registry_review import Review
from summary_check import check_sentence

from factcheck.extract import extract_text
from factcheck.model import DateClaim

claims = claims_published(published_on("2021-08-22"), source="wire")


def dates(text: str, day: str) -> dict[str, DateClaim]:
    """Each date's words -> its claim, in a report published on `day`."""
    return {
        c.claim.text: c.claim
        for c in extract_text(text, published=published_on(day), source="wire")
        if isinstance(c.claim, DateClaim)
    }


def findings(report: Any, rule: str) -> list[tuple[str, str]]:
    return [(f["grade"], f["outcome"]) for f in report["findings"] if f["rule_id"].startswith(rule)]


def test_a_toll_told_of_a_quake_years_before_is_another_event_s() -> None:
    found = claims(
        "A major earthquake rattled Haiti on Saturday, 11 years after a catastrophic earthquake hit "
        "the capital and killed somewhere between 200,000 and 300,000 people."
    )
    assert found["between 200,000 and 300,000 people"].subject == "auto.count.deaths.other"


def test_a_toll_after_a_span_with_no_clause_of_its_own_is_this_event_s() -> None:
    # "two years after the last one" has no verb: "killed" is the sentence's own quake's
    found = claims("The quake struck two years after the last one and killed 300 people.")
    assert found["300 people"].subject == "auto.count.deaths"


@pytest.mark.parametrize(
    ("words", "day", "start", "end"),
    [
        # a day after that Saturday: that one, or the one a week earlier
        ("last Saturday", "2021-08-22", "2021-08-14", "2021-08-21"),
        # "last Sunday" in a Sunday report is a week back, never the report's own day
        ("last Sunday", "2021-08-22", "2021-08-15", "2021-08-15"),
        # four days after: the one before the report, with no doubt
        ("last Wednesday", "2021-08-22", "2021-08-18", "2021-08-18"),
    ],
)
def test_last_weekday_is_before_the_report_and_may_be_a_week_back_when_it_was_just_now(
    words: str, day: str, start: str, end: str
) -> None:
    found = dates(f"More than 12,000 people were injured in the earthquake {words}.", day)
    claim = found[words]
    assert (claim.start, claim.end) == (dt.date.fromisoformat(start), dt.date.fromisoformat(end))


def test_last_saturday_s_quake_a_day_later_is_no_conflict_with_the_quake_a_week_earlier(
    review: Review,
) -> None:
    first = "A 7.2 magnitude earthquake struck Haiti on Saturday, killing at least 304 people."
    later = "More than 12,000 people were injured in last Saturday's earthquake, officials said."
    report = review({"a": ("2021-08-15", first), "b": ("2021-08-22", later)})
    assert findings(report, "FC201") == []


def test_a_bare_saturday_the_next_day_is_still_that_saturday() -> None:
    # no "last": a report of Sunday that says "on Saturday" means the day before
    found = dates("The earthquake struck on Saturday.", "2021-08-22")
    assert (found["on Saturday"].start, found["on Saturday"].end) == (dt.date(2021, 8, 21),) * 2


def test_the_day_of_a_sentence_is_not_the_day_of_an_event_dated_the_day_before(review: Review) -> None:
    first = "A 7.2 magnitude earthquake struck Haiti on Saturday, killing at least 304 people."
    caption = (
        "A family in Les Cayes eats breakfast on Sunday in front of homes destroyed by a "
        "7.2-magnitude earthquake the day before."
    )
    report = review({"a": ("2021-08-15", first), "b": ("2021-08-16", caption)})
    assert findings(report, "FC201") == []
    assert dates(caption, "2021-08-16")["on Sunday"].event == "unknown.event"
    # with no day of its own, the quake is the sentence's: Sunday is its day
    plain = "A family in Les Cayes saw homes destroyed by a 7.2-magnitude earthquake on Sunday."
    assert dates(plain, "2021-08-16")["on Sunday"].event == "auto.event.struck"


def test_a_date_in_a_page_s_title_bar_is_the_page_s_own() -> None:
    text = (
        "Haiti earthquake death toll soars to over 700 | 15 Aug 2021 | The death toll from "
        "Saturday's earthquake in Haiti has risen to at least 724."
    )
    assert dates(text, "2021-08-15")["15 Aug 2021"].event == "unknown.event"


def test_a_forecast_weekday_is_the_next_one() -> None:
    text = "Tropical storm Grace is predicted to reach Haiti late Monday or early Tuesday."
    found = dates(text, "2021-08-15")
    assert found["Monday"].start == dt.date(2021, 8, 16)


BRIDGE = {
    "fox.txt": "Around 1:30 a.m. the cargo ship Dali hit one of the supports of the Key Bridge in Baltimore.\n",
    "wire.txt": "The cargo ship Dali hit the Key Bridge in Baltimore at 1:28 a.m. on Tuesday, March 26, 2024.\n",
}


def test_an_undated_file_s_clock_with_no_day_does_not_fault_a_summary_written_days_later(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    sentence = (
        "The cargo ship Dali hit the Key Bridge in Baltimore at about 1:30 a.m. on Tuesday, March 26, 2024."
    )
    code, found = check_sentence(cli, tmp_path, BRIDGE, "2024-03-28", sentence)
    assert [f["rule_id"] for f in found if f["rule_id"] == "FC201"] == []
    assert code == 0


def test_an_undated_file_s_clock_still_faults_another_clock(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    sentence = "The cargo ship Dali hit the Key Bridge in Baltimore at 4:30 a.m. on Tuesday, March 26, 2024."
    code, found = check_sentence(cli, tmp_path, BRIDGE, "2024-03-28", sentence)
    assert [f["rule_id"] for f in found if f["grade"] == "major"] == ["FC201"]
    assert code == 1


# From a second new story (the 2024 Hualien earthquake, five texts, session 31): two false majors.


def test_a_magnitude_listed_among_aftershocks_is_an_aftershock_s() -> None:
    found = claims(
        "The quake was followed by strong aftershocks, including a 6.5-magnitude tremor. "
        "A 7.4 magnitude earthquake struck Taiwan on Wednesday."
    )
    assert found["6.5"].subject == "auto.measure.magnitude.secondary"
    assert found["7.4"].subject == "auto.measure.magnitude"


def test_a_picture_agency_s_caption_date_is_the_photo_s() -> None:
    caption = (
        "A man is transferred to a temporary facility after he was rescued from Taroko National Park, "
        "following a magnitude 7.4 earthquake, in Hualien, Taiwan, 04 April 2024."
    )
    assert dates(caption, "2024-04-04")["04 April 2024"].event == "unknown.event"
    # prose with a past main verb dates its event so
    prose = "A magnitude 7.4 earthquake struck Hualien, Taiwan, 03 April 2024."
    assert dates(prose, "2024-04-04")["03 April 2024"].event == "auto.event.struck"

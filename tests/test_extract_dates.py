"""Extraction of dates: absolute, partial, pairs, weekdays and relative expressions."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract import extract_text
from factcheck.model import DateClaim, DateInterval, Precision

D = dt.date


def published(start: dt.date, end: dt.date | None = None) -> DateInterval:
    """A publication date (or span of days)."""
    end = end or start
    return DateInterval(start=start, end=end, precision=Precision.DAY if start == end else Precision.DAYS)


MONDAY_27_JUNE_2022 = published(D(2022, 6, 27))


def dates(text: str, when: DateInterval | None = MONDAY_27_JUNE_2022) -> list[DateClaim]:
    """The date claims extracted from `text`."""
    return [c.claim for c in extract_text(text, published=when) if isinstance(c.claim, DateClaim)]


def only(text: str, when: DateInterval | None = MONDAY_27_JUNE_2022) -> DateClaim:
    """The one date in `text`."""
    found = dates(text, when)
    assert len(found) == 1, [c.text for c in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "words", "start", "end", "precision"),
    [
        ("on June 30 it starts", "June 30", D(2022, 6, 30), D(2022, 6, 30), Precision.DAY),
        ("reported on 26 June that", "26 June", D(2022, 6, 26), D(2022, 6, 26), Precision.DAY),
        ("Created: 2022-06-29", "2022-06-29", D(2022, 6, 29), D(2022, 6, 29), Precision.DAY),
        (
            "at 2022-06-29T03:20:58.718Z",
            "2022-06-29T03:20:58.718Z",
            D(2022, 6, 29),
            D(2022, 6, 29),
            Precision.TIME,
        ),
        ("in early February", "early February", D(2022, 2, 1), D(2022, 2, 10), Precision.MONTH_PART),
        ("In mid-June, however", "mid-June", D(2022, 6, 11), D(2022, 6, 20), Precision.MONTH_PART),
        ("met in March", "in March", D(2022, 3, 1), D(2022, 3, 31), Precision.MONTH),
        ("met in June 2021", "June 2021", D(2021, 6, 1), D(2021, 6, 30), Precision.MONTH),
        (
            "the forum on June 30 and July 1",
            "June 30 and July 1",
            D(2022, 6, 30),
            D(2022, 7, 1),
            Precision.DAYS,
        ),
        ("held on 22-24 August 2023", "22-24 August 2023", D(2023, 8, 22), D(2023, 8, 24), Precision.DAYS),
        (
            "Between February 2020 and February 2022 he",
            "February 2020 and February 2022",
            D(2020, 2, 1),
            D(2022, 2, 28),
            Precision.MONTH,
        ),
        ("a trip this fall", "this fall", D(2022, 9, 1), D(2022, 11, 30), Precision.SEASON),
    ],
)
def test_absolute_and_partial_dates(
    text: str, words: str, start: dt.date, end: dt.date, precision: Precision
) -> None:
    claim = only(text)
    assert claim.text == words
    assert (claim.start, claim.end, claim.precision) == (start, end, precision)


def test_a_yearless_date_takes_the_year_nearest_the_publication_date() -> None:
    august_2023 = published(D(2023, 8, 25))
    assert only("at the Belt and Road Forum in October", august_2023).start == D(2023, 10, 1)
    assert only("its warrant in March", august_2023).start == D(2023, 3, 1)


def test_a_weekday_written_with_the_date_is_kept() -> None:
    claim = only("Putin is leaving Russia on Tuesday (June 28) for the first time")
    assert claim.text == "Tuesday (June 28)"
    assert claim.weekday == "Tuesday"
    assert claim.start == D(2022, 6, 28)
    assert only("television reported on Sunday 26 June that").weekday == "Sunday"
    assert only("on Sunday, June 26, at the opening").weekday == "Sunday"


def test_sunday_resolves_against_the_publication_date() -> None:
    claim = only("State media reported on Sunday that Putin would travel.")
    assert claim.text == "on Sunday"
    assert (claim.start, claim.end, claim.precision, claim.relative) == (
        D(2022, 6, 26),
        D(2022, 6, 26),
        Precision.DAY,
        True,
    )


def test_a_weekday_in_the_future_tense_is_the_next_one() -> None:
    assert only("He will visit Minsk on Friday.").start == D(2022, 7, 1)
    assert only("He visited Minsk on Friday.").start == D(2022, 6, 24)


def test_relative_weeks_are_sunday_to_saturday() -> None:
    this_week = only("Putin will go to Central Asia this week.")
    assert (this_week.start, this_week.end, this_week.precision) == (
        D(2022, 6, 26),
        D(2022, 7, 2),
        Precision.WEEK,
    )
    last_week = only("the summit last week")
    assert (last_week.start, last_week.end) == (D(2022, 6, 19), D(2022, 6, 25))


def test_a_publication_span_widens_relative_dates() -> None:
    late_august = published(D(2023, 8, 21), D(2023, 8, 31))
    claim = only("Bloomberg reported Tuesday.", late_august)
    assert (claim.start, claim.end) == (D(2023, 8, 15), D(2023, 8, 29))
    assert claim.precision is Precision.DAYS


def test_relative_expressions() -> None:
    coming = only("In the coming months, we will transfer missiles.")
    assert coming.relative
    assert coming.start == D(2022, 6, 27)
    assert coming.precision is Precision.MONTH
    summer = only("a rebellion earlier this summer", published(D(2023, 8, 25)))
    assert (summer.start, summer.end, summer.precision) == (D(2023, 6, 1), D(2023, 8, 25), Precision.SEASON)
    end_of_year = only("could be deployed by end of year")
    assert (end_of_year.start, end_of_year.end) == (D(2022, 1, 1), D(2022, 12, 31))


def test_no_publication_date_gives_day_precision_only_where_the_text_states_it() -> None:
    text = "The summit opened on Sunday, June 26, 2022. Leaders met again on Tuesday and will meet this week."
    found = {c.text: c for c in dates(text, None)}
    assert found["Sunday, June 26, 2022"].precision is Precision.DAY
    assert found["Sunday, June 26, 2022"].start == D(2022, 6, 26)
    for words in ("on Tuesday", "this week"):
        assert found[words].precision is Precision.YEAR  # bounded only by the year the text states
        assert (found[words].start, found[words].end) == (D(2022, 1, 1), D(2022, 12, 31))
        assert found[words].relative


def test_no_publication_date_and_no_year_leaves_relative_and_yearless_dates_out() -> None:
    assert dates("He arrived on Sunday, June 26, and left this week.", None) == []


@pytest.mark.parametrize(
    "text",
    [
        "The hotline is open 24/7.",
        "It may rain. It May be so.",
        "Theresa May spoke.",
        "February 30 was no day.",
        "a range of 500 kilometers",
    ],
)
def test_what_is_not_a_date(text: str) -> None:
    assert dates(text) == []


def test_iso_date_glued_to_the_next_word() -> None:
    found = dates("Created: 2022-06-29Updated: 2022-06-29 05:15")
    assert [(c.text, c.precision) for c in found] == [
        ("2022-06-29", Precision.DAY),
        ("2022-06-29 05:15", Precision.TIME),
    ]


def test_today_in_a_quotation_is_the_speakers_day_the_publication_day_or_the_one_before() -> None:
    # a report of the morning after quotes an official speaking on the day of the blast
    quoted = only('"We have no clue what caused the blast today," said the company official.')
    assert (quoted.start, quoted.end, quoted.precision) == (D(2022, 6, 26), D(2022, 6, 27), Precision.DAYS)
    curly = only("“Nobody was hurt yesterday,” the mayor said.")
    assert (curly.start, curly.end) == (D(2022, 6, 25), D(2022, 6, 26))
    # the reporter's own 'today' is the publication day
    own = only('Rescuers resumed the search today, the official said "with hope".')
    assert (own.start, own.end, own.precision) == (D(2022, 6, 27), D(2022, 6, 27), Precision.DAY)

"""FC201 `minutes-apart`: two exact to-the-minute readings of one moment, 1-4 minutes apart, are
a minor finding; a text that gives the event several times never meets another report so close."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from factcheck.extract import extract_text
from factcheck.model import DateClaim, DateInterval, Precision, Tier
from factcheck.rules.checks.base import CheckInput
from factcheck.rules.checks.dates import date_conflict

TUESDAY = DateInterval(start=dt.date(2020, 8, 4), end=dt.date(2020, 8, 4), precision=Precision.DAY)


def _claim(time: str, **extra: Any) -> DateClaim:
    data = {"id": "c", "source": "s", "text": "t", "event": "e", "date": "2020-08-04", "precision": "time"}
    return DateClaim.model_validate({**data, "time": time, **extra})


def _outcome(a: DateClaim, b: DateClaim) -> str | None:
    params = {"tolerance_days": 0, "tolerance_minutes": 5, "close_minutes": 30}
    verdict = date_conflict(
        CheckInput(matched={"a": a, "b": b}, params=params, tiers={"a": Tier.NEWS, "b": Tier.NEWS})
    )
    return verdict.outcome if verdict is not None else None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("11:45", "11:46"),  # Qantas QF32's landing: 11.45am (Qantas) against 11.46am
        ("01:27", "01:29"),  # Baltimore's impact: 1:27 a.m. against 1:29 a.m.
        ("19:07", "19:06"),  # white smoke: 7:07 p.m. against 7:06 p.m.
        ("19:05", "19:07"),
        ("10:32", "10:35"),  # was `different-times`, major: tolerance halved, neither on the half hour
    ],
)
def test_two_exact_minute_readings_a_few_minutes_apart_are_minor(a: str, b: str) -> None:
    assert _outcome(_claim(a), _claim(b)) == "minutes-apart"


def test_minutes_apart_compares_in_utc_when_both_zones_are_known() -> None:
    local = _claim("19:06", zone="local time", utc_offset=60)
    gmt = _claim("18:08", zone="GMT", utc_offset=0, local_clock=False)
    assert _outcome(local, gmt) == "minutes-apart"
    assert _outcome(local, gmt.model_copy(update={"time_start": "18:06", "time_end": "18:06"})) is None


@pytest.mark.parametrize(
    ("a", "b", "why"),
    [
        (_claim("10:32"), _claim("10:30"), "10:32 rounds to 10:30, the half hour"),
        (_claim("11:00"), _claim("11:02"), "on the hour"),
        (_claim("07:40"), _claim("07:45"), "five minutes: rounding"),
        (_claim("11:46"), _claim("11:46"), "the same minute"),
        (_claim("01:27", time_end="01:27"), _claim("01:24", time_end="01:34"), "about 1:29: an interval"),
        (_claim("01:27"), _claim("01:27", time_end="01:42"), "shortly after 1:27"),
        (_claim("18:05", several_times=True), _claim("18:08"), "the first of two blasts"),
        (_claim("18:05"), _claim("18:08", several_times=True), "a timeline's line"),
    ],
)
def test_what_is_not_minutes_apart(a: DateClaim, b: DateClaim, why: str) -> None:
    assert _outcome(a, b) is None, why
    assert _outcome(b, a) is None, why


def test_a_half_hour_three_minutes_off_stays_close_times() -> None:
    # 1:30 is how a time read loosely is given: `close-times`, minor, as before minutes-apart
    assert _outcome(_claim("01:27"), _claim("01:30")) == "close-times"
    assert _outcome(_claim("01:30"), _claim("01:27")) == "close-times"


def test_a_first_of_two_blasts_minutes_from_another_reports_time_is_no_finding() -> None:
    # main graded this `different-times`, major: the first blast at 6.05pm against a report of
    # the second at 6.08pm (tolerance halved: 6.08 is off the five-minute marks)
    assert _outcome(_claim("18:05"), _claim("18:08")) == "minutes-apart"
    assert _outcome(_claim("18:05", several_times=True), _claim("18:08")) is None


def test_a_first_of_several_a_quarter_hour_away_still_meets() -> None:
    # only a time minutes away may be the other occurrence's: 7.45am against 7.54am stays major
    assert _outcome(_claim("07:45", several_times=True), _claim("07:54")) == "different-times"


def _times(text: str) -> list[DateClaim]:
    found = [c.claim for c in extract_text(text, published=TUESDAY) if isinstance(c.claim, DateClaim)]
    return [c for c in found if c.time_start is not None]


def test_a_text_giving_one_event_two_times_marks_each_as_one_of_several() -> None:
    first, second = _times(
        "The first explosion struck the port at 6.05pm on Tuesday and a second, larger blast struck "
        "at 6.08pm, killing 78 people."
    )
    assert (first.event, first.several_times) == ("auto.event.exploded", True)
    assert (second.event, second.several_times) == ("auto.event.exploded.n2", True)


def test_one_time_repeated_or_alone_is_not_several() -> None:
    (alone,) = _times("A huge explosion struck the port of Beirut at 6.08pm on Tuesday.")
    assert not alone.several_times
    again = _times("The blast struck at 6.08pm on Tuesday. Witnesses said the blast struck at 6.08pm.")
    assert [c.several_times for c in again] == [False, False]
    # two events, each with one time: neither is one of several
    flight = _times("The boat departed at 9:10 a.m. and lost contact with the harbour at 9:40 a.m.")
    assert [c.several_times for c in flight] == [False, False]


def test_times_opening_the_lines_of_a_timeline_are_one_of_several() -> None:
    timeline = _times(
        "Timeline of the blasts in Beirut on Tuesday (all times local):\n\n"
        "6.05pm - A fire at a warehouse explodes at the port.\n\n"
        "6.08pm - A second, far larger explosion hits the port.\n\n"
        "| 6.30pm | Ambulances arrive at the port |\n"
    )
    assert [(c.text, c.several_times) for c in timeline] == [
        ("6.05pm", True),
        ("6.08pm", True),
        ("6.30pm", True),
    ]
    # one line that opens with a time is no timeline; nor is a time inside a sentence
    (line,) = _times("Beirut on Tuesday\n\n6.08pm - A huge explosion hits the port of Beirut.\n")
    assert not line.several_times
    prose = _times("The explosion hit the port at 6.08pm - witnesses said - and a fire broke out at 6.30pm.")
    assert not any(c.several_times for c in prose)


def test_a_time_in_a_sentence_of_a_later_occurrence_is_one_of_several() -> None:
    (second,) = _times("A second train derailed near Kalyan at 7:09 p.m. on Tuesday, injuring 4 people.")
    assert second.several_times
    # "at first" is no later occurrence (Qantas QF32: "landed ... at 11.46am, but ... at first")
    (landed,) = _times(
        "The aircraft landed safely back in Singapore at 11.46am, but damage to the wiring meant "
        "engineers at first could not get near the damaged engine."
    )
    assert not landed.several_times


def test_the_gap_reads_as_words() -> None:
    params = {"tolerance_days": 0, "tolerance_minutes": 5, "close_minutes": 30}
    tiers = {"a": Tier.NEWS, "b": Tier.NEWS}
    one = date_conflict(
        CheckInput(matched={"a": _claim("11:45"), "b": _claim("11:46")}, params=params, tiers=tiers)
    )
    two = date_conflict(
        CheckInput(matched={"a": _claim("01:27"), "b": _claim("01:29")}, params=params, tiers=tiers)
    )
    assert one is not None
    assert one.details["gap"] == "1 minute"
    assert two is not None
    assert two.details["gap"] == "2 minutes"


_HEATHROW = "LONDON - The plane landed safely at Heathrow at 10:32 a.m. on Tuesday, the {} said."


def _check(cli: Any, review: Any, tmp_path: Any, summary: str) -> Any:
    review(
        {"a": ("2026-11-24", _HEATHROW.format("airline")), "b": ("2026-11-24", _HEATHROW.format("airport"))}
    )
    (tmp_path / "summary.md").write_text(summary, encoding="utf-8")
    return cli("check", str(tmp_path / "summary.md"))


def test_check_contradicts_a_summary_minute_no_source_gives(cli: Any, review: Any, tmp_path: Any) -> None:
    # both sources say 10:32; the summary's 10:35 copies no report: contradicted, major, as
    # before minutes-apart (which is info in check only for a minute some source gives)
    result = _check(cli, review, tmp_path, "The plane landed safely at Heathrow at 10:35 a.m. on Tuesday.")
    assert result.exit_code == 1, result.output
    assert "MAJOR (1)" in result.output
    assert "contradicted date “10:35 a.m. on Tuesday”" in result.output


def test_check_passes_a_summary_minute_one_source_gives(cli: Any, review: Any, tmp_path: Any) -> None:
    review(
        {
            "a": ("2026-11-24", _HEATHROW.format("airline")),
            "b": ("2026-11-24", _HEATHROW.format("airport").replace("10:32", "10:34")),
        }
    )
    (tmp_path / "summary.md").write_text(
        "The plane landed safely at Heathrow at 10:34 a.m. on Tuesday.", encoding="utf-8"
    )
    result = cli("check", str(tmp_path / "summary.md"))
    assert result.exit_code == 0, result.output
    assert "0 contradicted" in result.output


def test_an_ordinal_in_the_times_clause_marks_one_of_several() -> None:
    # review18 c4: three evacuation flights, the first at 11:42 and the last at 11:44
    (first,) = _times(
        "The first evacuation flight landed at Changi at 11:42 a.m. on Tuesday, carrying 240 people."
    )
    (last,) = _times("The last evacuation flight landed at Changi at 11:44 a.m. on Tuesday, officials said.")
    (final,) = _times("The final flight landed at Changi at 11:44 a.m. on Tuesday.")
    (plain,) = _times(
        "An evacuation flight landed at Changi at 11:46 a.m. on Tuesday with 180 people on board."
    )
    assert (first.several_times, last.several_times, final.several_times) == (True, True, True)
    assert not plain.several_times
    # an ordinal in another clause tells of no occurrence of the landing
    (delayed,) = _times("The plane, delayed for the last two hours, landed at 11:46 a.m. on Tuesday.")
    assert not delayed.several_times


def test_a_later_occurrence_word_counts_only_in_the_times_clause() -> None:
    (airline,) = _times("The plane landed safely at Changi at 11.46am on Tuesday, another airline said.")
    assert not airline.several_times
    (ship,) = _times(
        "The ship struck the bridge at 1:29 a.m. on Tuesday, the second disaster at the port this year."
    )
    assert not ship.several_times


def _fc201(found: Any) -> list[tuple[str, str]]:
    return [(f["outcome"], f["grade"]) for f in found["findings"] if f["rule_id"] == "FC201"]


@pytest.mark.parametrize(
    "texts",
    [
        # review18 c1: two derailments of one frame in two outlets, different places and trains
        [
            "MUMBAI - A local train derailed near Thane at 7:07 p.m. on Tuesday, injuring 12 people.",
            "MUMBAI - A goods train derailed near Kalyan at 7:09 p.m. on Tuesday, officials said.",
        ],
        # two kinds of train, no place
        [
            "MUMBAI - A local train derailed at 7:07 p.m. on Tuesday, injuring 12 people.",
            "MUMBAI - A goods train derailed at 7:09 p.m. on Tuesday, officials said.",
        ],
        # two vehicles at one place: the shared name is a place, not the subject
        [
            "MUMBAI - A bus crashed near Thane at 7:07 p.m. on Tuesday, injuring 12 people.",
            "MUMBAI - A train crashed near Thane at 7:09 p.m. on Tuesday, officials said.",
        ],
        # review18 c4: the first flight at 11:42, the last at 11:44, one at 11:46
        [
            "SINGAPORE - The first evacuation flight landed at Changi at 11:42 a.m. on Tuesday.",
            "SINGAPORE - An evacuation flight landed at Changi at 11:46 a.m. on Tuesday.",
            "SINGAPORE - The last evacuation flight landed at Changi at 11:44 a.m. on Tuesday.",
        ],
    ],
)
def test_two_occurrences_are_not_minutes_apart(review: Any, texts: list[str]) -> None:
    found = review({name: ("2026-11-24", text) for name, text in zip("abc", texts, strict=False)})
    assert _fc201(found) == []


def test_one_landing_told_in_two_words_is_minutes_apart(review: Any) -> None:
    # as Qantas QF32's: one subject, a place in one report only
    found = review(
        {
            "a": ("2010-11-04", "The aircraft landed safely at 11.45am local time on Thursday, Qantas said."),
            "b": ("2010-11-04", "The aircraft landed safely back in Singapore at 11.46am on Thursday."),
        }
    )
    assert _fc201(found) == [("minutes-apart", "minor")]


def test_timeline_lines_with_a_colon_or_a_bullet_are_one_of_several() -> None:
    colon = _times(
        "Timeline (local time):\n\n7:07 p.m.: A gunman opens fire at the mall.\n\n7:12 p.m.: Police arrive at the mall.\n"
    )
    bullets = _times(
        "Timeline:\n\n- 7:07 p.m. A gunman opens fire at the mall.\n- 7:12 p.m. Police arrive at the mall.\n"
    )
    assert [c.several_times for c in colon] == [True, True]
    assert [c.several_times for c in bullets] == [True, True]
    # one such line is no timeline; times inside sentences on two lines are none either
    (alone,) = _times("Shooting at the mall\n\n7:07 p.m.: A gunman opens fire at the mall.\n")
    assert not alone.several_times
    prose = _times("A gunman opened fire at the mall at 7:07 p.m. on Tuesday.\nPolice arrived at 7:12 p.m.\n")
    assert not any(c.several_times for c in prose)

"""What a duration measures (issue 12): a duration anchored "after"/"before" an event, in a clause
that tells of another event just before it, gets an automatic span frame from its own words, so
two sources' figures for one span meet and FC205 compares them after unit conversion. Invented
texts only."""

from __future__ import annotations

from factcheck.extract import extract_text
from factcheck.model import DurationClaim, Tier
from factcheck.rules.checks.base import CheckInput, Verdict
from factcheck.rules.checks.dates import duration_apart


def spans(text: str) -> list[tuple[str, float | None, str]]:
    """(subject, value in days, why) of each duration extraction finds in `text`."""
    found = []
    for candidate in extract_text(text):
        claim = candidate.claim
        if isinstance(claim, DurationClaim):
            value = None if claim.value is None else round(claim.interval_days()[0], 5)
            found.append((claim.subject, value, candidate.frame_why or ""))
    return found


def test_half_an_hour_after_setting_sail_is_thirty_minutes_framed_by_both_ends() -> None:
    ((subject, _, why),) = spans("The ferry Marla Grace capsized about half an hour after setting sail.")
    assert subject == "auto.span.capsized.after-departed"
    assert "span from 'capsized' after 'setting sail'" in why
    (claim,) = [c.claim for c in extract_text("It capsized half an hour after leaving port.")]
    assert isinstance(claim, DurationClaim)
    assert round(claim.interval_days()[0] * 1440) == 30


def test_two_wordings_of_one_span_meet() -> None:
    a = spans("The Marla Grace tipped over some 10 minutes after leaving port.")
    b = spans("The ferry capsized about half an hour after departing Port Ellen.")
    assert a[0][0] == b[0][0] == "auto.span.capsized.after-departed"


def test_no_frame_without_an_event_before_it_or_with_a_report_verb() -> None:
    assert spans("About two hours after the crash, officials arrived.")[0][0] == "unknown.quantity"
    assert spans("Officials said on Friday, two days after the ferry capsized, that 40 were missing.")[0][
        0
    ] == ("unknown.quantity")


def test_no_frame_for_an_anchor_naming_another_years_event() -> None:
    assert spans("The tower collapsed three years after a 2012 quake.")[0][0] == "unknown.quantity"


def _verdict(a: DurationClaim, b: DurationClaim) -> Verdict | None:
    data = CheckInput(
        matched={"a": a, "b": b},
        params={"rel_tol": 0.1, "exact_rel_tol": 0.0},
        tiers={"a": Tier.NEWS, "b": Tier.NEWS},
    )
    return duration_apart(data)


def _duration(text: str, **fields: object) -> DurationClaim:
    base = {
        "id": "s.x",
        "source": "s",
        "text": text,
        "subject": "auto.span.capsized.after-departed",
        "from_event": "a",
        "to_event": "b",
        "unit": "days",
    }
    return DurationClaim.model_validate({**base, **fields})


def test_durations_apart_after_conversion_and_vague_ones_never() -> None:
    ten = _duration("some 10 minutes", value=10 / 1440, approx="some")
    half = _duration("about half an hour", value=30 / 1440, approx="about")
    thirty = _duration("30 minutes", value=30 / 1440)
    vague = _duration("hours after", low=0, high=1)
    verdict = _verdict(ten, half)
    assert verdict is not None
    assert verdict.details == {"a_value": "10 minutes", "b_value": "30 minutes"}
    assert _verdict(half, thirty) is None
    assert _verdict(vague, ten) is None


def test_the_length_of_an_event_is_framed_by_it_and_within_is_left_alone() -> None:
    assert spans("The search lasted three days, officials said.")[0][0] == "auto.span.searched.for"
    assert spans("Rescue operations continued for three days.")[0][0] == "auto.span.searched.for"
    ((subject, _, why),) = spans("Rescuers waited for 11 hours before the hull was lifted.")
    assert (subject, why) == ("auto.span.waited.for", "span: how long 'waited' took")
    assert spans("Rescuers waited 11 hours.")[0][0] == "auto.span.waited.for"
    assert spans("The boat sank within 10 minutes.")[0][0] == "unknown.quantity"
    assert spans("The boat capsized 10 minutes after the alarm.")[0][0] == "unknown.quantity"
    # an explosion is an event of its own: the span from it to the capsizing
    assert spans("The boat capsized 10 minutes after the blast.")[0][0] == "auto.span.capsized.after-exploded"
    assert spans("Velk has ruled Ruritania for 30 years.")[0][0] == "unknown.quantity"


def test_the_time_since_the_last_event_as_strong_is_a_record_span_apart_as_minor() -> None:
    assert spans("It was the strongest earthquake to hit the province in 14 years.")[0][0] == (
        "auto.span.since-stronger"
    )
    negated = spans("This magnitude has not happened for the past 12, or 13 years, he said.")
    assert [(s, round(v or 0)) for s, v, _ in negated] == [("auto.span.since-stronger", 4748)]
    assert spans("It was the deadliest crash in 20 years.")[0][0] == "auto.span.since-deadlier"
    a = _duration("14 years", value=14, unit="years", subject="auto.span.since-stronger")
    b = _duration("13 years", value=13, unit="years", subject="auto.span.since-stronger")
    verdict = _verdict(a, b)
    assert verdict is not None
    assert verdict.outcome == "record-apart"

"""Session 25 (#12, "any new story, out of the box": discrepancies `review` missed in kinds of news
the older stories lacked: a strike, a drug approval). Short texts written for these tests (not
story text).

- workers on strike are one count (`auto.count.strikers`: "walked off the job", "on strike",
  "walkout"), however the walkout is worded, and a participle that opens a role's cue ("1,300
  workers walked off the job") no longer frames the count by its own words;
- the union's whole membership a part walks out of ("13,000 of the UAW's 145,000 members", "a
  small share of the union's 146,000 members") is the whole, never the strikers;
- a line of a breakdown set off by dashes after a total ("12,700 workers – 5,800 at Acme, ...
  –") is a part of it, and a cue right after "a possible" ("for a possible walkout") is a
  prospect, not what befell the count;
- a place that opens a list ("in Missouri, Michigan and Ohio") scopes no count to one place;
- a dotted abbreviation before the counted noun ("13,000 U.S. auto workers") is not the noun;
- plants are things, not people ("at three plants");
- an approval is an event ("approved the vaccine on Wednesday", "On Tuesday, regulators granted
  emergency authorization"), so two reports' days of it meet.
"""

from __future__ import annotations

from typing import Any

import pytest
from quantity_claims import claims_published, published_on
from registry_review import Review

from factcheck.extract import extract_text
from factcheck.model import DateClaim

DAY = "2023-09-15"
claims = claims_published(published_on(DAY))


def events(text: str) -> dict[str, str]:
    """Each date's words -> its event frame."""
    return {
        c.claim.text: str(c.claim.event)
        for c in extract_text(text, published=published_on(DAY))
        if isinstance(c.claim, DateClaim)
    }


def findings(review: Any, rule: str) -> list[Any]:
    return [f for f in review["findings"] if f["rule_id"] == rule]


def sides(finding: Any) -> set[str]:
    return {str(s["text"]) for s in finding["sides"]}


# --- strikers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Only about 1,300 workers walked off the job Friday.", "about 1,300 workers"),
        ("About 12,700 workers were walking off the job Friday, the union said.", "About 12,700 workers"),
        ("About 12,700 workers will be on strike at the plants, the union said.", "About 12,700 workers"),
        ("Some 4,000 nurses went on strike on Monday.", "Some 4,000 nurses"),
    ],
)
def test_workers_on_strike_are_one_count(text: str, words: str) -> None:
    assert claims(text)[words].subject == "auto.count.strikers"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("In all, about 13,000 of the UAW's 145,000 members walked off the job.", "145,000 members"),
        ("A small share of the union's 146,000 members walked off the job.", "146,000 members"),
        (
            "Leaders have been readying the more than 4,000 workers here for a possible walkout.",
            "more than 4,000 workers",
        ),
        (
            "About 12,700 workers – 5,800 at Acme, 3,600 at Beta and 3,300 at Gamma – will be on strike.",
            "3,300",
        ),
    ],
)
def test_the_membership_a_breakdown_and_a_prospect_are_no_strikers(text: str, words: str) -> None:
    assert not claims(text)[words].subject.startswith("auto.count.strikers")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("About 9,000 workers voted to go on strike at the plants, the union said.", "About 9,000 workers"),
        ("Another 5,000 workers could walk off the job next week if talks fail.", "5,000 workers"),
        ("About 5,000 workers are preparing to go on strike next week.", "About 5,000 workers"),
    ],
)
def test_a_vote_a_threat_or_a_plan_to_strike_counts_no_strikers(text: str, words: str) -> None:
    # session 25 review: "voted to go on strike" and "could walk off the job" met the day's
    # strikers as one count (9,000 against 2,500: major; 5,000 against 1,300: critical)
    assert not claims(text)[words].subject.startswith("auto.count.strikers")


def test_a_vote_to_strike_does_not_meet_the_strikers(review: Review) -> None:
    result = review(
        {
            "one": (
                DAY,
                "About 1,300 workers walked off the job on Friday. Another 5,000 could walk off the job next week.",
            ),
            "two": (DAY, "Some 1,300 workers went on strike on Friday, the union said."),
            "three": (DAY, "About 9,000 workers voted to go on strike at the company's plants."),
        }
    )
    assert not [f for f in result["findings"] if f["rule_id"] in ("FC101", "FC102")], result["findings"]


@pytest.mark.parametrize(
    "text",
    [
        "911 services affected in Alaska, Arizona, Indiana, Minnesota, New Hampshire, and Ohio.",
        "Emergency 911 systems hit by the outage switched to backup systems.",
        "Some 999 call centres in Britain lost their phone lines.",
    ],
)
def test_an_emergency_number_counts_nothing(text: str) -> None:
    # session 25 review: with the listed places no longer scoping it, "911 services" met "8.5
    # million Windows devices" as a count of the affected (CrowdStrike story, a critical FC101)
    assert not [c for c in extract_text(text, published=published_on(DAY)) if c.claim.kind == "quantity"]


def test_an_emergency_number_does_not_meet_the_devices_affected(review: Review) -> None:
    result = review(
        {
            "one": (
                "2024-07-19",
                "The outage, which affected 8.5 million Windows devices, grounded flights.",
            ),
            "two": (
                "2024-07-19",
                "Emergency Services: 911 services affected in Alaska, Arizona, Indiana, Minnesota, and Ohio.",
            ),
        }
    )
    assert not [f for f in result["findings"] if f["grade"] != "info"], result["findings"]


def test_plants_are_things_and_a_listed_place_scopes_no_count() -> None:
    found = claims(
        "Only about 1,300 workers walked off the job Friday at three plants in Ohio, Iowa and Utah."
    )
    assert found["three plants"].subject == "auto.count.plants"
    assert found["about 1,300 workers"].subject == "auto.count.strikers"
    assert not any(q.startswith("in-") for q in found["about 1,300 workers"].qualifiers)


def test_a_listed_region_of_a_wider_event_keeps_its_first_place(review: Review) -> None:
    # session 25 review: only a list after the counted places ("at three plants in ...") is every
    # place of the count; "cancelled in Texas, Florida and Georgia" is a region of a worldwide
    # total and, unscoped, met it (1,400 against 3,000 flights: major)
    found = claims("About 1,400 flights were cancelled in Texas, Florida and Georgia on Friday.")
    assert "in-texas" in found["About 1,400 flights"].qualifiers
    result = review(
        {
            "one": ("2024-07-19", "About 3,000 flights were cancelled on Friday, according to FlightAware."),
            "two": (
                "2024-07-19",
                "About 1,400 flights were cancelled in Texas, Florida and Georgia on Friday.",
            ),
        }
    )
    assert not [f for f in result["findings"] if f["grade"] != "info"], result["findings"]


def test_a_dotted_abbreviation_is_not_the_counted_noun() -> None:
    found = claims("About 13,000 U.S. auto workers stopped building cars on Friday.")
    assert found["About 13,000 U.S. auto workers"].unit == "workers"


def test_a_dropped_zero_in_a_strikers_count_is_critical(review: Review) -> None:
    result = review(
        {
            "one": (DAY, "About 12,700 workers were walking off the job Friday, the union said."),
            "two": (DAY, "About 13,000 workers went on strike on Friday at three car plants."),
            "three": (DAY, "Only about 1,300 workers walked off the job Friday at three plants."),
        }
    )
    [found] = findings(result, "FC101")
    assert found["grade"] == "critical"
    assert "about 1,300 workers" in sides(found)


# --- approvals --------------------------------------------------------------------------------


def test_an_approval_is_an_event() -> None:
    found = events(
        "On Tuesday, regulators granted emergency authorization to the vaccine.\n\n"
        "Britain approved the vaccine on Wednesday, ahead of the rest of the world.\n\n"
        "He was not authorized to discuss the talks on Monday."
    )
    assert found["On Tuesday"] == "auto.event.approved"
    assert found["on Wednesday"] == "auto.event.approved"
    assert found["on Monday"] != "auto.event.approved"


def test_two_days_of_one_approval_differ(review: Review) -> None:
    result = review(
        {
            "one": (
                "2020-12-02",
                "On Tuesday, UK regulators granted emergency authorization to the vaccine.",
            ),
            "two": ("2020-12-02", "Britain approved the vaccine on Wednesday, a world first."),
            "three": ("2020-12-02", "The UK on Wednesday became the first country to approve the vaccine."),
        }
    )
    dated = [f for f in result["findings"] if f["rule_id"].startswith("FC20") and f["grade"] != "info"]
    assert dated, result["findings"]
    assert any("On Tuesday" in sides(f) for f in dated)


# --- a post's words ---------------------------------------------------------------------------


def test_a_tweet_is_its_posters_words_and_two_wordings_differ(review: Review) -> None:
    result = review(
        {
            "one": (
                "2020-12-02",
                '"Help is on the way," Health Secretary Mark Tolland announced on Wednesday.',
            ),
            "two": (
                "2020-12-02",
                '"Help is on its way," Health Secretary Mark Tolland tweeted on Wednesday.',
            ),
            "three": ("2020-12-02", 'Mark Tolland tweeted: "Help is on its way. The vaccine is approved."'),
        }
    )
    [found] = findings(result, "FC301")
    assert found["grade"] == "minor"
    assert '"Help is on the way,"' in sides(found)


def test_a_posted_video_is_still_not_the_posters_words() -> None:
    text = 'Bishnu Thapa tweeted a video of crowds chanting "we lost everything" outside the court.'
    [quote] = [c.claim for c in extract_text(text, published=published_on(DAY)) if c.claim.kind == "quote"]
    assert quote.speaker is None

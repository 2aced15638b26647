"""Issue 12 (session 29): a count that is the subject of a verb acting on another count ("two
earthquakes killed approximately 9,000 people", "three gunmen killed 20") took the verb's role:
the quakes were a death toll of 2, and review called the other report's toll of 9,000 a critical
contradiction of it. Such a count now counts what did it and takes no role (frames.yaml
`acting_verbs`); the count after the verb keeps it, and a passive or a verb with no count after
it leaves the role to the count before it. Texts are invented."""

from __future__ import annotations

import pytest
from registry_review import Review

from factcheck.extract.pipeline import extract_text
from factcheck.model import QuantityClaim

DAY = "2031-09-05"


def frames_of(text: str) -> dict[str, str]:
    """Each extracted quantity's text -> its frame."""
    claims = [c.claim for c in extract_text(text, corpus={})]
    return {c.text: c.subject for c in claims if isinstance(c, QuantityClaim)}


@pytest.mark.parametrize(
    ("text", "actor", "toll", "frame"),
    [
        (
            "In 2015, two earthquakes killed approximately 9,000 people.",
            "two earthquakes",
            "approximately 9,000 people",
            "auto.count.deaths",
        ),
        (
            "Two bombs injured an estimated 45 people on Monday.",
            "Two bombs",
            "an estimated 45 people",
            "auto.count.injured",
        ),
        (
            "Two powerful storms destroyed hundreds of homes.",
            "Two powerful storms",
            "hundreds of homes",
            "auto.count.homes-destroyed",
        ),
    ],
)
def test_a_count_acting_on_another_takes_no_role(text: str, actor: str, toll: str, frame: str) -> None:
    found = frames_of(text)
    assert found[actor] == "unknown.quantity"
    assert found[toll] == frame


@pytest.mark.parametrize(
    ("text", "count", "frame"),
    [
        ("At least 40 people were killed and 100 injured.", "At least 40 people", "auto.count.deaths"),
        ("12 miners killed in the blast were buried on Sunday.", "12 miners", "auto.count.deaths"),
        ("At least 40 killed, 100 hurt.", "At least 40", "auto.count.deaths"),
        ("Three people killed 2 days ago were named.", "Three people", "auto.count.deaths"),
    ],
)
def test_a_count_the_verb_befell_keeps_its_role(text: str, count: str, frame: str) -> None:
    assert frames_of(text)[count] == frame


def test_two_reports_of_one_toll_never_meet_the_count_of_what_caused_it(review: Review) -> None:
    report = review(
        {
            "wire": (DAY, "In 2015, two earthquakes killed approximately 9,000 people in the country."),
            "paper": (DAY, "The 2015 earthquake killed approximately 9,000 people."),
        }
    )
    assert [f for f in report["findings"] if f["grade"] != "info"] == []


def test_a_real_difference_between_the_tolls_is_still_one(review: Review) -> None:
    report = review(
        {
            "wire": (DAY, "In 2015, two earthquakes killed approximately 9,000 people in the country."),
            "paper": (DAY, "The 2015 earthquake killed approximately 900 people."),
        }
    )
    assert any(f["rule_id"] == "FC101" for f in report["findings"])

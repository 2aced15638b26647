"""Frames (issue 12): a count right after a comma and followed by "of them" / "of whom" ("killed 30
people, 12 of them children") is a part of the set the sentence named before it, and takes what
befell that set; a count joined by "and" to such a part ("including 72 women and 33 men") is a part
of the same count, of its own kind. Short sentences written for these tests (not seed or story
text); the cases marked new failed before their fix, the others guard what must not change."""

from __future__ import annotations

import pytest
from quantity_claims import claims_published, published_on

claims = claims_published(published_on("2024-03-07"))

CASES = [
    # (sentence, the claim's text, its frame) -- new: "of them" / "of whom" after a fate
    ("The flood killed 30 people, 12 of them children.", "12", "auto.count.deaths.part-child"),
    ("The hospital received 14 injured, 11 of whom were children.", "11", "auto.count.injured.part-child"),
    # the nearest fate before the count decides
    ("The blast killed 40 and injured 95 people, 30 of them women.", "30", "auto.count.injured.part-woman"),
    # a part said before "and" another count keeps its kind
    (
        "The stampede killed 121 people, at least 108 of them women and seven children.",
        "at least 108",
        "auto.count.deaths.part-woman",
    ),
    # new: joined by "and" to a part
    (
        "The stampede killed 121 people, at least 108 of them women and seven children.",
        "seven children",
        "auto.count.deaths.part-child",
    ),
    (
        "The earthquake has killed 157 people, including 72 women and 33 men.",
        "33 men",
        "auto.count.deaths.part-man",
    ),
    (
        "The death toll has reached 157, of whom 99 are women and 58 are men.",
        "99",
        "auto.count.deaths.part-woman",
    ),
    (
        "The death toll has reached 157, of whom 99 are women and 58 are men.",
        "58",
        "auto.count.deaths.part-man",
    ),
    # guards: "of whom" with no kind is the toll; "men" alone is everyone; another verb keeps its role
    ("The bus carried 50 people, of whom 12 died.", "12", "auto.count.deaths"),
    ("The collapse trapped 40 men inside the tunnel.", "40 men", "auto.count.trapped"),
    ("The quake killed 30 people, including 12 children and 40 were injured.", "40", "auto.count.injured"),
]


@pytest.mark.parametrize(("sentence", "text", "frame"), CASES)
def test_a_part_after_of_them_or_joined_to_a_part_gets_its_frame(
    sentence: str, text: str, frame: str
) -> None:
    assert claims(sentence)[text].subject == frame


def test_two_kinds_of_part_never_meet_and_a_part_never_meets_the_toll() -> None:
    women = claims("The stampede killed 121 people, 108 of them women.")["108"]
    children = claims("The stampede killed 121 people, 108 of them children.")["108"]
    toll = claims("The stampede killed 108 people.")["108 people"]
    assert len({women.subject, children.subject, toll.subject}) == 3


def test_men_alone_carry_no_breakdown() -> None:
    assert claims("The collapse trapped 40 men inside the tunnel.")["40 men"].qualifiers == []


def test_without_a_fate_before_it_or_mid_clause_no_toll_part_is_made() -> None:
    # no cue of what befell anyone: "of them" alone says nothing about a toll
    pupils = claims("The school has 300 pupils, 120 of them girls.")["120"]
    assert not pupils.subject.startswith(("auto.count.deaths", "auto.count.injured"))
    # the count does not open its own clause: its own words decide, as before
    reached = claims("Rescuers reached 12 of them by noon after the quake killed 30.")["12"]
    assert ".part-" not in reached.subject
    saved = claims("The flood killed 20 people, including 5 children, and rescuers saved 14 women.")[
        "14 women"
    ]
    assert saved.subject.startswith("auto.count.rescued")

"""Frames (issue 12): a breakdown of a total by nationality, age group or category is a part of the
count, and everyone aboard is not the passengers. Short sentences written for these tests (not
seed or story text); each failed before its fix."""

from __future__ import annotations

from quantity_claims import claims_published, published_on

from factcheck.extract import extract_text
from factcheck.extract.frames import breakdown_part
from factcheck.model import QuantityClaim
from factcheck.rules.checks.quantities import _comparable

DAY = published_on("2024-03-07")


claims = claims_published(DAY)


def test_a_nationality_breakdown_is_a_part_of_the_passengers() -> None:
    found = claims(
        "The airliner carried 40 passengers and three crew members. "
        "The passengers included 31 Peruvians, four Germans and two South Koreans."
    )
    total = found["40 passengers"]
    assert total.subject == "auto.count.passengers"
    assert total.qualifiers == []
    peruvians = found["31 Peruvians"]
    assert peruvians.subject == "auto.count.passengers"  # a kind alone keeps the frame, with its qualifier
    assert peruvians.qualifiers == ["peruvian"]
    assert _comparable(total, peruvians) == "a-broader"  # a whole may exceed its part freely
    germans = claims("The passengers included four Germans.")["four Germans"]
    assert germans.qualifiers == ["german"]
    assert _comparable(germans, peruvians) is None  # two parts never meet


def test_an_age_group_or_category_is_a_part() -> None:
    found = claims(
        "The passengers also included two infants. The passengers included five children. "
        "Eleven foreigners were among the passengers, and two children were among the dead."
    )
    assert found["two infants"].qualifiers == ["infant"]
    assert found["five children"].qualifiers == ["child"]
    assert "foreigner" in found["Eleven foreigners"].qualifiers
    assert "child" in found["two children"].qualifiers


def test_a_bare_number_before_a_demonym_is_a_part() -> None:
    # the noun finder leaves a capitalised demonym out: the word after the number decides
    assert breakdown_part("the passengers included 31 Peruvians, four", 26, None) == "peruvian"
    assert breakdown_part("31 passengers were aboard", 2, None) is None
    assert breakdown_part("two Indian passengers", 3, "passengers") is None  # narrowing_words' job


def test_everyone_aboard_is_not_the_passengers() -> None:
    found = claims(
        "A plane carrying 46 people crashed on Tuesday. It had 42 passengers and four crew members on board."
    )
    assert found["46 people"].subject == "auto.count.aboard"
    assert found["42 passengers"].subject == "auto.count.passengers"
    assert found["four crew members"].subject == "auto.count.crew"


def test_the_decision_is_shown() -> None:
    found = [
        c
        for c in extract_text("The passengers included 12 children.", published=DAY)
        if isinstance(c.claim, QuantityClaim)
    ]
    assert any("a breakdown ('child')" in (c.frame_why or "") for c in found)


def test_among_right_before_a_count_makes_it_the_whole() -> None:
    found = claims("Among 46 passengers, four were Germans. Two Germans were among the dead.")
    assert "partial-among" not in found["46 passengers"].qualifiers  # the set a part is taken from
    # a part of the dead: its breakdown says so ('among' adds nothing, so "two Germans were killed"
    # meets it)
    assert found["Two Germans"].qualifiers == ["german"]

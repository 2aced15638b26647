"""Frames, wave 3 (issue 12): counts that are parts, identifiers, years and 'rose to'. Short
sentences written for these tests (not seed or story text); each failed before its fix."""

from __future__ import annotations

from quantity_claims import claims_published, published_on

DAY = published_on("2024-03-05")


claims = claims_published(DAY)


def test_a_year_followed_by_a_comma_dates_the_figure() -> None:
    found = claims("In 2019, more than 9,000 people died on the roads of the province.")
    assert found["more than 9,000 people"].subject == "auto.count.deaths.y2019"


def test_rose_to_governs_only_the_figure_right_after_it() -> None:
    found = claims("The toll has risen to 40, while 310 others were hurt.")
    assert found["40"].subject == "auto.count.deaths"
    assert found["310 others"].subject == "auto.count.injured"


def test_words_before_the_noun_make_a_count_a_part() -> None:
    found = claims(
        "Two first-class carriages overturned, and 9 carriages derailed; 60 passengers and four crew members were aboard."
    )
    assert found["Two first-class carriages"].qualifiers == ["first-class"]
    assert found["9 carriages"].qualifiers == []
    # the crew is counted apart from those aboard (its own role since wave 4)
    assert found["four crew members"].subject == "auto.count.crew"
    assert found["60 passengers"].qualifiers == []


def test_a_damaged_carriage_is_still_a_carriage_count() -> None:
    found = claims("Three sleeper carriages were badly damaged.")
    assert found["Three sleeper carriages"].subject == "auto.count.coaches.part-sleeper"


def test_long_digit_runs_and_bracketed_numbers_after_a_name_are_identifiers() -> None:
    found = claims(
        "Five carriages of the 14062 Lakeside Express derailed. The Lakeside Express (14062) derailed."
    )
    assert list(found) == ["Five carriages"]


def test_among_and_including_mark_a_part_of_the_toll() -> None:
    found = claims(
        "Three tourists were among the dead. The flood killed 31 people, including 4 children killed in a school."
    )
    # parts of the toll: their breakdowns say so (wave 6: 'among'/'including' add no qualifier of
    # their own then, so "three tourists were killed" meets "three tourists were among the dead")
    assert found["Three tourists"].qualifiers == ["tourist"]
    assert "child" in found["4 children"].qualifiers
    assert found["31 people"].qualifiers == []


def test_the_strongest_of_a_series_is_a_later_tremor() -> None:
    found = claims("More than 200 aftershocks followed, the strongest of magnitude 4.9.")
    assert found["4.9"].subject == "auto.measure.magnitude.secondary"


def test_a_year_after_since_is_a_comparison_not_the_figures_date() -> None:
    found = claims("Officials said 212 people had died, the worst toll since the 2011 floods.")
    assert found["212 people"].subject == "auto.count.deaths"


def test_in_another_month_dates_the_figure_apart() -> None:
    # published 5 March 2024: "In June" is last June, another event
    found = claims("In June, a bus crash in the hills killed more than 40 people. Today 3 people died.")
    assert found["more than 40 people"].subject == "auto.count.deaths.y2023-06"
    assert found["3 people"].subject == "auto.count.deaths"


def test_some_of_the_injured_is_a_part() -> None:
    found = claims("Medics said 12 of the injured were kept in hospital.")
    assert "partial-of-the" in found["12"].qualifiers

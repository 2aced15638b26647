"""People's nationalities (extract/nationalities.py, FC505 `different-nationality`): short
sentences written for these tests (not story text)."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_text
from factcheck.extract.nationalities import nationality_conflict
from factcheck.model import RelationClaim


def nationalities(text: str) -> list[tuple[str, str, str]]:
    """(frame, demonym, claim text) of each nationality the text gives a named person, in order."""
    found = extract_text(text, corpus={})
    return [
        (c.claim.relation, c.claim.item or "", c.claim.text)
        for c in found
        if isinstance(c.claim, RelationClaim) and c.claim.predicate == "nationality"
    ]


def test_a_country_written_right_next_to_a_name_is_read() -> None:
    text = (
        "Britain's Odell Marsh ran well. Later, another American, Cory Vance, was fifth. "
        "Briton Ann Kell Foster won. Lena Ruiz of the United States and Ida Moss of Trinidad tied. "
        "Tomas Brill, a Brazilian, was sixth."
    )
    assert nationalities(text) == [
        ("auto.role.odell-marsh", "British", "Britain's Odell Marsh"),
        ("auto.role.cory-vance", "American", "another American, Cory Vance"),
        (
            "auto.role.ann-kell-foster",
            "British",
            "Briton Ann Kell Foster",
        ),  # the demonym is no part of the name
        ("auto.role.lena-ruiz", "American", "Lena Ruiz of the United States"),
        ("auto.role.ida-moss", "Trinidadian", "Ida Moss of Trinidad"),
        ("auto.role.tomas-brill", "Brazilian", "Tomas Brill, a Brazilian"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Qatar's coach Felix Arrieta praised his players.",  # the role's body, not his country
        "Russian President Ivo Lind spoke.",  # as above
        "Bank of America's Brian Mole said so.",  # a country inside a longer name
        "Latin American Juan Soto won.",  # as above
        "Tom Hall, an English teacher, spoke.",  # a language's teacher
        "The dead were a Briton, a Norwegian, John Smith, and two guards.",  # a list
        "Lena Ruiz of the United States Navy spoke.",  # a body named after a country
        "British-Iranian Nasrin Vale was freed.",  # two countries: not read
        "US Ambassador to Russia Jon Hale arrived.",
        "The U.S. Geological Survey put it at 5.9.",  # an organisation's name, not a person's
        "Britain's Civil Aviation Authority said so.",
        "Japan's Hollin Province was hit.",  # a place
        "The Lebanese Red Cross said 40 died.",
        "Russian Presidents have met here.",  # a role word (plural)
    ],
)
def test_a_country_that_is_not_the_persons_is_not_read(text: str) -> None:
    assert nationalities(text) == []


def test_a_person_another_report_gives_two_countries_is_given_none() -> None:
    # a dual national: one outlet's "Iranian" and another's "Britain's" both hold
    corpus = {
        "a": "The British-Iranian charity worker Nasrin Vale was freed on Friday.",
        "b": "Kenya-born Lena Ruiz runs for Japan.",
    }
    text = "Iranian Nasrin Vale left Tehran. Britain's Odell Marsh won. Japan's Lena Ruiz was second."
    found = extract_text(text, corpus=corpus)
    read = [(c.claim.relation, c.claim.item) for c in found if isinstance(c.claim, RelationClaim)]
    assert read == [("auto.role.odell-marsh", "British")]


def test_two_countries_conflict_unless_one_person_is_often_given_both() -> None:
    assert nationality_conflict("American", "British") is not None
    assert nationality_conflict("British", "British") is None
    assert nationality_conflict("British", "Irish") is None  # Northern Ireland: roles.yaml overlaps
    assert nationality_conflict("British", "Martian") is None  # a word the data file does not name


def test_a_name_written_after_a_demonym_frames_the_persons_roles_without_it() -> None:
    # the name finder's run "Briton Odell Marsh" names every mention of him in this text
    found = extract_text("Briton Odell Marsh was fifth. Odell Marsh, the team captain, said so.", corpus={})
    frames = {c.claim.relation for c in found if isinstance(c.claim, RelationClaim)}
    assert frames == {"auto.role.odell-marsh"}

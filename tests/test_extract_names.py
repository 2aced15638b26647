"""Extraction of names: accepted spellings, and near-miss variants with a similarity score."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract import Candidate, extract_text
from factcheck.extract.sources import load_registry_leniently
from factcheck.model import Entity, EntityKind, MentionClaim
from factcheck.registry import Registry

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def registry() -> Registry:
    """The bundled registry: its entities are what names are matched against."""
    return load_registry_leniently(ROOT)[0]


def mentions(text: str, registry: Registry) -> list[Candidate]:
    """Candidates that are mentions."""
    return [c for c in extract_text(text, registry=registry) if isinstance(c.claim, MentionClaim)]


def entity_of(candidate: Candidate) -> str:
    """The mentioned entity id."""
    assert isinstance(candidate.claim, MentionClaim)
    return candidate.claim.entity


def test_canonical_alias_and_transliteration(registry: Registry) -> None:
    found = mentions("Putin met Imomali Rakhmon, then the G-7 met in the Bavarian Alps.", registry)
    assert [(c.claim.text, entity_of(c), c.spelling) for c in found] == [
        ("Putin", "putin", "canonical"),
        ("Imomali Rakhmon", "rahmon", "transliteration"),
        ("G-7", "g7", "alias"),
        ("Bavarian Alps", "bavarian-alps", "canonical"),
    ]
    assert all(c.similarity == 100 for c in found)


@pytest.mark.parametrize(
    ("text", "written", "entity"),
    [
        ("Zoko was indifferent to the position.", "Zoko", "widodo"),
        ("the Kremlin chief's first stop is Tajikists.", "Tajikists", "tajikistan"),
        ("Kazakh President Kassym-Zomart Tokayev attended.", "Kassym-Zomart Tokayev", "tokayev"),
        ("Moscow would give Minsk a iskander-M mobile missile system", "iskander-M", "iskander-m"),
    ],
)
def test_near_miss_spellings_are_variants_with_a_score(
    registry: Registry, text: str, written: str, entity: str
) -> None:
    found = [c for c in mentions(text, registry) if c.spelling == "variant"]
    assert [(c.claim.text, entity_of(c)) for c in found] == [(written, entity)]
    assert found[0].similarity is not None
    assert 50 <= found[0].similarity < 100


def test_a_variant_of_a_variant_is_found_too(registry: Registry) -> None:
    found = mentions("Zoko sent invitations. Later, Zoco will hold consultations with Putin.", registry)
    assert [(c.claim.text, entity_of(c)) for c in found] == [
        ("Zoko", "widodo"),
        ("Zoco", "widodo"),
        ("Putin", "putin"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Russian and Belarusian officials and Indian diplomats",  # derived words, not misspellings
        "Putting it simply, nobody came.",
        "the Kremlin chief said he wanted; the head of the Kremlin declared",  # descriptions
        "countries in Europe and Central Asian states",
    ],
)
def test_what_is_not_a_mention(registry: Registry, text: str) -> None:
    found = mentions(text, registry)
    assert [c.claim.text for c in found if c.claim.text not in ("Europe",)] == []


def test_a_name_glued_to_the_previous_word(registry: Registry) -> None:
    found = mentions("his meeting with Belarusian leaderLukashenko in St Petersburg", registry)
    assert [(c.claim.text, entity_of(c)) for c in found] == [
        ("Lukashenko", "lukashenko"),
        ("St Petersburg", "st-petersburg"),
    ]


def test_all_caps_headlines_spell_names_the_same(registry: Registry) -> None:
    found = mentions("INTELLIGENCE CHIEF TAPPED TO REPLACE PRIGOZHIN", registry)
    assert [(c.claim.text, entity_of(c), c.spelling) for c in found] == [
        ("PRIGOZHIN", "prigozhin", "canonical")
    ]


def test_a_run_of_a_persons_name_but_not_a_lone_word_of_a_place() -> None:
    entities = {
        "widodo": Entity(id="widodo", kind=EntityKind.PERSON, canonical="Joko Widodo"),
        "central-asia": Entity(id="central-asia", kind=EntityKind.PLACE, canonical="Central Asia"),
    }
    registry = Registry(ROOT, {}, {}, entities, {}, [], {})
    found = mentions("President Joko arrived; Asia and Central Asia.", registry)
    assert [(c.claim.text, entity_of(c)) for c in found] == [
        ("Joko", "widodo"),
        ("Central Asia", "central-asia"),
    ]


def test_no_registry_names_get_automatic_frames() -> None:
    found = [c.claim for c in extract_text("He met Vladimir Putin.") if isinstance(c.claim, MentionClaim)]
    assert [(m.text, m.entity) for m in found] == [("Vladimir Putin", "auto.name.vladimir-putin")]

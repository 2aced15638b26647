"""Places and their kinds (FC504), units (FC507) and journeys (FC506): short sentences written for these tests (not story text)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.extract.places import apart, find_places, is_country
from factcheck.grade.grading import value_of
from factcheck.model import RelationClaim, Tier
from factcheck.rules.checks import CheckInput
from factcheck.rules.checks.base import Verdict
from factcheck.rules.checks.places import journey_origin, place_level, place_unit


def places(text: str) -> list[tuple[str, str, str, str | None]]:
    return [
        (str(f.fields["agent"]), str(f.fields["predicate"]), str(f.fields["item"]), f.fields.get("to"))
        for f in find_places(text)
    ]


def test_kinds_and_containment_are_read() -> None:
    assert places("A farmer in Hollin County said so.") == [("hollin", "is-a", "county", None)]
    assert places("It hit Marsby Township, of Hollin County, at dawn.") == [
        ("marsby", "in", "county", "hollin")
    ]
    assert places("Rescuers reached the town of Eldon in Westmark province.") == [
        ("eldon", "in", "province", "westmark")
    ]


def test_demonyms_function_words_and_country_dependent_kinds_are_no_places() -> None:
    assert places("The Chinese state media said so. In Westmark province it rained.") == [
        ("westmark", "is-a", "province", None)
    ]
    assert places("Eldon City lies near the coast.") == []
    assert places("The storm hit on Sunday in Hollin district.") == [("hollin", "is-a", "district", None)]


def _claim(source: str, predicate: str, item: str, to: str | None = None) -> RelationClaim:
    return RelationClaim(
        id=f"{source}.p",
        source=source,
        text="Marsby",
        relation="auto.place.marsby",
        predicate=predicate,
        agent="marsby",
        item=item,
        to=to,
    )


def _verdict(a: RelationClaim, b: RelationClaim) -> str | None:
    found = place_level(
        CheckInput(matched={"a": a, "b": b}, tiers={"a": Tier.NEWS, "b": Tier.NEWS}, params={})
    )
    return found.likely_wrong if found is not None else None


def test_a_county_inside_a_county_is_found_and_the_kind_side_blamed() -> None:
    assert _verdict(_claim("one", "in", "county", "hollin"), _claim("two", "is-a", "county")) == "b"
    assert _verdict(_claim("one", "is-a", "province"), _claim("two", "in", "province", "westmark")) == "a"


def test_a_township_inside_a_county_or_two_kinds_alone_pass() -> None:
    assert _verdict(_claim("one", "in", "county", "hollin"), _claim("two", "is-a", "township")) is None
    assert _verdict(_claim("one", "is-a", "county"), _claim("two", "is-a", "township")) is None


def test_check_leaves_a_source_the_rule_blames_to_review() -> None:
    from factcheck.model import Finding, Grade, Side
    from factcheck.pipeline.documents import blamed_on_sources

    def side(claim: str, source: str) -> Side:
        return Side(claim_id=claim, source=source, tier=Tier.NEWS, text=claim)

    def finding(wrong: str) -> Finding:
        sides = [side("d.p", "draft"), side("s.p", "outlet")]
        return Finding(
            rule_id="FC504",
            rule_name="relation.place-level",
            grade=Grade.MINOR,
            outcome="wrong-kind",
            confidence=0.7,
            message="m",
            sides=sides,
            likely_wrong=wrong,
            fingerprint=wrong,
        )

    kept = blamed_on_sources([finding("s.p"), finding("d.p")], frozenset({"draft"}))
    assert [f.likely_wrong for f in kept] == ["d.p"]


def _origins(text: str) -> list[tuple[str, str]]:
    return [(p[0], p[2]) for p in places(text) if p[1] == "started-from"]


def test_a_vehicles_origin_is_read_after_a_departure_cue() -> None:
    assert _origins("Police said the trawler had left from Port Velan at dawn.") == [("boat", "port-velan")]
    assert _origins("The ferry sank after setting sail from the Kenyan port of Maroni.") == [
        ("boat", "maroni")
    ]
    assert _origins("The jet took off from Selby on Monday.") == [("plane", "selby")]


@pytest.mark.parametrize(
    "text",
    [
        "A nurse who had been travelling from Selby was among the dead.",  # a person's trip
        "Fans travelling from Selby for the match were on board.",
        "The minister departed from party policy on Monday.",  # no journey at all
        "The plane departed from Selby at noon.",  # the cue is dropped: people and policies depart
        "It may have set off from Kenya.",  # no vehicle as subject
        "The boat set off from Greece on Monday.",  # a country holds its ports
        "The boat set sail from Turkey on Monday.",
        "The jet took off from Selby Airport.",  # a facility
        "The jet took off from Selby airport at noon.",
        "A coastguard vessel set off from Maroni after the call.",  # the rescuers' craft
        "Evacuation buses set off from Selby at dawn.",  # several journeys
        "The ferry left from Maroni. Survivors said the ferry had left from Dressa.",  # two origins
    ],
)
def test_journeys_not_the_storys_are_not_read(text: str) -> None:
    assert _origins(text) == []


def test_countries_are_told_by_their_demonyms_or_by_name() -> None:
    assert [is_country(n) for n in ("Kenya", "Nepal", "Greece", "Turkey", "Maroni", "Port Velan")] == [
        True,
        True,
        True,
        True,
        False,
        False,
    ]


def _origin(source: str, place: str) -> RelationClaim:
    return RelationClaim(
        id=f"{source}.o",
        source=source,
        text=place,
        relation="auto.place.journey.boat",
        predicate="started-from",
        agent="boat",
        item=place,
    )


def _unit(source: str, kind: str, to: str) -> RelationClaim:
    return _claim(source, "in", kind, to)


def _outcome(check: Callable[[CheckInput], Verdict | None], a: RelationClaim, b: RelationClaim) -> str | None:
    found = check(CheckInput(matched={"a": a, "b": b}, tiers={"a": Tier.NEWS, "b": Tier.NEWS}, params={}))
    return found.outcome if found is not None else None


def test_two_origins_conflict_unless_one_place_is_written_two_ways() -> None:
    assert _outcome(journey_origin, _origin("a", "port-velan"), _origin("b", "maroni")) == "different-origin"
    assert _outcome(journey_origin, _origin("a", "maroni"), _origin("b", "maroni-city")) is None
    assert _outcome(journey_origin, _origin("a", "maroni"), _origin("b", "marroni")) is None


def test_two_units_of_one_kind_conflict_but_units_of_two_kinds_do_not() -> None:
    assert (
        _outcome(place_unit, _unit("a", "province", "halland"), _unit("b", "province", "westmark"))
        == "other-unit"
    )
    assert _outcome(place_unit, _unit("a", "county", "hollin"), _unit("b", "province", "westmark")) is None
    assert _outcome(place_unit, _unit("a", "district", "saran"), _unit("b", "district", "saaran")) is None


@pytest.mark.parametrize(("a", "b"), [("salem", "selim"), ("doma", "dima"), ("hollin", "hollin-bay")])
def test_short_names_a_letter_or_two_apart_are_two_units(a: str, b: str) -> None:
    assert _outcome(place_unit, _unit("a", "district", a), _unit("b", "district", b)) == "other-unit"


def test_a_name_put_in_two_units_of_a_kind_by_one_text_is_two_places() -> None:
    text = "Floods hit Koli in Harwa district. Another Koli, in Sitra district, was spared."
    assert [p for p in places(text) if p[1] == "in"] == []


def test_a_unit_after_a_bare_comma_is_not_read_as_containing_the_place() -> None:
    assert places("Officials in Westmark, Hollin district, said so.") == [
        ("hollin", "is-a", "district", None)
    ]
    assert places("Floods hit Eldon, Westmark province, on Monday.") == [
        ("westmark", "is-a", "province", None)
    ]


@pytest.mark.parametrize(
    ("a", "b", "far"),
    [
        ("central", "west", True),  # the middle and an edge
        ("north", "south-east", True),  # edges pointing away from each other
        ("northern", "southern", True),
        ("west", "north-west", False),  # may overlap
        ("north", "eastern", False),  # a north-east spot is both
        ("south", "southern", False),  # one part written two ways
    ],
)
def test_compass_parts_far_apart_are_told_from_parts_that_may_overlap(a: str, b: str, far: bool) -> None:
    assert apart(a, b) is far
    assert apart(b, a) is far


def test_parts_of_a_place_are_read_unless_one_text_names_parts_far_apart() -> None:
    read = [(p[0], p[2]) for p in places("Smoke rose over a west Caldon tower block.") if p[1] == "part-of"]
    assert read == [("caldon", "west")]
    both = "The fire was in west Caldon; the injured went to hospitals in central Caldon."
    assert [p for p in places(both) if p[1] == "part-of"] == []
    assert [p for p in places("It lies in North Hollin, near the Southern Cross.") if p[1] == "part-of"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Crews reached the north Tower at noon. The fire began in Caldon.",  # a building's part
        "Cuts by central Government were blamed. The fire began in Caldon.",  # a body
        "The injured were taken to hospitals in central Caldon.",  # where an institution is
        "Caldon was hit. Roads were shut. A later flood in west Dorvia forced 30 families out.",  # not the story's event
    ],
)
def test_parts_that_are_no_place_or_off_the_story_are_not_read(text: str) -> None:
    assert [p for p in places(text) if p[1] == "part-of"] == []


def test_place_relations_are_shown_in_words() -> None:
    assert value_of(_origin("a", "port-velan")) == "from Port Velan"
    assert value_of(_unit("a", "district", "saran")) == "in Saran (district)"
    part = _claim("a", "part-of", "central", None).model_copy(update={"agent": "caldon"})
    assert value_of(part) == "central (part of Caldon)"


# texts for the pre-tested place patterns: a kind or vehicle word in any case, none, only inside
# another word, and the characters `re` folds onto an ASCII letter under IGNORECASE (İ, ı, ſ, K)
PRE_TESTED = [
    "Police said the trawler had left from Port Velan at dawn.",
    "THE FERRY SANK AFTER SETTING SAIL FROM THE KENYAN PORT OF Maroni.",
    "It hit Marsby Township, of Hollin County, at dawn.",
    "Rescuers reached the town of Eldon in Westmark PROVINCE.",
    "Putin met Emomali Rahmon in Dushanbe on Tuesday, June 28, 2022.",
    "The statement came from the training ground.",  # "state" and "train" inside longer words
    "The ſhip left from Selby. A \u212aounty man, a İown.",
    "",
]


@pytest.mark.parametrize("text", PRE_TESTED)
def test_the_pre_tested_place_patterns_find_what_the_compiled_ones_find(text: str) -> None:
    """The origin and unit patterns are compiled only for a text holding one of their vehicle or
    kind words (most texts hold none): the pre-test only spares compiling, every method answers
    as the compiled pattern does, and a text without the words compiles nothing."""
    import re

    from factcheck.extract import places as module

    module._origin_pattern.cache_clear()
    module._patterns.cache_clear()
    lazy = [
        (module._origin_pattern(), module._places_data()["vehicles"]),
        *((pattern, module.place_levels()) for pattern in module._patterns()),
    ]
    for pattern, words in lazy:
        assert not pattern.is_compiled
        compiled = re.compile(pattern.pattern)
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in compiled.finditer(text)]
        assert pattern.findall(text) == compiled.findall(text)
        holds_a_word = any(str(w) in text.lower() for w in words)
        traps = any(c in text for c in "\u0130\u0131\u017f\u212a")
        assert pattern.is_compiled == (holds_a_word or traps)
    module._origin_pattern.cache_clear()
    module._patterns.cache_clear()

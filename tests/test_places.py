"""Places and their kinds (FC504): short sentences written for these tests (not story text)."""

from __future__ import annotations

from factcheck.extract.places import find_places
from factcheck.model import RelationClaim, Tier
from factcheck.rules.checks import CheckInput
from factcheck.rules.checks.places import place_level


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

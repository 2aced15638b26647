"""Checks on places: a place called a kind it cannot be where another report puts it inside a
unit of that level or higher ("Meichuan County" vs "Meichuan Township, of Minxian County"); a
journey started from two different places ("the boat left from Tripoli" vs "the port of Misrata");
one place put in two units of a kind; one place's story put in two parts far apart."""

from __future__ import annotations

from rapidfuzz.distance import OSA

from factcheck.extract.places import ORIGIN, PART, apart, loose_kinds, place_levels
from factcheck.model import RelationClaim
from factcheck.model.names import transliterated
from factcheck.rules.checks.base import CheckInput, Verdict, lower_tier_side, pair, spec


def _level(kind: str | None) -> int | None:
    return place_levels().get(kind.lower()) if kind else None


def _contradiction(kind_of: RelationClaim, inside: RelationClaim) -> bool:
    """`kind_of` says the place is a kind; `inside` puts it in a unit of that level or higher."""
    if kind_of.predicate != "is-a" or inside.predicate != "in":
        return False
    if kind_of.item in loose_kinds() and kind_of.item in kind_of.text.split():
        return False  # "the Itaewon district": a neighbourhood, of no level (places.yaml `loose_kinds`)
    own, outer = _level(kind_of.item), _level(inside.item)
    return own is not None and outer is not None and outer <= own


def place_level(data: CheckInput) -> Verdict | None:
    """One report calls a place a county (or province); another puts it inside a county (or
    province): a unit never lies inside one of its own level."""
    a, b = pair(data, RelationClaim)
    if _contradiction(a, b):
        wrong, kind_of, inside = "a", a, b
    elif _contradiction(b, a):
        wrong, kind_of, inside = "b", b, a
    else:
        return None
    return Verdict(
        outcome="wrong-kind",
        confidence=0.7,
        details={"kind": kind_of.item or "", "outer": f"{inside.to or ''} ({inside.item})"},
        likely_wrong=wrong,
    )


def journey_origin(data: CheckInput) -> Verdict | None:
    """Flags two reports that start the story's vehicle's journey from two different places.

    One place written two ways is no conflict: one name inside the other ("Ormoc", "Ormoc City") or a respelling
    ("Misrata", "Misurata": a romanisation or a slip of a letter or two, FC401's business)."""
    a, b = pair(data, RelationClaim)
    if a.predicate != ORIGIN or b.predicate != ORIGIN or not a.item or not b.item:
        return None
    if _one_place(a.item, b.item):
        return None
    return Verdict(
        outcome="different-origin",
        confidence=0.7,
        details={"vehicle": a.agent or "journey", "a_place": _title(a.item), "b_place": _title(b.item)},
        likely_wrong=lower_tier_side(data.tiers, ("a", "b")),
    )


def _one_place(a: str, b: str) -> bool:
    """Whether two place slugs may name one place (see `journey_origin`)."""
    # "Calvera City" is Calvera: a kind word (places.yaml `levels`, "city") names no other place;
    # other extra words may ("Port Velan", "Velan"), so only kind words are set aside
    kinds = {*place_levels(), "city"}
    wa, wb = [w for w in a.split("-") if w not in kinds], [w for w in b.split("-") if w not in kinds]
    if not wa or not wb or wa == wb:
        return True
    flat_a, flat_b = " ".join(wa), " ".join(wb)
    shorter = min(len(flat_a), len(flat_b))
    if shorter < SHORT:  # few letters: a vowel or two changed make another town's name
        return OSA.distance(flat_a, flat_b) <= (1 if shorter > TINY else 0)
    return transliterated(flat_a, flat_b) or OSA.distance(flat_a, flat_b) <= SLIP


SLIP = 2  # letters a respelt place name may differ by ("Misrata", "Misurata")
SHORT = 7  # names shorter than this differ by one letter at most: "Saran" and "Siwan" are two districts
TINY = 4  # names this short differ by no letter: "Gaza" and "Giza" are two cities


def place_unit(data: CheckInput) -> Verdict | None:
    """Flags two reports that put one place inside two different units of one kind.

    "X in Leyte province" and "X in Samar province": a place lies in one province, one district,
    one county. Two names of one unit (a kind word more, a respelling) are no conflict."""
    a, b = pair(data, RelationClaim)
    if a.predicate != "in" or b.predicate != "in" or not a.item or a.item != b.item:
        return None
    if not a.to or not b.to or _one_place(a.to, b.to):
        return None
    return Verdict(
        outcome="other-unit",
        confidence=0.7,
        details={
            "place": _title(a.agent or ""),
            "kind": a.item,
            "a_unit": _title(a.to),
            "b_unit": _title(b.to),
        },
        likely_wrong=lower_tier_side(data.tiers, ("a", "b")),
    )


def place_part(data: CheckInput) -> Verdict | None:
    """Flags two reports that put the story in two parts of one place far apart.

    "central London" and "west London", "northern" and "southern": one has the part wrong."""
    a, b = pair(data, RelationClaim)
    if a.predicate != PART or b.predicate != PART or not a.item or not b.item:
        return None
    if not apart(a.item, b.item):
        return None
    return Verdict(
        outcome="other-part",
        confidence=0.6,
        details={"place": _title(a.agent or ""), "a_part": a.item, "b_part": b.item},
        likely_wrong=lower_tier_side(data.tiers, ("a", "b")),
    )


def _title(slug: str) -> str:
    """A place slug written as a name ("southern-leyte" -> "Southern Leyte")."""
    return slug.replace("-", " ").title()


CHECKS = (
    spec("place_level", place_level, outcomes=["wrong-kind"], details=["kind", "outer"]),
    spec("place_unit", place_unit, outcomes=["other-unit"], details=["place", "kind", "a_unit", "b_unit"]),
    spec("place_part", place_part, outcomes=["other-part"], details=["place", "a_part", "b_part"]),
    spec(
        "journey_origin",
        journey_origin,
        outcomes=["different-origin"],
        details=["vehicle", "a_place", "b_place"],
    ),
)

"""Checks on names: a known entity spelled otherwise than any accepted way."""

from __future__ import annotations

import re
import unicodedata

from pydantic import Field
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from factcheck.extract.variants import spelling_table
from factcheck.lazyre import lazy
from factcheck.model import Entity, MentionClaim
from factcheck.rules.checks.base import CheckInput, Params, Verdict, spec

_TOKEN = re.compile(r"[\w.]+(?:[-'’][\w.]+)*")


def name_tokens(name: str) -> list[str]:
    """Case-folded words of a name without their accents ("Sánchez" is "sanchez": accents written
    or not are one spelling, whichever side writes them); apostrophes and hyphens stay inside words."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _TOKEN.findall(unicodedata.normalize("NFC", plain).casefold().replace("’", "'"))


def _is_run(tokens: list[str], name: str) -> bool:
    """True when `tokens` is a contiguous run of the words of `name` ("Putin" in "Vladimir Putin"),
    or of them without their middle initials ("Steven O'Neill" in "Steven T. O'Neill")."""
    words = name_tokens(name)
    bare = [w for at, w in enumerate(words) if at in (0, len(words) - 1) or not _INITIALS.fullmatch(w)]
    n = len(tokens)
    return n > 0 and any(
        full[i : i + n] == tokens for full in (words, bare) for i in range(len(full) - n + 1)
    )


_INITIALS = lazy(r"(?:\w\.)+")  # "t.", "h.w."


def spelling_status(text: str, entity: Entity) -> tuple[str, str, float]:
    """('canonical'|'accepted-variant'|'misspelling', closest accepted name, similarity 0-100).

    'canonical' covers the canonical name and aliases; 'accepted-variant' a transliteration.
    """
    tokens = name_tokens(text)
    # Aliases are other names in their own right ("G-7", "Jokowi"): as good as the canonical one.
    # A hyphen for a space is house style ("North-East Express"), not another spelling.
    for name in [entity.canonical, *entity.aliases]:
        if _is_run(tokens, name) or _is_run(name_tokens(text.replace("-", " ")), name.replace("-", " ")):
            return ("canonical", name, 100.0)
    # Transliterations are accepted, but an editor may want one spelling throughout.
    for name in entity.transliterations:
        if _is_run(tokens, name):
            return ("accepted-variant", name, 100.0)
    # Compare with the accepted names and with each of their words, for a surname alone.
    candidates = entity.accepted_names() + [
        w for name in entity.accepted_names() for w in name.split() if len(w) > 2
    ]
    best = process.extractOne(text, candidates, scorer=fuzz.ratio, processor=str.casefold)
    assert best is not None
    return ("misspelling", str(best[0]), float(best[1]))


def other_given_name(text: str, canonical: str) -> bool:
    """True when a full name has the canonical name's surname but another given name, not a
    respelling or an initial of it ("Suman Bartaula" for Sudarshan Bartaula): another person's
    name, not a slip of the pen."""
    words, full = name_tokens(text), name_tokens(canonical)
    if len(words) < 2 or len(words) != len(full) or words[-1] != full[-1] or words[0] == full[0]:
        return False
    given, right = words[0].rstrip("."), full[0].rstrip(".")
    if len(given) == 1 or len(right) == 1:
        return False  # "S. Bartaula": an initial
    if _sound(given) == _sound(right):
        return False  # "Stephen"/"Steven", "Nicholas"/"Nicolas": one name, spelt as it sounds
    return OSA.distance(given, right) > 1 and fuzz.ratio(given, right) < SAME_GIVEN_NAME


SAME_GIVEN_NAME = 80.0  # similarity from which a given name is a respelling ("Jon"/"John")
_SILENT_H = lazy(r"(?<=.)h")  # an h after the first letter: "Jon"/"John", "Nicolas"/"Nicholas"


def _sound(word: str) -> str:
    """A given name as it sounds: ph and v as f, an h after the first letter and doubled letters
    left out ("stephen" and "steven" are "stefen"; "maria" and "mario" stay apart)."""
    plain = _SILENT_H.sub("", word.replace("ph", "f").replace("v", "f"))
    return re.sub(r"(.)\1+", r"\1", plain)


def house_spelling(text: str, closest: str) -> bool:
    """Whether a name is `closest` word for word but for words in the other of their British and
    American spellings that differ by an ending a house style sets: -re/-er, -our/-or, -ce/-se
    ("Kennedy Space Centre" for Kennedy Space Center, "Saviour" for Savior; breame's table). A
    respelling in the middle of a word ("Grey"/"Gray") is no such ending and stays a near miss."""
    words, accepted = name_tokens(text), name_tokens(closest)
    if len(words) != len(accepted) or words == accepted:
        return False
    return all(a == b or _house_pair(a, b) or _house_pair(b, a) for a, b in zip(words, accepted, strict=True))


_HOUSE_ENDINGS = (("re", "er"), ("our", "or"), ("ce", "se"))  # British, American


def _house_pair(british: str, american: str) -> bool:
    """Whether two words are one word's British and American spellings by a house-style ending."""
    if spelling_table().get(british) != american:
        return False
    return any(british.endswith(uk) and american == british[: -len(uk)] + us for uk, us in _HOUSE_ENDINGS)


class SpellingParams(Params):
    """The similarity from which an unknown spelling counts as a misspelling of the name."""

    near_miss: float = Field(70.0, ge=0.0, le=100.0, description="similarity 0-100 of a near miss")


def name_spelling(data: CheckInput) -> Verdict | None:
    """A mention spells a known entity otherwise than its canonical name."""
    mention, entity = data.matched["a"], data.matched["e"]
    assert isinstance(mention, MentionClaim)
    assert isinstance(entity, Entity)
    status, closest, similarity = spelling_status(mention.text, entity)
    if status == "canonical":
        return None
    if status == "accepted-variant":
        return _accepted("accepted-variant", closest, entity, "an accepted variant spelling")
    if house_spelling(mention.text, closest):
        return _accepted("house-spelling", closest, entity, f"a house style's spelling of {closest}")
    near = similarity >= float(data.params["near_miss"])
    outcome = "misspelling" if near else "unrecognised-spelling"
    if other_given_name(mention.text, entity.canonical):
        outcome = "wrong-given-name"
    return Verdict(
        outcome=outcome,
        confidence=round(similarity / 100, 2) if near else 0.5,
        details={
            "closest": closest,
            "canonical": entity.canonical,
            "similarity": f"{similarity:.0f}",
            "spelling": f"closest accepted spelling: {closest}",
        },
        likely_wrong="a",
    )


def _accepted(outcome: str, closest: str, entity: Entity, spelling: str) -> Verdict:
    """A spelling an editor may align but no slip (info outcomes): blames no side."""
    return Verdict(
        outcome=outcome,
        confidence=1.0,
        details={"closest": closest, "canonical": entity.canonical, "spelling": spelling},
    )


CHECKS = (
    spec(
        "name_spelling",
        name_spelling,
        outcomes=[
            "accepted-variant",
            "house-spelling",
            "misspelling",
            "unrecognised-spelling",
            "wrong-given-name",
        ],
        details=["closest", "canonical", "similarity", "spelling"],
        patterns=("a", "e"),
        params=SpellingParams,
    ),
)

"""English number words and their values ("twenty-five" -> 25), for the number reader
(numbers.py) and for quotation words (variants.py, imported by text.py). It imports nothing
from factcheck, so text.py can reach it without an import cycle through numbers.py.
"""

from __future__ import annotations

import re

SMALL_NUMBERS = {
    word: value
    for value, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
TENS = {
    word: 10 * (index + 2)
    for index, word in enumerate(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    )
}
# the small and tens number words as one regex alternation, longest first ("seventeen" before
# "seven"), for patterns that read a figure written in words
SMALL_AND_TENS_WORDS = "|".join(sorted((*SMALL_NUMBERS, *TENS), key=len, reverse=True))
# lakh and crore: the Indian English scale words (1,00,000 and 1,00,00,000), as in "nine lakh people"
SCALES = {
    "dozen": 12.0,  # "two dozen": 24 (only after a number word: "a dozen" is a quantifier, model/quantifiers.py)
    "hundred": 100.0,
    "thousand": 1e3,
    "lakh": 1e5,
    "million": 1e6,
    "crore": 1e7,
    "billion": 1e9,
    "trillion": 1e12,
}

# the scales "N and a half" may stand before ("one and a half million"): not "dozen", whose
# "two and a half dozen" news does not write, nor "hundred" ("one and a half hundred")
_HALVED_SCALES = frozenset(["thousand", "lakh", "million", "crore", "billion", "trillion"])


def words_to_number(phrase: str) -> float | None:
    """Value of English number words ("four thousand seven hundred thirty-one" -> 4731, "half a
    million", "two and a half", "three-and-a-half", "half a dozen" -> 6, "one and a half billion"
    -> 1.5e9), or None. Hyphens join words as spaces do ("three-and-a-half hours")."""
    words = [word for word in re.split(r"[\s-]+", phrase.lower().strip()) if word]
    if words[:1] == ["half"]:
        # "half a dozen" is six: "a dozen" alone is a quantifier (None below), half of it a figure
        whole = 12.0 if words[1:] in (["a", "dozen"], ["dozen"]) else words_to_number(" ".join(words[1:]))
        return None if whole is None else whole / 2
    if words[-3:] == ["and", "a", "half"]:
        whole = words_to_number(" ".join(words[:-3]))
        return None if whole is None else whole + 0.5
    if len(words) > 4 and words[-4:-1] == ["and", "a", "half"] and words[-1] in _HALVED_SCALES:
        # "one and a half billion (years)", "two and a half million": the scale is the whole's
        whole = words_to_number(" ".join(words[:-4]))
        return None if whole is None or whole >= 1000 else (whole + 0.5) * SCALES[words[-1]]
    total = current = 0.0
    seen = False
    last = ""  # "small", "article", "tens", "scale": what the previous word was, to reject "two three"
    for token in re.split(r"[\s-]+", phrase.lower().strip()):
        if token in ("", "and"):
            continue
        if token in ("a", "an"):
            current, last = 1.0, "article"
            continue
        if token in SMALL_NUMBERS:
            if last in ("small", "article") or (last == "tens" and SMALL_NUMBERS[token] >= 10):
                return None
            current += SMALL_NUMBERS[token]
            last = "small"
        elif token in TENS:
            if last in ("small", "tens", "article"):
                return None
            current += TENS[token]
            last = "tens"
        elif token == "hundred":  # noqa: S105 - a number word, not a password
            current = (current or 1.0) * 100
            last = "scale"
        elif token == "dozen" and last not in ("small", "tens"):  # noqa: S105 - a number word
            return None  # "a dozen", "dozens": a quantifier (model/quantifiers.py), not the figure 12
        elif token in SCALES:
            total += (current or 1.0) * SCALES[token]
            current, last = 0.0, "scale"
        else:
            return None
        seen = True
    return total + current if seen else None


# "the 36-ton wooden vessel", "a 27-metre boat", "a 10-kilometre-deep quake": the unit glued on
# "a 12-story building", "the 12-storey tower": its height in storeys (here, not in numbers.py,
# so frames.py can tell a glued unit before a noun without an import cycle)
# "the 4,200-passenger cruise ship", "a 190-seat plane", "a rambling 74-page manifesto", "the
# 16-leg flight", "the 342-member assembly": a count glued to its singular noun before another
# word describes the thing by how many it holds or has; never people (session 36). A glued
# passenger or seat is a vehicle's capacity (frames.py `_GLUED_COUNT_AFTER`); any other glued
# noun gets no role from its clause ("Five members of West's 29-member fire department were
# injured" injured five, not 29) and meets other outlets' counts of it by the noun alone
# (registry/counts.py). Not beds: "a 192-bed transition unit" is a part of "a 3,830-bed prison".
GLUED_CAPACITY_NOUNS = ("passenger", "seat", "seater")
GLUED_COUNT = (
    r"-(?P<noun>"
    + "|".join(GLUED_CAPACITY_NOUNS)
    + r"|member|page|leg|room|unit|bed)(?![\w-])(?=\s+[A-Za-z])"
)
HYPHENATED_UNIT = (
    r"-(?P<unit>tons?|tonnes?|km|kilometers?|kilometres?|meters?|metres?|miles?|foot|ft"
    r"|stor(?:e?y|ies|eys)|floors?)(?:-(?:long|wide|high|deep|tall))?(?![\w-])"
)

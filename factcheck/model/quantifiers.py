"""The one table of vague quantifiers and approximators, shared by the registry and the extractor.

A vague count is an interval, never a point: "hundreds of deaths" is 200–999 deaths. The bounds
follow ordinary English usage (the plural of a unit means *at least two* of it, and stops where
the next unit would be used instead): "hundreds" is not said of 120 nor of 1,500.

| words                    | low        | high          |
|--------------------------|-----------:|--------------:|
| a couple (of)            | 2          | 3             |
| a few                    | 2          | 5             |
| a handful (of)           | 2          | 6             |
| several                  | 3          | 9             |
| a dozen                  | 12         | 12            |
| dozens (of)              | 24         | 199           |
| scores (of)              | 40         | 199           |
| hundreds (of)            | 200        | 999           |
| thousands (of)           | 2,000      | 9,999         |
| tens of thousands        | 20,000     | 99,999        |
| hundreds of thousands    | 200,000    | 999,999       |
| millions (of)            | 2,000,000  | 999,999,999   |
| tens of millions         | 20,000,000 | 99,999,999    |

Approximators turn a stated number N into an interval:

| words                                   | interval            |
|-----------------------------------------|---------------------|
| exactly, (none)                         | [N, N]              |
| nearly, almost, just under, close to    | [0.9·N, N]          |
| about, around, roughly, some, approximately, an estimated | [0.9·N, 1.1·N] |
| more than, over, above, upwards of      | [N, unbounded)      |
| at least, no fewer than, no less than   | [N, unbounded)      |
| up to, at most, fewer than, less than, under, no more than | [0, N] |
"""

from __future__ import annotations

import math
from typing import Final

UNBOUNDED: Final = math.inf

VAGUE_QUANTIFIERS: Final[dict[str, tuple[float, float]]] = {
    "a couple": (2, 3),
    "a few": (2, 5),
    "a handful": (2, 6),
    "several": (3, 9),
    "a dozen": (12, 12),
    "dozens": (24, 199),
    "scores": (40, 199),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "millions": (2_000_000, 999_999_999),
    "tens of millions": (20_000_000, 99_999_999),
}

# approximator -> (factor for low, factor for high); None for high means unbounded.
APPROXIMATORS: Final[dict[str, tuple[float, float | None]]] = {
    "exactly": (1.0, 1.0),
    "nearly": (0.9, 1.0),
    "almost": (0.9, 1.0),
    "just under": (0.9, 1.0),
    "close to": (0.9, 1.0),
    "about": (0.9, 1.1),
    "around": (0.9, 1.1),
    "roughly": (0.9, 1.1),
    "some": (0.9, 1.1),
    "approximately": (0.9, 1.1),
    "an estimated": (0.9, 1.1),
    "more than": (1.0, None),
    "over": (1.0, None),
    "above": (1.0, None),
    "upwards of": (1.0, None),
    "at least": (1.0, None),
    "no fewer than": (1.0, None),
    "no less than": (1.0, None),
    "up to": (0.0, 1.0),
    "at most": (0.0, 1.0),
    "fewer than": (0.0, 1.0),
    "less than": (0.0, 1.0),
    "under": (0.0, 1.0),
    "no more than": (0.0, 1.0),
}


# Approximators that point one way from their number: a figure on the other side of it
# contradicts the wording even when it is close ("at least 10,000" against 9,885, "more than 200"
# against "nearly 200"). The value says whether the number itself is excluded ("more than 200"
# is not 200) -- two such ends meeting at one number ("more than 200", "nearly 200") still cross.
# Symmetric words ("about", "some") point nowhere: they are roundings.
DIRECTIONAL: Final[dict[str, bool]] = {
    "more than": True,  # above, never the number itself
    "over": True,  # as more than
    "above": True,  # as more than
    "upwards of": True,  # as more than
    "at least": False,  # the number or above
    "no fewer than": False,  # as at least
    "no less than": False,  # as at least
    "nearly": True,  # just below the number, not it
    "almost": True,  # as nearly
    "just under": True,  # as nearly
    "fewer than": True,  # below, never the number itself
    "less than": True,  # as fewer than
    "under": True,  # as fewer than
    "up to": False,  # the number or below
    "at most": False,  # as up to
    "no more than": False,  # as up to
}


def directional(approximator: str | None) -> bool | None:
    """None when the approximator points nowhere (or there is none); else whether it excludes
    its own number ("more than 200" excludes 200, "at least 200" does not)."""
    return DIRECTIONAL.get(normalise(approximator)) if approximator else None


def pointing(approximator: str | None) -> bool | None:
    """Which way a one-sided approximator points from its number: True for above ("more than",
    "at least"), False for below ("nearly", "up to"), None for none or a rounding ("about")."""
    if approximator is None or directional(approximator) is None:
        return None
    return APPROXIMATORS[normalise(approximator)][1] is None


def points_apart(first: str | None, second: str | None) -> bool:
    """Whether two approximators of one number point opposite ways from it: "more than 300" is
    above 300 and "nearly 300" below it, so neither states the other ("at least 247" and "nearly
    250" may both be true)."""
    return {pointing(first), pointing(second)} == {True, False}


def vague_interval(words: str) -> tuple[float, float]:
    """The interval a vague quantifier stands for; KeyError names the unknown words."""
    return VAGUE_QUANTIFIERS[normalise(words)]


def approximate(value: float, approximator: str | None) -> tuple[float, float]:
    """Widen or bound a stated number by its approximator ("nearly 30" -> 27..30)."""
    if not approximator:
        return (value, value)
    low_factor, high_factor = APPROXIMATORS[normalise(approximator)]
    high = UNBOUNDED if high_factor is None else value * high_factor
    return (value * low_factor, high)


def normalise(words: str) -> str:
    """Lower-case, single-spaced, without a trailing 'of' ("Hundreds  of" -> "hundreds")."""
    text = " ".join(words.lower().split())
    # "upwards of" is an approximator whose "of" belongs to it
    return text[:-3] if text.endswith(" of") and text not in APPROXIMATORS else text

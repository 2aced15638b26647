"""Ranks written "number N" in a checked document (`factcheck check`): "British number three
Aljaz Bedene" where the article ranks him nowhere and calls Djokovic the world number one. The
figure of a rank is a small one ("three", "1") that the article nearly always has somewhere
else, so the figure look-up bears it out; a rank is borne out only by the same rank.

Only on positive evidence, since a faithful summary rejected costs more than an error missed:
- a rank is "number" followed by a figure up to 999 in digits or words ("number three", "number
  12"), or "No" / "No." followed by digits ("No 1", "No.1": "no one" is no rank); never "a number
  of", and never a count after it ("number one of the three");
- it is judged only where the sources rank something in the same way (they write "number M" or
  "No M" for some figure): then the sources use ranks, and one they never write is the
  summary's own;
- the sources bear it out when any of them writes the same rank in either form ("No 3" for
  "number three"), and a first rank also by "top-ranked", "top seed" or "ranked first".
A rank no source writes is unsupported (FC602 `unsupported-number`), in place of its figure's
look-up.
"""

from __future__ import annotations

from collections import Counter

import msgspec

from factcheck.extract.numberwords import SMALL_NUMBERS
from factcheck.lazyre import lazy
from factcheck.link.support import ENTITY_NAMES, Evidence, SourceIndex, Support
from factcheck.model import Claim, QuantityClaim
from factcheck.model.keys import LinkNote
from factcheck.pipeline.judged import forget, unsupported_figure

_WORDS = "|".join(sorted((w for w in SMALL_NUMBERS if w != "zero"), key=len, reverse=True))
# "number three", "number 12", "No 1", "No.1", "no. 1": not "a number of", not "no one"
_RANK = lazy(
    rf"(?<![\w'’-])(?:number\s+(?P<word>{_WORDS}|\d{{1,3}})|no\.?\s?(?P<digits>\d{{1,3}}))(?![\w'’.,-]*\d|-)"
    rf"(?!\s+(?:of|per|in\s+every|out\s+of)\b)"
)
# ways to say a first rank without a figure
_FIRST = lazy(r"\b(?:top[\s-]ranked|top[\s-]seed(?:ed)?|ranked\s+(?:first|1st)|first[\s-]ranked)\b")
# ordinals up to the twentieth, for ranks written without "number" ("third-ranked", "second seed")
_ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
# a rank written as an ordinal or a seed: "third-ranked", "ranked third", "ranked No 3" (read as
# a rank already), "second seed", "seeded 2", "3rd seed"
_ORDINAL_RANK = lazy(
    rf"\b(?:(?P<ord>{'|'.join(_ORDINALS)})|(?P<num>\d{{1,3}})(?:st|nd|rd|th)?)[\s-]+(?:ranked|seed(?:ed)?)\b"
    rf"|\b(?:ranked|seeded)\s+(?:(?P<ord2>{'|'.join(_ORDINALS)})|(?P<num2>\d{{1,3}})(?:st|nd|rd|th)?)\b"
)
# "number one priority": an idiom of importance, not a rank the sources must give
_IDIOM = lazy(
    r"\s+(?:priority|priorities|concern|target|choice|goal|aim|fan|enemy|issue|reason|problem|task"
    r"|threat|focus|objective|question|rule|suspect|cause|worry)\b"
)


class Rank(msgspec.Struct, frozen=True):
    """A rank of a text: its figure and where it stands."""

    value: int
    span: tuple[int, int]


def ranks_judged(
    prose: str,
    source_id: str,
    claims: list[Claim],
    index: SourceIndex,
    support: dict[str, Support],
    links: dict[str, LinkNote],
) -> list[Claim]:
    """`claims` with an unsupported figure claim for each rank of `prose` ("number three") the
    sources, which rank things so, never give, in place of the look-ups of its figure."""
    mine = ranks_in(prose)
    if not mine:
        return claims
    theirs = [
        (rank, source)
        for source, low in index.lowered.items()
        if source != ENTITY_NAMES
        for rank in ranks_in(low)
    ]
    if not theirs:
        return claims  # the sources rank nothing so: nothing to judge a rank by
    written = _ordinal_ranks(index)
    seen: Counter[str] = Counter()
    found: list[Claim] = []
    replaced: set[int] = set()
    for rank in mine:
        if any(other.value == rank.value for other, _ in theirs):
            continue
        if rank.value == 1 and any(_FIRST.search(low) for low in index.lowered.values()):
            continue
        if rank.value in written:
            continue  # "third-ranked", "second seed": the same rank, written otherwise
        start, end = rank.span
        for at, claim in enumerate(claims):
            if isinstance(claim, QuantityClaim) and claim.span is not None and start <= claim.span[0] < end:
                replaced.add(at)
                forget(claim, support, links)
        other, source = theirs[0]
        evidence = Evidence(source, other.span)
        figure = ("rank", float(rank.value), None)
        found.append(unsupported_figure(prose, source_id, rank.span, figure, evidence, seen, support, links))
    if not found:
        return claims
    return [c for at, c in enumerate(claims) if at not in replaced] + found


def _ordinal_ranks(index: SourceIndex) -> set[int]:
    """The ranks the sources write as an ordinal or a seed ("third-ranked", "seeded 2")."""
    found = set()
    for source, low in index.lowered.items():
        if source == ENTITY_NAMES:
            continue
        for match in _ORDINAL_RANK.finditer(low):
            word = match.group("ord") or match.group("ord2")
            found.add(_ORDINALS.index(word) + 1 if word else int(match.group("num") or match.group("num2")))
    return found


def ranks_in(text: str) -> list[Rank]:
    """Each rank of `text` written "number N" or "No N" (not "number one priority")."""
    found = []
    low = text.lower()
    for match in _RANK.finditer(low):
        if _IDIOM.match(low, match.end()):
            continue
        figure = match.group("word") or match.group("digits")
        value = SMALL_NUMBERS[figure] if figure in SMALL_NUMBERS else int(figure)
        if value:
            found.append(Rank(value, match.span()))
    return found

"""A checked document's bounds judged by the sources' figures of the same frame (issue 14).

A summary often writes a source's figure as a bound: "more than 12 people died", "over a
dozen", "up to 20", "dozens", where the source says 14 died. The text look-up
(link/support.py `SourceIndex.number`) accepts only a figure the bound rounds ("more than
100" for 116, not 17 for "at least 11"), since it cannot tell what a figure in the text counts.
An automatic frame can (auto.count.deaths for "14 people" after "killing"): a source figure of
the summary's own frame and kind that the bound is true of, and near (a quarter beyond it at
most, or one unit of its last digit: "at least 11" for 116 is true but says another figure),
supports it, and where the frame's
exact figures all break it ("more than 20" against 14) FC602 says the sources contradict it
(`bound-broken`, with their figure) rather than that none states it.

Only open bounds count ("more than", "at least", "up to", "fewer than", and counts in words of
scale, "dozens", "hundreds"): a rounding ("about 12") or "nearly" keeps the text look-up's
tolerance.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

from factcheck.link.support import rounding_unit, sentence_at
from factcheck.model import QuantityClaim
from factcheck.model.quantifiers import directional, pointing

BOUND_SLACK = 0.25  # how far beyond a bound the figure it states may lie: "more than 12" for 15
# a bound of three significant digits or more ("at least 213", "more than 4,731") is as precise
# as a count: it states its own figure, not one a quarter above it (a planted "213" for 231)
PRECISE = 100
VAGUE_FLOOR = 20  # the scale words a bound is read for: "dozens" (24) and up, not "a few"
PLACE = "in-"  # a place qualifier ("in-tarrow"): the count of the event at the place it names


def open_bound(claim: QuantityClaim) -> bool:
    """Whether a count is an open bound ("more than 12", "up to 20") or a count in words of
    scale ("dozens", "hundreds"), not a rounding ("about 12", "nearly 15")."""
    if claim.vague is not None:
        return claim.interval()[0] >= VAGUE_FLOOR
    if claim.value is None or pointing(claim.approx) is None:
        return False
    low, high = claim.interval()
    return math.isinf(high) or low <= 0


def meets(claim: QuantityClaim, figure: float) -> bool:
    """Whether an open bound is true of a figure: "more than 12" of 14 (not of 12), "at least 12"
    of 12, "up to 20" of 14, "dozens" of 40."""
    low, high = claim.interval()
    if claim.vague is not None:
        return low <= figure <= high
    assert claim.value is not None
    strict = bool(directional(claim.approx))  # "more than 12" leaves 12 out, "at least 12" not
    if math.isinf(high):
        return figure > claim.value or (not strict and figure == claim.value)
    return figure < claim.value or (not strict and figure == claim.value)


def states(claim: QuantityClaim, figure: float) -> bool:
    """Whether an open bound states a figure: true of it and near it, as a summary writes a
    source's figure as a bound ("more than 12" for 14, "up to 20" for 16): the figure at most
    BOUND_SLACK beyond a bound of one or two significant digits, or one unit of its last digit
    ("at least 10" for 19, "at least 213" for 214); not "at least 11" for 116, which is true but
    says another figure, nor "at least 213" for 231."""
    if not meets(claim, figure):
        return False
    if claim.vague is not None:
        return True  # "dozens" for 40: the words of scale are the whole statement
    assert claim.value is not None
    unit = rounding_unit(claim.value)
    if claim.value / unit >= PRECISE:
        return abs(figure - claim.value) <= unit  # "at least 213" says 213, not 231
    return abs(figure - claim.value) <= max(BOUND_SLACK * claim.value, unit)


def exact(peer: QuantityClaim) -> bool:
    """A source count written as one figure ("14 people"), not a bound or a rounding."""
    return peer.value is not None and peer.approx is None and peer.vague is None


def same_kind(claim: QuantityClaim, peer: QuantityClaim, texts: Mapping[str, str]) -> bool:
    """Whether a source count counts what the summary's does: the same qualifiers ("civilians"
    is not the whole toll), a place the summary adds ("died in the Tarrow floods") counting as
    the same only when the source's sentence names that place."""
    mine, theirs = set(claim.qualifiers), set(peer.qualifiers)
    if not theirs <= mine:
        return False
    extra = mine - theirs
    if not extra:
        return True
    if any(not q.startswith(PLACE) for q in extra):
        return False
    sentence = _sentence(peer, texts).lower()
    return all(_place_words(q) in sentence for q in extra)


def _place_words(qualifier: str) -> str:
    return qualifier.removeprefix(PLACE).replace("-", " ")


def _sentence(peer: QuantityClaim, texts: Mapping[str, str]) -> str:
    text = texts.get(peer.source, "")
    if peer.span is None or not text:
        return ""
    return re.sub(r"\s+", " ", sentence_at(text, peer.span[0]))


def met_by(claim: QuantityClaim, peers: list[QuantityClaim], texts: Mapping[str, str]) -> bool:
    """Whether a source count of the frame that counts the same thing is a figure the bound
    states (`states`)."""
    return open_bound(claim) and any(
        exact(p) and same_kind(claim, p, texts) and states(claim, p.value)  # type: ignore[arg-type]
        for p in peers
    )


def broken_by(
    claim: QuantityClaim, peers: list[QuantityClaim], texts: Mapping[str, str]
) -> QuantityClaim | None:
    """The first of the frame's exact counts of the same thing, when they all break the bound
    ("more than 20" against 14); None when one meets it or there is none."""
    if not open_bound(claim):
        return None
    judged = [p for p in peers if exact(p) and same_kind(claim, p, texts)]
    if not judged or any(meets(claim, p.value) for p in judged):  # type: ignore[arg-type]
        return None
    return judged[0]

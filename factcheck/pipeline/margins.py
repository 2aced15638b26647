"""A winning margin a checked document gives that the sources state only as its two totals
(`factcheck check`): "Leave won by about 1.3 million votes" where a report writes "17,410,742
voted to leave, 16,141,241 to remain". No source states 1.3 million, but a reader subtracts the
two figures of one sentence; so does the check, for a figure written as a margin only (after
"won/led/beat ... by"), so that a figure of any other kind is never made up of two others."""

from __future__ import annotations

import itertools
import re

from factcheck.lazyre import lazy
from factcheck.link.support import Evidence, SourceIndex, numbers_in, sentences
from factcheck.model import QuantityClaim

# a margin: a verb of winning or leading, then "by" right before the figure ("won the vote by
# about", "led Remain by"), in one clause; any words between them but a clause's end
_MARGIN = lazy(
    r"\b(?:won|wins?|winning|leads?|led|leading|beat|beats|beaten|defeated|ahead)\b[^.;:!?]*\bby\s+$",
    re.IGNORECASE,
)
CLAUSE_REACH = 120  # characters before the figure a margin's verb may stand


def margin_support(claim: QuantityClaim, prose: str, index: SourceIndex) -> Evidence | None:
    """Where a source sentence states two figures whose difference is the document's margin
    (within its interval: "about 1.3 million" holds 1,269,501), both larger than it (totals, not
    parts of it); None when the figure is no margin or no sentence bears it out."""
    if claim.span is None or (claim.value is None and claim.low is None):
        return None
    before = prose[max(0, claim.span[0] - CLAUSE_REACH) : claim.span[0]]
    if not _MARGIN.search(before):
        return None
    low, high = claim.interval()
    noun = _noun_stem(claim.text)
    for source, text in index.texts.items():
        for start, end in sentences(text):
            sentence = text[start:end]
            if noun and noun not in sentence.lower():
                continue  # "won by 1.3 million votes": the totals are of votes ("voted")
            found = _difference(sentence, low, high)
            if found is not None:
                return Evidence(source, (start + found[0], start + found[1]))
    return None


def _noun_stem(text: str) -> str:
    """The first letters (STEM) of the word the figure counts, when the claim's text ends with one
    ("about 1.3 million votes": "vote", which "voted" holds too); "" for a bare figure."""
    words = re.findall(r"[a-z]+", text.lower().rsplit(None, 1)[-1]) if text.strip() else []
    last = words[-1] if words else ""
    return last[:STEM] if len(last) >= STEM and last not in _SCALES else ""


STEM = 4
_SCALES = frozenset({"million", "millions", "billion", "billions", "thousand", "thousands", "percent"})
# a year standing alone ("2015"): two years' difference is a length of time, never a margin
_YEAR = lazy(r"(?:1[0-9]|20|21)\d\d")


def _difference(sentence: str, low: float, high: float) -> tuple[int, int] | None:
    """The span of the larger of two figures of the sentence, both above `high` and neither a
    year, that differ by between `low` and `high`; None when no two do."""
    figures = [
        (value, span)
        for value, span in numbers_in(sentence)
        if value > high and not _YEAR.fullmatch(sentence[span[0] : span[1]])
    ]
    for (a, a_span), (b, b_span) in itertools.combinations(figures, 2):
        if low <= abs(a - b) <= high and not _rounded(a, b) and not _over_time(sentence, a_span, b_span):
            return a_span if a > b else b_span
    return None


# words that set two figures of one sentence at two times ("18,450 votes, up from 15,210 at the
# last election", "65 seats in 2019 and 80 this year"): their difference is a change, no margin
_CHANGE = lazy(
    r"\b(?:up|down|rose|risen|fell|fallen|from|compared|previous|previously|last|earlier|before|ago)\b",
    re.IGNORECASE,
)
_WHEN = lazy(r"\b(?:this|next)\s+year\b|\b(?:1[89]|20)\d\d\b", re.IGNORECASE)
BEFORE_REACH = 25  # characters before a figure, within its clause, its time words may stand
AFTER_REACH = 40  # and after it


def _over_time(sentence: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Whether two figures stand at two times: a word of change next to either ("up from 15,210",
    "15,210 at the last election") or two times named from the one to the other ("65 seats in
    2019 and 80 this year"); one year for both ("17,410,742 votes in 2016") is the count's own."""
    (a, b) = sorted((first, second))
    if any(_CHANGE.search(_clause_around(sentence, span)) for span in (a, b)):
        return True
    words = sentence[max(0, a[0] - BEFORE_REACH) : b[1] + AFTER_REACH]
    return len({w.lower() for w in _WHEN.findall(words)}) > 1


def _clause_around(sentence: str, span: tuple[int, int]) -> str:
    """The words of the figure's clause just before and after it (a comma or bracket ends it)."""
    before = re.split(r"[,;:(]", sentence[max(0, span[0] - BEFORE_REACH) : span[0]])[-1]
    after = re.split(r"[,;:.!?)]", sentence[span[1] : span[1] + AFTER_REACH], maxsplit=1)[0]
    return f"{before} {after}"


def _rounded(a: float, b: float) -> bool:
    """Whether one figure is the other rounded ("17 million" beside its "17,410,742"): one total
    written twice, whose difference is no margin."""
    step = max(_step(a), _step(b))
    return abs(a - b) <= step / 2


def _step(value: float) -> float:
    """The place a whole figure is rounded to (1,000,000 for 17 million; 1 for 17,410,742)."""
    if value != int(value) or value == 0:
        return 0.0
    step, whole = 1, int(value)
    while whole % (step * 10) == 0:
        step *= 10
    return float(step) if step > 1 else 0.0

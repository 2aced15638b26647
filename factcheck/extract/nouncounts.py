"""Counts framed by their counted noun alone, when no role cue says what befell those counted.

"accompanied by 15 teachers" and "325 students and 14 teachers" name no event, yet both count the
teachers on the trip: the frame `auto.count.<noun>` lets two reports' counts of one kind of thing
meet. Only a particular noun frames a count so: words that count anybody or anything ("people",
"men", "children", "items"; frames.yaml `unframed_nouns`, with `generic_nouns`) never do, as two
such counts in one story are seldom of one group. A text that counts one noun with two different
figures ("800 students are enrolled ... 500 students were at the campus") says they are different
groups, and which one another report's count is of cannot be told: none of them is compared (as
extract/sums.py does for sums of money). A draft's counts are never unframed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from factcheck.extract.candidates import PLACEHOLDERS, Candidate
from factcheck.extract.text import is_plural
from factcheck.model import QuantityClaim
from factcheck.model.ids import is_draft_source
from factcheck.model.names import name_slug

# the frame's why starts so: the mark the one-figure pass reads
WHY = "counts {noun} (its counted noun; no role cue)"
_MARK = "(its counted noun; no role cue)"
_WORD = re.compile(r"[a-z][a-z-]{2,}")


def noun_slug(noun: str | None, skip: Iterable[str]) -> str | None:
    """The frame slug of a count by its counted noun ("teachers" -> teachers), or None when the
    noun is not a plural word of its own, or is one of `skip` (too general, or a role's)."""
    head = (noun or "").lower()
    if not _WORD.fullmatch(head) or not is_plural(head) or head in set(skip):
        return None
    return name_slug(head)


def _value(claim: QuantityClaim) -> tuple[float | None, float | None, float | None]:
    return claim.value, claim.low, claim.high


def with_one_noun_count(candidates: list[Candidate], source: str) -> list[Candidate]:
    """`candidates` with every noun-framed count unframed whose frame the text gives two
    different figures for; a draft's counts never (each is what the draft says)."""
    if is_draft_source(source):
        return candidates
    figures: dict[str, set[tuple[float | None, float | None, float | None]]] = {}
    for c in candidates:
        if isinstance(c.claim, QuantityClaim) and _MARK in (c.frame_why or ""):
            figures.setdefault(c.claim.subject, set()).add(_value(c.claim))
    several = {subject for subject, values in figures.items() if len(values) > 1}
    if not several:
        return candidates
    why = "; one of several different counts of this noun in the text: never compared"
    return [
        c.model_copy(
            update={
                "claim": c.claim.model_copy(update={"subject": PLACEHOLDERS["quantity"]}),
                "frame_why": f"{c.frame_why}{why}",
            }
        )
        if isinstance(c.claim, QuantityClaim) and c.claim.subject in several and _MARK in (c.frame_why or "")
        else c
        for c in candidates
    ]

"""Dimensions of things a text gives two ways: compared only when the text gives one.

A length framed as a thing's dimension (`auto.measure.length.vessel`: "the 290-metre cruise ship")
stands for "the story's ship". A text that gives two different lengths of one kind of thing in one
unit ("the 290-metre cruise ship ... a 110-metre supply ship nearby") tells of two ships, and which
of them another report's ship is cannot be told: none of them is compared (issue 12, session 16).
A figure and its conversion ("the 290-metre (950 ft) vessel") are in two units and stay framed.
"""

from __future__ import annotations

from factcheck.extract.candidates import Candidate
from factcheck.extract.frames import default_table
from factcheck.model import QuantityClaim
from factcheck.model.ids import Family, is_draft_source, parse_auto


def _dimension(subject: str) -> bool:
    """Whether a frame is a thing's dimension (measure slug '<dimension>.<thing>')."""
    parsed = parse_auto(subject)
    if parsed is None or parsed.family is not Family.MEASURE:
        return False
    return parsed.slug.partition(".")[0] in set(default_table().dimensions.values())


def with_one_size_per_thing(candidates: list[Candidate], source: str) -> list[Candidate]:
    """`candidates` with a thing's dimensions unframed where the text gives two different values
    of one in one unit; a draft's never (each is what the draft says)."""
    if is_draft_source(source):
        return candidates
    values: dict[tuple[str, str], set[float]] = {}
    for claim in (c.claim for c in candidates):
        if isinstance(claim, QuantityClaim) and claim.value is not None and _dimension(claim.subject):
            values.setdefault((claim.subject, claim.unit or ""), set()).add(float(claim.value))
    several = {key for key, found in values.items() if len(found) > 1}
    if not several:
        return candidates
    why = "; one of two sizes this text gives of such a thing (two of them): never compared"
    return [
        c.unframed(why)
        if isinstance(c.claim, QuantityClaim) and (c.claim.subject, c.claim.unit or "") in several
        else c
        for c in candidates
    ]

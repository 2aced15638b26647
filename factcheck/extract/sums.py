"""Sums of money a text gives with no purpose: compared only when the text gives one such sum.

A sum whose words say what it is for ("a $1.8 billion fine", "14.50 euros a share") has a frame
of its own (frames.yaml `money_for`). One with none stays `auto.measure.money`, which stands for
"the story's sum". A text that gives two different such sums in one currency ("4 billion euros
over five years ... agreements worth a further 1.2 billion euros", "€1.9bn ... an operating
profit of €172m") says they are different things, and which of them another report's sum is
about cannot be told: none of them is compared (issue 12, session 10: each met the others').
"""

from __future__ import annotations

from factcheck.extract.candidates import PLACEHOLDERS, Candidate
from factcheck.model import QuantityClaim
from factcheck.model.ids import Family, auto_frame

UNTYPED = auto_frame(Family.MEASURE, "money")
# sums closer than this ratio are one sum written two ways ("1.9 billion", "1.93 billion")
SAME_SUM = 1.25


def _differ(values: list[float]) -> bool:
    """Whether positive sums include two that are not one sum rounded differently."""
    positive = [v for v in values if v > 0]
    return len(positive) > 1 and max(positive) > SAME_SUM * min(positive)


def with_one_untyped_sum(candidates: list[Candidate]) -> list[Candidate]:
    """`candidates` with the untyped sums of a currency unframed when the text gives several."""
    by_unit: dict[str, list[float]] = {}
    for claim in (c.claim for c in candidates):
        if isinstance(claim, QuantityClaim) and claim.subject == UNTYPED and claim.value is not None:
            by_unit.setdefault(claim.unit or "", []).append(float(claim.value))
    several = {unit for unit, values in by_unit.items() if _differ(values)}
    if not several:
        return candidates
    why = "; one of several different sums this text gives with no purpose: never compared"
    return [
        c.model_copy(
            update={
                "claim": c.claim.model_copy(update={"subject": PLACEHOLDERS["quantity"]}),
                "frame_why": f"{c.frame_why}{why}",
            }
        )
        if isinstance(c.claim, QuantityClaim)
        and c.claim.subject == UNTYPED
        and (c.claim.unit or "") in several
        else c
        for c in candidates
    ]

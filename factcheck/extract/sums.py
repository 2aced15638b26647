"""Sums of money a text gives with no purpose: compared only when the text gives one such sum.

A sum whose words say what it is for ("a $1.8 billion fine", "14.50 euros a share") has a frame
of its own (frames.yaml `money_for`). One with none keeps the plain money frame, which stands for
"the story's sum". A text that gives two different such sums in one currency ("4 billion euros
over five years ... agreements worth a further 1.2 billion euros", "€1.9bn ... an operating
profit of €172m") says they are different things, and which of them another report's sum is
about cannot be told: none of them is compared (issue 12, session 10: each met the others').
Not so a sum whose sentence names a deal ("agreed to buy Corvex for $4.2 billion"): that is the
story's sum, and a checked draft's sums are never unframed (each is what the draft says).
"""

from __future__ import annotations

import itertools

from factcheck.extract.candidates import PLACEHOLDERS, Candidate
from factcheck.extract.frames import PREVIOUS_RECORD, default_table
from factcheck.extract.shares import share_words
from factcheck.lazyre import lazy
from factcheck.model import QuantityClaim
from factcheck.model.ids import Family, is_draft_source, parse_auto

# sums closer than this ratio are one sum written two ways ("1.9 billion", "1.93 billion")
SAME_SUM = 1.25


def _one_sum(a: tuple[float, int, int], b: tuple[float, int, int], text: str) -> bool:
    """Whether two sums (value, start, end) are one sum as the text writes it: rounded otherwise
    ("1.9 billion", "1.93 billion"), glossed in brackets right after it ("$44 billion (about $214
    billion)": the text says they are equal, so a wrong gloss stays a claim), or the same digits
    with a scale word dropped ("$44 offer" beside "$44 billion": a slip FC101 should see)."""
    (va, _, ea), (vb, sb, _) = sorted((a, b), key=lambda s: s[1])
    if max(va, vb) <= SAME_SUM * min(va, vb):
        return True
    if _GLOSS.fullmatch(text, ea, sb):
        return True
    return f"{va:.3e}".split("e")[0] == f"{vb:.3e}".split("e")[0]


_GLOSS = lazy(r"\s*\(\s*(?:(?:about|around|roughly|some|approximately|nearly|or)\s+)?")


def _differ(sums: list[tuple[float, int, int]], text: str) -> bool:
    """Whether positive sums include two that are not one sum written two ways."""
    positive = [s for s in sums if s[0] > 0]
    return any(not _one_sum(a, b, text) for i, a in enumerate(positive) for b in positive[i + 1 :])


def _untyped(subject: str) -> bool:
    """Whether a frame is a sum's with no purpose, scoped or not (measure slug 'money' or
    'money.y2018', not 'money.fine')."""
    parsed = parse_auto(subject)
    if parsed is None or parsed.family is not Family.MEASURE:
        return False
    kind, _, rest = parsed.slug.partition(".")
    purposes = {*default_table().money_slugs.values(), PREVIOUS_RECORD}
    return kind == "money" and rest.split(".")[0] not in purposes


_SENTENCE_END = lazy(r"[.!?](?=\s)")


def _sentence_around(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The bounds of the sentence holding `span`, read by its end punctuation."""
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, span[0])]
    after = _SENTENCE_END.search(text, span[1])
    return (starts[-1] if starts else 0), (after.start() if after else len(text))


def _dealt(claim: QuantityClaim, text: str) -> bool:
    """Whether an untyped sum's sentence says it is a deal's price ("agreed to buy Corvex for
    $4.2 billion"): the story's sum, kept framed beside the text's other sums."""
    if claim.span is None:
        return False
    first, last = _sentence_around(text, claim.span)
    before = text[first : claim.span[0]].split()[-DEAL_REACH_BEFORE:]
    after = text[claim.span[1] : last].split()[:DEAL_REACH_AFTER]
    return share_words().deal.search(" ".join([*before, "|", *after])) is not None


# how near a deal word must stand: "agreed to buy Corvex for $4.2 billion", "a $4.2 billion
# takeover", "the €1.9bn deal"; not "the deal would be financed with new debt of 1.2 billion euros"
DEAL_REACH_BEFORE = 5
DEAL_REACH_AFTER = 2


def _loose(claim: object, text: str) -> bool:
    """An untyped sum whose sentence names no deal: one the several-sums rule may unframe."""
    return (
        isinstance(claim, QuantityClaim)
        and _untyped(claim.subject)
        and claim.value is not None
        and not _dealt(claim, text)
    )


def _money_frame(claim: object) -> str | None:
    """The money frame of a quantity claim (auto.measure.money, or a pay rate's
    auto.measure.money.per-week), else None."""
    if not isinstance(claim, QuantityClaim) or claim.value is None:
        return None
    parsed = parse_auto(claim.subject)
    if parsed is None or parsed.family is not Family.MEASURE or parsed.slug.split(".")[0] != "money":
        return None
    return claim.subject


def _glossed_pairs(candidates: list[Candidate], text: str) -> list[tuple[int, int]]:
    """Index pairs (sum, its gloss) of money figures where the second stands in brackets right
    after the first ("€222 million (£200.6m)", "600,000 euros (£540,000) each week")."""
    sums = sorted(
        (i for i, c in enumerate(candidates) if _money_frame(c.claim) and c.claim.span is not None),
        key=lambda i: candidates[i].claim.span or (0, 0),
    )
    pairs = []
    for a, b in itertools.pairwise(sums):
        end, start = (candidates[a].claim.span or (0, 0))[1], (candidates[b].claim.span or (0, 0))[0]
        if (
            start >= end
            and _GLOSS.fullmatch(text, end, start)
            and text.startswith(")", _gloss_end(candidates[b], text))
        ):
            pairs.append((a, b))
    return pairs


def _gloss_end(candidate: Candidate, text: str) -> int:
    """Where the bracket of a gloss closes: right after the figure, spaces allowed."""
    end = (candidate.claim.span or (0, 0))[1]
    return end + len(text[end:]) - len(text[end:].lstrip(" "))


def with_glosses_framed(candidates: list[Candidate], pairs: list[tuple[int, int]]) -> list[Candidate]:
    """A sum and its bracketed gloss in another currency (`pairs`, from `_glossed_pairs`) are one
    sum: the gloss takes the purpose the sum's words give ("close to 600,000 euros (£540,000) each
    week": both weekly), and the other way round, so the two always meet other reports' sums in one
    frame (issue 12, session 23: a gloss left in the plain frame was unframed as one of several
    sums). Both stay money frames, so the pairs hold after it."""
    out = list(candidates)
    for a, b in pairs:
        fa, fb = _money_frame(out[a].claim), _money_frame(out[b].claim)
        if fa == fb or fa is None or fb is None:
            continue
        typed_a, typed_b = not _untyped(fa), not _untyped(fb)
        if typed_a == typed_b:
            continue  # two purposes, or two years: the text's own words; leave them
        src, dst = (a, b) if typed_a else (b, a)
        frame = _money_frame(out[src].claim)
        out[dst] = out[dst].model_copy(
            update={
                "claim": out[dst].claim.model_copy(update={"subject": frame}),
                "frame_why": f"{out[dst].frame_why or ''}; a gloss of the sum beside it, for its purpose",
            }
        )
    return out


def with_one_untyped_sum(candidates: list[Candidate], text: str, source: str) -> list[Candidate]:
    """`candidates` with the untyped sums of a currency unframed when the text gives several,
    but for a sum a deal word pins down; a bracketed gloss in another currency ("€222 million
    (£200.6m)") goes with the sum it glosses; a draft's sums never (each is what the draft says)."""
    pairs = _glossed_pairs(candidates, text)
    candidates = with_glosses_framed(candidates, pairs)
    if is_draft_source(source):
        return candidates
    by_unit: dict[str, list[tuple[float, int, int]]] = {}
    for claim in (c.claim for c in candidates):
        if isinstance(claim, QuantityClaim) and _untyped(claim.subject) and claim.value is not None:
            by_unit.setdefault(claim.unit or "", []).append((float(claim.value), *(claim.span or (0, 0))))
    several = {unit for unit, sums in by_unit.items() if _differ(sums, text)}
    if not several:
        return candidates
    why = "; one of several different sums this text gives with no purpose: never compared"
    glossed = {b: a for a, b in pairs}  # each bracketed gloss -> the sum it glosses

    def unframed(i: int) -> bool:
        claim = candidates[i].claim
        if i in glossed and _money_frame(claim) == _money_frame(candidates[glossed[i]].claim):
            # a gloss is the sum it glosses: kept or unframed with it ("paid €222 million
            # (£200.6m)" beside other sums in pounds is still the one sum in euros)
            return unframed(glossed[i])
        return isinstance(claim, QuantityClaim) and _loose(claim, text) and (claim.unit or "") in several

    return [
        c.model_copy(
            update={
                "claim": c.claim.model_copy(update={"subject": PLACEHOLDERS["quantity"]}),
                "frame_why": f"{c.frame_why}{why}",
            }
        )
        if unframed(i)
        else c
        for i, c in enumerate(candidates)
    ]

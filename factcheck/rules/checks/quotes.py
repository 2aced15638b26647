"""Checks on quoted words: wording that drifts inside quotation marks, and one statement
attributed to different events or dates."""

from __future__ import annotations

from rapidfuzz import fuzz

from factcheck.extract.text import quote_words, same_statement
from factcheck.model import QuoteClaim
from factcheck.model.names import AUTO_QUOTE
from factcheck.rules.checks.base import CheckInput, Verdict, lower_tier_side, spec


def one_statement(a: QuoteClaim, b: QuoteClaim) -> bool:
    """Quotations under one automatic frame (one speaker) are one statement only when their words
    overlap; a curated statement subject says so on its own."""
    if not a.describes.startswith(AUTO_QUOTE):
        return True
    wa, wb = quote_words(a.words), quote_words(b.words)
    shorter, longer = sorted((wa, wb), key=len)
    return _contains(longer, shorter) or same_statement(wa, wb)


def _contains(longer: list[str], shorter: list[str]) -> bool:
    """True when `shorter` is a contiguous run of `longer` (a faithful partial quote)."""
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def quote_wording(data: CheckInput) -> Verdict | None:
    """Two quotations of the same statement use different words inside the quotation marks."""
    a, b = data.matched["a"], data.matched["b"]
    assert isinstance(a, QuoteClaim)
    assert isinstance(b, QuoteClaim)
    wa, wb = quote_words(a.words), quote_words(b.words)
    if not wa or not wb or not one_statement(a, b):
        return None  # two different things one speaker said
    shorter, longer = sorted((wa, wb), key=len)
    if _contains(longer, shorter):
        return None  # the same words, or a faithful excerpt of the longer quotation
    similarity = fuzz.ratio(" ".join(wa), " ".join(wb))
    return Verdict(
        outcome="altered-wording",
        confidence=round(0.95 - 0.3 * similarity / 100, 2),
        details={"similarity": f"{similarity:.0f}"},
        likely_wrong=lower_tier_side(data.tiers, ("a", "b")),
    )


def quote_attribution(data: CheckInput) -> Verdict | None:
    """The same statement is tied to different events, or to dates that cannot both be right."""
    a, b = data.matched["a"], data.matched["b"]
    assert isinstance(a, QuoteClaim)
    assert isinstance(b, QuoteClaim)
    if not one_statement(a, b):
        return None
    da, db = a.attributed_date, b.attributed_date
    if da is not None and db is not None:
        # Dates decide when both are known: two event ids for one occasion are not a conflict.
        if da.overlaps(db):
            return None
        outcome = "different-dates"
    elif a.event is not None and b.event is not None and a.event != b.event:
        outcome = "different-events"
    else:
        return None
    return Verdict(
        outcome=outcome,
        confidence=0.9 if outcome == "different-dates" else 0.7,
        details={
            "a_event": a.event or "an unnamed occasion",
            "b_event": b.event or "an unnamed occasion",
            "a_date": _describe(da),
            "b_date": _describe(db),
        },
        likely_wrong=lower_tier_side(data.tiers, ("a", "b")),
    )


def _describe(interval: object) -> str:
    if interval is None:
        return "no date"
    start, end = interval.start, interval.end  # type: ignore[attr-defined]
    return start.isoformat() if start == end else f"{start.isoformat()}…{end.isoformat()}"


CHECKS = (
    spec("quote_wording", quote_wording, outcomes=["altered-wording"], details=["similarity"]),
    spec(
        "quote_attribution",
        quote_attribution,
        outcomes=["different-dates", "different-events"],
        details=["a_event", "b_event", "a_date", "b_date"],
    ),
)

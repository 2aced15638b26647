"""Checks on where a statement was made: one statement credited to different venues."""

from __future__ import annotations

import re

from factcheck.extract.frames import org_slug
from factcheck.extract.text import quote_words, same_statement
from factcheck.model import QuoteClaim, RelationClaim
from factcheck.rules.checks.base import CheckInput, Verdict, lower_tier_side, spec

Statement = QuoteClaim | RelationClaim


def _plain(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def same_venue(a: str, b: str) -> bool:
    """One venue however written: equal letters, one name inside the other ("Russian Channel 1"
    and "Channel 1"), or the same initials ("The Associated Press", "AP")."""
    pa, pb = _plain(a), _plain(b)
    return (
        pa == pb
        or pa in pb
        or pb in pa
        or org_slug(a) == org_slug(b)
        or org_slug(a) == pb
        or org_slug(b) == pa
    )


def _own(venue: str, source: str) -> bool:
    """A report crediting its own outlet ("told CNN" in CNN's story): each outlet's own interview."""
    return same_venue(venue, source.replace("-", " ").title())


def statement_venue(data: CheckInput) -> Verdict | None:
    """Two sources credit one statement to different venues ("Rossiya 1" vs "Channel 1")."""
    a, b = data.matched["a"], data.matched["b"]
    if not isinstance(a, Statement) or not isinstance(b, Statement):
        return None
    if a.venue is None or b.venue is None or same_venue(a.venue, b.venue):
        return None
    if _own(a.venue, a.source) or _own(b.venue, b.source):
        return None
    quotes = isinstance(a, QuoteClaim) and isinstance(b, QuoteClaim)
    if quotes and not same_statement(quote_words(a.words), quote_words(b.words)):  # type: ignore[union-attr]
        return None  # one speaker's two statements may well be made in two places
    return Verdict(
        outcome="different-venue",
        confidence=0.7,
        details={"a_venue": a.venue, "b_venue": b.venue},
        likely_wrong=lower_tier_side(data.tiers, ("a", "b")),
    )


CHECKS = (
    spec(
        "statement_venue",
        statement_venue,
        outcomes=["different-venue"],
        details=["a_venue", "b_venue"],
    ),
)

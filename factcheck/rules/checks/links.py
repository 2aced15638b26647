"""Checks on how a checked document's claims relate to the registry as a whole.

The engine match does most of the work here (only claims the linker marked `unsourced` or
`unlinked` reach these checks); the checks decide which of those are worth a finding.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from factcheck.extract.text import quote_words
from factcheck.model import QuoteClaim
from factcheck.rules.checks.base import CheckInput, Params, Verdict, spec

ClaimKind = Literal["quantity", "date", "duration", "quote", "mention", "relation"]
ALL_KINDS: list[ClaimKind] = ["quantity", "date", "duration", "quote", "mention", "relation"]


class UnsourcedParams(Params):
    """The shortest quotation worth looking up."""

    min_words: int = Field(1, ge=1, le=50, description="quotations with fewer words are not flagged")


class UnverifiableParams(Params):
    """Which kinds of claim to list when the registry has nothing on them."""

    kinds: list[ClaimKind] = Field(default_factory=lambda: list(ALL_KINDS), min_length=1)


def quote_unsourced(data: CheckInput) -> Verdict | None:
    """Words inside quotation marks that no source in the registry contains or quotes."""
    quote = data.matched["a"]
    assert isinstance(quote, QuoteClaim)
    if len(quote_words(quote.words)) < int(data.params["min_words"]):
        return None  # a quoted word or two is a label ("so-called"), not a statement to look up
    return Verdict(outcome="unsourced", confidence=0.8, details={}, likely_wrong="a")


def unverifiable(data: CheckInput) -> Verdict | None:
    """A claim the registry says nothing about: it can be neither confirmed nor contradicted."""
    claim = data.matched["a"]
    if getattr(claim, "kind", None) not in data.params["kinds"]:
        return None
    return Verdict(outcome="unverifiable", confidence=1.0, details={})


CHECKS = (
    spec("quote_unsourced", quote_unsourced, outcomes=["unsourced"], patterns=("a",), params=UnsourcedParams),
    spec("unverifiable", unverifiable, outcomes=["unverifiable"], patterns=("a",), params=UnverifiableParams),
)

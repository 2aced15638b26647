"""Checks on how a checked document's claims relate to the registry as a whole."""

from __future__ import annotations

from factcheck.model import QuoteClaim
from factcheck.rules.checks.base import CheckInput, Verdict, check


@check("quote_unsourced", patterns=("a",))
def quote_unsourced(data: CheckInput) -> Verdict | None:
    """Words inside quotation marks that no source in the registry contains or quotes."""
    quote = data.matched["a"]
    assert isinstance(quote, QuoteClaim)
    return Verdict(outcome="unsourced", confidence=0.8, details={}, likely_wrong="a")


@check("unverifiable", patterns=("a",))
def unverifiable(data: CheckInput) -> Verdict | None:
    """A claim the registry says nothing about: it can be neither confirmed nor contradicted."""
    return Verdict(outcome="unverifiable", confidence=1.0, details={})

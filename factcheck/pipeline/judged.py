"""The claim a judging step puts in place of a summary's words: ordinals, ranks and scores a
summary gives and its sources do not. Each step reads its own kind of phrase; what it adds is the
same: one figure claim of the phrase, unsupported, with the evidence the step found, replacing the
look-ups of the words it covers."""

from __future__ import annotations

from collections import Counter

from factcheck.link import claim_id
from factcheck.link.linking import isolate
from factcheck.link.support import Evidence, Support
from factcheck.model import Claim, QuantityClaim
from factcheck.model.ids import StandIn, stand_in
from factcheck.model.keys import LinkNote


def unsupported_figure(
    prose: str,
    source_id: str,
    span: tuple[int, int],
    figure: tuple[str, float, str | None],
    evidence: Evidence | None,
    seen: Counter[str],
    support: dict[str, Support],
    links: dict[str, LinkNote],
    elsewhere: bool = False,
) -> Claim:
    """A figure claim of `prose[span]` (`figure`: its unit, value and note), registered in
    `support` and `links` as unsupported, with `evidence`."""
    start, end = span
    unit, value, note = figure
    claim: Claim = QuantityClaim(
        id="x",
        source=source_id,
        text=prose[start:end],
        span=(start, end),
        subject=stand_in(StandIn.QUANTITY),
        unit=unit,
        value=value,
        note=note,
    )
    claim = isolate(claim.model_copy(update={"id": claim_id(source_id, claim, seen)}))
    support[claim.id] = Support(False, evidence, elsewhere=elsewhere)
    links[claim.id] = LinkNote.UNSUPPORTED
    return claim


def forget(claim: Claim, support: dict[str, Support], links: dict[str, LinkNote]) -> None:
    """Drop the look-up of a claim a judged claim replaces."""
    support.pop(claim.id, None)
    links.pop(claim.id, None)

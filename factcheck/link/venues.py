"""Give each statement (a quotation, a relation someone stated) the venue its sentence credits it
to, so FC304 and FC503 can see one statement credited to different venues. Derived at review from
the source texts, for curated and candidate claims alike; a venue an editor wrote is kept."""

from __future__ import annotations

import functools
from typing import TypeGuard

import msgspec

from factcheck.extract.text import Sentences
from factcheck.extract.venues import venue_in
from factcheck.model import Claim, QuoteClaim, RelationClaim
from factcheck.model.ids import Family, in_family
from factcheck.registry import Registry


def is_statement(claim: Claim) -> TypeGuard[QuoteClaim | RelationClaim]:
    """A quotation, or a relation someone stated (a place's kind is no statement)."""
    if isinstance(claim, RelationClaim):
        return not (in_family(claim.relation, Family.PLACE) or in_family(claim.relation, Family.ROLE))
    return isinstance(claim, QuoteClaim)


@functools.lru_cache(maxsize=1024)
def _sentences(text: str) -> Sentences:
    """A text's sentences, split once: a review streamed from the store calls `with_venues` once
    per partition, and a source's statements are spread over many partitions."""
    return Sentences(text)


def with_venues(registry: Registry) -> Registry:
    """The registry with every statement claim that has a span and no venue given its venue."""
    changed = False
    claims: list[Claim] = []
    for claim in registry.claims:
        # the cheap tests first: asking for a text may read its file (a review streamed from the store)
        if not is_statement(claim) or claim.venue or claim.span is None:
            claims.append(claim)
            continue
        text = registry.texts.get(claim.source)
        if text is None:
            claims.append(claim)
            continue
        venue = venue_in(text.text, claim.span, _sentences(text.text))
        if venue is None:
            claims.append(claim)
            continue
        claims.append(claim.model_copy(update={"venue": venue.name}))
        changed = True
    return msgspec.structs.replace(registry, claims=claims) if changed else registry

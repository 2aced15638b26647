"""Give each statement (a quotation, a relation) the venue its sentence credits it to, so FC304
and FC503 can see one statement credited to different venues. Derived at review from the source
texts, for curated and candidate claims alike; a venue an editor wrote in the claim is kept."""

from __future__ import annotations

import dataclasses

from factcheck.extract.text import Sentences
from factcheck.extract.venues import venue_in
from factcheck.model import Claim, QuoteClaim, RelationClaim
from factcheck.registry import Registry


def with_venues(registry: Registry) -> Registry:
    """The registry with every statement claim that has a span and no venue given its venue."""
    sentences: dict[str, Sentences] = {}
    changed = False
    claims: list[Claim] = []
    for claim in registry.claims:
        text = registry.texts.get(claim.source)
        if (
            not isinstance(claim, QuoteClaim | RelationClaim)
            or claim.venue
            or claim.span is None
            or text is None
        ):
            claims.append(claim)
            continue
        split = sentences.setdefault(claim.source, Sentences(text.text))
        venue = venue_in(text.text, claim.span, split)
        if venue is None:
            claims.append(claim)
            continue
        claims.append(claim.model_copy(update={"venue": venue.name}))
        changed = True
    return dataclasses.replace(registry, claims=claims) if changed else registry

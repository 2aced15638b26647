"""The subject keys a claim joins on: what makes two claims about the same thing."""

from __future__ import annotations

from factcheck.model.records import Claim


def claim_keys(claim: Claim) -> tuple[str, str | None, str | None]:
    """(key, from_key, to_key): the subject ids a claim joins on."""
    match claim.kind:
        case "quantity":
            return (claim.subject, None, None)
        case "date":
            return (claim.event, None, None)
        case "duration":
            return (claim.subject, claim.from_event, claim.to_event)
        case "quote":
            return (claim.describes, None, None)
        case "mention":
            return (claim.entity, None, None)
        case "relation":
            return (claim.relation, None, None)
    raise AssertionError(claim.kind)

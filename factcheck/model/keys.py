"""The subject keys a claim joins on: what makes two claims about the same thing."""

from __future__ import annotations

from factcheck.model.records import Claim, ClaimStatus

# Automatic frames (`auto.count.deaths`, `auto.measure.depth`, `auto.event.struck`…): subject ids
# extraction derives from a claim's own words. Unlike the `unknown.*` stand-ins they join.
AUTO_PREFIX = "auto."


def is_auto(subject_id: str | None) -> bool:
    """True for an automatic frame id."""
    return bool(subject_id) and str(subject_id).startswith(AUTO_PREFIX)


def is_auto_linked(claim: Claim) -> bool:
    """True for an uncurated candidate that joins others only through an automatic frame."""
    return claim.status is ClaimStatus.CANDIDATE and any(is_auto(k) for k in claim_keys(claim))


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

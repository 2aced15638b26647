"""The subject keys a claim joins on: what makes two claims about the same thing."""

from __future__ import annotations

from enum import StrEnum

# Automatic frames (`auto.count.deaths`, `auto.measure.depth`, `auto.event.struck`…): subject ids
# extraction derives from a claim's own words. Unlike the `unknown.*` stand-ins they join.
from factcheck.model.ids import AUTO_PREFIX, is_auto
from factcheck.model.records import Claim, ClaimStatus

__all__ = ["AUTO_PREFIX", "LinkNote", "claim_keys", "is_auto", "is_auto_linked"]


class LinkNote(StrEnum):
    """Why a checked document's claim is not linked to a registry subject (rules match on it:
    `where: {link: unsourced}`); a linked claim has no note."""

    UNLINKED = "unlinked"  # no registry subject of its kind: unverifiable (FC601), never an error
    UNSOURCED = "unsourced"  # quoted words found in no source (FC303)
    UNSUPPORTED = "unsupported"  # a figure, date or name no source gives in any form (FC602)


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

"""Engine facts for a registry's claims, and the partitions no rule can join across.

A fact is the little a rule tests about a claim (kind, tier, the subject keys it joins on, its
source); everything else stays in Python. The partitions are computed here, below the engine,
so the compiled store (registry/store.py) can keep them: a review then streams them from the
file instead of holding every claim in memory.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from factcheck.model import WEEKDAYS, Claim, DateClaim, Entity, LinkNote, Tier, claim_keys, is_auto
from factcheck.model.ids import claim_ref, entity_ref, is_stand_in, join_key
from factcheck.registry.links import Links

Fact = dict[str, str]
CLAIM_FIELDS = ("t", "kind", "tier", "flag", "link", "key", "from_key", "to_key", "src", "ref")
ENTITY_FIELDS = ("t", "kind", "tier", "key", "src", "ref")


def claim_fact(claim: Claim, tier: Tier, link: LinkNote | None = None, frames: Links | None = None) -> Fact:
    """The engine fact for a claim: only what rules test, the rest stays in Python."""
    key, from_key, to_key = (subject_join_key(k, claim.id, frames) for k in claim_keys(claim))
    flag = _date_flag(claim) if claim.kind == "date" else ""
    if claim.kind == "duration" and claim.ends_on is not None:
        flag = "dated"  # its sentence dates one end: FC204 needs only the anchor's dates
    return {
        "t": "claim",
        "kind": claim.kind,
        "tier": tier.value,
        "flag": flag,
        "link": link.value if link is not None else "",
        "key": key or "",
        "from_key": from_key or "",
        "to_key": to_key or "",
        "src": claim.source,
        "ref": claim_ref(claim.id),
    }


def _date_flag(claim: DateClaim) -> str:
    """What a date's own checks need: `zones` for a time written in two zones that disagree
    (FC206), `weekday` for a weekday written with it (FC202). A fact carries one flag, so a claim
    with both keeps `weekday` unless its weekday fits its one day (FC202 would pass it anyway)."""
    if claim.zone_gap is not None and not (claim.weekday and not _weekday_fits(claim)):
        return "zones"
    return "weekday" if claim.weekday else ""


def _weekday_fits(claim: DateClaim) -> bool:
    """Whether a date's written weekday is its one day's, or it spans days (FC202 passes it)."""
    return claim.start != claim.end or WEEKDAYS[claim.start.weekday()] == str(claim.weekday).lower()


def subject_join_key(key: str | None, claim_id: str, frames: Links | None) -> str | None:
    """What a subject field joins on: a stand-in joins nothing (`unknown.quantity` is not one
    thing); an automatic frame joins as an editor's merges say; a curated subject as written."""
    if not key:
        return key
    if is_stand_in(key):
        return join_key(key, claim_id)
    if frames is not None and is_auto(key):
        return frames.frame(key)
    return key


def entity_fact(entity: Entity) -> Fact:
    """The engine fact for an entity of the registry."""
    return {
        "t": "entity",
        "kind": entity.kind.value,
        "tier": Tier.REFERENCE.value,
        "key": entity.id,
        "src": "entities",
        "ref": entity_ref(entity.id),
    }


def partitioned(
    claims: Iterable[Claim],
    tier_of: Mapping[str, Tier],
    entities: Mapping[str, Entity],
    frames: Links,
    links: Mapping[str, LinkNote] | None = None,
) -> list[list[Fact]]:
    """Facts split into groups that no rule can join across (connected subject ids), each group
    in registry order with its entities last, the groups sorted by their root subject key."""
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        # only keys a claim links together (a duration's events) are in `parent`; every other
        # key is its own group, found without touching the table
        while key in parent and parent[key] != key:
            parent[key] = parent.get(parent[key], parent[key])
            key = parent[key]
        return key

    notes = links or {}
    facts: list[Fact] = []
    mentioned: set[str] = set()
    for claim in claims:
        facts.append(claim_fact(claim, tier_of[claim.source], notes.get(claim.id), frames))
        if claim.kind == "mention" and claim.entity in entities:
            mentioned.add(claim.entity)
    for fact in facts:
        if not (fact["from_key"] or fact["to_key"]):
            continue
        keys = [k for k in (fact["key"], fact["from_key"], fact["to_key"]) if k]
        for other in keys[1:]:
            root, merged = find(keys[0]), find(other)
            if root != merged:
                parent[merged] = root
                parent.setdefault(root, root)
    # a name with no entity record (an automatic cluster no entity was derived for) asserts none
    facts += [entity_fact(entities[e]) for e in sorted(mentioned)]
    groups: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        groups[find(fact["key"])].append(fact)
    return [groups[k] for k in sorted(groups)]

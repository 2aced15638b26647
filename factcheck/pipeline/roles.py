"""A checked document's roles of people, judged against the sources (`factcheck check`): a role
of a person the sources give roles to is compared with those (FC505: contradicted or supported);
a role one person holds that the sources give someone else is compared with that person's
(FC505 `other-holder`); a role no source gives the person, in any sentence naming them, is
unsupported (FC602 `unsupported-role`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.roles import Role, is_post, parse_role, role_conflict, role_table
from factcheck.link.support import Evidence, SourceIndex, Support, sentences
from factcheck.model import Claim, RelationClaim
from factcheck.model.ids import Family, in_family, is_draft_source
from factcheck.model.keys import LinkNote
from factcheck.registry import Registry


def is_role(claim: Claim) -> bool:
    """A person's role read by extraction (extract/roles.py)."""
    return isinstance(claim, RelationClaim) and in_family(claim.relation, Family.ROLE)


def judge_roles(
    claims: list[Claim],
    links: dict[str, LinkNote],
    registry: Registry,
    index: SourceIndex,
    support: dict[str, Support],
) -> None:
    """Link each of a document's role claims for the rules, or look it up in the texts. A role of
    a person no source names is dropped: the name is the error (FC602, FC401), not the role."""
    roles: dict[str, list[RelationClaim]] = {}
    for claim in registry.claims:
        if is_role(claim) and not is_draft_source(claim.source):
            assert isinstance(claim, RelationClaim)
            roles.setdefault(claim.relation, []).append(claim)
    unknown: list[Claim] = []
    for position, claim in enumerate(claims):
        if not is_role(claim) or links.get(claim.id) is not LinkNote.UNLINKED:
            continue
        assert isinstance(claim, RelationClaim)
        if is_post(claim.agent) and claim.relation in roles:
            del links[claim.id]  # an unnamed post the sources name too: FC505 compares the holder's sex
            continue
        person = None if is_post(claim.agent) else _surname(claim)  # a post no source names: dropped
        if not _named(person, index):
            unknown.append(claim)
            del links[claim.id]
            continue
        role = parse_role((claim.item or "").split())
        if role is None:
            continue
        peers = [parse_role((p.item or "").split()) for p in roles.get(claim.relation, [])]
        known = [p for p in peers if p is not None]
        if any(role_conflict(role, p) is not None or p.noun == role.noun for p in known):
            del links[claim.id]  # a role the sources give this person, or one against it: FC505
            continue
        found = _stated(role, person, index)
        holder = None if found.found else _other_holder(role, claim, roles)
        if holder is not None:
            claims[position] = claim.model_copy(update={"relation": holder.relation})
            del links[claim.id]  # FC505 compares it with the holder's role (`other-holder`)
            continue
        support[claim.id] = found
        if found.found:
            del links[claim.id]
        else:
            links[claim.id] = LinkNote.UNSUPPORTED
    for claim in unknown:
        claims.remove(claim)


def _other_holder(
    role: Role, claim: RelationClaim, roles: dict[str, list[RelationClaim]]
) -> RelationClaim | None:
    """The one other person the sources give this one-holder role ("the coach"), if exactly one."""
    if role.past or role.noun not in role_table().one_holder:
        return None
    holders = {
        peer.relation: peer
        for peers in roles.values()
        for peer in peers
        if peer.agent != claim.agent and not is_post(peer.agent) and _same_role(role, peer)
    }
    return next(iter(holders.values())) if len(holders) == 1 else None


def _same_role(role: Role, peer: RelationClaim) -> bool:
    """The peer's role is this role (the same noun at the same rank, of no other kind)."""
    other = parse_role((peer.item or "").split())
    return (
        other is not None
        and not other.past
        and other.noun == role.noun
        and role_conflict(role, other) is None
    )


Person = tuple[str, re.Pattern[str]]  # a surname and its whole-word pattern


def _surname(claim: RelationClaim) -> Person | None:
    """The person's surname (the last word of the name cluster) and its whole-word pattern."""
    surname = (claim.agent or "").rsplit("-", 1)[-1]
    return (surname, re.compile(rf"\b{re.escape(surname)}\b", re.IGNORECASE)) if len(surname) > 1 else None


def _texts_naming(person: Person, index: SourceIndex) -> Iterator[tuple[str, str]]:
    """The sources' texts that may name the person, in order: with the text tables of a large
    registry, only those holding the surname (the pre-filter `SourceIndex.name` uses)."""
    for source in index.may_have(person[0]):
        yield source, index.texts[source]


def _named(person: Person | None, index: SourceIndex) -> bool:
    """Whether any source names the person (`person`: the surname of `_surname`)."""
    return person is not None and any(person[1].search(text) for _, text in _texts_naming(person, index))


def _stated(role: Role, person: Person | None, index: SourceIndex) -> Support:
    """Whether a source sentence naming the person (by the surname pattern) uses the role's noun."""
    if person is None:
        return Support(False)
    table = role_table()
    nouns = {role.noun, *(w for w, canonical in table.synonyms.items() if canonical == role.noun)}
    noun = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(nouns)) + r")\b", re.IGNORECASE)
    for source, text in _texts_naming(person, index):
        for start, end in sentences(text):
            sentence = text[start:end]
            if person[1].search(sentence) and noun.search(sentence):
                return Support(True, Evidence(source, (start, end)))
    return Support(False)

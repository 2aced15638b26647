"""A checked document's roles of people, judged against the sources (`factcheck check`): a role
of a person the sources give roles to is compared with those (FC505: contradicted or supported);
a role one person holds that the sources give someone else is compared with that person's
(FC505 `other-holder`), as is any role the sources give one other person and never this one,
when they give this one another role ("Laura Whitfield, the mayor" where they write "Governor
Laura Whitfield" and "Mayor Tom Becker"), as is a country's or body's head written with its owner ("Benin's
President X") that the sources give one other person of that owner and never X; a role no source
gives the person, in any sentence naming them, is unsupported (FC602 `unsupported-role`). A
country's head written with a country ("Tajik President X") that the sources give X only as
another country's ("Kazakh President X") is the person given to the wrong owner (FC602
`name-of-other-owner`, `other_countries`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.countries import country_forms, country_name
from factcheck.extract.roles import Role, is_post, parse_role, role_conflict, role_table
from factcheck.lazyre import lazy
from factcheck.link.support import Evidence, SourceIndex, Support, sentences
from factcheck.model import Claim, RelationClaim
from factcheck.model.ids import Family, in_family, is_draft_source
from factcheck.model.keys import LinkNote
from factcheck.registry import Registry
from factcheck.rules.checks.support import OTHER_OWNER
from factcheck.wordlists import negation_in, word_list


def is_role(claim: Claim) -> bool:
    """A person's role read by extraction (extract/roles.py)."""
    return isinstance(claim, RelationClaim) and in_family(claim.relation, Family.ROLE)


def judge_roles(
    claims: list[Claim],
    links: dict[str, LinkNote],
    registry: Registry,
    index: SourceIndex,
    support: dict[str, Support],
    prose: str = "",
) -> None:
    """Link each of a document's role claims for the rules, or look it up in the texts. A role of
    a person no source names is dropped: the name is the error (FC602, FC401), not the role.
    `prose`: the document's text its claims' spans point into (an owner written after the role)."""
    roles: dict[str, list[RelationClaim]] = {}
    for claim in registry.claims:
        if is_role(claim) and not is_draft_source(claim.source):
            assert isinstance(claim, RelationClaim)
            roles.setdefault(claim.relation, []).append(claim)
    unknown: list[Claim] = []
    for position, claim in enumerate(claims):
        if not is_role(claim):
            continue
        assert isinstance(claim, RelationClaim)
        owned = _owned_holder(claim, prose, roles, index)
        if owned is not None:
            claims[position] = claim.model_copy(update={"relation": owned.relation})
            links.pop(claim.id, None)  # FC505 compares it with the owner's one head (`other-holder`)
            continue
        if links.get(claim.id) is not LinkNote.UNLINKED:
            continue
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
        if holder is None and known and not found.found:
            holder = _swapped_holder(role, claim, roles, prose, index)
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
    return _one_holder(_holders(role, claim, roles))


def _swapped_holder(
    role: Role, claim: RelationClaim, roles: dict[str, list[RelationClaim]], prose: str, index: SourceIndex
) -> RelationClaim | None:
    """For a person the sources give a role of their own, none this one: the one other person
    they give this role, of any noun ("Laura Whitfield, the mayor" where they write "Governor
    Laura Whitfield" and "Mayor Tom Becker": two people's roles swapped). A head one owner has
    ("president", roles.yaml `owned_heads`) only of the same owner words, none or the same
    ("Guinea's President X" is no swap with "Guinea Bissau President Y"); never a past role, a
    head for now or a role in a negated sentence."""
    if role.past or _negated(claim, prose) or _unsettled(claim, prose):
        return None
    holders = _holders(role, claim, roles)
    if role.noun in role_table().owned_heads:
        owner = owner_words(claim, prose)
        holders = [p for p in holders if owner_words(p, index.texts.get(p.source, "")) == owner]
    return _one_holder(holders)


def _holders(role: Role, claim: RelationClaim, roles: dict[str, list[RelationClaim]]) -> list[RelationClaim]:
    """The source role claims giving this role to a named person other than the claim's."""
    return [
        peer
        for peers in roles.values()
        for peer in peers
        if peer.agent != claim.agent and not is_post(peer.agent) and _same_role(role, peer)
    ]


def _one_holder(holders: list[RelationClaim]) -> RelationClaim | None:
    """The holders' one person's claim, if they are all one person's."""
    by_person = {peer.relation: peer for peer in holders}
    return next(iter(by_person.values())) if len(by_person) == 1 else None


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


def _sentences_naming(person: Person, index: SourceIndex) -> Iterator[tuple[str, int, str]]:
    """(source, start, sentence) of each source sentence naming the person (by the surname
    pattern), in order."""
    for source, text in _texts_naming(person, index):
        for start, end in sentences(text):
            sentence = text[start:end]
            if person[1].search(sentence):
                yield source, start, sentence


def _stated(role: Role, person: Person | None, index: SourceIndex) -> Support:
    """Whether a source sentence naming the person (by the surname pattern) uses the role's noun."""
    if person is None:
        return Support(False)
    noun = _noun_pattern(role)
    for source, start, sentence in _sentences_naming(person, index):
        if noun.search(sentence):
            return Support(True, Evidence(source, (start, start + len(sentence))))
    return Support(False)


def _owned_holder(
    claim: RelationClaim, prose: str, roles: dict[str, list[RelationClaim]], index: SourceIndex
) -> RelationClaim | None:
    """The one other person the sources give this owner's head ("Benin's President X": the
    person the sources call Benin's president), when the document writes the owner beside the
    role (roles.yaml `owned_heads`) and no source sentence naming this person names the owner and
    the role's noun. None for a past role, a role in a negated sentence, an owner two or more
    people of the sources are heads of, or a person the sources give that owner's role."""
    role = parse_role((claim.item or "").split())
    table = role_table()
    if role is None or role.past or role.noun not in table.owned_heads or is_post(claim.agent):
        return None
    owner = owner_words(claim, prose)
    person = _surname(claim)
    if not owner or person is None or _negated(claim, prose) or _unsettled(claim, prose):
        return None
    holders: dict[str, RelationClaim] = {}
    for peers in roles.values():
        for peer in peers:
            if is_post(peer.agent) or not _same_role(role, peer):
                continue
            # the same owner: "Nigeria's Senate President" is no head of Nigeria
            if owner == owner_words(peer, index.texts.get(peer.source, "")):
                holders.setdefault((peer.agent or "").rsplit("-", 1)[-1], peer)
    if len(holders) != 1 or person[0] in holders:
        return None
    own = {
        (peer.source, *peer.span)
        for peers in roles.values()
        for peer in peers
        if peer.span is not None
        and (peer.agent or "").rsplit("-", 1)[-1] == person[0]
        and _same_role(role, peer)
    }
    if _stated_with(role, owner, person, index, own):
        return None  # a source names this person with the owner and the role: not another's
    return next(iter(holders.values()))


_POSSESSIVE_END = lazy(r"(?:'s|’s|'|’)$")
_OF_OWNER = lazy(
    r"\s+(?:of|for)\s+(?:the\s+)?(?P<owner>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
    r"(?P<body>(?:\s+[a-z][\w'’-]*)*)"  # "of Benin's football federation": the owner runs on
)
_WORD = lazy(r"[\w'’.-]+")


def owner_words(claim: RelationClaim, text: str) -> frozenset[str]:
    """The lower-cased words naming whose role a claim's words give ("Benin's President X",
    "Benin President X", "the President of Benin, X", and "X, president of Benin" after the
    claim's span in `text`, read on to the end of its noun phrase: "of Benin's football
    federation"): the words that are neither the person's name, a role word, a title nor a
    function word. Two owners are one only when these words are the same set."""
    table = role_table()
    name = set((claim.agent or "").split("-"))
    skip = word_list("stopwords") | word_list("determiners") | word_list("titles")
    words = _WORD.findall(claim.text)  # "Benin football federation President X": all its words
    if claim.span is not None and text:
        tail = _OF_OWNER.match(text, claim.span[1])
        if tail is not None and text[claim.span[0] : claim.span[1]].rstrip().split()[-1][:1].islower():
            words += tail.group("owner").split()  # "X, president of Benin": the role ends the span
            for word in tail.group("body").split():  # to the end of its noun phrase
                if word.lower() in skip:
                    break
                words.append(word)
    owner = set()
    for word in words:
        bare = _POSSESSIVE_END.sub("", word.rstrip(".")).lower()
        if bare and bare not in name and not table.acceptable(bare) and bare not in skip:
            owner.add(bare)
    return frozenset(owner)


def _unsettled(claim: RelationClaim, prose: str) -> bool:
    """Whether the role is held for now ("Niger's interim President X", "acting mayor", "the de
    facto leader": roles.yaml `unsettled_heads`), in the claim's words or just before them: such a
    head implies another holder, so the sources' holder is no contradiction."""
    words = role_table().unsettled_heads
    if not words:
        return False
    before = prose[max(0, claim.span[0] - 40) : claim.span[0]] if claim.span is not None and prose else ""
    said = f"{before} {claim.text} {claim.item or ''}".lower()
    return any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", said) for w in words)


def _negated(claim: RelationClaim, prose: str) -> bool:
    """Whether the document's sentence holding the claim negates before it ("It was not Benin's
    President X who went"): a negated sentence says nothing of whose role it is."""
    if claim.span is None or not prose:
        return False
    for start, end in sentences(prose):
        if start <= claim.span[0] < end:
            return negation_in(prose[start : claim.span[0]])
    return False


def _stated_with(
    role: Role, owner: frozenset[str], person: Person, index: SourceIndex, own: set[tuple[str, int, int]]
) -> bool:
    """Whether a source sentence naming the person (by surname) uses the role's noun or a synonym
    with each owner word, or uses it outside the person's own title without the owner (`own`:
    source and span of those titles, "President Bola Tinubu"): "Doe will succeed Roe as chief
    executive" may give Doe the owner's role, so the sources may give this person that role."""
    noun = _noun_pattern(role)
    # whole words: "Niger" never marks "Nigerian"
    marks = [re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE) for word in sorted(owner)]
    for source, start, sentence in _sentences_naming(person, index):
        uses = [start + m.start() for m in noun.finditer(sentence)]
        if uses and all(m.search(sentence) for m in marks):
            return True
        if any(not any(s == source and a <= at < b for s, a, b in own) for at in uses):
            return True
    return False


def _noun_pattern(role: Role) -> re.Pattern[str]:
    """The role's noun and its synonyms (roles.yaml), as whole words in any case."""
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(_nouns(role))) + r")\b", re.IGNORECASE)


def other_countries(
    claims: list[Claim],
    links: dict[str, LinkNote],
    index: SourceIndex,
    support: dict[str, Support],
    prose: str,
) -> None:
    """Mark each head's role of `claims` written with a country ("Tajik President Kassym-Jomart
    Tokayev") that the sources give the person with one other country ("Kazakh President
    Kassym-Zomart Tokayev", "Tokayev, the Kazakh president") and never with the document's, in
    any sentence naming the person with the role's noun: unsupported, the sources' sentence as
    evidence (FC602 `name-of-other-owner`). A past or acting role, a negated sentence, an owner
    that names no one country, or sources giving the person two countries' roles, never are."""
    table = role_table()
    for position, claim in enumerate(claims):
        if not is_role(claim):
            continue
        assert isinstance(claim, RelationClaim)
        if is_post(claim.agent):
            continue
        role = parse_role((claim.item or "").split())
        person = _surname(claim)
        if role is None or role.past or role.noun not in table.owned_heads or person is None:
            continue
        country = _one_country(owner_words(claim, prose))
        if country is None or _negated(claim, prose) or _unsettled(claim, prose):
            continue
        naming = list(_sentences_naming(person, index))
        given = _countries_given(role, person, naming)
        if len(given) != 1 or country in given:
            continue  # none, two, or the document's own
        if _given_country(role, country, naming):
            continue
        ((other, evidence),) = given.items()
        note = f"{OTHER_OWNER}{_name_words(claim, role)} {role.noun} of {other}, not of {country}: “{index.sentence_words(evidence)}”"
        claims[position] = claim.model_copy(update={"note": note})
        support[claim.id] = Support(False, evidence, elsewhere=True)
        links[claim.id] = LinkNote.UNSUPPORTED


def _one_country(words: frozenset[str]) -> str | None:
    """The one country an owner's words name ("tajik": Tajikistan), else None."""
    countries = {country for word in words if (country := country_name(word)) is not None}
    return next(iter(countries)) if len(countries) == 1 else None


def _name_words(claim: RelationClaim, role: Role) -> str:
    """The person's name as the document writes it after the role's noun ("Kassym-Jomart Tokayev"
    of "Tajik President Kassym-Jomart Tokayev"), else the claim's words."""
    after = _noun_pattern(role).split(claim.text)[-1].strip(" ,")
    return after or claim.text


def _countries_given(role: Role, person: Person, naming: list[tuple[str, int, str]]) -> dict[str, Evidence]:
    """The countries the sources make the person this head of, written as a title before the name
    ("Kazakh President Kassym-Zomart Tokayev", "Kazakhstan's President Tokayev") or after it
    ("Tokayev, the Kazakh president"), each with its first sentence. `naming`: (source, start,
    sentence) of the source sentences naming the person (`_sentences_naming`)."""
    nouns = "|".join(re.escape(n) for n in sorted(_nouns(role)))
    surname = re.escape(person[0])
    # the owner and the name's other words capitalised ("Kazakh President X met Tokayev" gives
    # Tokayev nothing); the noun and the surname in any case
    before = re.compile(
        rf"(?<![\w-])(?P<owner>[A-Z][\w-]*)(?:['’]s)?\s+(?i:{nouns})\s+(?:[A-Z][\w'’.-]*\s+){{0,3}}(?i:{surname})\b"
    )
    after = re.compile(rf"\b(?i:{surname}),?\s+(?:the\s+)?(?P<owner>[A-Z][\w-]*)(?:['’]s)?\s+(?i:{nouns})\b")
    found: dict[str, Evidence] = {}
    for source, start, sentence in naming:
        for match in (*before.finditer(sentence), *after.finditer(sentence)):
            owner = match.group("owner")
            country = country_name(owner)
            if country is not None:
                found.setdefault(country, Evidence(source, (start, start + len(sentence))))
    return found


def _given_country(role: Role, country: str, naming: list[tuple[str, int, str]]) -> bool:
    """Whether a source sentence naming the person (`naming`, as `_countries_given` reads it)
    names the country too (any spelling: "Tajik", "Tajikistan") with the role's noun: the sources
    may give the person that country's role."""
    spellings = {country, *country_forms(country)}
    marks = re.compile(r"\b(?:" + "|".join(re.escape(s) for s in sorted(spellings)) + r")\b")
    noun = _noun_pattern(role)
    return any(marks.search(sentence) and noun.search(sentence) for _, _, sentence in naming)


def _nouns(role: Role) -> set[str]:
    """The role's noun and its synonyms (roles.yaml)."""
    table = role_table()
    return {role.noun, *(w for w, canonical in table.synonyms.items() if canonical == role.noun)}

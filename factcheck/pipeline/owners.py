"""A person a checked document gives to the wrong owner (`factcheck check`): "Arsenal's Daniel
Sturridge" where the sources write only "Liverpool's Daniel Sturridge". English ties a player to
a club, an official to a government, a member to a party with the possessive; a summary that
moves the possessive to another owner the sources name states a relation they never give.

The person must be a name (capitalised, or in lower-cased text a surname that is no common
English word), a source must give the person the possessive of another owner, and no source
sentence may name the summary's owner together with the person's surname (a player who moved
between two clubs is named with both). Such a name is unsupported (FC602 `name-of-other-owner`),
with the source sentence that gives the person to the other owner.
"""

from __future__ import annotations

import re
from collections import Counter

from factcheck.lazyre import lazy
from factcheck.link import claim_id
from factcheck.link.support import Evidence, SourceIndex, Support, sentences
from factcheck.model import Claim, MentionClaim
from factcheck.model.keys import LinkNote
from factcheck.model.names import name_frame
from factcheck.rules.checks.support import ELSEWHERE

# "<owner>'s <given> <surname>"; tokenised text writes "liverpool 's", and "al - shabaab's"
_OWNED = lazy(r"(?<![\w'’-])([A-Za-z][\w-]*)(?:['’]s| 's) ([A-Za-z][\w'’-]*) ([A-Za-z][\w'’-]*)")


def other_owners(
    prose: str,
    source_id: str,
    index: SourceIndex,
    support: dict[str, Support],
    links: dict[str, LinkNote],
    lower_case: bool,
) -> list[Claim]:
    """A name claim for each person of `prose` set after an owner's possessive that the sources
    give only to another owner, each unsupported (FC602); `lower_case`: names are written so."""
    seen: Counter[str] = Counter()
    found: list[Claim] = []
    for match in _OWNED.finditer(prose):
        owner, given, surname = match.groups()
        if not _person(given, surname, lower_case):
            continue
        theirs = _given_to(index, given.lower(), surname.lower())
        if not theirs or _bare(owner) in {_bare(other) for other, _ in theirs}:
            continue
        if _named_together(index, _bare(owner), surname.lower()):
            continue
        evidence = theirs[0][1]
        note = f"{ELSEWHERE}{index.sentence_words(evidence)}"
        claim = MentionClaim(
            id="x",
            source=source_id,
            text=match.group(0),
            span=match.span(),
            entity=name_frame(surname),
            note=note,
        )
        claim = claim.model_copy(update={"id": claim_id(source_id, claim, seen)})
        support[claim.id] = Support(False, evidence, elsewhere=True)
        links[claim.id] = LinkNote.UNSUPPORTED
        found.append(claim)
    return found


def _person(given: str, surname: str, lower_case: bool) -> bool:
    """Whether two words are a person's given name and surname: capitalised, or in lower-cased
    text a given name written alike in other languages and a surname that is no common English
    word ("daniel sturridge", not "fifth major")."""
    if not lower_case:
        return given[:1].isupper() and surname[:1].isupper() and given[1:].islower() and surname[1:].islower()
    from factcheck.link.lexicon import name_like, uncommon, written_alike  # wordfreq: lower case only

    given, surname = given.lower(), surname.lower()
    return uncommon(surname) and (written_alike(given) or name_like(given))


def _bare(owner: str) -> str:
    """An owner's last word, lower case: "al-shabaab" and tokenised "al - shabaab" meet."""
    return owner.lower().rsplit("-", 1)[-1]


def _given_to(index: SourceIndex, given: str, surname: str) -> list[tuple[str, Evidence]]:
    """Each owner a source sets the person after ("liverpool" of "liverpool's daniel sturridge"),
    with where."""
    pattern = re.compile(
        rf"(?<![\w'’-])([a-z][\w-]*)(?:['’]s| 's) {re.escape(given)} {re.escape(surname)}(?![\w'’-])"
    )
    found = []
    for source in index.may_have(surname):
        text = index.lowered[source]
        if surname in text:
            found += [(m.group(1), Evidence(source, m.span())) for m in pattern.finditer(text)]
    return found


def _named_together(index: SourceIndex, owner: str, surname: str) -> bool:
    """Whether a source sentence names both the owner and the person's surname."""
    owner_word = re.compile(rf"(?<![a-z]){re.escape(owner)}(?![a-z])")
    surname_word = re.compile(rf"(?<![a-z]){re.escape(surname)}(?![a-z])")
    for source in index.may_have(surname):
        text = index.lowered[source]
        for start, end in sentences(text):
            sentence = text[start:end]
            if surname_word.search(sentence) and owner_word.search(sentence):
                return True
    return False

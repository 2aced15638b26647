"""A person a checked document gives to the wrong owner (`factcheck check`): "Arsenal's Daniel
Sturridge" where the sources write only "Liverpool's Daniel Sturridge". English ties a player to
a club, an official to a government, a member to a party with the possessive; a summary that
moves the possessive to another owner the sources name states a relation they never give.

Only on positive evidence, since a faithful summary rejected costs more than an error missed:
- the owner is one the sources name, and only as another person's owner ("Everton's Tom
  Haldane"; "on loan from Chelsea" or "the England midfielder" may tie it to the person), in
  cased text capitalised, and no time ("Saturday's Grand National" names when, not whose): "the
  company's Tim Cook", "the UK's" for "Britain's", "Man Utd's" for "Manchester United's" never
  reach here;
- the owned words are a person: in cased text a name extraction found as a mention on its own
  ("Marco Reuter"), in lower-cased text a given name and an uncommon surname; never a title or
  role word of extract/data/roles.yaml ("Chancellor Olaf", "Prime Minister");
- a source gives the person the possessive of another owner, and no source sentence names the
  summary's owner together with the person's surname (a player who moved between two clubs is
  named with both).
Such a name is unsupported (FC602 `name-of-other-owner`), with the source sentence that gives
the person to the other owner; it replaces the mention of the same words, found in the sources.
"""

from __future__ import annotations

import re
from collections import Counter

from factcheck.extract.dates import MONTHS
from factcheck.extract.roles import role_table
from factcheck.lazyre import lazy
from factcheck.link import claim_id
from factcheck.link.support import Evidence, SourceIndex, Support, sentences, strip_possessive
from factcheck.model import WEEKDAYS, Claim, MentionClaim
from factcheck.model.keys import LinkNote
from factcheck.model.names import name_frame
from factcheck.rules.checks.support import OTHER_OWNER

# "<owner>'s <given> <surname>"; tokenised text writes "liverpool 's", and "al - shabaab's"
_OWNED = lazy(r"(?<![\w'’-])([A-Za-z][\w-]*)(?:['’]s| 's) ([A-Za-z][\w'’-]*) ([A-Za-z][\w'’-]*)")


def other_owners(
    prose: str,
    source_id: str,
    claims: list[Claim],
    index: SourceIndex,
    support: dict[str, Support],
    links: dict[str, LinkNote],
    lower_case: bool,
) -> list[Claim]:
    """`claims` with a name claim for each person of `prose` set after an owner's possessive
    that the sources give only to another owner, each unsupported (FC602), in place of the
    mention of the person's name; `lower_case`: names are written so."""
    seen: Counter[str] = Counter()
    found: list[Claim] = []
    replaced: set[int] = set()  # positions in `claims` of the mentions the found claims replace
    for match in _OWNED.finditer(prose):
        owner, given, surname = match.group(1), match.group(2), strip_possessive(match.group(3))
        person = None if lower_case else _mention(claims, match.start(2), match.start(3) + len(surname))
        if (person is None and not lower_case) or not _person(given, surname, lower_case):
            continue
        if not _owner_named(index, owner, lower_case):
            continue
        theirs = _given_to(index, given.lower(), surname.lower())
        if not theirs or _bare(owner) in {_bare(other) for other, _ in theirs}:
            continue
        if _named_together(index, _bare(owner), surname.lower()):
            continue
        other, evidence = theirs[0]
        name = f"{given} {surname}"
        note = f"{OTHER_OWNER}{name} as {_cased(index, evidence, other)}'s, not {owner}'s: "
        note += f"“{index.sentence_words(evidence)}”"
        span = (match.start(2), match.start(3) + len(surname))  # the person's words, as the mention
        claim = MentionClaim(
            id="x",
            source=source_id,
            text=prose[span[0] : span[1]],
            span=span,
            entity=name_frame(name),
            note=note,
        )
        if person is not None:  # one person, one verdict: the name is found, its owner is not
            replaced.add(person)
            support.pop(claims[person].id, None)
            links.pop(claims[person].id, None)
        claim = claim.model_copy(update={"id": claim_id(source_id, claim, seen)})
        support[claim.id] = Support(False, evidence, elsewhere=True)
        links[claim.id] = LinkNote.UNSUPPORTED
        found.append(claim)
    return [c for at, c in enumerate(claims) if at not in replaced] + found


def _mention(claims: list[Claim], start: int, end: int) -> int | None:
    """The position in `claims` of the mention spelling exactly the words at [start, end)."""
    for at, claim in enumerate(claims):
        if isinstance(claim, MentionClaim) and claim.span == (start, end):
            return at
    return None


def _person(given: str, surname: str, lower_case: bool) -> bool:
    """Whether two words are a person's given name and surname, no title or role word
    ("Chancellor Olaf", "Prime Minister"): capitalised, or in lower-cased text a given name
    written alike in other languages and a surname that is no common English word ("daniel
    sturridge", not "fifth major")."""
    roles = role_table().noun_words
    if given.lower() in roles or surname.lower() in roles:
        return False
    if not lower_case:
        return given[:1].isupper() and surname[:1].isupper() and given[1:].islower() and surname[1:].islower()
    from factcheck.extract.lexicon import name_like, uncommon, written_alike  # wordfreq: lower case only

    given, surname = given.lower(), surname.lower()
    return uncommon(surname) and (written_alike(given) or name_like(given))


def _owner_named(index: SourceIndex, owner: str, lower_case: bool) -> bool:
    """Whether an owner is one the sources name only as another's owner ("Everton's Tom
    Haldane"), and no day or month ("Saturday's final"); in cased text capitalised as written
    ("the company's" is none). An owner the sources name otherwise ("on loan from Chelsea", "the
    England midfielder") may be one they tie to the person in words this check cannot read."""
    bare = owner.lower()
    if bare in WEEKDAYS or bare in MONTHS or not (lower_case or owner[:1].isupper()):
        return False
    word = re.compile(rf"(?<![\w'’-]){re.escape(bare)}(?![\w-])((?:['’]s| 's)(?![\w]))?")
    uses = [m for s in index.prose_may_have(bare) for m in word.finditer(index.lowered[s])]
    return bool(uses) and all(m.group(1) for m in uses)


def _cased(index: SourceIndex, evidence: Evidence, owner: str) -> str:
    """The other owner as the source writes it ("Chelsea" of "chelsea" found lower-cased)."""
    text = index.texts.get(evidence.source, "")
    return text[evidence.span[0] : evidence.span[0] + len(owner)] or owner


def _bare(owner: str) -> str:
    """An owner's last word, lower case: "al-shabaab" and tokenised "al - shabaab" meet."""
    return owner.lower().rsplit("-", 1)[-1]


def _given_to(index: SourceIndex, given: str, surname: str) -> list[tuple[str, Evidence]]:
    """Each owner a source sets the person after ("liverpool" of "liverpool's daniel sturridge"),
    with where."""
    pattern = re.compile(
        rf"(?<![\w'’-])([a-z][\w-]*)(?:['’]s| 's) {re.escape(given)} {re.escape(surname)}(?![\w-])"
    )
    found = []
    for source in index.prose_may_have(surname):
        text = index.lowered[source]
        if surname in text:
            found += [(m.group(1), Evidence(source, m.span())) for m in pattern.finditer(text)]
    return found


def _named_together(index: SourceIndex, owner: str, surname: str) -> bool:
    """Whether a source sentence names both the owner and the person's surname."""
    owner_word = re.compile(rf"(?<![a-z]){re.escape(owner)}(?![a-z])")
    surname_word = re.compile(rf"(?<![a-z]){re.escape(surname)}(?![a-z])")
    for source in index.prose_may_have(surname):
        text = index.lowered[source]
        for start, end in sentences(text):
            sentence = text[start:end]
            if surname_word.search(sentence) and owner_word.search(sentence):
                return True
    return False

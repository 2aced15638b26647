"""A name a checked document puts where its sources put another (`factcheck check`): "the storm
hit homes in Dorset" where the closest source sentence says "the storm hit homes in Devon". A
name no source has is unsupported and minor (FC602 `unsupported-name`): a summary may add what
its sources leave out. Written in place of another name, in a sentence that otherwise says what a
source sentence says, it contradicts that sentence: FC602 `name-replaced`, major.

Only on positive evidence, since a faithful summary rejected costs more than an error missed:
- cased text only (in lower-cased text a capital letter does not mark the other name);
- the document's name is found in no source, no spelling one or two letters away either (that
  is a misspelling, judged as one); a name by its word frequencies ("York", already major) is
  told as a replacement when it is one;
- the source sentence closest in words to the document's (SourceIndex.nearest_sentence) shares
  at least MIN_SHARED of its content words and SHARE_NEEDED of them, the name's left out;
- in that sentence, a run of capitalised words sits between the same word before and the same
  word (or punctuation) after as the document's name, shares no word with it, and is named
  nowhere in the document (a sentence that names both is not swapping one for the other);
- two acronyms listed as names of one body ("ISIS" / "ISIL", "FCO" / "FCDO":
  data/acronym_aliases.yaml) are never taken for two bodies;
- the other name is a person's in the source: a title before it ("Mr", "Dr", titles.txt) or a
  speech verb right before or after it ("said Tom Hale", "Hale said"). A place written where
  the source has another may be the wider or narrower one ("South West England" for "Devon",
  "Istanbul" for "Turkey"), which only a gazetteer could tell: places stay unsupported;
- neither name is a demonym ("American" for "US") and not both are countries ("Burma" for
  "Myanmar"): one place's other names are not listed, so those stay unsupported.
"""

from __future__ import annotations

import re

from factcheck.extract.names import COMMON_WORDS
from factcheck.extract.places import is_country
from factcheck.extract.quotes import SPEECH
from factcheck.lazyre import lazy
from factcheck.link.support import Evidence, SourceIndex, Support, frame_words, sentence_span_at
from factcheck.model import Claim, MentionClaim
from factcheck.model.keys import LinkNote
from factcheck.rules.checks.support import LEXICON_NAME, OTHER_NAME
from factcheck.wordlists import acronym_aliases, word_list

MIN_SHARED = 3  # content words the document's sentence and the source's share, the name's left out
SHARE_NEEDED = 0.6  # of the document sentence's content words, the share the source's must have
_WORD_BEFORE = lazy(r"([A-Za-z][\w'’-]*)\s+$")
_AFTER = lazy(r"\s*([A-Za-z][\w'’-]*|[.,;:!?]|$)")
_ACRONYM = lazy(r"[A-Z]{3,6}(?:['’]?s)?")
_CAPITALISED_RUN = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"


def names_swapped(
    prose: str,
    claims: list[Claim],
    index: SourceIndex,
    support: dict[str, Support],
    links: dict[str, LinkNote],
    lower_case: bool,
) -> list[Claim]:
    """`claims`, each unsupported name that stands where the closest source sentence has another
    name noted so (FC602 `name-replaced`), with that sentence as its evidence."""
    if lower_case:
        return claims
    changed: list[Claim] = []
    for claim in claims:
        if (
            isinstance(claim, MentionClaim)
            and claim.span is not None
            and links.get(claim.id) is LinkNote.UNSUPPORTED
            and claim.note in (None, "", LEXICON_NAME)  # not a misspelling: that is judged as one
        ):
            found = _other_name(prose, claim.span, index)
            if found is not None:
                other, evidence = found
                note = f"{OTHER_NAME}{other}” there, not “{claim.text}”: “{index.sentence_words(evidence)}”"
                support[claim.id] = Support(False, evidence, elsewhere=True)
                claim = claim.model_copy(update={"note": note})
        changed.append(claim)
    return changed


def _other_name(prose: str, span: tuple[int, int], index: SourceIndex) -> tuple[str, Evidence] | None:
    """The other name and where, when the closest source sentence has one at this name's place."""
    start, end = sentence_span_at(prose, span[0]) or (0, len(prose))
    name = prose[span[0] : span[1]]
    before = _WORD_BEFORE.search(prose, start, span[0])
    after = _AFTER.match(prose, span[1], end)
    if before is None or after is None:
        return None  # a name opening its sentence: nothing fixes its place
    mine = frame_words(prose[start : span[0]] + " " + prose[span[1] : end])
    if len(mine) < MIN_SHARED:
        return None
    nearest = index.nearest_sentence(prose[start:end])
    if nearest is None:
        return None
    text = index.texts.get(nearest.source, "")
    first, last = nearest.span
    theirs = text[first:last]
    shared = mine & frame_words(theirs)
    if len(shared) < MIN_SHARED or len(shared) < SHARE_NEEDED * len(mine):
        return None
    tail = re.escape(after.group(1)) if after.group(1) else r"\s*$"
    pattern = re.compile(
        rf"(?<![\w'’-])(?i:{re.escape(before.group(1))})\s+({_CAPITALISED_RUN})\s*(?i:{tail})"
    )
    named = {w.lower() for w in name.split()}
    written = set(re.findall(r"[\w'’-]+", prose.lower()))  # the document's words
    for match in pattern.finditer(theirs):
        other = match.group(1)
        words = {w.lower() for w in other.split()}
        if words & named or words & written or _aliases(name, other):
            continue
        if _acronym(name) and _acronym(other) and _one_body(name, other):
            continue  # "ISIS" for "ISIL": one body's other name (data/acronym_aliases.yaml)
        if not _a_person(theirs, match.start(1), match.end(1)) and not (_acronym(name) and _acronym(other)):
            continue  # a place may be a wider or narrower one: no contradiction to tell
        return other, Evidence(nearest.source, (first + match.start(1), first + match.end(1)))
    return None


def _a_person(text: str, start: int, end: int) -> bool:
    """Whether the source writes the run text[start:end] as a person's name: a title before it or
    as its first word ("Mr", "Dr", "Mayor": titles.txt), or a speech verb right before or after
    it ("said Tom Hale", "Tom Hale said")."""
    titles = word_list("titles")
    before = _WORD_BEFORE.search(text, 0, start)
    first = text[start:end].split()[0].rstrip(".")
    if first in titles or (before is not None and before.group(1).rstrip(".") in titles):
        return True
    after = _AFTER.match(text, end)
    spoken = [w for w in (before.group(1) if before else "", after.group(1) if after else "") if w]
    return any(SPEECH.search(w.lower()) for w in spoken)


def _acronym(name: str) -> bool:
    """Whether a name is one acronym ("FBI", "NGOs", "CIA's"): a body's initials, never a wider
    or narrower place, so one written where the source has another is another body."""
    return _ACRONYM.fullmatch(name) is not None


def _one_body(name: str, other: str) -> bool:
    """Whether two acronyms are names of one body (data/acronym_aliases.yaml), compared as
    written after a plural or possessive "s" is dropped ("ISIS's" as "ISIS")."""
    mine, theirs = (re.sub(r"['’]s$|(?<=[A-Z])s$", "", n) for n in (name, other))
    return theirs in acronym_aliases().get(mine, frozenset())


def _aliases(name: str, other: str) -> bool:
    """Whether two names may be one place or people written two ways: a demonym on either side
    ("the American government" for "the US government"), or two countries ("Burma" for
    "Myanmar"): a swap of countries is left to stay unsupported, as their other names are many."""
    return any(w in COMMON_WORDS for w in (*name.split(), *other.split())) or (
        is_country(name) and is_country(other)
    )

"""A nationality a checked document gives a person or body that the sources give another
(`factcheck check`): "Italian Chancellor Olaf Scholz" where the article writes "German
Chancellor Olaf Scholz". A demonym that opens a sentence is never read as a name (a capital
letter there says nothing), and one inside a sentence is an unsupported name, minor: a wider or
narrower word ("French President Emmanuel Macron" where the article only says Paris) is no
contradiction. The same demonym the sources give another is one.

Only on positive evidence, since a faithful summary rejected costs more than an error missed:
- cased text only; the demonym is one of extract/data/demonyms.txt (not a compass word,
  "Eastern Cape"), followed on its line by a run of up to four capitalised words one space apart
  (titles and a name: "Chancellor Olaf Scholz") whose last word, of three letters or more, is
  what it describes;
- a source sets another demonym of the list right before a capitalised run ending in the same
  word ("German Chancellor Olaf Scholz", "German Olaf Scholz");
- no source has the document's demonym, nor a capitalised word sharing its first four letters
  (its country: "Italy" for "Italian"), so the sources say nothing of it at all.
Such a demonym is unsupported (FC602 `name-replaced`), with the source sentence giving the other.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from pathlib import Path

from factcheck.lazyre import lazy
from factcheck.link import claim_id
from factcheck.link.support import ENTITY_NAMES, Evidence, SourceIndex, Support, strip_possessive
from factcheck.model import Claim, MentionClaim
from factcheck.model.keys import LinkNote
from factcheck.model.names import name_frame
from factcheck.rules.checks.support import OTHER_NAME
from factcheck.wordlists import word_list

# titles and a name on one line, one space apart: a full stop or line break ends the run
_RUN = r"(?:[A-Z][a-z'’-]+ ){0,3}[A-Z][a-z]{2,}(?:['’]s)?"
# compass words of the list name regions ("Eastern Cape"), not a nationality
_REGIONAL = frozenset({"Eastern", "Western"})
STEM = 4  # letters a demonym shares with its country's name ("Ital": "Italy", "Italian")
# countries whose name shares no STEM letters with their demonym ("Polish": "Poland")
_COUNTRY_STEMS = {
    "Danish": ("Denm", "Dane"),
    "Dutch": ("Neth", "Holl"),
    "Filipino": ("Phil",),
    "Finnish": ("Finl", "Finn"),
    "French": ("Fran",),
    "Irish": ("Irel",),
    "Polish": ("Pola", "Pole"),
    "Spanish": ("Spai", "Span"),
    "Swiss": ("Swit",),
    "Welsh": ("Wale",),
    "British": ("Brit", "UK"),
    "English": ("Engl",),
    "Scottish": ("Scot",),
    "American": ("Amer", "US"),
    "Americans": ("Amer", "US"),
}
# demonyms of a continent or a region, wider than any nationality: "European Commissioner
# Frans Timmermans" is no contradiction of "Dutch Commissioner Frans Timmermans"
_WIDE = frozenset({"European", "Europeans", "African", "Asian", "Arab", "Arabs", "Soviet", "Soviets"})
# nations of one state: each is a narrower word for "British" ("English Prime Minister")
_NESTED = frozenset({"British", "English", "Scottish", "Welsh", "Irish"})


@functools.cache
def demonyms() -> frozenset[str]:
    """The capitalised demonyms of extract/data/demonyms.txt."""
    path = Path(__file__).parent.parent / "extract" / "data" / "demonyms.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w for line in lines if not line.startswith("#") for w in line.split())


@functools.cache
def _pattern() -> re.Pattern[str]:
    words = "|".join(sorted(demonyms() - _REGIONAL, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])({words}) ({_RUN})(?![\w'’-])")


_WORD = lazy(r"[A-Za-z]+")


def nationalities_judged(
    prose: str,
    source_id: str,
    claims: list[Claim],
    index: SourceIndex,
    support: dict[str, Support],
    links: dict[str, LinkNote],
    lower_case: bool,
) -> list[Claim]:
    """`claims` with an unsupported name claim for each demonym of `prose` set before a person
    or body the sources give another demonym, and never this one, in place of its mention."""
    if lower_case:
        return claims
    seen: Counter[str] = Counter()
    found: list[Claim] = []
    replaced: set[int] = set()
    for match in _pattern().finditer(prose):
        mine, run = match.group(1), match.group(2)
        described = strip_possessive(run.split()[-1])
        if mine in _WIDE or _is_title(described) or _stated(index, mine):
            continue  # a continent's word, or a bare title ("the French President"): no one named
        theirs = _given(index, mine, described)
        if theirs is None:
            continue
        other, evidence = theirs
        span = match.span(1)
        for at, claim in enumerate(claims):
            if isinstance(claim, MentionClaim) and claim.span is not None and claim.span[0] == span[0]:
                replaced.add(at)
                support.pop(claim.id, None)
                links.pop(claim.id, None)
        note = f"{OTHER_NAME}{other}” before {described}, not “{mine}”: “{index.sentence_words(evidence)}”"
        claim = MentionClaim(
            id="x", source=source_id, text=mine, span=span, entity=name_frame(mine), note=note
        )
        claim = claim.model_copy(update={"id": claim_id(source_id, claim, seen)})
        support[claim.id] = Support(False, evidence, elsewhere=True)
        links[claim.id] = LinkNote.UNSUPPORTED
        found.append(claim)
    if not found:
        return claims
    return [c for at, c in enumerate(claims) if at not in replaced] + found


def _stated(index: SourceIndex, demonym: str) -> bool:
    """Whether a source has the demonym, or a capitalised word sharing its first STEM letters
    (its country, "Italy"; a plural, "Italians")."""
    stems = (demonym[:STEM], *_COUNTRY_STEMS.get(demonym, ()))
    for source, text in index.texts.items():
        if source == ENTITY_NAMES:
            continue
        if any(word.startswith(stems) for word in _WORD.findall(text)):
            return True
    return False


def _is_title(word: str) -> bool:
    """Whether a run's last word is a title or a body's head word ("President", "Government"),
    which names no one: "the French President" and "the German President" are two people."""
    return (
        word in word_list("titles") or word.lower() in word_list("organisation_heads") or word == "Government"
    )


def _given(index: SourceIndex, mine: str, described: str) -> tuple[str, Evidence] | None:
    """Another demonym a source sets before a capitalised run ending in `described`, and where."""
    pattern = _pattern()
    for source, text in index.texts.items():
        if source == ENTITY_NAMES or described not in text:
            continue
        for match in pattern.finditer(text):
            other = match.group(1)
            if other == mine or other in _WIDE or {mine, other} <= _NESTED:
                continue  # a wider or narrower word ("European", "English" for "British")
            if strip_possessive(match.group(2).split()[-1]) == described:
                return other, Evidence(source, match.span(1))
    return None

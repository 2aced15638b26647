"""An event a checked document puts at another place than its sources do (`factcheck check`):
"Putin missed last week's BRICS summit in Brazil" where the sources write "last week's BRICS
summit in South Africa", "after being exiled to Kazakhstan" where they write "exiled to
Belarus". The name may be in the sources (about something else), so a look-up passes it; the
place of the event is the error.

Only on positive evidence, since a faithful summary rejected costs more than an error missed:
- cased text only; a name no other step has judged (a misspelling of a source's name, "Mariano"
  for "Mariana", stays a misspelling, nor is a source's place NEAR_MISS letters away judged);
  the document writes a lower-case event word, a preposition of place
  (data/places.yaml `event_prepositions`; not "near": near Poland may be in Ukraine) and a
  capitalised name ("summit in Brazil"), the name being one of the document's name claims, no
  negation in the words before it ("not in Brazil"), the event word no stop word and no speech
  verb ("told to"); a name with a possessive ("near Poland's border", "at Brazil's embassy") on
  either side is a thing of a place, never judged;
- a source writes the same event word (its first five letters, as `frame_words` compares words)
  with a preposition of the same class (a place where or whither: "in", "at", "to"; a place
  whence: "from") and another capitalised name, in a sentence sharing at least MIN_SHARED
  content words with the document's besides the event word and the places (the same event),
  with the same occasion words before the event word (data/places.yaml `occasion_words` and
  years: "last year's summit in Osaka" is another occasion than "this week's summit");
- no source sentence holding the event word names the document's place (the sources never put
  this event there, nor mention the place beside it: "the summit, moved from Brazil to South
  Africa");
- neither name is written as a person's anywhere (a title before it, a speech verb after it:
  "Washington said", "Sydney told reporters": a metonym or a person is no place);
- every such source place is known apart from the document's (extract/gazetteer.py: no
  reading of one is or lies in a country a reading of the other is or lies in); a place the
  data lacks, or one inside the other ("the summit in Johannesburg" for "in South Africa"),
  or two places of one country, is never judged.
Such a name is `other-place` (FC602, major) and contradicted, with the source sentence as the
evidence.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping

from rapidfuzz.distance import Levenshtein

from factcheck.extract import gazetteer
from factcheck.extract.dates import MONTHS
from factcheck.extract.places import place_data
from factcheck.extract.quotes import AFTER_NAME, SPEECH
from factcheck.extract.text import STOP_WORDS
from factcheck.link.support import FRAME_STEM, Evidence, SourceIndex, frame_words, sentence_span_at
from factcheck.model import MentionClaim
from factcheck.model.records import WEEKDAYS
from factcheck.rules.checks.support import OTHER_PLACE
from factcheck.wordlists import negation_in, word_list

NEAR_MISS = 1  # letters two place names may differ by and be one name misspelt ("Mariano", "Mariana")
MIN_SHARED = 3  # content words the two sentences share besides the event word and the places
BEFORE_PLACE = 5  # words before the document's place searched for a negation
BEFORE_EVENT = 4  # words before an event word searched for occasion words
_RUN = r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}"
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


@functools.cache
def _prepositions() -> dict[str, str]:
    """Preposition -> its class (data/places.yaml `event_prepositions`)."""
    table = place_data().get("event_prepositions") or {}
    return {str(k).lower(): str(v).lower() for k, v in table.items()}


@functools.cache
def _occasion_words() -> frozenset[str]:
    """data/places.yaml `occasion_words`."""
    return frozenset(str(w).lower() for w in place_data().get("occasion_words") or [])


@functools.cache
def _document_pattern() -> re.Pattern[str]:
    """A lower-case event word, a preposition of place and a capitalised run: "summit in Brazil"."""
    preps = "|".join(sorted(_prepositions(), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])([a-z][a-z'’-]{{2,}})\s+({preps})\s+(?:the\s+)?({_RUN})")


def places_judged(
    prose: str, mentions: list[MentionClaim], index: SourceIndex
) -> dict[str, tuple[str, Evidence]]:
    """Each name of `mentions` (claims of the cased document `prose`) that puts an event at a
    place the sources keep apart from theirs, by claim id: its note (FC602 `other-place`, naming
    their place and sentence) and the source evidence."""
    judged: dict[str, tuple[str, Evidence]] = {}
    for match in _document_pattern().finditer(prose):
        if _possessive(match.group(3)):
            continue  # "in Brazil's embassy", "near Poland's border": a thing of the place
        place = _trimmed(match.group(3))
        first = match.start(3)
        claim = next(
            (
                c
                for c in mentions
                if c.span is not None and c.span[0] <= first < c.span[1] and c.id not in judged
            ),
            None,
        )
        if claim is None:
            continue
        found = _other_place(prose, match, place, index)
        if found is not None:
            judged[claim.id] = found
    return judged


def _other_place(
    prose: str, match: re.Match[str], place: str, index: SourceIndex
) -> tuple[str, Evidence] | None:
    """(note, evidence) when the sources put this event at a place apart from `place`, else None."""
    event, preposition = match.group(1).lower(), match.group(2).lower()
    if event in STOP_WORDS or SPEECH.fullmatch(event) or event in _occasion_words():
        return None
    start, end = sentence_span_at(prose, match.start()) or (0, len(prose))
    before = _WORD.findall(prose[start : match.start(3)])[-BEFORE_PLACE:]
    if negation_in(" ".join(before)):
        return None
    occasion = _occasion(prose[start : match.start(1)])
    stem = event[:FRAME_STEM]
    own = frame_words(place) | {stem}
    mine = frame_words(prose[start:end]) - own
    if len(mine) < MIN_SHARED:
        return None
    texts = index.texts
    hits = list(_source_places(texts, stem, _prepositions()[preposition]))
    others = []
    for source, found in hits:
        if _possessive(found.group(3)):
            return None  # the sources' place is a thing of a place: nothing to tell
        other = _trimmed(found.group(3))
        first, last = sentence_span_at(texts[source], found.start()) or (0, len(texts[source]))
        sentence = texts[source][first:last]
        if Levenshtein.distance(other.lower(), place.lower()) <= NEAR_MISS:
            return None  # the same place, or a misspelling of it (judged as one: FC401, FC602)
        if other.lower() in _calendar():
            continue
        if _occasion(texts[source][first : found.start(1)]) != occasion:
            continue
        if len(mine & (frame_words(sentence) - frame_words(other))) < MIN_SHARED:
            continue
        others.append((source, found, other))
    if not others or _named_beside(texts, stem, place):
        return None
    if any(
        _a_person(text, name)
        for name in {place, *(o for _, _, o in others)}
        for text in (prose, *texts.values())
    ):
        return None
    if not all(gazetteer.apart(place, other) for _, _, other in others):
        return None
    source, found, other = others[0]
    evidence = Evidence(source, (found.start(3), found.start(3) + len(other)))
    said = " ".join(found.group(0).split())
    note = f"{OTHER_PLACE}the sources have “{said}”, not “{place}”: “{index.sentence_words(evidence)}”"
    return note, evidence


def _possessive(run: str) -> bool:
    """Whether a capitalised run ends in a possessive: "Poland's" (border) is no place of an event."""
    return run.rstrip(".").endswith(("'s", "’s", "s'", "s’"))


def _trimmed(run: str) -> str:
    """A capitalised run without a trailing full stop: "Brazil." -> "Brazil"."""
    return run.rstrip(".")


def _occasion(text: str) -> frozenset[str]:
    """The occasion words and years among the last BEFORE_EVENT words of `text`."""
    words = [w.lower().removesuffix("'s").removesuffix("’s") for w in _WORD.findall(text)][-BEFORE_EVENT:]
    tail = " ".join(text.split()[-BEFORE_EVENT:])
    return frozenset(w for w in words if w in _occasion_words()) | frozenset(_YEAR.findall(tail))


def _stem_pattern(stem: str) -> str:
    """A word starting with `stem`, any case: "exile" finds "exiled", "Exile"."""
    return rf"(?<![\w'’-])(?i:{re.escape(stem)}[a-z'’-]*)"


def _source_places(texts: Mapping[str, str], stem: str, kind: str) -> Iterator[tuple[str, re.Match[str]]]:
    """Each (source, match) where a source writes the event word, a preposition of class `kind`
    and a capitalised run (group 3)."""
    preps = "|".join(p for p, k in _prepositions().items() if k == kind)
    pattern = re.compile(rf"({_stem_pattern(stem)})\s+(?i:({preps}))\s+(?:the\s+)?({_RUN})")
    for source, text in texts.items():
        for found in pattern.finditer(text):
            yield source, found


def _named_beside(texts: Mapping[str, str], stem: str, place: str) -> bool:
    """Whether a source sentence holding the event word names `place`."""
    name = re.compile(rf"(?<![\w'’-]){re.escape(place)}(?![\w-])", re.IGNORECASE)
    event = re.compile(_stem_pattern(stem))
    for text in texts.values():
        for found in name.finditer(text):
            first, last = sentence_span_at(text, found.start()) or (0, len(text))
            if event.search(text, first, last):
                return True
    return False


def _a_person(text: str, name: str) -> bool:
    """Whether `text` writes `name` as a person's: a title right before it or a speech verb
    right after it ("Mayor Lincoln", "Washington said")."""
    titles = word_list("titles")
    for found in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", text):
        before = _WORD.findall(text[max(0, found.start() - 30) : found.start()])
        if before and before[-1].rstrip(".") in titles:
            return True
        if AFTER_NAME.match(text, found.end()):
            return True
    return False


@functools.cache
def _calendar() -> frozenset[str]:
    """Month and weekday names, lower-cased: "summit in June" names no place."""
    return frozenset(MONTHS) | frozenset(WEEKDAYS)

"""A first time the sources say was not the first (`factcheck check`): "England won the Six
Nations for the first time" where the report says England "have won their first Six Nations
title since 2012". A first since a year, or the first in twenty years, was done before: a
summary that drops the "since" turns a return into a debut, a slip summarisers make often and a
figure look-up cannot see (the ordinal, first, is in the article).

Session 10 had a broader check of this kind, removed after review because it could not tell
what was ordered; this one judges only a source's first that names its thing, met in the
summary's sentence, by the same deed, of the same people.

Only on positive evidence, since a faithful summary rejected costs more than an error missed:
- the summary says "for the first time" (or "for the first time ever") with nothing after it
  that narrows it: not "for the first time since 2010", "in five years", "this season", "at
  Wembley", "as captain", ... (`_NARROWED`), and not negated ("not for the first time");
- a source sentence says "first ... since", or "first ... in/for <a number of> years" (months,
  decades, seasons), with one to FIRST_GAP words between, none of them a word that starts a
  clause ("the first to arrive, and since then"): the thing done again ("six nations title"),
  which must share a content word with the summary's sentence ("the first time in ten years"
  names no thing, and "his first visit to Wales since the floods" is no first tour of a school);
- that sentence shares at least MIN_SHARED content words with the summary's sentence (its first
  time phrase left out), among them the last content word before "for the first time" (the thing
  done: "won the league title" -> "title"): the same deed, not another one of the story ("the
  traders used the new exchange for the first time" is not the prices' first rise in ten years);
- every word of the source sentence that names someone (word frequencies' `name_like` in
  lower-cased text; in cased text any capitalised word but a stop word, a day or a month) is in
  the summary's sentence too: "Jones won his first title since 2012" says nothing of Smith's
  first title, nor "Apple sold its first new phone since 2019" of Samsung's;
- no source sentence of the same deed (MIN_SHARED content words shared, the deed's word among
  them) says "for the first time" unqualified itself (the sources may call it a first in one place and a return in another:
  nothing is then said against the summary).
Such a first time is unsupported (FC602 `other-ordinal`, major) with the source sentence as its
evidence.
"""

from __future__ import annotations

import calendar
import re

from factcheck.extract.numbers import SMALL_NUMBERS, TENS
from factcheck.extract.text import STOP_WORDS
from factcheck.lazyre import lazy
from factcheck.link.lexicon import name_like
from factcheck.link.support import (
    ENTITY_NAMES,
    Evidence,
    SourceIndex,
    frame_words,
    sentences,
)

MIN_SHARED = 3  # content words the summary's sentence and the source's share (the deed)
FIRST_GAP = 5  # words between "first" and "since" in a source, at most ("first six nations title")
_FIRST_TIME = lazy(r"\bfor\s+the\s+first\s+time(?:\s+ever)?\b", re.IGNORECASE)
# words after "for the first time" that narrow it to a span, a place or a role: no debut claimed
_NARROWED = lazy(
    r"\s*(?:since|in|this|these|last|after|before|outside|during|under|at|as|on|of|away|abroad|"
    r"without|with(?:in|out)|for|by|against|than|here|there|together|alone|anywhere|\d)\b",
    re.IGNORECASE,
)
_NEGATED = lazy(r"\b(?:not|never|n't|no\s+longer)\b[^.!?]{0,40}\Z", re.IGNORECASE)
# how many units ago: "in 10 years", "in ten years", "for a few seasons" (number words: extract/numbers.py)
_SPAN_WORDS = rf"(?:\d+|a|an|a\s+few|several|many|{'|'.join([*SMALL_NUMBERS, *TENS])})"
# a source's first that was done before: "first title since 2012", "first win in 10 years"
_FIRST_SINCE = lazy(
    rf"\bfirst\b(?P<thing>(?:[\s-]+[a-z][\w'’]*){{0,{FIRST_GAP}}}?)\s+(?:since\b(?:\s+[\w'’]+)?|"
    rf"(?:in|for)\s+{_SPAN_WORDS}\s+(?:years?|decades?|months?|seasons?|generations?|centur(?:y|ies))\b|"
    r"(?:in|for)\s+(?:years|decades)\b)"
)
_WORD = lazy(r"[a-z][a-z'’]*")
_CASED_WORD = lazy(r"[A-Za-z][A-Za-z'’]*")
_CALENDAR = frozenset(n.lower() for n in (*calendar.month_name, *calendar.day_name) if n)
# words that end the thing a first orders: "the first to arrive, and since then" is no first since
_CLAUSE_BREAKS = frozenset({"and", "but", "or", "who", "which", "that", "to", "when", "while", "as", "after"})


def first_times(prose: str, index: SourceIndex) -> list[tuple[tuple[int, int], str, Evidence]]:
    """Each "for the first time" of `prose` that a source sentence of the same deed calls a first
    since a time: its span, why (the source's words and sentence) and that sentence's place.
    pipeline/ordinals.py makes each an `other-ordinal` claim."""
    low = prose.lower()
    found = []
    for match in _FIRST_TIME.finditer(low):
        if _NARROWED.match(low, match.end()) or _NEGATED.search(
            low[max(0, match.start() - 60) : match.start()]
        ):
            continue
        before, after = _sentence_around(low, match.span())
        judged = _first_since(before, after, index)
        if judged is not None:
            said, evidence = judged
            found.append(
                (match.span(), f"the sources have “{said}”: “{index.sentence_words(evidence)}”", evidence)
            )
    return found


def _sentence_around(low: str, span: tuple[int, int]) -> tuple[str, str]:
    """The words of the sentence of `low` holding `span` before it and after it."""
    for first, last in sentences(low):
        if first <= span[0] < last:
            return low[first : span[0]], low[span[1] : last]
    return "", ""


def _first_since(before: str, after: str, index: SourceIndex) -> tuple[str, Evidence] | None:
    """The words and place of a source sentence that calls the summary sentence's deed a first
    since a time, or None (see the module's conditions)."""
    sentence = before + " " + after
    context = frame_words(sentence)
    # the deed's last word ("won the league title" -> "title"): the thing done for the first time
    deed = [w for w in _WORD.findall(before) if frame_words(w)][-1:]
    if len(context) < MIN_SHARED or not deed:
        return None
    mine = set(_WORD.findall(sentence))
    hit: tuple[str, Evidence] | None = None
    for source in index.prose_may_have("first"):
        if source == ENTITY_NAMES:
            continue
        text = index.lowered.get(source, "")
        for start, end in sentences(text):
            theirs = text[start:end]
            if "first" not in theirs:
                continue
            plain = _FIRST_TIME.search(theirs)
            if plain is not None and not _NARROWED.match(theirs, plain.end()):
                shared = context & frame_words(theirs)
                if len(shared) >= MIN_SHARED and frame_words(deed[0]) <= shared:
                    return None  # a source calls the same deed a first itself
                continue
            since = _FIRST_SINCE.search(theirs)
            if hit is not None or since is None or not frame_words(deed[0]) <= frame_words(theirs):
                continue
            cased = index.texts.get(source, "")
            names = _named(cased[start:end] if len(cased) == len(text) else theirs)
            if not _same_deed(since, theirs, context, mine) or not names <= mine:
                continue
            said = " ".join(since.group(0).split())
            hit = said, Evidence(source, (start + since.start(), start + since.end()))
    return hit


def _same_deed(since: re.Match[str], theirs: str, context: frozenset[str], mine: set[str]) -> bool:
    """Whether a source sentence's first-since is the summary sentence's deed: the thing words
    fit, the sentences share MIN_SHARED content words, and the source names no one the summary's
    sentence leaves out."""
    thing = since.group("thing").split()
    if any(w in _CLAUSE_BREAKS for w in thing):
        return False
    if not frame_words(" ".join(w for w in thing if w != "time")) & context:
        return False  # "the first time in ten years" says nothing of what was done
    rest = theirs[: since.start()] + " " + theirs[since.end() :]
    return len(context & frame_words(rest + " " + " ".join(thing))) >= MIN_SHARED


def _named(sentence: str) -> set[str]:
    """The words of a source sentence that name someone or somewhere, lower-cased: those word
    frequencies call names (`name_like`, for lower-cased text) and, in cased text, every
    capitalised word but a stop word or a day or month ("Apple", first in its sentence, too)."""
    words = _CASED_WORD.findall(sentence)
    named = {w.lower() for w in words if len(w) > 2 and name_like(w.lower())}
    capitalised = {w.lower() for w in words if w[0].isupper()}
    return named | (capitalised - STOP_WORDS - _CALENDAR)

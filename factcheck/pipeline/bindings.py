"""A person a checked document puts where, or when, a source puts another person (`factcheck
check`): "a meeting with Narendra Modi in Geneva in June 2021" where the source says "He met
Joe Biden in Geneva in June 2021 and Narendra Modi in New Delhi in December 2021". Both people
are known, so the name alone is supported; the place and time are in the sources too, but
given to the other person.

Only on positive evidence, since a faithful summary rejected costs more than an error missed:
- cased text only; the document's person is a name extraction found (a mention), followed in
  the document by one or more place or time phrases ("in Geneva", "in June 2021", "on Friday"):
  a preposition (in, at, on, during) and a capitalised name, a month or weekday, or a year;
- one source sentence names the person and another person, each written as a person's name (a
  title in front, titles.txt), each followed by place or time phrases of its own: the one
  sentence that ties each person to a place or time ("X in A in B and Y in C in D");
- the document does not name the other person (a sentence naming both does not swap them),
  and no negation stands before the person in its sentence ("did not meet Y in A");
- at least one of the document's phrases is the other person's (every word of it in one of
  theirs) and not the person's own, none is the person's only, and the person has a phrase of
  its own the document does not write (a place or time of theirs: a swap, not an omission).
Such a name is contradicted by that sentence (FC602 `name-replaced`, major).
"""

from __future__ import annotations

import re

from factcheck.extract.dates import MONTHS
from factcheck.link.support import (
    Evidence,
    SourceIndex,
    Support,
    sentence_span_at,
    sentences,
    strip_possessive,
)
from factcheck.model import WEEKDAYS, Claim, MentionClaim
from factcheck.model.keys import LinkNote
from factcheck.pipeline.swapped import replaced_by
from factcheck.wordlists import word_list

# a place or time phrase after a name: "in Geneva", "in New Delhi", "in June 2021", "on 3 May"
_PHRASE = re.compile(
    r"\s*,?\s*(?:in|at|on|during)\s+(?:the\s+)?(?:(?:early|late|mid)[- ])?"
    r"((?:[A-Z][\w'’-]*|\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+(?:[A-Z][\w'’-]*|\d{1,4}))*|\d{4})"
)
_NEGATION = re.compile(r"\b(?:not|never|no|nor|neither)\b|n['’]t\b", re.IGNORECASE)
_CALENDAR = frozenset(m.lower() for m in MONTHS) | frozenset(WEEKDAYS)
_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")


def persons_misbound(
    prose: str,
    claims: list[Claim],
    index: SourceIndex,
    support: dict[str, Support],
    links: dict[str, LinkNote],
    lower_case: bool,
) -> list[Claim]:
    """`claims`, each found person's name that the document ties to a place or time a source
    sentence gives to another person contradicted by that sentence (FC602 `name-replaced`)."""
    if lower_case:
        return claims
    changed: list[Claim] = []
    for claim in claims:
        if (
            isinstance(claim, MentionClaim)
            and claim.span is not None
            and links.get(claim.id) is not LinkNote.UNSUPPORTED
            and (claim.id not in support or support[claim.id].found)
        ):
            found = _bound_to_other(prose, claim.span, index)
            if found is not None:
                links[claim.id] = LinkNote.UNSUPPORTED
                claim = replaced_by(claim, *found, index, support)
        changed.append(claim)
    return changed


def _bound_to_other(prose: str, span: tuple[int, int], index: SourceIndex) -> tuple[str, Evidence] | None:
    """The other person and where, when a source sentence gives the name's place or time phrases
    (those right after it in the document) to that person and other ones to this one."""
    words = [strip_possessive(w) for w in prose[span[0] : span[1]].split()]
    if not words or not words[-1][:1].isupper():
        return None
    surname = words[-1]
    mine = _phrases(prose, _run_end(prose, span[1]))
    if not mine:
        return None
    bounds = sentence_span_at(prose, span[0]) or (0, len(prose))
    if _NEGATION.search(prose, bounds[0], span[0]):
        return None  # "did not meet Modi in Geneva": says where the person was not
    written = {w.lower() for w in re.findall(r"[\w'’-]+", prose[bounds[0] : bounds[1]])}
    for source in index.prose_may_have(surname.lower()):
        text = index.texts.get(source, "")
        for first, last in sentences(text):
            sentence = text[first:last]
            if not re.search(rf"(?<![\w'’-]){re.escape(surname)}(?![\w'’-])", sentence):
                continue
            found = _judge(sentence, surname, mine, written)
            if found is not None:
                other, (start, end) = found
                return other, Evidence(source, (first + start, first + end))
    return None


def _judge(
    sentence: str, surname: str, mine: list[frozenset[str]], written: set[str]
) -> tuple[str, tuple[int, int]] | None:
    """The other person of `sentence` whose phrases the document's (`mine`) are, and where."""
    people = _people(sentence)
    own = [p for p in people if surname in p[0].split()]
    others = [p for p in people if surname not in p[0].split()]
    if len(own) != 1 or not others:
        return None
    theirs_own = own[0][2]
    if not theirs_own:
        return None
    for name, place, phrases in others:
        if not phrases or {w.lower() for w in name.split()} & written:
            continue
        borrowed = [p for p in mine if _within(p, phrases) and not _within(p, theirs_own)]
        only_own = [p for p in mine if _within(p, theirs_own) and not _within(p, phrases)]
        unwritten = [p for p in theirs_own if not any(_within(p, [m]) for m in mine)]
        if borrowed and not only_own and unwritten:
            return name, place
    return None


def _people(sentence: str) -> list[tuple[str, tuple[int, int], list[frozenset[str]]]]:
    """Each person of a sentence written after a title ("US President Joe Biden": "Joe Biden"),
    where, and the place or time phrases right after the name."""
    titles = word_list("titles")
    found = []
    for run in _RUN.finditer(sentence):
        words = run.group().split()
        at = max((i for i, w in enumerate(words) if w.rstrip(".") in titles), default=None)
        if at is None or at == len(words) - 1:
            continue
        name = " ".join(words[at + 1 :])
        start = run.end() - len(name)
        found.append((name, (start, run.end()), _phrases(sentence, run.end())))
    return found


def _run_end(text: str, end: int) -> int:
    """The end of the capitalised run a name ends (its possessive included)."""
    match = re.match(r"(?:['’]s)?", text[end:])
    return end + (match.end() if match else 0)


def _phrases(text: str, end: int) -> list[frozenset[str]]:
    """The words of each place or time phrase right after `end` ("in Geneva in June 2021"), each
    holding a capitalised name, a month or weekday, or a year."""
    found = []
    while True:
        match = _PHRASE.match(text, end)
        if match is None:
            break
        words = frozenset(w.lower().rstrip(",") for w in match.group(1).split())
        if not _anchored(match.group(1), words):
            break
        found.append(words)
        end = match.end()
    return found


def _anchored(phrase: str, words: frozenset[str]) -> bool:
    """A phrase names a place (a capitalised word), a day, month or a year."""
    return bool(words & _CALENDAR) or phrase[:1].isupper() or bool(re.search(r"\d{4}", phrase))


def _within(phrase: frozenset[str], phrases: list[frozenset[str]]) -> bool:
    """Every word of `phrase` is in one of `phrases`."""
    return any(phrase <= other for other in phrases)

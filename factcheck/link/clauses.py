"""A summary figure whose noun the sources word otherwise, borne out by the clause stating it.

"Gamble, the chief financial officer, sold $946,374 of stock" restates "Chief Financial Officer
John Gamble sold shares worth $946,374 and Joseph Loughran ... dispose of stock worth $584,099";
"Thieves stole eight pieces of jewellery" restates "nine objects were targeted by the criminals
and eight were stolen". The noun the summary gives its figure (stock, pieces) is not the source
figure's (shares, none), and the sources give it to another figure nearby, so the noun test of
link/figures.py finds the figure only about something else. What says it is the same fact is the
clause that states the source figure: it holds the summary's verb (sold, stole), every person the
summary names as the one who acted (Gamble), and no one else acting (the chairman), unless it
names no actor at all ("and eight were stolen"); and what it counts is no other kind of thing
(the figure's own noun, or the noun before "worth", is the summary's, a word of its group in
counted_nouns.yaml, or a generic count noun: "eight guards were on duty" counts guards).

A clause runs from the last number, "and", "but", "while" or semicolon before the figure (commas
kept: "Gamble, the chief financial officer, sold") to the next number or punctuation after it.
"""

from __future__ import annotations

import re

from factcheck.extract.frames import default_table
from factcheck.extract.text import STOP_WORDS
from factcheck.link.support import (
    generic_count_noun,
    noun_after,
    numbers_in,
    same_noun,
    sentence_at,
    sentence_span_at,
)
from factcheck.model.quantifiers import APPROXIMATORS

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# where a clause begins before a figure: a semicolon or colon, a conjunction joining two clauses
_OPENS = re.compile(r"[;:]\s|\s(?:and|but|while|whereas|as)\s", re.IGNORECASE)
# where a clause ends after a figure: punctuation, a quotation mark, a conjunction
_CLOSES = re.compile(r"[,;:.!?()\"“”]|\s(?:and|but|while|whereas|as)\s", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|never|no|nor|without)\b|n['’]t\b", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")
# words that are neither an actor nor the thing counted: "shares worth $96,000", "a total of"
_NEUTRAL = frozenset({"worth", "total", "valued", "value", "sum"})
# a figure listed with another ("$412,500 and $96,000", "nine, eight or seven"): whose each is, is
# said by their order, which a clause's words do not follow
_LISTED_AFTER = re.compile(
    r"\s*(?:,|and|or|&)\s+(?:[$£€]\s?)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)",
    re.IGNORECASE,
)
_LISTED_BEFORE = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))[\d,.]*(?:\s?(?:million|billion|m|bn|k))?\s*(?:,|and|or|&)\s+(?:[$£€]\s?)?$",
    re.IGNORECASE,
)
LIST_REACH = 24  # characters before a figure searched for a figure listed with it
INFLECTION = 3  # letters one form of a verb may add to another ("stole"/"stolen", "kill"/"killed")
VERB_STEM = 4  # letters a shorter form must have to be read as the stem of a longer one


def same_clause(prose: str, mine: tuple[int, int], noun: str, text: str, theirs: tuple[int, int]) -> bool:
    """Whether the source figure at `theirs` of `text` states the summary figure at `mine` of
    `prose` (whose counted noun is `noun`, "" for none): its clause holds the summary's verb,
    every name the summary gives the actor and no other actor, and counts no other kind of
    thing (module docstring)."""
    verb = _verb(prose, mine)
    if verb is None:
        return False
    before, after = _clause(text, theirs)
    words = _words(before) + _words(after)
    lowered = [w.lower() for w in words]
    if not any(_inflects(verb, w) for w in lowered) or _NEGATED.search(before + after):
        return False  # "did not sell", "never stole": no statement of the figure
    if not _same_kind(noun, _things(text, theirs, before)) or _figure_beside(text, theirs, prose, mine):
        return False
    if _LISTED_AFTER.match(text, theirs[1]) or _LISTED_BEFORE.search(
        text[max(0, theirs[0] - LIST_REACH) : theirs[0]]
    ):
        return False  # "Brisk and Hale sold shares worth $412,500 and $96,000 respectively": by order
    actors = [w for w in _words(_clause(prose, mine)[0]) if _actor(w) and not _inflects(verb, w.lower())]
    actors = [w for w in actors if not (noun and same_noun(noun, w.lower()))]
    stated = [w for w in lowered if not _POSSESSIVE.search(w)]
    names = [w for w in actors if _named(w, prose, text)]
    if not all(_holds(stated, w.lower()) for w in names):
        return False  # "Brisk sold $96,000": the clause must name Brisk
    others = [
        w.lower()
        for w in words
        if _actor(w) and not _inflects(verb, w.lower()) and not _counts_thing(noun, w.lower())
    ]
    # a clause that names an actor names the summary's: all its words ("the chief executive"
    # is not "the chief financial officer"); one that names none ("eight were stolen") agrees
    return not others or (bool(actors) and all(_holds(stated, w.lower()) for w in actors))


def _verb(prose: str, span: tuple[int, int]) -> str | None:
    """The word a summary figure is the object of ("sold $946,374", "stole eight pieces"): the
    last word before it, past stop words and approximators, with no punctuation between; else
    the verb an auxiliary brings after its noun ("eight pieces were stolen"); lower case."""
    bounds = sentence_span_at(prose, span[0])
    start = bounds[0] if bounds is not None else 0
    following = ""
    for word in reversed(list(re.finditer(r"[^\s]+", prose[start : span[0]]))):
        token, ahead, following = word.group(0), following, word.group(0).lower()
        lowered = token.lower()
        if lowered in STOP_WORDS or lowered in APPROXIMATORS or lowered in _NEUTRAL or ahead == "worth":
            continue  # "sold shares worth about $1.8 million": the verb is "sold"
        if not token.isalpha() or not token.islower() or lowered in default_table().generic_nouns:
            break  # "In the raid, eight": punctuation; "Gamble $946,374": a name; "said"
        return lowered
    found = _AUXILIARY.match(prose, span[1])
    verb = found.group(1).lower() if found is not None else ""
    return None if not verb or verb in STOP_WORDS or verb in default_table().generic_nouns else verb


# a figure's noun (up to three words), an auxiliary and the participle it brings: "pieces were stolen"
_AUXILIARY = re.compile(
    r"(?:\s+[A-Za-z-]+){0,3}?\s+(?:have|has|had|were|was|are|is)\s+(?:been\s+|also\s+)?([a-z]+)\b"
)


def _clause(text: str, span: tuple[int, int]) -> tuple[str, str]:
    """The words of a figure's clause before and after it (module docstring)."""
    bounds = sentence_span_at(text, span[0]) or (0, len(text))
    start = bounds[0]
    for _, (_a, b) in numbers_in(text[bounds[0] : span[0]]):
        start = max(start, bounds[0] + b)  # the last other figure before it
    for opening in _OPENS.finditer(text, start, span[0]):
        start = opening.end()
    end = bounds[1]
    for _, (a, _b) in numbers_in(text[span[1] : bounds[1]]):
        end = min(end, span[1] + a)
        break
    closing = _CLOSES.search(text, span[1], end)
    if closing is not None:
        end = closing.start()
    return text[start : span[0]], text[span[1] : end]


def _figure_beside(text: str, theirs: tuple[int, int], prose: str, mine: tuple[int, int]) -> bool:
    """Whether the source clause goes on after its figure to another figure the summary's
    sentence does not state: "and eight were stolen in 2019" is another theft than this year's,
    "eight were stolen over 3 nights" not one night's."""
    bounds = sentence_span_at(text, theirs[0]) or (0, len(text))
    closing = _CLOSES.search(text, theirs[1], bounds[1])
    rest = text[theirs[1] : closing.start() if closing is not None else bounds[1]]
    stated = {value for value, _ in numbers_in(sentence_at(prose, mine[0]))}
    return any(value not in stated for value, _ in numbers_in(rest))


def _words(text: str) -> list[str]:
    """The words of a stretch of text, as written."""
    return _WORD.findall(text)


def _actor(word: str) -> bool:
    """Whether a word may say who acted: a content word, not an owner's ("the group's")."""
    lowered = word.lower()
    return (
        len(lowered) > 1
        and lowered not in STOP_WORDS
        and lowered not in APPROXIMATORS
        and lowered not in _NEUTRAL
        and not _POSSESSIVE.search(lowered)
    )


def _inflects(verb: str, word: str) -> bool:
    """Whether `word` is a form of `verb`: the same word, or one the other's stem with at most
    INFLECTION letters added ("stole"/"stolen"; "sold" is not "soldiers")."""
    if verb == word:
        return True
    short, long = sorted((verb, word), key=len)
    return len(short) >= VERB_STEM and long.startswith(short) and len(long) - len(short) <= INFLECTION


def _holds(words: list[str], wanted: str) -> bool:
    """Whether one of `words` (lower case) is `wanted` or a form of it ("officers")."""
    return any(w == wanted or _inflects(wanted, w) for w in words)


def _named(word: str, prose: str, text: str) -> bool:
    """Whether a word of the summary is a name: capitalised, and written so after a lower-case
    word in the summary or the source ("Gamble" of "John Gamble"; not "Thieves" at a
    sentence's start)."""
    if not word[:1].isupper():
        return False
    within = re.compile(rf"[a-z,;:]\s+{re.escape(word)}\b")
    return bool(within.search(prose) or within.search(text))


def _things(text: str, span: tuple[int, int], before: str) -> list[str]:
    """The nouns a source figure is said to count or be worth: its own noun ("eight guards") and
    the word before "worth" ("shares worth $946,374"), lower case; [] for none ("eight were
    stolen")."""
    found = []
    after = noun_after(text, span[1]).split()
    if after and after[0] not in STOP_WORDS:
        found.append(after[0])
    worth = re.search(r"([A-Za-z]+)\s+worth\s+\S*$", before)
    if worth is not None:
        found.append(worth.group(1).lower())
    return found


def _same_kind(noun: str, things: list[str]) -> bool:
    """Whether what a source figure counts is what the summary's noun counts: no noun of its own,
    the same noun or one of its group, or a generic count noun on either side."""
    return all(not noun or _counts_thing(noun, thing) for thing in things)


def _counts_thing(noun: str, word: str) -> bool:
    """Whether a word counts what `noun` counts (the same noun, a word of its group, a generic
    count noun on either side)."""
    return bool(noun) and (same_noun(noun, word) or generic_count_noun(noun) or generic_count_noun(word))

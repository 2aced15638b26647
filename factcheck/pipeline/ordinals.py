"""Ordinal numbers of a checked document against the sources' ordinals of the same thing
(`factcheck check`): "their fourth summit" where the sources call the talks their third summit,
"the third-largest port" where they rank it the fifth-largest port. A summariser that fuses two
sentences, or counts again, moves an ordinal this way; the value is in the article, so a look-up
alone finds it.

Only on positive evidence, since a faithful summary rejected costs more than an error missed:
- only the summary's ordinals of third and later are judged ("first" and "second" have too many
  ways to be said again: "for the first time", "maiden", "debut", "a first since 2012"), and
  only after a determiner or a possessive ("the fourth summit", "Wales' fifth title"): "a third"
  is a share, "third-placed" a compound, "per second" a unit;
- the ordinal must modify a head noun: the last word of the noun phrase after it (at most four
  words, up to a stop word), or the noun after the superlative it ranks by ("third-largest
  port": frames.yaml `ranks` makes biggest and largest one); the words between are its kind;
- never a unit of time or a stage of something ("the fourth day", "the third round", "his
  second term", "the fifth set": each of a story's days and rounds has its own ordinal) and never
  a run ("third straight win", "fourth consecutive", "in a row", "running"): a run counts other
  things than the sources' tally of the same noun;
- a source ordinal meets it only when it is another ordinal of the same head noun with exactly
  the same kind words ("third straight win" and "second win at home" never meet), in a sentence
  sharing two content words or years with the summary's (with the sentence after it: "This is
  the third summit of its kind. The other two, in 2000 and 2007, ..."), and no source sentence of the event states the
  summary's ordinal in any form ("fourth", "4th").
Such an ordinal is unsupported (FC602 `other-ordinal`), with the source sentence that gives the
other ordinal; an extracted count of the same words ("fourth summit") is replaced by it. Ordinals
the sources do not order at all stay with the figure look-up.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping

import msgspec

from factcheck.extract.frames import default_table
from factcheck.extract.numbers import DEFINITE, ORDINAL_WORDS, SCALES, SMALL_NUMBERS, TENS, ordinal_suffix
from factcheck.extract.text import STOP_WORDS
from factcheck.lazyre import lazy
from factcheck.link.support import (
    ENTITY_NAMES,
    STATED_YEAR,
    Evidence,
    SourceIndex,
    Support,
    frame_words,
    sentences,
)
from factcheck.model import Claim, QuantityClaim
from factcheck.model.keys import LinkNote
from factcheck.pipeline.judged import forget, unsupported_figure
from factcheck.rules.checks.support import OTHER_ORDINAL
from factcheck.wordlists import is_plural

# the summary's ordinals judged: third and later ("first" and "second" are said too many ways)
LOWEST = 3
_VALUES = {"first": 1, "second": 2, **ORDINAL_WORDS}
_ORDINAL = lazy(
    rf"(?<![\w'’-])(?P<word>{'|'.join(_VALUES)}|\d{{1,3}}(?:st|nd|rd|th))(?![\w'’])", re.IGNORECASE
)
# a superlative the ordinal ranks by: "third-largest", "fifth biggest", "fourth most populous"
_RANK = lazy(r"[\s-]+(?P<by>most\s+[a-z]+|[a-z]+est|worst)\b")
_NEXT_WORD = lazy(r"\s+(?P<word>[a-z][a-z'’-]*)")
# a run the summary counts, not the sources' tally of the noun: "third straight win"
_RUN = lazy(r"\b(?:straight|consecutive|successive|in\s+a\s+row|running)\b")
# units of time and stages of something: each has its own ordinal in a story ("the fourth day")
_STAGES = frozenset(
    {"day", "week", "month", "year", "round", "term", "leg", "game", "match", "set", "half"}
    | {"quarter", "period", "stage", "night", "hour", "minute", "season", "innings", "lap"}
)
# a determiner-like word before a possessive's ordinal: "Wales' first", tokenised "cardiff 's first"
_POSSESSIVE = lazy(r"(?:['’]s?|\s's)\s*\Z")
_WORD_BEFORE = lazy(r"([a-z]+)\s*\Z")
PHRASE_WORDS = 4  # words of the noun phrase an ordinal orders, at most ("first commercial seaplane service")
SHARED_WORDS = 2  # content words a source sentence shares with the summary's to be about its event
_NUMBER_WORDS = frozenset({*SMALL_NUMBERS, *TENS, *SCALES})


class Ordinal(msgspec.Struct, frozen=True):
    """An ordinal of a text and the noun it orders ("summit"), with its kind words."""

    value: int
    span: tuple[int, int]  # the ordinal and the words it orders
    head: str  # the thing's noun, singular ("summit", "port")
    kinds: frozenset[str]  # the words before the noun ("olympic", "gold"), a rank's slug ("largest")


def ordinals_judged(
    prose: str,
    source_id: str,
    claims: list[Claim],
    index: SourceIndex,
    support: dict[str, Support],
    links: dict[str, LinkNote],
) -> list[Claim]:
    """`claims` with a claim for each ordinal of `prose` that the sources give another ordinal
    (or only to another thing), each unsupported (FC602 `other-ordinal`), in place of a count of
    the same words."""
    mine = ordinals_in(prose)
    if not mine:
        return claims
    seen: Counter[str] = Counter()
    found: list[Claim] = []
    replaced: set[int] = set()
    theirs = _SourceOrdinals(index)
    for ordinal in mine:
        judged = _judged(prose, ordinal, theirs)
        if judged is None:
            continue
        note, evidence = judged
        at = next(
            (
                i
                for i, c in enumerate(claims)
                if isinstance(c, QuantityClaim) and _overlap(c.span, ordinal.span)
            ),
            None,
        )
        if at is not None:
            replaced.add(at)
            forget(claims[at], support, links)
        figure = (
            ordinal.head or "time",
            float(ordinal.value),
            f"{OTHER_ORDINAL}{note}: “{index.sentence_words(evidence)}”",
        )
        found.append(
            unsupported_figure(
                prose, source_id, ordinal.span, figure, evidence, seen, support, links, elsewhere=True
            )
        )
    return [c for at, c in enumerate(claims) if at not in replaced] + found


def ordinals_in(text: str) -> list[Ordinal]:
    """Each ordinal of `text` that orders something, after a determiner or a possessive."""
    low = text.lower()
    found = []
    for match in _ORDINAL.finditer(low):
        ordinal = _read(low, match)
        if ordinal is not None:
            found.append(ordinal)
    return found


def _read(low: str, match: re.Match[str]) -> Ordinal | None:
    """The ordinal at `match` and the noun it orders, or None when it orders no noun we can name."""
    word = match.group("word")
    value = _VALUES.get(word) or (int(word[:-2]) if word[:-2].isdigit() else 0)
    if not value or not _determined(low, match.start()):
        return None
    end = match.end()
    kinds: set[str] = set()
    rank = _RANK.match(low, end)
    if rank is not None:
        by = " ".join(rank.group("by").split())
        kinds.add(default_table().ranks.get(by, by))
        end = rank.end()
    elif low.startswith("-", end):
        return None  # "second-half", "first-class", "first-ever": a compound, no ordinal of a thing
    taken = list(_phrase(low, end))
    if not taken or taken[0][0] in _NUMBER_WORDS:
        return None  # nothing ordered, or a count follows: "the first two days"
    head = _singular(taken[-1][0])
    kinds.update(_singular(w) for w, _ in taken[:-1])
    return Ordinal(value, (match.start(), taken[-1][1]), head, frozenset(kinds))


def _determined(low: str, start: int) -> bool:
    """Whether a determiner or a possessive stands right before the ordinal ("the", "his",
    "Wales'", "Cardiff's")."""
    before = low[max(0, start - 40) : start]
    if _POSSESSIVE.search(before):
        return True
    word = _WORD_BEFORE.search(before)
    return word is not None and word.group(1) in DEFINITE


def _phrase(low: str, end: int) -> Iterator[tuple[str, int]]:
    """The words of the noun phrase after an ordinal, each with where it ends: up to a stop word,
    a plural noun (which ends it), punctuation or PHRASE_WORDS words."""
    for _ in range(PHRASE_WORDS):
        word = _NEXT_WORD.match(low, end)
        if word is None or word.group("word") in STOP_WORDS:
            return
        end = word.end()
        yield word.group("word").rstrip("'’"), end
        if is_plural(word.group("word")):
            return


def _singular(word: str) -> str:
    """A noun's singular, roughly and the same way on both sides ("summits", "cities")."""
    word = word.rstrip("'’").removesuffix("'s").removesuffix("’s")
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _overlap(a: tuple[int, int] | None, b: tuple[int, int]) -> bool:
    """Whether a claim's span shares a character with an ordinal's."""
    return a is not None and a[0] < b[1] and b[0] < a[1]


class _SourceOrdinals:
    """The sources' ordinals, read per source when a summary's ordinal needs them."""

    def __init__(self, index: SourceIndex) -> None:
        self.index = index
        self._read: dict[str, list[Ordinal]] = {}

    def of(self, word: str) -> Iterator[tuple[str, Ordinal]]:
        """(source, ordinal) for each source ordinal of a text that may have `word`."""
        for source in self.index.prose_may_have(word):
            if source == ENTITY_NAMES:
                continue
            if source not in self._read:
                self._read[source] = ordinals_in(self.index.texts.get(source, ""))
            for ordinal in self._read[source]:
                yield source, ordinal

    def context(self, source: str, span: tuple[int, int]) -> frozenset[str]:
        """The content words and years of the source sentence holding `span` and of the next
        one, the span's own left out."""
        return _context(self.index.lowered.get(source, ""), span, after=True)

    @property
    def lowered(self) -> Mapping[str, str]:
        """The source texts, lower-cased."""
        return self.index.lowered


def _context(low: str, span: tuple[int, int], after: bool = False) -> frozenset[str]:
    """The content words and years of the sentence of `low` holding `span`, the span's own left
    out (a year names the event: "the summits of 2000 and 2007"); with `after`, those of the next
    sentence too, which goes on about a short one's thing ("This is the third summit of its kind.
    The other two, in 2000 and 2007, ...")."""
    spans = sentences(low)
    for index, (first, last) in enumerate(spans):
        if first <= span[0] < last:
            words = low[first : span[0]] + " " + low[span[1] : last]
            if after and index + 1 < len(spans):
                words += " " + low[spans[index + 1][0] : spans[index + 1][1]]
            return frame_words(words) | frozenset(STATED_YEAR.findall(words))
    return frozenset()


def _judged(prose: str, mine: Ordinal, theirs: _SourceOrdinals) -> tuple[str, Evidence] | None:
    """Why the sources give the summary's ordinal's noun another ordinal, and where; None when
    they bear it out, say nothing against it, or the ordinal is not one judged."""
    if mine.value < LOWEST or mine.head in _STAGES:
        return None
    low = prose.lower()
    if _RUN.search(_sentence(low, mine.span)):
        return None
    context = _context(low, mine.span)
    if len(context) < SHARED_WORDS:
        return None
    peers = [(s, o) for s, o in theirs.of(mine.head) if _same_thing(mine, o)]
    if any(o.value == mine.value for _, o in peers):
        return None
    for source, other in peers:
        if len(context & theirs.context(source, other.span)) < SHARED_WORDS:
            continue
        if _stated_near(mine.value, context, theirs):
            return None
        said = " ".join(theirs.lowered[source][other.span[0] : other.span[1]].split())
        return f"the sources have “{said}”", Evidence(source, other.span)
    return None


def _sentence(low: str, span: tuple[int, int]) -> str:
    """The sentence of `low` holding `span`."""
    return next((low[first:last] for first, last in sentences(low) if first <= span[0] < last), "")


def _same_thing(mine: Ordinal, other: Ordinal) -> bool:
    """One thing ordered: the same head noun with exactly the same kind words."""
    return mine.head == other.head and mine.kinds == other.kinds


def _stated_near(value: int, context: frozenset[str], theirs: _SourceOrdinals) -> bool:
    """Whether a source sentence of the summary's event states the ordinal in any form."""
    words = [*(w for w, v in _VALUES.items() if v == value), f"{value}{ordinal_suffix(value)}"]
    pattern = re.compile(rf"(?<![\w-])(?:{'|'.join(words)})(?![\w])")
    sources = {source for word in words for source in theirs.index.prose_may_have(word)}
    for source in sources:
        text = theirs.lowered[source]
        for match in pattern.finditer(text):
            if len(context & _context(text, match.span(), after=True)) >= SHARED_WORDS:
                return True
    return False

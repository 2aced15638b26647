"""Ordinal numbers of a checked document against the sources' ordinals of the same thing
(`factcheck check`): "their fourth summit" where the sources call the talks the third summit,
"the third-largest port" where they rank it fifth, "won the title for the first time" where they
write "their first title since 2012", "the city's first gondola service" where the sources'
first service is a seaplane service. A summariser that fuses two sentences, or counts again,
moves an ordinal this way; the value is in the article, so a look-up alone finds it.

Only on positive evidence, since a faithful summary rejected costs more than an error missed:
- an ordinal counts only after a determiner or a possessive ("the second day", "his 100th
  test", "Wales' first"): "a third" is a share, "per second" a unit, "first minister" a title;
  a hyphened compound that is no rank ("second-half", "first-class") orders nothing;
- the thing ordered is the noun after the ordinal (its last word before a stop word, at most
  four words: "first commercial seaplane service" orders services) or the superlative it ranks
  by ("third-largest", "fifth biggest": frames.yaml `ranks` makes biggest and largest one);
- a source ordinal of the same thing meets the summary's only in a sentence sharing two content
  words with the summary's sentence (its event: "leaders", "met"), and when any sentence sharing
  them states the summary's ordinal in any form ("fourth", "4th"), the summary is borne out;
- "first" of another kind of the same thing ("first gondola service" against "first commercial
  seaplane service") is only judged when the summary's kind is a noun the sources use of
  something else ("gondolas"): a kind in the summary's own words ("first major title") is not;
- "for the first time" and "the first ever" (with no "since" or "in N years" after them) are
  contradicted by a source sentence of the same event that says "first … since" or "first … in
  N years", unless another source sentence of it says the first ever.
Such an ordinal is unsupported (FC602 `other-ordinal`), with the source sentence that gives the
other ordinal; an extracted count of the same words ("fourth summit") is replaced by it. Ordinals
the sources do not order at all stay with the figure look-up (third and later) or unjudged
("first", "second": too many ways to say them: "maiden", "debut", "opening").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping

import msgspec

from factcheck.extract.frames import default_table
from factcheck.extract.numbers import DEFINITE, ORDINAL_WORDS, SCALES, SMALL_NUMBERS, TENS
from factcheck.extract.text import STOP_WORDS, is_plural
from factcheck.extract.wordlists import word_list
from factcheck.lazyre import lazy
from factcheck.link import claim_id
from factcheck.link.linking import isolate
from factcheck.link.support import ENTITY_NAMES, Evidence, SourceIndex, Support, frame_words, sentences
from factcheck.model import Claim, QuantityClaim
from factcheck.model.ids import StandIn, stand_in
from factcheck.model.keys import LinkNote
from factcheck.rules.checks.support import OTHER_ORDINAL

# the ordinals the figure look-up leaves out ("his first trip" is no count), then the rest
_VALUES = {"first": 1, "second": 2, **ORDINAL_WORDS}
_ORDINAL = lazy(
    rf"(?<![\w'’-])(?P<word>{'|'.join(_VALUES)}|\d{{1,3}}(?:st|nd|rd|th))(?![\w'’])", re.IGNORECASE
)
# a superlative the ordinal ranks by: "third-largest", "fifth biggest", "fourth most populous"
_RANK = lazy(r"[\s-]+(?P<by>most\s+[a-z]+|[a-z]+est|worst)\b")
_NEXT_WORD = lazy(r"\s+(?P<word>[a-z][a-z'’-]*)")
# what makes a "first" no first ever: "since 2012", "in 20 years", "in almost a decade", "this
# year", "of the season"
_QUALIFIED = lazy(
    r"[^.!?;]{0,60}?\b(?:since|in\s+(?:\S+\s+){0,2}(?:years|decades|months|seasons|weeks|a\s+decade)"
    r"|(?:this|last|of\s+the)\s+(?:year|season|month|week|decade|century|campaign|term))\b"
)
# a determiner-like word before a possessive's ordinal: "Wales' first", tokenised "cardiff 's first"
_POSSESSIVE = lazy(r"(?:['’]s?|\s's)\s*\Z")
_WORD_BEFORE = lazy(r"([a-z]+)\s*\Z")
PHRASE_WORDS = 4  # words of the noun phrase an ordinal orders, at most ("first commercial seaplane service")
SHARED_WORDS = 2  # content words a source sentence shares with the summary's to be about its event
_NUMBER_WORDS = frozenset({*SMALL_NUMBERS, *TENS, *SCALES})


class Ordinal(msgspec.Struct, frozen=True):
    """An ordinal of a text and what it orders: the noun ("summit") or the rank ("largest")."""

    value: int
    span: tuple[int, int]  # the ordinal and the words it orders
    head: str  # the thing's noun, singular, or the rank's slug; "" when nothing is ordered
    rank: bool
    kinds: frozenset[str]  # the words before the noun ("commercial", "seaplane"); a rank's noun
    ever: bool  # "for the first time", "the first ever", and no "since" after it
    qualified: bool  # "first … since", "first … in 20 years"


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
        start, end = ordinal.span
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
            support.pop(claims[at].id, None)
            links.pop(claims[at].id, None)
        claim: Claim = QuantityClaim(
            id="x",
            source=source_id,
            text=prose[start:end],
            span=(start, end),
            subject=stand_in(StandIn.QUANTITY),
            unit=ordinal.head or "time",
            value=float(ordinal.value),
            note=f"{OTHER_ORDINAL}{note}: “{index.sentence_words(evidence)}”",
        )
        claim = isolate(claim.model_copy(update={"id": claim_id(source_id, claim, seen)}))
        support[claim.id] = Support(False, evidence, elsewhere=True)
        links[claim.id] = LinkNote.UNSUPPORTED
        found.append(claim)
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
    """The ordinal at `match` and what it orders, or None when it orders nothing we can name."""
    word = match.group("word")
    value = _VALUES.get(word) or (int(word[:-2]) if word[:-2].isdigit() else 0)
    if not value or not _determined(low, match.start()):
        return None
    end = match.end()
    rank = _RANK.match(low, end)
    if rank is not None:
        by = " ".join(rank.group("by").split())
        slug = default_table().ranks.get(by, by)
        noun = _NEXT_WORD.match(low, rank.end())
        kinds = (
            frozenset({_singular(noun.group("word"))})
            if noun and noun.group("word") not in STOP_WORDS
            else frozenset()
        )
        return Ordinal(value, (match.start(), rank.end()), slug, True, kinds, False, False)
    ever = False
    if low.startswith("-ever", end) or low.startswith(" ever", end):
        ever, end = value == 1, end + len("-ever")
    elif low.startswith("-", end):
        return None  # "second-half", "first-class": a compound, no ordinal of a thing
    taken = list(_phrase(low, end))
    stop = taken[-1][1] if taken else end
    if taken and taken[0][0] in _NUMBER_WORDS:
        taken = []  # "the first two days", "their first six nations title": a count follows
    head = _singular(taken[-1][0]) if taken else ""
    ever = ever or (value == 1 and head in _ever_words())
    qualified = value == 1 and _QUALIFIED.match(low, stop) is not None  # only a first is ever
    if not head and not ever and not qualified:
        return None
    kinds = frozenset(_singular(w) for w, _ in taken[:-1])
    return Ordinal(value, (match.start(), stop), head, False, kinds, ever and not qualified, qualified)


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


def _ever_words() -> frozenset[str]:
    """Words after "first" that make it the first ever (data/ordinal_ever.txt)."""
    return word_list("ordinal_ever")


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
        """The content words of the source sentence holding `span`, the span's own left out."""
        return _context(self.index.lowered.get(source, ""), span)

    @property
    def lowered(self) -> Mapping[str, str]:
        """The source texts, lower-cased."""
        return self.index.lowered


def _context(low: str, span: tuple[int, int]) -> frozenset[str]:
    """The content words of the sentence of `low` holding `span`, the span's own left out."""
    for first, last in sentences(low):
        if first <= span[0] < last:
            return frame_words(low[first : span[0]] + " " + low[span[1] : last])
    return frozenset()


def _judged(prose: str, mine: Ordinal, theirs: _SourceOrdinals) -> tuple[str, Evidence] | None:
    """Why the sources give the summary's ordinal to another ordinal or thing, and where; None
    when they bear it out or say nothing against it."""
    context = _context(prose.lower(), mine.span)
    if len(context) < SHARED_WORDS:
        return None
    if mine.ever:
        return _first_ever(mine, context, theirs)
    peers = [(s, o) for word in _head_words(mine) for s, o in theirs.of(word) if _same_thing(mine, o)]
    same = [(s, o) for s, o in peers if o.value == mine.value]
    if same:
        return _of_other_kind(mine, same, theirs)
    for source, other in peers:
        if len(context & theirs.context(source, other.span)) < SHARED_WORDS:
            continue
        if _stated_near(mine.value, context, theirs):
            return None
        said = " ".join(theirs.lowered[source][other.span[0] : other.span[1]].split())
        return f"the sources have “{said}”", Evidence(source, other.span)
    return None


def _first_ever(
    mine: Ordinal, context: frozenset[str], theirs: _SourceOrdinals
) -> tuple[str, Evidence] | None:
    """ "For the first time" against a source sentence of the same event that says "first …
    since" (a first since, not ever); None when a sentence of it says first ever, or none
    qualifies its first."""
    qualified = None
    for source, other in theirs.of("first"):
        if other.value != 1 or len(context & theirs.context(source, other.span)) < SHARED_WORDS:
            continue
        if other.ever:
            return None
        if other.qualified and qualified is None:
            qualified = source, other
    if qualified is None:
        return None
    source, other = qualified
    return "the sources say a first since, not the first ever", Evidence(source, other.span)


def _of_other_kind(
    mine: Ordinal, same: list[tuple[str, Ordinal]], theirs: _SourceOrdinals
) -> tuple[str, Evidence] | None:
    """The summary's "first gondola service" where every source's first service is of another
    kind ("first commercial seaplane service") and the summary's kind is a noun the sources
    use of something else ("gondolas"); None otherwise."""
    if mine.rank or not mine.kinds:
        return None
    if any(not other.kinds or other.kinds & mine.kinds for _, other in same):
        return None
    if not all(_noun_in_sources(kind, theirs) for kind in mine.kinds):
        return None
    source, other = same[0]
    said = " ".join(theirs.lowered[source][other.span[0] : other.span[1]].split())
    return f"the sources' is “{said}”, of another {mine.head}", Evidence(source, other.span)


def _noun_in_sources(word: str, theirs: _SourceOrdinals) -> bool:
    """Whether the sources use `word` as a noun of its own: plural, or after a determiner ("the
    gondola", "gondolas")."""
    pattern = re.compile(rf"\b(?:(?:a|an|the)\s+{re.escape(word)}\b|{re.escape(word)}e?s\b)")
    sources = {*theirs.index.prose_may_have(word), *theirs.index.prose_may_have(f"{word}s")}
    return any(pattern.search(theirs.lowered[source]) for source in sources)


def _head_words(mine: Ordinal) -> list[str]:
    """The words a source must have to order the same thing: the noun, or each superlative of
    the rank ("largest", "biggest")."""
    if not mine.rank:
        return [mine.head]
    return [by for by, slug in default_table().ranks.items() if slug == mine.head] or [mine.head]


def _same_thing(mine: Ordinal, other: Ordinal) -> bool:
    """One thing ordered: the same noun, or the same rank of the same noun (when both say one)."""
    if mine.rank != other.rank or mine.head != other.head or not mine.head:
        return False
    return not mine.rank or not (mine.kinds and other.kinds) or bool(mine.kinds & other.kinds)


def _stated_near(value: int, context: frozenset[str], theirs: _SourceOrdinals) -> bool:
    """Whether a source sentence of the summary's event states the ordinal in any form."""
    words = [*(w for w, v in _VALUES.items() if v == value), f"{value}{_suffix(value)}"]
    pattern = re.compile(rf"(?<![\w-])(?:{'|'.join(words)})(?![\w])")
    sources = {source for word in words for source in theirs.index.prose_may_have(word)}
    for source in sources:
        text = theirs.lowered[source]
        for match in pattern.finditer(text):
            if len(context & _context(text, match.span())) >= SHARED_WORDS:
                return True
    return False


def _suffix(value: int) -> str:
    """The letters English writes after a figure as an ordinal ("1st", "12th", "23rd")."""
    if value % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")

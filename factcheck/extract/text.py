"""Text helpers every family shares: what a family found, sentences, and nearby words.

Offsets are always Python `str` indices into the original text; nothing here lower-cases or
normalises the text before matching (that can change its length: "İ".lower() is two characters).
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Callable, Hashable
from typing import Any, Generic, Literal, TypeVar, cast

import msgspec
from pydantic import BaseModel

from factcheck.lazyre import Regex, lazy
from factcheck.registry.quotes import common_in_order
from factcheck.wordlists import word_list

Kind = Literal["quantity", "date", "duration", "quote", "mention", "relation"]


class Found(msgspec.Struct):
    """One claim a family found: where it is, and the claim fields it can tell from the words."""

    kind: Kind
    start: int
    end: int
    fields: dict[str, Any] = msgspec.field(default_factory=dict)
    # words where subject cues are looked for first: the counted noun, the quoted thing
    focus: str = ""
    # duration: the event phrase after "after/since/before" (for from_event)
    anchor: tuple[int, int] | None = None
    # wrapper-only facts (name similarity, spelling class, the quoted thing ...)
    extras: dict[str, Any] = msgspec.field(default_factory=dict)

    def overlaps(self, start: int, end: int) -> bool:
        """True when [start, end) shares a character with this span."""
        return self.start < end and start < self.end


# A sentence ends at . ! ? (maybe followed by a closing quote or bracket) before whitespace and
# a capital, digit or opening quote; a line break always ends one (headlines, list items).
_SENTENCE_END = re.compile(r"""[.!?]["”’')\]]*(?=\s+["“‘(\[]?[A-Z0-9])|\n""")
# "St. Petersburg", "U.S. officials", "Mr. X": a full stop that does not end a sentence
_ABBREVIATION = lazy(r"(?:\b(?:St|Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sen|Rep|No|vs|[A-Z]))\.$")


class Sentences:
    """Sentence spans of a text, for 'the sentence that holds this claim'."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] = [0]
        for match in _SENTENCE_END.finditer(text):
            cut = match.end()
            if match.group() != "\n" and _ABBREVIATION.search(text, max(0, cut - 6), cut):
                continue
            if cut > self.starts[-1]:
                self.starts.append(cut)

    def span_at(self, offset: int) -> tuple[int, int]:
        """[start, end) of the sentence holding `offset`, without surrounding whitespace."""
        index = bisect.bisect_right(self.starts, offset) - 1
        start = self.starts[index]
        end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.text)
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return start, end

    def same(self, a: int, b: int) -> bool:
        """True when offsets `a` and `b` lie in one sentence."""
        return self.index(a) == self.index(b)

    def index(self, offset: int) -> int:
        """Which sentence (0, 1, …) holds `offset`."""
        return bisect.bisect_right(self.starts, offset) - 1


class SpanSet:
    """Stretches of text already taken, for "is [start, end) still free?" in O(log n).

    Spans are kept merged (their union), so one neighbour decides whether a span overlaps.
    """

    def __init__(self, spans: list[tuple[int, int]] | None = None) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in spans or []:
            self.add(start, end)

    def free(self, start: int, end: int) -> bool:
        """True when no taken span shares a character with [start, end)."""
        index = bisect.bisect_left(self.starts, end) - 1
        return index < 0 or self.ends[index] <= start

    def add(self, start: int, end: int) -> None:
        """Take [start, end) (merged with what it touches)."""
        if end <= start:
            return
        first = bisect.bisect_left(self.ends, start)
        last = bisect.bisect_right(self.starts, end)
        if first < last:
            start = min(start, self.starts[first])
            end = max(end, self.ends[last - 1])
        self.starts[first:last] = [start]
        self.ends[first:last] = [end]


def split_words(text: str) -> list[str]:
    """The words of a space-separated list written as one string (easier to read than a list)."""
    return text.split()


WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z]")

# Words that end a noun phrase and never say what a quotation is about (data/stopwords.txt):
# used to find the counted noun ("two small former Soviet states | in …").
STOP_WORDS = word_list("stopwords")


def words_after(text: str, offset: int, limit: int, word: Regex | None = None) -> list[tuple[int, int, str]]:
    """Up to `limit` words (of pattern `word`, default WORD) that directly follow `offset`,
    stopping at punctuation other than hyphens and apostrophes (a comma or full stop ends the
    phrase)."""
    word = word or WORD
    found: list[tuple[int, int, str]] = []
    pos = offset
    while len(found) < limit:
        gap = pos
        while gap < len(text) and text[gap] in " \t":
            gap += 1
        match = word.match(text, gap)
        if match is None or (gap == pos and found):
            break
        found.append((match.start(), match.end(), match.group()))
        pos = match.end()
    return found


def word_before(text: str, offset: int) -> tuple[int, int, str] | None:
    """The word that ends just before `offset` (spaces between allowed), if any."""
    pos = offset
    while pos > 0 and text[pos - 1] in " \t":
        pos -= 1
    end = pos
    while pos > 0 and (text[pos - 1].isalpha() or text[pos - 1] in "'’-"):
        pos -= 1
    if pos == end:
        return None
    return pos, end, text[pos:end]


T = TypeVar("T")
R = TypeVar("R")


class ValueCache(Generic[T, R]):
    """What was built from a dict of registry records (subjects, entities), keyed on their values:
    a copied dict (factcheck check copies the registry) or a registry loaded again reuses it, and
    a changed record never gets a stale index. At most `size` sets are kept (the oldest go first)."""

    def __init__(self, build: Callable[[dict[str, T]], R], size: int = 8) -> None:
        self._build = build
        self._size = size
        self._cache: dict[Hashable, R] = {}

    def get(self, items: dict[str, T]) -> R:
        """The built value for these records (built once per distinct set of values)."""
        key = frozen_value(items)
        if key not in self._cache:
            if len(self._cache) >= self._size:
                del self._cache[next(iter(self._cache))]
            self._cache[key] = self._build(items)
        return self._cache[key]


def frozen_value(value: Any) -> Hashable:
    """A hashable form of a record's value: models, dicts and lists as tuples, recursively."""
    if isinstance(value, BaseModel):
        return (type(value).__name__, tuple((name, frozen_value(v)) for name, v in value))
    if isinstance(value, dict):
        return tuple((k, frozen_value(v)) for k, v in value.items())
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value, key=repr) if isinstance(value, set | frozenset) else value
        return tuple(frozen_value(v) for v in items)
    return cast(Hashable, value)


_QUOTE_MARKS = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "«": '"', "»": '"'})
_WORD = lazy(r"\w+(?:['-]\w+)*")
# words in square brackets are the reporter's, not the speaker's ("ABC and [host] Jimmy Kimmel",
# "[...]"), and so is a conversion in parentheses ("a blast at 10,000-metre (32,800-ft) altitude",
# "(£1.2m)"): two outlets that do or do not add them quote the same words. Other words in
# parentheses stay the speaker's: a written statement or a post has its own ("every home (and I
# mean every single one)", "40 lives (12 of them children)"), so a number changed there still
# differs and a summary may quote them
_APPROX = r"(?:about|some|around|roughly|approximately|approx\.?|nearly|almost|more than|over|under|up to|~)"
_NUMBER = r"\d[\d,.]*(?:\s*(?:-|–|to)\s*\d[\d,.]*)?(?:\s*(?:million|billion|trillion|mn|bn|m|k))?"
_UNIT = (
    r"(?:sq\.?\s*|square\s+|cubic\s+)?(?:ft|feet|foot|in|inch(?:es)?|yd|yards?|mi|miles?|nautical miles?|m|"
    r"metres?|meters?|km|kilomet(?:re|er)s?|cm|centimet(?:re|er)s?|mm|millimet(?:re|er)s?|mph|km/h|kmh|kph|"
    r"kmph|knots?|kt|kg|kilo(?:gram)?s?|g|grams?|lbs?|pounds?|oz|ounces?|t|tonnes?|tons?|acres?|hectares?|ha|"
    r"litres?|liters?|l|gallons?|gal|°\s*[cf]|degrees?(?:\s+(?:c|f|celsius|fahrenheit))?|[cf])"
)
_MONEY = r"(?:[$£€¥₹]|us\$|usd|eur|gbp|inr)"
_MONEY_WORD = r"(?:dollars|euros|pounds|pounds sterling|rupees|yen|usd|eur|gbp|inr)"
_CONVERSION = rf"\(\s*{_APPROX}?\s*(?:{_NUMBER}[\s-]*{_UNIT}\.?|{_MONEY}\s*{_NUMBER}|{_NUMBER}\s+{_MONEY_WORD})(?!\w)\s*\)"
_EDITORIAL = lazy(r"\[[^\[\]\n]{0,60}\]|" + _CONVERSION)
# tokenised text splits contractions off their word ("did n't", "it 's"): join them back
_SPLIT_CONTRACTION = lazy(r"(?<=\w) (?=(?:n't|'s|'re|'ve|'ll|'d|'m)\b)")


# "1,000" is one number, "5%" is "5 percent": written either way, the same words
_THOUSANDS_COMMA = lazy(r"(?<=\d),(?=\d{3}(?!\d))")
_PERCENT_SIGN = lazy(r"\s*%")


def quote_words(text: str) -> list[str]:
    """The words of a quotation, case- and punctuation-insensitive, with orthographic variants
    folded to one form (British/American spelling, hyphen or space, numerals or number words:
    factcheck/extract/variants.py), so one quotation in two house styles is the same words."""
    return list(_quote_words(text))


@functools.lru_cache(maxsize=4096)
def _quote_words(text: str) -> tuple[str, ...]:
    """quote_words, cached: whole source texts are split again for every quotation looked up."""
    from factcheck.extract.variants import fold_words  # lazy: variants imports the number reader

    text = unicodedata.normalize("NFKC", text).translate(_QUOTE_MARKS).casefold()
    text = _EDITORIAL.sub(" ", text)
    text = _PERCENT_SIGN.sub(" percent", _THOUSANDS_COMMA.sub("", text))
    words = _WORD.findall(_SPLIT_CONTRACTION.sub("", text))
    return tuple(fold_words([part for word in words for part in _spelled_out(word)]))


# contractions whose full form is one reading ("we'll" is "we will", "they're" "they are"): a
# transcript and a wire copy write one remark either way. "'s" (is, has or a possessive) and "'d"
# (had or would) are left as written, and so is "n't": a negation is compared as its own word
_CONTRACTION_TAILS = (("'ll", "will"), ("'re", "are"), ("'ve", "have"), ("'m", "am"))


def _spelled_out(word: str) -> tuple[str, ...]:
    """A word with its contraction written out ("we'll" -> "we", "will"), else the word alone."""
    for tail, full in _CONTRACTION_TAILS:
        if word.endswith(tail) and len(word) > len(tail):
            return (word[: -len(tail)], full)
    return (word,)


SAME_STATEMENT_SHARE = 0.5  # of the shorter quotation's content words


def same_statement(a: list[str], b: list[str]) -> bool:
    """True when two quotations (as quote_words) are one statement worded otherwise: at least
    two content words in common, and at least half of the shorter one's content words ("I have
    never felt so strong tremors" / "such strong tremors"). Function words do not count: two
    different sentences of one speaker share "the" and "not" but not their content. A short
    quotation set against a much longer one (a paragraph of a transcript) must meet one stretch
    of it about its own length: a partial quote is one passage, not words picked across many."""
    shorter, longer = sorted((a, b), key=len)
    size = len(shorter) + max(2, len(shorter) // 2)
    if len(longer) <= size:
        return _one_statement(a, b)
    return any(_one_statement(shorter, longer[i : i + size]) for i in range(len(longer) - size + 1))


def _one_statement(a: list[str], b: list[str]) -> bool:
    """same_statement for two quotations of about one length (words compared as written: "want"
    and "wanted" are two statements' words, as tense may be what two reports disagree on)."""
    ca = {w for w in a if w not in STOP_WORDS}
    cb = {w for w in b if w not in STOP_WORDS}
    shared = len(ca & cb)
    if shared < 2 or shared < SAME_STATEMENT_SHARE * min(len(ca), len(cb)):
        return False
    # a rewording keeps its words' order; two sentences that share words in another order ("The
    # building is literally pancaked" / "literally half of that building is not there") do not
    return _in_order(a, b, ca & cb) >= 2


def _in_order(a: list[str], b: list[str], shared: set[str]) -> int:
    """How many of the shared words the two quotations give in the same order (their longest
    common subsequence, each word at its first use)."""
    xs = list(dict.fromkeys(w for w in a if w in shared))
    ys = list(dict.fromkeys(w for w in b if w in shared))
    return common_in_order(xs, ys)

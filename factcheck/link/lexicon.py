"""Is a word a proper name? Word frequencies, for text that writes names in lower case.

Summaries and articles are often lower-cased ("neville has been tipped to replace hodgson"), so
capital letters cannot tell a name from a word. Word frequencies can (wordfreq, which ships its
frequency lists inside the package; nothing is downloaded): an ordinary English word is far
more frequent in English than in German, French or Spanish ("mistook", "sculls", "topographic"
do not occur there at all), while a proper name is written the same way everywhere and has much
the same frequency in each language ("hodgson", "cincinnati", "ciara"). A word is name-like when
it is not a common English word and is about as frequent in every other language as in English,
or when English does not know it at all.

wordfreq is imported on first use only: it costs about 0.2 s to import and 0.2-0.6 s per
language list loaded, which only a `check --source` of lower-cased text pays.
"""

from __future__ import annotations

import bisect
import functools
import math
import re

from factcheck.lazyre import lazy

# Thresholds measured on the QAGS/Falke dev split (benchmarks/faithfulness.py), never on test.
COMMON_ZIPF = 4.5  # a word at least this frequent in English (zipf scale) is a common word
# name-like: in each other language at most this much rarer (zipf) than in English; ordinary
# English words are 2-3.5 rarer or absent, names 0-1 ("hodgson" 3.2 in English, 2.7 in German)
NAME_GAP = 1.0
# Latin-alphabet lists that keep names as written, the cheapest to load first
OTHER_LANGUAGES = ("fr", "es", "de")
MIN_LETTERS = 3
_WORD = re.compile(r"[a-z]+")
# a text is lower-cased when fewer than this share of its words inside a sentence are capitalised
# (news text capitalises about one in ten: its names)
CASELESS_SHARE = 0.01
_INNER_WORD = re.compile(r"(?<=[a-z0-9,;] )[A-Za-z][a-z]+")


@functools.cache
def zipf(word: str, language: str) -> float:
    """wordfreq's `zipf_frequency(word, language)`, read for a lower-case word from the language's
    frequency list without building its dictionary of every word.

    wordfreq answers a look-up from a dictionary of the whole list, built on the first one (about
    0.15 s a language; `name_like` asks four). A plain lower-case word is its own single token, so
    its frequency is that of the list's last bucket holding it, rounded as wordfreq rounds it:
    tests/test_lexicon.py compares both over thousands of words. Any other word goes to wordfreq.
    """
    import wordfreq

    if not _WORD.fullmatch(word):
        return float(wordfreq.zipf_frequency(word, language))
    # each bucket is sorted (wordfreq: "alphabetical order within each band"; a test checks it):
    # a binary search per bucket instead of a scan of half a million words
    buckets = [n for n, bucket in enumerate(wordfreq.get_frequency_list(language)) if _holds(bucket, word)]
    if not buckets:
        return 0.0  # wordfreq's floor (a frequency of one per billion words)
    # wordfreq's _word_frequency of one token: 1 / (1 / f), rounded to three significant digits
    freq = max(1.0 / (1.0 / wordfreq.cB_to_freq(-buckets[-1])), wordfreq.zipf_to_freq(0.0))
    rounded = round(freq, math.floor(-math.log(freq, 10)) + 3)
    return round(float(wordfreq.freq_to_zipf(rounded)), 2)


def _holds(bucket: list[str], word: str) -> bool:
    """Whether a sorted bucket of words holds the word."""
    at = bisect.bisect_left(bucket, word)
    return at < len(bucket) and bucket[at] == word


@functools.cache
def name_like(word: str) -> bool:
    """True when a lower-case word is probably a proper name, not an ordinary English word."""
    if len(word) < MIN_LETTERS or not _WORD.fullmatch(word):
        return False
    english = zipf(word, "en")
    if english >= COMMON_ZIPF:
        return False
    if english == 0.0:
        return True  # a word English does not know: a name (or a misspelling, as unsupported)
    return all(zipf(word, language) >= english - NAME_GAP for language in OTHER_LANGUAGES)


@functools.cache
def written_alike(word: str) -> bool:
    """True when a lower-case word is about as frequent in every other language as in English,
    however common it is: a name ("david", "taylor"), not an English word ("striker", "said")."""
    if len(word) < MIN_LETTERS or not _WORD.fullmatch(word):
        return False
    english = zipf(word, "en")
    return english > 0.0 and all(zipf(word, language) >= english - NAME_GAP for language in OTHER_LANGUAGES)


def frequent(word: str) -> bool:
    """True when a word is a common English word (zipf COMMON_ZIPF or more): "david", "the"."""
    return zipf(word.lower(), "en") >= COMMON_ZIPF


@functools.cache
def uncommon(word: str) -> bool:
    """True when a lower-case word is not a common English word (a name, or a rare word)."""
    return bool(_WORD.fullmatch(word)) and zipf(word, "en") < COMMON_ZIPF


def caseless(text: str) -> bool:
    """True when a text writes names in lower case: hardly any word inside a sentence (after a
    lower-case word, digit or comma) is capitalised."""
    return caseless_counted(*case_counts(text))


def case_counts(text: str) -> tuple[int, int]:
    """(capitalised, all) words inside a sentence of a text: what `caseless` judges by. Texts
    joined by newlines have the sums of their counts (a word after a newline is not inside)."""
    inner = _INNER_WORD.findall(text)
    return sum(1 for word in inner if word[0].isupper()), len(inner)


def caseless_counted(capitalised: int, inner: int) -> bool:
    """`caseless` of a text with these `case_counts`."""
    return not inner or capitalised / inner < CASELESS_SHARE


_CALENDAR = lazy(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|january|february|april|june|july|august|september|october|november|december)\b"
    # "may" and "march" are words too: months only next to a day number or a year
    r"|\b(?:may|march)(?=\s+\d)|(?<=\d\s)(?:may|march)\b"
)


def calendar_capitals(text: str) -> str:
    """A lower-cased text with its weekday and month names capitalised ("on sunday" -> "on
    Sunday"), so the date extractor reads them; every other character stays where it was."""
    return _CALENDAR.sub(lambda m: m.group(0).capitalize(), text)

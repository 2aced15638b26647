"""Is a word a proper name? Word frequencies, for text that writes names in lower case.

Summaries and articles are often lower-cased ("neville has been tipped to replace hodgson"), so
capital letters cannot tell a name from a word. Word frequencies can (wordfreq, which ships its
frequency lists inside the package; nothing is downloaded): an ordinary English word is far
more frequent in English than in German, French or Spanish ("mistook", "sculls", "topographic"
do not occur there at all), while a proper name is written the same way everywhere and has much
the same frequency in each language ("hodgson", "cincinnati", "ciara"). A word is name-like when
it is not a common English word and is about as frequent in every other language as in English,
or when English does not know it at all.

A plain lower-case word's frequency is read from wordfreq's lists (the files it ships) without
importing wordfreq (~0.1 s, its language-code tables and text fixer), first from the small list of
each language (words at least once per million, ~30k of them: a common word, a well-known name),
and from the large one (~300k-600k words, ~0.02-0.05 s each to read) only when the answer depends
on how rare a rarer word is: the same answers as wordfreq's (tests/test_lexicon.py). Only a check
naming something no source names, or of lower-cased text, asks at all.

Reading the files directly mirrors wordfreq's `read_cBpack` (gzip, msgpack, the header checked)
and relies on the layout of its data: each bucket sorted, the small list the large list's first
buckets. That is wordfreq's private layout, so it is read directly only for the wordfreq versions
tests/test_lexicon.py verified (WORDFREQ_VERIFIED); any other version is asked through wordfreq's
own API, slower and the same answers. A damaged file is a FactcheckError naming it.
"""

from __future__ import annotations

import bisect
import functools
import importlib.metadata
import importlib.util
import math
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import cast

from factcheck.errors import FactcheckError
from factcheck.lazyre import lazy

# Thresholds measured on the QAGS/Falke dev split (benchmarks/faithfulness.py), never on test.
COMMON_ZIPF = 4.5  # a word at least this frequent in English (zipf scale) is a common word
# name-like: in each other language at most this much rarer (zipf) than in English; ordinary
# English words are 2-3.5 rarer or absent, names 0-1 ("hodgson" 3.2 in English, 2.7 in German)
NAME_GAP = 1.0
# Latin-alphabet lists that keep names as written, the cheapest to load first
OTHER_LANGUAGES = ("fr", "es", "de")
MIN_LETTERS = 3
_WORD = lazy(r"[a-z]+")
# a text is lower-cased when fewer than this share of its words inside a sentence are capitalised
# (news text capitalises about one in ten: its names)
CASELESS_SHARE = 0.01
_INNER_WORD = lazy(r"(?<=[a-z0-9,;] )[A-Za-z][a-z]+")


# wordfreq ships two lists a language: "small" (the words at least once per million, zipf above
# 3) and "large" (down to once per hundred million), whose first buckets are the small list's
# (tests/test_lexicon.py checks it). Most questions asked here are settled by the small list.
SMALL, LARGE = "small", "large"
# the wordfreq release series whose files are read directly: tests/test_lexicon.py compared every
# list read so with wordfreq's own reading, and checked its buckets sorted and its small lists the
# large lists' first buckets, on 3.1.1 (a patch release keeps its series' data files). Add a series
# only after those tests pass on it; pyproject.toml pins wordfreq to these.
WORDFREQ_VERIFIED = ("3.1",)


@functools.cache
def zipf(word: str, language: str) -> float:
    """wordfreq's `zipf_frequency(word, language)`, read for a lower-case word from the language's
    frequency list without building its dictionary of every word.

    wordfreq answers a look-up from a dictionary of the whole list, built on the first one (about
    0.15 s a language; `name_like` asks four). A plain lower-case word is its own single token, so
    its frequency is that of the list's last bucket holding it, rounded as wordfreq rounds it:
    tests/test_lexicon.py compares both over thousands of words. Any other word goes to wordfreq.
    """
    if not _WORD.fullmatch(word):
        import wordfreq

        return float(wordfreq.zipf_frequency(word, language))
    return _bucket_zipf(_bucket_of(word, language, LARGE))


@functools.cache
def _common_zipf(word: str, language: str) -> float | None:
    """`zipf` of a plain lower-case word read from the language's small list; None when the word
    is not there, and so rarer than every word in it (at most `_small_floor`), or unknown."""
    bucket = _bucket_of(word, language, SMALL)
    return None if bucket is None else _bucket_zipf(bucket)


@functools.cache
def _small_floor(language: str) -> float:
    """The highest zipf figure a word missing from the small list can have: that of the large
    list's first bucket after the small list's last (lower buckets round to less)."""
    packed = _packed(language, SMALL)
    return _bucket_zipf(len(packed) if packed is not None else len(_frequency_list(language, SMALL)))


def _at_least(word: str, language: str, level: float) -> bool:
    """`zipf(word, language) >= level`, from the small list when it settles it (the large list,
    4-10 times its size, is read only for a rare word asked against a low level)."""
    if not _WORD.fullmatch(word):
        return zipf(word, language) >= level
    common = _common_zipf(word, language)
    if common is not None:
        return common >= level
    if level > _small_floor(language):
        return False  # not among the language's frequent words: below any level above them
    return zipf(word, language) >= level


def _english(word: str) -> float | None:
    """The English `zipf` of a plain lower-case word, read from the small list when there; None
    when it is rarer than that list (below COMMON_ZIPF then) and every other language has it at
    most NAME_GAP below anything it could be: written alike however rare in English."""
    common = _common_zipf(word, "en")
    if common is not None:
        return common
    ceiling = _small_floor("en")
    others = (_common_zipf(word, language) for language in OTHER_LANGUAGES)
    if all(other is not None and other >= ceiling - NAME_GAP for other in others):
        return None
    return zipf(word, "en")


def _alike(word: str, english: float) -> bool:
    """True when every other language has the word at most NAME_GAP rarer than English does."""
    return all(_at_least(word, language, english - NAME_GAP) for language in OTHER_LANGUAGES)


def _bucket_zipf(bucket: int | None) -> float:
    """The zipf figure of a plain word found in this bucket of a list (None: in none of them),
    as wordfreq computes and rounds it."""
    if bucket is None:
        return 0.0  # wordfreq's floor (a frequency of one per billion words)
    # wordfreq's _word_frequency of one token: 1 / (1 / f), rounded to three significant digits
    freq = max(1.0 / (1.0 / _cb_to_freq(-bucket)), _zipf_to_freq(0.0))
    rounded = round(freq, math.floor(-math.log(freq, 10)) + 3)
    return round(_freq_to_zipf(rounded), 2)


# wordfreq's cB_to_freq, zipf_to_freq and freq_to_zipf (the scales its lists are written on)
def _cb_to_freq(centibels: int) -> float:
    """The frequency (share of all words) of a figure in centibels: -300 cB is one in a thousand."""
    return float(10 ** (centibels / 100))


def _zipf_to_freq(figure: float) -> float:
    """The frequency of a zipf figure: zipf 3 is once per million words (zipf 0, once per billion)."""
    return float(10**figure / 1e9)


def _freq_to_zipf(freq: float) -> float:
    """The zipf figure of a frequency: log10 of its occurrences per billion words."""
    return math.log(freq, 10) + 9


def _last_bucket(buckets: Sequence[Sequence[bytes]], word: str) -> int | None:
    """The last bucket of a list holding the word, or None. Each bucket is sorted (wordfreq keeps
    them in alphabetical order, a test checks it), by code point, which is UTF-8's byte order."""
    encoded = word.encode("utf-8")
    found = [n for n, bucket in enumerate(buckets) if _holds(bucket, encoded)]
    return found[-1] if found else None


def _bucket_of(word: str, language: str, size: str) -> int | None:
    """The last bucket of the language's list ("small" or "large") holding a plain lower-case
    word, or None: found in the file's bytes (`_PackedList`) where the file is read directly."""
    packed = _packed(language, size)
    if packed is None:
        return _last_bucket(_frequency_list(language, size), word)
    return packed.last_bucket(word.encode("utf-8"))


class _PackedList:
    """One of wordfreq's list files, unzipped, with where each bucket starts in it: a word is
    looked up without building the list's words (600k `bytes` for a large list, about two thirds
    of reading it; a check asks about a handful of words).

    A word the list holds is written in the file as its UTF-8 bytes (msgpack writes a string's
    bytes as they are, after a length header), so a word whose bytes occur nowhere in the
    unzipped file is in no bucket. Where they occur last, the bucket there is the last one that
    can hold the word (a later bucket holding it would have them later): when that bucket's
    words hold it, it is the answer; when its bytes were part of another word, every bucket's
    words are read and searched, as before. tests/test_lexicon.py compares both.
    """

    def __init__(self, path: Path) -> None:
        import msgpack  # wordfreq's own dependency, the reader of its files

        self.path = path
        self.raw = _unzipped(path)
        unpacker = msgpack.Unpacker(raw=True, use_list=False, max_buffer_size=len(self.raw) + 1)
        unpacker.feed(self.raw)
        try:
            count = unpacker.read_array_header()
            header = unpacker.unpack() if count else None
            # where each bucket starts, and where the last ends: msgpack skips a bucket in C
            self.starts = [unpacker.tell()]
            for _ in range(count - 1):
                unpacker.skip()
                self.starts.append(unpacker.tell())
        except (ValueError, msgpack.UnpackException) as exc:
            raise _damaged(path, f"{type(exc).__name__}: {exc}") from exc
        if header != {b"format": b"cB", b"version": 1} or self.starts[-1] != len(self.raw):
            raise _damaged(path, "not a list of word buckets under a cB version 1 header")

    def __len__(self) -> int:
        return len(self.starts) - 1

    def bucket(self, number: int) -> Sequence[bytes]:
        """The words of one bucket, sorted."""
        import msgpack

        try:
            words = msgpack.unpackb(
                self.raw[self.starts[number] : self.starts[number + 1]], raw=True, use_list=False
            )
        except (ValueError, msgpack.UnpackException) as exc:
            raise _damaged(self.path, f"{type(exc).__name__}: {exc}") from exc
        if not (isinstance(words, tuple) and all(isinstance(w, bytes) for w in words)):
            raise _damaged(self.path, "a bucket is not a list of words")
        return words

    def last_bucket(self, word: bytes) -> int | None:
        """The last bucket holding the word, or None."""
        at = self.raw.rfind(word)
        if at < 0:
            return None
        number = bisect.bisect_right(self.starts, at) - 1
        if 0 <= number < len(self) and _holds(self.bucket(number), word):
            return number
        found = [n for n, bucket in enumerate(self._every_bucket) if _holds(bucket, word)]
        return found[-1] if found else None

    @functools.cached_property
    def _every_bucket(self) -> Sequence[Sequence[bytes]]:
        """Every bucket's words (`_read_list`), for the look-ups the bytes did not settle."""
        return _buckets(self.raw, self.path)


@functools.cache
def _packed(language: str, size: str) -> _PackedList | None:
    """The language's list file ("small" or "large"; the small one when a language has no large)
    read for look-ups by bytes; None when wordfreq's files are not read directly (`_data_folder`)."""
    folder = _data_folder()
    if folder is None:
        return None
    for name in (size, SMALL):
        path = folder / f"{name}_{language}.msgpack.gz"
        if path.is_file():
            return _PackedList(path)
    return None


@functools.cache
def _frequency_list(language: str, size: str) -> Sequence[Sequence[bytes]]:
    """wordfreq's `get_frequency_list(language, size)` ("small" or "large"; the small one when a
    language has no large), each word as its UTF-8 bytes, read from the file wordfreq ships.

    Importing wordfreq costs ~0.1 s (its language-code tables and text fixer, which a plain
    lower-case word never needs) and finding a list through it ~0.05 s more; decoding the four
    large lists' 1.6 million words into strings ~0.13 s, which bytes cut to ~0.05 s. Its data
    folder is found without importing it and each file read as wordfreq's `read_cBpack` reads it
    (see module); when wordfreq is a version not verified, wordfreq itself reads them.
    tests/test_lexicon.py compares both readings.
    """
    folder = _data_folder()
    if folder is not None:
        for name in (size, SMALL):
            path = folder / f"{name}_{language}.msgpack.gz"
            if path.is_file():
                return _read_list(path)
    return _wordfreq_list(language, size)


def _read_list(path: Path) -> Sequence[Sequence[bytes]]:
    """The buckets of one of wordfreq's list files, each word as its UTF-8 bytes, read as
    `read_cBpack` reads it; FactcheckError when the file is damaged (truncated, corrupt, or not
    laid out as the verified versions lay it out). The gzip layer is undone by isal's `igzip`
    (the same bytes as the standard library's `gzip.decompress`, in about half the time: the four
    large lists take ~65 ms with zlib, ~30 ms with ISA-L)."""
    return _buckets(_unzipped(path), path)


def _buckets(raw: bytes, path: Path) -> Sequence[Sequence[bytes]]:
    """The buckets of a list file's unzipped bytes (`_read_list`), each word as its bytes."""
    import msgpack  # wordfreq's own dependency, the reader of its files

    try:
        data = msgpack.unpackb(raw, raw=True, use_list=False)
    except (ValueError, msgpack.UnpackException) as exc:
        raise _damaged(path, f"{type(exc).__name__}: {exc}") from exc
    if not (isinstance(data, tuple) and data and data[0] == {b"format": b"cB", b"version": 1}):
        raise _damaged(path, "not a list of word buckets under a cB version 1 header")
    buckets = data[1:]
    # a bucket is a tuple of words (bytes): its first word tells (1,000 buckets, not 600k words)
    if not all(isinstance(b, tuple) and (not b or isinstance(b[0], bytes)) for b in buckets):
        raise _damaged(path, "a bucket is not a list of words")
    return cast("Sequence[Sequence[bytes]]", buckets)


def _unzipped(path: Path) -> bytes:
    """A list file's msgpack bytes: its gzip layer undone by isal's `igzip` (the same bytes as the
    standard library's `gzip.decompress`, in about half the time); FactcheckError when damaged."""
    from isal import igzip, isal_zlib  # gzip's format, inflated by ISA-L: about twice zlib's speed

    # typed here: isal's stubs leave `decompress` unannotated and declare `error` an instance
    gunzip: Callable[[bytes], bytes] = igzip.decompress
    inflate_error = cast("type[Exception]", isal_zlib.error)
    try:
        return gunzip(path.read_bytes())
    except (OSError, EOFError, ValueError, inflate_error) as exc:
        raise _damaged(path, f"{type(exc).__name__}: {exc}") from exc


def _wordfreq_list(language: str, size: str) -> Sequence[Sequence[bytes]]:
    """`_frequency_list` through wordfreq's own API (imported only then)."""
    import zlib

    import msgpack
    import wordfreq

    try:
        words = wordfreq.get_frequency_list(language, "best" if size == LARGE else SMALL)
    except (OSError, EOFError, ValueError, zlib.error, msgpack.UnpackException) as exc:
        raise _damaged(Path(wordfreq.__file__).parent / "data", f"{type(exc).__name__}: {exc}") from exc
    return [[word.encode("utf-8") for word in bucket] for bucket in words]


def _damaged(path: Path, why: str) -> FactcheckError:
    """The error for a word-frequency file of wordfreq's that cannot be read."""
    return FactcheckError(
        f"wordfreq's word-frequency list cannot be read ({why})",
        path=path,
        hint="the installed wordfreq package is damaged: reinstall it "
        "(pip install --force-reinstall 'wordfreq>=3.1,<3.2')",
    )


@functools.cache
def _data_folder() -> Path | None:
    """wordfreq's data folder, found without importing wordfreq; None when wordfreq is not
    installed as a package or is a version whose files were not verified (WORDFREQ_VERIFIED)."""
    spec = importlib.util.find_spec("wordfreq")
    locations = list(spec.submodule_search_locations or ()) if spec is not None else []
    if not locations:
        return None
    # importlib.metadata is imported by every check already (pydantic's plugin loader): ~5 ms
    try:
        version = importlib.metadata.version("wordfreq")
    except importlib.metadata.PackageNotFoundError:
        return None
    if ".".join(version.split(".")[:2]) not in WORDFREQ_VERIFIED:
        return None
    return Path(locations[0]) / "data"


def _holds(bucket: Sequence[bytes], word: bytes) -> bool:
    """Whether a sorted bucket of words holds the word."""
    at = bisect.bisect_left(bucket, word)
    return at < len(bucket) and bucket[at] == word


@functools.cache
def name_like(word: str) -> bool:
    """True when a lower-case word is probably a proper name, not an ordinary English word."""
    if len(word) < MIN_LETTERS or not _WORD.fullmatch(word):
        return False
    if _at_least(word, "en", COMMON_ZIPF):
        return False
    english = _english(word)
    if english is None:
        return True  # written alike in every other language (see `_english`)
    if english == 0.0:
        return True  # a word English does not know: a name (or a misspelling, as unsupported)
    return _alike(word, english)


@functools.cache
def written_alike(word: str) -> bool:
    """True when a lower-case word is about as frequent in every other language as in English,
    however common it is: a name ("david", "taylor"), not an English word ("striker", "said")."""
    if len(word) < MIN_LETTERS or not _WORD.fullmatch(word):
        return False
    english = _common_zipf(word, "en")
    if english is None:
        english = zipf(word, "en")  # whether English knows it at all needs the large list
    return english > 0.0 and _alike(word, english)


def frequent(word: str) -> bool:
    """True when a word is a common English word (zipf COMMON_ZIPF or more): "david", "the"."""
    return _at_least(word.lower(), "en", COMMON_ZIPF)


@functools.cache
def uncommon(word: str) -> bool:
    """True when a lower-case word is not a common English word (a name, or a rare word)."""
    return bool(_WORD.fullmatch(word)) and not _at_least(word, "en", COMMON_ZIPF)


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

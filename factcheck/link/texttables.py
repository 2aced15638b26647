"""A registry's source texts indexed once, so `check` looks up what a document names instead of
reading every text of a large registry.

`factcheck check` asks the source texts a few questions about each summary claim none of the
registry's claims settles (link/support.py): which source names this word, which capitalised
source word is it near, which source sentence is nearest in words (and states this figure),
are the sources written in lower case. Answered from the texts, each question reads all of
them: at 100k claims, 5,000 texts and 100k sentences, about 1.5 s of every check. The answers
come from tables that do not depend on the document, so they are built once per compiled store
(pipeline/textstore.py keeps the file beside it) and looked up by word and figure:

- `sentences`: every sentence of every text, numbered in text order (the places of
  `SourceIndex._sentence_index`);
- `words`: which sentences hold each lower-case word (`_WORDS`), function words included (a
  name may be one);
- `figures`: which sentences state each figure (`source_numbers`, as `SourceIndex._stating`
  reads them); `numbers`: every number of the texts with the noun after it and its sentence (what
  `SourceIndex.numbers` and `_by_sentence` read from every text, ~3 s at 100k claims), indexed by
  value (a figure's look-up reads the numbers it could match) and by the noun's first word (a
  length of time's look-up reads the numbers before a unit of time);
- `sums` and `gaps`: each sum of two figures a sentence lists together and each gap between two
  years of a sentence, with the number that first gives it (`support.listed_sums`, `year_gaps`:
  derived from every sentence with figures, ~1 s of a check at 100k claims);
- `lengths`: each length of time the texts state, in days, with where it ends
  (`support.stated_length`: a figure before a unit of time, and a smaller unit after it);
- `quotations`: the registry's quotation claims, their words folded as linking compares them
  (a document's quotation is compared with every one; folding 9,645 of them took ~0.1 s at 100k claims);
- `capitalised`: each capitalised word (`_NAME`) where it is first written, in that order;
- `quote_words`: which texts hold each word of the texts folded as quotations are
  (`extract.text.quote_words`): whether a quotation is verbatim in a source is a substring test
  of the text's quote words, and only texts holding its inner words can pass it;
- `days`: each day of a month the texts state, with the year written after it
  (`support.days_stated`); `meta` 'facts': `support.TextFacts` (weekdays, "weekend", day words,
  figures cut at a decimal point), which the date and figure look-ups read every text for;
- `meta`: the capitalised and all words inside sentences (`lexicon.case_counts`) of the texts,
  and the name index of the registry's entities (extract/names.py, as JSON): building it from
  11k entities took 0.35 s of every check.

Each answer is the one the texts give: the tables hold what the index would compute from the
same texts, and tests/test_text_tables.py compares both on real texts.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import re
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

import msgspec

from factcheck.extract.lexicon import case_counts
from factcheck.extract.names import NameIndex
from factcheck.extract.text import quote_words
from factcheck.lazyre import Regex
from factcheck.link.support import (
    _NAME,
    _WORDS,
    ENTITY_NAMES,
    TextFacts,
    _head,
    _Number,
    days_stated,
    listed_sums,
    sentence_groups,
    sentences,
    source_numbers,
    stated_length,
    year_gaps,
)
from factcheck.model.ids import is_draft_source
from factcheck.registry import Registry
from factcheck.registry.loader import TextView
from factcheck.registry.partial import entity_names

FORMAT = 14  # bump when what is stored changes (2: name index; 3: digest of the texts; 4: numbers;
# 5: numbers said another way, `source_numbers`; 6: `figures` from `source_numbers` too; 7:
# each text's quote words; 8: days of a month stated, and `TextFacts`; 9: years said; 10: numbers
# indexed by value and by their noun's first word, listed sums and year gaps, the registry's
# quotations folded; 11: lengths of time stated, no figure read as infinity; 12: the name index's
# first-letter keys; 13: `words` indexed by word and place, so the nearest sentence's count of
# shared words reads the index alone; 14: a stated length's every smaller part, "2 hours, 1
# minute, 39 seconds", not its first two)

_SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE texts (rank INTEGER PRIMARY KEY, source TEXT NOT NULL);
CREATE TABLE sentences (place INTEGER PRIMARY KEY, rank INTEGER NOT NULL, start INTEGER NOT NULL,
                        end INTEGER NOT NULL);
CREATE TABLE words (word TEXT NOT NULL, place INTEGER NOT NULL);
CREATE TABLE figures (value REAL NOT NULL, place INTEGER NOT NULL);
CREATE TABLE numbers (n INTEGER PRIMARY KEY, rank INTEGER NOT NULL, value NOT NULL, start INTEGER NOT NULL,
                      end INTEGER NOT NULL, noun TEXT NOT NULL, sentence INTEGER NOT NULL,
                      head TEXT NOT NULL);
CREATE TABLE sums (value REAL PRIMARY KEY, n INTEGER NOT NULL);
CREATE TABLE lengths (n INTEGER PRIMARY KEY, length REAL NOT NULL, end INTEGER NOT NULL);
CREATE TABLE quotations (n INTEGER PRIMARY KEY, id TEXT NOT NULL, folded TEXT NOT NULL);
CREATE TABLE gaps (value REAL PRIMARY KEY, n INTEGER NOT NULL);
CREATE TABLE capitalised (word TEXT NOT NULL, rank INTEGER NOT NULL, start INTEGER NOT NULL,
                          end INTEGER NOT NULL);
CREATE TABLE quote_words (word TEXT NOT NULL, rank INTEGER NOT NULL);
CREATE TABLE days (n INTEGER PRIMARY KEY, rank INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
                   month INTEGER NOT NULL, day INTEGER NOT NULL, year INTEGER);
"""
_INDEXES = """
CREATE INDEX words_by_word ON words (word, place);
CREATE INDEX figures_by_value ON figures (value);
CREATE INDEX quote_words_by_word ON quote_words (word);
CREATE INDEX numbers_by_value ON numbers (value);
CREATE INDEX numbers_by_head ON numbers (head);
"""

# what a file of this format holds: one lacking any is not opened (built again)
_EXPECTED = frozenset(re.findall(r"CREATE (?:TABLE|INDEX) (\w+)", _SCHEMA + _INDEXES))


# a query per kind of key of `numbers`, each by its index, in the table's order
_BETWEEN = (
    "SELECT n, rank, value, start, end, noun, sentence FROM numbers WHERE value BETWEEN ? AND ? ORDER BY n"
)
_HEADED = (
    "SELECT n, rank, value, start, end, noun, sentence FROM numbers "
    "WHERE head IN (SELECT value FROM json_each(?)) ORDER BY n"
)
_SUM = "SELECT n, rank, value, start, end, noun, sentence FROM numbers WHERE n = (SELECT n FROM sums WHERE value = ?)"
_GAP = "SELECT n, rank, value, start, end, noun, sentence FROM numbers WHERE n = (SELECT n FROM gaps WHERE value = ?)"


def write_tables(
    path: Path,
    texts: Mapping[str, str],
    names: NameIndex | None = None,
    quotations: Sequence[tuple[str, str]] | None = None,
) -> None:
    """Index these texts (source id -> text, in the order the index reads them) into a new
    SQLite file at `path`, with the name index of the registry's entities and its quotation
    claims ((quoted words, claim id), in the store's order) folded as linking compares them,
    when given."""
    conn = sqlite3.connect(path)
    try:
        conn.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
        capitalised, inner, place = 0, 0, 0
        first: dict[str, tuple[int, int, int]] = {}
        numbered: dict[_Number, int] = {}  # each number of the texts, and its row's n
        stored: list[tuple[_Number, int]] = []  # each with its sentence, in row order
        lengths: list[tuple[int, float, int]] = []  # n, days, end of each length of time stated
        for rank, (source, text) in enumerate(texts.items()):
            conn.execute("INSERT INTO texts VALUES (?, ?)", (rank, source))
            spans = sentences(text)
            conn.executemany(
                "INSERT INTO sentences VALUES (?, ?, ?, ?)",
                ((place + n, rank, a, b) for n, (a, b) in enumerate(spans)),
            )
            conn.executemany("INSERT INTO words VALUES (?, ?)", _sentence_words(text, spans, place, _WORDS))
            # one reading of the text's numbers for both tables: `SourceIndex._stating` finds a
            # figure's sentences among `source_numbers` ("one in five": 20), and so must `figures`
            found = source_numbers(text)
            conn.executemany("INSERT INTO figures VALUES (?, ?)", _stated(found, spans, place))
            rows = []
            for value, (a, b), noun in found:
                number, at = _Number(value, source, (a, b), noun), _sentence_at(spans, a)
                numbered.setdefault(number, len(stored) + 1)  # n counts from 1, in this order
                stored.append((number, at))
                rows.append((len(stored), rank, value, a, b, noun, at, _head(noun)))
                said = stated_length(text, number)
                if said is not None and said[0] == said[0]:
                    lengths.append((len(stored), *said))
            conn.executemany("INSERT INTO numbers VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
            conn.executemany(
                "INSERT INTO days (rank, start, end, month, day, year) VALUES (?, ?, ?, ?, ?, ?)",
                ((rank, a, b, day.month, day.day, year) for (a, b), day, year in days_stated(text.lower())),
            )
            quoted = set(" ".join(quote_words(text)).split(" "))
            conn.executemany("INSERT INTO quote_words VALUES (?, ?)", ((word, rank) for word in quoted))
            for match in _NAME.finditer(text):
                first.setdefault(match.group(0), (rank, *match.span()))
            counted = case_counts(text)
            capitalised, inner, place = capitalised + counted[0], inner + counted[1], place + len(spans)
        conn.executemany(
            "INSERT INTO capitalised VALUES (?, ?, ?, ?)", ((w, *where) for w, where in first.items())
        )
        conn.executemany("INSERT INTO lengths VALUES (?, ?, ?)", lengths)
        # what `SourceIndex._sum_of` and `_years_apart` ask of every sentence with figures
        groups = sentence_groups(stored)
        for insert, found_by in (
            ("INSERT INTO sums VALUES (?, ?)", listed_sums(groups, texts)),
            ("INSERT INTO gaps VALUES (?, ?)", year_gaps(groups)),
        ):
            pairs = ((value, numbered[number]) for value, number in found_by.items() if value == value)
            conn.executemany(insert, pairs)
        conn.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [("format", str(FORMAT)), ("case_counts", json.dumps([capitalised, inner]))],
        )
        facts = TextFacts.of(texts)
        conn.execute("INSERT INTO meta VALUES ('facts', ?)", (msgspec.json.encode(facts).decode(),))
        if names is not None:
            conn.execute("INSERT INTO meta VALUES ('name_index', ?)", (names.to_json(),))
        conn.execute("INSERT INTO meta VALUES ('digest', ?)", (texts_digest(texts),))
        if quotations is not None:
            conn.execute("INSERT INTO meta VALUES ('quotations', 'kept')")
            conn.executemany(
                "INSERT INTO quotations (id, folded) VALUES (?, ?)",
                ((claim, " ".join(quote_words(words))) for words, claim in quotations),
            )
        conn.executescript(_INDEXES)
        conn.commit()
    finally:
        conn.close()


def _sentence_words(
    text: str, spans: Sequence[tuple[int, int]], first: int, words: Regex
) -> Iterable[tuple[str, int]]:
    """(word, place) of each distinct lower-case word of each sentence, read as
    `SourceIndex._sentence_index` reads them."""
    lowered = text.lower()
    same = len(lowered) == len(text)  # lower() kept every offset (see _sentence_index)
    for n, (start, end) in enumerate(spans):
        found = words.findall(lowered, start, end) if same else words.findall(text[start:end].lower())
        for word in set(found):
            yield word, first + n


def _stated(
    numbers: Sequence[tuple[float, tuple[int, int], str]], spans: Sequence[tuple[int, int]], first: int
) -> Iterable[tuple[float, int]]:
    """(figure, place) of each sentence stating a figure, as `SourceIndex._stating` places them."""
    seen = set()
    for value, (start, _), _ in numbers:
        at = _sentence_at(spans, start)
        if at >= 0 and (value, at) not in seen:
            seen.add((value, at))
            yield value, first + at


def _sentence_at(spans: Sequence[tuple[int, int]], offset: int) -> int:
    """The number of the sentence (of a text's, in order, not overlapping) holding the offset; -1
    for none."""
    at = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return at if at >= 0 and offset < spans[at][1] else -1


def texts_digest(texts: Mapping[str, str]) -> str:
    """A digest of the texts that are not files (a TextView's own: the entities' names), with
    every text's id: the store's fingerprint covers the files' contents."""
    digest = hashlib.sha256()
    extra = texts.extra if isinstance(texts, TextView) else texts
    for source in texts:
        digest.update(f"\0{source}\0".encode())
        if source in extra:
            digest.update(extra[source].encode())
    return digest.hexdigest()


class TablesFailed(Exception):
    """A look-up of an open tables file failed (a file damaged after it was opened, or changed
    under it): the check reads the texts instead, and the file is built again."""

    def __init__(self, path: Path | None, error: sqlite3.Error) -> None:
        super().__init__(f"{path}: {error}")
        self.path = path


_P = ParamSpec("_P")
_R = TypeVar("_R")


def _looked_up(
    method: Callable[Concatenate[TextTables, _P], _R],
) -> Callable[Concatenate[TextTables, _P], _R]:
    """A look-up whose sqlite3.Error is the tables' failure (`TablesFailed`), not a crash."""

    def guarded(tables: TextTables, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return method(tables, *args, **kwargs)
        except sqlite3.Error as error:
            raise TablesFailed(tables.path, error) from error

    guarded.__doc__ = method.__doc__
    return guarded


class TextTables:
    """An open tables file: look-ups of the texts it was built from."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None = None) -> None:
        self.conn = conn
        self.path = path  # the file (what `TablesFailed` names)
        self.sources: list[str] = [s for (s,) in conn.execute("SELECT source FROM texts ORDER BY rank")]
        self.places = int(conn.execute("SELECT count(*) FROM sentences").fetchone()[0])
        self._facts: TextFacts | None = None  # read once, on first asking

    @classmethod
    def open(cls, path: Path) -> TextTables | None:
        """The tables in `path`; None when there is no such file or it is not one of this format,
        with every table and index of it."""
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        except sqlite3.Error:
            return None
        try:
            row = conn.execute("SELECT value FROM meta WHERE name = 'format'").fetchone()
            held = {name for (name,) in conn.execute("SELECT name FROM sqlite_master")}
            if row is None or row[0] != str(FORMAT) or not _EXPECTED.issubset(held):
                conn.close()
                return None
            return cls(conn, path)
        except sqlite3.Error:
            conn.close()
            return None

    def close(self) -> None:
        """Close the file."""
        self.conn.close()

    @_looked_up
    def case_counts(self) -> tuple[int, int]:
        """`lexicon.case_counts` of the texts joined by newlines."""
        row = self.conn.execute("SELECT value FROM meta WHERE name = 'case_counts'").fetchone()
        capitalised, inner = json.loads(row[0])
        return int(capitalised), int(inner)

    @_looked_up
    def holds(self, texts: Mapping[str, str]) -> bool:
        """Whether the tables were built from these texts (their ids, and the texts that are not
        files, compared by digest: files are the store's, which names the tables)."""
        row = self.conn.execute("SELECT value FROM meta WHERE name = 'digest'").fetchone()
        return row is not None and row[0] == texts_digest(texts)

    @_looked_up
    def name_index(self) -> NameIndex | None:
        """The name index of the registry's entities, if it was kept."""
        row = self.conn.execute("SELECT value FROM meta WHERE name = 'name_index'").fetchone()
        if row is None:
            return None
        try:
            return NameIndex.from_json(row[0])
        except (ValueError, TypeError, KeyError, IndexError):
            return None  # not what this version writes: built from the entities instead

    @_looked_up
    def sources_with(self, words: Sequence[str]) -> list[str]:
        """The sources having every one of these lower-case words in a sentence, in text order."""
        ranks: set[int] | None = None
        for word in dict.fromkeys(words):
            found = {
                rank
                for (rank,) in self.conn.execute(
                    "SELECT DISTINCT s.rank FROM words w JOIN sentences s ON s.place = w.place WHERE w.word = ?",
                    (word,),
                )
            }
            ranks = found if ranks is None else ranks & found
            if not ranks:
                return []
        return [self.sources[r] for r in sorted(ranks or range(len(self.sources)))]

    @_looked_up
    def sources_with_any(self, words: Sequence[str]) -> list[str]:
        """The sources having at least one of these lower-case words in a sentence, in text order."""
        ranks = {
            rank
            for (rank,) in self.conn.execute(
                "SELECT DISTINCT s.rank FROM words w JOIN sentences s ON s.place = w.place "
                "WHERE w.word IN (SELECT value FROM json_each(?))",
                (json.dumps(sorted(set(words))),),
            )
        }
        return [self.sources[r] for r in sorted(ranks)]

    @_looked_up
    def quotations(self) -> list[tuple[str, str]] | None:
        """(folded words, claim id) of the registry's every quotation claim, in the store's
        order; None when the tables were built without them."""
        if self.conn.execute("SELECT value FROM meta WHERE name = 'quotations'").fetchone() is None:
            return None
        return self.conn.execute("SELECT folded, id FROM quotations ORDER BY n").fetchall()

    @_looked_up
    def sources_quoting(self, pieces: Sequence[str]) -> list[str]:
        """The sources whose quote words (link/linking.py: each text folded as quotations are,
        split at spaces) include every one of these, in text order."""
        ranks: set[int] | None = None
        for piece in dict.fromkeys(pieces):
            found = {r for (r,) in self.conn.execute("SELECT rank FROM quote_words WHERE word = ?", (piece,))}
            ranks = found if ranks is None else ranks & found
            if not ranks:
                return []
        return [self.sources[r] for r in sorted(ranks if ranks is not None else range(len(self.sources)))]

    @_looked_up
    def facts(self) -> TextFacts:
        """What the date and figure look-ups ask of every text (`TextFacts`)."""
        if self._facts is None:
            row = self.conn.execute("SELECT value FROM meta WHERE name = 'facts'").fetchone()
            self._facts = msgspec.json.decode(row[0], type=TextFacts)
        return self._facts

    @_looked_up
    def days_stated(self) -> list[tuple[str, tuple[int, int], int, int, int | None]]:
        """(source, span, month, day, year or None) of each day of a month the texts state, in
        text order (`support.days_stated`)."""
        sources = self.sources
        return [
            (sources[rank], (start, end), month, day, year)
            for rank, start, end, month, day, year in self.conn.execute(
                "SELECT rank, start, end, month, day, year FROM days ORDER BY n"
            )
        ]

    @_looked_up
    def sentence(self, place: int) -> tuple[str, int, int]:
        """(source, start, end) of the sentence at this place."""
        rank, start, end = self.conn.execute(
            "SELECT rank, start, end FROM sentences WHERE place = ?", (place,)
        ).fetchone()
        return self.sources[rank], int(start), int(end)

    @_looked_up
    def best_sentence(self, words: Iterable[str]) -> tuple[int, int] | None:
        """(shared words, place) of the first sentence sharing the most of these words."""
        row = self.conn.execute(
            "SELECT count(*) AS shared, place FROM words WHERE word IN (SELECT value FROM json_each(?)) "
            "GROUP BY place ORDER BY shared DESC, place LIMIT 1",
            (json.dumps(sorted(set(words))),),
        ).fetchone()
        return None if row is None else (int(row[0]), int(row[1]))

    @_looked_up
    def shared_words(self, words: Iterable[str], places: Iterable[int]) -> dict[int, int]:
        """Place -> how many of these words its sentence has, for the given places (those having any)."""
        return dict(
            self.conn.execute(
                "SELECT place, count(*) FROM words WHERE word IN (SELECT value FROM json_each(?)) "
                "AND place IN (SELECT value FROM json_each(?)) GROUP BY place",
                (json.dumps(sorted(set(words))), json.dumps(sorted(set(places)))),
            ).fetchall()
        )

    @_looked_up
    def numbers(self) -> list[tuple[float, str, int, int, str, int]]:
        """(value, source, start, end, noun, sentence) of every number of the texts
        (`source_numbers`), in `SourceIndex.numbers` order; sentence: its number within its text, or -1."""
        sources = self.sources
        return [
            (value, sources[rank], start, end, noun, sentence)
            for rank, value, start, end, noun, sentence in self.conn.execute(
                "SELECT rank, value, start, end, noun, sentence FROM numbers ORDER BY n"
            )
        ]

    @_looked_up
    def numbers_within(
        self, ranges: Sequence[tuple[float, float]]
    ) -> list[tuple[float, str, int, int, str, int]]:
        """The rows of `numbers` whose value lies in one of these closed ranges, in its order (an
        indexed query per range)."""
        found: dict[int, tuple[float, str, int, int, str, int]] = {}
        for low, high in ranges:
            found.update(self._numbers(_BETWEEN, (low, high)))
        return [found[n] for n in sorted(found)]

    @_looked_up
    def numbers_headed(self, test: Callable[[str], bool]) -> list[tuple[float, str, int, int, str, int]]:
        """The rows of `numbers` whose noun's first word ("" for none) passes `test`, in its order:
        the distinct first words are read from their index and tested, then their rows."""
        heads = [h for (h,) in self.conn.execute("SELECT DISTINCT head FROM numbers") if test(h)]
        return [row for _, row in self._numbers(_HEADED, (json.dumps(heads),))] if heads else []

    @_looked_up
    def lengths(self) -> list[tuple[float, str, int, int]]:
        """(days, source, start, end) of each length of time the texts state
        (`support.stated_length`), in `numbers` order."""
        sources = self.sources
        return [
            (length, sources[rank], start, end)
            for length, rank, start, end in self.conn.execute(
                "SELECT l.length, n.rank, n.start, l.end FROM lengths l JOIN numbers n ON n.n = l.n ORDER BY l.n"
            )
        ]

    @_looked_up
    def listed_sum(self, value: float) -> tuple[float, str, int, int, str, int] | None:
        """The row of the first figure of the first pair of listed figures summing to `value`
        (`support.listed_sums`), if any."""
        return next((row for _, row in self._numbers(_SUM, (value,))), None)

    @_looked_up
    def year_gap(self, value: float) -> tuple[float, str, int, int, str, int] | None:
        """The row of the first year of the first sentence with two years `value` apart
        (`support.year_gaps`), if any."""
        return next((row for _, row in self._numbers(_GAP, (value,))), None)

    def _numbers(
        self, query: str, params: Sequence[object]
    ) -> list[tuple[int, tuple[float, str, int, int, str, int]]]:
        """(n, row) of the numbers a query of `numbers` selects, in its order."""
        sources = self.sources
        return [
            (n, (value, sources[rank], start, end, noun, sentence))
            for n, rank, value, start, end, noun, sentence in self.conn.execute(query, params)
        ]

    @_looked_up
    def stating(self, value: float) -> set[int]:
        """The places of the sentences stating this figure."""
        return {int(p) for (p,) in self.conn.execute("SELECT place FROM figures WHERE value = ?", (value,))}

    @_looked_up
    def capitalised(self) -> list[tuple[str, str, int, int]]:
        """(word, source, start, end) of each capitalised word where it is first written, in that order."""
        sources = self.sources
        return [
            (word, sources[rank], start, end)
            for word, rank, start, end in self.conn.execute(
                "SELECT word, rank, start, end FROM capitalised ORDER BY rowid"
            )
        ]


def index_texts(registry: Registry) -> TextView:
    """The texts a SourceIndex of the registry reads: its source texts, each read when asked
    for, then its entities' names as one text ("entities")."""
    texts = {sid: t for sid, t in registry.texts.items() if not is_draft_source(sid)}
    names = [n for _, accepted in entity_names(registry.entities) for n in accepted]
    return TextView(texts, {ENTITY_NAMES: "\n".join(names)} if names else None)

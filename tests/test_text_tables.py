"""A registry's source texts indexed once (link/texttables.py): every look-up answered from the
tables is the one the texts give, and `check` keeps the tables beside the store and reads them
instead of every text."""

from __future__ import annotations

import contextlib
import itertools
import json
import re
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import msgspec
import pytest
from click.testing import Result

from factcheck.link.support import SourceIndex, TextFacts, _Number, sentences
from factcheck.link.texttables import TextTables, write_tables
from factcheck.registry import store

ROOT = Path(__file__).resolve().parent.parent
STORIES = ROOT / "devdata" / "stories"
TUNE = ("2015-ormoc-kim-nirvana-capsizing", "2017-amtrak-dupont-derailment", "2014-ludian-earthquake")
# a text the tables do not cover (the registry's entity names, in `check`)
ENTITIES = "Kim Nirvana\nOrmoc City\nAmtrak Cascades\nYunnan Province\nZhaotong"


def story_texts() -> dict[str, str]:
    """The source texts of three tune stories, as one registry's."""
    return {
        f"{story}/{path.stem}": path.read_text(encoding="utf-8")
        for story in TUNE
        for path in sorted((STORIES / story).glob("*.txt"))
    }


@pytest.fixture(scope="module")
def indexes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[SourceIndex, SourceIndex]]:
    """(plain, from tables) indexes of the stories' texts and the entity names."""
    texts = story_texts()
    path = tmp_path_factory.mktemp("tables") / "texts.sqlite"
    write_tables(path, texts)
    tables = TextTables.open(path)
    assert tables is not None
    every = {**texts, "entities": ENTITIES}
    yield SourceIndex(every), SourceIndex(every, tables=tables)
    tables.close()


def _tables_of(texts: dict[str, str], folder: Path) -> TextTables:
    """The tables of these texts, written in `folder` and opened."""
    path = folder / "texts.sqlite"
    write_tables(path, texts)
    tables = TextTables.open(path)
    assert tables is not None
    return tables


def summary_sentences() -> list[str]:
    """Sentences of the stories' summaries: what `check` looks the nearest source sentence up for."""
    found = []
    for story in TUNE:
        for path in sorted((STORIES / story / "summaries").glob("*.md")):
            text = path.read_text(encoding="utf-8")
            found += [text[a:b] for a, b in sentences(text)]
    return found


def test_the_nearest_sentence_is_the_one_the_texts_give(indexes: tuple[SourceIndex, SourceIndex]) -> None:
    plain, tabled = indexes
    assert tabled.tables is not None
    cases = summary_sentences()
    assert len(cases) > 30
    for sentence in cases:
        assert tabled.nearest_sentence(sentence) == plain.nearest_sentence(sentence), sentence
        for figure in re.findall(r"\d+", sentence)[:3]:
            value = float(figure)
            assert tabled.nearest_sentence(sentence, value) == plain.nearest_sentence(sentence, value)
    # a sentence of nothing but an entity's name: found in the text the tables do not cover
    assert tabled.nearest_sentence("Zhaotong") == plain.nearest_sentence("Zhaotong")


def test_names_and_near_misses_are_the_ones_the_texts_give(indexes: tuple[SourceIndex, SourceIndex]) -> None:
    plain, tabled = indexes
    words = {w for text in story_texts().values() for w in re.findall(r"[A-Z][\w'’-]+", text)}
    # misspelt, unknown, hyphenated, accented and possessive names, and one only the entities have
    words |= {"Nirvanna", "Ormok", "Dupon", "Zhaotong", "Zhaotung", "Emomali", "O'Brien", "José", "Kim's"}
    for word in sorted(words):
        assert tabled.name(word) == plain.name(word), word


def test_caseless_is_judged_as_over_the_joined_texts(indexes: tuple[SourceIndex, SourceIndex]) -> None:
    plain, tabled = indexes
    assert tabled.caseless() == plain.caseless()
    lower = {"a": "the ferry sank off ormoc city on thursday, officials said.", "b": "kim nirvana capsized."}
    assert SourceIndex(lower).caseless()


def test_tables_of_other_texts_are_not_used(tmp_path: Path) -> None:
    path = tmp_path / "texts.sqlite"
    write_tables(path, {"a": "One sentence here."})
    tables = TextTables.open(path)
    assert tables is not None
    index = SourceIndex({"b": "Another text.", "a": "One sentence here."}, tables=tables)
    assert index.tables is None  # the tables cover the first texts, in order, or nothing
    assert index.name("Another").found
    tables.close()


def test_a_file_that_is_no_tables_is_not_opened(tmp_path: Path) -> None:
    path = tmp_path / "texts.sqlite"
    path.write_text("not a database", encoding="utf-8")
    assert TextTables.open(path) is None
    assert TextTables.open(tmp_path / "absent.sqlite") is None


def test_check_keeps_the_tables_beside_the_store_and_reads_them(
    registry_copy: Path, cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text(
        "Putin met Emomali Rahmon in Dushanbe on June 28, 2022, and 75 people attended.\n", encoding="utf-8"
    )
    args = ("check", "--registry", str(registry_copy), "--format", "json", str(summary))
    monkeypatch.setenv("FACTCHECK_NO_CACHE", "1")
    without = cli(*args)  # no store: every text read
    monkeypatch.delenv("FACTCHECK_NO_CACHE")
    first = cli(*args)  # builds the store (from the whole registry: no tables needed)
    second = cli(*args)  # reads the store, indexes its texts
    kept = list((registry_copy / store.STORE_DIR).glob("texts-*.sqlite"))
    assert len(kept) == 1
    third = cli(*args)  # reads the tables
    assert first.exit_code == second.exit_code == third.exit_code == without.exit_code
    assert first.stdout == second.stdout == third.stdout == without.stdout
    text = next((registry_copy / "seeds").glob("*.txt"))
    text.write_text(text.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    cli(*args)  # the store is rebuilt (the old tables are another store's: never read)
    cli(*args)  # the texts indexed again, the old tables removed
    after = list((registry_copy / store.STORE_DIR).glob("texts-*.sqlite"))
    assert len(after) == 1
    assert after != kept


def test_concurrent_checks_leave_one_complete_tables_file(registry_copy: Path, tmp_path: Path) -> None:
    """Four checks building the tables at once: each prints the same report (one that found
    another builder busy goes on reading the texts), one complete file is left, no temporary."""
    import sqlite3
    import subprocess
    import sys

    summary = tmp_path / "summary.md"
    summary.write_text("Putin met Emomali Rahmon in Dushanbe on June 28, 2022.\n", encoding="utf-8")
    args = [
        sys.executable,
        "-m",
        "factcheck",
        "check",
        "--registry",
        str(registry_copy),
        "--format",
        "json",
        str(summary),
    ]
    subprocess.run(args, capture_output=True, check=False)  # builds the store
    procs = [subprocess.Popen(args, stdout=subprocess.PIPE, text=True) for _ in range(4)]
    reports = {p.communicate()[0] for p in procs}
    assert len(reports) == 1
    kept = list((registry_copy / store.STORE_DIR).glob("texts-*.sqlite"))
    assert len(kept) == 1
    assert sqlite3.connect(kept[0]).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not [p for p in (registry_copy / store.STORE_DIR).iterdir() if p.name.endswith(".tmp")]


def test_a_damaged_tables_file_is_built_again(
    registry_copy: Path, cli: Callable[..., Result], tmp_path: Path
) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("Putin met Emomali Rahmon in Dushanbe on June 28, 2022.\n", encoding="utf-8")
    args = ("check", "--registry", str(registry_copy), "--format", "json", str(summary))
    cli(*args)
    first = cli(*args)
    (kept,) = (registry_copy / store.STORE_DIR).glob("texts-*.sqlite")
    kept.write_bytes(b"not a database at all")
    again = cli(*args)
    assert again.stdout == first.stdout
    assert TextTables.open(kept) is not None


def test_figures_are_looked_up_as_in_the_texts(indexes: tuple[SourceIndex, SourceIndex]) -> None:
    """Every number, each sentence's numbers, and each figure a summary states looked up (as a
    count, a sum of two, years apart, with and without a test of the source figure)."""
    from factcheck.link.support import numbers_in

    plain, tabled = indexes
    assert tabled.numbers == plain.numbers
    assert tabled._by_sentence == plain._by_sentence
    values = sorted({v for sentence in summary_sentences() for v, _ in numbers_in(sentence)})
    values += [2.0, 5.0, 10.0, 350.0, 1e6, 0.5]
    odd_spans: list[tuple[str, tuple[int, int]]] = []

    def accept(source: str, span: tuple[int, int]) -> bool:
        odd_spans.append((source, span))
        return span[0] % 2 == 0

    for value in values:
        assert tabled.figure(value) == plain.figure(value)
        assert tabled.figure(value, years=True) == plain.figure(value, years=True)
        assert tabled._number_near(value, None, "", "", accept) == plain._number_near(
            value, None, "", "", accept
        )
        window = (value * 0.8, value * 1.2)
        assert tabled._number_near(value, window, "", "", None) == plain._number_near(
            value, window, "", "", None
        )
    assert odd_spans  # the test of a source figure was asked


def test_figures_said_another_way_find_the_same_sentence_with_and_without_tables(tmp_path: Path) -> None:
    """The tables' `figures` and the live index read a text's numbers the same way
    (`source_numbers`): a figure a source states only as "one in five" (20 %), "100m" or "twice"
    is the figure of that sentence with and without tables."""
    texts = {
        "a": "The storm hit the coast. One in five homes lost power. Crews worked all night.",
        "b": "The wall was 100m long. The team scored twice before the break. They won 27-13.",
    }
    tables = _tables_of(texts, tmp_path)
    plain, tabled = SourceIndex(texts), SourceIndex(texts, tables=tables)
    for sentence, value in [
        # each summary sentence shares more words with another sentence than the one stating it
        ("Crews worked all night for the 20 % of homes.", 20.0),
        ("The team scored before the break, 100 metres out.", 100.0),
        ("The wall was long: 2 of them.", 2.0),
        ("The team scored before the break and won by 14.", 14.0),
    ]:
        found = tabled.nearest_sentence(sentence, value)
        assert found == plain.nearest_sentence(sentence, value)
        assert found is not None
        start, end = found.span
        assert any(
            n.value == value and n.source == found.source and start <= n.span[0] < end for n in plain.numbers
        )
    tables.close()


def test_a_quotation_is_verbatim_in_the_same_sources_with_and_without_tables(tmp_path: Path) -> None:
    """Linking asks whether a quotation's words are a run of a source text's quote words: with
    tables it reads only the texts holding the run's inner words, and answers as before for
    runs of the texts' words (whole, or cut inside their first and last words), runs no text
    has, and texts the tables do not cover."""
    from factcheck.extract.text import quote_words
    from factcheck.link.linking import Linker
    from factcheck.registry import Registry, SourceText

    texts = story_texts()
    tables = _tables_of(texts, tmp_path)
    every = {**texts, "extra": "A text the tables do not cover: we will rebuild."}
    registry = Registry(
        root=tmp_path,
        sources={},
        texts={source: SourceText(Path(f"{source}.txt"), text) for source, text in every.items()},
        entities={},
        subjects={},
        claims=[],
        locations={},
    )
    plain, tabled = Linker(registry), Linker(registry, tables)
    runs = ["we will rebuild", "will rebuild", "ill rebui", "no source says this at all"]
    for text in list(texts.values())[::3]:
        words = quote_words(text)
        for start in range(0, max(1, len(words) - 6), 97):
            run = " ".join(words[start : start + 6])
            runs += [run, run[2:-2], run + " zzz"]
    for run in runs:
        assert tabled.verbatim(run) == plain.verbatim(run), run
    assert tabled.verbatim(" ".join(quote_words(next(iter(texts.values()))))[:80])
    tables.close()


def test_date_look_ups_read_the_tables_as_the_texts(
    indexes: tuple[SourceIndex, SourceIndex], tmp_path: Path
) -> None:
    """The days of a month the texts state, whether any names a weekday or says "weekend",
    which say "yesterday" and the figures a text is cut at: the same from the tables, for the
    stories' texts and for texts made to have each (the last one not covered by the tables)."""
    plain, tabled = indexes
    made = {
        "a": "The fair opened on Saturday, 12 March 2016. It closed on 29 February 2015.",
        "b": "Officials said yesterday that 3 people died on march 4, in little more than 0.",
        "c": "Crowds have come at the weekend since 2010, and from 2012 on Sundays. In 2019 fewer came.",
    }
    path = tmp_path / "texts.sqlite"
    write_tables(path, {"a": made["a"], "b": made["b"]})
    tables = TextTables.open(path)
    assert tables is not None
    pairs = [(plain, tabled), (SourceIndex(made), SourceIndex(made, tables=tables))]
    for without, with_tables in pairs:
        assert with_tables.tables is not None
        assert with_tables._days_stated == without._days_stated
        assert with_tables._weekdays_said == without._weekdays_said
        assert with_tables._weekend_said == without._weekend_said
        assert with_tables._cut_ends == without._cut_ends
        assert with_tables._unresolved_day_words == without._unresolved_day_words
        assert with_tables.years_said == without.years_said
    _, made_tabled = pairs[1]
    assert made_tabled._weekdays_said
    assert made_tabled._weekend_said  # said only in the text the tables do not cover
    assert made_tabled._cut_ends == {"0", "2015"}  # "in 2015." ends a text too
    assert made_tabled._unresolved_day_words
    assert [year for *_, year in made_tabled._days_stated] == [2016, None]
    assert made_tabled.years_said == (2019, frozenset({2010, 2012}))  # the latest from the uncovered text
    tables.close()


def test_the_stored_facts_are_the_texts_facts(tmp_path: Path) -> None:
    """The facts kept in the tables read back as the texts give them, also from a table file
    written before they were stored with msgspec (a JSON object of the same fields)."""
    texts = {"a": "On Monday 300 people were evacuated, up from 200 since 2019.", "b": "Late yesterday 4."}
    path = tmp_path / "tables.sqlite"
    write_tables(path, texts)
    tables = TextTables.open(path)
    assert tables is not None
    assert tables.facts() == TextFacts.of(texts)
    assert tables.facts() is tables.facts()
    tables.close()
    old = json.dumps(msgspec.structs.asdict(TextFacts.of(texts)))
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = ? WHERE name = 'facts'", (old,))
    conn.commit()
    conn.close()
    reopened = TextTables.open(path)
    assert reopened is not None
    assert reopened.facts() == TextFacts.of(texts)
    reopened.close()


def _years_apart_per_sentence(index: SourceIndex, value: float) -> object:
    """What `_years_apart` answered when it read every sentence's years for each figure."""
    for group in index._by_sentence:
        years = [n for n in group if 1800 <= n.value <= 2100 and n.value == int(n.value)]
        for first in years:
            if any(other.value - first.value == value for other in years):
                return first
    return None


def _sum_of_per_sentence(index: SourceIndex, value: float) -> object:
    """What `_sum_of` answered when it read every sentence's listed figures for each figure."""
    from factcheck.link.support import _LISTED, _counts_things

    for group in index._by_sentence:
        ends = {n.span[1]: n for n in sorted(group, key=lambda n: n.span[0])}
        counts = [n for n in ends.values() if _counts_things(n)]
        for first, second in itertools.pairwise(counts):
            between = index.texts[first.source][first.span[1] : second.span[0]].lower()
            if _LISTED.fullmatch(between) is not None and first.value + second.value == value:
                return first
    return None


# sentences of the shapes the two look-ups read: two years of one sentence, figures listed together
# (and the same sums and gaps again later, where the first one must still be the answer)
LISTED = {
    "a": "The ferry carried 300 passengers and 50 crew when it sank. Since 2010 the port has grown; in 2015 "
    "it doubled. Rescuers found 12 men and 8 women alive.",
    "b": "Between 1998 and 2003 the mine was closed twice. The bus carried 340 passengers and 10 crew. "
    "From 2010 to 2015 nothing changed, and 2015 saw 20 miners and 30 guards at the site.",
}


@pytest.mark.parametrize("case", ["stories", "listed"])
def test_sums_and_year_gaps_are_what_every_sentence_gives(
    indexes: tuple[SourceIndex, SourceIndex], case: str
) -> None:
    """`_sum_of` and `_years_apart` answer from gaps and sums read once; the answer (which
    figure, from which source) is the one a scan of every sentence per figure gives."""
    pairs = indexes if case == "stories" else (SourceIndex(LISTED), SourceIndex(dict(LISTED)))
    for index in pairs:
        values = {n.value for n in index.numbers} | {0.0, 5.0, 350.0, 20.0, 50.0, -5.0, 7.5}
        values |= {a.value + b.value for group in index._by_sentence for a in group for b in group}
        values |= {a.value - b.value for group in index._by_sentence for a in group for b in group}
        for value in sorted(values):
            assert index._years_apart(value) == _years_apart_per_sentence(index, value), value
            assert index._sum_of(value) == _sum_of_per_sentence(index, value), value
    listed = SourceIndex(LISTED)
    first_sum, first_gap = listed._sum_of(350.0), listed._years_apart(5.0)
    assert first_sum is not None
    assert (first_sum.source, first_sum.value) == ("a", 300)
    assert first_gap is not None
    assert (first_gap.source, first_gap.value) == ("a", 2010)


# faithful summaries of LISTED's texts whose figures only a sum or a gap between years supports
# (and a rising toll, a conversion and two counted things in one sentence): none may be flagged
FAITHFUL = (
    "The ferry had 350 people on board when it sank.",
    "Rescuers found 20 survivors, men and women.",
    "The port grew for five years after 2010.",
    "The mine was shut for five years from 1998.",
    "The bus carried 350 people.",
    "There were 50 people at the site in 2015.",
)


@pytest.mark.parametrize("sentence", FAITHFUL)
def test_a_figure_a_source_states_as_a_sum_or_a_gap_is_not_flagged(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    monkeypatch.chdir(tmp_path)
    for name, text in LISTED.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "summary.md").write_text(sentence + "\n", encoding="utf-8")
    result = cli("check", "--format", "json", "summary.md", "--source", "a.txt", "--source", "b.txt")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert [f["rule_id"] for f in report["findings"] if f["grade"] != "info"] == []
    assert report["verdicts"]
    assert {v["verdict"] for v in report["verdicts"]} == {"supported"}


# sentences a source may add that support a summary's figures only through the tables' look-ups:
# a listed sum, a gap between years, a unit converted, a length of time in another unit, "a decade"
ADDED = (
    "\nThe ferry carried 300 passengers and 50 crew when it sank. Since 2010 the port has grown; in 2015"
    " it doubled. The park covers 138,000 acres. The talks lasted four decades. Officials spoke of a"
    " decade of talks.\n"
)
ACRES = "The park covers 138,000 acres."  # a sentence of ADDED
FIGURES = (
    "The ferry had 350 people on board. The port grew for five years. The park covers about 55,800"
    " hectares. The talks lasted 40 years. They spoke of 10 years of talks.\n"
)


def test_figures_are_judged_alike_by_a_fresh_store_a_kept_one_and_the_texts_and_a_stale_one_is_rebuilt(
    registry_copy: Path, cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A summary whose figures only a sum, a gap, a conversion or a length in other words supports:
    the same report with no store, a store just built, and its tables read; after a source text
    changes, the stale store and tables are built again and the report is the texts' new one."""
    summary = tmp_path / "summary.md"
    summary.write_text(FIGURES, encoding="utf-8")
    args = ("check", "--registry", str(registry_copy), "--format", "json", str(summary))

    def reports() -> tuple[Result, list[Result]]:
        monkeypatch.setenv("FACTCHECK_NO_CACHE", "1")
        plain = cli(*args)
        monkeypatch.delenv("FACTCHECK_NO_CACHE")
        return plain, [cli(*args) for _ in range(3)]  # builds the store, the tables, reads them

    before, stored = reports()
    assert {r.stdout for r in stored} == {before.stdout}
    assert {r.exit_code for r in stored} == {before.exit_code}
    kept = list((registry_copy / store.STORE_DIR).glob("texts-*.sqlite"))
    figures = ("350 people", "for five years", "40 years", "10 years")
    assert [_verdicts(before)[f] for f in figures] == ["unsupported"] * 4  # no source states them yet
    assert _evidence(before, "about 55,800 hectares") != ACRES
    text = sorted((registry_copy / "seeds").glob("*.txt"))[0]
    text.write_text(text.read_text(encoding="utf-8") + ADDED, encoding="utf-8")
    after, stored = reports()
    assert {r.stdout for r in stored} == {after.stdout}
    assert list((registry_copy / store.STORE_DIR).glob("texts-*.sqlite")) != kept  # rebuilt
    assert [_verdicts(after)[f] for f in figures] == ["supported"] * 4
    # the converted figure is found (138,000 acres: 55,847 ha), in every path; its verdict stays
    # "unsupported" (FC602 figure-of-other-thing: acres are not the hectares counted), as before
    # the tables were kept
    assert _evidence(after, "about 55,800 hectares") == ACRES


def _verdicts(result: Result) -> dict[str, str]:
    """A JSON report's verdicts, by the claim's words."""
    return {v["text"]: v["verdict"] for v in json.loads(result.stdout)["verdicts"]}


def _evidence(result: Result, text: str) -> str | None:
    """The source words a JSON report's verdict on the claim with these words cites, if any."""
    (verdict,) = [v for v in json.loads(result.stdout)["verdicts"] if v["text"] == text]
    return (verdict.get("evidence") or {}).get("words")


class _EveryNumber(SourceIndex):
    """An index whose figure look-ups test every number of the texts (no range filter)."""

    def numbers_within(self, ranges: Sequence[tuple[float, float]]) -> list[_Number]:
        return self.numbers


def test_numbers_by_value_and_by_noun_are_those_every_number_gives(
    indexes: tuple[SourceIndex, SourceIndex],
) -> None:
    """The tables' numbers within ranges and before a noun's first word are the ones a test of
    every number keeps, in the same order; the number a figure's look-up finds through them (in
    its own unit, another it converts from, with a noun, inside a window) is the first that a
    test of every number of the texts accepts."""
    plain, tabled = indexes
    numbers = plain.numbers
    for low, high in [(0, 10), (99.5, 100.5), (1e3, 1e5), (2014, 2014), (5, float("inf")), (-1, -1)]:
        wanted = [n for n in numbers if low - 1e-6 <= n.value <= high + 1e-6]
        assert tabled.numbers_within([(low, high)]) == plain.numbers_within([(low, high)]) == wanted
    both = [(0, 3), (1e3, 1e4)]
    assert tabled.numbers_within(both) == [n for n in numbers if 0 <= n.value <= 3 or 1e3 <= n.value <= 1e4]
    for test in (lambda head: head.startswith("people"), lambda head: head == "", lambda head: len(head) > 8):
        wanted = [n for n in numbers if test(n.noun.split()[0] if n.noun.split() else "")]
        assert tabled.numbers_headed(test) == plain.numbers_headed(test) == wanted
    every = _EveryNumber(plain.texts)
    found = 0
    for value in sorted({n.value for n in numbers})[::7]:
        for figure in (value, value * 2.47, value / 1.609, value * 1.04):
            for unit, noun, window in [
                ("acres", "", None),
                ("hectares", "", None),
                ("km", "", None),
                ("miles", "", None),
                ("", "people", None),
                ("", "", None),
                ("", "", (figure, figure * 1.5)),  # "more than"
                ("", "", (figure * 0.9, figure * 1.1)),  # "about"
            ]:
                scanned = every._number_near(figure, window, unit, noun)
                assert tabled._number_near(figure, window, unit, noun) == scanned, (
                    figure,
                    unit,
                    noun,
                    window,
                )
                found += scanned is not None
    assert found > 100  # the look-ups find numbers, not only None alike


def test_stored_sums_and_gaps_answer_as_the_texts(tmp_path: Path) -> None:
    """The tables' sums and year gaps (kept when they are built) give the same figure, from the
    same source, as the texts read at each check; a text the tables do not cover comes after."""
    tables = _tables_of(LISTED, tmp_path)
    extra = {"c": "In 1990 and 1994 the 7 boats and 3 rafts left."}
    plain, tabled = SourceIndex({**LISTED, **extra}), SourceIndex({**LISTED, **extra}, tables=tables)
    values = {n.value for n in plain.numbers} | {0.0, 4.0, 5.0, 10.0, 13.0, 350.0, 50.0, -5.0}
    values |= {a.value + b.value for g in plain._by_sentence for a in g for b in g}
    values |= {a.value - b.value for g in plain._by_sentence for a in g for b in g}
    for value in sorted(values):
        assert tabled._sum_of(value) == plain._sum_of(value), value
        assert tabled._years_apart(value) == plain._years_apart(value), value
    found = tabled._years_apart(4.0)
    assert found is not None
    assert found.source == "c"  # only the uncovered text has it
    tables.close()


def test_stated_lengths_are_the_texts_own(indexes: tuple[SourceIndex, SourceIndex], tmp_path: Path) -> None:
    """The lengths of time kept in the tables (a figure before a unit, and a smaller unit after
    it) are the ones read from the texts, with the same ends, in the same order."""
    plain, tabled = indexes
    assert tabled.stated_lengths == plain.stated_lengths
    texts = {
        "a": "The flight lasted 9 minutes and 29 seconds. Talks ran two hours, 15 minutes, then 3 days.",
        "b": "It took 14 years and six months; the 5 days later count and 2 weeks, and 4 hours passed.",
    }
    tables = _tables_of(texts, tmp_path)
    lengths = SourceIndex(texts, tables=tables).stated_lengths
    assert lengths == SourceIndex(texts).stated_lengths
    assert (9 / 1440 + 29 / 86400, "9 minutes and 29 seconds") in [
        (days, texts[e.source][e.span[0] : e.span[1]]) for days, e in lengths
    ]
    tables.close()


# a figure of 400 digits (read as infinity), listed with a count and beside two years: what the
# tables' sums and gaps are made of
HUGE = "1" + "0" * 400
SKY = f"Sky count\n\nIn 2019 and 2021 the survey counted {HUGE} stars and 5 comets in one night.\n"


def test_a_figure_too_large_for_a_number_leaves_check_as_without_a_store(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A source figure of 309 digits or more is no number: building the tables (sums, gaps, years
    of every sentence) neither fails nor differs from reading the texts, run after run."""
    registry = tmp_path / "reg"
    assert cli("init", str(registry)).exit_code == 0
    (tmp_path / "sky.txt").write_text(SKY, encoding="utf-8")
    monkeypatch.chdir(registry)
    assert cli("sources", "add", str(tmp_path / "sky.txt"), "--published", "2024-05-01").exit_code == 0
    assert cli("extract", "seeds/sky.txt", "--write", "claims/sky.yaml").exit_code == 0
    (registry / "one.md").write_text("The survey saw 5 comets in one night.\n", encoding="utf-8")
    args = ("check", "--format", "json", "one.md")
    monkeypatch.setenv("FACTCHECK_NO_CACHE", "1")
    plain = cli(*args)
    monkeypatch.delenv("FACTCHECK_NO_CACHE")
    stored = [cli(*args) for _ in range(3)]  # builds the store, the tables, reads them
    assert plain.exit_code == 0, plain.output
    assert [(r.exit_code, r.stdout) for r in stored] == [(0, plain.stdout)] * 3
    assert list((registry / store.STORE_DIR).glob("texts-*.sqlite"))
    assert _verdicts(plain)["5 comets"] == "supported"


def test_a_summary_figure_too_large_for_a_number_is_checked_against_sources(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sky.txt").write_text(SKY, encoding="utf-8")
    (tmp_path / "summary.md").write_text(f"The survey counted {HUGE} stars and 6 comets.\n", encoding="utf-8")
    result = cli("check", "--format", "json", "summary.md", "--source", "sky.txt")
    assert result.exit_code == 1, result.output  # a figure the source does not state: flagged
    assert _verdicts(result) == {"6 comets": "unsupported"}


def _checks_alike_after(
    damage: Callable[[Path], None],
    registry_copy: Path,
    cli: Callable[..., Result],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """Tables damaged by `damage` (given their file) once built: the next check prints what a
    check without a store prints, and the one after it finds whole tables again."""
    text = sorted((registry_copy / "seeds").glob("*.txt"))[0]
    text.write_text(text.read_text(encoding="utf-8") + ADDED, encoding="utf-8")
    summary = tmp_path / "summary.md"
    # a rounded length of time is looked up among the lengths stated (the `lengths` table)
    summary.write_text(FIGURES + "The talks lasted about two and a half hours.\n", encoding="utf-8")
    args = ("check", "--registry", str(registry_copy), "--format", "json", str(summary))
    monkeypatch.setenv("FACTCHECK_NO_CACHE", "1")
    plain = cli(*args)
    monkeypatch.delenv("FACTCHECK_NO_CACHE")
    cli(*args)  # builds the store
    cli(*args)  # builds the tables
    (kept,) = (registry_copy / store.STORE_DIR).glob("texts-*.sqlite")
    damage(kept)
    damaged = cli(*args)
    assert (damaged.exit_code, damaged.stdout) == (plain.exit_code, plain.stdout)
    again = cli(*args)
    assert (again.exit_code, again.stdout) == (plain.exit_code, plain.stdout)
    assert _verdicts(plain)["40 years"] == "supported"
    tables = TextTables.open(kept)
    assert tables is not None  # built again
    assert tables.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    tables.close()


def test_tables_lacking_a_table_are_no_tables_and_are_built_again(
    registry_copy: Path, cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def drop(path: Path) -> None:
        with contextlib.closing(sqlite3.connect(path)) as conn:
            conn.execute("DROP TABLE lengths")
            conn.commit()

    _checks_alike_after(drop, registry_copy, cli, monkeypatch, tmp_path)


def test_tables_that_fail_a_look_up_are_no_tables_and_are_built_again(
    registry_copy: Path, cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A file whose `numbers` pages are damaged opens (its meta is whole) but fails the first
    look-up of a figure."""

    def scribble(path: Path) -> None:
        with contextlib.closing(sqlite3.connect(path)) as conn:
            (page,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'numbers'").fetchone()
            (size,) = conn.execute("PRAGMA page_size").fetchone()
        with path.open("r+b") as file:
            file.seek((page - 1) * size)
            file.write(b"\xff" * size)

    _checks_alike_after(scribble, registry_copy, cli, monkeypatch, tmp_path)


@pytest.mark.parametrize(
    ("edited", "added"),
    [("extract/data/titles.txt", "\nAlderman\n"), ("extract/frames.py", "\n# another release's frames\n")],
)
def test_a_changed_package_data_file_rebuilds_the_store_the_tables_and_the_names(
    registry_copy: Path,
    cli: Callable[..., Result],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    request: pytest.FixtureRequest,
    edited: str,
    added: str,
) -> None:
    # what is kept beside the store was derived with the package's word lists, frames and
    # modules: an edited data file or module (here in a copy of the package, which the digest is
    # pointed at) makes it stale; the version alone stays the same between releases
    import shutil

    package = tmp_path / "package"
    for pattern in (f"*/{store.DATA_FOLDER}/*", "link/*.yaml", "*.py", "*/*.py"):
        # files only: a __pycache__ folder sits in extract/data wherever Python writes bytecode
        for path in (p for p in store.PACKAGE.glob(pattern) if p.is_file()):
            copy = package / path.relative_to(store.PACKAGE)
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, copy)
    monkeypatch.setattr(store, "PACKAGE", package)
    request.addfinalizer(store.data_digest.cache_clear)  # the real package's digest again after
    store.data_digest.cache_clear()
    summary = tmp_path / "summary.md"
    summary.write_text("Putin met Emomali Rahmon in Dushanbe on June 28, 2022.\n", encoding="utf-8")
    args = ("check", "--registry", str(registry_copy), "--format", "json", str(summary))
    first = cli(*args)  # builds the store
    cli(*args)  # keeps the tables and the names beside it
    folder = registry_copy / store.STORE_DIR

    def kept() -> tuple[set[str], int]:
        names = {p.name for p in (*folder.glob("texts-*.sqlite"), *folder.glob("names-*.json"))}
        return names, (folder / store.STORE_FILE).stat().st_mtime_ns

    before, built = kept()
    assert len(before) == 2
    cli(*args)
    assert kept() == (before, built)  # nothing changed: nothing rebuilt
    changed = package / edited
    changed.write_text(changed.read_text(encoding="utf-8") + added, encoding="utf-8")
    store.data_digest.cache_clear()  # a new process
    again = cli(*args)  # the store is rebuilt
    cli(*args)  # the tables and the names are kept again under the new fingerprint
    after, rebuilt = kept()
    assert len(after) == 2
    assert after.isdisjoint(before)
    assert rebuilt != built
    assert (again.exit_code, again.stdout) == (first.exit_code, first.stdout)


def test_a_date_word_is_found_in_the_same_source_reading_only_the_texts_that_may_state_it(
    indexes: tuple[SourceIndex, SourceIndex], tmp_path: Path
) -> None:
    """`_find_all` with tables reads only the texts having a word a match of the date word starts,
    and finds what reading every text finds, first source and span alike: each way a text writes
    a day ("28th of June", "jun. 28", a range, ISO, "Sept", "auguſt", which the case-blind match
    reads as August), a weekday, a month and a year, in the stories' texts and in made ones (the
    last one not covered by the tables)."""
    made = {
        "plain": "Nothing happened here on any day worth naming, said 28 officials in 2021.",
        "ranged": "The talks ran between 27 and 29 june in the capital.",
        "iso": "Filed 2022-06-28 at noon; the 28 pages were read on Tuesday.",
        "spelled": "It was the 28th of June. Rain fell on jun. 30, and again on Sept 5 and auguſt 14.",
        "leap": "A fair closed on 29 February 2015 and reopened in March 2016.",
        "uncovered": "By June 28 it was over; on Friday, august 14, more came.",
    }
    covered = {source: text for source, text in made.items() if source != "uncovered"}
    tables = _tables_of(covered, tmp_path)
    words = ["6/28", "6/27", "6/29", "6/30", "9/5", "8/14", "2/29", "3/3", "12/25"]
    words += ["tuesday", "friday", "june", "march", "2015", "2021", "2016"]
    for without, with_tables in [indexes, (SourceIndex(made), SourceIndex(made, tables=tables))]:
        assert with_tables.tables is not None
        for word in words:
            assert with_tables._find_all([word]) == without._find_all([word]), word
    made_tabled = SourceIndex(made, tables=tables)
    assert made_tabled._may_state("6/28") == ["ranged", "iso", "spelled", "uncovered"]
    assert made_tabled._may_state("8/14") == ["spelled", "uncovered"]
    assert made_tabled._may_state("tuesday") == ["iso", "uncovered"]
    found = made_tabled._find_all(["8/14"])  # "auguſt 14", before the uncovered text's "august 14"
    assert found is not None
    assert found.source == "spelled"
    tables.close()


def test_the_nearest_sentence_and_shared_words_count_as_the_texts_do(tmp_path: Path) -> None:
    """`best_sentence` and `shared_words`, which count a sentence's shared words from the index of
    `words` by word and place (docs/performance.md), give what counting in the texts gives."""
    texts = {"a": "Rain fell on the town. The town flooded after rain.", "b": "No rain here. Town quiet."}
    tables = _tables_of(texts, tmp_path)
    assert tables.best_sentence(["rain", "town"]) == (2, 0)
    assert tables.shared_words(["rain", "town", "quiet"], [1, 2, 3]) == {1: 2, 2: 1, 3: 2}
    tables.close()

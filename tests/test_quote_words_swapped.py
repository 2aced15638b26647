"""Issue 12 (session 20): one statement quoted by two reports with a few content words put for
others (a second translation's or a transcript's synonyms) is FC301 `words-swapped`, minor in
`review` and major in `check`; a swap of a word of when, of how many, of opposites or of a name
stays `altered-wording`, major. Invented texts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence, review_from

SAID = (
    "We have issued a strong call for regional solidarity with hundreds of families of the valley this week"
)


def reports(said: str, printed: str) -> dict[str, str]:
    """Two reports of one press conference, each quoting the mayor's one sentence its own way."""
    return {
        "wire": (
            "Flooding closed the river road at Tallow on Monday.\n\n"
            f'"{said}," mayor Ines Varga told reporters on Monday.\n'
        ),
        "paper": (
            "The river road at Tallow stayed shut on Monday after the floods.\n\n"
            f'"{printed}," mayor Ines Varga said.\n'
        ),
    }


def wording(findings: list[dict]) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    return [(f["outcome"], f["grade"]) for f in findings if f["rule_id"] == "FC301"]


@pytest.mark.parametrize(
    "printed",
    [
        # one content word put for another
        "We have issued an urgent call for regional solidarity with hundreds of families of the valley this week",
        # two, and a small word changed: a second translation
        "We have made an urgent call for regional solidarity with hundreds of families of the valley this week",
    ],
)
def test_review_grades_a_few_synonyms_in_one_quotation_minor(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, printed: str
) -> None:
    findings = review_from(cli, tmp_path, monkeypatch.chdir, reports(SAID, printed), "2024-03-04")
    assert wording(findings) == [("words-swapped", "minor")]


@pytest.mark.parametrize(
    "printed",
    [
        # a word of when (data/swap_guards.txt): the same words, another week
        "We have issued a strong call for regional solidarity with hundreds of families of the valley last week",
        # how many
        "We have issued a strong call for regional solidarity with thousands of families of the valley this week",
        # opposites (data/opposites.yaml)
        "We have issued a weak call for regional solidarity with hundreds of families of the valley this week",
        # a name put for a word, capitalised inside the sentence
        "We have issued a strong call for Kelso solidarity with hundreds of families of the valley this week",
        # the same words in another order
        "We have issued a strong call for regional families with hundreds of solidarity of the valley this week",
    ],
)
def test_review_keeps_a_swap_of_when_how_many_opposites_names_or_order_major(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, printed: str
) -> None:
    findings = review_from(cli, tmp_path, monkeypatch.chdir, reports(SAID, printed), "2024-03-04")
    assert wording(findings) == [("altered-wording", "major")]


def test_review_grades_a_word_a_short_quotation_adds_minor(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the paper quotes one sentence of the wire's two, with a word the wire does not print
    texts = {
        "wire": reports("The water is falling. We will open the river road on Friday", "")["wire"],
        "paper": reports("", "We will finally open the river road on Friday")["paper"],
    }
    findings = review_from(cli, tmp_path, monkeypatch.chdir, texts, "2024-03-04")
    assert wording(findings) == [("minor-wording", "minor")]


def test_check_keeps_a_summarys_swapped_word_major(cli: Callable[..., Result], tmp_path: Path) -> None:
    # a summary's quotation marks must hold a source's words: `check_outcomes` keeps it major
    wire = reports(SAID, SAID)["wire"]
    printed = SAID.replace("a strong call", "an urgent call")
    code, findings = check_sentence(
        cli, tmp_path, {"wire.txt": wire}, "2024-03-04", f'Mayor Ines Varga said: "{printed}."'
    )
    assert wording(findings) == [("words-swapped", "major")], findings
    assert code == 1


def test_check_keeps_a_word_a_summary_adds_major(cli: Callable[..., Result], tmp_path: Path) -> None:
    wire = reports("The water is falling. We will open the river road on Friday", "")["wire"]
    code, findings = check_sentence(
        cli,
        tmp_path,
        {"wire.txt": wire},
        "2024-03-04",
        'Mayor Ines Varga said: "We will finally open the river road on Friday."',
    )
    assert [grade for _, grade in wording(findings)] == ["major"], findings
    assert code == 1

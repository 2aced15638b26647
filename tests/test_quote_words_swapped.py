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


SWAPPED = ("words-swapped", "minor")
ALTERED = ("altered-wording", "major")


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        # one content word put for another
        (
            "We have issued an urgent call for regional solidarity with hundreds of families of the valley this week",
            SWAPPED,
        ),
        # two, and a small word changed: a second translation
        (
            "We have made an urgent call for regional solidarity with hundreds of families of the valley this week",
            SWAPPED,
        ),
        # a word of when (data/swap_guards.txt): the same words, another week
        (
            "We have issued a strong call for regional solidarity with hundreds of families of the valley last week",
            ALTERED,
        ),
        # how many
        (
            "We have issued a strong call for regional solidarity with thousands of families of the valley this week",
            ALTERED,
        ),
        # opposites (data/opposites.yaml)
        (
            "We have issued a weak call for regional solidarity with hundreds of families of the valley this week",
            ALTERED,
        ),
        # a name put for a word, capitalised inside the sentence
        (
            "We have issued a strong call for Kelso solidarity with hundreds of families of the valley this week",
            ALTERED,
        ),
        # the same words in another order
        (
            "We have issued a strong call for regional families with hundreds of solidarity of the valley this week",
            ALTERED,
        ),
    ],
)
def test_review_grades_a_few_synonyms_minor_but_when_how_many_opposites_names_or_order_major(
    cli: Callable[..., Result],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    printed: str,
    expected: tuple[str, str],
) -> None:
    findings = review_from(cli, tmp_path, monkeypatch.chdir, reports(SAID, printed), "2024-03-04")
    assert wording(findings) == [expected]


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


def minister(said: str, printed: str) -> dict[str, str]:
    """Two reports of a minister's words after a vote, each quoting her one sentence its own way."""
    who = "Interior Minister Amina Diallo"
    return {
        "wire": f'Protesters gathered in the capital on Monday after the vote.\n\n"{said}," {who} told reporters on Monday.\n',
        "paper": f'Crowds filled the capital\'s main square on Monday following the vote.\n\n"{printed}," {who} said.\n',
    }


@pytest.mark.parametrize(
    ("said", "printed"),
    [
        # the session 20 review's misquotes: a word of what happened or of a stance swapped
        # (data/swap_guards.txt), or opposites (data/opposites.yaml): general news words
        (
            "The ministry confirmed that troops had entered the city overnight",
            "The ministry denied that troops had entered the city overnight",
        ),
        (
            "We will increase spending on schools and hospitals next year",
            "We will cut spending on schools and hospitals next year",
        ),
        (
            "These countries remain our closest allies in the region",
            "These countries remain our closest enemies in the region",
        ),
        (
            "We strongly welcome the decision of the constitutional court",
            "We strongly condemn the decision of the constitutional court",
        ),
        (
            "The gunmen killed three officers at the checkpoint",
            "The gunmen injured three officers at the checkpoint",
        ),
        (
            "The army attacked the village near the border on Tuesday night",
            "The army visited the village near the border on Tuesday night",
        ),
        (
            "The women were taken to the hospital in the capital",
            "The men were taken to the hospital in the capital",
        ),
        (
            "We are ready for a ceasefire in the coming days",
            "We are ready for an offensive in the coming days",
        ),
    ],
)
def test_review_keeps_a_swapped_event_stance_or_opposite_major(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, said: str, printed: str
) -> None:
    findings = review_from(cli, tmp_path, monkeypatch.chdir, minister(said, printed), "2024-03-04")
    assert wording(findings) == [("altered-wording", "major")]


@pytest.mark.parametrize(
    ("said", "printed"),
    [
        # a word of how sure or how far added (data/hedges.txt): a claim weakened, not a detail
        ("The old town was destroyed and we are starting again", "The old town was almost destroyed"),
        ("The harbour was closed and the boats stayed in", "The harbour was partly closed"),
        ("We will reopen the harbour on Friday", "We will possibly reopen the harbour on Friday"),
    ],
)
def test_review_keeps_a_hedge_a_short_quotation_adds_major(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, said: str, printed: str
) -> None:
    who = "Mayor Lena Voss"
    texts = {
        "wire": f'A storm struck the coast on Sunday.\n\n"The storm came at night. {said}," {who} told reporters.\n',
        "paper": f'The coast is counting the cost of Sunday\'s storm.\n\n"{printed}," {who} said.\n',
    }
    findings = review_from(cli, tmp_path, monkeypatch.chdir, texts, "2024-03-04")
    assert wording(findings) == [("altered-wording", "major")]


def test_review_keeps_a_hedge_put_among_synonyms_major(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a synonym and a hedge added: without the hedge this is a second wording (words-swapped)
    printed = SAID.replace("a strong call", "possibly an urgent call")
    findings = review_from(cli, tmp_path, monkeypatch.chdir, reports(SAID, printed), "2024-03-04")
    assert wording(findings) == [("altered-wording", "major")]

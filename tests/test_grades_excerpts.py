"""Two quotations of one statement that give overlapping stretches of it (FC301
`overlapping-excerpts`, session 15): alike where both quote, they are minor in `review` and stay
major in `check`; a word put for another, a negation or a figure stays major. Invented texts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence, review_from

from factcheck.extract.text import quote_words
from factcheck.rules.checks.quotes import sentence_starts, wording_change


def outcome(a: str, b: str) -> str:
    """FC301's outcome for two quotations, either way round (it must not depend on the order)."""
    one = wording_change(quote_words(a), quote_words(b), sentence_starts(a), sentence_starts(b))[0]
    other = wording_change(quote_words(b), quote_words(a), sentence_starts(b), sentence_starts(a))[0]
    assert one == other, (one, other)
    return one


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the shorter starts where the longer's earlier sentences end, with one word of its own
        (
            "the valley will now see a big change",
            "We held a long and hard meeting, putting our old quarrels aside...the valley will see a big change.",
        ),
        # one quotation ends its sentence where the other's goes on; the rest is another sentence
        (
            "The whole town is in grief and shock tonight,",
            "The whole town is in grief and shock. We are thinking of the families who lost a child.",
        ),
        # a dropped clause against a quotation that goes on in new sentences (a title's full stop
        # ends no sentence: "Mr. Hale.")
        (
            "It is time for the truth in a court of law,",
            "It is time for the truth. Mr. Hale. This has all come back to you.",
        ),
    ],
)
def test_overlapping_stretches_of_one_statement_are_excerpts(a: str, b: str) -> None:
    assert outcome(a, b) == "overlapping-excerpts"


@pytest.mark.parametrize(
    ("a", "b", "want"),
    [
        # a word put for another at the edge of the shared words, with or without a new sentence
        (
            "We will raise taxes on the rich.",
            "Today I say this. We will raise taxes on the poor.",
            "altered-wording",
        ),
        ("We will raise taxes on the rich", "We will raise taxes on the poor", "altered-wording"),
        # both go on in new sentences: the second sentences are compared
        ("I will stay. We will win.", "I will stay. They will lose.", "altered-wording"),
        ("Smith will lead the team,", "Jones will lead the team. He said so.", "altered-wording"),
        ("half the town is under water", "Listen. Most of the town is under water", "altered-wording"),
        ("half the town is under water", "most of the town is under water", "altered-wording"),
        # a negation or a figure where both quote
        (
            "The whole town is in grief and shock tonight,",
            "The whole town is not in grief and shock. We are thinking of the families.",
            "negation-changed",
        ),
        ("We lost 40 homes tonight,", "We lost 50 homes. It was a hard night.", "number-changed"),
        # words moved: a word one side gives beyond the shared words the other quotes elsewhere
        (
            "the mayor thanked the firefighters after the storm.",
            "The firefighters thanked the mayor after the storm. It was hard.",
            "altered-wording",
        ),
        # another pronoun
        ("I know everyone was cheering for her", "I know someone was cheering for her", "altered-wording"),
    ],
)
def test_a_changed_word_in_overlapping_quotations_stays_major(a: str, b: str, want: str) -> None:
    assert outcome(a, b) == want


def test_a_title_or_an_initial_ends_no_sentence() -> None:
    text = "It is time. Mr. Hale met the U. S. team. The time has come."
    assert sentence_starts(text) == {3, 10}  # "Mr" and the second "The"


WIRE = (
    "Floods cut the river road at Tallow on Monday.\n\n"
    '"The whole town is in grief and shock tonight," mayor Ines Varga told reporters on Monday.\n'
)
PAPER = (
    "The river road at Tallow stayed shut on Monday after the floods.\n\n"
    '"The whole town is in grief and shock. We are thinking of the families who lost a child," '
    "mayor Ines Varga said.\n"
)


def test_review_grades_overlapping_excerpts_minor(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    findings = review_from(cli, tmp_path, monkeypatch.chdir, {"wire": WIRE, "paper": PAPER}, "2024-03-04")
    wording = [(f["outcome"], f["grade"]) for f in findings if f["rule_id"] == "FC301"]
    assert wording == [("overlapping-excerpts", "minor")]


def test_check_keeps_a_summarys_overlapping_excerpt_major(cli: Callable[..., Result], tmp_path: Path) -> None:
    code, findings = check_sentence(
        cli,
        tmp_path,
        {"paper.txt": PAPER},
        "2024-03-04",
        'Mayor Ines Varga said: "The whole town is in grief and shock tonight."',
    )
    graded = [(f["rule_id"], f["outcome"], f["grade"]) for f in findings if f["rule_id"] == "FC301"]
    assert graded == [("FC301", "overlapping-excerpts", "major")], findings
    assert code == 1

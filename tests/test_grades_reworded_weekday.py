"""Grades a copy desk would give (issue 12, session 14): one sentence quoted in two wordings
(FC301 `reworded`) and a weekday that is not its date's (FC202) are minor in `review`, and stay
major in `check`, where a summary must quote and date its sources right. Invented texts."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import review_from

from factcheck.extract.text import quote_words
from factcheck.rules.checks.quotes import wording_change

REPORTED = "This follows the steady decline of the water supply and poor local flood management in the valley"
TRANSLATED = "This is a result of the steady worsening of the water supply, the bad local flood management in the valley"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (REPORTED, TRANSLATED),
        # a word added and one function word changed, the rest as said
        (
            "it would not be right for me to be the one who leads our club into the new season",
            "it would not be right for me to try to be the one who leads the club into the new season",
        ),
        # a short quotation against the longer one it was cut from, worded otherwise
        (
            "the result was better than anyone could have hoped",
            "Great day. The result was better than anyone could dream.",
        ),
    ],
)
def test_one_sentence_worded_two_ways_is_reworded(a: str, b: str) -> None:
    assert wording_change(quote_words(a), quote_words(b))[0] == "reworded"


@pytest.mark.parametrize(
    ("a", "b", "outcome"),
    [
        # one word swapped alone: whether it keeps the meaning no rule can tell
        (
            "children will be dying from the cold",
            "children will be freezing from the cold",
            "altered-wording",
        ),
        # words swapped one for one and nothing else changed: one text with its words altered
        (
            "the police acted quickly and saved many lives in the flood",
            "the police acted slowly and cost many lives in the flood",
            "altered-wording",
        ),
        # two of five content words changed: another statement
        (
            "the army will attack the northern village tomorrow",
            "the army will bomb the southern village tomorrow",
            "altered-wording",
        ),
        # the same words in another order: who did what to whom changed
        (
            "the mayor thanked the firefighters after the storm",
            "the firefighters thanked the mayor after the storm",
            "altered-wording",
        ),
        ("we need only tents, certainly not food", "we need food, certainly not tents", "altered-wording"),
        # reworded, but a figure or a negation changed: major as before
        (REPORTED + " over 40 years", TRANSLATED + " over 30 years", "number-changed"),
        (REPORTED, TRANSLATED.replace("the bad", "not the bad"), "negation-changed"),
    ],
)
def test_a_changed_statement_is_not_reworded(a: str, b: str, outcome: str) -> None:
    assert wording_change(quote_words(a), quote_words(b))[0] == outcome


WIRE = (
    "Flooding closed the river road at Tallow on Monday.\n\n"
    f'"{REPORTED}," mayor Ines Varga told reporters on Monday.\n'
)
PAPER = (
    "The river road at Tallow stayed shut on Monday, 4 March 2024, after the floods.\n\n"
    f'"{TRANSLATED}," mayor Ines Varga said.\n'
)
# 4 March 2024 was a Monday; the dateline's weekday is a slip
DATELINE = "Tuesday, 4 March 2024\n\nThe river road at Tallow stayed shut after the floods, officials said.\n"


def test_review_grades_a_reworded_quotation_and_a_wrong_dateline_weekday_minor(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = {"wire": WIRE, "paper": PAPER, "dateline": DATELINE}
    findings = review_from(cli, tmp_path, monkeypatch.chdir, texts, "2024-03-04")
    wording = [f for f in findings if f["rule_id"] == "FC301"]
    assert [(f["outcome"], f["grade"]) for f in wording] == [("reworded", "minor")]
    weekday = [f for f in findings if f["rule_id"] == "FC202"]
    assert [(f["outcome"], f["grade"]) for f in weekday] == [("wrong-weekday", "minor")]


def test_check_keeps_a_summarys_reworded_quotation_and_wrong_weekday_major(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    review_from(cli, tmp_path, monkeypatch.chdir, {"wire": WIRE}, "2024-03-04")
    summary = tmp_path / "summary.md"
    summary.write_text(
        "The river road at Tallow was closed on Tuesday, 4 March 2024.\n\n"
        f'Mayor Ines Varga said: "{TRANSLATED}."\n',
        encoding="utf-8",
    )
    result = cli("check", str(summary), "--format", "json")
    assert result.exit_code == 1, result.output
    findings = json.loads(result.output)["findings"]
    graded = {(f["rule_id"], f["outcome"]): f["grade"] for f in findings}
    assert graded.get(("FC202", "wrong-weekday")) == "major"
    # the reworded quotation is major, as the words its source does not print (FC303) or as
    # FC301's `reworded` graded by `check_outcomes`
    quoted = [
        f for f in findings if f["rule_id"] in ("FC301", "FC303") and any(s["line"] == 3 for s in f["sides"])
    ]
    assert quoted, findings
    assert {f["grade"] for f in quoted} == {"major"}

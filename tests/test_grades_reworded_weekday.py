"""Grades a copy desk would give (issue 12, session 14): one sentence quoted in two wordings
(FC301 `reworded`) and a weekday that is not its date's (FC202) are minor in `review`, and stay
major in `check`, where a summary must quote and date its sources right. Invented texts."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence, review_from

from factcheck.extract.text import quote_words
from factcheck.rules.checks.quotes import capitals, wording_change

REPORTED = "This follows the steady decline of the water supply and poor local flood management in the valley"
TRANSLATED = "This follows on from the steady decline of our water supply, and the poor local flood management in this valley"
# the same sentence translated with other content words, most kept in order: `words-swapped`
# (minor in review since session 20: issue 12's gold grades a second translation's synonyms minor)
SYNONYMS = "This is a result of the steady worsening of the water supply, the bad local flood management in the valley"


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
            "the result was better than we could have hoped",
            "Great day. The result was so much better than what we would have hoped.",
        ),
    ],
)
def test_one_sentence_worded_two_ways_is_reworded(a: str, b: str) -> None:
    assert wording_change(quote_words(a), quote_words(b))[0] == "reworded"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # review of session 14: a content word swapped for another, with a small word changed or
        # added as well (opposites, another name or subject, number words and ordinals); since
        # session 20 these stay major as opposites (data/opposites.yaml), names, guarded words
        # (data/swap_guards.txt: when, in what order, how many) or too many words changed
        ("We are going to win the election", "We are going to lose this election"),
        ("The government will raise taxes next year", "The government will lower the taxes next year"),
        ("The president is guilty of these crimes", "The president is innocent of all these crimes"),
        ("The vaccine is safe for all children", "The vaccine is dangerous for all the children"),
        ("Prices will rise sharply this winter", "Prices will fall sharply over the winter"),
        (
            "We must stop the war before more people die",
            "We must continue the war before more of our people die",
        ),
        ("the company will hire 200 new staff this year", "the company will fire 200 of its staff this year"),
        ("Smith will lead the team next season", "Jones will lead our team next season"),
        ("The police failed the people of this city", "The council failed all the people of our city"),
        ("Thousands of people have died in the floods", "Hundreds of the people have died in these floods"),
        ("This is the first time we have lost at home", "This is the third time that we have lost at home"),
        ("The ceasefire is holding across the whole region", "The ceasefire is collapsing across the region"),
        ("The economy grew strongly in the first quarter", "The economy shrank strongly in the last quarter"),
        ("half the town is under water", "most of the town is under water"),
        # session 20 review: who it happened to (data/swap_guards.txt), not a second wording
        (
            "The women were taken to the hospital in the capital",
            "The men were taken to the hospital in the capital",
        ),
    ],
)
def test_a_content_word_swapped_is_never_reworded(a: str, b: str) -> None:
    names = capitals(a, b)  # as FC301 reads them: "Smith" and "Jones" open their sentences
    assert wording_change(quote_words(a), quote_words(b), names)[0] == "altered-wording"
    assert wording_change(quote_words(b), quote_words(a), names)[0] == "altered-wording"


@pytest.mark.parametrize(
    ("a", "b", "outcome"),
    [
        # one word swapped alone, where one is a word of what happened to people
        # (data/swap_guards.txt: "dying", "resigned"): another event, major (session 20 review)
        (
            "children will be dying from the cold",
            "children will be freezing from the cold",
            "altered-wording",
        ),
        (
            "the minister resigned after the scandal broke",
            "the minister was sacked after the scandal broke",
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
        # one sentence translated with other content words ("decline"/"worsening", "poor"/"bad")
        (REPORTED, SYNONYMS, "words-swapped"),
        # reworded, but a figure or a negation changed: major as before
        (REPORTED + " over 40 years", TRANSLATED + " over 30 years", "number-changed"),
        (REPORTED, TRANSLATED.replace("the poor", "not the poor"), "negation-changed"),
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
# 4 March 2024 was a Monday; a dateline's date belongs to no event the others date
DATELINE = "Tuesday, 4 March 2024\n\nThe river road at Tallow stayed shut after the floods, officials said.\n"


def test_review_grades_a_reworded_quotation_minor_and_an_unconfirmed_dateline_weekday_major(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = {"wire": WIRE, "paper": PAPER, "dateline": DATELINE}
    findings = review_from(cli, tmp_path, monkeypatch.chdir, texts, "2024-03-04")
    wording = [f for f in findings if f["rule_id"] == "FC301"]
    assert [(f["outcome"], f["grade"]) for f in wording] == [("reworded", "minor")]
    # the paper's "Monday, 4 March 2024" is the same day, but of no known event either (a stand-in
    # joins nothing): nothing says the dateline's day is right and its weekday the slip
    weekday = [f for f in findings if f["rule_id"] == "FC202"]
    assert [(f["outcome"], f["grade"]) for f in weekday] == [("wrong-weekday", "major")]


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


KELSO_WEEKDAY = (
    "The Kelso river bridge collapsed on Tuesday, 4 March 2024, killing two drivers, police said.\n"
)
# 4 March 2024 was a Monday: the day the others give decides whether the weekday is the slip


@pytest.mark.parametrize(
    ("other", "grade"),
    [
        # no other source dates the collapse: the weekday may be right and the day wrong
        (None, "major"),
        ("The Kelso river bridge collapsed this week, killing two drivers, police said.\n", "major"),
        # another source gives the same day: the date stands, the weekday beside it is a slip
        ("The Kelso river bridge collapsed on 4 March, killing two drivers, police said.\n", "minor"),
    ],
)
def test_a_lone_wrong_weekday_is_minor_only_beside_a_date_another_source_gives(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, other: str | None, grade: str
) -> None:
    texts = {"wire": KELSO_WEEKDAY} | ({"paper": other} if other else {})
    findings = review_from(cli, tmp_path, monkeypatch.chdir, texts, "2024-03-06")
    weekday = [
        (f["rule_id"], f["outcome"], f["grade"]) for f in findings if f["rule_id"] in ("FC201", "FC202")
    ]
    assert weekday == [("FC202", "wrong-weekday", grade)]


def test_check_with_sources_grades_a_summarys_reworded_quotation_fc301_reworded_major(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    # against the source text itself the summary's quotation meets the wire's as one statement
    # worded otherwise: FC301 `reworded`, which `check_outcomes` keeps major (minor in review)
    code, findings = check_sentence(
        cli, tmp_path, {"wire.txt": WIRE}, "2024-03-04", f'Mayor Ines Varga said: "{TRANSLATED}."'
    )
    graded = [(f["rule_id"], f["outcome"], f["grade"]) for f in findings if f["rule_id"] == "FC301"]
    assert graded == [("FC301", "reworded", "major")], findings
    assert code == 1

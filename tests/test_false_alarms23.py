"""Issue 12 (session 23): false alarms of `review` on kinds of news the project rarely saw (a
market debut, a transfer, a launch, an outbreak, an airspace closure), read as a user reads them,
through the CLI (init, sources add, extract --write, review). Each test's texts are invented; each
cause has a test that it no longer alarms and one that a real difference still does.

- "€40-million" was read as €40, 1,000,000 times the "€40 million" of the other reports;
- "[coach]", a reporter's words in square brackets, and "St-Etienne" for "Saint-Etienne" made one
  quotation two wordings;
- two reports' cuts of one statement sharing a whole sentence were compared because a negation or
  a figure stood in another sentence of one of them;
- a quoted phrase set in the reporter's person ("their first title" for "our first title");
- two excerpts of different parts of one sentence ("rising levels of neglect", "rising levels of
  flooding") were compared with each other;
- a written-out umlaut that several outlets print ("Hoegsfjordur") was a misspelling;
- "eight provinces, each reporting more than 500 cases" was a count of all the provinces;
- "In the first hour of trading, 90 million shares" was the day's volume.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from registry_review import Review

DAY = "2031-05-14"


def above_info(report: Any) -> list[dict[str, Any]]:
    """The findings above info."""
    return [f for f in report["findings"] if f["grade"] != "info"]


def texts(finding: dict[str, Any]) -> set[str]:
    return {side["text"] for side in finding["sides"]}


def of_rule(report: Any, rule: str) -> list[dict[str, Any]]:
    """The findings above info of one rule (its name, "quote.wording")."""
    return [f for f in above_info(report) if f["rule_name"] == rule]


# --- a scale hyphenated to its figure -----------------------------------------------------------

BID = "Lyon FC agreed to sign the striker Tomas Brel from Nantes on Tuesday for {fee}, the clubs said."


def test_a_hyphenated_scale_scales_its_figure(review: Review) -> None:
    report = review(
        {
            "wire": (DAY, BID.format(fee="€40 million")),
            "paper": (DAY, BID.format(fee="a €40-million fee")),
            "site": (DAY, BID.format(fee="€40m")),
        }
    )
    assert of_rule(report, "quantity.far-apart") == []
    assert of_rule(report, "quantity.tolerance") == []


def test_a_hyphenated_scale_that_differs_still_conflicts(review: Review) -> None:
    report = review(
        {
            "wire": (DAY, BID.format(fee="€40 million")),
            "paper": (DAY, BID.format(fee="a €60-million fee")),
        }
    )
    [finding] = of_rule(report, "quantity.tolerance")
    assert "€60-million" in texts(finding)


# --- quotations: editorial brackets, St for Saint --------------------------------------------------


def _quoted(words: str) -> str:
    return f'Club president Ana Ruiz said: "{words}" She spoke at the stadium on Tuesday.'


def test_words_in_square_brackets_are_the_reporters(review: Review) -> None:
    report = review(
        {
            "wire": (DAY, _quoted("We thank the players, the fans and [coach] Marc Dupuy for this season.")),
            "paper": (DAY, _quoted("We thank the players, the fans and Marc Dupuy for this season.")),
        }
    )
    assert of_rule(report, "quote.wording") == []


def test_a_word_changed_beside_brackets_is_still_a_change(review: Review) -> None:
    report = review(
        {
            "wire": (DAY, _quoted("We thank the players, the fans and [coach] Marc Dupuy for this season.")),
            "paper": (DAY, _quoted("We blame the players, the fans and Marc Dupuy for this season.")),
        }
    )
    assert of_rule(report, "quote.wording") != []


def test_st_is_saint(review: Review) -> None:
    report = review(
        {
            "wire": (DAY, _quoted("The passion of St-Etienne brought me to this club.")),
            "paper": (DAY, _quoted("The passion of Saint-Etienne brought me to this club.")),
        }
    )
    assert of_rule(report, "quote.wording") == []


# --- two cuts of one statement sharing a whole sentence --------------------------------------------

ASSESSED = "We have therefore made the assessment that the outbreak can be called an epidemic."


def test_cuts_sharing_a_whole_sentence_are_one_statement(review: Review) -> None:
    report = review(
        {
            "wire": (DAY, _quoted(f"We are deeply worried by the inaction of 12 regions. {ASSESSED}")),
            "paper": (DAY, _quoted(f"{ASSESSED} It is not a word we use lightly.")),
        }
    )
    assert of_rule(report, "quote.wording") == []


def test_a_negation_in_the_shared_sentence_still_counts(review: Review) -> None:
    report = review(
        {
            "wire": (
                DAY,
                _quoted("We are deeply worried and we have not made the assessment that it is an epidemic"),
            ),
            "paper": (
                DAY,
                _quoted("we have made the assessment that it is an epidemic. It is a grave word."),
            ),
        }
    )
    assert of_rule(report, "quote.wording") != []


# --- a quoted phrase in the reporter's person ------------------------------------------------------

TITLE = 'Ana Ruiz said: "Today we are closer than ever to winning our first title." She spoke on Tuesday.'


def test_a_phrase_in_the_reporters_person_is_no_misquote(review: Review) -> None:
    report = review(
        {
            "wire": (DAY, TITLE),
            "paper": (
                DAY,
                "Ana Ruiz said the club was closer than ever to ‘winning their first title’. She spoke on Tuesday.",
            ),
        }
    )
    assert of_rule(report, "quote.wording") == []
    shifted = [f for f in report["findings"] if f["outcome"] == "person-shifted"]
    assert shifted
    assert shifted[0]["grade"] == "info"


def test_a_phrase_with_another_word_is_still_a_misquote(review: Review) -> None:
    report = review(
        {
            "wire": (DAY, TITLE),
            "paper": (
                DAY,
                "Ana Ruiz said the club was closer than ever to ‘losing their first title’. She spoke on Tuesday.",
            ),
        }
    )
    assert of_rule(report, "quote.wording") != []


# --- excerpts of different parts of one sentence ----------------------------------------------------

WHOLE = (
    'Mayor Ines Varga said: "We are worried both by the rising levels of flooding and damage, and by '
    'the rising levels of neglect." She spoke on Tuesday.'
)


def test_excerpts_of_different_parts_are_not_compared(review: Review) -> None:
    report = review(
        {
            "wire": (DAY, WHOLE),
            "paper": (DAY, 'Mayor Ines Varga spoke of "the rising levels of neglect" on Tuesday.'),
            "site": (DAY, 'Mayor Ines Varga warned of "rising levels of flooding and damage," on Tuesday.'),
        }
    )
    assert of_rule(report, "quote.wording") == []


def test_an_excerpt_that_drops_a_word_is_still_compared(review: Review) -> None:
    report = review(
        {
            "wire": (DAY, WHOLE),
            "paper": (DAY, 'Mayor Ines Varga spoke of "the rising levels of neglect" on Tuesday.'),
            "site": (
                DAY,
                'Mayor Ines Varga said she was "worried by the rising levels of flooding and damage" on Tuesday.',
            ),
        }
    )
    findings = of_rule(report, "quote.wording")
    assert findings
    assert all("worried by the rising levels of flooding and damage" in " ".join(texts(f)) for f in findings)


# --- a written-out umlaut several outlets print ------------------------------------------------------


def _glacier(name: str) -> str:
    return f"Ash from the {name} glacier closed the airports of the north on Tuesday, officials said."


def test_an_umlaut_written_out_by_several_outlets_is_a_romanisation(review: Review) -> None:
    report = review(
        {
            "one": (DAY, _glacier("Hogsfjordur")),
            "two": (DAY, _glacier("Hogsfjordur")),
            "three": (DAY, _glacier("Hogsfjordur")),
            "four": (DAY, _glacier("Hoegsfjordur")),
            "five": (DAY, _glacier("Hoegsfjordur")),
        }
    )
    assert of_rule(report, "name.spelling") == []


def test_one_outlets_added_e_is_still_a_slip(review: Review) -> None:
    report = review(
        {
            "one": (DAY, _glacier("Hogsfjordur")),
            "two": (DAY, _glacier("Hogsfjordur")),
            "three": (DAY, _glacier("Hogsfjordur")),
            "four": (DAY, _glacier("Hoegsfjordur")),
        }
    )
    [finding] = of_rule(report, "name.spelling")
    assert "Hoegsfjordur" in texts(finding)


# --- counts of things over a bar ----------------------------------------------------------------------

REACHED = "The outbreak has now reached 31 provinces, health officials said on Tuesday."


def test_things_each_over_a_bar_are_a_part(review: Review) -> None:
    report = review(
        {
            "wire": (DAY, REACHED),
            "paper": (
                DAY,
                "Eight provinces, the capital among them, are now each reporting more than 500 cases, "
                "health officials said on Tuesday.",
            ),
        }
    )
    assert [f for f in above_info(report) if "Eight provinces" in texts(f)] == []


def test_a_bare_count_of_the_same_things_still_conflicts(review: Review) -> None:
    report = review(
        {
            "wire": (DAY, REACHED),
            "paper": (DAY, "The outbreak has now reached eight provinces, health officials said on Tuesday."),
        }
    )
    [finding] = [f for f in above_info(report) if "eight provinces" in texts(f)]
    assert "31 provinces" in texts(finding)


# --- the opening hour's count -----------------------------------------------------------------------

DEBUT = "Shares of Brightloop rose 9 percent in their market debut on Friday. {volume}"


def test_the_first_hours_volume_is_no_rival_to_the_days(review: Review) -> None:
    report = review(
        {
            "wire": (
                DAY,
                DEBUT.format(volume="In the first hour of trading, 90 million shares were traded."),
            ),
            "paper": (DAY, DEBUT.format(volume="In all, 210 million shares traded on the first day.")),
        }
    )
    assert [f for f in above_info(report) if "90 million shares" in texts(f)] == []


def test_two_days_volumes_still_conflict(review: Review) -> None:
    report = review(
        {
            "wire": (DAY, DEBUT.format(volume="In all, 90 million shares traded on the first day.")),
            "paper": (DAY, DEBUT.format(volume="In all, 210 million shares traded on the first day.")),
        }
    )
    [finding] = [f for f in above_info(report) if "90 million shares" in texts(f)]
    assert "210 million shares" in texts(finding)


# --- review 23: the changes' edges -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("whole", "other"),
    [
        (
            "The storms killed 40 people across three states, each reporting more than 10 deaths, "
            "officials said on Tuesday.",
            "The storms killed 4 people on Tuesday, officials said.",
        ),
        (
            "The airline cancelled 1,200 flights on Tuesday, each carrying more than 100 passengers.",
            "The airline cancelled 120 flights on Tuesday, it said.",
        ),
    ],
)
def test_a_whole_count_the_sentence_goes_on_to_describe_each_of_still_conflicts(
    review: Review, whole: str, other: str
) -> None:
    report = review({"wire": (DAY, whole), "paper": (DAY, other)})
    assert of_rule(report, "quantity.far-apart")


@pytest.mark.parametrize(
    ("said", "quoted"),
    [
        (_quoted("We won because we defended well."), _quoted("They won because they defended well.")),
        (
            _quoted("We will beat them on Sunday, I am sure of it, and then we celebrate."),
            'Club president Ana Ruiz said "they will beat us on Sunday". She spoke on Tuesday.',
        ),
        (
            _quoted("He will lead the team in the final, not me."),
            'Club president Ana Ruiz said "I will lead the team in the final". She spoke on Tuesday.',
        ),
    ],
)
def test_only_a_phrase_put_in_the_third_person_is_person_shifted(
    review: Review, said: str, quoted: str
) -> None:
    report = review({"wire": (DAY, said), "paper": (DAY, quoted)})
    assert of_rule(report, "quote.wording")  # minor, not an info person-shifted


def test_a_names_ending_ael_is_no_written_out_umlaut(review: Review) -> None:
    report = review(
        {
            "a": (DAY, "Michal Kwiatkowski won the stage on Tuesday."),
            "b": (DAY, "Michal Kwiatkowski won the stage on Tuesday, ahead of the Dane."),
            "c": (DAY, "Poland's Michal Kwiatkowski won the stage on Tuesday."),
            "d": (DAY, "Michael Kwiatkowski won the stage on Tuesday."),
            "e": (DAY, "Poland's Michael Kwiatkowski won the stage on Tuesday."),
        }
    )
    assert any("Michael Kwiatkowski" in texts(f) for f in of_rule(report, "name.spelling"))


def test_a_summary_giving_a_sources_hyphenated_scale_is_supported(cli: Any, tmp_path: Path) -> None:
    text = (
        "The company sold 460-million shares on Tuesday. Scientists unveiled a 3-million-year-old fossil.\n"
    )
    (tmp_path / "source.txt").write_text(f"---\ndate: {DAY}\n---\n{text}", encoding="utf-8")
    (tmp_path / "summary.md").write_text(f"---\ndate: {DAY}\n---\n{text}", encoding="utf-8")
    result = cli(
        "check", str(tmp_path / "summary.md"), "--source", str(tmp_path / "source.txt"), "--format", "json"
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["findings"] == []

"""Issue 12 (session 26): false alarms of `review` on unseen stories, read as a user reads it,
through the CLI (init, sources add, extract --write, review). Each test's texts are invented; each
cause has a test that it no longer alarms and one that a real difference still does.

- two different statements of one speaker that share only a name ("We are devastated by the loss
  of Mr. Bennett" / "Mr. Bennett became known by millions ...") were one statement reworded: a
  name both quotations write is whom they are about, not what was said, so they must share one
  more word;
- "Mauritians", "Mauritian" were misspellings of Mauritius: a country in -ius takes -ian;
- "the captain of the ferry that capsized off the coast was facing an investigation on Thursday"
  dated the capsizing: a past progressive after a relative clause is a verb of its own;
- "in what the president on Friday called a terrorist attack" dated the attack: "called" is a
  speaker's verb (frames.yaml `spoke`), a day that differs report by report.
"""

from __future__ import annotations

from typing import Any

from registry_review import Review

DAY = "2031-09-05"


def above_info(report: Any) -> list[dict[str, Any]]:
    """The findings above info."""
    return [f for f in report["findings"] if f["grade"] != "info"]


def texts(finding: dict[str, Any]) -> set[str]:
    return {side["text"] for side in finding["sides"]}


def of_rule(report: Any, prefix: str) -> list[dict[str, Any]]:
    return [f for f in above_info(report) if f["rule_name"].startswith(prefix)]


# --- two statements sharing a name ----------------------------------------------------------------


def test_two_statements_sharing_only_a_name_never_meet(review: Review) -> None:
    report = review(
        {
            "wire": (DAY, '"We are devastated by the loss of Mr. Bennett," said Dr. Anna Kerr.'),
            "paper": (
                DAY,
                '"Mr. Bennett became known by millions of people around the world for his courage," '
                "Dr. Anna Kerr said.",
            ),
        }
    )
    assert of_rule(report, "quote.") == []


def test_one_statement_naming_someone_still_reworded(review: Review) -> None:
    report = review(
        {
            "wire": (DAY, '"We are devastated by the loss of Mr. Bennett," said Dr. Anna Kerr.'),
            "paper": (DAY, '"We are deeply saddened by the loss of Mr. Bennett," said Dr. Anna Kerr.'),
        }
    )
    [finding] = of_rule(report, "quote.")
    assert finding["grade"] in {"major", "minor"}


# --- a country's people ---------------------------------------------------------------------------


MAURITIUS = "An oil spill hit Mauritius on Thursday. "


def test_a_country_in_ius_and_its_people_are_no_misspelling(review: Review) -> None:
    report = review(
        {
            "wire": (DAY, MAURITIUS + "Thousands of Mauritians cleaned the beaches."),
            "paper": (DAY, MAURITIUS + "The Mauritian government declared an emergency."),
            "site": (DAY, MAURITIUS + "Mauritius asked France for help."),
        }
    )
    assert of_rule(report, "name.") == []


# --- a later verb's day after a relative clause ---------------------------------------------------


def test_a_progressive_after_a_relative_clause_owns_the_date(review: Review) -> None:
    report = review(
        {
            "wire": (DAY, "The ferry capsized off the coast on Wednesday."),
            "paper": (
                DAY,
                "The captain of the ferry that capsized off the coast was facing an investigation "
                "on Thursday. The ferry capsized on Wednesday.",
            ),
        }
    )
    assert of_rule(report, "date.") == []


def test_the_relative_clause_own_date_still_conflicts(review: Review) -> None:
    report = review(
        {
            "wire": (DAY, "The ferry capsized off the coast on Wednesday."),
            "paper": (DAY, "The ferry that capsized off the coast on Thursday was carrying 400 people."),
        }
    )
    [finding] = of_rule(report, "date.")
    assert {"on Wednesday", "on Thursday"} <= texts(finding)


# --- the day a speaker named the event ------------------------------------------------------------


def test_the_day_someone_called_it_an_attack_is_not_the_attack(review: Review) -> None:
    report = review(
        {
            "wire": (
                DAY,
                "A truck ploughed into a crowd on Thursday night in what the president on Friday "
                "called an attack.",
            ),
            "paper": (DAY, "Two visitors were killed in an attack in the city on Thursday night."),
        }
    )
    assert of_rule(report, "date.") == []


def test_two_days_of_the_attack_still_conflict(review: Review) -> None:
    report = review(
        {
            "wire": (DAY, "Two visitors were killed in an attack in the city on Friday night."),
            "paper": (DAY, "Two visitors were killed in an attack in the city on Thursday night."),
        }
    )
    [finding] = of_rule(report, "date.")
    assert {"on Friday night", "on Thursday night"} <= texts(finding)

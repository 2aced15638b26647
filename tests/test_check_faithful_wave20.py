"""`check` (issue 14, session 20): faithful sentences of kinds nine tune summaries were rejected
for, rebuilt here with invented reports, and the wrong sentences next to them that must still fail.

- a weekday written with a yearless day far from the report's date picks the year it fits
  when the sentence tells a plan ("would be held on Saturday, October 14" in January 2023 is 14
  October 2023), but a day near the date keeps its year, a past event's day never moves ("closed
  on Wednesday, November 15", a Tuesday in 2022), and a weekday that does not fit is still a
  wrong weekday (FC202), in check and in review;
- a document's claims are grouped and weighed one by one: its right day is no longer blamed in
  one finding with another of its claims that the sources date otherwise;
- a sum of money named by what it is of: "$946,374 of stock" for "shares worth $946,374" (in a
  clause naming the summary's person), "$21 billion of securities" for "a $21 billion bond
  portfolio" (a broader noun, one way only);
- a noun after a compound adjective is within reach: "eight richly gem-encrusted pieces";
- a margin is not worked out from two figures of a sentence (the rule was too loose: "rose by
  3%" from two shares' 5% and 2%, "a majority of 162" beside the stated "majority of 80");
- a lower bound on a length holds for a whole length above it, within one unit: "more than five
  weeks" for a "six-week span";
- a length under a week after an event is told by the weekdays the sources name ("Friday's
  outage", "trading on Monday": three days), each weekday the day its own report's date makes
  it (a Monday report of ten days later is no three days on), unless those weekdays disagree, X
  is a lone word that a rival's sentence shares, or Y's weekday is a plan's ("would resume").
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from registry_review import reviewed
from summary_check import check_sentence

Cli = Callable[..., Result]


def rules_of(findings: list[dict]) -> set[str]:  # type: ignore[type-arg]
    """The rule ids of findings at major or above."""
    return {f["rule_id"] for f in findings if f["grade"] in ("major", "critical")}


# --- a weekday picks the year of a far yearless day ------------------------------------------------

VOTE = {
    "a.txt": "---\ndate: 2023-01-19\n---\nThe prime minister said the general election would be held on "
    "Saturday, October 14, and that she would step down on February 7.\n",
}


def test_a_far_day_with_its_weekday_takes_the_year_the_weekday_fits(cli: Cli, tmp_path: Path) -> None:
    sentence = "The prime minister said the general election would be held on Saturday, October 14."
    code, findings = check_sentence(cli, tmp_path, VOTE, "2023-01-20", sentence)
    assert code == 0, findings
    assert "FC202" not in {f["rule_id"] for f in findings}


def test_a_weekday_no_year_fits_is_still_wrong(cli: Cli, tmp_path: Path) -> None:
    # 14 October was a Friday in 2022, a Saturday in 2023 and a Monday in 2024: never a Sunday
    sentence = "The prime minister said the general election would be held on Sunday, October 14."
    code, findings = check_sentence(cli, tmp_path, VOTE, "2023-01-20", sentence)
    assert code == 1
    assert "FC202" in rules_of(findings)


def test_a_near_day_keeps_its_year_and_a_wrong_weekday_is_found(cli: Cli, tmp_path: Path) -> None:
    # Saturday 24 June is 2017, a year off: a day after 24 June 2016 the weekday is the slip
    reports = {"a.txt": "---\ndate: 2016-06-24\n---\nThe prime minister resigned on Friday, June 24.\n"}
    code, findings = check_sentence(
        cli, tmp_path, reports, "2016-06-25", "The prime minister resigned on Saturday, June 24."
    )
    assert code == 1
    assert "FC202" in rules_of(findings)


@pytest.mark.parametrize(
    ("published", "day"),
    [
        ("2023-01-19", "2023-10-14"),  # 14 October 2022, the nearer, was a Friday
        ("2022-10-20", "2022-10-14"),  # a week back: the day meant, its weekday fits too
        ("2023-10-20", "2023-10-14"),
    ],
)
def test_extraction_reads_a_far_day_in_the_year_its_weekday_fits(
    cli: Cli, tmp_path: Path, published: str, day: str
) -> None:
    text = tmp_path / "a.txt"
    text.write_text("The election would be held on Saturday, October 14.\n", encoding="utf-8")
    result = cli("extract", str(text), "--published", published, "--format", "json")
    assert result.exit_code == 0, result.output
    [candidate] = [c["claim"] for c in json.loads(result.output)[0]["candidates"]]
    assert candidate["start"] == day, candidate


HARLOW = "The Harlow plant closed on Tuesday, November 15, after 40 years, the company said.\n"


def test_a_past_events_wrong_weekday_does_not_move_its_day_a_year(cli: Cli, tmp_path: Path) -> None:
    # 15 November was a Tuesday in 2022 and a Wednesday in 2023: a closing told in the past in
    # March 2023 is 15 November 2022, and "Wednesday" is a wrong weekday, not a day ahead
    reports = {"a.txt": f"---\ndate: 2023-03-01\n---\n{HARLOW}"}
    sentence = "The Harlow plant closed on Wednesday, November 15, after 40 years."
    code, findings = check_sentence(cli, tmp_path, reports, "2023-03-02", sentence)
    assert code == 1, findings
    assert "FC202" in rules_of(findings)


def test_review_finds_a_past_events_wrong_weekday_not_a_plans(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reports = {
        "ra": ("2023-03-01", HARLOW),
        "rb": (
            "2023-03-01",
            "Workers left the Harlow plant for the last time when it closed on Wednesday, November 15.\n",
        ),
        "rc": (
            "2023-03-01",
            "Ardern announced that the general election would be held on Saturday, October 14.\n",
        ),
    }
    review = reviewed(cli, tmp_path, monkeypatch, reports)
    findings = review["findings"] if isinstance(review, dict) else review
    weekdays = [f for f in findings if f["rule_id"] == "FC202"]
    assert weekdays, findings
    assert not any("October" in json.dumps(f) for f in weekdays), weekdays


# --- a document's claims are weighed one by one ------------------------------------------------------

FERRY = {
    "north.txt": "---\ndate: 2024-03-07\n---\nA ferry carrying 300 people sank off the southern coast on "
    "Wednesday, police said.\n",
    "south.txt": "---\ndate: 2024-03-07\n---\nThe ferry sank on Wednesday near Byeon island, and divers "
    "searched the wreck.\n",
    "east.txt": "---\ndate: 2024-03-07\n---\nRelatives of students killed in the sinking wept as ambulances "
    "took the bodies home today.\n",
}


def test_a_right_day_is_not_blamed_with_another_claim_of_its_frame(cli: Cli, tmp_path: Path) -> None:
    # "8:58am" has no day of its own (the summary's date or the day before): it stands against
    # the sources' Wednesday; "on Wednesday morning" agrees with two reports of three
    sentence = "A ferry sank off the southern coast on Wednesday morning. It sent a distress signal at 8:58am as it sank."
    _, findings = check_sentence(cli, tmp_path, FERRY, "2024-03-08", sentence)
    blamed = {s["text"] for f in findings if f["rule_id"] == "FC201" for s in f["sides"] if s.get("file")}
    assert "on Wednesday morning" not in blamed, findings


# --- a sum of money named by what it is of ------------------------------------------------------------

SALES = {
    "a.txt": "---\ndate: 2017-09-08\n---\nOn Aug. 1, Chief Financial Officer John Grable sold shares worth "
    "$946,374 and Joseph Lorrey sold stock worth $584,099.\n",
    "b.txt": "---\ndate: 2023-03-10\n---\nThe lender had to plug a $1.8 billion hole caused by the sale of a "
    "$21 billion loss-making bond portfolio.\n",
}


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        pytest.param("Grable, the chief financial officer, sold $946,374 of stock.", 0, id="shares-worth"),
        pytest.param("Lorrey sold $946,374 of stock.", 1, id="another-person's-sum"),
        pytest.param("Grable sold $946,374 of bonds.", 1, id="another-thing"),
        pytest.param(
            "The lender lost $1.8 billion on the sale of $21 billion of securities.", 0, id="broader"
        ),
        pytest.param("The lender lost $1.8 billion on the sale of $21 billion of shares.", 1, id="narrower"),
    ],
)
def test_a_sum_named_by_what_it_is_of(cli: Cli, tmp_path: Path, sentence: str, code: int) -> None:
    found, findings = check_sentence(cli, tmp_path, SALES, "2023-03-11", sentence)
    assert found == code, findings


# --- a noun after a compound adjective ----------------------------------------------------------------

HEIST = {
    "a.txt": "---\ndate: 2025-10-19\n---\nThe thieves dropped a crown but fled with eight richly "
    "gem-encrusted pieces from the gallery.\n",
}


@pytest.mark.parametrize(("figure", "code"), [("eight", 0), ("nine", 1)])
def test_a_noun_after_a_compound_adjective(cli: Cli, tmp_path: Path, figure: str, code: int) -> None:
    sentence = f"The thieves fled the gallery with {figure} pieces."
    found, findings = check_sentence(cli, tmp_path, HEIST, "2025-10-20", sentence)
    assert found == code, findings


# --- no margin worked out of two figures (the rule was removed: too loose) ------------------------------


@pytest.mark.parametrize(
    ("source", "sentence"),
    [
        pytest.param(
            "Shares in Acme rose 5% on Tuesday, while the FTSE 100 gained 2%.",
            "Shares in Acme rose by 3% on Tuesday.",
            id="rose-by-two-stocks",
        ),
        pytest.param(
            "The Conservatives won 365 seats and Labour 203 seats, giving Johnson a majority of 80.",
            "Johnson won a majority of 162.",
            id="majority-stated",
        ),
    ],
)
def test_no_margin_from_two_figures(cli: Cli, tmp_path: Path, source: str, sentence: str) -> None:
    reports = {"a.txt": f"---\ndate: 2023-05-10\n---\n{source}\n"}
    found, findings = check_sentence(cli, tmp_path, reports, "2023-05-11", sentence)
    assert found == 1, findings


# --- a lower bound on a length ---------------------------------------------------------------------------

BREACH = {
    "a.txt": "---\ndate: 2017-09-08\n---\nRegulators will scrutinise the board because of the six-week span "
    "between discovery and disclosure.\n",
}


@pytest.mark.parametrize(
    ("words", "code"),
    [
        ("more than five weeks", 0),
        ("more than seven weeks", 1),  # six weeks is not above it
        ("about five weeks", 1),  # a rounding, not a bound: six weeks is whole
        ("more than four weeks", 1),  # true, but more than one week under the source's length
    ],
)
def test_a_lower_bound_on_a_whole_length(cli: Cli, tmp_path: Path, words: str, code: int) -> None:
    sentence = f"The firm found the breach but waited {words} before its disclosure."
    found, findings = check_sentence(cli, tmp_path, BREACH, "2017-09-09", sentence)
    assert found == code, findings


# --- a length under a week told by weekdays ----------------------------------------------------------------

OUTAGE = {
    "a.txt": "---\ndate: 2024-07-19\n---\nA faulty update at Acme caused a global outage on Friday that "
    "grounded flights.\nRival firm Bexo suffered an outage of its own on Tuesday, its spokesman said.\n",
    "b.txt": "---\ndate: 2024-07-23\n---\nAcme shares were down almost 14% in afternoon trading on Monday.\n"
    "Engineers hoped to restore every system on Wednesday.\n",
}


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        pytest.param(
            "Three days after the outage, Acme shares were down almost 14% in afternoon trading.",
            0,
            id="friday-monday",
        ),
        pytest.param(
            "Two days after the outage, Acme shares were down almost 14% in afternoon trading.",
            1,
            id="wrong-length",
        ),
        pytest.param(
            "Six days after the outage, Acme shares were down almost 14% in afternoon trading.",
            1,
            id="rival-outage",
        ),
        pytest.param("Five days after the outage, Acme engineers restored every system.", 1, id="a-hope"),
    ],
)
def test_a_length_under_a_week_told_by_weekdays(cli: Cli, tmp_path: Path, sentence: str, code: int) -> None:
    found, findings = check_sentence(cli, tmp_path, OUTAGE, "2024-07-23", sentence)
    assert found == code, findings


OUTAGE_FRIDAY = "Friday's outage knocked out payments for millions of Zentra customers.\n"


@pytest.mark.parametrize(
    ("published", "said", "sentence"),
    [
        pytest.param(
            "2023-03-14",
            "Zentra stock was down almost 14% in afternoon trading Monday.",
            "Three days after the outage, Zentra stock was down 14% in afternoon trading.",
            id="monday-ten-days-on",
        ),
        pytest.param(
            "2023-03-07",
            "Zentra said trading in its stock would resume on Wednesday after the halt.",
            "Five days after the outage, trading in Zentra stock resumed.",
            id="would-resume",
        ),
        pytest.param(
            "2023-03-07",
            "Zentra wanted trading in its stock to restart on Wednesday.",
            "Five days after the outage, trading in Zentra stock restarted.",
            id="wanted-to-restart",
        ),
    ],
)
def test_weekdays_are_their_own_reports_days_and_a_plan_is_no_day(
    cli: Cli, tmp_path: Path, published: str, said: str, sentence: str
) -> None:
    reports = {
        "a.txt": f"---\ndate: 2023-03-04\n---\n{OUTAGE_FRIDAY}",
        "b.txt": f"---\ndate: {published}\n---\n{said}\n",
    }
    found, findings = check_sentence(cli, tmp_path, reports, "2023-03-15", sentence)
    assert found == 1, findings

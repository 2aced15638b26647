"""`check` on one-sentence summaries (issue 14, session 12): what an editor's faithful sentence
writes must pass, and the one error planted in its twin must fail.

- a quotation an outlet printed word for word is judged by that outlet: against a more
  authoritative source it is minor ("follows"), unless the summary ties it to another event;
- a source date wider than the summary's ("in March") does not make a day the sources date
  otherwise agree;
- "N days after X" holds when the sources date X and what followed that many days apart;
- "said on Sunday that he would visit": the date is the saying's, not the visit's;
- "his first known trip since": a count of one trip, not of what the sentence names nearby;
- "two dozen" is 24.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence

ROOT = Path(__file__).resolve().parent.parent


def bundled(cli: Callable[..., Result], tmp_path: Path, date: str, sentence: str) -> tuple[int, list[dict]]:  # type: ignore[type-arg]
    """Exit code and findings of `check` on one dated sentence against the bundled registry."""
    summary = tmp_path / "summary.md"
    summary.write_text(f"---\ndate: {date}\n---\n\n{sentence}\n", encoding="utf-8")
    result = cli("check", str(summary), "--registry", str(ROOT), "--format", "json")
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.output)["findings"]


# --- quotations: compared with the quotation they reproduce ----------------------------------


def test_an_outlets_words_against_the_reference_are_minor_and_say_so(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    sentence = 'In Beijing that February, he and Xi agreed a "no boundaries" friendship pact.'
    code, findings = bundled(cli, tmp_path, "2022-06-27", sentence)
    assert code == 0, findings
    wording = [f for f in findings if f["rule_id"] == "FC301"]
    assert wording
    assert all(f["grade"] == "minor" for f in wording)
    assert "follows s000" in wording[0]["message"]


def test_an_outlets_words_tied_to_the_event_it_names_pass(cli: Callable[..., Result], tmp_path: Path) -> None:
    # s004 puts "friendship without limits" at Xi's March visit to Moscow; the reference does not
    sentence = 'When Xi came to Moscow in March, the leaders spoke of a "friendship without limits".'
    code, findings = bundled(cli, tmp_path, "2023-08-30", sentence)
    assert code == 0, findings
    assert {f["grade"] for f in findings if f["rule_id"] in ("FC301", "FC302")} <= {"minor"}


def test_an_outlets_words_moved_to_another_event_fail(cli: Callable[..., Result], tmp_path: Path) -> None:
    # "no boundaries" is s000's wording of the February 2022 pact, not of the March 2023 visit
    sentence = 'During Xi\'s visit to Moscow in March, the leaders spoke of a "no boundaries" friendship.'
    code, findings = bundled(cli, tmp_path, "2023-08-30", sentence)
    assert code == 1
    assert any(f["rule_id"] == "FC302" and f["grade"] == "major" for f in findings), findings


# --- invented reports, checked with --source ----------------------------------------------------

REPORTS = {
    "herald.txt": "Bridge falls in Carvel\n\nThe new Carvel footbridge was opened on 2 March 2024 by "
    "the mayor. The footbridge collapsed on Saturday, March 16, 2024, killing four people.\n",
    "courier.txt": "Carvel bridge collapse\n\nThe Carvel footbridge collapsed in March 2024. Rescuers "
    "said more than two dozen people were pulled from the river.\n",
    "gazette.txt": "Carvel mourns\n\nThe footbridge in Carvel came down in March 2024, four people died. "
    "The council said on Monday, March 18, 2024, that the minister would visit the town on Friday.\n",
}


@pytest.fixture
def check(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Callable[[str], int]:
    """check --source on one sentence dated 2024-03-20, from an empty folder: its exit code."""
    monkeypatch.chdir(tmp_path)
    return lambda sentence: check_sentence(cli, tmp_path, REPORTS, "2024-03-20", sentence)[0]


FAITHFUL = [
    "The footbridge collapsed two weeks after it was opened on March 2.",
    "Two weeks after the mayor opened it, the Carvel footbridge collapsed.",
    "The Carvel footbridge collapsed on March 16, killing four people.",
    "The Carvel footbridge collapsed in March, killing four people.",  # wider than the sources: fine
    "More than two dozen people were pulled from the river.",
]


@pytest.mark.parametrize("sentence", FAITHFUL)
def test_faithful_sentences_pass(check: Callable[[str], int], sentence: str) -> None:
    assert check(sentence) == 0


WRONG = [
    "The footbridge collapsed three weeks after it was opened on March 2.",  # 14 days, not 21
    "Two days after the mayor opened it, the Carvel footbridge collapsed.",
    "The Carvel footbridge collapsed on March 17, killing four people.",  # a day late
    "More than three dozen people were pulled from the river.",  # 36, not 24
]


@pytest.mark.parametrize("sentence", WRONG)
def test_planted_errors_fail(check: Callable[[str], int], sentence: str) -> None:
    assert check(sentence) == 1


def test_a_day_the_sources_give_only_as_a_month_is_not_borne_out_by_the_month(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # two reports say "in March 2024", one says March 16: the month does not outvote the day
    monkeypatch.chdir(tmp_path)
    sentence = "The Carvel footbridge collapsed on March 15, 2024."
    code, findings = check_sentence(cli, tmp_path, REPORTS, "2024-03-20", sentence)
    assert code == 1
    assert {"FC201", "FC602"} & {f["rule_id"] for f in findings}, findings


# --- the bundled registry: a date after a speech verb, "first ... since" ------------------------


def test_said_on_a_day_dates_the_saying_not_the_trip(cli: Callable[..., Result], tmp_path: Path) -> None:
    sentence = "State television said on Sunday that Putin would go to Tajikistan and Turkmenistan this week."
    code, findings = bundled(cli, tmp_path, "2022-06-27", sentence)
    assert code == 0, findings
    # the trip itself moved to the Sunday is still a wrong date
    code, findings = bundled(cli, tmp_path, "2022-06-27", "Putin left for Tajikistan on Sunday, June 26.")
    assert code == 1


def test_a_first_known_trip_is_not_a_count_of_the_countries_near_it(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    sentence = (
        "State television said Putin would visit two nations, his first known trip abroad since the invasion."
    )
    code, findings = bundled(cli, tmp_path, "2022-06-27", sentence)
    assert code == 0, findings
    assert not [f for f in findings if f["rule_id"].startswith("FC1")], findings


# --- "a dozen" alone is a quantifier, "two dozen" a figure ---------------------------------------


def in_folder(
    cli: Callable[..., Result], folder: Path, monkeypatch: pytest.MonkeyPatch, reports: dict[str, str]
) -> Callable[[str, str], tuple[int, list[dict]]]:  # type: ignore[type-arg]
    """check --source (these reports) on a sentence of a date, from `folder`: exit and findings."""
    monkeypatch.chdir(folder)
    return lambda date, sentence: check_sentence(cli, folder, reports, date, sentence)


FLOOD = {
    "wire.txt": "Floods in Tarrow\n\nFlash floods swept through Tarrow on Tuesday, May 7, 2024, killing "
    "14 people and destroying 300 homes.\n",
}


@pytest.mark.parametrize(
    "sentence",
    [
        "More than a dozen people died in the Tarrow floods.",
        "A dozen people died in the Tarrow floods.",
        "About a dozen people died in the Tarrow floods.",
        "At least a dozen people died in the Tarrow floods.",
        "Over a dozen people died in the Tarrow floods.",
    ],
)
def test_a_dozen_alone_is_a_quantifier_not_the_figure_12(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    code, findings = in_folder(cli, tmp_path, monkeypatch, FLOOD)("2024-05-09", sentence)
    assert code == 0, findings


def test_two_dozen_is_still_24(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sentence = "Two dozen people died in the Tarrow floods."
    code, findings = in_folder(cli, tmp_path, monkeypatch, FLOOD)("2024-05-09", sentence)
    assert code == 1
    assert any(f["rule_id"] == "FC602" for f in findings), findings


# --- "N days after X": only days the texts write out, one to a sentence, two words each side ------


@pytest.mark.parametrize("no_cache", ["", "1"])
def test_days_after_reads_the_same_days_from_the_store_and_the_yaml(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_cache: str
) -> None:
    # no source says Putin was hospitalised: "Putin" alone in a dated sentence bears nothing out
    if no_cache:
        monkeypatch.setenv("FACTCHECK_NO_CACHE", no_cache)
    sentence = "Three days after Russian state television announced the trip, Putin was hospitalised."
    code, findings = bundled(cli, tmp_path, "2022-06-29", sentence)
    assert code == 1, findings


OPENING = {
    "herald.txt": "Carvel bridge\n\nThe Carvel footbridge was opened on 2 March 2024 by the mayor.\n",
    "courier.txt": "Carvel collapse\n\nThe Carvel footbridge collapsed on Saturday, March 16, 2024, and the "
    "mayor resigned on March 19.\n",
}


@pytest.mark.parametrize(
    ("reports", "sentence"),
    [
        # 2 to 19 March is 17 days, but the 19th is the resignation's, not the collapse's
        (OPENING, "Seventeen days after the mayor opened it, the Carvel footbridge collapsed."),
        # a negated sentence gets no length from the dates
        (REPORTS, "Two weeks after the mayor opened it, the Carvel footbridge had not collapsed."),
    ],
)
def test_days_after_is_not_borne_out_by_a_sentence_writing_two_days_nor_for_a_negation(
    cli: Callable[..., Result],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    reports: dict[str, str],
    sentence: str,
) -> None:
    code, findings = in_folder(cli, tmp_path, monkeypatch, reports)("2024-03-20", sentence)
    assert code == 1, findings

"""`check` (issue 14, session 14): faithful sentences of real multi-outlet stories that failed,
rebuilt here with invented reports, and the planted errors next to them that must still fail.

- a bare figure counts the noun of the partitive "of" after it ("some 40,000 of the operator's
  passengers"): a source counting those passengers bears it out;
- people counted with a verb of their own that names no listed role ("60,000 people gathered")
  bear out the same figure of people in a state ("60,000 people attended"), not of the dead;
- a day the sources state only from the day they speak from ("this morning" in a report of 14
  March, "yesterday" in one of 15 March) bears out the summary's "March 14", where the source
  sentence is about the summary sentence's event; registry and `--source`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence, check_with_registry, registry_from

from factcheck.link.figures import partitive_noun

Cli = Callable[..., Result]


def fc602(findings: list[dict]) -> list[str]:  # type: ignore[type-arg]
    """The messages of FC602 findings above info."""
    return [f["message"] for f in findings if f["rule_id"] == "FC602" and f["grade"] != "info"]


# --- a partitive "of" says what a bare figure counts ---------------------------------------------------

OPERATOR = {
    "a.txt": "The tour operator collapsed overnight. It has 40,000 holidaymakers abroad, including "
    "12,000 from Ireland.\n",
    "b.txt": "Officials said the operator had 40,000 global passengers in-resort when it failed, and "
    "flights home would run for two weeks.\n",
}


@pytest.mark.parametrize(
    ("prose", "noun"),
    [
        ("some 40,000 of the operator's passengers were abroad", "passengers"),
        ("some 40,000 of its British passengers were abroad", "passengers"),
        ("about 300 of them were abroad", ""),  # a pronoun names nothing
        ("some 40 of whom were abroad", ""),
        ("21,000 of the 90,000 passengers", ""),  # a figure of the whole: not this figure's noun
    ],
)
def test_the_partitive_noun_of_a_bare_figure(prose: str, noun: str) -> None:
    end = prose.index(" of")
    assert partitive_noun(prose, end) == noun


def test_a_partitive_noun_meets_the_sources_count(cli: Cli, tmp_path: Path) -> None:
    sentence = "When it failed, some 40,000 of the operator's passengers were abroad."
    code, findings = check_sentence(cli, tmp_path, OPERATOR, "", sentence)
    assert code == 0, fc602(findings)


def test_a_partitive_noun_no_source_counts_is_still_unsupported(cli: Cli, tmp_path: Path) -> None:
    sentence = "When it failed, some 40,000 of the operator's pilots were abroad."
    code, findings = check_sentence(cli, tmp_path, OPERATOR, "", sentence)
    assert code == 1
    assert any("40,000" in m for m in fc602(findings))


# --- people gathered, people attended -------------------------------------------------------------------

RALLY = {"a.txt": "Police said about 60,000 people gathered for the rally in the capital on Sunday.\n"}


def test_people_gathered_bear_out_people_who_attended(cli: Cli, tmp_path: Path) -> None:
    sentence = "About 60,000 people attended the rally in the capital on Sunday."
    code, findings = check_sentence(cli, tmp_path, RALLY, "", sentence)
    assert code == 0, fc602(findings)


def test_people_gathered_do_not_bear_out_the_dead(cli: Cli, tmp_path: Path) -> None:
    sentence = "About 60,000 people died at the rally in the capital on Sunday."
    code, findings = check_sentence(cli, tmp_path, RALLY, "", sentence)
    assert code == 1
    assert any("60,000" in m for m in fc602(findings))


# --- the day a report speaks from ------------------------------------------------------------------------

RESIGNATION = {
    "a": "Speaking outside the town hall this morning, Mayor Ilse Brandt said she would resign "
    "after eleven years in office.\n",
    "b": "Shops in the old town opened late today because of a water leak, the council said.\n",
}
SAID = "On the morning of Friday, March 14, Mayor Ilse Brandt announced outside the town hall that she would resign."


def _reports(texts: dict[str, str]) -> dict[str, str]:
    return {f"{name}.txt": text for name, text in texts.items()}


def test_this_morning_in_a_report_of_the_day_bears_out_the_day(cli: Cli, tmp_path: Path) -> None:
    code, findings = check_sentence(cli, tmp_path, _reports(RESIGNATION), "2025-03-14", SAID)
    assert code == 0, fc602(findings)


def test_another_day_is_still_unsupported(cli: Cli, tmp_path: Path) -> None:
    sentence = SAID.replace("Friday, March 14", "Thursday, March 13")
    code, findings = check_sentence(cli, tmp_path, _reports(RESIGNATION), "2025-03-14", sentence)
    assert code == 1
    assert fc602(findings)


def test_today_said_of_another_event_bears_out_nothing(cli: Cli, tmp_path: Path) -> None:
    sentence = "On Friday, March 14, the regional parliament passed its budget for the coming year."
    reports = {"b.txt": RESIGNATION["b"]}
    code, findings = check_sentence(cli, tmp_path, reports, "2025-03-14", sentence)
    assert code == 1
    assert any("March 14" in m for m in fc602(findings))


def test_yesterday_in_a_report_of_the_next_day_bears_out_the_day(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = {"a": RESIGNATION["a"].replace("this morning", "yesterday")}
    registry_from(cli, tmp_path, monkeypatch.chdir, texts, "2025-03-15")
    code, findings = check_with_registry(
        cli, tmp_path / "reg", tmp_path / "reg" / "rules", SAID, "2025-03-15"
    )
    assert code == 0, fc602(findings)
    wrong = SAID.replace("Friday, March 14", "Saturday, March 15")
    code, findings = check_with_registry(
        cli, tmp_path / "reg", tmp_path / "reg" / "rules", wrong, "2025-03-15"
    )
    assert code == 1


# --- a name after an elided particle ---------------------------------------------------------------------

VERDICT = {"a.txt": "“The time has come,” Judge Helen O’Brien told the defendant, and she denied him bail.\n"}


def test_a_name_with_an_elided_particle_no_source_has_is_unsupported(cli: Cli, tmp_path: Path) -> None:
    sentence = '"The time has come," O\'Donnell told the defendant, and she denied him bail.'
    _, findings = check_sentence(cli, tmp_path, VERDICT, "", sentence)
    assert any("O'Donnell" in f["message"] for f in findings if f["grade"] != "info")


def test_the_same_name_with_the_other_apostrophe_is_supported(cli: Cli, tmp_path: Path) -> None:
    sentence = '"The time has come," O\'Brien told the defendant, and she denied him bail.'
    code, findings = check_sentence(cli, tmp_path, VERDICT, "", sentence)
    assert code == 0, [f["message"] for f in findings if f["grade"] != "info"]


# --- an upper bound stands for the figures it rounds up -----------------------------------------------------

BREACH = {
    "a.txt": "The firm was accused of obtaining the data of up to 87 million Facebook users without "
    "their consent.\n",
}


def test_an_upper_bound_stands_for_the_sources_figure(cli: Cli, tmp_path: Path) -> None:
    sentence = "The firm obtained the data of up to 87 million Facebook users."
    code, findings = check_sentence(cli, tmp_path, BREACH, "", sentence)
    assert code == 0, fc602(findings)


def test_an_upper_bound_below_the_sources_figure_is_unsupported(cli: Cli, tmp_path: Path) -> None:
    sentence = "The firm obtained the data of up to 78 million Facebook users."
    code, findings = check_sentence(cli, tmp_path, BREACH, "", sentence)
    assert code == 1
    assert any("78 million" in m for m in fc602(findings))


# --- what must still fail: invented to fool the rules above ----------------------------------------------


def test_today_of_the_telling_bears_out_no_other_day(cli: Cli, tmp_path: Path) -> None:
    reports = {
        "a.txt": "The coastguard said today that the fire on the ferry had started in the engine room.\n"
    }
    sentence = "The fire on the ferry started in the engine room on Friday, June 14, the coastguard said."
    code, findings = check_sentence(cli, tmp_path, reports, "2024-06-14", sentence)
    assert code == 1
    assert any("June 14" in m for m in fc602(findings))


def test_a_partitive_noun_counted_by_another_figure_is_unsupported(cli: Cli, tmp_path: Path) -> None:
    reports = {
        "a.txt": "About 2,300 workers lost their jobs, and the company's 150 suppliers were left unpaid, "
        "the administrators said.\n"
    }
    sentence = "When it closed, some 2,300 of the company's suppliers were left unpaid."
    code, findings = check_sentence(cli, tmp_path, reports, "", sentence)
    assert code == 1
    assert any("2,300" in m for m in fc602(findings))


def test_people_gathered_at_another_event_bear_out_no_one_aboard(cli: Cli, tmp_path: Path) -> None:
    reports = {"a.txt": "Police said 300 people gathered on the pier to protest against the fare rise.\n"}
    code, findings = check_sentence(
        cli, tmp_path, reports, "", "300 people were aboard the ferry when it left the pier."
    )
    assert code == 1
    assert any("300" in m for m in fc602(findings))


def test_a_partitive_noun_meets_the_sources_own_partitive(cli: Cli, tmp_path: Path) -> None:
    reports = {"a.txt": "The cakes were painstakingly created by 14 of the country's top cake artists.\n"}
    sentence = "The cakes were created by 14 of the country's top cake artists."
    code, findings = check_sentence(cli, tmp_path, reports, "", sentence)
    assert code == 0, fc602(findings)

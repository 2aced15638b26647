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


# --- people gathered, people attended -------------------------------------------------------------------

RALLY = {"a.txt": "Police said about 60,000 people gathered for the rally in the capital on Sunday.\n"}


# --- the day a report speaks from ------------------------------------------------------------------------

RESIGNATION = {
    "a": "Speaking outside the town hall this morning, Mayor Ilse Brandt said she would resign "
    "after eleven years in office.\n",
    "b": "Shops in the old town opened late today because of a water leak, the council said.\n",
}
SAID = "On the morning of Friday, March 14, Mayor Ilse Brandt announced outside the town hall that she would resign."
# the same place, two events of two days (review of session 14): "yesterday" dates the inspectors' visit
FERRY = {
    "a": "Safety inspectors toured the Harlow ferry terminal yesterday, the port authority said. The ferry "
    "Northern Star ran aground near the Harlow ferry terminal this morning, and 212 passengers were taken ashore.\n",
}
AGROUND = (
    "The ferry Northern Star ran aground near the Harlow ferry terminal on June 10, 2025, and 212 "
    "passengers were taken ashore."
)
MILL = {
    "c": "Fire investigators visited the Delmont paper mill today. The blaze there on Monday destroyed "
    "a warehouse.\n"
}


def _reports(texts: dict[str, str], date: str = "") -> dict[str, str]:
    """`--source` files, dated `date` in their front matter (undated when it is "")."""
    front = f"---\ndate: {date}\n---\n" if date else ""
    return {f"{name}.txt": front + text for name, text in texts.items()}


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


# --- an upper bound stands for the figures it rounds up -----------------------------------------------------

BREACH = {
    "a.txt": "The firm was accused of obtaining the data of up to 87 million Facebook users without "
    "their consent.\n",
}


# --- each sentence through the real CLI: the faithful pass; the wrong fail (some invented to fool the
# rules above: a day-word of the telling, a partitive noun another figure counts, another crowd)


@pytest.mark.parametrize(
    ("reports", "date", "sentence"),
    [
        pytest.param(
            OPERATOR,
            "",
            "When it failed, some 40,000 of the operator's passengers were abroad.",
            id="a partitive noun meets the sources count",
        ),
        pytest.param(
            RALLY,
            "",
            "About 60,000 people attended the rally in the capital on Sunday.",
            id="people gathered bear out people who attended",
        ),
        pytest.param(
            _reports(RESIGNATION, "2025-03-14"),
            "2025-03-14",
            SAID,
            id="this morning in a report of the day bears out the day",
        ),
        pytest.param(
            _reports(FERRY, "2025-06-10"),
            "2025-06-10",
            AGROUND,
            id="this morning of the same event bears out the day",
        ),
        pytest.param(
            VERDICT,
            "",
            '"The time has come," O\'Brien told the defendant, and she denied him bail.',
            id="the same name with the other apostrophe is supported",
        ),
        pytest.param(
            BREACH,
            "",
            "The firm obtained the data of up to 87 million Facebook users.",
            id="an upper bound stands for the sources figure",
        ),
        pytest.param(
            {"a.txt": "Some 2,400 Norvale Bank staff were told to reset their passwords on Friday.\n"},
            "",
            "Up to 2,500 Norvale Bank staff were told to reset their passwords.",
            id="an upper bound holds for an approximate figure under it",
        ),
        pytest.param(
            {"a.txt": "About 3,000 protesters gathered outside the parliament in Valmora.\n"},
            "",
            "Fewer than 3,500 protesters gathered outside the parliament in Valmora.",
            id="fewer than holds for an approximate figure under it",
        ),
        pytest.param(
            {"a.txt": "The cakes were painstakingly created by 14 of the country's top cake artists.\n"},
            "",
            "The cakes were created by 14 of the country's top cake artists.",
            id="a partitive noun meets the sources own partitive",
        ),
    ],
)
def test_a_faithful_sentence_passes(
    cli: Cli, tmp_path: Path, reports: dict[str, str], date: str, sentence: str
) -> None:
    code, findings = check_sentence(cli, tmp_path, reports, date, sentence)
    assert code == 0, fc602(findings)


@pytest.mark.parametrize(
    ("reports", "date", "sentence", "value"),
    [
        pytest.param(
            OPERATOR,
            "",
            "When it failed, some 40,000 of the operator's pilots were abroad.",
            "40,000",
            id="a partitive noun no source counts is still unsupported",
        ),
        pytest.param(
            RALLY,
            "",
            "About 60,000 people died at the rally in the capital on Sunday.",
            "60,000",
            id="people gathered do not bear out the dead",
        ),
        pytest.param(
            _reports(RESIGNATION, "2025-03-14"),
            "2025-03-14",
            SAID.replace("Friday, March 14", "Thursday, March 13"),
            "March 13",
            id="another day is still unsupported",
        ),
        pytest.param(
            _reports(FERRY, "2025-06-10"),
            "2025-06-10",
            AGROUND.replace("June 10", "June 9"),
            "June 9",
            id="yesterday of another event at the same place bears out nothing",
        ),
        pytest.param(
            _reports(MILL, "2025-03-11"),
            "2025-03-12",
            "A fire broke out at the Delmont paper mill on March 11, 2025.",
            "March 11",
            id="today of a visit to the same place bears out no fire",
        ),
        pytest.param(
            _reports(
                {"a": "A fire broke out at a bakery in Ghent this morning, and firefighters put it out.\n"},
                "2025-04-02",
            ),
            "2025-04-02",
            "A fire broke out at the Brandt warehouse in Ostend on April 2, 2025.",
            "April 2",
            id="today of the same kind of event elsewhere bears out nothing",
        ),
        pytest.param(
            _reports(
                {"b": "The ferry Northern Star was inspected at Harlow yesterday after a steering fault.\n"},
                "2025-04-02",
            ),
            "2025-04-02",
            "The ferry Northern Star was towed to Harlow on April 1, 2025.",
            "April 1",
            id="yesterday of another thing done to the same ferry bears out nothing",
        ),
        pytest.param(
            _reports(RESIGNATION),
            "2025-03-14",
            SAID,
            "March 14",
            id="an undated source's this morning dates nothing",
        ),
        pytest.param(
            _reports(MILL),
            "2025-03-12",
            "A fire broke out at the Delmont paper mill on March 12, 2025.",
            "March 12",
            id="an undated source's today is not the summary's day",
        ),
        pytest.param(
            _reports(
                {"b": "A fire broke out at the Delmont paper mill yesterday, forcing 40 workers to leave.\n"}
            ),
            "2025-03-12",
            "A fire broke out at the Delmont paper mill on March 11, 2025.",
            "March 11",
            id="an undated source's yesterday is not the day before the summary's",
        ),
        pytest.param(
            _reports({"b": RESIGNATION["b"]}, "2025-03-14"),
            "2025-03-14",
            "On Friday, March 14, the regional parliament passed its budget for the coming year.",
            "March 14",
            id="today said of another event bears out nothing",
        ),
        pytest.param(
            BREACH,
            "",
            "The firm obtained the data of up to 78 million Facebook users.",
            "78 million",
            id="an upper bound below the sources figure is unsupported",
        ),
        pytest.param(
            {"a.txt": "Norvale Bank employs 340 people at its call centre in Leeds.\n"},
            "",
            "The bank moved some 340 of its customers to the call centre in Leeds.",
            "340",
            id="a partitive noun of other people meets no workforce",
        ),
        pytest.param(
            {"a.txt": "Some 2,400 Norvale Bank staff were told to reset their passwords.\n"},
            "",
            "The bank told some 2,400 of its customers to reset their passwords.",
            "2,400",
            id="a partitive noun of other people meets no staff figure",
        ),
        pytest.param(
            {"a.txt": "More than 2,400 Norvale Bank staff were told to reset their passwords on Friday.\n"},
            "",
            "Up to 2,500 Norvale Bank staff were told to reset their passwords.",
            "2,500",
            id="an upper bound does not hold for a lower bound under it",
        ),
        pytest.param(
            {"a.txt": "About 2,000 protesters gathered outside the parliament in Valmora.\n"},
            "",
            "Fewer than 3,500 protesters gathered outside the parliament in Valmora.",
            "3,500",
            id="an upper bound far above an approximate figure is unsupported",
        ),
        pytest.param(
            {
                "a.txt": "The coastguard said today that the fire on the ferry had started in the engine room.\n"
            },
            "2024-06-14",
            "The fire on the ferry started in the engine room on Friday, June 14, the coastguard said.",
            "June 14",
            id="today of the telling bears out no other day",
        ),
        pytest.param(
            {
                "a.txt": "About 2,300 workers lost their jobs, and the company's 150 suppliers were left unpaid, "
                "the administrators said.\n"
            },
            "",
            "When it closed, some 2,300 of the company's suppliers were left unpaid.",
            "2,300",
            id="a partitive noun counted by another figure is unsupported",
        ),
        pytest.param(
            {"a.txt": "Police said 300 people gathered on the pier to protest against the fare rise.\n"},
            "",
            "300 people were aboard the ferry when it left the pier.",
            "300",
            id="people gathered at another event bear out no one aboard",
        ),
    ],
)
def test_a_wrong_sentence_fails(
    cli: Cli, tmp_path: Path, reports: dict[str, str], date: str, sentence: str, value: str
) -> None:
    code, findings = check_sentence(cli, tmp_path, reports, date, sentence)
    assert code == 1, findings
    assert any(value in m for m in fc602(findings)), findings

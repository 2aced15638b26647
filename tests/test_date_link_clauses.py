"""A summary's date is linked to the event whose clause holds it (`link/linking.py` `_link_date`,
`_in_dates_clause`): not to an event named in a phrase counting from another event ("his first
trip abroad since the invasion this week"), nor to an event a qualifier makes another occurrence
of ("his last known trip abroad was to Beijing in early February"). Each counter-example below
keeps a wrong date of the event the words do name failing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_with_registry, one_report_registry, span_at

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "factcheck" / "rules" / "standard"

REPORT = (
    "Russia's invasion of Ukraine began on 24 February.\n"
    "Putin left Moscow for Dushanbe on 28 June, his first trip abroad since the invasion.\n"
    "The Minsk summit was held on 20 June.\n"
    "A blast hit the Korsa depot on 12 June.\n"
)
SOURCES = """sources:
  - {id: a, file: a.txt, title: Trip, outlet: null, language: en, tier: news,
     published: {start: 2022-06-29, end: 2022-06-29, precision: day, basis: dated}}
"""
SUBJECTS = """subjects:
  - {id: invasion-2022, kind: event, description: "Russia's invasion of Ukraine begins",
     cues: [invasion, invaded]}
  - {id: trip-2022, kind: event, description: "Putin leaves for Dushanbe",
     cues: [trip, trip abroad, visit, left, Dushanbe]}
  - {id: summit-2022, kind: event, description: "The Minsk summit", cues: [summit, Minsk]}
  - {id: blast-2022, kind: event, description: "The blast at the Korsa depot", cues: [blast, Korsa]}
"""
DAYS = {
    "invasion-2022": ("24 February", "2022-02-24"),
    "trip-2022": ("28 June", "2022-06-28"),
    "summit-2022": ("20 June", "2022-06-20"),
    "blast-2022": ("12 June", "2022-06-12"),
}


def _registry(folder: Path) -> Path:
    claims = "".join(
        f'  - {{id: a.{event}, kind: date, text: "{words}", span: {span_at(REPORT, words)}, '
        f"event: {event}, start: {day}, end: {day}, precision: day}}\n"
        for event, (words, day) in DAYS.items()
    )
    return one_report_registry(folder, REPORT, SOURCES, SUBJECTS, claims)


def _check(
    cli: Callable[..., Result], tmp_path: Path, sentence: str, date: str = "2022-06-29"
) -> tuple[int, list[dict]]:  # type: ignore[type-arg]
    return check_with_registry(cli, _registry(tmp_path / "reg"), RULES, sentence, date)


@pytest.mark.parametrize(
    "sentence",
    [
        # the date of the sentence's verb, after a phrase counting from the invasion
        "Putin would make his first known trip abroad since the invasion of Ukraine this week.",
        # a date before "since": the trip's, not the invasion's
        "On 28 June Putin made his first trip abroad since the invasion.",
        # "last ... trip": another trip than the one the registry dates
        "Before the war, Putin's last known trip abroad was to Beijing in early February.",
        "His previous visit abroad was in early February.",
        # "first trip since a visit": the visit in the phrase is another trip
        "It was his first trip abroad since a visit to Beijing in early February.",
        # two events in two clauses, both dates right
        "Putin left for Dushanbe on 28 June, after the summit in Minsk on 20 June.",
        "Since the invasion on 24 February, Putin had stayed in Russia.",
    ],
)
def test_a_date_is_not_given_to_an_event_its_clause_does_not_hold(
    cli: Callable[..., Result], tmp_path: Path, sentence: str
) -> None:
    code, findings = _check(cli, tmp_path, sentence)
    assert code == 0, findings


@pytest.mark.parametrize(
    "sentence",
    [
        # the date in the phrase is the anchored event's own: written wrong, it fails
        "Putin made his first trip abroad since the invasion on 25 February.",
        "Since the invasion on 25 February, Putin had stayed in Russia.",
        # "last week's summit" is the summit named by its week, not another summit
        "Last week's summit in Minsk was held on 21 June.",
        # two events in two clauses, one date wrong
        "Putin left for Dushanbe on 29 June, after the summit in Minsk on 20 June.",
        "Putin left for Dushanbe on 28 June, after the summit in Minsk on 22 June.",
        # what befell people in the date's clause dates the event after "after"
        "Two guards were killed on 14 June after a blast hit the Korsa depot.",
        # the phrase after "since" names no event the registry dates: the date is the trip's
        "Putin left Moscow for the first time since the start of the war on Wednesday, 29 June, when he flew out.",
        # a qualifier of the week, not of the trip
        "Putin left for Dushanbe last week on 26 June.",
    ],
)
def test_a_wrong_date_of_the_event_the_clause_names_still_fails(
    cli: Callable[..., Result], tmp_path: Path, sentence: str
) -> None:
    code, findings = _check(cli, tmp_path, sentence)
    assert code == 1, findings
    assert any(f["rule_id"] == "FC201" for f in findings), findings

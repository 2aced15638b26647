"""What a date beside a duration or a quotation dates (`link/linking.py`): a duration's own words
name one of its ends ("hours before the opening ceremony" ends at the opening), and that end is
never swapped for the event its sentence dates; a date in a clause that counts from another event
("since the election on 9 February") dates that event, not the words quoted beside it. Both
rejected faithful summaries (issue #14: a consistent summary rejected is the gate's worst
failure). Invented registry; the wrong dates and the misattributed quotation still fail."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_with_registry, one_report_registry, span_at

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "factcheck" / "rules" / "standard"

REPORT = (
    "The trade minister leaves for Dunmore on 28 June, her first trip abroad since the election on "
    "9 February. Her last foreign trip was to Corvale on 3 March, when she arrived hours before "
    "the opening ceremony of the Corvale Expo and signed a shipping pact. In Dunmore she will call the port deal "
    'a "common responsibility" of both nations.\n'
)
QUOTED = 'a "common responsibility" of both nations'
SOURCES = """sources:
  - {id: a, file: a.txt, title: Minister, outlet: null, language: en, tier: news,
     published: {start: 2025-06-27, end: 2025-06-27, precision: day, basis: dated}}
"""
SUBJECTS = """subjects:
  - {id: trip-2025.start, kind: event, description: "The minister leaves for Dunmore",
     cues: [trip, leaves, left, "foreign trip", "trip abroad", Dunmore]}
  - {id: corvale-visit-2025, kind: event, description: "The minister's visit to Corvale",
     cues: [Corvale, Expo]}
  - {id: pact-signing-2025, kind: event, description: "The shipping pact is signed",
     cues: [signed, pact]}
  - {id: expo-opening-2025, kind: event, description: "Opening ceremony of the Corvale Expo",
     cues: [opening ceremony]}
  - {id: election-2025, kind: event, description: "The election", cues: [election, elected]}
  - {id: visit.lead-to-expo, kind: quantity, unit: days, description: "Arrival to the Expo's opening",
     cues: [hours before]}
  - {id: minister.common-responsibility, kind: statement, description: "The port deal, a common
     responsibility", cues: [common responsibility]}
"""


def _registry(folder: Path) -> Path:
    def at(words: str) -> str:
        return span_at(REPORT, words)

    def day(cid: str, words: str, event: str, date: str) -> str:
        return (
            f'  - {{id: a.{cid}, kind: date, text: "{words}", span: {at(words)}, event: {event}, '
            f"start: {date}, end: {date}, precision: day}}\n"
        )

    claims = (
        day("trip", "28 June", "trip-2025.start", "2025-06-28")
        + day("election", "9 February", "election-2025", "2025-02-09")
        + day("visit", "3 March", "corvale-visit-2025", "2025-03-03")
        + day("signing", "3 March", "pact-signing-2025", "2025-03-03")
        + '  - {id: a.lead, kind: duration, text: "hours before the opening ceremony", '
        f"span: {at('hours before the opening ceremony')}, subject: visit.lead-to-expo, "
        "from_event: corvale-visit-2025, to_event: expo-opening-2025, unit: days, low: 0, high: 1}\n"
        "  - {id: a.quote, kind: quote, text: 'a \"common responsibility\" of both nations', "
        f"span: {at(QUOTED)}, words: common responsibility, "
        "describes: minister.common-responsibility, event: trip-2025.start, "
        "attributed_date: {date: 2025-06-28, precision: day}}\n"
    )
    return one_report_registry(folder, REPORT, SOURCES, SUBJECTS, claims)


def _check(cli: Callable[..., Result], tmp_path: Path, sentence: str) -> tuple[int, list[dict]]:  # type: ignore[type-arg]
    return check_with_registry(cli, _registry(tmp_path / "reg"), RULES, sentence, "2025-06-27")


@pytest.mark.parametrize(
    "sentence",
    [
        # the duration ends at the opening, which no source dates: the date beside it is the visit's
        "Her last foreign trip was to Corvale on 3 March, where she arrived hours before the opening "
        "ceremony of the Expo.",
        "Her last foreign trip was to Corvale in early March, where she arrived hours before the "
        "opening ceremony of the Expo.",
        # the date is the election's, in the clause counting from it, not the quotation's
        "On her first trip abroad since the election on 9 February, the minister will call the port "
        'deal a "common responsibility" of both nations.',
    ],
)
def test_a_faithful_sentence_with_a_named_end_or_a_since_clause_passes(
    cli: Callable[..., Result], tmp_path: Path, sentence: str
) -> None:
    code, findings = _check(cli, tmp_path, sentence)
    assert code == 0, findings


def test_a_wrong_date_beside_a_before_duration_still_fails(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    code, findings = _check(
        cli,
        tmp_path,
        "Her last foreign trip was to Corvale on 3 May, where she arrived hours before the opening "
        "ceremony of the Expo.",
    )
    assert code == 1, findings
    assert "FC201" in [f["rule_id"] for f in findings]


def test_a_quotation_dated_in_its_own_clause_is_still_misattributed(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    code, findings = _check(
        cli,
        tmp_path,
        'After the election, on 9 February, the minister called the port deal a "common '
        'responsibility" of both nations.',
    )
    assert code == 1, findings
    assert "FC302" in [f["rule_id"] for f in findings]

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
    'a "common responsibility" of both nations. On 3 March she called the pact "fair to both sides, '
    'after years of talks".\n'
)
QUOTED = 'a "common responsibility" of both nations'
FAIR = '"fair to both sides, after years of talks"'
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
  - {id: minister.pact-fair, kind: statement, description: "The pact, fair to both sides",
     cues: [fair to both sides]}
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
        f"  - {{id: a.fair, kind: quote, text: '{FAIR}', span: {at(FAIR)}, "
        "words: 'fair to both sides, after years of talks', describes: minister.pact-fair, "
        "event: pact-signing-2025, attributed_date: {date: 2025-03-03, precision: day}}\n"
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


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ('On 3 March the minister called the pact "fair to both sides, after years of talks".', 0),
        # the comma and "after" inside the quotation start no clause counting from another event:
        # the date is the quotation's, and the election is not the signing
        (
            'The minister called the pact "fair to both sides, after years of talks" at the election on '
            "9 February.",
            1,
        ),
    ],
)
def test_a_comma_inside_the_quotation_starts_no_reference_clause(
    cli: Callable[..., Result], tmp_path: Path, sentence: str, code: int
) -> None:
    exit_code, findings = _check(cli, tmp_path, sentence)
    assert exit_code == code, findings
    assert ("FC302" in [f["rule_id"] for f in findings]) == bool(code), findings


# The duration's named end dated in its own phrase (a Lakeside summit opening on 4 March, a day
# after the arrival on 3 March): that date is the summit's, not the arrival's.
SUMMIT = (
    "Prime Minister Ilse Brandt arrived in Varena on 3 March, a day before the Lakeside summit "
    "opened. The summit opened on 4 March.\n"
)
SUMMIT_SUBJECTS = """subjects:
  - {id: arrival-2025, kind: event, description: "Brandt arrives in Varena", cues: [arrived, landed, arrival]}
  - {id: summit-2025.start, kind: event, description: "Lakeside summit opens",
     cues: [summit opened, opened, summit, opening]}
  - {id: arrival.lead, kind: quantity, unit: days, description: "Arrival ahead of the summit",
     cues: [before the summit]}
"""


def _summit_registry(folder: Path) -> Path:
    lead = "a day before the Lakeside summit opened"
    claims = (
        f'  - {{id: a.arr, kind: date, text: "3 March", span: {span_at(SUMMIT, "3 March")}, '
        "event: arrival-2025, start: 2025-03-03, end: 2025-03-03, precision: day}\n"
        f'  - {{id: a.open, kind: date, text: "4 March", span: {span_at(SUMMIT, "4 March")}, '
        "event: summit-2025.start, start: 2025-03-04, end: 2025-03-04, precision: day}\n"
        f'  - {{id: a.lead, kind: duration, text: "{lead}", span: {span_at(SUMMIT, lead)}, '
        "subject: arrival.lead, from_event: arrival-2025, to_event: summit-2025.start, unit: days, value: 1}\n"
    )
    return one_report_registry(folder, SUMMIT, SOURCES, SUMMIT_SUBJECTS, claims)


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Brandt arrived in Varena a day before the Lakeside summit opened on 4 March.", 0),
        ("Brandt arrived a day before the summit, which opened on 4 March.", 0),
        # the summit's date wrong, equal to the arrival's: not hidden by the duration's other end
        ("Brandt arrived in Varena a day before the Lakeside summit opened on 3 March.", 1),
        ("Brandt landed in Varena hours before the Lakeside summit opened on 3 March.", 1),
        # a date outside the named end's phrase still dates the other end
        ("Brandt arrived in Varena on 3 March, a day before the Lakeside summit opened.", 0),
        ("Brandt arrived in Varena on 4 March, hours before the summit opened.", 1),
    ],
)
def test_a_date_in_the_named_ends_own_phrase_dates_that_end(
    cli: Callable[..., Result], tmp_path: Path, sentence: str, code: int
) -> None:
    registry = _summit_registry(tmp_path / "reg")
    exit_code, findings = check_with_registry(cli, registry, RULES, sentence, "2025-03-07")
    assert exit_code == code, findings
    assert ("FC201" in [f["rule_id"] for f in findings]) == bool(code), findings


@pytest.mark.parametrize(
    "sentence",
    [
        # the date is in an apposition describing the speaker: it dates the election he is
        # described by, not the words quoted later in the sentence
        "The minister, one of the winners at the election on 9 February, will call the port deal a "
        '"common responsibility" of both nations in Dunmore.',
        "The minister, who won the election on 9 February, will call the port deal a "
        '"common responsibility" of both nations in Dunmore.',
        # the date dates a report of what she said, not her words
        "In a bulletin posted at the election on 9 February, an agency reported that the minister "
        'spoke of the port deal as a "common responsibility" of both nations.',
    ],
)
def test_a_date_describing_the_speaker_or_the_report_is_not_the_quotations(
    cli: Callable[..., Result], tmp_path: Path, sentence: str
) -> None:
    code, findings = _check(cli, tmp_path, sentence)
    assert "FC302" not in [f["rule_id"] for f in findings], findings
    assert code == 0, findings


@pytest.mark.parametrize(
    "sentence",
    [
        # the saying itself is dated, before "that": the date is the quotation's
        'After the election, the minister said on 9 February that the port deal was a "common '
        'responsibility" of both nations.',
        # a report of her words with no second verb of speaking: the report's date stands
        "At the election on 9 February, an agency reported that the minister had called the port "
        'deal a "common responsibility" of both nations.',
    ],
)
def test_a_quotation_its_own_clause_dates_is_still_misattributed(
    cli: Callable[..., Result], tmp_path: Path, sentence: str
) -> None:
    code, findings = _check(cli, tmp_path, sentence)
    assert code == 1, findings
    assert "FC302" in [f["rule_id"] for f in findings], findings

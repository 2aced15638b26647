"""A date is linked to the event whose cue its words match most specifically: "the trade summit"
is the event cued "trade summit", not another one cued "summit" alone, though both cues end the
same distance from the date (`link/linking.py` `_link_date`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_with_registry, one_report_registry, span_at

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "factcheck" / "rules" / "standard"

REPORT = (
    "The leaders' summit in Tarvik opens on 14 May, the council said.\n"
    "A trade summit of the region's chambers opens in Vennor on 20 May.\n"
)
SOURCES = """sources:
  - {id: a, file: a.txt, title: Summits, outlet: null, language: en, tier: news,
     published: {start: 2025-05-06, end: 2025-05-06, precision: day, basis: dated}}
"""
# "leaders-summit" sorts before "trade-summit": the tie-break by id alone picked it
SUBJECTS = """subjects:
  - {id: leaders-summit-2025, kind: event, description: "The leaders' summit in Tarvik",
     cues: [summit, Tarvik]}
  - {id: trade-summit-2025, kind: event, description: "The chambers' trade summit in Vennor",
     cues: [trade summit, Vennor]}
"""


def _registry(folder: Path) -> Path:
    def at(words: str) -> str:
        return span_at(REPORT, words)

    claims = (
        f'  - {{id: a.leaders, kind: date, text: "14 May", span: {at("14 May")}, '
        "event: leaders-summit-2025, start: 2025-05-14, end: 2025-05-14, precision: day}\n"
        f'  - {{id: a.trade, kind: date, text: "20 May", span: {at("20 May")}, '
        "event: trade-summit-2025, start: 2025-05-20, end: 2025-05-20, precision: day}\n"
    )
    return one_report_registry(folder, REPORT, SOURCES, SUBJECTS, claims)


def _check(cli: Callable[..., Result], registry: Path, sentence: str) -> tuple[int, list[dict]]:  # type: ignore[type-arg]
    return check_with_registry(cli, registry, RULES, sentence, "2025-05-08")


@pytest.mark.parametrize(
    "sentence",
    [
        "The trade summit opens on 20 May.",
        "The chambers meet at a trade summit on 20 May.",
        "The leaders' summit opens on 14 May.",
    ],
)
def test_a_date_meets_the_event_its_words_name(
    cli: Callable[..., Result], tmp_path: Path, sentence: str
) -> None:
    code, findings = _check(cli, _registry(tmp_path / "reg"), sentence)
    assert code == 0, findings


@pytest.mark.parametrize(
    "sentence",
    [
        "The trade summit opens on 22 May.",  # the trade summit's own date, wrong
        "The leaders' summit opens on 20 May.",  # the other summit's date for this one
    ],
)
def test_a_wrong_date_of_the_named_event_still_fails(
    cli: Callable[..., Result], tmp_path: Path, sentence: str
) -> None:
    code, findings = _check(cli, _registry(tmp_path / "reg"), sentence)
    assert code == 1, findings
    assert any(f["grade"] in ("major", "critical") for f in findings)

"""Dotted 24-hour clocks ("23.50 local time", "16.05 BST", "16.57 (1357 GMT)"), as European and
agency copy writes them: read as clocks only with a zone, or a zoned clock in brackets, after
them; a bare "21.30" may be a price or a figure and stays one."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from factcheck.extract import extract_text
from factcheck.model import DateClaim, DateInterval, Precision, QuantityClaim

TUESDAY = DateInterval(start=dt.date(2018, 7, 24), end=dt.date(2018, 7, 24), precision=Precision.DAY)


def claims(text: str) -> list[object]:
    return [c.claim for c in extract_text(text, published=TUESDAY)]


def clocks(text: str) -> list[DateClaim]:
    return [c for c in claims(text) if isinstance(c, DateClaim) and c.time_start is not None]


@pytest.mark.parametrize(
    ("text", "clock", "offset"),
    [
        # a local clock with its GMT time: one instant, Greece at UTC+3 that summer day
        ("The fire broke out at 16.57 (1357 GMT) on Monday in Mati.", "16:57", 180),
        # one moment in two zones: the BST clock gives the local clock's offset (Beirut, UTC+3)
        ("The blast struck the port at 6.05pm (16.05 BST) on Tuesday.", "18:05", 180),
        ("The explosion rocked the port at 16.05 BST on Tuesday.", "16:05", 60),
        ("The fire broke out at 16.57 (13.57 GMT) on Monday.", "16:57", 180),
        ("The quake struck at 23.50 local time on Monday.", "23:50", None),
    ],
)
def test_a_dotted_24_hour_clock_with_its_zone_is_a_time(text: str, clock: str, offset: int | None) -> None:
    (found,) = clocks(text)
    assert (found.time_start, found.time_end) == (clock, clock)
    assert found.utc_offset == offset
    # its digits are no count
    assert not [c for c in claims(text) if isinstance(c, QuantityClaim) and "." in c.text]


@pytest.mark.parametrize(
    "text",
    [
        "Shares closed at 21.30 on Monday after the fire broke out.",  # a price, no zone
        "The ticket cost £12.50 GMT on Monday.",  # money before it
        "The index rose 3.25 local on Monday.",  # a loose zone word a figure may carry
        "The index fell 12.50 GMT-wide on Monday.",  # a zone word in a compound
        "The vote was 16.57 (1357 votes) in favour on Monday.",  # brackets with no clock
    ],
)
def test_a_dotted_figure_without_a_zone_is_no_clock(text: str) -> None:
    assert clocks(text) == []


@pytest.mark.parametrize(
    ("text", "loads"),
    [
        ("The index rose 21.30 points and the bond paid 3.25 percent.", False),
        ("The quake struck at 23.50 local time.", True),
        ("The fire broke out at 16.57 (1357 GMT).", True),
    ],
)
def test_decimals_alone_do_not_load_the_time_table(
    text: str, loads: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A text with no date and no clock does not parse times.yaml (check's cold start reads many
    such summaries); a decimal figure is no reason to, a dotted reading with a zone after it is."""
    from factcheck.extract import times as times_module
    from factcheck.extract.text import Sentences

    calls: list[int] = []
    real = times_module.default_times

    def counted() -> times_module.TimeTable:
        calls.append(1)
        return real()

    monkeypatch.setattr(times_module, "default_times", counted)
    times_module.find_times(text, None, Sentences(text), [])
    assert bool(calls) is loads


def test_check_passes_a_summary_that_writes_the_sources_clock_dotted(
    tmp_path: Path, cli: Callable[..., Result]
) -> None:
    """`check --source`: a faithful summary writing "23.50 local time" for the source's "11.50pm
    local time" is no unsupported figure "23.5" (it was rejected, FC602); a summary that adds a
    count the source lacks is still caught."""
    source = tmp_path / "source.txt"
    source.write_text(
        "JOHANNESBURG - President Zuma announced Mandela's death at 11.50pm local time on Thursday "
        "in South Africa.\n",
        encoding="utf-8",
    )
    summary = tmp_path / "summary.md"
    summary.write_text("Zuma announced Mandela's death at 23.50 local time on Thursday.\n", encoding="utf-8")
    faithful = cli("check", str(summary), "--source", str(source), "--format", "json")
    assert faithful.exit_code == 0, faithful.output
    summary.write_text(
        "Zuma announced Mandela's death at 23.50 local time; 41 people wept.\n", encoding="utf-8"
    )
    planted = cli("check", str(summary), "--source", str(source), "--format", "json")
    assert planted.exit_code == 1, planted.output
    flagged = [
        side["text"]
        for f in json.loads(planted.stdout)["findings"]
        if f["grade"] != "info"
        for side in f["sides"]
    ]
    assert flagged == ["41 people"]

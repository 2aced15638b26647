"""A running figure's reports in the order an editor should read them: by the interval each
publication time denotes, with figures of unknown order kept together (excerpts of the 2015
Ormoc ferry coverage: tolls of 36 and 38 on 2 July, 38 and 50 on 3 July, 45 in a report dated
only to the month)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

from click.testing import Result

from factcheck.grade.timeline import moment_of, timeline
from factcheck.model import DateInterval, Precision, Side, Tier


def side(source: str, value: str, as_of: str | None) -> Side:
    return Side(
        claim_id=f"{source}-{value}", source=source, tier=Tier.NEWS, text=value, value=value, as_of=as_of
    )


def test_a_month_only_report_is_not_placed_before_the_days_inside_it() -> None:
    sides = [
        side("celebcafe", "45 people", "2015-07"),
        side("guardian", "36 people", "2015-07-02"),
        side("khaleej-times", "50 people", "2015-07-03"),
    ]
    ordered, text = timeline(sides)
    assert [s.source for s in ordered] == ["guardian", "khaleej-times", "celebcafe"]
    assert text == (
        "2015-07-02: 36 people (guardian) → 2015-07-03: 50 people (khaleej-times); "
        "dated only 2015-07, so unordered against the days in it: 45 people (celebcafe)"
    )


def test_same_day_reports_without_times_are_one_step_of_unknown_order() -> None:
    sides = [
        side("khaleej-times", "50 people", "2015-07-03"),
        side("manila-times", "38 people", "2015-07-03"),
        side("straits-times", "38 people", "2015-07-03"),
        side("himalayan-times", "38 people", "2015-07-02"),
    ]
    _, text = timeline(sides)
    # 50 then 38 on one day must not read as a fall from 50 to 38
    assert text == (
        "2015-07-02: 38 people (himalayan-times) → "
        "2015-07-03: 50 people (khaleej-times) / 38 people (manila-times, straits-times) [order unknown]"
    )


def test_timed_reports_of_one_day_are_ordered_by_their_times() -> None:
    sides = [
        side("b", "58 people", "2024-03-05T20:00:00+05:00"),
        side("a", "40 people", "2024-03-05T09:00:00+05:00"),
    ]
    assert (
        timeline(sides)[1] == "2024-03-05T09:00+05:00: 40 people (a) → 2024-03-05T20:00+05:00: 58 people (b)"
    )


def test_a_month_before_every_dated_day_comes_first_and_unknown_times_last() -> None:
    sides = [
        side("x", "10 people", "2015-08-02"),
        side("y", "5 people", "2015-07"),
        side("z", "7 people", None),
    ]
    assert (
        timeline(sides)[1] == "2015-07: 5 people (y) → 2015-08-02: 10 people (x); time unknown: 7 people (z)"
    )


def test_publication_intervals_as_text_and_back() -> None:
    month = DateInterval(start=dt.date(2015, 7, 1), end=dt.date(2015, 7, 31), precision=Precision.MONTH)
    assert month.iso() == "2015-07"
    moment = moment_of(month.iso())
    assert moment is not None
    assert (moment.start, moment.end) == (month.start, month.end)
    assert moment_of("2015") is not None
    assert moment_of("not a time") is None


def test_review_lists_a_month_dated_report_apart_from_the_dated_days(
    tmp_path: Path, cli: Callable[..., Result]
) -> None:
    root = tmp_path / "story"
    assert cli("init", str(root)).exit_code == 0
    reports = {
        "wire.txt": ("2015-07-02", "A ferry capsized off Ormoc on Thursday, killing 36 people.\n"),
        "daily.txt": ("2015-07-03", "The ferry capsized off Ormoc on Thursday, killing 50 people.\n"),
        "digest.txt": ("2015-07", "A ferry capsized off Ormoc, killing 45 people.\n"),
    }
    for name, (published, text) in reports.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        added = cli("sources", "add", str(tmp_path / name), "--published", published, "--registry", str(root))
        assert added.exit_code == 0, added.output
    for seed in sorted((root / "seeds").glob("*.txt")):
        written = cli("extract", str(seed), "--write", str(root / "claims" / f"{seed.stem}.yaml"))
        assert written.exit_code == 0, written.output
    result = cli("review", "--registry", str(root), "--format", "json")
    messages = [
        f["message"] for f in json.loads(result.stdout)["findings"] if f["outcome"] == "figure-updated"
    ]
    assert messages == [
        "figure updated between reports: 2015-07-02: 36 people (wire) → 2015-07-03: 50 people (daily); "
        "dated only 2015-07, so unordered against the days in it: 45 people (digest)"
    ]

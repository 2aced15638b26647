"""Times of day with zones: extracted as date claims with a clock, compared by FC201."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from factcheck.extract import extract_text
from factcheck.model import DateClaim, DateInterval, Precision
from factcheck.rules.checks.dates import clock_gap

MONDAY = DateInterval(start=dt.date(2013, 7, 22), end=dt.date(2013, 7, 22), precision=Precision.DAY)


def times(text: str) -> list[DateClaim]:
    """The date claims of `text` that carry a time of day."""
    found = [c.claim for c in extract_text(text, published=MONDAY) if isinstance(c.claim, DateClaim)]
    return [c for c in found if c.time_start is not None]


def only(text: str) -> DateClaim:
    found = times(text)
    assert len(found) == 1, [c.text for c in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "clock", "zone", "offset", "local"),
    [
        ("The storm hit the coast at 7:45 a.m. yesterday.", ("07:45", "07:45"), None, None, True),
        ("The ferry arrived at 07:54 in the harbour.", ("07:54", "07:54"), None, None, True),
        ("The talks were announced at 3:15 p.m. by the ministry.", ("15:15", "15:15"), None, None, True),
        ("The blast hit the depot at 1100 GMT on Monday.", ("11:00", "11:00"), "GMT", 0, False),
        ("The quake struck at 0830 UTC.", ("08:30", "08:30"), "UTC", 0, False),
        ("The train derailed shortly after 9am near the bridge.", ("09:00", "09:30"), None, None, True),
        ("The plane landed around 7:45 a.m. in fog.", ("07:40", "07:50"), None, None, True),
        (
            "The tremor struck at 4:30 p.m. Sunday (Beijing Time).",
            ("16:30", "16:30"),
            "Beijing time",
            480,
            True,
        ),
        (
            "The quake struck at 7.45am local time (2345 GMT) on Monday.",
            ("07:45", "07:45"),
            "local time",
            480,
            True,
        ),
        ("The first tremor hit at 6:10 p.m. PDT.", ("18:10", "18:10"), "PDT", -420, True),
        ("The train derailed at about 2:30 p.m. ET on Monday.", ("14:20", "14:40"), "ET", -240, True),
        ("The blast happened at 1430 local time on Monday.", ("14:30", "14:30"), "local time", None, True),
        ("The dam burst at 0230 hours on Monday.", ("02:30", "02:30"), None, None, True),
        ("The ferry capsized at noon on Monday.", ("12:00", "12:00"), None, None, True),
        ("Around 12 noon the boat capsized.", ("11:50", "12:10"), None, None, True),
        ("The fire broke out around midnight.", ("23:50", "00:10"), None, None, True),
    ],
)
def test_times_of_day_with_their_zones(
    text: str, clock: tuple[str, str], zone: str | None, offset: int | None, local: bool
) -> None:
    claim = only(text)
    assert (claim.time_start, claim.time_end) == clock
    assert (claim.zone, claim.utc_offset, claim.local_clock) == (zone, offset, local)
    assert claim.precision is Precision.TIME


def test_a_time_gets_the_event_frame_of_its_cue_and_its_sentence_date() -> None:
    claim = only("The freight train derailed on 20 July 2013 at 3:15 a.m. near the river.")
    assert claim.event == "auto.event.derailed"
    assert (claim.start, claim.end) == (dt.date(2013, 7, 20), dt.date(2013, 7, 20))
    undated = only("The freight train derailed at 3:15 a.m. near the river.")
    assert (undated.start, undated.end, undated.relative) == (
        dt.date(2013, 7, 21),
        dt.date(2013, 7, 22),
        True,
    )


def test_report_times_and_quoted_clocks_are_not_event_times() -> None:
    text = (
        "As of 4 p.m. Monday, 411 aftershocks had been recorded. By 8:00 p.m. the toll had risen. "
        'One resident wrote: "At 7:40 I was brushing my teeth when the quake hit."'
    )
    assert times(text) == []
    numbers = [c.claim.text for c in extract_text(text, published=MONDAY) if c.claim.kind == "quantity"]
    assert "4" not in numbers
    assert "8" not in numbers
    assert "40" not in numbers


def test_a_second_time_for_one_event_in_one_text_is_another_occurrence() -> None:
    text = "The initial quake hit at 7.45am, and a second tremor struck the same region at 9.12am."
    first, second = times(text)
    assert first.event == "auto.event.struck"
    assert second.event == "auto.event.struck.n2"


def test_a_date_written_with_its_time_is_one_claim() -> None:
    claim = only("The ship arrived on July 22, 2013, 6:45 am PDT at the port.")
    assert (claim.start, claim.time_start, claim.utc_offset) == (dt.date(2013, 7, 22), "06:45", -420)


def _claim(time: str, **extra: Any) -> DateClaim:
    data = {"id": "c", "source": "s", "text": "t", "event": "e", "date": "2013-07-22", "precision": "time"}
    return DateClaim.model_validate({**data, "time": time, **extra})


def test_clocks_compare_in_utc_when_both_zones_are_known_else_on_local_clocks() -> None:
    beijing = _claim("16:30", zone="Beijing time", utc_offset=480)
    utc = _claim("08:30", zone="UTC", utc_offset=0, local_clock=False)
    local = _claim("16:30")
    assert clock_gap(beijing, utc) == 0
    assert clock_gap(beijing, local) == 0
    assert clock_gap(local, utc) is None  # a local time with no zone against GMT: not comparable
    assert clock_gap(_claim("23:50"), _claim("00:05")) == 15  # round the dial


STORY = {
    "wire-a.txt": (
        "2013-07-22",
        "Quake kills dozens\n\nA strong earthquake struck the valley at 7:45 a.m. on Monday.",
    ),
    "daily-b.txt": ("2013-07-22", "Valley quake\n\nThe earthquake hit the valley at 7:45 a.m. local time."),
    "agency-c.txt": (
        "2013-07-23",
        "Relief starts\n\nThe first quake struck at 07:54 China Standard Time (CST).",
    ),
    "world-d.txt": (
        "2013-07-22",
        "Quake in the valley\n\nThe quake struck at 2345 GMT on Sunday, killing dozens.",
    ),
}


def _review(tmp_path: Path, cli: Callable[..., Result]) -> dict[str, Any]:
    root = tmp_path / "story"
    assert cli("init", str(root)).exit_code == 0
    cwd = os.getcwd()
    os.chdir(root)
    try:
        for name, (published, text) in STORY.items():
            (tmp_path / name).write_text(text + "\n", encoding="utf-8")
            assert cli("sources", "add", str(tmp_path / name), "--published", published).exit_code == 0
        for text_file in sorted((root / "seeds").glob("*.txt")):
            result = cli(
                "extract", str(text_file), "--write", str(root / "claims" / f"{text_file.stem}.yaml")
            )
            assert result.exit_code == 0, result.output
    finally:
        os.chdir(cwd)
    result = cli("review", "--registry", str(root), "--format", "json")
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_review_finds_the_one_source_with_another_time(tmp_path: Path, cli: Callable[..., Result]) -> None:
    findings = [f for f in _review(tmp_path, cli)["findings"] if f["rule_id"] == "FC201"]
    assert [(f["grade"], f["outcome"]) for f in findings] == [("major", "different-times")]
    assert findings[0]["outliers"] == ["agency-c.x-date-41"]  # 07:54 stands apart
    # 2345 GMT on Sunday is 7:45 on Monday in Beijing: world-d agrees, its Sunday is no conflict
    assert "3 source(s) agree" in findings[0]["message"]
    assert "(world-d)" in findings[0]["message"]


def test_rules_explain_shows_how_claims_meet(cli: Callable[..., Result]) -> None:
    dates = cli("rules", "explain", "FC201")
    assert dates.exit_code == 0, dates.output
    assert "auto.event.<event>" in dates.output
    assert "struck (an earthquake or storm hitting)" in dates.output
    assert "Beijing time → Asia/Shanghai" in dates.output
    counts = cli("rules", "explain", "FC102").output
    assert "deaths (people killed) [running figure, tally: only grows]" in counts
    assert "missing (people unaccounted for) [running figure]" in counts
    assert "magnitude (an earthquake's size on a magnitude scale) [per agency]" in counts
    assert "Agency attribution" in counts
    assert "revised (the figure corrects an earlier one" in counts
    roles = cli("rules", "explain", "FC505").output  # relations meet by place and by person
    assert "Roles meet as auto.role.<name cluster>" in roles
    assert "instruments" in roles


def test_each_event_of_a_flight_gets_its_own_frame_from_its_own_clause() -> None:
    found = times(
        "The ferry company said the boat departed from Alden at 9:10 a.m. and lost contact with the "
        "harbour at 9:40 a.m., the coast guard said."
    )
    assert [(c.text, c.event) for c in found] == [
        ("9:10 a.m.", "auto.event.departed"),
        ("9:40 a.m.", "auto.event.lost-contact"),
    ]
    left = only("The small plane left Brenton at 7:15AM and was later found.")
    assert left.event == "auto.event.departed"


def test_a_take_off_time_does_not_conflict_with_a_contact_time() -> None:
    took_off = only("The plane took off from Alden at 8:00 a.m. local time.")
    lost = only("The plane lost contact with the tower at 8:25 a.m., officials said.")
    assert took_off.event != lost.event


def test_a_capitalised_word_after_a_sentence_ending_clock_is_no_zone() -> None:
    claim = only("The jet took off at 6.30 am. Local media said the crew had radioed.")
    assert claim.text == "6.30 am"  # the full stop ends the sentence, it is no part of "am"
    assert claim.zone is None
    zoned = only("The jet took off at 6.30 a.m. Nepal time on the day.")
    assert zoned.utc_offset == 345


def test_one_instant_in_two_zones_is_no_gap() -> None:
    nepal = only("The staff learned of it at around 11:03 a.m. Nepal time (0518 GMT).")
    gmt = only("The staff learned of it at 0518 GMT.")
    assert (nepal.time_start, nepal.utc_offset) == ("10:58", 345)
    assert clock_gap(nepal, gmt) == 0


def test_a_time_in_a_report_dated_only_by_month_keeps_the_report_year_frame() -> None:
    january = DateInterval(start=dt.date(2023, 1, 1), end=dt.date(2023, 1, 31), precision=Precision.MONTH)
    found = [
        c.claim
        for c in extract_text("The plane took off from Alden at 10:30AM.", published=january)
        if isinstance(c.claim, DateClaim)
    ]
    assert [c.event for c in found] == ["auto.event.departed"]


def test_after_midnight_and_a_count_of_hours_are_no_clock() -> None:
    assert times("The ferry capsized after midnight. Volunteers gave 1200 hours of work.") == []


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The express collided with a goods train at 7 pm on Monday.", "auto.event.derailed"),
        ("Gunmen opened fire on the market at 9:15 a.m. on Monday.", "auto.event.attacked"),
        ("The volcano erupted at 4:30 p.m. on Monday.", "auto.event.erupted"),
        ("A stampede broke out at the gate at 10 p.m. on Monday.", "auto.event.stampede"),
    ],
)
def test_collisions_attacks_eruptions_and_stampedes_have_event_frames(text: str, event: str) -> None:
    found = [c.claim for c in extract_text(text, published=MONDAY) if isinstance(c.claim, DateClaim)]
    assert [c.event for c in found] == [event]


def test_an_approximate_local_time_with_its_gmt_time_gives_the_zone_offset() -> None:
    claim = only("The first blast came at about 11:30 pm (1530 GMT) on Monday.")
    assert (claim.time_start, claim.time_end, claim.utc_offset) == ("23:20", "23:40", 480)


def _conflict(a: DateClaim, b: DateClaim) -> str | None:
    from factcheck.model import Tier
    from factcheck.rules.checks.base import CheckInput
    from factcheck.rules.checks.dates import date_conflict

    params = {"tolerance_days": 0, "tolerance_minutes": 5, "close_minutes": 30}
    verdict = date_conflict(
        CheckInput(matched={"a": a, "b": b}, params=params, tiers={"a": Tier.NEWS, "b": Tier.NEWS})
    )
    return verdict.outcome if verdict is not None else None


def test_two_approximate_times_centred_apart_are_close_times() -> None:
    around, about = _claim("23:20", time_end="23:20"), _claim("23:30")
    assert (
        _conflict(
            around.model_copy(update={"time_start": "23:15", "time_end": "23:25"}),
            about.model_copy(update={"time_start": "23:20", "time_end": "23:40"}),
        )
        == "close-times"
    )
    assert (
        _conflict(
            around.model_copy(update={"time_start": "23:15", "time_end": "23:25"}),
            around.model_copy(update={"time_start": "23:10", "time_end": "23:30"}),
        )
        is None
    )


def test_a_bare_weekday_of_a_month_dated_report_is_still_that_weekday() -> None:
    data = {"id": "w", "source": "s", "event": "e", "precision": "days", "relative": True}
    tuesday = DateClaim.model_validate(
        {**data, "text": "Tuesday night", "start": "2015-07-28", "end": "2015-08-25"}
    )
    wednesday = DateClaim.model_validate(
        {**data, "id": "d", "text": "on Wednesday", "date": "2015-08-12", "precision": "day"}
    )
    assert _conflict(tuesday, wednesday) == "disjoint-dates"
    tuesday_11 = wednesday.model_copy(update={"start": dt.date(2015, 8, 11), "end": dt.date(2015, 8, 11)})
    assert _conflict(tuesday, tuesday_11) is None


def test_a_cue_nothing_parts_from_another_date_is_that_dates() -> None:
    text = (
        "Thursday, air quality near the warehouse destroyed by the blasts on Wednesday night remained normal."
    )
    found = [c.claim for c in extract_text(text, published=MONDAY) if isinstance(c.claim, DateClaim)]
    assert [(c.text, c.event) for c in found] == [
        ("Thursday", "unknown.event"),
        ("on Wednesday night", "auto.event.exploded"),
    ]


def test_a_long_clause_keeps_its_cue_for_the_time_at_its_end() -> None:
    text = (
        "The fires are under control after a series of massive explosions tore through a warehouse "
        "storing dangerous goods in the Binhai New Area of the northern port city at 11:20 p.m. on Monday."
    )
    assert only(text).event == "auto.event.exploded"


def test_a_participle_describing_a_thing_and_a_search_give_a_day_no_event() -> None:
    text = "Rescue workers combing the debris of a collapsed condo building kept searching for survivors on Friday."
    found = [c.claim for c in extract_text(text, published=MONDAY) if isinstance(c.claim, DateClaim)]
    assert [c.event for c in found] == ["unknown.event"]

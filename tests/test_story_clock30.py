"""Session 30, found on a development story never tuned on (the 2023 Al Haouz earthquake, five
outlets): what a fresh review of it got wrong, each kept as the general case it stands for.

- A report dated a day later whose own death toll is lower was written at an earlier stage of
  the story: its lower injured count is no fall (was a major FC102: "672 injured" at 820 dead on
  the 10th against "1,204 injured" at 1,037 dead on the 9th).
- "ministry figures on Saturday showed the quake killed 820": Saturday is the figures' day, not
  the quake's (was a major FC201 against "struck on Friday").
- "7 degrees on the Richter scale" is a magnitude, not a count of degrees.
- "According to the US Geological Survey, ... 18.5 km, the BBC reported": the USGS measured it.
- "72 kilometres southwest of tourist hotspot Marrakesh" is a distance from Marrakesh.

And one found on a second new story (the 2022 Itaewon crowd crush), checked with --source files:
- undated sources that state no year: a faithful summary's "On Saturday night, October 29, 2022,
  the crush killed 156 people" made 156 unsupported, as the story was dated to this year and the
  summary's 2022 made its figure another year's. The summary's own year now dates such a story.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from quantity_claims import claims_published, published_on
from registry_review import Review
from summary_check import check_sentence, registry_from

claims = claims_published(published_on("2023-09-10"), source="wire")


def findings(report: Any, rule: str) -> list[tuple[str, str]]:
    return [(f["grade"], f["outcome"]) for f in report["findings"] if f["rule_id"].startswith(rule)]


EARLY = "The quake has killed 1,037 people and 1,204 were injured, the interior ministry said."


def test_a_lower_figure_a_day_later_at_a_lower_toll_is_of_an_earlier_stage(review: Review) -> None:
    later = "The quake killed 820 people, the interior ministry said. Another 672 people were injured."
    report = review({"agency": ("2023-09-09", EARLY), "wire": ("2023-09-10", later)})
    injured = [
        f for f in report["findings"] if any(s.get("frame") == "auto.count.injured" for s in f["sides"])
    ]
    assert injured
    assert {f["grade"] for f in injured} == {"info"}


def test_a_lower_figure_a_day_later_at_the_same_or_a_higher_toll_is_still_a_conflict(review: Review) -> None:
    later = "The quake killed 1,100 people, the interior ministry said. Another 672 people were injured."
    report = review({"agency": ("2023-09-09", EARLY), "wire": ("2023-09-10", later)})
    injured = [
        f for f in report["findings"] if any(s.get("frame") == "auto.count.injured" for s in f["sides"])
    ]
    assert [f["grade"] for f in injured] == ["major"]


def test_the_day_figures_were_given_is_not_the_day_of_the_quake(review: Review) -> None:
    first = "A powerful earthquake struck Morocco on Friday night, killing hundreds."
    second = "Updated interior ministry figures on Saturday showed the quake killed 820 people."
    report = review({"a": ("2023-09-09", first), "b": ("2023-09-10", second)})
    assert findings(report, "FC201") == []


def test_degrees_on_the_richter_scale_are_a_magnitude() -> None:
    found = claims("The centre said the earthquake measured 7 degrees on the Richter scale.")
    assert found["7"].subject == "auto.measure.magnitude"
    assert found["7"].unit == "magnitude"


def test_a_reading_relayed_by_an_outlet_is_the_agency_s_it_opens_with() -> None:
    text = "According to the US Geological Survey, the epicentre was at a depth of 18.5 km, the BBC reported."
    assert claims(text)["18.5 km"].subject == "auto.measure.depth.by-usgs"
    # with no "according to", the one that closes the sentence is still the agency
    alone = "The epicentre was at a depth of 10 km, the USGS reported."
    assert claims(alone)["10 km"].subject == "auto.measure.depth.by-usgs"


def test_a_place_described_in_lower_case_words_is_the_place_a_distance_is_from() -> None:
    text = "The quake struck 72 kilometres (45 miles) southwest of tourist hotspot Marrakesh on Friday."
    assert claims(text)["72 kilometres"].subject == "auto.measure.distance.marakes"
    # function words describe no place: "north of where Smith lived" is from no named place
    assert claims("It hit 30 km north of where Smith lived.")["30 km"].subject == "unknown.quantity"


REPORT_NO_YEAR = "As of 11 a.m. Tuesday, 156 deaths and 151 injuries were confirmed by the headquarters.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "On Saturday night, October 29, 2022, the crush killed 156 people.",
        "The crush killed 156 people.",
    ],
)
def test_a_summary_s_own_year_dates_a_story_nothing_else_dates(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    monkeypatch.chdir(tmp_path)
    _, findings = check_sentence(cli, tmp_path, {"a.txt": REPORT_NO_YEAR}, "", sentence)
    assert [f for f in findings if f["outcome"] == "unsupported-number"] == []


def test_a_figure_no_source_gives_is_still_unsupported_in_a_dated_sentence(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    sentence = "On Saturday night, October 29, 2022, the crush killed 165 people."
    _, findings = check_sentence(cli, tmp_path, {"a.txt": REPORT_NO_YEAR}, "", sentence)
    assert [f["sides"][0]["text"] for f in findings if f["outcome"] == "unsupported-number"] == ["165 people"]


def test_a_weekday_s_part_of_the_day_before_a_date_is_checked_against_it(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    report = "A crowd crush in Seoul killed 156 people on Saturday night, October 29, 2022.\n"
    wrong = "A crowd crush in Seoul on Sunday night, October 29, 2022, killed 156 people."
    _, findings = check_sentence(cli, tmp_path, {"a.txt": report}, "", wrong)
    assert [(f["rule_id"], f["grade"]) for f in findings if f["rule_id"] == "FC202"] == [("FC202", "major")]
    right = "A crowd crush in Seoul on Saturday night, October 29, 2022, killed 156 people."
    _, findings = check_sentence(cli, tmp_path, {"a.txt": report}, "", right)
    assert [f for f in findings if f["grade"] not in ("info", "minor")] == []


def test_an_age_group_of_the_dead_is_a_part_of_the_toll_and_severely_injured_are_the_critical() -> None:
    found = claims(
        "The death toll has risen to 154. 11 teenagers have been confirmed dead. "
        "36 are reported to be severely injured with 96 suffering from minor injuries."
    )
    assert found["11 teenagers"].subject == "auto.count.deaths"
    assert found["11 teenagers"].qualifiers == ["teenager"]
    assert found["36"].subject == "auto.count.critical"


def test_a_part_said_after_a_dash_closed_aside_is_a_part() -> None:
    found = claims(
        "As of Sunday evening, 153 people were killed. Nearly two-thirds of those killed -- 97 -- were women."
    )
    assert found["97"].qualifiers == ["woman"]
    assert found["153 people"].qualifiers == []


def test_a_clock_in_a_report_dated_to_its_month_backs_a_summary_s_clock_across_a_dst_change(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # March 2024 holds both EST and EDT in Baltimore: the month-only report's "1:30 a.m." is no
    # hour off the summary's, and it states the summary's clock, so the summary follows it
    # against the one report that gives 00:30 (at most minor: exit 0)
    texts = {
        "fox": "In Baltimore, the cargo ship hit one of the supports of the Key Bridge around 1:30 a.m.",
        "marine": "The ship struck the Key Bridge in Baltimore at 00:30 local time on Tuesday morning March 26th.",
    }
    registry_from(cli, tmp_path, monkeypatch.chdir, texts, "2024-03")
    summary = tmp_path / "summary.md"
    summary.write_text(
        "---\ndate: 2024-03-28\n---\nThe ship struck the Key Bridge in Baltimore at about 1:30 a.m. "
        "on Tuesday, March 26, 2024.\n",
        encoding="utf-8",
    )
    result = cli("check", str(summary), "--format", "json")
    assert result.exit_code == 0, result.output

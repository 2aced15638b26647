"""Days listed in turn with their weekdays, and a bare crowd figure (issue 14, session 40): two
faithful summaries of the 144 tune stories were rejected. "Thursday and Saturday, June 23 and
25" pairs the weekdays with the days in turn, so "Saturday" is not June 23 (FC202); "put the
crowd at at least 470,000" is what "at least 470,000 people were at the march" says (FC602).
Invented reports in the shape of news reports, with their wrong twins."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence

from factcheck.extract import extract_text
from factcheck.model import DateClaim, DateInterval, Precision

# undated reports: their weekdays may be any of several weeks
STRIKE = {
    "wire.txt": (
        "Rail workers walked out on Tuesday in a dispute over pay. More strikes are planned for "
        "Thursday and Saturday, union leaders said.\n"
    ),
    "desk.txt": "The strike is taking place on 21, 23 and 25 June, the union said.\n",
}


def test_listed_weekdays_go_with_listed_days_in_turn() -> None:
    day = dt.date(2022, 6, 22)
    published = DateInterval(start=day, end=day, precision=Precision.DAY)
    text = "Further strikes were planned for Thursday and Saturday, June 23 and 25.\n"
    dates = {c.claim.text: c.claim for c in extract_text(text, published=published) if c.kind == "date"}
    assert set(dates) == {"Thursday and Saturday", "June 23 and 25"}, dates
    listed = dates["June 23 and 25"]
    assert isinstance(listed, DateClaim)
    assert listed.weekday == "Saturday"  # the last weekday is the last day's, for FC202
    assert (listed.start.isoformat(), listed.end.isoformat()) == ("2022-06-23", "2022-06-25")


@pytest.mark.parametrize(
    ("weekdays", "days", "want", "rules"),
    [
        ("Thursday and Saturday", "June 23 and 25", 0, set()),
        # the reports' Thursday and Saturday of an unknown week state none of the listed days,
        # and the 24th between them is no day the summary states
        ("Wednesday and Saturday", "June 22 and 25", 1, {"FC602"}),
        ("Thursday and Sunday", "June 23 and 26", 1, {"FC602"}),
        # the last weekday is not the last day's (June 26 2022 was a Sunday), and no report
        # states the 26th
        ("Thursday and Saturday", "June 23 and 26", 1, {"FC202", "FC602"}),
    ],
)
def test_a_list_of_days_is_judged_day_by_day(
    cli: Callable[..., Result], tmp_path: Path, weekdays: str, days: str, want: int, rules: set[str]
) -> None:
    sentence = f"Further strikes were planned for {weekdays}, {days}."
    code, findings = check_sentence(cli, tmp_path, STRIKE, "2022-06-22", sentence)
    assert code == want, findings
    assert {f["rule_id"] for f in findings} == rules, findings


def test_listed_weekdays_across_a_month_end_are_checked_in_turn(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    reports = {"wire.txt": "The forum in Grodno will be held on June 30 and July 1, the speaker said.\n"}
    wrong = "The forum in Grodno will be held on Wednesday and Thursday, June 30 and July 1."
    code, findings = check_sentence(cli, tmp_path, reports, "2022-06-27", wrong)
    assert code == 1, findings
    assert "FC202" in {f["rule_id"] for f in findings}, findings
    right = "The forum in Grodno will be held on Thursday and Friday, June 30 and July 1."
    (tmp_path / "right").mkdir()
    assert check_sentence(cli, tmp_path / "right", reports, "2022-06-27", right)[0] == 0


MARCH = {
    "daily.txt": (
        "Crowd scientists Anna Holt and Ravi Menon estimated that at about 2 p.m. Saturday, at least "
        "470,000 people were at the march in the areas on and near the park.\n\n"
        "Some 6,000 stewards were posted along the march route on Saturday.\n"
    ),
}


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("At the march, crowd scientists Holt and Menon put the crowd at at least 470,000.", 0),
        ("At the march, crowd scientists Holt and Menon put the crowd at at least 407,000.", 1),
        # people alone name nothing more than a bare figure; stewards do
        ("Holt and Menon put the crowd on the march route at around 6,000 on Saturday.", 1),
    ],
)
def test_a_bare_crowd_figure_is_borne_out_by_people(
    cli: Callable[..., Result], tmp_path: Path, sentence: str, want: int
) -> None:
    code, findings = check_sentence(cli, tmp_path, MARCH, "2022-06-26", sentence)
    assert code == want, findings

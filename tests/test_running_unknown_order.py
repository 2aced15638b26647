"""Running figures of reports whose order is unknown (one day without hours, a month): compared
as two figures of one time, unless the count is a tally that only grows (deaths) or a text marks
its figure as one stage of a changing count ("rose to", "so far", "at least")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from quantity_claims import claims_published, published_on
from registry_review import CLI, Review
from summary_check import check_sentence

from factcheck.model import QuantityClaim, Tier
from factcheck.rules.checks import builtin_checks
from factcheck.rules.checks.base import CheckInput

DAY = dt.date(2024, 3, 5)
claims = claims_published(published_on("2024-03-05"))


def figure(
    value: float,
    frame: str,
    when: dt.date | None,
    *,
    stage: str | None = None,
    approx: str | None = None,
    source: str = "",
) -> QuantityClaim:
    return QuantityClaim(
        id=f"c{int(value)}{source}",
        source=source or f"s{int(value)}",
        text=str(value),
        subject=frame,
        unit="people",
        value=value,
        approx=approx,
        as_of=when,
        running=True,
        stage=stage,
    )


def outcome(check: str, a: QuantityClaim, b: QuantityClaim) -> str | None:
    spec = builtin_checks()[check]
    params = spec.params().model_dump()
    verdict = spec.function(CheckInput({"a": a, "b": b}, {"a": Tier.NEWS, "b": Tier.NEWS}, params))
    return verdict.outcome if verdict else None


def test_two_missing_counts_of_one_day_are_compared() -> None:
    a = figure(40, "auto.count.missing", DAY)
    b = figure(61, "auto.count.missing", DAY)
    assert outcome("number_tolerance", a, b) == "outside-tolerance"


def test_a_month_dated_evacuation_figure_is_compared_with_a_day_in_it() -> None:
    # a report dated only by its month is not a different time from a day in that month
    a = figure(2000, "auto.count.evacuated", DAY)
    b = figure(30000, "auto.count.evacuated", None)
    assert outcome("magnitude_gap", a, b) == "far-apart"


def test_two_death_tolls_of_one_day_are_an_update() -> None:
    # a tally only grows: two reports of one day without hours gave two hours' counts
    a = figure(40, "auto.count.deaths", DAY)
    b = figure(61, "auto.count.deaths", DAY)
    assert outcome("number_tolerance", a, b) == "figure-updated"


def test_a_figure_marked_as_a_stage_keeps_the_update() -> None:
    a = figure(40, "auto.count.missing", DAY, stage="so far")
    b = figure(61, "auto.count.missing", DAY)
    assert outcome("number_tolerance", a, b) == "figure-updated"


def test_a_count_open_upwards_keeps_the_update() -> None:
    a = figure(70, "auto.count.missing", DAY, approx="at least")
    b = figure(40, "auto.count.missing", DAY)
    assert outcome("number_tolerance", a, b) == "figure-updated"


def test_reports_of_different_days_still_update() -> None:
    a = figure(40, "auto.count.missing", DAY)
    b = figure(61, "auto.count.missing", DAY + dt.timedelta(days=1))
    assert outcome("number_tolerance", a, b) == "figure-updated"


def test_extraction_records_the_words_of_a_stage() -> None:
    found = claims("The number of missing climbers has risen to 14. Another 9 hikers were missing so far.")
    assert found["14"].stage == "risen to"
    assert found["9 hikers"].stage == "so far"


def test_a_plain_figure_records_no_stage() -> None:
    found = claims("Officials said 23 people were missing after the ferry sank.")
    assert found["23 people"].stage is None


def test_reports_at_close_death_tolls_are_different_stages() -> None:
    # one day, no hours: a report at 30 dead and one at 32 dead were written hours apart
    a = figure(40, "auto.count.missing", DAY).model_copy(update={"report_toll": 30.0})
    b = figure(61, "auto.count.missing", DAY).model_copy(update={"report_toll": 32.0})
    assert outcome("number_tolerance", a, b) == "figure-updated"


def test_reports_at_far_apart_death_tolls_are_not_stages() -> None:
    # 30 dead against 300 the same day is a disagreement, not two hours of one count
    a = figure(40, "auto.count.missing", DAY).model_copy(update={"report_toll": 30.0})
    b = figure(61, "auto.count.missing", DAY).model_copy(update={"report_toll": 300.0})
    assert outcome("number_tolerance", a, b) == "outside-tolerance"


def toll(value: float, stage: str | None = None) -> QuantityClaim:
    """A report's own lead death toll."""
    return figure(value, "auto.count.deaths", DAY, stage=stage).model_copy(update={"report_toll": value})


def test_two_reports_tolls_far_apart_the_same_day_are_a_conflict() -> None:
    # deaths only grow, but not tenfold within one day's reports unless a text says so
    assert outcome("magnitude_gap", toll(30), toll(300)) == "far-apart"
    assert outcome("magnitude_gap", toll(30), toll(300, stage="rose to")) == "figure-updated"
    assert outcome("number_tolerance", toll(30), toll(40)) == "figure-updated"
    # a deaths figure that is not its report's toll (a misread "team of 300") stays an update
    assert outcome("magnitude_gap", toll(30), figure(300, "auto.count.deaths", DAY)) == "figure-updated"


def test_small_exact_counts_a_few_apart_the_same_day_are_an_update() -> None:
    # 3 and 4 in hospital: 33 % apart but one person, an hour's change, when a report's stage
    # cannot be told (dated only to its month)
    a = figure(3, "auto.count.hospitalised", DAY)
    b = figure(4, "auto.count.hospitalised", None)
    assert outcome("number_tolerance", a, b) == "figure-updated"
    # two reports of one day that give no death toll (nor a rescue) give a state at one stage
    # (issue 12, session 29): a few apart is then two exact counts that differ
    assert outcome("number_tolerance", a, b.model_copy(update={"as_of": DAY})) == "close-counts"
    far = figure(17, "auto.count.hospitalised", DAY)
    assert outcome("number_tolerance", figure(10, "auto.count.hospitalised", DAY), far) == "outside-tolerance"


def test_reports_at_one_death_toll_compare_their_missing_counts() -> None:
    # both at the 30-dead stage: their missing counts are of one time
    a = figure(40, "auto.count.missing", DAY).model_copy(update={"report_toll": 30.0})
    b = figure(61, "auto.count.missing", DAY).model_copy(update={"report_toll": 30.0})
    assert outcome("number_tolerance", a, b) == "outside-tolerance"


def test_a_slight_gap_of_unknown_order_is_an_update() -> None:
    # 40 and 42 missing, one report dated only to its month: an hour's change as likely as an
    # error; two reports of one day at no toll are of one stage (session 29) and compared
    a = figure(40, "auto.count.missing", DAY)
    b = figure(42, "auto.count.missing", None)
    assert outcome("number_tolerance", a, b) == "figure-updated"
    assert outcome("number_tolerance", a, b.model_copy(update={"as_of": DAY})) == "close-counts"


def test_each_running_figure_carries_its_reports_toll() -> None:
    found = claims("The ferry sank near the port, killing 31 people. Another 17 passengers were missing.")
    assert found["17 passengers"].report_toll == 31
    assert found["31 people"].report_toll == 31


def test_an_earlier_toll_the_report_recalls_is_not_its_stage() -> None:
    found = claims(
        "Police initially put the toll at 90. The ferry sank near the port, killing 31 people. "
        "Another 17 passengers were missing."
    )
    assert found["17 passengers"].report_toll == 31


def test_a_count_over_past_years_is_not_the_events_count() -> None:
    found = claims(
        "The sinking killed 31 people. A charity says some 8,000 people have died on the route "
        "in the past 12 years, most of them at night."
    )
    assert found["31 people"].subject == "auto.count.deaths"
    assert found["some 8,000 people"].subject == "auto.count.deaths.scope-past-12-years"
    assert not found["some 8,000 people"].running


def test_two_decades_and_twenty_years_are_one_span() -> None:
    found = claims(
        "Over the last two decades, storms have killed more than 900 people on the island, while "
        "Sunday's storm killed 14. Floods killed 300 people in the past 20 years."
    )
    assert found["more than 900 people"].subject == found["300 people"].subject
    assert found["14"].subject == "auto.count.deaths"


def rank(value: float, source: str) -> QuantityClaim:
    return QuantityClaim(
        id=f"r{int(value)}{source}",
        source=source,
        text=f"{int(value)}th largest",
        subject="auto.measure.rank.largest",
        unit="rank",
        value=value,
    )


def test_two_ranks_are_never_far_apart_only_different() -> None:
    # the 4th and the 12th largest bridge are two places in a list, not three times apart
    assert outcome("magnitude_gap", rank(4, "x"), rank(12, "y")) is None
    assert outcome("number_tolerance", rank(4, "x"), rank(12, "y")) == "different-rank"
    assert outcome("number_tolerance", rank(4, "x"), rank(4, "y")) is None


def test_a_report_without_a_toll_is_compared_unless_month_only() -> None:
    # one day's report without a toll is of that day: its missing count is compared
    a = figure(40, "auto.count.missing", DAY).model_copy(update={"report_toll": 12.0})
    assert outcome("number_tolerance", a, figure(61, "auto.count.missing", DAY)) == "outside-tolerance"
    # a report dated only by its month may be of any stage
    assert outcome("number_tolerance", a, figure(61, "auto.count.missing", None)) == "figure-updated"


def test_the_report_toll_is_its_lead_figure_not_the_largest() -> None:
    found = claims(
        "Floods killed 28 people on Tuesday. A similar flood in 1998 killed 2,000. Another 9 were missing."
    )
    assert found["9"].report_toll == 28


def test_stage_words_mark_the_figure_they_govern() -> None:
    found = claims(
        "Nine people are still missing, police said, and 3 are in hospital. Two people remain missing."
    )
    assert found["Nine people"].stage == "still"
    assert found["3"].stage is None
    assert found["Two people"].stage == "remain"


def test_a_count_expected_to_rise_is_a_stage_wherever_the_text_gives_it() -> None:
    found = claims(
        "A bus fell into a gorge on Monday. Police said 14 people were missing. The number of missing could rise."
    )
    assert found["14 people"].stage is None
    found = claims(
        "A bus fell into a gorge on Monday. Police said 14 people were missing. The number of missing is expected to rise."
    )
    assert found["14 people"].stage == "expected to rise"


def test_up_to_date_is_not_so_far() -> None:
    found = claims("Officials said their list was up to date and 14 people were missing.")
    assert found["14 people"].stage is None


SCOPED = [
    # a span right after a superlative ranks the event: its toll stays the event's
    ("The deadliest storm in the past 40 years killed 17 people on Monday.", "17 people", ""),
    ("The worst floods since 1990 killed 17 people on Monday.", "17 people", ""),
    # an opening span scopes its own clause, not one after ", and"
    ("Over the past century the dam has failed twice, and on Monday 17 people died.", "17 people", ""),
    (
        "Over the past century floods and storms have killed 4,000 people in the valley.",
        "4,000 people",
        ".scope-past-100-years",
    ),
    (
        "Road crashes have killed 6,000 people in the province since 2010.",
        "6,000 people",
        ".scope-since-2010",
    ),
]


@pytest.mark.parametrize(("sentence", "figure_text", "suffix"), SCOPED)
def test_past_spans_scope_counts_over_them_only(sentence: str, figure_text: str, suffix: str) -> None:
    assert claims(sentence)[figure_text].subject == "auto.count.deaths" + suffix


def test_a_headline_figure_takes_the_bodys_stage_word() -> None:
    found = claims(
        "Storm kills 31\n\nA storm hit the coast on Monday, killing at least 31 people, officials said."
    )
    assert found["31"].stage == "at least"


def test_secondary_tallies_far_apart_the_same_day_are_updates() -> None:
    # aftershocks and the injured are counted by others at other moments: many-fold in a day
    low, high = figure(8, "auto.count.aftershocks", DAY), figure(370, "auto.count.aftershocks", DAY)
    assert outcome("magnitude_gap", low, high) == "figure-updated"


def test_a_fall_between_publication_days_one_apart_is_of_unknown_order() -> None:
    # "at least 50" in an agency's report of the 12th, 44 in reports of the 13th: without hours
    # the two days may be one evening in two time zones, so a tally's fall is no conflict
    a = figure(50, "auto.count.deaths", DAY, approx="at least")
    b = figure(44, "auto.count.deaths", DAY + dt.timedelta(days=1))
    assert outcome("number_tolerance", a, b) == "figure-updated"
    timed = figure(44, "auto.count.deaths", dt.datetime(2024, 3, 6, 17, 54))
    assert outcome("number_tolerance", a, timed) == "figure-updated"


def test_a_fall_between_days_further_apart_or_timed_stays_a_conflict() -> None:
    a = figure(50, "auto.count.deaths", DAY, approx="at least")
    two_days = figure(44, "auto.count.deaths", DAY + dt.timedelta(days=2))
    assert outcome("number_tolerance", a, two_days) == "outside-tolerance"
    early = figure(50, "auto.count.deaths", dt.datetime(2024, 3, 5, 9, 0), approx="at least")
    late = figure(44, "auto.count.deaths", dt.datetime(2024, 3, 6, 9, 0))
    assert outcome("number_tolerance", early, late) == "outside-tolerance"


def test_an_unmarked_count_falling_a_day_later_stays_a_conflict() -> None:
    # no stage word, no bound: the day order stands, and evacuated do not fall
    a = figure(30, "auto.count.evacuated", DAY)
    b = figure(20, "auto.count.evacuated", DAY + dt.timedelta(days=1))
    assert outcome("number_tolerance", a, b) == "outside-tolerance"


def test_a_state_that_may_fall_a_day_later_after_a_stage() -> None:
    # missing people are found: "at least 50 missing", then 44 the next day is an update either
    # way; an unmarked 50 then 44 too (a state's next stage), but a fall to a third is no stage
    later = DAY + dt.timedelta(days=1)
    staged = figure(50, "auto.count.missing", DAY, approx="at least")
    assert outcome("number_tolerance", staged, figure(44, "auto.count.missing", later)) == "figure-updated"
    assert outcome(
        "number_tolerance", figure(50, "auto.count.missing", DAY), figure(44, "auto.count.missing", later)
    ) == ("figure-updated")
    assert outcome("magnitude_gap", staged, figure(12, "auto.count.missing", later)) == "far-apart"


def test_a_stage_word_on_the_later_lower_figure_does_not_unorder_the_days() -> None:
    # "21 killed" on the 10th, "17 have died so far" on the 11th: only the earlier, higher
    # figure marked as a stage may be an evening's count in another zone
    a = figure(21, "auto.count.deaths", DAY)
    b = figure(17, "auto.count.deaths", DAY + dt.timedelta(days=1), stage="so far")
    assert outcome("number_tolerance", a, b) == "outside-tolerance"


def test_a_known_hour_outside_every_zones_day_keeps_the_order() -> None:
    # 06:00 UTC on the 3rd is before the 4th begins anywhere (UTC+14: 10:00 UTC on the 3rd)
    utc = dt.UTC
    a = figure(30, "auto.count.deaths", dt.datetime(2024, 8, 3, 6, 0, tzinfo=utc), approx="at least")
    b = figure(26, "auto.count.deaths", dt.date(2024, 8, 4))
    assert outcome("number_tolerance", a, b) == "outside-tolerance"
    # 18:00 UTC on the 3rd is already the 4th east of UTC+6: the order is unknown
    evening = figure(30, "auto.count.deaths", dt.datetime(2024, 8, 3, 18, 0, tzinfo=utc), approx="at least")
    assert outcome("number_tolerance", evening, b) == "figure-updated"


def test_a_next_day_pair_is_shown_unordered(review: Review) -> None:
    # no arrow may suggest that the toll fell from 40 to 32
    found = review(
        {
            "wire": (
                "2024-03-12",
                "Factory fire in Dhaka\n\nDHAKA, March 12 (Agency) - At least 40 people were killed and 120 "
                "injured in a fire at a garment factory in Dhaka on Tuesday, fire officials said.\n",
            ),
            "daily": (
                "2024-03-13",
                "Dhaka factory fire toll\n\nDHAKA, March 13 (Daily Star) - Thirty-two people were killed and 150 "
                "injured in Tuesday's fire at a garment factory in Dhaka, fire officials said.\n",
            ),
        }
    )
    [toll] = [f for f in found["findings"] if "32" in f["message"]]
    assert toll["grade"] == "info"
    assert "reports a day apart, order unknown" in toll["message"]
    assert "→" not in toll["message"]


def test_still_missing_at_one_death_toll_is_compared() -> None:
    # "still missing" is how every report writes a state: at one toll it marks no time apart
    # (a gap of more than close_gap: a few apart stays an hour's change, rule (4))
    a = figure(10, "auto.count.missing", DAY, stage="still").model_copy(update={"report_toll": 12.0})
    b = figure(4, "auto.count.missing", None, stage="still").model_copy(update={"report_toll": 12.0})
    assert outcome("number_tolerance", a, b) == "outside-tolerance"
    # a count that does not fall (in critical condition, evacuated) keeps "remain" as a stage,
    # and so does a gap of FC101's size: graded critical, where the reports may be hours apart
    remain = figure(3, "auto.count.critical", DAY, stage="remain").model_copy(update={"report_toll": 44.0})
    other = figure(9, "auto.count.critical", DAY).model_copy(update={"report_toll": 44.0})
    assert outcome("magnitude_gap", remain, other) == "figure-updated"
    far = figure(2, "auto.count.missing", DAY, stage="still").model_copy(update={"report_toll": 12.0})
    assert outcome("magnitude_gap", a.model_copy(update={"as_of": DAY}), far) == "figure-updated"


def test_a_report_with_a_rescue_is_another_stage_at_one_toll() -> None:
    # people found alive leave the toll where it was while the missing count falls
    a = figure(26, "auto.count.missing", DAY, stage="still").model_copy(update={"report_toll": 7.0})
    b = figure(12, "auto.count.missing", DAY, stage="remain").model_copy(
        update={"report_toll": 7.0, "report_rescued": 14.0}
    )
    assert outcome("number_tolerance", a, b) == "figure-updated"
    other = a.model_copy(update={"report_rescued": 3.0})
    assert outcome("number_tolerance", other, b) == "figure-updated"
    same = a.model_copy(update={"report_rescued": 14.0})
    assert outcome("number_tolerance", same, b) == "outside-tolerance"


def test_each_running_figure_carries_its_reports_rescued_count() -> None:
    found = claims(
        "Rescuers pulled 14 villagers alive from the mud on Tuesday. Seven people were killed and "
        "12 remain missing, officials said."
    )
    missing = found["12"]
    assert (missing.report_toll, missing.report_rescued) == (7, 14)


def test_still_missing_at_different_tolls_or_with_a_change_word_stays_an_update() -> None:
    a = figure(10, "auto.count.missing", DAY, stage="still").model_copy(update={"report_toll": 12.0})
    b = figure(4, "auto.count.missing", DAY, stage="still").model_copy(update={"report_toll": 14.0})
    assert outcome("number_tolerance", a, b) == "figure-updated"
    # a report that gives no toll against one that does is of another stage (at no toll in
    # either, one day's state is compared: session 29)
    no_toll = figure(4, "auto.count.missing", DAY, stage="still")
    assert outcome("number_tolerance", a, no_toll) == "figure-updated"
    rose = figure(4, "auto.count.missing", DAY, stage="rose to").model_copy(update={"report_toll": 12.0})
    assert outcome("number_tolerance", a, rose) == "figure-updated"
    bound = figure(16, "auto.count.missing", DAY, approx="at least").model_copy(update={"report_toll": 12.0})
    assert outcome("number_tolerance", a, bound) == "figure-updated"


def test_a_next_day_state_after_a_stage_is_compared_as_one_time() -> None:
    # "at least 20" in critical condition on the 14th, 18 on the 15th: the stage word made the
    # order unknown; it is not also a sign of another time, so a state's gap is compared
    a = figure(20, "auto.count.critical", DAY, approx="at least")
    b = figure(18, "auto.count.critical", DAY + dt.timedelta(days=1))
    assert outcome("number_tolerance", a, b) == "outside-tolerance"
    # a tally's stays an update (deaths are counted hour by hour)
    deaths = figure(50, "auto.count.deaths", DAY, approx="at least")
    assert outcome(
        "number_tolerance", deaths, figure(44, "auto.count.deaths", DAY + dt.timedelta(days=1))
    ) == ("figure-updated")


MISSING_AT_ONE_TOLL = {
    "wire": (
        "2024-04-18",
        "Avalanche on the glacier\n\nAn avalanche swept the glacier on Friday, killing 12 guides. "
        "Ten others are still missing, officials said.\n",
    ),
    "daily": (
        "2024-04-18",
        "Guides killed on the glacier\n\nThe avalanche on Friday killed 12 guides, and four others are "
        "still missing, the ministry said.\n",
    ),
}


def test_a_review_grades_still_missing_counts_at_one_toll_as_a_conflict(review: Review) -> None:
    found = review(MISSING_AT_ONE_TOLL)
    [missing] = [f for f in found["findings"] if "others" in f["message"]]
    assert missing["grade"] == "major"
    assert "figure updated" not in missing["message"]


def test_a_review_keeps_still_missing_counts_at_two_tolls_an_update(review: Review) -> None:
    reports = dict(MISSING_AT_ONE_TOLL)
    reports["daily"] = (
        "2024-04-18",
        "Guides killed on the glacier\n\nThe avalanche on Friday killed 13 guides, and four others are "
        "still missing, the ministry said.\n",
    )
    found = review(reports)
    missing = [f for f in found["findings"] if "others" in f["message"]]
    assert missing
    assert all(f["grade"] == "info" for f in missing)


def _grades(found: dict, words: str) -> list[str]:  # type: ignore[type-arg]
    return [f["grade"] for f in found["findings"] if words in f["message"]]


# the review's probes (session 20): a state count at one death toll that moved during the day
LANDSLIDE = {
    "am": (
        "2024-09-03",
        "Landslide buries village homes\n\nA landslide struck the hillside village of Nanto before dawn "
        "on Tuesday, killing seven people. Another 26 people are still missing, the county governor said.\n",
    ),
    "pm": (
        "2024-09-03",
        "Villagers pulled alive from landslide\n\nRescuers pulled 14 villagers alive from the mud on "
        "Tuesday afternoon. Seven people were killed in the landslide and 12 remain missing, officials said.\n",
    ),
}
TUNNEL = {
    "a": (
        "2024-11-12",
        "Tunnel collapse traps workers\n\nA road tunnel under construction collapsed in Uttarakhand on "
        "Sunday, killing two workers. Forty workers are still trapped, officials said.\n",
    ),
    "b": (
        "2024-11-12",
        "Workers freed from tunnel\n\nRescuers freed 25 workers on Sunday evening from the collapsed "
        "tunnel in Uttarakhand, where two workers died; 15 remain trapped, officials said.\n",
    ),
}
MINE = {
    "a": (
        "2024-10-01",
        "Mine flood in Shanxi\n\nFloodwater swept through a coal mine in Shanxi on Tuesday, killing 6 miners. "
        "Another 31 miners are still missing, the safety bureau said.\n",
    ),
    "b": (
        "2024-10-01",
        "Shanxi mine flood\n\nSix miners died when water flooded a coal mine in Shanxi on Tuesday and 13 "
        "remain missing, Xinhua said.\n",
    ),
}
_SPREAD = (
    "2024-08-20",
    "Wildfire spreads toward suburbs\n\nThe wildfire near Patras, which has killed two people, spread into "
    "the suburbs on Tuesday evening, and 6,000 residents remain evacuated, the civil protection ministry said.\n",
)
WILDFIRE = {
    "am": (
        "2024-08-20",
        "Wildfire forces evacuations\n\nA wildfire near Patras killed two people on Tuesday. About 1,500 "
        "residents are still evacuated from their homes, the fire service said.\n",
    ),
    "pm": _SPREAD,
}
WILDFIRE_UNMARKED = {
    "am": (
        "2024-08-20",
        "Wildfire forces evacuations\n\nA wildfire near Patras killed two people on Tuesday. About 1,500 "
        "residents were evacuated, the fire service said.\n",
    ),
    "pm": _SPREAD,
}


@pytest.mark.parametrize(
    ("reports", "words"),
    [
        (LANDSLIDE, "26 people"),
        (TUNNEL, "40 workers"),
        (WILDFIRE, "residents (am)"),
        (WILDFIRE_UNMARKED, "residents (am)"),
    ],
    ids=["missing-after-a-rescue", "trapped-after-a-rescue", "evacuated-rising", "evacuated-rising-unmarked"],
)
def test_a_state_that_moved_during_one_day_at_one_toll_is_an_update(
    review: Review, reports: dict[str, tuple[str, str]], words: str
) -> None:
    assert _grades(review(reports), words) == ["info"]


def test_a_missing_count_at_one_toll_with_no_rescue_is_a_conflict(review: Review) -> None:
    assert _grades(review(MINE), "31 miners") == ["major"]


def test_a_summary_following_the_later_report_is_not_contradicted(cli: CLI, tmp_path: Path) -> None:
    reports = {name: text for name, (_, text) in LANDSLIDE.items()}
    code, findings = check_sentence(
        cli,
        tmp_path,
        {f"{name}.txt": text for name, text in reports.items()},
        "",
        "A landslide in the village of Nanto on Tuesday killed seven people. Rescuers pulled 14 villagers "
        "alive from the mud, and 12 people remain missing.",
    )
    assert code == 0
    assert [f["grade"] for f in findings if "12 people" in f["message"]] == ["info"]
    assert all(f.get("likely_wrong") is None for f in findings)

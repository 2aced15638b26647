"""What a summary's figure may be borne out by, and what a count counts (session 37, issues 12
and 14): a source's "N times" counts trips when its clause is about travel, a time stamp's month
or second is no figure, "five other Caspian countries" counts countries as "five Caspian
countries" does, and "200 churches and other organizations" counts no churches. Invented reports
in the shape of news reports."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import Result
from quantity_claims import claims_published, published_on
from summary_check import check_sentence

from factcheck.link.support import counts_occasions, source_numbers

claims = claims_published(published_on("2022-06-30"), source="wire")

REPORT = (
    "Between February 2020 and February 2022 the president only traveled abroad three times.\n"
    "He was fined four times by the court, and met the envoy twice.\n"
    "Posted 2022-06-29T10:34:43.598Z\n"
)


def test_travel_counted_in_times_bears_out_trips(cli: Callable[..., Result], tmp_path: Path) -> None:
    code, findings = check_sentence(
        cli,
        tmp_path,
        {"a.txt": REPORT},
        "2022-06-30",
        "The president made just three foreign trips in two years.",
    )
    assert code == 0, findings


def test_times_of_another_action_bear_out_no_trips(cli: Callable[..., Result], tmp_path: Path) -> None:
    # "fined four times": the clause is about fines, so "four trips" is stated nowhere
    code, findings = check_sentence(
        cli, tmp_path, {"a.txt": REPORT}, "2022-06-30", "The president made four foreign trips in two years."
    )
    assert code == 1
    assert any(f["rule_id"] == "FC602" and "four foreign trips" in f["message"] for f in findings)


def test_a_time_stamp_is_read_as_its_year_only() -> None:
    values = {value for value, _, _ in source_numbers("Posted 2022-06-29T10:34:43.598Z and 2023-01-05.\n")}
    assert values == {2022.0, 2023.0}
    # a plain range of years or a score keeps its figures
    assert {v for v, _, _ in source_numbers("the 2022-23 season")} == {2022.0, 23.0}


def test_a_figure_in_a_time_stamp_supports_nothing(cli: Callable[..., Result], tmp_path: Path) -> None:
    # only the stamp holds a 43 or a 6: nothing in the report states these counts
    code, findings = check_sentence(
        cli, tmp_path, {"a.txt": REPORT}, "2022-06-30", "The court heard 43 witnesses over 6 days."
    )
    assert code == 1
    assert {f["rule_id"] for f in findings} == {"FC602"}


def test_occasions_need_times_a_noun_of_the_list_and_a_cue_in_the_clause() -> None:
    assert counts_occasions("trips", "times", "he flew abroad ")
    assert counts_occasions("visits", "times in two years", "she visited Kyiv ")
    assert not counts_occasions("trips", "times", "he was fined, and traveled, then ")
    assert not counts_occasions("trips", "people", "he traveled with ")
    assert not counts_occasions("fines", "times", "he traveled ")
    # without the clause, the nouns alone (the look-up's first test)
    assert counts_occasions("trips", "times")


def test_other_before_a_name_and_a_plural_counts_the_plural() -> None:
    found = claims("Putin was to join the leaders of five other Caspian countries in Ashgabat.")
    (count,) = found.values()
    assert count.text == "five other Caspian countries"
    assert count.unit == "countries"
    assert (
        count.subject
        == claims("The leaders of five Caspian countries met.")["five Caspian countries"].subject
    )


def test_a_thing_counted_with_other_things_is_no_count_of_it() -> None:
    # "200 churches and other Christian organizations": a mixed set, not the churches attacked
    found = claims("The alliance represents more than 200 churches and other Christian organizations.")
    assert found["more than 200 churches"].subject == "unknown.quantity"
    assert claims("Bombers attacked three churches.")["three churches"].subject == "auto.count.churches"

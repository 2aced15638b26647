"""Counts that are parts of a whole, session 27 (issue 12, fa27), as a user of `review` sees them.

False alarms of the tune stories where one report's part met another's whole:
- a count listed after a count of other things that one verb tells of ("34 hostages and 15
  Islamists died", "685 Algerian workers at the plant and 100 foreigners escaped") counts a part of
  its kind, never the whole toll; two reports' parts of one kind still meet;
- "its 158 crew and passengers" counts everyone on board, as "passengers and crew" does, not the
  crew (against "5 crew members");
- "the last 50 people on board" are those still left, a part of those aboard, not all of them.

Reports are written for these tests.
"""

from __future__ import annotations

from contextlib import chdir
from typing import Any

from click.testing import CliRunner
from registry_review import Review

from factcheck.cli import main


def _counts(found: Any) -> list[dict[str, Any]]:
    return [f for f in found["findings"] if f["rule_id"].startswith("FC10") and f["grade"] != "info"]


def _frames(tmp_path: Any, text: str) -> list[str]:
    """The frames `extract` gives a report's claims, in order."""
    source = tmp_path / "report.txt"
    source.write_text(text, encoding="utf-8")
    with chdir(tmp_path):  # no registry around: the frames alone, no registry subject matched
        result = CliRunner().invoke(main, ["extract", str(source)])
    assert result.exit_code == 0, result.output
    keys = ("subject:", "event:")  # a quantity's frame, a date's
    return [
        line.split(":", 1)[1].strip() for line in result.output.splitlines() if line.strip().startswith(keys)
    ]


def test_a_listed_count_of_other_people_is_no_whole_toll(review: Review) -> None:
    found = review(
        {
            "a": (
                "2013-01-17",
                "According to the agency, 34 hostages and 15 Islamists died in the assault.\n",
            ),
            "b": (
                "2013-01-19",
                "Militants killed seven hostages during the final army assault on Saturday.\n",
            ),
        }
    )
    assert _counts(found) == []


def test_two_reports_parts_of_one_kind_still_meet(review: Review) -> None:
    found = review(
        {
            "a": (
                "2013-01-19",
                "According to the agency, 34 hostages and 15 Islamists died in the assault.\n",
            ),
            "b": ("2013-01-17", "The army said 120 hostages and 32 Islamists died in the assault.\n"),
        }
    )
    [finding] = _counts(found)
    assert "32" in finding["message"]
    assert "15" in finding["message"]


def test_a_listed_breakdown_is_a_part_of_its_kind(tmp_path: Any) -> None:
    frames = _frames(
        tmp_path, "Some 685 Algerian workers at the plant and 100 foreigners escaped or were freed.\n"
    )
    assert "auto.count.escaped.part-foreigner" in frames
    assert "auto.count.escaped" not in frames


def test_a_count_with_its_own_verb_is_not_listed(tmp_path: Any) -> None:
    frames = _frames(tmp_path, "Five people were killed and 12 passengers were injured on Monday.\n")
    assert frames == ["auto.count.deaths", "auto.count.injured"]


def test_a_crew_count_listed_after_passengers_stays_the_crew(tmp_path: Any) -> None:
    frames = _frames(tmp_path, "The plane took off with 146 passengers and 5 crew members on board.\n")
    assert frames == ["auto.count.passengers", "auto.count.crew"]


def test_crew_and_passengers_are_everyone_aboard(review: Review) -> None:
    found = review(
        {
            "a": (
                "2009-01-15",
                "The jet came down in the river, plunging its 158 crew and passengers into the water.\n",
            ),
            "b": ("2009-01-15", "The plane took off with 150 passengers and 5 crew members on board.\n"),
        }
    )
    assert _counts(found) == []


def test_a_crew_of_a_number_and_passengers_is_still_the_crew(tmp_path: Any) -> None:
    frames = _frames(tmp_path, "Its crew of 12 and passengers were rescued by a ferry.\n")
    assert "auto.count.aboard" not in frames


def test_the_last_people_aboard_are_a_part(review: Review) -> None:
    found = review(
        {
            "a": ("2012-01-14", "The last 50 people on board are being evacuated by helicopter.\n"),
            "b": ("2012-01-14", "Some 4,200 people were on board when the ship hit the rocks.\n"),
        }
    )
    assert _counts(found) == []


def _dates(found: Any) -> list[dict[str, Any]]:
    return [f for f in found["findings"] if f["rule_id"] == "FC201" and f["grade"] != "info"]


def test_a_datelines_date_is_the_reports_day_not_the_events(review: Review) -> None:
    found = review(
        {
            "a": (
                "2010-04-21",
                "Rig fire\n\nApril 21, 2010 -- An overnight explosion shook the oil rig off the coast.\n",
            ),
            "b": (
                "2010-04-21",
                "The oil rig exploded at about 10 p.m. on Tuesday, April 20, the Coast Guard said.\n",
            ),
        }
    )
    assert _dates(found) == []


def test_a_datelines_date_after_a_place_is_the_reports_day(tmp_path: Any) -> None:
    frames = _frames(
        tmp_path,
        "WEST (April 19, 2013)\u2014Two more bodies were found after the plant explosion.\n",
    )
    assert "unknown.event" in frames
    assert not any(frame.startswith("auto.event") for frame in frames)


def test_a_date_opening_a_sentence_of_prose_keeps_its_event(review: Review) -> None:
    found = review(
        {
            "a": ("2010-04-22", "On April 19 -- a day before anyone expected it -- the oil rig exploded.\n"),
            "b": (
                "2010-04-22",
                "The oil rig exploded at about 10 p.m. on Tuesday, April 20, the Coast Guard said.\n",
            ),
        }
    )
    [finding] = _dates(found)
    assert "April 19" in finding["message"]


def test_an_after_phrase_with_its_own_day_keeps_it(review: Review) -> None:
    found = review(
        {
            "a": (
                "2010-04-21",
                "At least 15 workers were injured and 11 workers are missing Wednesday after the Tuesday night blast on the rig.\n",
            ),
            "b": ("2010-04-21", "The rig exploded at about 10 p.m. on Tuesday, the Coast Guard said.\n"),
        }
    )
    assert _dates(found) == []


def test_what_befell_people_still_dates_an_after_phrase_without_a_day(review: Review) -> None:
    found = review(
        {
            "a": ("2010-04-22", "At least 15 workers were injured on Thursday after the rig exploded.\n"),
            "b": ("2010-04-22", "The rig exploded at about 10 p.m. on Tuesday, the Coast Guard said.\n"),
        }
    )
    [finding] = _dates(found)
    assert "Thursday" in finding["message"]


def test_a_clock_time_or_a_day_opening_a_timeline_line_keeps_its_event(tmp_path: Any) -> None:
    frames = _frames(
        tmp_path,
        "1.27am - the freighter appears to be colliding with one of the bridge piers.\n\n"
        "April 20 - the oil rig exploded off the coast.\n",
    )
    assert "unknown.event" not in frames


def test_a_count_after_a_clock_time_a_duration_or_another_act_stays_the_whole(tmp_path: Any) -> None:
    # review of fa27: the earlier figure must be a count its verb tells of too, else the later
    # count is the whole ("at 10 pm and 15 people died" is the whole toll)
    frames = _frames(
        tmp_path,
        "The fire broke out at 10 pm and 15 people died in the blaze.\n\n"
        "Rescuers searched for two hours and 15 people were rescued.\n\n"
        "Police arrested 3 suspects and 15 people were evacuated from the area.\n",
    )
    assert "auto.count.deaths" in frames
    assert "auto.count.rescued" in frames
    assert "auto.count.evacuated" in frames
    assert not any(".part-" in frame for frame in frames)


def test_a_timelines_dated_lines_keep_their_events(tmp_path: Any) -> None:
    # review of fa27: several lines opening "April 20, 2010 \u2014" are a timeline's entries, each
    # the day of its own event, not one report's dateline
    frames = _frames(
        tmp_path,
        "Timeline\n\nApril 20, 2010 \u2014 The rig exploded, killing 11 workers.\n\n"
        "April 22, 2010 \u2014 The rig sank in 5,000 feet of water.\n",
    )
    assert "auto.event.exploded" in frames
    assert "unknown.event" not in frames


def test_a_count_of_things_listed_after_another_is_the_whole_of_its_kind(tmp_path: Any) -> None:
    # "in all 50 states and 32 countries": no act counts states and countries as one toll, so
    # the countries are all the countries, and meet another report's "33 countries"
    frames = _frames(tmp_path, "Marches were held in all 50 states and 32 countries on Saturday.\n")
    assert "auto.count.countries" in frames
    assert not any("part-" in frame for frame in frames)

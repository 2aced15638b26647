"""Sizes of things and participles alike, session 26 (issue 12), as a user of `review` sees them.

- A length written at the noun of a thing whose size reports give (frames.yaml `sized_things`) is
  that thing's size, `auto.measure.size.<thing>.<dimension>`: "the 948-foot container ship", "a
  160-foot (50-meter) gash", "the 985-foot-long vessel", "the two-mile wide tornado", "a tornado
  1.3 miles wide". Two reports' sizes of one gash or one tornado meet; a ship's length never meets
  its width, a distance, or a length before a noun that is not listed ("the 100-metre final").
- A glued length with a dimension after it ("985-foot-long") is read in its unit (it was read as a
  count of people).
- A participle alone maps to the one a count is framed by (frames.yaml `verb_alike`): "350 trains
  were stranded" meets "300 trains have been stalled" (a running count: an update, shown as info).

Reports are written for these tests.
"""

from __future__ import annotations

from typing import Any

from click.testing import CliRunner
from registry_review import Review

from factcheck.cli import main


def _quantities(found: Any) -> list[dict[str, Any]]:
    return [f for f in found["findings"] if f["rule_id"].startswith("FC10") and f["grade"] != "info"]


def test_two_gash_lengths_far_apart_are_flagged(review: Review) -> None:
    found = review(
        {
            "a": ("2012-01-15", "The liner ran aground with a 160-foot (50-meter) gash in its hull.\n"),
            "b": ("2012-01-15", "Divers inspected a 90-metre gash in the ship's side on Sunday.\n"),
        }
    )
    [finding] = _quantities(found)
    assert finding["grade"] in ("major", "critical")
    assert "90" in finding["message"]


def test_one_gash_in_feet_and_metres_passes(review: Review) -> None:
    found = review(
        {
            "a": ("2012-01-15", "The liner ran aground with a 160-foot gash in its hull.\n"),
            "b": ("2012-01-15", "Divers inspected a 50-metre gash in the ship's side on Sunday.\n"),
        }
    )
    assert _quantities(found) == []


def test_tornado_widths_before_and_after_the_noun_meet(review: Review) -> None:
    found = review(
        {
            "a": ("2013-05-21", "The two-mile wide tornado flattened homes in Moore on Monday.\n"),
            "b": ("2013-05-21", "Forecasters said the tornado was 1.3 miles wide when it hit Moore.\n"),
        }
    )
    [finding] = _quantities(found)
    assert "1.3 miles" in finding["message"]


def test_a_ships_length_never_meets_a_distance_nor_a_race(review: Review) -> None:
    found = review(
        {
            "a": ("2024-03-26", "The 948-foot container ship hit the bridge on Tuesday.\n"),
            "b": (
                "2024-03-26",
                "The ship sank 200 feet from the shore. Bolt won the 100-metre final in Berlin.\n",
            ),
        }
    )
    assert _quantities(found) == []


def test_a_length_before_a_participle_is_no_size(tmp_path: Any) -> None:
    source = tmp_path / "comet.txt"
    source.write_text(
        "The signals needed 28 minutes to cover the 317 million miles separating the comet.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["extract", str(source), "--format", "table"])
    assert result.exit_code == 0, result.output
    assert "size.comet" not in result.output


def test_the_size_frame_shows_in_the_table(tmp_path: Any) -> None:
    source = tmp_path / "dali.txt"
    source.write_text("The 985-foot-long vessel lost power before it struck the bridge.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(source), "--format", "table"])
    assert result.exit_code == 0, result.output
    assert "985 feet" in result.output
    assert "auto.measure.size.vessel.length" in result.output


def test_stranded_and_stalled_trains_meet(review: Review) -> None:
    found = review(
        {
            "a": ("2012-07-31", "More than 350 trains were stranded across the north on Tuesday.\n"),
            "b": ("2012-07-31", "Officials said 200 trains have been stalled across the north on Tuesday.\n"),
        }
    )
    # a count of trains framed by its own words runs: the two reports meet, as one figure updated
    [finding] = [f for f in found["findings"] if f["rule_id"] == "FC102"]
    assert "350 trains" in finding["message"]
    assert "200 trains" in finding["message"]


def test_a_ships_length_with_its_passengers_after_it_is_still_its_length(review: Review) -> None:
    found = review(
        {
            "a": (
                "2012-01-15",
                "Panic is understandable in a ship long over 300 meters with over 4,000 passengers.\n",
            ),
            "b": ("2012-01-15", "The 290-metre (950 ft) vessel ran aground off Giglio on Friday.\n"),
        }
    )
    assert any("290" in f["message"] and "300" in f["message"] for f in _quantities(found))


def test_a_ships_length_never_meets_a_rescue_boats(review: Review) -> None:
    found = review(
        {
            "a": ("2024-03-26", "The 948-foot container ship hit the bridge on Tuesday.\n"),
            "b": ("2024-03-26", "Divers went out in a 30-foot boat to search the river on Tuesday.\n"),
        }
    )
    assert _quantities(found) == []


def test_one_report_sizing_two_ships_is_no_disagreement(review: Review) -> None:
    # review 26: two sizes of one kind in one text are two things, neither the story's one ship
    found = review(
        {
            "a": (
                "2024-03-05",
                "The 333-metre tanker was carrying crude oil. The 180-metre cargo ship was empty,"
                " officials said on Tuesday.\n",
            ),
            "b": ("2024-03-05", "The 180-metre cargo ship was empty, officials said on Tuesday.\n"),
        }
    )
    assert _quantities(found) == []


def test_two_bridges_in_two_reports_never_meet(review: Review) -> None:
    found = review(
        {
            "a": ("2024-03-05", "The 300-metre bridge over the Sava collapsed on Tuesday, officials said.\n"),
            "b": (
                "2024-03-05",
                "Traffic was diverted to the 1.2-km bridge downstream on Tuesday, officials said.\n",
            ),
        }
    )
    assert _quantities(found) == []


def test_a_span_a_crossing_and_a_place_across_a_bay_are_no_sizes(tmp_path: Any) -> None:
    source = tmp_path / "ferry.txt"
    source.write_text(
        "Operators said the 20-mile ferry crossing would reopen on Friday. The ferry was 3 miles"
        " across the bay when it capsized. Divers inspected the 366-metre bridge span.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["extract", str(source), "--format", "table"])
    assert result.exit_code == 0, result.output
    assert "size." not in result.output


def test_a_patrol_vessel_sent_to_a_ferry_never_meets_its_length(review: Review) -> None:
    found = review(
        {
            "a": (
                "2024-03-05",
                "A 60-metre patrol vessel reached the capsized ferry on Tuesday, the coast guard said.\n",
            ),
            "b": (
                "2024-03-05",
                "The 120-metre ferry capsized off Lesbos on Tuesday, the coast guard said.\n",
            ),
        }
    )
    assert _quantities(found) == []


def test_a_bar_for_a_class_of_ships_is_no_ships_size(review: Review) -> None:
    found = review(
        {
            "a": (
                "2024-03-05",
                "Ships over 180 metres long are banned from the lagoon, officials said on Tuesday.\n",
            ),
            "b": ("2024-03-05", "The 120-metre ferry entered the lagoon on Tuesday, officials said.\n"),
        }
    )
    assert _quantities(found) == []

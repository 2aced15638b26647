"""Issues 12 and 14 (session 22, a new user's mine-flood story): an area given in two units and a
figure written "100-plus" are read as a reader reads them, through the CLI (init, sources add,
extract --write, review; check --source).

"The mine covers 180 square kilometres (70 square miles)" was two lengths, 180 km against 70
miles, and `review` called the two halves of one sentence a major conflict; "100-plus trapped
miners freed" was exactly 100, "53 % apart" from 153 trapped; and a summary that turned 70 square
miles into "about 180 square kilometres" was "unsupported".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from registry_review import Review

GRADES = ("info", "minor", "major", "critical")

# the first report of the flood, which the later reports of each test are set against
FLOODED = "Water flooded the Hexi coal mine on Sunday, trapping 153 miners underground."


def above_info(report: Any, frame: str) -> list[dict[str, Any]]:
    """The findings above info whose first side has `frame`."""
    return [
        f
        for f in report["findings"]
        if f["grade"] != "info" and any(s.get("frame") == frame for s in f["sides"])
    ]


def texts(finding: dict[str, Any]) -> set[str]:
    return {side["text"] for side in finding["sides"]}


def test_an_area_in_two_units_is_one_area(review: Review) -> None:
    report = review(
        {
            "agency": (
                "2010-03-29",
                "Water flooded the Hexi coal mine on Sunday, trapping 153 miners. The mine covers an "
                "area of 180 square kilometres (70 square miles).",
            ),
            "paper": (
                "2010-03-29",
                "The Hexi coal mine flooded on Sunday, trapping 153 miners. The mine covers about 180 "
                "square kilometers.",
            ),
        }
    )
    assert above_info(report, "auto.measure.area") == []


def test_an_area_that_differs_is_still_a_conflict(review: Review) -> None:
    report = review(
        {
            "agency": (
                "2010-03-29",
                "Water flooded the Hexi coal mine on Sunday, trapping 153 miners. The mine covers an "
                "area of 70 square miles.",
            ),
            "paper": (
                "2010-03-29",
                "The Hexi coal mine flooded on Sunday, trapping 153 miners. The mine covers 700 square "
                "kilometres.",
            ),
        }
    )
    [finding] = above_info(report, "auto.measure.area")
    assert {"70 square miles", "700 square kilometres"} <= texts(finding)


def test_a_plus_figure_is_a_floor(review: Review) -> None:
    report = review(
        {
            # dated by their months only, as many stored pages are: of unknown order
            "gulf": (
                "2010-03",
                FLOODED,
            ),
            "national": (
                "2010-04",
                "100-plus trapped miners freed\n\nRescuers pulled the miners out of the Hexi coal mine "
                "on Monday.",
            ),
        }
    )
    assert above_info(report, "auto.count.trapped") == []


def test_a_figure_below_a_plus_floor_is_a_conflict(review: Review) -> None:
    report = review(
        {
            "gulf": (
                "2012-01-14",
                "The cruise ship Aurora ran aground off Giglio on Friday with 2,100 people aboard.",
            ),
            "wire": (
                "2012-01-14",
                "The cruise ship Aurora, with 4,200-plus people aboard, ran aground off Giglio on Friday.",
            ),
        }
    )
    [finding] = above_info(report, "auto.count.aboard")
    assert "4,200-plus people" in texts(finding)


@pytest.mark.parametrize(
    ("summary", "code", "verdict"),
    [
        (
            "The flooded Hexi mine covers about 180 square kilometres.",
            0,
            "2 supported, 0 contradicted, 0 unsupported",
        ),
        (
            "The flooded Hexi mine covers about 70 square miles.",
            0,
            "2 supported, 0 contradicted, 0 unsupported",
        ),
        (
            "The flooded Hexi mine covers about 180 square miles.",
            1,
            "unsupported number “about 180 square miles”",
        ),
    ],
)
def test_check_converts_an_area_as_an_area(
    cli: Callable[..., Result], tmp_path: Path, summary: str, code: int, verdict: str
) -> None:
    source = tmp_path / "wire.txt"
    source.write_text(
        "Mine flood traps miners\n\nWater flooded the Hexi coal mine on Sunday, trapping 153 miners. "
        "The mine covers an area of 70 square miles.\n",
        encoding="utf-8",
    )
    draft = tmp_path / "summary.md"
    draft.write_text(f"---\ndate: 2010-03-30\n---\n{summary}\n", encoding="utf-8")
    result = cli("check", str(draft), "--source", str(source))
    assert result.exit_code == code, result.output
    assert verdict in result.output


def test_extract_shows_the_area_unit_and_the_floor(cli: Callable[..., Result], tmp_path: Path) -> None:
    text = tmp_path / "wire.txt"
    text.write_text(
        "The mine covers 180 square kilometres (70 square miles). Rescuers freed 100-plus miners.\n",
        encoding="utf-8",
    )
    result = cli("extract", str(text), "--published", "2010-04-05", "--format", "table")
    assert result.exit_code == 0, result.output
    assert "180 sq km" in result.output
    assert "70 sq miles" in result.output
    assert "at least 100" in result.output


def test_a_hyphened_depth_of_a_pit_meets_a_depth_underground(review: Review) -> None:
    report = review(
        {
            "xinhua": (
                "2010-04-05",
                "Rescuers sent 360 bags of glucose down the 250-meter coal mine after they heard "
                "knocking on a pipe on Friday.",
            ),
            "afp": (
                "2010-04-05",
                "Survivors told state television that the miners were trapped around 1,000 metres "
                "underground in the Hexi coal mine.",
            ),
        }
    )
    [finding] = above_info(report, "auto.measure.depth.below-ground")
    assert finding["grade"] in ("major", "critical")
    assert {"around 1,000 metres", "250"} <= texts(finding)


@pytest.mark.parametrize(
    "sentence",
    [
        "The rescuers waited 250 meters from the coal mine.",  # a distance, not a depth
        "Workers had dug a 250-meter tunnel into the hill.",  # a tunnel is long, not deep
        "They drilled a 250-metre-long hole sideways into the seam.",  # a length said as one
    ],
)
def test_other_lengths_near_a_mine_are_no_depth(
    cli: Callable[..., Result], tmp_path: Path, sentence: str
) -> None:
    text = tmp_path / "wire.txt"
    text.write_text(sentence + "\n", encoding="utf-8")
    result = cli("extract", str(text), "--published", "2010-04-05", "--format", "table")
    assert result.exit_code == 0, result.output
    assert "depth.below-ground" not in result.output


def test_a_fall_of_the_trapped_made_up_by_rescues_is_an_update(review: Review) -> None:
    report = review(
        {
            "first": (
                "2010-03-29",
                FLOODED,
            ),
            "rescue": (
                "2010-04-05",
                "Rescuers pulled 115 miners out alive from the Hexi coal mine on Monday, while 38 "
                "remained trapped.",
            ),
        }
    )
    assert above_info(report, "auto.count.trapped") == []


def test_a_fall_the_rescues_do_not_make_up_is_still_a_conflict(review: Review) -> None:
    report = review(
        {
            "first": (
                "2010-03-29",
                FLOODED,
            ),
            "rescue": (
                "2010-04-05",
                "Rescuers pulled 15 miners out alive from the Hexi coal mine on Monday, while 38 "
                "remained trapped.",
            ),
        }
    )
    [finding] = above_info(report, "auto.count.trapped")
    assert {"153 miners", "38"} <= texts(finding)


def test_a_remaining_count_the_rescues_do_not_add_up_to_is_still_a_conflict(review: Review) -> None:
    # review 22: 115 rescued and 90 still trapped is not 153 trapped, however far 90 is from 153
    report = review(
        {
            "first": (
                "2010-03-29",
                "Water flooded the Hexi coal mine on Sunday afternoon, trapping 153 miners underground.",
            ),
            "rescue": (
                "2010-03-29",
                "Water flooded the Hexi coal mine on Sunday. Rescuers pulled 115 miners out alive, while "
                "90 remained trapped, officials said on Sunday.",
            ),
        }
    )
    [finding] = above_info(report, "auto.count.trapped")
    assert {"153 miners", "90"} <= texts(finding)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ambulances raced up the 2-km mine road on Sunday.",  # the mine modifies the road
        "Water poured into a 900-metre mine tunnel on Sunday.",  # a tunnel is long
        "The river tore a 40-metre hole in the levee on Saturday.",  # a breach, not a depth
        "The flood blew a 3-mile hole in the budget.",  # a figure of speech
    ],
)
def test_a_pit_noun_that_is_no_head_or_a_breach_is_no_depth(
    cli: Callable[..., Result], tmp_path: Path, sentence: str
) -> None:
    text = tmp_path / "wire.txt"
    text.write_text(sentence + "\n", encoding="utf-8")
    result = cli("extract", str(text), "--published", "2010-04-05", "--format", "table")
    assert result.exit_code == 0, result.output
    assert "depth.below-ground" not in result.output

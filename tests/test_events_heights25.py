"""Frames and events, session 25 (issue 12, items 1-2), as a user of `review` sees them.

- Heights and altitudes get a measure frame (auto.measure.height): "an altitude of 128,100 feet",
  "jumped from 28,000 feet", "24 miles above the Earth", "23 miles up"; a jump the text dates to
  another year keeps that year and never meets today's; a mountain's height ("the 8,848-metre
  summit") is its own frame, never an avalanche's altitude on its slopes; a thing's size ("a wall
  of snow 35 feet tall") is no altitude.
- New event cues: a regulator's approval ("approved", "granted emergency authorization"), an
  auction ("auction", "auctioned"), a detection ("detected"), each its own event: a breach
  detected on July 29 never meets the attack's day.
- A story told from abroad reads its local times in the event's zone: a place after "the
  archbishop of" or a person's name and "of" ("Cardinal Jorge Bergoglio of Argentina") is
  someone's see or origin, not where the event happens; Baikonur has its own clock (UTC+6 in
  2018), not Moscow's.

Reports are written for these tests.
"""

from __future__ import annotations

from typing import Any

from registry_review import Review


def _above_info(found: Any, rule: str) -> list[dict[str, Any]]:
    return [f for f in found["findings"] if f["rule_id"] == rule and f["grade"] != "info"]


def _quantities(found: Any) -> list[dict[str, Any]]:
    return [f for f in found["findings"] if f["rule_id"].startswith("FC10") and f["grade"] != "info"]


def test_two_jump_altitudes_far_apart_are_flagged(review: Review) -> None:
    found = review(
        {
            "a": ("2012-10-15", "Baumgartner landed safely after jumping from 28,000 feet on Sunday.\n"),
            "b": (
                "2012-10-15",
                "Baumgartner leapt from an altitude of 128,100 feet above New Mexico on Sunday.\n",
            ),
        }
    )
    [finding] = _quantities(found)
    assert finding["grade"] == "critical"
    assert "28,000 feet" in finding["message"]
    assert "128,100 feet" in finding["message"]


def test_one_altitude_in_kilometres_and_feet_passes(review: Review) -> None:
    found = review(
        {
            "a": ("2012-10-15", "He jumped from 39 kilometres above the Earth on Sunday.\n"),
            "b": ("2012-10-15", "He fell from an altitude of 128,000 feet on Sunday.\n"),
        }
    )
    assert _quantities(found) == []


def test_a_record_jump_of_another_year_never_meets_todays(review: Review) -> None:
    found = review(
        {
            "a": ("2012-10-15", "Baumgartner jumped from 128,100 feet on Sunday.\n"),
            "b": (
                "2012-10-15",
                "Baumgartner broke the record Kittinger set in his 1960 jump from 102,800 feet.\n",
            ),
        }
    )
    assert _quantities(found) == []


def test_a_summits_height_never_meets_an_avalanches_altitude(review: Review) -> None:
    found = review(
        {
            "a": ("2014-04-18", "The avalanche struck at an altitude of about 5,800 metres on Friday.\n"),
            "b": (
                "2014-04-18",
                "Sherpas were fixing ropes on the 8,848-metre summit's lower slopes on Friday.\n",
            ),
        }
    )
    assert _quantities(found) == []


def test_a_things_size_is_no_altitude(review: Review) -> None:
    found = review(
        {
            "a": ("2017-01-20", "The hotel stands at an altitude of about 3,940 feet in the Apennines.\n"),
            "b": (
                "2017-01-20",
                "The hotel was buried under a wall of snow up to 35 feet tall on Wednesday.\n",
            ),
        }
    )
    assert _quantities(found) == []


def test_two_days_of_one_approval_are_flagged(review: Review) -> None:
    found = review(
        {
            "a": ("2020-12-02", "Britain approved the Pfizer vaccine on Wednesday, Dec. 2.\n"),
            "b": (
                "2020-12-02",
                "On Tuesday, December 1, UK regulators granted emergency authorization to the Pfizer vaccine.\n",
            ),
        }
    )
    [finding] = _above_info(found, "FC201")
    assert finding["grade"] == "major"


def test_a_filing_for_authorization_is_no_approval(review: Review) -> None:
    found = review(
        {
            "a": ("2020-12-02", "Britain approved the Pfizer vaccine on Wednesday, Dec. 2.\n"),
            "b": (
                "2020-12-02",
                "Pfizer filed for emergency use authorization in the United States on Nov. 20.\n",
            ),
        }
    )
    assert _above_info(found, "FC201") == []


def test_two_days_of_one_auction_are_flagged(review: Review) -> None:
    found = review(
        {
            "a": ("2017-11-17", "On November 16, 2017, Christie's held an auction for the painting.\n"),
            "b": ("2017-11-17", "The painting was auctioned in New York on November 15, 2017.\n"),
        }
    )
    [finding] = _above_info(found, "FC201")
    assert finding["grade"] == "major"


def test_a_detections_day_never_meets_the_attacks(review: Review) -> None:
    found = review(
        {
            "a": ("2017-09-08", "Hackers attacked the company's servers on May 13, 2017.\n"),
            "b": ("2017-09-08", "The company said it detected the attack on July 29, 2017.\n"),
        }
    )
    assert _above_info(found, "FC201") == []


def test_a_popes_see_abroad_does_not_set_the_events_clock(review: Review) -> None:
    # the archbishop of Buenos Aires, elected in the Vatican: 8:12 p.m. local time is Rome's
    # (UTC+1 in March), 1912 GMT; read in Buenos Aires (UTC-3) it would be four hours off
    found = review(
        {
            "a": (
                "2013-03-13",
                "Cardinal Jorge Mario Bergoglio of Argentina, the archbishop of Buenos Aires, was "
                "announced as pope at the Vatican at 8:12 p.m. local time on Wednesday, March 13.\n",
            ),
            "b": ("2013-03-13", "The new pope was announced at 1912 GMT on Wednesday, March 13.\n"),
        }
    )
    assert _above_info(found, "FC201") == []


def test_a_baikonur_launch_told_from_moscow_keeps_baikonurs_clock(review: Review) -> None:
    found = review(
        {
            "a": (
                "2018-10-11",
                "MOSCOW - A Soyuz booster exploded over the Baikonur cosmodrome at 2:40 p.m. local time "
                "on Thursday, Oct. 11.\n",
            ),
            "b": ("2018-10-11", "The booster exploded at Baikonur at 0840 GMT on Thursday, Oct. 11.\n"),
        }
    )
    assert _above_info(found, "FC201") == []


# Review of events25: near-misses the first cut joined or lost.


def test_a_masts_height_never_meets_a_helicopters_altitude(review: Review) -> None:
    found = review(
        {
            "a": (
                "2031-03-04",
                "A helicopter hit a radio mast on Tuesday. The mast rose to a height of 1,000 feet.\n",
            ),
            "b": (
                "2031-03-04",
                "A helicopter hit a radio mast on Tuesday. It was flying at an altitude of 3,000 feet.\n",
            ),
        }
    )
    assert _quantities(found) == []


def test_wave_heights_never_meet_a_planes_altitude(review: Review) -> None:
    found = review(
        {
            "a": (
                "2031-09-01",
                "Hurricane Opal struck the coast on Monday. Waves reached heights of 30 feet.\n",
            ),
            "b": (
                "2031-09-01",
                "Hurricane Opal struck the coast on Monday. Planes flew into it at an altitude of 10,000 feet.\n",
            ),
        }
    )
    assert _quantities(found) == []


def test_a_mountain_standing_above_sea_level_never_meets_a_camps_altitude(review: Review) -> None:
    found = review(
        {
            "a": (
                "2031-05-10",
                "An avalanche hit Camp 2 on Everest on Saturday. Everest stands 8,849 metres above sea level.\n",
            ),
            "b": (
                "2031-05-10",
                "An avalanche hit Camp 2 on Everest on Saturday. The camp lies at an altitude of 6,400 metres.\n",
            ),
        }
    )
    assert _quantities(found) == []


def test_a_flood_above_flood_stage_is_no_altitude(review: Review) -> None:
    found = review(
        {
            "a": (
                "2031-04-02",
                "The river flooded the town on Tuesday. The water rose 3 feet above flood stage.\n",
            ),
            "b": (
                "2031-04-02",
                "The river flooded the town on Tuesday. A helicopter hovered 200 feet above the water.\n",
            ),
        }
    )
    assert _quantities(found) == []


def test_a_governors_state_alone_still_sets_the_clock(review: Review) -> None:
    # Hawaii is UTC-10: 8:07 a.m. is 1807 GMT, so 1607 GMT is two hours off
    found = review(
        {
            "a": (
                "2031-01-13",
                "The governor of Hawaii said the quake struck at 8:07 a.m. local time on Jan. 13.\n",
            ),
            "b": ("2031-01-13", "The quake struck at 1607 GMT on Jan. 13.\n"),
        }
    )
    assert _above_info(found, "FC201") != []


def test_a_place_before_by_and_a_name_keeps_its_clock(review: Review) -> None:
    # Tokyo is UTC+9: 3 p.m. is 0600 GMT
    found = review(
        {
            "a": (
                "2031-02-10",
                "A bomb planted in Tokyo by Red Army militants exploded at 3 p.m. local time on Feb. 10.\n",
            ),
            "b": ("2031-02-10", "The bomb exploded at 0800 GMT on Feb. 10.\n"),
        }
    )
    assert _above_info(found, "FC201") != []


def test_a_bank_of_a_city_is_in_that_city(review: Review) -> None:
    # New York is UTC-4 in March 2031 (after the second Sunday): 2 p.m. is 1800 GMT
    found = review(
        {
            "a": (
                "2031-03-17",
                "The Federal Reserve Bank of New York announced the operation at 2 p.m. local time on March 17.\n",
            ),
            "b": ("2031-03-17", "The operation was announced at 1600 GMT on March 17.\n"),
        }
    )
    assert _above_info(found, "FC201") != []

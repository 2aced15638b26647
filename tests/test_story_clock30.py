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
"""

from __future__ import annotations

from typing import Any

from quantity_claims import claims_published, published_on
from registry_review import Review

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

"""Counts of people that are parts of a tally (issue 12, session 16): "3 of them" after a count of
a kind ("Twelve children were among the injured") counts those of that kind, never the whole role.
Our own sentences in the shape of news text; the review cases are session 15's review of numbers15
(/work/notes/review15_numbers15.md), which must stay silent."""

from __future__ import annotations

import pytest
from quantity_claims import claims_published, published_on
from registry_review import Review

claims = claims_published(published_on("2025-04-01"))

CRASH = "A bus crash near Velden killed nine people and injured 31 on Tuesday. "
ELEVEN = "Eleven people were in critical condition on Tuesday night, the hospital said."


def above_info(found: dict) -> list[str]:
    return [f"{f['grade']} {f['message']}" for f in found["findings"] if f["grade"] != "info"]


def test_of_them_after_a_count_of_a_kind_is_a_part_of_that_kind() -> None:
    found = claims(CRASH + "Twelve children were among the injured. 3 of them are in critical condition.")
    assert found["3"].subject == "auto.count.critical.part-child"
    hurt = claims(CRASH + "Four firefighters were hurt; 2 of them are in critical condition.")
    assert hurt["2"].subject == "auto.count.critical.part-firefighter"


def test_of_them_after_a_whole_count_is_still_all_those_critical() -> None:
    # "them" are all the injured: the 71 are everyone in critical condition
    assert claims("701 people were injured, 71 of them in critical condition.")["71"].subject == (
        "auto.count.critical"
    )
    # an aside is never what "of them" refers to: "them" are the 20, not the six firefighters
    aside = claims(
        "At least 20 people, including 6 firefighters, were injured, 14 of them in a critical condition."
    )
    assert aside["14"].subject == "auto.count.critical"
    # a place is no kind: the 17 are all the critical, wherever they are treated
    treated = claims("Hospitals reported at least 144 people injured, at least 17 of them critically.")
    assert treated["at least 17"].subject == "auto.count.critical"
    # a count of a kind earlier in the text does not make a later whole count's "of them" a part
    later = claims(
        "Twelve children were among the injured on Monday. The fire injured 40 people, 3 of them critically."
    )
    assert later["3"].subject == "auto.count.critical"


def test_a_subgroups_critical_count_meets_no_whole_count(review: Review) -> None:
    # review15 o_sub_digits: 3 critical children against 11 critical people is no conflict
    found = review(
        {
            "ledger": (
                "2025-04-01",
                CRASH + "Twelve children were among the injured. 3 of them are in critical "
                "condition, a doctor said.\n",
            ),
            "courier": (
                "2025-04-01",
                "A bus crash near Velden killed 9 people and injured 31 on Tuesday. " + ELEVEN + "\n",
            ),
        }
    )
    assert above_info(found) == []


REVIEW15 = {
    # the ransom, the arrests "over the abduction of", the rescued part, another event's kidnapping
    "kidnap": {
        "a": (
            "2025-03-07",
            "Gunmen abducted 30 villagers on Thursday, officials in Zamfara state said. "
            "Two farmers were killed.\n",
        ),
        "b": (
            "2025-03-08",
            "The kidnappers demanded a ransom of 40 million naira for the abducted villagers, "
            "a community leader said on Friday. Police have arrested 12 suspects over the abduction of "
            "the villagers, a spokesman said on Friday. Soldiers rescued 25 kidnapped villagers on Friday, "
            "the army said. The raid on Thursday echoed Chibok, where 276 girls were kidnapped a decade "
            "ago.\n",
        ),
    },
    # halted or stalled trains are not stranded ones
    "trains": {
        "a": ("2025-01-06", "About 300 trains were stranded by drifting snow on Monday.\n"),
        "b": (
            "2025-01-06",
            "Rail operators halted 40 trains as a precaution before the blizzard reached the "
            "north on Monday. 12 trains stalled in tunnels.\n",
        ),
    },
    # "Fourteen of the injured, including two in critical condition": the two are not the fourteen
    "aside": {
        "a": (
            "2025-04-01",
            "A fire at a chemical plant near Velden injured 30 workers on Tuesday. Fourteen "
            "of the injured, including two in critical condition, were flown to Lisbon.\n",
        ),
        "b": (
            "2025-04-02",
            "The Velden plant fire on Tuesday injured 30 workers; two people remain in "
            "critical condition, officials said on Wednesday.\n",
        ),
    },
}


@pytest.mark.parametrize("case", sorted(REVIEW15))
def test_review15_examples_stay_silent(review: Review, case: str) -> None:
    assert above_info(review(REVIEW15[case])) == []

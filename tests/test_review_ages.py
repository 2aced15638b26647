"""Ages in review (issue 12, session 19): two reports giving one person two ages disagree at the
same time, graded major (FC102); ages of different people, a thing's age and a count never meet."""

from __future__ import annotations

from typing import Any

import pytest
from registry_review import Review


def _age_findings(found: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        f
        for f in found["findings"]
        if f["grade"] != "info" and any("age." in (side.get("frame") or "") for side in f["sides"])
    ]


def test_one_person_given_two_ages_is_a_major_conflict(review: Review) -> None:
    found = review(
        {
            "wire": ("2025-07-04", "Peter Lund spoke in Geneva on Wednesday. Lund, 83, said he was moved.\n"),
            "daily": (
                "2025-07-04",
                "Peter Lund arrived smiling on Wednesday. Lund, 82, has lost none of his wit.\n",
            ),
        }
    )
    [finding] = _age_findings(found)
    assert finding["grade"] == "major"
    assert {side["text"] for side in finding["sides"]} == {"83", "82"}


def test_ages_of_two_people_or_a_thing_never_meet(review: Review) -> None:
    found = review(
        {
            "wire": (
                "2025-07-04",
                "Ana Lind, who is 34, and her son Leo, 6, were rescued on Monday. Lind is a nurse.\n",
            ),
            "daily": (
                "2025-07-04",
                "Ana Lind, 34, was rescued with her son Leo, 6, on Monday. A 35-year-old man died."
                " The Morbi Bridge is 140 years old, and 143 homes fell.\n",
            ),
        }
    )
    assert _age_findings(found) == []


@pytest.mark.parametrize(
    ("said", "apposed"),
    [
        (
            "Ford is 122 years old. Bill Ford spoke in Detroit on Monday.",
            "Bill Ford, 68, spoke in Detroit on Monday.",
        ),
        (
            "The firm founded by Lund is 40 years old. Its owner spoke in Oslo on Monday.",
            "Peter Lund, 72, spoke in Oslo on Monday about the firm.",
        ),
    ],
)
def test_a_firm_s_age_or_a_noun_phrase_s_is_never_a_person_s(review: Review, said: str, apposed: str) -> None:
    # review19_ages19 must-fix 2: "Ford" is a firm there, Lund ends "the firm founded by Lund"
    found = review({"wire": ("2025-07-04", said + "\n"), "daily": ("2025-07-04", apposed + "\n")})
    assert _age_findings(found) == []


@pytest.mark.parametrize(
    ("later", "age", "grade"),
    [
        ("2025-09-10", 83, "minor"),
        ("2025-02-09", 83, "minor"),
        ("2025-01-20", 83, "major"),
        ("2025-09-10", 84, "major"),
    ],
)
def test_ages_a_year_apart_in_reports_a_birthday_may_lie_between_are_close(
    review: Review, later: str, age: int, grade: str
) -> None:
    # review19_ages19 must-fix 3: 82 in January and 83 in September may both be right (minor);
    # 30 days or more apart counts as months apart, 10 days apart is one report's error (major),
    # and two years apart is major however far apart the reports
    found = review(
        {
            "wire": ("2025-01-10", "Peter Lund spoke in Geneva on Wednesday. Lund, 82, said he was moved.\n"),
            "daily": (
                later,
                f"Peter Lund spoke in Oslo on Tuesday. Lund, {age}, said he would keep working.\n",
            ),
        }
    )
    [finding] = _age_findings(found)
    assert finding["grade"] == grade


def test_a_lone_surname_said_with_is_of_two_people_of_one_surname_gives_no_age(review: Review) -> None:
    # review19_ages19: "Reed is 45 years old" and "Reed is 41 years old" are a mayor and a nurse;
    # "Tom Reed, 45," sets the age off after the full name, not after "Reed" alone
    found = review(
        {
            "wire": (
                "2025-03-03",
                "Mayor Tom Reed, 45, opened the bridge in Kessel on Monday. Reed is 45 years old.\n",
            ),
            "daily": (
                "2025-03-03",
                "Anna Reed, who is 41, opened the bridge in Kessel on Monday with the mayor."
                " Reed is 41 years old and a nurse.\n",
            ),
        }
    )
    assert _age_findings(found) == []

"""One frame, two errors of different weight (issue 12, session 22): a far outlier (critical) and
a nearer one (major) that other reports single out are two findings, each graded as itself, not
one finding graded as the worse. Tune split at session 21's end: a depth of "114m" against
"about 260 feet" (1.4 times) was shown critical because "more than a mile" stood in the same
frame."""

from __future__ import annotations

from registry_review import Review
from test_grouping import pair, side

from factcheck.grade.grouping import group_findings
from factcheck.model import Grade

FAR = ("FC101", "quantity.far-apart")
TOLERANCE = ("FC102", "quantity.tolerance")


def test_a_nearer_outlier_beside_a_far_one_is_a_major_finding_of_its_own(review: Review) -> None:
    day = "2006-01-03"
    found = review(
        {
            "alpha": (day, "Rescuers were trying to reach 13 miners trapped about 260 feet underground."),
            "bravo": (day, "The 13 coal miners were trapped 260 feet underground, officials said."),
            "charlie": (day, "The miners are trapped about 260 feet underground in the mine."),
            "delta": (day, "The 13 men were trapped more than a mile underground after the blast."),
            "echo": (day, "The 13 miners are believed to be 114m below ground level."),
        }
    )["findings"]
    graded = {f["grade"]: f for f in found if f["grade"] != "info"}
    assert sorted(graded) == ["critical", "major"]
    assert graded["critical"]["message"].startswith("≥ 1 miles “more than a mile” (delta) stand(s) apart")
    assert graded["major"]["message"].startswith("114 m “114m” (echo) stand(s) apart")


def test_a_nearer_pair_that_singles_out_no_figure_stays_with_the_worse() -> None:
    # "40" against "88" alone does not tell which is wrong: it is not made a finding of its own
    frame = "auto.measure.money.value"
    low, high, far1, far2 = (side(c, v, frame) for c, v in (("a", "40"), ("b", "88"), ("c", "2"), ("d", "2")))
    [one] = group_findings(
        [
            pair(TOLERANCE, "outside-tolerance", Grade.MAJOR, low, high),
            *(pair(FAR, "far-apart", Grade.CRITICAL, f, x) for f in (far1, far2) for x in (low, high)),
        ]
    )
    assert one.grade is Grade.CRITICAL
    assert {s.claim_id for s in one.sides} == {"a", "b", "c", "d"}


def test_a_nearer_error_touching_the_far_outlier_stays_one_finding() -> None:
    # the far figure seen from a nearer value is the same wrong figure: one critical finding
    frame = "auto.count.teams"
    two = side("a", "2", frame)
    others = [side(c, "14", frame) for c in ("b", "c")]
    eight = side("d", "8", frame)
    [one] = group_findings(
        [
            *(pair(FAR, "far-apart", Grade.CRITICAL, two, x) for x in others),
            pair(TOLERANCE, "outside-tolerance", Grade.MAJOR, two, side("e", "3.5", frame)),
            *(pair(TOLERANCE, "outside-tolerance", Grade.MAJOR, eight, x) for x in others[:1]),
            pair(FAR, "far-apart", Grade.CRITICAL, two, eight),
        ]
    )
    assert one.grade is Grade.CRITICAL

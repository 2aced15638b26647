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


def _letters(report: dict[str, list[dict[str, object]]]) -> dict[str, tuple[object, object]]:
    return {str(s["source"]): (s["letter"], s["counts"]) for s in report["sources"]}


def test_a_figure_repeated_by_one_outlet_does_not_single_out_another(review: Review) -> None:
    # review of session 22: "about 300 feet" written twice by one outlet against "120m" once is one
    # value against another (outlets are counted, not pairs): no extra major finding blaming nobody
    day = "2025-03-14"
    report = review(
        {
            "a": (
                day,
                "Nine workers were trapped about 300 feet underground.\n\n"
                "Rescuers said the nine workers were trapped about 300 feet underground at the Keller mine.",
            ),
            "d": (day, "The 9 men were trapped more than a mile underground after the collapse at Keller."),
            "e": (
                day,
                "The miners are believed to be 120m below ground level, according to the regional governor.",
            ),
        }
    )
    [one] = [f for f in report["findings"] if f["grade"] != "info"]
    assert one["grade"] == "critical"
    assert "120 m" in one["message"]
    assert "“more than a mile” (d)" in one["message"]
    assert not any(f["grade"] == "major" for f in report["findings"])
    assert {s: letter for s, (letter, _) in _letters(report).items()} == {"a": "A", "d": "A", "e": "A"}


def test_two_wrong_figures_of_one_outlet_are_one_finding_charged_once(review: Review) -> None:
    # review of session 22: one outlet writing 40 in one paragraph and 560 in another against three
    # reports of 400 is one outlet's outliers, one critical finding blaming it, not critical + major
    day = "2025-03-14"
    report = review(
        {
            "a": (
                day,
                "A ferry carrying 400 passengers capsized on the river near Mopti on Thursday, police said.",
            ),
            "b": (day, "A ferry carrying 400 passengers capsized near Mopti on Thursday."),
            "c": (day, "The overcrowded ferry was carrying 400 passengers when it capsized near Mopti."),
            "d": (
                day,
                "A ferry carrying 40 passengers capsized near Mopti.\n\n"
                "The ferry, which was carrying 560 passengers, capsized near Mopti on Thursday.",
            ),
        }
    )
    [one] = [f for f in report["findings"] if f["grade"] != "info"]
    assert one["grade"] == "critical"
    assert one["message"].startswith(
        "40 passengers “40 passengers” (d); 560 passengers “560 passengers” (d) stand(s) apart; "
        "3 source(s) agree: 400 passengers “400 passengers” (a, b, c)"
    )
    letters = _letters(report)
    assert letters["d"] == ("D", {"critical": 1, "major": 0, "minor": 0, "info": 0})
    assert {letters[s][0] for s in "abc"} == {"A"}

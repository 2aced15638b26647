"""Grouping (grade/grouping.py): a slight disagreement within a frame is its own error, not a
member of a major outlier's finding graded as the worst pair."""

from __future__ import annotations

from factcheck.grade.grouping import group_findings
from factcheck.model import Finding, Grade, Side, Tier


def side(claim_id: str, value: str, frame: str = "auto.count.crew", source: str | None = None) -> Side:
    return Side(
        claim_id=claim_id, source=source or claim_id, tier=Tier.NEWS, text=value, value=value, frame=frame
    )


def pair(rule: tuple[str, str], outcome: str, grade: Grade, *sides: Side, message: str = "") -> Finding:
    rule_id, name = rule
    return Finding(
        rule_id=rule_id,
        rule_name=name,
        grade=grade,
        outcome=outcome,
        confidence=0.8,
        message=message or " vs ".join(s.text for s in sides),
        sides=list(sides),
        fingerprint=Finding.make_fingerprint(rule_id, [s.claim_id for s in sides], []),
    )


TOLERANCE = ("FC102", "quantity.tolerance")
CONFLICT = ("FC201", "date.conflict")


def test_close_counts_beside_a_far_outlier_stay_a_minor_finding() -> None:
    # "15 crew" against "16 crew" is one slight error; "25 crew" standing apart is another
    a, b, c, d = side("a", "15"), side("b", "16"), side("c", "16"), side("d", "25")
    found = group_findings(
        [
            pair(TOLERANCE, "close-counts", Grade.MINOR, a, b),
            pair(TOLERANCE, "close-counts", Grade.MINOR, a, c),
            *(pair(TOLERANCE, "outside-tolerance", Grade.MAJOR, d, x) for x in (a, b, c)),
        ]
    )
    by_grade = {f.grade: f for f in found}
    assert sorted(f.grade.value for f in found) == ["major", "minor"]
    assert by_grade[Grade.MINOR].likely_wrong == "a"
    assert {s.claim_id for s in by_grade[Grade.MINOR].sides} == {"a", "b", "c"}
    assert by_grade[Grade.MAJOR].likely_wrong == "d"
    assert by_grade[Grade.MAJOR].message.startswith("25 “25” (d) stand(s) apart; 3 source(s) agree")


def test_a_crossed_bound_is_not_graded_as_a_far_figure_of_the_frame() -> None:
    # "more than 200" against "nearly 200" is slight; "60" from a third report is a conflict
    more, nearly, far = side("a", "> 200"), side("b", "< 200"), side("c", "60")
    found = group_findings(
        [
            pair(TOLERANCE, "bound-crossed", Grade.MINOR, more, nearly),
            pair(("FC101", "quantity.far-apart"), "far-apart", Grade.CRITICAL, far, more),
            pair(("FC101", "quantity.far-apart"), "far-apart", Grade.CRITICAL, far, nearly),
        ]
    )
    assert sorted(f.grade.value for f in found) == ["critical", "minor"]
    [slight] = [f for f in found if f.grade is Grade.MINOR]
    assert [s.claim_id for s in slight.sides] == ["a", "b"]


def test_a_wrong_weekday_does_not_make_a_rounded_time_major() -> None:
    # "8.30 p.m. on Sunday" against Saturday's "around 8.45 pm": the wrong day folds into the
    # date conflict, the rounded time stays minor
    frame = "auto.event.landfall"
    wrong, right, near = side("a", "Sun 20:30", frame), side("b", "Sat", frame), side("c", "Sat 20:45", frame)
    weekday = pair(
        ("FC202", "date.weekday"),
        "wrong-weekday",
        Grade.MAJOR,
        wrong,
        message="a writes Sunday, but it was a Saturday",
    )
    found = group_findings(
        [
            pair(CONFLICT, "disjoint-dates", Grade.MAJOR, wrong, right),
            pair(CONFLICT, "close-times", Grade.MINOR, wrong, near),
            weekday,
        ]
    )
    assert sorted((f.outcome, f.grade.value) for f in found) == [
        ("close-times", "minor"),
        ("disjoint-dates", "major"),
    ]
    [day] = [f for f in found if f.outcome == "disjoint-dates"]
    assert "but it was a Saturday" in day.message


def test_a_class_member_only_its_own_source_disagrees_with_is_left_out() -> None:
    # a value class of one figure meets a class holding a claim of the same outlet: that claim
    # is never compared with its own outlet's figure, so the finding does not name it
    members = {
        "x": [side("x", "400", source="s1"), side("x2", "400", source="s2")],
        "y": [side("y", "> 400", source="s1")],
    }
    finding = pair(TOLERANCE, "bound-crossed", Grade.MINOR, side("x", "400", source="s1"), members["y"][0])
    [grouped] = group_findings([finding], lambda s: members.get(s.claim_id, [s]))
    assert {s.claim_id for s in grouped.sides} == {"x2", "y"}


def test_a_slight_pair_with_the_severe_outlier_is_the_same_error() -> None:
    # "173 people" against two reports of 189 aboard is major; against "nearly 200" only a
    # crossed bound: one wrong figure, one finding
    frame = "auto.count.aboard"
    wrong, totals = side("a", "173", frame), [side(c, "189", frame) for c in ("b", "c")]
    nearly = side("d", "180–200", frame)
    [one] = group_findings(
        [
            *(pair(TOLERANCE, "outside-tolerance", Grade.MAJOR, t, wrong) for t in totals),
            pair(TOLERANCE, "bound-crossed", Grade.MINOR, wrong, nearly),
        ]
    )
    assert one.grade is Grade.MAJOR
    assert one.likely_wrong == "a"
    assert one.message.startswith("173 “173” (a) stand(s) apart; 3 source(s) agree")


def test_one_figure_against_another_does_not_decide_which_slight_pair_it_joins() -> None:
    # "about 500 injured" against "nearly 200" is major, "more than 200" against "nearly 200"
    # minor: which of 500 and "nearly 200" is wrong is not told, so the slight pair stays apart
    frame = "auto.count.injured"
    many, nearly, more = side("a", "500", frame), side("b", "180–200", frame), side("c", "> 200", frame)
    found = group_findings(
        [
            pair(TOLERANCE, "outside-tolerance", Grade.MAJOR, nearly, many),
            pair(TOLERANCE, "bound-crossed", Grade.MINOR, more, nearly),
        ]
    )
    assert sorted((f.grade.value, len(f.sides)) for f in found) == [("major", 2), ("minor", 2)]


def test_one_outlet_repeating_its_wrong_day_is_one_outlier() -> None:
    # "on Sunday" in a headline and a body of one report against two reports' Saturday
    frame = "auto.event.landfall"
    sunday = [side(c, "Sun", frame, source="taylorscott") for c in ("a1", "a2")]
    saturday = [side("b", "Sat", frame, source="thehindu"), side("c", "Sat", frame, source="governancenow")]
    [one] = group_findings(
        [pair(CONFLICT, "disjoint-dates", Grade.MAJOR, x, y) for x in sunday for y in saturday]
    )
    assert not one.split
    assert one.outliers == ["a1", "a2"]
    assert one.message.startswith("Sun “Sun” (taylorscott) stand(s) apart; 2 source(s) agree")


SPELLING = ("FC401", "name.spelling")


def test_one_sources_repeated_spelling_of_a_name_is_one_finding_listing_each_mention() -> None:
    name = Side(claim_id="auto.name.chhapra", source="entities", tier=Tier.REFERENCE, text="Chhapra")

    def mention(claim_id: str, source: str, text: str) -> Side:
        return Side(claim_id=claim_id, source=source, tier=Tier.NEWS, text=text, frame="auto.name.chhapra")

    findings = [
        pair(SPELLING, "accepted-variant", Grade.INFO, mention("pti.m1", "pti", "Chapra"), name),
        pair(SPELLING, "accepted-variant", Grade.INFO, mention("pti.m7", "pti", "Chapra"), name),
        pair(SPELLING, "accepted-variant", Grade.INFO, mention("hindu.m2", "hindu", "Chapra"), name),
        pair(SPELLING, "misspelling", Grade.MINOR, mention("pti.m9", "pti", "Chhapraa"), name),
    ]
    grouped = group_findings(findings)
    assert len(grouped) == 3  # pti's two "Chapra" are one; the other source and spelling stay
    pti = next(f for f in grouped if f.sides[0].claim_id == "pti.m1")
    assert [s.claim_id for s in pti.sides] == ["pti.m1", "pti.m7", "auto.name.chhapra"]
    assert pti.message.endswith("[2 mentions]")

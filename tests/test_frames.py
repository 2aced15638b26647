"""Automatic frames (issue 12): what a number is about, units, running figures, grouping, the
editor's links.yaml, and a fresh story reviewed end to end with no curation."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from factcheck.extract import extract_text
from factcheck.grade.grouping import group_findings
from factcheck.model import DateInterval, Finding, Grade, Precision, QuantityClaim, Side, Tier
from factcheck.rules.checks import CheckInput, builtin_checks
from factcheck.rules.checks.units import converted

FIXTURE = Path(__file__).parent / "fixtures" / "frames-story"
DAY = DateInterval(start=dt.date(2024, 3, 5), end=dt.date(2024, 3, 5), precision=Precision.DAY)


def frames(text: str) -> dict[str, str]:
    """Each quantity's words -> its subject (frame) id."""
    return {
        c.claim.text: getattr(c.claim, "subject", "")
        for c in extract_text(text, published=DAY)
        if c.claim.kind == "quantity"
    }


@pytest.mark.parametrize(
    ("sentence", "words", "frame"),
    [
        ("The quake killed 381 people in the county.", "381 people", "auto.count.deaths"),
        ("The blast left 45 dead, police said.", "45", "auto.count.deaths"),
        ("Police said 45 were injured in the crash.", "45", "auto.count.injured"),
        ("It struck at dawn, injuring more than 300.", "more than 300", "auto.count.injured"),
        ("By night two were missing.", "two", "auto.count.missing"),
        ("More than 2,500 troops were deployed.", "More than 2,500 troops", "auto.count.troops"),
        ("The town has about 400,000 inhabitants.", "about 400,000 inhabitants", "auto.count.population"),
        ("A magnitude-5.9 quake hit the coast.", "5.9", "auto.measure.magnitude"),
        ("A 5.9-magnitude quake hit the coast.", "5.9", "auto.measure.magnitude"),
        ("The quake struck at a depth of 10 kilometers.", "10 kilometers", "auto.measure.depth"),
        (
            "The epicentre was 14 miles southwest of Zhaotong.",
            "14 miles",
            "auto.measure.distance.zaotong",
        ),  # romanisations share a key
        # an age is framed by the person it is of: ages of different people never meet
        ("A 64-year-old farmer, Zhu Wenqing, was hurt.", "64", "auto.measure.age.zhu-wenqing"),
        ("A 64-year-old farmer was hurt.", "64", "unknown.quantity"),
        # tokenised text (public summary data) spaces its hyphens; "admitted" is no cue then
        ("Later, the 21 - year - old Tom Hall admitted he was nervous.", "21", "auto.measure.age.tom-hall"),
        (
            "In 1974 a quake in the region killed more than 1,400.",
            "more than 1,400",
            "auto.count.deaths.y1974",
        ),
        # a year after "since" is a point of comparison, unless a when-clause right after it
        # tells of that year: the figure in it is that year's, not the year named before
        (
            "It passed the 85 killed in a 2018 fire and was the worst toll since 1918, when the "
            "Cloquet fire in Minnesota and Wisconsin claimed 453 lives.",
            "453 lives",
            "auto.count.deaths.y1918",
        ),
        ("The toll of 96 is the highest since 2018, officials said.", "96", "auto.count.deaths"),
    ],
)
def test_frame_from_the_governing_words(sentence: str, words: str, frame: str) -> None:
    assert frames(sentence)[words] == frame


def test_an_age_a_magnitude_and_a_count_never_share_a_frame() -> None:
    found = frames("A 6.1-magnitude quake killed 61 people, among them a 61-year-old teacher.")
    assert len(set(found.values())) == 3


def test_a_number_nothing_names_gets_no_frame() -> None:
    assert frames("The committee met 12 times.") == {"12 times": "unknown.quantity"}


def test_miles_and_kilometres_convert_and_currencies_do_not() -> None:
    low, high = converted(6.0, 6.0, "miles", "km") or (0.0, 0.0)
    assert round(low, 2) == 9.66
    assert low == high
    assert converted(10.0, 10.0, "USD", "GBP") is None
    assert converted(10.0, 10.0, "km", "magnitude") is None


def count(value: float, when: dt.datetime | dt.date | None, *, revised: bool = False) -> QuantityClaim:
    return QuantityClaim(
        id=f"c{int(value)}",
        source=f"s{value}",
        text=str(value),
        subject="auto.count.deaths",
        unit="people",
        value=value,
        as_of=when,
        revised=revised,
    )


def tolerance(a: QuantityClaim, b: QuantityClaim) -> str | None:
    spec = builtin_checks()["number_tolerance"]
    params = spec.params().model_dump()
    verdict = spec.function(CheckInput({"a": a, "b": b}, {"a": Tier.NEWS, "b": Tier.NEWS}, params))
    return verdict.outcome if verdict else None


MORNING = dt.datetime(2024, 3, 5, 9, tzinfo=dt.UTC)
EVENING = dt.datetime(2024, 3, 5, 21, tzinfo=dt.UTC)


def test_a_toll_that_rises_between_reports_is_an_update() -> None:
    assert tolerance(count(40, MORNING), count(58, EVENING)) == "figure-updated"


def test_a_lower_later_toll_is_a_conflict_unless_called_a_revision() -> None:
    assert tolerance(count(58, MORNING), count(40, EVENING)) == "outside-tolerance"
    assert tolerance(count(58, MORNING), count(40, EVENING, revised=True)) == "figure-updated"


def test_same_time_different_toll_is_a_conflict() -> None:
    assert tolerance(count(40, MORNING), count(58, MORNING)) == "outside-tolerance"


def test_same_day_unknown_order_is_an_update_not_a_conflict() -> None:
    assert tolerance(count(40, MORNING.date()), count(58, EVENING)) == "figure-updated"


def finding(a: str, b: str, values: dict[str, str], sources: dict[str, str] | None = None) -> Finding:
    sides = [
        Side(
            claim_id=c,
            source=(sources or {}).get(c, c),
            tier=Tier.NEWS,
            text=values[c],
            value=values[c],
            frame="auto.measure.magnitude",
        )
        for c in (a, b)
    ]
    return Finding(
        rule_id="FC102",
        rule_name="quantity.tolerance",
        grade=Grade.MAJOR,
        outcome="outside-tolerance",
        confidence=0.7,
        message="pair",
        sides=sides,
        fingerprint=Finding.make_fingerprint("FC102", [a, b], []),
    )


def test_one_outlier_against_three_sources_is_one_finding() -> None:
    values = {"a": "5.1", "b": "6.2", "c": "6.2", "d": "6.2"}
    grouped = group_findings([finding("a", o, values) for o in "bcd"])
    assert len(grouped) == 1
    assert grouped[0].outliers == ["a"]
    assert grouped[0].likely_wrong == "a"
    assert grouped[0].message.startswith(
        "5.1 “5.1” (a) stand(s) apart; 3 source(s) agree: 6.2 “6.2” (b, c, d)"
    )


def test_two_camps_with_no_reference_blame_no_one() -> None:
    values = {"a": "5.1", "b": "5.1", "c": "6.2", "d": "6.2", "e": "6.2"}
    pairs = [finding(x, y, values) for x in "ab" for y in "cde"]
    [grouped] = group_findings(pairs)
    assert grouped.split
    assert grouped.likely_wrong is None
    assert grouped.outliers == []
    assert grouped.message.startswith("sources disagree: 3 say 6.2 “6.2” (c, d, e), 2 say 5.1 “5.1” (a, b)")


def test_one_outlet_against_another_repeating_itself_blames_no_one() -> None:
    # a headline and a body of one report are one source, not a majority against another
    values = {"a": "4", "b1": "30", "b2": "30"}
    sources = {"a": "chinaorg", "b1": "standard", "b2": "standard"}
    [grouped] = group_findings([finding("a", b, values, sources) for b in ("b1", "b2")])
    assert grouped.split
    assert grouped.likely_wrong is None
    assert grouped.message.startswith("sources disagree: 1 say 30")


def build(tmp_path: Path, cli: Callable[..., Result]) -> Path:
    """A fresh registry of the fixture story: init, sources add, extract --write, nothing by hand."""
    root = tmp_path / "story"
    assert cli("init", str(root)).exit_code == 0
    cwd = os.getcwd()
    os.chdir(root)
    try:
        for line in (FIXTURE / "sources.txt").read_text().splitlines():
            name, published = line.split()
            shutil.copy(FIXTURE / name, tmp_path / name)
            assert cli("sources", "add", str(tmp_path / name), "--published", published).exit_code == 0
        for text in sorted((root / "seeds").glob("*.txt")):
            result = cli("extract", str(text), "--write", str(root / "claims" / f"{text.stem}.yaml"))
            assert result.exit_code == 0, result.output
    finally:
        os.chdir(cwd)
    return root


def review(cli: Callable[..., Result], root: Path, *extra: str) -> dict[str, Any]:
    result = cli("review", "--registry", str(root), "--format", "json", *extra)
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_a_fresh_story_is_compared_with_no_curation(tmp_path: Path, cli: Callable[..., Result]) -> None:
    root = build(tmp_path, cli)
    report = review(cli, root)
    rows = [
        (f["grade"], f["rule_id"], f["outcome"], f["auto_linked"], f["message"]) for f in report["findings"]
    ]
    assert rows == [
        (
            "major",
            "FC102",
            "outside-tolerance",
            True,
            "5.1 magnitude “5.1” (evening-c) stand(s) apart; 2 source(s) agree: 6.2 magnitude “6.2” "
            "(daily-b, wire-a) [quantity.tolerance, 2 pairwise findings grouped]",
        ),
        (
            "info",
            "FC102",
            "figure-updated",
            True,
            "figure updated between reports: 2024-03-05T14:00+05:00: 40 people (daily-b) → "
            "2024-03-06T20:00+05:00: 58 people (evening-c)",
        ),
    ]
    letters = {s["source"]: s["letter"] for s in report["sources"]}
    assert letters == {"wire-a": "A", "daily-b": "A", "evening-c": "C"}
    assert review(cli, root, "--curated-only")["findings"] == []


def test_links_yaml_splits_a_link_and_survives_re_extraction(
    tmp_path: Path, cli: Callable[..., Result]
) -> None:
    root = build(tmp_path, cli)
    report = review(cli, root)
    ids = [s["claim_id"] for s in report["findings"][0]["sides"]]
    (root / "claims" / "links.yaml").write_text(
        f"not-same:\n  - [{ids[0]}, {ids[1]}]\n  - [{ids[0]}, {ids[2]}]\n", encoding="utf-8"
    )
    cli("extract", str(root / "seeds" / "wire-a.txt"), "--write", str(root / "claims" / "wire-a.yaml"))
    rules = [f["rule_id"] for f in review(cli, root)["findings"]]
    assert rules == ["FC102"]  # only the figure update is left


def test_links_yaml_merges_two_frames(tmp_path: Path, cli: Callable[..., Result]) -> None:
    root = build(tmp_path, cli)
    (root / "claims" / "links.yaml").write_text("merge:\n  auto.count.missing: auto.count.injured\n")
    assert cli("claims", "validate", "--registry", str(root)).exit_code == 0


def test_bad_links_yaml_names_file_line_and_fix(tmp_path: Path, cli: Callable[..., Result]) -> None:
    root = build(tmp_path, cli)
    (root / "claims" / "links.yaml").write_text(
        "not-same:\n  - [only-one]\n  - [no-such-claim, other-missing]\nmerge:\n  deaths: auto.count.deaths\n"
    )
    result = cli("review", "--registry", str(root))
    assert result.exit_code == 2
    assert "links.yaml:3" in result.output or "links.yaml:3" in result.stderr
    out = result.output + result.stderr
    assert "not-same entry 1 is not a pair" in out
    assert "not-same names unknown claim id(s): no-such-claim, other-missing" in out
    assert "merge: 'deaths' is not an automatic frame id" in out

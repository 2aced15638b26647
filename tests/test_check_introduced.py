"""`check` against a small curated registry (invented, not the seeds): a summary value linked to a
subject is supported only when a source claim of the subject or a source text states it; a
different named event or another year's occurrence does not lend its date; a kind of people
counted is the same qualifier wherever the sentence writes it (issue 14, session 10)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_with_registry

from factcheck.extract import extract_text
from factcheck.extract.dates import find_dates
from factcheck.link.linking import _in_other_name, _other_occurrence, _placed_elsewhere
from factcheck.model import DateClaim, DateInterval, Precision

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "factcheck" / "rules" / "standard"

REPORT = (
    "The regional assembly will meet in Tarvik on 14 and 15 May, the council said on Monday.\n"
    "Officials said the flood had killed 1,240 people, among them 312 civilians caught in the valley, "
    "and destroyed 300 homes.\n"
    "The minister is due at the Northern Trade Assembly in September, and then in Vennor. "
    "Next year's assembly is planned for June.\n"
)
LATER = "By Wednesday the death toll had risen to 1,300, officials said.\n"
SOURCES = """sources:
  - {id: a, file: a.txt, title: Flood report, outlet: null, language: en, tier: news,
     published: {start: 2025-05-06, end: 2025-05-06, precision: day, basis: dated}}
  - {id: b, file: b.txt, title: Flood update, outlet: null, language: en, tier: news,
     published: {start: 2025-05-07, end: 2025-05-07, precision: day, basis: dated}}
"""
LATER_CLAIMS = (
    "source: b\nclaims:\n"
    '  - {id: b.deaths, kind: quantity, text: "1,300", span: [41, 46], subject: flood.deaths, '
    "unit: deaths, value: 1300}\n"
)
SUBJECTS = """subjects:
  - {id: flood.deaths, kind: quantity, unit: deaths, description: "People killed by the flood",
     cues: [killed, died, deaths, dead]}
  - {id: assembly-2025, kind: event, description: "The regional assembly in Tarvik",
     cues: [assembly, Tarvik]}
"""


APART = REPORT.replace(
    "will meet in Tarvik on 14 and 15 May", "opens in Tarvik on 14 May and closes on 15 May"
)  # the same two days, stated a day at a time


def _claims(civilians_only: bool, report: str = REPORT) -> str:
    """Claims of the report: the whole toll and the civilians among it, or the civilians alone;
    the assembly's two days as one claim, or (APART) one claim a day."""

    def at(words: str) -> str:
        start = report.index(words)
        return f"[{start}, {start + len(words)}]"

    whole = (
        ""
        if civilians_only
        else f'  - {{id: a.deaths, kind: quantity, text: "1,240 people", span: {at("1,240 people")}, '
        "subject: flood.deaths, unit: deaths, value: 1240}\n"
    )
    days = (
        f'  - {{id: a.assembly, kind: date, text: "14 and 15 May", span: {at("14 and 15 May")}, '
        "event: assembly-2025, start: 2025-05-14, end: 2025-05-15, precision: days}\n"
        if report == REPORT
        else f'  - {{id: a.opens, kind: date, text: "14 May", span: {at("14 May")}, '
        "event: assembly-2025, start: 2025-05-14, end: 2025-05-14, precision: day}\n"
        f'  - {{id: a.closes, kind: date, text: "15 May", span: {at("15 May")}, '
        "event: assembly-2025, start: 2025-05-15, end: 2025-05-15, precision: day}\n"
    )
    return (
        "source: a\nclaims:\n"
        f"{days}"
        f"{whole}"
        f'  - {{id: a.civilians, kind: quantity, text: "312 civilians", span: {at("312 civilians")}, '
        "subject: flood.deaths, unit: deaths, qualifiers: [civilian], value: 312}\n"
    )


def _registry(folder: Path, civilians_only: bool = False, report: str = REPORT) -> Path:
    """A curated registry of the invented report and its later update (`civilians_only`: the
    subject's only curated count is the civilians'; `report`: REPORT or APART)."""
    (folder / "seeds").mkdir(parents=True)
    (folder / "claims").mkdir()
    (folder / "seeds" / "a.txt").write_text(report, encoding="utf-8")
    (folder / "seeds" / "b.txt").write_text(LATER, encoding="utf-8")
    later = "source: b\nclaims: []\n" if civilians_only else LATER_CLAIMS
    (folder / "claims" / "b.yaml").write_text(later, encoding="utf-8")
    (folder / "seeds" / "sources.yaml").write_text(SOURCES, encoding="utf-8")
    (folder / "claims" / "subjects.yaml").write_text(SUBJECTS, encoding="utf-8")
    (folder / "claims" / "entities.yaml").write_text("entities: []\n", encoding="utf-8")
    (folder / "claims" / "a.yaml").write_text(_claims(civilians_only, report), encoding="utf-8")
    return folder


def _check(
    cli: Callable[..., Result], registry: Path, sentence: str, date: str = "2025-05-08"
) -> tuple[int, list[dict]]:  # type: ignore[type-arg]
    """Exit code and findings of `check` on one dated sentence against the registry."""
    return check_with_registry(cli, registry, RULES, sentence, date)


# sentences a faithful summary writes: none may fail
FAITHFUL = [
    "The flood killed 1,240 people.",
    "Officials said the flood killed more than 1,200 people.",  # a bound just under the figure
    "The flood killed about 1,200 people, officials said.",
    "More than a thousand people died in the flood.",
    "The flood killed 312 civilians.",  # the civilians, counted as the noun
    "There were 312 deaths of civilians in the flood.",  # in an "of" complement
    "Of the 1,240 people killed by the flood, 312 were civilians.",
    "The flood killed 1,240 people and destroyed 300 homes.",  # two counted things
    "The death toll rose from 1,240 to 1,300.",  # a rising toll
    "By Wednesday the flood had killed at least 1,300 people.",
    "Some 1,300 people died in the flood, officials said.",
    "The assembly meets in Tarvik on 14 and 15 May.",
    "The assembly meets in Tarvik on May 14-15.",
    "The assembly opens in Tarvik on 14 May.",  # one day of the two
    "The minister will attend the Northern Trade Assembly in September.",  # another, named, event
    "The minister will attend an assembly in Vennor in September.",  # the same noun elsewhere
]


@pytest.mark.parametrize("sentence", FAITHFUL)
def test_faithful_sentences_pass(cli: Callable[..., Result], tmp_path: Path, sentence: str) -> None:
    code, findings = _check(cli, _registry(tmp_path / "reg"), sentence)
    assert code == 0, findings


@pytest.mark.parametrize(
    ("sentence", "rule", "outcome"),
    [
        # a figure a source claim of the subject disagrees with materially: contradicted
        ("The flood killed 1,420 people.", "FC102", "outside-tolerance"),
        # a figure only a few off a source's (minor on its own): a figure no source contains
        ("The flood killed 1,243 people.", "FC602", "unsupported-number"),
        ("The flood killed 315 civilians.", "FC602", "unsupported-number"),
        ("There were 315 deaths of civilians in the flood.", "FC602", "unsupported-number"),
        # two days, one of them not the sources'
        ("The assembly meets in Tarvik on 15 and 16 May.", "FC602", "unsupported-date"),
        ("The assembly meets in Tarvik on May 15-16.", "FC602", "unsupported-date"),
        # "Tarvik on July" is a place and a date, not one name hiding the cue: the assembly's
        ("Delegates meet in Tarvik on July 14 and 15.", "FC201", "disjoint-dates"),
        # the common noun, not another named event: still this assembly's date
        ("The assembly will meet in Tarvik in September.", "FC201", "disjoint-dates"),
        ("The assembly in Tarvik opens on 20 May.", "FC201", "disjoint-dates"),
    ],
)
def test_introduced_or_contradicted_values_fail(
    cli: Callable[..., Result], tmp_path: Path, sentence: str, rule: str, outcome: str
) -> None:
    code, findings = _check(cli, _registry(tmp_path / "reg"), sentence)
    assert code == 1
    assert (rule, outcome) in {(f["rule_id"], f["outcome"]) for f in findings if f["grade"] != "info"}


def test_a_month_a_year_away_is_another_occurrence(cli: Callable[..., Result], tmp_path: Path) -> None:
    """ "In June" in a summary of March 2026 is next year's assembly, not this May's; a year
    written out is the writer's own, and a wrong one is compared."""
    registry = _registry(tmp_path / "reg")
    assert _check(cli, registry, "The assembly in Tarvik will meet in June.", "2026-03-01")[0] == 0
    code, findings = _check(cli, registry, "The assembly in Tarvik met on 14 and 15 May 2024.", "2026-03-01")
    assert code == 1
    assert "FC201" in {f["rule_id"] for f in findings}


def test_a_close_count_is_one_finding(cli: Callable[..., Result], tmp_path: Path) -> None:
    """The minor "close-counts" comparison gives way to the unsupported figure: one error, one finding."""
    _, findings = _check(cli, _registry(tmp_path / "reg"), "The flood killed 1,243 people.")
    assert [f["rule_id"] for f in findings if f["grade"] != "info"] == ["FC602"]


def test_a_figure_no_source_claim_compares_with_is_not_supported(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    """The subject holds only a count of civilians; a whole toll no source states meets no rule,
    and is unsupported, not supported by the comparison that never happened."""
    registry = _registry(tmp_path / "reg", civilians_only=True)
    code, findings = _check(cli, registry, "The flood killed 2,000 people.")
    assert code == 1
    assert [f["outcome"] for f in findings if f["rule_id"] == "FC602"] == ["unsupported-number"]
    summary = registry.parent / "summary.md"
    result = cli(
        "check", str(summary), "--registry", str(registry), "--rules", str(RULES), "--format", "json"
    )
    verdicts = {v["text"]: v["verdict"] for v in json.loads(result.output)["verdicts"]}
    assert verdicts["2,000 people"] == "unsupported"
    # the source text states the whole toll, uncurated: supported by the text
    assert _check(cli, registry, "The flood killed 1,240 people.")[0] == 0


def test_fc602_switched_off_leaves_the_minor_comparison(cli: Callable[..., Result], tmp_path: Path) -> None:
    registry = _registry(tmp_path / "reg")
    summary = tmp_path / "summary.md"
    summary.write_text("---\ndate: 2025-05-08\n---\nThe flood killed 1,243 people.\n", encoding="utf-8")
    result = cli(
        "check", str(summary), "--registry", str(registry), "--rules", str(RULES),
        "--ignore", "FC602", "--format", "json",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert [f["outcome"] for f in report["findings"]] == ["close-counts"]
    assert {v["text"]: v["verdict"] for v in report["verdicts"]}["1,243 people"] == "contradicted"


def test_fc602_switched_off_still_gives_the_honest_verdict(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    """No rule reports the figure no source states, but its verdict is not "supported"."""
    registry = _registry(tmp_path / "reg", civilians_only=True)
    summary = tmp_path / "summary.md"
    summary.write_text("---\ndate: 2025-05-08\n---\nThe flood killed 2,000 people.\n", encoding="utf-8")
    result = cli(
        "check", str(summary), "--registry", str(registry), "--rules", str(RULES),
        "--ignore", "FC602", "--format", "json",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    verdicts = {v["text"]: v["verdict"] for v in json.loads(result.output)["verdicts"]}
    assert verdicts["2,000 people"] == "unsupported"


@pytest.mark.parametrize(
    "sentence",
    [
        "The flood killed 312 civilians.",
        "The flood killed 312 civilian villagers.",
        "There were 312 civilian deaths.",
        "There were 312 deaths of civilians.",
        "Police said 312 civilians were killed.",
    ],
)
def test_civilians_are_one_qualifier_wherever_written(sentence: str) -> None:
    (claim,) = [c.claim for c in extract_text(sentence, published=None) if c.claim.kind == "quantity"]
    assert getattr(claim, "qualifiers", None) == ["civilian"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The storm killed 40 people in the capital.",
        "Rescuers pulled 40 people of all ages from the rubble.",
        "Officials of the city said 40 homes were destroyed.",
    ],
)
def test_other_counts_take_no_civilian_qualifier(sentence: str) -> None:
    (claim,) = [c.claim for c in extract_text(sentence, published=None) if c.claim.kind == "quantity"]
    assert getattr(claim, "qualifiers", None) == []


@pytest.mark.parametrize(
    ("words", "elsewhere"),
    [
        ("forum in Minsk", True),
        ("forum at the Kremlin", True),
        ("forum in Grodno", False),
        ("forum in June", False),
    ],
)
def test_a_common_noun_placed_elsewhere(words: str, elsewhere: bool) -> None:
    assert _placed_elsewhere(words, len("forum"), {"grodno", "forum"}) is elsewhere


@pytest.mark.parametrize(
    ("sentence", "cue", "other"),
    [
        ("Putin flies to the Eastern Economic Forum in Vladivostok.", "Forum", True),
        ("Leaders gather at China's Silk Road Forum in May.", "Forum", True),
        ("Delegates met at the Tarvik Assembly in May.", "Assembly", False),  # the subject's own name
        ("The forum opens in May.", "forum", False),  # the common noun
        ("Forum delegates arrive in May.", "Forum", False),  # a capital of the sentence's start
        ("He spoke in Tarvik, Assembly officials said.", "Assembly", False),  # a comma ends a name
        ("Delegates meet in Tarvik on July 15.", "Tarvik", False),  # a month after "on" is a date
        ("Delegates meet in Tarvik on Friday.", "Tarvik", False),
        ("Delegates recalled the Good Friday Assembly.", "Assembly", True),  # a weekday inside a name
    ],
)
def test_a_cue_inside_another_name(sentence: str, cue: str, other: bool) -> None:
    start = sentence.index(cue)
    cues = {"tarvik", "assembly", "forum"}
    assert _in_other_name(sentence, (0, len(sentence)), (start, start + len(cue)), cues) is other


@pytest.mark.parametrize(
    "words", ["on July 1 and 2", "on 1 and 2 July", "on 1-2 July", "on July 1-2", "from July 1 to 2"]
)
def test_two_days_of_one_month_are_one_range(words: str) -> None:
    published = DateInterval(
        start=dt.date(2025, 6, 20), end=dt.date(2025, 6, 20), precision=Precision.DAY, basis="test"
    )
    (found,), _ = find_dates(f"The forum takes place {words}.", published)
    assert (found.fields["start"], found.fields["end"]) == (dt.date(2025, 7, 1), dt.date(2025, 7, 2))
    assert found.fields["precision"] is Precision.DAYS


# Review of seedchk10 (session 10): true bounds, days stated a day at a time, names and years.
BOUNDS_HELD = [
    "The flood killed at least 1,100 people.",  # a lower bound well under 1,240
    "The flood killed more than 1,100 people, officials said.",
    "Upwards of 1,100 people were killed by the flood.",
    "The flood killed at least 1,150 people.",
    "More than 1,230 people died in the flood.",
    "The flood killed more than 250 civilians.",  # under the 312 civilians
    "Fewer than 1,400 people died in the flood.",  # an upper bound over it
    "Nearly 1,300 people died in the flood by Wednesday.",
]


@pytest.mark.parametrize("sentence", BOUNDS_HELD)
def test_a_true_bound_is_backed(cli: Callable[..., Result], tmp_path: Path, sentence: str) -> None:
    code, findings = _check(cli, _registry(tmp_path / "reg"), sentence)
    assert code == 0, findings


@pytest.mark.parametrize(
    "sentence",
    [
        "The flood killed more than 1,250 people by Wednesday.",  # only the text says 1,300
        "By Wednesday the death toll had risen to more than 1,250.",
        "The flood killed more than 250 civilians.",  # the curated civilians
        "The flood killed at least 1,100 people.",  # the text's 1,240
    ],
)
def test_a_true_bound_of_a_text_figure_is_backed(
    cli: Callable[..., Result], tmp_path: Path, sentence: str
) -> None:
    code, findings = _check(cli, _registry(tmp_path / "reg", civilians_only=True), sentence)
    assert code == 0, findings


@pytest.mark.parametrize(
    ("sentence", "civilians_only"),
    [
        ("The flood killed at least 1,350 people.", False),  # above every figure
        ("More than 1,310 people died in the flood.", False),
        ("The flood killed more than 320 civilians.", False),  # the whole toll is not civilians
        ("The flood killed more than 320 civilians.", True),
        ("Some 1,100 people died in the flood.", False),  # 11 % off: outside "some"'s tenth
        ("The flood killed at least 1,350 people by Wednesday.", True),
    ],
)
def test_a_false_bound_still_fails(
    cli: Callable[..., Result], tmp_path: Path, sentence: str, civilians_only: bool
) -> None:
    code, findings = _check(cli, _registry(tmp_path / "reg", civilians_only=civilians_only), sentence)
    assert code == 1, findings


@pytest.mark.parametrize(
    "sentence",
    [
        "The assembly meets in Tarvik on 14 and 15 May.",
        "The assembly runs from 14 to 15 May.",
        "The assembly meets in Tarvik on May 14-15.",
        "The assembly opens in Tarvik on 14 May and closes on 15 May.",
    ],
)
def test_days_stated_one_at_a_time_back_their_range(
    cli: Callable[..., Result], tmp_path: Path, sentence: str
) -> None:
    code, findings = _check(cli, _registry(tmp_path / "reg", report=APART), sentence)
    assert code == 0, findings


@pytest.mark.parametrize(
    "sentence",
    ["The assembly meets in Tarvik on 15 and 16 May.", "The assembly runs from 13 to 15 May."],
)
def test_a_range_with_an_unstated_day_still_fails(
    cli: Callable[..., Result], tmp_path: Path, sentence: str
) -> None:
    code, findings = _check(cli, _registry(tmp_path / "reg", report=APART), sentence)
    assert code == 1
    assert "FC602" in {f["rule_id"] for f in findings} or "FC201" in {f["rule_id"] for f in findings}


@pytest.mark.parametrize(
    ("sentence", "qualifiers"),
    [
        ("12 officials were killed in the blast.", []),  # officials counted, not official deaths
        ("Police said 12 officials were injured.", []),
        ("There were 12 official deaths.", ["official"]),
        ("Police reported 40 confirmed deaths.", ["confirmed"]),
    ],
)
def test_only_civilians_qualify_as_the_noun(sentence: str, qualifiers: list[str]) -> None:
    (claim,) = [c.claim for c in extract_text(sentence, published=None) if c.claim.kind == "quantity"]
    assert getattr(claim, "qualifiers", None) == qualifiers


def test_the_same_days_a_year_later_are_another_occurrence(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    """ "On 14 and 15 May" in a summary of March 2026 is next year's assembly on the same days
    (364 days from the end of this year's), not a wrong date of this May's."""
    registry = _registry(tmp_path / "reg")
    assert _check(cli, registry, "The assembly in Tarvik meets on 14 and 15 May.", "2026-03-01")[0] == 0
    code, _ = _check(cli, registry, "The assembly in Tarvik met on 16 and 17 May.", "2025-06-01")
    assert code == 1  # this year's, two days off: still compared


@pytest.mark.parametrize(
    ("day", "other"),
    [
        (dt.date(2026, 5, 14), True),  # the same day a year on
        (dt.date(2024, 5, 15), True),  # a year before
        (dt.date(2026, 5, 13), False),  # a day short of a year
        (dt.date(2025, 9, 1), False),
    ],
)
def test_a_calendar_year_away(day: dt.date, other: bool) -> None:

    def date(start: dt.date, end: dt.date) -> DateClaim:
        return DateClaim(
            id="x", source="s", text="14 May", event="e", start=start, end=end, precision=Precision.DAY
        )

    registry = [date(dt.date(2025, 5, 14), dt.date(2025, 5, 15))]
    assert _other_occurrence(date(day, day), registry) is other


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        ("Putin will attend the Forum of Regions in Grodno in June.", False),  # placed at the cue
        ("Putin will attend the Forum of Regions in Minsk in June.", True),
        ("Putin flies to the Eastern Economic Forum in Vladivostok.", True),
    ],
)
def test_a_name_placed_where_the_subject_is(sentence: str, other: bool) -> None:
    start = sentence.index("Forum")
    cues = {"grodno", "forum"}
    assert _in_other_name(sentence, (0, len(sentence)), (start, start + 5), cues) is other

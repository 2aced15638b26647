"""Dates of a verdict meet across outlets by their own event cue, acts that befall many people or
come in stages get no frame, a registry adds its own events in factcheck.toml (read from the
registry root in every command), the date-frame word lists are data (frames.yaml `date_words`),
and `extract --format table` / `rules explain` show the event frame decision."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.extract import extract_text, frames
from factcheck.extract.frames import build_date_words, build_table, frames_data, planned, use_registry_frames
from factcheck.model import DateClaim, DateInterval, Precision, Tier
from factcheck.rules.checks.base import CheckInput
from factcheck.rules.checks.dates import date_conflict

WEDNESDAY = DateInterval(start=dt.date(2021, 4, 21), end=dt.date(2021, 4, 21), precision=Precision.DAY)
PARAMS = {"tolerance_days": 0, "tolerance_minutes": 5, "close_minutes": 30}


def dates(text: str) -> list[DateClaim]:
    return [c.claim for c in extract_text(text, published=WEDNESDAY) if isinstance(c.claim, DateClaim)]


def date(text: str, written: str) -> DateClaim:
    found = [c for c in dates(text) if written in c.text]
    assert len(found) == 1, [c.text for c in dates(text)]
    return found[0]


def conflict(a: DateClaim, b: DateClaim) -> str | None:
    """FC201's outcome for two claims, or None when they agree or never meet."""
    if a.event != b.event or a.event.startswith("unknown."):
        return None
    verdict = date_conflict(
        CheckInput(matched={"a": a, "b": b}, params=PARAMS, tiers={"a": Tier.NEWS, "b": Tier.NEWS})
    )
    return verdict.outcome if verdict is not None else None


def test_a_defendants_verdict_told_by_a_verb_gets_no_frame() -> None:
    # two defendants' verdicts on two days: only the noun "verdict" names the story's verdict
    morrow = date("Officer Lena Morrow was found guilty on Thursday of falsifying a report.", "Thursday")
    guards = date("Two prison guards were acquitted of assault on Friday.", "Friday")
    assert morrow.event == guards.event == "unknown.event"


def test_a_verdict_on_two_different_days_conflicts() -> None:
    read = date("The verdict was read in court just after 4 p.m. on Monday.", "Monday")
    found = date("The jurors deliberated for ten hours, and the verdict came on Tuesday.", "Tuesday")
    assert read.event == found.event == "auto.event.verdict"
    assert conflict(read, found) is not None


# everyday sentences of court and election stories (review of linkdates): two people who share a
# surname, groups, plurals, descriptions, stages of a vote, a verdict still to come or expected
EVERYDAY_PAIRS = [
    (
        "Police arrested John Smith on Monday in Leeds after a raid on a warehouse.",
        "Jane Smith was arrested on Wednesday after a separate raid in York.",
    ),
    ("Police arrested the two suspects on Monday.", "Police arrested the two brothers on Thursday."),
    (
        "Protesters were arrested on Monday in the capital.",
        "Protesters were arrested on Tuesday in the capital.",
    ),
    (
        "The hostages were freed on Friday in a first exchange.",
        "The hostages were freed on Sunday in a second exchange.",
    ),
    ("Smith's brother was arrested on Monday.", "Jones's brother was arrested on Tuesday."),
    (
        "Reuters journalist Ann Lee was arrested on Monday.",
        "Reuters photographer Bo Kim was arrested on Tuesday.",
    ),
    (
        "Lula led the first round of the election on Monday with 48 percent.",
        "Lula won the runoff on Tuesday with 51 percent.",
    ),
    ("Early voting began on Monday across the state.", "The election on Tuesday drew long lines."),
    ("The Senate voted on Monday to pass the bill.", "The House voted on Thursday to pass the bill."),
    ("Campaigning ended on Monday ahead of the election.", "Brazilians voted on Tuesday in the election."),
    (
        "Jury deliberations resumed on Monday ahead of a verdict in the Smith trial.",
        "The jury reached its verdict in the Smith trial on Tuesday.",
    ),
    (
        "A verdict in the Smith trial is expected on Friday.",
        "The jury reached its verdict in the Smith trial on Tuesday.",
    ),
    ("The storm crossed into Georgia on Monday.", "The storm crossed into Alabama on Tuesday."),
    ("The team was ousted from the playoffs on Monday.", "The army ousted the president on Tuesday."),
]


def _first_date(text: str) -> DateClaim:
    found = dates(text)
    assert found, text
    return found[0]


@pytest.mark.parametrize(("a", "b"), EVERYDAY_PAIRS)
def test_everyday_court_and_election_sentences_never_conflict(a: str, b: str) -> None:
    assert conflict(_first_date(a), _first_date(b)) is None


@pytest.mark.parametrize(
    "text",
    [
        "Jury deliberations resumed on Monday ahead of a verdict in the Smith trial.",
        "Jurors went home on Monday before the verdict was read.",
        "A verdict in the Smith trial is expected on Friday.",
        "Prosecutors said a verdict was not expected on Monday.",
    ],
)
def test_a_verdict_still_to_come_gets_no_frame(text: str) -> None:
    assert _first_date(text).event == "unknown.event"


def test_a_verdict_before_the_date_still_dates_it() -> None:
    # "ahead of" / "before" part a cue from a date before it only
    text = "Before the verdict on Tuesday, the judge thanked the jurors."
    assert date(text, "Tuesday").event == "auto.event.verdict"


def test_a_registry_adds_its_own_event_cues() -> None:
    shipped = build_table(frames_data())
    extended = build_table(frames_data(), {"events": {"hearing": {"cues": ["arraigned"]}}})
    assert "hearing" not in shipped.events
    assert extended.events["hearing"].search("he was arraigned on Monday") is not None
    try:
        use_registry_frames({"events": {"hearing": {"cues": ["arraigned"]}}})
        assert date("He was arraigned on Monday in Boston.", "Monday").event == "auto.event.hearing"
    finally:
        use_registry_frames(None)
    assert date("He was arraigned on Monday in Boston.", "Monday").event == "unknown.event"


def test_a_day_something_stood_as_of_is_no_event_day() -> None:
    text = (
        "Lula defeated Bolsonaro in a runoff election, but by Monday morning the incumbent had not conceded."
    )
    assert date(text, "Monday").event == "unknown.event"
    assert date("The quake struck on Monday; aid arrived by Tuesday.", "Monday").event == "auto.event.struck"


@pytest.mark.parametrize(
    "text",
    ["The jury did not reach a verdict on Monday.", "There was no verdict on Monday."],
)
def test_a_negated_cue_is_no_dates_cue(text: str) -> None:
    assert date(text, "Monday").event == "unknown.event"


def test_a_registry_marks_its_event_uncompared() -> None:
    table = build_table(frames_data(), {"events": {"briefing": {"cues": ["briefed"], "uncompared": True}}})
    assert "briefing" in table.uncompared_events


def _registry(tmp_path: Path, toml: str) -> CliRunner:
    runner = CliRunner()
    assert runner.invoke(main, ["init", str(tmp_path)]).exit_code == 0
    (tmp_path / "factcheck.toml").write_text('registry = "."\nrules = "rules"\n' + toml, encoding="utf-8")
    (tmp_path / "a.txt").write_text(
        "The man was arraigned on Monday in Boston. He will be sentenced on Friday.\n", encoding="utf-8"
    )
    return runner


def test_extract_table_shows_the_event_frame_decision(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = _registry(tmp_path, '[frames.events.hearing]\ncues = ["arraigned"]\n')
    monkeypatch.chdir(tmp_path)
    try:
        result = runner.invoke(main, ["extract", "a.txt", "--published", "2024-03-06", "--format", "table"])
    finally:
        use_registry_frames(None)
    assert result.exit_code == 0, result.output
    assert "auto.event.hearing (cue 'arraigned')" in result.output
    assert "a plan's day" in result.output


def test_rules_explain_lists_the_registrys_events_and_the_date_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = _registry(tmp_path, '[frames.events.hearing]\ncues = ["arraigned"]\n')
    monkeypatch.chdir(tmp_path)
    try:
        result = runner.invoke(main, ["rules", "explain", "FC201"])
    finally:
        use_registry_frames(None)
    assert result.exit_code == 0, result.output
    assert "hearing" in result.output
    assert "arraigned" in result.output
    assert "slated to" in result.output  # a plan word from frames.yaml date_words


@pytest.mark.parametrize(
    ("toml", "field"),
    [
        ('[frames.events.Hearing]\ncues = ["arraigned"]\n', "frames.events.Hearing"),
        ('[frames.events.hearing]\ncues = [""]\n', "frames.events.hearing.cues"),
        ('[frames.events.hearing]\nwords = ["arraigned"]\n', "frames.events.hearing.words"),
    ],
)
def test_a_bad_frames_setting_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, toml: str, field: str
) -> None:
    runner = _registry(tmp_path, toml)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["extract", "a.txt", "--format", "table"])
    assert result.exit_code == 2
    assert "factcheck.toml" in result.output
    assert field in result.output
    assert "Traceback" not in result.output


def _elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[CliRunner, Path]:
    """A registry with its own event in factcheck.toml, and a folder outside it to run from."""
    registry = tmp_path / "reg"
    registry.mkdir()
    runner = _registry(registry, '[frames.events.hearing]\ncues = ["arraigned"]\n')
    outside = tmp_path / "outside"
    outside.mkdir()
    monkeypatch.chdir(outside)
    return runner, registry


def test_extract_reads_the_registrys_frames_from_another_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner, registry = _elsewhere(tmp_path, monkeypatch)
    try:
        result = runner.invoke(
            main,
            [
                "extract",
                str(registry / "a.txt"),
                "--registry",
                str(registry),
                "--published",
                "2024-03-06",
                "--format",
                "table",
            ],
        )
    finally:
        use_registry_frames(None)
    assert result.exit_code == 0, result.output
    assert "auto.event.hearing (cue 'arraigned')" in result.output


def test_check_of_a_summary_elsewhere_reads_the_registrys_frames(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner, registry = _elsewhere(tmp_path, monkeypatch)
    Path("sum.txt").write_text("The man was arraigned on Tuesday in Boston.\n", encoding="utf-8")
    try:
        result = runner.invoke(main, ["check", "sum.txt", "--registry", str(registry)])
        table = frames.default_table()  # the table the summary's claims were framed with
    finally:
        use_registry_frames(None)
    assert result.exit_code in (0, 1), result.output
    assert "hearing" in table.events


def test_rules_explain_reads_the_registrys_frames_from_another_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner, registry = _elsewhere(tmp_path, monkeypatch)
    try:
        result = runner.invoke(main, ["rules", "explain", "FC201", "--registry", str(registry)])
    finally:
        use_registry_frames(None)
    assert result.exit_code == 0, result.output
    assert "arraigned" in result.output


def test_the_plan_words_are_read_from_frames_yaml(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "The leaders were due to sign the deal on Friday."
    assert planned(text, (0, len(text)), (text.index("Friday"), text.index("Friday") + 6))
    data = dict(frames_data()["date_words"])
    data["plan_words"] = [w for w in data["plan_words"] if w != "due to"]
    monkeypatch.setattr(frames, "date_words", lambda: build_date_words(data))
    assert not planned(text, (0, len(text)), (text.index("Friday"), text.index("Friday") + 6))


@pytest.mark.parametrize(
    ("text", "written", "event"),
    [
        (
            "Officials said the rail link was to blame for the crash on Monday.",
            "Monday",
            "auto.event.derailed",
        ),
        (
            "Updated Sunday at 10:30 a.m. with the names of those killed in the crash.",
            "Sunday",
            "unknown.event",
        ),
        ("Staff learned of the crash at 11:03 a.m. on Monday.", "11:03", "unknown.event"),
        ("Fifteen were killed on Friday after a bus crashed.", "Friday", "auto.event.derailed"),
        ("Rescuers reached the spot on Monday after the crash.", "Monday", "unknown.event"),
    ],
)
def test_the_date_words_keep_their_behaviour(text: str, written: str, event: str) -> None:
    assert date(text, written).event == event


def test_an_empty_date_words_list_is_refused() -> None:
    data = dict(frames_data()["date_words"])
    data["page_stamps"] = []
    with pytest.raises(ValueError, match=r"date_words\.page_stamps"):
        build_date_words(data)

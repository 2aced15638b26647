"""Dates of events that are no disaster (a verdict, an arrest, an election, a match) meet across
outlets by their own event cue, different acts never meet, a registry adds its own events in
factcheck.toml, the date-frame word lists are data (frames.yaml `date_words`), and
`extract --format table` / `rules explain` show the event frame decision."""

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


def test_two_defendants_verdicts_on_two_days_never_meet() -> None:
    morrow = date("Officer Lena Morrow was found guilty on Thursday of falsifying a report.", "Thursday")
    guards = date("Two prison guards were acquitted of assault on Friday.", "Friday")
    assert morrow.event == "auto.event.verdict.morrow"
    assert guards.event == "unknown.event"
    assert conflict(morrow, guards) is None


def test_a_verdict_on_two_different_days_conflicts() -> None:
    read = date("The verdict was read in court just after 4 p.m. on Monday.", "Monday")
    found = date("The jurors deliberated for ten hours, and the verdict came on Tuesday.", "Tuesday")
    assert read.event == found.event == "auto.event.verdict"
    assert conflict(read, found) is not None


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Lula won the presidential runoff on Sunday.", "auto.event.voted"),
        ("Kim crossed over to the South on Friday.", "auto.event.crossed"),
        ("Griner was freed on Thursday in a prisoner swap.", "auto.event.freed.griner"),
        ("Bout was extradited on Monday to the United States.", "auto.event.extradited.bout"),
    ],
)
def test_events_that_are_no_disaster_get_their_own_frame(text: str, event: str) -> None:
    assert [c.event for c in dates(text)] == [event]


def test_an_arrest_and_a_charge_on_different_days_never_meet() -> None:
    claims = dates("Police arrested Smith on Monday. Smith was charged on Friday with murder.")
    assert [c.event for c in claims] == ["auto.event.arrested.smith", "auto.event.charged.smith"]
    assert conflict(*claims) is None


def test_two_peoples_arrests_on_different_days_never_meet() -> None:
    driver = date("The driver was arrested on Tuesday, March 5, 2019.", "March 5")
    owner = date("The bus company's owner was arrested on Friday, March 8, 2019.", "March 8")
    assert driver.event == "auto.event.arrested.driver.y2019"
    assert owner.event == "auto.event.arrested.owner.y2019"
    assert conflict(driver, owner) is None


def test_one_persons_arrest_meets_across_wordings() -> None:
    passive = date("Derek Chauvin was arrested on Friday in Minneapolis.", "Friday")
    active = date("Police arrested Derek Chauvin on Thursday.", "Thursday")
    assert passive.event == active.event == "auto.event.arrested.chauvin"
    assert conflict(passive, active) is not None


@pytest.mark.parametrize(
    "text",
    [
        "He was arrested on Monday.",
        "A second driver was detained on Monday.",
        "Two men were arrested on Monday.",
    ],
)
def test_an_act_that_says_not_whom_it_befell_gets_no_frame(text: str) -> None:
    assert date(text, "Monday").event == "unknown.event"


def test_a_day_after_the_act_is_not_whom_it_befell() -> None:
    text = "Brittney Griner, the basketball star, was freed Thursday in a swap."
    assert date(text, "Thursday").event == "unknown.event"


def test_a_cue_a_plan_word_governs_is_no_dates_cue() -> None:
    # the sentencing is ahead; Tuesday is the day the bail was revoked
    claim = date(
        "Chauvin, whose bail was revoked Tuesday, will be sentenced in about eight weeks.", "Tuesday"
    )
    assert claim.event == "unknown.event"


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
    [
        "The jury did not reach a verdict on Monday.",
        "There was no election on Monday.",
        "Parliament never voted on Monday.",
    ],
)
def test_a_negated_cue_is_no_dates_cue(text: str) -> None:
    assert date(text, "Monday").event == "unknown.event"


def test_the_toll_crossing_a_mark_is_no_crossing() -> None:
    assert date("The death toll crossed 100 on Tuesday.", "Tuesday").event == "unknown.event"


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

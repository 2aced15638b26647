"""`check` (issue 14, session 15): faithful sentences of real multi-outlet stories that failed,
rebuilt here with invented reports, and the wrong sentences next to them that must still fail.

- a day a source names only by its weekday, resolved against the source's publication day ("on
  Monday night" in a report of Wednesday 17 September is 15 September), bears out the summary's
  "15 September" where the source sentence is about the summary sentence's event (as "yesterday"
  does, pipeline/spoken.py); a sentence's first word counts as an event word when the text also
  writes it in lower case ("Gunmen abducted ...");
- a duration right after "in" or "within" bounds the time since its anchor ("the second accident
  in a week after Tuesday's explosion": three days fit, ten do not), in FC204;
- a `--source` file gives its publication day in front matter (`date:`), as the summaries do.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence, check_with_registry, registry_from

from factcheck.pipeline.spoken import event_words

Cli = Callable[..., Result]


def major(findings: list[dict]) -> list[str]:  # type: ignore[type-arg]
    """The messages of findings at major or above."""
    return [f["message"] for f in findings if f["grade"] in ("major", "critical")]


def _dated(texts: dict[str, str], date: str) -> dict[str, str]:
    """`--source` files dated `date` in their front matter (undated when it is "")."""
    front = f"---\ndate: {date}\n---\n" if date else ""
    return {f"{name}.txt": front + text for name, text in texts.items()}


# --- a weekday said from the day a report speaks from -------------------------------------------------

# Wednesday 17 September 2025: its "Monday night" is 15 September, its "Tuesday" 16 September
KIDNAP = {
    "a": "Gunmen abducted 40 workers from a cement plant near Kolwe on Monday night, police said. "
    "Soldiers searched the hills on Tuesday. The gunmen have made no demands.\n",
}
ABDUCTED = "Gunmen abducted 40 workers from a cement plant near Kolwe on 15 September 2025."


def test_the_sentence_opening_is_an_event_word_when_the_text_writes_it_in_lower_case() -> None:
    text = KIDNAP["a"]
    assert "gunme" in event_words("Gunmen abducted 40 workers", text)
    assert "gunme" not in event_words("Gunmen abducted 40 workers", "")  # no text: a name, perhaps
    assert "kolwe" not in event_words("Kolwe mourned the workers", text)  # a name the text never lower-cases


@pytest.mark.parametrize(
    ("date", "sentence", "code"),
    [
        pytest.param("2025-09-17", ABDUCTED, 0, id="the source's Monday is the summary's day"),
        pytest.param("", ABDUCTED, 1, id="an undated source's Monday is no day"),
        pytest.param(
            "2025-09-17", ABDUCTED.replace("15 September", "16 September"), 1, id="another day fails"
        ),
        pytest.param(
            "2025-09-17",
            "Soldiers abducted 40 workers near Kolwe on 16 September 2025.",
            1,
            id="the source's Tuesday dates the search, not an abduction",
        ),
        pytest.param(
            "2025-09-24",
            ABDUCTED,
            1,
            id="a report of a week later has another Monday",
        ),
    ],
)
def test_a_weekday_resolved_against_the_source_day(
    cli: Cli, tmp_path: Path, date: str, sentence: str, code: int
) -> None:
    found, findings = check_sentence(cli, tmp_path, _dated(KIDNAP, date), "2025-09-26", sentence)
    assert found == code, major(findings)


def test_a_weekday_resolved_in_a_registry(cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    registry_from(cli, tmp_path, monkeypatch.chdir, KIDNAP, "2025-09-17")
    rules = tmp_path / "reg" / "rules"
    code, findings = check_with_registry(cli, tmp_path / "reg", rules, ABDUCTED, "2025-09-20")
    assert code == 0, major(findings)
    wrong = ABDUCTED.replace("15 September", "14 September")
    assert check_with_registry(cli, tmp_path / "reg", rules, wrong, "2025-09-20")[0] == 1


# a weekday in a clause of another event, or the day someone said it (Tuesday 16 September in a
# report of Wednesday 17 September), never bears out a summary's day of the abduction
PLANT = "40 workers from a cement plant near Kolwe"
OTHER_CLAUSE = {
    "said Tuesday": f"Gunmen have kidnapped {PLANT}, police said Tuesday. The gunmen made no demands.",
    "said on Tuesday": f"Gunmen abducted {PLANT}, police said on Tuesday. The gunmen made no demands.",
    "on Tuesday said": f"Police on Tuesday said gunmen abducted {PLANT}.",
    "another clause's verb": f"Gunmen abducted {PLANT}, and troops began searching the hills on Tuesday.",
    "a day after": f"A day after gunmen abducted {PLANT}, soldiers raided a camp in the hills on Tuesday.",
}
ON_TUESDAY = f"Gunmen abducted {PLANT} on 16 September 2025."


@pytest.mark.parametrize("key", list(OTHER_CLAUSE))
def test_a_weekday_of_another_clause_or_of_the_telling_dates_no_event(
    cli: Cli, tmp_path: Path, key: str
) -> None:
    texts = _dated({"a": OTHER_CLAUSE[key] + "\n"}, "2025-09-17")
    sentence = ON_TUESDAY.replace("abducted", "kidnapped") if "kidnapped" in OTHER_CLAUSE[key] else ON_TUESDAY
    found, findings = check_sentence(cli, tmp_path, texts, "2025-09-26", sentence)
    assert found == 1, major(findings)


def test_a_weekday_of_a_release_dates_no_abduction(cli: Cli, tmp_path: Path) -> None:
    # a report of Wednesday 24 September: its Tuesday is the 23rd, the day of the release
    texts = _dated(
        {
            "c": "The gunmen who abducted 40 workers from the cement plant near Kolwe last week freed all "
            "of them on Tuesday, the governor said.\n"
        },
        "2025-09-24",
    )
    sentence = ON_TUESDAY.replace("16 September", "23 September")
    assert check_sentence(cli, tmp_path, texts, "2025-09-26", sentence)[0] == 1


def test_a_weekday_in_the_event_clause_before_a_telling_still_dates_it(cli: Cli, tmp_path: Path) -> None:
    texts = _dated({"a": f"Gunmen abducted {PLANT} on Tuesday, police said.\n"}, "2025-09-17")
    found, findings = check_sentence(cli, tmp_path, texts, "2025-09-26", ON_TUESDAY)
    assert found == 0, major(findings)


def test_the_day_police_said_it_in_a_registry(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    registry_from(
        cli, tmp_path, monkeypatch.chdir, {"a": OTHER_CLAUSE["said on Tuesday"] + "\n"}, "2025-09-17"
    )
    rules = tmp_path / "reg" / "rules"
    assert check_with_registry(cli, tmp_path / "reg", rules, ON_TUESDAY, "2025-09-20")[0] == 1


# --- "in a week after": a bound, not a length ---------------------------------------------------------------

LAUNCH = {
    "a": "An unmanned cargo rocket exploded seconds after liftoff from the Wallops launch pad on Tuesday, "
    "October 28, 2025.\nA test plane built by Aerovane crashed in the Sonora desert on Friday, October 31, "
    "2025, the second accident for the industry in a week.\n",
    "b": "The Aerovane test plane crashed in the Sonora desert on Friday. It came three days after a cargo "
    "rocket exploded at Wallops on Tuesday.\n",
}
EARLIER = {
    "a": LAUNCH["a"].replace("October 28", "October 21").replace("in a week", "in ten days"),
    "b": LAUNCH["b"].replace("three days", "ten days").replace("on Tuesday.", "on Tuesday, October 21."),
}
CRASHED = (
    "Aerovane's test plane crashed in the Sonora desert on Friday, October 31, 2025, the second accident"
    " for the industry"
)
ARRIVED = "On Friday, October 31, 2025, investigators from the safety board"


@pytest.mark.parametrize(
    ("texts", "sentence", "code"),
    [
        pytest.param(LAUNCH, f"{CRASHED} in a week after Tuesday's rocket explosion.", 0, id="in: 3 days"),
        pytest.param(
            LAUNCH, f"{CRASHED} within a week after Tuesday's rocket explosion.", 0, id="within: 3 days"
        ),
        pytest.param(
            EARLIER, f"{CRASHED} in a week after the rocket explosion at Wallops.", 1, id="in: 10 days"
        ),
        pytest.param(
            EARLIER, f"{CRASHED} within a week after the rocket explosion.", 1, id="within: 10 days"
        ),
        pytest.param(
            EARLIER, f"{CRASHED}, a week after the rocket explosion at Wallops.", 1, id="a length: 10 days"
        ),
        # a verb's particle is no bound: "moved in" a week after, not within a week
        pytest.param(
            LAUNCH, f"{ARRIVED} moved in a week after Tuesday's rocket explosion.", 1, id="moved in"
        ),
        pytest.param(
            LAUNCH, f"{ARRIVED} were sworn in a week after Tuesday's rocket explosion.", 1, id="sworn in"
        ),
        # an approximated bound is judged by its approximation, as before the bound was read
        pytest.param(
            EARLIER,
            f"{ARRIVED} arrived within about a week after the rocket explosion.",
            1,
            id="within about",
        ),
        pytest.param(
            EARLIER,
            f"{ARRIVED} arrived in less than a week after the rocket explosion.",
            1,
            id="in less than",
        ),
    ],
)
def test_a_duration_after_in_or_within_is_a_bound(
    cli: Cli, tmp_path: Path, texts: dict[str, str], sentence: str, code: int
) -> None:
    found, findings = check_sentence(cli, tmp_path, _dated(texts, "2025-11-01"), "2025-11-02", sentence)
    assert found == code, major(findings)


# two events in one summary sentence: words cannot tell which one a weekday of the sources dates
ARREST = {
    "a": "Rose Adeyemi, the port director, was arrested in Lagos on Monday night, police said. Fuel prices "
    "rose on Tuesday after the arrest.\n",
}


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        pytest.param(
            "Rose Adeyemi, the port director, was arrested in Lagos on 15 September 2025.", 0, id="arrest"
        ),
        pytest.param(
            "Fuel prices rose in Lagos on 15 September 2025 after the port director's arrest.",
            1,
            id="the rise was on Tuesday, whatever words it shares with the arrest",
        ),
    ],
)
def test_weekdays_of_other_days_in_sentences_of_the_event_leave_the_day_unsupported(
    cli: Cli, tmp_path: Path, sentence: str, code: int
) -> None:
    found, findings = check_sentence(cli, tmp_path, _dated(ARREST, "2025-09-17"), "2025-09-20", sentence)
    assert found == code, major(findings)


@pytest.mark.parametrize("value", ["2025-09-17x", "2025-09-17x10:00", "2025-09", "17 September 2025"])
def test_a_front_matter_date_is_read_whole(cli: Cli, tmp_path: Path, value: str) -> None:
    (tmp_path / "a.txt").write_text(f"---\ndate: {value}\n---\n" + KIDNAP["a"], encoding="utf-8")
    (tmp_path / "s.md").write_text(ABDUCTED + "\n", encoding="utf-8")
    result = cli("check", str(tmp_path / "s.md"), "--source", str(tmp_path / "a.txt"))
    assert result.exit_code == 2, result.output
    assert "a.txt" in result.output
    assert "not a calendar date" in result.output


def test_published_wins_over_date_and_a_date_time_is_its_day(cli: Cli, tmp_path: Path) -> None:
    # the front matter's 'published' (Wednesday 17 September) dates "on Monday night", not 'date'
    front = "---\ndate: 2025-09-24\npublished: '2025-09-17T08:30:00+01:00'\n---\n"
    (tmp_path / "a.txt").write_text(front + KIDNAP["a"], encoding="utf-8")
    (tmp_path / "s.md").write_text("---\ndate: 2025-09-26\n---\n" + ABDUCTED + "\n", encoding="utf-8")
    result = cli("check", str(tmp_path / "s.md"), "--source", str(tmp_path / "a.txt"))
    assert result.exit_code == 0, result.output

"""Events and times, wave 23 (issue 12, session 23): fixes to wave 22's cues and guards, found by
its review, as a user of `check --source` and `extract` sees them.

- A cue in a relative clause ("the ferry that capsized ...") is passed over for a later verb
  only when that verb is a clause's own (finite), not a participle on a noun: "with passengers
  packed on its decks", "a deck built for 80", "workers employed at the plant" leave the date
  with the clause's cue, so a wrong time there is still caught.
- The noun "touchdown" is no arrival: a game's touchdown pass and a team's arrival are two days.
- A caption's closing date ("..., Italy, Saturday, Jan. 14, 2012.") is a photo's day only in a
  caption, whose verb is present; prose whose own verb is past ("The quake struck near Amatrice,
  Italy, Thursday, Aug. 25, 2016.") dates its event.

Reports and summaries are written for these tests (the review's probes, /tmp/p22, reworded).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence

Cli = Callable[..., Result]

FERRY = {
    "wire.txt": (
        "---\ndate: 2023-05-04\n---\n"
        "A ferry capsized off the coast of Bhola at 9:10 a.m. on Wednesday, the coast guard said. "
        "Rescue boats arrived at noon.\n"
    ),
    "daily.txt": (
        "---\ndate: 2023-05-04\n---\n"
        "The ferry capsized at about 9:10 a.m. on Wednesday. Divers recovered 12 bodies on Thursday.\n"
    ),
}
WORKERS = {
    "wire.txt": (
        "---\ndate: 2024-05-07\n---\n"
        "Gunmen abducted 40 workers from the Kolwe cement plant at 8:10 a.m. on Sunday, police said.\n"
    ),
    "daily.txt": (
        "---\ndate: 2024-05-07\n---\nThe workers were kidnapped at 8:10 a.m. on Sunday, a company spokesman said.\n"
    ),
}
GAME = {
    "wire.txt": (
        "---\ndate: 2024-02-12\n---\n"
        "The Chiefs arrived in Las Vegas on Monday, Feb. 5. Mahomes threw the winning touchdown pass "
        "on Sunday, Feb. 11.\n"
    ),
    "daily.txt": (
        "---\ndate: 2024-02-12\n---\n"
        "Kansas City landed in Las Vegas on Feb. 5. Mahomes found Hardman for a touchdown in overtime on Feb. 11.\n"
    ),
}
LANDER = {
    "wire.txt": (
        "---\ndate: 2023-08-24\n---\n"
        "India's lander touched down near the lunar south pole at 6.04 pm on Wednesday, the space agency said.\n"
    ),
    "daily.txt": "---\ndate: 2023-08-24\n---\nThe lander made a soft landing on the moon at 6:04 pm on Wednesday.\n",
}


def _times(findings: list[dict]) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    """(grade, claim words) of each FC201 finding: a time or day the sources give otherwise."""
    return [(f["grade"], f["message"]) for f in findings if f["rule_id"] == "FC201"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Divers are searching the wreck of the ferry that capsized with passengers packed on its decks "
        "at {time} a.m. on Wednesday.",
        "The ferry, which capsized with 200 passengers crowded onto a deck built for 80 at {time} a.m. "
        "on Wednesday, was overloaded.",
    ],
)
def test_a_participle_on_a_noun_leaves_the_date_with_the_clauses_cue(
    cli: Cli, tmp_path: Path, sentence: str
) -> None:
    code, findings = check_sentence(cli, tmp_path, FERRY, "2023-05-05", sentence.format(time="11:10"))
    assert code == 1
    times = _times(findings)
    assert [grade for grade, _ in times] == ["major"], findings
    assert "11:10" in times[0][1]
    assert "9:10" in times[0][1]
    _, findings = check_sentence(cli, tmp_path, FERRY, "2023-05-05", sentence.format(time="9:10"))
    assert _times(findings) == [], findings


def test_a_kidnapping_of_workers_employed_at_a_plant_keeps_its_time(cli: Cli, tmp_path: Path) -> None:
    sentence = (
        "Troops are hunting the gunmen who abducted workers employed at the plant at {time} a.m. on Sunday."
    )
    code, findings = check_sentence(cli, tmp_path, WORKERS, "2024-05-08", sentence.format(time="11:10"))
    assert code == 1
    assert [grade for grade, _ in _times(findings)] == ["major"], findings
    code, findings = check_sentence(cli, tmp_path, WORKERS, "2024-05-08", sentence.format(time="8:10"))
    assert code == 0, findings


@pytest.mark.parametrize(
    "sentence",
    [
        "Divers reached the ferry that capsized and crushed a fishing boat at {time} a.m. on Wednesday.",
        "The ferry, which capsized and blocked the channel at {time} a.m. on Wednesday, was overloaded.",
    ],
)
def test_a_verb_joined_to_the_clauses_cue_by_and_leaves_it_the_date(
    cli: Cli, tmp_path: Path, sentence: str
) -> None:
    # "collapsed and buried 30 workers at 8:57": the same clause's act, so a wrong time is still caught
    code, findings = check_sentence(cli, tmp_path, FERRY, "2023-05-05", sentence.format(time="11:10"))
    assert code == 1
    assert [grade for grade, _ in _times(findings)] == ["major"], findings
    _, findings = check_sentence(cli, tmp_path, FERRY, "2023-05-05", sentence.format(time="9:10"))
    assert _times(findings) == [], findings


@pytest.mark.parametrize(
    "sentence",
    [
        "The gunmen who abducted the workers freed all of them at 11:10 a.m. on Sunday.",
        # a past form that is never a participle is the sentence's verb, preposition or not
        "The search for the workers who were abducted at the plant went on into Sunday at 11:10 a.m.",
        # after a fronted clause's comma, the main clause's verb even with no object
        "A day after gunmen abducted the workers, troops deployed to the plant at 11:10 a.m. on Sunday.",
    ],
)
def test_a_clauses_own_later_verb_still_takes_the_date(cli: Cli, tmp_path: Path, sentence: str) -> None:
    # the freeing's or the troops' time is not the abduction's: no conflict with the sources' 8:10 a.m.
    _, findings = check_sentence(cli, tmp_path, WORKERS, "2024-05-08", sentence)
    assert _times(findings) == [], findings


@pytest.mark.parametrize(
    "sentence",
    [
        "The Chiefs arrived in Las Vegas on Feb. 5, and Mahomes threw the winning touchdown pass on Feb. 11.",
        "Kansas City landed in Las Vegas on Feb. 5; Mahomes scored a touchdown in overtime on Feb. 11.",
    ],
)
def test_a_games_touchdown_is_no_teams_arrival(cli: Cli, tmp_path: Path, sentence: str) -> None:
    code, findings = check_sentence(cli, tmp_path, GAME, "2024-02-13", sentence)
    assert code == 0, findings
    assert [f for f in findings if f["grade"] != "info"] == [], findings


def test_a_landers_touched_down_time_is_still_its_arrival(cli: Cli, tmp_path: Path) -> None:
    sentence = "The lander touched down near the lunar south pole at {time} pm on Wednesday."
    code, findings = check_sentence(cli, tmp_path, LANDER, "2023-08-25", sentence.format(time="6.40"))
    assert code == 1
    assert [grade for grade, _ in _times(findings)] == ["major"], findings
    code, findings = check_sentence(cli, tmp_path, LANDER, "2023-08-25", sentence.format(time="6.04"))
    assert code == 0, findings


def _extracted_events(cli: Cli, tmp_path: Path, text: str) -> dict[str, tuple[str, str]]:
    """`extract --format json` of a text: each date's words -> (event frame, why)."""
    page = tmp_path / "page.md"
    page.write_text(text, encoding="utf-8")
    result = cli("extract", str(page), "--format", "json")
    assert result.exit_code == 0, result.output
    return {
        found["claim"]["text"]: (found["claim"].get("event", ""), found.get("frame_why", ""))
        for report in json.loads(result.output)
        for found in report["candidates"]
        if found["claim"]["kind"] == "date"
    }


def test_prose_with_a_captions_date_shape_dates_its_event(cli: Cli, tmp_path: Path) -> None:
    found = _extracted_events(
        cli, tmp_path, "The quake struck near Amatrice, Italy, Thursday, Aug. 25, 2016.\n"
    )
    assert found["Thursday, Aug. 25, 2016"] == ("auto.event.struck", "cue 'struck'")
    found = _extracted_events(
        cli,
        tmp_path,
        "The earthquake that killed at least 120 people struck central Italy near the town of Amatrice, "
        "Thursday, Aug. 25, 2016.\n",
    )
    assert found["Thursday, Aug. 25, 2016"][0] == "auto.event.struck"


def test_a_captions_closing_date_is_still_a_photos(cli: Cli, tmp_path: Path) -> None:
    captions = (
        "Rescuers search the rubble of a collapsed house after the quake struck Amatrice, Italy, "
        "Thursday, Aug. 25, 2016.\n\n"
        "In this image provided by the city, the mayor, left, walks past a damaged school in Amatrice, Italy, "
        "Friday, Aug. 26, 2016.\n"
    )
    found = _extracted_events(cli, tmp_path, captions)
    assert found["Thursday, Aug. 25, 2016"] == (
        "unknown.event",
        "a photo's date: no event frame, never compared",
    )
    assert found["Friday, Aug. 26, 2016"] == (
        "unknown.event",
        "a photo's date: no event frame, never compared",
    )

"""Quotations across paragraph breaks (issue 12, session 24, miss24): a "he said" in the first
sentence of a paragraph means the person the paragraph before named, also when that person is
named after the verb ("…, said Ada Brennick, head of the lander team"), and a quotation that
news style leaves open at a paragraph's end because the next paragraph opens the speaker's words
again. Every text is written for these tests, not taken from any story; each test asserts what
`factcheck extract` or `factcheck review` reports."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from registry_review import CLI, Review

DAY = "2024-05-09"


def extracted_quotes(cli: CLI, tmp_path: Path, text: str) -> list[tuple[str, str | None]]:
    """(words, describes) of each quotation `factcheck extract --format json` finds in a text."""
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    result = cli("extract", str(path), "--format", "json")
    assert result.exit_code == 0, result.output
    [found] = json.loads(result.output)
    return [
        (c["claim"]["words"], c["claim"].get("describes"))
        for c in found["candidates"]
        if c["claim"]["kind"] == "quote"
    ]


def wording(report: Any) -> list[dict[str, Any]]:
    """A review's FC301 findings above info."""
    return [f for f in report["findings"] if f["rule_id"] == "FC301" and f["grade"] != "info"]


# --- "he said" after a paragraph break ----------------------------------------------------------

NAMED_BEFORE = "Rover team leader Ada Brennick said the craft may have skidded before it stopped."
SAID_THEN_NAMED = "The craft came to rest upright, said Ada Brennick, head of the rover team."


def test_he_said_after_a_blank_line_is_the_person_the_paragraph_before_named(
    cli: CLI, tmp_path: Path
) -> None:
    text = f'{NAMED_BEFORE}\n\n"So perhaps it did not stop once, it stopped twice," she told a briefing.\n'
    assert extracted_quotes(cli, tmp_path, text) == [
        ("So perhaps it did not stop once, it stopped twice,", "auto.quote.ada-brennick")
    ]


def test_a_name_after_said_in_the_sentence_before_is_the_speaker_of_he_said(cli: CLI, tmp_path: Path) -> None:
    text = (
        f'{SAID_THEN_NAMED}\n\n"Today it did not just stop once. It may even have stopped twice," she said.\n'
    )
    assert [d for _, d in extracted_quotes(cli, tmp_path, text)] == ["auto.quote.ada-brennick"]


def test_two_people_named_after_said_leave_he_said_without_a_speaker(cli: CLI, tmp_path: Path) -> None:
    text = (
        "The craft came to rest upright, said Ada Brennick; it had tilted, said Omar Tefft.\n\n"
        '"Today it did not just stop once. It may even have stopped twice," she said.\n'
    )
    assert [d for _, d in extracted_quotes(cli, tmp_path, text)] == ["unknown.statement"]


def test_a_name_after_told_is_the_one_spoken_to_not_the_speaker(cli: CLI, tmp_path: Path) -> None:
    text = (
        "The mission chief told Ada Brennick the rover had tilted.\n\n"
        '"Today it did not just stop once. It may even have stopped twice," she said.\n'
    )
    assert [d for _, d in extracted_quotes(cli, tmp_path, text)] == ["unknown.statement"]


def test_a_paragraph_naming_nobody_gives_he_said_no_speaker(cli: CLI, tmp_path: Path) -> None:
    text = 'The craft came to rest upright in a crater.\n\n"It may even have stopped twice," she said.\n'
    assert [d for _, d in extracted_quotes(cli, tmp_path, text)] == ["unknown.statement"]


def test_two_reports_rewording_one_remark_after_a_paragraph_break_are_compared(review: Review) -> None:
    report = review(
        {
            "r0": (
                DAY,
                f'{NAMED_BEFORE}\n\n"So perhaps the rover did not land once, it landed twice," she told a briefing.\n',
            ),
            "r1": (
                DAY,
                f'{SAID_THEN_NAMED}\n\n"Today the rover did not just land once. It perhaps even landed twice," she said with a smile.\n',
            ),
        }
    )
    [finding] = wording(report)
    assert {side["source"] for side in finding["sides"]} == {"r0", "r1"}


def test_the_same_remark_after_a_paragraph_break_is_not_flagged(review: Review) -> None:
    remark = '"So perhaps the rover did not land once, it landed twice,"'
    report = review(
        {
            "r0": (DAY, f"{NAMED_BEFORE}\n\n{remark} she told a briefing.\n"),
            "r1": (DAY, f"{SAID_THEN_NAMED}\n\n{remark} she said with a smile.\n"),
        }
    )
    assert wording(report) == []


# --- a quotation left open at a paragraph's end ------------------------------------------------

RUN_ON = (
    'She told a press conference at the Grand Hall of Oxbury: "I felt prouder and braver because this prize is '
    "not only a trophy that you would polish or a plaque that you would hang in your hall.\n\n"
    '"This spurs me on to keep going."\n'
)


def test_a_quotation_the_next_paragraph_goes_on_with_ends_at_its_paragraph(cli: CLI, tmp_path: Path) -> None:
    words = [w for w, _ in extracted_quotes(cli, tmp_path, RUN_ON)]
    assert words == [
        "I felt prouder and braver because this prize is not only a trophy that you would polish or "
        "a plaque that you would hang in your hall",
        "This spurs me on to keep going.",
    ]


def test_an_unclosed_mark_with_no_quotation_after_it_is_no_quotation(cli: CLI, tmp_path: Path) -> None:
    text = RUN_ON.replace('"This spurs me on to keep going."', "The mayor then left the hall.")
    assert extracted_quotes(cli, tmp_path, text) == []


def test_two_printings_of_a_run_on_quotation_in_other_words_are_compared(review: Review) -> None:
    other = (
        '"It is hard to say what I feel, but I felt prouder and braver because this prize is not only '
        'a trophy you polish or a plaque you hang in your hall," she said.\n'
    )
    report = review({"r0": (DAY, RUN_ON), "r1": (DAY, other)})
    [finding] = wording(report)
    assert finding["grade"] == "minor"


def test_a_curly_opening_closed_by_a_straight_mark_is_no_run_on_quotation(cli: CLI, tmp_path: Path) -> None:
    # review of miss24: mixed marks are a typing slip; the quotation ends at its straight mark,
    # and "she said" stays outside it
    text = (
        "The premier spoke at her party's retreat.\n\n"
        '“I have given my all to this office but it has taken a great deal out of me," she said.\n\n'
        '"You cannot do the job on an empty tank."\n'
    )
    words = [w for w, _ in extracted_quotes(cli, tmp_path, text)]
    assert not any("she said" in w for w in words), words


def test_a_name_with_a_possessive_after_said_is_not_the_speaker(cli: CLI, tmp_path: Path) -> None:
    # review of miss24: the mayor's spokeswoman spoke, not the mayor
    text = (
        "The talks would resume on Monday, said Mayor Tom Haldane's spokeswoman.\n\n"
        '"There is no deal on the table yet, and there will not be one this week," she said.\n'
    )
    assert [d for _, d in extracted_quotes(cli, tmp_path, text)] == ["unknown.statement"]

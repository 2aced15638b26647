"""FC301: two reports' excerpts of one sentence cut at different points are not a changed
quotation (the end of one is, word for word, the start of the other); a changed ending, a word
changed inside the shared stretch, and a checked summary's words past a source's quotation still
are (session 19, fa19)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from registry_review import CLI, reviewed

from factcheck.extract.text import quote_words
from factcheck.rules.checks.quotes import _overlapping_cuts

ROOT = Path(__file__).resolve().parents[1]

HEAD = (
    'Mayor Mary Tan said she "apologised to the people of the city for this and pledged to adopt a '
    'most sincere and humble attitude", the agency reported on Sunday.'
)
TAIL = (
    'Mayor Mary Tan said she "pledged to adopt a most sincere and humble attitude to accept criticisms '
    'and make improvements", the agency reported on Sunday.'
)


@pytest.mark.parametrize(
    ("a", "b", "cuts"),
    [
        (
            "apologised to the people for this and pledged to adopt a most sincere and humble attitude",
            "pledged to adopt a most sincere and humble attitude to accept criticisms",
            True,
        ),
        (
            "admitted deficiencies in the government's work",
            "deficiencies in the government's work had led to controversies",
            True,
        ),
        # a changed ending: the same start, another end
        ("I was ready for the record and I got it", "I was ready for the record and I lost it", False),
        # a word dropped inside the shared stretch
        (
            "pledged to adopt a most sincere and humble attitude",
            "pledged to adopt a sincere and humble attitude to accept criticisms",
            False,
        ),
        # a cut right after a negation flips the shared words' meaning
        (
            "I am not guilty of the fraud charges brought by the state",
            "guilty of the fraud charges brought by the state, and I will not appeal",
            False,
        ),
        # review19_fa19 items 3-4: a number or a negation in either side's own words, anywhere
        (
            "had counted 40 bodies in the collapsed school building",
            "the collapsed school building held 50 bodies at least",
            False,
        ),
        (
            "never took money from the People's Republic of China",
            "the People's Republic of China paid us 40 million dollars",
            False,
        ),
        (
            "did not order the strike on the convoy near the border crossing",
            "the convoy near the border crossing was hit by our forces",
            False,
        ),
        (
            "was not in any way guilty of the fraud charges brought by the state",
            "guilty of the fraud charges brought by the state and would appeal",
            False,
        ),
        (
            "admitted deficiencies in the government's work",
            "deficiencies in the government's work had led to three resignations",
            False,
        ),
        # a shared stretch of small words and one content word is no evidence of one sentence
        ("we will win it for them", "for them and for the club we will lose it", False),
    ],
)
def test_overlapping_cuts(a: str, b: str, cuts: bool) -> None:
    assert _overlapping_cuts(quote_words(a), quote_words(b)) is cuts
    assert _overlapping_cuts(quote_words(b), quote_words(a)) is cuts


def _wording(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [f for f in findings if f["rule_id"] == "FC301" and f["grade"] != "info"]


def test_review_two_cuts_of_one_sentence(cli: CLI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    story = {"wire-a": ("2024-03-05", HEAD), "wire-b": ("2024-03-05", TAIL)}
    assert _wording(reviewed(cli, tmp_path, monkeypatch, story)["findings"]) == []


def test_review_a_changed_word_in_the_overlap_still_flags(
    cli: CLI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    changed = TAIL.replace("most sincere and humble", "most sincere and modest")
    story = {"wire-a": ("2024-03-05", HEAD), "wire-b": ("2024-03-05", changed)}
    assert _wording(reviewed(cli, tmp_path, monkeypatch, story)["findings"]) != []


def test_check_words_past_a_source_quotation_are_still_compared(
    cli: CLI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    source = tmp_path / "source.txt"
    source.write_text(HEAD + "\n", encoding="utf-8")
    summary = tmp_path / "summary.md"
    summary.write_text(
        'The leader "pledged to adopt a most sincere and humble attitude and to resign at once".\n',
        encoding="utf-8",
    )
    result = cli(
        "check", str(summary), "--source", str(source), "--rules", str(ROOT / "rules"), "--format", "json"
    )
    assert result.exit_code == 1, result.output
    assert "FC301" in {f["rule_id"] for f in json.loads(result.output)["findings"]}

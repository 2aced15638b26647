"""Issue 12 (session 24, grade accuracy of `review`): what looks like a discrepancy but is a
rounding or a reporter's gloss is no finding above info. Invented texts, through the CLI.

- A measure written bare at another report's "nearly" is that measure rounded ("64 tons" beside
  "nearly 64 metric tons"); a measure at a bare bound ("half a mile" beside "less than half a
  mile") and a count at the bound still cross it (minor).
- Two figures meet at a bound only where both write that number: "almost $1.8 million" and
  "nearly $2 million" meet only at the bottom of the width "nearly" allows, so they agree;
  "more than two miles" and "nearly two miles" both write two miles and still cross (minor).
- A conversion in parentheses inside quotation marks is the reporter's, not the speaker's: one
  outlet adding it changes no quoted number; another number stays major. Other words in
  parentheses are the speaker's (a written statement's aside): a number changed there is major,
  and a summary may quote them.
- Two counts meeting only at the width of "nearly" ("nearly 90" / "nearly 100 passengers")
  still cross (minor): only sums, percentages and measures meet so.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence, review_from


def reports(first: str, second: str) -> dict[str, str]:
    """Two reports of one storm landfall at Tallow, each with one sentence of its own."""
    return {
        "wire": f"Storm reaches Tallow\n\n{first}\n",
        "paper": f"Tallow storm\n\n{second}\n",
    }


def above_info(findings: list[dict]) -> list[tuple[str, str, str]]:  # type: ignore[type-arg]
    return [(f["rule_id"], f["outcome"], f["grade"]) for f in findings if f["grade"] != "info"]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # a measure at "nearly" it: rounded
        (
            "The new Tallow rocket can lift nearly 64 metric tons into orbit, the company said on Tuesday.",
            "The new Tallow rocket can lift 64 tons into orbit, the company said on Tuesday.",
            [],
        ),
        # a measure at a bare bound still crosses it
        (
            "The ferry sank on Wednesday less than half a mile from the Tallow shore, officials said.",
            "The ferry sank on Wednesday half a mile from the Tallow shore, officials said.",
            [("FC102", "bound-crossed", "minor")],
        ),
        # a count at the bound still crosses it
        (
            "The ferry sank off Tallow on Wednesday with more than 130 passengers aboard, officials said.",
            "The ferry sank off Tallow on Wednesday with 130 passengers aboard, officials said.",
            [("FC102", "bound-crossed", "minor")],
        ),
        # two approximations meeting only at one's width: no bound crossed
        (
            "The chief executive of Tallow Mills sold shares worth almost $1.8 million before the recall was announced on Monday.",
            "Tallow Mills chief executive sold shares worth nearly $2 million before the recall was announced on Monday.",
            [],
        ),
        # two counts meeting only at one's width still cross: a count is held to its words
        (
            "The ferry was carrying nearly 90 passengers when it sank off Tallow on Wednesday, officials said.",
            "The ferry was carrying nearly 100 passengers when it sank off Tallow on Wednesday, officials said.",
            [("FC102", "bound-crossed", "minor")],
        ),
        # two bounds at the one number both write still cross
        (
            "The miners were trapped more than two miles inside the Tallow mine, officials said on Monday.",
            "The miners were trapped nearly two miles inside the Tallow mine, officials said on Monday.",
            [("FC102", "bound-crossed", "minor")],
        ),
    ],
)
def test_review_grades_figures_at_a_bound(
    cli: Callable[..., Result],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    first: str,
    second: str,
    expected: list[tuple[str, str, str]],
) -> None:
    findings = review_from(cli, tmp_path, monkeypatch.chdir, reports(first, second), "2024-05-06")
    assert above_info(findings) == expected


SAID = "We have information about a blast at {} altitude. It is being verified"


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        # a conversion the reporter put in parentheses: the same words
        ("10,000-metre (32,800-ft)", []),
        # another number: major; an altitude now has a measure frame (issue 12, session 25), so
        # the two heights differ as quantities too
        ("20,000-metre", [("FC102", "outside-tolerance", "major"), ("FC301", "number-changed", "major")]),
    ],
)
def test_review_reads_parentheses_in_a_quotation_as_the_reporters(
    cli: Callable[..., Result],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    printed: str,
    expected: list[tuple[str, str, str]],
) -> None:
    texts = reports(
        "A meteor exploded over Tallow on Friday.\n\n"
        f'"{SAID.format("10,000-metre")}," the ministry spokesman Ivan Petrov said on Friday.',
        "A meteor exploded over Tallow on Friday.\n\n"
        f'"{SAID.format(printed)}," the ministry spokesman Ivan Petrov said on Friday.',
    )
    findings = review_from(cli, tmp_path, monkeypatch.chdir, texts, "2024-05-06")
    assert above_info(findings) == expected


@pytest.mark.parametrize(
    ("aside", "expected"),
    [
        # the speaker's own words in parentheses (a written statement): a number changed there differs
        ("(20 of them children)", [("FC301", "number-changed", "major")]),
        # the same aside: no finding
        ("(12 of them children)", []),
    ],
)
def test_review_keeps_a_statements_own_parentheses(
    cli: Callable[..., Result],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    aside: str,
    expected: list[tuple[str, str, str]],
) -> None:
    said = '"The flood took 40 lives {} and destroyed the old town," Governor Paul Meyer said in a statement on Friday.'
    texts = reports(said.format("(12 of them children)"), said.format(aside))
    findings = review_from(cli, tmp_path, monkeypatch.chdir, texts, "2024-05-06")
    assert [f for f in above_info(findings) if f[0] == "FC301"] == expected


def test_check_finds_a_quotation_of_the_words_in_a_statements_parentheses(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    texts = reports(
        '"We will rebuild every flooded home in this valley (and I mean every single one) before the '
        'winter comes," Mayor Ana Ruiz wrote on Tuesday.',
        "Mayor Ana Ruiz promised on Tuesday to rebuild the flooded homes in the valley before winter.",
    )
    sentence = (
        'Mayor Ana Ruiz promised on Tuesday to rebuild "every single one" of the flooded homes before winter.'
    )
    _, findings = check_sentence(cli, tmp_path, texts, "2024-05-06", sentence)
    assert above_info(findings) == []

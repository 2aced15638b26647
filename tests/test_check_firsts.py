"""`check` on "for the first time" (pipeline/firsts.py) against a source that calls the same deed
a first since a time ("their first league title since 1987"). Invented reports, one summary
sentence each; faithful ones must pass."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence

LEAGUE = (
    "The Harriers beat Dunmore 3-1 on Saturday and have won their first league title since 1987. "
    "The club's manager said the players deserved it.\n"
)
DECADE = "Wheat prices in Kansas posted their first weekly gain in ten years on Monday, traders said.\n"
PRINCE = (
    "The prince made his first visit to Wales since the floods in March, touring a school in "
    "Cardiff. It was the first time in ten years that a royal had opened a school there.\n"
)
RIVALS = (
    "Anna Berg won the Gothenburg marathon on Sunday in 2:21:05. Her rival Lena Holm took her "
    "first marathon title since 2015 in Malmo on the same day.\n"
)
DEBUT = (
    "The Harriers beat Dunmore 3-1 on Saturday to win the league for the first time. Their coach "
    "won his first league title since 1987 as a player.\n"
)


@pytest.mark.parametrize(
    ("report", "summary", "said"),
    [
        (
            LEAGUE,
            "The Harriers won the league title for the first time, beating Dunmore 3-1 on Saturday.",
            "first league title since 1987",
        ),
        (
            LEAGUE,
            "The Harriers won the league for the first time ever, beating Dunmore on Saturday.",
            "first league title since 1987",
        ),
        # another deed of the story called a first (two words shared) does not excuse this one
        (
            RIVALS + "The Harriers won the title for the first time.\n",
            "Lena Holm won the marathon title for the first time, in Malmo.",
            "first marathon title since 2015",
        ),
        (
            DECADE,
            "Kansas wheat prices posted a weekly gain for the first time, traders said.",
            "first weekly gain in ten years",
        ),
    ],
)
def test_a_first_time_the_sources_call_a_first_since_fails(
    cli: Callable[..., Result], tmp_path: Path, report: str, summary: str, said: str
) -> None:
    got, findings = check_sentence(cli, tmp_path, {"a.txt": report}, "", summary)
    assert got == 1, findings
    (finding,) = [f for f in findings if f["outcome"] == "other-ordinal"]
    assert (finding["rule_id"], finding["grade"]) == ("FC602", "major")
    assert said in finding["message"]


@pytest.mark.parametrize(
    ("report", "summary"),
    [
        # the summary keeps the span, or narrows the first time to a place or a season
        (LEAGUE, "The Harriers won the league for the first time since 1987, beating Dunmore 3-1."),
        (
            LEAGUE,
            "The Harriers won the league for the first time in decades, beating Dunmore 3-1 on Saturday.",
        ),
        (DECADE, "Kansas wheat prices posted a weekly gain for the first time this decade."),
        # negated: not a first
        (LEAGUE, "The Harriers, beating Dunmore 3-1 on Saturday, did not win the league for the first time."),
        # the first since is another person's deed, named in the source sentence
        (RIVALS, "Anna Berg won the Gothenburg marathon title for the first time on Sunday."),
        # the source's first orders another thing than the summary's deed, or names no thing
        (PRINCE, "The prince toured a school in Cardiff for the first time."),
        (PRINCE, "A royal opened a school in Cardiff for the first time."),
        # another firm's first since, its name first in the sentence
        (
            "Apple sold its first new phone since 2019 on Tuesday, analysts said.\n",
            "Samsung sold a new phone for the first time, analysts said.",
        ),
        # another sentence of the sources calls it a first too
        (DEBUT, "The Harriers won the league for the first time, beating Dunmore 3-1 on Saturday."),
        # a first time of something else than the source's first since
        (DECADE, "Traders in Kansas said on Monday that they used the new exchange for the first time."),
    ],
)
def test_a_faithful_first_time_passes(
    cli: Callable[..., Result], tmp_path: Path, report: str, summary: str
) -> None:
    got, findings = check_sentence(cli, tmp_path, {"a.txt": report}, "", summary)
    assert got == 0, findings

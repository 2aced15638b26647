"""`check --source` (session 41, the Powerball tune story's planted summary): a hedged figure of
three significant digits or more ("an estimated $583 million") is no rounding, so only a source
figure it rounds bears it out; "an estimated $533 million" lay inside its 10 % window and passed.
A round hedged figure ("about $500 million", "some 45 people") keeps the window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence

JACKPOT = (
    "Three tickets won the record Powerball jackpot on Wednesday. The winners can collect 30 annual "
    "payments totaling an estimated $533 million, or split $983.5 million in cash at once. "
    "About 44 people queued at the store in Chino Hills.\n"
)


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("The winners can take 30 annual payments totaling an estimated $583 million.", 1),
        ("The winners can take 30 annual payments totaling an estimated $533 million.", 0),
        ("The winners can take 30 annual payments totaling about $500 million.", 0),
        ("The winners can take annual payments totaling more than half a billion dollars.", 0),
        ("Some 45 people queued at the store in Chino Hills.", 0),
    ],
)
def test_a_specific_hedged_figure_must_be_the_sources(
    cli: Callable[..., Result], tmp_path: Path, sentence: str, code: int
) -> None:
    got, findings = check_sentence(cli, tmp_path, {"a.txt": JACKPOT}, "2016-01-14", sentence)
    assert got == code, findings

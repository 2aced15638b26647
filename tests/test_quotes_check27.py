"""`check --source` still catches a quotation made up and put in a known speaker's mouth when it
shares only a name with what the sources quote (review of session 26, fa26): in `review` two
quotations of one speaker sharing only a name are two statements, but a summary's quotation is
held to the sources' words."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence

REPORT = (
    '"We are devastated by the loss of Mr. Bennett," said Dr. Anna Kerr, the hospital\'s director, '
    "on Tuesday.\n"
)


@pytest.mark.parametrize(
    "made_up",
    ["Mr. Bennett was a careless man who was known by all.", "We were never told about Mr. Bennett."],
)
def test_a_made_up_quotation_sharing_only_a_name_fails_check(
    cli: Callable[..., Result], tmp_path: Path, made_up: str
) -> None:
    code, findings = check_sentence(
        cli, tmp_path, {"wire.txt": REPORT}, "", f'Dr. Anna Kerr said: "{made_up}"'
    )
    assert code == 1, findings
    assert [f["rule_id"] for f in findings] == ["FC301"], findings
    assert findings[0]["grade"] == "major"


def test_the_quotation_as_the_source_gives_it_passes(cli: Callable[..., Result], tmp_path: Path) -> None:
    code, findings = check_sentence(
        cli,
        tmp_path,
        {"wire.txt": REPORT},
        "",
        'Dr. Anna Kerr said: "We are devastated by the loss of Mr. Bennett."',
    )
    assert code == 0, findings

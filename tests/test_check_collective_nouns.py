"""`check --source`: a summary may count the same people with another noun of one group
(link/counted_nouns.yaml). "Police" counts officers in news English as "troops" counts soldiers:
"more than a dozen Swiss plainclothes police" bears out "more than a dozen plain-clothed officers"
(a newcomer story's faithful summary was rejected by FC602, issue 14, session 27)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence

from factcheck.link.support import same_noun

RAID = (
    "Swiss authorities arrested seven officials at a hotel in Zurich on Wednesday. More than a dozen "
    "Swiss plainclothes police arrived unannounced at the hotel early in the morning.\n"
)


@pytest.mark.parametrize(
    ("summary", "code"),
    [
        # the same bound on the same people, counted by another noun
        ("More than a dozen plain-clothed officers arrived at the hotel in Zurich.", 0),
        ("More than a dozen police officers arrived at the hotel in Zurich.", 0),
        # a different bound is still unsupported, and so is a count of other people
        ("More than two dozen plain-clothed officers arrived at the hotel in Zurich.", 1),
        ("More than a dozen journalists arrived at the hotel in Zurich.", 1),
    ],
)
def test_police_counts_officers(
    cli: Callable[..., Result],
    tmp_path: Path,
    summary: str,
    code: int,
) -> None:
    got, findings = check_sentence(cli, tmp_path, {"a.txt": RAID}, "2015-05-27", summary)
    assert got == code, findings


def test_police_is_one_group_with_officers_only() -> None:
    assert same_noun("officers", "police")
    assert same_noun("police", "policemen")
    assert not same_noun("police", "soldiers")
    assert not same_noun("police", "firefighters")

"""`check` on a reported statement (no quotation marks) given to another person than the sources
give it (pipeline/reported.py): the sources write "Robert Jones said the council would close the
river bridge in May" and the summary "According to Helen Smith, the council would close the
river bridge in May". Invented sentences; faithful ones, relays and ones the sources leave open
must pass."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence

COUNCIL = (
    "The city council met on Tuesday. Council leader Robert Jones said the council would close the river "
    "bridge in May for repairs lasting six weeks. Mayor Helen Smith said the budget for the new library "
    "had been approved.\n"
)
RELAY = (
    "The city council met on Tuesday. Mayor Helen Smith told reporters that Robert Jones had promised the "
    "council would close the river bridge in May for repairs lasting six weeks.\n"
)
PRONOUN = (
    "Mayor Helen Smith spoke after the council met on Tuesday. She said the council would close the river "
    "bridge in May for repairs lasting six weeks. Robert Jones was not there.\n"
)
KREMLIN = (
    "The Kremlin said the council would close the river bridge in May for repairs lasting six weeks. "
    "Its spokesman, Helen Smith, spoke later.\n"
)


@pytest.mark.parametrize(
    ("report", "summary"),
    [
        # the sources' speaker, in full or by surname
        (COUNCIL, "According to Robert Jones, the council will close the river bridge in May for six weeks."),
        (COUNCIL, "Council leader Robert Jones said the river bridge would close in May for repairs."),
        # a source relaying one person's words through another
        (RELAY, "Helen Smith said the council would close the river bridge in May for six weeks of repairs."),
        # a source giving the words to "she": nothing to tell the speaker by
        (
            PRONOUN,
            "Robert Jones said the council would close the river bridge in May for six weeks of repairs.",
        ),
        # an organisation speaking, its spokesperson named
        (
            KREMLIN,
            "Helen Smith said the council would close the river bridge in May for six weeks of repairs.",
        ),
        # another statement of the document's speaker
        (COUNCIL, "Helen Smith said the budget for the new library had been approved on Tuesday."),
        # a speaker the sources never name: a name to look up, not judged here
        (
            COUNCIL,
            "Peter Brown said the council would close the river bridge in May for six weeks of repairs.",
        ),
    ],
)
def test_a_statement_the_sources_leave_to_its_speaker_passes_this_check(
    cli: Callable[..., Result], tmp_path: Path, report: str, summary: str
) -> None:
    _, findings = check_sentence(cli, tmp_path, {"a.txt": report}, "", summary)
    assert not [f for f in findings if f["outcome"] == "other-speaker"], findings


APPOSITIVE = (
    "The city council met on Tuesday. Robert Jones, the council leader, told reporters that the council "
    "would close the river bridge in May for repairs lasting six weeks. Mayor Helen Smith also spoke.\n"
)


@pytest.mark.parametrize(
    ("report", "summary"),
    [
        (
            COUNCIL,
            "According to Helen Smith, the council would close the river bridge in May for six weeks of repairs.",
        ),
        (
            COUNCIL,
            "Helen Smith said the council would close the river bridge in May for repairs lasting six weeks.",
        ),
        (
            APPOSITIVE,
            "Helen Smith said the council would close the river bridge in May for six weeks of repairs.",
        ),
    ],
)
def test_a_statement_given_to_another_named_person_is_contradicted(
    cli: Callable[..., Result], tmp_path: Path, report: str, summary: str
) -> None:
    code, findings = check_sentence(cli, tmp_path, {"a.txt": report}, "", summary)
    assert code == 1
    (finding,) = [f for f in findings if f["outcome"] == "other-speaker"]
    assert (finding["rule_id"], finding["grade"]) == ("FC602", "major")
    assert "Robert Jones" in finding["message"]

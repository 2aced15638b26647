"""`check` on quotations given to another speaker (pipeline/speakers.py): the sources print
'"…," Smith said' and the summary says 'Jones said "…"'. Invented sentences; faithful ones and
ones the sources leave open must pass."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence, registry_from

COUNCIL = (
    "City officials met on Tuesday to discuss the flood barrier for the river district. "
    '"We cannot afford to wait another winter for this barrier," Mayor Helen Smith said at the meeting. '
    "Council member Robert Jones voted against the budget, saying the costs were unclear.\n"
)
SISTERS = (
    'Maria Lopez won the final on Sunday. "I trained four years for this single race," Maria Lopez said. '
    "Her sister Marta Lopez finished fifth.\n"
)
REPEATED = (
    'Robert Jones met Helen Smith on Tuesday. Jones quoted her own words back at her: "We cannot '
    'afford to wait another winter for this barrier."\n'
)
SAD = (
    'Helen Smith called the vote "very sad" on Tuesday. Robert Jones, who voted against the '
    "budget, said the costs were unclear.\n"
)


@pytest.mark.parametrize(
    ("report", "summary"),
    [
        # the right speaker, by full name or surname
        (COUNCIL, 'Helen Smith said "we cannot afford to wait another winter for this barrier."'),
        (COUNCIL, 'Smith said: "We cannot afford to wait another winter."'),
        # two people sharing a surname may be one person: never judged
        (SISTERS, 'Marta Lopez said "I trained four years for this single race."'),
        # a source that gives the words to nobody in particular, with the summary's speaker named
        (REPEATED, 'Jones said "we cannot afford to wait another winter for this barrier."'),
        # a short common phrase is said by many
        (SAD, 'Robert Jones called the vote "very sad".'),
        # a speaker no source names is a name to look up, not a speaker to judge here
        (COUNCIL, 'Peter Brown said "we cannot afford to wait another winter for this barrier."'),
    ],
)
def test_a_quotation_the_sources_leave_to_its_speaker_passes_this_check(
    cli: Callable[..., Result], tmp_path: Path, report: str, summary: str
) -> None:
    _, findings = check_sentence(cli, tmp_path, {"a.txt": report}, "", summary)
    assert not [f for f in findings if f["outcome"] == "other-speaker"], findings


def test_a_quotation_given_to_another_known_speaker_is_contradicted(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text(COUNCIL, encoding="utf-8")
    (tmp_path / "summary.md").write_text(
        'Robert Jones said "we cannot afford to wait another winter for this barrier."\n', encoding="utf-8"
    )
    result = cli(
        "check", str(tmp_path / "summary.md"), "--source", str(tmp_path / "a.txt"), "--format", "json"
    )
    assert result.exit_code == 1, result.output
    report = json.loads(result.output)
    (finding,) = report["findings"]
    assert (finding["rule_id"], finding["grade"], finding["outcome"]) == ("FC602", "major", "other-speaker")
    assert "Helen Smith" in finding["message"]
    (verdict,) = [v for v in report["verdicts"] if v["kind"] == "quote"]
    assert verdict["verdict"] == "contradicted"
    assert "Mayor Helen Smith said" in verdict["evidence"]["words"]


def test_a_quotation_given_to_another_speaker_fails_against_a_registry_too(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli("init", str(tmp_path / "reg")).exit_code == 0
    monkeypatch.chdir(tmp_path / "reg")
    (tmp_path / "council.txt").write_text(COUNCIL, encoding="utf-8")
    added = cli(
        "sources", "add", str(tmp_path / "council.txt"), "--published", "2024-03-05", "--id", "council"
    )
    assert added.exit_code == 0, added.output
    written = cli("extract", "seeds/council.txt", "--write", "claims/council.yaml")
    assert written.exit_code == 0, written.output
    codes = {}
    for speaker in ("Helen Smith", "Robert Jones"):
        (tmp_path / "s.md").write_text(
            f'---\ndate: 2024-03-05\n---\n{speaker} said "we cannot afford to wait another winter for this barrier."\n'
        )
        codes[speaker] = cli("check", str(tmp_path / "s.md"), "--registry", ".", "--format", "json").exit_code
    assert codes == {"Helen Smith": 0, "Robert Jones": 1}


MAYOR = (
    "Engineers inspected the river barrier on Tuesday. "
    '"We cannot afford to wait another winter for this barrier," Mayor Ann Lee said. '
    "Council member Tom Reyes said the costs were unclear.\n"
)
RESIDENT = (
    "The river district began to dry out on Tuesday. Officials counted the damage to homes and shops. "
    '"We cannot afford to wait another winter for this barrier," one resident told reporters.\n'
)
BRIEFING = (
    'Flood waters receded in the river district on Monday. "We will work with them until every family '
    'has a roof over its head," Mayor Ann Lee said at a briefing on Monday. The council approved emergency funds.\n'
)
PLACARDS = (
    "Union members marched through the river district on Monday. Placards carried the slogan "
    '"we will strike with them until every worker has a contract in hand". Police said the march was peaceful.\n'
)


def _exit_codes(
    cli: Callable[..., Result],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    reports: dict[str, str],
    summary: str,
) -> tuple[int, int]:
    """check's exit code on `summary` against a registry built from `reports` by the real CLI, and
    against the same reports as --source files."""
    registry_from(cli, tmp_path, monkeypatch.chdir, reports, "2024-03-05")
    (tmp_path / "s.md").write_text(f"---\ndate: 2024-03-05\n---\n{summary}\n", encoding="utf-8")
    registry = cli("check", str(tmp_path / "s.md"), "--registry", ".", "--format", "json")
    sources = [a for name in reports for a in ("--source", str(tmp_path / f"{name}.txt"))]
    source = cli("check", str(tmp_path / "s.md"), *sources, "--format", "json")
    return registry.exit_code, source.exit_code


def test_a_pronoun_is_not_a_named_speaker(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'Tom Reyes spoke after the mayor. "…," she said.': the quotation's sentence names nobody,
    so its words are not judged as Tom Reyes's (a faithful summary)."""
    summary = 'Tom Reyes spoke after the mayor. "We cannot afford to wait another winter for this barrier," she said.'
    assert _exit_codes(cli, tmp_path, monkeypatch, {"d": MAYOR}, summary) == (0, 0)


def test_a_role_credited_quotation_is_no_evidence_for_a_speaker(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The words are given to "one resident" by one outlet and to the mayor by another: who said
    them is open, in registry mode and --source mode alike."""
    summary = 'Tom Reyes said "we cannot afford to wait another winter for this barrier."'
    assert _exit_codes(cli, tmp_path, monkeypatch, {"c": RESIDENT, "d": MAYOR}, summary) == (0, 0)


def test_a_placard_is_no_evidence_for_a_speaker(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A slogan on placards names nobody: it is never the mayor's, whatever she said elsewhere."""
    summary = 'Union leader Tom Reyes said "we will strike with them until every worker has a contract."'
    assert _exit_codes(cli, tmp_path, monkeypatch, {"a": BRIEFING, "b": PLACARDS, "d": MAYOR}, summary) == (
        0,
        0,
    )

"""`check` (issue 14): a person's role in a summary that most sources give passes even when one
outlet printed another (FC505 weighed by every source, as a figure is); a role that follows only
the outlier is at most minor; a role no source agrees with stays major."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import Result
from summary_check import check_sentence

REPORTS = {
    "a.txt": "Mayor Ines Kovacs said on Monday that 40 miners were trapped in the Tarnow shaft.\n",
    "b.txt": "Mayor Ines Kovacs told reporters the rescue at the Tarnow shaft would take days.\n",
    "c.txt": "Rescuers worked through the night, Mayor Ines Kovacs said of the Tarnow shaft.\n",
    "d.txt": "Deputy mayor Ines Kovacs said the Tarnow shaft had flooded overnight.\n",
}


def _role_findings(findings: list[dict]) -> list[dict]:  # type: ignore[type-arg]
    return [f for f in findings if f["rule_id"] == "FC505"]


def test_a_role_most_sources_give_passes_against_one_outlier(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    sentence = "Mayor Ines Kovacs said rescuers worked at the Tarnow shaft."
    code, findings = check_sentence(cli, tmp_path, REPORTS, "", sentence)
    assert not _role_findings(findings), findings
    assert code == 0


def test_a_role_only_the_outlier_gives_is_at_most_minor(cli: Callable[..., Result], tmp_path: Path) -> None:
    sentence = "Deputy mayor Ines Kovacs said rescuers worked at the Tarnow shaft."
    _code, findings = check_sentence(cli, tmp_path, REPORTS, "", sentence)
    roles = _role_findings(findings)
    assert roles, findings
    assert all(f["grade"] in ("minor", "info") for f in roles), roles


def test_a_role_no_source_gives_is_still_major(cli: Callable[..., Result], tmp_path: Path) -> None:
    reports = {name: text.replace("Deputy mayor", "Mayor") for name, text in REPORTS.items()}
    sentence = "Deputy mayor Ines Kovacs said rescuers worked at the Tarnow shaft."
    code, findings = check_sentence(cli, tmp_path, reports, "", sentence)
    assert any(f["grade"] == "major" for f in _role_findings(findings)), findings
    assert code == 1

"""CONTRIBUTING.md's claim: a new rule is three files (a check module, a rule file, a prose-case
file), listed in the configuration, without editing anything else. This test writes a toy rule in
a temp dir, touching no file of the project, and runs it from the CLI."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

ROOT = Path(__file__).resolve().parent.parent

CHECK_MODULE = '''"""A toy check: a date in the distant future is probably a typo."""

from pydantic import Field

from factcheck.model import DateClaim
from factcheck.rules.checks.base import CheckInput, Params, Verdict, spec


class FarFutureParams(Params):
    """From which year a date counts as far in the future."""

    from_year: int = Field(2050, ge=1900, le=9999, description="first year that is too far")


def far_future(data: CheckInput) -> Verdict | None:
    """A stated date lies at or after `from_year`."""
    claim = data.matched["a"]
    assert isinstance(claim, DateClaim)
    if claim.start.year < int(data.params["from_year"]):
        return None
    return Verdict(outcome="far-future", confidence=0.7, details={"year": str(claim.start.year)})


CHECKS = (spec("far_future", far_future, outcomes=["far-future"], details=["year"], patterns=("a",), params=FarFutureParams),)
'''

RULE_FILE = """id: FC701
name: date.far-future
grade: minor
since: "0.1.0"
link: https://example.org/rules/fc701
summary: A date lies so far in the future that it is probably a typo.
rationale: |
  News reports rarely date anything decades ahead; such a date is usually a mistyped year.
message: "“{a.text}” is in {details.year}: is the year right?"
match:
  a: {where: {kind: date}}
check: far_future
params: {from_year: 2050}
examples:
  flag:
    - a: {event: launch, text: on 3 May 2094, date: 2094-05-03, precision: day}
  pass:
    - a: {event: launch, text: on 3 May 2024, date: 2024-05-03, precision: day}
"""

CASES_FILE = """rule: FC701
cases:
  - name: a mistyped year
    sources:
      - text: The ferry service resumed on 3 May 2024.
    summary: |
      Ferries run again.
      The service resumed on 3 May 2094.
    findings:
      - {grade: minor, file: summary, line: 2}
"""


def test_a_toy_rule_in_three_files(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = {p: p.stat().st_mtime_ns for p in ROOT.rglob("*") if p.is_file() and ".git" not in p.parts}
    plugins, rules = tmp_path / "plugins", tmp_path / "rules"
    (rules / "cases").mkdir(parents=True)
    plugins.mkdir()
    written = [
        plugins / "toy_checks.py",
        rules / "FC701-date-far-future.yaml",
        rules / "cases" / "FC701.yaml",
    ]
    for path, text in zip(written, (CHECK_MODULE, RULE_FILE, CASES_FILE), strict=True):
        path.write_text(text, encoding="utf-8")
    # the configuration names the module by import path (no file is executed from the rules folder)
    (tmp_path / "factcheck.toml").write_text('rules = "rules"\nchecks = ["toy_checks"]\n', encoding="utf-8")
    monkeypatch.syspath_prepend(str(plugins))
    monkeypatch.chdir(tmp_path)

    tested = cli("rules", "test", "--rules", str(rules))
    assert tested.exit_code == 0, tested.output
    assert "ok   FC701 case 'a mistyped year'" in tested.output
    assert "3 passed, 0 failed" in tested.output

    summary = tmp_path / "summary.md"
    summary.write_text("Ferries run again.\nThe service resumed on 3 May 2094.\n", encoding="utf-8")
    source = tmp_path / "source.txt"
    source.write_text("The ferry service resumed on 3 May 2024.\n", encoding="utf-8")
    checked = cli("check", str(summary), "--source", str(source), "--rules", str(rules), "--format", "json")
    findings = json.loads(checked.stdout)["findings"]
    assert [(f["rule_id"], f["grade"], f["sides"][0]["line"]) for f in findings] == [("FC701", "minor", 2)]

    docs = cli("rules", "docs", "--rules", str(rules))
    assert "## FC701 date.far-future" in docs.output
    assert "| `from_year` | int, ≥ 1900, ≤ 9999 | 2050 |" in docs.output

    after = {p: p.stat().st_mtime_ns for p in ROOT.rglob("*") if p.is_file() and ".git" not in p.parts}
    assert {p for p in after if before.get(p) != after[p]} <= {p for p in after if "__pycache__" in p.parts}
    assert len(written) == 3

"""Configuration in factcheck.toml or [tool.factcheck], found by walking up; flags override it."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

CONFIG = """
disable = ["name.spelling"]
grades = { FC101 = "major", FC501 = "major" }
fail-on = "critical"
min-grade = "minor"
"""


@pytest.fixture
def configured(registry_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (registry_copy / "factcheck.toml").write_text(CONFIG)
    (registry_copy / "claims" / "sub").mkdir()
    monkeypatch.chdir(registry_copy / "claims" / "sub")  # found by walking up
    return registry_copy


def test_config_disables_rules_overrides_grades_and_sets_fail_on(
    cli: Callable[..., Result], configured: Path
) -> None:
    result = cli("review", "--format", "json")
    assert result.exit_code == 0, result.output  # nothing critical is left
    data = json.loads(result.output)
    rules = {f["rule_id"] for f in data["findings"]}
    assert "FC401" not in rules
    assert {f["grade"] for f in data["findings"] if f["rule_id"] in ("FC101", "FC501")} == {"major"}
    assert "FC401" not in {r["id"] for r in data["rules"]}


def test_flags_override_the_config(cli: Callable[..., Result], configured: Path) -> None:
    assert cli("review", "--fail-on", "major").exit_code == 1


def test_rules_test_still_runs_disabled_rules_examples(cli: Callable[..., Result], configured: Path) -> None:
    result = cli("rules", "test")
    assert result.exit_code == 0, result.output


def test_pyproject_tool_table(
    cli: Callable[..., Result], registry_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (registry_copy / "pyproject.toml").write_text('[tool.factcheck]\ndisable = ["FC101"]\n')
    monkeypatch.chdir(registry_copy)
    data = json.loads(cli("review", "--format", "json").output)
    assert "FC101" not in {f["rule_id"] for f in data["findings"]}


def test_bad_config_is_a_usage_error(
    cli: Callable[..., Result], registry_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (registry_copy / "factcheck.toml").write_text('colour = "red"\n')
    monkeypatch.chdir(registry_copy)
    result = cli("review")
    assert result.exit_code == 2
    assert "factcheck.toml" in result.output
    assert "unknown setting" in result.output


def test_unknown_rule_in_config(
    cli: Callable[..., Result], registry_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (registry_copy / "factcheck.toml").write_text('disable = ["FC999"]\n')
    monkeypatch.chdir(registry_copy)
    result = cli("review")
    assert result.exit_code == 2
    assert "unknown rule 'FC999'" in result.output

"""Rule files are checked against what their check declares when they load: every mistake is an
exit-2 error naming the file, the line and the field, never a rule that silently drops out."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from factcheck.rules import load_rules
from factcheck.rules.checks import builtin_checks
from factcheck.rules.raised import RAISED_IDS

ROOT = Path(__file__).resolve().parent.parent
FC101 = "FC101-quantity-far-apart.yaml"


def edit_rule(registry: Path, name: str, old: str, new: str) -> Path:
    """Replace `old` by `new` in one rule file of the registry copy."""
    path = registry / "rules" / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def line_of(path: Path, fragment: str) -> int:
    """The 1-based line of the file holding `fragment`."""
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if fragment in line)


def assert_rule_error(result: Result, path: Path, line: int, *fragments: str) -> None:
    """Exit 2, no traceback, and the message names file:line and the given fragments."""
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert f"{path.name}:{line}" in result.output, result.output
    for fragment in fragments:
        assert fragment in result.output, (fragment, result.output)


def test_unknown_parameter(cli: Callable[..., Result], registry_copy: Path) -> None:
    path = edit_rule(registry_copy, FC101, "params: {min_ratio: 3.0}", "params: {min_ratoi: 3.0}")
    result = cli("review", "--registry", str(registry_copy))
    assert_rule_error(result, path, line_of(path, "min_ratoi"), "field 'params.min_ratoi'", "unknown field")
    assert "min_ratio (float, default 3.0)" in result.output  # the hint lists what it takes


def test_parameter_of_the_wrong_type(cli: Callable[..., Result], registry_copy: Path) -> None:
    path = edit_rule(registry_copy, FC101, "params: {min_ratio: 3.0}", 'params: {min_ratio: "three"}')
    result = cli("check", str(ROOT / "examples" / "consistent-summary.md"), "--registry", str(registry_copy))
    assert_rule_error(result, path, line_of(path, "three"), "field 'params.min_ratio'", "valid number")


def test_parameter_out_of_bounds(cli: Callable[..., Result], registry_copy: Path) -> None:
    path = edit_rule(registry_copy, FC101, "params: {min_ratio: 3.0}", "params: {min_ratio: 0.5}")
    result = cli("rules", "list", "--registry", str(registry_copy))
    assert_rule_error(
        result, path, line_of(path, "min_ratio: 0.5"), "field 'params.min_ratio'", "greater than 1"
    )


def test_unknown_outcome(cli: Callable[..., Result], registry_copy: Path) -> None:
    path = edit_rule(
        registry_copy,
        FC101,
        "outcomes: {figure-updated: info}\n",
        "outcomes: {figure-updated: info, far-appart: major}\n",
    )
    result = cli("review", "--registry", str(registry_copy))
    assert_rule_error(
        result, path, line_of(path, "far-appart"), "field 'outcomes.far-appart'", "returns: far-apart"
    )


def test_unknown_message_placeholder(cli: Callable[..., Result], registry_copy: Path) -> None:
    path = edit_rule(registry_copy, FC101, "{details.ratio}×", "{details.ratoi}×")
    result = cli("review", "--registry", str(registry_copy))
    assert_rule_error(
        result,
        path,
        line_of(path, "message:"),
        "field 'message'",
        "'{details.ratoi}' is unknown",
        "{details.ratio}",
    )


def test_every_bad_rule_file_is_reported_in_one_pass(cli: Callable[..., Result], registry_copy: Path) -> None:
    edit_rule(registry_copy, FC101, "params: {min_ratio: 3.0}", "params: {min_ratoi: 3.0}")
    edit_rule(registry_copy, "FC201-date-conflict.yaml", "check: date_conflict", "check: date_conflikt")
    result = cli("rules", "list", "--registry", str(registry_copy))
    assert result.exit_code == 2
    assert FC101 in result.output
    assert "FC201-date-conflict.yaml" in result.output


def test_every_check_declares_what_its_rules_use() -> None:
    checks = builtin_checks()
    for item in load_rules(ROOT / "rules"):
        if item.spec is None:
            continue
        assert item.spec is checks[item.rule.check]
        assert set(item.rule.outcomes) <= item.spec.outcomes
        assert set(item.params) == set(item.spec.params.model_fields)


def test_raised_rules_are_rule_files_listed_like_the_others(cli: Callable[..., Result], root: Path) -> None:
    result = cli("rules", "list", "--registry", str(root))
    assert result.exit_code == 0
    for rule_id in RAISED_IDS:
        assert rule_id in result.output
        assert list((root / "rules").glob(f"{rule_id}-*.yaml"))


def test_a_configuration_regrades_a_raised_rule(
    cli: Callable[..., Result], registry_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (registry_copy / "factcheck.toml").write_text('registry = "."\ngrades = { FC902 = "minor" }\n')
    monkeypatch.chdir(registry_copy)
    summary = tmp_path / "summary.md"
    summary.write_text("<!-- factcheck-ignore FC101 -->\nThe floods killed 12 people.\n")
    result = cli("check", str(summary), "--format", "json")
    found = [f for f in json.loads(result.output)["findings"] if f["rule_id"] == "FC902"]
    assert [f["grade"] for f in found] == ["minor"]


PLUGIN = '''
from factcheck.rules.checks.base import CheckInput, Verdict, spec


def always(data: CheckInput) -> Verdict | None:
    """Fires with an outcome it never declared."""
    return Verdict(outcome="surprise", confidence=1.0)


CHECKS = (spec("always_surprised", always, outcomes=["declared"], patterns=("a",)),)
'''

RULE = """id: FC777
name: toy.surprise
grade: info
since: "0.1.0"
link: https://example.org/fc777
summary: A toy rule whose check returns an undeclared outcome.
rationale: Only for this test.
message: "{a.text}"
match:
  a: {where: {kind: date}}
check: always_surprised
examples:
  flag:
    - a: {event: e, text: on 3 May, date: 2024-05-03, precision: day}
  pass:
    - a: {event: e, text: on 4 May, date: 2024-05-04, precision: day}
"""


def test_an_engine_error_exits_non_zero_without_fail_on(
    cli: Callable[..., Result], registry_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plugins = tmp_path / "plugins"
    plugins.mkdir()
    (plugins / "surprise_checks.py").write_text(PLUGIN)
    monkeypatch.syspath_prepend(str(plugins))
    (registry_copy / "rules" / "FC777-toy-surprise.yaml").write_text(RULE)
    (registry_copy / "factcheck.toml").write_text('registry = "."\nchecks = ["surprise_checks"]\n')
    monkeypatch.chdir(registry_copy)
    result = cli("review", "--format", "json")
    assert result.exit_code == 1, result.output
    errors = json.loads(result.stdout)["errors"]
    assert any("undeclared outcome 'surprise'" in e for e in errors), errors

"""Every rule's own flag and pass examples, run through the real engine (like `factcheck rules test`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.pipeline.examples import run_example
from factcheck.rules import LoadedRule, load_rules

ROOT = Path(__file__).resolve().parent.parent
RULES = load_rules(ROOT / "rules")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "case" in metafunc.fixturenames:
        cases, ids = [], []
        for item in RULES:
            for kind, examples in (("flag", item.rule.flag_examples), ("pass", item.rule.pass_examples)):
                for index, example in enumerate(examples):
                    cases.append((item, kind, index, example))
                    ids.append(f"{item.rule.id}-{kind}{index}")
        metafunc.parametrize("case", cases, ids=ids)


def test_rule_example(case: tuple[LoadedRule, str, int, dict[str, object]]) -> None:
    item, kind, index, example = case
    result = run_example(item, kind, index, example)
    assert result.ok, result.detail
    if kind == "flag":
        # a flag example must produce a finding whose message quotes both sides' words
        finding = result.findings[0]
        for side in finding.sides:
            if side.source.startswith("example-"):
                assert side.text in finding.message or (
                    side.value is not None and side.value in finding.message
                )


def test_every_rule_has_flag_and_pass_examples() -> None:
    for item in RULES:
        if item.on_engine:
            assert item.rule.flag_examples, item.rule.id
            assert item.rule.pass_examples, item.rule.id


def test_rule_families_the_seeds_need_are_present() -> None:
    checks = {item.rule.check for item in RULES}
    assert checks >= {
        "magnitude_gap",
        "number_tolerance",
        "date_conflict",
        "weekday_mismatch",
        "duration_span",
        "quote_wording",
        "quote_attribution",
        "name_spelling",
        "relation_reversed",
    }


def test_rules_test_command_passes(cli, root: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("rules", "test", "--registry", str(root))
    assert result.exit_code == 0, result.output
    assert " 0 failed" in result.output


def test_rules_test_command_fails_on_a_broken_example(cli, registry_copy: Path) -> None:  # type: ignore[no-untyped-def]
    path = registry_copy / "rules" / "FC101-quantity-far-apart.yaml"
    # make a pass example one that must fire: hundreds vs millions
    text = path.read_text().replace(
        "a: {subject: displaced, unit: people, text: millions of displaced people, vague: millions}",
        "a: {subject: displaced, unit: people, text: hundreds of displaced people, vague: hundreds}",
    )
    path.write_text(text)
    result = cli("rules", "test", "--registry", str(registry_copy))
    assert result.exit_code == 1
    assert "FAIL FC101 pass[0]" in result.output

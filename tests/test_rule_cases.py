"""Every rule's prose cases (rules/cases/<ID>.yaml), run through extraction, linking, the engine
and grading, must report exactly the findings they list (grade, file, line)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.pipeline.cases import run_case
from factcheck.rules import LoadedRule, load_rules
from factcheck.rules.cases import ProseCase, all_cases

ROOT = Path(__file__).resolve().parent.parent
RULES = {item.rule.id: item for item in load_rules(ROOT / "rules")}
CASES = all_cases(ROOT / "rules")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "case" in metafunc.fixturenames:
        params = [(RULES[rule_id], case) for rule_id, cases in sorted(CASES.items()) for case in cases]
        ids = [f"{item.rule.id}-{case.name}" for item, case in params]
        metafunc.parametrize("case", params, ids=ids)


def test_prose_case(case: tuple[LoadedRule, ProseCase]) -> None:
    item, prose = case
    result = run_case(item, prose)
    assert result.ok, result.detail


def test_every_case_file_names_a_rule_that_exists() -> None:
    assert set(CASES) <= set(RULES)


def test_a_case_whose_check_never_runs_fails() -> None:
    # no date in either text: FC202's check is never called, so the case proves nothing
    case = ProseCase.model_validate(
        {
            "name": "nothing to check",
            "sources": [{"text": "The council met."}],
            "summary": "It met.",
            "findings": [],
        }
    )
    result = run_case(RULES["FC202"], case)
    assert not result.ok
    assert "never ran" in result.detail


def test_a_case_with_a_wrong_line_fails() -> None:
    case = CASES["FC202"][0].model_copy(deep=True)
    wrong = case.findings[0].model_copy(update={"line": 2})
    result = run_case(RULES["FC202"], case.model_copy(update={"findings": [wrong]}))
    assert not result.ok
    assert "found major at summary:1" in result.detail

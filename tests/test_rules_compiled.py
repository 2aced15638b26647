"""The standard rules' validated form shipped in the package (rules/compiled.py): up to date, the
same Rules the files declare, and never used for a file whose text differs."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.errors import ErrorList, FactcheckError
from factcheck.registry.standard import STANDARD_RULES
from factcheck.rules import compiled
from factcheck.rules.checks import CheckRegistry
from factcheck.rules.compile import table_text
from factcheck.rules.loader import load_rule_file, parse_rule


def test_the_table_is_up_to_date() -> None:
    assert compiled.TABLE.read_text(encoding="utf-8") == table_text(STANDARD_RULES), (
        "the standard rules changed: run `python -m factcheck.rules.compile`"
    )


@pytest.mark.parametrize("path", sorted(STANDARD_RULES.glob("*.yaml")), ids=lambda p: p.stem)
def test_each_standard_rule_from_the_table_is_the_parsed_rule(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    known = compiled.known_rule(text)
    parsed = parse_rule(text, path)
    assert known is not None
    assert repr(known) == repr(parsed)  # every field, nested models, key order and types
    assert known == parsed
    assert known.model_fields_set == parsed.model_fields_set
    assert load_rule_file(path).rule == parsed


def test_a_changed_rule_file_is_parsed_not_taken_from_the_table(tmp_path: Path) -> None:
    source = next(STANDARD_RULES.glob("FC101-*.yaml"))
    changed = tmp_path / source.name
    text = source.read_text(encoding="utf-8")
    changed.write_text(text.replace("grade: critical", "grade: minor", 1), encoding="utf-8")
    assert compiled.known_rule(changed.read_text(encoding="utf-8")) is None
    assert load_rule_file(changed).rule.grade == "minor"
    broken = tmp_path / "broken.yaml"
    broken.write_text(text.replace("grade: critical", "grade: huge", 1), encoding="utf-8")
    with pytest.raises(ErrorList) as caught:
        load_rule_file(broken)
    assert caught.value.errors[0].field == "grade"


def test_a_table_rule_whose_check_is_unknown_is_reported_with_its_line() -> None:
    # the table skips parsing, not the checks: without the check the file is parsed for its lines
    path = next(STANDARD_RULES.glob("FC101-*.yaml"))
    with pytest.raises(FactcheckError) as caught:
        load_rule_file(path, CheckRegistry([]))
    assert "unknown check" in str(caught.value)
    assert caught.value.line is not None


def test_a_table_made_for_another_model_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    path = next(STANDARD_RULES.glob("FC101-*.yaml"))
    compiled._table.cache_clear()
    monkeypatch.setattr(compiled, "fingerprint", lambda: "another model")
    try:
        assert compiled.known_rule(path.read_text(encoding="utf-8")) is None
    finally:
        compiled._table.cache_clear()


@pytest.mark.parametrize("path", sorted(STANDARD_RULES.glob("*.yaml")), ids=lambda p: p.stem)
def test_each_standard_rules_parameters_from_the_table_are_the_validated_ones(path: Path) -> None:
    from factcheck.rules.checks import builtin_checks

    text = path.read_text(encoding="utf-8")
    rule = parse_rule(text, path)
    known = compiled.known_params(text)
    if rule.raised_by is not None:
        assert known == {}
        return
    validated = builtin_checks()[rule.check].params.model_validate(rule.params).model_dump()
    assert known == validated
    assert repr(known) == repr(validated)  # key order and value types too
    assert load_rule_file(path).params == validated

"""Bad input gets a clear error (file, line or field, what is wrong, a hint) and exit 2 — never a traceback."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

GOOD_CLAIMS = """source: s000
claims:
  - id: s000.test-deaths
    kind: quantity
    subject: ukraine-war.deaths
    unit: deaths
    text: hundreds of deaths
    span: [{start}, {end}]
    vague: hundreds
"""


def write_claims(registry: Path, text: str, name: str = "zz-test.yaml") -> Path:
    path = registry / "claims" / name
    path.write_text(text, encoding="utf-8")
    return path


def span_of(registry: Path, words: str) -> tuple[int, int]:
    text = (registry / "seeds" / "000_fae8cf41b6720a97.txt").read_text(encoding="utf-8")
    start = text.index(words)
    return start, start + len(words)


def assert_usage_error(result: Result, *fragments: str) -> None:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    for fragment in fragments:
        assert fragment in result.output, (fragment, result.output)


@pytest.fixture
def validate(cli: Callable[..., Result], registry_copy: Path) -> Callable[[], Result]:
    return lambda: cli("claims", "validate", "--registry", str(registry_copy))


def test_a_good_extra_claim_validates(registry_copy: Path, validate: Callable[[], Result]) -> None:
    start, end = span_of(registry_copy, "hundreds of deaths")
    write_claims(registry_copy, GOOD_CLAIMS.format(start=start, end=end))
    result = validate()
    assert result.exit_code == 0, result.output
    assert result.output.startswith("ok:")


def test_malformed_yaml_names_file_and_line(registry_copy: Path, validate: Callable[[], Result]) -> None:
    write_claims(registry_copy, "claims:\n  - id: x\n    kind: [unclosed\n")
    assert_usage_error(validate(), "zz-test.yaml:", "invalid YAML", "hint:")


def test_unknown_field_is_named(registry_copy: Path, validate: Callable[[], Result]) -> None:
    start, end = span_of(registry_copy, "hundreds of deaths")
    write_claims(registry_copy, GOOD_CLAIMS.format(start=start, end=end) + "    colour: red\n")
    assert_usage_error(validate(), "zz-test.yaml:10", "field 'colour'", "unknown field")


def test_missing_field_is_named(registry_copy: Path, validate: Callable[[], Result]) -> None:
    start, end = span_of(registry_copy, "hundreds of deaths")
    text = GOOD_CLAIMS.format(start=start, end=end).replace("    unit: deaths\n", "")
    write_claims(registry_copy, text)
    assert_usage_error(validate(), "zz-test.yaml:3", "field 'unit'", "required field is missing")


def test_duplicate_claim_id(registry_copy: Path, validate: Callable[[], Result]) -> None:
    start, end = span_of(registry_copy, "hundreds of deaths")
    write_claims(registry_copy, GOOD_CLAIMS.format(start=start, end=end), "zz-a.yaml")
    write_claims(registry_copy, GOOD_CLAIMS.format(start=start, end=end), "zz-b.yaml")
    assert_usage_error(validate(), "zz-b.yaml:3", "duplicate claim id 's000.test-deaths'", "zz-a.yaml:3")


def test_duplicate_yaml_key(registry_copy: Path, validate: Callable[[], Result]) -> None:
    write_claims(registry_copy, "claims:\n  - id: a\n    id: b\n")
    assert_usage_error(validate(), "zz-test.yaml:3", "duplicate key 'id'")


def test_span_that_does_not_match_the_source(registry_copy: Path, validate: Callable[[], Result]) -> None:
    start, end = span_of(registry_copy, "hundreds of deaths")
    write_claims(registry_copy, GOOD_CLAIMS.format(start=start + 1, end=end + 1))
    assert_usage_error(
        validate(),
        "zz-test.yaml:3",
        "field 'span'",
        "not 'hundreds of deaths'",
        f"occurs at span [{start}, {end}]",
    )


def test_span_text_absent_from_source(registry_copy: Path, validate: Callable[[], Result]) -> None:
    text = GOOD_CLAIMS.format(start=10, end=28).replace("hundreds of deaths", "thousands of deaths")
    write_claims(registry_copy, text)
    assert_usage_error(validate(), "does not occur in the source")


def test_missing_source_file(registry_copy: Path, validate: Callable[[], Result]) -> None:
    (registry_copy / "seeds" / "004_8387f48603647457.txt").unlink()
    assert_usage_error(validate(), "sources.yaml:", "source file '004_8387f48603647457.txt' not found")


def test_source_file_outside_the_registry(registry_copy: Path, validate: Callable[[], Result]) -> None:
    manifest = registry_copy / "seeds" / "sources.yaml"
    manifest.write_text(
        manifest.read_text().replace("file: 000_fae8cf41b6720a97.txt", "file: ../../../etc/passwd")
    )
    assert_usage_error(validate(), "outside the registry folder", "field 'file'")


def test_unknown_subject_and_entity(registry_copy: Path, validate: Callable[[], Result]) -> None:
    start, end = span_of(registry_copy, "hundreds of deaths")
    text = GOOD_CLAIMS.format(start=start, end=end).replace("ukraine-war.deaths", "ukraine-war.deathz")
    write_claims(registry_copy, text)
    assert_usage_error(validate(), "unknown subject 'ukraine-war.deathz'", "field 'subject'")


def test_subject_of_the_wrong_kind(registry_copy: Path, validate: Callable[[], Result]) -> None:
    start, end = span_of(registry_copy, "hundreds of deaths")
    text = GOOD_CLAIMS.format(start=start, end=end).replace("ukraine-war.deaths", "ukraine-invasion.start")
    write_claims(registry_copy, text)
    assert_usage_error(validate(), "is a event, expected a quantity")


def test_unknown_vague_quantifier(registry_copy: Path, validate: Callable[[], Result]) -> None:
    start, end = span_of(registry_copy, "hundreds of deaths")
    write_claims(
        registry_copy, GOOD_CLAIMS.format(start=start, end=end).replace("vague: hundreds", "vague: zillions")
    )
    assert_usage_error(validate(), "unknown vague quantifier 'zillions'")


def test_rule_naming_an_unknown_check(cli: Callable[..., Result], registry_copy: Path) -> None:
    path = registry_copy / "rules" / "FC202-date-weekday.yaml"
    path.write_text(path.read_text().replace("check: weekday_mismatch", "check: weekday_mismatchh"))
    assert_usage_error(
        cli("review", "--registry", str(registry_copy)),
        "FC202-date-weekday.yaml:",
        "unknown check 'weekday_mismatchh'",
        "known checks:",
    )


def test_rule_with_an_unsafe_engine_shape(cli: Callable[..., Result], registry_copy: Path) -> None:
    path = registry_copy / "rules" / "FC101-quantity-far-apart.yaml"
    text = path.read_text().replace(
        "b: {where: {kind: quantity}, same: {key: a.key}}",
        "b: {where: {kind: quantity}, same: {key: a.key}, compare: [{field: key, op: '>', other: a.key}]}",
    )
    path.write_text(text)
    assert_usage_error(
        cli("review", "--registry", str(registry_copy)),
        "FC101-quantity-far-apart.yaml",
        "non-equality join",
        "#381",
    )


def test_rule_without_a_pass_example(cli: Callable[..., Result], registry_copy: Path) -> None:
    path = registry_copy / "rules" / "FC202-date-weekday.yaml"
    text = path.read_text()
    path.write_text(text[: text.index("  pass:")])
    assert_usage_error(cli("rules", "list", "--registry", str(registry_copy)), "field 'examples.pass'")


def test_missing_registry_folder(cli: Callable[..., Result], tmp_path: Path) -> None:
    assert_usage_error(cli("review", "--registry", str(tmp_path / "nope")), "registry folder not found")


def test_unknown_option_is_a_usage_error(cli: Callable[..., Result]) -> None:
    result = cli("review", "--format", "pdf")
    assert result.exit_code == 2


@pytest.mark.parametrize(
    "target", ["claims/s000.yaml", "seeds/new-report.txt", "rules/FC101-quantity-far-apart.yaml"]
)
def test_reports_never_overwrite_curated_files(
    cli: Callable[..., Result], registry_copy: Path, target: str
) -> None:
    path = registry_copy / target
    before = path.read_bytes() if path.exists() else None
    result = cli("review", "--registry", str(registry_copy), "--format", "json", "-o", str(path))
    assert_usage_error(result, "refusing to write generated output")
    assert (path.read_bytes() if path.exists() else None) == before


def test_extract_write_onto_a_source_says_where_claims_go(
    cli: Callable[..., Result], registry_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the hint must not send a user of `extract --write` outside claims/, where claims belong
    monkeypatch.chdir(registry_copy)
    source = sorted((registry_copy / "seeds").glob("*.txt"))[0]
    before = source.read_bytes()
    result = cli("extract", str(source), "--write", str(source))
    assert_usage_error(result, "refusing to write generated output", "claims/<source>.yaml")
    assert "outside claims/" not in result.output
    assert source.read_bytes() == before

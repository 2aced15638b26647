"""`factcheck extract`: formats, bad input, and --write merging into a claims file."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result
from pydantic import TypeAdapter

from factcheck.cli import main
from factcheck.extract.sources import load_registry_leniently
from factcheck.model import Claim

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_fae8cf41b6720a97.txt"
CLAIM: TypeAdapter[Claim] = TypeAdapter(Claim)


@pytest.fixture
def run() -> Callable[..., Result]:
    """Run the CLI in-process with stdout and stderr apart."""

    def invoke(*args: str) -> Result:
        return CliRunner().invoke(main, list(args), catch_exceptions=False)

    return invoke


def test_table_of_a_registered_source(run: Callable[..., Result]) -> None:
    result = run("extract", str(SEED), "--format", "table")
    assert result.exit_code == 0, result.output
    assert "source s000 (registered source), published 2022-06-26..2022-06-29" in result.stdout
    assert "two minor former Soviet nations" in result.stdout
    assert "2022-06-26 (day, relative)" in result.stdout  # "on Sunday" resolved against s000's date


def test_json_is_a_list_of_extractions(run: Callable[..., Result]) -> None:
    result = run("extract", str(SEED), "--format", "json")
    data = json.loads(result.stdout)
    assert data[0]["source"] == "s000"
    assert data[0]["registered"] is True
    kinds = {c["claim"]["kind"] for c in data[0]["candidates"]}
    assert kinds == {"quantity", "date", "duration", "quote", "mention", "relation"}  # relation: roles
    for candidate in data[0]["candidates"]:
        CLAIM.validate_python(candidate["claim"])


def test_yaml_is_the_default(run: Callable[..., Result], tmp_path: Path) -> None:
    text = tmp_path / "note.txt"
    text.write_text("About 300 people met on Sunday.", encoding="utf-8")
    result = run("extract", str(text), "--published", "2022-06-27")
    data = yaml.safe_load(result.stdout)
    assert data[0]["source"] == "note"
    assert data[0]["registered"] is False
    by_kind = {c["claim"]["kind"]: c["claim"] for c in data[0]["candidates"]}
    assert by_kind["date"]["start"] == "2022-06-26"
    assert by_kind["quantity"]["approx"] == "about"


def test_an_unregistered_file_without_published_resolves_no_relative_day(
    run: Callable[..., Result], tmp_path: Path
) -> None:
    text = tmp_path / "summary.txt"
    text.write_text("On Sunday Putin announced his trip.", encoding="utf-8")
    data = json.loads(run("extract", str(text), "--format", "json").stdout)
    assert [c["claim"]["kind"] for c in data[0]["candidates"] if c["claim"]["kind"] == "date"] == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.txt"], "file not found"),
        (["--published", "26 June", str(SEED)], "bad --published date"),
        (["--published", "2022-06-30..2022-06-01", str(SEED)], "bad --published date"),
    ],
)
def test_bad_input_exits_2(run: Callable[..., Result], args: list[str], message: str) -> None:
    result = run("extract", *args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_an_undecodable_file_exits_2(run: Callable[..., Result], tmp_path: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Caf\xe9 au lait".encode("latin-1"))
    result = run("extract", str(bad))
    assert result.exit_code == 2
    assert "not valid UTF-8" in result.stderr


def _registry_copy(tmp_path: Path) -> Path:
    for name in ("seeds", "claims"):
        shutil.copytree(ROOT / name, tmp_path / name)
    return tmp_path


def test_write_creates_a_claims_file_of_candidates(run: Callable[..., Result], tmp_path: Path) -> None:
    out = tmp_path / "s000-candidates.yaml"
    result = run("extract", str(SEED), "--write", str(out))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""  # --write prints nothing unless --format is given
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert data["source"] == "s000"
    claims = [CLAIM.validate_python({"source": "s000", **item}) for item in data["claims"]]
    assert claims
    assert {c.status.value for c in claims} == {"candidate"}
    text = SEED.read_text(encoding="utf-8")
    assert all(c.span and text[c.span[0] : c.span[1]] == c.text for c in claims)


def test_write_merges_without_touching_curated_claims(run: Callable[..., Result], tmp_path: Path) -> None:
    registry = _registry_copy(tmp_path)
    target = registry / "claims" / "s000.yaml"
    before = target.read_text(encoding="utf-8")
    result = run("extract", str(registry / "seeds" / SEED.name), "--write", str(target))
    assert result.exit_code == 0, result.output
    after = target.read_text(encoding="utf-8")
    # every line that was there is still there, in order, and the old claims read back the same
    old_lines = before.splitlines()
    new_lines = iter(after.splitlines())
    assert all(any(line == other for other in new_lines) for line in old_lines)
    old = yaml.safe_load(before)["claims"]
    new = yaml.safe_load(after)["claims"]
    assert new[: len(old)] == old
    added = new[len(old) :]
    assert added
    # nothing duplicates a curated claim (same kind and span), and no id collides
    curated = {(c["kind"], tuple(c["span"])) for c in old}
    assert not [c for c in added if (c["kind"], tuple(c["span"])) in curated]
    ids = [c["id"] for c in new]
    assert len(ids) == len(set(ids))


def test_write_twice_adds_nothing_the_second_time(run: Callable[..., Result], tmp_path: Path) -> None:
    out = tmp_path / "candidates.yaml"
    run("extract", str(SEED), "--write", str(out))
    first = out.read_text(encoding="utf-8")
    result = run("extract", str(SEED), "--write", str(out))
    assert "added 0 candidate claim(s)" in result.stderr
    assert out.read_text(encoding="utf-8") == first


def test_write_into_a_file_that_names_no_source_keeps_the_registry_valid(
    run: Callable[..., Result], tmp_path: Path
) -> None:
    registry = _registry_copy(tmp_path)
    target = registry / "claims" / "subjects.yaml"  # definitions only: no `source:` line
    assert "source" not in yaml.safe_load(target.read_text(encoding="utf-8"))
    assert run("extract", str(registry / "seeds" / SEED.name), "--write", str(target)).exit_code == 0
    added = yaml.safe_load(target.read_text(encoding="utf-8"))["claims"]
    assert added
    assert {c["source"] for c in added} == {"s000"}  # each new claim says whose it is
    assert run("claims", "validate", "--registry", str(registry)).exit_code == 0


def test_write_keeps_comments_and_other_sections(run: Callable[..., Result], tmp_path: Path) -> None:
    out = tmp_path / "mine.yaml"
    original = (
        "# my notes: keep me\n"
        "source: s000\n"
        "claims:\n"
        "  - {id: s000.x-quantity-435, kind: quantity, text: hundreds of deaths, span: [435, 453],\n"
        "     subject: ukraine-war.deaths, unit: deaths, vague: hundreds}  # flow style, kept\n"
        "  # a trailing comment\n"
        "\n"
        "subjects:\n"
        "  - {id: my.subject, kind: event, description: mine}\n"
    )
    out.write_text(original, encoding="utf-8")
    result = run("extract", str(SEED), "--write", str(out))
    assert result.exit_code == 0, result.output
    after = out.read_text(encoding="utf-8")
    assert after.startswith(original.split("  # a trailing comment")[0])
    assert after.endswith(
        "  # a trailing comment\n\nsubjects:\n  - {id: my.subject, kind: event, description: mine}\n"
    )
    data = yaml.safe_load(after)
    ids = [c["id"] for c in data["claims"]]
    assert ids[0] == "s000.x-quantity-435"
    assert ids.count("s000.x-quantity-435") == 1  # the same span and kind was not added again
    assert data["subjects"] == [{"id": "my.subject", "kind": "event", "description": "mine"}]


def test_written_candidates_with_subjects_validate_in_the_registry(tmp_path: Path) -> None:
    registry = _registry_copy(tmp_path)
    out = registry / "claims" / "zz-candidates.yaml"
    result = CliRunner().invoke(
        main, ["extract", str(registry / "seeds" / SEED.name), "--write", str(out)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    loaded, problems = load_registry_leniently(registry)
    # candidates may keep stand-in subjects (unknown.*) until an editor curates them
    assert problems == [], [str(p) for p in problems]
    written = [c for c in loaded.claims if c.status.value == "candidate"]
    assert written


def test_the_cli_does_not_import_extraction_to_start() -> None:
    code = "import sys, factcheck.cli; print('factcheck.extract' in sys.modules, 'rapidfuzz' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]

"""The CLI conventions ruff users reach for (docs/cli.md has the table): stdin, folders and globs
respecting .gitignore, rule selection, quiet and statistics, colour, terminal width, --version
everywhere, and a versioned, documented JSON layout."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from factcheck.cli import main
from factcheck.report.json_format import schema_text

ROOT = Path(__file__).resolve().parent.parent
INCONSISTENT = ROOT / "examples" / "inconsistent-summary.md"


def run(*args: str, stdin: str | None = None, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=stdin, env=env, catch_exceptions=False)


def rule_ids(result: Result) -> list[str]:
    return [f["rule_id"] for f in json.loads(result.stdout)["findings"]]


def test_stdin_is_checked_like_a_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    text = INCONSISTENT.read_text(encoding="utf-8")
    from_stdin = run("check", "-", "--format", "json", stdin=text)
    from_file = run("check", str(INCONSISTENT), "--format", "json")
    assert from_stdin.exit_code == from_file.exit_code == 1
    assert sorted(rule_ids(from_stdin)) == sorted(rule_ids(from_file))
    github = run("check", "-", "--format", "github", stdin=text)
    # standard input is no file in the repository: annotations point at a registry side or nowhere
    files = re.findall(r"file=([^,]+),", github.stdout)
    assert "-" not in files
    assert all((ROOT / f).is_file() for f in files)


def test_folders_and_globs_skip_what_gitignore_ignores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    drafts = tmp_path / "drafts"
    (drafts / "old").mkdir(parents=True)
    text = INCONSISTENT.read_text(encoding="utf-8")
    (drafts / "a.md").write_text(text, encoding="utf-8")
    (drafts / "b.txt").write_text("Nothing to see.\n", encoding="utf-8")
    (drafts / "old" / "c.md").write_text(text, encoding="utf-8")
    (drafts / "scratch.md").write_text(text, encoding="utf-8")
    (drafts / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / ".gitignore").write_text("drafts/old/\nscratch.md\n", encoding="utf-8")
    (tmp_path / ".git").mkdir()  # the ignore files apply up to the work tree's top
    monkeypatch.chdir(tmp_path)
    for argument in ("drafts", "drafts/**/*.md"):
        result = run("check", argument, "--registry", str(ROOT), "--format", "json")
        checked = {s["file"] for s in json.loads(result.stdout)["sources"] if s["tier"] == "draft"}
        expected = {"drafts/a.md", "drafts/b.txt"} if argument == "drafts" else {"drafts/a.md"}
        assert {Path(f).as_posix() for f in checked} == expected, argument
    missing = run("check", "nowhere/*.md", "--registry", str(ROOT))
    assert missing.exit_code == 2
    assert "no file matches" in missing.output


@pytest.mark.parametrize("command", ["review", "check"])
def test_select_ignore_and_extend_select(command: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    args = [command, *([str(INCONSISTENT)] if command == "check" else []), "--format", "json"]
    everything = set(rule_ids(run(*args)))
    assert {"FC101", "FC301"} <= everything
    assert set(rule_ids(run(*args, "--select", "FC1"))) == {r for r in everything if r.startswith("FC1")}
    assert set(rule_ids(run(*args, "--select", "FC10"))) == {r for r in everything if r.startswith("FC10")}
    assert set(rule_ids(run(*args, "--select", "quote"))) == {r for r in everything if r.startswith("FC3")}
    assert set(rule_ids(run(*args, "--select", "quantity.far-apart"))) == {"FC101"}
    assert set(rule_ids(run(*args, "--ignore", "FC3,FC101"))) == {
        r for r in everything if not r.startswith("FC3") and r != "FC101"
    }
    assert set(rule_ids(run(*args, "--select", "FC1", "--extend-select", "FC301"))) == {
        r for r in everything if r.startswith("FC1") or r == "FC301"
    }
    bad = run(*args, "--select", "FC999")
    assert bad.exit_code == 2
    assert "'FC999' names no rule" in bad.output


def test_quiet_prints_findings_only_and_statistics_counts_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    full = run("check", str(INCONSISTENT))
    quiet = run("check", "-q", str(INCONSISTENT))
    assert quiet.exit_code == full.exit_code == 1
    assert "Per source" in full.stdout
    assert "Per source" not in quiet.stdout
    assert "FC101" in quiet.stdout
    stats = run("check", "--statistics", str(INCONSISTENT))
    ids = rule_ids(run("check", str(INCONSISTENT), "--format", "json"))
    counts = {
        m.group(2): int(m.group(1)) for m in re.finditer(r"^\s*(\d+)\s+(FC\d{3})\s", stats.stdout, re.M)
    }
    assert counts == {rule: ids.count(rule) for rule in set(ids)}
    assert stats.exit_code == 1  # the exit code still follows --fail-on


def test_colour_follows_color_and_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    always = run("check", str(INCONSISTENT), "--color", "always")
    assert "\033[" in always.stdout
    never = run("check", str(INCONSISTENT), "--color", "never")
    assert "\033[" not in never.stdout
    auto = run("check", str(INCONSISTENT), env={"NO_COLOR": "1"})  # not a terminal either
    assert "\033[" not in auto.stdout


@pytest.mark.parametrize("columns", [80, 120, 200])
def test_text_tables_follow_the_terminal_width(columns: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = run("check", str(INCONSISTENT), env={"COLUMNS": str(columns)})
    table = [line for line in result.stdout.splitlines() if line.startswith(("│", "├", "┌", "└"))]
    widest = max(len(line) for line in table)
    assert widest <= columns
    assert widest >= columns * 0.7  # and uses the room it has


@pytest.mark.parametrize(
    "command",
    [
        ["review"],
        ["check"],
        ["extract"],
        ["init"],
        ["sources", "add"],
        ["claims", "validate"],
        ["rules", "list"],
        ["export", "claimreview"],
        ["rules"],
    ],
)
def test_version_on_every_subcommand(command: list[str]) -> None:
    from factcheck import __version__

    result = run(*command, "--version")
    assert result.exit_code == 0
    assert __version__ in result.stdout


def test_json_output_carries_schema_version_and_validates(monkeypatch: pytest.MonkeyPatch) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    committed = (ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(), "docs/report.schema.json is stale: regenerate it (docs/cli.md)"
    schema = json.loads(committed)
    monkeypatch.chdir(ROOT)
    for args in (["review"], ["check", str(INCONSISTENT)]):
        report = json.loads(run(*args, "--format", "json").stdout)
        assert report["schema_version"] == "1"
        jsonschema.Draft202012Validator(schema).validate(report)
    broken = json.loads(run("review", "--format", "json").stdout)
    broken["findings"][0]["grade"] = "catastrophic"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema).validate(broken)


def test_registry_found_from_the_file_not_the_working_folder(
    registry_copy: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = registry_copy / "drafts" / "x.md"
    draft.parent.mkdir()
    draft.write_text(INCONSISTENT.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.chdir(tmp_path_factory.mktemp("elsewhere"))
    result = run("check", str(draft), "--format", "json")
    assert result.exit_code == 1, result.output
    assert "FC101" in rule_ids(result)


def test_working_in_another_registry_is_told_which_registry_was_used(
    registry_copy: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = registry_copy / "drafts" / "x.md"
    draft.parent.mkdir()
    draft.write_text(INCONSISTENT.read_text(encoding="utf-8"), encoding="utf-8")
    elsewhere = tmp_path_factory.mktemp("story")
    assert run("init", str(elsewhere / "reg")).exit_code == 0
    monkeypatch.chdir(elsewhere / "reg")
    result = run("check", str(draft), "--format", "json")
    assert result.exit_code == 1  # the document's own registry still wins
    assert f"checking against the registry at {registry_copy.resolve()}" in result.stderr
    assert str((elsewhere / "reg").resolve()) in result.stderr
    assert "--registry" in result.stderr
    chosen = run("check", str(draft), "--registry", ".", "--format", "json")
    assert "checking against" not in chosen.stderr


def test_package_metadata_for_a_release() -> None:
    """The version in pyproject.toml and the package agree; classifiers and URLs are filled in."""
    import tomllib

    from factcheck import PROJECT_URL, __version__

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["version"] == __version__
    assert any(c.startswith("License :: ") for c in project["classifiers"])
    assert (
        f"Programming Language :: Python :: {project['requires-python'].removeprefix('>=')}"
        in project["classifiers"]
    )
    assert project["urls"]["Homepage"] == PROJECT_URL
    assert project["urls"]["Rules"].startswith(PROJECT_URL)

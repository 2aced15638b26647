"""The pre-commit hook checks drafts only: on this repository, examples/ and nothing of the
registry or the docs. pre-commit picks files by `types_or` (identify tags: .md is markdown,
.txt plain-text) and then the `files`/`exclude` regexes; this test applies the same to
`git ls-files`, so it needs no pre-commit install."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from factcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
TAGGED = {".md": "markdown", ".markdown": "markdown", ".txt": "plain-text"}


def hook() -> dict[str, object]:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    return next(h for h in hooks if h["id"] == "factcheck")


def selected(paths: list[str]) -> list[str]:
    """The paths pre-commit would pass to the hook."""
    spec = hook()
    files = re.compile(str(spec.get("files", "")))
    exclude = re.compile(str(spec.get("exclude", "^$")))
    types = set(spec.get("types_or", []))  # type: ignore[call-overload]
    return [
        p
        for p in paths
        if TAGGED.get(Path(p).suffix.lower()) in types and files.search(p) and not exclude.search(p)
    ]


def test_all_files_on_this_repository_are_the_examples_only() -> None:
    tracked = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    if not tracked:
        pytest.skip("not a git checkout")
    assert selected(tracked) == [p for p in tracked if p.startswith("examples/")]


@pytest.mark.parametrize(
    ("path", "checked"),
    [
        ("drafts/monday.md", True),
        ("newsroom/drafts/summary.txt", True),
        ("notes.md", True),
        ("newsroom/seeds/000_abc.txt", False),
        ("newsroom/claims/notes.md", False),
        ("rules/README.md", False),
        ("docs/ci.md", False),
        ("README.md", False),
        ("newsroom/CHANGELOG.md", False),
        ("drafts/picture.png", False),
        ("drafts/readme-notes.md", True),
    ],
)
def test_hook_patterns(path: str, checked: bool) -> None:
    assert (selected([path]) == [path]) is checked


def test_hook_finds_a_registry_in_a_subfolder_from_the_file(
    registry_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pre-commit runs from the repository root; the registry lives in a subfolder beside the draft."""
    repo = registry_copy.parent / "hookrepo"
    repo.mkdir()
    registry_copy.rename(repo / "newsroom")
    draft = repo / "newsroom" / "drafts" / "summary.md"
    draft.parent.mkdir()
    draft.write_text((ROOT / "examples" / "inconsistent-summary.md").read_text(encoding="utf-8"))
    monkeypatch.chdir(repo)
    result = CliRunner().invoke(main, ["check", "newsroom/drafts/summary.md"], catch_exceptions=False)
    assert result.exit_code == 1, result.output
    assert "no registry found" not in result.output

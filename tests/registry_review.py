"""Build a new registry from a few reports through the CLI (init, sources add, extract --write)
and return its review as JSON: shared by the tests that judge whole reports as a user would."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

CLI = Callable[..., Result]
Review = Callable[[dict[str, tuple[str, str]]], Any]  # reports -> the review as JSON


def reviewed(
    cli: CLI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reports: dict[str, tuple[str, str]]
) -> Any:
    """The review, as JSON, of a new registry holding the reports ({name: (published, text)})."""
    assert cli("init", str(tmp_path / "reg")).exit_code == 0
    monkeypatch.chdir(tmp_path / "reg")
    for name, (published, text) in reports.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        added = cli("sources", "add", str(tmp_path / f"{name}.txt"), "--published", published, "--id", name)
        assert added.exit_code == 0, added.output
        [copied] = (tmp_path / "reg").glob(f"*/{name}.txt")
        extracted = cli("extract", str(copied), "--write", f"claims/{name}.yaml")
        assert extracted.exit_code == 0, extracted.output
    result = cli("review", "--format", "json")
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.output)

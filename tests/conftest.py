"""Shared fixtures: the bundled registry, and throwaway copies of it to break."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from registry_review import Review, reviewed

from factcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def root() -> Path:
    """The project root: the bundled registry."""
    return ROOT


@pytest.fixture
def registry_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled registry (seeds, claims, rules)."""
    for name in ("seeds", "claims", "rules"):
        shutil.copytree(ROOT / name, tmp_path / name)
    return tmp_path


@pytest.fixture
def cli() -> Callable[..., Result]:
    """Run the factcheck CLI in-process; returns click's Result (exit_code, stdout, stderr)."""

    def run(*args: str) -> Result:
        return CliRunner().invoke(main, list(args), catch_exceptions=False)

    return run


@pytest.fixture
def review(cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Review:
    """Build a new registry from {name: (published, text)} and return its review as JSON."""
    return lambda reports: reviewed(cli, tmp_path, monkeypatch, reports)

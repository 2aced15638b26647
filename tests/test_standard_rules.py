"""The standard rules ship inside the package: `check --source` and `init` work with a plain
`pip install`, from any folder, with no registry and no rules folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from factcheck.registry.standard import STANDARD_RULES

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = (
    "KATHMANDU, Nepal — A strong earthquake shook a remote mountainous region of western Nepal late "
    "Friday, killing at least 157 people and injuring 140 others, officials said Saturday.\n\n"
    "About 3,000 homes were damaged, said Home Ministry spokesman Narayan Prasad Bhattarai.\n"
)
FAITHFUL = "The earthquake in western Nepal killed at least 157 people and injured 140.\n"
WRONG = "The earthquake in western Nepal killed at least 157 people and damaged 8,000 homes.\n"


def test_package_copy_is_byte_identical_to_the_top_level_rules() -> None:
    top = {p.name: p.read_bytes() for p in (ROOT / "rules").glob("*.yaml")}
    shipped = {p.name: p.read_bytes() for p in STANDARD_RULES.glob("*.yaml")}
    assert sorted(shipped) == sorted(top)
    different = [name for name in top if top[name] != shipped[name]]
    assert not different, f"copy rules/{different[0]} to factcheck/rules/standard/ (or back)"


def test_the_shipped_rules_are_inside_the_package() -> None:
    assert STANDARD_RULES.resolve().is_relative_to((ROOT / "factcheck").resolve())


def test_check_with_sources_only_from_an_empty_folder(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "good.md").write_text(FAITHFUL, encoding="utf-8")
    (tmp_path / "bad.md").write_text(WRONG, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    good = cli("check", "good.md", "--source", "a.txt")
    assert good.exit_code == 0, good.output
    bad = cli("check", "bad.md", "--source", "a.txt")
    assert bad.exit_code == 1, bad.output
    assert "8,000 homes" in bad.output


@pytest.mark.slow
def test_installed_wheel_checks_from_an_empty_folder(tmp_path: Path) -> None:
    """`pip install .` (not editable) into a fresh venv; then check from a folder with nothing else."""
    project = tmp_path / "project"
    top_level_only = {"seeds", "claims", "rules", "tests", "devdata", "build", "examples"}

    def skip(folder: str, names: list[str]) -> set[str]:
        """Not the registry, tests or build leftovers (only at the top: factcheck/rules stays)."""
        top = Path(folder) == ROOT
        return {
            n for n in names if n.startswith(".") or n.endswith(".egg-info") or (top and n in top_level_only)
        }

    shutil.copytree(ROOT, project, ignore=skip)
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    pip = subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "-q", str(project)], capture_output=True, text=True
    )
    assert pip.returncode == 0, pip.stderr[-2000:]
    work = tmp_path / "empty"
    work.mkdir()
    (work / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (work / "s.md").write_text(FAITHFUL, encoding="utf-8")
    (work / "bad.md").write_text(WRONG, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    factcheck = str(bin_dir / "factcheck")
    good = subprocess.run(
        [factcheck, "check", "s.md", "--source", "a.txt"], cwd=work, capture_output=True, text=True, env=env
    )
    assert good.returncode == 0, good.stdout + good.stderr
    bad = subprocess.run(
        [factcheck, "check", "bad.md", "--source", "a.txt"], cwd=work, capture_output=True, text=True, env=env
    )
    assert bad.returncode == 1, bad.stdout + bad.stderr
    init = subprocess.run([factcheck, "init", "story"], cwd=work, capture_output=True, text=True, env=env)
    assert init.returncode == 0, init.stderr
    assert sorted(p.name for p in (work / "story" / "rules").glob("*.yaml")) == sorted(
        p.name for p in STANDARD_RULES.glob("*.yaml")
    )
    # every data file of the package ships in the wheel: a table left out of the package data
    # (a new countries.tsv) works in an editable install and fails for everyone else
    where = subprocess.run(
        [
            str(bin_dir / "python"),
            "-c",
            "import factcheck, pathlib; print(pathlib.Path(factcheck.__file__).parent)",
        ],
        cwd=work,
        capture_output=True,
        text=True,
        env=env,
    )
    installed = Path(where.stdout.strip())
    package = ROOT / "factcheck"
    shipped = {
        p.relative_to(package).as_posix()
        for p in package.rglob("*")
        if p.is_file() and p.suffix not in {".py", ".pyc"} and "__pycache__" not in p.parts
    }
    assert shipped, "no data files found in the source package"
    assert sorted(f for f in shipped if not (installed / f).is_file()) == []

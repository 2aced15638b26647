"""Environment variables are read in the CLI and passed down as options (issue 9, hidden state)."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from factcheck.cli import main
from factcheck.cli.environment import Environment, environment
from factcheck.safewrite import DEFAULT_LOCK_TIMEOUT

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "factcheck"


def test_settings_from_the_environment() -> None:
    assert environment({}) == Environment()
    said: list[str] = []
    env = environment(
        {"FACTCHECK_NO_CACHE": "1", "FACTCHECK_LOCK_TIMEOUT": "-3", "COLUMNS": "90", "NO_COLOR": "x"},
        said.append,
    )
    assert env == Environment(use_cache=False, lock_timeout=0.0, columns=90, no_color=True)
    assert said == []


def test_a_lock_timeout_that_is_no_number_is_said_not_swallowed() -> None:
    said: list[str] = []
    assert environment({"FACTCHECK_LOCK_TIMEOUT": "soon"}, said.append).lock_timeout == DEFAULT_LOCK_TIMEOUT
    assert said == ["FACTCHECK_LOCK_TIMEOUT='soon' is not a number of seconds; waiting 120"]


def test_only_the_cli_reads_the_environment() -> None:
    readers = sorted(
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "os.environ" in path.read_text(encoding="utf-8") or "getenv(" in path.read_text(encoding="utf-8")
    )
    assert readers == ["cli/environment.py"]


def test_the_lock_timeout_variable_still_bounds_a_write_from_the_cli(
    registry_copy: Path, tmp_path: Path
) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys,time\nfrom pathlib import Path\nfrom factcheck.safewrite import registry_lock\n"
            "with registry_lock(Path(sys.argv[1])):\n    print('held', flush=True)\n    time.sleep(30)\n",
            str(registry_copy),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    text = tmp_path / "a.txt"
    text.write_text("Fourteen people died on June 3, 2023.\n", encoding="utf-8")
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        start = time.monotonic()
        result = CliRunner().invoke(
            main,
            [
                "extract",
                str(text),
                "--registry",
                str(registry_copy),
                "--write",
                str(registry_copy / "claims" / "new.yaml"),
            ],
            env={"FACTCHECK_LOCK_TIMEOUT": "0.5"},
        )
        waited = time.monotonic() - start
    finally:
        holder.kill()
        holder.wait()
    assert result.exit_code == 2
    assert "gave up after 0.5 s" in result.stderr
    assert 0.5 <= waited < DEFAULT_LOCK_TIMEOUT

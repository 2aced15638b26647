"""`factcheck check` says the same whatever the hash seed, and whether or not the registry's
compiled store existed before the run (the first check of a registry reads it whole and compiles
the store; later ones read a partial registry from the store)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SUMMARY = """# A delegation's visit

The delegation arrived on Saturday, August 3, 2014, at 4:30 p.m. local time.
"""


def _check(summary: Path, registry: Path, seed: int) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONHASHSEED": str(seed), "COLUMNS": "160"}
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "factcheck",
            "check",
            str(summary),
            "--registry",
            str(registry),
            "--format",
            "json",
        ],
        cwd=registry,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_a_weekday_the_sources_date_otherwise_is_judged_alike_cold_and_warm(registry_copy: Path) -> None:
    """The bundled sources date their own "Sunday": a summary's "Saturday, August 3, 2014" no
    source states is unsupported (FC602) on the first run, which compiles the store, and on
    the next, under another hash seed, which reads only the claims the summary reaches from it
    (it once took the weekday "Saturday" a source names elsewhere as support, then)."""
    summary = registry_copy / "summary.md"
    summary.write_text(SUMMARY, encoding="utf-8")
    assert not (registry_copy / ".factcheck-cache" / "registry.sqlite").exists()
    cold = _check(summary, registry_copy, 3)
    assert (registry_copy / ".factcheck-cache" / "registry.sqlite").exists()
    warm = _check(summary, registry_copy, 4)
    assert cold.returncode == warm.returncode == 1, cold.stderr + warm.stderr
    assert cold.stdout == warm.stdout
    assert '"unsupported-date"' in cold.stdout

"""The extraction benchmark meets its targets on the five seeds (recall 0.9, precision 0.8)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_recall_and_precision_on_the_seeds_meet_the_targets() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "extraction_recall.py"), "--strict"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "recall" in proc.stdout

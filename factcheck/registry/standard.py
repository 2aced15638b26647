"""Where the standard rules that factcheck ships live (a module of its own so that finding them
imports nothing else: every run reads the raised rules FC900-FC903 from there)."""

from __future__ import annotations

from pathlib import Path

STANDARD_RULES = Path(__file__).resolve().parents[2] / "rules"

"""Where the standard rules that factcheck ships live (a module of its own so that finding them
imports nothing else: every run reads the raised rules FC900-FC903 from there)."""

from __future__ import annotations

from pathlib import Path

# package data (factcheck/rules/standard/*.yaml), so a plain `pip install` has them; the
# repository's top-level rules/ is the bundled registry's copy (tests keep the two identical)
STANDARD_RULES = Path(__file__).resolve().parents[1] / "rules" / "standard"

"""The unit factors shipped with the package (rules/checks/units.py): pint's own floats, up to
date with the frames table, and used without building pint's registry."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.rules.checks import units

ROOT = Path(__file__).resolve().parent.parent


def test_the_table_is_pints_answer_for_every_unit_of_the_frames_table() -> None:
    assert units.FACTORS.read_text(encoding="utf-8") == units.factors_text(), (
        "the frames table's units or pint changed: run `python -m factcheck.rules.checks.units`"
    )


def test_conversions_from_the_table_need_no_pint() -> None:
    code = (
        "import json, sys\n"
        "from factcheck.rules.checks.units import converted\n"
        "found = [converted(1.0, 2.0, 'miles', 'km'), converted(3.0, 3.0, 'feet', 'metres'),\n"
        "         converted(1.0, 1.0, 'mph', 'km/h'), converted(1.0, 2.0, 'miles', 'mph')]\n"
        "print(json.dumps({'found': found, 'pint': 'pint' in sys.modules}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    found = json.loads(out.stdout.strip().splitlines()[-1])
    assert found["pint"] is False
    expected = [
        units.pint_factor("mile", "kilometer"),
        units.pint_factor("foot", "meter"),
        units.pint_factor("mile / hour", "kilometer / hour"),
    ]
    assert [pair[0] if pair else None for pair in found["found"]] == [
        expected[0],
        3.0 * expected[1],  # type: ignore[operator]
        expected[2],
        None,  # a length and a speed never compare
    ]


def test_without_the_table_pint_answers_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(units, "FACTORS", ROOT / "no-such-table.json")
    units._factors.cache_clear()
    try:
        assert units._factors() == {}
        from_pint = units.converted(1.0, 2.0, "miles", "km")
    finally:
        units._factors.cache_clear()
    assert from_pint == units.converted(1.0, 2.0, "miles", "km") == (1.609344, 3.218688)

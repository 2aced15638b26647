"""Measures in different units made comparable with pint (miles and km, feet and metres).

pint's registry takes a moment to build (parsing its definitions file: about 0.17 s, more than
the rest of a short `check --source`), so it is built on first use, and the factors between the
units of the frames table come from `unit_factors.json` (package data), as pint computed them
when factcheck was built: the same floats, without pint. A unit the table lacks (a frames table
changed since) goes to pint as before; tests/test_unit_factors.py fails when the table is stale
(regenerate it with `python -m factcheck.rules.checks.units`). Currencies are never converted
(rates change; a text that gives both amounts yields two claims that each compare in their own
currency).
"""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path
from typing import Any

from factcheck.extract.frames import default_table

FACTORS = Path(__file__).with_name("unit_factors.json")


@functools.cache
def _registry() -> Any:
    return _import_pint().UnitRegistry()


def _import_pint() -> Any:
    """pint, imported without its dask support when dask is not loaded yet: when dask is installed
    (it is, for --scheduler) pint imports dask's collection hooks at import, about 0.1 s of a
    `check`'s start, for dask arrays of quantities that factcheck never makes."""
    if "pint" in sys.modules or "dask" in sys.modules:
        import pint

        return pint
    sys.modules["dask"] = None  # type: ignore[assignment]  # find_spec("dask") -> None while pint loads
    try:
        import pint
    finally:
        del sys.modules["dask"]
    return pint


def pint_name(unit: str) -> str | None:
    """The pint unit for a unit as extraction writes it, or None when it is not a measure unit."""
    return default_table().units.get(unit.lower())


def converted(low: float, high: float, unit: str, target: str) -> tuple[float, float] | None:
    """[low, high] in `unit` expressed in `target`, or None when they measure different things."""
    source_name, target_name = pint_name(unit), pint_name(target)
    if source_name is None or target_name is None:
        return None
    known = _factors().get(source_name, {})
    factor = known[target_name] if target_name in known else pint_factor(source_name, target_name)
    if factor is None:
        return None
    return (low * factor, high * factor)


def pint_factor(source_name: str, target_name: str) -> float | None:
    """pint's factor from one unit to the other; None when they measure different things."""
    ureg = _registry()
    try:
        return float(ureg.Quantity(1.0, source_name).to(target_name).magnitude)
    except _import_pint().DimensionalityError:
        return None  # metres and hours: different things, not comparable (any other pint error is
        # a unit the units table names wrongly, and reaches the run's errors)


@functools.cache
def _factors() -> dict[str, dict[str, float | None]]:
    """Source pint name -> target pint name -> factor (None: different things), from the table;
    empty when it is missing or unreadable (pint answers then)."""
    try:
        data = json.loads(FACTORS.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def factors_text() -> str:
    """The table for the frames table's units, as `unit_factors.json` holds it (uses pint)."""
    names = sorted(set(default_table().units.values()))
    table = {a: {b: pint_factor(a, b) for b in names} for a in names}
    return json.dumps(table, indent=1) + "\n"


def main() -> None:
    """Regenerate unit_factors.json from pint."""
    from factcheck.safewrite import write_atomic

    write_atomic(FACTORS, factors_text())
    print(f"wrote {FACTORS}")


if __name__ == "__main__":
    main()

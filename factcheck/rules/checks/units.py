"""Measures in different units made comparable with pint (miles and km, feet and metres).

pint's registry takes a moment to build, so it is built on first use: a review whose measures
all share a unit never pays for it. Currencies are never converted (rates change; a text that
gives both amounts yields two claims that each compare in their own currency).
"""

from __future__ import annotations

import functools
import sys
from typing import Any

from factcheck.extract.frames import default_table


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
    ureg = _registry()
    try:
        factor = float(ureg.Quantity(1.0, source_name).to(target_name).magnitude)
    except _import_pint().DimensionalityError:
        return None  # metres and hours: different things, not comparable (any other pint error is
        # a unit the units table names wrongly, and reaches the run's errors)
    return (low * factor, high * factor)

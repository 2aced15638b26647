"""Measures in different units made comparable with pint (miles and km, feet and metres).

pint's registry takes a moment to build, so it is built on first use: a review whose measures
all share a unit never pays for it. Currencies are never converted (rates change; a text that
gives both amounts yields two claims that each compare in their own currency).
"""

from __future__ import annotations

import functools
from typing import Any

from factcheck.extract.frames import default_table


@functools.cache
def _registry() -> Any:
    import pint

    return pint.UnitRegistry()


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
    except Exception:
        return None
    return (low * factor, high * factor)

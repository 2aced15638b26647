"""The table of checks rules may name: built once from an explicit list of modules, never filled
by import side effects.

A check module exposes `CHECKS`, a tuple of CheckSpec. The built-in modules are listed below; a
configuration may name more by import path (`checks = ["mypackage.checks"]` in factcheck.toml),
which is how a project adds its own check without editing factcheck. Modules are imported by
name only: no file from a rules folder or registry is ever executed.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Iterator, Mapping, Sequence
from types import ModuleType

from factcheck.errors import FactcheckError
from factcheck.rules.checks.base import CheckSpec

BUILTIN_MODULES = (
    "factcheck.rules.checks.quantities",
    "factcheck.rules.checks.dates",
    "factcheck.rules.checks.quotes",
    "factcheck.rules.checks.links",
    "factcheck.rules.checks.names",
    "factcheck.rules.checks.relations",
    "factcheck.rules.checks.support",
    "factcheck.rules.checks.venues",
    "factcheck.rules.checks.places",
)


class CheckRegistry(Mapping[str, CheckSpec]):
    """Check specs by name; two modules defining one name is an error."""

    def __init__(self, specs: Sequence[CheckSpec]) -> None:
        self._specs: dict[str, CheckSpec] = {}
        for item in specs:
            if item.name in self._specs:
                raise FactcheckError(f"check '{item.name}' is defined twice", field="checks")
            self._specs[item.name] = item

    def __getitem__(self, name: str) -> CheckSpec:
        return self._specs[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._specs)

    def __len__(self) -> int:
        return len(self._specs)


def _module_checks(name: str) -> tuple[CheckSpec, ...]:
    """The CHECKS of one module, imported by its dotted name."""
    try:
        module: ModuleType = importlib.import_module(name)
    except ImportError as exc:
        raise FactcheckError(
            f"cannot import check module '{name}': {exc}",
            field="checks",
            hint="list importable module paths (installed, or on PYTHONPATH)",
        ) from None
    specs = getattr(module, "CHECKS", None)
    if not isinstance(specs, tuple) or not all(isinstance(s, CheckSpec) for s in specs):
        raise FactcheckError(
            f"check module '{name}' has no CHECKS tuple of CheckSpec",
            field="checks",
            hint="end the module with CHECKS = (spec(...), ...); see CONTRIBUTING.md",
        )
    return specs


@functools.cache
def check_registry(modules: tuple[str, ...] = ()) -> CheckRegistry:
    """The built-in checks plus those of `modules` (cached per module list for the process)."""
    return CheckRegistry([s for name in (*BUILTIN_MODULES, *modules) for s in _module_checks(name)])


def builtin_checks() -> CheckRegistry:
    """The built-in checks only."""
    return check_registry(())

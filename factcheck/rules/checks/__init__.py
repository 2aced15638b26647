"""Pure comparison functions that rules name, and the registry of them.

The built-in checks are listed here explicitly; a configuration may add check modules by import
path (`checks = ["mypackage.checks"]`), each exposing a `CHECKS` tuple of CheckSpec.
"""

from factcheck.rules.checks.base import CheckInput, CheckSpec, NoParams, Params, Verdict
from factcheck.rules.checks.registry import BUILTIN_MODULES, CheckRegistry, builtin_checks, check_registry

__all__ = [
    "BUILTIN_MODULES",
    "CheckInput",
    "CheckRegistry",
    "CheckSpec",
    "NoParams",
    "Params",
    "Verdict",
    "builtin_checks",
    "check_registry",
]

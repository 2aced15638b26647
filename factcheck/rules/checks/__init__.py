"""Pure comparison functions that rules name. Importing this package registers them all."""

from factcheck.rules.checks import dates, links, names, quantities, quotes, relations, support
from factcheck.rules.checks.base import CHECKS, CheckInput, CheckSpec, Verdict

__all__ = [
    "CHECKS",
    "CheckInput",
    "CheckSpec",
    "Verdict",
    "dates",
    "links",
    "names",
    "quantities",
    "quotes",
    "relations",
    "support",
]

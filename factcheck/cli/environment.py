"""The environment variables factcheck reads, all read here: the library below the CLI takes what
they say as plain options and never looks at the environment itself.

| variable | effect | passed down as |
|---|---|---|
| FACTCHECK_NO_CACHE | no compiled registry store: every run parses the YAML | `use_cache=False` |
| FACTCHECK_LOCK_TIMEOUT | seconds a writer waits for the registry lock (default 120) | `lock_timeout=` |
| FACTCHECK_DEBUG | a traceback instead of "internal error" | (the CLI's own) |
| NO_COLOR | no colour in `--color auto` | (the CLI's own) |
| COLUMNS | width of the text format's tables | `width=` |
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping

import msgspec

from factcheck.safewrite import DEFAULT_LOCK_TIMEOUT

NO_CACHE = "FACTCHECK_NO_CACHE"
LOCK_TIMEOUT = "FACTCHECK_LOCK_TIMEOUT"
DEBUG = "FACTCHECK_DEBUG"
NO_COLOR = "NO_COLOR"
COLUMNS = "COLUMNS"


class Environment(msgspec.Struct, frozen=True):
    """What the environment asks of this run."""

    use_cache: bool = True
    lock_timeout: float = DEFAULT_LOCK_TIMEOUT
    debug: bool = False
    no_color: bool = False
    columns: int | None = None


def environment(
    environ: Mapping[str, str] | None = None, warn: Callable[[str], None] | None = None
) -> Environment:
    """The environment's settings (read when a command runs, not at import); a value that makes
    no sense is said through `warn` and the default used."""
    env = os.environ if environ is None else environ
    return Environment(
        use_cache=not env.get(NO_CACHE),
        lock_timeout=_seconds(env.get(LOCK_TIMEOUT), warn),
        debug=bool(env.get(DEBUG)),
        no_color=bool(env.get(NO_COLOR)),
        columns=int(env[COLUMNS]) if env.get(COLUMNS, "").isdigit() and int(env[COLUMNS]) > 0 else None,
    )


def _seconds(value: str | None, warn: Callable[[str], None] | None) -> float:
    """FACTCHECK_LOCK_TIMEOUT as seconds (negative waits not at all); the default when unset or
    not a number, which `warn` is told."""
    if value is None or not value.strip():
        return DEFAULT_LOCK_TIMEOUT
    try:
        seconds = float(value)
    except ValueError:
        seconds = float("nan")
    if seconds != seconds or seconds in (float("inf"), float("-inf")):  # NaN, ±inf: not a wait
        if warn is not None:
            warn(f"{LOCK_TIMEOUT}={value!r} is not a number of seconds; waiting {DEFAULT_LOCK_TIMEOUT:g}")
        return DEFAULT_LOCK_TIMEOUT
    return max(0.0, seconds)

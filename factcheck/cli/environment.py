"""The environment variables factcheck reads, all read here: the library below the CLI takes what
they say as plain options and never looks at the environment itself.

| variable | effect | passed down as |
|---|---|---|
| FACTCHECK_NO_CACHE | no compiled registry store: every run parses the YAML; no pattern cache | `use_cache=False` |
| XDG_CACHE_HOME, HOME | where compiled regular expressions are kept (`<cache>/factcheck/`) | `pattern_cache_file()` |
| FACTCHECK_LOCK_TIMEOUT | seconds a writer waits for the registry lock (default 120) | `lock_timeout=` |
| FACTCHECK_DEBUG | a traceback instead of "internal error" | (the CLI's own) |
| NO_COLOR | no colour in `--color auto` | (the CLI's own) |
| COLUMNS | width of the text format's tables | `width=` |
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from factcheck.safewrite import DEFAULT_LOCK_TIMEOUT

NO_CACHE = "FACTCHECK_NO_CACHE"
LOCK_TIMEOUT = "FACTCHECK_LOCK_TIMEOUT"
DEBUG = "FACTCHECK_DEBUG"
NO_COLOR = "NO_COLOR"
COLUMNS = "COLUMNS"
CACHE_HOME = "XDG_CACHE_HOME"


@dataclass(frozen=True)
class Environment:
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


def pattern_cache_file(environ: Mapping[str, str] | None = None) -> Path | None:
    """Where compiled regular expressions are kept between runs (factcheck.patterncache): the
    user's cache folder (XDG_CACHE_HOME, else ~/.cache), one file per interpreter; None with
    FACTCHECK_NO_CACHE or without a home folder."""
    env = os.environ if environ is None else environ
    if env.get(NO_CACHE):
        return None
    base = env.get(CACHE_HOME, "")
    if not os.path.isabs(base):  # the XDG rule: a relative value is ignored
        home = env.get("HOME", "")
        if not os.path.isabs(home):
            return None
        base = os.path.join(home, ".cache")
    return Path(base) / "factcheck" / f"patterns-{sys.implementation.cache_tag}.marshal"

"""The methods that `@dataclass` writes, kept compiled between runs, as Python keeps bytecode.

`@dataclass` writes the source of each class's `__init__`, `__repr__`, `__eq__` (and, frozen,
`__setattr__`, `__delattr__`, `__hash__`) and compiles it with `exec`, in every process: a
`check` imports about 100 dataclasses (460 functions), and compiling their text is about four
fifths of making them (~0.3 ms a class, a tenth of a check). The compiled code depends only on
the text and the interpreter, so `install()` (called by the console script, never by a library
import) gives the dataclasses module an `exec` of its own (a module global, found before the
builtin): a text met before runs from its stored code object, a new one is compiled exactly as
`exec` compiles a string (file name "<string>", no inherited future flags) and remembered.
`save()` (at exit) writes what was new.

The file is keyed by the exact interpreter (version string and bytecode magic number): another
Python ignores it. It lives in the user's cache folder beside the compiled patterns
(factcheck/patterncache.py), trusted as much as Python's own `__pycache__`, and a text is looked
up by its whole source, so an entry can only stand for the function it was compiled from. A file
that cannot be read or written is ignored: this is only a cache.
"""

from __future__ import annotations

import builtins
import dataclasses
import marshal
import sys
from importlib._bootstrap_external import MAGIC_NUMBER
from pathlib import Path
from types import CodeType
from typing import Any

FORMAT = 1
MAX_ENTRIES = 5_000  # beyond this, a save keeps only the functions this process compiled or used
MAX_BYTES = 16 << 20  # a cache file larger than this is not read


class _State:
    """The table read at install, what this process compiled anew, and what it used."""

    def __init__(self, path: Path, table: dict[str, CodeType]) -> None:
        self.path = path
        self.table = table
        self.new: dict[str, CodeType] = {}
        self.used: set[str] = set()


_state: _State | None = None


def _interpreter() -> tuple[object, ...]:
    """What stored code is valid for: this exact interpreter."""
    return (FORMAT, sys.version, bytes(MAGIC_NUMBER))


def install(path: Path | None) -> None:
    """Serve dataclasses' generated code from `path` (None: do nothing); once per process."""
    global _state
    if path is None or _state is not None or "exec" in vars(dataclasses):
        return
    _state = _State(path, _read(path))
    dataclasses.exec = _exec  # type: ignore[attr-defined]


def uninstall() -> None:
    """Give dataclasses the builtin `exec` back (tests)."""
    global _state
    if _state is not None:
        _state = None
        vars(dataclasses).pop("exec", None)


def _read(path: Path) -> dict[str, CodeType]:
    """The stored table, or an empty one (no file, unreadable, another interpreter, too large)."""
    try:
        if path.stat().st_size > MAX_BYTES:
            return {}
        stored = marshal.loads(path.read_bytes())  # noqa: S302 - our own cache file, as __pycache__
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if not (isinstance(stored, tuple) and len(stored) == 2 and stored[0] == _interpreter()):
        return {}
    table = stored[1]
    if not isinstance(table, dict):
        return {}
    return {k: v for k, v in table.items() if isinstance(k, str) and isinstance(v, CodeType)}


def _exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:
    """`exec`, with the stored code of a source text met before."""
    state = _state
    if state is None or not isinstance(source, str):
        builtins.exec(source, globals, locals)  # noqa: S102 - dataclasses' own generated code
        return
    code = state.table.get(source) or state.new.get(source)
    if code is None:
        code = compile(source, "<string>", "exec", dont_inherit=True)
        state.new[source] = code
    state.used.add(source)
    builtins.exec(code, globals, locals)  # noqa: S102 - the code dataclasses generated, compiled


def save() -> None:
    """Write the table when this process compiled functions it did not have (at exit)."""
    state = _state
    if state is None or not state.new:
        return
    table = {**state.table, **state.new}
    if len(table) > MAX_ENTRIES:
        table = {key: table[key] for key in state.used if key in table}
    stored: Any = (_interpreter(), table)  # tuples, a dict, str, bytes and code objects
    data = marshal.dumps(stored)
    if len(data) > MAX_BYTES:
        return
    from factcheck.errors import FactcheckError
    from factcheck.safewrite import write_atomic

    try:
        write_atomic(state.path, data)
    except FactcheckError:
        return  # a cache folder that cannot be written: the next run compiles again
    state.table, state.new = table, {}

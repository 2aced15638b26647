"""Compiled regular expressions kept between runs, as Python keeps compiled bytecode.

A `check` compiles about 400 regular expressions: the modules' own, and those built from data
(frame and subject cues, time zones, look-ups). Python's `re` parses each one and compiles it to
its matching engine's program in pure Python, every process: about 40 ms of a 0.27 s check. The
program depends only on the pattern, its flags and the interpreter, so `install()` (called by the
console script, never by a library import) hooks `re`'s compiler: a pattern met before is handed
to the C engine (`_sre.compile`) with its stored program, skipping the parser and compiler; a new
one is compiled as `re` does it and remembered. `save()` (at exit) writes what was new.

The file is keyed by the exact interpreter (version string, the engine's magic number and code
size): another Python ignores it. It lives in the user's cache folder, trusted as much as
Python's own `__pycache__`; the C engine validates every program it is given, and a pattern is
looked up by its full text and flags, so a stale or foreign entry can never stand for another
pattern. A file that cannot be read or written is ignored: this is only a cache.
"""

from __future__ import annotations

import importlib
import marshal
import sys
from array import array
from pathlib import Path
from typing import Any

FORMAT = 1
MAX_ENTRIES = 5_000  # beyond this, a save keeps only the patterns this process used
MAX_BYTES = 32 << 20  # a cache file larger than this is not read

_sre: Any = importlib.import_module("_sre")
_compiler: Any = importlib.import_module("re._compiler")
_parser: Any = importlib.import_module("re._parser")

# (is text, pattern, flags) -> (flags, program as bytes, groups - 1, group index, index group)
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
Key = tuple[bool, str | bytes, int]


class Table:
    """A cache file's table as read, what this process added, and what it used."""

    def __init__(self, path: Path, table: dict[Any, Any]) -> None:
        self.path = path
        self.table = table
        self.new: dict[Any, Any] = {}
        self.used: set[Any] = set()

    def save(self, interpreter: tuple[object, ...], max_entries: int, max_bytes: int) -> None:
        """Write the table when this process added to it; past `max_entries`, only what it used."""
        if not self.new:
            return
        table = {**self.table, **self.new}
        if len(table) > max_entries:
            table = {key: table[key] for key in self.used if key in table}
        if write_table(self.path, interpreter, table, max_bytes):
            self.table, self.new = table, {}


class _State(Table):
    """The patterns read at install, those compiled anew and used, and `re`'s own compiler."""

    def __init__(self, path: Path, table: dict[Key, Entry], original: Any) -> None:
        super().__init__(path, table)
        self.original = original


_state: _State | None = None


def _interpreter() -> tuple[object, ...]:
    """What a stored program is valid for: this exact interpreter and engine."""
    return (FORMAT, sys.version, _sre.MAGIC, _sre.CODESIZE, sys.maxunicode)


def install(path: Path | None) -> None:
    """Serve compiled patterns from `path` (None: do nothing); once per process."""
    global _state
    if path is None or _state is not None or array("I").itemsize != _sre.CODESIZE:
        return
    _state = _State(path, _read(path), _compiler.compile)
    _compiler.compile = _compile


def uninstall() -> None:
    """Give `re` its own compiler back (tests)."""
    global _state
    if _state is not None:
        _compiler.compile = _state.original
        _state = None


def _read(path: Path) -> dict[Key, Entry]:
    """The stored table, or an empty one (no file, unreadable, another interpreter, too large)."""
    return read_table(path, _interpreter(), MAX_BYTES)


def read_table(path: Path, interpreter: tuple[object, ...], max_bytes: int) -> dict[Any, Any]:
    """A marshalled table stored for `interpreter`, or an empty one: no file,
    unreadable, stored by another interpreter, or larger than `max_bytes`."""
    try:
        if path.stat().st_size > max_bytes:
            return {}
        stored = marshal.loads(path.read_bytes())  # noqa: S302 - our own cache file, as __pycache__
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if not (isinstance(stored, tuple) and len(stored) == 2 and stored[0] == interpreter):
        return {}
    table = stored[1]
    return table if isinstance(table, dict) else {}


def _compile(pattern: Any, flags: int = 0) -> Any:
    """`re._compiler.compile` with the stored program when there is one."""
    state = _state
    if state is None or not isinstance(pattern, (str, bytes)) or flags & _compiler.SRE_FLAG_DEBUG:
        return (state.original if state is not None else _compiler.compile)(pattern, flags)
    key: Key = (isinstance(pattern, str), pattern, int(flags))
    entry = state.table.get(key) or state.new.get(key)
    if entry is None:
        try:
            entry = _program(pattern, int(flags))
        except (AttributeError, TypeError, IndexError):
            # `re`'s private compiler changed shape in this Python: stop serving programs
            uninstall()
            return _compiler.compile(pattern, flags)
        state.new[key] = entry
    state.used.add(key)
    try:
        return _build(pattern, entry)
    except (TypeError, ValueError, RuntimeError):
        # an engine that takes other arguments, or a program it refuses: compile as `re` does
        state.table.pop(key, None)
        state.new.pop(key, None)
        return state.original(pattern, flags)


def _program(pattern: str | bytes, flags: int) -> Entry:
    """Parse and compile `pattern` as `re._compiler.compile` does, keeping what the engine takes."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    program = array("I", code).tobytes()
    return (flags | parsed.state.flags, program, parsed.state.groups - 1, groupindex, tuple(indexgroup))


def _build(pattern: str | bytes, entry: Entry) -> Any:
    """The compiled pattern object from a stored entry."""
    flags, program, groups, groupindex, indexgroup = entry
    code = array("I")
    code.frombytes(program)
    return _sre.compile(pattern, flags, code.tolist(), groups, dict(groupindex), indexgroup)


def save() -> None:
    """Write the table when this process compiled patterns it did not have (at exit)."""
    if _state is not None:
        _state.save(_interpreter(), MAX_ENTRIES, MAX_BYTES)


def write_table(path: Path, interpreter: tuple[object, ...], table: dict[Any, Any], max_bytes: int) -> bool:
    """Store a table of marshallable values for `interpreter` (best effort: False when it is
    larger than `max_bytes` or the cache folder cannot be written; the next run compiles again)."""
    stored: Any = (interpreter, table)  # tuples, dicts, ints, str, bytes (and code objects)
    data = marshal.dumps(stored)
    if len(data) > max_bytes:
        return False
    from factcheck.errors import FactcheckError
    from factcheck.safewrite import write_atomic

    try:
        write_atomic(path, data)
    except FactcheckError:
        return False
    return True

"""Code that the standard library compiles from text at run time, kept compiled between runs,
as Python keeps bytecode.

`@dataclass` writes the source of each class's `__init__`, `__repr__`, `__eq__` (and, frozen,
`__setattr__`, `__delattr__`, `__hash__`) and compiles it with `exec`, in every process: a
`check` imports about 100 dataclasses (460 functions), and compiling their text is about four
fifths of making them (~0.3 ms a class, a tenth of a check). `typing.ForwardRef` compiles each
string annotation pydantic resolves (about 1,000 in a check). The compiled code depends only on
the text and the interpreter, so `install()` (called by the console script, never by a library
import) gives the dataclasses module an `exec`, and the typing module a `compile`, of their own
(module globals, found before the builtins): a text met before comes from its stored code
object, a new one is compiled exactly as those modules compile it (file name "<string>", no
future flags: neither module has any) and remembered. `save()` (at exit) writes what was new.

The file is keyed by the exact interpreter (version string and bytecode magic number): another
Python ignores it. It lives in the user's cache folder beside the compiled patterns
(factcheck/patterncache.py), trusted as much as Python's own `__pycache__`, and a text is looked
up by its whole source, so an entry can only stand for the function it was compiled from. A file
that cannot be read or written is ignored: this is only a cache.
"""

# no `from __future__ import annotations` here: `compile` called from this module must inherit no
# future flags, as when dataclasses and typing call it (they have none)
import builtins
import dataclasses
import sys
import typing
from importlib._bootstrap_external import MAGIC_NUMBER
from pathlib import Path
from types import CodeType
from typing import Any

from factcheck.patterncache import Table, read_table

FORMAT = 1
MAX_ENTRIES = 5_000  # beyond this, a save keeps only the functions this process compiled or used
MAX_BYTES = 16 << 20  # a cache file larger than this is not read
SOURCE = "<string>"  # the file name `exec` and typing give the code they compile from text

Key = tuple[str, str]  # (mode: "exec" or "eval", source text)


_state: Table | None = None  # the code read at install, compiled anew, and used


def _interpreter() -> tuple[object, ...]:
    """What stored code is valid for: this exact interpreter."""
    return (FORMAT, sys.version, bytes(MAGIC_NUMBER))


def install(path: Path | None) -> None:
    """Serve the code dataclasses and typing compile from `path` (None: do nothing); once per process."""
    global _state
    if path is None or _state is not None or "exec" in vars(dataclasses) or "compile" in vars(typing):
        return
    _state = Table(path, _read(path))
    dataclasses.exec = _exec  # type: ignore[attr-defined]
    typing.compile = _compile  # type: ignore[attr-defined]


def uninstall() -> None:
    """Give dataclasses and typing the builtins back (tests)."""
    global _state
    if _state is not None:
        _state = None
        vars(dataclasses).pop("exec", None)
        vars(typing).pop("compile", None)


def _read(path: Path) -> dict[Key, CodeType]:
    """The stored table, or an empty one (no file, unreadable, another interpreter, too large)."""
    table = read_table(path, _interpreter(), MAX_BYTES)
    return {
        k: v
        for k, v in table.items()
        if isinstance(k, tuple) and len(k) == 2 and k[0] in ("exec", "eval") and isinstance(v, CodeType)
    }


def _exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:
    """`exec` for dataclasses, with the stored code of a source text met before."""
    code = _code(source, "exec") if isinstance(source, str) else source
    builtins.exec(code, globals, locals)  # noqa: S102 - the code dataclasses generated


def _compile(source: Any, filename: Any, mode: str, *args: Any, **kwargs: Any) -> Any:
    """`compile` for typing: a forward reference's stored code when there is one."""
    if args or kwargs or filename != SOURCE or mode != "eval" or not isinstance(source, str):
        # as typing's own call: this module has no future imports for `compile` to inherit either
        return builtins.compile(source, filename, mode, *args, **kwargs)
    return _code(source, mode)


def _code(source: str, mode: str) -> CodeType:
    """The code of `source` compiled in `mode` as the standard library compiles it: stored or new."""
    state = _state
    if state is None:
        return compile(source, SOURCE, mode, dont_inherit=True)
    key = (mode, source)
    code = state.table.get(key) or state.new.get(key)
    if code is None:
        code = compile(source, SOURCE, mode, dont_inherit=True)
        state.new[key] = code
    state.used.add(key)
    return code


def save() -> None:
    """Write the table when this process compiled code it did not have (at exit)."""
    if _state is not None:
        _state.save(_interpreter(), MAX_ENTRIES, MAX_BYTES)

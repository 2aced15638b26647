"""Regular expressions compiled the first time they are used.

`re` parses and compiles a pattern in pure Python (~0.1 ms each). The modules a `check` imports
define a few hundred patterns, and a typical check uses a part of them: quotations, time zones,
attributions or registry look-ups only where the text has them. A module-level
`lazy(r"...")` stands where `re.compile(r"...")` stood, with the same methods, and compiles on
its first match; the compiled pattern is `re`'s own, so what it matches is unchanged.

A pattern that cannot match without one of a few words (an alternation of cue phrases) may say
so (`needs`): until it is compiled, a text holding none of them is answered "no match" without
compiling it, so a check compiles only the cue patterns its text could meet.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any


class LazyPattern:
    """A pattern and its flags, compiled by `re` on first use and kept.

    Once compiled, the compiled pattern's own methods are set on the instance, where they
    shadow the class's: a match costs what it costs on a compiled pattern (no wrapper call),
    which matters for the cue patterns tried on every number of a long text."""

    def __init__(
        self, source: str, flags: int | re.RegexFlag = 0, needs: tuple[str, ...] | None = None
    ) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None
        # lower-case ASCII words one of which every match holds (None: no such promise)
        self._needs = needs

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if this is its first use)."""
        return self._compiled if self._compiled is not None else self._compile()

    @property
    def is_compiled(self) -> bool:
        """Whether the pattern has been compiled (used) yet."""
        return self._compiled is not None

    def _compile(self) -> re.Pattern[str]:
        if self._compiled is None:
            compiled = re.compile(self._source, self._flags)
            vars(self).update({name: getattr(compiled, name) for name in _METHODS})
            self._compiled = compiled
        return self._compiled

    def _cannot_match(self, string: str, pos: int, endpos: int) -> bool:
        """True when no match can lie in string[pos:endpos]: the pattern needs one of its words
        and the part holds none, in any case. Only where that test is exact: no character that
        `re` matches with an ASCII letter under IGNORECASE though it is none (İ ı ſ K)."""
        if self._needs is None or pos < 0 or endpos < pos:
            return False
        part = string[pos:endpos]
        if _CASE_TRAPS.search(part) is not None:
            return False
        folded = part.lower()
        return not any(word in folded for word in self._needs)

    @property
    def pattern(self) -> str:
        """The pattern's text, as `re.Pattern.pattern` (no compiling needed)."""
        return self._source

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """`re.Pattern.search`."""
        if self._cannot_match(string, pos, endpos):
            return None
        return self._compile().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """`re.Pattern.match`."""
        if self._cannot_match(string, pos, endpos):
            return None
        return self._compile().match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """`re.Pattern.fullmatch`."""
        if self._cannot_match(string, pos, endpos):
            return None
        return self._compile().fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """`re.Pattern.finditer`."""
        if self._cannot_match(string, pos, endpos):
            return iter(())
        return self._compile().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        """`re.Pattern.findall`."""
        if self._cannot_match(string, pos, endpos):
            return []
        return self._compile().findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        """`re.Pattern.sub`."""
        return self._compile().sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        """`re.Pattern.split`."""
        return self._compile().split(string, maxsplit)

    def __repr__(self) -> str:
        return f"lazy({self._source!r}, {self._flags!r})"


# The only characters outside ASCII that `re` matches with an ASCII letter under IGNORECASE
# (İ with i, ı with I, ſ with S, the Kelvin sign with K): a text holding one is not pre-tested.
_CASE_TRAPS = re.compile("[\u0130\u0131\u017f\u212a]")

# the matching methods a compiled pattern lends the instance once compiled
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "split")


# a compiled pattern or a lazy one: what a function that only matches with it takes
Regex = re.Pattern[str] | LazyPattern


def lazy(source: str, flags: int | re.RegexFlag = 0) -> LazyPattern:
    """`re.compile(source, flags)`, put off until the pattern is first used."""
    return LazyPattern(source, flags)

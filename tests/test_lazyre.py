"""Regular expressions compiled on first use (factcheck/lazyre.py): the same matches as the
compiled pattern, and nothing compiled by importing the modules that define them."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from factcheck.lazyre import LazyPattern, lazy

CASES = [
    (r"(?<![\w-])(?:people\s+killed|killed|dead)(?![\w-])", re.IGNORECASE),
    (r"(?P<day>\d{1,2})\s+(?P<month>June|July)(?:,\s+(?P<year>\d{4}))?", 0),
    (r"(?i:\bupdated?\b)[\s(,\w]{0,20}\Z", 0),
]
TEXT = "Twelve people KILLED on 28 June, 2022; 3 dead by 2 July (updated at 14 GMT"


@pytest.mark.parametrize(("source", "flags"), CASES)
def test_a_lazy_pattern_matches_as_the_compiled_one(source: str, flags: int) -> None:
    compiled, pattern = re.compile(source, flags), lazy(source, flags)
    assert not pattern.is_compiled
    assert pattern.pattern == source
    assert not pattern.is_compiled  # its text needs no compiling
    ours = pattern.search(TEXT, 3)
    theirs = compiled.search(TEXT, 3)
    assert ours is not None
    assert theirs is not None
    assert (ours.span(), ours.groupdict()) == (theirs.span(), theirs.groupdict())
    assert pattern.is_compiled
    assert pattern.compiled is pattern.compiled
    assert [m.span() for m in pattern.finditer(TEXT)] == [m.span() for m in compiled.finditer(TEXT)]
    assert pattern.findall(TEXT) == compiled.findall(TEXT)
    assert pattern.sub("<>", TEXT) == compiled.sub("<>", TEXT)
    assert pattern.split(TEXT, 2) == compiled.split(TEXT, 2)
    for start in range(len(TEXT)):
        assert bool(pattern.match(TEXT, start)) == bool(compiled.match(TEXT, start))
        assert bool(pattern.fullmatch(TEXT, start)) == bool(compiled.fullmatch(TEXT, start))


def test_each_method_compiles_on_its_first_call() -> None:
    compiled = re.compile(r"\d+")
    for method in ("search", "match", "fullmatch", "findall", "sub", "split", "finditer"):
        pattern = lazy(r"\d+")
        args: tuple[object, ...] = ("x", "12a3") if method == "sub" else ("12a3",)
        ours, theirs = getattr(pattern, method)(*args), getattr(compiled, method)(*args)
        assert pattern.is_compiled, method
        if method == "finditer":
            ours, theirs = [m.span() for m in ours], [m.span() for m in theirs]
        elif method in ("search", "match", "fullmatch"):
            ours, theirs = ours and ours.span(), theirs and theirs.span()
        assert ours == theirs, method


def test_a_bad_pattern_is_still_res_error_when_first_used() -> None:
    pattern = lazy("(unclosed")
    with pytest.raises(re.error):
        pattern.search("text")


def test_importing_factcheck_compiles_no_lazy_pattern() -> None:
    # a module that used one of its lazy patterns at import (to build another, say) would
    # compile it in every process again: build from `.pattern`, which needs no compiling
    script = (
        "import importlib, pkgutil, factcheck\n"
        "from factcheck.lazyre import LazyPattern\n"
        "names = [m.name for m in pkgutil.walk_packages(factcheck.__path__, 'factcheck.')]\n"
        "modules = [importlib.import_module(n) for n in names if not n.endswith('__main__') and 'distributed' not in n]\n"
        "seen = 0\n"
        "for module in modules:\n"
        "    for name, value in vars(module).items():\n"
        "        if isinstance(value, LazyPattern):\n"
        "            seen += 1\n"
        "            assert not value.is_compiled, f'{module.__name__}.{name} compiled at import'\n"
        "print(seen)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) >= 300  # the module-level patterns made lazy (issue 11; 314 in session 25)


def test_the_type_is_exported() -> None:
    assert isinstance(lazy("x"), LazyPattern)


CUES = ["people killed", "killed", "dead", "U.S. troops"]
CUE_TEXTS = [
    "Twelve people KILLED on 28 June",
    "no one was hurt",
    "3 Dead, 4 missing",
    "two u.s.  Troops",
    "the dеad",  # a Cyrillic е: no cue
    "KİLLED",  # İ: re matches it with i under IGNORECASE, lower() does not give "killed"
    "ſix killed",  # ſ
    "the deadline",  # the word is there, the pattern still fails (the test is only necessary)
    "",
]


@pytest.mark.parametrize("text", CUE_TEXTS)
def test_a_pre_tested_cue_pattern_matches_as_the_compiled_one(text: str) -> None:
    """The words test only spares compiling: every method answers as the compiled pattern does,
    at every start, and a text holding none of the words compiles nothing."""
    from factcheck.extract.frames import _cue_pattern

    pattern = _cue_pattern(CUES)
    compiled = re.compile(pattern.pattern, re.IGNORECASE)
    for start in range(len(text) + 1):
        for end in (start, len(text), len(text) + 5):
            assert bool(pattern.search(text, start, end)) == bool(compiled.search(text, start, end))
            assert bool(pattern.match(text, start, end)) == bool(compiled.match(text, start, end))
            assert bool(pattern.fullmatch(text, start, end)) == bool(compiled.fullmatch(text, start, end))
            assert [m.span() for m in pattern.finditer(text, start, end)] == [
                m.span() for m in compiled.finditer(text, start, end)
            ]
            assert pattern.findall(text, start, end) == compiled.findall(text, start, end)
    holds_a_word = any(w in text.lower() for w in ("people", "killed", "dead", "u.s."))
    traps = any(c in text for c in "\u0130\u0131\u017f\u212a")
    assert pattern.is_compiled == (holds_a_word or traps)


def test_cues_that_cannot_promise_a_word_are_never_pre_tested() -> None:
    from factcheck.extract.frames import _first_words

    assert _first_words(["killed", "Dead bodies"]) == ("dead", "killed")
    assert _first_words([]) is None  # the empty alternation matches everywhere
    assert _first_words(["killed", " "]) is None  # an empty cue matches everywhere
    assert _first_words(["naïve"]) is None  # outside ASCII: case folding is more than lower()

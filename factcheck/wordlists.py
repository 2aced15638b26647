"""Word lists that decide behaviour, read from data files shipped with the package.

A list file is plain text (factcheck/extract/data/*.txt). Words are separated by spaces; `#`
starts a comment. Every group of words (a run of lines after a blank line) must begin with a
comment line saying why those words are there, and a word may carry its own trailing comment.
A malformed file is a FactcheckError naming the file and line, never a silent half-list.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from factcheck.errors import FactcheckError
from factcheck.lazyre import lazy

DATA_PACKAGE = "factcheck.extract.data"
_ENTRY = re.compile(r"^[^\W\d_][\w'’.-]*$")


def parse_word_list(text: str, path: Path | str) -> frozenset[str]:
    """The words of a list file's text; raises FactcheckError on a malformed line."""
    words: set[str] = set()
    explained = False  # the current group has its comment
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            explained = False
            continue
        content, _, comment = line.partition("#")
        if not content.strip():
            explained = explained or bool(comment.strip())
            continue
        if not explained and not comment.strip():
            raise FactcheckError(
                "a group of words with no comment saying why they are listed",
                path=path,
                line=number,
                hint="start the group with a '# why' line, or add '# why' after the word",
            )
        for word in content.split():
            if not _ENTRY.match(word):
                raise FactcheckError(
                    f"'{word}' is not a word",
                    path=path,
                    line=number,
                    hint="list letters only (apostrophes, hyphens and full stops inside a word are fine)",
                )
            words.add(word)
    return frozenset(words)


def package_text(filename: str, label: str) -> tuple[Traversable, str]:
    """The bundled data file `filename` and its text; `label` names it in the error when the
    package data is incomplete."""
    resource = resources.files(DATA_PACKAGE) / filename
    try:
        return resource, resource.read_text(encoding="utf-8")
    except (FileNotFoundError, UnicodeDecodeError) as exc:
        raise FactcheckError(
            f"{label} cannot be read: {exc}",
            path=str(resource),
            hint="reinstall factcheck; the package data is incomplete",
        ) from None


@functools.cache
def word_list(name: str) -> frozenset[str]:
    """The words of the bundled list `name` (file factcheck/extract/data/<name>.txt)."""
    resource, text = package_text(f"{name}.txt", f"word list '{name}'")
    return parse_word_list(text, str(resource))


def is_plural(word: str) -> bool:
    """A rough English plural test for counted nouns ("states", "deaths", "people")."""
    low = word.lower().rstrip("'’")
    if low in word_list("plurals"):  # "people", "police": plural without an -s
        return True
    # "schoolchildren", "firemen": a compound ending in an irregular plural ("specimen" is no plural)
    if low not in word_list("plural_tail_exceptions") and any(
        low.endswith(t) and len(low) >= len(t) + 3 for t in word_list("plural_tails")
    ):
        return True
    return len(low) > 2 and low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "’s"))


# a demonym with one of these endings has no plural in -s ("the British", "the Chinese", "the Swiss")
_NO_PLURAL = ("s", "sh", "ch", "ese")


@functools.cache
def demonyms() -> frozenset[str]:
    """The demonyms of data/demonyms.txt with their plurals in -s ("German" and "Germans",
    "Argentine" and "Argentines"): a people is named in the plural as often as in the singular,
    and "Germans" one letter from "Germany" is no misspelling of it."""
    words = word_list("demonyms")
    return words | frozenset(w + "s" for w in words if not w.endswith(_NO_PLURAL))


@functools.cache
def opposite_pairs() -> tuple[tuple[str, str], ...]:
    """The pairs of words of opposite meaning in data/opposites.yaml ("win" / "lose"), lower case."""
    return _word_pairs("opposites.yaml", "the opposites list")


@functools.cache
def person_shift_pairs() -> frozenset[tuple[str, str]]:
    """The pairs (first-person word, its third-person form) in data/person_shifts.yaml ("our",
    "their"), lower case, in that order: what reported speech changes in a quoted phrase."""
    return frozenset(_word_pairs("person_shifts.yaml", "the person shifts list"))


@functools.cache
def national_nouns() -> dict[str, str]:
    """data/national_nouns.yaml: a people's own word ("briton"), lower case -> the demonym it
    stands for ("british"), lower case."""
    return dict(_word_pairs("national_nouns.yaml", "the national nouns list"))


def _word_pairs(filename: str, label: str) -> tuple[tuple[str, str], ...]:
    """The `pairs:` of a bundled data file, lower case, each two different words."""
    from factcheck.yamlio import parse_data_file  # lazy: only FC301 asks for word pairs

    resource, text = package_text(filename, label)
    # the package's data-file reader, as every data file: safe YAML, errors naming file and line
    data = parse_data_file(text, filename)
    pairs = data.get("pairs") if isinstance(data, dict) else None
    if not isinstance(pairs, list) or not all(_is_pair(pair) for pair in pairs):
        raise FactcheckError(
            f"{label} must be `pairs:`, a list of two different words each",
            path=str(resource),
            hint="write each pair as [word, other word]",
        )
    return tuple((pair[0].lower(), pair[1].lower()) for pair in pairs)


@functools.cache
def acronym_aliases() -> dict[str, frozenset[str]]:
    """Each name in data/acronym_aliases.yaml mapped to the names of its group: other names of
    one body ("ISIS" / "ISIL"), which an acronym swap never takes for two bodies."""
    from factcheck.yamlio import parse_data_file  # lazy: only the acronym swap asks for aliases

    resource, text = package_text("acronym_aliases.yaml", "the acronym aliases list")
    data = parse_data_file(text, "acronym_aliases.yaml")
    groups = data.get("bodies") if isinstance(data, dict) else None
    if not isinstance(groups, list) or not all(_is_group(group) for group in groups):
        raise FactcheckError(
            "the acronym aliases list must be `bodies:`, a list of groups of two names or more",
            path=str(resource),
            hint="write each group as [NAME, OTHER NAME, ...]",
        )
    return {name: frozenset(group) for group in groups for name in group}


def _is_group(group: object) -> bool:
    return (
        isinstance(group, list)
        and len(group) >= 2
        and all(isinstance(name, str) and _ENTRY.match(name) for name in group)
    )


def _is_pair(pair: object) -> bool:
    return (
        isinstance(pair, list)
        and len(pair) == 2
        and all(isinstance(word, str) and _ENTRY.match(word) for word in pair)
        and pair[0].lower() != pair[1].lower()
    )


def negates(word: str) -> bool:
    """Whether a lower-cased word negates: one of data/negations.txt, or a word in "n't"."""
    return word in word_list("negations") or word.endswith(("n't", "n’t"))


_WORD = lazy(r"[\w'’]+")  # compiled on first use: wordlists is on every start-up path


def negation_in(text: str) -> bool:
    """Whether any word of `text` negates (`negates`): "not", "never", "none", any "n't" word."""
    return any(negates(word.lower()) for word in _WORD.findall(text))


def phrase_alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of `phrases`, matched literally with any run of whitespace between
    their words, longest alternative first so that "new york city" wins over "new york"."""
    escaped = (re.escape(str(p)).replace(r"\ ", r"\s+") for p in phrases)
    return "|".join(sorted(escaped, key=len, reverse=True))

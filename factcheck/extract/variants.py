"""Orthographic variants folded to one form, so that one quotation printed by two outlets in two
house styles reads as the same words: British and American spelling ("manoeuvre"/"maneuver",
"organise"/"organize"), "towards"/"toward", a hyphen or a space ("half-hour"/"half hour"),
numerals or words ("twenty-five"/"25"), "per cent"/"percent".

The US/UK table is the breame package's (about 1,700 British spellings with their American
forms), imported on first use so that commands which never compare quotations do not pay for
it. Variants it does not list are in factcheck/extract/data/spellings.yaml, one comment each,
and so are the word endings folded in any word neither table lists (-isation for -ization:
"denuclearisation").
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

from factcheck.errors import FactcheckError
from factcheck.extract.numberwords import SCALES, SMALL_NUMBERS, TENS, words_to_number
from factcheck.lazyre import lazy
from factcheck.yamlio import parse_data_file

_NUMBER_WORDS = frozenset(SMALL_NUMBERS) | frozenset(TENS) | frozenset(SCALES)
_HYPHEN = lazy(r"[-‐‑–]")


@functools.cache
def spelling_table() -> dict[str, str]:
    """Variant -> folded form: breame's British -> American spellings, then spellings.yaml."""
    from breame.data.spelling_constants import BRITISH_ENGLISH_SPELLINGS  # lazy: ~1 ms of data

    table = {
        british.casefold(): american.casefold() for british, american in BRITISH_ENGLISH_SPELLINGS.items()
    }
    table.update(_bundled_variants())
    return table


def _bundled_variants() -> dict[str, str]:
    """The `variants:` mapping of spellings.yaml, checked: word or phrase -> one word."""
    return _spellings_mapping(
        "variants",
        "`variants:` must map each variant spelling to the form it is folded to",
        "write `towards: toward`, one entry a line",
    )


@functools.cache
def suffix_table() -> tuple[tuple[str, str], ...]:
    """The `suffixes:` mapping of spellings.yaml (ending -> folded ending), longest first."""
    suffixes = _spellings_mapping(
        "suffixes",
        "`suffixes:` must map each word ending to the ending it is folded to",
        "write `isation: ization`, one entry a line",
    )
    return tuple(sorted(suffixes.items(), key=lambda pair: -len(pair[0])))


def _spellings_mapping(key: str, problem: str, hint: str) -> dict[str, str]:
    """One mapping of spellings.yaml, checked (text -> text), casefolded."""
    path = Path("factcheck/extract/data/spellings.yaml")
    text = resources.files("factcheck.extract.data").joinpath("spellings.yaml").read_text(encoding="utf-8")
    data = parse_data_file(text, str(path)) or {}
    mapping = data.get(key) if isinstance(data, dict) else None
    if not isinstance(mapping, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and k.strip() and v.strip() for k, v in mapping.items()
    ):
        raise FactcheckError(problem, path=path, hint=hint)
    return {word.casefold(): folded.casefold() for word, folded in mapping.items()}


MIN_STEM = 3  # letters a word keeps before a folded ending ("normal" in "normalisation")


def fold_word(word: str) -> str:
    """One word in its folded form: the spelling tables first, then a folded ending."""
    table = spelling_table()
    if word in table:
        return table[word]
    for ending, folded in suffix_table():
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)] + folded
    return word


def fold_words(words: list[str]) -> list[str]:
    """Lower-cased quotation words with hyphens read as spaces, number words as numerals and
    each variant spelling in its one folded form."""
    tokens = [part for word in words for part in _HYPHEN.split(word) if part]
    table = spelling_table()
    folded: list[str] = []
    i = 0
    while i < len(tokens):
        run = _number_run(tokens, i)
        if run:
            value = words_to_number(" ".join(tokens[i : i + run]))
            if value is not None and value == int(value):
                folded.append(str(int(value)))
                i += run
                continue
        pair = " ".join(tokens[i : i + 2])
        if i + 1 < len(tokens) and pair in table:
            folded.append(table[pair])
            i += 2
            continue
        folded.append(fold_word(tokens[i]))
        i += 1
    return folded


def _number_run(tokens: list[str], start: int) -> int:
    """How many tokens from `start` are number words ("and" only between two of them)."""
    end = start
    while end < len(tokens) and (
        tokens[end] in _NUMBER_WORDS
        or (
            tokens[end] == "and"
            and end > start
            and end + 1 < len(tokens)
            and tokens[end + 1] in _NUMBER_WORDS
        )
    ):
        end += 1
    return end - start

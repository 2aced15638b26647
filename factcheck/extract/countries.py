"""Countries and their demonyms, for telling "Turkish officials" and "Turkey" one name (issue 14).

A summary names a country by its adjective where the sources name the country ("Turkish
officials said", "Japanese rescuers") or the other way round, and `factcheck check` called the
adjective a name no source has. This table gives each country its name, its other spellings
(codes such as "US" and "UK" among them, looked for in capitals only and in a line not all in
capitals: in lower case or in a headline's capitals they are words, "us", "IN") and its
demonyms, from the `countryinfo` package's data (MIT, from REST Countries). A name of two words
or more whose demonym shares all but its last word ("South Korea", "South Korean") also pairs
those last words ("Korea", "Korean"), since a name is checked one word at a time.

`countryinfo` is a development dependency only (the `data` extra): the table is package data,
`data/countries.tsv`, and a test fails when it is stale. Run `python -m factcheck.extract.countries`
to rebuild it.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from anyascii import anyascii

from factcheck.wordlists import package_text

TABLE = Path(__file__).with_name("data") / "countries.tsv"
HEADER = (
    "# country<TAB>its other spellings that are words, ';'-separated<TAB>its demonyms, ';'-separated\n"
    "# From the countryinfo package's data. Generated: python -m factcheck.extract.countries\n"
)
CODE_LETTERS = 3  # an all-capital spelling this short is a code ("US", "PHL"): matched in capitals only


def build(rows: Iterable[tuple[str, Iterable[str], Iterable[str]]]) -> list[str]:
    """The table's lines from (name, other spellings, demonyms): spellings in ASCII, each at most
    once; a spelling with a comma ("Korea, Republic of") is an index form, left out."""
    lines = []
    for name, others, demonyms in sorted(rows):
        base = anyascii(name).strip()
        kept: list[str] = []
        for other in others:
            word = anyascii(other).strip()
            if not word or word == base or word in kept or "," in word or ";" in word:
                continue
            kept.append(word)
        names = [anyascii(d).strip() for d in demonyms if d and d.strip()]
        if names:
            lines.append(f"{base}\t{';'.join(kept)}\t{';'.join(dict.fromkeys(names))}\n")
    return lines


def table_text() -> str:
    """`data/countries.tsv` as countryinfo's data gives it today."""
    from countryinfo import all_countries

    rows = []
    for country in all_countries():
        others = [str(s) for s in country.alt_spellings() or [] if len(str(s)) > 1]
        demonym = str(country.demonym() or "")
        rows.append((str(country.name()), others, [d for d in demonym.split(",") if d]))
    return HEADER + "".join(build(rows))


@functools.cache
def _rows() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """The table's rows: (country, its other spellings, its demonyms), empty fields dropped."""
    _, text = package_text("countries.tsv", "the table of countries")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, others, demonyms = [*line.split("\t"), "", ""][:3]
        people = tuple(d for d in demonyms.split(";") if d)
        rows.append((name, tuple(o for o in others.split(";") if o), (*people, *_stan_people(name, people))))
    return tuple(rows)


STAN_ENDINGS = ("istan", "stan")  # "Tajikistan" and "Kazakhstan": the land of the Tajiks, the Kazakhs
SHORTEST_STEM = 4  # "Pakistan" gives no "Pak"


def _stan_people(name: str, people: tuple[str, ...]) -> tuple[str, ...]:
    """The demonym English news writes for a country named "<people>-stan" ("Tajik", "Kazakh",
    "Uzbek", "Afghan") when the table's data gives only another ("Tadzhik", "Kazakhstani")."""
    for ending in STAN_ENDINGS:
        stem = name.removesuffix(ending)
        if stem != name and " " not in name and len(stem) >= SHORTEST_STEM:
            return () if stem in people else (stem,)
    return ()


@functools.cache
def _forms() -> dict[str, frozenset[str]]:
    """Each spelling of a country or of its people, lower case, -> every spelling of the two
    (codes in capitals)."""
    forms: dict[str, set[str]] = defaultdict(set)
    for name, others, people in _rows():
        spellings = {name, *others, *people}
        for spelling in spellings:
            forms[_key(spelling)] |= spellings
        for demonym in people:
            _pair_last_words(forms, name, demonym)
    return {key: frozenset(value - {key}) for key, value in forms.items()}


def _pair_last_words(forms: dict[str, set[str]], name: str, demonym: str) -> None:
    """ "South Korea"/"South Korean": the last words pair too ("Korea"/"Korean")."""
    words, people = name.split(), demonym.split()
    if len(words) > 1 and len(words) == len(people) and words[:-1] == people[:-1]:
        forms[_key(people[-1])].add(words[-1])
        forms[_key(words[-1])].add(people[-1])


def _key(spelling: str) -> str:
    return spelling if is_code(spelling) else spelling.lower()


def is_code(spelling: str) -> bool:
    """Whether a spelling is a code ("UK", "USA"), to be matched in capitals only (in lower case
    it is a word: "us")."""
    return spelling.isupper() and len(spelling) <= CODE_LETTERS


def country_forms(word: str) -> frozenset[str]:
    """The other spellings of the country or people `word` names ("Turkish" -> Turkey, "Turkiye",
    ...; "Filipinos" -> Philippines, Filipino, ...), none for any other word. A plural in -s of a
    demonym is the demonym's."""
    forms = _forms()
    found = forms.get(_key(word))
    if found is None and word.lower().endswith("s"):
        found = forms.get(_key(word[:-1]))
    return found or frozenset()


@functools.cache
def _names() -> dict[str, str]:
    """Each spelling of a country or of its people, lower case (codes in capitals), -> the
    country's name as the table's first column gives it."""
    owners: dict[str, list[str]] = defaultdict(list)
    for name, others, people in _rows():
        for spelling in (name, *others, *people):
            owners[_key(spelling)].append(name)
    return {
        spelling: min(names, key=lambda name: _rank(spelling, name)) for spelling, names in owners.items()
    }


def _rank(spelling: str, name: str) -> tuple[int, bool, str]:
    """How likely a spelling several countries share names this one, lower first: the shortest
    name ("United States" for "American", not "Northern Mariana Islands"; "India" for "Indian",
    not "British Indian Ocean Territory"), then one that begins as the spelling does ("China" for
    "Chinese", not "Macau"), then the first in alphabetical order ("France" for "French", not
    "Martinique"). A demonym two countries of one-word names share stays ambiguous ("Dominican":
    Dominica, though news mostly means the Dominican Republic)."""
    return (len(name.split()), name.lower()[:4] != spelling.lower()[:4], name)


def country_name(word: str) -> str | None:
    """The country `word` names or whose people it names ("Russian" -> Russia, "Somalia" ->
    Somalia), None for any other word. A demonym with "-an" added ("Somalian") is the
    demonym's."""
    names = _names()
    for stem in (word, word.removesuffix("s"), word.removesuffix("an")):
        found = names.get(_key(stem)) if stem else None
        if found is not None:
            return found
    return None


@functools.cache
def _people() -> dict[str, str]:
    """Each demonym of the table, lower case, -> the first demonym of the country it most likely
    names (`_rank`: "American" is the United States', not American Samoa's)."""
    owners: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name, _, demonyms in _rows():
        for demonym in demonyms:
            owners[demonym.lower()].append((name, demonyms[0]))
    return {demonym: min(rows, key=lambda row: _rank(demonym, row[0]))[1] for demonym, rows in owners.items()}


def people_demonym(word: str) -> str | None:
    """The demonym the table gives first for the people `word` names, as written there
    ("Dutch" -> "Dutch", "Filipino" -> "Filipino", "Nepalese" -> "Nepalese"), None for a
    country's name or any other word: one spelling for one people, whichever a text uses."""
    return _people().get(word.lower())


def people_demonyms() -> frozenset[str]:
    """The demonyms `people_demonym` gives."""
    return frozenset(_people().values())


def named_country(spelling: str) -> str | None:
    """The country a name or other spelling of it names ("the Netherlands" is given without its
    article: "Netherlands", "Holland", "UK"), None for a demonym or any other word."""
    for name, others, _ in _rows():
        if spelling == name or spelling in others:
            return name
    return None


def country_demonym(country: str) -> str | None:
    """The first demonym the table gives a country named as its first column does."""
    for name, _, demonyms in _rows():
        if name == country and demonyms:
            return demonyms[0]
    return None


def main() -> None:
    """Rebuild data/countries.tsv (needs the `data` extra: countryinfo)."""
    from factcheck.safewrite import write_atomic

    write_atomic(TABLE, table_text())
    print(f"wrote {TABLE}")


if __name__ == "__main__":
    main()

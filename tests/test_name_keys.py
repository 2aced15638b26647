"""A check tests only the registry names a document's letters can start (`NameIndex.keys`), and
reads the listed entities' folded names from one row of the store, and compares a name no source
has only with the source words within its edit limit: the same names, found the same way, as
testing every name, folding every entity and measuring every source word."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from rapidfuzz.distance import Levenshtein

from factcheck.extract import names as names_module
from factcheck.extract.names import KEY_LETTERS, NameIndex, _compile_names, name_index
from factcheck.link.support import (
    MIN_NAME_LETTERS,
    NAME_NEAR_MISS,
    Evidence,
    SourceIndex,
    _derived,
    strip_possessive,
)
from factcheck.model import Entity, EntityKind
from factcheck.model.names import listed_names
from factcheck.registry import load_registry
from factcheck.registry.loader import open_store
from factcheck.registry.partial import entities_after, entities_listed_names, partial_registry
from factcheck.registry.store import STORE_DIR, store_path
from factcheck.wordlists import word_list

ROOT = Path(__file__).resolve().parent.parent

TRICKY = {
    "p1": ("Aleksandr Lukashenko", ["Lukashenka"], EntityKind.PERSON),
    "o1": ("Straße Verein", [], EntityKind.ORGANISATION),  # casefold "ss", lower keeps "ß"
    "p2": ("İlham Aliyev", [], EntityKind.PERSON),  # "İ".lower() is two characters
    "o2": ("UN", ["U.N."], EntityKind.ORGANISATION),  # shorter than the key, and a dotted one
    "o3": ("X", [], EntityKind.ORGANISATION),
    "o4": ("3M", [], EntityKind.ORGANISATION),
    "o5": ("'t Hooft Prize", [], EntityKind.ORGANISATION),
}
TEXTS = [
    "The leaderLukashenko met ALIYEV and İlham Aliyev in Baku.",
    "STRASSE VEREIN and the straße verein, U.N. officials, the UN and 3M.",
    "X said it. 't Hooft Prize winners met Lukashenka.",
    "Nothing here names anyone.",
    "",
]


def _entities() -> dict[str, Entity]:
    return {
        key: Entity(id=key, kind=kind, canonical=canonical, aliases=aliases)
        for key, (canonical, aliases, kind) in TRICKY.items()
    }


def _index() -> NameIndex:
    return name_index(_entities())


def _every_name(index: NameIndex, text: str) -> tuple[str, ...]:
    """What `patterns_for` puts in its patterns when it tests every name of the index."""
    lowered, folded = text.lower(), text.casefold()
    return tuple(n for n in index.names if n.lower() in lowered or n.casefold() in folded)


def test_keyed_names_are_the_names_every_name_tested_gives() -> None:
    index = _index()
    assert len(index.names) > len(TRICKY)
    for text in TEXTS:
        every = _every_name(index, text)
        assert index.patterns_for(text) == (_compile_names(every) if every else None), text
    assert "UN" in _every_name(index, TEXTS[1])
    assert "Straße Verein" in _every_name(index, TEXTS[1])


def test_both_ways_give_the_names_every_name_tested_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    """A small index scans for every name (the keys would cost more than they save) and a large
    one looks the text's runs up: the same patterns either way."""
    index = names_module._build(_entities())  # not the shared index
    assert len(index.names) < names_module.KEYED_FROM_NAMES
    for text in TEXTS:
        every = _every_name(index, text)
        assert index.patterns_for(text) == (_compile_names(every) if every else None), text
    assert index.keys is None  # the plain scan: no keys worked out
    monkeypatch.setattr(names_module, "KEYED_FROM_NAMES", len(index.names))
    for text in TEXTS:
        every = _every_name(index, text)
        assert index.patterns_for(text) == (_compile_names(every) if every else None), text
    assert index.keys is not None


def test_each_name_is_keyed_by_its_first_letters_and_the_keys_are_kept() -> None:
    index = _index()
    keys = index.name_keys()
    for n, name in enumerate(index.names):
        assert n in keys[name.lower()[:KEY_LETTERS]]
        assert n in keys[name.casefold()[:KEY_LETTERS]]
    assert sorted(n for found in keys.values() for n in found) == sorted(
        n
        for n, name in enumerate(index.names)
        for _ in {name.lower()[:KEY_LETTERS], name.casefold()[:KEY_LETTERS]}
    )
    again = NameIndex.from_json(index.to_json())
    assert again.keys == keys  # read back, not worked out again
    assert again.patterns_for(TEXTS[0]) == index.patterns_for(TEXTS[0])


def test_an_index_kept_without_keys_works_them_out_and_bad_keys_are_refused() -> None:
    index = _index()
    kept = index.to_json().replace('"keys":', '"old_keys":')
    again = NameIndex.from_json(kept)
    assert again.keys is None
    assert again.patterns_for(TEXTS[1]) == index.patterns_for(TEXTS[1])
    longer = NameIndex.from_json(
        index.to_json().replace('"keys": {', '"keys": {"' + "x" * (KEY_LETTERS + 1) + '":[0],')
    )
    assert longer.keys is None  # keys longer than the runs looked up: worked out again
    assert longer.patterns_for(TEXTS[0]) == index.patterns_for(TEXTS[0])
    listed = NameIndex.from_json(index.to_json().replace('"keys":', '"keys":[],"was":'))
    assert listed.keys is None  # not a table: worked out again
    assert listed.patterns_for(TEXTS[1]) == index.patterns_for(TEXTS[1])


def _damaged(index: NameIndex, field: str, value: object) -> str:
    data = json.loads(index.to_json())
    data[field] = value
    return json.dumps(data)


def _damaged_keys(keys: dict[str, list[int]], count: int) -> list[object]:
    first = next(iter(keys))
    return [
        {k: [n + 100_000 for n in found] for k, found in keys.items()},  # out of range
        {k: [n + count for n in found] for k, found in keys.items()},  # one past the last
        {k: [-1 - n for n in found] for k, found in keys.items()},  # counted from the end
        dict.fromkeys(keys, 5),  # not lists
        {k: [str(n) for n in found] for k, found in keys.items()},  # numbers written as text
        {k: [float(n) for n in found] for k, found in keys.items()},
        {},  # every name dropped
        {k: found for k, found in keys.items() if k != first},  # the names of one key dropped
        None,
        "keys",
    ]


def test_damaged_keys_are_worked_out_again_and_no_name_is_dropped() -> None:
    index = _index()
    keys = index.name_keys()
    for damaged in _damaged_keys(keys, len(index.names)):
        again = NameIndex.from_json(_damaged(index, "keys", damaged))
        assert again.keys is None, damaged
        assert again.name_keys() == keys
        for text in TEXTS:
            every = _every_name(index, text)
            assert again.patterns_for(text) == (_compile_names(every) if every else None), (damaged, text)


def test_an_index_with_damaged_tables_is_refused() -> None:
    index = _index()
    count = len(json.loads(index.to_json())["accepted"])
    some = next(iter(index.exact))
    for field, value in [
        ("names", [5, *index.names[1:]]),
        ("names", index.names[1:]),  # a spelling of `exact` not among the names
        ("names", [*index.names, "Nobody Known"]),
        ("exact", {**dict.fromkeys(index.exact, 0), some: count}),
        ("folded", {"x": -1}),
        ("words", {"x": "0"}),
        ("multi", [[2, {"a b": count + 7}]]),
        ("multi", [["two", {}]]),
        ("accepted", [[1, 2, 3]]),
        ("accepted", [["p1", "canonical"]]),
        ("exact", []),
    ]:
        with pytest.raises(ValueError, match="name index"):
            NameIndex.from_json(_damaged(index, field, value))


def _bundled_check(registry: Path, summary: Path) -> subprocess.CompletedProcess[str]:
    command = f"check --registry {registry} --format json {summary}".split()
    args = [sys.executable, "-m", "factcheck", *command]
    return subprocess.run(args, capture_output=True, text=True, check=False)


def test_check_reads_a_damaged_kept_name_index_as_a_fresh_one(registry_copy: Path, tmp_path: Path) -> None:
    """The kept name index damaged in the text tables: check prints what it prints with sound
    tables, never an internal error, and loses no name."""
    summary = tmp_path / "ex2.md"
    summary.write_text(
        "LeaderPutin and Lukaschenko met in Minsk. The U.N. said PUTIN and Zelenskyy spoke; Zelensky denied it.\n",
        encoding="utf-8",
    )
    _bundled_check(registry_copy, summary)  # builds the store
    _bundled_check(registry_copy, summary)  # and the text tables
    (tables,) = (registry_copy / STORE_DIR).glob("texts-*.sqlite")
    sound = _bundled_check(registry_copy, summary)
    assert "FC4" in sound.stdout
    assert "Zelensky" in sound.stdout
    with sqlite3.connect(tables) as conn:
        (kept,) = conn.execute("SELECT value FROM meta WHERE name = 'name_index'").fetchone()
    index = NameIndex.from_json(kept)
    assert index.keys is not None
    damages = [_damaged(index, "keys", keys) for keys in _damaged_keys(index.keys, len(index.names))]
    damages.append(_damaged(index, "names", [5, *index.names[1:]]))
    for damaged in damages:
        with sqlite3.connect(tables) as conn:
            conn.execute("UPDATE meta SET value = ? WHERE name = 'name_index'", (damaged,))
        again = _bundled_check(registry_copy, summary)
        assert (again.returncode, again.stdout, again.stderr) == (
            sound.returncode,
            sound.stdout,
            sound.stderr,
        )


def test_the_store_keeps_the_listed_entities_folded_names(registry_copy: Path) -> None:
    whole = load_registry(registry_copy, use_cache=False).entities
    expected = listed_names((k, e.accepted_names()) for k, e in whole.items())
    load_registry(registry_copy)  # compiles the store
    opened = open_store(registry_copy)
    assert opened is not None
    try:
        stored = opened.listed_names()
        assert stored is not None
        assert set(stored) == expected
        base = partial_registry(registry_copy, opened, "")
    finally:
        opened.close()
    assert len(expected) > 5
    assert entities_listed_names(base.entities) == expected
    # a view holding an entity the store has not: its names are folded, not the store's row's
    someone = Entity(id="p.someone-new", kind=EntityKind.PERSON, canonical="Someone Néw")
    auto = Entity(id="auto.name.other-one", kind=EntityKind.PERSON, canonical="Other One")
    merged = entities_after({someone.id: someone, auto.id: auto}, base.entities)
    assert entities_listed_names(merged) == expected | {"someone new"}


def test_a_store_without_the_row_folds_the_entities_names(registry_copy: Path) -> None:
    whole = load_registry(registry_copy, use_cache=False).entities
    expected = listed_names((k, e.accepted_names()) for k, e in whole.items())
    load_registry(registry_copy)
    with sqlite3.connect(store_path(registry_copy)) as conn:
        conn.execute("UPDATE meta SET value = 'not json' WHERE name = 'listed'")
    opened = open_store(registry_copy)
    assert opened is not None
    try:
        assert opened.listed_names() is None
        base = partial_registry(registry_copy, opened, "")
    finally:
        opened.close()
    assert entities_listed_names(base.entities) == expected


def _closest_every_word(index: SourceIndex, word: str) -> tuple[str, Evidence] | None:
    """`SourceIndex._closest_name` as it read every capitalised word of the sources, one by one."""
    bare = word
    if len(bare) < MIN_NAME_LETTERS or bare in word_list("demonyms"):
        return None
    limit = 1 if len(bare) <= 5 else NAME_NEAR_MISS
    best: tuple[int, str, Evidence] | None = None
    for written, where in index._capitalised.items():
        other = strip_possessive(written)
        distance = Levenshtein.distance(bare.lower(), other.lower(), score_cutoff=limit)
        if distance > limit or (best is not None and distance >= best[0]):
            continue
        if _derived(bare, other) or other in word_list("demonyms"):
            continue
        best = (distance, other, where)
    return (best[1], best[2]) if best else None


def test_the_closest_source_name_is_the_one_every_word_read_gives() -> None:
    texts = {path.stem: path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").rglob("*.txt"))}
    index = SourceIndex(texts)
    words = sorted({w for text in texts.values() for w in re.findall(r"\b[A-Z][a-z]{3,}\b", text)})
    assert len(words) > 50
    # each word misspelt three ways, and a few that are near nothing or are demonyms
    tried = [*words, "Russian", "Qwertyuiop", "Puttin", "Rahmon's"]
    for word in words:
        tried += [word[:-1], word[:2] + "x" + word[3:], word[:1] + word[2:] + "e"]
    found = 0
    for word in tried:
        expected = _closest_every_word(index, word)
        assert index._closest_name(word) == expected, word
        found += expected is not None
    assert found > len(words)

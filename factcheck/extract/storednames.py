"""A registry's name statistics read once, so `check` clusters only the spellings a document
can meet instead of every spelling of every source text.

Clustering a corpus's spellings (extract/autonames.py) reads all of its texts: at 100k claims,
5,000 texts and 14k spellings, about two seconds of every check. What it reads of the registry's
texts does not depend on the checked document, so it is counted once (`NameStats`), written as
JSON beside the compiled store (pipeline/namestore.py) and read back here.

Only part of it matters for one document. A spelling can join, be a run of or be a near miss of
a cluster only when one of its words equals or is near (`_word_near`) one of the cluster's words;
trimming a leading ordinary word leaves a spelling with the same words. So the clusters of
spellings linked to the document's by chains of near words depend on nothing else, and
clustering just those (in the same order, with the same counts) gives the document's spellings
the clusters the whole corpus gives them. tests/test_stored_names.py compares both on real texts.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

import msgspec

from factcheck.extract.autonames import NameClusters, NameStats, _word_near, _words

# bump when what is stored changes (2: the one-holder roles beside each spelling; 3: posts; 4: titles;
# 5: a hyphen syllable kept before an adjective tail, "Kim Jong-un-led"; 6: ages, "Anna Edward, 41,";
# 7: kinship words, "His cousin Devandra Rathore")
FORMAT = 7


class StoredNames(msgspec.Struct):
    """A registry's name statistics: each spelling's entry kept as JSON text until needed."""

    texts: frozenset[str]  # the source ids counted
    # spelling -> JSON [first source, n-th span, {source: mentions}, sentences, informative, roles]
    entries: dict[str, str]
    words: dict[str, list[str]]  # folded word -> spellings having it
    placed: set[str]
    lower: Counter[str]
    capitalised: Counter[str]
    settings: set[str] = msgspec.field(default_factory=set)  # NameStats.settings
    persons: set[str] = msgspec.field(default_factory=set)  # NameStats.persons

    @classmethod
    def from_stats(cls, stats: NameStats, texts: Iterable[str]) -> StoredNames:
        """The stored form of the statistics of a registry's texts (`texts`: their source ids)."""
        words: dict[str, list[str]] = defaultdict(list)
        for name in stats.sources:
            for word in dict.fromkeys(_words(name)):
                words[word].append(name)
        entries = {
            name: json.dumps(
                [
                    *stats.first[name],
                    dict(stats.mentions[name]),
                    sorted(stats.sentences[name]),
                    stats.informative[name],
                    sorted(stats.roles.get(name, ())),
                ]
            )
            for name in stats.sources
        }
        return cls(
            frozenset(texts),
            entries,
            dict(words),
            set(stats.placed),
            stats.lower,
            stats.capitalised,
            set(stats.settings),
            set(stats.persons),
        )

    def to_json(self) -> str:
        """The JSON file's text."""
        return json.dumps(
            {
                "format": FORMAT,
                "texts": sorted(self.texts),
                "entries": self.entries,
                "words": self.words,
                "placed": sorted(self.placed),
                "settings": sorted(self.settings),
                "persons": sorted(self.persons),
                "lower": self.lower,
                "capitalised": self.capitalised,
            }
        )

    @classmethod
    def from_json(cls, text: str) -> StoredNames:
        """Read back what `to_json` wrote; ValueError when it is not that."""
        # the same values as json.loads, faster; its DecodeError is a ValueError
        data: Any = msgspec.json.decode(text)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not a stored-names file of this format")
        try:
            return cls(
                frozenset(data["texts"]),
                dict(data["entries"]),
                dict(data["words"]),
                set(data["placed"]),
                Counter(data["lower"]),
                Counter(data["capitalised"]),
                set(data.get("settings", ())),  # a file from before these: no word alone is read
                set(data.get("persons", ())),
            )
        except (KeyError, TypeError) as exc:
            raise ValueError(f"stored names: {exc}") from exc

    def clusters_with(self, source: str, text: str) -> NameClusters | None:
        """The clusters the registry's texts plus `text` (as `source`) give the spellings of
        `text` and every spelling linked to them by near words (see module); None when `source`
        is one of the registry's texts (its counts cannot be taken out again), or when the
        stored entries do not read back (a damaged file: the caller clusters the texts)."""
        if source in self.texts:
            return None
        own = NameStats.read({source: text})
        try:
            merged = self._merged(own)
        except (ValueError, TypeError, KeyError, AttributeError):
            return None
        return NameClusters(stats=merged)

    def _merged(self, own: NameStats) -> NameStats:
        """The statistics of `own`'s spellings and the linked ones, the registry's added."""
        merged = NameStats(
            lower=self.lower + own.lower,
            capitalised=self.capitalised + own.capitalised,
            placed=self.placed | own.placed,
            settings=self.settings | own.settings,
            persons=self.persons | own.persons,
        )
        for name in sorted(self._linked(own), key=lambda n: min(self._first(n), own.first.get(n, _LAST))):
            merged.first[name] = min(self._first(name), own.first.get(name, _LAST))
            if name in self.entries:
                _, _, mentions, sentences, informative, roles = json.loads(self.entries[name])
                merged.sources[name].update(mentions)
                merged.mentions[name].update(mentions)
                merged.counts[name] += sum(mentions.values())
                merged.sentences[name].update((s, n) for s, n in sentences)
                merged.informative[name] += informative
                merged.roles[name].update(roles)
            if name in own.sources:
                merged.sources[name] |= own.sources[name]
                merged.mentions[name].update(own.mentions[name])
                merged.counts[name] += own.counts[name]
                merged.sentences[name] |= own.sentences[name]
                merged.informative[name] += own.informative[name]
                merged.roles[name] |= own.roles.get(name, set())
        return merged

    def _first(self, name: str) -> tuple[str, int]:
        if name not in self.entries:
            return _LAST
        source, n = json.loads(self.entries[name])[:2]
        return (source, n)

    def _linked(self, own: NameStats) -> set[str]:
        """The spellings of `own` and of the registry joined to them by chains of near words."""
        own_words: dict[str, list[str]] = defaultdict(list)
        for name in own.sources:
            for word in dict.fromkeys(_words(name)):
                own_words[word].append(name)
        # near words have the same first letter and lengths at most two apart (`_word_near`)
        by_shape: dict[tuple[str, int], list[str]] = defaultdict(list)
        for word in {*self.words, *own_words}:
            by_shape[word[:1], len(word)].append(word)
        found: set[str] = set()
        done: set[str] = set()
        todo = list(own_words)
        while todo:
            word = todo.pop()
            if word in done:
                continue
            done.add(word)
            shapes = [(word[:1], len(word) + d) for d in (-2, -1, 0, 1, 2)]
            for other in [o for shape in shapes for o in by_shape.get(shape, ())]:
                if (other in done and other != word) or not _word_near(word, other):
                    continue
                for name in [*self.words.get(other, ()), *own_words.get(other, ())]:
                    if name not in found:
                        found.add(name)
                        todo.extend(_words(name))
        return found


_LAST = ("\U0010ffff", 0)  # sorts after every source id: not written there

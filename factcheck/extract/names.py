"""Names: mentions of the registry's entities by canonical name, alias or transliteration, and
near-miss spellings of them ("Zoko" for "Joko", "Tajikists", "Kassym-Zomart") as variants with a
similarity score.

Accepted spellings are matched exactly (case-sensitive; an ALL-CAPS headline spelling counts as
the same spelling). For a person, any run of words of an accepted name is accepted too
("Putin", "Joko"), as factcheck.rules.checks.names accepts it. Everything else that is capitalised is
compared with the accepted words by edit distance: one edit for words up to seven letters, two
for longer ones; a second pass also accepts words one edit from a variant already found
("Zoco" after "Zoko").
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence

import msgspec
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from factcheck.extract.text import Found, SpanSet, ValueCache
from factcheck.lazyre import lazy
from factcheck.model import Entity, EntityKind
from factcheck.wordlists import demonyms, word_list

# how a spelling is accepted; a later class is weaker
CLASSES = ("canonical", "alias", "transliteration", "variant")
TOKEN = lazy(r"(?<![\w’'])[A-Za-z][A-Za-z]*(?:-[A-Za-z]+)*")
WINDOW_TOKEN = lazy(r"[\w’'.-]+")
ROLE_AFTER = re.compile(r"\s+(?:chief|boss|leader|head|ruler)\b")
ROLE_BEFORE = re.compile(r"\b(?:head|chief|leader|boss|ruler)\s+of\s+(?:the\s+)?\Z")
MIN_FUZZY = 4  # shorter words are too easily one edit from something else
WINDOW_SIMILARITY = 90.0
# a name's first letters, by which `NameIndex.patterns_for` finds the names a text can hold (three
# left 7,290 of a synthetic registry's 44,290 names to test against the example summary, four 656)
KEY_LETTERS = 4
# from how many names the keys pay: reading a text's runs costs about as much per character as
# scanning it for ~1,000 names, whatever its length (benchmarks/name_keys.py: 450 names 0.4x the
# plain scan's speed, 2,000 names 1.7-2.4x, 44,000 names 27-78x)
KEYED_FROM_NAMES = 1_000
# capitalised words one or two edits from a name word that are words of their own: demonyms
# ("Iranian", "Tajik") and a few English words (data/demonyms.txt, data/name_stopwords.txt)
COMMON_WORDS = demonyms() | word_list("name_stopwords")


class Accepted(msgspec.Struct, frozen=True):
    """One accepted spelling: which entity, and as what."""

    entity: str
    spelling: str  # canonical | alias | transliteration
    name: str  # the accepted name as the registry writes it


class NameIndex(msgspec.Struct):
    """Accepted spellings of every entity, compiled once per registry."""

    exact: Mapping[str, Accepted] = msgspec.field(default_factory=dict)
    words: Mapping[str, Accepted] = msgspec.field(default_factory=dict)  # single words for fuzzy matching
    multi: dict[int, Mapping[str, Accepted]] = msgspec.field(default_factory=dict)  # token count -> names
    folded: Mapping[str, Accepted] = msgspec.field(default_factory=dict)  # casefolded exact spellings
    names: list[str] = msgspec.field(default_factory=list)  # every exact spelling, longest first
    # first letters (`KEY_LETTERS`, lower-cased and casefolded) -> positions in `names` of the
    # spellings starting with them: `patterns_for` tests only the names a text's letters can start
    keys: dict[str, list[int]] | None = None

    def to_json(self) -> str:
        """The index as JSON (each accepted spelling once, referred to by number), in the order
        of every table: fuzzy matching takes the first of equally near names."""
        numbers: dict[Accepted, int] = {}
        for accepted in [*self.exact.values(), *self.folded.values(), *self.words.values()]:
            numbers.setdefault(accepted, len(numbers))
        for names in self.multi.values():
            for accepted in names.values():
                numbers.setdefault(accepted, len(numbers))

        def refs(table: Mapping[str, Accepted]) -> dict[str, int]:
            return {k: numbers[a] for k, a in table.items()}

        return json.dumps(
            {
                "accepted": [[a.entity, a.spelling, a.name] for a in numbers],
                "exact": refs(self.exact),
                "folded": refs(self.folded),
                "words": refs(self.words),
                "multi": [[size, refs(names)] for size, names in self.multi.items()],
                "names": self.names,
                "keys": self.name_keys(),
            }
        )

    @classmethod
    def from_json(cls, text: str) -> NameIndex:
        """Read back what `to_json` wrote (msgspec's JSON reader: the same values as `json.loads`,
        in half the time for a large registry's 4 MB). The tables stay as the numbers the JSON
        holds, an Accepted made when a spelling is looked up: a check looks up a few of a large
        registry's 88,000 table entries, and building them all cost more than reading the JSON."""
        try:
            data = msgspec.json.decode(text, type=_StoredIndex)
        except msgspec.ValidationError as error:
            raise ValueError(f"the name index is damaged: {error}") from error
        count = len(data.accepted)
        tables = [data.exact, data.words, data.folded, *(refs for _, refs in data.multi)]
        if any(not _numbers_below(table.values(), count) for table in tables):
            raise ValueError("the name index refers to a spelling it does not hold")
        if len(data.names) != len(data.exact) or data.exact.keys() != set(data.names):
            raise ValueError("the name index's names are not its exact spellings")
        accepted = _AcceptedList(data.accepted)
        return cls(
            exact=_Refs(data.exact, accepted),
            words=_Refs(data.words, accepted),
            multi={size: _Refs(refs, accepted) for size, refs in data.multi},
            folded=_Refs(data.folded, accepted),
            names=data.names,
            keys=_kept_keys(data.keys, len(data.names)),
        )

    def patterns_for(self, text: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
        """(exact, case-insensitive) patterns over the names that can occur in `text`.

        Only names whose letters appear in the text go into the alternation: compiling every
        name of a large registry costs more than a short summary takes to check.
        """
        lowered, folded = text.lower(), text.casefold()
        names: Sequence[str] = self.names
        if len(names) >= KEYED_FROM_NAMES:
            # a name occurs in the text only where its first letters do: only the names whose
            # first letters the text has are tested (a large registry's are 44,000), in their order
            keys = self.name_keys()
            starts = {n for gram in _grams(lowered) | _grams(folded) for n in keys.get(gram, ())}
            names = [names[n] for n in sorted(starts)]
        present = tuple(name for name in names if name.lower() in lowered or name.casefold() in folded)
        return _compile_names(present) if present else None

    def name_keys(self) -> dict[str, list[int]]:
        """`keys`, worked out from `names` where the index was built without them."""
        if self.keys is None:
            keys: dict[str, list[int]] = {}
            for n, name in enumerate(self.names):
                for key in dict.fromkeys((name.lower()[:KEY_LETTERS], name.casefold()[:KEY_LETTERS])):
                    keys.setdefault(key, []).append(n)
            self.keys = keys
        return self.keys


def _grams(text: str) -> set[str]:
    """Every run of up to `KEY_LETTERS` characters of the text, and the empty one: whatever a
    name that occurs in it starts with."""
    return {text[i : i + size] for size in range(KEY_LETTERS + 1) for i in range(len(text) - size + 1)}


class _StoredIndex(msgspec.Struct):
    """What `NameIndex.to_json` writes, each field's type checked as it is read."""

    accepted: list[tuple[str, str, str]]
    exact: dict[str, int]
    words: dict[str, int]
    folded: dict[str, int]
    multi: list[tuple[int, dict[str, int]]]
    names: list[str]
    keys: msgspec.Raw = msgspec.Raw()  # checked apart: keys that do not hold are worked out again


def _numbers_below(numbers: Iterable[int], count: int) -> bool:
    """Whether every number is a position in a list of `count`."""
    numbers = list(numbers)
    return not numbers or (min(numbers) >= 0 and max(numbers) < count)


def _kept_keys(raw: msgspec.Raw, count: int) -> dict[str, list[int]] | None:
    """The kept keys of an index of `count` names, or None (worked out again from the names)
    where they are missing or do not hold: not a table of lists of positions, a position out of
    range, a key longer than the runs `patterns_for` looks up, or a name filed under no key."""
    if not raw:
        return None  # kept without keys
    try:
        keys = msgspec.json.decode(raw, type=dict[str, list[int]])
    except msgspec.ValidationError:
        return None
    if any(len(key) > KEY_LETTERS for key in keys):
        return None
    filed = [n for found in keys.values() for n in found]
    if not _numbers_below(filed, count) or len(set(filed)) != count:
        return None
    return keys


class _AcceptedList:
    """The stored index's accepted spellings, each made an Accepted when first looked up."""

    def __init__(self, rows: list[tuple[str, str, str]]) -> None:
        self._rows = rows
        self._made: dict[int, Accepted] = {}

    def __getitem__(self, number: int) -> Accepted:
        made = self._made.get(number)
        if made is None:
            made = self._made[number] = Accepted(*self._rows[number])
        return made


class _Refs(Mapping[str, Accepted]):
    """A table of the stored index: spelling -> number of its Accepted, read as the Accepted
    (the JSON's order kept: fuzzy matching takes the first of equally near names)."""

    def __init__(self, refs: dict[str, int], accepted: _AcceptedList) -> None:
        self._refs = refs
        self._accepted = accepted

    def __getitem__(self, spelling: str) -> Accepted:
        return self._accepted[self._refs[spelling]]

    def __contains__(self, spelling: object) -> bool:
        return spelling in self._refs

    def __iter__(self) -> Iterator[str]:
        return iter(self._refs)

    def __len__(self) -> int:
        return len(self._refs)


def name_index(entities: Mapping[str, Entity]) -> NameIndex:
    """The index for these entities (built once per distinct set)."""
    return _INDEXES.get(entities if isinstance(entities, dict) else dict(entities))


# the tables `_build` fills: exact, words, multi (by token count), folded
Tables = tuple[dict[str, Accepted], dict[str, Accepted], dict[int, dict[str, Accepted]], dict[str, Accepted]]


def _build(entities: dict[str, Entity]) -> NameIndex:
    tables: Tables = ({}, {}, {}, {})
    full: dict[str, set[Accepted]] = {}
    runs: dict[str, set[Accepted]] = {}
    for entity in entities.values():
        groups = [(entity.canonical, "canonical")]
        groups += [(a, "alias") for a in entity.aliases]
        groups += [(t, "transliteration") for t in entity.transliterations]
        for name, spelling in groups:
            accepted = Accepted(entity.id, spelling, name)
            full.setdefault(name, set()).add(accepted)
            if entity.kind is EntityKind.PERSON or spelling == "canonical":
                for run in _runs(name, person=entity.kind is EntityKind.PERSON):
                    runs.setdefault(run, set()).add(accepted)
    # a full name wins over the same words as part of another name ("United States")
    spellings = {**{k: v for k, v in runs.items() if k not in full}, **full}
    for spelling, options in spellings.items():
        if len({o.entity for o in options}) > 1:
            continue  # "Vladimir" alone could be two people: not a mention of either
        _add(tables, spelling, min(options, key=lambda o: CLASSES.index(o.spelling)))
    exact, words, multi, folded = tables
    names = sorted(exact, key=len, reverse=True)
    return NameIndex(exact=exact, words=words, multi=dict(multi), folded=folded, names=names)


@functools.lru_cache(maxsize=64)
def _compile_names(names: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    alternation = "|".join(re.escape(n) for n in names)
    # a name may follow a lower-case letter with no space ("leaderLukashenko")
    exact = re.compile(rf"(?:(?<!\w)|(?<=[a-z])(?=[A-Z]))(?:{alternation})(?!\w)")
    return exact, re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)


def _runs(name: str, *, person: bool) -> list[str]:
    """Shorter runs of a name's words that still name it: any run of a person's name ("Putin",
    "Joko"); for anything else, runs of two or more capitalised words ("Economic Forum" for the
    St Petersburg International Economic Forum), never a lone "Asia" for "Central Asia"."""
    words = name.split()
    shortest = 1 if person else 2
    found = []
    for size in range(shortest, len(words)):
        for first in range(len(words) - size + 1):
            run = words[first : first + size]
            if person or (run[0][:1].isupper() and run[-1][:1].isupper()):
                found.append(" ".join(run))
    return found


def _add(tables: Tables, spelling: str, accepted: Accepted) -> None:
    exact, words, multi, folded = tables
    exact[spelling] = accepted
    if spelling != spelling.upper() and len(spelling) > 3:
        exact.setdefault(spelling.upper(), accepted)  # "PRIGOZHIN" in an all-caps teaser
    folded.setdefault(spelling.casefold(), accepted)
    tokens = spelling.split()
    if len(tokens) == 1 and len(spelling) >= MIN_FUZZY:
        words.setdefault(spelling, accepted)
    elif len(tokens) > 1:
        multi.setdefault(len(tokens), {})[spelling] = accepted


def find_names(text: str, entities: Mapping[str, Entity], index: NameIndex | None = None) -> list[Found]:
    """Every mention of a known entity, exact or near-miss, in order (`index`: these entities'
    index, when the caller has it; pipeline/textstore.py keeps a store's)."""
    if not entities:
        return []
    index = index if index is not None else name_index(entities)
    patterns = index.patterns_for(text)  # once for both: it tests every name of the registry
    found = _longest_first(_exact(text, index, patterns) + _case_variants(text, index, patterns))
    taken = SpanSet([(f.start, f.end) for f in found])
    found += _windows(text, index, taken)
    found += _fuzzy(text, index.words, taken)
    learned = {
        text[f.start : f.end]: Accepted(str(f.fields["entity"]), "variant", str(f.extras["matched_name"]))
        for f in found
        if f.extras["spelling"] == "variant" and " " not in text[f.start : f.end]
    }
    if learned:
        found += _fuzzy(text, learned, taken, origin=index.words)
    kept = [f for f in found if not _describes_person(text, f, entities)]
    return _merge(text, sorted(kept, key=lambda f: f.start), entities)


def _describes_person(text: str, mention: Found, entities: Mapping[str, Entity]) -> bool:
    """'the Kremlin chief', 'the head of the Kremlin' describe a person; they do not name the
    Kremlin (docs/claims.md: only names, not descriptions)."""
    entity = entities.get(str(mention.fields["entity"]))
    if entity is None or entity.kind is EntityKind.PERSON:
        return False
    return describes_someone(text, mention.start, mention.end)


def describes_someone(text: str, start: int, end: int) -> bool:
    """True when the name at [start, end) is part of a description of a person ('the Kremlin
    chief', 'the head of the Kremlin')."""
    return bool(ROLE_AFTER.match(text, end) or ROLE_BEFORE.search(text[max(0, start - 30) : start]))


def _mention(start: int, end: int, accepted: Accepted, spelling: str, similarity: float) -> Found:
    return Found(
        "mention",
        start,
        end,
        {"entity": accepted.entity},
        extras={"spelling": spelling, "matched_name": accepted.name, "similarity": round(similarity, 1)},
    )


def _exact(
    text: str, index: NameIndex, patterns: tuple[re.Pattern[str], re.Pattern[str]] | None
) -> list[Found]:
    if patterns is None:
        return []
    return [
        _mention(m.start(), m.end(), index.exact[m.group()], index.exact[m.group()].spelling, 100.0)
        for m in patterns[0].finditer(text)
    ]


def _longest_first(found: list[Found]) -> list[Found]:
    """Non-overlapping mentions: the longer wins ('central Asia' over 'Asia'), then the better
    spelling class."""
    kept: list[Found] = []
    taken = SpanSet()
    ranked = sorted(found, key=lambda f: (-(f.end - f.start), CLASSES.index(f.extras["spelling"]), f.start))
    for item in ranked:
        if taken.free(item.start, item.end):
            kept.append(item)
            taken.add(item.start, item.end)
    return kept


def _case_variants(
    text: str, index: NameIndex, patterns: tuple[re.Pattern[str], re.Pattern[str]] | None
) -> list[Found]:
    """A known name in other letter case ('iskander-M', 'central Asia'): a variant spelling.
    All lower-case words are left out ('meta' and 'china' in running text are ordinary words),
    and so is a lower-case 'the' ('the Guardian' names the Guardian)."""
    result: list[Found] = []
    if patterns is None:
        return result
    for match in patterns[1].finditer(text):
        word = match.group()
        accepted = index.folded.get(word.casefold())
        if accepted is None or word in index.exact or len(word) < MIN_FUZZY or word.islower():
            continue
        if word.startswith("the "):
            continue
        result.append(
            _mention(match.start(), match.end(), accepted, "variant", fuzz.ratio(word, accepted.name))
        )
    return result


def _windows(text: str, index: NameIndex, taken: SpanSet) -> list[Found]:
    """Multi-word names written slightly otherwise ('United State Institute for Peace')."""
    tokens = list(WINDOW_TOKEN.finditer(text))
    result: list[Found] = []
    for size, names in sorted(index.multi.items(), reverse=True):  # longer names first
        choices = list(names)
        for first in range(len(tokens) - size + 1):
            head, tail = tokens[first], tokens[first + size - 1]
            if not (head.group()[:1].isupper() and tail.group()[:1].isupper()):
                continue
            start, end = head.start(), tail.end()
            window = text[start:end]
            if "\n" in window or not taken.free(start, end):
                continue
            best = process.extractOne(
                window, choices, scorer=fuzz.ratio, processor=str.casefold, score_cutoff=WINDOW_SIMILARITY
            )
            if best is not None and window not in names and not _derived(window, str(best[0])):
                result.append(_mention(start, end, names[best[0]], "variant", float(best[1])))
                taken.add(start, end)
    return result


def _fuzzy(
    text: str,
    words: Mapping[str, Accepted],
    taken: SpanSet,
    origin: Mapping[str, Accepted] | None = None,
) -> list[Found]:
    """Capitalised words within an edit or two of an accepted word."""
    if not words:
        return []
    choices = list(words)
    result: list[Found] = []
    for match in TOKEN.finditer(text):
        word = match.group()
        if len(word) < MIN_FUZZY or not word[:1].isupper() or word in COMMON_WORDS or word in words:
            continue
        if not taken.free(match.start(), match.end()):
            continue
        limit = 1 if len(word) <= 7 else 2
        best = process.extractOne(
            word, choices, scorer=Levenshtein.distance, processor=str.casefold, score_cutoff=limit
        )
        if best is None:
            continue
        name = str(best[0])
        if _derived(word, name):
            continue
        accepted = words[name]
        if origin is not None:
            # a variant of a variant: report the accepted spelling it is nearest to
            own = [w for w, a in origin.items() if a.entity == accepted.entity] or [accepted.name]
            name = max(own, key=lambda w: fuzz.ratio(word, w))
        matched = Accepted(accepted.entity, "variant", name)
        result.append(_mention(match.start(), match.end(), matched, "variant", fuzz.ratio(word, name)))
        taken.add(match.start(), match.end())
    return result


def _derived(word: str, name: str) -> bool:
    """'Russian' from 'Russia', 'Tajik' from 'Tajikistan', 'Central Asian' from 'Central Asia':
    a related word, not a misspelling ('Tajikists' is one)."""
    a, b = word.casefold(), name.casefold()
    return a.startswith(b) or (b.startswith(a) and len(b) - len(a) >= 3)


def _merge(text: str, found: list[Found], entities: Mapping[str, Entity]) -> list[Found]:
    """Adjacent mentions of one entity ('Kassym-Zomart' + 'Tokayev') become one mention."""
    merged: list[Found] = []
    for item in found:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.fields["entity"] == item.fields["entity"]
            and text[prev.end : item.start] == " "
        ):
            start, end = prev.start, item.end
            written = text[start:end]
            entity = entities[str(item.fields["entity"])]
            best = process.extractOne(written, entity.accepted_names(), scorer=fuzz.ratio)
            weakest = max(prev.extras["spelling"], item.extras["spelling"], key=CLASSES.index)
            name, similarity = (str(best[0]), float(best[1])) if best else (entity.canonical, 0.0)
            merged[-1] = _mention(start, end, Accepted(entity.id, weakest, name), weakest, similarity)
            continue
        merged.append(item)
    return merged


_INDEXES: ValueCache[Entity, NameIndex] = ValueCache(_build)

"""Subjects: which registry subject a candidate claim is about, from the subjects' cue words.

A cue found in the claim's own words (the counted noun, the quoted words) weighs 1. A cue
elsewhere in the claim's sentence weighs 0.5 when it is within 40 characters of the claim, less
further away (0.5 x 40 / distance), and nothing when another claim of the same kind in that
sentence is nearer to it ("told television on Sunday that Putin will go to Grodno on June 30":
Grodno dates June 30, not Sunday). A cue of several words weighs more: 1 + 0.5 per extra word.
A subject's score saturates: 1 - 2^-weight, so one cue in the claim's words gives 0.5 and one
next to it in the sentence 0.29.
"""

from __future__ import annotations

import bisect
import functools
import re

import msgspec

from factcheck.extract.candidates import SubjectMatch
from factcheck.extract.text import ValueCache
from factcheck.model import Subject, SubjectKind

IN_FOCUS, IN_SENTENCE = 1.0, 0.5
NEAR = 40  # characters: a cue this close to the claim counts in full
MAX_MATCHES = 5


class Cue(msgspec.Struct, frozen=True):
    """One cue word of a subject; its pattern is compiled on first use (most cues of a large
    registry never meet a short summary, and compiling them all would dominate start-up)."""

    words: str
    source: str
    weight: float
    probe: str  # lower-cased letters every match contains

    @property
    def pattern(self) -> re.Pattern[str]:
        """The compiled cue (cached by re's own pattern cache and _compiled)."""
        return _compiled(self.source)

    def may_occur(self, lowered: str) -> bool:
        """False when the cue cannot match lower-cased text (a cheap test before the regex)."""
        return self.probe in lowered


class SubjectIndex:
    """Cue patterns of every subject, grouped by subject kind."""

    def __init__(self, subjects: dict[str, Subject]) -> None:
        self.by_kind: dict[SubjectKind, list[tuple[Subject, list[Cue]]]] = {}
        for subject in subjects.values():
            cues = [_cue(c) for c in subject.cues if c.strip()]
            self.by_kind.setdefault(subject.kind, []).append((subject, cues))

    def score(
        self,
        kind: SubjectKind,
        focus: str,
        near: Nearby | None = None,
        unit: str | None = None,
    ) -> list[SubjectMatch]:
        """Subjects of `kind` whose cues occur in `focus` or `near` the claim, best first."""
        matches = []
        for subject, cues in self.by_kind.get(kind, []):
            weight = 0.0
            matched = []
            for cue in cues:
                if focus and cue.may_occur(focus.lower()) and cue.pattern.search(focus):
                    found = IN_FOCUS
                else:
                    found = near.weight(cue) if near is not None else 0.0
                if found > 0:
                    weight += found * cue.weight
                    matched.append(cue.words)
            if not matched:
                continue
            if unit and subject.unit and unit.lower() == subject.unit.lower():
                weight += IN_SENTENCE  # the same unit is weak evidence on its own, so only a bonus
            score = round(1 - 0.5**weight, 3)  # computed here, in [0, 1): no validator to build
            matches.append(SubjectMatch.model_construct(id=subject.id, score=score, cues=matched))
        matches.sort(key=lambda m: (-m.score, m.id))
        return matches[:MAX_MATCHES]

    def get(self, subject_id: str) -> Subject | None:
        """The subject with this id, if known."""
        for items in self.by_kind.values():
            for subject, _ in items:
                if subject.id == subject_id:
                    return subject
        return None


class Occurrences:
    """Where each cue occurs in one sentence: found once, shared by every claim there."""

    def __init__(self, text: str, sentence: tuple[int, int]) -> None:
        self.text = text
        self.sentence = sentence
        self.lowered = text[sentence[0] : sentence[1]].lower()
        self.found: dict[str, tuple[list[int], list[int]]] = {}

    def of(self, cue: Cue) -> tuple[list[int], list[int]]:
        """Starts and ends of the cue's occurrences, in order."""
        if cue.source not in self.found:
            matches = []
            if cue.may_occur(self.lowered):
                matches = list(cue.pattern.finditer(self.text, *self.sentence))
            self.found[cue.source] = ([m.start() for m in matches], [m.end() for m in matches])
        return self.found[cue.source]


class Nearby(msgspec.Struct, frozen=True):
    """A claim in its sentence: its span, how far to look, and same-kind claims competing for cues."""

    occurrences: Occurrences
    span: tuple[int, int]
    window: tuple[int, int]
    rivals: list[tuple[int, int]]  # sorted by start

    def weight(self, cue: Cue) -> float:
        """Weight of the cue's best occurrence near the claim, outside the claim's own words."""
        starts, ends = self.occurrences.of(cue)
        best = 0.0
        for index in range(
            bisect.bisect_left(starts, self.window[0]), bisect.bisect_left(starts, self.window[1])
        ):
            where = (starts[index], ends[index])
            if where[0] < self.span[1] and self.span[0] < where[1]:
                continue  # the claim's own words ("February" in "February 24") say nothing of the event
            distance = _distance(where, self.span)
            if self._rival_nearer(where, distance):
                continue
            best = max(best, IN_SENTENCE * min(1.0, NEAR / max(distance, 1)))
        return best

    def _rival_nearer(self, where: tuple[int, int], distance: int) -> bool:
        """True when another claim of the kind is nearer to this cue (then the cue is its)."""
        index = bisect.bisect_left(self.rivals, where)
        neighbours = self.rivals[max(0, index - 2) : index + 2]
        return any(_distance(where, rival) < distance for rival in neighbours)


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, a[0] - b[1], b[0] - a[1])


def _cue(words: str) -> Cue:
    *head, last = words.split()
    body = r"\s+".join(re.escape(w) for w in [*head, _stem(last)])
    source = rf"(?<!\w){body}(?:{_endings(last)})?(?!\w)"
    probe = (head[0] if head else _stem(last)).lower()
    return Cue(words, source, 1.0 + 0.5 * len(head), probe)


@functools.lru_cache(maxsize=4096)
def _compiled(source: str) -> re.Pattern[str]:
    return re.compile(source, re.IGNORECASE)


def _stem(word: str) -> str:
    """'reported' -> 'report', 'deaths' -> 'death': the cue matches the word's other forms too."""
    low = word.lower()
    if low.endswith("ed") and len(word) >= 6:
        return word[:-2]
    if low.endswith("ing") and len(word) >= 7:
        return word[:-3]
    if low.endswith("s") and not low.endswith("ss") and len(word) >= 5:
        return word[:-1]
    return word


def _endings(word: str) -> str:
    """Endings a stem may take: a verb's forms, or a noun's plural ("ban" never matches "bank")."""
    low = word.lower()
    if low.endswith(("ed", "ing")) and _stem(word) != word:
        return "e|es|ed|ing|s|y|ies"  # "injured" also matches "injure", "injury", "injuries"
    return "s|es|ed|d|ing"


_INDEXES: ValueCache[Subject, SubjectIndex] = ValueCache(SubjectIndex)


def subject_index(subjects: dict[str, Subject]) -> SubjectIndex:
    """The index for these subjects (built once per distinct set)."""
    return _INDEXES.get(subjects)

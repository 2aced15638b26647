"""An acronym a report defines and then misprints: "The British Airport Authority (BAA) …" and,
further on, "a BBA spokesman said". Acronyms are no names to the name clusterer (a word in
capitals says too little: "WHO" and "WTO" are two bodies), so they are looked at only where a
report itself ties one to its words: the capitalised words right before it in brackets, whose
initials it is. Another word in capitals in that report after the definition is a misprint of it
when it is the acronym with a doubled letter moved to its neighbour ("BBA" for BAA, as "Issacs"
for Isaacs: model/names.py `doubling_moved`), and no report defines it or writes it elsewhere:
a real other body has its own initials and shows in other reports ("CCP", "CPP" both defined).
Both spellings become mentions of one automatic name frame named after the acronym, so FC401
reports the misprint with the defined acronym as the accepted spelling."""

from __future__ import annotations

from collections.abc import Mapping

from rapidfuzz import fuzz

from factcheck.extract.text import Found
from factcheck.lazyre import lazy
from factcheck.model.names import doubling_moved, name_frame
from factcheck.wordlists import word_list

# "British Airport Authority (BAA)": capitalised words (small joining words between them) and
# the acronym in brackets right after
_DEFINED = lazy(r"((?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|the|de|du|des)\s+)?){2,8})\(([A-Z]{2,6})\)")
_CAPITALS = lazy(r"(?<![\w'’-])([A-Z]{2,6})(?![\w'’-])")
_SMALL = frozenset({"of", "for", "and", "the", "de", "du", "des"})


def defined_acronyms(text: str) -> dict[str, int]:
    """Acronyms a text defines by its words' initials ("British Airport Authority (BAA)"), with
    where the acronym stands."""
    found: dict[str, int] = {}
    for match in _DEFINED.finditer(text):
        words = [w for w in match.group(1).split() if w.lower() not in _SMALL]
        acronym = match.group(2)
        if "".join(w[0] for w in words[-len(acronym) :]).upper() == acronym:
            found.setdefault(acronym, match.start(2))
    return found


def acronym_slips(text: str, corpus: Mapping[str, str]) -> list[Found]:
    """Mentions of each acronym the text defines and of its misprints after the definition (see
    the module's docstring); none for an acronym the text never misprints."""
    defined = defined_acronyms(text)
    if not defined:
        return []
    elsewhere = _written_elsewhere(text, corpus)
    ignored = word_list("acronym_words")
    found = []
    for acronym, at in defined.items():
        slips = [
            m
            for m in _CAPITALS.finditer(text, at + len(acronym))
            if m.group(1) != acronym
            and m.group(1) not in ignored
            and m.group(1) not in elsewhere
            and m.group(1) not in defined
            and doubling_moved(m.group(1).lower(), acronym.lower())
        ]
        if not slips:
            continue
        frame = name_frame(acronym)
        found.append(_mention(at, acronym, frame, acronym, "canonical"))
        found += [_mention(m.start(1), m.group(1), frame, acronym, "variant") for m in slips]
    return found


def _written_elsewhere(text: str, corpus: Mapping[str, str]) -> set[str]:
    """Words in capitals the other texts of the corpus write, and the acronyms any defines."""
    words: set[str] = set()
    for other in corpus.values():
        if other != text:
            words.update(m.group(1) for m in _CAPITALS.finditer(other))
        words.update(defined_acronyms(other))
    return words


def _mention(start: int, written: str, frame: str, acronym: str, spelling: str) -> Found:
    return Found(
        "mention",
        start,
        start + len(written),
        {"entity": frame},
        extras={
            "spelling": spelling,
            "matched_name": acronym,
            "similarity": round(fuzz.ratio(written, acronym), 1),
        },
    )
